#!/usr/bin/env bash
# Footprint of `gatherer run` beside collectd and prometheus-node-exporter, side by side in
# one run, each gathering the same node stats every INTERVAL s (FOOTPRINT_INTERVAL, 10):
#   gatherer        the release build, every collector that is on by default (diskstats,
#                   whisper if a tree exists, vmware, cpu, memory, network, vmstat, netstat,
#                   sockstat, softnet, netqueues, pressure, kernel, proctable, timex,
#                   filesystems, temperatures, inventory), every --*-interval INTERVAL, every
#                   state file in a temp dir, no env file, with the malloc tunables the
#                   shipped unit and init script set (docs/operating.md, "Memory");
#   collectd        collectd-core with cpu (ValuesPercentage), memory, swap, interface, df,
#                   disk, load, thermal and sensors, and the counterparts of gatherer's
#                   vmstat, netstat, kernel and proctable collectors (vmem, protocols,
#                   fhcount, entropy, conntrack, processes), Interval INTERVAL, written by
#                   the csv plugin into the temp dir (sockstat, softnet, netqueues, pressure
#                   and timex have no counterpart in collectd-core);
#   node_exporter   prometheus-node-exporter with its default collectors on 127.0.0.1:<free
#                   port>, scraped every INTERVAL s by this script (curl; its cost not
#                   counted);
#   iostat -dx INTERVAL  the old baseline: the same /proc/diskstats read on the same
#                   schedule.
# Each runs WARMUP seconds (default 20) before the window of DURATION seconds (default
# 120) starts. Over the window, sampled every second: anonymous memory (`Anonymous` of
# /proc/PID/smaps_rollup: heap, stacks, data; what the host pays) and RSS (VmRSS, which
# also counts clean, shared code pages), each as the window's max and its final value;
# RSS's true peak (VmHWM, reset at the window's start); the threads; and CPU as the delta
# of the process CPU clock (nanoseconds, all threads, dead ones included) and of
# utime+stime (clock ticks) over the window's monotonic wall time. Then the ratios and a
# verdict against the goal: gatherer's anonymous memory at most collectd's, its RSS at
# most 1.5 times collectd's, its CPU at most collectd's (all three over the window).
# Exit status: 0 goal met, 1 goal missed, 2 something to install or a process that failed.
#
# Usage: benches/footprint.sh [DURATION [WARMUP]]
# Environment:
#   FOOTPRINT_BIN=PATH          bench this gatherer binary instead of `cargo build --release`
#   FOOTPRINT_GATHERER_ENV='K=V ...'  gatherer's environment beside PATH, in place of the
#                               shipped unit's GLIBC_TUNABLES=glibc.malloc.tcache_count=0:
#                               glibc.malloc.arena_max=1 (set and empty: glibc's defaults)
#   FOOTPRINT_INTERVAL=SECONDS  every collector's interval, gatherer's and collectd's, and
#                               the scrapes' (default 10)
#   FOOTPRINT_SERIES=SECONDS    print gatherer's and collectd's anonymous memory and RSS
#                               every SECONDS of the window, then how much gatherer's
#                               anonymous memory grew from the series' first quarter to its
#                               last (e.g. FOOTPRINT_INTERVAL=1 FOOTPRINT_SERIES=60
#                               benches/footprint.sh 3600 20: an hour of 1 s cycles)
#   FOOTPRINT_COLLECTD_WRITER=none    run collectd without its csv writer (it warns, runs)
#   FOOTPRINT_SINKS=1           every output on as well: --graphite and --influxdb to a local
#                               python3 sink that reads and discards (carbon lines; HTTP
#                               204 to each write), --prometheus-textfile, --http-listen
#                               scraped every 10 s like node_exporter, --spool-dir in the
#                               temp dir; collectd with its own outputs to the same peers
#                               (write_graphite, write_influxdb_udp, and write_prometheus
#                               scraped likewise if libmicrohttpd12 and libprotobuf-c1 are
#                               installed) beside its csv (the goal is the same: no more
#                               than collectd)
#   FOOTPRINT_RUN_DIR=DIR       where gatherer's --state-dir goes (default /dev/shm, a tmpfs
#                               like /run); /tmp shows what durable writes cost on a disk
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
duration=${1:-120}
warmup=${2:-20}
interval=${FOOTPRINT_INTERVAL:-10}
series=${FOOTPRINT_SERIES:-0}
[[ $duration =~ ^[1-9][0-9]*$ && $warmup =~ ^[0-9]+$ ]] || {
    echo "usage: $0 [DURATION [WARMUP]] (whole seconds)" >&2
    exit 2
}
[[ $interval =~ ^[1-9][0-9]*$ && $series =~ ^[0-9]+$ ]] || {
    echo "footprint: FOOTPRINT_INTERVAL (a whole number of seconds from 1) and FOOTPRINT_SERIES (whole seconds, 0 for none) are $interval and $series" >&2
    exit 2
}
# Anonymous memory comes from smaps_rollup (Linux 4.14 on).
[[ -r /proc/self/smaps_rollup ]] || {
    echo "footprint: /proc/PID/smaps_rollup is missing (Linux 4.14 or later is needed)" >&2
    exit 2
}

