def cleanup():
    raise OSError("disk full")

def work():
    try:
        1 / 0
    except ZeroDivisionError:
        cleanup()

work()
