//! Synthetic microdata with no rare combination: every combination of up to `reporting_length`
//! attribute values in the output occurs in at least `k` input records.
//!
//! Method (row-seeded projection, then selection): each distinct input record is projected onto
//! the subset of its own attributes, every sub-combination common (>= k) in the input, that
//! keeps the most proportional-error weight; the output is then a multiset of these safe
//! projections, chosen by a lazy greedy (then record swaps) to minimise the summed proportional
//! error of the combination counts. Optionally ([`SynthConfig::grow_records`]) safe records
//! grown from the common combinations the selection leaves furthest below their input count
//! join the pool and the selection runs again. The output has exactly as many records as the
//! input and is checked for leakage before returning.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::combos::{
    count_common_combinations, distinct_rows, for_each_combination, id_bits, key_len, present, Codebook, CommonTrie, Counts,
    FastMap, PackedKey,
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
    /// Also grow safe records from the common combinations the first selection leaves
    /// furthest below their input count, and select again from both pools. Off by default:
    /// on the 16-column benchmark file it lowers the error by 1-3% for 1.7x the CPU time
    /// (docs/privacy.md, "Synthetic microdata", step 4).
    pub grow_records: bool,
    /// How far, in thousandths of the input's record count (rounded down), the output's
    /// record count may stray from it: the selection outputs at least `n - n*t/1000` and at
    /// most `n + n*t/1000` records, as many as lower the error. 0 = exactly as many records
    /// as the input. The default, 20, is the goal (within 2% of the input).
    pub record_tolerance_per_mille: u32,
    /// Rounds of column generation over every record whose combinations of up to
    /// `reporting_length` values are all common (values of different input records mixed):
    /// each round prices the combinations against the candidates, finds the records worth
    /// most at those prices exactly (branch and bound, `synth_pricing.rs`) and adds them; then
    /// the selection runs again. 0 (the default) = off. On the 16-column benchmark file it
    /// lowers the error by about 2% at more than 100x the CPU time (docs/privacy.md, "How far
    /// the goal is").
    pub priced_rounds: usize,
}

impl Default for SynthConfig {
    fn default() -> Self {
        SynthConfig {
            k: 10,
            reporting_length: 4,
            seed: 0,
            repair_passes: 2,
            grow_records: false,
            record_tolerance_per_mille: 20,
            priced_rounds: 0,
        }
    }
}

impl SynthConfig {
    /// The least and the most records the output may have for an input of `n` records.
    pub fn record_range(&self, n: usize) -> (usize, usize) {
        let slack = (n as u128 * u128::from(self.record_tolerance_per_mille) / 1000) as usize;
        (n - slack.min(n), n + slack)
    }
}

/// Why synthesis refused to run or to return its output.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SynthError {
    #[error("invalid configuration: {0}")]
    InvalidConfig(String),
    #[error("the table has {columns} columns and {attributes} distinct values: combinations of length {reporting_length} do not fit in a 128-bit key")]
    TooManyAttributes { columns: usize, attributes: usize, reporting_length: usize },
    #[error("the sensitive table has columns {sensitive:?} but the synthetic table has {synthetic:?}")]
    ColumnsDiffer { sensitive: Vec<String>, synthetic: Vec<String> },
    /// Never expected: the final check found combinations rare in the input. The output is withheld.
    #[error(
        "internal check failed: {combinations} output combinations are rare in the input (first: {example}); output withheld"
    )]
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
        return Err(SynthError::TooManyAttributes { columns, attributes, reporting_length });
    }
    Ok(bits)
}

/// `input` encoded for synthesis under a config, after the checks every entry point makes
/// (the config, at most 128 columns, a key width that fits): the codebook, the encoded rows,
/// the bits per attribute and the longest combination counted.
pub(crate) struct Encoded {
    pub(crate) book: Codebook,
    pub(crate) rows: Vec<Vec<u32>>,
    pub(crate) bits: u32,
    pub(crate) len: usize,
}

impl Encoded {
    pub(crate) fn new(input: &Table, cfg: &SynthConfig) -> Result<Self, SynthError> {
        check_config(cfg.k, cfg.reporting_length)?;
        let ncols = input.header().len();
        if ncols > 128 {
            return Err(SynthError::TooManyAttributes { columns: ncols, attributes: 0, reporting_length: cfg.reporting_length });
        }
        let mut book = Codebook::new(ncols);
        let rows = book.encode(input.records());
        let bits = check_key_width(ncols, book.len(), cfg.reporting_length)?;
        let len = cfg.reporting_length.min(ncols);
        Ok(Encoded { book, rows, bits, len })
    }

