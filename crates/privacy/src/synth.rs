//! Synthetic microdata with no rare combination: every combination of up to `reporting_length`
//! attribute values in the output occurs in at least `k` input records.
//!
//! Method (row-seeded, then repaired): each input record is projected onto a largest subset of
//! its own attributes whose every sub-combination is common (>= k) in the input; the values
//! dropped are then re-filled, record by record, with values that keep the record safe and move
//! combination counts towards the input's (a greedy descent on the proportional error). The
//! output has exactly as many records as the input and is checked for leakage before returning.

use crate::combos::{
    count_combinations, distinct_rows, for_each_combination, for_each_combination_with, id_bits, present, Codebook,
    Counts, PackedKey,
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
    /// Seed of the record order in the repair; the same seed gives the same output.
    pub seed: u64,
    /// Passes of the repair over all records (0 = projection only).
    pub repair_passes: usize,
}

impl Default for SynthConfig {
    fn default() -> Self {
        SynthConfig {
            k: 10,
            reporting_length: 4,
            seed: 0,
            repair_passes: 3,
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
    let ncols = input.header().len();
    let k = cfg.k as u32;
    let distinct = distinct_rows(rows);
    let mut sens: Counts<K> = count_combinations(&distinct, len, bits);
    // Only common combinations matter from here on (absent = rare); a smaller table is a
    // faster one for the millions of lookups below.
    sens.retain(|_, n| *n >= k);
    sens.shrink_to_fit();
    let ctx = Ctx { sens: &sens, k, len, bits };

    // 1. Project every distinct row onto a safe subset of its attributes.
    let projected: Vec<Vec<u32>> = distinct.iter().map(|(row, _)| ctx.project(row)).collect();
    let mut out: Vec<Vec<u32>> = Vec::with_capacity(rows.len());
    for ((_, mult), p) in distinct.iter().zip(&projected) {
        for _ in 0..*mult {
            out.push(p.clone());
        }
    }

    // 2. Repair: refill empty cells where it brings counts closer to the input's.
    if cfg.repair_passes > 0 {
        let mut syn: Counts<K> = Counts::default();
        for ((_, mult), p) in distinct.iter().zip(&projected) {
            for_each_combination(&present(p), len, bits, &mut |key, _| {
                *syn.entry(key).or_insert(0) += mult;
            });
        }
        let candidates: Vec<Vec<u32>> = (0..ncols)
            .map(|c| {
                book.column_ids(c)
                    .into_iter()
                    .filter(|&a| sens.get(&K::from(a)).is_some_and(|&n| n >= k))
                    .collect()
            })
            .collect();
        let mut order: Vec<usize> = (0..out.len()).collect();
        let mut rng = SplitMix64::new(cfg.seed);
        for _ in 0..cfg.repair_passes {
            // Only values still short of their input count can be worth adding.
            let short: Vec<Vec<u32>> = candidates
                .iter()
                .map(|vals| {
                    vals.iter()
                        .copied()
                        .filter(|&v| {
                            let key = K::from(v);
                            syn.get(&key).copied().unwrap_or(0) < sens.get(&key).copied().unwrap_or(0)
                        })
                        .collect()
                })
                .collect();
            if short.iter().all(Vec::is_empty) {
                break;
            }
            rng.shuffle(&mut order);
            let mut changed = 0usize;
            for &r in &order {
                changed += ctx.repair_record(&mut out[r], &short, &mut syn);
            }
            if changed == 0 {
                break;
            }
        }
    }

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

    /// Fills empty cells of one record with the value that most reduces the proportional error
    /// while keeping every combination of the record common. Returns the cells changed.
    fn repair_record(&self, row: &mut [u32], candidates: &[Vec<u32>], syn: &mut Counts<K>) -> usize {
        let mut changed = 0;
        for c in 0..row.len() {
            if row[c] != 0 || candidates[c].is_empty() {
                continue;
            }
            // Attributes with the candidate inserted at its column position.
            let pos = row[..c].iter().filter(|&&a| a != 0).count();
            let mut attrs: Vec<u32> = present(row);
            attrs.insert(pos, 0);
            let mut best: Option<(u32, f64)> = None;
            for &v in &candidates[c] {
                let single = K::from(v);
                let s1 = self.sens.get(&single).copied().unwrap_or(0);
                if syn.get(&single).copied().unwrap_or(0) >= s1 {
                    continue; // no deficit on the value itself: adding it cannot pay.
                }
                attrs[pos] = v;
                // Cheap rejection first: most unsafe values already fail as a pair.
                let pair_ok = attrs.iter().enumerate().all(|(i, &a)| {
                    if i == pos || self.len < 2 {
                        return true;
                    }
                    let key = if i < pos {
                        (K::from(a) << self.bits) | K::from(v)
                    } else {
                        (K::from(v) << self.bits) | K::from(a)
                    };
                    self.common(key)
                });
                if !pair_ok {
                    continue;
                }
                let mut gain = 0.0f64;
                let ok = for_each_combination_with(&attrs, pos, self.len, self.bits, &mut |key, _| {
                    match self.sens.get(&key) {
                        Some(&n) if n >= self.k => {
                            let now = syn.get(&key).copied().unwrap_or(0);
                            gain += if now < n { 1.0 / n as f64 } else { -1.0 / n as f64 };
                            true
                        }
                        _ => false,
                    }
                });
                if ok && gain > 1e-12 && best.is_none_or(|(_, g)| gain > g) {
                    best = Some((v, gain));
                }
            }
            if let Some((v, _)) = best {
                attrs[pos] = v;
                for_each_combination_with(&attrs, pos, self.len, self.bits, &mut |key, _| {
                    *syn.entry(key).or_insert(0) += 1;
                    true
                });
                row[c] = v;
                changed += 1;
            }
        }
        changed
    }
}
