//! GLOTIP tables as published: one table set per country x indicator x year, its cells
//! (totals and breakdowns by sex, age, sex x age, form, citizenship) and the additivity
//! constraints between them as the validation rules (`rules-v1.json`) define breakdowns.
//! Used by the attacker's audit of a publication and by `tipdata publish`.

use std::collections::{BTreeMap, HashMap};

use tipdata_model::validation::{Breakdown, Field, RuleSet};
use tipdata_model::{CellValue, ObsKey};

use crate::sdc::{audit, CellId, CellStatus, Mark, Published, SdcError, TableSet};

/// What a reader sees in one published cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Count(u64),
    /// `<t`: 0..t-1.
    Below(u64),
    /// Hidden with no bound (`x`).
    Hidden,
}

impl Shown {
    /// `None` for a missing (unreported) cell.
    pub fn from_value(v: CellValue) -> Option<Shown> {
        match v {
            CellValue::Count(n) => Some(Shown::Count(n)),
            CellValue::Below(t) => Some(Shown::Below(u64::from(t))),
            CellValue::Missing => None,
        }
    }

    /// Published text: `12`, `<5`, `x`; empty text is `None` (missing).
    pub fn parse(text: &str) -> Result<Option<Shown>, String> {
        let t = text.trim();
        if t.eq_ignore_ascii_case("x") {
            return Ok(Some(Shown::Hidden));
        }
        CellValue::parse(t).map(Shown::from_value).map_err(|e| e.to_string())
    }

    pub fn text(self) -> String {
        match self {
            Shown::Count(n) => n.to_string(),
            Shown::Below(t) => format!("<{t}"),
            Shown::Hidden => "x".to_string(),
        }
    }

    fn bounds(self) -> (u64, u64) {
        match self {
            Shown::Count(n) => (n, n),
            Shown::Below(t) => (0, t.saturating_sub(1)),
            Shown::Hidden => (0, u64::MAX),
        }
    }

    pub(crate) fn mark(self) -> Mark {
        match self {
            Shown::Count(n) => Mark::Value(n),
            Shown::Below(t) => Mark::Below(t),
            Shown::Hidden => Mark::Suppressed,
        }
    }
}

/// How breakdowns become constraints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strictness {
    /// A complete breakdown (every `complete_when` part reported) whose bounds allow it is
    /// `total = sum(parts)`; any other is `total = sum(parts) + unreported remainder >= 0`.
    Rules,
    /// Every breakdown only as `sum(parts) <= total` (used when the strict system contradicts
    /// itself: the published figures are then not additive and equality would be wrong).
    Relaxed,
    /// As `Relaxed`, keeping only the constraints that, taken in order, do not contradict the
    /// ones kept before (when even the relaxed system contradicts itself).
    Consistent,
}

impl Strictness {
    /// The next, weaker reading when the figures contradict this one.
    pub fn weaker(self) -> Option<Strictness> {
        match self {
            Strictness::Rules => Some(Strictness::Relaxed),
            Strictness::Relaxed => Some(Strictness::Consistent),
            Strictness::Consistent => None,
        }
    }
}

/// One country x indicator x year: its reported cells and their constraints.
#[derive(Debug, Clone)]
pub struct GlotipSet {
    pub entity: String,
    pub indicator: String,
    pub year: i32,
    /// Reported cells; cell `i` of `tables` is `cells[i]` for `i < cells.len()`, later cells are
    /// unreported remainders (slack).
    pub cells: Vec<(ObsKey, Shown)>,
    pub tables: TableSet,
    pub equalities: usize,
    pub inequalities: usize,
    /// Breakdowns whose reported parts exceed the total (a data error): no constraint.
    pub dropped: usize,
    /// Complete breakdowns read as `parts <= total` because their figures fall short of the
    /// total (or because the set is read relaxed): the stored figures are not additive.
    pub short: usize,
}

impl GlotipSet {
    /// The publication as an attacker sees it.
    pub fn published(&self) -> Result<Published, SdcError> {
        let mut marks: Vec<Mark> = self.cells.iter().map(|(_, s)| s.mark()).collect();
        marks.resize(self.tables.len(), Mark::Slack);
        Published::new(&self.tables, marks)
    }
}

fn field(k: &ObsKey, f: Field) -> &str {
    match f {
        Field::Dimension => &k.dimension,
        Field::Category => &k.category,
        Field::Sex => &k.sex,
        Field::Age => &k.age,
    }
}

fn set_field(k: &mut ObsKey, f: Field, v: &str) {
    let slot = match f {
        Field::Dimension => &mut k.dimension,
        Field::Category => &mut k.category,
        Field::Sex => &mut k.sex,
        Field::Age => &mut k.age,
    };
    *slot = v.to_string();
}

/// Groups reported cells into table sets (sorted by entity, indicator, year).
pub fn table_sets(cells: &[(ObsKey, Shown)], rules: &RuleSet, strictness: Strictness) -> Result<Vec<GlotipSet>, SdcError> {
    // A repeated key: the later cell wins (as the importer does).
    let mut groups: BTreeMap<(String, String, i32), BTreeMap<ObsKey, Shown>> = BTreeMap::new();
    for (k, v) in cells {
        groups.entry((k.entity.clone(), k.indicator.clone(), k.year)).or_default().insert(k.clone(), *v);
    }
    groups
        .into_iter()
        .map(|((entity, indicator, year), cells)| build(entity, indicator, year, cells.into_iter().collect(), rules, strictness))
        .collect()
}

