def count_up(n):
    print("start")
    for i in range(n):
        print("yielding", i)
        yield i
    print("end")

g = count_up(3)
print(type(g).__name__)
for v in g:
    print("got", v)
print(list(count_up(2)))
