# Slicing lists, tuples, strings and ranges, with steps and out-of-range bounds.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-3])
print(a[::2], a[1::2], a[::-1], a[::-2], a[8:2:-2], a[2:8:-1])
print(a[-1:-4:-1], a[5:0:-1], a[5::-1], a[:5:-1])
print(a[100:], a[-100:2], a[3:100], a[100:200], a[-100:-200])
print(a[5:2], a[::100], a[::-100])
print(a[1:9:3], a[9:1:-3], a[-2:-9:-3])
s = 'abcdefghij'
print(s[2:5], s[::-1], s[::3], s[-4:], s[1:-1], s[3:3] == '')
print(s[:100], s[100:] == '', s[-100::4])
t = tuple(a)
print(t[2:4], t[::-3], t[7:100])
r = range(0, 20, 2)
print(r[2:5], r[::-1], r[1::3], list(r[::-2]))
print(range(10)[3:100], range(5)[::-1], range(10, 0, -1)[2:5])
print(a[None:None:None], a[None:3], s[::None])
n = 3
print(a[n:n * 2], a[-n:], a[:len(a) // 2])
print(a[slice(1, 4)], a[slice(None, None, -1)], s[slice(2)])
print([][:], ''[5:], ()[::-1])
print(a[True:3], a[False])
big = 2**70
print(a[-big:big], a[big:], s[:-big])
try:
    a[::0]
except ValueError as e:
    print('ValueError:', e)
try:
    a['x':]
except TypeError as e:
    print('TypeError:', e)
try:
    a[1.5]
except TypeError as e:
    print('TypeError:', e)
