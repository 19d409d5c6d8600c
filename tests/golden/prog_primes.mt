# Prime numbers: sieve, trial division, factorization, and a generator of primes.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(200)
print(len(primes), primes[:15], primes[-3:])
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
for n in (2, 12, 97, 360, 1001, 2**16 + 1, 600851475143, 2**31 - 1):
    print(n, factorize(n))
def primes_gen():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1
g = primes_gen()
print([next(g) for _ in range(20)])
twins = [(p, p + 2) for p in primes if p + 2 in primes]
print(twins)
print(sum(sieve(10000)))
goldbach = {n: next((p, n - p) for p in primes if n - p in primes) for n in range(4, 40, 2)}
print(goldbach)
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    i = 3
    while i * i <= n:
        if n % i == 0:
            return False
        i += 2
    return True
print([n for n in range(10**6, 10**6 + 100) if is_prime(n)])
print(is_prime(2**31 - 1), is_prime(2**31 + 1))
