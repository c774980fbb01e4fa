//! The state file format: one JSON object per collector, a common envelope plus the
//! collector's own fields, written by the daemon and read back by `show` and the checks
//! through the same types.
//!
//! A reader tells the three situations apart like this:
//! - never ran: the file does not exist;
//! - fresh: `status` is `"ok"` and `measured_at_unix` is recent;
//! - stale: `measured_at_unix` is old, or `status` is `"error"` (the collector's fields
//!   are then the last good ones, and `error` says why the latest attempt failed). A
//!   collector that has never succeeded writes `measured_at: null` and no fields of its own.

use crate::util::file::{self, Links};
use anyhow::{bail, Context, Result};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Version of the envelope; bumped only for changes a reader must know about.
pub const SCHEMA: u32 = 1;

/// State files are a few KiB; a host with thousands of interfaces or mounts writes a few
/// MiB (about 800 bytes each). Anything far larger is not ours and is refused unread.
pub(crate) const MAX_STATE_BYTES: u64 = 64 << 20;

/// How far ahead of the reader's clock a timestamp may be and still count as now: the
/// writer runs on the same host, so only a clock step or a planted file puts it ahead.
pub(crate) const MAX_FUTURE_SKEW_S: i64 = 60;

/// How old a timestamp is at `now` (both Unix seconds): `Ok(seconds)`, or `Err(seconds
/// ahead)` when it lies in the future by more than the allowed skew. Never overflows,
/// whatever the file holds.
pub(crate) fn age_at(now: i64, t: i64) -> Result<u64, u64> {
    let ahead = t.saturating_sub(now);
    if ahead > MAX_FUTURE_SKEW_S {
        return Err(ahead as u64);
    }
    Ok(now.saturating_sub(t).max(0) as u64)
}

/// `42 s ago`, or `5 min in the future: ...` for a time ahead of `now`.
pub(crate) fn ago(now: i64, t: i64) -> String {
    match age_at(now, t) {
        Ok(a) => format!("{} ago", crate::util::timefmt::age(a)),
        Err(ahead) => {
            format!("{} in the future: a clock stepped back, or not gatherer's file", crate::util::timefmt::age(ahead))
        }
    }
}

/// Whose state file a reader accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trust {
    /// Any regular file at the path (the checks and `show` only report what it says).
    Anyone,
    /// Only a regular file (not a symlink) owned by this uid: the daemon adopts its old
    /// values as the last good ones, and must not adopt what another user planted.
    Owner(u32),
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Error,
}

/// Where a collector's state file is and how often it is written: all that the checks,
/// munin and `show` need to know about a collector's settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StateSource {
    pub collector: &'static str,
    pub path: std::path::PathBuf,
    pub interval: std::time::Duration,
}

/// Fields every state file carries, before the collector's own.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Envelope {
    pub schema: u32,
    pub collector: String,
    pub host: String,
    pub status: Status,
    /// Text of the latest failure, or null when the latest attempt succeeded.
    pub error: Option<String>,
    /// RFC 3339 UTC time of the last good measurement; null if there never was one.
    pub measured_at: Option<String>,
    pub measured_at_unix: Option<i64>,
    /// Unix time of the latest attempt, good or not.
    pub attempted_at_unix: i64,
    /// How long the latest attempt took.
    pub duration_ms: u64,
}

/// A whole state file: the envelope and, once there was a good measurement, the reading.
#[derive(Clone, Debug, PartialEq)]
pub struct State<R> {
    pub envelope: Envelope,
    pub reading: Option<R>,
}

#[derive(Serialize)]
struct Flat<'a, R> {
    #[serde(flatten)]
    envelope: &'a Envelope,
    #[serde(flatten)]
    reading: &'a Option<R>,
}

/// A state file from its envelope and, once there was a good measurement, the reading's
/// fields already encoded ([`crate::engine::collector::Measured`]): the same bytes as
/// [`State::to_json`] gives, the reading's fields after the envelope's.
pub fn state_json(envelope: &Envelope, fields: Option<&str>) -> Result<Vec<u8>> {
    let mut out = serde_json::to_vec_pretty(envelope).context("encoding state as JSON")?;
    // Both are pretty-printed objects at the top level: "{\n  ...\n}". The envelope loses
    // its closing brace, the reading its opening one; an empty reading ("{}") adds nothing.
    let inner = fields.map(str::trim).and_then(|f| f.strip_prefix('{')).map(|f| f.trim_start_matches('\n'));
    if let Some(rest) = inner.filter(|r| r.trim() != "}") {
        if out.ends_with(b"\n}") {
            out.truncate(out.len() - 2);
            out.extend_from_slice(b",\n");
            out.extend_from_slice(rest.as_bytes());
        } else {
            anyhow::bail!("the envelope did not encode as an object");
        }
    }
    out.push(b'\n');
    Ok(out)
}

