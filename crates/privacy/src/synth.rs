//! Synthetic microdata with no rare combination: every combination of up to `reporting_length`
//! attribute values in the output occurs in at least `k` input records.
//!
//! Method (row-seeded projection, then selection): each distinct input record is projected onto
//! the subset of its own attributes, every sub-combination common (>= k) in the input, that
//! keeps the most proportional-error weight; the output is then a multiset of these safe
//! projections, chosen by a lazy greedy (then record swaps) to minimise the summed proportional
//! error of the combination counts. The output has exactly as many records as the input and is
//! checked for leakage before returning.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::combos::{
    count_common_combinations, distinct_rows, for_each_combination, id_bits, present, Codebook, Counts, FastMap, PackedKey,
};
use crate::rng::SplitMix64;
use crate::table::Table;

/// Options for [`synthesize`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynthConfig {
    /// A combination that occurs in fewer than `k` input records never appears in the output.
    pub k: usize,
    /// Longest combination the guarantee and the metrics cover.
    pub reporting_length: usize,
    /// Seed of the output record order; the same seed gives the same output.
    pub seed: u64,
    /// Passes of record swaps after the greedy selection (0 = greedy only).
    pub repair_passes: usize,
}

impl Default for SynthConfig {
    fn default() -> Self {
        SynthConfig {
            k: 10,
            reporting_length: 4,
            seed: 0,
            repair_passes: 2,
        }
    }
}

/// Why synthesis refused to run or to return its output.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SynthError {
    #[error("invalid configuration: {0}")]
    InvalidConfig(String),
    #[error("the table has {columns} columns and {attributes} distinct values: combinations of length {reporting_length} do not fit in a 128-bit key")]
    TooManyAttributes {
        columns: usize,
        attributes: usize,
        reporting_length: usize,
    },
    #[error("the sensitive table has columns {sensitive:?} but the synthetic table has {synthetic:?}")]
    ColumnsDiffer {
        sensitive: Vec<String>,
        synthetic: Vec<String>,
    },
    /// Never expected: the final check found combinations rare in the input. The output is withheld.
    #[error("internal check failed: {combinations} output combinations are rare in the input (first: {example}); output withheld")]
    Leak { combinations: usize, example: String },
}

pub(crate) fn check_config(k: usize, reporting_length: usize) -> Result<(), SynthError> {
    if k == 0 {
        return Err(SynthError::InvalidConfig("k must be at least 1".into()));
    }
    if reporting_length == 0 {
        return Err(SynthError::InvalidConfig("reporting length must be at least 1".into()));
    }
    Ok(())
}

pub(crate) fn check_key_width(columns: usize, attributes: usize, reporting_length: usize) -> Result<u32, SynthError> {
    let bits = id_bits(attributes);
    let len = reporting_length.min(columns) as u32;
    if bits.saturating_mul(len) > 128 {
        return Err(SynthError::TooManyAttributes {
            columns,
            attributes,
            reporting_length,
        });
    }
    Ok(bits)
}

/// Synthesizes a table with the same header and as many records as `input`.
pub fn synthesize(input: &Table, cfg: &SynthConfig) -> Result<Table, SynthError> {
    check_config(cfg.k, cfg.reporting_length)?;
    let ncols = input.header().len();
    if ncols > 128 {
        return Err(SynthError::TooManyAttributes { columns: ncols, attributes: 0, reporting_length: cfg.reporting_length });
    }
    let mut book = Codebook::new(ncols);
    let rows = book.encode(input.records());
    let bits = check_key_width(ncols, book.len(), cfg.reporting_length)?;
    let len = cfg.reporting_length.min(ncols);
    if bits as usize * len <= 64 {
        synthesize_with::<u64>(input, cfg, &book, &rows, bits, len)
    } else {
        synthesize_with::<u128>(input, cfg, &book, &rows, bits, len)
    }
}

