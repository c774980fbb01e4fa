//! The submission: one `multipart/form-data` POST with the fields `uuid` (the node's
//! UUID) and `file` (the bundle, `application/gzip`), as vzstats sends its reports.
//! Counted as sent only on a 2xx answer.
//!
//! The client is built as the InfluxDB output builds its own: no proxy from the
//! environment, no redirect followed (a 3xx is a failure that names where it pointed),
//! rustls for https. The timeout covers everything: the connection, sending the body and
//! reading the answer; and a deadline of the caller's own stands behind reqwest's, so no
//! stage it does not time (a slow name lookup) can hold the run past it.
//!
//! The body is put together here rather than by reqwest's `multipart` feature: two fixed
//! fields are twenty lines, and the feature brings mime_guess's table of file types
//! (docs/design.md has the figures).

use crate::util::setting::redact_url_query;
use std::fmt::Write as _;
use std::io::Read;
use std::time::Duration;

/// How much of an answer is read: enough for a reason to show.
const MAX_ANSWER: u64 = 16 << 10;
/// How long past the timeout the caller waits for the client to give up by itself.
const GRACE: Duration = Duration::from_millis(500);

/// How a submission went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Posted {
    /// A 2xx: the report was taken.
    Taken { status: u16 },
    /// Any other answer, with its start (or where a redirect pointed).
    Refused { status: u16, text: String },
    /// No answer: the connection failed or the timeout struck.
    NoAnswer(String),
}

/// A `multipart/form-data` body with the fields `uuid` and `file`, and its boundary: one
/// that occurs nowhere in the parts.
pub(crate) fn form(uuid: &str, file_name: &str, gz: &[u8]) -> (String, Vec<u8>) {
    let mut boundary = String::new();
    loop {
        boundary.clear();
        boundary.push_str("gatherer-");
        let mut b = [0u8; 16];
        // Random so that no bundle can be made to contain it; a failure leaves zeros,
        // which the check below still keeps out of the parts.
        let _ = rustix::rand::getrandom(&mut b, rustix::rand::GetRandomFlags::empty());
        for x in b {
            let _ = write!(boundary, "{x:02x}");
        }
        if memchr::memmem::find(gz, boundary.as_bytes()).is_none() {
            break;
        }
    }
    let mut body = Vec::with_capacity(gz.len() + 512);
    let _ = write!(
        Bytes(&mut body),
        "--{boundary}\r\nContent-Disposition: form-data; name=\"uuid\"\r\n\r\n{uuid}\r\n--{boundary}\r\n\
         Content-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\n\
         Content-Type: application/gzip\r\n\r\n"
    );
    body.extend_from_slice(gz);
    let _ = write!(Bytes(&mut body), "\r\n--{boundary}--\r\n");
    (boundary, body)
}

/// `write!` into a byte vector.
struct Bytes<'a>(&'a mut Vec<u8>);

impl std::fmt::Write for Bytes<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

/// POST the bundle to `url`, within `timeout` whatever the peer does.
pub(crate) fn post(url: &reqwest::Url, uuid: &str, gz: &[u8], timeout: Duration) -> Posted {
    let (boundary, body) = form(uuid, super::bundle::FILE_NAME, gz);
    let url = url.clone();
    let (tx, rx) = std::sync::mpsc::channel();
    let worker = std::thread::Builder::new().name("report-post".into()).spawn(move || {
        let _ = tx.send(exchange(&url, &boundary, body, timeout));
    });
    if let Err(e) = worker {
        return Posted::NoAnswer(format!("cannot start a thread for the request: {e}"));
    }
    // The thread is left behind if it overruns: the command ends soon after.
    match rx.recv_timeout(timeout + GRACE) {
        Ok(a) => a,
        Err(_) => Posted::NoAnswer(format!("no answer within {} s (--report-timeout)", timeout.as_secs_f64())),
    }
}

fn exchange(url: &reqwest::Url, boundary: &str, body: Vec<u8>, timeout: Duration) -> Posted {
    let client = match crate::util::http::client(timeout, url.scheme() == "https") {
        Ok(c) => c,
        Err(e) => return Posted::NoAnswer(e),
    };
    let sent = client
        .post(url.clone())
        .timeout(timeout)
        .header(reqwest::header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
        .body(body)
        .send();
    let resp = match sent {
        Ok(r) => r,
        Err(e) if e.is_timeout() => {
            return Posted::NoAnswer(format!("no answer within {} s (--report-timeout)", timeout.as_secs_f64()))
        }
        Err(e) => return Posted::NoAnswer(crate::util::http::why(e)),
    };
    let status = resp.status();
    if status.is_success() {
        return Posted::Taken { status: status.as_u16() };
    }
    if status.is_redirection() {
        let to =
            resp.headers().get(reqwest::header::LOCATION).map(|l| String::from_utf8_lossy(l.as_bytes()).into_owned());
        let to = to.map_or("nowhere".to_string(), |t| redact_url_query(&t));
        return Posted::Refused {
            status: status.as_u16(),
            text: format!("a redirect to {to}, not followed: set --report-url to the real address"),
        };
    }
    let mut text = Vec::new();
    let _ = resp.take(MAX_ANSWER).read_to_end(&mut text);
    Posted::Refused { status: status.as_u16(), text: crate::util::text::one_line(&text, 200) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_has_two_fields_and_a_boundary_found_nowhere_else() {
        let gz = b"\x1f\x8b binary \r\n--not-it\r\n".to_vec();
        let (boundary, body) = form("0f8fad5b-d9cb-469f-a165-70867728950e", "r.tar.gz", &gz);
        let text = String::from_utf8_lossy(&body).into_owned();
        assert!(text.starts_with(&format!("--{boundary}\r\n")), "{text}");
        assert!(text.ends_with(&format!("\r\n--{boundary}--\r\n")), "{text}");
        assert_eq!(text.matches(&boundary).count(), 3, "{text}");
        assert!(text.contains("name=\"uuid\"\r\n\r\n0f8fad5b-d9cb-469f-a165-70867728950e\r\n"), "{text}");
        assert!(text.contains("name=\"file\"; filename=\"r.tar.gz\"\r\nContent-Type: application/gzip\r\n\r\n"));
        assert!(memchr::memmem::find(&body, &gz).is_some());
    }
}
