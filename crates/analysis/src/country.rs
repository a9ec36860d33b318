//! Country data over the stored observations: cross-tabs and time series of any indicator by
//! any keys, with shares (and the `n` behind each share), UN M49 regional roll-ups and coverage
//! (how many countries report each figure). Pure over per-country rows from `Store::query`.
//!
//! Suppressed cells (`<5`) stay bounds all the way: every sum carries `low` and `high`, and a
//! share is an interval. Aggregates and joint reports never roll up into regions.

use std::collections::{BTreeMap, BTreeSet};

use tipdata_model::query::sort_rows;
use tipdata_model::{Instrument, Query, QueryKey, QueryRow};
use tipdata_store::{Store, StoreError};

/// One row of a cross-tab: the sums of [`QueryRow`], the countries behind them, and the row's
/// share of its group (the rows with the same keys but the last).
#[derive(Debug, Clone, PartialEq)]
pub struct CrossRow {
    pub sum: QueryRow,
    /// Countries (or territories) with at least one reported cell in the row: the coverage.
    pub countries: u64,
    /// Bounds on the group's total, the `n` behind the share.
    pub n_low: u64,
    pub n_high: u64,
    /// Bounds on the share in percent; `None` when the group's total can be zero.
    pub share_low: Option<f64>,
    pub share_high: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CrossTab {
    pub by: Vec<QueryKey>,
    pub rows: Vec<CrossRow>,
    /// Entities named in the query that cannot roll up into a region (aggregates, joint
    /// reports): left out of rows grouped by region or subregion.
    pub left_out: Vec<String>,
}

/// The query the cross-tab needs from the store: the same filters, grouped by country and by
/// every asked key that is not a place (places come from the codelist, so that coverage can be
/// counted and aggregates kept out of regions).
pub fn per_country_query(q: &Query) -> Query {
    let mut by = vec![QueryKey::Country];
    by.extend(q.by.iter().copied().filter(|k| !matches!(k, QueryKey::Country | QueryKey::Region | QueryKey::Subregion)));
    Query { filters: q.filters.clone(), by }
}

/// Reads the per-country rows and builds the cross-tab.
pub fn load(store: &(impl Store + ?Sized), q: &Query) -> Result<CrossTab, StoreError> {
    let rows = store.query(&per_country_query(q))?;
    Ok(crosstab(q, &rows, Instrument::v1()))
}

/// A running sum of query rows and the countries behind it (flows use it too).
#[derive(Default)]
pub(crate) struct Acc {
    pub value: u64,
    pub suppressed: u64,
    pub low: u64,
    pub high: u64,
    pub cells: u64,
    pub countries: BTreeSet<String>,
}

impl Acc {
    /// Adds a row reported by `country` (a row without a reported cell adds no country).
    pub fn add(&mut self, r: &QueryRow, country: &str) {
        self.value += r.value;
        self.suppressed += r.suppressed;
        self.low += r.low;
        self.high += r.high;
        self.cells += r.cells;
        if r.cells > 0 && !self.countries.contains(country) {
            self.countries.insert(country.to_string());
        }
    }
}

/// The cross-tab of `q` from rows of [`per_country_query`]`(q)`.
pub fn crosstab(q: &Query, per_country: &[QueryRow], inst: &Instrument) -> CrossTab {
    let inner = per_country_query(q).by;
    let places = q.by.iter().any(|k| matches!(k, QueryKey::Region | QueryKey::Subregion));
    let mut acc: BTreeMap<Vec<String>, Acc> = BTreeMap::new();
    let mut left_out = BTreeSet::new();
    for r in per_country {
        let id = &r.keys[0];
        let entity = inst.entity(id);
        if places && !entity.is_some_and(|e| e.kind.rolls_up() && !e.region.is_empty()) {
            left_out.insert(id.clone());
            continue;
        }
        let keys: Vec<String> =
            q.by.iter()
                .map(|k| match k {
                    QueryKey::Country => id.clone(),
                    QueryKey::Region => entity.map(|e| e.region.clone()).unwrap_or_default(),
                    QueryKey::Subregion => entity.map(|e| e.subregion.clone()).unwrap_or_default(),
                    other => {
                        let i = inner.iter().position(|x| x == other).expect("per_country_query keeps every non-place key");
                        r.keys[i].clone()
                    }
                })
                .collect();
        acc.entry(keys).or_default().add(r, id);
    }
    let mut sums: Vec<QueryRow> = acc
        .iter()
        .map(|(k, a)| QueryRow {
            keys: k.clone(),
            value: a.value,
            suppressed: a.suppressed,
            low: a.low,
            high: a.high,
            cells: a.cells,
        })
        .collect();
    sort_rows(&q.by, &mut sums);
    // Group totals: all keys but the last (the whole table when there is at most one key).
    let group = |k: &[String]| k[..k.len().saturating_sub(1)].to_vec();
    let mut totals: BTreeMap<Vec<String>, (u64, u64)> = BTreeMap::new();
    for r in &sums {
        let t = totals.entry(group(&r.keys)).or_default();
        t.0 += r.low;
        t.1 += r.high;
    }
    let rows = sums
        .into_iter()
        .map(|sum| {
            let (n_low, n_high) = totals[&group(&sum.keys)];
            let (share_low, share_high) = share_bounds(sum.low, sum.high, n_low, n_high);
            let countries = acc[&sum.keys].countries.len() as u64;
            CrossRow { sum, countries, n_low, n_high, share_low, share_high }
        })
        .collect();
    CrossTab { by: q.by.clone(), rows, left_out: left_out.into_iter().collect() }
}

/// Bounds on `part / whole` in percent when the part lies in `low..=high` and the whole in
/// `n_low..=n_high` (the whole includes the part): the smallest share puts the part at its
/// lowest and the rest at its highest, the largest share the other way round.
pub fn share_bounds(low: u64, high: u64, n_low: u64, n_high: u64) -> (Option<f64>, Option<f64>) {
    let rest_high = n_high - high;
    let rest_low = n_low - low;
    let pct = |a: u64, b: u64| (b > 0).then(|| 100.0 * a as f64 / b as f64);
    (pct(low, low + rest_high), pct(high, high + rest_low))
}

/// A share interval as text: `12.3` when both bounds agree to one decimal, else `12.3-14.0`.
pub fn share_text(low: Option<f64>, high: Option<f64>) -> String {
    match (low, high) {
        (Some(l), Some(h)) if format!("{l:.1}") == format!("{h:.1}") => format!("{l:.1}"),
        (Some(l), Some(h)) => format!("{l:.1}-{h:.1}"),
        (None, Some(h)) => format!("0.0-{h:.1}"),
        _ => String::new(),
    }
}

impl CrossTab {
    /// Header and rows as text, for CSV and tables: the keys, the sums, `countries`, the group
    /// total bounds and the share bounds (percent, one decimal).
    pub fn table(&self) -> crate::report::Table {
        let mut header: Vec<&str> = self.by.iter().map(|k| k.as_str()).collect();
        header.extend([
            "value",
            "suppressed",
            "low",
            "high",
            "cells",
            "countries",
            "n_low",
            "n_high",
            "share_low_pct",
            "share_high_pct",
        ]);
        let mut t = crate::report::Table::new(&header);
        let f = |v: Option<f64>| v.map(|v| format!("{v:.1}")).unwrap_or_default();
        for r in &self.rows {
            let mut row = r.sum.keys.clone();
            let s = &r.sum;
            row.extend([s.value, s.suppressed, s.low, s.high, s.cells, r.countries, r.n_low, r.n_high].map(|n| n.to_string()));
            row.push(f(r.share_low));
            row.push(f(r.share_high));
            t.push(row);
        }
        t
    }
}

/// Coverage of a time series: for each year, how many countries report the figure, and how
/// many of them report every year of `years` (the constant panel, whose trend is not an effect
/// of more countries reporting), with the panel's own total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    pub year: String,
    pub countries: u64,
    pub low: u64,
    pub high: u64,
    /// Countries reporting in every year of the series.
    pub panel_countries: u64,
    pub panel_low: u64,
    pub panel_high: u64,
}