/// One table set from its cells.
pub fn build(
    entity: String,
    indicator: String,
    year: i32,
    cells: Vec<(ObsKey, Shown)>,
    rules: &RuleSet,
    strictness: Strictness,
) -> Result<GlotipSet, SdcError> {
    let mut tables = TableSet::new();
    let mut index: HashMap<ObsKey, CellId> = HashMap::new();
    // (key with category blanked) -> cells of that dimension other than its total.
    let mut by_dimension: HashMap<ObsKey, Vec<CellId>> = HashMap::new();
    for (i, (k, v)) in cells.iter().enumerate() {
        let key = format!("{}|{}|{}|{}", k.dimension, k.category, k.sex, k.age);
        let value = match v {
            Shown::Count(n) => *n,
            _ => 0,
        };
        tables.add_cell(key, value)?;
        index.insert(k.clone(), i);
        if k.category != "Total" {
            let mut g = k.clone();
            g.category.clear();
            by_dimension.entry(g).or_default().push(i);
        }
    }
    let mut set = GlotipSet { entity, indicator, year, cells, tables, equalities: 0, inequalities: 0, dropped: 0, short: 0 };
    for t in 0..set.cells.len() {
        for b in &rules.breakdowns {
            let total = set.cells[t].0.clone();
            if !b.over.iter().all(|&f| field(&total, f) == "Total") {
                continue;
            }
            let (parts, complete) = parts_of(b, &total, &index, &by_dimension, &set.cells);
            if parts.is_empty() {
                continue;
            }
            let (tlo, thi) = set.cells[t].1.bounds();
            let plo: u64 = parts.iter().map(|&p| set.cells[p].1.bounds().0).fold(0, u64::saturating_add);
            let phi: u64 = parts.iter().map(|&p| set.cells[p].1.bounds().1).fold(0, u64::saturating_add);
            if plo > thi {
                set.dropped += 1;
            } else if complete && strictness == Strictness::Rules && phi >= tlo {
                set.tables.add_constraint_unchecked(t, &parts)?;
                set.equalities += 1;
            } else {
                let before = set.tables.clone();
                let slack = set.tables.add_cell(format!("remainder of {} in {}", b.name, set.tables.key(t)), 0)?;
                let mut with = parts.clone();
                with.push(slack);
                set.tables.add_constraint_unchecked(t, &with)?;
                if strictness == Strictness::Consistent && !crate::sdc::feasible(&set.published()?)? {
                    set.tables = before;
                    set.dropped += 1;
                } else {
                    set.inequalities += 1;
                    if complete {
                        set.short += 1;
                    }
                }
            }
        }
    }
    Ok(set)
}

/// The reported cells a breakdown splits `total` into, and whether the breakdown is complete
/// (as `tipdata validate` reads `rules-v1.json`).
fn parts_of(
    b: &Breakdown,
    total: &ObsKey,
    index: &HashMap<ObsKey, CellId>,
    by_dimension: &HashMap<ObsKey, Vec<CellId>>,
    cells: &[(ObsKey, Shown)],
) -> (Vec<CellId>, bool) {
    let mut parts = Vec::new();
    let mut reported = Vec::new();
    for p in &b.parts {
        if p.keys().any(|&f| field(total, f) != "Total") {
            continue;
        }
        let mut k = total.clone();
        let mut any_category = false;
        for (&f, v) in p {
            if f == Field::Category && v == "*" {
                any_category = true;
            } else {
                set_field(&mut k, f, v);
            }
        }
        let mut found: Vec<CellId> = if any_category {
            k.category.clear();
            by_dimension.get(&k).cloned().unwrap_or_default()
        } else {
            index.get(&k).map(|&i| vec![i]).unwrap_or_default()
        };
        found.retain(|&i| !b.exclude_categories.contains(&cells[i].0.category));
        if !found.is_empty() {
            reported.push(p);
        }
        parts.extend(found);
    }
    parts.sort_unstable();
    parts.dedup();
    let complete = !b.complete_when.is_empty() && b.complete_when.iter().all(|c| reported.contains(&c));
    (parts, complete)
}

/// What the attacker learns about the `<t` (and `x`) cells of a publication.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GlotipAudit {
    pub table_sets: usize,
    pub cells: usize,
    /// Cells shown as `<t` or `x`.
    pub hidden: usize,
    /// Of those, cells in at least one constraint.
    pub constrained: usize,
    /// Recovered exactly.
    pub exact: usize,
    /// Of those, recovered as 0 (the reader learns there was no such victim).
    pub exact_zero: usize,
    /// Narrowed (exact ones excluded): for `<t`, to fewer values than 0..t-1; for `x`, to an
    /// interval narrower than the margin.
    pub narrowed: usize,
    pub equalities: usize,
    pub inequalities: usize,
    pub dropped: usize,
    /// Table sets whose figures contradict the strict constraints (audited relaxed).
    pub relaxed_sets: usize,
    /// Table sets that contradict even the relaxed constraints (not audited).
    pub inconsistent_sets: usize,
    /// Up to 20 examples: `entity indicator year cell: shown -> [lo, hi]`.
    pub examples: Vec<String>,
    /// Regional sums read ([`audit_published`]), hidden ones, their constraints, hidden
    /// regional cells recovered or narrowed (counted in `exact` / `narrowed` too), and indicator
    /// x year groups whose regional sums contradict the countries (audited without them).
    pub regional_cells: usize,
    pub regional_hidden: usize,
    pub regional_constraints: usize,
    pub regional_recovered: usize,
    pub regional_inconsistent_groups: usize,
    /// Linear programming work ([`audit_published`]).
    pub lp: crate::sdc::LpWork,
}

impl GlotipAudit {
    /// Counts one audited table set: its constraints, how it was read (`audited`: feasible
    /// under `strictness`), and its hidden cells, with those in at least one constraint.
    fn tally(&mut self, set: &GlotipSet, strictness: Strictness, audited: bool) {
        match (audited, strictness) {
            (false, _) => self.inconsistent_sets += 1,
            (true, Strictness::Rules) => {}
            (true, _) => self.relaxed_sets += 1,
        }
        self.equalities += set.equalities;
        self.inequalities += set.inequalities;
        self.dropped += set.dropped;
        let mut in_constraint = vec![false; set.tables.len()];
        for c in set.tables.constraints() {
            in_constraint[c.total] = true;
            for &p in &c.parts {
                in_constraint[p] = true;
            }
        }
        for (i, (_, s)) in set.cells.iter().enumerate() {
            if !matches!(s, Shown::Count(_)) {
                self.hidden += 1;
                if in_constraint[i] {
                    self.constrained += 1;
                }
            }
        }
    }

