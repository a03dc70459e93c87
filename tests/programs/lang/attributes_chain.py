class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

chain = Node(1, Node(2, Node(3)))
print(chain.value, chain.next.value, chain.next.next.value, chain.next.next.next)
chain.next.next.value = 30
print(chain.next.next.value)
print("abc".upper().lower().replace("a", "A"))
print([1, 2, 3].copy().__len__())
