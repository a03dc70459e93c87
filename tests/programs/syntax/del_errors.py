try:
    del undefined_name
except NameError as e:
    print(e)
lst = [1]
try:
    del lst[5]
except IndexError as e:
    print(e)
class O:
    pass
try:
    del O().missing
except AttributeError as e:
    print(e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(e)