    /// Counts one audited hidden cell whose LP interval is [lower, upper] (`None`: unbounded):
    /// recovered exactly, or narrowed (a `<t` cell to fewer than its t values, an `x` cell to
    /// an interval narrower than `margin`), with an example. True when recovered or narrowed.
    fn count(&mut self, key: &ObsKey, shown: Shown, lower: u64, upper: Option<u64>, margin: u64) -> bool {
        let width = upper.map(|u| u.saturating_sub(lower));
        let exact = upper == Some(lower);
        let narrowed = !exact
            && match shown {
                Shown::Below(t) => width.is_some_and(|w| w < t.saturating_sub(1)),
                Shown::Hidden => width.is_some_and(|w| w < margin),
                Shown::Count(_) => false,
            };
        if exact {
            self.exact += 1;
            if lower == 0 {
                self.exact_zero += 1;
            }
        } else if narrowed {
            self.narrowed += 1;
        }
        if (exact || narrowed) && self.examples.len() < 20 {
            let hi = upper.map_or("inf".to_string(), |u| u.to_string());
            let [entity, indicator, dimension, category, sex, age, year] = key_fields(key);
            self.examples.push(format!(
                "{entity} {indicator} {year} {dimension}/{category}/{sex}/{age}: {} -> [{lower}, {hi}]",
                shown.text()
            ));
        }
        exact || narrowed
    }

    pub fn recovered(&self) -> usize {
        self.exact + self.narrowed
    }

    pub fn report(&self) -> String {
        let mut s = format!(
            "table sets: {} ({} cells; constraints: {} equalities, {} inequalities, {} dropped as contradicting; {} sets audited relaxed, {} not audited as inconsistent)\n\
             hidden cells: {} ({} in some constraint)\n\
             recovered exactly: {} ({} of them as 0, {} as a positive count)\nnarrowed: {}\nrecovered or narrowed: {}\n",
            self.table_sets,
            self.cells,
            self.equalities,
            self.inequalities,
            self.dropped,
            self.relaxed_sets,
            self.inconsistent_sets,
            self.hidden,
            self.constrained,
            self.exact,
            self.exact_zero,
            self.exact - self.exact_zero,
            self.narrowed,
            self.recovered()
        );
        if self.regional_cells > 0 {
            s.push_str(&format!(
                "regional sums: {} cells ({} hidden, {} of them recovered or narrowed), {} regional constraints; {} indicator x year groups contradicting their regional sums\n",
                self.regional_cells, self.regional_hidden, self.regional_recovered, self.regional_constraints, self.regional_inconsistent_groups
            ));
        }
        if self.lp.components > 0 {
            s.push_str(&format!(
                "linear programs: {} over {} components of hidden cells (largest {} cells); {} cells proved wide by feasible points alone\n",
                self.lp.solved, self.lp.components, self.lp.largest, self.lp.certified
            ));
        }
        for e in &self.examples {
            s.push_str(&format!("  {e}\n"));
        }
        s
    }
}

/// Audits every table set: LP interval of each hidden cell (one small LP pair per cell over
/// the hidden cells linked to it, within its table set). A `<t` cell counts as narrowed when
/// fewer than t values remain possible; an `x` cell when its interval is narrower than `margin`.
pub fn audit_cells(cells: &[(ObsKey, Shown)], rules: &RuleSet, margin: u64) -> Result<GlotipAudit, SdcError> {
    let sets = table_sets(cells, rules, Strictness::Rules)?;
    let mut out = GlotipAudit::default();
    for set in sets {
        out.table_sets += 1;
        out.cells += set.cells.len();
        let mut set = set;
        let mut strictness = Strictness::Rules;
        let report = loop {
            match audit(&set.published()?, margin) {
                Ok(r) => break Some(r),
                Err(SdcError::Infeasible { .. }) => match strictness.weaker() {
                    Some(w) => {
                        strictness = w;
                        set = build(set.entity, set.indicator, set.year, set.cells, rules, w)?;
                    }
                    None => break None,
                },
                Err(e) => return Err(e),
            }
        };
        out.tally(&set, strictness, report.is_some());
        let Some(report) = report else { continue };
        for iv in &report.intervals {
            let Some((key, shown)) = set.cells.get(iv.cell) else { continue };
            out.count(key, *shown, iv.lower, iv.upper, margin);
        }
    }
    Ok(out)
}

/// The attacker's audit of everything published together: country cells and regional sums
/// (rows whose entity is an M49 region or subregion code). Per indicator x year, one linked
/// problem (every country set read as [`audit_cells`] reads it, the regional cells, and
/// `region = sum(countries)`, `subregion = sum(countries)`, `region = sum(subregions)`), solved
/// by connected component of hidden cells, cells proved wide by feasible points first
/// ([`crate::check_widths`]). Counts as [`audit_cells`]; regional hidden cells are audited too.
pub fn audit_published(cells: &[(ObsKey, Shown)], rules: &RuleSet, margin: u64) -> Result<GlotipAudit, SdcError> {
    use crate::regions::{is_regional, link, Origin};
    // A repeated key: the later cell wins (as the importer does).
    let mut uniq: BTreeMap<ObsKey, Shown> = BTreeMap::new();
    for (k, v) in cells {
        uniq.insert(k.clone(), *v);
    }
    type Group = (Vec<(ObsKey, Shown)>, Vec<(ObsKey, Shown)>);
    let mut groups: BTreeMap<(String, i32), Group> = BTreeMap::new();
    for (k, v) in uniq {
        let g = groups.entry((k.indicator.clone(), k.year)).or_default();
        if is_regional(&k) {
            g.1.push((k, v));
        } else {
            g.0.push((k, v));
        }
    }
    let mut out = GlotipAudit::default();
    for (country, regional) in groups.into_values() {
        let mut linked = link(&country, &regional, rules, !regional.is_empty())?;
        let need = |l: &crate::regions::Linked| {
            let marks = l.marks.clone();
            move |c: CellId| match marks[c] {
                Mark::Below(t) => t.saturating_sub(1),
                _ => margin,
            }
        };
        let audited = |l: &crate::regions::Linked| -> Vec<CellId> {
            let ok_set: HashMap<&str, bool> = l.sets.iter().map(|(s, _, ok)| (s.entity.as_str(), *ok)).collect();
            (0..l.marks.len())
                .filter(|&c| matches!(l.marks[c], Mark::Below(_) | Mark::Suppressed))
                .filter(|&c| match l.origin[c] {
                    Origin::Country(j) => ok_set.get(country[j].0.entity.as_str()).copied().unwrap_or(true),
                    _ => true,
                })
                .collect()
        };
        let result = match crate::sdc::check_widths_counted(&linked.published()?, &audited(&linked), need(&linked)) {
            Err(SdcError::Infeasible { .. }) if !regional.is_empty() => {
                // The regional sums contradict the countries: audit the countries alone.
                out.regional_inconsistent_groups += 1;
                linked = link(&country, &regional, rules, false)?;
                crate::sdc::check_widths_counted(&linked.published()?, &audited(&linked), need(&linked))?
            }
            other => other?,
        };
        let (checks, work) = result;
        out.lp.components += work.components;
        out.lp.largest = out.lp.largest.max(work.largest);
        out.lp.solved += work.solved;
        out.lp.certified += work.certified;
        out.regional_cells += regional.len();
        out.regional_constraints += linked.regional_constraints;
        for (set, strictness, ok) in &linked.sets {
            out.table_sets += 1;
            out.cells += set.cells.len();
            out.tally(set, *strictness, *ok);
        }
        out.regional_hidden += regional.iter().filter(|(_, s)| !matches!(s, Shown::Count(_))).count();
        for (c, w) in checks {
            let Some((lower, upper)) = w else { continue };
            let (key, shown) = match linked.origin[c] {
                Origin::Country(j) => &country[j],
                Origin::Region(r) => &regional[r],
                Origin::Slack => continue,
            };
            if out.count(key, *shown, lower, upper, margin) && is_regional(key) {
                out.regional_recovered += 1;
            }
        }
    }
    Ok(out)
}

