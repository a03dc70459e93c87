print("the next line has an ellipsis character")
x = 1 … 2
