x = 1
doc = """starts here
and continues
but never closes
