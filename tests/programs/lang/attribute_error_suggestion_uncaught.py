class Config:
    def __init__(self):
        self.timeout = 30

c = Config()
print(c.timeout)
print(c.timeuot)
