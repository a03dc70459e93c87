import sys

def main():
    print("in main")
    sys.exit()

main()
print("unreachable")
