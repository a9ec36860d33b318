//! How far the selection is from the best it could do: a lower bound, by linear-programming
//! duality, of the summed proportional error of *any* output made of the synthesizer's
//! candidate records (the safe projections, plus the grown records when
//! [`SynthConfig::grow_records`] is on), with any record count the configuration allows,
//! even with fractional multiplicities.
//!
//! The error of a selection `x` (records per candidate, `least <= sum x <= most`) is
//! `E(x) = sum_c |s_c - n_c| / n_c` over the reportable (common) combinations `c`, with `s_c`
//! the output count of `c` and `n_c` its input count: [`crate::evaluate`]'s mean proportional
//! error times the number of common combinations. For any prices `z_c` in `[-1, 1]`,
//! `|s - n| / n >= z (n - s) / n`, so
//! `E(x) >= C_out + sum_c z_c - sum_r x_r Y_r >= C_out + sum_c z_c - max(most M, least M)`,
//! where `C_out` counts the common combinations no candidate holds (their error is 1 whatever
//! is chosen), `Y_r = sum_{c in r} z_c / n_c` and `M = max_r Y_r` (the empty record, `Y = 0`,
//! included). Every `z` gives a valid bound; the search below (projected gradient ascent on a
//! softened maximum) only makes it tighter, and the best exact bound met is returned. With
//! the right prices the bound equals the optimum of the linear relaxation (LP duality), so a
//! bound above a target proves that no selection from this pool reaches the target. It says
//! nothing about safe records outside the pool.

use crate::combos::{
    count_common_combinations, count_rare_frontier, distinct_rows, for_each_combination, present, Codebook, Counts, FastMap,
    PackedKey,
};
use crate::synth::{build_pool, Ctx, Encoded, SynthConfig, SynthError};
use crate::synth_pricing::AnyRecordPricer;
use crate::table::Table;

/// The selection's error and a lower bound of every selection's error over the same pool.
#[derive(Debug, Clone, PartialEq)]
pub struct PoolBound {
    /// Reportable (common) combinations: the evaluator's denominator of the mean proportional error.
    pub common: usize,
    /// Of these, the ones held by at least one candidate record.
    pub in_pool: usize,
    /// Distinct candidate records.
    pub candidates: usize,
    /// Least and most output records allowed.
    pub records: (usize, usize),
    /// Records the selection outputs.
    pub selected_records: usize,
    /// Summed proportional error of the selection (its MPE times `common`).
    pub selected_error: f64,
    /// No multiset of candidates with an allowed record count (integer or fractional) has a
    /// smaller summed proportional error.
    pub lower_bound: f64,
    /// Price-search iterations run.
    pub iterations: usize,
}

impl PoolBound {
    /// The selection's mean proportional error.
    pub fn selected_mpe(&self) -> f64 {
        self.selected_error / self.common.max(1) as f64
    }
    /// The least mean proportional error any selection from the pool can have.
    pub fn mpe_floor(&self) -> f64 {
        self.lower_bound / self.common.max(1) as f64
    }
}

/// The price search: `iterations` rounds of projected gradient ascent on the bound with a
/// softened maximum, temperature falling geometrically from `tau.0` to `tau.1` and the step
/// from `step.0` to `step.1`. Any setting gives a valid bound; these only make it tighter.
#[derive(Debug, Clone, PartialEq)]
pub struct BoundSearch {
    pub iterations: usize,
    pub tau: (f64, f64),
    pub step: (f64, f64),
}

impl Default for BoundSearch {
    fn default() -> Self {
        BoundSearch { iterations: 1000, tau: (0.5, 0.005), step: (0.05, 0.002) }
    }
}

/// Builds the synthesizer's pool and selection for `input` as [`crate::synthesize`] does, and
/// bounds from below the error of every selection from that pool.
pub fn pool_bound(input: &Table, cfg: &SynthConfig, search: &BoundSearch) -> Result<PoolBound, SynthError> {
    let e = Encoded::new(input, cfg)?;
    let range = cfg.record_range(e.rows.len());
    if e.wide() {
        Ok(bound_with::<u128>(cfg, &e.book, &e.rows, e.bits, e.len, range, search))
    } else {
        Ok(bound_with::<u64>(cfg, &e.book, &e.rows, e.bits, e.len, range, search))
    }
}

fn bound_with<K: PackedKey>(
    cfg: &SynthConfig,
    book: &Codebook,
    rows: &[Vec<u32>],
    bits: u32,
    len: usize,
    range: (usize, usize),
    search: &BoundSearch,
) -> PoolBound {
    let k = cfg.k as u32;
    let distinct = distinct_rows(rows);
    let sens: Counts<K> = count_common_combinations(&distinct, len, bits, k);
    let ctx = Ctx { sens: &sens, k, len, bits };
    let ncols = rows.first().map_or(0, Vec::len);
    let (pool, mult) = build_pool(&ctx, cfg, book, ncols, &distinct, range);
    let common = sens.values().filter(|&&n| n >= k).count();
    bound_over(&sens, k, len, bits, common, &pool, &mult, range, search)
}