# Everything this needs, by Debian package; say what to install rather than skip anything.
collectd_bin=/usr/sbin/collectd
exporter_bin=/usr/bin/prometheus-node-exporter
missing=()
[[ -x $collectd_bin ]] || missing+=(collectd-core)
[[ -x $exporter_bin ]] || missing+=(prometheus-node-exporter)
command -v iostat >/dev/null || missing+=(sysstat)
command -v curl >/dev/null || missing+=(curl)
[[ ${FOOTPRINT_SINKS:-0} == 1 ]] && ! command -v python3 >/dev/null && missing+=(python3)
# The CPU clock of another process (clock_getcpuclockid) is read with Perl's Time::HiRes.
perl -MTime::HiRes=clock_gettime -e1 2>/dev/null || missing+=(perl)
if ((${#missing[@]})); then
    echo "footprint: missing ${missing[*]}; install with:" >&2
    echo "    apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 2
fi

if [[ -n ${FOOTPRINT_BIN:-} ]]; then
    gatherer=$FOOTPRINT_BIN
else
    cargo build --release --quiet
    gatherer=target/release/gatherer
fi
[[ -x $gatherer ]] || { echo "footprint: no gatherer binary at $gatherer" >&2; exit 2; }

names=() pids=() logs=() work='' run=''
# shellcheck disable=SC2317 # called by the trap
cleanup() {
    local p i alive
    for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
    for ((i = 0; i < 50; i++)); do # up to 5 s to stop, then SIGKILL
        alive=0
        for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
        ((alive)) || break
        sleep 0.1
    done
    for p in "${pids[@]}"; do kill -KILL "$p" 2>/dev/null || true; done
    [[ -z ${sinks_pid:-} ]] || kill -KILL "$sinks_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "${work:-/nonexistent}" "${run:-/nonexistent}"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# Every file goes where its default would put it, on the same kind of filesystem: gatherer's
# --state-dir (/run/gatherer) and --vmware-state (/dev/shm) on a tmpfs, its diskstats and
# whisper state (/tmp, /opt) and collectd's csv files (/var/lib/collectd) on $TMPDIR's disk.
# It matters: each state file is written durably (fdatasync, rename), which on a disk
# filesystem costs about as much CPU again as all the measuring (FOOTPRINT_RUN_DIR=/tmp).
work=$(mktemp -d "${TMPDIR:-/tmp}/gatherer-footprint.XXXXXX")
run_parent=${FOOTPRINT_RUN_DIR:-/dev/shm}
[[ -d $run_parent && -w $run_parent ]] || run_parent=$work
run=$(mktemp -d "$run_parent/gatherer-footprint.XXXXXX")
tck=$(getconf CLK_TCK)

started() { # NAME PID LOG: one more process to measure
    names+=("$1") pids+=("$2") logs+=("$3")
}

free_port() { # a TCP port nothing listens on, from /proc/net/tcp{,6}
    local used=" " local_addr st p
    while read -r _ local_addr _ st _; do
        [[ $st == 0A ]] && used+="$((16#${local_addr##*:})) "
    done < <(cat /proc/net/tcp /proc/net/tcp6 2>/dev/null)
    for ((p = 20000 + RANDOM % 20000; p < 65535; p++)); do
        [[ $used == *" $p "* && $p != "${1:-}" ]] || { echo "$p"; return; }
    done
    return 1
}

loadable() { # PLUGIN.so: there, and every library it needs found
    local libs
    # ldd's whole output first: a `ldd | grep -q` pipe fails under pipefail when grep stops
    # reading early and ldd dies of SIGPIPE.
    libs=$(ldd "$1" 2>/dev/null) && [[ $libs != *'not found'* ]]
}

# --- the outputs' peers (FOOTPRINT_SINKS=1) ----------------------------------------------
sink_args=() endpoint='' collectd_endpoint='' collectd_outputs=''
if [[ ${FOOTPRINT_SINKS:-0} == 1 ]]; then
    carbon_port=$(free_port)
    influx_port=$(free_port "$carbon_port")
    http_port=$(free_port "$influx_port")
    udp_port=$(free_port "$http_port")
    # One process: a carbon plaintext sink, an InfluxDB /write that answers 204, and a UDP
    # sink, each reading everything and keeping nothing. Not measured.
    python3 benches/discard-sinks.py "$carbon_port" "$influx_port" "$udp_port" >"$work/sinks.log" 2>&1 &
    sinks_pid=$!
    endpoint=http://127.0.0.1:$http_port/metrics
    sink_args=(--graphite "127.0.0.1:$carbon_port" --influxdb "http://127.0.0.1:$influx_port/write?db=footprint"
        --spool-dir "$work/spool" --prometheus-textfile "$work/gatherer.prom" --http-listen "127.0.0.1:$http_port")
    # collectd's own outputs to the same peers, like for like: write_graphite to the same
    # carbon sink, write_influxdb_udp (collectd-core has no InfluxDB HTTP writer), and
    # write_prometheus scraped as often as gatherer's /metrics when its libraries
    # (libmicrohttpd12, libprotobuf-c1) are installed.
    collectd_outputs="LoadPlugin write_graphite
<Plugin write_graphite>
  <Node \"footprint\">
    Host \"127.0.0.1\"
    Port \"$carbon_port\"
    Protocol \"tcp\"
  </Node>
</Plugin>
LoadPlugin write_influxdb_udp
<Plugin write_influxdb_udp>
  Server \"127.0.0.1\" \"$udp_port\"
</Plugin>"
    if loadable /usr/lib/collectd/write_prometheus.so; then
        cd_prom_port=$(free_port "$udp_port")
        collectd_endpoint=http://127.0.0.1:$cd_prom_port/metrics
        collectd_outputs+="
LoadPlugin write_prometheus
<Plugin write_prometheus>
  Port \"$cd_prom_port\"
</Plugin>"
    else
        echo "footprint: collectd's write_prometheus lacks its libraries (apt-get install libmicrohttpd12 libprotobuf-c1): collectd runs without it" >&2
    fi
fi

# --- gatherer ---------------------------------------------------------------------------
# As the shipped unit and init script start it, unless FOOTPRINT_GATHERER_ENV says otherwise.
read -r -a extra_env <<<"${FOOTPRINT_GATHERER_ENV-GLIBC_TUNABLES=glibc.malloc.tcache_count=0:glibc.malloc.arena_max=1}"
env -i PATH="$PATH" GATHERER_ENV_FILE=/nonexistent "${extra_env[@]}" \
    "$gatherer" run \
    --state-dir "$run" \
    --diskstats-state "$work/diskstats.json" \
    --vmware-state "$run/vmware.dat" \
    --whisper-state "$work/whisper.nb_metrics" \
    --diskstats-interval "$interval" --cpu-interval "$interval" --memory-interval "$interval" \
    --network-interval "$interval" --filesystems-interval "$interval" \
    --temperatures-interval "$interval" --inventory-interval "$interval" \
    --vmware-interval "$interval" --whisper-interval "$interval" \
    --vmstat-interval "$interval" --netstat-interval "$interval" --sockstat-interval "$interval" \
    --softnet-interval "$interval" --netqueues-interval "$interval" --pressure-interval "$interval" \
    --kernel-interval "$interval" --proctable-interval "$interval" --timex-interval "$interval" \
    "${sink_args[@]}" \
    2>"$work/gatherer.log" &
started gatherer $! "$work/gatherer.log"

# --- collectd ---------------------------------------------------------------------------
mkdir "$work/collectd"
sensors=
loadable /usr/lib/collectd/sensors.so && sensors='LoadPlugin sensors'
if [[ ${FOOTPRINT_COLLECTD_WRITER:-csv} == none ]]; then
    writer='# no writer: collectd warns "no write callback" and drops the values'
else
    writer="LoadPlugin csv
<Plugin csv>
  DataDir \"$work/collectd/csv\"
  StoreRates false
</Plugin>"
fi
# df leaves out the same pseudo filesystems as gatherer's filesystems collector.
skip_types=$(env -i GATHERER_ENV_FILE=/nonexistent "$gatherer" config 2>/dev/null |
    sed -n 's/^--filesystems-skip-types=\([^[:space:]]*\).*/\1/p')
cat >"$work/collectd.conf" <<EOF
Hostname "footprint"
FQDNLookup false
BaseDir "$work/collectd"
PIDFile "$work/collectd/collectd.pid"
PluginDir "/usr/lib/collectd"
TypesDB "/usr/share/collectd/types.db"
Interval $interval
LoadPlugin logfile
<Plugin logfile>
  LogLevel info
  File "$work/collectd.log"
  Timestamp true
</Plugin>
LoadPlugin cpu
<Plugin cpu>
  ReportByCpu true
  ValuesPercentage true
</Plugin>
LoadPlugin load
LoadPlugin memory
LoadPlugin swap
LoadPlugin interface
LoadPlugin disk
LoadPlugin df
<Plugin df>
$(tr ',' '\n' <<<"$skip_types" | sed -n 's/^\(.\+\)$/  FSType "\1"/p')
  IgnoreSelected true
</Plugin>
LoadPlugin thermal
$sensors
LoadPlugin vmem
LoadPlugin protocols
LoadPlugin fhcount
LoadPlugin entropy
LoadPlugin conntrack
LoadPlugin processes
$writer
$collectd_outputs
EOF
"$collectd_bin" -f -C "$work/collectd.conf" >>"$work/collectd.log" 2>&1 &
started collectd $! "$work/collectd.log"

# --- prometheus-node-exporter -----------------------------------------------------------
port=$(free_port "${http_port:-}")
metrics=http://127.0.0.1:$port/metrics
"$exporter_bin" --web.listen-address="127.0.0.1:$port" >"$work/node_exporter.log" 2>&1 &
started node_exporter $! "$work/node_exporter.log"

# --- iostat: the bench's old baseline ----------------------------------------------------
iostat -dx "$interval" >/dev/null 2>"$work/iostat.log" &
started "iostat -dx $interval" $! "$work/iostat.log"

check_alive() {
    local i
    for i in "${!pids[@]}"; do
        kill -0 "${pids[i]}" 2>/dev/null && continue
        echo "footprint: ${names[i]} (pid ${pids[i]}) is gone; its log:" >&2
        tail -n 20 "${logs[i]}" >&2
        exit 2
    done
}
for ((i = 0; i < 50; i++)); do # node_exporter answering: up to 5 s
    curl -sf -o /dev/null "$metrics" && break
    sleep 0.1
done
curl -sf -o /dev/null "$metrics" || {
    check_alive
    echo "footprint: node_exporter does not answer on $metrics" >&2
    exit 2
}

# --- the measurement --------------------------------------------------------------------
# The loop below forks nothing but its sleep and the scrape, so that a busy machine does
# not stretch it; the window ends on the clock, whatever the machine's load.
# One snapshot: monotonic ns, then the CPU clock (ns, all threads ever) of each process.
snapshot() {
    perl -MTime::HiRes=clock_gettime,CLOCK_MONOTONIC -e '
        my @t = (clock_gettime(CLOCK_MONOTONIC));
        push @t, clock_gettime(2 - 8 * ($_ + 1)) for @ARGV;   # clock_getcpuclockid(pid)
        print join(" ", map { sprintf "%.0f", $_ * 1e9 } @t), "\n"' "${pids[@]}"
}
ticks() { # PID: utime+stime of the whole process in clock ticks, into $tk
    local stat f
    read -r stat <"/proc/$1/stat"
    read -r -a f <<<"${stat##*) }" # fields from 3 on, past the command name
    tk=$((f[11] + f[12]))
}
status() { # PID: VmRSS, VmHWM (KiB) and Threads into $st_rss, $st_hwm, $st_thr
    local k v
    st_rss=0 st_hwm=0 st_thr=0
    while read -r k v _; do
        case $k in
        VmRSS:) st_rss=$v ;;
        VmHWM:) st_hwm=$v ;;
        Threads:) st_thr=$v ;;
        esac
    done <"/proc/$1/status"
}
anonymous() { # PID: the Anonymous line of smaps_rollup (KiB) into $st_anon
    local k v
    st_anon=0
    while read -r k v _; do
        [[ $k == Anonymous: ]] && { st_anon=$v; break; }
    done <"/proc/$1/smaps_rollup"
}
measure() { # INDEX: one sample of process INDEX, into cur_* and the window's max_*
    status "${pids[$1]}"
    anonymous "${pids[$1]}"
    cur_rss[$1]=$st_rss cur_anon[$1]=$st_anon cur_hwm[$1]=$st_hwm cur_thr[$1]=$st_thr
    ((st_rss > ${max_rss[$1]:-0})) && max_rss[$1]=$st_rss
    ((st_anon > ${max_anon[$1]:-0})) && max_anon[$1]=$st_anon
    ((st_thr > ${thr_max[$1]:-0})) && thr_max[$1]=$st_thr
    return 0
}
# The series (FOOTPRINT_SERIES): gatherer's (index 0) and collectd's (index 1) latest samples,
# once the window has run its next step.
series_el=() series_ga=() series_gr=() series_ca=() series_cr=() next_series=0
series_point() {
    local el=$(((${EPOCHREALTIME/./} - t_window + 500000) / 1000000))
    ((series > 0 && el >= next_series)) || return 0
    ((next_series)) || printf '%-6s %9s %17s %16s %17s %16s\n' series elapsed_s \
        gatherer_anon_KiB gatherer_rss_KiB collectd_anon_KiB collectd_rss_KiB
    printf '%-6s %9d %17d %16d %17d %16d\n' series "$el" "${cur_anon[0]}" "${cur_rss[0]}" \
        "${cur_anon[1]}" "${cur_rss[1]}"
    series_el+=("$el") series_ga+=("${cur_anon[0]}") series_gr+=("${cur_rss[0]}")
    series_ca+=("${cur_anon[1]}") series_cr+=("${cur_rss[1]}")
    next_series=$((next_series + series))
}
sleep_until() { # sleep until $1 (microseconds of EPOCHREALTIME)
    local left=$(($1 - ${EPOCHREALTIME/./})) frac
    ((left > 0)) || return 0
    printf -v frac %06d $((left % 1000000))
    sleep "$((left / 1000000)).$frac"
}
scrapes=1 sampling=0 max_rss=() max_anon=() thr_max=() cur_rss=() cur_anon=() cur_hwm=() cur_thr=()
next_scrape=$((${EPOCHREALTIME/./} + interval * 1000000)) # the first was the readiness check
run_until() { # $1 (microseconds): once a second watch the processes, sample, scrape
    local end=$1 next i
    next=$((${EPOCHREALTIME/./} + 1000000))
    while ((next <= end)); do
        sleep_until "$next"
        next=$((next + 1000000))
        check_alive
        if ((${EPOCHREALTIME/./} >= next_scrape)); then
            curl -s -o /dev/null "$metrics" || true
            [[ -z $endpoint ]] || curl -s -o /dev/null "$endpoint" || true
            [[ -z $collectd_endpoint ]] || curl -s -o /dev/null "$collectd_endpoint" || true
            scrapes=$((scrapes + 1)) next_scrape=$((next_scrape + interval * 1000000))
        fi
        ((sampling)) || continue
        for i in "${!pids[@]}"; do measure "$i"; done
        series_point
    done
    sleep_until "$end"
}

echo "footprint: gatherer $("$gatherer" --version | awk '{print $2}') ($gatherer, $(stat -c %s "$gatherer") bytes)," \
    "collectd, node_exporter on :$port, iostat; every ${interval} s; warm-up ${warmup} s, window ${duration} s;" \
    "outputs: ${sink_args[*]:-none};" \
    "gatherer's state dir on $(stat -f -c %T "$run"), diskstats state and collectd's csv on $(stat -f -c %T "$work")"
t_start=${EPOCHREALTIME/./}
run_until $((t_start + warmup * 1000000))

t0=()
for i in "${!pids[@]}"; do
    ticks "${pids[i]}"
    t0[i]=$tk
    # Reset the peak RSS (VmHWM) so that it covers the window only.
    echo 5 >"/proc/${pids[i]}/clear_refs" 2>/dev/null || true
done
read -r -a cpu0 <<<"$(snapshot)"
t_window=${EPOCHREALTIME/./}
for i in "${!pids[@]}"; do measure "$i"; done
series_point
sampling=1
run_until $((t_start + (warmup + duration) * 1000000))
read -r -a cpu1 <<<"$(snapshot)"
t1=()
for i in "${!pids[@]}"; do
    ticks "${pids[i]}"
    t1[i]=$tk
    measure "$i"
done
series_point
check_alive

# --- the report -------------------------------------------------------------------------
wall_ns=$((cpu1[0] - cpu0[0]))
awk -v w="$wall_ns" -v s="$scrapes" -v iv="$interval" 'BEGIN {
    printf "\nwindow %.3f s (after the warm-up), every %d s; node_exporter scraped %d times in all\n", w / 1e9, iv, s }'
