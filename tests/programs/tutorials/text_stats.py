TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

words = [w.strip(".,;:!?").lower() for w in TEXT.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1

print("words:", len(words), "unique:", len(set(words)))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, n in top:
    bar = "#" * n
    print(f"{word:>8} {n:>3} {bar}")

lengths = {len(w) for w in words}
print("lengths:", sorted(lengths))
by_len = {n: sorted({w for w in words if len(w) == n}) for n in sorted(lengths)}
for n, ws in by_len.items():
    if len(ws) > 1:
        print(n, ws)

first_letters = {w[0] for w in words}
vowels = set("aeiou")
print("first letters that are vowels:", sorted(first_letters & vowels))
print("vowels never starting:", sorted(vowels - first_letters))

sentence = " ".join(words[:8])
print(sentence.title(), "|", sentence.capitalize())
print(sentence.replace("it was", "'twas", 1))
print(sentence.split(" ", 3), sentence.rsplit(" ", 2))
print(sentence.partition(" the "), sentence.rpartition(" of "))
print(sentence.find("best"), sentence.rfind("was"), sentence.count("t"), sentence.index("times"))
acr = "".join(w[0].upper() for w in "portable network graphics".split())
print(acr, acr.lower(), acr.swapcase(), acr.isupper(), "abc123".isalnum(), "  x ".strip() == "x")
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in "hello, world")
print(caesar)
pal = [w for w in ["level", "Racecar", "python", "noon", "A man a plan"] if (s := w.lower().replace(" ", "")) == s[::-1]]
print(pal)
table = str.maketrans("aeiou", "AEIOU", "t")
print(TEXT.splitlines()[0].translate(table))
print(len(TEXT), ascii("café"), "café".upper(), "ß".upper(), "İ".lower() == "i̇")
