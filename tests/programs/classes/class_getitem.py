class G:
    def __class_getitem__(cls, p):
        return cls
class Box(G[int]):
    def __init__(self, item):
        self.item = item
b = Box(1)
print(type(b), b.item)
