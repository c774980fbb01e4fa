#!/usr/bin/env bash
# The cost of a scrape of /metrics: gatherer (the release build, every collector that is
# on by default, state files in a temp dir, no env file) beside prometheus-node-exporter
# with its default collectors, both on 127.0.0.1 in one run. After WARMUP seconds (default
# 20: gatherer's first samples, rates included, are in), each is scraped SCRAPES times
# (default 1000) one after another with `ab` (apache2-utils), or curl without it; CPU per
# scrape is the delta of utime+stime (/proc/PID/stat, clock ticks) over those scrapes,
# divided by SCRAPES. node_exporter gathers on each scrape; gatherer serves what its
# collectors measured on their own schedule, whose cost in the same window is counted
# too. Then RSS (VmRSS) and anonymous memory (`Anonymous` of /proc/PID/smaps_rollup: what
# the host pays) of each, and the ratios gatherer / node_exporter.
# Exit status: 0 gatherer below node_exporter on CPU per scrape and RSS, 1 not, 2
# something to install or a process that failed.
#
# Usage: benches/scrape.sh [SCRAPES [WARMUP]]
# Environment:
#   SCRAPE_BIN=PATH   bench this gatherer binary instead of `cargo build --release`
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
scrapes=${1:-1000}
warmup=${2:-20}
ne=/usr/bin/prometheus-node-exporter
[ -x "$ne" ] || { echo "install prometheus-node-exporter" >&2; exit 2; }
command -v curl >/dev/null || { echo "install curl" >&2; exit 2; }
if [ -n "${SCRAPE_BIN:-}" ]; then
    bin=$SCRAPE_BIN
else
    cargo build --release --quiet
    bin=target/release/gatherer
fi
tmp=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
    rm -rf "$tmp"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

ne_port=$(free_port)
"$ne" --web.listen-address="127.0.0.1:$ne_port" >"$tmp/ne.log" 2>&1 &
pids+=($!); ne_pid=$!
g_port=$(free_port)
env -i PATH="$PATH" GATHERER_ENV_FILE="$tmp/no-env-file" "$bin" run \
    --http-listen "127.0.0.1:$g_port" --state-dir "$tmp/state" \
    --diskstats-state "$tmp/diskstats.json" --vmware-state "$tmp/vmware.json" \
    >"$tmp/gatherer.log" 2>&1 &
pids+=($!); g_pid=$!
sleep "$warmup"
for p in "$ne_pid" "$g_pid"; do
    kill -0 "$p" 2>/dev/null || { echo "a server died:"; cat "$tmp"/*.log; exit 2; } >&2
done

ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
scrape() { # PORT
    if command -v ab >/dev/null; then
        ab -q -n "$scrapes" "http://127.0.0.1:$1/metrics" >"$tmp/ab.out" 2>&1 \
            || { cat "$tmp/ab.out" >&2; exit 2; }
    else
        for _ in $(seq "$scrapes"); do curl -sf -o /dev/null "http://127.0.0.1:$1/metrics"; done
    fi
}
hz=$(getconf CLK_TCK)
declare -A cpu rss anon series
for who in node_exporter gatherer; do
    if [ "$who" = gatherer ]; then pid=$g_pid port=$g_port; else pid=$ne_pid port=$ne_port; fi
    series[$who]=$(curl -sf "http://127.0.0.1:$port/metrics" | grep -vc '^#')
    before=$(ticks "$pid")
    scrape "$port"
    after=$(ticks "$pid")
    cpu[$who]=$(awk -v d=$((after - before)) -v hz="$hz" -v n="$scrapes" 'BEGIN { printf "%.3f", d / hz / n * 1000 }')
    rss[$who]=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status")
    anon[$who]=$(awk '/^Anonymous/ { print $2 }' "/proc/$pid/smaps_rollup")
done
printf '%-14s %10s %16s %10s %12s\n' "" series "CPU ms/scrape" "RSS KiB" "anon KiB"
for who in node_exporter gatherer; do
    printf '%-14s %10s %16s %10s %12s\n' "$who" "${series[$who]}" "${cpu[$who]}" "${rss[$who]}" "${anon[$who]}"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
echo "gatherer / node_exporter: CPU per scrape $(ratio "${cpu[gatherer]}" "${cpu[node_exporter]}"), RSS $(ratio "${rss[gatherer]}" "${rss[node_exporter]}"), anonymous $(ratio "${anon[gatherer]}" "${anon[node_exporter]}") ($scrapes scrapes each)"
if awk -v gc="${cpu[gatherer]}" -v nc="${cpu[node_exporter]}" -v gr="${rss[gatherer]}" -v nr="${rss[node_exporter]}" \
    'BEGIN { exit !(gc < nc && gr < nr) }'; then
    echo "goal met: below node_exporter on CPU per scrape and RSS"
else
    echo "goal missed"; exit 1
fi
