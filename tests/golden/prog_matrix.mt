# Matrices as lists of lists: multiply, transpose, determinant, identity, pretty print.
def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(row) for row in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for col in range(len(m)):
        minor = [row[:col] + row[col + 1:] for row in m[1:]]
        total += (-1) ** col * m[0][col] * det(minor)
    return total
def show(m, name):
    print(name + ':')
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print('  [' + ' '.join(str(x).rjust(width) for x in row) + ']')
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(a, 'A')
show(b, 'B')
show(mat_mul(a, b), 'A x B')
show(transpose(a), 'A^T')
show(identity(3), 'I3')
print(mat_mul(a, identity(3)) == a)
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print('det', det(m), det(identity(4)), det([[1, 2], [2, 4]]))
def mat_pow(m, n):
    result = identity(len(m))
    while n:
        if n & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        n >>= 1
    return result
fib_m = mat_pow([[1, 1], [1, 0]], 90)
print('fib(90) =', fib_m[0][1])
floats = [[0.5, 1.25], [2.0, -0.75]]
for row in mat_mul(floats, floats):
    print(' '.join(f'{x:8.4f}' for x in row))
print([sum(col) for col in zip(*b)], [max(row) for row in b])
