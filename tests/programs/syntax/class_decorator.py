registry = []

def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls

@register
class A:
    pass

@register
class B(A):
    pass

print(registry, A.registered, B().registered)
