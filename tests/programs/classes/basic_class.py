class Dog:
    species = "canis"

    def __init__(self, name, age=1):
        self.name = name
        self.age = age

    def speak(self):
        return f"{self.name} says woof"

    def birthday(self):
        self.age += 1
        return self

d = Dog("Rex")
print(d.speak(), d.age, d.species, Dog.species)
d.birthday().birthday()
print(d.age)
print(type(d).__name__, isinstance(d, Dog), Dog.__name__)
print(Dog.speak(d))
