//! The instrument: what is collected (indicators, dimensions, categories, sex, age, years),
//! loaded from a versioned data file, plus the codelist of reporting entities.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::entity::{Entity, EntityKind};

const INSTRUMENT_V1: &str = include_str!("../data/instrument-v1.json");
const ENTITIES: &str = include_str!("../data/entities.csv");

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Instrument {
    pub id: String,
    pub version: String,
    pub title: String,
    pub unit: String,
    pub years: YearRange,
    pub indicators: Vec<Indicator>,
    pub dimensions: Vec<Dimension>,
    pub sex: Vec<Code>,
    pub age: Vec<Code>,
    pub value: serde_json::Value,
    pub cell_metadata: Vec<String>,
    /// Filled from the codelist file, not from the instrument file.
    #[serde(default)]
    pub entities: Vec<Entity>,
    #[serde(skip)]
    entity_index: HashMap<String, usize>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct YearRange {
    pub first: i32,
    pub last: i32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Indicator {
    pub name: String,
    pub code: String,
    pub counts: String,
    pub description: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Dimension {
    pub name: String,
    pub code: String,
    pub categories: Categories,
    pub description: String,
}

/// A dimension either lists its categories or accepts the national wording (citizenship).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Categories {
    Closed(Vec<String>),
    Open(String),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Code {
    pub name: String,
    pub code: String,
}

/// The key parts of a cell that the instrument constrains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Indicator,
    Dimension,
    Category,
    Sex,
    Age,
}

impl Instrument {
    /// Version 1 of the GLOTIP instrument, with the entity codelist.
    pub fn v1() -> &'static Instrument {
        static V1: OnceLock<Instrument> = OnceLock::new();
        V1.get_or_init(|| {
            let mut inst: Instrument =
                serde_json::from_str(INSTRUMENT_V1).expect("the bundled instrument file is valid JSON (tested)");
            inst.entities = crate::entity::parse_codelist(ENTITIES).expect("the bundled codelist is valid (tested)");
            inst.entity_index = inst.entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
            inst
        })
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entity_index.get(id).map(|&i| &self.entities[i])
    }

    /// Finds the entity a GLOTIP row names: by code, else by name for entities without one (Sark).
    pub fn resolve_entity(&self, code: &str, name: &str) -> Option<&Entity> {
        let code = code.trim();
        if !code.is_empty() {
            return self.entity(code);
        }
        let name = name.trim();
        self.entities.iter().find(|e| e.kind != EntityKind::Country && e.name == name)
    }

    pub fn indicator(&self, name: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.name == name)
    }

    pub fn dimension(&self, name: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.name == name)
    }

    /// Checks one key part against the instrument; the error lists what is allowed.
    pub fn check(&self, part: Part, value: &str, dimension: Option<&str>) -> Result<(), String> {
        let allowed: Vec<&str> = match part {
            Part::Indicator => self.indicators.iter().map(|i| i.name.as_str()).collect(),
            Part::Dimension => self.dimensions.iter().map(|d| d.name.as_str()).collect(),
            Part::Sex => self.sex.iter().map(|c| c.name.as_str()).collect(),
            Part::Age => self.age.iter().map(|c| c.name.as_str()).collect(),
            Part::Category => match dimension.and_then(|d| self.dimension(d)).map(|d| &d.categories) {
                Some(Categories::Closed(list)) => list.iter().map(String::as_str).collect(),
                _ => return Ok(()),
            },
        };
        if allowed.contains(&value) {
            Ok(())
        } else {
            Err(format!("'{value}' is not one of: {}", allowed.join(", ")))
        }
    }

    pub fn check_year(&self, year: i32) -> Result<(), String> {
        if year < self.years.first || year > self.years.last {
            Err(format!("year {year} is outside {}..={}", self.years.first, self.years.last))
        } else {
            Ok(())
        }
    }

    /// The instrument as JSON, for `tipdata instrument show`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).expect("the instrument serialises")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_instrument_and_codelist_load() {
        let i = Instrument::v1();
        assert_eq!(i.indicators.len(), 5);
        assert_eq!(i.dimensions.len(), 4);
        assert_eq!(i.entities.iter().filter(|e| e.kind == EntityKind::Country).count(), 249);
        assert_eq!(i.entity("BOL").unwrap().name, "Bolivia (Plurinational State of)");
        assert_eq!(i.entity("SAM").unwrap().kind, EntityKind::Aggregate);
    }

    #[test]
    fn sark_has_no_code_and_is_found_by_name() {
        let e = Instrument::v1().resolve_entity("", "Sark").unwrap();
        assert_eq!(e.kind, EntityKind::Territory);
        assert_eq!(e.region, "Europe");
        assert!(Instrument::v1().resolve_entity("", "Bolivia (Plurinational State of)").is_none());
    }

    #[test]
    fn closed_categories_are_checked_and_open_ones_are_not() {
        let i = Instrument::v1();
        assert!(i.check(Part::Category, "Forced labour", Some("by form of exploitation")).is_ok());
        assert!(i.check(Part::Category, "Forced labor", Some("by form of exploitation")).is_err());
        assert!(i.check(Part::Category, "BRASILERA", Some("by citizenship")).is_ok());
        assert!(i.check(Part::Sex, "Femal", None).unwrap_err().contains("Female"));
    }
}
