# chr, ord, hex, oct, bin, and format.
print(chr(65), chr(97), chr(48), chr(233), chr(0x65e5), chr(0x1F600), repr(chr(0)), repr(chr(10)))
print(ord('A'), ord('a'), ord('0'), ord('é'), ord('日'), ord('😀'), ord('\n'))
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
print(hex(0), hex(255), hex(-255), hex(2**64), oct(0), oct(8), oct(-8), bin(0), bin(5), bin(-5), bin(2**65))
print(hex(True), int(hex(3054), 16), int(bin(77), 2), int(oct(99), 8))
print(format(255, 'x'), format(255, '#X'), format(5, '08b'), format(3.14159, '.2f'), format('x', '^5'), format(10))
print(format(1e6, ','), format(1234567, ',d'), format(0.5, '.0%'), format(-3, '+'), format(2**40, '_x'))
print(format(12.5, 'e'), format(12.5, 'g'), format(123456789, 'e'), format(0.1, '.20f'))
print(format(True), format(None), format([1, 2]), format(1.0), format(1e20), format(1e-5))
try:
    chr(0x110000)
except ValueError as e:
    print('ValueError:', e)
try:
    ord('')
except TypeError as e:
    print('TypeError:', e)
try:
    hex(1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    format('s', 'd')
except ValueError as e:
    print('ValueError:', e)
