"""Writes hostile.json: what python3.13's ast.parse does with each hostile input that
parser_test.go's TestHostile builds the same way (keep the two lists in step).

Run: PYENV_VERSION=3.13.0 python3.13 testdata/hostile.py
"""
import ast, json, os, sys

assert sys.version_info[:2] == (3, 13)
cases = {
    "nested_parens_100k": "(" * 100000 + ")" * 100000,
    "nested_lists_100k": "[" * 100000 + "]" * 100000,
    "nested_braces_201": "{" * 201 + "}" * 201,
    "sum_200k": "+".join(["1"] * 200000),
    "not_100k": "not " * 100000 + "x",
    "neg_100k": "-" * 100000 + "x",
    "attr_100k": "x" + ".a" * 100000,
    "call_50k": "f" + "()" * 50000,
    "if_nest_150": "".join("    " * i + "if x:\n" for i in range(150)) + "    " * 150 + "pass\n",
    "ifexp_5k": "x if y else " * 5000 + "z",
    "fstring_nest_100": "f'{" * 100 + "x" + "}'" * 100,
    "nul": "x = 1\0\n",
    "long_line_1m": "x = '" + "a" * 1000000 + "'\n",
    "many_lines_200k": "x = 1\n" * 200000,
}
out = {}
for k, v in cases.items():
    try:
        ast.parse(v)
        out[k] = {"type": "OK"}
    except Exception as e:
        msg = e.msg if isinstance(e, SyntaxError) else str(e)
        out[k] = {"type": type(e).__name__, "msg": msg}
with open(os.path.join(os.path.dirname(__file__), "hostile.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print(out)
