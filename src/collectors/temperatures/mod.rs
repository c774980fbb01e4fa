//! Temperatures from hwmon chips (`<sys-root>/class/hwmon/*`) and thermal zones
//! (`<sys-root>/class/thermal/thermal_zone*`): every sensor with its value, its own high
//! (`max`) and critical (`crit`) limits, and an alarm level 0 (fine), 1 (at or above max)
//! or 2 (at or above crit).
//!
//! hwmon numbering (`hwmon3`) follows the order drivers load, so it changes between
//! boots. A chip is named, as node_exporter names it, from the device it belongs to:
//! `platform_coretemp_0` and `platform_coretemp_1` for two sockets that both have a
//! "Core 0", `nvme_nvme0` and `nvme_nvme1` for two drives that both have a "Composite".
//! Only a chip with no device falls back to its `name` file, then to `hwmonN`. A sensor
//! is `<chip>/temp<N>`; its label ("Core 0") is kept beside it.

mod kind;

use crate::engine::collector::{Collector, Reading};
use crate::engine::sample::Sample;
use crate::util::{file, names};
use anyhow::Result;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

pub(crate) const NAME: &str = "temperatures";

/// The chip name of the thermal zones, whose sensors are named `thermal_zone/<type>`.
pub(crate) const ZONE_CHIP: &str = "thermal_zone";

/// Where a sensor comes from.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Hwmon,
    ThermalZone,
}

/// One temperature sensor.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Sensor {
    pub source: Source,
    /// hwmon: the chip named from its device path (node_exporter's `chip` label);
    /// thermal zones: `thermal_zone`.
    pub chip: String,
    /// hwmon: the chip's own `name` file (`coretemp`, `nvme`); thermal zones: the
    /// zone's `type` (`acpitz`).
    pub chip_name: Option<String>,
    /// hwmon: `temp<N>` (node_exporter's `sensor` label); thermal zones: the zone's
    /// number (node_exporter's `zone` label).
    pub sensor: String,
    /// What the chip calls it (`Core 0`, `Composite`), if anything.
    pub label: Option<String>,
    pub celsius: f64,
    /// The chip's own limits: `tempN_max` and `tempN_crit`; for a thermal zone its
    /// `hot` and `critical` trip points.
    pub max: Option<f64>,
    pub crit: Option<f64>,
    /// 0: below its limits; 1: at or above max (or the chip raised its max alarm);
    /// 2: at or above crit (or the chip raised its crit alarm).
    pub alarm: u8,
}

/// What the state file holds.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct TempStats {
    /// By stable name: `<chip>/temp<N>` for hwmon, `thermal_zone/<type>` for zones (a
    /// second zone of the same type gets `_2`, in zone order).
    pub sensors: BTreeMap<String, Sensor>,
    /// Sensors that exist but could not be read (a drive asleep, a fault), with why.
    pub errors: BTreeMap<String, String>,
}

impl TempStats {
    /// The sensor with the worst alarm, then the hottest.
    pub(crate) fn worst(&self) -> Option<(&String, &Sensor)> {
        self.sensors.iter().max_by(|a, b| a.1.alarm.cmp(&b.1.alarm).then(a.1.celsius.total_cmp(&b.1.celsius)))
    }
}

impl Reading for TempStats {
    fn summary(&self) -> String {
        let mut s = format!("{} sensors", self.sensors.len());
        if let Some((name, t)) = self.worst() {
            s += &format!(", hottest {name} at {} °C", t.celsius);
            let alarms = self.sensors.values().filter(|t| t.alarm > 0).count();
            if alarms > 0 {
                s += &format!(", {alarms} in alarm");
            }
        }
        if !self.errors.is_empty() {
            s += &format!(", {} unreadable", self.errors.len());
        }
        s
    }

    fn samples(&self, out: &mut Vec<Sample>) {
        kind::samples(self, out);
    }
}

/// node_exporter's `cleanMetricName`: lower case, anything but `[a-z0-9:_]` as `_`,
/// no `_` at either end.
pub(crate) fn clean_name(s: &str) -> String {
    let s: String = s
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_lowercase() || c.is_ascii_digit() || c == ':' || c == '_' { c } else { '_' })
        .collect();
    s.trim_matches('_').to_string()
}

