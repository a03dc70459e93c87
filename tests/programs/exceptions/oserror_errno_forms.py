e = OSError(5, "scratch disk gone")
print(str(e), e.errno, e.strerror, e.filename, type(e).__name__)
e = OSError(2, "No such file or directory", "x.txt")
print(str(e), type(e).__name__, isinstance(e, FileNotFoundError), repr(e))
print(str(OSError("plain")), OSError("plain").errno)
print(str(FileNotFoundError(2, "gone")), TimeoutError(110, "slow").errno)
try:
    raise ConnectionRefusedError(111, "refused")
except OSError as err:
    print(type(err).__name__, err)
