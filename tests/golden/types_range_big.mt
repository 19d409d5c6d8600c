# Ranges beyond 64 bits: bounds, steps and lengths of any size, as CPython computes them.
big = range(0, 10**20, 7)
print(big, big.start, big.stop, big.step, bool(big), type(big).__name__)
print(big[0], big[1], big[-1], big[10**18], big[-10**18])
print(big[::2], big[5:10], list(big[5:10]), big[::-1][:3], list(big[::-1][:3]))
print(10**19 in big, 7 * 10**18 in big, -7 in big, True in range(2**64), 2**64 in range(2**65))
print(big.index(7 * 10**18), big.count(7 * 10**18), big.count(5))
print(big == range(0, 10**20, 7), big == range(0, 10**20 + 1, 7), big != big[::1])
print(range(2**64, 2**64 + 5), list(range(2**64, 2**64 + 5)), len(range(2**64, 2**64 + 5)))
print(list(range(-2**63 - 2, -2**63 + 2)), list(reversed(range(2**70, 2**70 + 3))))
print(list(range(2**63 - 3, 2**63 + 3, 2)), list(range(2**63 + 3, 2**63 - 3, -2)))
print(range(10)[::2**70], list(range(10)[2**70:]), range(5)[-2**70:2], range(3)[2**64 - 1:] == range(0))
print(range(0, 2**100, 2**90)[3], list(range(0, 2**100, 2**97)), range(2**100)[:3])
r = range(2**63 - 1)
print(len(r), r[-1], r[2**62], len(range(-2**63, -1)))
total = 0
for x in range(2**64 - 2, 2**64 + 2):
    total += x
print(total, sum(range(2**64, 2**64 + 10)), max(range(2**66, 2**66 + 3)))
it = iter(range(2**65, 2**65 + 2))
print(type(it).__name__, next(it), next(it), next(it, 'done'))
print(type(iter(range(3))).__name__, type(reversed(range(2**65))).__name__)
for bad in [lambda: len(range(2**64)), lambda: big[10**20], lambda: range(0, 2**70, 0),
            lambda: big[1.5], lambda: big[::0], lambda: big.index(5), lambda: range(2**64)[:2**64:0]]:
    try:
        bad()
    except (OverflowError, IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(hash(range(0, 10, 3)) == hash(range(0, 11, 3)), hash(range(0)) == hash(range(5, 5)), hash(range(2**70)) == hash(range(0, 2**70, 1)))
print({range(3): 'small', range(2**70): 'big'}[range(0, 3)], {range(2**70): 'big'}[range(0, 2**70)], hash(range(4, 5)) == hash(range(4, 6, 7)))