/// The stored cells with regional sums added the way GLOTIP's reports add them: every region
/// and subregion, every key its countries report, published as an exact count. The stored `<t`
/// cells' values are not known here, so each country set's `<t` cells are filled with values
/// that satisfy its breakdowns (as the reader reads them), as close to the middle of 0..t-1 as
/// possible (an integer program per set); sets that contradict even the weakest reading keep
/// the middle. A stand-in for the exact figures GLOTIP's authors sum.
pub fn with_regional_sums(cells: &[(ObsKey, Shown)], rules: &RuleSet) -> Result<Vec<(ObsKey, Shown)>, SdcError> {
    use microlp::{ComparisonOp, OptimizationDirection, Problem};
    let mut uniq: BTreeMap<ObsKey, Shown> = BTreeMap::new();
    for (k, v) in cells {
        uniq.insert(k.clone(), *v);
    }
    let country: Vec<(ObsKey, Shown)> = uniq.into_iter().filter(|(k, _)| !crate::regions::is_regional(k)).collect();
    let mut filled: HashMap<ObsKey, u64> = HashMap::new();
    let mut by_set: BTreeMap<(String, String, i32), Vec<(ObsKey, Shown)>> = BTreeMap::new();
    for (k, v) in &country {
        by_set.entry((k.entity.clone(), k.indicator.clone(), k.year)).or_default().push((k.clone(), *v));
    }
    for ((entity, indicator, year), set_cells) in by_set {
        let middle = |v: &Shown| match v {
            Shown::Below(t) => t.saturating_sub(1) / 2,
            _ => 0,
        };
        if !set_cells.iter().any(|(_, v)| !matches!(v, Shown::Count(_))) {
            continue;
        }
        let (set, _, ok) = crate::regions::read_set(entity, indicator, year, set_cells, rules)?;
        let marks = set.published()?.marks().to_vec();
        let mut prob = Problem::new(OptimizationDirection::Minimize);
        let mut vars = Vec::with_capacity(marks.len());
        for m in &marks {
            vars.push(match m {
                Mark::Value(_) => None,
                Mark::Below(t) => {
                    let x = prob.add_integer_var(0.0, (0, i32::try_from(t.saturating_sub(1)).unwrap_or(i32::MAX)));
                    let d = prob.add_var(1.0, (0.0, f64::INFINITY));
                    let mid = (t.saturating_sub(1) / 2) as f64;
                    prob.add_constraint([(d, 1.0), (x, -1.0)].as_slice(), ComparisonOp::Ge, -mid);
                    prob.add_constraint([(d, 1.0), (x, 1.0)].as_slice(), ComparisonOp::Ge, mid);
                    Some(x)
                }
                _ => Some(prob.add_var(0.0, (0.0, f64::INFINITY))),
            });
        }
        let mut solved = None;
        if ok {
            for c in set.tables.constraints() {
                let mut terms = Vec::new();
                let mut rhs = 0.0;
                for (&x, sign) in c.parts.iter().map(|x| (x, 1.0)).chain(std::iter::once((&c.total, -1.0))) {
                    match (marks[x], vars[x]) {
                        (Mark::Value(v), _) => rhs -= sign * v as f64,
                        (_, Some(var)) => terms.push((var, sign)),
                        _ => {}
                    }
                }
                if !terms.is_empty() {
                    prob.add_constraint(terms.as_slice(), ComparisonOp::Eq, rhs);
                }
            }
            solved = prob.solve().ok();
        }
        for (i, (k, v)) in set.cells.iter().enumerate() {
            if let Shown::Below(_) = v {
                let value = match (&solved, vars[i]) {
                    (Some(sol), Some(x)) => sol.var_value(x).round().max(0.0) as u64,
                    _ => middle(v),
                };
                filled.insert(k.clone(), value);
            }
        }
    }
    let mut out = country.clone();
    for (k, m) in crate::regions::regional_members(&country) {
        let sum: u64 = m
            .iter()
            .map(|&j| match country[j].1 {
                Shown::Count(n) => n,
                _ => filled.get(&country[j].0).copied().unwrap_or(0),
            })
            .sum();
        out.push((k, Shown::Count(sum)));
    }
    Ok(out)
}

/// How a table set is published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Suppress,
    Rr3,
}

