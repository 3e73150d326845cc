"""Independent checks of labels.json against md/*.md and house/*.txt.

Reads only the written files and labels.json (not tools/drafts.py). Checks: JSON shape;
each label's text occurs exactly once on its line and starts at its column; no overlapping
statistics; front matter; paragraph layout; body_words and the 250-450 word range;
15-25 statistics and at least 3 unsourced per draft; status counts; the house layout
(headline, standfirst = first sentence, byline, read time, body identical to the Markdown
body, attribution line, footer) and that house labels are the Markdown labels plus line-5
copies; every weekday+date pair and every mixed date style is either correct or labelled.
"""
import datetime, glob, json, os, re, sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
lab = json.load(open(os.path.join(ROOT, 'labels.json'), encoding='utf-8'))
errs = []
STATUSES = ['unsourced', 'sourced', 'record', 'sourced_elsewhere']
KINDS = {'percentage', 'money', 'count', 'amount', 'ratio', 'multiplier', 'fraction', 'ranking'}
FAMILIES = {'statistics', 'attribution', 'dates', 'hashtags', 'read-time'}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MON = '|'.join(MONTHS)

if set(lab) != {'corpus', 'license', 'conventions', 'statuses', 'md_statistics_by_status', 'files'}:
    errs.append(f'top-level keys {sorted(lab)}')
if set(lab['statuses']) != set(STATUSES):
    errs.append('statuses keys')


def read_lines(rel):
    text = open(os.path.join(ROOT, rel), encoding='utf-8').read()
    if not text.endswith('\n') or text.endswith('\n\n'):
        errs.append(f'{rel}: file must end with exactly one newline')
    return text[:-1].split('\n')


def check_labels(f, lines):
    name = f['file']
    for s in f['statistics']:
        if set(s) != {'line', 'column', 'text', 'kind', 'status', 'note'}:
            errs.append(f'{name}: statistic keys {sorted(s)}')
        if s['kind'] not in KINDS or s['status'] not in STATUSES:
            errs.append(f'{name}: kind/status {s["kind"]}/{s["status"]}')
    for group in ('problems', 'traps'):
        for t in f[group]:
            if set(t) != {'family', 'line', 'column', 'text', 'note'}:
                errs.append(f'{name}: {group} keys {sorted(t)}')
            if t['family'] not in FAMILIES:
                errs.append(f'{name}: family {t["family"]}')
    for group in ('statistics', 'problems', 'traps'):
        for s in f[group]:
            if not s['note'].strip() or not s['text'].strip():
                errs.append(f'{name}: empty text/note in {group}')
            if not 1 <= s['line'] <= len(lines):
                errs.append(f'{name}: line {s["line"]} out of range'); continue
            L = lines[s['line'] - 1]
            if L.count(s['text']) != 1:
                errs.append(f'{name}:{s["line"]}: {group} text occurs {L.count(s["text"])}x: {s["text"]!r}')
            elif L.index(s['text']) + 1 != s['column']:
                errs.append(f'{name}:{s["line"]}: column {s["column"]} != {L.index(s["text"]) + 1} for {s["text"]!r}')
    spans = sorted((s['line'], s['column'], s['column'] + len(s['text'])) for s in f['statistics'])
    for a, b in zip(spans, spans[1:]):
        if a[0] == b[0] and b[1] < a[2]:
            errs.append(f'{name}:{a[0]}: overlapping statistics')
    for s in f['statistics']:
        if not re.search(r'\d|one|two|three|four|five|six|seven|eight|nine|ten\b|thousand|half|third|quarter|'
                         r'fifth|tenth|double|twice|tripled|times|most|largest|highest|lowest|worst|best|biggest|'
                         r'cheapest|fastest|wettest|deadliest|busiest|first|second|record|more than any', s['text'], re.I):
            errs.append(f'{name}: no figure in {s["text"]!r}')


def sentences_first(p):
    m = re.match(r'^(.+?[.!?])(?=\s+["A-Z]|$)', p)
    return m.group(1) if m else p


