//! Disclosure control of published tables: a set of count cells tied by additivity constraints
//! (total = sum of parts, for every breakdown and level of a hierarchy), cell suppression with
//! complementary suppression checked by linear programming, random rounding to base 3, and the
//! attacker's audit (tightest interval of every hidden cell).

use std::collections::{BTreeSet, HashMap};

use microlp::{ComparisonOp, OptimizationDirection, Problem};

use crate::rng::SplitMix64;

/// Index of a cell in a [`TableSet`].
pub type CellId = usize;

/// `total` = sum of `parts`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Additivity {
    pub total: CellId,
    pub parts: Vec<CellId>,
}

/// Count cells with unique keys and the additivity constraints among them.
#[derive(Debug, Clone, Default)]
pub struct TableSet {
    keys: Vec<String>,
    values: Vec<u64>,
    index: HashMap<String, CellId>,
    constraints: Vec<Additivity>,
}

/// What is wrong with a table set or a publication.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SdcError {
    #[error("cell `{key}` is defined twice")]
    DuplicateCell { key: String },
    #[error("no cell with id {id}")]
    UnknownCell { id: CellId },
    #[error("cell `{total}` is {value} but its parts sum to {sum}")]
    NotAdditive { total: String, value: u64, sum: u64 },
    #[error("dimension `{dimension}`: {message}")]
    BadHierarchy { dimension: String, message: String },
    #[error("leaf count {row}: {message}")]
    BadLeaf { row: usize, message: String },
    #[error("{found} marks for {expected} cells")]
    MarkCount { expected: usize, found: usize },
    #[error("the published values contradict the constraints around cell `{key}`")]
    Infeasible { key: String },
    #[error("linear programming failed around cell `{key}`: {message}")]
    Solver { key: String, message: String },
    #[error("threshold must be at least 1")]
    InvalidThreshold,
    /// rr3 without a secret could be replayed by anyone who knows the seed (see
    /// `glotip::publish_keyed`).
    #[error("rr3 needs the database's secret (glotip::publish_keyed with a non-zero secret): without it anyone who knows the seed can replay the rounding and narrow every cell")]
    Rr3Unkeyed,
}

impl TableSet {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a cell; keys are unique.
    pub fn add_cell(&mut self, key: impl Into<String>, value: u64) -> Result<CellId, SdcError> {
        let key = key.into();
        if self.index.contains_key(&key) {
            return Err(SdcError::DuplicateCell { key });
        }
        let id = self.keys.len();
        self.index.insert(key.clone(), id);
        self.keys.push(key);
        self.values.push(value);
        Ok(id)
    }

    /// Adds `total = sum(parts)`; the values must already satisfy it.
    pub fn add_constraint(&mut self, total: CellId, parts: &[CellId]) -> Result<(), SdcError> {
        for &id in parts.iter().chain(std::iter::once(&total)) {
            if id >= self.keys.len() {
                return Err(SdcError::UnknownCell { id });
            }
        }
        let sum: u64 = parts.iter().map(|&p| self.values[p]).sum();
        if sum != self.values[total] {
            return Err(SdcError::NotAdditive { total: self.keys[total].clone(), value: self.values[total], sum });
        }
        self.constraints.push(Additivity { total, parts: parts.to_vec() });
        Ok(())
    }

    /// Adds `total = sum(parts)` without checking the values: for tables whose hidden values
    /// are not known (cells stored as `<5`, unreported remainders).
    pub fn add_constraint_unchecked(&mut self, total: CellId, parts: &[CellId]) -> Result<(), SdcError> {
        for &id in parts.iter().chain(std::iter::once(&total)) {
            if id >= self.keys.len() {
                return Err(SdcError::UnknownCell { id });
            }
        }
        self.constraints.push(Additivity { total, parts: parts.to_vec() });
        Ok(())
    }

    /// Changes a cell's value (constraints are not re-checked).
    pub fn set_value(&mut self, id: CellId, value: u64) -> Result<(), SdcError> {
        let slot = self.values.get_mut(id).ok_or(SdcError::UnknownCell { id })?;
        *slot = value;
        Ok(())
    }

