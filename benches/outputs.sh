#!/usr/bin/env bash
# The outputs under load, with the release build, in one run (about a minute):
# 1. HTTP endpoint: `ab -n 20000 -c 8` on /metrics and on /: requests/s, mean and p99
#    latency; the RSS of a run with --http-listen after that load against a run without
#    it (same collectors, same duration, side by side). Goal: under 1 MiB more RSS.
# 2. Graphite sender: a pre-filled 256 MiB spool (carbon lines in segment files, as the
#    spool writes them) drained to a local TCP sink that reads and discards: points/s, MB/s.
# 3. Replay of a full default spool (64 MiB) to the same kind of sink: seconds, and the
#    daemon's RSS meanwhile.
# Exits 1 if the RSS goal is missed (after every part has run).
# Needs ab (apache2-utils), curl and python3. Everything lives in one temporary
# directory, removed at exit with every process started here.
# Usage: benches/outputs.sh [SECONDS] (default 30: how long each RSS run lasts)
set -Eeuo pipefail
cd "$(dirname "$0")/.."
duration=${1:-30}
for prog in ab curl python3; do
    command -v "$prog" >/dev/null || { echo "$prog missing (apt-get install apache2-utils curl python3)" >&2; exit 1; }
done
cargo build --release --quiet
bin=$PWD/target/release/gatherer
work=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
trap 'echo "outputs.sh: failed at line $LINENO" >&2' ERR

rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }
hwm_kib() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
tck=$(getconf CLK_TCK)
now() { date +%s.%N; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# Stop one process started here (SIGTERM, then wait for it).
stop() {
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
    local keep=() p
    for p in "${pids[@]}"; do [[ $p == "$1" ]] || keep+=("$p"); done
    pids=("${keep[@]}")
}
wait_http() { # PORT
    for _ in $(seq 200); do
        curl -sf -o /dev/null "http://127.0.0.1:$1/metrics" && return 0
        sleep 0.05
    done
    echo "the endpoint on port $1 never answered" >&2
    return 1
}
metric() { # PORT NAME: the value of the first series of NAME, empty if none
    # awk reads to the end: quitting early would fail curl (a write error) under pipefail.
    # Not answering yet is empty, not an error.
    { curl -s --max-time 5 "http://127.0.0.1:$1/metrics" || true; } |
        awk -v n="$2" '($1 == n || index($1, n "{") == 1) && v == "" { v = $2 } END { print v }'
}

# gatherer run NAME [ARGS...]: the node collectors on the real /proc and /sys, every
# second, everything written under $work/NAME; sets $g (its pid).
collectors=cpu,memory,network,filesystems,temperatures,diskstats
start_gatherer() {
    local name=$1
    shift
    mkdir -p "$work/$name"
    env -i PATH="$PATH" GATHERER_ENV_FILE=/nonexistent "$bin" run --collectors "$collectors" \
        --state-dir "$work/$name/state" --diskstats-state "$work/$name/diskstats.json" \
        --spool-dir "$work/$name/spool" --log-file "$work/$name/log" \
        --cpu-interval 1 --memory-interval 1 --network-interval 1 --filesystems-interval 1 \
        --temperatures-interval 1 --diskstats-interval 1 "$@" &
    g=$!
    pids+=("$g")
}

echo "== 1. HTTP endpoint: ab -n 20000 -c 8, and RSS with and without it over ${duration} s"
start_gatherer base
base=$g
http_port=$(free_port)
start_gatherer http --http-listen "127.0.0.1:$http_port"
http=$g
t0=$(now)
wait_http "$http_port"
sleep 2 # first measurements in: the exposition has its full size
printf 'RSS at start: without the endpoint %d KiB, with it %d KiB; /metrics is %d bytes\n' \
    "$(rss_kib "$base")" "$(rss_kib "$http")" "$(curl -s "http://127.0.0.1:$http_port/metrics" | wc -c)"
ab_run() { # LABEL PATH
    local out=$work/ab.txt
    if ! ab -q -n 20000 -c 8 "http://127.0.0.1:$http_port$2" >"$out" 2>&1; then
        cat "$out" >&2
        return 1
    fi
    awk -v label="$1" '
        /^Complete requests:/ { done = $3 }
        /^Failed requests:/ { failed = $3; getline; detail = $0; gsub(/^ +/, "", detail) }
        /^Non-2xx responses:/ { non2xx = $3 }
        /^Requests per second:/ { rps = $4 }
        /^Time per request:/ && mean == "" { mean = $4 }
        /^ +99%/ { p99 = $2 }
        END {
            printf "%-9s %8.0f requests/s, latency mean %.2f ms, p99 %d ms; %d complete, %d non-2xx, %d failed %s\n",
                label, rps, mean, p99, done, non2xx, failed, (failed > 0 ? detail : "")
        }' "$out"
}
ab_run /metrics /metrics
ab_run / /
# Same duration for both runs: wait out the rest (in short naps, so that a signal stops
# the bench at once), then read both RSS.
while awk -v t0="$t0" -v t="$(now)" -v d="$duration" 'BEGIN { exit !(t - t0 < d) }'; do sleep 0.2; done
for p in $base $http; do kill -0 "$p" || { echo "a gatherer died; see its log" >&2; exit 1; }; done
rb=$(rss_kib "$base")
rh=$(rss_kib "$http")
printf 'after %s s: RSS without the endpoint %d KiB (peak %d), with it after 40000 requests %d KiB (peak %d)\n' \
    "$duration" "$rb" "$(hwm_kib "$base")" "$rh" "$(hwm_kib "$http")"
awk -v a="$rb" -v b="$rh" 'BEGIN {
    printf "RSS growth with the endpoint: %+d KiB (goal: under 1024 KiB): %s\n", b - a, (b - a < 1024 ? "met" : "MISSED")
}'
rss_goal_met=$((rh - rb < 1024))
stop "$base"
stop "$http"

