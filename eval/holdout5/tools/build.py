"""Write md/, house/ and labels.json from tools/drafts.py (run from anywhere).

Lines are 1-based lines of the written file; columns are 1-based character offsets
(Python str indices + 1) where each label's `text` starts.
"""
import json, os, re, sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from drafts import ARTICLES

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTLET = 'Harbourline News'
KIND = dict(pct='percentage', money='money', count='count', amount='amount', ratio='ratio',
            mult='multiplier', frac='fraction', rank='ranking')
STATUS = dict(S='sourced', E='sourced_elsewhere', R='record', U='unsourced')
FAMILIES = {'statistics', 'attribution', 'dates', 'hashtags', 'read-time'}
MARK = re.compile(r'\[\[(.*?)\]\]|«(.*?)»|‹(.*?)›')
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']


def parse_para(p, lineno):
    """Strip the markers from one paragraph; return text, stats, traps, problems."""
    out, pos = '', 0
    stats, traps, problems = [], [], []
    for m in MARK.finditer(p):
        out += p[pos:m.start()]
        col = len(out) + 1
        if m.group(1) is not None:
            parts = m.group(1).split('|')
            assert len(parts) == 4, parts
            text, kind, status, note = parts
            stats.append(dict(line=lineno, column=col, text=text, kind=KIND[kind],
                              status=STATUS[status], note=note))
        else:
            parts = (m.group(2) if m.group(2) is not None else m.group(3)).split('|')
            assert len(parts) == 3, parts
            text, family, note = parts
            assert family in FAMILIES, family
            (traps if m.group(2) is not None else problems).append(
                dict(family=family, line=lineno, column=col, text=text, note=note))
        out += text
        pos = m.end()
    out += p[pos:]
    for bad in ('[[', ']]', '«', '»', '‹', '›', '|'):
        assert bad not in out, (bad, out[:80])
    return out, stats, traps, problems


def first_sentence(p):
    m = re.match(r'^(.+?[.!?])(?=\s+["A-Z]|$)', p)
    return m.group(1)


def read_minutes(words):
    return max(1, (2 * words + 230) // 460)   # round-half-up(words / 230)


def long_date(iso):
    y, m, d = map(int, iso.split('-'))
    return f'{MONTHS[m - 1]} {d}, {y}'


def main():
    md_files, house_files = [], []
    for n, a in enumerate(ARTICLES, 1):
        url = f"https://news.example/{a['date'][:4]}/{a['slug']}"
        name = f"md/{n:02d}-{a['slug']}.md"
        lines = ['---', f'title: {json.dumps(a["title"], ensure_ascii=False)}', f'date: {a["date"]}',
                 f'author: {json.dumps(a["author"], ensure_ascii=False)}', f'source_url: "{url}"',
                 'license: "CC BY 4.0"', '---', '']
        paras = [p for p in a['body'].strip('\n').split('\n\n')]
        assert all('\n' not in p and p.strip() == p and p for p in paras), name
        body, stats, traps, problems = [], [], [], []
        for k, p in enumerate(paras):
            lineno = 9 + 2 * k
            text, s, t, pr = parse_para(p, lineno)
            body.append(text)
            stats += s; traps += t; problems += pr
        for k, text in enumerate(body):
            lines.append(text)
            if k < len(body) - 1:
                lines.append('')
        words = len('\n'.join(body).split())
        with open(os.path.join(ROOT, name), 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines) + '\n')
        md_files.append(dict(file=name, format='md-yaml', title=a['title'], date=a['date'],
                             source_url=url, body_words=words, claimed_minutes=None,
                             statistics=stats, problems=problems, traps=traps))
        if 'house' not in a:
            continue
        h = a['house']
        hname = f"house/{n:02d}-{a['slug']}.txt"
        stand = first_sentence(body[0])
        assert body[0].startswith(stand)
        correct = read_minutes(words)
        claimed = a.get('claimed_minutes', correct)
        byline = f"{h['desk']}· {long_date(a['date'])}· {claimed} min read"
        hl = [h['category'], '', a['title'], '', stand, '', byline, '']
        for k, text in enumerate(body):
            hl.append(text); hl.append('')
        hl.append(f'These details were first reported by {OUTLET}, under the Creative Commons '
                  f'Attribution 4.0 licence: {url}')
        hl.append('')
        hl.append(f'This is an original report by {OUTLET} staff. Source reporting: {OUTLET}.')
        with open(os.path.join(ROOT, hname), 'w', encoding='utf-8') as f:
            f.write('\n'.join(hl) + '\n')
        # labels: the Markdown version's, on the same lines, plus copies on line 5 (standfirst)
        hstats, htraps, hprob = [], [], []
        for s in stats:
            if s['line'] == 9 and s['column'] - 1 + len(s['text']) <= len(stand):
                hstats.append(dict(s, line=5, note='standfirst repeats the first sentence (line 9): ' + s['note']))
        hstats += [dict(s) for s in stats]
        for src, dst in ((traps, htraps), (problems, hprob)):
            for t in src:
                if t['line'] == 9 and t['column'] - 1 + len(t['text']) <= len(stand):
                    dst.append(dict(t, line=5, note='standfirst repeats the first sentence (line 9): ' + t['note']))
            dst += [dict(t) for t in src]
        if claimed != correct:
            txt = f'{claimed} min read'
            hprob.append(dict(family='read-time', line=7, column=byline.index(txt) + 1, text=txt,
                              note=f'the byline claims {claimed} minutes, but the {words}-word body reads in '
                                   f'{correct} (round-half-up({words}/230))'))
        house_files.append(dict(file=hname, format='house', md=name, title=a['title'], date=a['date'],
                                source_url=url, body_words=words, claimed_minutes=claimed,
                                statistics=hstats, problems=hprob, traps=htraps))
    counts = Counter(s['status'] for f in md_files for s in f['statistics'])
    labels = dict(
        corpus='holdout5: 16 invented news drafts as Markdown CMS drafts, 4 of them also as house '
               'plain-text drafts, written and labelled blind',
        license='CC BY 4.0; all text invented for the project, see README.md',
        conventions='../../../shared/newsset/README.md, section "Labelling conventions"',
        statuses={'sourced': 'attribution in its own sentence or the one before',
                  'sourced_elsewhere': "attributed further away, or the article's subject document",
                  'record': 'the figure is itself the reported event or a fact of public record',
                  'unsourced': 'no source: a careful copy editor would ask for one'},
        md_statistics_by_status={k: counts.get(k, 0) for k in ['unsourced', 'sourced', 'record', 'sourced_elsewhere']},
        files=md_files + house_files)
    with open(os.path.join(ROOT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, indent=1, ensure_ascii=False)
        f.write('\n')
    for f in md_files + house_files:
        c = Counter(s['status'] for s in f['statistics'])
        print(f"{f['file'][:48]:<48} words={f['body_words']:<4} claimed={f['claimed_minutes']} "
              f"stats={len(f['statistics']):<3} {dict(c)} problems={len(f['problems'])} traps={len(f['traps'])}")
    print('md statistics:', sum(counts.values()), labels['md_statistics_by_status'])


if __name__ == '__main__':
    main()
