//! systemd's readiness and watchdog notifications (`sd_notify`), when systemd asked for
//! them through `NOTIFY_SOCKET` and `WATCHDOG_USEC`.

use crate::engine::Health;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// READY=1 once every collector finished its first cycle, and WATCHDOG=1 pings while
/// the engine's scheduler goes round, when systemd asked for them. Ends with its engine.
pub(super) fn notify_systemd(health: Arc<Health>) {
    let Some(socket) = std::env::var_os("NOTIFY_SOCKET") else { return };
    let watchdog = std::env::var("WATCHDOG_USEC")
        .ok()
        .and_then(|u| u.parse::<u64>().ok())
        .filter(|_| std::env::var("WATCHDOG_PID").map_or(true, |p| p == std::process::id().to_string()))
        .map(|usec| Duration::from_micros(usec / 2));
    let spawned = std::thread::Builder::new().name("sd-notify".into()).spawn(move || {
        health.wait_first_cycles();
        if health.is_retired() {
            return;
        }
        sd_notify(&socket, "READY=1");
        let Some(every) = watchdog else { return };
        while !health.is_retired() {
            if health.alive() {
                sd_notify(&socket, "WATCHDOG=1");
            } else {
                log::error!("the engine's scheduler is wedged or has ended; withholding the watchdog ping");
            }
            std::thread::sleep(every);
        }
    });
    if let Err(e) = spawned {
        log::error!("cannot start the systemd notifier: {e}");
    }
}

fn sd_notify(socket: &std::ffi::OsStr, msg: &str) {
    use std::os::linux::net::SocketAddrExt;
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::net::{SocketAddr, UnixDatagram};
    let bytes = socket.as_bytes();
    let addr = match bytes.strip_prefix(b"@") {
        Some(name) => SocketAddr::from_abstract_name(name),
        None => SocketAddr::from_pathname(Path::new(socket)),
    };
    let sent = addr.and_then(|a| UnixDatagram::unbound()?.send_to_addr(msg.as_bytes(), &a));
    if let Err(e) = sent {
        log::warn!("cannot notify systemd ({msg}): {e}");
    }
}
