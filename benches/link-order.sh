#!/usr/bin/env bash
# Remakes build/link-order.txt: the functions `gatherer run` executes, in the order the
# release build lays them out (build.rs passes the list to LLD). Run it after a change that
# adds or renames much of what a cycle runs, then commit the list; a stale list costs
# memory, never correctness (a function it does not name is placed with the rest).
#
# How: the release build as it is shipped (same profile: the symbol names carry a hash
# of it), with the linker's map; `gatherer run` with every default collector every 2 s
# under callgrind, which records every instruction executed: first the start and the
# first cycles, then 30 s of cycles alone. Each instruction's address, through the map,
# names its function. The list: the functions of the steady cycles first (they are what
# stays resident), then those only the start ran.
#
# Usage: benches/link-order.sh        (needs valgrind and python3; about two minutes)
# LINK_ORDER_KEEP=1 keeps the work directory (build, map, callgrind dumps) and says where.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."
for tool in valgrind callgrind_control python3; do
    command -v "$tool" >/dev/null || { echo "link-order: $tool missing (apt-get install valgrind python3)" >&2; exit 2; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/gatherer-link-order.XXXXXX")
pid=''
cleanup() {
    [[ -n $pid ]] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    [[ -n ${LINK_ORDER_KEEP:-} ]] && echo "link-order: kept $work" >&2 || rm -rf "$work"
}
trap cleanup EXIT

GATHERER_LINK_MAP=$work/gatherer.map cargo build --release --quiet
cp target/release/gatherer "$work/gatherer"
every=()
for c in diskstats cpu memory network filesystems temperatures inventory; do every+=("--$c-interval" 2); done
mkdir "$work/state"
GATHERER_ENV_FILE=/nonexistent valgrind --tool=callgrind --dump-instr=yes --callgrind-out-file="$work/cg.out" \
    "$work/gatherer" run --state-dir "$work/state" --diskstats-state "$work/state/diskstats.json" \
    "${every[@]}" >"$work/log" 2>&1 &
pid=$!
sleep 30
callgrind_control -d "$pid" >/dev/null # the start and the first cycles
sleep 30
callgrind_control -d "$pid" >/dev/null # steady cycles alone
kill -TERM "$pid"
wait "$pid" || true
pid=''

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

start = executed(f'{work}/cg.out.1')
steady = executed(f'{work}/cg.out.2')
seen, out = set(), []
for i in steady + start:
    if i not in seen:
        seen.add(i); out.append(names[i])
print('# Made by benches/link-order.sh: the functions `gatherer run` executes, steady cycles')
print('# first, then what only the start ran. Read by build.rs (LLD --symbol-ordering-file).')
print('\n'.join(out))
n = len(set(steady))
print(f'link-order: {len(out)} functions in build/link-order.txt, {n} of them run by the steady cycles, '
      f'{sum(ends[i] - starts[i] for i in set(steady))} bytes', file=sys.stderr)
EOF
