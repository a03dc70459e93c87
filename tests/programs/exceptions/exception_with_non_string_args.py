raise ValueError(42, "second", [3])
