raw = '''id,name,dept,salary,start
1,Ann Lee,eng,120000,2019-03-01
2,"Bob, Jr.",sales,65000,2021-07-15
3,Cy,eng,99000.50,2018-01-10
4,Di,"r&d",,2022-11-30
5,Ed,sales,71000,2020-05-05'''
def parse_line(line):
    fields, cur, quoted = [], '', False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == ',' and not quoted:
            fields.append(cur)
            cur = ''
        else:
            cur += ch
    fields.append(cur)
    return fields
lines = raw.splitlines()
header = parse_line(lines[0])
rows = [dict(zip(header, parse_line(l))) for l in lines[1:]]
for r in rows:
    r['salary'] = float(r['salary']) if r['salary'] else None
    r['id'] = int(r['id'])
    r['year'] = int(r['start'][:4])
print(rows[1], rows[3]['salary'])
by_dept = {}
for r in rows:
    by_dept.setdefault(r['dept'], []).append(r)
for dept, rs in sorted(by_dept.items()):
    sal = [r['salary'] for r in rs if r['salary'] is not None]
    print(f'{dept:<6} n={len(rs)} avg={sum(sal) / len(sal) if sal else float("nan"):>10.2f} names={[r["name"] for r in rs]}')
print(sorted(rows, key=lambda r: (r['salary'] is None, -(r['salary'] or 0)))[0]['name'], [r['id'] for r in rows if r['year'] < 2020])
out = [','.join(header)]
for r in rows:
    vals = [str(r[h]) if r[h] is not None else '' for h in header]
    out.append(','.join(f'"{v}"' if ',' in v else v for v in vals))
print('\n'.join(out))