/// The bound over `pool` given the input's common-combination counts (`sens`, `common` of them
/// with count >= k) and a selection `mult` whose error is reported alongside.
#[allow(clippy::too_many_arguments)]
pub(crate) fn bound_over<K: PackedKey>(
    sens: &Counts<K>,
    k: u32,
    len: usize,
    bits: u32,
    common: usize,
    pool: &[Vec<u32>],
    mult: &[u32],
    range: (usize, usize),
    search: &BoundSearch,
) -> PoolBound {
    let iterations = search.iterations;
    let (least, most) = range;
    // Dense ids of the common combinations each candidate holds.
    let mut dense: FastMap<K, u32> = FastMap::default();
    let mut need: Vec<f64> = Vec::new();
    let mut start: Vec<usize> = vec![0];
    let mut ids: Vec<u32> = Vec::new();
    for r in pool {
        for_each_combination(&present(r), len, bits, &mut |key: K, _| {
            let n = sens.get(&key).copied().unwrap_or(0);
            assert!(n >= k, "a candidate record holds a rare combination");
            let id = *dense.entry(key).or_insert_with(|| {
                need.push(f64::from(n));
                need.len() as u32 - 1
            });
            ids.push(id);
        });
        start.push(ids.len());
    }
    drop(dense);
    let in_pool = need.len();
    let c_out = (common - in_pool) as f64;
    let combos = |r: usize| &ids[start[r]..start[r + 1]];

    // The selection's counts and error.
    let mut syn = vec![0.0f64; in_pool];
    for (r, &m) in mult.iter().enumerate() {
        for &c in combos(r) {
            syn[c as usize] += f64::from(m);
        }
    }
    let selected_error = c_out + syn.iter().zip(&need).map(|(s, n)| (s - n).abs() / n).sum::<f64>();
    let selected_records = mult.iter().map(|&m| m as usize).sum();

    // Prices: start from 0 (the bound is then `C_out`).
    let mut z: Vec<f64> = vec![0.0; in_pool];
    let mut y = vec![0.0f64; pool.len()];
    let exact = |z: &[f64], y: &mut [f64]| -> f64 {
        let mut m = 0.0f64; // the empty record
        for (r, yr) in y.iter_mut().enumerate() {
            *yr = combos(r).iter().map(|&c| z[c as usize] / need[c as usize]).sum();
            m = m.max(*yr);
        }
        c_out + z.iter().sum::<f64>() - (most as f64 * m).max(least as f64 * m)
    };
    let mut best = exact(&z, &mut y);
    let mut x = vec![0.0f64; pool.len()];
    let mut s = vec![0.0f64; in_pool];
    for it in 0..iterations {
        // Softened maximum: temperature and step fall geometrically over the run.
        let frac = it as f64 / iterations.max(1) as f64;
        let tau = search.tau.0 * (search.tau.1 / search.tau.0).powf(frac);
        let step = search.step.0 * (search.step.1 / search.step.0).powf(frac);
        let m = y.iter().copied().fold(0.0f64, f64::max);
        let total = if m >= 0.0 { most } else { least } as f64;
        let mut sum = (-m / tau).exp(); // the empty record
        for (xr, &yr) in x.iter_mut().zip(&y) {
            *xr = ((yr - m) / tau).exp();
            sum += *xr;
        }
        s.iter_mut().for_each(|v| *v = 0.0);
        for (r, xr) in x.iter().enumerate() {
            let w = total * xr / sum;
            if w > 1e-9 {
                for &c in combos(r) {
                    s[c as usize] += w;
                }
            }
        }
        for ((zc, sc), n) in z.iter_mut().zip(&s).zip(&need) {
            let g = (1.0 - sc / n).clamp(-1.0, 1.0);
            *zc = (*zc + step * g).clamp(-1.0, 1.0);
        }
        let l = exact(&z, &mut y);
        best = best.max(l);
    }
    PoolBound {
        common,
        in_pool,
        candidates: pool.len(),
        records: range,
        selected_records,
        selected_error,
        lower_bound: best.max(0.0),
        iterations,
    }
}

/// One round of [`subrecord_bound`]'s column generation.
#[derive(Debug, Clone, PartialEq)]
pub struct GenerationRound {
    /// Candidate records the prices were searched over.
    pub candidates: usize,
    /// Lower bound of the error of any selection from those candidates.
    pub pool_bound: f64,
    /// Lower bound of the error of any output made of safe sub-records of input records
    /// (and of the initial candidates), with the same prices: valid whatever the round.
    pub subrecord_bound: f64,
    /// Sub-records priced above every candidate, added for the next round.
    pub added: usize,
}

/// A floor for every output made of *safe sub-records of input records* (any subset of one
/// input record's values whose every combination of up to `reporting_length` values is
/// common), the projections and, with [`SynthConfig::grow_records`], the grown records: by
/// column generation. Each round searches prices over the current candidates (as
/// [`pool_bound`]), then finds, for every distinct input record, its safe sub-record of the
/// highest price (exactly, by a pruned depth-first search over its subsets): with `M` the
/// highest price over all of them, `sum_c z_c - most * max(M, 0)` bounds every such output
/// from below. Sub-records priced above the current candidates join them for the next round;
/// with none left the two bounds meet the linear relaxation's optimum over the sub-records.
pub fn subrecord_bound(
    input: &Table,
    cfg: &SynthConfig,
    search: &BoundSearch,
    rounds: usize,
) -> Result<(usize, Vec<GenerationRound>), SynthError> {
    let e = Encoded::new(input, cfg)?;
    let range = cfg.record_range(e.rows.len());
    if e.wide() {
        Ok(generate::<u128>(cfg, &e.book, &e.rows, e.bits, e.len, range, search, rounds))
    } else {
        Ok(generate::<u64>(cfg, &e.book, &e.rows, e.bits, e.len, range, search, rounds))
    }
}

