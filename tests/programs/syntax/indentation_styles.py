def two():
  return "two spaces"

def eight():
        return "eight spaces"

def mixed_levels(x):
    if x:
            return "deeper block"
    return "shallow"

class K:
 def m(self):
  return "one space"

print(two(), eight(), mixed_levels(1), mixed_levels(0), K().m())
