# Bitwise operators and shifts, including big integers and negatives.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-1 & 0xFF, -1 | 0, -8 ^ 3, ~-8)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(1 << 10, 1 << 64, 1 << 100, 3 << 70)
print(1024 >> 3, -1024 >> 3, -1 >> 10, -5 >> 1, 5 >> 10)
print((1 << 100) >> 98, (1 << 100) >> 200)
print(-(1 << 100) >> 99, -(1 << 100) >> 200)
print((2**100 - 1) & 0xFFFF, (2**100) | 1, (2**100) ^ (2**100))
print(-(2**100) & 0xFF, -(2**70) | 5, ~(2**80))
print((2**65 + 7) & -(2**64))
print(0xF0 & 0x3C | 0x01, 0xF0 & (0x3C | 0x01))
print(1 | 2 ^ 3 & 4)
print(1 << 2 + 3, (1 << 2) + 3)
print(True & True, True | False, False ^ True, type(True ^ True).__name__)
print(5 & True, 6 | True)
print((255).bit_length(), (256).bit_length(), (-256).bit_length(), (0).bit_length())
print((2**100).bit_length())
x = 0
for i in range(0, 64, 3):
    x |= 1 << i
print(x, hex(x))
try:
    1 << -1
except ValueError as e:
    print('ValueError:', e)
try:
    1 >> -1
except ValueError as e:
    print('ValueError:', e)
try:
    1.0 & 1
except TypeError as e:
    print('TypeError:', e)
