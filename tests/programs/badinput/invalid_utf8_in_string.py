print("ok")
print("bad: Ã(")
