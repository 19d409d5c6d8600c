# while loops with else, break and continue.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print('i', i)
else:
    print('else runs when condition becomes false')
j = 0
while True:
    j += 1
    if j > 3:
        break
    print('j', j)
else:
    print('not printed: break skips else')
k = 10
while k < 5:
    print('never')
else:
    print('else runs even with zero iterations')
n = 3
while n:
    n -= 1
    m = 0
    while m < 3:
        m += 1
        if m == 2:
            break
    else:
        print('inner else never')
    print('outer', n, m)
def find(lst, target):
    idx = 0
    while idx < len(lst):
        if lst[idx] == target:
            break
        idx += 1
    else:
        return -1
    return idx
print(find([5, 6, 7], 7), find([5, 6, 7], 9))
count = 0
while count < 10:
    count += 1
    if count % 2:
        continue
    if count > 7:
        break
print('count', count)
stack = [1, 2, 3]
while stack:
    print('pop', stack.pop())
