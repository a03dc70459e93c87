import typing


# global, except-as, annotations and imports inside a class mangle too.
class Config:
    __limit: int = 5
    __name = "cfg"
    import typing as __typing
    from typing import Any as __Any

    def root(self):
        return self.__typing.Any is self.__Any

    def set_global(self):
        global __flag
        __flag = True

    def catch(self):
        try:
            raise ValueError("bad")
        except ValueError as __err:
            return repr(__err)

    def annotated(self, __p: int) -> str:
        return str(__p)


c = Config()
print(Config.__annotations__)
print(c.root())
c.set_global()
print(_Config__flag)
print(c.catch())
print(Config.annotated.__annotations__)
print(sorted(k for k in Config.__dict__ if k.startswith("_Config")))
