# Greedy word wrapping, justification and centering.
text = ('The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. '
        'How vexingly quick daft zebras jump! Sphinx of black quartz, judge my vow.')
def wrap(text, width):
    lines, line = [], ''
    for word in text.split():
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += ' ' + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ''
    for i, w in enumerate(words[:-1]):
        extra = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + ' ' * extra
    return out + words[-1]
for width in (20, 33):
    print('+' + '-' * width + '+')
    lines = wrap(text, width)
    for i, line in enumerate(lines):
        body = line if i == len(lines) - 1 else justify(line, width)
        print('|' + body.ljust(width) + '|')
    print('+' + '-' * width + '+')
for line in wrap(text, 30)[:3]:
    print('[' + line.center(34, '.') + ']')
print(max(wrap(text, 25), key=len))
print([len(l) for l in wrap(text, 15)])