/// Millidegrees as degrees: 45000 → 45.
fn millis(v: i64) -> f64 {
    v as f64 / 1000.0
}

/// The alarm level of `celsius` against its limits and the chip's own alarm flags. A
/// limit at or below 0 °C is "not set" (chips print 0 or -273.15 for that).
fn alarm_level(celsius: f64, max: Option<f64>, crit: Option<f64>, max_flag: bool, crit_flag: bool) -> u8 {
    let set = |l: Option<f64>| l.filter(|l| *l > 0.0);
    if crit_flag || set(crit).is_some_and(|c| celsius >= c) {
        2
    } else if max_flag || set(max).is_some_and(|m| celsius >= m) {
        1
    } else {
        0
    }
}

pub(crate) struct Temperatures {
    sys_root: PathBuf,
    buf: Vec<u8>,
}

/// The temperature files of one hwmon sensor, gathered from a directory listing.
#[derive(Default)]
struct Files {
    input: Option<PathBuf>,
    max: Option<PathBuf>,
    crit: Option<PathBuf>,
    label: Option<PathBuf>,
    /// `_alarm` and `_max_alarm`: raise level 1.
    max_alarms: Vec<PathBuf>,
    /// `_crit_alarm` and `_emergency_alarm`: raise level 2.
    crit_alarms: Vec<PathBuf>,
    fault: Option<PathBuf>,
}

impl Temperatures {
    pub(crate) fn new(sys_root: &Path) -> Temperatures {
        Temperatures { sys_root: sys_root.to_path_buf(), buf: Vec::new() }
    }

    /// One sysfs attribute, trimmed.
    fn attr(&mut self, path: &Path) -> std::io::Result<String> {
        Ok(file::read_str(path, 4096, &mut self.buf)?.trim().to_string())
    }

