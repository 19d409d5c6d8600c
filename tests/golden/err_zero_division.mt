# Uncaught ZeroDivisionError: stdout before the error is kept, exit status 1.
print('before')
x = 10
y = 0
print(x / y)
print('never printed')
