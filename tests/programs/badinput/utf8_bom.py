print("a UTF-8 byte order mark is allowed")
print("café")
