//! Stats providers polled over HTTP: Tahoe-LAFS nodes' `/statistics?t=json`, or any URL
//! that answers a JSON object of numbers. Every provider is fetched at once, each on its
//! own lane (one thread, `util/crew.rs`), each request bounded by `--providers-timeout`,
//! so a slow or dead provider never delays nor hides the others: each has its own fetch
//! time, status and error in the state file, and its last good values stay there (with
//! their time) for munin to draw until they are too old.

mod flatten;
pub(crate) mod graphs;
mod kind;
pub(crate) mod list;

use crate::engine::collector::{Collector, Reading};
use crate::engine::sample::Sample;
use crate::state::Status;
use crate::util::crew::{Crew, Rules, Submitted};
use crate::util::sync;
use crate::util::timefmt::now_unix_ms;
use anyhow::Result;
use list::Provider;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Read;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

pub(crate) const NAME: &str = "providers";

/// The largest answer read: a Tahoe node's is a few KiB.
pub(crate) const MAX_BODY: u64 = 4 << 20;

/// What the state file holds: every provider, by name.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ProviderStats {
    pub providers: BTreeMap<String, ProviderState>,
}

/// One provider's latest fetch, and its last good values.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ProviderState {
    /// The URL fetched, without any credentials it holds.
    pub url: String,
    /// How the last good answer was read: `"tahoe"` or `"json"`; null before one.
    pub format: Option<String>,
    /// The latest fetch: `"ok"`, or `"error"` (then `counters` and `gauges` are those of
    /// the last good fetch, at `last_ok_unix`).
    pub status: Status,
    pub error: Option<String>,
    /// When the latest fetch ended (Unix seconds), and how long it took.
    pub fetched_at_unix: i64,
    pub fetch_ms: u64,
    /// When the last good fetch ended; null if none has been yet.
    pub last_ok_unix: Option<i64>,
    /// By the provider's own names (Tahoe's dotted ones).
    pub counters: BTreeMap<String, f64>,
    pub gauges: BTreeMap<String, f64>,
    /// Strings, booleans and arrays of the last good answer, left out.
    pub skipped: u64,
}

impl ProviderState {
    /// The latest fetch went well.
    pub fn up(&self) -> bool {
        self.status == Status::Ok
    }

    /// A stat by name, and whether it is a counter.
    pub fn value(&self, stat: &str) -> Option<(f64, bool)> {
        self.counters.get(stat).map(|&v| (v, true)).or_else(|| self.gauges.get(stat).map(|&v| (v, false)))
    }

    /// A provider with no values yet, for tests to fill in.
    #[cfg(test)]
    pub(crate) fn empty(url: &str, status: Status, error: Option<&str>) -> ProviderState {
        ProviderState {
            url: url.into(),
            format: None,
            status,
            error: error.map(Into::into),
            fetched_at_unix: 0,
            fetch_ms: 0,
            last_ok_unix: None,
            counters: BTreeMap::new(),
            gauges: BTreeMap::new(),
            skipped: 0,
        }
    }
}

impl Reading for ProviderStats {
    fn summary(&self) -> String {
        let down: Vec<&str> = self.providers.iter().filter(|(_, p)| !p.up()).map(|(n, _)| n.as_str()).collect();
        let n = self.providers.len();
        if down.is_empty() {
            format!("{n} providers, all up")
        } else {
            format!("{} of {n} providers up; down: {}", n - down.len(), down.join(", "))
        }
    }

    fn samples(&self, out: &mut Vec<Sample>) {
        kind::samples(self, out);
    }
}

/// One round's fetches: each lane puts its provider's outcome in its slot.
struct Round {
    slots: Mutex<Vec<Option<Fetched>>>,
    done: Condvar,
}

struct Fetched {
    answer: Result<flatten::Flat, String>,
    at_unix: i64,
    took: Duration,
}

impl Round {
    fn put(&self, i: usize, f: Fetched) {
        sync::lock(&self.slots)[i] = Some(f);
        self.done.notify_all();
    }
}

pub(crate) struct Providers {
    providers: Vec<Arc<Provider>>,
    lanes: Vec<Crew<Arc<Round>>>,
    timeout: Duration,
    last: BTreeMap<String, ProviderState>,
}