    /// Whether a combination's packed key needs more than 64 bits.
    pub(crate) fn wide(&self) -> bool {
        self.bits as usize * self.len > 64
    }
}

/// Synthesizes a table with the same header and as many records as `input`.
pub fn synthesize(input: &Table, cfg: &SynthConfig) -> Result<Table, SynthError> {
    let e = Encoded::new(input, cfg)?;
    if e.wide() {
        synthesize_with::<u128>(input, cfg, &e.book, &e.rows, e.bits, e.len)
    } else {
        synthesize_with::<u64>(input, cfg, &e.book, &e.rows, e.bits, e.len)
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

    let (pool, mult) = build_pool(&ctx, cfg, book, input.header().len(), &distinct, cfg.record_range(rows.len()));
    let mut out: Vec<Vec<u32>> = Vec::with_capacity(mult.iter().map(|&m| m as usize).sum());
    for (r, &m) in pool.iter().zip(&mult) {
        for _ in 0..m {
            out.push(r.clone());
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
        return Err(SynthError::Leak { combinations: leaks, example: describe_key(first, bits, book, input.header()) });
    }
    // Records in a seeded random order, not grouped by source row.
    let mut rng = SplitMix64::new(cfg.seed.wrapping_add(1));
    rng.shuffle(&mut out);
    let records = out.iter().map(|r| r.iter().map(|&a| book.value(a).to_string()).collect()).collect();
    Table::new(input.header().to_vec(), records).map_err(|e| SynthError::InvalidConfig(format!("output table: {e}")))
}

/// The candidate records (safe projections of the distinct input rows, plus grown records
/// when asked) and how many of each the selection outputs, between `range.0` and `range.1`
/// records in all.
pub(crate) fn build_pool<K: PackedKey>(
    ctx: &Ctx<'_, K>,
    cfg: &SynthConfig,
    book: &Codebook,
    ncols: usize,
    distinct: &[(Vec<u32>, u32)],
    range: (usize, usize),
) -> (Vec<Vec<u32>>, Vec<u32>) {
    // 1. Project every distinct row onto a safe subset of its attributes.
    let mut pool: Vec<Vec<u32>> = Vec::new();
    {
        let mut seen: FastMap<Vec<u32>, ()> = FastMap::default();
        let mut scratch = Scratch::default();
        let trie = CommonTrie::new(ctx.sens, ctx.bits, ctx.len);
        for (row, _) in distinct {
            let p = ctx.project_with(row, &trie, &mut scratch);
            if seen.insert(p.clone(), ()).is_none() {
                pool.push(p);
            }
        }
    }
    // 2. Choose how many records of each projection to output (greedy, then record swaps).
    let mut mult = select(ctx, &pool, range, cfg.repair_passes);
    // 3. Optionally, records grown from the common combinations the selection leaves furthest
    //    below their input count, then the selection again over both pools.
    if cfg.grow_records {
        if let Some(grower) = Grower::new(ctx, book, ncols) {
            let grown = grower.build(ctx, &pool, &mult, range.1);
            let mut seen: FastMap<Vec<u32>, ()> = pool.iter().map(|r| (r.clone(), ())).collect();
            let before = pool.len();
            for r in grown {
                if seen.insert(r.clone(), ()).is_none() {
                    pool.push(r);
                }
            }
            if pool.len() > before {
                mult = select(ctx, &pool, range, cfg.repair_passes);
            }
        }
    }
    // 4. Optionally, records of every kind priced above the pool (column generation), then
    //    the selection again.
    if cfg.priced_rounds > 0 {
        let before = pool.len();
        let any = crate::synth_bound::AnyRecordSearch {
            space: crate::synth_bound::RecordSpace::Strict,
            rounds: cfg.priced_rounds,
            keep: 300,
            node_limit: 20_000_000,
            subrecords: true,
        };
        let search = crate::synth_bound::BoundSearch { iterations: 300, ..Default::default() };
        crate::synth_bound::price_into_pool(ctx, book, ncols, distinct, &mut pool, range, &search, &any, &mut |_| {});
        if pool.len() > before {
            mult = select(ctx, &pool, range, cfg.repair_passes);
        }
    }
    (pool, mult)
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
pub(crate) fn select<K: PackedKey>(ctx: &Ctx<'_, K>, rows: &[Vec<u32>], range: (usize, usize), swap_passes: usize) -> Vec<u32> {
    select_with(ctx, rows, range, swap_passes, false)
}

/// [`select`], optionally leaving out of the objective the combinations absent from the
/// input (`ignore_absent`: the evaluator's mean proportional error does not count them; for
/// candidates that may hold such combinations, `synth_bound::any_record_bound`'s leak-free
/// space). Without it an absent combination counts as over its input count 0.
pub(crate) fn select_with<K: PackedKey>(
    ctx: &Ctx<'_, K>,
    rows: &[Vec<u32>],
    range: (usize, usize),
    swap_passes: usize,
    ignore_absent: bool,
) -> Vec<u32> {
    let (least, most) = range;
    // Dense ids of the common combinations each candidate contains, and their input counts.
    let mut dense: FastMap<K, u32> = FastMap::default();
    let mut need: Vec<u32> = Vec::new();
    let mut start: Vec<usize> = vec![0];
    let mut ids: Vec<u32> = Vec::new();
    for r in rows {
        for_each_combination(&present(r), ctx.len, ctx.bits, &mut |key: K, _| {
            let n = ctx.sens.get(&key).copied().unwrap_or(0);
            if n == 0 && ignore_absent {
                return;
            }
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
        combos(i).iter().map(|&c| if syn[c as usize] < need[c as usize] { -weight[c as usize] } else { weight[c as usize] }).sum()
    };
    // Error change of one record of candidate i less.
    let remove = |syn: &[u32], i: usize| -> f64 {
        combos(i).iter().map(|&c| if syn[c as usize] > need[c as usize] { -weight[c as usize] } else { weight[c as usize] }).sum()
    };
    let mut syn = vec![0u32; need.len()];
    let mut mult = vec![0u32; rows.len()];

    // Lazy greedy: a stale gain is an upper bound of the current one.
    let mut heap: BinaryHeap<(u64, Reverse<usize>)> = (0..rows.len()).map(|i| (ord(-add(&syn, i)), Reverse(i))).collect();
    let mut taken = 0usize;
    while taken < most {
        let Some((_, Reverse(i))) = heap.pop() else { break };
        let delta = add(&syn, i);
        let gain = ord(-delta);
        if heap.peek().is_none_or(|&(next, _)| gain >= next) {
            // The best record left no longer lowers the error: stop once enough are out.
            if taken >= least && delta >= -1e-12 {
                break;
            }
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

    mult
}

/// A total order on f64 as u64 (larger float, larger key), for the greedy's heap.
fn ord(x: f64) -> u64 {
    let b = x.to_bits();
    if b >> 63 == 1 {
        !b
    } else {
        b | (1 << 63)
    }
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

/// Bitset words of the grower's extension table above which it is not built (64 MiB).
const GROW_MAX_WORDS: usize = 8 << 20;

/// Grows safe records from common combinations: for every common combination `c` shorter than
/// the reporting length, the set of attributes `v` with `c + v` common. A record stays safe
/// when a value is added whose every combination with up to `len - 1` of the record's values
/// is common; the safe additions are the AND of these sets over the record's combinations.
struct Grower<K> {
    /// Every common combination -> dense id; ids below `short` are shorter than `len`.
    index: FastMap<K, u32>,
    keys: Vec<K>,
    need: Vec<u32>,
    short: usize,
    words: usize,
    /// `words` words per short combination: the attributes it extends to a common one.
    ext: Vec<u64>,
    /// The common single attributes.
    singles: Vec<u64>,
    /// Per column, its attributes.
    column_attrs: Vec<Vec<u64>>,
    column_of: Vec<usize>,
}

fn unpack<K: PackedKey>(mut key: K, bits: u32) -> Vec<u32> {
    let mut v = Vec::with_capacity(4);
    while !key.is_zero() {
        v.push(key.low_id(bits));
        key = key >> bits;
    }
    v.reverse();
    v
}

fn pack<K: PackedKey>(attrs: impl Iterator<Item = u32>, bits: u32) -> K {
    attrs.fold(K::default(), |k, a| (k << bits) | K::from(a))
}

/// Calls `f` with every combination of 1..=max_len of `attrs` (kept in order) that contains
/// `attrs[must]`.
fn for_each_combination_with<K: PackedKey>(attrs: &[u32], must: usize, max_len: usize, bits: u32, f: &mut impl FnMut(K)) {
    #[allow(clippy::too_many_arguments)]
    fn rec<K: PackedKey>(
        attrs: &[u32],
        must: usize,
        start: usize,
        depth: usize,
        key: K,
        has: bool,
        max: usize,
        bits: u32,
        f: &mut impl FnMut(K),
    ) {
        let end = if has { attrs.len() } else { must + 1 };
        for i in start..end {
            let k = (key << bits) | K::from(attrs[i]);
            let h = has || i == must;
            if h {
                f(k);
            }
            if depth + 1 < max {
                rec(attrs, must, i + 1, depth + 1, k, h, max, bits, f);
            }
        }
    }
    if max_len > 0 {
        rec(attrs, must, 0, 0, K::default(), false, max_len, bits, f);
    }
}

impl<K: PackedKey> Grower<K> {
    fn new(ctx: &Ctx<'_, K>, book: &Codebook, columns: usize) -> Option<Self> {
        let words = (book.len() + 1).div_ceil(64);
        let mut keys: Vec<(usize, K)> = ctx.sens.keys().map(|&k| (key_len(k, ctx.bits), k)).collect();
        let short = keys.iter().filter(|(l, _)| *l < ctx.len).count();
        if short.saturating_mul(words) > GROW_MAX_WORDS {
            return None;
        }
        // Short combinations first (they own an extension set), in a fixed order.
        keys.sort_by_cached_key(|&(l, k)| (l, unpack(k, ctx.bits)));
        let keys: Vec<K> = keys.into_iter().map(|(_, k)| k).collect();
        let index: FastMap<K, u32> = keys.iter().enumerate().map(|(i, &k)| (k, i as u32)).collect();
        let need: Vec<u32> = keys.iter().map(|k| ctx.sens[k]).collect();
        let mut ext = vec![0u64; short * words];
        let mut singles = vec![0u64; words];
        for &key in &keys {
            let attrs = unpack(key, ctx.bits);
            if attrs.len() == 1 {
                singles[attrs[0] as usize / 64] |= 1 << (attrs[0] % 64);
                continue;
            }
            for j in 0..attrs.len() {
                let sub: K = pack(attrs.iter().enumerate().filter(|&(i, _)| i != j).map(|(_, &a)| a), ctx.bits);
                let id = index[&sub] as usize;
                ext[id * words + attrs[j] as usize / 64] |= 1 << (attrs[j] % 64);
            }
        }
        let column_of: Vec<usize> = (0..=book.len() as u32).map(|a| book.column_of(a)).collect();
        let mut column_attrs = vec![vec![0u64; words]; columns];
        for a in 1..=book.len() {
            column_attrs[column_of[a]][a / 64] |= 1 << (a % 64);
        }
        Some(Grower { index, keys, need, short, words, ext, singles, column_attrs, column_of })
    }

    /// The attributes that keep `rec` safe when added to it.
    fn candidates(&self, rec: &[u32], len: usize, bits: u32) -> Vec<u64> {
        let mut cand = self.singles.clone();
        for &a in rec {
            for (c, m) in cand.iter_mut().zip(&self.column_attrs[self.column_of[a as usize]]) {
                *c &= !m;
            }
        }
        if len > 1 {
            for_each_combination(rec, len - 1, bits, &mut |key: K, _| self.and_ext(&mut cand, key));
        }
        cand
    }

    fn and_ext(&self, cand: &mut [u64], key: K) {
        let id = self.index[&key] as usize;
        debug_assert!(id < self.short);
        for (c, e) in cand.iter_mut().zip(&self.ext[id * self.words..(id + 1) * self.words]) {
            *c &= e;
        }
    }

    /// Safe records grown from the common combinations the current selection (`pool`,
    /// `mult`) leaves furthest below their input count, one per such combination not already
    /// helped by an earlier grown record, at most `limit`.
    fn build(&self, ctx: &Ctx<'_, K>, pool: &[Vec<u32>], mult: &[u32], limit: usize) -> Vec<Vec<u32>> {
        let len = ctx.len;
        let bits = ctx.bits;
        // What the selection owes each common combination.
        let mut owed: Vec<i64> = self.need.iter().map(|&n| i64::from(n)).collect();
        for (r, &m) in pool.iter().zip(mult) {
            if m == 0 {
                continue;
            }
            for_each_combination(&present(r), len, bits, &mut |key: K, _| {
                owed[self.index[&key] as usize] -= i64::from(m);
            });
        }
        let weight: Vec<f64> = self.need.iter().map(|&n| 1.0 / f64::from(n)).collect();
        let mut seeds: Vec<u32> = (0..self.keys.len() as u32).filter(|&i| owed[i as usize] > 0).collect();
        // Largest share owed first, longer combinations (more constrained) before shorter.
        seeds.sort_by(|&a, &b| {
            let ra = owed[a as usize] as f64 * weight[a as usize];
            let rb = owed[b as usize] as f64 * weight[b as usize];
            rb.total_cmp(&ra).then(b.cmp(&a))
        });
        let mut built: Vec<Vec<u32>> = Vec::new();
        let ncols = self.column_attrs.len();
        for &seed in &seeds {
            if built.len() >= limit {
                break;
            }
            if owed[seed as usize] <= 0 {
                continue;
            }
            // Start from the combination (safe: its subsets are common too), then add the
            // safe value, or drop the value, that lowers the error most, while one does.
            let mut rec: Vec<u32> = unpack(self.keys[seed as usize], bits);
            let mut cand = self.candidates(&rec, len, bits);
            loop {
                let mut best: Option<(f64, u32)> = None;
                let mut trial: Vec<u32> = Vec::with_capacity(ncols);
                for (w, &word) in cand.iter().enumerate() {
                    let mut left = word;
                    while left != 0 {
                        let v = (w * 64 + left.trailing_zeros() as usize) as u32;
                        left &= left - 1;
                        let col = self.column_of[v as usize];
                        let pos = rec.partition_point(|&a| self.column_of[a as usize] < col);
                        trial.clear();
                        trial.extend_from_slice(&rec[..pos]);
                        trial.push(v);
                        trial.extend_from_slice(&rec[pos..]);
                        let mut gain = 0.0;
                        for_each_combination_with(&trial, pos, len, bits, &mut |key: K| {
                            let id = self.index[&key] as usize;
                            gain += if owed[id] > 0 { weight[id] } else { -weight[id] };
                        });
                        if gain > 1e-12 && best.is_none_or(|(g, _)| gain > g) {
                            best = Some((gain, v));
                        }
                    }
                }
                let mut drop: Option<(f64, usize)> = None;
                if rec.len() > 1 {
                    for pos in 0..rec.len() {
                        let mut gain = 0.0;
                        for_each_combination_with(&rec, pos, len, bits, &mut |key: K| {
                            let id = self.index[&key] as usize;
                            gain -= if owed[id] > 0 { weight[id] } else { -weight[id] };
                        });
                        if gain > 1e-12 && drop.is_none_or(|(g, _)| gain > g) {
                            drop = Some((gain, pos));
                        }
                    }
                }
                match (best, drop) {
                    (_, Some((gd, pos))) if best.is_none_or(|(ga, _)| gd > ga) => {
                        rec.remove(pos);
                        cand = self.candidates(&rec, len, bits);
                    }
                    (Some((_, v)), _) => {
                        let col = self.column_of[v as usize];
                        let pos = rec.partition_point(|&a| self.column_of[a as usize] < col);
                        rec.insert(pos, v);
                        for (c, m) in cand.iter_mut().zip(&self.column_attrs[col]) {
                            *c &= !m;
                        }
                        if len > 1 {
                            for_each_combination_with(&rec, pos, len - 1, bits, &mut |key: K| self.and_ext(&mut cand, key));
                        }
                    }
                    _ => break,
                }
            }
            for_each_combination(&rec, len, bits, &mut |key: K, _| owed[self.index[&key] as usize] -= 1);
            let mut row = vec![0u32; ncols];
            for &a in &rec {
                row[self.column_of[a as usize]] = a;
            }
            built.push(row);
        }
        built
    }
}

pub(crate) struct Ctx<'a, K> {
    pub(crate) sens: &'a Counts<K>,
    pub(crate) k: u32,
    pub(crate) len: usize,
    pub(crate) bits: u32,
}

impl<K: PackedKey> Ctx<'_, K> {
    fn common(&self, key: K) -> bool {
        self.sens.get(&key).is_some_and(|&n| n >= self.k)
    }

    /// A largest-found subset of the row's attributes whose every combination is common.
    #[cfg(test)]
    fn project(&self, row: &[u32]) -> Vec<u32> {
        self.project_with(row, &CommonTrie::new(self.sens, self.bits, self.len), &mut Scratch::default())
    }

    /// [`Ctx::project`] with its working buffers borrowed from `s`, reused from row to row
    /// (the pool is built from thousands of rows; allocating per row cost more than the work).
    #[allow(clippy::needless_range_loop)] // masks and attrs share the index
    fn project_with(&self, row: &[u32], trie: &CommonTrie, s: &mut Scratch<K>) -> Vec<u32> {
        s.cols.clear();
        s.cols.extend((0..row.len()).filter(|&c| row[c] != 0));
        s.attrs.clear();
        s.attrs.extend(s.cols.iter().map(|&c| row[c]));
        let attrs = &s.attrs;
        let m = attrs.len();
        // Rare combinations of this row as bit masks over its present attributes.
        let rare = &mut s.rare;
        rare.clear();
        let loss = &mut s.loss;
        loss.clear();
        loss.resize(m, 0.0);
        // Common combinations as masks and their weights (1/n), in search order.
        let cmask = &mut s.cmask;
        let cweight = &mut s.cweight;
        cmask.clear();
        cweight.clear();
        {
            let stack = &mut s.stack;
            stack.clear();
            stack.push((0, 0, 0, 0));
            while let Some((start, depth, node, mask)) = stack.pop() {
                for i in start..m {
                    let child = if depth == 0 { trie.single(attrs[i]) } else { trie.extend(depth - 1, node, attrs[i]) };
                    let mm = mask | (1u128 << i);
                    let n = child.map_or(0, |c| trie.count(depth, c));
                    if n < self.k {
                        // Supersets are rare too and are hit by whatever hits this one.
                        rare.push(mm);
                        continue;
                    }
                    // What dropping each member would cost, in proportional-error terms.
                    let w = 1.0 / f64::from(n);
                    cmask.push(mm);
                    cweight.push(w);
                    let mut bitsleft = mm;
                    while bitsleft != 0 {
                        let j = bitsleft.trailing_zeros() as usize;
                        loss[j] += w;
                        bitsleft &= bitsleft - 1;
                    }
                    if depth + 1 < self.len {
                        stack.push((i + 1, depth + 1, child.unwrap_or(0), mm));
                    }
                }
            }
        }
        // Keep only the minimal rare masks (every proper subset common): a superset is broken by
        // whatever breaks its rare subset. Every common combination of the row was reached
        // above (its prefixes are common too), so a mask minus one member is common exactly
        // when it is in `cmask`; one not there is rare or has a rare prefix.
        if rare.len() > 1 {
            let known = &mut s.known;
            known.clear();
            known.extend(cmask.iter().map(|&c| (c, ())));
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
        let rare = &*rare;
        let loss = &*loss;
        let mut dropped: u128 = 0;
        let open = &mut s.open;
        open.clear();
        open.extend_from_slice(rare);
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
        // Its value: the proportional error it removes, one 1/n per common combination kept
        // (summed in search order, so the result is the same float whatever the caller).
        let cmask = &*cmask;
        let cweight = &*cweight;
        let weight = |kept: u128| {
            let drop = !kept;
            let mut sum = 0.0f64;
            for (c, w) in cmask.iter().zip(cweight) {
                if c & drop == 0 {
                    sum += w;
                }
            }
            sum
        };
        let full: u128 = if m == 128 { u128::MAX } else { (1u128 << m) - 1 };
        // The order in which dropped attributes are offered back: most loss first (a stable
        // sort, so equal losses keep index order; restricting it to any subset gives that
        // subset's own stable order).
        let order = &mut s.order;
        order.clear();
        order.extend(0..m);
        order.sort_by(|&a, &b| loss[b].total_cmp(&loss[a]));
        let order = &*order;
        let give_back = |mut kept: u128| {
            for &i in order {
                if kept & (1 << i) == 0 && safe(kept | (1 << i)) {
                    kept |= 1 << i;
                }
            }
            kept
        };
        let mut kept = give_back(full & !dropped);
        // Local search: swap one kept attribute for a dropped one (then give back what fits)
        // while that keeps more common combinations.
        if kept != full {
            // Weights of the kept sets already valued in this row's search (many swaps give
            // back to the same set).
            let memo = &mut s.memo;
            memo.clear();
            let mut weight_of = |cand: u128| *memo.entry(cand).or_insert_with(|| weight(cand));
            let mut best_w = weight_of(kept);
            for _ in 0..4 {
                let mut improved: Option<(u128, f64)> = None;
                for j in (0..m).filter(|&j| kept & (1 << j) == 0) {
                    // Rare masks that block j: a single swap must break all of them at once.
                    let mut shared = kept;
                    for &r in rare {
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
                        let w = weight_of(cand);
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
        for (i, &c) in s.cols.iter().enumerate() {
            if dropped & (1 << i) == 0 {
                out[c] = s.attrs[i];
            }
        }
        out
    }
}

/// Working buffers of [`Ctx::project_with`], kept from one row to the next.
pub(crate) struct Scratch<K> {
    cols: Vec<usize>,
    attrs: Vec<u32>,
    rare: Vec<u128>,
    loss: Vec<f64>,
    cmask: Vec<u128>,
    cweight: Vec<f64>,
    stack: Vec<(usize, usize, u32, u128)>,
    _key: std::marker::PhantomData<K>,
    known: FastMap<u128, ()>,
    open: Vec<u128>,
    order: Vec<usize>,
    memo: FastMap<u128, f64>,
}

impl<K> Default for Scratch<K> {
    fn default() -> Self {
        Scratch {
            cols: Vec::new(),
            attrs: Vec::new(),
            rare: Vec::new(),
            loss: Vec::new(),
            cmask: Vec::new(),
            cweight: Vec::new(),
            stack: Vec::new(),
            _key: std::marker::PhantomData,
            known: FastMap::default(),
            open: Vec::new(),
            order: Vec::new(),
            memo: FastMap::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::combos::count_combinations;

    /// Random rows over `cols` columns of 3 values each (id 1 + 3c + v), about 1 cell in 5
    /// missing: sparse enough to have rare combinations, dense enough to have common ones.
    fn random_rows(rng: &mut SplitMix64, n: usize, cols: u32) -> Vec<Vec<u32>> {
        (0..n).map(|_| (0..cols).map(|c| if rng.below(5) == 0 { 0 } else { 1 + c * 3 + rng.below(3) as u32 }).collect()).collect()
    }

    fn codebook(cols: u32) -> Codebook {
        let mut book = Codebook::new(cols as usize);
        for c in 0..cols {
            for v in 0..3 {
                book.intern(c as usize, &format!("v{v}"));
            }
        }
        book
    }

    /// Input rows containing every attribute of `combo`: a plain scan.
    fn support(rows: &[Vec<u32>], combo: &[u32]) -> usize {
        rows.iter().filter(|r| combo.iter().all(|a| r.contains(a))).count()
    }

    /// Everything the grower needs, from rows: (distinct rows, common counts, codebook, bits).
    type Setup = (Vec<(Vec<u32>, u32)>, Counts<u64>, Codebook, u32);

    fn setup(rows: &[Vec<u32>], cols: u32, len: usize, k: u32) -> Setup {
        let book = codebook(cols);
        let bits = id_bits(book.len());
        let distinct = distinct_rows(rows);
        let sens: Counts<u64> = count_common_combinations(&distinct, len, bits, k);
        (distinct, sens, book, bits)
    }

    #[test]
    fn every_grown_record_is_safe_and_their_number_is_bounded() {
        let mut rng = SplitMix64::new(11);
        let mut grown_total = 0usize;
        for case in 0..40u32 {
            let cols = 4 + case % 4;
            let k = 2 + case % 4;
            let len = 2 + (case as usize) % 3;
            let rows = random_rows(&mut rng, 60 + 10 * case as usize, cols);
            let (distinct, sens, book, bits) = setup(&rows, cols, len, k);
            let ctx = Ctx { sens: &sens, k, len, bits };
            let pool: Vec<Vec<u32>> = distinct.iter().map(|(r, _)| ctx.project(r)).collect();
            let mult = select(&ctx, &pool, (rows.len(), rows.len()), 1);
            let grower = Grower::new(&ctx, &book, cols as usize).expect("a small table fits");
            let limit = 1 + case as usize % 7;
            let grown = grower.build(&ctx, &pool, &mult, limit);
            assert!(grown.len() <= limit, "case {case}: {} grown records, limit {limit}", grown.len());
            for r in &grown {
                assert_eq!(r.len(), cols as usize);
                let attrs = present(r);
                assert!(!attrs.is_empty(), "case {case}: an empty grown record");
                for (c, &a) in r.iter().enumerate() {
                    assert!(a == 0 || book.column_of(a) == c, "case {case}: value {a} in column {c}");
                }
                // Independent check: every combination of up to `len` of its values is in at
                // least k input rows.
                for mask in 1u32..(1 << attrs.len()) {
                    if mask.count_ones() as usize > len {
                        continue;
                    }
                    let combo: Vec<u32> = (0..attrs.len()).filter(|i| mask & (1 << i) != 0).map(|i| attrs[i]).collect();
                    assert!(support(&rows, &combo) >= k as usize, "case {case}: grown record {r:?} has rare {combo:?}");
                }
            }
            grown_total += grown.len();
        }
        assert!(grown_total > 0, "the grower never grew a record");
    }

    #[test]
    fn grown_records_reach_common_combinations_no_projection_holds() {
        // Over a few random tables, some common combination in no projection is in a grown
        // record: the grown pool reaches what the projections cannot.
        let mut rng = SplitMix64::new(5);
        let mut reached = 0usize;
        for case in 0..30u32 {
            let (cols, k, len) = (6, 3, 3);
            let rows = random_rows(&mut rng, 80 + 5 * case as usize, cols);
            let (distinct, sens, book, bits) = setup(&rows, cols, len, k);
            let ctx = Ctx { sens: &sens, k, len, bits };
            let pool: Vec<Vec<u32>> = distinct.iter().map(|(r, _)| ctx.project(r)).collect();
            let mult = select(&ctx, &pool, (rows.len(), rows.len()), 2);
            let in_pool: Counts<u64> = count_combinations(&pool.iter().map(|r| (r.clone(), 1)).collect::<Vec<_>>(), len, bits);
            let grower = Grower::new(&ctx, &book, cols as usize).expect("a small table fits");
            for r in grower.build(&ctx, &pool, &mult, rows.len()) {
                for_each_combination(&present(&r), len, bits, &mut |key: u64, _| {
                    assert!(sens.get(&key).is_some_and(|&n| n >= k));
                    if !in_pool.contains_key(&key) {
                        reached += 1;
                    }
                });
            }
        }
        assert!(reached > 0, "no grown record holds a combination the projections miss");
    }

    #[test]
    fn growing_or_pricing_records_keeps_the_record_count_and_leaks_nothing() {
        let mut rng = SplitMix64::new(23);
        for case in 0..12u32 {
            let cols = 5 + case % 3;
            let rows = random_rows(&mut rng, 150, cols);
            let header: Vec<String> = (0..cols).map(|c| format!("c{c}")).collect();
            let book = codebook(cols);
            let records: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|&a| book.value(a).to_string()).collect()).collect();
            let input = Table::new(header, records).expect("rows as wide as the header");
            for (grow_records, priced_rounds) in [(false, 0), (true, 0), (false, 2)] {
                let cfg = SynthConfig {
                    k: 4,
                    reporting_length: 3,
                    seed: u64::from(case),
                    repair_passes: 2,
                    grow_records,
                    record_tolerance_per_mille: 0,
                    priced_rounds,
                };
                let out = synthesize(&input, &cfg).expect("synthesis succeeds");
                assert_eq!(out.len(), input.len());
                let m = crate::evaluate(&input, &out, 4, 3).expect("same columns");
                assert_eq!(m.leakage, 0, "case {case}");
                assert_eq!(m.fabricated_share, 0.0, "case {case}");
            }
        }
    }

    /// Summed proportional error of `mult` records of each of `pool` against the input's
    /// common combinations, counted directly (no code shared with the selection).
    fn summed_error(rows: &[Vec<u32>], pool: &[Vec<u32>], mult: &[u32], len: usize, bits: u32, k: u32) -> f64 {
        let input: Counts<u64> = count_combinations(&distinct_rows(rows), len, bits);
        let out: Vec<(Vec<u32>, u32)> = pool.iter().cloned().zip(mult.iter().copied()).filter(|&(_, m)| m > 0).collect();
        let syn: Counts<u64> = count_combinations(&out, len, bits);
        input
            .iter()
            .filter(|&(_, &n)| n >= k)
            .map(|(key, &n)| (f64::from(syn.get(key).copied().unwrap_or(0)) - f64::from(n)).abs() / f64::from(n))
            .sum()
    }

    #[test]
    fn the_record_allowance_lowers_the_error_when_records_carry_fewer_values() {
        // A = a1/a2, B = b1/b2 (ids 1, 2 / 3, 4). (a1, b1) occurs 3 times (< k = 5), so its
        // records can only be output as a1 alone or b1 alone: with 17 records the output is 3
        // single values short; with 3 records more it is exact.
        let mut rows = vec![vec![1, 3]; 3];
        rows.extend(vec![vec![1, 4]; 7]);
        rows.extend(vec![vec![2, 3]; 7]);
        let (distinct, sens, _book, bits) = setup(&rows, 2, 2, 5);
        let ctx = Ctx { sens: &sens, k: 5, len: 2, bits };
        let _ = distinct;
        let pool = vec![vec![1, 4], vec![2, 3], vec![1, 0], vec![0, 3]];
        let exact = select(&ctx, &pool, (17, 17), 2);
        assert_eq!(exact.iter().sum::<u32>(), 17);
        let before = summed_error(&rows, &pool, &exact, 2, bits, 5);
        // 17 * 177 / 1000 = 3 records either way.
        let cfg = SynthConfig { record_tolerance_per_mille: 177, ..SynthConfig::default() };
        assert_eq!(cfg.record_range(17), (14, 20));
        let more = select(&ctx, &pool, cfg.record_range(17), 2);
        let after = summed_error(&rows, &pool, &more, 2, bits, 5);
        assert!(before >= 0.29, "17 records cannot be exact: {before}");
        assert_eq!(more.iter().sum::<u32>(), 20);
        assert_eq!(more, vec![7, 7, 3, 3]);
        assert!(after < 1e-12, "20 records are exact: {after}");
        // And the allowance is not taken when it does not help: on a table with no rare
        // combination the output keeps the input's count.
        let plain = vec![vec![1, 3]; 12];
        let (_, sens2, _, bits2) = setup(&plain, 2, 2, 5);
        let ctx2 = Ctx { sens: &sens2, k: 5, len: 2, bits: bits2 };
        let m = select(&ctx2, &[vec![1, 3]], (10, 14), 2);
        assert_eq!(m, vec![12]);
    }
}
