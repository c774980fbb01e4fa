//! Names that must stay apart in a state file's map: two sensors, interfaces or mounts
//! that come out under one name would otherwise write over each other.

/// `base` when `taken` says it is free, else the first free of `base_2`, `base_3`, ...
pub(crate) fn first_free(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_string();
    }
    (2u64..).map(|n| format!("{base}_{n}")).find(|n| !taken(n)).expect("a free name among 2^64")
}

/// A name the system gives as bytes (an interface, a mount point) in a state file: itself
/// when it is UTF-8, else with U+FFFD for the bytes that are not, made free with
/// [`first_free`] (so a name that is UTF-8 is never the one renamed, when those go first).
pub(crate) fn shown(name: &[u8], taken: impl Fn(&str) -> bool) -> String {
    match std::str::from_utf8(name) {
        Ok(text) => text.to_string(),
        Err(_) => first_free(&String::from_utf8_lossy(name), taken),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_first_free_name_and_utf8_names_as_they_are() {
        let taken: HashSet<&str> = ["a", "a_2", "caf\u{fffd}"].into_iter().collect();
        assert_eq!(first_free("b", |n| taken.contains(n)), "b");
        assert_eq!(first_free("a", |n| taken.contains(n)), "a_3");
        assert_eq!(shown(b"caf\xe9", |n| taken.contains(n)), "caf\u{fffd}_2");
        assert_eq!(shown(b"a", |n| taken.contains(n)), "a", "UTF-8 is never renamed");
    }
}
