# A small interpreter: a stack machine running a loop-heavy program.
PUSH, ADD, SUB, JNZ, DUP, SWAP, POP, LOADV, STOREV, HALT = range(10)
def execute(code, nvars):
    stack = []
    env = [0] * nvars
    pc = 0
    steps = 0
    while True:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == PUSH:
            stack.append(arg)
        elif op == ADD:
            b = stack.pop(); a = stack.pop(); stack.append(a + b)
        elif op == SUB:
            b = stack.pop(); a = stack.pop(); stack.append(a - b)
        elif op == DUP:
            stack.append(stack[-1])
        elif op == SWAP:
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == POP:
            stack.pop()
        elif op == LOADV:
            stack.append(env[arg])
        elif op == STOREV:
            env[arg] = stack.pop()
        elif op == JNZ:
            if stack.pop() != 0:
                pc = arg
        elif op == HALT:
            return env, steps
# sum = 0; i = N; while i: sum += i; i -= 1
prog = [(PUSH, 0), (STOREV, 0), (PUSH, 150000), (STOREV, 1),
        (LOADV, 0), (LOADV, 1), (ADD, None), (STOREV, 0),
        (LOADV, 1), (PUSH, 1), (SUB, None), (DUP, None), (STOREV, 1), (JNZ, 4), (HALT, None)]
print(execute(prog, 2))
