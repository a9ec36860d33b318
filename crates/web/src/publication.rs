//! What the public sees: one release's **protected publication** (disclosure control by
//! `tipdata_privacy::glotip::publish`, suppression with `tipdata publish`'s defaults), computed
//! once per release and kept in the store (`tipdata_privacy::release`), then summed in memory
//! for every public page and API answer. A sum never includes a hidden cell: it is the sum of
//! what is shown, with the number of hidden cells it leaves out.
//!
//! The publication's regional rows (entity = M49 code of a region or subregion) are not summed:
//! a regional sum is shown exactly when every member country cell is shown, and is then their
//! sum, so a region's figure here (the sum of its shown countries) is the published regional
//! value wherever one is shown, and where it is hidden the figure is the sum of what is shown
//! with the hidden cells counted (tests/it/public.rs checks both).

use std::collections::HashMap;

use tipdata_model::{Instrument, ObsKey, Query, QueryKey, QueryRow};
use tipdata_store::{PublicValue, Release, ReleasePublication};

/// Computed and kept by `tipdata_privacy::release` (where `tipdata release create` computes it too).
pub use tipdata_privacy::release::ensure_publication;

/// One published cell with what a query filters on.
struct Cell {
    key: ObsKey,
    region: String,
    subregion: String,
    /// A country or territory: summed into totals (aggregates and composites only when named).
    rolls_up: bool,
    /// `None`: hidden (or `<t`): never summed.
    value: Option<u64>,
}

/// A public sum: the published cells it adds up and the hidden cells it leaves out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicRow {
    pub keys: Vec<String>,
    /// Sum of the published cells; `None` when every cell is hidden.
    pub value: Option<u64>,
    /// Published cells in the sum (for totals: countries reporting).
    pub cells: u64,
    /// Hidden cells left out of the sum: the true total is at least `value`.
    pub hidden: u64,
}

/// A release's publication, ready to be summed.
pub struct PublicData {
    pub release: Release,
    pub publication: ReleasePublication,
    cells: Vec<Cell>,
    /// Cells by indicator (every public query names one) and by entity (country pages).
    by_indicator: HashMap<String, Vec<usize>>,
    by_entity: HashMap<String, Vec<usize>>,
}

impl PublicData {
    pub fn new(release: Release, publication: ReleasePublication, cells: Vec<(ObsKey, PublicValue)>) -> PublicData {
        let inst = Instrument::v1();
        let mut by_indicator: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_entity: HashMap<String, Vec<usize>> = HashMap::new();
        let cells: Vec<Cell> = cells
            .into_iter()
            // As the store's query: an entity outside the codelist is never summed (nor are
            // the regional rows, M49 codes: see the module's note).
            .filter_map(|(key, v)| {
                let e = inst.entity(&key.entity)?;
                let value = match v {
                    PublicValue::Count(n) => Some(n),
                    PublicValue::Below(_) | PublicValue::Hidden => None,
                };
                Some(Cell { region: e.region.clone(), subregion: e.subregion.clone(), rolls_up: e.kind.rolls_up(), key, value })
            })
            .collect();
        for (i, c) in cells.iter().enumerate() {
            by_indicator.entry(c.key.indicator.clone()).or_default().push(i);
            by_entity.entry(c.key.entity.clone()).or_default().push(i);
        }
        PublicData { release, publication, cells, by_indicator, by_entity }
    }

    fn field<'a>(c: &'a Cell, k: QueryKey, year: &'a str) -> &'a str {
        match k {
            QueryKey::Country => &c.key.entity,
            QueryKey::Region => &c.region,
            QueryKey::Subregion => &c.subregion,
            QueryKey::Indicator => &c.key.indicator,
            QueryKey::Dimension => &c.key.dimension,
            QueryKey::Category => &c.key.category,
            QueryKey::Sex => &c.key.sex,
            QueryKey::Age => &c.key.age,
            QueryKey::Year => year,
        }
    }