#[allow(clippy::too_many_arguments)]
fn generate<K: PackedKey>(
    cfg: &SynthConfig,
    book: &Codebook,
    rows: &[Vec<u32>],
    bits: u32,
    len: usize,
    range: (usize, usize),
    search: &BoundSearch,
    rounds: usize,
) -> (usize, Vec<GenerationRound>) {
    let k = cfg.k as u32;
    let most = range.1 as f64;
    let distinct = distinct_rows(rows);
    let sens: Counts<K> = count_common_combinations(&distinct, len, bits, k);
    let ctx = Ctx { sens: &sens, k, len, bits };
    let ncols = rows.first().map_or(0, Vec::len);
    let (mut pool, _) = build_pool(&ctx, cfg, book, ncols, &distinct, range);
    let (index, need) = common_index(&sens, k);
    let common = need.len();
    let mut seen: FastMap<Vec<u32>, ()> = pool.iter().map(|r| (r.clone(), ())).collect();
    let (mut ids, mut start) = (Vec::new(), vec![0]);
    // Sub-records of input records hold common combinations only.
    let add_ids = |r: &[u32], ids: &mut Vec<u32>, start: &mut Vec<usize>| push_ids(r, &index, len, bits, true, ids, start);
    for r in &pool {
        add_ids(r, &mut ids, &mut start);
    }
    let mut z = vec![0.0f64; common];
    let mut out = Vec::new();
    for _ in 0..rounds {
        let (pool_bound, best_z, pool_max) = search_prices(&need, &ids, &start, &mut z, range, search);
        // Exact pricing of every distinct input record's safe sub-records.
        let w: Vec<f64> = best_z.iter().zip(&need).map(|(z, n)| z / n).collect();
        // Every sub-record not returned below is priced at most pool_max + 1e-9.
        let mut top = (pool_max + 1e-9).max(0.0);
        let mut new: Vec<Vec<u32>> = Vec::new();
        for (row, _) in &distinct {
            if let Some((y, sub)) = best_subrecord(row, &w, &index, len, bits, pool_max + 1e-9) {
                top = top.max(y);
                if seen.insert(sub.clone(), ()).is_none() {
                    new.push(sub);
                }
            }
        }
        let subrecord_bound = best_z.iter().sum::<f64>() - most * top;
        out.push(GenerationRound {
            candidates: pool.len(),
            pool_bound,
            subrecord_bound: subrecord_bound.max(0.0),
            added: new.len(),
        });
        if new.is_empty() {
            break;
        }
        for r in new {
            add_ids(&r, &mut ids, &mut start);
            pool.push(r);
        }
    }
    (common, out)
}

/// Which records [`any_record_bound`] covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordSpace {
    /// Every combination of up to `reporting_length` values common (input count >= k): no
    /// leak and no fabricated combination, what [`crate::synthesize`] guarantees.
    Strict,
    /// No combination of up to `reporting_length` values rare (input count 1..k-1): leakage
    /// 0 as the evaluator counts it; combinations absent from the input are allowed (the
    /// evaluator's mean proportional error does not count them).
    LeakFree,
}

/// The settings of [`any_record_bound`].
#[derive(Debug, Clone, PartialEq)]
pub struct AnyRecordSearch {
    pub space: RecordSpace,
    /// Column-generation rounds at most.
    pub rounds: usize,
    /// Records priced above the candidates kept per round (the best ones).
    pub keep: usize,
    /// Nodes of the branch and bound per pricing at most (beyond, the floor uses the largest
    /// bound left open, still valid).
    pub node_limit: u64,
    /// Also price every input record's safe sub-records each round (many columns per
    /// round, cheap; they are strict records, so in both spaces).
    pub subrecords: bool,
}

/// One round of [`any_record_bound`].
#[derive(Debug, Clone, PartialEq)]
pub struct AnyRecordRound {
    pub candidates: usize,
    /// Lower bound of the error of any selection from the candidates.
    pub pool_bound: f64,
    /// Lower bound of the error of any output of records of the space with an allowed
    /// record count: valid whatever the round.
    pub any_record_bound: f64,
    /// Highest candidate price, highest record price found, proven upper bound of every
    /// record's price (at the round's prices).
    pub pool_price: f64,
    pub best_price: f64,
    pub upper_price: f64,
    /// Branch-and-bound nodes, and whether it ran to the end.
    pub nodes: u64,
    pub complete: bool,
    pub added: usize,
}

/// The result of [`any_record_bound`].
#[derive(Debug, Clone)]
pub struct AnyRecordFloor {
    /// Common combinations (the MPE's denominator).
    pub common: usize,
    pub rounds: Vec<AnyRecordRound>,
    /// The greedy selection (with swap passes) over the final candidates: an output whose
    /// every record is in the space, records in the allowed range.
    pub selection: Table,
    /// Distinct candidate records of the selection that are sub-records of no input record.
    pub mixed_records: usize,
}

impl AnyRecordFloor {
    /// The best floor over the rounds, as an MPE.
    pub fn mpe_floor(&self) -> f64 {
        self.rounds.iter().map(|r| r.any_record_bound).fold(0.0, f64::max) / self.common.max(1) as f64
    }
}

/// A floor for *every* output whose records lie in `space` (any value or none in each
/// column, values of different input records mixed), with a record count the
/// configuration allows: column generation as [`subrecord_bound`], with the pricing step an
/// exact branch and bound over every record of the space (`synth_pricing.rs`). When the
/// pricing finds no record priced above the candidates, the floor is the linear relaxation's
/// optimum over the whole space; every round's floor is valid (LP duality with the round's
/// prices and the pricing's proven upper bound of every record's price). `on_round` sees
/// each round as it ends (progress of a long run).
pub fn any_record_bound(
    input: &Table,
    cfg: &SynthConfig,
    search: &BoundSearch,
    any: &AnyRecordSearch,
    on_round: &mut dyn FnMut(&AnyRecordRound),
) -> Result<AnyRecordFloor, SynthError> {
    let e = Encoded::new(input, cfg)?;
    let range = cfg.record_range(e.rows.len());
    if e.wide() {
        Ok(generate_any::<u128>(input, cfg, &e.book, &e.rows, e.bits, e.len, range, search, any, on_round))
    } else {
        Ok(generate_any::<u64>(input, cfg, &e.book, &e.rows, e.bits, e.len, range, search, any, on_round))
    }
}

