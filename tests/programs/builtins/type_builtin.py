print(type(1), type("s"), type([]), type(()), type({}), type(set()), type(1.5), type(None), type(True))
print(type(type), type(int), type(len), type(lambda: 0))
def f(): pass
print(type(f).__name__, type(f()).__name__)
class C: pass
print(type(C()), type(C()) is C, type(C()) == C)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(range(1)).__name__)
print(type(frozenset()).__name__, type({}.keys()).__name__, type(zip()).__name__, type(map(str, [])).__name__)
print(type(enumerate([])).__name__, type(reversed([])).__name__, type(filter(None, [])).__name__)
