//! Flows from origin (citizenship) to detection country, from the `by citizenship` breakdown of
//! detected victims: each category resolves through `tipdata_model::citizenship`; flows roll up
//! to UN M49 regions or subregions; domestic vs foreign victims by area and year.
//! Suppressed cells stay bounds (`<5` is 0..4).

use std::collections::{BTreeMap, BTreeSet};

use tipdata_model::citizenship::{self, Citizenship};
use tipdata_model::{Instrument, Query, QueryKey, QueryRow};
use tipdata_store::{Store, StoreError};

use crate::country::{share_bounds, Acc};
use crate::report::Table;

pub const VICTIMS: &str = "Detected trafficking victims";
pub const BY_CITIZENSHIP: &str = "by citizenship";

/// Origin labels for citizenships that name no single country.
pub const ORIGIN_OTHER: &str = "other foreign (group of countries)";
pub const ORIGIN_STATELESS: &str = "stateless";
pub const ORIGIN_UNKNOWN: &str = "unknown";

/// How far flows roll up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Country,
    Subregion,
    Region,
}

impl Level {
    pub fn parse(s: &str) -> Result<Level, String> {
        match s {
            "country" => Ok(Level::Country),
            "subregion" => Ok(Level::Subregion),
            "region" => Ok(Level::Region),
            _ => Err(format!("'{s}' is not a level; use country, subregion or region")),
        }
    }
    fn area(self, id: &str, inst: &Instrument) -> Option<String> {
        let e = inst.entity(id)?;
        match self {
            Level::Country => Some(e.id.clone()),
            Level::Subregion => (!e.subregion.is_empty()).then(|| e.subregion.clone()),
            Level::Region => (!e.region.is_empty()).then(|| e.region.clone()),
        }
    }
}

/// The store query behind flows: victims by citizenship, no sex or age breakdown, one row per
/// reporting country x category x year (aggregates and joint reports are not reporters).
pub fn query(years: &[i32]) -> Query {
    let mut q = Query::default();
    q.filter(QueryKey::Indicator, VICTIMS);
    q.filter(QueryKey::Dimension, BY_CITIZENSHIP);
    q.filter(QueryKey::Sex, "Total");
    q.filter(QueryKey::Age, "Total");
    for y in years {
        q.filter(QueryKey::Year, y.to_string());
    }
    q.by = vec![QueryKey::Country, QueryKey::Category, QueryKey::Year];
    q
}

/// One origin -> destination flow in one year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flow {
    pub year: String,
    pub origin: String,
    pub destination: String,
    pub value: u64,
    pub suppressed: u64,
    pub low: u64,
    pub high: u64,
    /// Reporting (detection) countries behind the flow.
    pub reporters: u64,
}

/// Domestic and foreign victims detected in one area in one year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DomesticForeign {
    pub area: String,
    pub year: String,
    /// (low, high) bounds of each class.
    pub domestic: (u64, u64),
    pub foreign: (u64, u64),
    pub unknown: (u64, u64),
    pub reporters: u64,
}

impl DomesticForeign {
    /// Bounds on the domestic share of victims whose citizenship is known, in percent.
    pub fn domestic_share(&self) -> (Option<f64>, Option<f64>) {
        let (d, f) = (self.domestic, self.foreign);
        share_bounds(d.0, d.1, d.0 + f.0, d.1 + f.1)
    }
}

/// What a category says about origin, seen from the reporting country.
enum Origin {
    Domestic,
    Foreign(String),
    Unknown,
}

fn origin(category: &str, reporter: &str) -> Option<Origin> {
    // The instrument spells every dimension's total "Total" (the alias table knows "TOTAL").
    if category.trim() == "Total" {
        return None;
    }
    Some(match citizenship::resolve(category) {
        Citizenship::Nationals => Origin::Domestic,
        Citizenship::Entity(id) if id == reporter => Origin::Domestic,
        Citizenship::Entity(id) => Origin::Foreign(id),
        Citizenship::Other => Origin::Foreign(ORIGIN_OTHER.into()),
        Citizenship::Stateless => Origin::Foreign(ORIGIN_STATELESS.into()),
        Citizenship::Unknown => Origin::Unknown,
        // A total typed as a category, or a placeholder: not an origin, and summing it would
        // count its victims twice.
        Citizenship::Total | Citizenship::Invalid => return None,
    })
}

/// Origin -> destination flows per year at `level`, from rows of [`query`] (country, category,
/// year). Origins that name no country keep their class (other foreign, stateless, unknown);
/// an origin country without a region (a joint report) counts as other foreign.
pub fn flows(rows: &[QueryRow], level: Level, inst: &Instrument) -> Vec<Flow> {
    let mut acc: BTreeMap<(i64, String, String), Acc> = BTreeMap::new();
    for r in rows.iter().filter(|r| r.cells > 0) {
        let (reporter, category, year) = (&r.keys[0], &r.keys[1], &r.keys[2]);
        let Some(dest) = level.area(reporter, inst) else { continue };
        let from = match origin(category, reporter) {
            None => continue,
            Some(Origin::Domestic) => dest.clone(),
            Some(Origin::Unknown) => ORIGIN_UNKNOWN.into(),
            Some(Origin::Foreign(id)) => {
                level.area(&id, inst).unwrap_or_else(|| if id == ORIGIN_STATELESS { id } else { ORIGIN_OTHER.into() })
            }
        };
        acc.entry((year.parse().unwrap_or(i64::MAX), from, dest)).or_default().add(r, &r.keys[0]);
    }
    acc.into_iter()
        .map(|((y, o, d), a)| Flow {
            year: y.to_string(),
            origin: o,
            destination: d,
            value: a.value,
            suppressed: a.suppressed,
            low: a.low,
            high: a.high,
            reporters: a.countries.len() as u64,
        })
        .collect()
}

