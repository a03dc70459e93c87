class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __le__(self, other):
        return (self.major, self.minor) <= (other.major, other.minor)
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __repr__(self):
        return f"v{self.major}.{self.minor}"

vs = [Version(2, 0), Version(1, 5), Version(1, 10)]
print(sorted(vs))
print(max(vs), min(vs))
print(Version(1, 0) < Version(1, 1), Version(2, 0) > Version(1, 9), Version(1, 1) >= Version(1, 1))
try:
    Version(1, 0) < 5
except AttributeError as e:
    print("AttributeError:", e)
