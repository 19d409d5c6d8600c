# NameError suggestion from a local variable.
def compute():
    counter = 10
    return countr + 1
print(compute())
