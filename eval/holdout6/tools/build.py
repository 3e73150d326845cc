#!/usr/bin/env python3
"""Build md/, house/ and labels.json from tools/drafts.py.

Every label's line is the 1-based line of the written file, and its column the 1-based
character position (Python str index + 1) where its text starts on that line. The build
fails if a label's text does not occur exactly once on its line.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from drafts import ARTICLES  # noqa: E402

OUTLET = 'Fenwick Wire'
KINDS = {'pct': 'percentage', 'money': 'money', 'count': 'count', 'amount': 'amount',
         'ratio': 'ratio', 'mult': 'multiplier', 'frac': 'fraction', 'rank': 'ranking'}
STATUSES = {'S': 'sourced', 'E': 'sourced_elsewhere', 'R': 'record', 'U': 'unsourced'}
FAMILIES = {'statistics', 'attribution', 'dates', 'hashtags', 'read-time'}
MONTHS = ('January February March April May June July August September October '
          'November December').split()
TOKEN = re.compile(r'\[\[(?P<stat>.*?)\]\]|«(?P<trap>.*?)»|‹(?P<prob>.*?)›')
HOUSE_SET = ['02', '06', '10', '14']


def strip_markers(par, line):
    """Return the clean paragraph and its labels (columns computed on the clean text)."""
    out = []
    stats, traps, probs = [], [], []
    last = 0
    for m in TOKEN.finditer(par):
        out.append(par[last:m.start()])
        col = len(''.join(out)) + 1
        if m.group('stat') is not None:
            parts = m.group('stat').split('|')
            if len(parts) != 4:
                sys.exit(f'bad statistic marker: {parts}')
            text, kind, status, note = parts
            stats.append({'line': line, 'column': col, 'text': text, 'kind': KINDS[kind],
                          'status': STATUSES[status], 'note': note})
        else:
            raw = m.group('trap') if m.group('trap') is not None else m.group('prob')
            parts = raw.split('|')
            if len(parts) != 3 or parts[1] not in FAMILIES:
                sys.exit(f'bad trap/problem marker: {parts}')
            text, family, note = parts
            item = {'family': family, 'line': line, 'column': col, 'text': text, 'note': note}
            (traps if m.group('trap') is not None else probs).append(item)
        out.append(text)
        last = m.end()
    out.append(par[last:])
    clean = ''.join(out)
    for ch in ('[[', ']]', '«', '»', '‹', '›', '|'):
        if ch in clean:
            sys.exit(f'marker debris {ch!r} on line {line}: {clean[:70]}')
    return clean, stats, traps, probs


def first_sentence(par):
    m = re.match(r'(.+?[.!?])(?=\s+["A-Z]|$)', par)
    return m.group(1)


def minutes(words):
    """round-half-up(words / 230), at least 1."""
    return max(1, (2 * words + 230) // 460)


def us_date(iso):
    y, m, d = (int(x) for x in iso.split('-'))
    return f'{MONTHS[m - 1]} {d}, {y}'


def verify(name, lines, items):
    for it in items:
        L = lines[it['line'] - 1]
        n = L.count(it['text'])
        if n != 1:
            sys.exit(f'{name}:{it["line"]}: {it["text"]!r} occurs {n} times on its line')
        if L.index(it['text']) + 1 != it['column']:
            sys.exit(f'{name}:{it["line"]}: column mismatch for {it["text"]!r}')


def write(rel, lines):
    with open(os.path.join(ROOT, rel), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines) + '\n')


def main():
    for sub in ('md', 'house'):
        d = os.path.join(ROOT, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
    md_entries, house_entries = [], []
    for n, art in enumerate(ARTICLES, 1):
        nn = f'{n:02d}'
        url = f'https://news.example/{art["date"][:4]}/{art["slug"]}'
        md_name = f'md/{nn}-{art["slug"]}.md'
        paras = art['body'].strip('\n').split('\n\n')
        body, stats, traps, probs = [], [], [], []
        for k, p in enumerate(paras):
            if not p or '\n' in p or p != p.strip():
                sys.exit(f'{md_name}: paragraph {k} is malformed')
            clean, s, t, pr = strip_markers(p, 9 + 2 * k)
            body.append(clean)
            stats += s
            traps += t
            probs += pr
        words = len(' '.join(body).split())
        front = ['---', 'title: ' + json.dumps(art['title'], ensure_ascii=False),
                 'date: ' + art['date'], 'author: ' + json.dumps(art['author'], ensure_ascii=False),
                 f'source_url: "{url}"', 'license: "CC BY 4.0"', '---', '']
        lines = front + [x for p in body for x in (p, '')][:-1]
        write(md_name, lines)
        verify(md_name, lines, stats + traps + probs)
        stats.sort(key=lambda s: (s['line'], s['column']))
        md_entries.append({'file': md_name, 'format': 'md-yaml', 'title': art['title'],
                           'date': art['date'], 'source_url': url, 'body_words': words,
                           'claimed_minutes': None, 'statistics': stats, 'problems': probs,
                           'traps': traps})
        if 'house' not in art:
            if nn in HOUSE_SET:
                sys.exit(f'{md_name} should have a house version')
            continue
        h = art['house']
        house_name = f'house/{nn}-{art["slug"]}.txt'
        stand = first_sentence(body[0])
        right = minutes(words)
        claimed = art.get('claimed_minutes', right)
        byline = f'{h["desk"]}· {us_date(art["date"])}· {claimed} min read'
        hl = [h['category'], '', art['title'], '', stand, '', byline, '']
        hl += [x for p in body for x in (p, '')]
        hl += [f'These details were first reported by {OUTLET}, under the Creative Commons '
               f'Attribution 4.0 licence: {url}', '',
               f'This is an original report by {OUTLET} staff. Source reporting: {OUTLET}.']
        write(house_name, hl)

        def with_copies(items):
            out = []
            for it in items:
                if it['line'] == 9 and it['column'] - 1 + len(it['text']) <= len(stand):
                    out.append(dict(it, line=5, note='standfirst repeats the first sentence: ' + it['note']))
            return out + [dict(it) for it in items]
        hstats, htraps, hprobs = with_copies(stats), with_copies(traps), with_copies(probs)
        if claimed != right:
            txt = f'{claimed} min read'
            hprobs.append({'family': 'read-time', 'line': 7, 'column': byline.index(txt) + 1,
                           'text': txt,
                           'note': f'the byline claims {claimed} minutes, but the {words}-word body '
                                   f'reads in {right} (round-half-up({words}/230))'})
        verify(house_name, hl, hstats + htraps + hprobs)
        house_entries.append({'file': house_name, 'format': 'house', 'md': md_name,
                              'title': art['title'], 'date': art['date'], 'source_url': url,
                              'body_words': words, 'claimed_minutes': claimed,
                              'statistics': hstats, 'problems': hprobs, 'traps': htraps})
    c = Counter(s['status'] for e in md_entries for s in e['statistics'])
    labels = {
        'corpus': 'holdout6: 16 invented news drafts as Markdown CMS drafts, 4 of them (02, 06, 10, 14) '
                  'also as house plain-text drafts, written and labelled blind',
        'license': 'CC BY 4.0; all text invented for the project (see README.md)',
        'conventions': '../../../shared/newsset/README.md, section "Labelling conventions"',
        'statuses': {'sourced': 'attribution in its own sentence or the sentence before',
                     'sourced_elsewhere': "attributed further away, or the article's subject document",
                     'record': 'the figure is itself the reported event or a fact of public record',
                     'unsourced': 'no source: a careful copy editor would ask for one'},
        'md_statistics_by_status': {k: c.get(k, 0) for k in
                                    ('unsourced', 'sourced', 'record', 'sourced_elsewhere')},
        'files': md_entries + house_entries,
    }
    with open(os.path.join(ROOT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write('\n')
    for e in md_entries + house_entries:
        sc = Counter(s['status'] for s in e['statistics'])
        print(f'{e["file"][:52]:52} w={e["body_words"]:3} stats={len(e["statistics"]):2} '
              f'U={sc["unsourced"]} S={sc["sourced"]} E={sc["sourced_elsewhere"]} R={sc["record"]} '
              f'prob={len(e["problems"])} traps={len(e["traps"])}')
    print('md statistics', sum(c.values()), labels['md_statistics_by_status'])


if __name__ == '__main__':
    main()