    /// The same cells with no constraints.
    pub fn without_constraints(&self) -> TableSet {
        TableSet { constraints: Vec::new(), ..self.clone() }
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    pub fn id(&self, key: &str) -> Option<CellId> {
        self.index.get(key).copied()
    }

    pub fn key(&self, id: CellId) -> &str {
        &self.keys[id]
    }

    pub fn value(&self, id: CellId) -> u64 {
        self.values[id]
    }

    pub fn values(&self) -> &[u64] {
        &self.values
    }

    pub fn constraints(&self) -> &[Additivity] {
        &self.constraints
    }

    /// Every cross-classification of the dimensions, each at every level of its hierarchy
    /// (so all totals, subtotals and breakdowns: sex, age, sex x age, regions...), filled from
    /// counts of leaf combinations, with one additivity constraint per cell and per dimension
    /// in which the cell is not a leaf. Keys read `dim=node;dim=node`.
    pub fn from_cube(dimensions: &[Dimension], leaf_counts: &[(Vec<String>, u64)]) -> Result<TableSet, SdcError> {
        let trees: Vec<Tree> = dimensions.iter().map(Tree::build).collect::<Result<_, _>>()?;
        let radix: Vec<usize> = trees.iter().map(|t| t.nodes.len()).collect();
        let ncells: usize = radix.iter().product();
        let mut values = vec![0u64; ncells];
        for (row, (leaf, count)) in leaf_counts.iter().enumerate() {
            if leaf.len() != trees.len() {
                return Err(SdcError::BadLeaf {
                    row: row + 1,
                    message: format!("{} labels for {} dimensions", leaf.len(), trees.len()),
                });
            }
            let mut ancestors: Vec<Vec<usize>> = Vec::with_capacity(trees.len());
            for (t, label) in trees.iter().zip(leaf) {
                let node = t.index.get(label.as_str()).copied().ok_or_else(|| SdcError::BadLeaf {
                    row: row + 1,
                    message: format!("`{label}` is not in dimension `{}`", t.name),
                })?;
                if !t.kids[node].is_empty() {
                    return Err(SdcError::BadLeaf { row: row + 1, message: format!("`{label}` of `{}` is not a leaf", t.name) });
                }
                let mut chain = vec![node];
                let mut n = node;
                while let Some(p) = t.parent[n] {
                    chain.push(p);
                    n = p;
                }
                ancestors.push(chain);
            }
            // Add the count to every cell above this leaf combination.
            let mut pick = vec![0usize; trees.len()];
            loop {
                let idx = pick.iter().enumerate().fold(0, |acc, (d, &i)| acc * radix[d] + ancestors[d][i]);
                values[idx] += count;
                let mut d = trees.len();
                loop {
                    if d == 0 {
                        break;
                    }
                    d -= 1;
                    pick[d] += 1;
                    if pick[d] < ancestors[d].len() {
                        break;
                    }
                    pick[d] = 0;
                    if d == 0 {
                        d = usize::MAX;
                        break;
                    }
                }
                if d == usize::MAX || trees.is_empty() {
                    break;
                }
            }
        }
        let mut set = TableSet::new();
        let mut digits = vec![0usize; trees.len()];
        for (idx, &value) in values.iter().enumerate() {
            let mut rest = idx;
            for d in (0..trees.len()).rev() {
                digits[d] = rest % radix[d];
                rest /= radix[d];
            }
            let key = trees.iter().zip(&digits).map(|(t, &n)| format!("{}={}", t.name, t.nodes[n])).collect::<Vec<_>>().join(";");
            set.add_cell(key, value)?;
        }
        for idx in 0..ncells {
            let mut rest = idx;
            for d in (0..trees.len()).rev() {
                digits[d] = rest % radix[d];
                rest /= radix[d];
            }
            for d in 0..trees.len() {
                let kids = &trees[d].kids[digits[d]];
                if kids.is_empty() {
                    continue;
                }
                let parts: Vec<CellId> = kids
                    .iter()
                    .map(|&kid| {
                        let mut dd = digits.clone();
                        dd[d] = kid;
                        dd.iter().enumerate().fold(0, |acc, (j, &i)| acc * radix[j] + i)
                    })
                    .collect();
                set.add_constraint(idx, &parts)?;
            }
        }
        Ok(set)
    }
}

/// One classification of a table: a total and a hierarchy of categories below it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dimension {
    pub name: String,
    pub total: String,
    /// (parent, child) pairs; a parent is the total or a child listed earlier.
    pub children: Vec<(String, String)>,
}

impl Dimension {
    pub fn new(name: &str, total: &str) -> Self {
        Dimension { name: name.to_string(), total: total.to_string(), children: Vec::new() }
    }

    /// A total over flat categories.
    pub fn flat(name: &str, total: &str, categories: &[&str]) -> Self {
        categories.iter().fold(Dimension::new(name, total), |d, c| d.with_child(total, c))
    }