impl Providers {
    pub(crate) fn new(providers: Vec<Provider>, timeout: Duration) -> Result<Providers> {
        let client = client(&providers, timeout)?;
        let providers: Vec<Arc<Provider>> = providers.into_iter().map(Arc::new).collect();
        let lanes = providers
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let (p, client) = (p.clone(), client.clone());
                Crew::new(Rules::lane("provider"), move |round: Arc<Round>| {
                    let started = Instant::now();
                    let answer = fetch(&client, &p, timeout);
                    round.put(i, Fetched { answer, at_unix: now_unix_ms().div_euclid(1000), took: started.elapsed() });
                })
            })
            .collect();
        Ok(Providers { providers, lanes, timeout, last: BTreeMap::new() })
    }
}

/// One client for every provider (it keeps connections open between rounds).
fn client(providers: &[Provider], timeout: Duration) -> Result<reqwest::blocking::Client> {
    let https = providers.iter().any(|p| p.url.starts_with("https:"));
    crate::util::http::client(timeout, https).map_err(anyhow::Error::msg)
}

/// One GET of provider `p`, read and flattened.
fn fetch(client: &reqwest::blocking::Client, p: &Provider, timeout: Duration) -> Result<flatten::Flat, String> {
    // The request's own timeout bounds the whole exchange, body included: the client's
    // applies to each read only, and an answer trickled a byte at a time would not end.
    let resp = client.get(&p.url).timeout(timeout).send().map_err(crate::util::http::why)?;
    let status = resp.status();
    if status.is_redirection() {
        return Err(format!("answered {status}, a redirect (not followed): give the URL it points to"));
    }
    if !status.is_success() {
        return Err(format!("answered {status}"));
    }
    let mut body = Vec::new();
    resp.take(MAX_BODY + 1).read_to_end(&mut body).map_err(|e| format!("reading the answer: {e}"))?;
    if body.len() as u64 > MAX_BODY {
        return Err(format!("answer larger than {MAX_BODY} bytes; refused"));
    }
    flatten::parse(&body, p)
}

impl Collector for Providers {
    type Reading = ProviderStats;

    fn collect(&mut self) -> Result<Option<ProviderStats>> {
        let n = self.providers.len();
        let round = Arc::new(Round { slots: Mutex::new((0..n).map(|_| None).collect()), done: Condvar::new() });
        for (i, lane) in self.lanes.iter().enumerate() {
            if let Submitted::Dropped(_, why) = lane.submit(round.clone()) {
                let answer = Err(format!("no thread to fetch with: {why}"));
                round.put(i, Fetched { answer, at_unix: now_unix_ms().div_euclid(1000), took: Duration::ZERO });
            }
        }
        // The requests time out by themselves; the margin covers a slow name lookup.
        let deadline = Instant::now() + self.timeout + Duration::from_secs(2);
        let mut slots = sync::lock(&round.slots);
        while slots.iter().any(Option::is_none) {
            let now = Instant::now();
            if now >= deadline {
                break;
            }
            slots = sync::wait_timeout(&round.done, slots, deadline - now).0;
        }
        let outcomes: Vec<Option<Fetched>> = slots.iter_mut().map(Option::take).collect();
        drop(slots);
        let mut providers = BTreeMap::new();
        for (p, outcome) in self.providers.iter().zip(outcomes) {
            let last = self.last.get(&p.name);
            let state = match outcome {
                Some(Fetched { answer: Ok(flat), at_unix, took }) => ProviderState {
                    url: p.shown_url(),
                    format: Some(flat.format.into()),
                    status: Status::Ok,
                    error: None,
                    fetched_at_unix: at_unix,
                    fetch_ms: took.as_millis() as u64,
                    last_ok_unix: Some(at_unix),
                    counters: flat.counters,
                    gauges: flat.gauges,
                    skipped: flat.skipped,
                },
                failed => {
                    let (error, at_unix, took) = match failed {
                        Some(Fetched { answer: Err(e), at_unix, took }) => (e, at_unix, took),
                        _ => (
                            format!(
                                "no answer within {} s (its previous fetch still runs)",
                                self.timeout.as_secs_f64()
                            ),
                            now_unix_ms().div_euclid(1000),
                            self.timeout,
                        ),
                    };
                    ProviderState {
                        url: p.shown_url(),
                        format: last.and_then(|l| l.format.clone()),
                        status: Status::Error,
                        error: Some(error),
                        fetched_at_unix: at_unix,
                        fetch_ms: took.as_millis() as u64,
                        last_ok_unix: last.and_then(|l| l.last_ok_unix),
                        counters: last.map(|l| l.counters.clone()).unwrap_or_default(),
                        gauges: last.map(|l| l.gauges.clone()).unwrap_or_default(),
                        skipped: last.map_or(0, |l| l.skipped),
                    }
                }
            };
            providers.insert(p.name.clone(), state);
        }
        self.last = providers.clone();
        Ok(Some(ProviderStats { providers }))
    }
}
