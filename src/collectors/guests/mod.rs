//! Guests on a hypervisor or container host: libvirt domains (through `virsh`, see
//! `libvirt.rs`) and the child cgroups of configured roots (`cgroups.rs`), each with its
//! CPU time and CPU % over the interval, memory, disk and network.
//!
//! libvirt is asked on a thread of its own (a lane) while the cgroups are read, under one
//! deadline (`--guests-timeout`): a virsh that does not answer by then is killed with its
//! process group and the domains are reported as stuck, the cgroups as measured. So a
//! domain holding its lock delays the state file by at most the timeout, and the cgroups
//! never wait for it.

mod cgroups;
mod kind;
mod libvirt;
mod virsh;

pub use cgroups::CgroupGuest;
pub use libvirt::{Disk, Domain, Interface};

use crate::engine::collector::{Collector, Reading};
use crate::engine::sample::Sample;
use crate::util::crew::{Crew, Rules, Submitted};
use crate::util::text::escape_controls;
use anyhow::Result;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::mpsc;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

pub(crate) const NAME: &str = "guests";

/// What the state file holds.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct GuestsReading {
    /// Seconds since the previous sample (the CPU percentages' window); null on the first.
    pub interval_s: Option<f64>,
    /// Why some values are null (the first sample has no CPU %).
    pub note: Option<String>,
    /// Null when libvirt is not asked (`--guests-libvirt-uri` empty, or the default URI
    /// with no libvirt socket on this host).
    pub libvirt: Option<LibvirtGuests>,
    pub cgroups: CgroupGuests,
    /// Guests present in the previous sample and gone now (`domain NAME`, `cgroup ID`).
    pub missing: Vec<String>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct LibvirtGuests {
    pub uri: String,
    /// `domstats --nowait`, `domstats` (an older virsh), each also with `dominfo` for
    /// domains it gives no CPU time.
    pub method: String,
    pub error: Option<String>,
    /// The domains of the previous answer, when virsh did not answer within the timeout.
    pub stuck: Vec<String>,
    pub domains: BTreeMap<String, Domain>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct CgroupGuests {
    /// 1 or 2; null without cgroups under `--sys-root`.
    pub version: Option<u8>,
    pub roots: Vec<String>,
    pub error: Option<String>,
    pub guests: BTreeMap<String, CgroupGuest>,
}

impl Reading for GuestsReading {
    fn summary(&self) -> String {
        let (d, stuck) = self.libvirt.as_ref().map(|l| (l.domains.len(), l.stuck.len())).unwrap_or((0, 0));
        let mut s = format!("{d} domains, {} cgroups", self.cgroups.guests.len());
        if stuck > 0 {
            s += &format!(", libvirt stuck ({stuck} domains not answered)");
        }
        if !self.missing.is_empty() {
            // The summary is the state file's too: names escaped as the log writes them.
            let gone: Vec<_> = self.missing.iter().map(|g| escape_controls(g)).collect();
            s += &format!(", gone: {}", gone.join(", "));
        }
        s
    }

    fn samples(&self, out: &mut Vec<Sample>) {
        kind::samples(self, out);
    }
}

/// The libvirt lane's job: the query, and where its answer goes.
type Job = (Arc<libvirt::Query>, Instant, mpsc::SyncSender<Result<libvirt::Answer, virsh::Failed>>);

pub struct Guests {
    settings: kind::Settings,
    query: Option<Arc<libvirt::Query>>,
    lane: Crew<Job>,
    nowait: Arc<OnceLock<bool>>,
    layout: Option<cgroups::Layout>,
    /// Each guest's CPU time (ns), when it was read and which group it was (a cgroup's
    /// inode, 0 for a domain), by `domain NAME`, `vcpu NAME N`, `cgroup ID`.
    cpu: HashMap<String, (Instant, u64, u64)>,
    /// The guests of the previous sample, and the domains of libvirt's last answer.
    seen: BTreeSet<String>,
    domains: Vec<String>,
    last: Option<Instant>,
    /// The libvirt error last logged, so that a lasting one is logged once.
    logged: Option<String>,
    /// The note of libvirt's last answer, logged once until it changes.
    noted: Option<String>,
    /// The cgroups' error last logged, so that a lasting one is logged once.
    cgroups_logged: Option<String>,
}

impl Guests {
    pub(crate) fn new(settings: &kind::Settings) -> Guests {
        let query = settings.libvirt_asked().then(|| {
            Arc::new(libvirt::Query {
                virsh: settings.virsh.clone(),
                uri: settings.uri.clone(),
                sys_root: settings.sys_root.clone(),
            })
        });
        let nowait = Arc::new(OnceLock::new());
        let nw = nowait.clone();
        let lane = Crew::new(Rules::lane("guests libvirt"), move |(q, deadline, tx): Job| {
            // Only an answer is kept: a virsh that failed to run is asked again next round.
            let has = match nw.get() {
                Some(has) => *has,
                None => q.has_nowait(deadline).map(|has| *nw.get_or_init(|| has)).unwrap_or(false),
            };
            let _ = tx.send(q.ask(has, deadline));
        });
        Guests {
            settings: settings.clone(),
            query,
            lane,
            nowait,
            layout: cgroups::Layout::find(&settings.sys_root),
            cpu: HashMap::new(),
            seen: BTreeSet::new(),
            domains: Vec::new(),
            last: None,
            logged: None,
            noted: None,
            cgroups_logged: None,
        }
    }

    /// Percent of one CPU since the previous reading of `key`, which becomes `ns` now,
    /// read from the group `made` (0 where not known).
    fn pct(&mut self, key: String, at: Instant, ns: Option<u64>, made: u64) -> Option<f64> {
        let ns = ns?;
        let prev = self.cpu.insert(key, (at, ns, made));
        let (then, old, was) = prev?;
        let dt = at.checked_duration_since(then)?.as_nanos() as f64;
        // A guest restarted under the same name counts again from 0: its counter went
        // back, or its group is another one. No figure then.
        (dt > 0.0 && ns >= old && made == was).then(|| round3((ns - old) as f64 / dt * 100.0))
    }
}

/// Errors as one: the first few, and how many more (a broken tree can give one for every
/// file of thousands of guests).
fn summed(errors: &[String]) -> Option<String> {
    const SHOWN: usize = 3;
    let first = errors.get(..SHOWN).unwrap_or(errors);
    let mut s = first.join("; ");
    if errors.len() > SHOWN {
        s += &format!("; and {} more", errors.len() - SHOWN);
    }
    (!errors.is_empty()).then_some(s)
}

fn round3(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

impl Collector for Guests {
    type Reading = GuestsReading;

    fn collect(&mut self) -> Result<Option<GuestsReading>> {
        let start = Instant::now();
        let deadline = start + self.settings.timeout;
        if self.last.is_none() {
            // CPU % needs two readings. A first one a moment before the first sample
            // gives it from the first state file on: otherwise a restart leaves every
            // guest without CPU % for a whole interval. Both share the one deadline.
            self.sample(start, deadline)?;
            std::thread::sleep(FIRST_GAP.min(self.settings.interval / 4));
            return self.sample(Instant::now(), deadline);
        }
        self.sample(start, deadline)
    }
}

/// How long before the first sample its CPU times are read a first time.
const FIRST_GAP: Duration = Duration::from_secs(1);

impl Guests {
    fn sample(&mut self, start: Instant, deadline: Instant) -> Result<Option<GuestsReading>> {
        let asked = self.query.as_ref().map(|q| {
            let (tx, rx) = mpsc::sync_channel(1);
            match self.lane.submit((q.clone(), deadline, tx)) {
                Submitted::Dropped(_, why) => Err(why),
                _ => Ok(rx),
            }
        });

        let roots = self.settings.roots.clone();
        let mut cg = CgroupGuests {
            version: self.layout.as_ref().map(cgroups::Layout::version),
            roots: roots.clone(),
            error: None,
            guests: BTreeMap::new(),
        };
        let mut cgroups_listed = true;
        let mut made = BTreeMap::new();
        if let Some(layout) = &self.layout {
            match cgroups::read_all(layout, &roots) {
                Ok(c) => {
                    cg.guests = c.guests;
                    cg.error = summed(&c.errors);
                    made = c.made;
                }
                Err(e) => {
                    cg.error = Some(e);
                    cgroups_listed = false;
                }
            }
        }
        if cg.error != self.cgroups_logged {
            if let Some(e) = &cg.error {
                log::warn!(target: NAME, "cgroups: {}", e);
            }
            self.cgroups_logged = cg.error.clone();
        }
        let read_at = Instant::now();
        let ids: Vec<String> = cg.guests.keys().cloned().collect();
        for id in ids {
            let ns = cg.guests[&id].cpu_time_ns;
            let pct = self.pct(format!("cgroup {id}"), read_at, ns, made.get(&id).copied().unwrap_or(0));
            cg.guests.get_mut(&id).expect("listed").cpu_pct = pct;
        }

        let libvirt = match asked {
            None => None,
            Some(asked) => {
                // The lane kills virsh at the deadline; a little more lets it say so.
                let answer = asked.and_then(|rx| {
                    let wait = deadline.saturating_duration_since(Instant::now()) + Duration::from_millis(500);
                    rx.recv_timeout(wait).map_err(|_| "the libvirt thread did not answer".to_string())
                });
                let answered_at = Instant::now();
                let method = match self.nowait.get() {
                    Some(true) => "domstats --nowait",
                    _ => "domstats",
                };
                let q = self.query.clone().expect("asked");
                let mut part = LibvirtGuests {
                    uri: q.uri.clone(),
                    method: method.into(),
                    error: None,
                    stuck: Vec::new(),
                    domains: BTreeMap::new(),
                };
                match answer {
                    Ok(Ok(a)) => {
                        // Said once until it changes: a lasting one is no news each round.
                        let note = a.notes.first();
                        if note != self.noted.as_ref() {
                            if let Some(note) = note {
                                log::info!(target: NAME, "libvirt: {}", note);
                            }
                            self.noted = note.cloned();
                        }
                        self.logged = None;
                        for (name, mut d) in a.domains {
                            d.cpu_pct = self.pct(format!("domain {name}"), answered_at, d.cpu_time_ns, 0);
                            d.cpu_pct_of_vcpus =
                                d.cpu_pct.zip(d.vcpus.filter(|v| *v > 0)).map(|(p, v)| round3(p / v as f64));
                            for (i, ns) in a.vcpu_ns.get(&name).into_iter().flatten() {
                                if let Some(p) = self.pct(format!("vcpu {name} {i}"), answered_at, Some(*ns), 0) {
                                    d.vcpu_pct.insert(i.clone(), p);
                                }
                            }
                            part.domains.insert(name, d);
                        }
                        self.domains = part.domains.keys().cloned().collect();
                    }
                    Ok(Err(virsh::Failed::TimedOut)) => {
                        let e = format!(
                            "virsh did not answer within {:?}: killed; its domains are reported as stuck",
                            self.settings.timeout
                        );
                        part.error = Some(e);
                        part.stuck = self.domains.clone();
                    }
                    Ok(Err(virsh::Failed::Other(e))) => part.error = Some(e),
                    Err(e) => {
                        part.error = Some(e);
                        part.stuck = self.domains.clone();
                    }
                }
                if let Some(e) = &part.error {
                    if self.logged.as_ref() != Some(e) {
                        log::warn!(target: NAME, "libvirt ({}): {}", q.uri, e);
                        self.logged = Some(e.clone());
                    }
                }
                Some(part)
            }
        };

        // Guests gone since the previous sample, each logged once (the sample it went).
        // Domains not answered for (an error, stuck) and cgroups not listed are not known
        // to be gone: they are kept as seen until they are.
        let mut now: BTreeSet<String> = cg.guests.keys().map(|id| format!("cgroup {id}")).collect();
        let libvirt_answered = libvirt.as_ref().map(|l| l.error.is_none()).unwrap_or(true);
        if let Some(l) = &libvirt {
            now.extend(l.domains.keys().map(|n| format!("domain {n}")));
        }
        let known = |g: &String| if g.starts_with("domain ") { libvirt_answered } else { cgroups_listed };
        let mut missing = Vec::new();
        for g in &self.seen {
            if !now.contains(g) && known(g) {
                log::info!(target: NAME, "{} went away", g);
                missing.push(g.clone());
            }
        }
        now.extend(self.seen.iter().filter(|g| !known(g)).cloned());
        for g in &missing {
            self.cpu.remove(g);
            if let Some(n) = g.strip_prefix("domain ") {
                let vcpus = format!("vcpu {n} ");
                self.cpu.retain(|k, _| !k.starts_with(&vcpus));
            }
        }
        self.seen = now;

        let interval_s = self.last.map(|t| round3(start.duration_since(t).as_secs_f64()));
        self.last = Some(start);
        if interval_s.is_none() && self.settings.oneshot {
            return Ok(None);
        }
        let note = interval_s.is_none().then(|| "first reading since start: no CPU % yet".to_string());
        Ok(Some(GuestsReading { interval_s, note, libvirt, cgroups: cg, missing }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn settings(sys_root: &std::path::Path) -> kind::Settings {
        kind::Settings {
            sys_root: sys_root.to_path_buf(),
            state_path: sys_root.join("guests.json"),
            interval: Duration::from_secs(60),
            oneshot: false,
            uri: String::new(),
            roots: vec!["/machine.slice".into()],
            virsh: "/nonexistent".into(),
            timeout: Duration::from_secs(1),
        }
    }

    #[test]
    fn cpu_pct_from_the_first_sample_and_a_guest_gone_is_missing_once() {
        let dir = tempfile::tempdir().unwrap();
        let cg = dir.path().join("fs/cgroup");
        fs::create_dir_all(&cg).unwrap();
        fs::write(cg.join("cgroup.controllers"), "cpu\n").unwrap();
        for vm in ["a", "b"] {
            fs::create_dir_all(cg.join("machine.slice").join(vm)).unwrap();
            fs::write(cg.join("machine.slice").join(vm).join("cpu.stat"), "usage_usec 1000\n").unwrap();
        }
        let mut g = Guests::new(&settings(dir.path()));
        // The first sample already has CPU %: read twice, a moment apart.
        let r = g.collect().unwrap().unwrap();
        assert_eq!(r.cgroups.guests["/machine.slice/a"].cpu_pct, Some(0.0), "{r:?}");
        assert!(r.interval_s.is_some_and(|s| (0.9..2.0).contains(&s)), "{r:?}");
        assert!(r.note.is_none() && r.libvirt.is_none() && r.missing.is_empty());
        fs::write(cg.join("machine.slice/a/cpu.stat"), "usage_usec 999999999\n").unwrap();
        fs::remove_file(cg.join("machine.slice/b/cpu.stat")).unwrap();
        fs::remove_dir(cg.join("machine.slice/b")).unwrap();
        let r = g.collect().unwrap().unwrap();
        assert!(r.cgroups.guests["/machine.slice/a"].cpu_pct.unwrap() > 0.0, "{r:?}");
        assert!(r.interval_s.is_some() && r.note.is_none());
        assert_eq!(r.missing, ["cgroup /machine.slice/b"]);
        let r = g.collect().unwrap().unwrap();
        assert!(r.missing.is_empty(), "said once: {r:?}");
        assert_eq!(r.cgroups.guests["/machine.slice/a"].cpu_pct, Some(0.0));
    }

    /// A cgroup removed and made again under its name between two samples (a container
    /// or a VM restarted) starts its CPU time again: when the new one had already used
    /// more than the old, the difference read as the CPU used over the interval.
    #[test]
    fn a_cgroup_made_again_under_its_name_has_no_cpu_pct_from_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let cg = dir.path().join("fs/cgroup");
        let slice = cg.join("machine.slice");
        fs::create_dir_all(slice.join("a")).unwrap();
        fs::write(cg.join("cgroup.controllers"), "cpu\n").unwrap();
        fs::write(slice.join("a/cpu.stat"), "usage_usec 1000\n").unwrap();
        let mut s = settings(dir.path());
        s.interval = Duration::from_millis(40);
        let mut g = Guests::new(&s);
        g.collect().unwrap().unwrap();
        // The new group exists before the old one goes: it cannot have the old one's inode.
        fs::create_dir(slice.join("new")).unwrap();
        fs::write(slice.join("new/cpu.stat"), "usage_usec 9000000\n").unwrap();
        fs::remove_file(slice.join("a/cpu.stat")).unwrap();
        fs::remove_dir(slice.join("a")).unwrap();
        fs::rename(slice.join("new"), slice.join("a")).unwrap();
        let r = g.collect().unwrap().unwrap();
        assert_eq!(r.cgroups.guests["/machine.slice/a"].cpu_pct, None, "{r:?}");
        fs::write(slice.join("a/cpu.stat"), "usage_usec 9000000\n").unwrap();
        let r = g.collect().unwrap().unwrap();
        assert_eq!(r.cgroups.guests["/machine.slice/a"].cpu_pct, Some(0.0), "{r:?}");
    }

    /// The summary is logged (`measuring: ...`, and each cycle at DEBUG): a gone guest's
    /// name in it must not bring its control characters into the log.
    #[test]
    fn the_summary_shows_names_without_control_characters() {
        let r = GuestsReading {
            interval_s: None,
            note: None,
            libvirt: None,
            cgroups: CgroupGuests { version: Some(2), roots: Vec::new(), error: None, guests: BTreeMap::new() },
            missing: vec!["cgroup /machine.slice/x\u{1b}[2J\rINFO forged".into()],
        };
        let s = r.summary();
        assert!(!s.chars().any(char::is_control) && s.contains("forged"), "{s:?}");
    }

    /// cgroups that cannot be listed (a root that is no directory, or has too many
    /// children) are not known to be gone: every guest used to be listed as gone and
    /// logged so, then came back the next round.
    #[test]
    fn cgroups_not_listed_are_not_gone() {
        let dir = tempfile::tempdir().unwrap();
        let cg = dir.path().join("fs/cgroup");
        fs::create_dir_all(cg.join("machine.slice/a")).unwrap();
        fs::write(cg.join("cgroup.controllers"), "cpu\n").unwrap();
        fs::write(cg.join("machine.slice/a/cpu.stat"), "usage_usec 1000\n").unwrap();
        let mut s = settings(dir.path());
        s.interval = Duration::from_millis(40);
        s.roots.push("/lxc".into());
        let mut g = Guests::new(&s);
        let r = g.collect().unwrap().unwrap();
        assert_eq!(r.cgroups.guests.len(), 1, "{r:?}");
        fs::write(cg.join("lxc"), "").unwrap();
        let r = g.collect().unwrap().unwrap();
        assert!(r.cgroups.error.as_deref().is_some_and(|e| e.contains("lxc")), "{r:?}");
        assert_eq!(r.missing, Vec::<String>::new(), "not known to be gone");
        fs::remove_file(cg.join("lxc")).unwrap();
        fs::remove_file(cg.join("machine.slice/a/cpu.stat")).unwrap();
        fs::remove_dir(cg.join("machine.slice/a")).unwrap();
        let r = g.collect().unwrap().unwrap();
        assert_eq!(r.missing, ["cgroup /machine.slice/a"], "gone once listed again: {r:?}");
    }
}
