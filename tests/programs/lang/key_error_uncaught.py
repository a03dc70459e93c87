config = {"host": "localhost"}
print(config["host"])
port = config["port"]
