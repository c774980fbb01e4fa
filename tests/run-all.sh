#!/usr/bin/env bash
# The whole test suite on a fresh Debian/Ubuntu machine: installs the real peers the tests
# talk to, then runs the formatting and lint gates and every test with peers required
# (a test whose peer is missing fails instead of skipping).
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests need, by the program that shows each is installed.
declare -A peers=(
    [iostat]=sysstat          # diskstats: live comparison with iostat -dx
    [setpriv]=util-linux      # atomic writer, whisper: run as an unprivileged user
    [python3]=python3         # whisper: graphite-web's os.walk as the independent count
    [curl]=curl               # http_endpoint: the real HTTP client against --http-listen
    [logrotate]=logrotate     # service: the shipped logrotate config, run for real
    [systemd-analyze]=systemd # service: verify and security-score the unit
    [dpkg-deb]=dpkg           # packaging: inspect the .deb
    [go]=golang-go            # vmware: builds the vSphere simulator below
    [munin-run]=munin-node    # checks: the munin plugin run by munin itself
    [mpstat]=sysstat          # node stats: mpstat, sar, sadc/sadf live comparisons
    [stress-ng]=stress-ng     # node stats: steady load for the live comparisons
    [prometheus-node-exporter]=prometheus-node-exporter # node stats, outputs: same fixture, same values
    [gcc]=gcc                 # filesystems: builds the hung FUSE filesystem (tests/slowfs)
    [pkg-config]=pkg-config   # ... and finds libfuse3
    [carbon-c-relay]=carbon-c-relay # outputs: a relay with a dead second destination
    [promtool]=prometheus     # outputs: promtool check metrics, a real Prometheus scraping
    [influxd]=influxdb        # outputs: InfluxDB 1.x
    [influx]=influxdb-client  # ... and its client counting points
    [curl]=curl               # outputs: the HTTP endpoint
    [chromium]=chromium       # http_page: the page drawn in a real headless browser
    [virsh]=libvirt-clients   # guests: libvirt's test driver (test:///default) through virsh
    [ip]=iproute2             # guests: a veth pair into a network namespace
    [ping]=iputils-ping       # ... and packets sent from inside it
)
missing=()
for prog in "${!peers[@]}"; do
    command -v "$prog" >/dev/null 2>&1 || missing+=("${peers[$prog]}")
done
# govmomi's simulator package (Debian ships the library, not the vcsim program).
govmomi=/usr/share/gocode/src/github.com/vmware/govmomi/simulator
[[ -d $govmomi ]] || missing+=(golang-github-vmware-govmomi-dev)
# faults: a user holding a read lock on the pidfile runs Debian's python3 (the pyenv one
# in /root is not readable by nobody).
[[ -x /usr/bin/python3 ]] || missing+=(python3)
# node stats: psutil as the peer on fixture trees (Debian's, for /usr/bin/python3); the
# processes collector: psutil on live processes.
/usr/bin/python3 -c 'import psutil' 2>/dev/null || missing+=(python3-psutil)
# filesystems: libfuse3 headers for the hung FUSE filesystem.
[[ -f /usr/include/fuse3/fuse_lowlevel.h ]] || missing+=(libfuse3-dev)
# checks: a real monitoring engine running the plugins, with its dummy host check.
[[ -x /usr/sbin/nagios4 ]] || missing+=(nagios4-core)
[[ -x /usr/lib/nagios/plugins/check_dummy ]] || missing+=(monitoring-plugins-basic)
# guests: Debian's libvirt daemon package beside the client, as on a hypervisor.
dpkg -s libvirt-daemon >/dev/null 2>&1 || missing+=(libvirt-daemon)
if ((${#missing[@]})); then
    sudo=; [[ $(id -u) -eq 0 ]] || sudo=sudo
    echo "installing real peers: ${missing[*]}"
    # Servers among them (node_exporter, Prometheus, InfluxDB) are started by each test
    # on a free loopback port; their packages must not start system-wide copies.
    policy=/usr/sbin/policy-rc.d made_policy=
    if [[ ! -e $policy ]]; then
        printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null && $sudo chmod 755 "$policy" && made_policy=1
        trap '$sudo rm -f "$policy"' EXIT
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    [[ -z $made_policy ]] || { $sudo rm -f "$policy"; trap - EXIT; }
fi

# A real carbon-cache (and whisper) for the Graphite end-to-end test, from PyPI.
venv=target/carbon-venv
if [[ ! -x $venv/bin/carbon-cache.py ]]; then
    echo "installing carbon-cache into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check carbon==1.1.10 whisper==1.1.10
fi
export GATHERER_CARBON_VENV="$PWD/$venv"

# Real Tahoe-LAFS nodes for the providers collector's tests, from PyPI.
tahoe=target/tahoe-venv
if [[ ! -x $tahoe/bin/tahoe ]]; then
    echo "installing tahoe-lafs into $tahoe"
    python3 -m venv "$tahoe"
    "$tahoe/bin/pip" install --quiet --disable-pip-version-check tahoe-lafs==1.20.0
fi
export GATHERER_TAHOE_VENV="$PWD/$tahoe"

# The vSphere simulator: a small main of ours around govmomi's simulator package.
vcsim=target/vcsim-helper
if [[ ! -x $vcsim || tests/vcsim/main.go -nt $vcsim ]]; then
    echo "building the vSphere simulator into $vcsim"
    mkdir -p target/gopath
    (cd tests/vcsim && GOPATH="$PWD/../../target/gopath:/usr/share/gocode" GO111MODULE=off \
        GOCACHE="$PWD/../../target/gocache" go build -o "../../$vcsim" .)
fi
export GATHERER_VCSIM="$PWD/$vcsim"

# cargo-deb, to build the Debian package the packaging test inspects.
if ! cargo deb --version >/dev/null 2>&1; then
    echo "installing cargo-deb"
    cargo install --quiet --locked cargo-deb
fi

export GATHERER_REQUIRE_PEERS="${GATHERER_REQUIRE_PEERS:-1}"
cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
# The minimal build (no vmware collector, no HTTPS stack) must stay buildable and clean.
cargo clippy --no-default-features --lib --bins --quiet -- -D warnings
# The suite must leave nothing behind in /tmp.
tmp_before=$(ls -A /tmp | sort)
cargo test
tmp_left=$(comm -13 <(echo "$tmp_before") <(ls -A /tmp | sort))
if [[ -n $tmp_left ]]; then
    echo "the test suite left these in /tmp:" >&2
    echo "$tmp_left" >&2
    exit 1
fi

echo "== systemd-analyze security --offline=true systemd/gatherer.service"
systemd-analyze security --offline=true --no-pager systemd/gatherer.service | tail -n 3
