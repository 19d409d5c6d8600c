# int methods and conversions.
print((10).bit_length(), (-10).bit_length(), (0).bit_length())
print(int('42'), int('-42'), int('+7'), int('  12  '), int('1_000'), int('0'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0))
print(int('777', 8), int('101', 2), int('z', 36), int('Zz', 36), int('10', 0))
print(int(3.99), int(-3.99), int(True), int(1e18), int('  -0x1F  ', 16))
print(abs(-7), (-7).__abs__(), (7).conjugate(), (7).real, (7).imag)
print((7).numerator, (7).denominator)
print(divmod(17, 5), divmod(-17, 5), pow(3, 4), pow(3, 4, 5), pow(-3, 3, 7))
print(int.__name__, type(int('5')).__name__)
print(isinstance(5, int), isinstance(True, int), isinstance(5.0, int))
print(str(10**25), repr(-10**25))
print(int(' 0b11 ', 0), int('-0o17', 0))
for bad in ['', ' ', '1.5', '1e3', '0x', '_1', '1_', '1__0']:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print('ValueError:', e)
try:
    int('12', 1)
except ValueError as e:
    print('ValueError:', e)
try:
    int(5, 10)
except TypeError as e:
    print('TypeError:', e)
print((5).__add__(3), (5).__mul__(2), (5).__neg__())
print((2).__lt__(3))
