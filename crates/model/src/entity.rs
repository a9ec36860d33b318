//! Reporting entities: ISO 3166-1 countries and areas, and the non-ISO entities the GLOTIP
//! file carries (territories, joint reports, regional aggregates), each typed as what it is.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// An ISO 3166-1 country or area.
    Country,
    /// A place without an ISO code that reports on its own (Sark).
    Territory,
    /// A joint report of several ISO entities (Aruba/Curacao); never rolled up into regions.
    Composite,
    /// A regional aggregate row (SAM, SAF...); never rolled up into regions.
    Aggregate,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Country => "country",
            EntityKind::Territory => "territory",
            EntityKind::Composite => "composite",
            EntityKind::Aggregate => "aggregate",
        }
    }

    /// Whether figures of this kind may be summed into regions and world totals.
    pub fn rolls_up(self) -> bool {
        matches!(self, EntityKind::Country | EntityKind::Territory)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// ISO 3166-1 alpha-3, or the GLOTIP file's own identifier for non-ISO entities.
    pub id: String,
    /// UN M49 numeric code, empty for non-ISO entities.
    pub m49: String,
    /// English name as the GLOTIP file spells it.
    pub name: String,
    pub kind: EntityKind,
    /// UN M49 region and subregion; empty for entities that never roll up.
    pub region: String,
    pub subregion: String,
    pub note: String,
}

pub(crate) fn parse_codelist(text: &str) -> Result<Vec<Entity>, String> {
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let mut out = Vec::new();
    for (i, rec) in rdr.deserialize::<Entity>().enumerate() {
        out.push(rec.map_err(|e| format!("entities.csv row {}: {e}", i + 2))?);
    }
    Ok(out)
}
