"""from __future__ imports are accepted (every feature is already mt's behaviour); d |= pairs;
__len__ results checked as CPython checks them."""
from __future__ import annotations, division
import __future__
print(__future__.annotations, __future__.all_feature_names[:3], __future__.annotations.getMandatoryRelease())
for n in __future__.all_feature_names:
    print(n, getattr(__future__, n))

def typed(x: Later) -> Later:
    return x
print(typed(3))

d = {1: 1}
d |= [(2, 2)]
d |= {3: 3}
d |= zip("ab", "cd")
print(d)
try:
    d |= [1]
except TypeError as e:
    print("TypeError", e)

class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
for n in [-1, 2**70, -2**70, 0, 3]:
    for f in (len, bool):
        try:
            print(f.__name__, n if abs(n) < 100 else "big", f(L(n)))
        except (ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
