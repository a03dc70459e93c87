def resource():
    print("open")
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

r = resource()
print(next(r))
r.close()
print(next(r, "closed"))
r.close()
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = catches_exit()
next(c)
c.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
never_started = resource()
never_started.close()
print("done")