#[allow(clippy::too_many_arguments)]
fn generate_any<K: PackedKey>(
    input: &Table,
    cfg: &SynthConfig,
    book: &Codebook,
    rows: &[Vec<u32>],
    bits: u32,
    len: usize,
    range: (usize, usize),
    search: &BoundSearch,
    any: &AnyRecordSearch,
    on_round: &mut dyn FnMut(&AnyRecordRound),
) -> AnyRecordFloor {
    let k = cfg.k as u32;
    let distinct = distinct_rows(rows);
    let sens: Counts<K> = count_common_combinations(&distinct, len, bits, k);
    let ctx = Ctx { sens: &sens, k, len, bits };
    let ncols = rows.first().map_or(0, Vec::len);
    let (mut pool, _) = build_pool(&ctx, cfg, book, ncols, &distinct, range);
    let (common, out) = price_into_pool(&ctx, book, ncols, &distinct, &mut pool, range, search, any, on_round);
    // An output from the final candidates: the synthesizer's greedy selection and swaps,
    // with the evaluator's objective (combinations absent from the input count for nothing).
    let mult = crate::synth::select_with(&ctx, &pool, range, cfg.repair_passes, any.space == RecordSpace::LeakFree);
    let sub_of_input = |r: &[u32]| distinct.iter().any(|(row, _)| r.iter().zip(row).all(|(&a, &b)| a == 0 || a == b));
    let mut records: Vec<Vec<String>> = Vec::new();
    let mut mixed = 0;
    for (r, &m) in pool.iter().zip(&mult) {
        if m > 0 && !sub_of_input(r) {
            mixed += 1;
        }
        for _ in 0..m {
            records.push(r.iter().map(|&a| book.value(a).to_string()).collect());
        }
    }
    let selection = Table::new(input.header().to_vec(), records).expect("rows as wide as the header");
    AnyRecordFloor { common, rounds: out, selection, mixed_records: mixed }
}

/// Every common combination of `sens` (input count >= `k`), densely numbered, and its count.
fn common_index<K: PackedKey>(sens: &Counts<K>, k: u32) -> (FastMap<K, u32>, Vec<f64>) {
    let mut index: FastMap<K, u32> = FastMap::default();
    let mut need: Vec<f64> = Vec::new();
    for (&key, &n) in sens {
        if n >= k {
            index.insert(key, need.len() as u32);
            need.push(f64::from(n));
        }
    }
    (index, need)
}

/// Appends record `r`'s common combinations, as ids of `index`, to `ids` and closes its range
/// in `start` (`ids[start[r]..start[r + 1]]`). `strict`: every combination of `r` must be
/// common (a candidate outside the strict space is a bug); otherwise the others are skipped.
fn push_ids<K: PackedKey>(
    r: &[u32],
    index: &FastMap<K, u32>,
    len: usize,
    bits: u32,
    strict: bool,
    ids: &mut Vec<u32>,
    start: &mut Vec<usize>,
) {
    for_each_combination(&present(r), len, bits, &mut |key: K, _| match index.get(&key) {
        Some(&id) => ids.push(id),
        None => assert!(!strict, "a strict candidate holds a combination that is not common"),
    });
    start.push(ids.len());
}

/// Column generation over the records of `any.space`: prices over `pool`, exact pricing of
/// every record, the records priced above the pool join it; rounds until none does or
/// `any.rounds` are run. Returns the number of common combinations and the rounds.
#[allow(clippy::too_many_arguments)]
pub(crate) fn price_into_pool<K: PackedKey>(
    ctx: &Ctx<'_, K>,
    book: &Codebook,
    ncols: usize,
    distinct: &[(Vec<u32>, u32)],
    pool: &mut Vec<Vec<u32>>,
    range: (usize, usize),
    search: &BoundSearch,
    any: &AnyRecordSearch,
    on_round: &mut dyn FnMut(&AnyRecordRound),
) -> (usize, Vec<AnyRecordRound>) {
    let (sens, k, len, bits) = (ctx.sens, ctx.k, ctx.len, ctx.bits);
    let most = range.1 as f64;
    let rare: Counts<K> = count_rare_frontier(distinct, sens, len, bits, k);
    let (index, need) = common_index(sens, k);
    let common = need.len();
    let col_of: Vec<usize> = (0..=book.len()).map(|a| book.column_of(a as u32)).collect();
    let leak_free = any.space == RecordSpace::LeakFree;
    let pricer = AnyRecordPricer::new(ncols, len, bits, leak_free, col_of.clone(), &index, &rare);
    // In the leak-free space, the strict records' exact pricing (a subspace, far smaller)
    // supplies good candidates quickly; the leak-free search may stop at its node limit.
    let strict = leak_free.then(|| AnyRecordPricer::new(ncols, len, bits, false, col_of, &index, &rare));
    let mut seen: FastMap<Vec<u32>, ()> = pool.iter().map(|r| (r.clone(), ())).collect();
    let (mut ids, mut start) = (Vec::new(), vec![0]);
    // Leak-free records may hold combinations absent from the input: they have no id.
    let add_ids = |r: &[u32], ids: &mut Vec<u32>, start: &mut Vec<usize>| push_ids(r, &index, len, bits, !leak_free, ids, start);
    for r in pool.iter() {
        add_ids(r, &mut ids, &mut start);
    }
    let mut z = vec![0.0f64; common];
    let mut out = Vec::new();
    for _ in 0..any.rounds {
        let (pool_bound, best_z, pool_max) = search_prices(&need, &ids, &start, &mut z, range, search);
        let w: Vec<f64> = best_z.iter().zip(&need).map(|(z, n)| z / n).collect();
        let thr = pool_max + 1e-9;
        let mut new: Vec<Vec<u32>> = Vec::new();
        if any.subrecords {
            for (row, _) in distinct {
                if let Some((_, sub)) = best_subrecord(row, &w, &index, len, bits, thr) {
                    if seen.insert(sub.clone(), ()).is_none() {
                        new.push(sub);
                    }
                }
            }
        }
        let mut found: Vec<(f64, Vec<u32>)> = Vec::new();
        if let Some(strict) = &strict {
            found.extend(strict.price(&w, thr, any.keep, any.node_limit).best);
            // Unions of two good records on disjoint columns, when in the space.
            let mut good: Vec<(f64, &[u32])> = pool
                .iter()
                .map(|r| (pricer.price_of(&w, r).unwrap_or(f64::NEG_INFINITY), r.as_slice()))
                .chain(found.iter().map(|(y, r)| (*y, r.as_slice())))
                .filter(|(y, _)| *y > 0.0)
                .collect();
            good.sort_by(|a, b| b.0.total_cmp(&a.0));
            good.truncate(400);
            let mut merged: Vec<(f64, Vec<u32>)> = Vec::new();
            for (i, (_, a)) in good.iter().enumerate() {
                for (_, b) in &good[i + 1..] {
                    if a.iter().zip(b.iter()).any(|(&x, &y)| x != 0 && y != 0) {
                        continue;
                    }
                    let u: Vec<u32> = a.iter().zip(b.iter()).map(|(&x, &y)| x | y).collect();
                    if let Some(y) = pricer.price_of(&w, &u) {
                        if y > thr {
                            merged.push((y, u));
                        }
                    }
                }
            }
            merged.sort_by(|a, b| b.0.total_cmp(&a.0));
            merged.truncate(any.keep);
            found.extend(merged);
        }
        let priced = pricer.price(&w, thr, any.keep, any.node_limit);
        found.extend(priced.best.iter().cloned());
        found.sort_by(|a, b| b.0.total_cmp(&a.0));
        for (y, r) in &found {
            // Checked independently of the search's bookkeeping: in the space, at its price.
            let again = pricer.price_of(&w, r);
            assert!(again.is_some_and(|p| (p - y).abs() < 1e-6), "priced record {r:?} is not in the space at {y}");
            if seen.insert(r.clone(), ()).is_none() {
                new.push(r.clone());
            }
        }
        let upper = priced.upper.max(found.first().map_or(0.0, |b| b.0)).max(0.0);
        let bound = best_z.iter().sum::<f64>() - most * upper;
        out.push(AnyRecordRound {
            candidates: pool.len(),
            pool_bound,
            any_record_bound: bound.max(0.0),
            pool_price: pool_max,
            best_price: found.first().map_or(pool_max, |b| b.0),
            upper_price: upper,
            nodes: priced.nodes,
            complete: priced.complete,
            added: new.len(),
        });
        on_round(out.last().expect("just pushed"));
        if new.is_empty() {
            break;
        }
        for r in new {
            add_ids(&r, &mut ids, &mut start);
            pool.push(r);
        }
    }
    (common, out)
}

