# A NameError for a misspelt True suggests the keyword, as CPython does.
flag = 1
if flag:
    print(true)
