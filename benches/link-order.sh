#!/usr/bin/env bash
# Remakes build/link-order.txt: the functions `gatherer run` executes, in the order the
# release build lays them out (build.rs passes the list to LLD). Run it after a change that
# adds or renames much of what a cycle runs, then commit the list; a stale list costs
# memory, never correctness (a function it does not name is placed with the rest).
#
# How: the release build as it is shipped (same profile: the symbol names carry a hash
# of it), with the linker's map; `gatherer run` with every default collector every 2 s
# under callgrind, which records every instruction executed: first the start and the
# first cycles, up to the give-back of the start's pages (src/service/memory.rs), then
# 160 s of everything after it (past the 150 s after which an idle lane or worker ends); then the same with every output on (Graphite
# and InfluxDB to benches/discard-sinks.py, the textfile, /metrics scraped). Each
# instruction's address, through the map, names its function. The list: the functions run
# from the give-back on first (what the daemon maps again after it: the give-back's own
# code, what its thread runs after the advice, the cycles, a line the second cycle logs),
# then those the outputs add, then those only the start ran. (The dump as the give-back
# begins needs its name: benches/add-symbol.py gives the profiled copy that one symbol.)
#
# Usage: benches/link-order.sh   (needs valgrind, binutils, python3 and curl; about seven minutes)
# LINK_ORDER_KEEP=1 keeps the work directory (build, map, callgrind dumps) and says where.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
for tool in valgrind callgrind_control objcopy readelf python3 curl; do
    command -v "$tool" >/dev/null || { echo "link-order: $tool missing (apt-get install valgrind binutils python3 curl)" >&2; exit 2; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/gatherer-link-order.XXXXXX")
pid='' sinks=''
cleanup() {
    [[ -n $pid ]] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    [[ -n $sinks ]] && kill "$sinks" 2>/dev/null
    [[ -n ${LINK_ORDER_KEEP:-} ]] && echo "link-order: kept $work" >&2 || rm -rf "$work"
}
trap cleanup EXIT

# Every numbered copy in .text, where valgrind sees it (build.rs, numbered_copies).
GATHERER_LINK_ORDER=profile GATHERER_LINK_MAP=$work/gatherer.map cargo build --release --quiet
cp target/release/gatherer "$work/gatherer"
python3 benches/add-symbol.py "$work/gatherer.map" "$work/gatherer" \
    '^\.text\..*7service6memory15give_back_start' gatherer_give_back_start
every=()
for c in diskstats vmware cpu memory network filesystems temperatures inventory; do every+=("--$c-interval" 2); done
# profile NAME [ARGS...]: `gatherer run ARGS` under callgrind, dumped as the give-back
# begins (NAME.1: the start and the first cycles), then 160 s later (NAME.2); /metrics,
# when ENDPOINT is set, scraped every 2 s meanwhile.
profile() {
    local name=$1 i
    shift
    mkdir "$work/$name"
    # The tunable set up front: the daemon does not start itself again (service/memory.rs),
    # which callgrind would not follow.
    GLIBC_TUNABLES=glibc.malloc.tcache_count=0:glibc.malloc.arena_max=1 GATHERER_ENV_FILE=/nonexistent valgrind --tool=callgrind --dump-instr=yes \
        --dump-before=gatherer_give_back_start --callgrind-out-file="$work/$name/cg" \
        "$work/gatherer" run --state-dir "$work/$name" --diskstats-state "$work/$name/diskstats.json" \
        "${every[@]}" "$@" >"$work/$name/log" 2>&1 &
    pid=$!
    for ((i = 0; i < 120; i += 2)); do
        [[ -s $work/$name/cg.1 ]] && break
        sleep 2
        [[ -z ${ENDPOINT:-} ]] || curl -s -o /dev/null "$ENDPOINT" || true
    done
    [[ -s $work/$name/cg.1 ]] || { echo "link-order: $name: no give-back within 120 s" >&2; exit 1; }
    for ((i = 0; i < 160; i += 2)); do sleep 2; [[ -z ${ENDPOINT:-} ]] || curl -s -o /dev/null "$ENDPOINT" || true; done
    callgrind_control -d "$pid" >/dev/null
    kill -TERM "$pid"
    wait "$pid" || true
    pid=''
    mv "$work/$name/cg.1" "$work/$name.1"
    mv "$work/$name/cg.2" "$work/$name.2"
}
profile plain
# Every output on, to peers that read and discard (benches/discard-sinks.py).
python3 benches/discard-sinks.py 0 0 >"$work/sinks.ports" 2>"$work/sinks.log" &
sinks=$!
for ((i = 0; i < 50; i++)); do [[ -s $work/sinks.ports ]] && break; sleep 0.1; done
read -r carbon influx <"$work/sinks.ports"
http=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
ENDPOINT=http://127.0.0.1:$http/metrics profile outputs --graphite "127.0.0.1:$carbon" \
    --influxdb "http://127.0.0.1:$influx/write?db=order" --spool-dir "$work/spool" \
    --prometheus-textfile "$work/gatherer.prom" --http-listen "127.0.0.1:$http"
kill "$sinks"
sinks=''

python3 - "$work" >build/link-order.txt <<'EOF'
import bisect, re, sys
work = sys.argv[1]
# The map's input sections: address, size, name (.text.SYMBOL with function sections).
starts, ends, names = [], [], []
for line in open(f'{work}/gatherer.map'):
    m = re.match(r'\s*([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)\s+\d+\s+\S.*:\((\.text\.\S+)\)$', line)
    if m and int(m.group(2), 16):
        starts.append(int(m.group(1), 16)); ends.append(starts[-1] + int(m.group(2), 16))
        names.append(re.sub(r'^\.text\.(unlikely\.|hot\.|startup\.|exit\.)?', '', m.group(3)))
order = sorted(range(len(starts)), key=starts.__getitem__)
starts = [starts[i] for i in order]; ends = [ends[i] for i in order]; names = [names[i] for i in order]

def executed(path):
    """Functions of the binary with an instruction executed in this callgrind dump
    (callgrind gives addresses as the binary's own, the load address taken off)."""
    found, objects, last, ours = [], {}, 0, False
    for line in open(path):
        m = re.match(r'(c?ob)=(?:\((\d+)\))?\s*(.*)', line.strip())
        if m:
            kind, key, name = m.groups()
            if name:
                objects[key] = name
            if kind == 'ob':
                ours = (name or objects.get(key, '')).endswith('/gatherer')
            continue
        c = line[0]
        if not (c.isdigit() or c in '+-*'):
            continue
        p = line.split()[0]  # positions: instr line
        a = (int(p, 0) if c.isdigit() else last + int(p[1:], 0) if c == '+'
             else last - int(p[1:], 0) if c == '-' else last)
        last = a
        if ours:
            i = bisect.bisect_right(starts, a) - 1
            if i >= 0 and a < ends[i]:
                found.append(i)
    return found

steady = executed(f'{work}/plain.2')
steady_outputs = executed(f'{work}/outputs.2')
start = executed(f'{work}/plain.1') + executed(f'{work}/outputs.1')
seen, out = set(), []
for i in steady + steady_outputs + start:
    if i not in seen:
        seen.add(i); out.append(names[i])
print('# Made by benches/link-order.sh: the functions `gatherer run` executes: those of the')
print('# steady cycles, then those the outputs add, then what only the start ran. Read by')
print('# build.rs (LLD --symbol-ordering-file).')
print('\n'.join(out))
size = lambda fs: sum(ends[i] - starts[i] for i in set(fs))
print(f'link-order: {len(out)} functions in build/link-order.txt; the steady cycles run {len(set(steady))} '
      f'({size(steady)} bytes), with every output on {len(set(steady + steady_outputs))} '
      f'({size(steady + steady_outputs)} bytes)', file=sys.stderr)
EOF
