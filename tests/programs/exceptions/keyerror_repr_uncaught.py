d = {}
d[("tuple", 1)]
