#!/usr/bin/env python3
"""Independent checks of labels.json against the written md/ and house/ files.

Reads only labels.json and the files it names (never tools/drafts.py). Exit status 1 on
any failure. Checks:
  - JSON shape: newsset's top-level keys, per-file keys, label keys, kinds, statuses, families;
  - every label's text occurs exactly once on its line and starts at its (1-based) column;
    no two statistics overlap;
  - Markdown layout: front matter (title, date, author, source_url, license), blank line,
    one paragraph per odd line from 9, blank lines between;
  - body_words equals the whitespace-token count of the body, and lies in 250-450;
  - 15-25 statistics per Markdown draft, at least 3 unsourced; md_statistics_by_status;
  - house drafts: category, headline = title, standfirst = first sentence of the body,
    byline 'Desk· Month D, YYYY· N min read' (date matches; claimed_minutes matches; a wrong
    claim must be labelled read-time, a right one must not), body identical to the Markdown
    body, attribution line, footer; labels = the Markdown labels plus line-5 copies of those
    inside the standfirst;
  - every 'Weekday, Month D' pair is correct or a labelled dates problem;
  - in a file mixing 'Month D' and 'D Month', every minority-style date is labelled.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = {'corpus', 'license', 'conventions', 'statuses', 'md_statistics_by_status', 'files'}
STATUS_ORDER = ['unsourced', 'sourced', 'record', 'sourced_elsewhere']
KINDS = ['percentage', 'money', 'count', 'amount', 'ratio', 'multiplier', 'fraction', 'ranking']
FAMILIES = {'statistics', 'attribution', 'dates', 'hashtags', 'read-time'}
MONTHS = ('January February March April May June July August September October '
          'November December').split()
DAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()
M_RE = '|'.join(MONTHS)
errors = []


def err(msg):
    errors.append(msg)


def lines_of(rel):
    with open(os.path.join(ROOT, rel), encoding='utf-8') as fh:
        txt = fh.read()
    if not txt.endswith('\n') or txt.endswith('\n\n'):
        err(f'{rel}: must end with exactly one newline')
    return txt[:-1].split('\n')


def check_positions(name, lines, entry):
    for group in ('statistics', 'problems', 'traps'):
        for it in entry[group]:
            want = ({'line', 'column', 'text', 'kind', 'status', 'note'} if group == 'statistics'
                    else {'family', 'line', 'column', 'text', 'note'})
            if set(it) != want:
                err(f'{name}: {group} entry keys {sorted(it)}')
                continue
            if group == 'statistics':
                if it['kind'] not in KINDS: err(f'{name}: kind {it["kind"]}')
                if it['status'] not in STATUS_ORDER: err(f'{name}: status {it["status"]}')
            elif it['family'] not in FAMILIES:
                err(f'{name}: family {it["family"]}')
            if not it['text'].strip() or not it['note'].strip():
                err(f'{name}: empty text or note')
            if not 1 <= it['line'] <= len(lines):
                err(f'{name}: line {it["line"]} out of range')
                continue
            L = lines[it['line'] - 1]
            n = L.count(it['text'])
            if n != 1:
                err(f'{name}:{it["line"]}: {it["text"]!r} occurs {n} times on its line')
            elif L.index(it['text']) + 1 != it['column']:
                err(f'{name}:{it["line"]}: {it["text"]!r} at column {L.index(it["text"]) + 1}, '
                    f'labelled {it["column"]}')
    spans = sorted((s['line'], s['column'], s['column'] + len(s['text'])) for s in entry['statistics'])
    for a, b in zip(spans, spans[1:]):
        if a[0] == b[0] and b[1] < a[2]:
            err(f'{name}:{a[0]}: statistics overlap at columns {a[1]} and {b[1]}')
    for s in entry['statistics']:
        if not re.search(r'\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|half|third|'
                         r'quarter|fifth|fifths|double|doubled|twice|times|first|second|third|most|'
                         r'record|largest|highest|lowest|best|busiest|fastest|hottest|biggest)\b|than any',
                         s['text'], re.I):
            err(f'{name}: no figure in statistic {s["text"]!r}')


def first_sentence(par):
    m = re.match(r'(.+?[.!?])(?=\s+["A-Z]|$)', par)
    return m.group(1) if m else par


def minutes(words):
    return max(1, (2 * words + 230) // 460)


def check_dates(name, year, lines, entry):
    marked = [(d['line'], d['text']) for d in entry['problems'] + entry['traps'] if d['family'] == 'dates']
    wrong_weekdays = {(d['line'], d['text']) for d in entry['problems'] if d['family'] == 'dates'}

    def covered(ln, a, b, pool):
        for (l, t) in pool:
            if l != ln:
                continue
            i = lines[ln - 1].find(t)
            if i != -1 and i <= a and b <= i + len(t):
                return True
        return False
    for ln, L in enumerate(lines, 1):
        for m in re.finditer(rf'\b({"|".join(DAYS)}),? ({M_RE}) (\d{{1,2}})\b', L):
            real = DAYS[datetime.date(year, MONTHS.index(m.group(2)) + 1, int(m.group(3))).weekday()]
            bad = real != m.group(1)
            lab = covered(ln, m.start(), m.end(), wrong_weekdays)
            if bad and not lab: err(f'{name}:{ln}: unlabelled weekday mismatch {m.group(0)!r} ({real})')
            if lab and not bad: err(f'{name}:{ln}: weekday labelled wrong but is right: {m.group(0)!r}')
    md, dm = [], []
    for ln, L in enumerate(lines, 1):
        md += [(ln, m.start(), m.end(), m.group(0)) for m in re.finditer(rf'\b({M_RE}) \d{{1,2}}\b', L)]
        dm += [(ln, m.start(), m.end(), m.group(0)) for m in re.finditer(rf'\b\d{{1,2}} ({M_RE})\b', L)]
    if md and dm:
        minority = dm if len(dm) <= len(md) else md
        for (ln, a, b, t) in minority:
            if not covered(ln, a, b, marked):
                err(f'{name}:{ln}: mixed date style, {t!r} not labelled')


def key(it):
    return (it['line'], it['column'], it['text'], it.get('kind'), it.get('status'), it.get('family'))


def main():
    with open(os.path.join(ROOT, 'labels.json'), encoding='utf-8') as fh:
        lab = json.load(fh)
    if set(lab) != TOP:
        err(f'top-level keys {sorted(lab)}')
    if set(lab['statuses']) != set(STATUS_ORDER):
        err('statuses keys')
    files = {e['file']: e for e in lab['files']}
    if len(files) != len(lab['files']):
        err('duplicate file entries')
    mds = sorted(f for f in files if f.startswith('md/'))
    houses = sorted(f for f in files if f.startswith('house/'))
    disk = sorted([f'md/{x}' for x in os.listdir(os.path.join(ROOT, 'md'))] +
                  [f'house/{x}' for x in os.listdir(os.path.join(ROOT, 'house'))])
    if disk != sorted(files):
        err(f'files on disk and in labels differ: {sorted(set(disk) ^ set(files))}')
    if [f[3:5] for f in mds] != [f'{i:02d}' for i in range(1, 17)]:
        err('Markdown drafts are not numbered 01-16')
    if [f[6:8] for f in houses] != ['02', '06', '10', '14']:
        err(f'house drafts {houses}')

    by_status, by_kind, bodies = Counter(), Counter(), {}
    for name in mds:
        e = files[name]
        if set(e) != {'file', 'format', 'title', 'date', 'source_url', 'body_words', 'claimed_minutes',
                      'statistics', 'problems', 'traps'}:
            err(f'{name}: keys {sorted(e)}')
        if e['format'] != 'md-yaml' or e['claimed_minutes'] is not None:
            err(f'{name}: format or claimed_minutes')
        lines = lines_of(name)
        if lines[0] != '---' or lines[6] != '---' or lines[7] != '':
            err(f'{name}: front matter layout')
        fm = dict(l.split(': ', 1) for l in lines[1:6])
        if list(fm) != ['title', 'date', 'author', 'source_url', 'license']:
            err(f'{name}: front matter keys {list(fm)}')
        if json.loads(fm['title']) != e['title']: err(f'{name}: title')
        if fm['date'] != e['date'] or not re.fullmatch(r'2025-\d\d-\d\d', e['date']): err(f'{name}: date')
        if json.loads(fm['source_url']) != e['source_url'] or not e['source_url'].startswith('https://news.example/'):
            err(f'{name}: source_url')
        if json.loads(fm['license']) != 'CC BY 4.0': err(f'{name}: license')
        if not json.loads(fm['author']).strip(): err(f'{name}: author')
        body = lines[8:]
        for i, L in enumerate(body):
            ln = 9 + i
            if i % 2:
                if L != '': err(f'{name}:{ln}: expected a blank line')
                continue
            if not L or L != L.strip(): err(f'{name}:{ln}: empty or padded paragraph')
            if L.startswith('#') and not re.fullmatch(r'## [^#{}]+ \{#[a-z-]+\}', L):
                err(f'{name}:{ln}: heading without an anchor')
            if L.startswith('_') and not re.fullmatch(r'_This article was updated on [^_]+\._', L):
                err(f'{name}:{ln}: stray italic line')
            if re.match(r'([-*>] |\d+\. )', L): err(f'{name}:{ln}: list or block quote')
            for ch in ('[[', ']]', '«', '»', '‹', '›'):
                if ch in L: err(f'{name}:{ln}: marker debris {ch}')
        paras = body[::2]
        words = len(' '.join(paras).split())
        if words != e['body_words']: err(f'{name}: body_words {e["body_words"]} but counted {words}')
        if not 250 <= words <= 450: err(f'{name}: {words} words')
        check_positions(name, lines, e)
        if any(it['line'] < 9 for g in ('statistics', 'problems', 'traps') for it in e[g]):
            err(f'{name}: label in the front matter')
        c = Counter(s['status'] for s in e['statistics'])
        if not 15 <= len(e['statistics']) <= 25: err(f'{name}: {len(e["statistics"])} statistics')
        if c['unsourced'] < 3: err(f'{name}: {c["unsourced"]} unsourced')
        if any(p['family'] == 'read-time' for p in e['problems']): err(f'{name}: read-time problem in md')
        by_status.update(c)
        by_kind.update(s['kind'] for s in e['statistics'])
        check_dates(name, int(e['date'][:4]), lines, e)
        bodies[name] = paras
    if lab['md_statistics_by_status'] != {k: by_status.get(k, 0) for k in STATUS_ORDER}:
        err(f'md_statistics_by_status {lab["md_statistics_by_status"]} vs counted {dict(by_status)}')

    byline_re = re.compile(rf'^(.+)· ((?:{M_RE}) \d{{1,2}}, \d{{4}})· (\d+) min read$')
    h_status = Counter()
    for name in houses:
        e = files[name]
        if set(e) != {'file', 'format', 'md', 'title', 'date', 'source_url', 'body_words',
                      'claimed_minutes', 'statistics', 'problems', 'traps'}:
            err(f'{name}: keys {sorted(e)}')
        if e['format'] != 'house' or e.get('md') not in bodies:
            err(f'{name}: format or md pairing')
            continue
        m_e = files[e['md']]
        if e['md'][3:].rsplit('.', 1)[0] != name[6:].rsplit('.', 1)[0]: err(f'{name}: pairs with {e["md"]}')
        for k in ('title', 'date', 'source_url', 'body_words'):
            if e[k] != m_e[k]: err(f'{name}: {k} differs from its Markdown version')
        lines = lines_of(name)
        paras = bodies[e['md']]
        if not lines[0].strip() or any(lines[i] != '' for i in (1, 3, 5, 7)):
            err(f'{name}: header layout')
        if lines[2] != e['title']: err(f'{name}: headline is not the title')
        if lines[4] != first_sentence(paras[0]): err(f'{name}: standfirst is not the first sentence')
        m = byline_re.match(lines[6])
        if not m:
            err(f'{name}: byline {lines[6]!r}')
        else:
            y, mo, d = (int(x) for x in e['date'].split('-'))
            if m.group(2) != f'{MONTHS[mo - 1]} {d}, {y}': err(f'{name}: byline date')
            claim = int(m.group(3))
            if claim != e['claimed_minutes']: err(f'{name}: claimed_minutes')
            rt = [p for p in e['problems'] if p['family'] == 'read-time']
            right = minutes(e['body_words'])
            if claim != right and not (rt and rt[0]['line'] == 7):
                err(f'{name}: wrong read time ({claim}, should be {right}) not labelled')
            if claim == right and rt: err(f'{name}: read-time problem labelled but the claim is right')
        body = lines[8:8 + 2 * len(paras)]
        if body[::2] != paras or any(x != '' for x in body[1::2]):
            err(f'{name}: body differs from the Markdown body')
        tail = lines[8 + 2 * len(paras):]
        if len(tail) != 3 or tail[1] != '':
            err(f'{name}: tail layout')
        else:
            if not (tail[0].startswith('These details were first reported by ')
                    and 'Creative Commons Attribution 4.0' in tail[0] and tail[0].endswith(': ' + e['source_url'])):
                err(f'{name}: attribution line')
            if not re.fullmatch(r'This is an original report by .+\. Source reporting: .+\.', tail[2]):
                err(f'{name}: footer')
        check_positions(name, lines, e)
        for g in ('statistics', 'problems', 'traps'):
            want = [key(it) for it in m_e[g]]
            want += [(5,) + key(it)[1:] for it in m_e[g]
                     if it['line'] == 9 and it['column'] - 1 + len(it['text']) <= len(lines[4])]
            have = [key(it) for it in e[g] if not (g == 'problems' and it['family'] == 'read-time')]
            if sorted(want, key=str) != sorted(have, key=str):
                err(f'{name}: {g} are not the Markdown labels plus standfirst copies')
        h_status.update(s['status'] for s in e['statistics'])
        check_dates(name, int(e['date'][:4]), lines, e)

    print(f'{len(mds)} Markdown drafts, {len(houses)} house drafts')
    print('md statistics:', sum(by_status.values()), {k: by_status[k] for k in STATUS_ORDER})
    print('md statistics by kind:', {k: by_kind[k] for k in KINDS})
    print('house statistics:', sum(h_status.values()), {k: h_status[k] for k in STATUS_ORDER})
    fam = Counter((g, it['family']) for f in mds + houses for g in ('problems', 'traps') for it in files[f][g])
    print('problems and traps (md + house):', dict(sorted(fam.items())))
    for f in mds:
        c = Counter(s['status'] for s in files[f]['statistics'])
        print(f'  {f[:40]:40} {files[f]["body_words"]:3}w {len(files[f]["statistics"]):2} stats '
              + ' '.join(f'{k}={c[k]}' for k in STATUS_ORDER))
    if errors:
        print('\n'.join(errors))
        print(f'{len(errors)} problem(s)')
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