    pub fn with_child(mut self, parent: &str, child: &str) -> Self {
        self.children.push((parent.to_string(), child.to_string()));
        self
    }
}

struct Tree {
    name: String,
    nodes: Vec<String>,
    index: HashMap<String, usize>,
    parent: Vec<Option<usize>>,
    kids: Vec<Vec<usize>>,
}

impl Tree {
    fn build(d: &Dimension) -> Result<Tree, SdcError> {
        let bad = |message: String| SdcError::BadHierarchy { dimension: d.name.clone(), message };
        let mut t = Tree {
            name: d.name.clone(),
            nodes: vec![d.total.clone()],
            index: HashMap::from([(d.total.clone(), 0)]),
            parent: vec![None],
            kids: vec![Vec::new()],
        };
        for (p, c) in &d.children {
            let pi = *t.index.get(p).ok_or_else(|| bad(format!("parent `{p}` of `{c}` is not defined before it")))?;
            if t.index.contains_key(c) {
                return Err(bad(format!("`{c}` appears twice")));
            }
            let ci = t.nodes.len();
            t.nodes.push(c.clone());
            t.index.insert(c.clone(), ci);
            t.parent.push(Some(pi));
            t.kids.push(Vec::new());
            t.kids[pi].push(ci);
        }
        Ok(t)
    }
}

/// What a reader of a publication sees in one cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// The exact count.
    Value(u64),
    /// Shown as `<t` (as GLOTIP does today): the reader knows it is in 0..t-1.
    Below(u64),
    /// Shown as hidden with no bound: the reader knows only that it is >= 0.
    Suppressed,
    /// Not a published cell: an unknown non-negative remainder (what an incomplete breakdown
    /// leaves unreported, so that parts <= total). A variable for the attacker, never audited.
    Slack,
}

/// A publication as an attacker sees it: cell keys, the constraints, and the marks.
#[derive(Debug, Clone)]
pub struct Published {
    keys: Vec<String>,
    constraints: Vec<Additivity>,
    marks: Vec<Mark>,
}

impl Published {
    /// The structure (keys, constraints) of `tables` with one mark per cell; values are not copied.
    pub fn new(tables: &TableSet, marks: Vec<Mark>) -> Result<Published, SdcError> {
        if marks.len() != tables.len() {
            return Err(SdcError::MarkCount { expected: tables.len(), found: marks.len() });
        }
        Ok(Published { keys: tables.keys.clone(), constraints: tables.constraints.clone(), marks })
    }

    pub fn marks(&self) -> &[Mark] {
        &self.marks
    }

    pub fn key(&self, id: CellId) -> &str {
        &self.keys[id]
    }
}

/// The tightest interval an attacker can prove for one hidden cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellInterval {
    pub cell: CellId,
    pub key: String,
    pub lower: u64,
    /// `None`: no upper bound.
    pub upper: Option<u64>,
}

impl CellInterval {
    /// upper - lower, or `None` when unbounded.
    pub fn width(&self) -> Option<u64> {
        self.upper.map(|u| u.saturating_sub(self.lower))
    }
}

/// Result of [`audit`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditReport {
    pub margin: u64,
    /// One per hidden cell, in cell order.
    pub intervals: Vec<CellInterval>,
    /// Hidden cells whose value is recovered exactly.
    pub exact: Vec<CellId>,
    /// Hidden cells narrowed to an interval narrower than the margin (exact ones included).
    pub too_narrow: Vec<CellId>,
}

impl AuditReport {
    pub fn passes(&self) -> bool {
        self.too_narrow.is_empty()
    }
}

/// The attacker's check: for every hidden cell, the tightest [min, max] that linear programming
/// proves from all published values and constraints (`<t` cells bounded to 0..t-1, suppressed
/// cells to >= 0; LP bounds rounded inward to integers). Flags cells narrower than `margin`.
pub fn audit(published: &Published, margin: u64) -> Result<AuditReport, SdcError> {
    let hidden: Vec<CellId> =
        (0..published.marks.len()).filter(|&i| !matches!(published.marks[i], Mark::Value(_) | Mark::Slack)).collect();
    audit_cells(published, &hidden, margin)
}