# A sink that reads and discards, counting bytes and lines; writes its counts and the
# times of its first and last byte to $1.stats at SIGTERM, its port to $1.port at start.
start_sink() {
    python3 - "$1" <<'EOF' &
import os, signal, socket, sys, time
out = sys.argv[1]
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(8)
with open(out + ".port.tmp", "w") as f:
    f.write(str(srv.getsockname()[1]))
os.rename(out + ".port.tmp", out + ".port")
n = lines = conns = 0
first = last = 0.0
def done(*_):
    with open(out + ".stats", "w") as f:
        f.write(f"{n} {lines} {first:.6f} {last:.6f} {conns}\n")
    os._exit(0)
signal.signal(signal.SIGTERM, done)
while True:
    c, _ = srv.accept()
    conns += 1
    while True:
        b = c.recv(1 << 20)
        if not b:
            break
        if not first:
            first = time.time()
        last = time.time()
        n += len(b)
        lines += b.count(b"\n")
    c.close()
EOF
    sink=$!
    pids+=("$sink")
    for _ in $(seq 100); do [[ -s $1.port ]] && break; sleep 0.05; done
    sink_port=$(cat "$1.port")
}

# Fill a Graphite destination's spool directory with MiB mebibytes of carbon lines in
# 4 MiB segments (what a 64 MiB spool writes), the last one 64 KiB short so that the
# daemon's own new points fit without pushing the oldest out. Prints "bytes lines".
fill_spool() { # DIR MIB
    python3 - "$1" "$2" <<'EOF'
import os, sys, time
d, mib = sys.argv[1], int(sys.argv[2])
os.makedirs(d, exist_ok=True)
seg, total, lines, ts = 4 << 20, 0, 0, int(time.time()) - 86400
nseg = mib // 4
for s in range(1, nseg + 1):
    limit = seg - (64 << 10 if s == nseg else 0)
    parts, size = [], 0
    while True:
        l = f"servers.bench.cpu.{lines % 97}.user.seconds {lines * 0.25:.2f} {ts + lines // 500}\n"
        if size + len(l) > limit:
            break
        parts.append(l)
        size += len(l)
        lines += 1
    with open(os.path.join(d, f"{s:016}.spool"), "w") as f:
        f.write("".join(parts))
    total += size
print(total, lines)
EOF
}

