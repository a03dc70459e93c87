x = 300
print(x is 300)
print("abc" is not "abc")
print("compared with 'is' against literals")