printf '%-15s %9s %9s %9s %9s %9s %8s %6s %11s %9s %9s\n' \
    process "anon max" "anon end" "RSS max" "RSS end" "RSS peak" threads ticks "CPU s" "% of core" "ms/round"
cpu_ns=() cpu_pct=()
for i in "${!pids[@]}"; do
    cpu_ns[i]=$((cpu1[i + 1] - cpu0[i + 1]))
    cpu_pct[i]=$(awk -v c="${cpu_ns[i]}" -v w="$wall_ns" 'BEGIN { printf "%.4f", c / w * 100 }')
    awk -v n="${names[i]}" -v am="${max_anon[i]}" -v af="${cur_anon[i]}" -v m="${max_rss[i]}" \
        -v f="${cur_rss[i]}" -v h="${cur_hwm[i]}" -v t="${cur_thr[i]}" -v tm="${thr_max[i]}" \
        -v k=$((t1[i] - t0[i])) -v c="${cpu_ns[i]}" -v p="${cpu_pct[i]}" -v w="$wall_ns" -v iv="$interval" 'BEGIN {
        printf "%-15s %9d %9d %9d %9d %9d %8s %6d %11.6f %9s %9.3f\n", n, am, af, m, f, h,
            (t == tm ? t : t "(max " tm ")"), k, c / 1e9, p, c / 1e6 / (w / 1e9 / iv) }'
