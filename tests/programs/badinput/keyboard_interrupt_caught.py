try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    print("caught Ctrl-C equivalent, exiting normally")
