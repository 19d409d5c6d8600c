# A recursive-descent calculator: tokenizer, parser, evaluator, error handling.
class CalcError(Exception):
    pass
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == '.':
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            tokens.append(('num', float(text) if '.' in text else int(text)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(('name', src[i:j]))
            i = j
        elif ch in '+-*/%^()':
            tokens.append(('op', ch))
            i += 1
        else:
            raise CalcError(f'unexpected character {ch!r} at {i}')
    tokens.append(('end', None))
    return tokens
class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.pos = 0
        self.env = env
    def peek(self):
        return self.tokens[self.pos]
    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok
    def expr(self):
        value = self.term()
        while self.peek() in (('op', '+'), ('op', '-')):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == '+' else value - rhs
        return value
    def term(self):
        value = self.factor()
        while self.peek()[0] == 'op' and self.peek()[1] in '*/%':
            op = self.take()[1]
            rhs = self.factor()
            if op == '*':
                value *= rhs
            elif op == '/':
                if rhs == 0:
                    raise CalcError('division by zero')
                value /= rhs
            else:
                value %= rhs
        return value
    def factor(self):
        base = self.unary()
        if self.peek() == ('op', '^'):
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek() == ('op', '-'):
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        kind, val = self.take()
        if kind == 'num':
            return val
        if kind == 'name':
            if val not in self.env:
                raise CalcError(f'unknown variable {val}')
            return self.env[val]
        if (kind, val) == ('op', '('):
            v = self.expr()
            if self.take() != ('op', ')'):
                raise CalcError('expected )')
            return v
        raise CalcError(f'unexpected token {val!r}')
def evaluate(src, env={'pi': 3.14159, 'x': 10}):
    p = Parser(tokenize(src), env)
    v = p.expr()
    if p.peek()[0] != 'end':
        raise CalcError('trailing input')
    return v
for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ^ 2', '10 / 4', '10 % 4 + x',
            '2 * pi * x', '((((7))))', '1.5 * 4', '2 ^ 100', '- - 3', '7 / 0', '3 +', 'y * 2',
            '4 $ 4', '(1 + 2', '1 2']:
    try:
        print(f'{src:<12} = {evaluate(src)}')
    except CalcError as e:
        print(f'{src:<12} ! {e}')
print(tokenize('a1 + 22.5')[:3])
