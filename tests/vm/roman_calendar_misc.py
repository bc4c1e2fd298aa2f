def int_to_words(n):
    ones = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split()
    tens = 'twenty thirty forty fifty sixty seventy eighty ninety'.split()
    if n < 20:
        return ones[n]
    if n < 100:
        return tens[n // 10 - 2] + ('' if n % 10 == 0 else '-' + ones[n % 10])
    if n < 1000:
        return ones[n // 100] + ' hundred' + ('' if n % 100 == 0 else ' and ' + int_to_words(n % 100))
    for div, word in ((10**9, 'billion'), (10**6, 'million'), (1000, 'thousand')):
        if n >= div:
            rest = n % div
            return int_to_words(n // div) + ' ' + word + ('' if rest == 0 else (' and ' if rest < 100 else ', ') + int_to_words(rest))
for n in [0, 13, 20, 42, 99, 100, 101, 999, 1000, 1001, 12345, 1000000, 2024, 987654321]:
    print(n, int_to_words(n))
def ordinal(n):
    suffix = 'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return f'{n}{suffix}'
print([ordinal(n) for n in [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112, 1003]])
def human_size(b):
    for unit in ['B', 'KiB', 'MiB', 'GiB', 'TiB']:
        if b < 1024 or unit == 'TiB':
            return f'{b:.1f} {unit}' if unit != 'B' else f'{b} B'
        b /= 1024
print([human_size(x) for x in [0, 512, 1024, 1536, 10**6, 10**9, 2**40, 5 * 2**50]])
def duration(secs):
    parts = []
    for name, size in (('d', 86400), ('h', 3600), ('m', 60), ('s', 1)):
        q, secs = divmod(secs, size)
        if q:
            parts.append(f'{q}{name}')
    return ' '.join(parts) or '0s'
print([duration(s) for s in [0, 59, 60, 3661, 86400, 90061, 1000000]])