fn audit_cells(published: &Published, cells: &[CellId], margin: u64) -> Result<AuditReport, SdcError> {
    // Every interval exact: nothing is certified by a width, each cell gets its own LP pair.
    let checks = check_widths(published, cells, |_| u64::MAX)?;
    let intervals: Vec<CellInterval> = checks
        .into_iter()
        .map(|(c, w)| {
            let (lower, upper) = w.expect("an unreachable width is never certified");
            CellInterval { cell: c, key: published.keys[c].clone(), lower, upper }
        })
        .collect();
    Ok(report_of(intervals, margin))
}

fn report_of(intervals: Vec<CellInterval>, margin: u64) -> AuditReport {
    let exact = intervals.iter().filter(|i| i.upper == Some(i.lower)).map(|i| i.cell).collect();
    let too_narrow = intervals.iter().filter(|i| i.width().is_some_and(|w| w < margin)).map(|i| i.cell).collect();
    AuditReport { margin, intervals, exact, too_narrow }
}

/// How much work [`check_widths`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LpWork {
    /// Connected components of hidden cells that held a cell to check.
    pub components: usize,
    /// Cells in the largest of them.
    pub largest: usize,
    /// Linear programs solved.
    pub solved: usize,
    /// Cells proved wide enough by feasible points found on the way (no LP of their own).
    pub certified: usize,
}

/// What [`check_widths`] finds for one cell: `None` when its interval is proved at least the
/// width asked, else `Some((lower, upper))`, its exact LP interval (`upper` `None`: unbounded).
pub type Width = Option<(u64, Option<u64>)>;

/// For each of `cells` (hidden in `published`): `None` when the attacker's interval is proved
/// at least `need(cell)` wide, else `Some((lower, upper))`, the exact LP interval (rounded inward,
/// `upper` `None` when unbounded). One LP per connected component of hidden cells gives a
/// feasible point; every LP solved gives another; a cell whose values over the points found span
/// `need` is certified without its own LPs (the interval contains every feasible value). Only
/// the others get their max and min LPs.
pub fn check_widths(
    published: &Published,
    cells: &[CellId],
    need: impl Fn(CellId) -> u64,
) -> Result<Vec<(CellId, Width)>, SdcError> {
    check_widths_counted(published, cells, need).map(|(r, _)| r)
}