fn synthesize_with<K: PackedKey>(
    input: &Table,
    cfg: &SynthConfig,
    book: &Codebook,
    rows: &[Vec<u32>],
    bits: u32,
    len: usize,
) -> Result<Table, SynthError> {
    let k = cfg.k as u32;
    let distinct = distinct_rows(rows);
    // Only common combinations matter from here on (absent = rare); a smaller table is a
    // faster one for the millions of lookups below.
    let mut sens: Counts<K> = count_common_combinations(&distinct, len, bits, k);
    sens.shrink_to_fit();
    let ctx = Ctx { sens: &sens, k, len, bits };

    // 1. Project every distinct row onto a safe subset of its attributes.
    let projected: Vec<(Vec<u32>, u32)> = distinct.iter().map(|(row, m)| (ctx.project(row), *m)).collect();
    // 2. Choose how many records of each projection to output (greedy, then record swaps).
    let mut out = select(&ctx, &projected, rows.len(), cfg.repair_passes);

    // 3. Never return leaking output: check every combination of every distinct output row
    //    against the input counts, independently of the bookkeeping above.
    let out_distinct = distinct_rows(&out);
    let mut leaks = 0usize;
    let mut example: Option<K> = None;
    for (row, _) in &out_distinct {
        for_each_combination(&present(row), len, bits, &mut |key, _| {
            if !ctx.common(key) {
                leaks += 1;
                example.get_or_insert(key);
            }
        });
    }
    if let Some(first) = example {
        return Err(SynthError::Leak {
            combinations: leaks,
            example: describe_key(first, bits, book, input.header()),
        });
    }
    // Records in a seeded random order, not grouped by source row.
    let mut rng = SplitMix64::new(cfg.seed.wrapping_add(1));
    rng.shuffle(&mut out);
    let records = out
        .iter()
        .map(|r| r.iter().map(|&a| book.value(a).to_string()).collect())
        .collect();
    Table::new(input.header().to_vec(), records)
        .map_err(|e| SynthError::InvalidConfig(format!("output table: {e}")))
}

/// How many records of each projected row to output, `records` in all. Every projected row is
/// safe, so any multiset of them is; what is chosen is the one with the least summed
/// proportional error the search finds. With `s` the output count of a common combination of
/// input count `n`, one more record containing it changes the error by -1/n while `s < n` and
/// by +1/n after: the gain of a row falls as rows are added (the objective is concave in the
/// counts), so a lazy greedy from an empty output adds, `records` times, the row with the
/// largest gain. Then `swap_passes` passes replace single records by others while the error
/// falls. On data with no rare combination the projections are the input rows; on the CTDC
/// file the greedy reproduces their multiplicities exactly (error 0).
fn select<K: PackedKey>(ctx: &Ctx<'_, K>, projected: &[(Vec<u32>, u32)], records: usize, swap_passes: usize) -> Vec<Vec<u32>> {
    // Candidate rows: the distinct projections.
    let mut index: FastMap<&[u32], usize> = FastMap::default();
    let mut rows: Vec<&[u32]> = Vec::new();
    for (p, _) in projected {
        index.entry(p.as_slice()).or_insert_with(|| {
            rows.push(p.as_slice());
            rows.len() - 1
        });
    }
    // Dense ids of the common combinations each candidate contains, and their input counts.
    let mut dense: FastMap<K, u32> = FastMap::default();
    let mut need: Vec<u32> = Vec::new();
    let mut start: Vec<usize> = vec![0];
    let mut ids: Vec<u32> = Vec::new();
    for r in &rows {
        for_each_combination(&present(r), ctx.len, ctx.bits, &mut |key: K, _| {
            let n = ctx.sens.get(&key).copied().unwrap_or(0);
            let id = *dense.entry(key).or_insert_with(|| {
                need.push(n);
                need.len() as u32 - 1
            });
            ids.push(id);
        });
        start.push(ids.len());
    }
    drop(dense);
    let weight: Vec<f64> = need.iter().map(|&n| 1.0 / f64::from(n.max(1))).collect();
    let combos = |i: usize| &ids[start[i]..start[i + 1]];
    // Error change of one more record of candidate i (negative = better).
    let add = |syn: &[u32], i: usize| -> f64 {
        combos(i)
            .iter()
            .map(|&c| if syn[c as usize] < need[c as usize] { -weight[c as usize] } else { weight[c as usize] })
            .sum()
    };
    // Error change of one record of candidate i less.
    let remove = |syn: &[u32], i: usize| -> f64 {
        combos(i)
            .iter()
            .map(|&c| if syn[c as usize] > need[c as usize] { -weight[c as usize] } else { weight[c as usize] })
            .sum()
    };
    let mut syn = vec![0u32; need.len()];
    let mut mult = vec![0u32; rows.len()];

    // Lazy greedy: a stale gain is an upper bound of the current one.
    let mut heap: BinaryHeap<(u64, Reverse<usize>)> = (0..rows.len()).map(|i| (ord(-add(&syn, i)), Reverse(i))).collect();
    let mut taken = 0usize;
    while taken < records {
        let Some((_, Reverse(i))) = heap.pop() else { break };
        let gain = ord(-add(&syn, i));
        if heap.peek().is_none_or(|&(next, _)| gain >= next) {
            for &c in combos(i) {
                syn[c as usize] += 1;
            }
            mult[i] += 1;
            taken += 1;
            heap.push((ord(-add(&syn, i)), Reverse(i)));
        } else {
            heap.push((gain, Reverse(i)));
        }
    }

    // Swaps: the records cheapest to lose against the rows best to add.
    const TOP: usize = 48;
    for _ in 0..swap_passes {
        let mut givers: Vec<(f64, usize)> = (0..rows.len()).map(|i| (add(&syn, i), i)).filter(|&(d, _)| d < -1e-12).collect();
        if givers.is_empty() {
            break;
        }
        givers.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        givers.truncate(TOP);
        let mut takers: Vec<(f64, usize)> = (0..rows.len()).filter(|&i| mult[i] > 0).map(|i| (remove(&syn, i), i)).collect();
        takers.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut swaps = 0usize;
        let mut fails = 0usize;
        for &(_, p) in &takers {
            while mult[p] > 0 {
                let lose = remove(&syn, p);
                for &c in combos(p) {
                    syn[c as usize] -= 1;
                }
                let best = givers
                    .iter()
                    .filter(|&&(_, q)| q != p)
                    .map(|&(_, q)| (add(&syn, q), q))
                    .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
                match best {
                    Some((d, q)) if d + lose < -1e-9 => {
                        for &c in combos(q) {
                            syn[c as usize] += 1;
                        }
                        mult[p] -= 1;
                        mult[q] += 1;
                        swaps += 1;
                        fails = 0;
                    }
                    _ => {
                        for &c in combos(p) {
                            syn[c as usize] += 1;
                        }
                        fails += 1;
                        break;
                    }
                }
            }
            if fails > 256 {
                break;
            }
        }
        if swaps == 0 {
            break;
        }
    }

    let mut out = Vec::with_capacity(records);
    for (i, &m) in mult.iter().enumerate() {
        for _ in 0..m {
            out.push(rows[i].to_vec());
        }
    }
    out
}