/// A public table: every reported cell with what is shown, and the totals of what was done.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Publication {
    pub cells: Vec<(ObsKey, Shown)>,
    pub table_sets: usize,
    /// Cells hidden because below the threshold (stored `<t` cells included).
    pub primary: usize,
    /// Cells hidden to protect them.
    pub secondary: usize,
    /// Sum of the exact values hidden (stored `<t` cells unknown, not counted).
    pub hidden_count: u64,
    pub secondary_count: u64,
    /// Cells changed by rounding (rr3).
    pub rounded_changed: usize,
    /// Constraints broken by rounding (rr3).
    pub rounded_violations: usize,
    /// Hidden cells the greedy could not protect (should be 0).
    pub unprotected: usize,
    /// Table sets not additive as stored, protected under the relaxed constraints.
    pub relaxed_sets: usize,
    /// Hidden cells fixed by the reporting pattern alone, left out of the publication.
    pub withheld: usize,
    /// Regional sums (rows of M49 regions and subregions, entity = M49 code), as shown.
    pub regional: Vec<(ObsKey, Shown)>,
    /// What the regional sums cost (suppress) or how they were rounded (rr3).
    pub hierarchy: Hierarchy,
}

/// The regional sums of a [`Publication`] and what protecting them cost.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hierarchy {
    /// Indicator x year groups of country cells that roll up into regions.
    pub groups: usize,
    /// Regional cells published (shown or hidden).
    pub regional_cells: usize,
    /// Hidden, of unknown exact value: a member is a stored `<t` cell.
    pub regional_unknown: usize,
    /// Hidden (a member hidden), with an exact value below the threshold.
    pub regional_primary: usize,
    /// Hidden (a member hidden), with an exact value at or above the threshold (or 0).
    pub regional_secondary: usize,
    /// Sum of the regional values hidden (unknown ones not counted).
    pub regional_hidden_count: u64,
    /// rr3: largest and summed |published regional sum - exact sum| over the regional cells
    /// whose exact sum is known, and how many those are.
    pub rr3_max_deviation: u64,
    pub rr3_deviation_sum: u64,
    pub rr3_compared: usize,
}

impl Publication {
    /// Country cells then regional cells: every row of the public table.
    pub fn all_cells(&self) -> Vec<(ObsKey, Shown)> {
        self.cells.iter().chain(&self.regional).cloned().collect()
    }

    pub fn report(&self, method: Method, threshold: u64, margin: u64) -> String {
        let mut s = self.country_report(method, threshold, margin);
        let h = &self.hierarchy;
        if h.groups == 0 {
            return s;
        }
        match method {
            Method::Suppress => s.push_str(&format!(
                "regional sums: {} cells (M49 regions and subregions) in {} indicator x year groups; {} shown (every member country cell shown), {} hidden as a member is hidden: {} of unknown exact value (a member stored <t), {} below the threshold, {} others ({} counted); country cells hidden for them: 0\n",
                h.regional_cells,
                h.groups,
                h.regional_cells - h.regional_unknown - h.regional_primary - h.regional_secondary,
                h.regional_unknown + h.regional_primary + h.regional_secondary,
                h.regional_unknown,
                h.regional_primary,
                h.regional_secondary,
                h.regional_hidden_count,
            )),
            Method::Rr3 => s.push_str(&format!(
                "regional sums: {} cells in {} indicator x year groups, each the sum of its rounded countries (additive, multiples of 3); {} hidden (a member hidden); deviation from the exact sum over {} cells: max {}, mean {:.2}
",
                h.regional_cells,
                h.groups,
                h.regional_unknown,
                h.rr3_compared,
                h.rr3_max_deviation,
                if h.rr3_compared == 0 { 0.0 } else { h.rr3_deviation_sum as f64 / h.rr3_compared as f64 }
            )),
        }
        s
    }

    fn country_report(&self, method: Method, threshold: u64, margin: u64) -> String {
        match method {
            Method::Suppress => format!(
                "method: suppress (threshold {threshold}, margin {margin})\ntable sets: {}\ncells published: {}\nprimary cells hidden: {}\nsecondary cells hidden: {}\ncounts hidden: {} ({} of them secondary; stored <5 cells not counted)\nwithheld (fixed by the reporting pattern, not published): {}\nunprotected: {}\nnot additive as stored (protected under parts <= total): {} table sets\n",
                self.table_sets,
                self.cells.len(),
                self.primary,
                self.secondary,
                self.hidden_count,
                self.secondary_count,
                self.withheld,
                self.unprotected,
                self.relaxed_sets
            ),
            Method::Rr3 => format!(
                "method: rr3\ntable sets: {}\ncells published: {}\ncells changed by rounding: {}\nconstraints broken by rounding: {}\nstored <t cells kept hidden: {}\n",
                self.table_sets,
                self.cells.len(),
                self.rounded_changed,
                self.rounded_violations,
                self.primary
            ),
        }
    }
}

/// Public tables from stored cells: per table set, suppression (primary below `threshold`,
/// stored `<t` cells included, then complementary suppression to `margin`) or rr3 (cells of
/// unknown exact value hidden). Hidden cells are shown as `x`. With regional sums (M49 regions
/// and subregions, [`Publication::regional`]): see [`publish_with`].
pub fn publish(
    cells: &[(ObsKey, Shown)],
    rules: &RuleSet,
    method: Method,
    threshold: u64,
    margin: u64,
    seed: u64,
) -> Result<Publication, SdcError> {
    publish_with(cells, rules, method, threshold, margin, seed, true)
}

/// [`publish`], with or without regional sums (`regions`). With them, every M49 region and
/// subregion gets, per indicator x year and key, the sum of its countries' published cells,
/// shown when every member is shown and hidden otherwise, which protects every hidden cell
/// against the regional sums without hiding any more country cell (see `regional_sums` and
/// docs/privacy.md).
///
/// Suppression only: rr3 is refused here ([`SdcError::Rr3Unkeyed`]), because without a secret
/// its rounding is keyed on the seed alone and anyone could replay it; rr3 goes through
/// [`publish_keyed`] with the database's secret.
pub fn publish_with(
    cells: &[(ObsKey, Shown)],
    rules: &RuleSet,
    method: Method,
    threshold: u64,
    margin: u64,
    seed: u64,
    regions: bool,
) -> Result<Publication, SdcError> {
    if method == Method::Rr3 {
        return Err(SdcError::Rr3Unkeyed);
    }
    publish_keyed(cells, rules, method, threshold, margin, seed, &[0; 32], regions)
}

