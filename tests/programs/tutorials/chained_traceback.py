class ConfigError(Exception):
    pass


def read_setting(settings, key):
    try:
        return int(settings[key])
    except KeyError:
        raise ConfigError(f"missing setting {key!r}")
    except ValueError as e:
        raise ConfigError(f"bad setting {key!r}") from e


settings = {"port": "80", "workers": "many"}
print(read_setting(settings, "port"))
for key in ["timeout", "workers"]:
    try:
        read_setting(settings, key)
    except ConfigError as e:
        print(f"{e} (cause: {e.__cause__!r}, context: {type(e.__context__).__name__})")


def load_all():
    values = {}
    for key in settings:
        values[key] = read_setting(settings, key)
    return values


load_all()