/// [`check_widths`] with a count of the work done.
pub fn check_widths_counted(
    published: &Published,
    cells: &[CellId],
    need: impl Fn(CellId) -> u64,
) -> Result<(Vec<(CellId, Width)>, LpWork), SdcError> {
    let p = published;
    let n = p.keys.len();
    let hidden = |c: CellId| !matches!(p.marks[c], Mark::Value(_));
    // Union-find over hidden cells joined by a constraint.
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for con in &p.constraints {
        let mut first = None;
        for &x in con.parts.iter().chain(std::iter::once(&con.total)) {
            if !hidden(x) {
                continue;
            }
            match first {
                None => first = Some(find(&mut parent, x)),
                Some(f) => {
                    let r = find(&mut parent, x);
                    if r != f {
                        parent[r] = f;
                    }
                }
            }
        }
    }
    let mut wanted: HashMap<usize, Vec<CellId>> = HashMap::new();
    let mut order: Vec<usize> = Vec::new();
    for &c in cells {
        let r = find(&mut parent, c);
        let e = wanted.entry(r).or_default();
        if e.is_empty() {
            order.push(r);
        }
        e.push(c);
    }
    let mut members: HashMap<usize, Vec<CellId>> = HashMap::new();
    for c in 0..n {
        if hidden(c) {
            let r = find(&mut parent, c);
            if wanted.contains_key(&r) {
                members.entry(r).or_default().push(c);
            }
        }
    }
    let mut cons_of: HashMap<usize, Vec<usize>> = HashMap::new();
    for (ci, con) in p.constraints.iter().enumerate() {
        if let Some(&x) = con.parts.iter().chain(std::iter::once(&con.total)).find(|&&x| hidden(x)) {
            let r = find(&mut parent, x);
            if wanted.contains_key(&r) {
                cons_of.entry(r).or_default().push(ci);
            }
        }
    }
    let mut work = LpWork::default();
    let mut result: HashMap<CellId, Width> = HashMap::new();
    for r in order {
        let vars = &members[&r];
        work.components += 1;
        work.largest = work.largest.max(vars.len());
        let pos: HashMap<CellId, usize> = vars.iter().enumerate().map(|(i, &c)| (c, i)).collect();
        let bounds: Vec<(f64, f64)> = vars
            .iter()
            .map(|&c| match p.marks[c] {
                Mark::Below(t) => (0.0, t.saturating_sub(1) as f64),
                _ => (0.0, f64::INFINITY),
            })
            .collect();
        // Rows: sum(parts) - total = 0 with published values moved to the right-hand side.
        let mut rows: Vec<(Vec<(usize, f64)>, f64)> = Vec::new();
        for &ci in cons_of.get(&r).map(Vec::as_slice).unwrap_or(&[]) {
            let con = &p.constraints[ci];
            let mut terms = Vec::new();
            let mut rhs = 0.0f64;
            for (&x, sign) in con.parts.iter().map(|x| (x, 1.0)).chain(std::iter::once((&con.total, -1.0))) {
                match p.marks[x] {
                    Mark::Value(v) => rhs -= sign * v as f64,
                    _ => terms.push((pos[&x], sign)),
                }
            }
            rows.push((terms, rhs));
        }
        let key_of = |c: CellId| p.keys[c].clone();
        let first_key = key_of(wanted[&r][0]);
        // Solves the component with objective `target` (None: feasibility); Ok(None) = unbounded.
        let solve = |target: Option<usize>, dir: OptimizationDirection| -> Result<Option<(f64, Vec<f64>)>, SdcError> {
            let mut prob = Problem::new(dir);
            let vs: Vec<microlp::Variable> =
                bounds.iter().enumerate().map(|(i, &b)| prob.add_var(if Some(i) == target { 1.0 } else { 0.0 }, b)).collect();
            for (terms, rhs) in &rows {
                let t: Vec<(microlp::Variable, f64)> = terms.iter().map(|&(i, s)| (vs[i], s)).collect();
                prob.add_constraint(t.as_slice(), ComparisonOp::Eq, *rhs);
            }
            let key = target.map_or_else(|| first_key.clone(), |i| key_of(vars[i]));
            match prob.solve() {
                Ok(sol) => Ok(Some((sol.objective(), vs.iter().map(|&v| *sol.var_value(v)).collect()))),
                Err(microlp::Error::Unbounded) => Ok(None),
                Err(microlp::Error::Infeasible) => Err(SdcError::Infeasible { key }),
                Err(e) => Err(SdcError::Solver { key, message: e.to_string() }),
            }
        };
        let mut lo = vec![f64::INFINITY; vars.len()];
        let mut hi = vec![f64::NEG_INFINITY; vars.len()];
        let see = |lo: &mut Vec<f64>, hi: &mut Vec<f64>, point: &[f64]| {
            for (i, &v) in point.iter().enumerate() {
                lo[i] = lo[i].min(v);
                hi[i] = hi[i].max(v);
            }
        };
        let spanned = |lo: &[f64], hi: &[f64], i: usize| -> u64 {
            if hi[i] < lo[i] {
                return 0;
            }
            let a = (lo[i] - 1e-6).ceil().max(0.0);
            let b = (hi[i] + 1e-6).floor();
            if b > a {
                (b - a) as u64
            } else {
                0
            }
        };
        work.solved += 1;
        if let Some((_, point)) = solve(None, OptimizationDirection::Minimize)? {
            see(&mut lo, &mut hi, &point);
        }
        for &c in &wanted[&r] {
            let i = pos[&c];
            let need_c = need(c);
            if spanned(&lo, &hi, i) >= need_c {
                work.certified += 1;
                result.insert(c, None);
                continue;
            }
            work.solved += 1;
            let upper = match solve(Some(i), OptimizationDirection::Maximize)? {
                Some((obj, point)) => {
                    see(&mut lo, &mut hi, &point);
                    Some((obj + 1e-6).floor().max(0.0) as u64)
                }
                None => None,
            };
            if upper.is_none() && need_c != u64::MAX {
                work.certified += 1;
                result.insert(c, None);
                continue;
            }
            if spanned(&lo, &hi, i) >= need_c {
                work.certified += 1;
                result.insert(c, None);
                continue;
            }
            work.solved += 1;
            let lower = match solve(Some(i), OptimizationDirection::Minimize)? {
                Some((obj, point)) => {
                    see(&mut lo, &mut hi, &point);
                    (obj - 1e-6).ceil().max(0.0) as u64
                }
                None => 0,
            };
            result.insert(c, Some((lower, upper.map(|u| u.max(lower)))));
        }
    }
    Ok((cells.iter().map(|&c| (c, result[&c])).collect(), work))
}

