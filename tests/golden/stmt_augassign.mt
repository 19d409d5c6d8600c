# Augmented assignment: every operator on names.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x /= 3; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 10; print(x)
x = 0b1100
x &= 0b1010; print(x)
x |= 0b0101; print(x)
x ^= 0b1111; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
s = 'ab'
s += 'cd'; print(s)
s *= 2; print(s)
l = [1]
alias = l
l += [2, 3]
print(l, alias, l is alias)
l *= 2
print(alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
f = 1.5
f += 1; print(f)
f **= 2; print(f)
f //= 2; print(f)
f %= 2.5; print(f)
n = 2**62
n += n; print(n)
n *= n; print(n)
n -= n; print(n, type(n).__name__)
b = True
b += 1; print(b)
counter = {}
for ch in 'banana':
    counter[ch] = counter.get(ch, 0) + 1
print(counter)
y = 5
