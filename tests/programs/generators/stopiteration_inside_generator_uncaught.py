def first_items(iterables):
    for it in iterables:
        yield next(iter(it))

print(list(first_items([[1], [2]])))
print(list(first_items([[1], []])))
