def greet(name):
    return "Hello, " + nmae

print(greet("Ann"))
