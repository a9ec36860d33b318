//! Exact pricing over *every* record, not only sub-records of input records: given a price
//! `w_c` on each common combination, the record (any value of its column, or none, in each
//! column) of the highest price `Y_r = sum_{c in r, c common} w_c` among the records none of
//! whose combinations of up to `reporting_length` values is rare (input count 1..k-1).
//!
//! Two spaces: *strict* records, every combination of up to L values common (what
//! [`crate::synthesize`] guarantees: no leak and no fabricated combination), and *leak-free*
//! records, where a combination may also be absent from the input (fabricated, input count
//! 0). The evaluator's mean proportional error is taken over the input's common combinations
//! only, so a fabricated combination costs nothing there and the leak-free space is the one
//! a floor over "every output with leakage 0" must search.
//!
//! Branch and bound over the columns in order, each taking one of its common values or none
//! (a value that is rare on its own can never be output; a value absent from the input only
//! adds fabricated combinations, worth nothing, so it is as good as none). The state of a
//! node is the chosen values' common sub-combinations shorter than L (a combination with a
//! count-0 subset has count 0, so only common ones can be extended to a non-zero count), and
//! for every value of a later column its exact gain `g[v]` against the chosen values (the
//! prices of the common combinations it closes with them) and whether it would close a rare
//! one (then it is excluded below this node). The bound of a node is admissible:
//! `y + sum over later columns j of max(0, max over allowed v of g[v] + open[v])`, where
//! `open[v]` bounds the positive prices of the common combinations ending at `v` (their last
//! value is `v`) that a completion can still add besides those closed against the chosen
//! values: those with their second-to-last value in a column not yet decided (`q[v][d]`),
//! and of these only the ones whose values in decided columns are chosen ones: those with
//! no value in a decided column (`q0[v][d]`) plus, for each chosen value `a`, those holding
//! `a` (`r[a][v][d]`, counted once per chosen value they hold); and, one value per open
//! column, at most the sum over open columns of the largest `pair[x][v]` (positive prices
//! of the combinations whose last two values are `x`, `v`) over their allowed `x`. Every combination a
//! completion can add ends at exactly one of its values, is closed (in `g`) or still open
//! (in `open`), and each column holds one value, so the bound is never below the best
//! completion; a node whose bound does not exceed the best found so far is pruned.

use crate::combos::{key_len, Counts, FastMap, PackedKey};

const RARE: u32 = u32::MAX;

/// The pricing problem's fixed part: the input's common and rare-frontier combinations.
pub(crate) struct AnyRecordPricer<K> {
    ncols: usize,
    len: usize,
    bits: u32,
    /// Allow combinations absent from the input (leak-free records); else strict records.
    fabricate: bool,
    /// Column of each attribute id (index 0 unused).
    col_of: Vec<usize>,
    /// Per column: its values common on their own (attribute ids).
    domain: Vec<Vec<u32>>,
    /// Common combinations: packed key -> dense id (the ids of the price vector).
    common: FastMap<K, u32>,
    /// Per attribute: dense id of the single value, or RARE when not common.
    single: Vec<u32>,
    /// Children of a common combination shorter than L: `kid_attr[a..b]`, `kid_id[a..b]`
    /// (dense id, or RARE when the extension is rare).
    kids: FastMap<K, (u32, u32)>,
    kid_attr: Vec<u32>,
    kid_id: Vec<u32>,
    /// Per common combination of length >= 2: its last attribute and the column of its
    /// second-to-last one (for the bound's `q`).
    last: Vec<u32>,
    pen_col: Vec<u32>,
    /// Per common combination: the column of its first value, and its values other than
    /// the last (`others[others_at[id]..others_at[id + 1]]`).
    first_col: Vec<u32>,
    others: Vec<u32>,
    others_at: Vec<u32>,
}

