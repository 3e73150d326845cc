import json, re, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from drafts import ARTICLES
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIND = dict(pct='percentage', money='money', count='count', amount='amount', ratio='ratio',
            mult='multiplier', frac='fraction', rank='ranking')
STATUS = dict(S='sourced', E='sourced_elsewhere', R='record', U='unsourced')
MARK = re.compile(r'\[\[(.*?)\]\]')
files = []
for n, a in enumerate(ARTICLES, 1):
    name = f"md/{n:02d}-{a['slug']}.md"
    head = ['---', f'title: "{a["title"]}"', f'date: {a["date"]}', f'author: "{a["author"]}"',
            f'source_url: "https://news.example/{a["date"][:4]}/{a["slug"]}"', 'license: "CC BY 4.0"', '---', '']
    lines = list(head)
    stats = []
    for p in a['paras']:
        lineno = len(lines) + 1
        out = ''; pos = 0; pending = []
        for m in MARK.finditer(p):
            out += p[pos:m.start()]
            parts = m.group(1).split('|')
            text = parts[0]
            if parts[1] != 'no':
                assert len(parts) == 4, parts
                pending.append(dict(line=lineno, column=len(out) + 1, text=text,
                                    kind=KIND[parts[1]], status=STATUS[parts[2]], note=parts[3]))
            out += text; pos = m.end()
        out += p[pos:]
        assert '[[' not in out and ']]' not in out and '|' not in out, out
        lines.append(out); lines.append('')
        stats += pending
    lines.pop()
    body = '\n'.join(lines[8:])
    open(os.path.join(ROOT, name), 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
    files.append(dict(file=name, format='md-yaml', title=a['title'], date=a['date'],
                      source_url=f"https://news.example/{a['date'][:4]}/{a['slug']}",
                      body_words=len(body.split()), claimed_minutes=None,
                      statistics=stats, problems=[], traps=[]))
counts = {}
for f in files:
    for s in f['statistics']:
        counts[s['status']] = counts.get(s['status'], 0) + 1
labels = dict(
    corpus='blind-carry: 12 invented news drafts as Markdown CMS drafts, written blind to test how far an attribution reaches into the next sentence',
    license='CC BY 4.0; all text invented for the project, see README.md',
    conventions='../shared/newsset/README.md, section "Labelling conventions"',
    statuses={'sourced': 'attribution in its own sentence or the one before',
              'sourced_elsewhere': "attributed further away, or the article's subject document",
              'record': 'the figure is itself the reported event or a fact of public record',
              'unsourced': 'no source: a careful copy editor would ask for one'},
    md_statistics_by_status={k: counts.get(k, 0) for k in ['unsourced', 'sourced', 'record', 'sourced_elsewhere']},
    files=files)
json.dump(labels, open(os.path.join(ROOT, 'labels.json'), 'w', encoding='utf-8'), indent=1, ensure_ascii=False)
for f in files:
    from collections import Counter
    c = Counter(s['status'] for s in f['statistics'])
    print(f['file'][:40], f['body_words'], len(f['statistics']), dict(c))
print(sum(len(f['statistics']) for f in files), labels['md_statistics_by_status'])