def read_minutes(words):
    return max(1, (2 * words + 230) // 460)


def date_checks(name, year, lines, f):
    """Weekday+date pairs must be right unless labelled; mixed date styles must be labelled."""
    labelled = {(p['line'], p['text']) for p in f['problems'] + f['traps'] if p['family'] == 'dates'}

    def covered(i, start, end):
        return any(l == i and (L := lines[i - 1]).find(t) != -1 and L.find(t) <= start and end <= L.find(t) + len(t)
                   for (l, t) in labelled)
    for i, L in enumerate(lines, 1):
        for m in re.finditer(rf'\b({"|".join(WEEKDAYS)}),? ({MON}) (\d{{1,2}})\b', L):
            d = datetime.date(year, MONTHS.index(m.group(2)) + 1, int(m.group(3)))
            ok = WEEKDAYS[d.weekday()] == m.group(1)
            if ok and covered(i, m.start(), m.end()):
                errs.append(f'{name}:{i}: weekday labelled as a problem but correct: {m.group(0)}')
            if not ok and not covered(i, m.start(), m.end()):
                errs.append(f'{name}:{i}: weekday mismatch not labelled: {m.group(0)}')
        for m in re.finditer(rf'\b({"|".join(WEEKDAYS)}),? (\d{{1,2}}) ({MON})\b', L):
            d = datetime.date(year, MONTHS.index(m.group(3)) + 1, int(m.group(2)))
            if WEEKDAYS[d.weekday()] != m.group(1) and not covered(i, m.start(), m.end()):
                errs.append(f'{name}:{i}: weekday mismatch not labelled: {m.group(0)}')
    md_style, dm_style = [], []
    for i, L in enumerate(lines, 1):
        md_style += [(i, m.start(), m.end(), m.group(0)) for m in re.finditer(rf'\b({MON}) (\d{{1,2}})\b', L)]
        dm_style += [(i, m.start(), m.end(), m.group(0)) for m in re.finditer(rf'\b(\d{{1,2}}) ({MON})\b', L)]
    if md_style and dm_style:
        minority = dm_style if len(dm_style) <= len(md_style) else md_style
        for (i, a, b, t) in minority:
            if not covered(i, a, b):
                errs.append(f'{name}:{i}: mixed date style not labelled: {t!r}')
    return len(md_style), len(dm_style)


files = {f['file']: f for f in lab['files']}
mds = sorted(k for k in files if k.startswith('md/'))
houses = sorted(k for k in files if k.startswith('house/'))
on_disk = {os.path.relpath(p, ROOT) for p in glob.glob(os.path.join(ROOT, 'md', '*.md')) + glob.glob(os.path.join(ROOT, 'house', '*.txt'))}
if on_disk != set(files):
    errs.append(f'files on disk vs labels: {sorted(on_disk ^ set(files))}')
if [m[3:5] for m in mds] != [f'{i:02d}' for i in range(1, 17)]:
    errs.append('md numbering is not 01-16')
if [h[6:8] for h in houses] != ['01', '05', '09', '13']:
    errs.append(f'house set {houses}')

status_c, kind_c = Counter(), Counter()
md_body = {}
for name in mds:
    f = files[name]
    lines = read_lines(name)
    if set(f) != {'file', 'format', 'title', 'date', 'source_url', 'body_words', 'claimed_minutes',
                  'statistics', 'problems', 'traps'}:
        errs.append(f'{name}: entry keys {sorted(f)}')
    if f['format'] != 'md-yaml' or f['claimed_minutes'] is not None:
        errs.append(f'{name}: format/claimed_minutes')
    fm = lines[:7]
    if fm[0] != '---' or fm[6] != '---' or lines[7] != '':
        errs.append(f'{name}: front matter shape')
    keys = [l.split(':', 1)[0] for l in fm[1:6]]
    if keys != ['title', 'date', 'author', 'source_url', 'license']:
        errs.append(f'{name}: front matter keys {keys}')
    meta = {l.split(':', 1)[0]: l.split(':', 1)[1].strip() for l in fm[1:6]}
    if json.loads(meta['title']) != f['title']: errs.append(f'{name}: title')
    if meta['date'] != f['date'] or not re.fullmatch(r'2025-\d\d-\d\d', f['date']): errs.append(f'{name}: date')
    if meta['source_url'] != f'"{f["source_url"]}"' or not f['source_url'].startswith('https://news.example/'):
        errs.append(f'{name}: source_url')
    if meta['license'] != '"CC BY 4.0"': errs.append(f'{name}: license')
    body = lines[8:]
    for i, l in enumerate(body):
        n = i + 9
        if i % 2:
            if l != '': errs.append(f'{name}:{n}: expected a blank line')
            continue
        if not l.strip() or l != l.strip():
            errs.append(f'{name}:{n}: empty or padded paragraph')
        if l.startswith('#') and not re.fullmatch(r'## [^#{}]+ \{#[a-z-]+\}', l):
            errs.append(f'{name}:{n}: heading without anchor form')
        if l.startswith(('-', '>', '* ')) or re.match(r'\d+\. ', l):
            errs.append(f'{name}:{n}: list or block quote line')
        if l.startswith('**') and not re.fullmatch(r'\*\*[^*]+\*\*', l):
            errs.append(f'{name}:{n}: malformed bold question')
        if l.startswith('_') and not re.fullmatch(r'_This article was updated on [^_]+\._', l):
            errs.append(f'{name}:{n}: malformed update note')
    words = len('\n'.join(body).split())
    if words != f['body_words']: errs.append(f'{name}: body_words {f["body_words"]} != {words}')
    if not 250 <= words <= 450: errs.append(f'{name}: {words} body words, outside 250-450')
    check_labels(f, lines)
    if any(s['line'] < 9 for g in ('statistics', 'problems', 'traps') for s in f[g]):
        errs.append(f'{name}: label in front matter')
    c = Counter(s['status'] for s in f['statistics'])
    if not 15 <= len(f['statistics']) <= 25: errs.append(f'{name}: {len(f["statistics"])} statistics')
    if c['unsourced'] < 3: errs.append(f'{name}: only {c["unsourced"]} unsourced')
    status_c.update(c); kind_c.update(s['kind'] for s in f['statistics'])
    if any(p['family'] == 'read-time' for p in f['problems']): errs.append(f'{name}: read-time problem in md')
    date_checks(name, int(f['date'][:4]), lines, f)
    md_body[name] = (body, lines)

if dict(status_c) != {k: v for k, v in lab['md_statistics_by_status'].items() if v}:
    errs.append(f'md_statistics_by_status {lab["md_statistics_by_status"]} != {dict(status_c)}')

BYLINE = re.compile(r'^(.+)· ((?:' + MON + r') \d{1,2}, \d{4})· (\d+) min read$')
for name in houses:
    f = files[name]
    lines = read_lines(name)
    if f['format'] != 'house' or f.get('md') not in md_body:
        errs.append(f'{name}: format/md'); continue
    md = files[f['md']]
    body, mdlines = md_body[f['md']]
    if f['md'][3:] .split('.')[0] != name[6:].split('.')[0]: errs.append(f'{name}: md pairing')
    for k in ('title', 'date', 'source_url', 'body_words'):
        if f[k] != md[k]: errs.append(f'{name}: {k} differs from {f["md"]}')
    if not lines[0].strip() or lines[1] != '' or lines[3] != '' or lines[5] != '' or lines[7] != '':
        errs.append(f'{name}: header layout')
    if lines[2] != md['title']: errs.append(f'{name}: headline != title')
    if lines[4] != sentences_first(body[0]) or not body[0].startswith(lines[4]):
        errs.append(f'{name}: standfirst is not the first sentence')
    m = BYLINE.match(lines[6])
    if not m:
        errs.append(f'{name}: byline {lines[6]!r}')
    else:
        y, mo, d = map(int, md['date'].split('-'))
        if m.group(2) != f'{MONTHS[mo - 1]} {d}, {y}': errs.append(f'{name}: byline date')
        claimed = int(m.group(3))
        if claimed != f['claimed_minutes']: errs.append(f'{name}: claimed_minutes {f["claimed_minutes"]} != {claimed}')
        rt = [p for p in f['problems'] if p['family'] == 'read-time']
        if claimed != read_minutes(md['body_words']) and not rt:
            errs.append(f'{name}: wrong read time not labelled')
        if claimed == read_minutes(md['body_words']) and rt:
            errs.append(f'{name}: read-time problem labelled but claim is correct')
    nb = len(body)
    if lines[8:8 + nb] != body: errs.append(f'{name}: body differs from the Markdown body')
    tail = lines[8 + nb:]
    if len(tail) != 4 or tail[0] != '' or tail[2] != '':
        errs.append(f'{name}: tail layout')
    else:
        if not (tail[1].startswith('These details were first reported by ') and 'Creative Commons Attribution 4.0' in tail[1]
                and tail[1].endswith(': ' + md['source_url'])):
            errs.append(f'{name}: attribution line')
        if not re.fullmatch(r'This is an original report by .+\. Source reporting: .+\.', tail[3]):
            errs.append(f'{name}: footer')
    check_labels(f, lines)
    # house labels = Markdown labels on the same lines + copies on line 5 for the standfirst
    key = lambda s: (s['line'], s['column'], s['text'], s.get('kind'), s.get('status'), s.get('family'))
    stand_len = len(lines[4])
    for g in ('statistics', 'problems', 'traps'):
        want = [key(s) for s in md[g]]
        want += [(5,) + key(s)[1:] for s in md[g] if s['line'] == 9 and s['column'] - 1 + len(s['text']) <= stand_len]
        have = [key(s) for s in f[g] if not (g == 'problems' and s['family'] == 'read-time')]
        if sorted(want, key=str) != sorted(have, key=str):
            errs.append(f'{name}: {g} are not the Markdown labels plus standfirst copies')

print(f'files: {len(mds)} md, {len(houses)} house')
print('md statistics:', sum(status_c.values()), 'by status', {k: status_c[k] for k in STATUSES})
print('md statistics by kind', dict(kind_c.most_common()))
print('house statistics:', sum(len(files[h]['statistics']) for h in houses))
pt = Counter((g, t['family']) for n in mds + houses for g in ('problems', 'traps') for t in files[n][g])
print('problems/traps by family (md + house):', dict(sorted(pt.items())))
print('\n'.join(errs) if errs else 'all checks passed')
sys.exit(1 if errs else 0)
