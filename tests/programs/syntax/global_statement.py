total = 0

def add(n):
    global total
    total += n

def make_new():
    global created
    created = "made inside a function"

add(5)
add(7)
print(total)
make_new()
print(created)

def reads_only():
    return total * 2

print(reads_only())
