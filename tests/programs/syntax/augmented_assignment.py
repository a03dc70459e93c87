x = 10
x += 5; print("+=", x)
x -= 3; print("-=", x)
x *= 4; print("*=", x)
x /= 8; print("/=", x)
x = 17
x //= 5; print("//=", x)
x %= 2; print("%=", x)
x = 3
x **= 4; print("**=", x)
x = 0b1100
x &= 0b1010; print("&=", x)
x |= 0b0001; print("|=", x)
x ^= 0b1111; print("^=", x)
x <<= 3; print("<<=", x)
x >>= 2; print(">>=", x)
s = "ab"
s *= 3; print(s)
s += "!"; print(s)
