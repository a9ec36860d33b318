//! Attribute combinations: a codebook of (column, value) attributes, records as attribute ids,
//! and counts of every combination of up to `reporting_length` attributes, packed in a `u128`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash-style hasher with a final rotation (as rustc-hash 2 does) so that the low bits a
/// hash table indexes by depend on the whole key. Combination keys are trusted integers.
#[derive(Default, Clone, Copy)]
pub(crate) struct FastHasher(u64);

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(b));
        }
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0xf135_7aea_2e62_a9c5);
    }
    fn write_u128(&mut self, i: u128) {
        self.write_u64(i as u64);
        self.write_u64((i >> 64) as u64);
    }
    fn write_u32(&mut self, i: u32) {
        self.write_u64(u64::from(i));
    }
    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
/// A combination packed as attribute ids of `bits` bits each: `u64` when it fits, else `u128`
/// (the smaller key makes the hash tables, and so the whole synthesis, faster).
pub(crate) trait PackedKey:
    Copy
    + Eq
    + std::hash::Hash
    + Default
    + From<u32>
    + std::ops::Shl<u32, Output = Self>
    + std::ops::Shr<u32, Output = Self>
    + std::ops::BitOr<Output = Self>
{
    /// The last id packed in.
    fn low_id(self, bits: u32) -> u32;
    fn is_zero(self) -> bool;
}

impl PackedKey for u64 {
    fn low_id(self, bits: u32) -> u32 {
        (self & ((1u64 << bits) - 1)) as u32
    }
    fn is_zero(self) -> bool {
        self == 0
    }
}

impl PackedKey for u128 {
    fn low_id(self, bits: u32) -> u32 {
        (self & ((1u128 << bits) - 1)) as u32
    }
    fn is_zero(self) -> bool {
        self == 0
    }
}

pub(crate) type Counts<K> = FastMap<K, u32>;

/// Attribute id 0 is "missing"; ids 1.. name a (column, value) pair.
#[derive(Debug, Clone)]
pub(crate) struct Codebook {
    by_column: Vec<HashMap<String, u32>>,
    attrs: Vec<(usize, String)>,
}

impl Codebook {
    pub(crate) fn new(columns: usize) -> Self {
        Codebook { by_column: vec![HashMap::new(); columns], attrs: Vec::new() }
    }

    pub(crate) fn intern(&mut self, column: usize, value: &str) -> u32 {
        if value.is_empty() {
            return 0;
        }
        if let Some(&id) = self.by_column[column].get(value) {
            return id;
        }
        self.attrs.push((column, value.to_string()));
        let id = self.attrs.len() as u32;
        self.by_column[column].insert(value.to_string(), id);
        id
    }

    pub(crate) fn len(&self) -> usize {
        self.attrs.len()
    }

    pub(crate) fn value(&self, id: u32) -> &str {
        if id == 0 {
            ""
        } else {
            &self.attrs[id as usize - 1].1
        }
    }

    pub(crate) fn encode(&mut self, records: &[Vec<String>]) -> Vec<Vec<u32>> {
        records.iter().map(|r| r.iter().enumerate().map(|(c, v)| self.intern(c, v)).collect()).collect()
    }
}

/// Bits per attribute id in a packed key.
pub(crate) fn id_bits(attributes: usize) -> u32 {
    (usize::BITS - attributes.leading_zeros()).max(1)
}

/// Distinct rows with their multiplicities, in order of first appearance.
pub(crate) fn distinct_rows(rows: &[Vec<u32>]) -> Vec<(Vec<u32>, u32)> {
    let mut index: FastMap<&[u32], usize> = FastMap::default();
    let mut out: Vec<(Vec<u32>, u32)> = Vec::new();
    for r in rows {
        match index.get(r.as_slice()) {
            Some(&i) => out[i].1 += 1,
            None => {
                index.insert(r.as_slice(), out.len());
                out.push((r.clone(), 1));
            }
        }
    }
    out
}

/// Non-missing attribute ids of a row, in column order.
pub(crate) fn present(row: &[u32]) -> Vec<u32> {
    row.iter().copied().filter(|&a| a != 0).collect()
}

/// Calls `f(key, length)` for every combination of 1..=max_len of `attrs` (kept in order).
pub(crate) fn for_each_combination<K: PackedKey>(attrs: &[u32], max_len: usize, bits: u32, f: &mut impl FnMut(K, usize)) {
    fn rec<K: PackedKey>(attrs: &[u32], start: usize, depth: usize, key: K, max: usize, bits: u32, f: &mut impl FnMut(K, usize)) {
        for i in start..attrs.len() {
            let k = (key << bits) | K::from(attrs[i]);
            f(k, depth + 1);
            if depth + 1 < max {
                rec(attrs, i + 1, depth + 1, k, max, bits, f);
            }
        }
    }
    rec(attrs, 0, 0, K::default(), max_len, bits, f);
}

