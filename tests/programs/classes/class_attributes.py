class Counter:
    instances = 0
    shared = []

    def __init__(self):
        Counter.instances += 1
        self.shared.append(Counter.instances)

a = Counter()
b = Counter()
print(Counter.instances, a.instances, b.shared)
a.instances = 100
print(Counter.instances, a.instances, b.instances)
del a.instances
print(a.instances)
Counter.new_attr = "added later"
print(b.new_attr)
