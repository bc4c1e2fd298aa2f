"""Print python3.13's dis.stack_effect for every opcode the compiler may emit.

Output (JSON): {opname: [[arg, effect_no_jump, effect_jump], ...]} for a sample of
opargs. compile's TestStackEffects compares its own table with this file.
Regenerate: python3.13 compile/testdata/stack_effects.py > compile/testdata/stack_effects.json
"""
import dis
import json
import opcode

ARGS = (0, 1, 2, 3, 4, 5, 7, 8, 9, 16, 255, 256 + 3, 2 * 256 + 1)
out = {}
for name, op in sorted(opcode.opmap.items()):
    if name.startswith("INSTRUMENTED_") or name in opcode._specialized_opmap:
        continue
    rows = []
    for a in ARGS if op >= opcode.HAVE_ARGUMENT else (None,):
        try:
            rows.append([a or 0, dis.stack_effect(op, a, jump=False), dis.stack_effect(op, a, jump=True)])
        except ValueError:
            pass
    out[name] = rows
print(json.dumps(out, indent=0, sort_keys=True))