/// A total order on f64 as u64 (larger float, larger key), for the greedy's heap.
fn ord(x: f64) -> u64 {
    let b = x.to_bits();
    if b >> 63 == 1 { !b } else { b | (1 << 63) }
}

pub(crate) fn describe_key<K: PackedKey>(key: K, bits: u32, book: &Codebook, header: &[String]) -> String {
    let mut parts = Vec::new();
    let mut k = key;
    while !k.is_zero() {
        let id = k.low_id(bits);
        k = k >> bits;
        let col = book.column_of(id);
        let name = header.get(col).map(String::as_str).unwrap_or("?");
        parts.push(format!("{name}={}", book.value(id)));
    }
    parts.reverse();
    parts.join(", ")
}

struct Ctx<'a, K> {
    sens: &'a Counts<K>,
    k: u32,
    len: usize,
    bits: u32,
}

impl<K: PackedKey> Ctx<'_, K> {
    fn common(&self, key: K) -> bool {
        self.sens.get(&key).is_some_and(|&n| n >= self.k)
    }

    /// A largest-found subset of the row's attributes whose every combination is common.
    #[allow(clippy::needless_range_loop)] // masks and attrs share the index
    fn project(&self, row: &[u32]) -> Vec<u32> {
        let cols: Vec<usize> = (0..row.len()).filter(|&c| row[c] != 0).collect();
        let attrs: Vec<u32> = cols.iter().map(|&c| row[c]).collect();
        let m = attrs.len();
        // Rare combinations of this row as bit masks over its present attributes.
        let mut rare: Vec<u128> = Vec::new();
        let mut loss = vec![0.0f64; m];
        let mut common: Vec<(u128, f64)> = Vec::new();
        {
            let mut stack: Vec<(usize, usize, K, u128)> = vec![(0, 0, K::default(), 0)];
            while let Some((start, depth, key, mask)) = stack.pop() {
                for i in start..m {
                    let kk = (key << self.bits) | K::from(attrs[i]);
                    let mm = mask | (1u128 << i);
                    let n = self.sens.get(&kk).copied().unwrap_or(0);
                    if n < self.k {
                        // Supersets are rare too and are hit by whatever hits this one.
                        rare.push(mm);
                        continue;
                    }
                    // What dropping each member would cost, in proportional-error terms.
                    let w = 1.0 / f64::from(n);
                    common.push((mm, w));
                    let mut bitsleft = mm;
                    while bitsleft != 0 {
                        let j = bitsleft.trailing_zeros() as usize;
                        loss[j] += w;
                        bitsleft &= bitsleft - 1;
                    }
                    if depth + 1 < self.len {
                        stack.push((i + 1, depth + 1, kk, mm));
                    }
                }
            }
        }
        // Keep only the minimal rare masks (every proper subset common): a superset is broken by
        // whatever breaks its rare subset. Every common combination of the row was reached
        // above (its prefixes are common too), so a mask minus one member is common exactly
        // when it is in `common`; one not there is rare or has a rare prefix.
        if rare.len() > 1 {
            let known: FastMap<u128, ()> = common.iter().map(|&(c, _)| (c, ())).collect();
            rare.retain(|&r| {
                if r.count_ones() == 1 {
                    return true;
                }
                let mut left = r;
                while left != 0 {
                    let bit = left & left.wrapping_neg();
                    if !known.contains_key(&(r ^ bit)) {
                        return false;
                    }
                    left ^= bit;
                }
                true
            });
        }
        let mut dropped: u128 = 0;
        let mut open: Vec<u128> = rare.clone();
        while !open.is_empty() {
            // Drop the attribute that breaks most open rare combinations per unit of common
            // combinations lost with it.
            let mut best = 0usize;
            let mut best_score = 0.0f64;
            for i in 0..m {
                let hits = open.iter().filter(|&&r| r & (1 << i) != 0).count();
                if hits == 0 {
                    continue;
                }
                let score = hits as f64 / (loss[i] + 1e-9);
                if score > best_score {
                    best = i;
                    best_score = score;
                }
            }
            dropped |= 1 << best;
            open.retain(|&r| r & (1 << best) == 0);
        }
        // A kept set is safe when it contains no recorded rare mask: every rare subset of the
        // row contains the first rare prefix the search above met, and that one is recorded.
        let safe = |kept: u128| rare.iter().all(|&r| r & !kept != 0);
        // Its value: the proportional error it removes, one 1/n per common combination kept.
        let weight = |kept: u128| common.iter().filter(|(c, _)| c & !kept == 0).map(|(_, w)| w).sum::<f64>();
        let full: u128 = if m == 128 { u128::MAX } else { (1u128 << m) - 1 };
        let give_back = |mut kept: u128| {
            let mut back: Vec<usize> = (0..m).filter(|&i| kept & (1 << i) == 0).collect();
            back.sort_by(|&a, &b| loss[b].total_cmp(&loss[a]));
            for i in back {
                if safe(kept | (1 << i)) {
                    kept |= 1 << i;
                }
            }
            kept
        };
        let mut kept = give_back(full & !dropped);
        // Local search: swap one kept attribute for a dropped one (then give back what fits)
        // while that keeps more common combinations.
        if kept != full {
            let mut best_w = weight(kept);
            for _ in 0..4 {
                let mut improved: Option<(u128, f64)> = None;
                for j in (0..m).filter(|&j| kept & (1 << j) == 0) {
                    // Rare masks that block j: a single swap must break all of them at once.
                    let mut shared = kept;
                    for &r in &rare {
                        if r & (1 << j) != 0 && r & !(kept | (1 << j)) == 0 {
                            shared &= r;
                        }
                    }
                    let mut left = shared;
                    while left != 0 {
                        let i = left.trailing_zeros() as usize;
                        left &= left - 1;
                        let cand = (kept & !(1 << i)) | (1 << j);
                        if !safe(cand) {
                            continue;
                        }
                        let cand = give_back(cand);
                        let w = weight(cand);
                        if w > best_w + 1e-12 && improved.is_none_or(|(_, bw)| w > bw) {
                            improved = Some((cand, w));
                        }
                    }
                }
                match improved {
                    Some((cand, w)) => {
                        kept = cand;
                        best_w = w;
                    }
                    None => break,
                }
            }
        }
        let dropped = full & !kept;
        let mut out = vec![0u32; row.len()];
        for (i, &c) in cols.iter().enumerate() {
            if dropped & (1 << i) == 0 {
                out[c] = attrs[i];
            }
        }
        out
    }
}
