def work():
    print("working")
    raise KeyboardInterrupt("stop requested")

work()
