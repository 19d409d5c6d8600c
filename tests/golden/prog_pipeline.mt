# Data processing with a generator pipeline: each stage is lazy.
log = []
def read_records():
    rows = ['id,name,dept,salary', '1,ann,eng,120', '2,bob,ops,80', '3,cy,eng,135',
            '# comment line', '4,di,sales,90', '', '5,ed,eng,99', '6,flo,ops,101']
    for row in rows:
        log.append('read')
        yield row
def skip_junk(lines):
    for line in lines:
        if line and not line.startswith('#'):
            yield line
def parse(lines):
    header = None
    for line in lines:
        fields = line.split(',')
        if header is None:
            header = fields
            continue
        rec = dict(zip(header, fields))
        rec['id'] = int(rec['id'])
        rec['salary'] = int(rec['salary'])
        yield rec
def where(records, pred):
    return (r for r in records if pred(r))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
pipeline = where(parse(skip_junk(read_records())), lambda r: r['salary'] >= 95)
print('nothing read yet:', len(log))
first = next(pipeline)
print(first, 'records read so far:', len(log))
rest = list(pipeline)
print([r['name'] for r in rest], len(log))
records = list(parse(skip_junk(read_records())))
by_dept = {}
for r in records:
    by_dept.setdefault(r['dept'], []).append(r)
for dept, rs in sorted(by_dept.items()):
    salaries = [r['salary'] for r in rs]
    print(f'{dept:<6}{len(rs):>2} avg {sum(salaries) / len(salaries):7.2f} max {max(salaries)}')
print(list(take(2, (r['name'].title() for r in records))))
def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total
print(list(running_total(r['salary'] for r in records)))
def chunks(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunks(range(7), 3)))
def window(seq, n):
    for i in range(len(seq) - n + 1):
        yield tuple(seq[i:i + n])
print(list(window('abcde', 3)))
squares = (n * n for n in range(10))
evens = (s for s in squares if s % 2 == 0)
print(sum(evens), sum(evens))
