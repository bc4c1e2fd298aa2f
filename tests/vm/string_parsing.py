log = '''2024-01-05 10:00:01 INFO  user=ann action=login ip=10.0.0.1
2024-01-05 10:02:17 WARN  user=bob action=fail ip=10.0.0.2 attempts=3
2024-01-05 10:05:00 ERROR user=bob action=lock ip=10.0.0.2
2024-01-06 08:00:00 INFO  user=cy action=login ip=10.0.0.3
malformed line here
2024-01-06 09:30:45 INFO  user=ann action=logout ip=10.0.0.1'''
records = []
for n, line in enumerate(log.splitlines(), 1):
    parts = line.split()
    if len(parts) < 4 or parts[0].count('-') != 2:
        print(f'line {n}: skipped {line!r}')
        continue
    date, time, level, *kv = parts
    fields = dict(item.split('=', 1) for item in kv)
    records.append({'date': date, 'time': time, 'level': level, **fields})
print(len(records), records[1])
by_level = {}
for r in records:
    by_level.setdefault(r['level'], []).append(r['user'])
print(by_level)
print(sorted({r['user'] for r in records}), [r['time'] for r in records if r['date'].endswith('06')])
h, m, s = map(int, records[2]['time'].split(':'))
print(h * 3600 + m * 60 + s, f'{h:02d}h{m:02d}m', int(records[1].get('attempts', 0)) + 1)
ini = '''[server]
host = example.com
port = 8080
; comment
[client]
retries=3
verbose = yes
'''
cfg, section = {}, None
for raw in ini.splitlines():
    line = raw.strip()
    if not line or line.startswith((';', '#')):
        continue
    if line.startswith('[') and line.endswith(']'):
        section = cfg.setdefault(line[1:-1], {})
        continue
    k, _, v = line.partition('=')
    section[k.strip()] = int(v) if v.strip().isdigit() else v.strip()
print(cfg, cfg['server']['port'] + 1)
url = 'https://user:pw@host.example.com:8443/a/b/c?x=1&y=two&x=3#frag'
scheme, rest = url.split('://', 1)
rest, _, frag = rest.partition('#')
rest, _, query = rest.partition('?')
netloc, _, path = rest.partition('/')
params = {}
for pair in query.split('&'):
    k, v = pair.split('=')
    params.setdefault(k, []).append(v)
print(scheme, netloc.rpartition('@')[2], '/' + path, params, frag)
