"""Writes md/NN-slug.md and labels.json from tools/drafts.py (run from anywhere)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from drafts import ARTICLES
ROOT = os.path.dirname(HERE)
KIND = dict(pct='percentage', money='money', count='count', amount='amount', ratio='ratio',
            mult='multiplier', frac='fraction', rank='ranking')
STATUS = dict(S='sourced', E='sourced_elsewhere', R='record', U='unsourced')
MARK = re.compile(r'\[\[(.*?)\]\]')
os.makedirs(os.path.join(ROOT, 'md'), exist_ok=True)
for old in os.listdir(os.path.join(ROOT, 'md')):
    if old.endswith('.md'):
        os.remove(os.path.join(ROOT, 'md', old))
files = []
for n, a in enumerate(ARTICLES, 1):
    name = f"md/{n:02d}-{a['slug']}.md"
    url = f"https://news.example/{a['date'][:4]}/{a['slug']}"
    lines = ['---', 'title: ' + json.dumps(a['title'], ensure_ascii=False), f"date: {a['date']}",
             'author: ' + json.dumps(a['author'], ensure_ascii=False), f'source_url: "{url}"',
             'license: "CC BY 4.0"', '---', '']
    stats = []
    for p in a['paras']:
        lineno = len(lines) + 1
        out, pos = '', 0
        for m in MARK.finditer(p):
            out += p[pos:m.start()]
            parts = m.group(1).split('|')
            assert len(parts) == 4, parts
            text, kind, status, note = parts
            stats.append(dict(line=lineno, column=len(out) + 1, text=text, kind=KIND[kind],
                              status=STATUS[status], note=note))
            out += text
            pos = m.end()
        out += p[pos:]
        assert '[[' not in out and ']]' not in out and '|' not in out, out
        lines += [out, '']
    lines.pop()
    body = '\n'.join(lines[8:])
    with open(os.path.join(ROOT, name), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines) + '\n')
    files.append(dict(file=name, format='md-yaml', title=a['title'], date=a['date'], source_url=url,
                      body_words=len(body.split()), claimed_minutes=None,
                      statistics=stats, problems=[], traps=[]))
by_status = Counter(s['status'] for f in files for s in f['statistics'])
by_kind = Counter(s['kind'] for f in files for s in f['statistics'])
labels = dict(
    corpus='stats-background: 12 invented news drafts as Markdown CMS drafts, written blind to test '
           "whether a figure after a sourced one continues the source's report or is the writer's own background",
    license='CC BY 4.0; all text invented for the project, see README.md',
    conventions='../shared/newsset/README.md, section "Labelling conventions"',
    statuses={'sourced': 'attribution in its own sentence or the one before',
              'sourced_elsewhere': "attributed further away, or the article's subject document",
              'record': 'the figure is itself the reported event or a fact of public record',
              'unsourced': 'no source: a careful copy editor would ask for one'},
    md_statistics_by_status={k: by_status.get(k, 0) for k in ['unsourced', 'sourced', 'record', 'sourced_elsewhere']},
    files=files)
with open(os.path.join(ROOT, 'labels.json'), 'w', encoding='utf-8') as fh:
    json.dump(labels, fh, indent=1, ensure_ascii=False)
    fh.write('\n')
for f in files:
    c = Counter(s['status'] for s in f['statistics'])
    print(f"{f['file'][:44]:44} words={f['body_words']:3} stats={len(f['statistics']):2}", dict(sorted(c.items())))
print('total', sum(by_status.values()), dict(by_status))
print('kinds', dict(by_kind.most_common()))
