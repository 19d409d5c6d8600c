# A tiny stack-based virtual machine with labels, jumps, calls and a disassembler.
def assemble(src):
    program, labels = [], {}
    for line in src.strip().splitlines():
        line = line.split(';')[0].strip()
        if not line:
            continue
        if line.endswith(':'):
            labels[line[:-1]] = len(program)
            continue
        op, *args = line.split()
        program.append((op, [int(a) if a.lstrip('-').isdigit() else a for a in args]))
    return program, labels
def run(program, labels, trace=False):
    stack, calls, out = [], [], []
    pc = steps = 0
    while pc < len(program):
        op, args = program[pc]
        pc += 1
        steps += 1
        if op == 'push':
            stack.append(args[0])
        elif op == 'pop':
            stack.pop()
        elif op == 'dup':
            stack.append(stack[-1])
        elif op == 'swap':
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == 'over':
            stack.append(stack[-2])
        elif op in ('add', 'sub', 'mul', 'mod', 'lt'):
            b, a = stack.pop(), stack.pop()
            stack.append({'add': a + b, 'sub': a - b, 'mul': a * b, 'mod': a % b, 'lt': int(a < b)}[op])
        elif op == 'jmp':
            pc = labels[args[0]]
        elif op == 'jz':
            if stack.pop() == 0:
                pc = labels[args[0]]
        elif op == 'call':
            calls.append(pc)
            pc = labels[args[0]]
        elif op == 'ret':
            pc = calls.pop()
        elif op == 'print':
            out.append(stack.pop())
        elif op == 'halt':
            break
        else:
            raise ValueError(f'bad opcode {op!r} at {pc - 1}')
        if trace:
            print(f'  {pc - 1:3d} {op:<6}{str(args):<10}{stack}')
    return out, steps
factorial_src = """
    push 1          ; acc
    push 10         ; n
loop:
    dup
    jz done
    dup             ; acc n n
    call mulacc
    push 1
    sub
    jmp loop
done:
    pop
    print
    halt
mulacc:             ; acc n n -> acc*n n
    swap            ; acc n n -> acc n n (keep n)
    pop
    swap            ; n acc
    over            ; n acc n
    mul             ; n acc*n
    swap            ; acc*n n
    ret
"""
prog, labels = assemble(factorial_src)
print(labels, len(prog))
print(run(prog, labels))
small = """
    push 2
    push 3
    add
    dup
    mul
    print
    push 7
    push 3
    mod
    print
    push 1
    push 2
    lt
    print
"""
p2, l2 = assemble(small)
print(run(p2, l2, trace=True))
try:
    run(*assemble('push 1\nfrobnicate\n'))
except ValueError as e:
    print('ValueError:', e)
try:
    run(*assemble('pop\n'))
except IndexError as e:
    print('IndexError:', e)
count_src = """
    push 0
top:
    dup
    print
    push 1
    add
    dup
    push 5
    lt
    jz out
    jmp top
out:
    halt
"""
print(run(*assemble(count_src)))