    /// One sysfs attribute as an integer.
    fn int(&mut self, path: &Path) -> std::io::Result<i64> {
        let text = file::read_str(path, 4096, &mut self.buf)?.trim();
        text.parse().map_err(|_| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("{} holds {text:?}, not an integer", path.display()),
            )
        })
    }

    /// The chip's name, as node_exporter's `hwmonName`: from the device it belongs to
    /// (`<parent dir>_<device dir>`, cleaned), else its `name` file, else `hwmonN`.
    fn chip_name(&mut self, dir: &Path) -> Option<String> {
        if let Ok(device) = std::fs::canonicalize(dir.join("device")) {
            let dev = device.file_name().map(|n| clean_name(&n.to_string_lossy())).unwrap_or_default();
            let ty =
                device.parent().and_then(Path::file_name).map(|n| clean_name(&n.to_string_lossy())).unwrap_or_default();
            match (ty.is_empty(), dev.is_empty()) {
                (false, false) => return Some(format!("{ty}_{dev}")),
                (true, false) => return Some(dev),
                _ => {}
            }
        }
        if let Ok(name) = self.attr(&dir.join("name")) {
            let name = clean_name(&name);
            if !name.is_empty() {
                return Some(name);
            }
        }
        let real = std::fs::canonicalize(dir).ok()?;
        Some(clean_name(&real.file_name()?.to_string_lossy())).filter(|n| !n.is_empty())
    }

    /// The `temp*` files of a chip: in its directory and, for drivers that put them
    /// there (older kernels), in its `device` directory.
    fn sensor_files(dir: &Path) -> BTreeMap<u32, Files> {
        let mut sensors: BTreeMap<u32, Files> = BTreeMap::new();
        for d in [dir.to_path_buf(), dir.join("device")] {
            let Ok(entries) = std::fs::read_dir(&d) else { continue };
            for e in entries.flatten() {
                let name = e.file_name();
                let Some(name) = name.to_str() else { continue };
                let Some(rest) = name.strip_prefix("temp") else { continue };
                let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                let Some(prop) = rest[digits..].strip_prefix('_') else { continue };
                // node_exporter's rule: a sensor without a number is number 0.
                let Ok(n) = (if digits == 0 { Ok(0) } else { rest[..digits].parse::<u32>() }) else { continue };
                let f = sensors.entry(n).or_default();
                let path = e.path();
                match prop {
                    "input" => f.input = Some(path),
                    "max" => f.max = Some(path),
                    "crit" => f.crit = Some(path),
                    "label" => f.label = Some(path),
                    "fault" => f.fault = Some(path),
                    "alarm" | "max_alarm" => f.max_alarms.push(path),
                    "crit_alarm" | "emergency_alarm" => f.crit_alarms.push(path),
                    _ => {}
                }
            }
        }
        sensors.retain(|_, f| f.input.is_some());
        sensors
    }

    fn hwmon(&mut self, out: &mut TempStats) {
        let class = self.sys_root.join("class/hwmon");
        let Ok(entries) = std::fs::read_dir(&class) else { return };
        let mut dirs: Vec<PathBuf> = entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
        // hwmon2 before hwmon10: which of two same-named chips is renamed follows the
        // kernel's numbering.
        let number = |p: &PathBuf| {
            p.file_name().and_then(|n| n.to_str()?.strip_prefix("hwmon")?.parse::<u64>().ok()).unwrap_or(u64::MAX)
        };
        dirs.sort_by(|a, b| number(a).cmp(&number(b)).then_with(|| a.cmp(b)));
        let mut chips: HashSet<String> = HashSet::new();
        for dir in dirs {
            let Some(mut chip) = self.chip_name(&dir) else { continue };
            // Two chips of one name without a device to tell them apart: the second is
            // named after its hwmon directory too, never written over the first.
            if !chips.insert(chip.clone()) {
                let hwmon = dir.file_name().map(|n| clean_name(&n.to_string_lossy())).unwrap_or_default();
                chip = names::first_free(&format!("{chip}_{hwmon}"), |n| chips.contains(n));
                chips.insert(chip.clone());
            }
            // Old drivers keep `name` beside their sensors in the device directory.
            let chip_name =
                ["name", "device/name"].iter().find_map(|f| self.attr(&dir.join(f)).ok().filter(|n| !n.is_empty()));
            for (n, f) in Self::sensor_files(&dir) {
                let sensor = format!("temp{n}");
                let key = format!("{chip}/{sensor}");
                match self.hwmon_sensor(&f) {
                    Ok(Some((celsius, max, crit, alarm))) => {
                        let label = f.label.as_ref().and_then(|p| self.attr(p).ok()).filter(|l| !l.is_empty());
                        let s = Sensor {
                            source: Source::Hwmon,
                            chip: chip.clone(),
                            chip_name: chip_name.clone(),
                            sensor,
                            label,
                            celsius,
                            max,
                            crit,
                            alarm,
                        };
                        out.sensors.insert(key, s);
                    }
                    Ok(None) => {
                        out.errors
                            .insert(key, format!("the chip reports a fault ({}_fault is 1)", sensor_path(&dir, n)));
                    }
                    Err(e) => {
                        out.errors.insert(key, e.to_string());
                    }
                }
            }
        }
    }

    /// Value, limits and alarm of one hwmon sensor; `None` if the chip flags a fault.
    #[allow(clippy::type_complexity)]
    fn hwmon_sensor(&mut self, f: &Files) -> std::io::Result<Option<(f64, Option<f64>, Option<f64>, u8)>> {
        if let Some(p) = &f.fault {
            if self.int(p).unwrap_or(0) != 0 {
                return Ok(None);
            }
        }
        let input = f.input.as_ref().expect("kept only with an input");
        let celsius = millis(self.int(input)?);
        let max = f.max.as_ref().and_then(|p| self.int(p).ok()).map(millis);
        let crit = f.crit.as_ref().and_then(|p| self.int(p).ok()).map(millis);
        let raised = |me: &mut Self, files: &[PathBuf]| files.iter().any(|p| me.int(p).unwrap_or(0) != 0);
        let (max_flag, crit_flag) = (raised(self, &f.max_alarms), raised(self, &f.crit_alarms));
        Ok(Some((celsius, max, crit, alarm_level(celsius, max, crit, max_flag, crit_flag))))
    }

    fn zones(&mut self, out: &mut TempStats) {
        let class = self.sys_root.join("class/thermal");
        let Ok(entries) = std::fs::read_dir(&class) else { return };
        let mut zones: Vec<(u32, PathBuf)> = entries
            .flatten()
            .filter_map(|e| {
                let n = e.file_name().to_str()?.strip_prefix("thermal_zone")?.parse().ok()?;
                Some((n, e.path()))
            })
            .collect();
        zones.sort();
        let mut keys: HashSet<String> = HashSet::new();
        for (n, dir) in zones {
            let ty = match self.attr(&dir.join("type")) {
                Ok(ty) => ty,
                Err(e) => {
                    out.errors.insert(format!("{ZONE_CHIP}/thermal_zone{n}"), format!("cannot read its type: {e}"));
                    continue;
                }
            };
            // Zones of one type are `acpitz`, `acpitz_2`, ...; types that clean to the same
            // name (`acpi-tz`, `acpi_tz`) or that look like such a key are counted on too,
            // so no zone is written over another.
            let key = names::first_free(&format!("{ZONE_CHIP}/{}", clean_name(&ty)), |k| keys.contains(k));
            keys.insert(key.clone());
            let celsius = match self.int(&dir.join("temp")) {
                Ok(t) => millis(t),
                Err(e) => {
                    out.errors.insert(key, e.to_string());
                    continue;
                }
            };
            let (max, crit) = self.trip_points(&dir);
            let alarm = alarm_level(celsius, max, crit, false, false);
            let s = Sensor {
                source: Source::ThermalZone,
                chip: ZONE_CHIP.into(),
                chip_name: Some(ty),
                sensor: n.to_string(),
                label: None,
                celsius,
                max,
                crit,
                alarm,
            };
            out.sensors.insert(key, s);
        }
    }

    /// A zone's lowest `hot` and `critical` trip points.
    fn trip_points(&mut self, dir: &Path) -> (Option<f64>, Option<f64>) {
        let (mut hot, mut crit): (Option<f64>, Option<f64>) = (None, None);
        // The kernel allows 12 trip points (THERMAL_MAX_TRIPS); a planted tree gets no more.
        for i in 0..64 {
            let ty = match self.attr(&dir.join(format!("trip_point_{i}_type"))) {
                Ok(t) => t,
                Err(_) => break,
            };
            let Ok(t) = self.int(&dir.join(format!("trip_point_{i}_temp"))) else { continue };
            let slot = match ty.as_str() {
                "hot" => &mut hot,
                "critical" => &mut crit,
                _ => continue,
            };
            *slot = Some(slot.map_or(millis(t), |s| s.min(millis(t))));
        }
        (hot, crit)
    }
}

