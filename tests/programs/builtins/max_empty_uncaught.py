scores = []
print("best:", max(scores))
