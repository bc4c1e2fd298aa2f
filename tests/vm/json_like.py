def dumps(o, indent=None, _level=0):
    nl = '\n' + ' ' * (indent * (_level + 1)) if indent else ''
    end = '\n' + ' ' * (indent * _level) if indent else ''
    sep = ',' + ('' if indent else ' ')
    if o is None: return 'null'
    if o is True: return 'true'
    if o is False: return 'false'
    if isinstance(o, (int, float)): return repr(o)
    if isinstance(o, str):
        out = '"'
        for ch in o:
            if ch in '"\\': out += '\\' + ch
            elif ch == '\n': out += '\\n'
            elif ord(ch) < 0x20: out += f'\\u{ord(ch):04x}'
            else: out += ch
        return out + '"'
    if isinstance(o, (list, tuple)):
        if not o: return '[]'
        return '[' + nl + sep.join((nl if indent else '') + dumps(x, indent, _level + 1) if False else dumps(x, indent, _level + 1) for x in o).replace(sep, sep + (nl if indent else '')) + end + ']' if indent else '[' + sep.join(dumps(x) for x in o) + ']'
    if isinstance(o, dict):
        if not o: return '{}'
        items = [dumps(str(k)) + ': ' + dumps(v, indent, _level + 1) for k, v in o.items()]
        if indent:
            return '{' + nl + (',' + nl).join(items) + end + '}'
        return '{' + sep.join(items) + '}'
    raise TypeError(f'Object of type {type(o).__name__} is not JSON serializable')
def loads(s):
    i = 0
    def ws():
        nonlocal i
        while i < len(s) and s[i] in ' \n\t\r': i += 1
    def value():
        nonlocal i
        ws()
        c = s[i]
        if c == '{':
            i += 1; d = {}; ws()
            if s[i] == '}': i += 1; return d
            while True:
                ws(); k = value(); ws(); assert s[i] == ':'; i += 1
                d[k] = value(); ws()
                if s[i] == ',': i += 1; continue
                assert s[i] == '}'; i += 1; return d
        if c == '[':
            i += 1; l = []; ws()
            if s[i] == ']': i += 1; return l
            while True:
                l.append(value()); ws()
                if s[i] == ',': i += 1; continue
                assert s[i] == ']'; i += 1; return l
        if c == '"':
            i += 1; out = ''
            while s[i] != '"':
                if s[i] == '\\':
                    i += 1
                    esc = s[i]
                    if esc == 'n': out += '\n'
                    elif esc == 'u': out += chr(int(s[i + 1:i + 5], 16)); i += 4
                    else: out += esc
                else:
                    out += s[i]
                i += 1
            i += 1
            return out
        for lit, val in (('true', True), ('false', False), ('null', None)):
            if s.startswith(lit, i):
                i += len(lit); return val
        j = i
        while j < len(s) and s[j] in '+-0123456789.eE': j += 1
        num = s[i:j]; i = j
        return float(num) if any(ch in num for ch in '.eE') else int(num)
    return value()
data = {'name': 'Kaa "snake"', 'tags': ['py', 'go'], 'n': 3, 'pi': 3.14, 'ok': True, 'none': None, 'nested': {'a': [1, {'b': []}], 'esc': 'line\nbreak\x01'}}
s = dumps(data)
print(s)
print(loads(s) == data, loads('[1, 2.5, -3e2, "x", {}]'), loads(dumps([])) == [])
print(dumps(data, indent=2))
try:
    dumps({1: object()})
except TypeError as e:
    print(e)
