# sys.get_int_max_str_digits / set_int_max_str_digits: the limit on int <-> decimal str
# conversions can be raised, lowered (not under 640) or removed (0).
import sys
print(sys.get_int_max_str_digits())
try:
    str(10**5000)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(6000)
print(len(str(10**5000)), len(repr(-10**5000)), sys.get_int_max_str_digits())
print(int("9" * 5500) % 1000)
try:
    int("9" * 6001)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10**20000)))
for bad in (5, -1, 639):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, e)
sys.set_int_max_str_digits(maxdigits=640)
print(sys.get_int_max_str_digits())
try:
    str(10**700)
except ValueError as e:
    print(e)
