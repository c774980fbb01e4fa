//! The one way gatherer makes an HTTP client (the InfluxDB output, the providers
//! collector, `gatherer report`), and how its errors are said.

use std::fmt::Write as _;
use std::time::Duration;

/// A blocking client as a daemon wants one: no proxy from whatever environment it was
/// started in; no redirect followed (an answer comes from where the request was sent: a
/// redirect would carry credentials on, and a GET's 200 would pass for a POST's);
/// `timeout` on connecting and on the whole exchange. `https`: whether the system's CA
/// certificates are loaded (they take memory, so only where a URL needs them).
pub(crate) fn client(timeout: Duration, https: bool) -> Result<reqwest::blocking::Client, String> {
    let b = reqwest::blocking::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(timeout)
        .timeout(timeout)
        .tcp_nodelay(true)
        .user_agent(format!("gatherer/{}", crate::VERSION));
    #[cfg(feature = "tls")]
    let b = b.tls_built_in_root_certs(https);
    #[cfg(not(feature = "tls"))]
    let _ = https;
    b.build().map_err(|e| format!("cannot make an HTTP client: {}", why(e)))
}

/// A reqwest error with its causes, without the URL (which may carry a password; the
/// caller names the destination its own way).
pub(crate) fn why(e: reqwest::Error) -> String {
    let e = e.without_url();
    let mut s = e.to_string();
    let mut cause = std::error::Error::source(&e);
    while let Some(c) = cause {
        let _ = write!(s, ": {c}");
        cause = c.source();
    }
    s
}
