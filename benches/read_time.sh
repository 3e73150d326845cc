#!/usr/bin/env bash
# Read-time counting throughput: `copydesk stats` and `copydesk check` over many small
# drafts and over one big draft. Counting is linear when words per second stay about the
# same for both. Run from the repository root after `cargo build --release`:
#
#   benches/read_time.sh [corpus-dir]
#
# The corpus comes from the shared generator (200 drafts plus one of 2,000,000 words).
set -euo pipefail
bin=${COPYDESK:-target/release/copydesk}
corpus=${1:-/tmp/copydesk-read-time-corpus}
generator=${MAKE_CORPUS:-../shared/bench/make-corpus.py}
[ -x "$bin" ] || { echo "build first: cargo build --release" >&2; exit 2; }
if [ ! -d "$corpus" ]; then
    python3 "$generator" "$corpus" --files 200 --big-words 2000000 >/dev/null
fi
big=$(find "$corpus" -type f -size +1M | head -1)
small_dir=$corpus/small
if [ ! -d "$small_dir" ]; then
    mkdir -p "$small_dir"
    find "$corpus" -maxdepth 1 -type f ! -path "$big" -exec cp {} "$small_dir" \;
fi

# Best of three wall-clock runs, in seconds.
best() {
    local best=
    for _ in 1 2 3; do
        local start end t
        start=$(date +%s.%N)
        "$@" >/dev/null
        end=$(date +%s.%N)
        t=$(echo "$end - $start" | bc -l)
        if [ -z "$best" ] || (( $(echo "$t < $best" | bc -l) )); then best=$t; fi
    done
    echo "$best"
}

words_of() { "$bin" stats --no-config --format json "$@" | python3 -c 'import json,sys; print(sum(f["words"] for f in json.load(sys.stdin)["files"]))'; }

report() {
    local label=$1 words=$2 bytes=$3 secs=$4
    printf '%-28s %10d words %8.1f MB %8.3f s %10.0f words/s %8.1f MB/s\n' "$label" "$words" \
        "$(echo "$bytes / 1000000" | bc -l)" "$secs" "$(echo "$words / $secs" | bc -l)" "$(echo "$bytes / 1000000 / $secs" | bc -l)"
}

small_words=$(words_of "$small_dir")
small_bytes=$(du -cb "$small_dir"/* | tail -1 | cut -f1)
big_words=$(words_of "$big")
big_bytes=$(stat -c %s "$big")
echo "corpus: $corpus ($(ls "$small_dir" | wc -l) small drafts; big draft $(basename "$big"))"
report "stats, small drafts" "$small_words" "$small_bytes" "$(best "$bin" stats --no-config "$small_dir")"
report "stats, big draft" "$big_words" "$big_bytes" "$(best "$bin" stats --no-config "$big")"
report "check --select read-time, small" "$small_words" "$small_bytes" "$(best "$bin" check --no-config --fail-on never --format json --select read-time "$small_dir")"
report "check --select read-time, big" "$big_words" "$big_bytes" "$(best "$bin" check --no-config --fail-on never --format json --select read-time "$big")"
report "check (all rules), big" "$big_words" "$big_bytes" "$(best "$bin" check --no-config --fail-on never --format concise "$big")"
