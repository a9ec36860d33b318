//! Validation rules: declared in a data file (`data/rules-v1.json`), evaluated here over cells
//! (key and value). Suppressed cells are bounds, never zeros, so `<5` raises no false alarm.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::OnceLock;

use serde::Deserialize;

use crate::{CellValue, Finding, ObsKey, Severity};

const RULES_V1: &str = include_str!("../data/rules-v1.json");

/// A key field a breakdown may split: `dimension`, `category`, `sex` or `age`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Dimension,
    Category,
    Sex,
    Age,
}

impl Field {
    fn get(self, k: &ObsKey) -> &str {
        match self {
            Field::Dimension => &k.dimension,
            Field::Category => &k.category,
            Field::Sex => &k.sex,
            Field::Age => &k.age,
        }
    }

    fn set(self, k: &mut ObsKey, v: &str) {
        let slot = match self {
            Field::Dimension => &mut k.dimension,
            Field::Category => &mut k.category,
            Field::Sex => &mut k.sex,
            Field::Age => &mut k.age,
        };
        *slot = v.to_string();
    }
}

/// A part of a breakdown: the fields it overrides in the total's key (`*` = any category).
pub type Selector = BTreeMap<Field, String>;

#[derive(Debug, Clone, Deserialize)]
pub struct Breakdown {
    pub name: String,
    pub over: Vec<Field>,
    pub parts: Vec<Selector>,
    /// The parts that must all be reported for the breakdown to be complete.
    pub complete_when: Vec<Selector>,
    /// Categories that are never parts (the unnamed category: see rule `unnamed_category`).
    #[serde(default)]
    pub exclude_categories: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RuleKind {
    /// The lowest possible sum of the reported parts is above the total's highest value.
    PartsExceedTotal { breakdown: String },
    /// Every part named in `complete_when` is reported, yet the parts' highest possible sum
    /// is below the total's lowest value.
    CompleteBreakdownSumsToTotal { breakdown: String },
    /// Counts are non-negative whole numbers (the type ensures it); a suppression marker
    /// uses one of the published bounds.
    ValueDomain { suppression_bounds: Vec<u32> },
    /// DHIS2 z-score: |x - mean| / sd over the cell's years.
    OutlierZscore { dimensions: Vec<String>, threshold: f64, min_points: usize, min_abs_deviation: f64 },
    /// DHIS2 modified z-score: 0.6745 |x - median| / MAD.
    OutlierModifiedZscore { dimensions: Vec<String>, threshold: f64, min_points: usize, min_abs_deviation: f64 },
    /// An indicator a country reported last year has no reported cell this year.
    MissingSinceLastYear,
    /// A reported cell of a breakdown whose category is empty: it cannot be placed.
    UnnamedCategory { dimensions: Vec<String> },
}

#[derive(Debug, Clone, Deserialize)]
pub struct Rule {
    pub id: String,
    pub severity: Severity,
    #[serde(flatten)]
    pub kind: RuleKind,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RuleSet {
    pub version: String,
    #[serde(default)]
    pub about: String,
    pub breakdowns: Vec<Breakdown>,
    pub rules: Vec<Rule>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RulesError {
    #[error("rules file is not valid: {0}")]
    Syntax(String),
    #[error("rule '{rule}' names breakdown '{breakdown}', which the file does not declare")]
    UnknownBreakdown { rule: String, breakdown: String },
    #[error("breakdown '{breakdown}': part {part} overrides '{field:?}', which the breakdown is not over and is not 'Total' in every total")]
    PartOutsideBreakdown { breakdown: String, part: usize, field: Field },
    #[error("rule id '{0}' is declared twice")]
    DuplicateId(String),
}

impl RuleSet {
    /// The bundled rules for instrument v1.
    pub fn v1() -> &'static RuleSet {
        static V1: OnceLock<RuleSet> = OnceLock::new();
        V1.get_or_init(|| RuleSet::parse(RULES_V1).expect("the bundled rules file is valid (tested)"))
    }

    pub fn parse(text: &str) -> Result<RuleSet, RulesError> {
        let set: RuleSet = serde_json::from_str(text).map_err(|e| RulesError::Syntax(e.to_string()))?;
        let mut ids = BTreeSet::new();
        for r in &set.rules {
            if !ids.insert(r.id.clone()) {
                return Err(RulesError::DuplicateId(r.id.clone()));
            }
            if let RuleKind::PartsExceedTotal { breakdown } | RuleKind::CompleteBreakdownSumsToTotal { breakdown } = &r.kind {
                if set.breakdown(breakdown).is_none() {
                    return Err(RulesError::UnknownBreakdown { rule: r.id.clone(), breakdown: breakdown.clone() });
                }
            }
        }
        for b in &set.breakdowns {
            for (i, p) in b.parts.iter().enumerate() {
                // A part must override every field the breakdown is over (or it is the total).
                if let Some(f) = b.over.iter().find(|f| !p.contains_key(f)) {
                    return Err(RulesError::PartOutsideBreakdown { breakdown: b.name.clone(), part: i + 1, field: *f });
                }
            }
        }
        Ok(set)
    }

    pub fn breakdown(&self, name: &str) -> Option<&Breakdown> {
        self.breakdowns.iter().find(|b| b.name == name)
    }
}

/// What the rules look at beyond the cells themselves.
#[derive(Debug, Clone, Default)]
pub struct ValidationConfig {
    /// The latest year of the collection: an indicator is "missing this year" only up to it.
    /// `None`: the latest year among the cells.
    pub last_year: Option<i32>,
}

/// Runs every rule over the cells; findings sorted by rule order, entity, year, cells.
pub fn validate(rules: &RuleSet, cells: &[(ObsKey, CellValue)], config: &ValidationConfig) -> Vec<Finding> {
    let idx = Index::new(cells);
    let mut out = Vec::new();
    for rule in &rules.rules {
        let mut found = match &rule.kind {
            RuleKind::PartsExceedTotal { breakdown } => match rules.breakdown(breakdown) {
                Some(b) => parts_vs_total(rule, b, &idx, false),
                None => Vec::new(),
            },
            RuleKind::CompleteBreakdownSumsToTotal { breakdown } => match rules.breakdown(breakdown) {
                Some(b) => parts_vs_total(rule, b, &idx, true),
                None => Vec::new(),
            },
            RuleKind::ValueDomain { suppression_bounds } => value_domain(rule, suppression_bounds, cells),
            RuleKind::OutlierZscore { dimensions, threshold, min_points, min_abs_deviation } => {
                outliers(rule, cells, dimensions, *min_points, &|xs: &[f64], x: f64| {
                    let n = xs.len() as f64;
                    let mean = xs.iter().sum::<f64>() / n;
                    let sd = (xs.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n).sqrt();
                    if sd == 0.0 || (x - mean).abs() < *min_abs_deviation {
                        return None;
                    }
                    let z = (x - mean) / sd;
                    (z.abs() > *threshold).then(|| format!("z-score {z:.2} (mean {mean:.1}, sd {sd:.1}; threshold {threshold})"))
                })
            }
            RuleKind::OutlierModifiedZscore { dimensions, threshold, min_points, min_abs_deviation } => {
                outliers(rule, cells, dimensions, *min_points, &|xs: &[f64], x: f64| {
                    let med = median(xs.to_vec());
                    let mad = median(xs.iter().map(|v| (v - med).abs()).collect());
                    if mad == 0.0 || (x - med).abs() < *min_abs_deviation {
                        return None;
                    }
                    let mz = 0.6745 * (x - med) / mad;
                    (mz.abs() > *threshold)
                        .then(|| format!("modified z-score {mz:.2} (median {med}, MAD {mad}; threshold {threshold})"))
                })
            }
            RuleKind::MissingSinceLastYear => missing_since_last_year(rule, cells, config),
            RuleKind::UnnamedCategory { dimensions } => cells
                .iter()
                .filter(|(k, v)| *v != CellValue::Missing && k.category.trim().is_empty() && dimensions.contains(&k.dimension))
                .map(|(k, v)| Finding {
                    rule: rule.id.clone(),
                    severity: rule.severity,
                    entity: k.entity.clone(),
                    year: Some(k.year),
                    cells: vec![cell_text(k, *v)],
                    message: format!(
                        "{} {} {} {}: {} reported {} without naming the category; it is left out of the breakdown checks",
                        k.entity, k.indicator, k.dimension, k.year, k.entity, v
                    ),
                })
                .collect(),
        };
        found.sort_by(|a, b| (&a.entity, a.year, &a.cells).cmp(&(&b.entity, b.year, &b.cells)));
        out.extend(found);
    }
    out
}

/// Reported cells (missing ones dropped), and the categories reported per dimension.
struct Index<'a> {
    cells: HashMap<&'a ObsKey, CellValue>,
    /// (key with category blanked) -> reported cells of that dimension.
    by_dimension: HashMap<ObsKey, Vec<(&'a ObsKey, CellValue)>>,
}

impl<'a> Index<'a> {
    fn new(cells: &'a [(ObsKey, CellValue)]) -> Index<'a> {
        let mut idx = Index { cells: HashMap::new(), by_dimension: HashMap::new() };
        for (k, v) in cells {
            if *v == CellValue::Missing {
                continue;
            }
            idx.cells.insert(k, *v);
            if k.category != "Total" {
                let mut g = k.clone();
                g.category.clear();
                idx.by_dimension.entry(g).or_default().push((k, *v));
            }
        }
        idx
    }

    /// The reported cells a part of `total` names.
    fn part(&self, total: &ObsKey, part: &Selector) -> Vec<(ObsKey, CellValue)> {
        let mut k = total.clone();
        let mut any_category = false;
        for (f, v) in part {
            if *f == Field::Category && v == "*" {
                any_category = true;
            } else {
                f.set(&mut k, v);
            }
        }
        if any_category {
            k.category.clear();
            let mut found: Vec<(ObsKey, CellValue)> =
                self.by_dimension.get(&k).map(|v| v.iter().map(|(k, v)| ((*k).clone(), *v)).collect()).unwrap_or_default();
            found.sort_by(|a, b| a.0.cmp(&b.0));
            found
        } else {
            self.cells.get(&k).map(|v| vec![(k, *v)]).unwrap_or_default()
        }
    }
}

fn cell_text(k: &ObsKey, v: CellValue) -> String {
    format!("{k}={v}")
}

fn bounds(v: CellValue) -> (u64, u64) {
    (v.low().unwrap_or(0), v.high().unwrap_or(0))
}

fn show_bounds(lo: u64, hi: u64) -> String {
    if lo == hi {
        lo.to_string()
    } else {
        format!("{lo}..{hi}")
    }
}

fn describe(k: &ObsKey) -> String {
    format!("{} {} {} / {} / {} / {}", k.entity, k.indicator, k.dimension, k.category, k.sex, k.age)
}

fn parts_vs_total(rule: &Rule, b: &Breakdown, idx: &Index<'_>, complete_rule: bool) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut totals: Vec<(&&ObsKey, &CellValue)> =
        idx.cells.iter().filter(|(k, _)| b.over.iter().all(|f| f.get(k) == "Total")).collect();
    totals.sort_by(|a, b| a.0.cmp(b.0));
    for (total, tv) in totals {
        let mut parts: Vec<(ObsKey, CellValue)> = Vec::new();
        let mut reported: Vec<&Selector> = Vec::new();
        for p in &b.parts {
            // A part may only split fields that are 'Total' in this total.
            if p.keys().any(|f| f.get(total) != "Total") {
                continue;
            }
            let mut found = idx.part(total, p);
            found.retain(|(k, _)| !b.exclude_categories.contains(&k.category));
            if !found.is_empty() {
                reported.push(p);
            }
            parts.extend(found);
        }
        if parts.is_empty() {
            continue;
        }
        let (tlo, thi) = bounds(*tv);
        let plo: u64 = parts.iter().map(|(_, v)| bounds(*v).0).sum();
        let phi: u64 = parts.iter().map(|(_, v)| bounds(*v).1).sum();
        let suppressed_note = if parts.iter().any(|(_, v)| matches!(v, CellValue::Below(_))) || matches!(tv, CellValue::Below(_))
        {
            " (suppressed cells counted as their bounds)"
        } else {
            ""
        };
        let finding = if !complete_rule && plo > thi {
            Some(format!(
                "{} {}: the {} breakdown sums to {} but the total is {}{}",
                describe(total),
                total.year,
                b.name,
                show_bounds(plo, phi),
                show_bounds(tlo, thi),
                suppressed_note
            ))
        } else if complete_rule
            && !b.complete_when.is_empty()
            && b.complete_when.iter().all(|c| reported.contains(&c))
            && plo <= thi
            && phi < tlo
        {
            Some(format!(
                "{} {}: the {} breakdown is complete but sums to {}, short of the total {}{}",
                describe(total),
                total.year,
                b.name,
                show_bounds(plo, phi),
                show_bounds(tlo, thi),
                suppressed_note
            ))
        } else {
            None
        };
        if let Some(message) = finding {
            let mut cells = vec![cell_text(total, *tv)];
            cells.extend(parts.iter().map(|(k, v)| cell_text(k, *v)));
            out.push(Finding {
                rule: rule.id.clone(),
                severity: rule.severity,
                entity: total.entity.clone(),
                year: Some(total.year),
                cells,
                message,
            });
        }
    }
    out
}

fn value_domain(rule: &Rule, allowed: &[u32], cells: &[(ObsKey, CellValue)]) -> Vec<Finding> {
    cells
        .iter()
        .filter_map(|(k, v)| match v {
            CellValue::Below(b) if !allowed.contains(b) => Some(Finding {
                rule: rule.id.clone(),
                severity: rule.severity,
                entity: k.entity.clone(),
                year: Some(k.year),
                cells: vec![cell_text(k, *v)],
                message: format!(
                    "{} {}: suppression marker <{b} is not one the collection uses (<{})",
                    describe(k),
                    k.year,
                    allowed.iter().map(u32::to_string).collect::<Vec<_>>().join(", <")
                ),
            }),
            _ => None,
        })
        .collect()
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.total_cmp(b));
    let n = xs.len();
    if n == 0 {
        return 0.0;
    }
    if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    }
}

type Score<'a> = &'a dyn Fn(&[f64], f64) -> Option<String>;

fn outliers(
    rule: &Rule,
    cells: &[(ObsKey, CellValue)],
    dimensions: &[String],
    min_points: usize,
    score: Score<'_>,
) -> Vec<Finding> {
    // Series: every key part but the year; exact counts only (a `<5` is no basis for a score).
    let mut series: BTreeMap<ObsKey, Vec<(i32, u64)>> = BTreeMap::new();
    for (k, v) in cells {
        if let CellValue::Count(n) = v {
            if dimensions.is_empty() || dimensions.contains(&k.dimension) {
                let mut s = k.clone();
                s.year = 0;
                series.entry(s).or_default().push((k.year, *n));
            }
        }
    }
    let mut out = Vec::new();
    for (s, points) in series {
        if points.len() < min_points {
            continue;
        }
        let xs: Vec<f64> = points.iter().map(|(_, n)| *n as f64).collect();
        for (year, n) in &points {
            if let Some(why) = score(&xs, *n as f64) {
                let mut k = s.clone();
                k.year = *year;
                let others: Vec<String> = points.iter().map(|(y, n)| format!("{y}:{n}")).collect();
                out.push(Finding {
                    rule: rule.id.clone(),
                    severity: rule.severity,
                    entity: k.entity.clone(),
                    year: Some(*year),
                    cells: vec![cell_text(&k, CellValue::Count(*n))],
                    message: format!("{} {year}: {n} is an outlier in its series ({}): {why}", describe(&k), others.join(", ")),
                });
            }
        }
    }
    out
}

fn missing_since_last_year(rule: &Rule, cells: &[(ObsKey, CellValue)], config: &ValidationConfig) -> Vec<Finding> {
    let mut years: BTreeMap<(&str, &str), BTreeSet<i32>> = BTreeMap::new();
    let mut last = i32::MIN;
    for (k, v) in cells {
        if *v != CellValue::Missing {
            years.entry((&k.entity, &k.indicator)).or_default().insert(k.year);
            last = last.max(k.year);
        }
    }
    let last = config.last_year.unwrap_or(last);
    let mut out = Vec::new();
    for ((entity, indicator), ys) in years {
        for y in &ys {
            let next = y + 1;
            if next <= last && !ys.contains(&next) {
                out.push(Finding {
                    rule: rule.id.clone(),
                    severity: rule.severity,
                    entity: entity.to_string(),
                    year: Some(next),
                    cells: vec![format!("{entity}|{indicator}|*|*|*|*|{next}")],
                    message: format!("{entity} reported '{indicator}' for {y} but nothing for {next}"),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const V: &str = "Detected trafficking victims";

    fn k(dim: &str, cat: &str, sex: &str, age: &str, year: i32) -> ObsKey {
        ObsKey {
            entity: "ARE".into(),
            indicator: V.into(),
            dimension: dim.into(),
            category: cat.into(),
            sex: sex.into(),
            age: age.into(),
            year,
        }
    }

    fn c(sex: &str, age: &str, v: &str) -> (ObsKey, CellValue) {
        (k("Total", "Total", sex, age, 2018), CellValue::parse(v).expect("test value"))
    }

    fn run(cells: &[(ObsKey, CellValue)]) -> Vec<Finding> {
        validate(RuleSet::v1(), cells, &ValidationConfig::default())
    }

    fn rules_of(f: &[Finding]) -> Vec<&str> {
        f.iter().map(|f| f.rule.as_str()).collect()
    }

    #[test]
    fn the_bundled_rules_load_and_name_declared_breakdowns() {
        let r = RuleSet::v1();
        assert_eq!(r.breakdowns.len(), 4);
        assert_eq!(r.rules.len(), 12);
    }

    #[test]
    fn a_rule_naming_an_undeclared_breakdown_is_rejected() {
        let text = r#"{"version":"x","breakdowns":[],"rules":[{"id":"a","kind":"parts_exceed_total","severity":"error","breakdown":"nope"}]}"#;
        assert!(matches!(RuleSet::parse(text), Err(RulesError::UnknownBreakdown { .. })));
    }

    #[test]
    fn sex_parts_above_the_total_are_an_error() {
        let f = run(&[c("Total", "Total", "30"), c("Female", "Total", "20"), c("Male", "Total", "15")]);
        assert_eq!(rules_of(&f), ["sex_parts_exceed_total"]);
        assert!(f[0].message.contains("sums to 35 but the total is 30"), "{}", f[0].message);
        assert_eq!(f[0].cells.len(), 3);
    }

    #[test]
    fn suppressed_cells_are_bounds_so_small_parts_raise_no_alarm() {
        // <5 + <5 could be 0 + 0 or up to 8: never above a total of 3 for sure... and at most 8.
        assert!(run(&[c("Total", "Total", "3"), c("Female", "Total", "<5"), c("Male", "Total", "<5")]).is_empty());
        assert!(run(&[c("Total", "Total", "<5"), c("Female", "Total", "<5"), c("Male", "Total", "<5")]).is_empty());
        // A total of <5 against an exact part of 17 is an error whatever the hidden values.
        let f = run(&[c("Total", "Total", "<5"), c("Male", "Total", "17")]);
        assert_eq!(rules_of(&f), ["sex_parts_exceed_total"]);
        assert!(f[0].message.contains("sums to 17 but the total is 0..4"), "{}", f[0].message);
    }

    #[test]
    fn a_complete_breakdown_short_of_the_total_is_a_warning_and_an_incomplete_one_is_not() {
        let f = run(&[c("Total", "Total", "30"), c("Female", "Total", "10"), c("Male", "Total", "<5")]);
        assert_eq!(rules_of(&f), ["sex_breakdown_short_of_total"]);
        assert!(f[0].message.contains("sums to 10..14, short of the total 30"), "{}", f[0].message);
        assert!(run(&[c("Total", "Total", "30"), c("Female", "Total", "10")]).is_empty());
        // Within what suppression allows: 26 + <5 may be 30.
        assert!(run(&[c("Total", "Total", "30"), c("Female", "Total", "26"), c("Male", "Total", "<5")]).is_empty());
    }

    #[test]
    fn the_unknown_sex_and_age_cell_is_a_part_of_the_all_ages_total_only() {
        let f =
            run(&[c("Total", "Total", "10"), c("Female", "Total", "5"), c("Male", "Total", "3"), c("Unknown", "Unknown", "2")]);
        assert!(f.is_empty(), "{f:?}");
        let f =
            run(&[c("Total", "Total", "10"), c("Female", "Total", "5"), c("Male", "Total", "3"), c("Unknown", "Unknown", "3")]);
        assert_eq!(rules_of(&f), ["sex_parts_exceed_total"]);
        // At 0-17 years the unknown-age cell is no part of the total.
        let f = run(&[
            c("Total", "0 to 17 years", "4"),
            c("Female", "0 to 17 years", "2"),
            c("Male", "0 to 17 years", "2"),
            c("Unknown", "Unknown", "9"),
        ]);
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn age_parts_are_checked_within_each_sex() {
        let f = run(&[c("Female", "Total", "10"), c("Female", "0 to 17 years", "8"), c("Female", "18 years or over", "7")]);
        assert_eq!(rules_of(&f), ["age_parts_exceed_total"]);
    }

    #[test]
    fn form_and_citizenship_parts_are_checked_against_the_total() {
        let form =
            |cat: &str, v: &str| (k("by form of exploitation", cat, "Total", "Total", 2018), CellValue::parse(v).expect("v"));
        let cit = |cat: &str, v: &str| (k("by citizenship", cat, "Total", "Total", 2018), CellValue::parse(v).expect("v"));
        let f = run(&[c("Total", "Total", "20"), form("Sexual exploitation", "15"), form("Forced labour", "9")]);
        assert_eq!(rules_of(&f), ["form_parts_exceed_total"]);
        let f = run(&[
            c("Total", "Total", "20"),
            form("Sexual exploitation", "10"),
            form("Forced labour", "3"),
            form("Other forms of exploitation", "<5"),
        ]);
        assert_eq!(rules_of(&f), ["form_breakdown_short_of_total"]);
        let f = run(&[c("Total", "Total", "20"), cit("Nationals", "15"), cit("Nigeria", "6"), cit("Romania", "<5")]);
        assert_eq!(rules_of(&f), ["citizenship_parts_exceed_total"]);
        assert_eq!(f[0].cells.len(), 4);
        // Citizenship lists are open: a short one is no finding.
        assert!(run(&[c("Total", "Total", "20"), cit("Nationals", "5")]).is_empty());
    }

    #[test]
    fn an_unnamed_citizenship_is_flagged_and_left_out_of_the_sum() {
        let cit = |cat: &str, v: &str| (k("by citizenship", cat, "Total", "Total", 2018), CellValue::parse(v).expect("v"));
        let f = run(&[c("Total", "Total", "51"), cit("", "51"), cit("India", "20")]);
        assert_eq!(rules_of(&f), ["unnamed_category"]);
    }

    #[test]
    fn an_unusual_suppression_marker_is_flagged() {
        let f = run(&[c("Total", "Total", "<3")]);
        assert_eq!(rules_of(&f), ["value_not_a_count"]);
    }

    fn series(values: &[u64]) -> Vec<(ObsKey, CellValue)> {
        values
            .iter()
            .enumerate()
            .map(|(i, n)| (k("Total", "Total", "Total", "Total", 2008 + i as i32), CellValue::Count(*n)))
            .collect()
    }

    #[test]
    fn a_jump_in_a_long_series_is_an_outlier_by_both_scores() {
        let f = run(&series(&[100, 104, 98, 101, 99, 103, 97, 102, 100, 98, 101, 900]));
        assert_eq!(rules_of(&f), ["outlier_zscore", "outlier_modified_zscore"]);
        assert_eq!(f[0].year, Some(2019));
    }

    #[test]
    fn short_or_small_series_are_not_scored() {
        // Too few points; then a jump below the minimum absolute deviation.
        assert!(run(&series(&[10, 11, 900])).is_empty());
        assert!(run(&series(&[1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 9])).is_empty());
    }

    #[test]
    fn the_modified_zscore_finds_a_jump_the_zscore_misses_in_a_short_series() {
        // With 6 points the z-score can never exceed (n-1)/sqrt(n) = 2.04.
        let f = run(&series(&[100, 104, 98, 101, 99, 400]));
        assert_eq!(rules_of(&f), ["outlier_modified_zscore"]);
    }

    #[test]
    fn an_indicator_reported_last_year_and_not_this_year_is_missing() {
        let mut cells = series(&[5, 6]); // 2008, 2009
        cells.push((k("Total", "Total", "Total", "Total", 2011), CellValue::Below(5)));
        cells.push((k("Total", "Total", "Total", "Total", 2012), CellValue::Missing));
        let f = validate(RuleSet::v1(), &cells, &ValidationConfig { last_year: Some(2012) });
        assert_eq!(rules_of(&f), ["missing_since_last_year", "missing_since_last_year"]);
        assert_eq!(f.iter().map(|f| f.year).collect::<Vec<_>>(), [Some(2010), Some(2012)]);
    }
}
