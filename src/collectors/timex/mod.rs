//! The system clock and its discipline: the time (`clock_gettime(CLOCK_REALTIME)`) and
//! the kernel's NTP state from `adjtimex(2)` called read-only (modes 0): synchronised or
//! not, offset, frequency adjustment, maximum and estimated error, PLL and PPS figures,
//! converted to seconds and ratios as node_exporter's timex collector does.

mod kind;

use crate::engine::collector::{Collector, Reading};
use crate::engine::sample::Sample;
use anyhow::Result;
use serde::{Deserialize, Serialize};

pub(crate) const NAME: &str = "timex";

/// adjtimex's status bit saying that offsets are in nanoseconds, not microseconds.
const STA_NANO: i32 = 0x2000;
/// adjtimex's answer when the clock is not synchronised.
const TIME_ERROR: i32 = 5;
/// Parts per million scaled by 2^16, as the kernel keeps frequencies.
const PPM16: f64 = 1_000_000.0 * 65536.0;

/// What the state file holds.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
pub struct Clock {
    /// Unix time when measured, in seconds.
    pub time_s: f64,
    /// The kernel considers the clock synchronised (adjtimex did not answer TIME_ERROR).
    pub synchronised: bool,
    /// adjtimex's status bits (STA_*). Named `status_bits` in the state file, whose
    /// envelope has its own `status`.
    #[serde(rename = "status_bits")]
    pub status: i64,
    pub offset_s: f64,
    /// 1 + the frequency offset.
    pub frequency_adjustment_ratio: f64,
    /// How wrong the clock may be, at most.
    pub maxerror_s: f64,
    pub estimated_error_s: f64,
    pub loop_time_constant: i64,
    pub tick_s: f64,
    pub pps_frequency_hz: f64,
    pub pps_jitter_s: f64,
    pub pps_shift_s: f64,
    pub pps_stability_hz: f64,
    pub pps_jitter_count: i64,
    pub pps_calibration_count: i64,
    pub pps_error_count: i64,
    pub pps_stability_exceeded_count: i64,
    pub tai_offset_s: f64,
}

impl Reading for Clock {
    fn summary(&self) -> String {
        format!(
            "{}, offset {:.6} s, max error {:.6} s, frequency ratio {:.9}",
            if self.synchronised { "synchronised" } else { "not synchronised" },
            self.offset_s,
            self.maxerror_s,
            self.frequency_adjustment_ratio
        )
    }

    fn samples(&self, out: &mut Vec<Sample>) {
        kind::samples(self, out);
    }
}

/// The raw fields of `struct timex` that are read, and adjtimex's answer.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Raw {
    pub(crate) state: i32,
    pub(crate) status: i32,
    pub(crate) offset: i64,
    pub(crate) freq: i64,
    pub(crate) maxerror: i64,
    pub(crate) esterror: i64,
    pub(crate) constant: i64,
    pub(crate) tick: i64,
    pub(crate) ppsfreq: i64,
    pub(crate) jitter: i64,
    pub(crate) shift: i32,
    pub(crate) stabil: i64,
    pub(crate) jitcnt: i64,
    pub(crate) calcnt: i64,
    pub(crate) errcnt: i64,
    pub(crate) stbcnt: i64,
    pub(crate) tai: i32,
}

impl Raw {
    /// Ask the kernel, changing nothing.
    // `struct timex` holds C longs: i64 here, i32 on 32-bit targets, hence the casts.
    #[allow(clippy::unnecessary_cast)]
    fn read() -> std::io::Result<Raw> {
        // SAFETY: `t` is a zeroed `struct timex` that adjtimex only writes to; modes 0
        // makes it a pure query, which needs no privilege.
        let (state, t) = unsafe {
            let mut t: libc::timex = std::mem::zeroed();
            (libc::adjtimex(&mut t), t)
        };
        if state < 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(Raw {
            state,
            status: t.status,
            offset: t.offset as i64,
            freq: t.freq as i64,
            maxerror: t.maxerror as i64,
            esterror: t.esterror as i64,
            constant: t.constant as i64,
            tick: t.tick as i64,
            ppsfreq: t.ppsfreq as i64,
            jitter: t.jitter as i64,
            shift: t.shift,
            stabil: t.stabil as i64,
            jitcnt: t.jitcnt as i64,
            calcnt: t.calcnt as i64,
            errcnt: t.errcnt as i64,
            stbcnt: t.stbcnt as i64,
            tai: t.tai,
        })
    }

    /// In seconds and ratios: offsets and PPS jitter are in nanoseconds when STA_NANO is
    /// set, microseconds otherwise; errors and the tick are always microseconds.
    pub(crate) fn convert(&self, time_s: f64) -> Clock {
        let divisor = if self.status & STA_NANO != 0 { 1e9 } else { 1e6 };
        Clock {
            time_s,
            synchronised: self.state != TIME_ERROR,
            status: i64::from(self.status),
            offset_s: self.offset as f64 / divisor,
            frequency_adjustment_ratio: 1.0 + self.freq as f64 / PPM16,
            maxerror_s: self.maxerror as f64 / 1e6,
            estimated_error_s: self.esterror as f64 / 1e6,
            loop_time_constant: self.constant,
            tick_s: self.tick as f64 / 1e6,
            pps_frequency_hz: self.ppsfreq as f64 / PPM16,
            pps_jitter_s: self.jitter as f64 / divisor,
            pps_shift_s: f64::from(self.shift),
            pps_stability_hz: self.stabil as f64 / PPM16,
            pps_jitter_count: self.jitcnt,
            pps_calibration_count: self.calcnt,
            pps_error_count: self.errcnt,
            pps_stability_exceeded_count: self.stbcnt,
            tai_offset_s: f64::from(self.tai),
        }
    }
}

#[derive(Default)]
pub struct Timex;

impl Collector for Timex {
    type Reading = Clock;

    fn collect(&mut self) -> Result<Option<Clock>> {
        let raw = Raw::read().map_err(|e| anyhow::anyhow!("adjtimex(2) failed: {e}"))?;
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        Ok(Some(raw.convert(now.as_secs_f64())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_follow_sta_nano_and_time_error() {
        let mut raw = Raw {
            state: TIME_ERROR,
            status: 0x40,
            offset: 1500,
            freq: 65536 * 10,
            maxerror: 16_000_000,
            esterror: 16_000_000,
            tick: 10000,
            ..Default::default()
        };
        let c = raw.convert(1.0);
        assert!(!c.synchronised);
        assert_eq!((c.offset_s, c.maxerror_s, c.tick_s), (0.0015, 16.0, 0.01));
        assert!((c.frequency_adjustment_ratio - 1.00001).abs() < 1e-12, "{}", c.frequency_adjustment_ratio);
        raw.state = 0;
        raw.status = STA_NANO;
        let c = raw.convert(1.0);
        assert!(c.synchronised);
        assert_eq!(c.offset_s, 0.0000015, "nanoseconds under STA_NANO");
    }

    #[test]
    fn the_running_kernel_answers() {
        let c = Timex.collect().unwrap().unwrap();
        assert!(c.tick_s > 0.0 && c.time_s > 1.6e9, "{c:?}");
    }
}