/// The outcome of one pricing.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Priced {
    /// Up to `keep` records priced above the floor, best first: (price, record as attribute
    /// ids per column, 0 = missing).
    pub best: Vec<(f64, Vec<u32>)>,
    /// No record of the space has a price above this (at least the floor).
    pub upper: f64,
    /// Nodes of the search visited.
    pub nodes: u64,
    /// Whether the search ran to the end (else `upper` is the largest bound left open).
    pub complete: bool,
}

impl<K: PackedKey> AnyRecordPricer<K> {
    /// `common` maps each common combination (count >= k) to its dense id; `rare` is the rare
    /// frontier ([`crate::combos::count_rare_frontier`]); `col_of` the column of each
    /// attribute id (index 0 unused).
    pub(crate) fn new(
        ncols: usize,
        len: usize,
        bits: u32,
        fabricate: bool,
        col_of: Vec<usize>,
        common: &FastMap<K, u32>,
        rare: &Counts<K>,
    ) -> Self {
        let nattr = col_of.len();
        let mut single = vec![RARE; nattr];
        let mut domain: Vec<Vec<u32>> = vec![Vec::new(); ncols];
        let mut entries: Vec<(K, u32, u32)> = Vec::new(); // (parent, attr, id)
        let mut last = vec![0u32; common.len()];
        let mut pen_col = vec![u32::MAX; common.len()];
        let mut members: Vec<Vec<u32>> = vec![Vec::new(); common.len()];
        let mask_attr = |key: K| key.low_id(bits);
        for (&key, &id) in common {
            let l = key_len(key, bits);
            let a = mask_attr(key);
            last[id as usize] = a;
            let mut rest = key >> bits;
            while !rest.is_zero() {
                members[id as usize].push(mask_attr(rest));
                rest = rest >> bits;
            }
            members[id as usize].reverse();
            if l == 1 {
                single[a as usize] = id;
                domain[col_of[a as usize]].push(a);
            } else {
                let parent = key >> bits;
                pen_col[id as usize] = col_of[mask_attr(parent) as usize] as u32;
                entries.push((parent, a, id));
            }
        }
        for &key in rare.keys() {
            if key_len(key, bits) >= 2 {
                entries.push((key >> bits, mask_attr(key), RARE));
            }
        }
        for d in &mut domain {
            d.sort_unstable();
        }
        // Group the children by parent.
        let mut by_parent: FastMap<K, Vec<(u32, u32)>> = FastMap::default();
        for (p, a, id) in entries {
            by_parent.entry(p).or_default().push((a, id));
        }
        let mut kids: FastMap<K, (u32, u32)> = FastMap::default();
        let mut kid_attr = Vec::new();
        let mut kid_id = Vec::new();
        for (p, mut v) in by_parent {
            v.sort_unstable();
            let a = kid_attr.len() as u32;
            for (attr, id) in v {
                kid_attr.push(attr);
                kid_id.push(id);
            }
            kids.insert(p, (a, kid_attr.len() as u32));
        }
        let first_col: Vec<u32> =
            members.iter().zip(&last).map(|(m, &l)| col_of[*m.first().unwrap_or(&l) as usize] as u32).collect();
        let mut others_at = vec![0u32];
        let mut others = Vec::new();
        for m in &members {
            others.extend_from_slice(m);
            others_at.push(others.len() as u32);
        }
        AnyRecordPricer {
            first_col,
            others,
            others_at,
            ncols,
            len,
            bits,
            fabricate,
            col_of,
            domain,
            common: common.clone(),
            single,
            kids,
            kid_attr,
            kid_id,
            last,
            pen_col,
        }
    }