/// Whether some values of the hidden cells (within their bounds) satisfy every constraint.
pub fn feasible(published: &Published) -> Result<bool, SdcError> {
    let mut prob = Problem::new(OptimizationDirection::Minimize);
    let mut var = HashMap::new();
    for (c, m) in published.marks.iter().enumerate() {
        let bounds = match m {
            Mark::Value(_) => continue,
            Mark::Below(t) => (0.0, t.saturating_sub(1) as f64),
            _ => (0.0, f64::INFINITY),
        };
        var.insert(c, prob.add_var(0.0, bounds));
    }
    for con in &published.constraints {
        let mut terms = Vec::new();
        let mut rhs = 0.0f64;
        for (&x, sign) in con.parts.iter().map(|x| (x, 1.0)).chain(std::iter::once((&con.total, -1.0))) {
            match (published.marks[x], var.get(&x)) {
                (Mark::Value(v), _) => rhs -= sign * v as f64,
                (_, Some(&v)) => terms.push((v, sign)),
                (_, None) => {}
            }
        }
        if terms.is_empty() {
            if rhs.abs() > 0.5 {
                return Ok(false);
            }
            continue;
        }
        prob.add_constraint(terms.as_slice(), ComparisonOp::Eq, rhs);
    }
    match prob.solve() {
        Ok(_) => Ok(true),
        Err(microlp::Error::Infeasible) => Ok(false),
        Err(microlp::Error::Unbounded) => Ok(true),
        Err(e) => Err(SdcError::Solver { key: String::new(), message: e.to_string() }),
    }
}

/// Why a cell is hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellStatus {
    Published,
    /// Below the threshold.
    Primary,
    /// Hidden to protect primary cells.
    Secondary,
    /// Not a published cell ([`Mark::Slack`]).
    Slack,
}

/// Result of [`suppress`].
#[derive(Debug, Clone)]
pub struct Suppression {
    pub threshold: u64,
    pub margin: u64,
    pub status: Vec<CellStatus>,
    pub primary: usize,
    pub secondary: usize,
    /// Sum of the values of all hidden cells, and of the secondary ones.
    pub hidden_count: u64,
    pub secondary_count: u64,
    /// Hidden cells that could not be protected (should be empty; published anyway as hidden).
    pub unprotected: Vec<CellId>,
    /// The final audit of the publication.
    pub audit: AuditReport,
}

impl Suppression {
    /// What gets published: values of published cells, every hidden cell marked alike.
    pub fn published(&self, tables: &TableSet) -> Result<Published, SdcError> {
        Published::new(tables, marks(tables, &self.status))
    }

    pub fn report(&self) -> String {
        format!(
            "suppression at threshold {} with margin {}: {} primary, {} secondary cells hidden ({} counted, {} of them secondary); audit: {} exact, {} narrower than the margin\n",
            self.threshold,
            self.margin,
            self.primary,
            self.secondary,
            self.hidden_count,
            self.secondary_count,
            self.audit.exact.len(),
            self.audit.too_narrow.len()
        )
    }
}

fn marks(tables: &TableSet, status: &[CellStatus]) -> Vec<Mark> {
    status
        .iter()
        .zip(&tables.values)
        .map(|(s, &v)| match s {
            CellStatus::Published => Mark::Value(v),
            CellStatus::Slack => Mark::Slack,
            _ => Mark::Suppressed,
        })
        .collect()
}

/// Primary suppression of cells with 0 < value < `threshold`, then complementary suppression
/// until no hidden cell can be narrowed below `margin` (audited by [`audit`]). Complements are
/// chosen greedily: in a constraint of the exposed cell, the published cell of smallest value
/// that is at least the margin (else the largest), so few and small counts are lost.
pub fn suppress(tables: &TableSet, threshold: u64, margin: u64) -> Result<Suppression, SdcError> {
    suppress_preset(tables, threshold, margin, &vec![None; tables.len()])
}

/// [`suppress`] with some cells' status fixed beforehand (`Some`): cells whose value is not
/// known exactly (stored as `<5`: `Primary`) and remainders that are never published (`Slack`).
pub fn suppress_preset(
    tables: &TableSet,
    threshold: u64,
    margin: u64,
    preset: &[Option<CellStatus>],
) -> Result<Suppression, SdcError> {
    let (status, unprotected) = complement(tables, threshold, margin, preset)?;
    let published = Published::new(tables, marks(tables, &status))?;
    let audit = audit(&published, margin)?;
    Ok(summarise(tables, threshold, margin, status, unprotected, audit))
}

