print("before syntax error is never printed")
if True
    print("missing colon")
