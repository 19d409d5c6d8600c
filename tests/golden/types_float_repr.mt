# float repr is the shortest string that round-trips; str() is the same.
values = [0.1, 1e-05, 1e+16, 123456789012345678.0, 1.5e300, -0.0, float('inf'), float('nan'),
          0.5, 2.0, 1e15, 1e16, 9999999999999998.0, 1e-4, 0.0001234, 1.0000000000000002,
          3.0e-10, 12345.6789, 1/3, 2/3, 100.0, 1e100, 1.7976931348623157e308, 2.2250738585072014e-308,
          5e-324, 0.30000000000000004, 123.0, 1.23e-7, 4.0e20, 1e21, 1e22, 0.000001, 0.0000001]
for v in values:
    print(repr(v), str(v))
print(float('1.10'), float('  2.5  '), float('1e3'), float('-.5'), float('+3'), float('1_000.5'))
print(float(3), float(-0), float(2**60), float(True))
print(0.1 + 0.7, 0.1 * 0.1, 1.1 + 2.2, 3.3 - 1.1, 1e16 + 1, 2.0 ** 62)
print(7.0 // 0.5, 1e-10 / 3, 10 / 3 * 3)

print((0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((2.0).is_integer(), (2.5).is_integer())
print(round(1234.5678, -2), round(1234.5678, 1), round(-1.5), round(1.5), round(0.5))
print(int(1e16), int(1.9999999999999999), int(-1e-9))
print(sum([0.1] * 10), 0.1 * 10)
print(max(0.1, 0.10000000000000001), 0.1 == 0.10000000000000001)
print([1.0, 2.5, -3.75], (0.1,), {'f': 1e-7})