/// [`publish_with`] with rr3's random stream keyed on `secret` (the database's,
/// `ReleaseStore::rr3_secret`), the seed and each set's identity ([`set_seed`]): without the
/// secret a reader cannot rerun the rounding to narrow a published cell. An all-zero secret is
/// refused for rr3 ([`SdcError::Rr3Unkeyed`]): it is what an unkeyed caller would pass.
#[allow(clippy::too_many_arguments)]
pub fn publish_keyed(
    cells: &[(ObsKey, Shown)],
    rules: &RuleSet,
    method: Method,
    threshold: u64,
    margin: u64,
    seed: u64,
    secret: &[u8; 32],
    regions: bool,
) -> Result<Publication, SdcError> {
    if method == Method::Rr3 && secret.iter().all(|&b| b == 0) {
        return Err(SdcError::Rr3Unkeyed);
    }
    let sets = table_sets(cells, rules, Strictness::Rules)?;
    let mut out = Publication::default();
    // Per published country cell: its true count (`None`: stored `<t`, unknown).
    let mut truth: Vec<Option<u64>> = Vec::new();
    for set in sets {
        out.table_sets += 1;
        match method {
            Method::Suppress => {
                // A hidden cell no complement protects is fixed by the reporting pattern
                // itself (e.g. `Other` is 0 when every form's sex breakdown is complete
                // without it): it is withheld (not published at all) and the set protected again.
                // Withholding is safe only when the stored values of the set force the cell's
                // remainder in every breakdown to exactly 0 (`withholding_is_safe`); otherwise
                // what is published would give the withheld value away as a remainder, so the
                // whole set is hidden (`x`) instead: no remainder is then computable.
                let mut set = set;
                let mut hide_all = false;
                let Protected { mut status, relaxed, unprotected } = loop {
                    let p = protect(&set, rules, threshold, margin)?;
                    if p.unprotected.is_empty() || set.cells.len() <= p.unprotected.len() {
                        break p;
                    }
                    hide_all |= !withholding_is_safe(&set, &p.unprotected);
                    out.withheld += p.unprotected.len();
                    let keep: Vec<(ObsKey, Shown)> = set
                        .cells
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| !p.unprotected.contains(i))
                        .map(|(_, c)| c.clone())
                        .collect();
                    set = build(set.entity.clone(), set.indicator.clone(), set.year, keep, rules, Strictness::Rules)?;
                };
                if hide_all {
                    for s in status.iter_mut().take(set.cells.len()) {
                        if *s == CellStatus::Published {
                            *s = CellStatus::Secondary;
                        }
                    }
                }
                let mut hidden_count = 0;
                let mut secondary_count = 0;
                for (i, (k, v)) in set.cells.iter().enumerate() {
                    let value = match v {
                        Shown::Count(n) => *n,
                        _ => 0,
                    };
                    match status.get(i) {
                        Some(CellStatus::Primary) => {
                            out.primary += 1;
                            hidden_count += value;
                        }
                        Some(CellStatus::Secondary) => {
                            out.secondary += 1;
                            hidden_count += value;
                            secondary_count += value;
                        }
                        _ => {}
                    }
                    let shown = if status.get(i) == Some(&CellStatus::Published) { *v } else { Shown::Hidden };
                    out.cells.push((k.clone(), shown));
                }
                truth.extend(set.cells.iter().map(|(_, v)| if let Shown::Count(n) = v { Some(*n) } else { None }));
                out.hidden_count += hidden_count;
                out.secondary_count += secondary_count;
                out.unprotected += unprotected.len();
                out.relaxed_sets += usize::from(relaxed);
            }
            Method::Rr3 => {
                let r = crate::sdc::rr3(&set.tables.without_constraints(), set_seed(secret, seed, &set));
                out.rounded_changed += r.cells_changed;
                out.rounded_violations += set
                    .tables
                    .constraints()
                    .iter()
                    .filter(|c| c.parts.iter().all(|&p| matches!(set.cells.get(p), Some((_, Shown::Count(_))))))
                    .filter(|c| c.parts.iter().map(|&p| r.values[p]).sum::<u64>() != r.values[c.total])
                    .count();
                for (i, (k, v)) in set.cells.into_iter().enumerate() {
                    let shown = match v {
                        Shown::Count(_) => Shown::Count(r.values[i]),
                        _ => {
                            out.primary += 1;
                            Shown::Hidden
                        }
                    };
                    truth.push(if let Shown::Count(n) = v { Some(n) } else { None });
                    out.cells.push((k, shown));
                }
            }
        }
    }
    if regions {
        regional_sums(&mut out, &truth, method, threshold);
    }
    Ok(out)
}

/// The rr3 seed of one table set: HMAC-SHA256 keyed on the database's `secret` over the run's
/// `seed` and the set's identity (entity, indicator, year), never its position among the sets;
/// its first 8 bytes. A cell is then rounded the same in every run with the same secret and
/// seed, whichever countries the run covers (`--country`): runs over different selections
/// published together cannot be combined to narrow it. The secret is what a reader lacks: with
/// the seed and identity alone (both public) the rounding could be rerun on each candidate count
/// to keep those that reproduce the published value (issue #8). Each part is length-prefixed;
/// stable across platforms and versions, as a published rounding must be.
fn set_seed(secret: &[u8; 32], seed: u64, set: &GlotipSet) -> u64 {
    use sha2::{Digest, Sha256};
    let mut msg = Vec::new();
    for part in [&seed.to_le_bytes()[..], set.entity.as_bytes(), set.indicator.as_bytes(), &set.year.to_le_bytes()[..]] {
        msg.extend_from_slice(&(part.len() as u64).to_le_bytes());
        msg.extend_from_slice(part);
    }
    // HMAC (RFC 2104) over SHA-256, block size 64: the key (32 bytes) padded with zeros.
    let pad = |x: u8| {
        let mut k = [x; 64];
        for (k, s) in k.iter_mut().zip(secret) {
            *k ^= s;
        }
        k
    };
    let inner = Sha256::new().chain_update(pad(0x36)).chain_update(&msg).finalize();
    let mac = Sha256::new().chain_update(pad(0x5c)).chain_update(inner).finalize();
    let mut first = [0u8; 8];
    first.copy_from_slice(&mac[..8]);
    u64::from_le_bytes(first)
}