/// The price search of [`bound_over`] over candidates given as dense combination ids
/// (`ids[start[r]..start[r + 1]]`), every common combination priced (`z`, warm start, left
/// at the last prices): the best bound met, its prices and the highest candidate price there.
fn search_prices(
    need: &[f64],
    ids: &[u32],
    start: &[usize],
    z: &mut [f64],
    range: (usize, usize),
    search: &BoundSearch,
) -> (f64, Vec<f64>, f64) {
    let (least, most) = (range.0 as f64, range.1 as f64);
    let n_cand = start.len() - 1;
    let combos = |r: usize| &ids[start[r]..start[r + 1]];
    let mut y = vec![0.0f64; n_cand];
    let exact = |z: &[f64], y: &mut [f64]| -> (f64, f64) {
        let mut m = 0.0f64;
        for (r, yr) in y.iter_mut().enumerate() {
            *yr = combos(r).iter().map(|&c| z[c as usize] / need[c as usize]).sum();
            m = m.max(*yr);
        }
        (z.iter().sum::<f64>() - (most * m).max(least * m), m)
    };
    let (mut best, mut best_m) = exact(z, &mut y);
    let mut best_z = z.to_vec();
    let mut x = vec![0.0f64; n_cand];
    let mut s = vec![0.0f64; need.len()];
    let iterations = search.iterations;
    for it in 0..iterations {
        let frac = it as f64 / iterations.max(1) as f64;
        let tau = search.tau.0 * (search.tau.1 / search.tau.0).powf(frac);
        let step = search.step.0 * (search.step.1 / search.step.0).powf(frac);
        let m = y.iter().copied().fold(0.0f64, f64::max);
        let total = if m >= 0.0 { most } else { least };
        let mut sum = (-m / tau).exp();
        for (xr, &yr) in x.iter_mut().zip(&y) {
            *xr = ((yr - m) / tau).exp();
            sum += *xr;
        }
        s.iter_mut().for_each(|v| *v = 0.0);
        for (r, xr) in x.iter().enumerate() {
            let w = total * xr / sum;
            if w > 1e-9 {
                for &c in combos(r) {
                    s[c as usize] += w;
                }
            }
        }
        for ((zc, sc), n) in z.iter_mut().zip(&s).zip(need) {
            let g = (1.0 - sc / n).clamp(-1.0, 1.0);
            *zc = (*zc + step * g).clamp(-1.0, 1.0);
        }
        let (l, m) = exact(z, &mut y);
        if l > best {
            best = l;
            best_m = m;
            best_z.copy_from_slice(z);
        }
    }
    (best, best_z, best_m)
}