/// Coverage per year from rows of a query grouped by country and year (in that order).
pub fn coverage(per_country_year: &[QueryRow]) -> Vec<Coverage> {
    let mut years: BTreeMap<i64, BTreeMap<&str, (u64, u64)>> = BTreeMap::new();
    for r in per_country_year.iter().filter(|r| r.cells > 0) {
        let y = r.keys[1].parse::<i64>().unwrap_or(i64::MAX);
        let e = years.entry(y).or_default().entry(r.keys[0].as_str()).or_default();
        e.0 += r.low;
        e.1 += r.high;
    }
    let mut panel: Option<BTreeSet<&str>> = None;
    for of in years.values() {
        let these: BTreeSet<&str> = of.keys().copied().collect();
        panel = Some(match panel {
            None => these,
            Some(p) => p.intersection(&these).copied().collect(),
        });
    }
    let panel = panel.unwrap_or_default();
    years
        .iter()
        .map(|(y, of)| {
            let (mut low, mut high, mut pl, mut ph) = (0, 0, 0, 0);
            for (c, (l, h)) in of {
                low += l;
                high += h;
                if panel.contains(c) {
                    pl += l;
                    ph += h;
                }
            }
            Coverage {
                year: y.to_string(),
                countries: of.len() as u64,
                low,
                high,
                panel_countries: panel.len() as u64,
                panel_low: pl,
                panel_high: ph,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(keys: &[&str], value: u64, suppressed: u64) -> QueryRow {
        QueryRow {
            keys: keys.iter().map(|s| s.to_string()).collect(),
            value,
            suppressed,
            low: value,
            high: value + 4 * suppressed,
            cells: 1 + suppressed,
        }
    }

    fn q(by: &[QueryKey]) -> Query {
        Query { filters: Vec::new(), by: by.to_vec() }
    }

    #[test]
    fn regions_roll_up_countries_and_leave_aggregates_out() {
        let rows = vec![
            row(&["FRA", "2020"], 10, 0),
            row(&["DEU", "2020"], 5, 1),
            row(&["SAM", "2020"], 1000, 0),
            row(&["BRA", "2020"], 7, 0),
        ];
        let t = crosstab(&q(&[QueryKey::Region, QueryKey::Year]), &rows, Instrument::v1());
        let got: Vec<(String, u64, u64, u64)> =
            t.rows.iter().map(|r| (r.sum.keys[0].clone(), r.sum.low, r.sum.high, r.countries)).collect();
        assert_eq!(got, vec![("Americas".into(), 7, 7, 1), ("Europe".into(), 15, 19, 2)]);
        assert_eq!(t.left_out, vec!["SAM".to_string()]);
    }

    #[test]
    fn shares_are_intervals_when_cells_are_suppressed() {
        // Two categories in one year: A = 6 exactly, B = <5 (0..4).
        let rows = vec![row(&["FRA", "2020", "A"], 6, 0), row(&["FRA", "2020", "B"], 0, 1)];
        let t = crosstab(&q(&[QueryKey::Year, QueryKey::Category]), &rows, Instrument::v1());
        let a = &t.rows[0];
        assert_eq!((a.n_low, a.n_high), (6, 10));
        assert_eq!(a.share_low, Some(60.0)); // 6 / (6 + 4)
        assert_eq!(a.share_high, Some(100.0)); // 6 / (6 + 0)
        let b = &t.rows[1];
        assert_eq!((b.share_low, b.share_high), (Some(0.0), Some(40.0)));
        assert_eq!(share_text(b.share_low, b.share_high), "0.0-40.0");
    }

    #[test]
    fn all_suppressed_gives_bounds_not_zero_and_no_share_when_the_total_can_be_zero() {
        let rows = vec![row(&["FRA", "2020"], 0, 1), row(&["DEU", "2020"], 0, 1)];
        let t = crosstab(&q(&[QueryKey::Year]), &rows, Instrument::v1());
        let r = &t.rows[0];
        assert_eq!((r.sum.value, r.sum.low, r.sum.high, r.countries), (0, 0, 8, 2));
        assert_eq!(r.share_low, None);
        assert_eq!(r.share_high, Some(100.0));
    }

    #[test]
    fn coverage_counts_reporting_countries_and_the_constant_panel() {
        let rows = vec![
            row(&["FRA", "2019"], 10, 0),
            row(&["FRA", "2020"], 12, 0),
            row(&["DEU", "2020"], 30, 0),
            row(&["ITA", "2019"], 0, 1),
            row(&["ITA", "2020"], 3, 0),
        ];
        let c = coverage(&rows);
        assert_eq!(c.len(), 2);
        assert_eq!(
            (c[0].countries, c[0].low, c[0].high, c[0].panel_countries, c[0].panel_low, c[0].panel_high),
            (2, 10, 14, 2, 10, 14)
        );
        assert_eq!((c[1].countries, c[1].low, c[1].high, c[1].panel_low, c[1].panel_high), (3, 45, 45, 15, 15));
    }
}
