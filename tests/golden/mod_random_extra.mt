# random: getrandbits, sample, choices and Random instances.
import random
random.seed(12345)
print(random.getrandbits(8), random.getrandbits(64), random.getrandbits(100))
random.seed(7)
print(random.sample(range(100), 5), random.sample('abcdefg', 3))
print(random.choices([1, 2, 3], k=5))
r = random.Random(99)
print(r.random(), r.randint(1, 100), r.choice('xyz'))
