//! Hash maps keyed by values that are already well mixed (word keys, which are packed
//! bytes or hashes; n-gram hashes): one multiply a key, where SipHash cost more than the
//! rest of a look-up (the towns' 42,000 names at start-up, the learned layer's n-grams).

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

#[derive(Default, Clone, Copy)]
pub(crate) struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u64(&mut self, k: u64) {
        self.0 = (self.0.rotate_left(8) ^ k).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A map hashed by [`KeyHasher`].
pub(crate) type KeyMap<K, V> = HashMap<K, V, BuildHasherDefault<KeyHasher>>;