/// The safe sub-record of `row` with the highest price `sum_{c in it} w_c`, if above `floor`:
/// a depth-first search over its values in column order, pruned when a combination is rare
/// (every superset is unsafe too) or when the positive prices left cannot lift it above the
/// best so far.
fn best_subrecord<K: PackedKey>(
    row: &[u32],
    w: &[f64],
    index: &FastMap<K, u32>,
    len: usize,
    bits: u32,
    floor: f64,
) -> Option<(f64, Vec<u32>)> {
    let cols: Vec<usize> = (0..row.len()).filter(|&c| row[c] != 0).collect();
    let attrs: Vec<u32> = cols.iter().map(|&c| row[c]).collect();
    let m = attrs.len();
    // pos[j]: the positive prices of the row's common combinations whose last value is j.
    let mut pos = vec![0.0f64; m + 1];
    {
        let mut stack: Vec<(usize, usize, K)> = vec![(0, 0, K::default())];
        while let Some((from, depth, key)) = stack.pop() {
            for i in from..m {
                let kk = (key << bits) | K::from(attrs[i]);
                let Some(&id) = index.get(&kk) else { continue };
                pos[i] += w[id as usize].max(0.0);
                if depth + 1 < len {
                    stack.push((i + 1, depth + 1, kk));
                }
            }
        }
    }
    let mut suffix = vec![0.0f64; m + 1];
    for j in (0..m).rev() {
        suffix[j] = suffix[j + 1] + pos[j];
    }
    struct Search<'a, K> {
        attrs: &'a [u32],
        w: &'a [f64],
        index: &'a FastMap<K, u32>,
        len: usize,
        bits: u32,
        suffix: &'a [f64],
        best: f64,
        best_set: Option<u128>,
    }
    fn dfs<K: PackedKey>(s: &mut Search<'_, K>, from: usize, y: f64, set: u128, keys: &[(K, usize)]) {
        for i in from..s.attrs.len() {
            if y + s.suffix[i] <= s.best {
                return;
            }
            // Every new combination: value i with each kept subset of up to len - 1 values.
            let mut gain = 0.0;
            let mut next: Vec<(K, usize)> = Vec::with_capacity(keys.len() * 2);
            next.extend_from_slice(keys);
            let mut safe = true;
            for &(key, l) in keys {
                if l + 1 > s.len {
                    continue;
                }
                let kk = (key << s.bits) | K::from(s.attrs[i]);
                match s.index.get(&kk) {
                    Some(&id) => {
                        gain += s.w[id as usize];
                        if l + 1 < s.len {
                            next.push((kk, l + 1));
                        }
                    }
                    None => {
                        safe = false;
                        break;
                    }
                }
            }
            if !safe {
                continue;
            }
            let y2 = y + gain;
            let set2 = set | (1u128 << i);
            if y2 > s.best {
                s.best = y2;
                s.best_set = Some(set2);
            }
            dfs(s, i + 1, y2, set2, &next);
        }
    }
    let mut search = Search { attrs: &attrs, w, index, len, bits, suffix: &suffix, best: floor, best_set: None };
    dfs(&mut search, 0, 0.0, 0, &[(K::default(), 0)]);
    let set = search.best_set?;
    let mut out = vec![0u32; row.len()];
    for (i, &c) in cols.iter().enumerate() {
        if set & (1u128 << i) != 0 {
            out[c] = attrs[i];
        }
    }
    Some((search.best, out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rng::SplitMix64;
    use crate::synth::check_key_width;

    fn random_table(rng: &mut SplitMix64, n: usize, cols: usize) -> Table {
        let header: Vec<String> = (0..cols).map(|c| format!("c{c}")).collect();
        let records = (0..n)
            .map(|_| (0..cols).map(|_| if rng.below(5) == 0 { String::new() } else { format!("v{}", rng.below(3)) }).collect())
            .collect();
        Table::new(header, records).expect("rows as wide as the header")
    }

    #[test]
    fn the_bound_is_below_the_selection_and_every_other_selection_from_the_pool() {
        let mut rng = SplitMix64::new(3);
        let mut positive = 0;
        for case in 0..12u64 {
            let input = random_table(&mut rng, 60 + 10 * case as usize, 5 + case as usize % 3);
            let cfg = SynthConfig { k: 4, reporting_length: 3, record_tolerance_per_mille: 50, ..SynthConfig::default() };
            let search = BoundSearch { iterations: 300, ..BoundSearch::default() };
            let mut book = Codebook::new(input.header().len());
            let rows = book.encode(input.records());
            let bits = check_key_width(input.header().len(), book.len(), 3).expect("fits");
            let distinct = distinct_rows(&rows);
            let sens: Counts<u64> = count_common_combinations(&distinct, 3, bits, 4);
            let ctx = Ctx { sens: &sens, k: 4, len: 3, bits };
            let range = cfg.record_range(rows.len());
            let (pool, mult) = build_pool(&ctx, &cfg, &book, input.header().len(), &distinct, range);
            let common = sens.values().filter(|&&n| n >= 4).count();
            let b = bound_over(&sens, 4, 3, bits, common, &pool, &mult, range, &search);
            assert!(b.lower_bound <= b.selected_error + 1e-6, "case {case}: {b:?}");
            // At least the common combinations no candidate holds (their error is 1 each).
            assert!(b.lower_bound >= (b.common - b.in_pool) as f64 - 1e-9, "case {case}: {b:?}");
            // The selection's error, recomputed by the evaluator, is the one reported.
            let out = crate::synthesize(&input, &cfg).expect("synthesis succeeds");
            let m = crate::evaluate(&input, &out, 4, 3).expect("same columns");
            assert!((m.mean_proportional_error * common as f64 - b.selected_error).abs() < 1e-6, "case {case}");
            // Random selections from the pool with an allowed record count never beat it.
            for _ in 0..200 {
                let total = range.0 + rng.below(range.1 - range.0 + 1);
                let mut m2 = vec![0u32; pool.len()];
                for _ in 0..total {
                    m2[rng.below(pool.len())] += 1;
                }
                let other =
                    bound_over(&sens, 4, 3, bits, common, &pool, &m2, range, &BoundSearch { iterations: 0, ..search.clone() });
                assert!(
                    b.lower_bound <= other.selected_error + 1e-6,
                    "case {case}: {} > {}",
                    b.lower_bound,
                    other.selected_error
                );
            }
            if b.lower_bound > 1e-6 {
                positive += 1;
            }
        }
        assert!(positive > 0, "the bound never rose above 0");
    }

    #[test]
    fn seventeen_records_cannot_be_exact_and_the_selection_finds_the_best() {
        // (a1, b1) is rare (3 < k = 5), so no candidate holds both: with 17 records, the best
        // is 7 (a1, b2) + 7 (a2, b1) + 3 records of a1 or b1, 3 single values short (0.3); the
        // selection finds it, and the bound does not claim more.
        let mut records: Vec<Vec<String>> = Vec::new();
        for (a, b, n) in [("a1", "b1", 3), ("a1", "b2", 7), ("a2", "b1", 7)] {
            for _ in 0..n {
                records.push(vec![a.to_string(), b.to_string()]);
            }
        }
        let input = Table::new(vec!["A".into(), "B".into()], records).expect("two columns");
        let search = BoundSearch { iterations: 400, ..BoundSearch::default() };
        let cfg = SynthConfig { k: 5, reporting_length: 2, record_tolerance_per_mille: 0, ..SynthConfig::default() };
        let b = pool_bound(&input, &cfg, &search).expect("bound");
        assert_eq!(b.common, 6);
        assert_eq!(b.selected_records, 17);
        assert!((b.selected_error - 0.3).abs() < 1e-9, "{b:?}");
        assert!(b.lower_bound >= 0.0 && b.lower_bound <= b.selected_error + 1e-9, "{b:?}");
    }

    /// Every safe sub-record of every distinct row (brute force over subsets), with its price.
    fn all_subrecords(distinct: &[(Vec<u32>, u32)], sens: &Counts<u64>, k: u32, len: usize, bits: u32) -> Vec<Vec<u32>> {
        let mut out: Vec<Vec<u32>> = Vec::new();
        for (row, _) in distinct {
            let cols: Vec<usize> = (0..row.len()).filter(|&c| row[c] != 0).collect();
            for mask in 1u32..(1 << cols.len()) {
                let mut r = vec![0u32; row.len()];
                for (i, &c) in cols.iter().enumerate() {
                    if mask & (1 << i) != 0 {
                        r[c] = row[c];
                    }
                }
                let mut safe = true;
                for_each_combination(&present(&r), len, bits, &mut |key: u64, _| safe &= sens.get(&key).is_some_and(|&n| n >= k));
                if safe && !out.contains(&r) {
                    out.push(r);
                }
            }
        }
        out
    }

    #[test]
    fn the_best_subrecord_search_finds_the_brute_force_best() {
        let mut rng = SplitMix64::new(17);
        for case in 0..20u64 {
            let input = random_table(&mut rng, 80, 5 + case as usize % 2);
            let (k, len) = (3u32, 2 + case as usize % 2);
            let mut book = Codebook::new(input.header().len());
            let rows = book.encode(input.records());
            let bits = check_key_width(input.header().len(), book.len(), len).expect("fits");
            let distinct = distinct_rows(&rows);
            let sens: Counts<u64> = count_common_combinations(&distinct, len, bits, k);
            let mut index: FastMap<u64, u32> = FastMap::default();
            for (&key, &n) in &sens {
                if n >= k {
                    let id = index.len() as u32;
                    index.insert(key, id);
                }
            }
            let w: Vec<f64> = (0..index.len()).map(|_| rng.below(2001) as f64 / 1000.0 - 1.0).collect();
            let price = |r: &[u32]| {
                let mut y = 0.0;
                for_each_combination(&present(r), len, bits, &mut |key: u64, _| y += w[index[&key] as usize]);
                y
            };
            let subs = all_subrecords(&distinct, &sens, k, len, bits);
            for (row, _) in &distinct {
                // The brute-force best among this row's safe sub-records.
                let mine: Vec<&Vec<u32>> = subs.iter().filter(|s| s.iter().zip(row).all(|(&a, &b)| a == 0 || a == b)).collect();
                let brute = mine.iter().map(|s| price(s)).fold(f64::NEG_INFINITY, f64::max);
                match best_subrecord(row, &w, &index, len, bits, -1e9) {
                    Some((y, sub)) => {
                        assert!((y - brute).abs() < 1e-9, "case {case}: {y} vs brute force {brute}");
                        assert!((price(&sub) - y).abs() < 1e-9, "case {case}");
                        assert!(mine.contains(&&sub), "case {case}: {sub:?} is not a safe sub-record of {row:?}");
                    }
                    None => assert!(mine.is_empty(), "case {case}: none found, brute force {brute}"),
                }
            }
        }
    }

    #[test]
    fn the_subrecord_floor_is_below_every_selection_of_safe_subrecords() {
        let mut rng = SplitMix64::new(29);
        let mut positive = 0;
        for case in 0..8u64 {
            let input = random_table(&mut rng, 70 + 10 * case as usize, 5);
            let (k, len) = (4u32, 3usize);
            let cfg = SynthConfig { k: 4, reporting_length: 3, record_tolerance_per_mille: 50, ..SynthConfig::default() };
            let search = BoundSearch { iterations: 200, ..BoundSearch::default() };
            let (common, rounds) = subrecord_bound(&input, &cfg, &search, 4).expect("bound");
            assert!(!rounds.is_empty());
            let floor = rounds.iter().map(|r| r.subrecord_bound).fold(0.0, f64::max);
            // Our own output is made of safe sub-records: its error is above the floor.
            let out = crate::synthesize(&input, &cfg).expect("synthesis succeeds");
            let m = crate::evaluate(&input, &out, 4, 3).expect("same columns");
            assert!(floor <= m.mean_proportional_error * common as f64 + 1e-6, "case {case}: {floor} > ours");
            // So is every random multiset of safe sub-records of an allowed size.
            let mut book = Codebook::new(input.header().len());
            let rows = book.encode(input.records());
            let bits = check_key_width(input.header().len(), book.len(), len).expect("fits");
            let distinct = distinct_rows(&rows);
            let sens: Counts<u64> = count_common_combinations(&distinct, len, bits, k);
            let subs = all_subrecords(&distinct, &sens, k, len, bits);
            let range = cfg.record_range(rows.len());
            let search0 = BoundSearch { iterations: 0, ..search.clone() };
            // The greedy selection (and swaps) over every safe sub-record: a good one.
            let ctx = Ctx { sens: &sens, k, len, bits };
            let best = crate::synth::select(&ctx, &subs, range, 4);
            let e = bound_over(&sens, k, len, bits, common, &subs, &best, range, &search0).selected_error;
            assert!(floor <= e + 1e-6, "case {case}: floor {floor} above the greedy's error {e}");
            positive += usize::from(floor > 1e-6);
            for _ in 0..100 {
                let total = range.0 + rng.below(range.1 - range.0 + 1);
                let mut mult = vec![0u32; subs.len()];
                for _ in 0..total {
                    mult[rng.below(subs.len())] += 1;
                }
                let e = bound_over(&sens, k, len, bits, common, &subs, &mult, range, &search0).selected_error;
                assert!(floor <= e + 1e-6, "case {case}: floor {floor} above a selection's error {e}");
            }
        }
        assert!(positive > 0, "the floor never rose above 0");
    }

    /// Every record over the input's values (each column one of its values or none) that is
    /// in `space`, by a plain scan of the input (no codebook): no combination of up to `len`
    /// values occurs in 1..k-1 input records, and (strict) none in 0.
    fn every_record(input: &Table, k: usize, len: usize, space: RecordSpace) -> Vec<Vec<String>> {
        let cols = input.header().len();
        let per_col: Vec<Vec<String>> = (0..cols)
            .map(|c| {
                let mut v: Vec<String> = input.records().iter().map(|r| r[c].clone()).collect();
                v.push(String::new());
                v.sort();
                v.dedup();
                v
            })
            .collect();
        let mut out = Vec::new();
        crate::synth_pricing::for_each_choice(&per_col, |rec: Vec<String>| {
            let filled: Vec<usize> = (0..cols).filter(|&c| !rec[c].is_empty()).collect();
            let ok = (1u32..(1 << filled.len())).all(|mask| {
                let sub: Vec<usize> = filled.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, &c)| c).collect();
                if sub.len() > len {
                    return true;
                }
                let n = input.records().iter().filter(|r| sub.iter().all(|&c| r[c] == rec[c])).count();
                n >= k || (n == 0 && space == RecordSpace::LeakFree)
            });
            if ok {
                out.push(rec);
            }
        });
        out
    }

    #[test]
    fn the_any_record_floor_is_below_every_output_of_records_of_its_space() {
        let mut rng = SplitMix64::new(53);
        let (mut positive, mut mixed, mut fabricated) = (0, 0, 0);
        for case in 0..6u64 {
            let input = random_table(&mut rng, 50 + 10 * case as usize, 4);
            let (k, len) = (4usize, 3usize);
            let space = if case % 2 == 0 { RecordSpace::Strict } else { RecordSpace::LeakFree };
            let cfg = SynthConfig { k, reporting_length: len, record_tolerance_per_mille: 50, ..SynthConfig::default() };
            let search = BoundSearch { iterations: 200, ..BoundSearch::default() };
            let any = AnyRecordSearch { space, rounds: 8, keep: 20, node_limit: u64::MAX, subrecords: case % 3 == 0 };
            let f = any_record_bound(&input, &cfg, &search, &any, &mut |_| {}).expect("bound");
            assert!(f.rounds.iter().all(|r| r.complete), "case {case}");
            let floor = f.mpe_floor() * f.common as f64;
            let mut error = |out: &Table| {
                let m = crate::evaluate(&input, out, k, len).expect("same columns");
                assert_eq!(m.leakage, 0, "case {case}");
                if space == RecordSpace::Strict {
                    assert_eq!(m.fabricated_share, 0.0, "case {case}");
                }
                fabricated += usize::from(m.fabricated_share > 0.0);
                m.mean_proportional_error * f.common as f64
            };
            // The selection from the final candidates: in the space, allowed count, above the floor.
            let range = cfg.record_range(input.len());
            assert!((range.0..=range.1).contains(&f.selection.len()), "case {case}");
            let sel = error(&f.selection);
            assert!(floor <= sel + 1e-6, "case {case}: floor {floor} above the selection's {sel}");
            let all = every_record(&input, k, len, space);
            for r in f.selection.records() {
                assert!(all.contains(r), "case {case}: {r:?} is not in the space");
            }
            let sub_of_input =
                |r: &[String]| input.records().iter().any(|i| r.iter().zip(i).all(|(a, b)| a.is_empty() || a == b));
            mixed += all.iter().filter(|r| !sub_of_input(r)).count().min(1);
            // Random outputs of records of the space, and a descent from the selection by
            // swapping single records for any record of the space: never below the floor.
            for _ in 0..30 {
                let total = range.0 + rng.below(range.1 - range.0 + 1);
                let recs: Vec<Vec<String>> = (0..total).map(|_| all[rng.below(all.len())].clone()).collect();
                let e = error(&Table::new(input.header().to_vec(), recs).expect("rows"));
                assert!(floor <= e + 1e-6, "case {case}: floor {floor} above a random output's {e}");
            }
            let mut cur: Vec<Vec<String>> = f.selection.records().to_vec();
            let mut e = sel;
            for _ in 0..150 {
                let mut next = cur.clone();
                let i = rng.below(next.len());
                next[i] = all[rng.below(all.len())].clone();
                let e2 = error(&Table::new(input.header().to_vec(), next.clone()).expect("rows"));
                assert!(floor <= e2 + 1e-6, "case {case}: floor {floor} above a swapped output's {e2}");
                if e2 < e {
                    cur = next;
                    e = e2;
                }
            }
            positive += usize::from(floor > 1e-6);
        }
        assert!(positive > 0 && mixed > 0, "floors above 0: {positive}, cases with mixed records: {mixed}");
        assert!(fabricated > 0, "no output with a fabricated combination was tried");
    }
}