    /// Sums the published cells as `tipdata query` sums stored ones (same filters, grouping
    /// and order), leaving hidden cells out and counting them.
    pub fn query(&self, q: &Query) -> Vec<PublicRow> {
        let all_entities = q.names_entities();
        // The fewer cells of a filtered country or indicator; the filters below still decide.
        let index = |key: QueryKey, map: &HashMap<String, Vec<usize>>| -> Option<Vec<usize>> {
            let f = q.filters.iter().find(|f| f.key == key)?;
            let mut v: Vec<usize> = f.values.iter().filter_map(|x| map.get(x)).flatten().copied().collect();
            v.sort_unstable();
            v.dedup();
            Some(v)
        };
        let candidates: Box<dyn Iterator<Item = usize>> =
            match [index(QueryKey::Country, &self.by_entity), index(QueryKey::Indicator, &self.by_indicator)]
                .into_iter()
                .flatten()
                .min_by_key(Vec::len)
            {
                Some(v) => Box::new(v.into_iter()),
                None => Box::new(0..self.cells.len()),
            };
        let mut groups: HashMap<Vec<String>, (u64, u64, u64)> = HashMap::new();
        for i in candidates {
            let c = &self.cells[i];
            if !all_entities && !c.rolls_up {
                continue;
            }
            let year = c.key.year.to_string();
            if !q.filters.iter().all(|f| {
                let v = Self::field(c, f.key, &year);
                if f.key == QueryKey::Year {
                    f.values.iter().any(|y| y.trim().parse::<i32>().ok() == Some(c.key.year))
                } else {
                    f.values.iter().any(|x| x == v)
                }
            }) {
                continue;
            }
            let keys: Vec<String> = q.by.iter().map(|k| Self::field(c, *k, &year).to_string()).collect();
            let g = groups.entry(keys).or_default();
            match c.value {
                Some(n) => {
                    g.0 += n;
                    g.1 += 1;
                }
                None => g.2 += 1,
            }
        }
        // Sorted as the store sorts query rows.
        let mut rows: Vec<QueryRow> = groups
            .into_iter()
            .map(|(keys, (value, cells, hidden))| QueryRow { keys, value, suppressed: hidden, low: value, high: value, cells })
            .collect();
        tipdata_model::query::sort_rows(&q.by, &mut rows);
        rows.into_iter()
            .map(|r| PublicRow { keys: r.keys, value: (r.cells > 0).then_some(r.value), cells: r.cells, hidden: r.suppressed })
            .collect()
    }

    /// The release and publication a public answer names.
    pub fn cite(&self) -> serde_json::Value {
        serde_json::json!({
            "name": self.release.name,
            "created_at": self.release.created_at,
            "sha256": self.release.content_hash,
            "hash_version": self.release.hash_version,
            "publication": {
                "method": self.publication.params.method,
                "threshold": self.publication.params.threshold,
                "margin": self.publication.params.margin,
                "sha256": self.publication.content_hash,
                "cells": self.publication.cell_count,
                "hidden": self.publication.hidden_count,
            },
        })
    }

    /// One line naming the release, for a CSV header or an HTTP header.
    pub fn cite_line(&self) -> String {
        format!("{}; {}; sha256 {}", self.release.name, self.release.created_at, self.release.content_hash)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tipdata_store::PublicationParams;

    fn key(entity: &str, sex: &str, year: i32) -> ObsKey {
        ObsKey {
            entity: entity.into(),
            indicator: "Detected trafficking victims".into(),
            dimension: "Total".into(),
            category: "Total".into(),
            sex: sex.into(),
            age: "Total".into(),
            year,
        }
    }

    fn data(cells: Vec<(ObsKey, PublicValue)>) -> PublicData {
        let release = Release {
            id: 1,
            name: "r".into(),
            created_at: "2026-01-01T00:00:00Z".into(),
            created_by: "t".into(),
            instrument_version: "1".into(),
            content_hash: "h".into(),
            hash_version: 2,
            cell_count: 0,
            note: String::new(),
            imports: Vec::new(),
        };
        let publication = ReleasePublication {
            id: 1,
            release: "r".into(),
            params: PublicationParams::public(),
            rules_version: "1".into(),
            format_version: tipdata_privacy::release::PUBLICATION_FORMAT,
            content_hash: "p".into(),
            cell_count: 0,
            hidden_count: 0,
            report: String::new(),
            created_at: String::new(),
            created_by: String::new(),
        };
        PublicData::new(release, publication, cells)
    }

    #[test]
    fn a_sum_leaves_hidden_cells_out_and_counts_them() {
        let d = data(vec![
            (key("BOL", "Total", 2020), PublicValue::Count(120)),
            (key("PER", "Total", 2020), PublicValue::Hidden),
            (key("CHL", "Total", 2020), PublicValue::Count(30)),
            (key("ARG", "Total", 2020), PublicValue::Below(5)),
            (key("BOL", "Total", 2021), PublicValue::Hidden),
            // An aggregate: only when named.
            (key("XXX", "Total", 2020), PublicValue::Count(999)),
        ]);
        let mut q = Query { by: vec![QueryKey::Region, QueryKey::Year], ..Query::default() };
        q.filter(QueryKey::Indicator, "Detected trafficking victims");
        q.filter(QueryKey::Sex, "Total");
        let rows = d.query(&q);
        assert_eq!(
            rows,
            vec![
                PublicRow { keys: vec!["Americas".into(), "2020".into()], value: Some(150), cells: 2, hidden: 2 },
                PublicRow { keys: vec!["Americas".into(), "2021".into()], value: None, cells: 0, hidden: 1 },
            ]
        );
        q.filter(QueryKey::Year, "2021");
        assert_eq!(d.query(&q).len(), 1);
        let mut by_country = Query { by: vec![QueryKey::Country], ..Query::default() };
        by_country.filter(QueryKey::Country, "PER");
        assert_eq!(d.query(&by_country), vec![PublicRow { keys: vec!["PER".into()], value: None, cells: 0, hidden: 1 }]);
    }
}
