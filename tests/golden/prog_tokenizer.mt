# A tokenizer for a small language using character classes and a keyword table.
KEYWORDS = {'let', 'if', 'else', 'while', 'fn', 'return'}
SYMBOLS = ['==', '!=', '<=', '>=', '->', '+', '-', '*', '/', '=', '<', '>', '(', ')', '{', '}', ',', ';']
def tokenize(src):
    tokens, i, line = [], 0, 1
    while i < len(src):
        ch = src[i]
        if ch == '\n':
            line += 1
            i += 1
        elif ch in ' \t':
            i += 1
        elif ch == '#':
            while i < len(src) and src[i] != '\n':
                i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '_'):
                j += 1
            tokens.append(('INT', int(src[i:j]), line))
            i = j
        elif ch.isalpha() or ch == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            word = src[i:j]
            tokens.append(('KW' if word in KEYWORDS else 'NAME', word, line))
            i = j
        elif ch == '"':
            j = i + 1
            buf = []
            while j < len(src) and src[j] != '"':
                if src[j] == '\\' and j + 1 < len(src):
                    buf.append({'n': '\n', 't': '\t'}.get(src[j + 1], src[j + 1]))
                    j += 2
                else:
                    buf.append(src[j])
                    j += 1
            if j >= len(src):
                raise SyntaxError(f'unterminated string on line {line}')
            tokens.append(('STR', ''.join(buf), line))
            i = j + 1
        else:
            for sym in SYMBOLS:
                if src.startswith(sym, i):
                    tokens.append(('OP', sym, line))
                    i += len(sym)
                    break
            else:
                raise SyntaxError(f'bad character {ch!r} on line {line}')
    return tokens
source = '''# compute things
fn add(a, b) -> int {
    return a + b;
}
let total = add(1_000, 24);
if total >= 1000 { print("big\\tnumber\\n"); } else { print("small"); }
while total != 0 { total = total - 1; }
'''
toks = tokenize(source)
for kind, value, line in toks[:12]:
    print(f'{line:>2} {kind:<5} {value!r}')
print(len(toks), 'tokens')
summary = {}
for kind, _, _ in toks:
    summary[kind] = summary.get(kind, 0) + 1
print(sorted(summary.items()))
print([v for k, v, _ in toks if k == 'STR'])
print(sorted({v for k, v, _ in toks if k == 'NAME'}))
for bad in ['let x = "open', 'let y = 5 @ 3']:
    try:
        tokenize(bad)
    except SyntaxError as e:
        print('SyntaxError:', e)
