print("before")
class = "reserved"
