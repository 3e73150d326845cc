#!/usr/bin/env bash
# Score every labelled set with one binary: eval/run.sh [BINARY] (default: the release
# build). Needs ../shared beside the repository for the scorers.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/copydesk}
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
summary() { grep -E 'statistics recall|all families' | tr '\n' ' '; echo; }
for set in md house; do
  "$bin" check --format json --fail-on never "../shared/newsset/$set" > "$tmp"
  printf 'newsset/%s: ' "$set"; ../shared/newsset/score.py "$tmp" | summary
done
for dir in eval/*/; do
  name=$(basename "$dir")
  for set in md house txt; do
    [ -d "$dir$set" ] || continue
    "$bin" check --format json --fail-on never "$dir$set" > "$tmp"
    printf '%s/%s: ' "$name" "$set"
    ../shared/newsset/score.py --labels "${dir}labels.json" --root "$dir" "$tmp" | summary
  done
done
for set in blogs-a blogs-b blogs-c blogs-d; do
  "$bin" check --format json --fail-on never "eval/$set/posts" > "$tmp"
  printf '%s (judged): ' "$set"; eval/judged.py "eval/$set" "$tmp" | tail -1
done
"$bin" check --format json ../shared/devset/drafts > "$tmp" || true
../shared/eval/score.py --labels ../shared/devset/labels.json --drafts ../shared/devset/drafts "$tmp" | tail -7