done
printf '(memory in KiB; CLK_TCK %s, i.e. one tick is %s%% of a core over the window)\n' "$tck" \
    "$(awk -v w="$wall_ns" -v h="$tck" 'BEGIN { printf "%.4f", 1 / h / (w / 1e9) * 100 }')"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "inf" }'; }
echo
for j in 1 2; do
    printf 'gatherer/%-14s anonymous %s (max), %s (final); RSS %s (max), %s (final); CPU %s\n' "${names[j]}" \
        "$(ratio "${max_anon[0]}" "${max_anon[j]}")" "$(ratio "${cur_anon[0]}" "${cur_anon[j]}")" \
        "$(ratio "${max_rss[0]}" "${max_rss[j]}")" "$(ratio "${cur_rss[0]}" "${cur_rss[j]}")" \
        "$(ratio "${cpu_ns[0]}" "${cpu_ns[j]}")"
done

if [[ -n $endpoint ]]; then # the outputs did their work: say how much
    spooled=$(du -sb "$work/spool" 2>/dev/null | awk '{print $1}')
    echo "outputs: textfile $(stat -c %s "$work/gatherer.prom" 2>/dev/null || echo missing) bytes," \
        "endpoint $(curl -s "$endpoint" | wc -l) lines, spool ${spooled:-0} bytes (what is sent stays for --graphite-resend)"
