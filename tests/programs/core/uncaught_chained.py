class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(f"missing key {key!r}")
        self.key = key
def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as exc:
        raise ConfigError(key) from exc
def run():
    cfg = {"a": 1}
    print(load(cfg, "a"))
    try:
        load(cfg, "b")
    except ConfigError as e:
        print("handled", e, e.key)
    return [load(cfg, k) for k in ("a", "c")]
run()
