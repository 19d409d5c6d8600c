# random.seed with a string, a big int and a negative int (CPython's seeding rules).
import random
random.seed('a string seed')
print(random.random())
random.seed(2**100)
print(random.random())
random.seed(-5)
print(random.random())
random.seed(5)
print(random.random())
random.seed(True)
print(random.random())
random.seed(1)
print(random.random())