fn sensor_path(dir: &Path, n: u32) -> String {
    dir.join(format!("temp{n}")).display().to_string()
}

impl Collector for Temperatures {
    type Reading = TempStats;

    fn collect(&mut self) -> Result<Option<TempStats>> {
        let mut out = TempStats { sensors: BTreeMap::new(), errors: BTreeMap::new() };
        self.hwmon(&mut out);
        self.zones(&mut out);
        Ok(Some(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use std::os::unix::fs::symlink;

    fn write(path: &Path, text: &str) {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    /// (number, label, input, max, crit) of one sensor, in millidegrees.
    type Spec<'a> = (u32, &'a str, i64, Option<i64>, Option<i64>);

    /// A hwmon chip under `devices/<device>/hwmon/hwmonN`, linked from class/hwmon.
    fn chip(sys: &Path, device: &str, n: u32, name: &str, sensors: &[Spec<'_>]) {
        let dir = sys.join("devices").join(device).join(format!("hwmon/hwmon{n}"));
        write(&dir.join("name"), &format!("{name}\n"));
        symlink(format!("../../../{}", Path::new(device).file_name().unwrap().to_str().unwrap()), dir.join("device"))
            .unwrap();
        for (i, label, input, max, crit) in sensors {
            write(&dir.join(format!("temp{i}_input")), &format!("{input}\n"));
            write(&dir.join(format!("temp{i}_label")), &format!("{label}\n"));
            if let Some(m) = max {
                write(&dir.join(format!("temp{i}_max")), &format!("{m}\n"));
            }
            if let Some(c) = crit {
                write(&dir.join(format!("temp{i}_crit")), &format!("{c}\n"));
            }
        }
        fs::create_dir_all(sys.join("class/hwmon")).unwrap();
        let up = "../../devices/".to_string() + device + &format!("/hwmon/hwmon{n}");
        symlink(up, sys.join(format!("class/hwmon/hwmon{n}"))).unwrap();
    }

    #[test]
    fn two_sockets_and_two_drives_have_distinct_stable_names() {
        let dir = tempfile::tempdir().unwrap();
        let sys = dir.path();
        chip(
            sys,
            "platform/coretemp.0",
            3,
            "coretemp",
            &[(1, "Package id 0", 45000, Some(80000), Some(100000)), (2, "Core 0", 81000, Some(80000), Some(100000))],
        );
        chip(sys, "platform/coretemp.1", 1, "coretemp", &[(2, "Core 0", 40000, Some(80000), Some(100000))]);
        chip(
            sys,
            "pci0000:00/0000:00:1d.0/nvme/nvme0",
            0,
            "nvme",
            &[(1, "Composite", 38850, Some(84850), Some(84850))],
        );
        chip(
            sys,
            "pci0000:00/0000:00:1c.0/nvme/nvme1",
            2,
            "nvme",
            &[(1, "Composite", 101000, Some(84850), Some(100000))],
        );
        let r = Collector::collect(&mut Temperatures::new(sys)).unwrap().unwrap();
        let names: Vec<&str> = r.sensors.keys().map(String::as_str).collect();
        assert_eq!(
            names,
            [
                "nvme_nvme0/temp1",
                "nvme_nvme1/temp1",
                "platform_coretemp_0/temp1",
                "platform_coretemp_0/temp2",
                "platform_coretemp_1/temp2"
            ]
        );
        let core0 = &r.sensors["platform_coretemp_1/temp2"];
        assert_eq!(
            (core0.label.as_deref(), core0.chip_name.as_deref(), core0.celsius),
            (Some("Core 0"), Some("coretemp"), 40.0)
        );
        assert_eq!((core0.max, core0.crit, core0.alarm), (Some(80.0), Some(100.0), 0));
        assert_eq!(r.sensors["platform_coretemp_0/temp2"].alarm, 1, "81 °C is above its max of 80");
        assert_eq!(r.sensors["nvme_nvme1/temp1"].alarm, 2, "101 °C is above its crit");
        assert_eq!(r.worst().unwrap().0, "nvme_nvme1/temp1");
    }

    #[test]
    fn alarm_flags_faults_and_unset_limits() {
        let dir = tempfile::tempdir().unwrap();
        let sys = dir.path();
        // A chip with no device: named from its name file; one with neither: hwmonN.
        let h = sys.join("class/hwmon/hwmon0");
        write(&h.join("name"), "drivetemp\n");
        write(&h.join("temp1_input"), "35000\n");
        write(&h.join("temp1_max"), "0\n"); // 0 means not set
        write(&h.join("temp1_crit_alarm"), "1\n");
        write(&h.join("temp2_input"), "30000\n");
        write(&h.join("temp2_fault"), "1\n");
        write(&h.join("temp3_input"), "n/a\n");
        let h = sys.join("class/hwmon/hwmon7");
        write(&h.join("temp1_input"), "20000\n");
        write(&h.join("temp1_max"), "-273150\n");
        let r = Collector::collect(&mut Temperatures::new(sys)).unwrap().unwrap();
        assert_eq!(r.sensors["drivetemp/temp1"].alarm, 2, "the chip's own crit alarm");
        assert_eq!(r.sensors["hwmon7/temp1"].alarm, 0, "-273.15 is no limit");
        assert!(r.errors["drivetemp/temp2"].contains("fault"), "{:?}", r.errors);
        assert!(r.errors["drivetemp/temp3"].contains("not an integer"), "{:?}", r.errors);
    }

    #[test]
    fn thermal_zones_with_trip_points_and_repeated_types() {
        let dir = tempfile::tempdir().unwrap();
        let sys = dir.path();
        for (n, ty, temp) in [(0, "acpitz", 27800), (1, "x86_pkg_temp", 52000), (2, "acpitz", 99000)] {
            let z = sys.join(format!("class/thermal/thermal_zone{n}"));
            write(&z.join("type"), &format!("{ty}\n"));
            write(&z.join("temp"), &format!("{temp}\n"));
            write(&z.join("trip_point_0_type"), "passive\n");
            write(&z.join("trip_point_0_temp"), "90000\n");
            write(&z.join("trip_point_1_type"), "critical\n");
            write(&z.join("trip_point_1_temp"), "98000\n");
        }
        fs::create_dir_all(sys.join("class/thermal/cooling_device0")).unwrap();
        let r = Collector::collect(&mut Temperatures::new(sys)).unwrap().unwrap();
        let z = &r.sensors["thermal_zone/acpitz"];
        assert_eq!((z.celsius, z.max, z.crit, z.alarm, z.sensor.as_str()), (27.8, None, Some(98.0), 0, "0"));
        assert_eq!(r.sensors["thermal_zone/acpitz_2"].alarm, 2);
        assert_eq!(r.sensors["thermal_zone/x86_pkg_temp"].chip_name.as_deref(), Some("x86_pkg_temp"));
        assert_eq!(r.sensors.len(), 3);
    }

    #[test]
    fn zones_and_chips_whose_names_collide_are_all_kept() {
        let dir = tempfile::tempdir().unwrap();
        let sys = dir.path();
        let zones = [(0, "acpi-tz", 30000), (1, "acpi_tz", 21000), (2, "acpitz", 40000), (3, "acpitz", 41000)];
        for (n, ty, temp) in zones.into_iter().chain([(4, "acpitz_2", 42000)]) {
            let z = sys.join(format!("class/thermal/thermal_zone{n}"));
            write(&z.join("type"), &format!("{ty}\n"));
            write(&z.join("temp"), &format!("{temp}\n"));
        }
        // A zone without a type.
        write(&sys.join("class/thermal/thermal_zone5/temp"), "43000\n");
        // hwmon3's own name is what hwmon9's would be renamed to; hwmon10 comes after hwmon9.
        let chips = [(0, "drivetemp"), (1, "drivetemp"), (3, "nvme_hwmon9"), (4, "nvme"), (9, "nvme"), (10, "nvme")];
        for (n, name) in chips {
            let h = sys.join(format!("class/hwmon/hwmon{n}"));
            write(&h.join("name"), &format!("{name}\n"));
            write(&h.join("temp1_input"), &format!("{}\n", 35000 + n * 1000));
        }
        let r = Collector::collect(&mut Temperatures::new(sys)).unwrap().unwrap();
        let mut seen: Vec<f64> = r.sensors.values().map(|s| s.celsius).collect();
        seen.sort_by(f64::total_cmp);
        assert_eq!(seen, [21.0, 30.0, 35.0, 36.0, 38.0, 39.0, 40.0, 41.0, 42.0, 44.0, 45.0], "{:?}", r.sensors.keys());
        assert_eq!(r.sensors["drivetemp/temp1"].celsius, 35.0);
        assert_eq!(r.sensors["drivetemp_hwmon1/temp1"].celsius, 36.0);
        assert_eq!(r.sensors["nvme_hwmon9/temp1"].celsius, 38.0);
        assert_eq!(r.sensors["nvme/temp1"].celsius, 39.0);
        assert_eq!(r.sensors["nvme_hwmon9_2/temp1"].celsius, 44.0);
        assert_eq!(r.sensors["nvme_hwmon10/temp1"].celsius, 45.0);
        assert!(r.errors["thermal_zone/thermal_zone5"].contains("type"), "{:?}", r.errors);
    }

    #[test]
    fn names_are_cleaned_as_node_exporter_cleans_them() {
        assert_eq!(clean_name("coretemp.0"), "coretemp_0");
        assert_eq!(clean_name("0000:00:18.3"), "0000:00:18_3");
        assert_eq!(clean_name("-Weird Name!\n"), "weird_name");
    }
}
