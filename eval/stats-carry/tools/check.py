"""Independent checks of labels.json against md/*.md (run from /work/blind-carry)."""
import json, os, re, sys, glob
from collections import Counter
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
lab = json.load(open(os.path.join(root, 'labels.json'), encoding='utf-8'))
errs = []
STAT = {'sourced', 'sourced_elsewhere', 'record', 'unsourced'}
KINDS = {'percentage', 'money', 'count', 'amount', 'ratio', 'multiplier', 'fraction', 'ranking'}
need_top = {'corpus', 'license', 'statuses', 'md_statistics_by_status', 'files'}
if need_top - set(lab): errs.append(f'missing top keys {need_top - set(lab)}')
c = Counter()
listed = set()
for f in lab['files']:
    path = os.path.join(root, f['file']); listed.add(f['file'])
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    if text.endswith('\n'): lines = lines[:-1]
    # front matter
    fm = lines[:7]
    if fm[0] != '---' or fm[6] != '---' or lines[7] != '':
        errs.append(f'{f["file"]}: front matter shape')
    keys = [l.split(':', 1)[0] for l in fm[1:6]]
    if keys != ['title', 'date', 'author', 'source_url', 'license']: errs.append(f'{f["file"]}: keys {keys}')
    meta = {l.split(':', 1)[0]: l.split(':', 1)[1].strip() for l in fm[1:6]}
    if meta['title'] != json.dumps(f['title'], ensure_ascii=False): errs.append(f'{f["file"]}: title')
    if meta['date'] != f['date'] or not f['date'].startswith('2025-'): errs.append(f'{f["file"]}: date')
    if meta['source_url'] != '"' + f['source_url'] + '"' or not f['source_url'].startswith('https://news.example/'): errs.append(f'{f["file"]}: url')
    if meta['license'] != '"CC BY 4.0"': errs.append(f'{f["file"]}: license')
    body = lines[8:]
    for i, l in enumerate(body):
        n = i + 9
        if i % 2 == 0:
            if not l.strip() or l.startswith(('#', '-', '*', '>')) or re.match(r'\d+\.', l): errs.append(f'{f["file"]}:{n}: bad paragraph line')
        elif l != '': errs.append(f'{f["file"]}:{n}: expected blank')
    words = len('\n'.join(body).split())
    if words != f['body_words']: errs.append(f'{f["file"]}: body_words {f["body_words"]} != {words}')
    if not 220 <= words <= 320: errs.append(f'{f["file"]}: {words} words out of range')
    if f['format'] != 'md-yaml' or f['claimed_minutes'] is not None or f['problems'] != [] or f['traps'] != []:
        errs.append(f'{f["file"]}: fixed fields')
    for s in f['statistics']:
        if set(s) != {'line', 'column', 'text', 'kind', 'status', 'note'}: errs.append(f'{f["file"]}: keys {set(s)}')
        if s['status'] not in STAT or s['kind'] not in KINDS: errs.append(f'{f["file"]}: bad kind/status {s}')
        if not s['note'].strip(): errs.append(f'{f["file"]}: empty note')
        L = lines[s['line'] - 1]
        if s['line'] < 9: errs.append(f'{f["file"]}: label in front matter')
        if L.count(s['text']) != 1: errs.append(f'{f["file"]}:{s["line"]}: text occurs {L.count(s["text"])}x: {s["text"]!r}')
        if L.find(s['text']) + 1 != s['column']: errs.append(f'{f["file"]}:{s["line"]}: column {s["column"]} != {L.find(s["text"]) + 1}')
        if not re.search(r'\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|half|third|quarter|twice|doubled|most|largest|highest|hottest|wettest|busiest', s['text'], re.I):
            errs.append(f'{f["file"]}: no figure in {s["text"]!r}')
        c[s['status']] += 1
    # overlapping labels on a line
    spans = sorted((s['line'], s['column'], s['column'] + len(s['text'])) for s in f['statistics'])
    for a, b in zip(spans, spans[1:]):
        if a[0] == b[0] and b[1] < a[2]: errs.append(f'{f["file"]}:{a[0]}: overlapping labels')
on_disk = {os.path.relpath(p, root) for p in glob.glob(os.path.join(root, 'md', '*.md'))}
if on_disk != listed: errs.append(f'files mismatch {on_disk ^ listed}')
if len(listed) != 12: errs.append('not 12 files')
names = sorted(listed)
if [n[3:5] for n in names] != [f'{i:02d}' for i in range(1, 13)]: errs.append('numbering')
if dict(c) != {k: v for k, v in lab['md_statistics_by_status'].items() if v}: errs.append(f'counts {dict(c)} vs {lab["md_statistics_by_status"]}')
print('files', len(listed), 'statistics', sum(c.values()), dict(c))
print('\n'.join(errs) if errs else 'all checks passed')
sys.exit(1 if errs else 0)
