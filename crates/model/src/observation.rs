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