# Drain a pre-filled spool of MiB to a fresh sink; prints the results under LABEL.
drain() { # LABEL MIB [GATHERER ARGS...]
    local label=$1 mib=$2 name=drain$2 hp
    shift 2
    mkdir -p "$work/$name"
    start_sink "$work/$name/sink"
    local dest=127.0.0.1:$sink_port
    read -r bytes lines < <(fill_spool "$work/$name/spool/graphite-127.0.0.1_$sink_port" "$mib")
    # On disk before the clock starts: no writeback competes with the replay.
    sync -- "$work/$name/spool/graphite-127.0.0.1_$sink_port"/*
    hp=$(free_port)
    local start
    start=$(now)
    # Only memory, hourly: one measurement at start, so the sink gets the spool and ~10 points.
    collectors=memory start_gatherer "$name" --memory-interval 3600 --graphite "$dest" --http-listen "127.0.0.1:$hp" "$@"
    local c0 peak=0 r done end
    c0=$(cpu_ticks "$g")
    # Done when the spool is empty and the sent counter covers every pre-filled point
    # (before the spool is loaded the output shows 0 waiting).
    while :; do
        done=$({ curl -s --max-time 5 "http://127.0.0.1:$hp/metrics" || true; } | awk -v want="$lines" '
            $1 ~ /^gatherer_output_spool_points\{/ { left = $2 }
            $1 ~ /^gatherer_output_sent_points_total\{/ { sent = $2 }
            END { print (left != "" && left + 0 == 0 && sent + 0 >= want) ? 1 : 0 }')
        r=$(rss_kib "$g")
        ((r > peak)) && peak=$r
        ((done)) && break
        awk -v s="$start" -v t="$(now)" 'BEGIN { exit !(t - s > 120) }' && { echo "$label: not drained in 120 s" >&2; exit 1; }
        sleep 0.02
    done
    end=$(now)
    local cpu sent dropped
    cpu=$(($(cpu_ticks "$g") - c0))
    sent=$(metric "$hp" gatherer_output_sent_points_total)
    dropped=$(metric "$hp" gatherer_output_dropped_points_total)
    local hwm rss_after
    hwm=$(hwm_kib "$g")
    rss_after=$(rss_kib "$g")
    stop "$g"
    sleep 0.2 # the sink reads the last bytes
    stop "$sink"
    read -r sbytes slines first last conns <"$work/$name/sink.stats"
    awk -v label="$label" -v mib="$mib" -v bytes="$bytes" -v lines="$lines" -v sb="$sbytes" -v sl="$slines" \
        -v first="$first" -v last="$last" -v start="$start" -v end="$end" -v conns="$conns" \
        -v sent="$sent" -v dropped="$dropped" -v cpu="$cpu" -v hz="$tck" \
        -v peak="$peak" -v hwm="$hwm" -v after="$rss_after" 'BEGIN {
        wire = last - first; if (wire <= 0) wire = 1e-6
        printf "%s: spool of %d MiB (%d bytes, %d points)\n", label, mib, bytes, lines
        printf "  sink received %d bytes, %d points on %d connection(s); gatherer counted %s sent, %s dropped\n", sb, sl, conns, sent, dropped
        printf "  on the wire (first to last byte at the sink): %.3f s: %.0f points/s, %.1f MB/s (%.1f MiB/s)\n", wire, sl / wire, sb / wire / 1e6, sb / wire / 1048576
        printf "  from gatherer start to gatherer_output_spool_points 0: %.2f s; gatherer CPU %.2f s\n", end - start, cpu / hz
        printf "  gatherer RSS during the replay: peak sampled %d KiB, VmHWM %d KiB, after %d KiB\n", peak, hwm, after
        if (sl < lines) { printf "  LOST: the sink got %d points fewer than the spool held\n", lines - sl; exit 1 }
    }'
}

echo
echo "== 2. Graphite sender throughput to a local TCP sink"
drain "drain of a large pre-filled spool" 256 --spool-max-bytes 512M
echo
echo "== 3. Replay of a full default spool (64 MiB)"
drain "full default spool" 64
# The same daemon with nothing spooled, for comparison: RSS once its own points are sent.
mkdir -p "$work/empty"
start_sink "$work/empty/sink"
hp=$(free_port)
collectors=memory start_gatherer empty --memory-interval 3600 --graphite "127.0.0.1:$sink_port" --http-listen "127.0.0.1:$hp"
for _ in $(seq 100); do
    awk -v v="$(metric "$hp" gatherer_output_sent_points_total)" 'BEGIN { exit !(v + 0 > 0) }' && break
    sleep 0.05
done
sleep 0.5
printf '  the same daemon with an empty spool: RSS %d KiB (VmHWM %d KiB)\n' "$(rss_kib "$g")" "$(hwm_kib "$g")"
stop "$g"
stop "$sink"
((rss_goal_met)) || { echo; echo "RSS goal of the endpoint missed" >&2; exit 1; }