/// Counts of every combination of up to `max_len` attributes over weighted distinct rows.
pub(crate) fn count_combinations<K: PackedKey>(rows: &[(Vec<u32>, u32)], max_len: usize, bits: u32) -> Counts<K> {
    let mut counts = Counts::default();
    for (row, mult) in rows {
        let attrs = present(row);
        for_each_combination(&attrs, max_len, bits, &mut |k, _| {
            *counts.entry(k).or_insert(0) += mult;
        });
    }
    counts
}

/// Counts of the combinations of up to `max_len` attributes that occur in at least `k` rows,
/// level by level (a priori): a combination is counted only when its prefix one shorter is
/// common, since a combination with a rare subset is rare itself. Exactly the entries of
/// [`count_combinations`] with a count >= k, with far fewer insertions on sparse data.
pub(crate) fn count_common_combinations<K: PackedKey>(rows: &[(Vec<u32>, u32)], max_len: usize, bits: u32, k: u32) -> Counts<K> {
    #[allow(clippy::too_many_arguments)]
    fn rec<K: PackedKey>(
        attrs: &[u32],
        start: usize,
        depth: usize,
        key: K,
        level: usize,
        bits: u32,
        common: &Counts<K>,
        f: &mut impl FnMut(K),
    ) {
        for i in start..attrs.len() {
            let kk = (key << bits) | K::from(attrs[i]);
            if depth + 1 == level {
                f(kk);
            } else if common.contains_key(&kk) && attrs.len() - i >= level - depth {
                rec(attrs, i + 1, depth + 1, kk, level, bits, common, f);
            }
        }
    }
    let mut common: Counts<K> = Counts::default();
    let present_rows: Vec<(Vec<u32>, u32)> = rows.iter().map(|(r, m)| (present(r), *m)).collect();
    for level in 1..=max_len {
        let mut counts: Counts<K> = Counts::default();
        for (attrs, mult) in &present_rows {
            if attrs.len() < level {
                continue;
            }
            rec(attrs, 0, 0, K::default(), level, bits, &common, &mut |key| {
                *counts.entry(key).or_insert(0) += mult;
            });
        }
        counts.retain(|_, n| *n >= k);
        if counts.is_empty() {
            break;
        }
        common.extend(counts);
    }
    common
}

/// The rare frontier of [`count_common_combinations`]: every combination of up to `max_len`
/// attributes whose prefix one shorter is common (count >= k) but which occurs in 1..k-1
/// rows, with its count. Together with the common ones these are all the combinations a
/// depth-first walk that only extends common combinations can meet with a non-zero count.
pub(crate) fn count_rare_frontier<K: PackedKey>(
    rows: &[(Vec<u32>, u32)],
    common: &Counts<K>,
    max_len: usize,
    bits: u32,
    k: u32,
) -> Counts<K> {
    let mut rare: Counts<K> = Counts::default();
    for (row, mult) in rows {
        let attrs = present(row);
        // Depth-first over common prefixes only.
        let mut stack: Vec<(usize, usize, K)> = vec![(0, 0, K::default())];
        while let Some((from, depth, key)) = stack.pop() {
            for (i, &a) in attrs.iter().enumerate().skip(from) {
                let kk = (key << bits) | K::from(a);
                match common.get(&kk) {
                    Some(&n) if n >= k => {
                        if depth + 1 < max_len {
                            stack.push((i + 1, depth + 1, kk));
                        }
                    }
                    _ => *rare.entry(kk).or_insert(0) += mult,
                }
            }
        }
    }
    rare
}

/// Length of a packed key (ids are never 0, so every slot in use is non-zero).
pub(crate) fn key_len<K: PackedKey>(mut key: K, bits: u32) -> usize {
    let mut n = 0;
    while !key.is_zero() {
        n += 1;
        key = key >> bits;
    }
    n
}

impl Codebook {
    /// Column of an attribute id (0, "missing", has none and maps to column 0).
    pub(crate) fn column_of(&self, id: u32) -> usize {
        if id == 0 {
            0
        } else {
            self.attrs[id as usize - 1].0
        }
    }
}

/// The common combinations as a prefix tree, for the projection's depth-first walks: the
/// children of a combination (it plus one attribute of a later column) lie side by side,
/// sorted by attribute id, so a walk reads a few nearby cache lines where hash lookups of
/// packed keys read a random line each (the projection's time was mostly such misses).
/// Holds the same counts as the map it is built from; the map is prefix-closed (a prefix of a
/// common combination is common).
pub(crate) struct CommonTrie {
    /// Level 1: attribute id -> node index + 1 (0 = not common).
    singles: Vec<u32>,
    /// Per level (0 = length 1): each node's last attribute id and count.
    attr: Vec<Vec<u32>>,
    count: Vec<Vec<u32>>,
    /// Per level: node i's children are `child[i]..child[i + 1]` of the next level.
    child: Vec<Vec<u32>>,
}

