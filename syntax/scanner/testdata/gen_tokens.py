"""Prints python3.13's tokens for each file named on the command line in the format
scanner_test.go's dumpTokens prints (significant tokens only: no ENCODING, NL, COMMENT;
adjacent FSTRING_MIDDLE parts merged; columns in UTF-8 bytes).

Run: PYENV_VERSION=3.13.0 python3.13 gen_tokens.py FILE...
"""
import sys, token, tokenize, unicodedata


def bcol(line, col):
    return len(line[:col].encode("utf-8", "surrogatepass"))


def dump(path, out):
    with open(path, "rb") as f:
        toks = list(tokenize.tokenize(f.readline))
    res = []
    for t in toks:
        kind = t.exact_type
        if kind in (token.ENCODING, token.NL, token.COMMENT):
            continue
        if kind == token.FSTRING_MIDDLE and t.string == "":
            continue
        line = t.line.split("\n")
        sl = line[0] if line else ""
        # start column in bytes on its own line; end column on the end line
        lines = t.line.split("\n")
        s = bcol(lines[0], t.start[1]) if kind not in (token.DEDENT, token.ENDMARKER, token.INDENT) else 0
        e_line = lines[t.end[0] - t.start[0]] if t.end[0] - t.start[0] < len(lines) else ""
        e = bcol(e_line, t.end[1]) if kind not in (token.DEDENT, token.ENDMARKER, token.INDENT) else 0
        text = t.string
        if kind == token.NAME:
            text = unicodedata.normalize("NFKC", text)  # as the C tokenizer's parser sees it
        if kind in (token.NEWLINE, token.INDENT, token.DEDENT, token.ENDMARKER):
            text = ""
        if kind == token.FSTRING_MIDDLE and res and res[-1][0] == token.FSTRING_MIDDLE:
            p = res[-1]
            res[-1] = (p[0], None, p[2], None, t.end, None)
            continue
        res.append((kind, text, (t.start[0], s), (t.end[0], e), t.end, t))
    for kind, text, st, en, _, _ in res:
        if kind == token.FSTRING_MIDDLE:
            out.write(f"{token.tok_name[kind]} {st[0]}\n")
            continue
        if kind in (token.INDENT, token.DEDENT, token.ENDMARKER, token.NEWLINE):
            out.write(f"{token.tok_name[kind]}\n")
            continue
        esc = text.replace("\\", "\\\\").replace("\n", "\\n")
        out.write(f"{token.tok_name[kind]} {esc} {st[0]},{st[1]}-{en[0]},{en[1]}\n")


for p in sys.argv[1:]:
    sys.stdout.write(f"\0FILE {p}\n")
    try:
        with open(p, "rb") as f:
            compile(f.read(), p, "exec", dont_inherit=True)
        dump(p, sys.stdout)
    except Exception as e:
        sys.stdout.write(f"ERROR {type(e).__name__}\n")
