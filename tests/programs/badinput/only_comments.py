# nothing but comments
# and a blank line
