"""Independent checks of labels.json against md/*.md (run from anywhere)."""
import glob, json, os, re, sys
from collections import Counter
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
lab = json.load(open(os.path.join(ROOT, 'labels.json'), encoding='utf-8'))
errs = []
STATUSES = ['unsourced', 'sourced', 'record', 'sourced_elsewhere']
KINDS = {'percentage', 'money', 'count', 'amount', 'ratio', 'multiplier', 'fraction', 'ranking'}
TOP = ['corpus', 'license', 'conventions', 'statuses', 'md_statistics_by_status', 'files']
FILE_KEYS = {'file', 'format', 'title', 'date', 'source_url', 'body_words', 'claimed_minutes',
             'statistics', 'problems', 'traps'}
if list(lab) != TOP:
    errs.append(f'top-level keys {list(lab)} != {TOP}')
if set(lab['statuses']) != set(STATUSES):
    errs.append('statuses block')
by_status, by_kind = Counter(), Counter()
listed = []
for f in lab['files']:
    name = f['file']
    listed.append(name)
    if set(f) != FILE_KEYS:
        errs.append(f'{name}: keys {sorted(set(f) ^ FILE_KEYS)}')
    raw = open(os.path.join(ROOT, name), encoding='utf-8').read()
    if not raw.endswith('\n') or raw.endswith('\n\n'):
        errs.append(f'{name}: file must end with exactly one newline')
    lines = raw[:-1].split('\n')
    # front matter: 7 lines, then a blank line
    if lines[0] != '---' or lines[6] != '---' or lines[7] != '':
        errs.append(f'{name}: front matter shape')
    fm = [l.split(': ', 1) for l in lines[1:6]]
    if [k for k, _ in fm] != ['title', 'date', 'author', 'source_url', 'license']:
        errs.append(f'{name}: front matter keys')
    meta = dict(fm)
    if json.loads(meta['title']) != f['title']: errs.append(f'{name}: title')
    if meta['date'] != f['date'] or not re.fullmatch(r'2025-\d\d-\d\d', f['date']): errs.append(f'{name}: date')
    if json.loads(meta['source_url']) != f['source_url'] or not f['source_url'].startswith('https://news.example/'):
        errs.append(f'{name}: source_url')
    if meta['license'] != '"CC BY 4.0"': errs.append(f'{name}: license')
    if not json.loads(meta['author']).strip(): errs.append(f'{name}: author')
    # body: paragraph lines at 9, 11, 13, ... with blank lines between
    body = lines[8:]
    for i, l in enumerate(body):
        n = i + 9
        if i % 2 == 0:
            if not l.strip() or l != l.strip() or l.startswith(('#', '-', '*', '>')) or re.match(r'\d+\.\s', l):
                errs.append(f'{name}:{n}: not a plain paragraph')
        elif l != '':
            errs.append(f'{name}:{n}: expected a blank line')
    if len(body) % 2 == 0: errs.append(f'{name}: body ends with a blank line')
    words = sum(len(l.split()) for l in body)
    if words != f['body_words']: errs.append(f'{name}: body_words {f["body_words"]} != {words}')
    if not 230 <= words <= 300: errs.append(f'{name}: {words} body words, outside 230-300')
    if f['format'] != 'md-yaml' or f['claimed_minutes'] is not None or f['problems'] != [] or f['traps'] != []:
        errs.append(f'{name}: fixed fields')
    stats = f['statistics']
    if not 12 <= len(stats) <= 20: errs.append(f'{name}: {len(stats)} statistics, outside 12-20')
    if sum(s['status'] == 'unsourced' for s in stats) < 3: errs.append(f'{name}: fewer than 3 unsourced')
    spans = []
    for s in stats:
        where = f'{name}:{s.get("line")}'
        if set(s) != {'line', 'column', 'text', 'kind', 'status', 'note'}:
            errs.append(f'{where}: statistic keys {sorted(s)}'); continue
        if s['status'] not in STATUSES: errs.append(f'{where}: status {s["status"]}')
        if s['kind'] not in KINDS: errs.append(f'{where}: kind {s["kind"]}')
        if len(s['note'].strip()) < 10: errs.append(f'{where}: note too short')
        if not (9 <= s['line'] <= len(lines)) or (s['line'] - 9) % 2:
            errs.append(f'{where}: not a body paragraph line'); continue
        L = lines[s['line'] - 1]
        if L.count(s['text']) != 1: errs.append(f'{where}: {s["text"]!r} occurs {L.count(s["text"])} times')
        if L.find(s['text']) + 1 != s['column']:
            errs.append(f'{where}: column {s["column"]} but {s["text"]!r} starts at {L.find(s["text"]) + 1}')
        if not re.search(r'\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|seventy|half|third|quarter|fifth|'
                         r'thirds|double|doubles|most|largest|lowest|highest|hottest|oldest|fastest|cheapest|lowest-scoring)\b',
                         s['text'], re.I):
            errs.append(f'{where}: no figure in {s["text"]!r}')
        spans.append((s['line'], s['column'], s['column'] + len(s['text'])))
        by_status[s['status']] += 1
        by_kind[s['kind']] += 1
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if a[0] == b[0] and b[1] < a[2]: errs.append(f'{name}:{a[0]}: overlapping labels')
    if [ (s['line'], s['column']) for s in stats ] != sorted((s['line'], s['column']) for s in stats):
        errs.append(f'{name}: statistics not in reading order')
on_disk = sorted(os.path.relpath(p, ROOT) for p in glob.glob(os.path.join(ROOT, 'md', '*.md')))
if on_disk != sorted(listed): errs.append(f'files on disk and in labels differ: {set(on_disk) ^ set(listed)}')
if [os.path.basename(n)[:2] for n in listed] != [f'{i:02d}' for i in range(1, 13)]: errs.append('numbering 01-12')
if lab['md_statistics_by_status'] != {k: by_status.get(k, 0) for k in STATUSES}:
    errs.append(f'md_statistics_by_status {lab["md_statistics_by_status"]} != {dict(by_status)}')
print('files', len(listed), 'statistics', sum(by_status.values()))
print('by status', {k: by_status.get(k, 0) for k in STATUSES})
print('by kind', dict(by_kind.most_common()))
print('\n'.join(errs) if errs else 'all checks passed')
sys.exit(1 if errs else 0)
