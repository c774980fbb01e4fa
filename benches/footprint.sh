#!/usr/bin/env bash
# Footprint of `gatherer run` with default settings over DURATION seconds (default 60):
# peak resident memory and average CPU, against `iostat -dx 30`, which samples the same
# /proc/diskstats on the same schedule, measured in the same run.
# Targets (issue 2): RSS under 8 MiB and CPU under 0.1% of one core. Exits 1 if missed.
# Usage: benches/footprint.sh [DURATION]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-60}
cargo build --release --quiet
work=$(mktemp -d)
trap 'kill $g_pid $i_pid 2>/dev/null || true; rm -rf "$work"' EXIT
tck=$(getconf CLK_TCK)

# Only the state path is redirected, so a developer's real state file is left alone.
env -i PATH="$PATH" GATHERER_ENV_FILE=/nonexistent \
    target/release/gatherer run --diskstats-state "$work/state.json" 2>"$work/log" &
g_pid=$!
if command -v iostat >/dev/null; then
    LC_ALL=C iostat -dx 30 >/dev/null &
    i_pid=$!
else
    echo "iostat not installed: no baseline (apt-get install sysstat)" >&2
    i_pid=
fi

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }

sleep 1 # let both start up; start-up cost is not the steady state
g0=$(cpu_ticks $g_pid); i0=${i_pid:+$(cpu_ticks $i_pid)}
g_rss=0; i_rss=0
for _ in $(seq "$duration"); do
    sleep 1
    r=$(rss_kib $g_pid); (( r > g_rss )) && g_rss=$r
    if [[ -n $i_pid ]]; then r=$(rss_kib $i_pid); (( r > i_rss )) && i_rss=$r; fi
done
g1=$(cpu_ticks $g_pid); i1=${i_pid:+$(cpu_ticks $i_pid)}

pct() { awk -v t="$1" -v hz="$tck" -v d="$duration" 'BEGIN { printf "%.4f", t / hz / d * 100 }'; }
g_cpu=$(pct $((g1 - g0)))
printf 'gatherer run: peak RSS %d KiB, CPU %s%% of one core over %d s\n' "$g_rss" "$g_cpu" "$duration"
if [[ -n $i_pid ]]; then
    i_cpu=$(pct $((i1 - i0)))
    printf 'iostat -dx 30: peak RSS %d KiB, CPU %s%% of one core\n' "$i_rss" "$i_cpu"
    awk -v a="$g_rss" -v b="$i_rss" 'BEGIN { printf "RSS ratio gatherer/iostat: %.2f\n", a / b }'
fi
awk -v r="$g_rss" -v c="$g_cpu" 'BEGIN {
    printf "targets: RSS %.1f MiB of 8 MiB (%.0f%%), CPU %.4f%% of 0.1%% (%.0f%%)\n", r / 1024, r / 8192 * 100, c, c / 0.1 * 100
    exit !(r < 8192 && c < 0.1)
}'