fn complement(
    tables: &TableSet,
    threshold: u64,
    margin: u64,
    preset: &[Option<CellStatus>],
) -> Result<(Vec<CellStatus>, Vec<CellId>), SdcError> {
    if threshold == 0 {
        return Err(SdcError::InvalidThreshold);
    }
    let n = tables.len();
    if preset.len() != n {
        return Err(SdcError::MarkCount { expected: n, found: preset.len() });
    }
    let mut status: Vec<CellStatus> = tables
        .values
        .iter()
        .zip(preset)
        .map(|(&v, p)| match p {
            Some(s) => *s,
            None if v > 0 && v < threshold => CellStatus::Primary,
            None => CellStatus::Published,
        })
        .collect();
    let mut touching = vec![Vec::new(); n];
    for (ci, c) in tables.constraints.iter().enumerate() {
        touching[c.total].push(ci);
        for &p in &c.parts {
            touching[p].push(ci);
        }
    }
    let mut unprotected: Vec<CellId> = Vec::new();
    // Hiding more cells only widens intervals, so a cell that passed stays passed.
    let mut to_check: Vec<CellId> = (0..n).filter(|&i| !matches!(status[i], CellStatus::Published | CellStatus::Slack)).collect();
    while !to_check.is_empty() {
        // A cell alone among published cells in some constraint is given away exactly: no LP
        // needed to know it is exposed.
        let lone = |c: CellId| {
            touching[c].iter().any(|&ci| {
                let con = &tables.constraints[ci];
                con.parts.iter().chain(std::iter::once(&con.total)).all(|&x| x == c || status[x] == CellStatus::Published)
            })
        };
        let (exposed, doubtful): (Vec<CellId>, Vec<CellId>) = to_check.iter().partition(|&&c| lone(c));
        let published = Published::new(tables, marks(tables, &status))?;
        let mut too_narrow: Vec<CellId> = check_widths(&published, &doubtful, |_| margin)?
            .into_iter()
            .filter(|(_, w)| w.is_some_and(|(l, u)| u.is_some_and(|u| u.saturating_sub(l) < margin)))
            .map(|(c, _)| c)
            .collect();
        too_narrow.extend(exposed);
        too_narrow.sort_unstable();
        let report = Narrow { too_narrow };
        let mut next: Vec<CellId> = Vec::new();
        let mut touched_now: BTreeSet<usize> = BTreeSet::new();
        for &cell in &report.too_narrow {
            if unprotected.contains(&cell) {
                continue;
            }
            next.push(cell);
            if touching[cell].iter().any(|ci| touched_now.contains(ci)) {
                continue; // a complement was just added beside it: re-audit first.
            }
            match pick_complement(tables, &status, &touching, cell, margin) {
                Some(c) => {
                    status[c] = CellStatus::Secondary;
                    touched_now.extend(touching[c].iter().copied());
                    next.push(c);
                }
                None => unprotected.push(cell),
            }
        }
        next.retain(|c| !unprotected.contains(c));
        next.sort_unstable();
        next.dedup();
        if next.iter().all(|c| report.too_narrow.contains(c)) && touched_now.is_empty() {
            break;
        }
        to_check = next;
    }
    unprotected.sort_unstable();
    Ok((status, unprotected))
}

struct Narrow {
    too_narrow: Vec<CellId>,
}

fn summarise(
    tables: &TableSet,
    threshold: u64,
    margin: u64,
    status: Vec<CellStatus>,
    mut unprotected: Vec<CellId>,
    audit: AuditReport,
) -> Suppression {
    let n = tables.len();
    let st = &status;
    let hidden = |s: CellStatus| (0..n).filter(move |&i| st[i] == s);
    let primary = hidden(CellStatus::Primary).count();
    let secondary = hidden(CellStatus::Secondary).count();
    let hidden_count =
        (0..n).filter(|&i| matches!(status[i], CellStatus::Primary | CellStatus::Secondary)).map(|i| tables.values[i]).sum();
    let secondary_count = hidden(CellStatus::Secondary).map(|i| tables.values[i]).sum();
    unprotected.sort_unstable();
    Suppression { threshold, margin, status, primary, secondary, hidden_count, secondary_count, unprotected, audit }
}

