#!/usr/bin/env bash
# Seed each target's corpus from the repository's own drafts and TOML files. For the
# targets that read their first byte as the format (rules, fix), each draft is added as
# house text (0x00) and as Markdown (0x01). Run from fuzz/.
set -euo pipefail
cd "$(dirname "$0")"
root=..
drafts=$(find "$root/examples" "$root/tests/fixtures" -type f \( -name '*.md' -o -name '*.txt' \))
for t in parse_house parse_markdown rules fix config_toml; do mkdir -p "corpus/$t"; done
for f in $drafts; do
    base=$(basename "$f")
    cp "$f" "corpus/parse_house/$base"
    cp "$f" "corpus/parse_markdown/$base"
    for t in rules fix; do
        { printf '\x00'; cat "$f"; } > "corpus/$t/txt-$base"
        { printf '\x01'; cat "$f"; } > "corpus/$t/md-$base"
    done
done
for f in $(find "$root/examples" "$root/rules" -name '*.toml'); do
    cp "$f" "corpus/config_toml/$(echo "${f#../}" | tr / _)"
done
for f in regressions/*; do
    [ -f "$f" ] || continue
    t=${f#regressions/}; t=${t%%-*}
    [ -d "corpus/$t" ] && cp "$f" "corpus/$t/"
done
echo "seeded: $(for t in corpus/*; do echo -n "$(basename "$t")=$(ls "$t" | wc -l) "; done)"