/// Whether the cells `withheld` of `set` can be left out of the publication without their
/// values being readable off the rest: in every constraint of `set` that has one of them (as a
/// part or as the total), every other cell must be a stored count (not `<t`, not a remainder)
/// and the constraint must hold exactly with the withheld cells taken as 0, the value the
/// reporting pattern assumes. Then whatever a reader derives for a withheld cell from the other
/// cells of such a constraint (shown or not) is 0, which the rules say anyway; otherwise (a
/// nonzero or unknown remainder, e.g. total 22 = female 12 + male 8 + stored `<5` other) the
/// remainder of the published cells would be the withheld value, and the caller hides the set.
fn withholding_is_safe(set: &GlotipSet, withheld: &[usize]) -> bool {
    let value = |i: usize| -> Option<i128> {
        if withheld.contains(&i) {
            return Some(0);
        }
        match set.cells.get(i) {
            Some((_, Shown::Count(n))) => Some(i128::from(*n)),
            _ => None,
        }
    };
    set.tables.constraints().iter().filter(|c| withheld.contains(&c.total) || c.parts.iter().any(|p| withheld.contains(p))).all(
        |c| {
            let parts: Option<i128> = c.parts.iter().map(|&p| value(p)).sum();
            matches!((value(c.total), parts), (Some(t), Some(s)) if t == s)
        },
    )
}

/// Country cells of `out` that roll up into regions, grouped by indicator x year.
fn rollup_groups(out: &Publication) -> BTreeMap<(String, i32), Vec<usize>> {
    let mut groups: BTreeMap<(String, i32), Vec<usize>> = BTreeMap::new();
    let mut rolls: HashMap<&str, bool> = HashMap::new();
    for (i, (k, _)) in out.cells.iter().enumerate() {
        if *rolls.entry(k.entity.as_str()).or_insert_with(|| crate::regions::areas_of(&k.entity).is_some()) {
            groups.entry((k.indicator.clone(), k.year)).or_default().push(i);
        }
    }
    groups
}

/// Regional sums of the published country cells, per indicator x year: every M49 region and
/// subregion, every key one of its countries reports. A regional cell is shown when every
/// member country cell is shown, as the sum of what is shown (so under suppression the exact
/// sum, under rr3 the sum of the rounded cells: additive, a multiple of 3); it is hidden when
/// a member is hidden.
///
/// Under suppression this needs no complement and no linear program, and it is safe against the
/// attacker's LP over everything published together: a shown regional cell adds a constraint
/// among shown values only; a hidden one is a new unknown equal to the sum of its members,
/// linked only to other regional unknowns (`region = sum(subregions)` then follows from the
/// member sums), so eliminating the regional unknowns leaves exactly the country sets' own
/// constraints, under which every hidden country cell is already at least `margin` wide. A
/// hidden regional cell has at least one hidden member and the country sets are independent,
/// so its interval is at least as wide as that member's. (docs/privacy.md gives the proof; the
/// property tests check it against the full audit.)
fn regional_sums(out: &mut Publication, truth: &[Option<u64>], method: Method, threshold: u64) {
    let mut regional = Vec::new();
    for idx in rollup_groups(out).into_values() {
        out.hierarchy.groups += 1;
        let view: Vec<(ObsKey, Shown)> = idx.iter().map(|&i| out.cells[i].clone()).collect();
        for (k, m) in crate::regions::regional_members(&view) {
            let shown: Option<u64> = m.iter().map(|&j| if let Shown::Count(n) = view[j].1 { Some(n) } else { None }).sum();
            let exact: Option<u64> = m.iter().map(|&j| truth[idx[j]]).sum();
            out.hierarchy.regional_cells += 1;
            let h = &mut out.hierarchy;
            match (shown, exact) {
                (Some(r), exact) => {
                    if let (Method::Rr3, Some(e)) = (method, exact) {
                        h.rr3_max_deviation = h.rr3_max_deviation.max(r.abs_diff(e));
                        h.rr3_deviation_sum += r.abs_diff(e);
                        h.rr3_compared += 1;
                    }
                    regional.push((k, Shown::Count(r)));
                }
                (None, None) => {
                    h.regional_unknown += 1;
                    regional.push((k, Shown::Hidden));
                }
                (None, Some(e)) => {
                    if e > 0 && e < threshold {
                        h.regional_primary += 1;
                    } else {
                        h.regional_secondary += 1;
                    }
                    h.regional_hidden_count += e;
                    regional.push((k, Shown::Hidden));
                }
            }
        }
    }
    out.regional = regional;
}

/// Columns of a published table (the GLOTIP long format).
pub const COLUMNS: [&str; 8] = ["Iso3_code", "Indicator", "Dimension", "Category", "Sex", "Age", "Year", "txtVALUE"];

/// The fields of a key in the order of [`COLUMNS`] (entity, indicator, dimension, category,
/// sex, age, year).
pub fn key_fields(k: &ObsKey) -> [String; 7] {
    [
        k.entity.clone(),
        k.indicator.clone(),
        k.dimension.clone(),
        k.category.clone(),
        k.sex.clone(),
        k.age.clone(),
        k.year.to_string(),
    ]
}

fn row(k: &ObsKey, v: Shown) -> [String; 8] {
    let [e, i, d, c, s, a, y] = key_fields(k);
    [e, i, d, c, s, a, y, v.text()]
}

