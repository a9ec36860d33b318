//! The random inputs of the crate's randomized tests (a fast path checked against the slow
//! one it replaces), the same on every run.

/// The xorshift generator of the randomized tests (a fast path against the slow scan it
/// replaces): the same inputs on every run.
pub(crate) struct Xorshift(pub(crate) u64);

impl Xorshift {
    pub(crate) fn new() -> Xorshift {
        Xorshift(0x9E37_79B9_7F4A_7C15)
    }

    /// The next state (also left in `self.0`).
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n`, from the next state.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// One of `items`, chosen by the next state.
    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }

    /// A text of fewer than `most` of `parts`, chosen at random (one state for their
    /// number, then one for each).
    pub(crate) fn text(&mut self, parts: &[&[u8]], most: u64) -> Vec<u8> {
        let n = self.next() % most;
        (0..n).flat_map(|_| self.pick(parts).iter().copied()).collect()
    }
}
