# Caesar and Vigenere ciphers with str methods, ord/chr, and translation tables.
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return ''.join(out)
msg = 'Hello, World! The quick brown fox.'
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar(msg, 13) == caesar(caesar(msg, 13), 0), caesar(caesar(msg, 13), 13) == msg)
def vigenere(text, key, decrypt=False):
    out, ki = [], 0
    for ch in text:
        if ch.isalpha():
            base = 65 if ch.isupper() else 97
            k = ord(key[ki % len(key)].lower()) - 97
            if decrypt:
                k = -k
            out.append(chr((ord(ch) - base + k) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return ''.join(out)
v = vigenere('Attack at dawn', 'LEMON')
print(v, '->', vigenere(v, 'LEMON', decrypt=True))
freq = {}
for ch in enc.lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(''.join(reversed(msg)), msg[::-1] == ''.join(reversed(msg)))
print(' '.join(w[::-1] for w in msg.split()))