impl CommonTrie {
    pub(crate) fn new<K: PackedKey>(counts: &Counts<K>, bits: u32, max_len: usize) -> Self {
        let max_len = max_len.max(1);
        let mut levels: Vec<Vec<(K, u32)>> = vec![Vec::new(); max_len];
        for (&key, &n) in counts {
            let l = key_len(key, bits);
            if (1..=max_len).contains(&l) {
                levels[l - 1].push((key, n));
            }
        }
        for level in &mut levels {
            level.sort_unstable_by(|a, b| cmp_key(a.0, b.0, bits));
        }
        let top = levels[0].iter().map(|&(k, _)| k.low_id(bits) as usize).max().unwrap_or(0);
        let mut singles = vec![0u32; top + 1];
        for (i, &(key, _)) in levels[0].iter().enumerate() {
            singles[key.low_id(bits) as usize] = i as u32 + 1;
        }
        let attr: Vec<Vec<u32>> = levels.iter().map(|l| l.iter().map(|&(k, _)| k.low_id(bits)).collect()).collect();
        let count: Vec<Vec<u32>> = levels.iter().map(|l| l.iter().map(|&(_, n)| n).collect()).collect();
        let mut child: Vec<Vec<u32>> = Vec::with_capacity(max_len);
        for d in 0..max_len {
            let parents = &levels[d];
            let next: &[(K, u32)] = if d + 1 < max_len { &levels[d + 1] } else { &[] };
            let mut starts = Vec::with_capacity(parents.len() + 1);
            let mut j = 0usize;
            for &(p, _) in parents {
                // Children sort after every node of a smaller parent (same order as parents).
                while j < next.len() && cmp_key(next[j].0 >> bits, p, bits) == std::cmp::Ordering::Less {
                    j += 1;
                }
                starts.push(j as u32);
                while j < next.len() && next[j].0 >> bits == p {
                    j += 1;
                }
            }
            starts.push(j as u32);
            child.push(starts);
        }
        CommonTrie { singles, attr, count, child }
    }

    /// The node of the single attribute `a` (level 0), when common.
    pub(crate) fn single(&self, a: u32) -> Option<u32> {
        match self.singles.get(a as usize) {
            Some(&i) if i > 0 => Some(i - 1),
            _ => None,
        }
    }

    /// The node of combination `node` (at `level`) plus attribute `a`, at `level + 1`.
    pub(crate) fn extend(&self, level: usize, node: u32, a: u32) -> Option<u32> {
        let kids = self.child.get(level)?;
        let (lo, hi) = (kids[node as usize] as usize, kids[node as usize + 1] as usize);
        let attrs = &self.attr[level + 1][lo..hi];
        attrs.binary_search(&a).ok().map(|i| (lo + i) as u32)
    }

    /// The input count of a node.
    pub(crate) fn count(&self, level: usize, node: u32) -> u32 {
        self.count[level][node as usize]
    }
}

/// Keys of the same length ordered by their attribute ids, first packed first.
fn cmp_key<K: PackedKey>(a: K, b: K, bits: u32) -> std::cmp::Ordering {
    if a == b {
        return std::cmp::Ordering::Equal;
    }
    // Same length: compare from the highest slot down, as integers would.
    let (mut x, mut y) = (a, b);
    let mut ord = std::cmp::Ordering::Equal;
    while !x.is_zero() || !y.is_zero() {
        let c = x.low_id(bits).cmp(&y.low_id(bits));
        if c != std::cmp::Ordering::Equal {
            ord = c;
        }
        x = x >> bits;
        y = y >> bits;
    }
    ord
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_keys(attrs: &[u32], max: usize, bits: u32) -> Vec<u64> {
        let mut v = Vec::new();
        for_each_combination(attrs, max, bits, &mut |k: u64, _| v.push(k));
        v.sort_unstable();
        v
    }

    #[test]
    fn level_wise_counting_keeps_exactly_the_common_combinations() {
        // Small pseudo-random rows over 3 values in each of 6 columns, some missing.
        let mut rng = crate::rng::SplitMix64::new(3);
        for k in 1..6u32 {
            let rows: Vec<(Vec<u32>, u32)> = (0..60)
                .map(|_| {
                    let row = (0..6u32).map(|c| if rng.below(5) == 0 { 0 } else { 1 + c * 3 + rng.below(3) as u32 }).collect();
                    (row, 1 + rng.below(2) as u32)
                })
                .collect();
            for len in 1..=5 {
                let bits = id_bits(18);
                let mut all: Counts<u64> = count_combinations(&rows, len, bits);
                all.retain(|_, n| *n >= k);
                let common: Counts<u64> = count_common_combinations(&rows, len, bits, k);
                assert_eq!(all, common, "k {k} len {len}");
            }
        }
    }

    #[test]
    fn four_attributes_have_fourteen_combinations_up_to_length_three() {
        assert_eq!(all_keys(&[1, 2, 3, 4], 3, 3).len(), 4 + 6 + 4);
        assert_eq!(key_len(all_keys(&[1, 2, 3], 3, 2)[..].iter().copied().max().unwrap_or(0), 2), 3);
    }
}
