//! Tests only: counts the heap allocations a piece of code makes on the calling thread
//! (allocation-counter's allocator), so a test can hold a collector to "no allocation per
//! line once warmed up".

/// Heap allocations (and reallocations) `f` makes on this thread.
pub(crate) fn allocations<T>(f: impl FnOnce() -> T) -> (u64, T) {
    let mut out = None;
    let info = allocation_counter::measure(|| out = Some(f()));
    (info.count_total, out.expect("the closure ran"))
}

/// The most heap `f` held at once on this thread, in bytes.
pub(crate) fn peak_bytes<T>(f: impl FnOnce() -> T) -> (u64, T) {
    let mut out = None;
    let info = allocation_counter::measure(|| out = Some(f()));
    (info.bytes_max, out.expect("the closure ran"))
}

#[test]
fn it_counts() {
    let (n, v) = allocations(|| vec![1u8; 10]);
    assert_eq!((n, v.len()), (1, 10));
    let (n, ()) = allocations(|| ());
    assert_eq!(n, 0);
}
