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

use anyhow::{bail, Context, Result};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::io::Read;
use std::path::Path;

/// Version of the envelope; bumped only for changes a reader must know about.
pub const SCHEMA: u32 = 1;

/// State files are a few KiB; anything far larger is not ours and is refused unread.
const MAX_STATE_BYTES: u64 = 4 << 20;

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Error,
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
    pub fn from_json(bytes: &[u8], collector: &str) -> Result<Self> {
        let value: serde_json::Value = serde_json::from_slice(bytes).context("not valid JSON")?;
        if !value.is_object() {
            bail!("not a JSON object");
        }
        let envelope = Envelope::deserialize(&value).context("bad envelope")?;
        if envelope.schema != SCHEMA {
            bail!("schema {} is not supported (this gatherer reads schema {SCHEMA})", envelope.schema);
        }
        if envelope.collector != collector {
            bail!("written by collector {:?}, expected {collector:?}", envelope.collector);
        }
        // The reading is present exactly when there was a good measurement; parse it
        // strictly then, so a damaged field is an error rather than a silent "no data".
        let reading = match envelope.measured_at_unix {
            Some(_) => Some(R::deserialize(&value).context("bad collector fields")?),
            None => None,
        };
        Ok(State { envelope, reading })
    }

    /// Read the state file at `path`; `Ok(None)` when it does not exist.
    pub fn read(path: &Path, collector: &str) -> Result<Option<Self>> {
        let file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).with_context(|| format!("cannot open {}", path.display())),
        };
        let mut bytes = Vec::new();
        file.take(MAX_STATE_BYTES + 1)
            .read_to_end(&mut bytes)
            .with_context(|| format!("cannot read {}", path.display()))?;
        if bytes.len() as u64 > MAX_STATE_BYTES {
            bail!("{}: larger than {MAX_STATE_BYTES} bytes, not a state file", path.display());
        }
        Self::from_json(&bytes, collector)
            .with_context(|| format!("{}: unreadable state file", path.display()))
            .map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, Deserialize, Debug, PartialEq, Clone)]
    struct Count {
        things: u64,
    }

    fn envelope(measured: Option<i64>, status: Status) -> Envelope {
        Envelope {
            schema: SCHEMA,
            collector: "count".into(),
            host: "h".into(),
            status,
            error: (status == Status::Error).then(|| "boom".into()),
            measured_at: measured.map(crate::timefmt::rfc3339),
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
        assert!(State::<Count>::read(&p, "count").unwrap().is_none());
        std::fs::write(&p, b"{ half").unwrap();
        let err = format!("{:#}", State::<Count>::read(&p, "count").unwrap_err());
        assert!(err.contains(&p.display().to_string()), "{err}");
    }
}
