def render(template, ctx):
    out, i = [], 0
    while i < len(template):
        start = template.find('{{', i)
        if start < 0:
            out.append(template[i:])
            break
        out.append(template[i:start])
        end = template.find('}}', start)
        if end < 0:
            raise SyntaxError(f'unclosed tag at {start}')
        expr = template[start + 2:end].strip()
        name, *filters = [p.strip() for p in expr.split('|')]
        value = ctx
        for part in name.split('.'):
            value = value[part] if isinstance(value, dict) else getattr(value, part)
        for f in filters:
            fname, _, arg = f.partition(':')
            if fname == 'upper': value = str(value).upper()
            elif fname == 'default': value = value or arg
            elif fname == 'len': value = len(value)
            elif fname == 'join': value = arg.join(map(str, value))
            elif fname == 'fmt': value = format(value, arg)
            else: raise ValueError(f'unknown filter {fname}')
        out.append(str(value))
        i = end + 2
    return ''.join(out)
class User:
    name = 'ann'
    tags = ['admin', 'dev']
ctx = {'user': User(), 'count': 3, 'price': 12.5, 'empty': '', 'site': {'title': 'Kaa'}}
for t in ['Hello {{ user.name | upper }}!', '{{site.title}} has {{ count }} items at {{ price | fmt:.2f }}', 'tags: {{ user.tags | join:, }} ({{ user.tags | len }})', '{{ empty | default:n/a }}', 'no tags', '{{ broken', '{{ count | bogus }}']:
    try:
        print(render(t, ctx))
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e)
