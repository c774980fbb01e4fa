# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_gatherer_global_optspecs
    string join \n env-file= h/help V/version
end

function __fish_gatherer_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_gatherer_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_gatherer_using_subcommand
    set -l cmd (__fish_gatherer_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c gatherer -n "__fish_gatherer_needs_command" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_needs_command" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_needs_command" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_needs_command" -f -a "run" -d 'Stay in the foreground; run every enabled collector on its interval until SIGTERM/SIGINT'
complete -c gatherer -n "__fish_gatherer_needs_command" -f -a "start" -d 'Detach and run as a daemon with a locked pidfile; exit 0 once it is up (or already running)'
complete -c gatherer -n "__fish_gatherer_needs_command" -f -a "stop" -d 'Stop the daemon (SIGTERM, then SIGKILL after --stop-timeout); exit 0 if it was not running, 4 if not allowed'
complete -c gatherer -n "__fish_gatherer_needs_command" -f -a "status" -d 'Say whether the daemon runs; LSB exit codes: 0 running, 1 dead with pidfile, 3 not running, 4 unknown'
complete -c gatherer -n "__fish_gatherer_needs_command" -f -a "reload" -d 'Send SIGHUP to the daemon: reopen its log, re-read its settings; exit 7 if it is not running, 4 if not allowed'
complete -c gatherer -n "__fish_gatherer_needs_command" -f -a "once" -d 'Run each enabled collector once, write its state file, print a summary; exit 1 if any failed'
complete -c gatherer -n "__fish_gatherer_needs_command" -f -a "show" -d 'Print what the state files hold and how old they are; exit 1 if any is missing or unreadable'
complete -c gatherer -n "__fish_gatherer_needs_command" -f -a "config" -d 'Print the effective value of every setting and where it came from (flag, environment, env file, default)'
complete -c gatherer -n "__fish_gatherer_needs_command" -f -a "check" -d 'Nagios/Shinken plugin on a state file (exit 0/1/2/3); one subcommand per check'
complete -c gatherer -n "__fish_gatherer_needs_command" -f -a "munin" -d 'munin plugin on a state file; link it under the name of its graph'
complete -c gatherer -n "__fish_gatherer_needs_command" -f -a "report" -d 'Send the scripts\' last outputs and this node\'s UUID to --report-url (nothing without one, or when opted out); exit 0 sent or nothing to do, 1 failed'
complete -c gatherer -n "__fish_gatherer_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand run" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand start" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand stop" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand status" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand reload" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand once" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -l json -d 'One JSON object: each collector\'s state file, as read'
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand show" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand config" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -f -a "disk-util" -d 'Disk %util of every physical disk (or those named with --disk) [installed as check_gatherer_disk_util]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -f -a "whisper" -d 'Hosts and metrics of the Graphite whisper tree [installed as check_gatherer_whisper]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -f -a "vmware-ready" -d 'VMware CPU ready % per vCPU (OK on a host that is not a VMware VM) [installed as check_gatherer_vmware_ready]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -f -a "cpu" -d 'CPU busy % over the last interval (iowait counted as idle) [installed as check_gatherer_cpu]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -f -a "memory" -d 'Memory used % (MemTotal - MemAvailable, as free(1)) [installed as check_gatherer_memory]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -f -a "network" -d 'Network errors and drops per second over all interfaces but the loopback, with throughput [installed as check_gatherer_network]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -f -a "tcp-listen" -d 'TCP listen drops per second (TcpExt ListenDrops: accept queue overflows and other drops at a listener) [installed as check_gatherer_tcp_listen]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -f -a "pressure" -d 'Pressure stall information: the highest \'some\' avg60 of cpu, io and memory (and irq) [installed as check_gatherer_pressure]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -f -a "filefd" -d 'File handles allocated, in percent of fs.file-max (/proc/sys/fs/file-nr) [installed as check_gatherer_filefd]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -f -a "conntrack" -d 'Connection-tracking table entries, in percent of nf_conntrack_max [installed as check_gatherer_conntrack]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -f -a "pids" -d 'Threads in percent of the nearer of kernel.pid_max and kernel.threads-max [installed as check_gatherer_pids]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -f -a "clock" -d 'Clock synchronisation: not synchronised is CRITICAL; ranges on the maximum error in seconds [installed as check_gatherer_clock]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -f -a "filesystem" -d 'Filesystem used % and inodes used % (as df), and stuck (hung) mounts [installed as check_gatherer_filesystem]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -f -a "temperature" -d 'Temperatures against each sensor\'s own max and crit (or -w/-c in °C) [installed as check_gatherer_temperature]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -f -a "inventory" -d 'CPUs online and memory size against what the machine should have [installed as check_gatherer_inventory]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -f -a "scripts" -d 'Scripts of the scripts collector that failed (error, killed, non-zero exit) or are late [installed as check_gatherer_scripts]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -f -a "providers" -d 'Stats providers down (latest fetch failed) or stale (last good fetch older than --max-age), by name [installed as check_gatherer_providers]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -f -a "guests" -d 'Each guest\'s CPU % of one host CPU; CRITICAL for domains libvirt did not answer for, WARNING for guests gone [installed as check_gatherer_guests]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -f -a "processes" -d 'Per user: process count (-w/-c), CPU % and resident memory (--cpu-*, --rss-*) [installed as check_gatherer_processes]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and not __fish_seen_subcommand_from disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l max-age -d 'Data older than this many seconds is stale [default: 3 intervals of the collector]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l stale-state -d 'State for stale data' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l error-state -d 'State when the collector reports an error' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -s t -l timeout -d 'Give up (UNKNOWN) after this many seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l disk -d 'Only these disks (repeatable)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -s w -l warning -d 'Warning range on each disk\'s %util [default: 80]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -s c -l critical -d 'Critical range on each disk\'s %util [default: 95]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from disk-util" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l max-age -d 'Data older than this many seconds is stale [default: 3 intervals of the collector]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l stale-state -d 'State for stale data' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l error-state -d 'State when the collector reports an error' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -s t -l timeout -d 'Give up (UNKNOWN) after this many seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l hosts-warning -d 'Warning range on the number of hosts' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l hosts-critical -d 'Critical range on the number of hosts' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l min-metrics -d 'CRITICAL below this many metrics (the usual alarm: metrics dropped)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -s w -l warning -d 'Warning range on the number of metrics [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -s c -l critical -d 'Critical range on the number of metrics [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from whisper" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l max-age -d 'Data older than this many seconds is stale [default: 3 intervals of the collector]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l stale-state -d 'State for stale data' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l error-state -d 'State when the collector reports an error' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -s t -l timeout -d 'Give up (UNKNOWN) after this many seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -s w -l warning -d 'Warning range on CPU ready % per vCPU [default: 5]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -s c -l critical -d 'Critical range on CPU ready % per vCPU [default: 10]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from vmware-ready" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l max-age -d 'Data older than this many seconds is stale [default: 3 intervals of the collector]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l stale-state -d 'State for stale data' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l error-state -d 'State when the collector reports an error' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -s t -l timeout -d 'Give up (UNKNOWN) after this many seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -s w -l warning -d 'Warning range on busy % [default: 80]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -s c -l critical -d 'Critical range on busy % [default: 95]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from cpu" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l max-age -d 'Data older than this many seconds is stale [default: 3 intervals of the collector]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l stale-state -d 'State for stale data' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l error-state -d 'State when the collector reports an error' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -s t -l timeout -d 'Give up (UNKNOWN) after this many seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -s w -l warning -d 'Warning range on memory used % [default: 80]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -s c -l critical -d 'Critical range on memory used % [default: 90]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from memory" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l max-age -d 'Data older than this many seconds is stale [default: 3 intervals of the collector]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l stale-state -d 'State for stale data' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l error-state -d 'State when the collector reports an error' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -s t -l timeout -d 'Give up (UNKNOWN) after this many seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -s w -l warning -d 'Warning range on errors + drops per second (in and out) [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -s c -l critical -d 'Critical range on errors + drops per second (in and out) [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from network" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l max-age -d 'Data older than this many seconds is stale [default: 3 intervals of the collector]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l stale-state -d 'State for stale data' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l error-state -d 'State when the collector reports an error' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -s t -l timeout -d 'Give up (UNKNOWN) after this many seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -s w -l warning -d 'Warning range on listen drops per second [default: 0, any drop]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -s c -l critical -d 'Critical range on listen drops per second [default: 1]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from tcp-listen" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l max-age -d 'Data older than this many seconds is stale [default: 3 intervals of the collector]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l stale-state -d 'State for stale data' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l error-state -d 'State when the collector reports an error' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -s t -l timeout -d 'Give up (UNKNOWN) after this many seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -s w -l warning -d 'Warning range on the highest \'some avg60\' % [default: 50]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -s c -l critical -d 'Critical range on the highest \'some avg60\' % [default: 90]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pressure" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l max-age -d 'Data older than this many seconds is stale [default: 3 intervals of the collector]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l stale-state -d 'State for stale data' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l error-state -d 'State when the collector reports an error' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -s t -l timeout -d 'Give up (UNKNOWN) after this many seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -s w -l warning -d 'Warning range on file handles used % [default: 80]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -s c -l critical -d 'Critical range on file handles used % [default: 90]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filefd" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l max-age -d 'Data older than this many seconds is stale [default: 3 intervals of the collector]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l stale-state -d 'State for stale data' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l error-state -d 'State when the collector reports an error' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -s t -l timeout -d 'Give up (UNKNOWN) after this many seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -s w -l warning -d 'Warning range on conntrack table used % [default: 80]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -s c -l critical -d 'Critical range on conntrack table used % [default: 90]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from conntrack" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l max-age -d 'Data older than this many seconds is stale [default: 3 intervals of the collector]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l stale-state -d 'State for stale data' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l error-state -d 'State when the collector reports an error' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -s t -l timeout -d 'Give up (UNKNOWN) after this many seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -s w -l warning -d 'Warning range on PIDs used % [default: 80]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -s c -l critical -d 'Critical range on PIDs used % [default: 90]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from pids" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l max-age -d 'Data older than this many seconds is stale [default: 3 intervals of the collector]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l stale-state -d 'State for stale data' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l error-state -d 'State when the collector reports an error' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -s t -l timeout -d 'Give up (UNKNOWN) after this many seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -s w -l warning -d 'Warning range on the maximum error, seconds [default: 0.1]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -s c -l critical -d 'Critical range on the maximum error, seconds [default: 1]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from clock" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l max-age -d 'Data older than this many seconds is stale [default: 3 intervals of the collector]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l stale-state -d 'State for stale data' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l error-state -d 'State when the collector reports an error' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -s t -l timeout -d 'Give up (UNKNOWN) after this many seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l mount -d 'Only these mount points (repeatable) [default: every one in the state file]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l inodes-warning -d 'Warning range on inodes used % [default: 80]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l inodes-critical -d 'Critical range on inodes used % [default: 90]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l stuck-state -d 'State when a mount is stuck (its statvfs hangs)' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -s w -l warning -d 'Warning range on each filesystem\'s used % [default: 80]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -s c -l critical -d 'Critical range on each filesystem\'s used % [default: 90]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from filesystem" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l max-age -d 'Data older than this many seconds is stale [default: 3 intervals of the collector]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l stale-state -d 'State for stale data' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l error-state -d 'State when the collector reports an error' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -s t -l timeout -d 'Give up (UNKNOWN) after this many seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l sensor -d 'Only these sensors (repeatable): a name as in the state file (platform_coretemp_0/temp2), a chip, or a label ("Core 0") [default: every sensor]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -s w -l warning -d 'Warning range in °C for every sensor [default: each sensor\'s own max]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -s c -l critical -d 'Critical range in °C for every sensor [default: each sensor\'s own crit]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from temperature" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l max-age -d 'Data older than this many seconds is stale [default: 3 intervals of the collector]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l stale-state -d 'State for stale data' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l error-state -d 'State when the collector reports an error' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -s t -l timeout -d 'Give up (UNKNOWN) after this many seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l memory-warning -d 'Warning range on the memory size in MiB (MemTotal), e.g. 64000: for a lost DIMM [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l memory-critical -d 'Critical range on the memory size in MiB [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -s w -l warning -d 'Warning range on CPUs online, e.g. 16: [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -s c -l critical -d 'Critical range on CPUs online [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from inventory" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l max-age -d 'Data older than this many seconds is stale [default: 3 intervals of the collector]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l stale-state -d 'State for stale data' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l error-state -d 'State when the collector reports an error' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -s t -l timeout -d 'Give up (UNKNOWN) after this many seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -s w -l warning -d 'Warning range on the number of failing or late scripts [default: 0]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -s c -l critical -d 'Critical range on the number of failing or late scripts [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from scripts" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l max-age -d 'Data older than this many seconds is stale [default: 3 intervals of the collector]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l stale-state -d 'State for stale data' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l error-state -d 'State when the collector reports an error' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -s t -l timeout -d 'Give up (UNKNOWN) after this many seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -s w -l warning -d 'Warning range on the number of providers down or stale [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -s c -l critical -d 'Critical range on the number of providers down or stale [default: 0, any]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from providers" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l max-age -d 'Data older than this many seconds is stale [default: 3 intervals of the collector]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l stale-state -d 'State for stale data' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l error-state -d 'State when the collector reports an error' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -s t -l timeout -d 'Give up (UNKNOWN) after this many seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -s w -l warning -d 'Warning range on each guest\'s CPU % of one host CPU [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -s c -l critical -d 'Critical range on each guest\'s CPU % of one host CPU [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from guests" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l max-age -d 'Data older than this many seconds is stale [default: 3 intervals of the collector]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l stale-state -d 'State for stale data' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l error-state -d 'State when the collector reports an error' -r -f -a "ok\t''
warning\t''
critical\t''
unknown\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -s t -l timeout -d 'Give up (UNKNOWN) after this many seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l owner -d 'Only these users (repeatable; shell patterns); a plain name that has no process counts 0 [default: every user in the state file]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l cpu-warning -d 'Warning range on each user\'s CPU % (of one CPU) [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l cpu-critical -d 'Critical range on each user\'s CPU % [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l rss-warning -d 'Warning range on each user\'s resident memory, in MiB [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l rss-critical -d 'Critical range on each user\'s resident memory, in MiB [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -s w -l warning -d 'Warning range on each user\'s process count [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -s c -l critical -d 'Critical range on each user\'s process count [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from processes" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "disk-util" -d 'Disk %util of every physical disk (or those named with --disk) [installed as check_gatherer_disk_util]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "whisper" -d 'Hosts and metrics of the Graphite whisper tree [installed as check_gatherer_whisper]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "vmware-ready" -d 'VMware CPU ready % per vCPU (OK on a host that is not a VMware VM) [installed as check_gatherer_vmware_ready]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "cpu" -d 'CPU busy % over the last interval (iowait counted as idle) [installed as check_gatherer_cpu]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "memory" -d 'Memory used % (MemTotal - MemAvailable, as free(1)) [installed as check_gatherer_memory]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "network" -d 'Network errors and drops per second over all interfaces but the loopback, with throughput [installed as check_gatherer_network]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "tcp-listen" -d 'TCP listen drops per second (TcpExt ListenDrops: accept queue overflows and other drops at a listener) [installed as check_gatherer_tcp_listen]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "pressure" -d 'Pressure stall information: the highest \'some\' avg60 of cpu, io and memory (and irq) [installed as check_gatherer_pressure]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "filefd" -d 'File handles allocated, in percent of fs.file-max (/proc/sys/fs/file-nr) [installed as check_gatherer_filefd]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "conntrack" -d 'Connection-tracking table entries, in percent of nf_conntrack_max [installed as check_gatherer_conntrack]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "pids" -d 'Threads in percent of the nearer of kernel.pid_max and kernel.threads-max [installed as check_gatherer_pids]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "clock" -d 'Clock synchronisation: not synchronised is CRITICAL; ranges on the maximum error in seconds [installed as check_gatherer_clock]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "filesystem" -d 'Filesystem used % and inodes used % (as df), and stuck (hung) mounts [installed as check_gatherer_filesystem]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "temperature" -d 'Temperatures against each sensor\'s own max and crit (or -w/-c in °C) [installed as check_gatherer_temperature]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "inventory" -d 'CPUs online and memory size against what the machine should have [installed as check_gatherer_inventory]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "scripts" -d 'Scripts of the scripts collector that failed (error, killed, non-zero exit) or are late [installed as check_gatherer_scripts]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "providers" -d 'Stats providers down (latest fetch failed) or stale (last good fetch older than --max-age), by name [installed as check_gatherer_providers]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "guests" -d 'Each guest\'s CPU % of one host CPU; CRITICAL for domains libvirt did not answer for, WARNING for guests gone [installed as check_gatherer_guests]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "processes" -d 'Per user: process count (-w/-c), CPU % and resident memory (--cpu-*, --rss-*) [installed as check_gatherer_processes]'
complete -c gatherer -n "__fish_gatherer_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l graph -d 'The graph, when not given by the name the plugin is linked as' -r -f -a "gatherer_diskutil\t''
gatherer_whisper\t''
gatherer_vmware_ready\t''
gatherer_cpu\t''
gatherer_memory\t''
gatherer_network\t''
gatherer_vmstat_faults\t''
gatherer_vmstat_swap\t''
gatherer_tcp\t''
gatherer_sockets\t''
gatherer_pressure\t''
gatherer_kernel_tables\t''
gatherer_clock\t''
gatherer_filesystems\t''
gatherer_temperatures\t''
gatherer_inventory\t''
tahoe_runtime_load_avg\t''
tahoe_runtime_load_peak\t''
tahoe_storage_allocated\t''
tahoe_storage_used\t''
tahoe_storage_free\t''
tahoe_storage_bytes_added\t''
tahoe_storage_operations_allocate\t''
tahoe_storage_operations_get\t''
tahoe_storage_operations_writev\t''
tahoe_storage_operations_readv\t''
tahoe_helper_incoming_files\t''
tahoe_helper_incoming_filesize\t''
tahoe_helper_incoming_files_old\t''
tahoe_helper_encoding_files\t''
tahoe_helper_encoding_filesize\t''
tahoe_helper_encoding_files_old\t''
tahoe_helper_active_uploads\t''
tahoe_helper_upload_requests\t''
tahoe_helper_upload_already_present\t''
tahoe_helper_upload_need_upload\t''
tahoe_helper_encoded_bytes\t''
tahoe_helper_fetched_bytes\t''
tahoe_uploader_bytes_uploaded\t''
tahoe_uploader_files_uploaded\t''
tahoe_mutable_files_published\t''
tahoe_mutable_files_retrieved\t''
tahoe_server_latency_\t''
gatherer_providers_\t''
gatherer_guests\t''
gatherer_processes_cpu\t''"
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand munin" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l state-dir -d 'Directory of the state files of the node collectors (cpu, memory, network, pressure, kernel, timex, vmstat, netstat, ...) and scripts (DIR/NAME.json)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l report-url -d 'Where `gatherer report` POSTs the scripts\' outputs and this node\'s UUID (https://...) [default: none: nothing is ever sent]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l report-timeout -d 'Seconds a submission may take: the connection, sending and the answer' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l report-allow-http -d 'Allow an http:// report URL, which sends the report in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l report-uuid-file -d 'File keeping this node\'s UUID, made at the first submission' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l report-disable-file -d 'While this file exists nothing is submitted (`gatherer report --disable` makes it)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l log-file -d 'Log file [default: /var/log/gatherer/gatherer.log for `start` and under systemd; else standard error]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l debug -d 'Log at DEBUG instead of INFO (1/0, true/false, yes/no, on/off)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l user -d 'User to run as once the pidfile and log file are open (requires starting as root)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l group -d 'Group to run as [default: the user\'s primary group]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l collectors -d 'Collectors to run, comma-separated [default: every collector enabled by default]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l proc-root -d 'Where procfs is mounted (tests point this at a fixture tree)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l sys-root -d 'Where sysfs is mounted' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l diskstats-interval -d 'Length of one disk %util window, in seconds' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l diskstats-state -d 'State file of the diskstats collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l whisper-state -d 'State file of the whisper collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l whisper-interval -d 'Seconds between whisper counts (incremental between full scans)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l whisper-root -d 'Root of the Graphite whisper tree to count' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l whisper-full-every -d 'Seconds between full rescans of the whisper tree, bounding any drift' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l whisper-threads -d 'Threads reading directories in a full whisper scan (several reads in flight help a cold cache)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l whisper-inotify -d 'Follow whisper changes with inotify between full scans, while the watch budget allows' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l vmware-state -d 'State file of the vmware collector' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l vmware-interval -d 'Seconds between VMware CPU ready polls' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l vsphere-url -d 'vCenter or ESXi SDK URL, e.g. https://vcenter.example.com/sdk [default: none: use guest steal time]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l vsphere-user -d 'vSphere user (read-only is enough)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l vsphere-password-file -d 'File holding the vSphere password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l vsphere-ca-file -d 'PEM file of the CA(s) that signed the vSphere server\'s certificate (added to the system\'s)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l vsphere-insecure -d 'Do not check the vSphere server\'s certificate (logged as a warning)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l vsphere-allow-http -d 'Allow an http:// vSphere URL, which sends the password in clear text (refused otherwise)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l vsphere-timeout -d 'Seconds one vSphere request may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l vsphere-vm -d 'This VM in vSphere, when its BIOS UUID cannot be read: a moref (vm-42), an inventory path or a name' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l cpu-interval -d 'Seconds between CPU samples (percentages cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l memory-interval -d 'Seconds between memory samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l network-interval -d 'Seconds between network samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l vmstat-interval -d 'Seconds between /proc/vmstat samples (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l netstat-interval -d 'Seconds between samples of /proc/net/{netstat,snmp,snmp6} (rates cover this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l sockstat-interval -d 'Seconds between samples of /proc/net/sockstat and sockstat6' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l softnet-interval -d 'Seconds between samples of /proc/net/softnet_stat' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l netqueues-interval -d 'Seconds between samples of /proc/net/udp, udp6 and arp' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l pressure-interval -d 'Seconds between pressure samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l kernel-interval -d 'Seconds between samples of the file handle, entropy and conntrack tables' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l proctable-interval -d 'Seconds between walks of the process table (process and thread counts by state)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l timex-interval -d 'Seconds between samples of the clock\'s synchronisation' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l filesystems-interval -d 'Seconds between filesystem samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l filesystems-skip-types -d 'Filesystem types left out, comma-separated [default: the kernel\'s pseudo filesystems: proc, sysfs, cgroup2, overlay, ...]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l filesystems-skip-mounts -d 'Mount points left out with everything below them, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l filesystems-only-mounts -d 'Only these mount points (and what is below them), comma-separated [default: every mount not left out]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l filesystems-timeout -d 'Seconds a statvfs may take before its mount is reported as stuck (NFS, FUSE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l temperatures-interval -d 'Seconds between temperature samples' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l inventory-rewrite -d 'Seconds after which an unchanged inventory is written again (a change is written at the next look)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l inventory-interval -d 'Seconds between looks for a change' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l scripts-interval -d 'Seconds between runs of a script that does not say its own (`# gatherer-interval: SECONDS`)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l scripts-dir -d 'Directory of the scripts to run (the collector runs by default only where it exists)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l scripts-timeout -d 'Seconds a script may run before it is killed with everything it started' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l scripts-max-output -d 'Bytes of a script\'s stdout kept; the rest is read and thrown away' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l providers-interval -d 'Seconds between polls of the stats providers' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l providers -d 'Stats providers to poll, comma-separated: NAME=URL [format=auto|tahoe|json] [counter=GLOB] [gauge=GLOB], e.g. node1=http://127.0.0.1:3456/statistics?t=json [default: none]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l providers-file -d 'File of stats providers, one NAME=URL [OPTION...] a line (\'#\' starts a comment line)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l providers-timeout -d 'Seconds one provider\'s fetch may take, answer included' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l guests-interval -d 'Seconds between guest samples (CPU % covers this window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l guests-libvirt-uri -d 'libvirt connection URI whose domains are guests ("" to ask no libvirt; the default is skipped where libvirt has no socket)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l guests-cgroup-roots -d 'Cgroup paths from the hierarchy\'s root whose children are guests, comma-separated' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l guests-virsh -d 'The virsh program that asks libvirt' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l guests-timeout -d 'Seconds libvirt has to answer before virsh is killed and its domains reported as stuck (at most the interval)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l processes-interval -d 'Seconds between process snapshots (CPU % covers this whole window)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l processes -d 'Run the processes collector (off by default; naming it in --collectors runs it too)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l processes-users -d 'Only the processes of these users: comma-separated shell patterns (`slapuser*,www-data`) [default: every user]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l processes-commands -d 'Only the processes whose command name (the kernel\'s comm, at most 15 characters) matches one of these comma-separated shell patterns [default: every command]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l processes-names -d 'Put each process\'s command name in the state file (left out by default, for anonymity)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l processes-io -d 'Read each process\'s I/O counters (/proc/PID/io; another user\'s need CAP_SYS_PTRACE)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l processes-per-process -d 'Also give the outputs one series per process (Prometheus, Graphite, InfluxDB): one set per pid, so many series' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l spool-dir -d 'Where points wait until Graphite or InfluxDB has them (a directory per destination)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l spool-max-bytes -d 'Size limit of the spool, all destinations together; when full the oldest points are dropped, and counted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l http-listen -d 'Serve / (health), /metrics and /state/<collector> over HTTP on ADDR: PORT (127.0.0.1), or HOST:PORT [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l http-secret-file -d 'Serve the page and the history files under /SECRET/, SECRET being this file\'s first line: at least 16 of A-Z a-z 0-9 _ - (openssl rand -hex 16); a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only [default: no page]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l graphite -d 'Send every measurement to carbon (plaintext protocol over TCP): HOST:PORT, several comma-separated [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l graphite-prefix -d 'Prefix of every Graphite path [default: servers.<short host name>]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l graphite-resend -d 'After a lost carbon connection, send again what was sent this many seconds before it (carbon may not have written it yet)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l influxdb -d 'Send every measurement to InfluxDB 1.x: http[s]://HOST:PORT/write?db=NAME [default: off]' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l influxdb-user -d 'InfluxDB user name (with --influxdb-password-file)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l influxdb-password-file -d 'File holding the InfluxDB password on its first line: a regular file (no symlink, one name) of root or the daemon\'s user, readable by its owner only' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l prometheus-textfile -d 'Write the Prometheus exposition here after every cycle, for node_exporter\'s textfile collector (a .prom file) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l prometheus-textfile-node -d 'Put node_exporter\'s own families (node_*) in the textfile too: only when node_exporter\'s collectors for them are off' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l history-dir -d 'Keep every sample in a CSV file per day and collector under DIR, finished days compressed (the package suggests /var/lib/gatherer/history) [default: off]' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l history-days -d 'Delete days older than this many days' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l history-max-bytes -d 'Size limit of the history; beyond it the oldest days are deleted (K, M, G suffixes)' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l stop-timeout -d 'Seconds `stop` waits after SIGTERM before it sends SIGKILL' -r
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l pidfile -d 'Pidfile of `start`, `stop`, `status` and `reload` (held locked while the daemon runs)' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l env-file -d 'Env file with KEY=VALUE lines (GATHERER_* names) filling unset settings; a missing file is fine' -r -F
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l view -d 'Print what would be sent (the UUID, the listing, each file), and send nothing'
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l disable -d 'Opt this node out: make the opt-out file (--report-disable-file)'
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l enable -d 'Opt this node back in: remove the opt-out file'
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -l status -d 'Say whether reports are sent, where to, and how the last attempt went'
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -s h -l help -d 'Print help'
complete -c gatherer -n "__fish_gatherer_using_subcommand report" -s V -l version -d 'Print version'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and not __fish_seen_subcommand_from run start stop status reload once show config check munin report help" -f -a "run" -d 'Stay in the foreground; run every enabled collector on its interval until SIGTERM/SIGINT'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and not __fish_seen_subcommand_from run start stop status reload once show config check munin report help" -f -a "start" -d 'Detach and run as a daemon with a locked pidfile; exit 0 once it is up (or already running)'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and not __fish_seen_subcommand_from run start stop status reload once show config check munin report help" -f -a "stop" -d 'Stop the daemon (SIGTERM, then SIGKILL after --stop-timeout); exit 0 if it was not running, 4 if not allowed'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and not __fish_seen_subcommand_from run start stop status reload once show config check munin report help" -f -a "status" -d 'Say whether the daemon runs; LSB exit codes: 0 running, 1 dead with pidfile, 3 not running, 4 unknown'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and not __fish_seen_subcommand_from run start stop status reload once show config check munin report help" -f -a "reload" -d 'Send SIGHUP to the daemon: reopen its log, re-read its settings; exit 7 if it is not running, 4 if not allowed'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and not __fish_seen_subcommand_from run start stop status reload once show config check munin report help" -f -a "once" -d 'Run each enabled collector once, write its state file, print a summary; exit 1 if any failed'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and not __fish_seen_subcommand_from run start stop status reload once show config check munin report help" -f -a "show" -d 'Print what the state files hold and how old they are; exit 1 if any is missing or unreadable'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and not __fish_seen_subcommand_from run start stop status reload once show config check munin report help" -f -a "config" -d 'Print the effective value of every setting and where it came from (flag, environment, env file, default)'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and not __fish_seen_subcommand_from run start stop status reload once show config check munin report help" -f -a "check" -d 'Nagios/Shinken plugin on a state file (exit 0/1/2/3); one subcommand per check'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and not __fish_seen_subcommand_from run start stop status reload once show config check munin report help" -f -a "munin" -d 'munin plugin on a state file; link it under the name of its graph'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and not __fish_seen_subcommand_from run start stop status reload once show config check munin report help" -f -a "report" -d 'Send the scripts\' last outputs and this node\'s UUID to --report-url (nothing without one, or when opted out); exit 0 sent or nothing to do, 1 failed'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and not __fish_seen_subcommand_from run start stop status reload once show config check munin report help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "disk-util" -d 'Disk %util of every physical disk (or those named with --disk) [installed as check_gatherer_disk_util]'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "whisper" -d 'Hosts and metrics of the Graphite whisper tree [installed as check_gatherer_whisper]'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "vmware-ready" -d 'VMware CPU ready % per vCPU (OK on a host that is not a VMware VM) [installed as check_gatherer_vmware_ready]'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "cpu" -d 'CPU busy % over the last interval (iowait counted as idle) [installed as check_gatherer_cpu]'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "memory" -d 'Memory used % (MemTotal - MemAvailable, as free(1)) [installed as check_gatherer_memory]'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "network" -d 'Network errors and drops per second over all interfaces but the loopback, with throughput [installed as check_gatherer_network]'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "tcp-listen" -d 'TCP listen drops per second (TcpExt ListenDrops: accept queue overflows and other drops at a listener) [installed as check_gatherer_tcp_listen]'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "pressure" -d 'Pressure stall information: the highest \'some\' avg60 of cpu, io and memory (and irq) [installed as check_gatherer_pressure]'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "filefd" -d 'File handles allocated, in percent of fs.file-max (/proc/sys/fs/file-nr) [installed as check_gatherer_filefd]'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "conntrack" -d 'Connection-tracking table entries, in percent of nf_conntrack_max [installed as check_gatherer_conntrack]'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "pids" -d 'Threads in percent of the nearer of kernel.pid_max and kernel.threads-max [installed as check_gatherer_pids]'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "clock" -d 'Clock synchronisation: not synchronised is CRITICAL; ranges on the maximum error in seconds [installed as check_gatherer_clock]'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "filesystem" -d 'Filesystem used % and inodes used % (as df), and stuck (hung) mounts [installed as check_gatherer_filesystem]'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "temperature" -d 'Temperatures against each sensor\'s own max and crit (or -w/-c in °C) [installed as check_gatherer_temperature]'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "inventory" -d 'CPUs online and memory size against what the machine should have [installed as check_gatherer_inventory]'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "scripts" -d 'Scripts of the scripts collector that failed (error, killed, non-zero exit) or are late [installed as check_gatherer_scripts]'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "providers" -d 'Stats providers down (latest fetch failed) or stale (last good fetch older than --max-age), by name [installed as check_gatherer_providers]'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "guests" -d 'Each guest\'s CPU % of one host CPU; CRITICAL for domains libvirt did not answer for, WARNING for guests gone [installed as check_gatherer_guests]'
complete -c gatherer -n "__fish_gatherer_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "processes" -d 'Per user: process count (-w/-c), CPU % and resident memory (--cpu-*, --rss-*) [installed as check_gatherer_processes]'