fi

if ((${#series_el[@]})); then
    # Flat or not: the mean of the series' last quarter against its first quarter (its first
    # and last points when it has fewer than four).
    printf '%s\n' "${series_ga[*]}" "${series_ca[*]}" | awk -v first="${series_el[0]}" -v last="${series_el[-1]}" '
    {
        n = split($0, v, " "); q = int(n / 4); if (q < 1) q = 1
        a = 0; b = 0
        for (i = 1; i <= q; i++) { a += v[i]; b += v[n - q + i] }
        a /= q; b /= q
        printf "series: %s anonymous %d KiB at %d s, %d KiB at %d s; mean of the first %d point(s) %.0f KiB, of the last %d %.0f KiB: growth %+.0f KiB (%+.1f%%)\n",
            (NR == 1 ? "gatherer" : "collectd"), v[1], first, v[n], last, q, a, q, b, b - a, (a > 0 ? (b - a) / a * 100 : 0)
    }'
fi

# The goal: gatherer's anonymous memory at most collectd's, its RSS at most 1.5 times
# collectd's (both the window's max), its CPU at most collectd's.
awk -v ga="${max_anon[0]}" -v ca="${max_anon[1]}" -v gm="${max_rss[0]}" -v cm="${max_rss[1]}" \
    -v gc="${cpu_ns[0]}" -v cc="${cpu_ns[1]}" -v gp="${cpu_pct[0]}" -v cp="${cpu_pct[1]}" 'BEGIN {
    anon = ga <= ca; rss = gm <= 1.5 * cm; cpu = gc <= cc
    printf "verdict: goal \"anonymous memory <= collectd, RSS <= 1.5 x collectd, CPU <= collectd\" %s: " \
        "anonymous %d vs %d KiB (%s), RSS %d vs %d KiB, 1.5 x = %d (%s), CPU %s%% vs %s%% of a core (%s)\n",
        (anon && rss && cpu) ? "MET" : "MISSED", ga, ca, anon ? "ok" : "MORE", gm, cm, 1.5 * cm,
        rss ? "ok" : "MORE", gp, cp, cpu ? "ok" : "MORE"
    if (!(anon && rss && cpu))
        printf "missed:%s%s%s\n", anon ? "" : " anonymous memory", rss ? "" : " RSS", cpu ? "" : " CPU"
    exit !(anon && rss && cpu)
}' && met=0 || met=1
# The targets of issue 2 (default settings there; every INTERVAL s here), for reference.
awk -v r="${max_rss[0]}" -v c="${cpu_pct[0]}" 'BEGIN {
    printf "issue 2 targets, for reference: RSS %.1f MiB of 8 MiB, CPU %.4f%% of 0.1%%\n", r / 1024, c }'
exit "$met"