/// Domestic vs foreign victims by detection area and year. Domestic: nationals, or the
/// reporter's own country named; foreign: any other country, a group of countries, stateless.
pub fn domestic_foreign(rows: &[QueryRow], level: Level, inst: &Instrument) -> Vec<DomesticForeign> {
    let mut acc: BTreeMap<(String, i64), [Acc; 3]> = BTreeMap::new();
    for r in rows.iter().filter(|r| r.cells > 0) {
        let (reporter, category, year) = (&r.keys[0], &r.keys[1], &r.keys[2]);
        let Some(area) = level.area(reporter, inst) else { continue };
        let class = match origin(category, reporter) {
            None => continue,
            Some(Origin::Domestic) => 0,
            Some(Origin::Foreign(_)) => 1,
            Some(Origin::Unknown) => 2,
        };
        acc.entry((area, year.parse().unwrap_or(i64::MAX))).or_default()[class].add(r, &r.keys[0]);
    }
    acc.into_iter()
        .map(|((area, y), a)| {
            let reporters: BTreeSet<&String> = a.iter().flat_map(|x| x.countries.iter()).collect();
            DomesticForeign {
                area,
                year: y.to_string(),
                domestic: (a[0].low, a[0].high),
                foreign: (a[1].low, a[1].high),
                unknown: (a[2].low, a[2].high),
                reporters: reporters.len() as u64,
            }
        })
        .collect()
}

/// Reads the rows of [`query`] from a store.
pub fn load(store: &(impl Store + ?Sized), years: &[i32]) -> Result<Vec<QueryRow>, StoreError> {
    store.query(&query(years))
}

/// Citizenship categories of the rows that neither the codelist nor the alias table knows
/// (they count as unknown origin), so the alias table can grow.
pub fn unresolved(rows: &[QueryRow]) -> Vec<String> {
    rows.iter().map(|r| &r.keys[1]).filter(|c| citizenship::unresolved(c)).cloned().collect::<BTreeSet<_>>().into_iter().collect()
}

pub fn flows_table(flows: &[Flow]) -> Table {
    let mut t = Table::new(&["year", "origin", "destination", "value", "suppressed", "low", "high", "reporters"]);
    for f in flows {
        t.push(vec![
            f.year.clone(),
            f.origin.clone(),
            f.destination.clone(),
            f.value.to_string(),
            f.suppressed.to_string(),
            f.low.to_string(),
            f.high.to_string(),
            f.reporters.to_string(),
        ]);
    }
    t
}

pub fn domestic_foreign_table(rows: &[DomesticForeign]) -> Table {
    let mut t = Table::new(&[
        "area",
        "year",
        "domestic_low",
        "domestic_high",
        "foreign_low",
        "foreign_high",
        "unknown_low",
        "unknown_high",
        "reporters",
        "share_domestic_low_pct",
        "share_domestic_high_pct",
    ]);
    let f = |v: Option<f64>| v.map(|v| format!("{v:.1}")).unwrap_or_default();
    for r in rows {
        let (sl, sh) = r.domestic_share();
        t.push(vec![
            r.area.clone(),
            r.year.clone(),
            r.domestic.0.to_string(),
            r.domestic.1.to_string(),
            r.foreign.0.to_string(),
            r.foreign.1.to_string(),
            r.unknown.0.to_string(),
            r.unknown.1.to_string(),
            r.reporters.to_string(),
            f(sl),
            f(sh),
        ]);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(c: &str, cat: &str, y: &str, value: u64, suppressed: u64) -> QueryRow {
        QueryRow {
            keys: vec![c.into(), cat.into(), y.into()],
            value,
            suppressed,
            low: value,
            high: value + 4 * suppressed,
            cells: 1,
        }
    }

    #[test]
    fn citizenships_become_flows_between_regions() {
        let rows = vec![
            row("ESP", "Nationals", "2018", 10, 0),
            row("ESP", "Romania", "2018", 20, 0),
            row("ESP", "BRASILERA", "2018", 0, 1),
            row("ESP", "Spain", "2018", 3, 0),
            row("ESP", "Unknown", "2018", 2, 0),
            row("ESP", "Total", "2018", 999, 0),
            row("ESP", "TOTAL", "2018", 999, 0),
            row("ESP", "Europe others", "2018", 5, 0),
        ];
        let f = flows(&rows, Level::Region, Instrument::v1());
        let got: Vec<(&str, &str, u64, u64)> =
            f.iter().map(|f| (f.origin.as_str(), f.destination.as_str(), f.low, f.high)).collect();
        assert_eq!(
            got,
            vec![
                ("Americas", "Europe", 0, 4),
                ("Europe", "Europe", 33, 33),
                (ORIGIN_OTHER, "Europe", 5, 5),
                (ORIGIN_UNKNOWN, "Europe", 2, 2)
            ]
        );
        let d = domestic_foreign(&rows, Level::Region, Instrument::v1());
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].domestic, d[0].foreign, d[0].unknown, d[0].reporters), ((13, 13), (25, 29), (2, 2), 1));
        let (lo, hi) = d[0].domestic_share();
        assert_eq!(format!("{:.1}-{:.1}", lo.unwrap(), hi.unwrap()), "31.0-34.2");
    }

    #[test]
    fn an_area_with_only_suppressed_cells_has_bounds_and_an_open_share() {
        let rows = vec![row("FRA", "Nationals", "2019", 0, 1), row("FRA", "Romania", "2019", 0, 1)];
        let d = domestic_foreign(&rows, Level::Country, Instrument::v1());
        assert_eq!((d[0].domestic, d[0].foreign), ((0, 4), (0, 4)));
        assert_eq!(d[0].domestic_share(), (Some(0.0), Some(100.0)));
    }
}
