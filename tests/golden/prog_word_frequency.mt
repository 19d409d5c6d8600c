# Word frequency: text cleanup, counting with dicts, sorting, and a report.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""
words = []
for raw in text.lower().split():
    word = raw.strip('.,;:!?"\'')
    if word:
        words.append(word)
print(len(words), 'words,', len(set(words)), 'distinct')
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
width = max(len(w) for w, _ in top)
for w, c in top:
    print(f'{w:<{width}} {c:>3} {"#" * c}')
by_length = {}
for w in sorted(set(words)):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, ', '.join(by_length[length]))
first_letters = {}
for w in words:
    first_letters[w[0]] = first_letters.get(w[0], 0) + 1
print(sorted(first_letters.items()))
longest = max(counts, key=lambda w: (len(w), w))
print('longest word:', longest, len(longest))
print('average length: %.3f' % (sum(map(len, words)) / len(words)))
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f'{i:2d}: {len(line.split()):2d} words, {line.count("it"):d} x "it"')
print(' '.join(w.capitalize() for w in words[:6]))
