PROGRAM = '''
push 10
store n
push 0
store acc
loop:
load n
jz end
load acc
load n
add
store acc
load n
push 1
sub
store n
jmp loop
end:
load acc
print
push 7
push 3
mod
print
halt
'''
def assemble(src):
    code, labels = [], {}
    for line in src.strip().splitlines():
        line = line.strip()
        if line.endswith(':'):
            labels[line[:-1]] = len(code)
        elif line:
            op, *arg = line.split()
            code.append((op, arg[0] if arg else None))
    return [(op, labels.get(a, int(a) if a and a.lstrip('-').isdigit() else a)) for op, a in code]
def run(code):
    stack, mem, pc, out, steps = [], {}, 0, [], 0
    while True:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == 'push': stack.append(arg)
        elif op == 'store': mem[arg] = stack.pop()
        elif op == 'load': stack.append(mem[arg])
        elif op in ('add', 'sub', 'mul', 'mod'):
            b, a = stack.pop(), stack.pop()
            stack.append({'add': a + b, 'sub': a - b, 'mul': a * b, 'mod': a % b}[op])
        elif op == 'jz':
            if stack.pop() == 0:
                pc = arg
        elif op == 'jmp': pc = arg
        elif op == 'print': out.append(stack.pop())
        elif op == 'halt': return out, steps, mem
        else: raise ValueError(f'bad op {op}')
code = assemble(PROGRAM)
print(code[:6])
print(run(code))