/// Writes a publication as CSV in the GLOTIP long format (`x` for hidden cells).
pub fn write_csv(cells: &[(ObsKey, Shown)], path: &std::path::Path) -> Result<(), String> {
    let mut w = csv::Writer::from_path(path).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    w.write_record(COLUMNS).map_err(|e| e.to_string())?;
    for (k, v) in cells {
        w.write_record(row(k, *v)).map_err(|e| e.to_string())?;
    }
    w.flush().map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The same table as an .xlsx workbook (one sheet; counts as numbers, `x` and `<5` as text).
pub fn write_xlsx(cells: &[(ObsKey, Shown)], path: &std::path::Path) -> Result<(), String> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    let e = |e: rust_xlsxwriter::XlsxError| e.to_string();
    for (c, name) in COLUMNS.iter().enumerate() {
        ws.write_string(0, c as u16, *name).map_err(e)?;
    }
    for (i, (k, v)) in cells.iter().enumerate() {
        let r = u32::try_from(i + 1).map_err(|_| "too many rows for a worksheet".to_string())?;
        let fields = row(k, *v);
        for (c, f) in fields.iter().enumerate().take(7) {
            ws.write_string(r, c as u16, f).map_err(e)?;
        }
        match v {
            Shown::Count(n) => ws.write_number(r, 7, *n as f64).map_err(e)?,
            _ => ws.write_string(r, 7, v.text()).map_err(e)?,
        };
    }
    wb.save(path).map_err(|err| format!("cannot write {}: {err}", path.display()))
}

/// Reads a published table in the GLOTIP long format (CSV; `Iso3_code` or else `Country`
/// names the entity; values `12`, `1,282`, `<5`, `x`, empty = not reported).
pub fn read_csv(path: &std::path::Path) -> Result<Vec<(ObsKey, Shown)>, String> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {name}: {e}"))?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let header: Vec<String> = rdr.headers().map_err(|e| format!("{name}: {e}"))?.iter().map(|h| h.trim().to_string()).collect();
    let col = |c: &str| header.iter().position(|h| h == c);
    let need = |c: &str| col(c).ok_or_else(|| format!("{name}: no column {c}"));
    let (ind, dim, cat, sex, age, year, val) =
        (need("Indicator")?, need("Dimension")?, need("Category")?, need("Sex")?, need("Age")?, need("Year")?, need("txtVALUE")?);
    let (iso, country) = (col("Iso3_code"), col("Country"));
    if iso.is_none() && country.is_none() {
        return Err(format!("{name}: no column Iso3_code or Country"));
    }
    let mut out = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(|e| format!("{name}: {e}"))?;
        let line = i + 2;
        let get = |c: usize| rec.get(c).unwrap_or("").trim().to_string();
        let shown = Shown::parse(&get(val)).map_err(|e| format!("{name} line {line}: txtVALUE: {e}"))?;
        let Some(shown) = shown else { continue };
        let mut entity = iso.map(get).unwrap_or_default();
        if entity.is_empty() {
            entity = country.map(get).unwrap_or_default();
        }
        let y = get(year);
        let y = y.strip_suffix(".0").unwrap_or(&y);
        let year: i32 = y.parse().map_err(|_| format!("{name} line {line}: Year '{y}' is not a year"))?;
        out.push((
            ObsKey { entity, indicator: get(ind), dimension: get(dim), category: get(cat), sex: get(sex), age: get(age), year },
            shown,
        ));
    }
    Ok(out)
}

/// What [`protect`] decided for one table set.
struct Protected {
    /// Status of each reported cell.
    status: Vec<CellStatus>,
    /// Protected under a weaker reading (the stored figures are not additive).
    relaxed: bool,
    /// Hidden cells no complement protects.
    unprotected: Vec<CellId>,
}

/// Suppression of one table set against the constraints a reader derives from the output
/// itself: the structure (which breakdowns are equalities) depends on what is shown, so it is
/// rebuilt from the current output and suppression re-run until the hidden cells are stable.
fn protect(set: &GlotipSet, rules: &RuleSet, threshold: u64, margin: u64) -> Result<Protected, SdcError> {
    let n = set.cells.len();
    let truth: Vec<u64> = set.cells.iter().map(|(_, v)| if let Shown::Count(c) = v { *c } else { 0 }).collect();
    let mut status: Vec<CellStatus> = set
        .cells
        .iter()
        .map(|(_, v)| match v {
            Shown::Count(c) if *c > 0 && *c < threshold => CellStatus::Primary,
            Shown::Count(_) => CellStatus::Published,
            _ => CellStatus::Primary,
        })
        .collect();
    let mut relaxed_any = false;
    let mut unprotected = Vec::new();
    for _round in 0..8 {
        let view: Vec<(ObsKey, Shown)> = set
            .cells
            .iter()
            .zip(&status)
            .map(|((k, v), s)| (k.clone(), if *s == CellStatus::Published { *v } else { Shown::Hidden }))
            .collect();
        let mut relaxed = false;
        let attempt = |strictness: Strictness| -> Result<crate::sdc::Suppression, SdcError> {
            let mut structure = build(set.entity.clone(), set.indicator.clone(), set.year, view.clone(), rules, strictness)?;
            for (i, &v) in truth.iter().enumerate() {
                structure.tables.set_value(i, v)?;
            }
            let preset: Vec<Option<CellStatus>> = (0..structure.tables.len())
                .map(|i| Some(status.get(i).copied().unwrap_or(CellStatus::Slack)))
                .map(|s| match s {
                    Some(CellStatus::Published) => None,
                    other => other,
                })
                .collect();
            // Published cells below the threshold are primary anyway (None -> by value).
            crate::sdc::suppress_preset(&structure.tables, threshold, margin, &preset)
        };
        let mut strictness = Strictness::Rules;
        let s = loop {
            match attempt(strictness) {
                Err(SdcError::Infeasible { .. }) => match strictness.weaker() {
                    Some(w) => {
                        relaxed = true;
                        strictness = w;
                    }
                    None => return Err(SdcError::Infeasible { key: format!("{} {} {}", set.entity, set.indicator, set.year) }),
                },
                other => break other?,
            }
        };
        relaxed_any = relaxed;
        unprotected = s.unprotected.iter().copied().filter(|&c| c < n).collect();
        let next: Vec<CellStatus> = s.status[..n].to_vec();
        if next == status {
            break;
        }
        status = next;
    }
    Ok(Protected { status, relaxed: relaxed_any, unprotected })
}
