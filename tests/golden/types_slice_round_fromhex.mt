# Huge slice bounds and steps clamp; round() with huge ndigits; float.fromhex/hex.
print("abcdef"[::10**30], "abcdef"[::-10**30], "abcdef"[10**30:], "abcdef"[-10**30:2])
print(slice(0, 10, 10**30).indices(5), slice(-10**30, 10**30, -10**30).indices(5))
print([1,2,3][::10**20])
print(round(1.5, 10**20), round(1.5, -10**20), round(123, -10**3))
try:
    round(1.79e308, -308)
except OverflowError as e:
    print("OverflowError", e)
cases = ["0x1.8p1", "-0x1p-1074", "inf", "-Infinity", "nan", " 0X1P+3 ", "1", "a.b", ".8", "8.", "0x.8", "0x1.fffffffffffff8p1023",
         "0x1p1024", "0x1p-1075", "0x1.8p-1075", "0x3p-1076", "0x1.00000000000008p0", "0x1.00000000000018p0", "x", "0x", "0x1p",
         "0x1p+", "1_0", "0x1.2.3", "  -0x0p0", "0x" + "f" * 300 + "p-1000", "0x1p-99999999999999999999", "0x1p99999999999999999",
         "0x0p99999999999999999", "+0x1.999999999999ap-4", "1e5", "0x1e5", "p1", "-", "0x1 p1", "0x1p1_0"]
for c in cases:
    try:
        print(repr(c)[:30], float.fromhex(c))
    except (ValueError, OverflowError) as e:
        print(repr(c)[:30], type(e).__name__, e)
class F(float):
    pass
print(type(F.fromhex("0x1p0")).__name__, F.fromhex("0x1p0"), (2.5).fromhex("0x1p1"))
for x in [0.0, -0.0, 1.0, 0.1, 5e-324, 1.7976931348623157e308, float("inf"), float("nan")]:
    print(x.hex(), float.fromhex(x.hex()) == x or x != x)
try:
    float.fromhex(5)
except TypeError as e:
    print(e)