    /// The price of a record (attribute ids per column, 0 = missing), or None when it holds
    /// a rare combination (or, strict, a combination absent from the input) or a value that
    /// is not common on its own. For tests and checks; the search does not use it.
    pub(crate) fn price_of(&self, w: &[f64], record: &[u32]) -> Option<f64> {
        let attrs: Vec<u32> = record.iter().copied().filter(|&a| a != 0).collect();
        let mut y = 0.0;
        let mut ok = true;
        crate::combos::for_each_combination(&attrs, self.len, self.bits, &mut |key: K, l| {
            match self.common.get(&key) {
                Some(&id) => y += w[id as usize],
                None => {
                    // Not common: rare if its count is 1..k-1, which the frontier knows
                    // only when its prefix is common; a combination with a rare subset is
                    // caught at that subset.
                    let parent = key >> self.bits;
                    let rare_kid = self.kids.get(&parent).is_some_and(|&(a, b)| {
                        (a..b).any(|i| self.kid_attr[i as usize] == key.low_id(self.bits) && self.kid_id[i as usize] == RARE)
                    });
                    let rare_single = l == 1 && (key.low_id(self.bits) as usize) < self.single.len();
                    if rare_kid || rare_single || !self.fabricate {
                        ok = false;
                    }
                }
            }
        });
        ok.then_some(y)
    }

    /// The records of the highest price above `floor` (up to `keep` of them) and a proven
    /// upper bound of every record's price, visiting at most `node_limit` nodes.
    pub(crate) fn price(&self, w: &[f64], floor: f64, keep: usize, node_limit: u64) -> Priced {
        let nattr = self.col_of.len();
        let nc = self.ncols;
        // q[v * (nc + 1) + d]: positive prices of the combinations ending at v whose
        // second-to-last value is in a column >= d.
        let mut q = vec![0.0f64; nattr * (nc + 1)];
        for (id, &pc) in self.pen_col.iter().enumerate() {
            if pc != u32::MAX && w[id] > 0.0 {
                q[self.last[id] as usize * (nc + 1) + pc as usize] += w[id];
            }
        }
        for v in 0..nattr {
            for d in (0..nc).rev() {
                q[v * (nc + 1) + d] += q[v * (nc + 1) + d + 1];
            }
        }
        // q0[v][d]: those whose values other than v all lie in columns >= d (none chosen);
        // r[a][v][d]: those holding the chosen value a (column < d) with their
        // second-to-last value in a column >= d. A combination still open at a node either
        // has no chosen value (q0) or holds one (r of that value), so
        // min(q, q0 + sum over chosen a of r) bounds what is open for v.
        let nc1 = nc + 1;
        let mut q0 = vec![0.0f64; nattr * nc1];
        let mut r = vec![0.0f64; nattr * nattr * nc1];
        for (id, &pc) in self.pen_col.iter().enumerate() {
            if pc == u32::MAX || w[id] <= 0.0 {
                continue;
            }
            let v = self.last[id] as usize;
            q0[v * nc1 + self.first_col[id] as usize] += w[id];
            for &a in &self.others[self.others_at[id] as usize..self.others_at[id + 1] as usize] {
                let ca = self.col_of[a as usize];
                let base = (a as usize * nattr + v) * nc1;
                r[base + ca + 1] += w[id];
                r[base + pc as usize + 1] -= w[id];
            }
        }
        for v in 0..nattr {
            for d in (0..nc).rev() {
                q0[v * nc1 + d] += q0[v * nc1 + d + 1];
            }
        }
        for ab in 0..nattr * nattr {
            for d in 1..nc1 {
                r[ab * nc1 + d] += r[ab * nc1 + d - 1];
            }
        }
        // pair[x][v]: positive prices of the combinations whose last two values are x, v. An
        // open combination ending at v has its second-to-last value in an open column, one
        // value per column, so sum over open columns of max over x of pair[x][v] bounds what
        // is open for v too.
        let mut pair = vec![0.0f64; nattr * nattr];
        for (id, &pc) in self.pen_col.iter().enumerate() {
            if pc == u32::MAX || w[id] <= 0.0 {
                continue;
            }
            let x = self.others[self.others_at[id + 1] as usize - 1] as usize;
            pair[x * nattr + self.last[id] as usize] += w[id];
        }
        let mut g = vec![0.0f64; nattr];
        let mut hits = vec![0u32; nattr];
        let bad = vec![false; nattr];
        for (a, &id) in self.single.iter().enumerate() {
            if id != RARE {
                g[a] = w[id as usize];
                hits[a] = 1;
            }
        }
        let node = Node { y: 0.0, g, hits, bad, keys: vec![(K::default(), 0u8)], nshort: 1 };
        let mut s = Search {
            p: self,
            w,
            q,
            q0,
            r,
            pair,
            picked: Vec::with_capacity(nc),
            floor,
            keep: keep.max(1),
            best: Vec::new(),
            chosen: vec![0u32; nc],
            nodes: 0,
            limit: node_limit,
            aborted: false,
            open: f64::NEG_INFINITY,
        };
        s.visit(&node, 0);
        let complete = !s.aborted;
        let top = s.best.first().map_or(f64::NEG_INFINITY, |b| b.0);
        let upper = floor.max(top).max(if complete { f64::NEG_INFINITY } else { s.open });
        Priced { best: s.best, upper, nodes: s.nodes, complete }
    }
}

