class Manager:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *args):
        return False

def main():
    async with Manager() as m:
        print(m)
