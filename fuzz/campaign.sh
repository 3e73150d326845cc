#!/usr/bin/env bash
# A fuzzing campaign measured in CPU time, not wall time: run each named target until its
# process has used CPU_SECONDS of CPU (libFuzzer's -max_total_time counts wall seconds,
# which on a shared machine says little), then stop it with SIGINT so libFuzzer prints
# its final statistics. Runs at nice 19 so it only takes idle cores. From fuzz/:
#
#     ./seed.sh && RUSTC_BOOTSTRAP=1 cargo fuzz build -s none -O
#     ./campaign.sh 3600 rules fix          # one after the other
#
# Logs go to logs/<target>.log; the last lines of each summarise executions, executions
# per second, coverage (libFuzzer's `cov:` edges and `ft:` features) and any crash.
set -euo pipefail
cd "$(dirname "$0")"
cpu=${1:?usage: campaign.sh CPU_SECONDS TARGET...}
shift
bin=target/x86_64-unknown-linux-gnu/release
tick=$(getconf CLK_TCK)
mkdir -p logs
for t in "$@"; do
    [ -x "$bin/$t" ] || { echo "campaign: no fuzz binary $bin/$t (build first)" >&2; exit 2; }
    mkdir -p "corpus/$t" "artifacts/$t"
    log="logs/$t.log"
    start=$(date +%s)
    nice -n 19 "$bin/$t" "corpus/$t" -dict=copydesk.dict -max_len=4096 -print_final_stats=1 \
        -artifact_prefix="artifacts/$t/" -max_total_time=86400 > "$log" 2>&1 &
    pid=$!
    used=0
    while kill -0 "$pid" 2>/dev/null; do
        sleep 15
        # utime + stime, fields 14 and 15 of /proc/PID/stat, in clock ticks.
        used=$(awk -v t="$tick" '{ print int(($14 + $15) / t) }' "/proc/$pid/stat" 2>/dev/null || echo "$used")
        if [ "$used" -ge "$cpu" ]; then
            kill -INT "$pid" 2>/dev/null || true
            break
        fi
    done
    # libFuzzer exits from its signal handler; once in a while that exit blocks on a lock
    # another thread held when the signal came (seen once, after its final statistics).
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" || true
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    crashes=$(ls "artifacts/$t" | wc -l)
    printf '%s: cpu %ss, wall %ss, executions %s, artifacts %s\n  last: %s\n' \
        "$t" "$used" "$(( $(date +%s) - start ))" "$execs" "$crashes" "$last" | tee -a logs/summary.txt
done