/// The published cell to hide next to protect `cell`: first among the cells sharing a
/// constraint with it, then among those sharing a constraint with any hidden cell linked to it.
fn pick_complement(
    tables: &TableSet,
    status: &[CellStatus],
    touching: &[Vec<usize>],
    cell: CellId,
    margin: u64,
) -> Option<CellId> {
    let best_of = |cands: &BTreeSet<CellId>| -> Option<CellId> {
        let big = cands.iter().copied().filter(|&c| tables.values[c] >= margin.max(1)).min_by_key(|&c| (tables.values[c], c));
        big.or_else(|| cands.iter().copied().max_by_key(|&c| (tables.values[c], std::cmp::Reverse(c))))
    };
    let neighbours = |c: CellId| -> BTreeSet<CellId> {
        let mut s = BTreeSet::new();
        for &ci in &touching[c] {
            let con = &tables.constraints[ci];
            for &x in con.parts.iter().chain(std::iter::once(&con.total)) {
                s.insert(x);
            }
        }
        s
    };
    // First the constraints in which `cell` is the only hidden cell: they give it away exactly.
    let mut lone = BTreeSet::new();
    for &ci in &touching[cell] {
        let con = &tables.constraints[ci];
        let members: Vec<CellId> = con.parts.iter().copied().chain(std::iter::once(con.total)).collect();
        if members.iter().all(|&x| x == cell || status[x] == CellStatus::Published) {
            lone.extend(members.into_iter().filter(|&x| x != cell));
        }
    }
    if let Some(best) = best_of(&lone) {
        return Some(best);
    }
    let mut seen = BTreeSet::from([cell]);
    let mut frontier = vec![cell];
    while !frontier.is_empty() {
        let mut cands = BTreeSet::new();
        let mut hidden_next = Vec::new();
        for &c in &frontier {
            for x in neighbours(c) {
                if status[x] == CellStatus::Published {
                    cands.insert(x);
                } else if seen.insert(x) {
                    hidden_next.push(x);
                }
            }
        }
        if let Some(best) = best_of(&cands) {
            return Some(best);
        }
        frontier = hidden_next;
    }
    None
}

/// Result of [`rr3`].
#[derive(Debug, Clone, PartialEq)]
pub struct Rounded {
    /// Every value a multiple of 3.
    pub values: Vec<u64>,
    /// True when every constraint holds on the rounded values.
    pub additive: bool,
    pub violated_constraints: usize,
    pub cells_changed: usize,
    pub max_deviation: u64,
    pub mean_absolute_deviation: f64,
}

/// Random rounding to base 3: a value with remainder r goes up to the next multiple of 3 with
/// probability r/3, else down (unbiased). Cells that are no constraint's total are rounded;
/// totals are then the sums of their rounded parts (still multiples of 3), which keeps the
/// tables additive where the constraints define every total from parts; totals that cannot be
/// derived so are rounded on their own and the broken constraints are counted.
pub fn rr3(tables: &TableSet, seed: u64) -> Rounded {
    let n = tables.len();
    let mut rng = SplitMix64::new(seed);
    let mut is_total = vec![false; n];
    for c in &tables.constraints {
        is_total[c.total] = true;
    }
    let round = |v: u64, rng: &mut SplitMix64| {
        let r = v % 3;
        if r == 0 {
            v
        } else if rng.below(3) < r as usize {
            v + (3 - r)
        } else {
            v - r
        }
    };
    let mut out: Vec<Option<u64>> =
        (0..n).map(|i| if is_total[i] { None } else { Some(round(tables.values[i], &mut rng)) }).collect();
    loop {
        let mut progress = false;
        for c in &tables.constraints {
            if out[c.total].is_some() {
                continue;
            }
            let sum: Option<u64> = c.parts.iter().map(|&p| out[p]).sum();
            if let Some(s) = sum {
                out[c.total] = Some(s);
                progress = true;
            }
        }
        if !progress {
            break;
        }
    }
    let values: Vec<u64> = out.iter().enumerate().map(|(i, v)| v.unwrap_or_else(|| round(tables.values[i], &mut rng))).collect();
    let violated =
        tables.constraints.iter().filter(|c| c.parts.iter().map(|&p| values[p]).sum::<u64>() != values[c.total]).count();
    let devs: Vec<u64> = values.iter().zip(&tables.values).map(|(&a, &b)| a.abs_diff(b)).collect();
    Rounded {
        additive: violated == 0,
        violated_constraints: violated,
        cells_changed: devs.iter().filter(|&&d| d != 0).count(),
        max_deviation: devs.iter().copied().max().unwrap_or(0),
        mean_absolute_deviation: if n == 0 { 0.0 } else { devs.iter().sum::<u64>() as f64 / n as f64 },
        values,
    }
}