impl<R: Serialize> State<R> {
    pub fn to_json(&self) -> Result<Vec<u8>> {
        let flat = Flat { envelope: &self.envelope, reading: &self.reading };
        let mut out = serde_json::to_vec_pretty(&flat).context("encoding state as JSON")?;
        out.push(b'\n');
        Ok(out)
    }
}

impl<R: DeserializeOwned> State<R> {
    /// Parse a state file's bytes, checking it belongs to `collector`.
    ///
    /// Parsed straight into the types, the envelope and then the reading, never into a
    /// tree of JSON values: such a tree takes some twenty times the file's size (a 64 MiB
    /// file of small numbers needed over 1 GB), and fields that are not ours are skipped
    /// without being kept.
    pub(crate) fn from_json(bytes: &[u8], collector: &str) -> Result<Self> {
        // A struct would also take a JSON array of its fields in order.
        if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
            serde_json::from_slice::<serde::de::IgnoredAny>(bytes).context("not valid JSON")?;
            bail!("not a JSON object");
        }
        let what = |e: serde_json::Error, data: &'static str| {
            let kind = if e.is_data() { data } else { "not valid JSON" };
            anyhow::Error::new(e).context(kind)
        };
        let envelope: Envelope = serde_json::from_slice(bytes).map_err(|e| what(e, "bad envelope"))?;
        if envelope.schema != SCHEMA {
            bail!("schema {} is not supported (this gatherer reads schema {SCHEMA})", envelope.schema);
        }
        if envelope.collector != collector {
            bail!("written by collector {:?}, expected {collector:?}", envelope.collector);
        }
        // The reading is present exactly when there was a good measurement; parse it
        // strictly then, so a damaged field is an error rather than a silent "no data".
        let reading = match envelope.measured_at_unix {
            Some(_) => Some(serde_json::from_slice::<R>(bytes).map_err(|e| what(e, "bad collector fields"))?),
            None => None,
        };
        Ok(State { envelope, reading })
    }

    /// Read the state file at `path`; `Ok(None)` when it does not exist. Never blocks:
    /// a FIFO or device planted at the path is an error naming it.
    pub(crate) fn read(path: &Path, collector: &str, trust: Trust) -> Result<Option<Self>> {
        let links = if trust == Trust::Anyone { Links::Follow } else { Links::Refuse };
        let mut bytes = Vec::new();
        let st = match file::read_into(path, links, MAX_STATE_BYTES, &mut bytes) {
            Ok(st) => st,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).with_context(|| format!("cannot read state file {}", path.display())),
        };
        if let Trust::Owner(uid) = trust {
            if st.st_uid != uid {
                bail!(
                    "{} belongs to uid {}, not to this daemon (uid {uid}); not adopting its values",
                    path.display(),
                    st.st_uid
                );
            }
        }
        Self::from_json(&bytes, collector)
            .with_context(|| format!("{}: unreadable state file", path.display()))
            .map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_past_and_ahead() {
        assert_eq!(ago(100, 95), "5 s ago");
        assert!(ago(100, 100 + 7200).starts_with("2 h in the future"));
        assert!(ago(100, i64::MIN).ends_with(" d ago"));
    }

    #[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
    struct Count {
        things: u64,
    }

    /// The envelope and a reading encoded apart, then joined, give the very bytes of the
    /// two encoded together: nested objects, arrays, an empty reading, none.
    #[test]
    fn a_reading_encoded_apart_joins_the_envelope_as_one_file() {
        let env = envelope(Some(1), Status::Ok);
        let reading = serde_json::json!({"a": 1.5, "b": {"c": [1, 2], "d": {}}, "e": [], "f": "x\ny"});
        let together = State { envelope: env.clone(), reading: Some(&reading) }.to_json().unwrap();
        let apart = serde_json::to_string_pretty(&reading).unwrap();
        assert_eq!(
            String::from_utf8(state_json(&env, Some(&apart)).unwrap()).unwrap(),
            String::from_utf8(together).unwrap()
        );
        let alone = State::<Count> { envelope: env.clone(), reading: None }.to_json().unwrap();
        assert_eq!(state_json(&env, None).unwrap(), alone);
        assert_eq!(state_json(&env, Some("{}")).unwrap(), alone);
    }

    fn envelope(measured: Option<i64>, status: Status) -> Envelope {
        Envelope {
            schema: SCHEMA,
            collector: "count".into(),
            host: "h".into(),
            status,
            error: (status == Status::Error).then(|| "boom".into()),
            measured_at: measured.map(crate::util::timefmt::rfc3339),
            measured_at_unix: measured,
            attempted_at_unix: 200,
            duration_ms: 3,
        }
    }

    #[test]
    fn round_trips_flat_fields() {
        let s = State { envelope: envelope(Some(100), Status::Ok), reading: Some(Count { things: 7 }) };
        let json = s.to_json().unwrap();
        let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
        assert_eq!(v["things"], 7, "collector fields sit beside the envelope");
        assert_eq!(v["status"], "ok");
        assert_eq!(v["measured_at"], "1970-01-01T00:01:40Z");
        assert_eq!(State::<Count>::from_json(&json, "count").unwrap(), s);
    }

    #[test]
    fn never_measured_has_no_reading_and_null_time() {
        let s: State<Count> = State { envelope: envelope(None, Status::Error), reading: None };
        let json = s.to_json().unwrap();
        let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
        assert!(v["measured_at"].is_null());
        assert!(v.get("things").is_none());
        assert_eq!(State::<Count>::from_json(&json, "count").unwrap(), s);
    }

    #[test]
    fn damaged_reading_is_an_error_not_missing_data() {
        let bad = br#"{"schema":1,"collector":"count","host":"h","status":"ok","error":null,
            "measured_at":"x","measured_at_unix":5,"attempted_at_unix":5,"duration_ms":0,
            "things":"seven"}"#;
        let err = format!("{:#}", State::<Count>::from_json(bad, "count").unwrap_err());
        assert!(err.contains("things") || err.contains("invalid type"), "{err}");
    }

    #[test]
    fn a_large_file_is_read_in_little_more_memory_than_its_reading() {
        let s = State { envelope: envelope(Some(100), Status::Ok), reading: Some(Count { things: 7 }) };
        let json = String::from_utf8(s.to_json().unwrap()).unwrap();
        // 8 MB of a field that is not ours: as a tree of values, over 100 MB.
        let big = json.replacen('{', &format!("{{\"x\": [{}0],", "0,".repeat(4 << 20)), 1);
        let (peak, read) = crate::alloc_count::peak_bytes(|| State::<Count>::from_json(big.as_bytes(), "count"));
        assert_eq!(read.unwrap(), s);
        assert!(peak < 64 << 10, "{peak} bytes held at once");
        // Not an object: an array of the fields in order is refused, as is broken JSON.
        let err = format!("{:#}", State::<Count>::from_json(b"[1, \"count\"]", "count").unwrap_err());
        assert!(err.contains("not a JSON object"), "{err}");
        let err = format!("{:#}", State::<Count>::from_json(b"[1, ", "count").unwrap_err());
        assert!(err.contains("not valid JSON"), "{err}");
        let err = format!("{:#}", State::<Count>::from_json(b"{\"schema\": 1,", "count").unwrap_err());
        assert!(err.contains("not valid JSON"), "{err}");
    }

    #[test]
    fn refuses_other_collectors_and_schemas() {
        let s = State { envelope: envelope(Some(1), Status::Ok), reading: Some(Count { things: 1 }) };
        let json = s.to_json().unwrap();
        assert!(State::<Count>::from_json(&json, "other").is_err());
        let v2 = String::from_utf8(json).unwrap().replace("\"schema\": 1", "\"schema\": 2");
        let err = format!("{:#}", State::<Count>::from_json(v2.as_bytes(), "count").unwrap_err());
        assert!(err.contains("schema 2"), "{err}");
    }

    #[test]
    fn read_distinguishes_missing_from_unparseable() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s.json");
        assert!(State::<Count>::read(&p, "count", Trust::Anyone).unwrap().is_none());
        std::fs::write(&p, b"{ half").unwrap();
        let err = format!("{:#}", State::<Count>::read(&p, "count", Trust::Anyone).unwrap_err());
        assert!(err.contains(&p.display().to_string()), "{err}");
    }

    #[test]
    fn ages_never_overflow_and_the_future_is_its_own_case() {
        assert_eq!(age_at(1000, 990), Ok(10));
        assert_eq!(age_at(1000, 1030), Ok(0), "a little ahead: a clock adjustment");
        assert_eq!(age_at(1000, 1000 + 86_400 * 3650), Err(86_400 * 3650));
        assert_eq!(age_at(1000, i64::MAX), Err((i64::MAX - 1000) as u64));
        assert_eq!(age_at(1000, i64::MIN), Ok(i64::MAX as u64));
        assert_eq!(age_at(i64::MIN, i64::MAX), Err(i64::MAX as u64));
    }

    #[test]
    fn the_daemon_adopts_only_its_own_regular_files() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s.json");
        let s = State { envelope: envelope(Some(1), Status::Ok), reading: Some(Count { things: 1 }) };
        std::fs::write(&p, s.to_json().unwrap()).unwrap();
        let me = rustix::process::geteuid().as_raw();
        assert_eq!(State::<Count>::read(&p, "count", Trust::Owner(me)).unwrap(), Some(s));
        let err = format!("{:#}", State::<Count>::read(&p, "count", Trust::Owner(me + 1)).unwrap_err());
        assert!(err.contains("not adopting"), "{err}");
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink(&p, &link).unwrap();
        assert!(State::<Count>::read(&link, "count", Trust::Owner(me)).is_err(), "a symlink is never ours");
        assert!(State::<Count>::read(&link, "count", Trust::Anyone).unwrap().is_some());
    }
}
