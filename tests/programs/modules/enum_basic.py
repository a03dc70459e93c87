from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias

    def describe(self):
        return self.name.lower() + '=' + str(self.value)

    @property
    def warm(self):
        return self is Color.RED


print(repr(Color.RED), str(Color.RED), f"{Color.GREEN}", Color.RED.name, Color.RED.value)
print(list(Color), len(Color))
print(Color(1) is Color.RED, Color['GREEN'] is Color.GREEN, Color.CRIMSON is Color.RED)
print(Color.RED == Color.RED, Color.RED != 1, Color.RED == Color.GREEN)
print(isinstance(Color.RED, Color), type(Color.RED).__name__)
print(Color.RED.describe(), Color.RED.warm, Color.BLUE.warm)
print({Color.RED: 'r', Color.GREEN: 'g'}[Color.CRIMSON])
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(Color.RED in Color, Color(Color.BLUE))
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError', e)
try:
    class More(Color):
        PURPLE = 4
except TypeError as e:
    print('TypeError', e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print('TypeError', e)


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = auto()


print(list(Shape), [s.value for s in reversed(Shape)])


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.EARTH.radius, Planet((3.303e+23, 2.4397e6)).name)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError', e)


@unique
class Fine(Enum):
    X = 'x'
    Y = 'y'


print(Fine('y'), sorted(m.name for m in Fine))


class Status(Enum):
    OK = 0
    ERR = 1

    @classmethod
    def _missing_(cls, value):
        if value == 'ok':
            return cls.OK
        return None


print(Status('ok'), Status(1))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
