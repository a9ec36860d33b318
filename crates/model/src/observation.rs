//! Observations: one cell of the country data, its key, value and where it came from.

use serde::{Deserialize, Serialize};

use crate::value::CellValue;

/// What a cell counts: entity x indicator x dimension x category x sex x age x year.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ObsKey {
    pub entity: String,
    pub indicator: String,
    pub dimension: String,
    pub category: String,
    pub sex: String,
    pub age: String,
    pub year: i32,
}

/// Where a value was read: file, sheet (empty for CSV), 1-based row, and source column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    pub file: String,
    pub sheet: String,
    pub row: u64,
    pub column: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Observation {
    pub key: ObsKey,
    pub value: CellValue,
    pub source: Provenance,
    /// The reporting source column of the GLOTIP file (e.g. "GLOTIP").
    pub source_name: String,
}

/// A file's observations with repeated keys collapsed: one winning cell per key, the values
/// it replaced (kept as the cell's history), and a finding for every conflicting repeat.
#[derive(Debug, Clone, Default)]
pub struct Collapsed {
    pub cells: Vec<Observation>,
    /// Earlier rows that a later row with the same key and another value replaced:
    /// (index into `cells` of the winner, the replaced observation).
    pub superseded: Vec<(usize, Observation)>,
    /// Rows identical to an earlier row with the same key (collapsed silently).
    pub identical_repeats: usize,
    pub findings: Vec<crate::Finding>,
}

/// Collapses repeated keys, in file order: identical repeats collapse, a repeat with another
/// value wins (the later row), and the earlier value is kept with a finding.
pub fn collapse(observations: Vec<Observation>) -> Collapsed {
    use std::collections::HashMap;
    let mut out = Collapsed::default();
    let mut index: HashMap<ObsKey, usize> = HashMap::with_capacity(observations.len());
    for obs in observations {
        match index.get(&obs.key) {
            None => {
                index.insert(obs.key.clone(), out.cells.len());
                out.cells.push(obs);
            }
            Some(&i) if out.cells[i].value == obs.value => out.identical_repeats += 1,
            Some(&i) => {
                let earlier = std::mem::replace(&mut out.cells[i], obs);
                let later = &out.cells[i];
                out.findings.push(crate::Finding {
                    rule: "duplicate_key_conflict".into(),
                    severity: crate::Severity::Warning,
                    entity: later.key.entity.clone(),
                    year: Some(later.key.year),
                    cells: vec![earlier.source.to_string(), later.source.to_string()],
                    message: format!(
                        "{} {} {} / {} / {} / {} / {}: row {} says {} and row {} says {}; the later row wins, the earlier value is kept in the cell's history",
                        later.key.entity, later.key.year, later.key.indicator, later.key.dimension,
                        later.key.category, later.key.sex, later.key.age,
                        earlier.source.row, show(earlier.value), later.source.row, show(later.value),
                    ),
                });
                out.superseded.push((i, earlier));
            }
        }
    }
    out
}

fn show(v: CellValue) -> String {
    match v {
        CellValue::Missing => "nothing".into(),
        v => v.to_string(),
    }
}

impl std::fmt::Display for Provenance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.sheet.is_empty() {
            write!(f, "{}:{}:{}", self.file, self.row, self.column)
        } else {
            write!(f, "{}:{}!{}:{}", self.file, self.sheet, self.row, self.column)
        }
    }
}

impl std::fmt::Display for ObsKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}|{}|{}|{}|{}|{}|{}",
            self.entity, self.indicator, self.dimension, self.category, self.sex, self.age, self.year
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obs(row: u64, sex: &str, v: CellValue) -> Observation {
        Observation {
            key: ObsKey {
                entity: "BOL".into(),
                indicator: "Detected trafficking victims".into(),
                dimension: "Total".into(),
                category: "Total".into(),
                sex: sex.into(),
                age: "Total".into(),
                year: 2017,
            },
            value: v,
            source: Provenance { file: "f.csv".into(), sheet: String::new(), row, column: "txtVALUE".into() },
            source_name: "GLOTIP".into(),
        }
    }

    #[test]
    fn a_conflicting_repeat_is_won_by_the_later_row_and_the_earlier_kept() {
        let c = collapse(vec![
            obs(2, "Female", CellValue::Count(62)),
            obs(3, "Male", CellValue::Count(10)),
            obs(4, "Female", CellValue::Count(43)),
        ]);
        assert_eq!(c.cells.len(), 2);
        assert_eq!(c.cells[0].value, CellValue::Count(43));
        assert_eq!(c.cells[0].source.row, 4);
        assert_eq!(c.superseded.len(), 1);
        assert_eq!(c.superseded[0].1.value, CellValue::Count(62));
        assert_eq!(c.findings.len(), 1);
        assert!(c.findings[0].message.contains("row 2 says 62 and row 4 says 43"), "{}", c.findings[0].message);
    }

    #[test]
    fn identical_repeats_collapse_without_a_finding() {
        let c = collapse(vec![obs(2, "Female", CellValue::Below(5)), obs(9, "Female", CellValue::Below(5))]);
        assert_eq!((c.cells.len(), c.identical_repeats, c.findings.len()), (1, 1, 0));
        assert_eq!(c.cells[0].source.row, 2);
    }
}
