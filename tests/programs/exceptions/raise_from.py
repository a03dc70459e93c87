class ConfigError(Exception):
    pass

def read(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise ConfigError("port not configured") from e

try:
    read({})
except ConfigError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
    print(e.__cause__ is e.__context__)