struct Node<K> {
    y: f64,
    g: Vec<f64>,
    hits: Vec<u32>,
    bad: Vec<bool>,
    /// Common sub-combinations of the chosen values shorter than L (the empty one included).
    keys: Vec<(K, u8)>,
    /// How many of them (strict records need every extension common: hits == nshort).
    nshort: u32,
}

struct Search<'a, K> {
    p: &'a AnyRecordPricer<K>,
    w: &'a [f64],
    q: Vec<f64>,
    q0: Vec<f64>,
    r: Vec<f64>,
    pair: Vec<f64>,
    /// The chosen values (attribute ids), in column order.
    picked: Vec<u32>,
    floor: f64,
    keep: usize,
    best: Vec<(f64, Vec<u32>)>,
    chosen: Vec<u32>,
    nodes: u64,
    limit: u64,
    aborted: bool,
    open: f64,
}

impl<K: PackedKey> Search<'_, K> {
    fn threshold(&self) -> f64 {
        if self.best.len() >= self.keep {
            self.floor.max(self.best[self.keep - 1].0)
        } else {
            self.floor
        }
    }

    fn allowed(&self, n: &Node<K>, v: u32) -> bool {
        !n.bad[v as usize] && (self.p.fabricate || n.hits[v as usize] == n.nshort)
    }

    /// Best completion of column j from depth d: max(0, max over allowed v of g + q).
    fn column_bound(&self, n: &Node<K>, j: usize, d: usize) -> f64 {
        let nc1 = self.p.ncols + 1;
        let nattr = self.p.col_of.len();
        let mut b = 0.0f64;
        for &v in &self.p.domain[j] {
            if self.allowed(n, v) {
                let v = v as usize;
                let mut open = self.q0[v * nc1 + d];
                for &a in &self.picked {
                    open += self.r[(a as usize * nattr + v) * nc1 + d];
                }
                open = open.min(self.q[v * nc1 + d]);
                if open > 0.0 {
                    let mut by_pair = 0.0;
                    for jj in d..j {
                        let mut m = 0.0f64;
                        for &x in &self.p.domain[jj] {
                            if self.allowed(n, x) {
                                m = m.max(self.pair[x as usize * nattr + v]);
                            }
                        }
                        by_pair += m;
                        if by_pair >= open {
                            break;
                        }
                    }
                    open = open.min(by_pair);
                }
                b = b.max(n.g[v] + open);
            }
        }
        b
    }

    fn visit(&mut self, n: &Node<K>, d: usize) {
        let nc = self.p.ncols;
        if d == nc {
            if n.y > self.threshold() {
                let pos = self.best.partition_point(|b| b.0 >= n.y);
                self.best.insert(pos, (n.y, self.chosen.clone()));
                self.best.truncate(self.keep);
            }
            return;
        }
        // Bounds of the columns after this one, then of the whole node.
        let mut rest = 0.0;
        for j in d + 1..nc {
            rest += self.column_bound(n, j, d);
        }
        let here = self.column_bound(n, d, d);
        let ub = n.y + here + rest;
        if ub <= self.threshold() {
            return;
        }
        if self.nodes >= self.limit {
            self.aborted = true;
            self.open = self.open.max(ub);
            return;
        }
        self.nodes += 1;
        // Values of this column, best gain first; then none.
        let mut vals: Vec<(f64, u32)> =
            self.p.domain[d].iter().filter(|&&v| self.allowed(n, v)).map(|&v| (n.g[v as usize], v)).collect();
        vals.sort_unstable_by(|a, b| b.0.total_cmp(&a.0));
        let mut none_done = false;
        for (gain, u) in vals {
            if !none_done && gain <= 0.0 {
                self.visit(n, d + 1);
                none_done = true;
            }
            if n.y + gain + rest <= self.threshold() {
                continue;
            }
            let child = self.extend(n, u);
            self.chosen[d] = u;
            self.picked.push(u);
            self.visit(&child, d + 1);
            self.picked.pop();
            self.chosen[d] = 0;
        }
        if !none_done {
            self.visit(n, d + 1);
        }
    }

    /// The node with value `u` added.
    fn extend(&self, n: &Node<K>, u: u32) -> Node<K> {
        let p = self.p;
        let mut c = Node {
            y: n.y + n.g[u as usize],
            g: n.g.clone(),
            hits: n.hits.clone(),
            bad: n.bad.clone(),
            keys: n.keys.clone(),
            nshort: n.nshort,
        };
        for &(key, l) in &n.keys {
            if (l as usize) + 1 >= p.len {
                continue;
            }
            let kk = (key << p.bits) | K::from(u);
            if !p.common.contains_key(&kk) {
                continue;
            }
            c.keys.push((kk, l + 1));
            c.nshort += 1;
            if let Some(&(a, b)) = p.kids.get(&kk) {
                for i in a as usize..b as usize {
                    let v = p.kid_attr[i] as usize;
                    match p.kid_id[i] {
                        RARE => c.bad[v] = true,
                        id => {
                            c.g[v] += self.w[id as usize];
                            c.hits[v] += 1;
                        }
                    }
                }
            }
        }
        c
    }
}

