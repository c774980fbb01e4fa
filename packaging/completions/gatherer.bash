_gatherer() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="gatherer"
                ;;
            gatherer,check)
                cmd="gatherer__subcmd__check"
                ;;
            gatherer,config)
                cmd="gatherer__subcmd__config"
                ;;
            gatherer,help)
                cmd="gatherer__subcmd__help"
                ;;
            gatherer,munin)
                cmd="gatherer__subcmd__munin"
                ;;
            gatherer,once)
                cmd="gatherer__subcmd__once"
                ;;
            gatherer,reload)
                cmd="gatherer__subcmd__reload"
                ;;
            gatherer,report)
                cmd="gatherer__subcmd__report"
                ;;
            gatherer,run)
                cmd="gatherer__subcmd__run"
                ;;
            gatherer,show)
                cmd="gatherer__subcmd__show"
                ;;
            gatherer,start)
                cmd="gatherer__subcmd__start"
                ;;
            gatherer,status)
                cmd="gatherer__subcmd__status"
                ;;
            gatherer,stop)
                cmd="gatherer__subcmd__stop"
                ;;
            gatherer__subcmd__check,clock)
                cmd="gatherer__subcmd__check__subcmd__clock"
                ;;
            gatherer__subcmd__check,conntrack)
                cmd="gatherer__subcmd__check__subcmd__conntrack"
                ;;
            gatherer__subcmd__check,cpu)
                cmd="gatherer__subcmd__check__subcmd__cpu"
                ;;
            gatherer__subcmd__check,disk-util)
                cmd="gatherer__subcmd__check__subcmd__disk__subcmd__util"
                ;;
            gatherer__subcmd__check,filefd)
                cmd="gatherer__subcmd__check__subcmd__filefd"
                ;;
            gatherer__subcmd__check,filesystem)
                cmd="gatherer__subcmd__check__subcmd__filesystem"
                ;;
            gatherer__subcmd__check,guests)
                cmd="gatherer__subcmd__check__subcmd__guests"
                ;;
            gatherer__subcmd__check,help)
                cmd="gatherer__subcmd__check__subcmd__help"
                ;;
            gatherer__subcmd__check,inventory)
                cmd="gatherer__subcmd__check__subcmd__inventory"
                ;;
            gatherer__subcmd__check,memory)
                cmd="gatherer__subcmd__check__subcmd__memory"
                ;;
            gatherer__subcmd__check,network)
                cmd="gatherer__subcmd__check__subcmd__network"
                ;;
            gatherer__subcmd__check,pids)
                cmd="gatherer__subcmd__check__subcmd__pids"
                ;;
            gatherer__subcmd__check,pressure)
                cmd="gatherer__subcmd__check__subcmd__pressure"
                ;;
            gatherer__subcmd__check,processes)
                cmd="gatherer__subcmd__check__subcmd__processes"
                ;;
            gatherer__subcmd__check,providers)
                cmd="gatherer__subcmd__check__subcmd__providers"
                ;;
            gatherer__subcmd__check,scripts)
                cmd="gatherer__subcmd__check__subcmd__scripts"
                ;;
            gatherer__subcmd__check,tcp-listen)
                cmd="gatherer__subcmd__check__subcmd__tcp__subcmd__listen"
                ;;
            gatherer__subcmd__check,temperature)
                cmd="gatherer__subcmd__check__subcmd__temperature"
                ;;
            gatherer__subcmd__check,vmware-ready)
                cmd="gatherer__subcmd__check__subcmd__vmware__subcmd__ready"
                ;;
            gatherer__subcmd__check,whisper)
                cmd="gatherer__subcmd__check__subcmd__whisper"
                ;;
            gatherer__subcmd__check__subcmd__help,clock)
                cmd="gatherer__subcmd__check__subcmd__help__subcmd__clock"
                ;;
            gatherer__subcmd__check__subcmd__help,conntrack)
                cmd="gatherer__subcmd__check__subcmd__help__subcmd__conntrack"
                ;;
            gatherer__subcmd__check__subcmd__help,cpu)
                cmd="gatherer__subcmd__check__subcmd__help__subcmd__cpu"
                ;;
            gatherer__subcmd__check__subcmd__help,disk-util)
                cmd="gatherer__subcmd__check__subcmd__help__subcmd__disk__subcmd__util"
                ;;
            gatherer__subcmd__check__subcmd__help,filefd)
                cmd="gatherer__subcmd__check__subcmd__help__subcmd__filefd"
                ;;
            gatherer__subcmd__check__subcmd__help,filesystem)
                cmd="gatherer__subcmd__check__subcmd__help__subcmd__filesystem"
                ;;
            gatherer__subcmd__check__subcmd__help,guests)
                cmd="gatherer__subcmd__check__subcmd__help__subcmd__guests"
                ;;
            gatherer__subcmd__check__subcmd__help,help)
                cmd="gatherer__subcmd__check__subcmd__help__subcmd__help"
                ;;
            gatherer__subcmd__check__subcmd__help,inventory)
                cmd="gatherer__subcmd__check__subcmd__help__subcmd__inventory"
                ;;
            gatherer__subcmd__check__subcmd__help,memory)
                cmd="gatherer__subcmd__check__subcmd__help__subcmd__memory"
                ;;
            gatherer__subcmd__check__subcmd__help,network)
                cmd="gatherer__subcmd__check__subcmd__help__subcmd__network"
                ;;
            gatherer__subcmd__check__subcmd__help,pids)
                cmd="gatherer__subcmd__check__subcmd__help__subcmd__pids"
                ;;
            gatherer__subcmd__check__subcmd__help,pressure)
                cmd="gatherer__subcmd__check__subcmd__help__subcmd__pressure"
                ;;
            gatherer__subcmd__check__subcmd__help,processes)
                cmd="gatherer__subcmd__check__subcmd__help__subcmd__processes"
                ;;
            gatherer__subcmd__check__subcmd__help,providers)
                cmd="gatherer__subcmd__check__subcmd__help__subcmd__providers"
                ;;
            gatherer__subcmd__check__subcmd__help,scripts)
                cmd="gatherer__subcmd__check__subcmd__help__subcmd__scripts"
                ;;
            gatherer__subcmd__check__subcmd__help,tcp-listen)
                cmd="gatherer__subcmd__check__subcmd__help__subcmd__tcp__subcmd__listen"
                ;;
            gatherer__subcmd__check__subcmd__help,temperature)
                cmd="gatherer__subcmd__check__subcmd__help__subcmd__temperature"
                ;;
            gatherer__subcmd__check__subcmd__help,vmware-ready)
                cmd="gatherer__subcmd__check__subcmd__help__subcmd__vmware__subcmd__ready"
                ;;
            gatherer__subcmd__check__subcmd__help,whisper)
                cmd="gatherer__subcmd__check__subcmd__help__subcmd__whisper"
                ;;
            gatherer__subcmd__help,check)
                cmd="gatherer__subcmd__help__subcmd__check"
                ;;
            gatherer__subcmd__help,config)
                cmd="gatherer__subcmd__help__subcmd__config"
                ;;
            gatherer__subcmd__help,help)
                cmd="gatherer__subcmd__help__subcmd__help"
                ;;
            gatherer__subcmd__help,munin)
                cmd="gatherer__subcmd__help__subcmd__munin"
                ;;
            gatherer__subcmd__help,once)
                cmd="gatherer__subcmd__help__subcmd__once"
                ;;
            gatherer__subcmd__help,reload)
                cmd="gatherer__subcmd__help__subcmd__reload"
                ;;
            gatherer__subcmd__help,report)
                cmd="gatherer__subcmd__help__subcmd__report"
                ;;
            gatherer__subcmd__help,run)
                cmd="gatherer__subcmd__help__subcmd__run"
                ;;
            gatherer__subcmd__help,show)
                cmd="gatherer__subcmd__help__subcmd__show"
                ;;
            gatherer__subcmd__help,start)
                cmd="gatherer__subcmd__help__subcmd__start"
                ;;
            gatherer__subcmd__help,status)
                cmd="gatherer__subcmd__help__subcmd__status"
                ;;
            gatherer__subcmd__help,stop)
                cmd="gatherer__subcmd__help__subcmd__stop"
                ;;
            gatherer__subcmd__help__subcmd__check,clock)
                cmd="gatherer__subcmd__help__subcmd__check__subcmd__clock"
                ;;
            gatherer__subcmd__help__subcmd__check,conntrack)
                cmd="gatherer__subcmd__help__subcmd__check__subcmd__conntrack"
                ;;
            gatherer__subcmd__help__subcmd__check,cpu)
                cmd="gatherer__subcmd__help__subcmd__check__subcmd__cpu"
                ;;
            gatherer__subcmd__help__subcmd__check,disk-util)
                cmd="gatherer__subcmd__help__subcmd__check__subcmd__disk__subcmd__util"
                ;;
            gatherer__subcmd__help__subcmd__check,filefd)
                cmd="gatherer__subcmd__help__subcmd__check__subcmd__filefd"
                ;;
            gatherer__subcmd__help__subcmd__check,filesystem)
                cmd="gatherer__subcmd__help__subcmd__check__subcmd__filesystem"
                ;;
            gatherer__subcmd__help__subcmd__check,guests)
                cmd="gatherer__subcmd__help__subcmd__check__subcmd__guests"
                ;;
            gatherer__subcmd__help__subcmd__check,inventory)
                cmd="gatherer__subcmd__help__subcmd__check__subcmd__inventory"
                ;;
            gatherer__subcmd__help__subcmd__check,memory)
                cmd="gatherer__subcmd__help__subcmd__check__subcmd__memory"
                ;;
            gatherer__subcmd__help__subcmd__check,network)
                cmd="gatherer__subcmd__help__subcmd__check__subcmd__network"
                ;;
            gatherer__subcmd__help__subcmd__check,pids)
                cmd="gatherer__subcmd__help__subcmd__check__subcmd__pids"
                ;;
            gatherer__subcmd__help__subcmd__check,pressure)
                cmd="gatherer__subcmd__help__subcmd__check__subcmd__pressure"
                ;;
            gatherer__subcmd__help__subcmd__check,processes)
                cmd="gatherer__subcmd__help__subcmd__check__subcmd__processes"
                ;;
            gatherer__subcmd__help__subcmd__check,providers)
                cmd="gatherer__subcmd__help__subcmd__check__subcmd__providers"
                ;;
            gatherer__subcmd__help__subcmd__check,scripts)
                cmd="gatherer__subcmd__help__subcmd__check__subcmd__scripts"
                ;;
            gatherer__subcmd__help__subcmd__check,tcp-listen)
                cmd="gatherer__subcmd__help__subcmd__check__subcmd__tcp__subcmd__listen"
                ;;
            gatherer__subcmd__help__subcmd__check,temperature)
                cmd="gatherer__subcmd__help__subcmd__check__subcmd__temperature"
                ;;
            gatherer__subcmd__help__subcmd__check,vmware-ready)
                cmd="gatherer__subcmd__help__subcmd__check__subcmd__vmware__subcmd__ready"
                ;;
            gatherer__subcmd__help__subcmd__check,whisper)
                cmd="gatherer__subcmd__help__subcmd__check__subcmd__whisper"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        gatherer)
            opts="-h -V --env-file --help --version run start stop status reload once show config check munin report help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check)
            opts="-h -V --env-file --help --version disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__clock)
            opts="-t -w -c -h -V --timex-interval --state-dir --max-age --stale-state --error-state --timeout --warning --critical --log-file --debug --user --group --collectors --proc-root --sys-root --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-age)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stale-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --error-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -w)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__conntrack)
            opts="-t -w -c -h -V --kernel-interval --state-dir --max-age --stale-state --error-state --timeout --warning --critical --log-file --debug --user --group --collectors --proc-root --sys-root --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-age)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stale-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --error-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -w)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__cpu)
            opts="-t -w -c -h -V --cpu-interval --state-dir --max-age --stale-state --error-state --timeout --warning --critical --log-file --debug --user --group --collectors --proc-root --sys-root --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-age)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stale-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --error-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -w)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__disk__subcmd__util)
            opts="-t -w -c -h -V --diskstats-interval --diskstats-state --state-dir --max-age --stale-state --error-state --timeout --disk --warning --critical --log-file --debug --user --group --collectors --proc-root --sys-root --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-age)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stale-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --error-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --disk)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -w)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__filefd)
            opts="-t -w -c -h -V --kernel-interval --state-dir --max-age --stale-state --error-state --timeout --warning --critical --log-file --debug --user --group --collectors --proc-root --sys-root --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-age)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stale-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --error-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -w)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__filesystem)
            opts="-t -w -c -h -V --filesystems-interval --state-dir --max-age --stale-state --error-state --timeout --mount --inodes-warning --inodes-critical --stuck-state --warning --critical --log-file --debug --user --group --collectors --proc-root --sys-root --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-age)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stale-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --error-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --mount)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inodes-warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inodes-critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stuck-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -w)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__guests)
            opts="-t -w -c -h -V --guests-interval --state-dir --max-age --stale-state --error-state --timeout --warning --critical --log-file --debug --user --group --collectors --proc-root --sys-root --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-age)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stale-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --error-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -w)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__help)
            opts="disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__help__subcmd__clock)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__help__subcmd__conntrack)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__help__subcmd__cpu)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__help__subcmd__disk__subcmd__util)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__help__subcmd__filefd)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__help__subcmd__filesystem)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__help__subcmd__guests)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__help__subcmd__inventory)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__help__subcmd__memory)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__help__subcmd__network)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__help__subcmd__pids)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__help__subcmd__pressure)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__help__subcmd__processes)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__help__subcmd__providers)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__help__subcmd__scripts)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__help__subcmd__tcp__subcmd__listen)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__help__subcmd__temperature)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__help__subcmd__vmware__subcmd__ready)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__help__subcmd__whisper)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__inventory)
            opts="-t -w -c -h -V --inventory-rewrite --state-dir --max-age --stale-state --error-state --timeout --memory-warning --memory-critical --warning --critical --log-file --debug --user --group --collectors --proc-root --sys-root --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-age)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stale-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --error-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -w)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__memory)
            opts="-t -w -c -h -V --memory-interval --state-dir --max-age --stale-state --error-state --timeout --warning --critical --log-file --debug --user --group --collectors --proc-root --sys-root --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-age)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stale-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --error-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -w)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__network)
            opts="-t -w -c -h -V --network-interval --state-dir --max-age --stale-state --error-state --timeout --warning --critical --log-file --debug --user --group --collectors --proc-root --sys-root --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-age)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stale-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --error-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -w)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__pids)
            opts="-t -w -c -h -V --proctable-interval --state-dir --max-age --stale-state --error-state --timeout --warning --critical --log-file --debug --user --group --collectors --proc-root --sys-root --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-age)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stale-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --error-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -w)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__pressure)
            opts="-t -w -c -h -V --pressure-interval --state-dir --max-age --stale-state --error-state --timeout --warning --critical --log-file --debug --user --group --collectors --proc-root --sys-root --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-age)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stale-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --error-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -w)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__processes)
            opts="-t -w -c -h -V --processes-interval --state-dir --max-age --stale-state --error-state --timeout --owner --cpu-warning --cpu-critical --rss-warning --rss-critical --warning --critical --log-file --debug --user --group --collectors --proc-root --sys-root --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-age)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stale-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --error-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --owner)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rss-warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rss-critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -w)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__providers)
            opts="-t -w -c -h -V --providers-interval --state-dir --max-age --stale-state --error-state --timeout --warning --critical --log-file --debug --user --group --collectors --proc-root --sys-root --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-age)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stale-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --error-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -w)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__scripts)
            opts="-t -w -c -h -V --scripts-interval --state-dir --max-age --stale-state --error-state --timeout --warning --critical --log-file --debug --user --group --collectors --proc-root --sys-root --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-age)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stale-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --error-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -w)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__tcp__subcmd__listen)
            opts="-t -w -c -h -V --netstat-interval --state-dir --max-age --stale-state --error-state --timeout --warning --critical --log-file --debug --user --group --collectors --proc-root --sys-root --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-age)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stale-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --error-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -w)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__temperature)
            opts="-t -w -c -h -V --temperatures-interval --state-dir --max-age --stale-state --error-state --timeout --sensor --warning --critical --log-file --debug --user --group --collectors --proc-root --sys-root --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-age)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stale-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --error-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sensor)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -w)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__vmware__subcmd__ready)
            opts="-t -w -c -h -V --vmware-state --vmware-interval --state-dir --max-age --stale-state --error-state --timeout --warning --critical --log-file --debug --user --group --collectors --proc-root --sys-root --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-age)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stale-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --error-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -w)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__check__subcmd__whisper)
            opts="-t -w -c -h -V --whisper-state --whisper-interval --state-dir --max-age --stale-state --error-state --timeout --hosts-warning --hosts-critical --min-metrics --warning --critical --log-file --debug --user --group --collectors --proc-root --sys-root --diskstats-interval --diskstats-state --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-age)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stale-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --error-state)
                    COMPREPLY=($(compgen -W "ok warning critical unknown" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -t)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --hosts-warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --hosts-critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-metrics)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --warning)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -w)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --critical)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__config)
            opts="-h -V --log-file --debug --user --group --collectors --proc-root --sys-root --state-dir --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help)
            opts="run start stop status reload once show config check munin report help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__check)
            opts="disk-util whisper vmware-ready cpu memory network tcp-listen pressure filefd conntrack pids clock filesystem temperature inventory scripts providers guests processes"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__check__subcmd__clock)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__check__subcmd__conntrack)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__check__subcmd__cpu)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__check__subcmd__disk__subcmd__util)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__check__subcmd__filefd)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__check__subcmd__filesystem)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__check__subcmd__guests)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__check__subcmd__inventory)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__check__subcmd__memory)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__check__subcmd__network)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__check__subcmd__pids)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__check__subcmd__pressure)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__check__subcmd__processes)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__check__subcmd__providers)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__check__subcmd__scripts)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__check__subcmd__tcp__subcmd__listen)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__check__subcmd__temperature)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__check__subcmd__vmware__subcmd__ready)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__check__subcmd__whisper)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__config)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__munin)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__once)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__reload)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__report)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__run)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__start)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__help__subcmd__stop)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__munin)
            opts="-h -V --state-dir --diskstats-interval --diskstats-state --whisper-state --whisper-interval --vmware-state --vmware-interval --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --temperatures-interval --inventory-rewrite --scripts-interval --providers-interval --guests-interval --processes-interval --graph --log-file --debug --user --group --collectors --proc-root --sys-root --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --inventory-interval --scripts-dir --scripts-timeout --scripts-max-output --providers --providers-file --providers-timeout --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graph)
                    COMPREPLY=($(compgen -W "gatherer_diskutil gatherer_whisper gatherer_vmware_ready gatherer_cpu gatherer_memory gatherer_network gatherer_vmstat_faults gatherer_vmstat_swap gatherer_tcp gatherer_sockets gatherer_pressure gatherer_kernel_tables gatherer_clock gatherer_filesystems gatherer_temperatures gatherer_inventory tahoe_runtime_load_avg tahoe_runtime_load_peak tahoe_storage_allocated tahoe_storage_used tahoe_storage_free tahoe_storage_bytes_added tahoe_storage_operations_allocate tahoe_storage_operations_get tahoe_storage_operations_writev tahoe_storage_operations_readv tahoe_helper_incoming_files tahoe_helper_incoming_filesize tahoe_helper_incoming_files_old tahoe_helper_encoding_files tahoe_helper_encoding_filesize tahoe_helper_encoding_files_old tahoe_helper_active_uploads tahoe_helper_upload_requests tahoe_helper_upload_already_present tahoe_helper_upload_need_upload tahoe_helper_encoded_bytes tahoe_helper_fetched_bytes tahoe_uploader_bytes_uploaded tahoe_uploader_files_uploaded tahoe_mutable_files_published tahoe_mutable_files_retrieved tahoe_server_latency_ gatherer_providers_ gatherer_guests gatherer_processes_cpu" -- "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__once)
            opts="-h -V --log-file --debug --collectors --proc-root --sys-root --state-dir --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --user --group --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__reload)
            opts="-h -V --pidfile --log-file --debug --user --group --collectors --proc-root --sys-root --state-dir --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__report)
            opts="-h -V --state-dir --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --view --disable --enable --status --log-file --debug --user --group --collectors --proc-root --sys-root --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__run)
            opts="-h -V --log-file --debug --user --group --collectors --proc-root --sys-root --state-dir --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__show)
            opts="-h -V --collectors --proc-root --sys-root --state-dir --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --json --log-file --debug --user --group --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --pidfile --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__start)
            opts="-h -V --log-file --debug --user --group --collectors --proc-root --sys-root --state-dir --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --pidfile --stop-timeout --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__status)
            opts="-h -V --pidfile --log-file --debug --user --group --collectors --proc-root --sys-root --state-dir --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --stop-timeout --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gatherer__subcmd__stop)
            opts="-h -V --pidfile --stop-timeout --log-file --debug --user --group --collectors --proc-root --sys-root --state-dir --diskstats-interval --diskstats-state --whisper-state --whisper-interval --whisper-root --whisper-full-every --whisper-threads --whisper-inotify --vmware-state --vmware-interval --vsphere-url --vsphere-user --vsphere-password-file --vsphere-ca-file --vsphere-insecure --vsphere-allow-http --vsphere-timeout --vsphere-vm --cpu-interval --memory-interval --network-interval --vmstat-interval --netstat-interval --sockstat-interval --softnet-interval --netqueues-interval --pressure-interval --kernel-interval --proctable-interval --timex-interval --filesystems-interval --filesystems-skip-types --filesystems-skip-mounts --filesystems-only-mounts --filesystems-timeout --temperatures-interval --inventory-rewrite --inventory-interval --scripts-interval --scripts-dir --scripts-timeout --scripts-max-output --providers-interval --providers --providers-file --providers-timeout --guests-interval --guests-libvirt-uri --guests-cgroup-roots --guests-virsh --guests-timeout --processes-interval --processes --processes-users --processes-commands --processes-names --processes-io --processes-per-process --spool-dir --spool-max-bytes --http-listen --http-secret-file --graphite --graphite-prefix --graphite-resend --influxdb --influxdb-user --influxdb-password-file --prometheus-textfile --prometheus-textfile-node --history-dir --history-days --history-max-bytes --report-url --report-timeout --report-allow-http --report-uuid-file --report-disable-file --env-file --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --pidfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stop-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --debug)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collectors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proc-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sys-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --diskstats-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-root)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-full-every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-threads)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --whisper-inotify)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmware-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-insecure)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vsphere-vm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cpu-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --memory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --network-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vmstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sockstat-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --softnet-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --netqueues-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pressure-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kernel-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --proctable-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timex-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-types)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-skip-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-only-mounts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filesystems-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --temperatures-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-rewrite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inventory-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scripts-max-output)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --providers-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-libvirt-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-cgroup-roots)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-virsh)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --guests-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-io)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --processes-per-process)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spool-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --http-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --graphite-resend)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --influxdb-password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prometheus-textfile-node)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --history-max-bytes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-allow-http)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-uuid-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --report-disable-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _gatherer -o nosort -o bashdefault -o default gatherer
else
    complete -F _gatherer -o bashdefault -o default gatherer
fi
