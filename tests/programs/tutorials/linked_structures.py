class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for v in reversed(list(iterable)):
            self.push(v)

    def push(self, value):
        self.head = Node(value, self.head)
        self._len += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self._len -= 1
        return node.value

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self._len

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __bool__(self):
        return self.head is not None

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)

    def render(self, indent=0):
        lines = ["  " * indent + str(self.value)]
        for c in self.children:
            lines.extend(c.render(indent + 1))
        return lines

    def find_path(self, target):
        if self.value == target:
            return [self.value]
        for c in self.children:
            path = c.find_path(target)
            if path:
                return [self.value] + path
        return None


ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), list(reversed(ll)), 2 in ll, 9 in ll)
print(ll.pop(), ll.pop(), ll, bool(ll), ll == LinkedList([2, 3]))
while ll:
    ll.pop()
try:
    ll.pop()
except IndexError as e:
    print("IndexError:", e)
print(ll, bool(ll), sum(LinkedList(range(5))), max(LinkedList("hello")))

t = Tree("root", Tree("a", Tree("a1"), Tree("a2", Tree("a2x"))), Tree("b"), Tree("c", Tree("c1")))
print(list(t), t.depth())
print("\n".join(t.render()))
print(t.find_path("a2x"), t.find_path("c1"), t.find_path("zzz"))
print(sorted(t, key=len, reverse=True)[:3], "b" in t)