/// Calls `f` with every record that takes, in each column `c`, one of `per_col[c]` (an
/// odometer over the columns): the brute force the pricing and the floors are tested against.
#[cfg(test)]
pub(crate) fn for_each_choice<T: Clone>(per_col: &[Vec<T>], mut f: impl FnMut(Vec<T>)) {
    if per_col.iter().any(|v| v.is_empty()) {
        return;
    }
    let mut idx = vec![0usize; per_col.len()];
    loop {
        f(per_col.iter().zip(&idx).map(|(v, &i)| v[i].clone()).collect());
        let mut c = 0;
        loop {
            if c == per_col.len() {
                return;
            }
            idx[c] += 1;
            if idx[c] < per_col[c].len() {
                break;
            }
            idx[c] = 0;
            c += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::combos::{count_combinations, count_common_combinations, count_rare_frontier, distinct_rows, Codebook};
    use crate::rng::SplitMix64;
    use crate::synth::check_key_width;
    use crate::table::Table;

    fn random_table(rng: &mut SplitMix64, n: usize, cols: usize, vals: usize) -> Table {
        let header: Vec<String> = (0..cols).map(|c| format!("c{c}")).collect();
        let records = (0..n)
            .map(|_| {
                (0..cols)
                    .map(|_| if rng.below(5) == 0 { String::new() } else { format!("v{}", rng.below(vals) as u32) })
                    .collect()
            })
            .collect();
        Table::new(header, records).expect("rows as wide as the header")
    }

    /// Every record over the columns' input values (or none), by brute force, with whether
    /// it is allowed (no combination of up to `len` values with count 1..k-1; strict: every
    /// one common) and its price.
    #[test]
    fn the_exact_pricing_agrees_with_brute_force_over_every_record() {
        let mut rng = SplitMix64::new(41);
        let (mut mixed, mut fabricated_helps) = (0, 0);
        for case in 0..24u64 {
            let cols = 4 + case as usize % 2;
            let input = random_table(&mut rng, 40 + 5 * case as usize, cols, 3 + case as usize % 2);
            let (k, len) = (3 + (case % 2) as u32, 2 + case as usize % 2);
            let fabricate = case % 3 != 0;
            let mut book = Codebook::new(cols);
            let rows = book.encode(input.records());
            let bits = check_key_width(cols, book.len(), len).expect("fits");
            let distinct = distinct_rows(&rows);
            let sens: Counts<u64> = count_common_combinations(&distinct, len, bits, k);
            let all: Counts<u64> = count_combinations(&distinct, len, bits);
            let rare = count_rare_frontier(&distinct, &sens, len, bits, k);
            let mut index: FastMap<u64, u32> = FastMap::default();
            for &key in sens.keys() {
                let id = index.len() as u32;
                index.insert(key, id);
            }
            let col_of: Vec<usize> = (0..=book.len()).map(|a| book.column_of(a as u32)).collect();
            let pricer = AnyRecordPricer::new(cols, len, bits, fabricate, col_of, &index, &rare);
            let w: Vec<f64> = (0..index.len()).map(|_| rng.below(2001) as f64 / 1000.0 - 0.8).collect();
            // Every record: each column any attribute of that column, or none.
            let per_col: Vec<Vec<u32>> = (0..cols)
                .map(|c| std::iter::once(0).chain((1..=book.len() as u32).filter(|&a| book.column_of(a) == c)).collect())
                .collect();
            let mut brute = 0.0f64; // the empty record
            let mut allowed_records = 0;
            for_each_choice(&per_col, |rec: Vec<u32>| {
                let attrs: Vec<u32> = rec.iter().copied().filter(|&a| a != 0).collect();
                let mut ok = true;
                let mut y = 0.0;
                crate::combos::for_each_combination(&attrs, len, bits, &mut |key: u64, _| {
                    let n = all.get(&key).copied().unwrap_or(0);
                    if n >= k {
                        y += w[index[&key] as usize];
                    } else if n > 0 || !fabricate {
                        ok = false;
                    }
                });
                if ok {
                    allowed_records += 1;
                    brute = brute.max(y);
                    assert_eq!(pricer.price_of(&w, &rec).map(|p| (p - y).abs() < 1e-9), Some(true), "case {case}: {rec:?}");
                } else {
                    assert_eq!(pricer.price_of(&w, &rec), None, "case {case}: {rec:?} is not allowed");
                }
            });
            assert!(allowed_records > 1, "case {case}");
            let got = pricer.price(&w, 0.0, 3, u64::MAX);
            assert!(got.complete);
            assert!((got.upper - brute).abs() < 1e-9, "case {case}: pricing {} vs brute force {brute}", got.upper);
            if brute > 0.0 {
                let (y, rec) = &got.best[0];
                assert!((y - brute).abs() < 1e-9, "case {case}");
                assert_eq!(pricer.price_of(&w, rec).map(|p| (p - y).abs() < 1e-9), Some(true), "case {case}");
                // The best record mixes values of different input records.
                mixed += usize::from(!distinct.iter().any(|(row, _)| rec.iter().zip(row).all(|(&a, &b)| a == 0 || a == b)));
            }
            if fabricate {
                let col_of: Vec<usize> = (0..=book.len()).map(|a| book.column_of(a as u32)).collect();
                let strict = AnyRecordPricer::new(cols, len, bits, false, col_of, &index, &rare).price(&w, 0.0, 1, u64::MAX);
                assert!(strict.upper <= got.upper + 1e-9, "case {case}");
                fabricated_helps += usize::from(strict.upper < got.upper - 1e-9);
            }
            // A node limit gives a valid (larger or equal) upper bound.
            let cut = pricer.price(&w, 0.0, 3, 3);
            assert!(cut.upper >= brute - 1e-9, "case {case}: cut {} < {brute}", cut.upper);
        }
        assert!(mixed > 0 && fabricated_helps > 0, "mixed best records {mixed}, fabricated helps {fabricated_helps}");
    }
}
