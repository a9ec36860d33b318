//! Citizenship categories as countries report them ("BRASILERA", "Nationals", "Rusia"...)
//! resolved to codelist entities or to a class, for flows from origin to detection country.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::Instrument;

const ALIASES: &str = include_str!("../data/citizenship-aliases.csv");

/// What a citizenship (or country of repatriation) category stands for.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Citizenship {
    /// A codelist entity (ISO 3166-1 alpha-3 for countries).
    Entity(String),
    /// The reporting country's own citizens.
    Nationals,
    Unknown,
    Stateless,
    /// A group of countries, a region, "others": not one country.
    Other,
    /// A total typed as a category.
    Total,
    /// A placeholder or a number.
    Invalid,
}

impl Citizenship {
    /// The origin this category names for a cell reported by `reporter`: nationals are the
    /// reporter's own citizens.
    pub fn origin(&self, reporter: &str) -> Option<String> {
        match self {
            Citizenship::Entity(id) => Some(id.clone()),
            Citizenship::Nationals => Some(reporter.to_string()),
            _ => None,
        }
    }
}

fn table() -> &'static HashMap<String, Citizenship> {
    static T: OnceLock<HashMap<String, Citizenship>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::new();
        let mut rdr = csv::Reader::from_reader(ALIASES.as_bytes());
        for rec in rdr.records() {
            let rec = rec.expect("the bundled alias table is valid CSV (tested)");
            let target = match &rec[1] {
                "nationals" => Citizenship::Nationals,
                "unknown" => Citizenship::Unknown,
                "stateless" => Citizenship::Stateless,
                "other" => Citizenship::Other,
                "total" => Citizenship::Total,
                "invalid" => Citizenship::Invalid,
                id => Citizenship::Entity(id.to_string()),
            };
            m.insert(rec[0].to_string(), target);
        }
        m
    })
}

/// Resolves a category: a codelist name, then the alias table; a blank or unseen label is
/// `Unknown` (and listed by [`unresolved`] so the table can grow).
pub fn resolve(label: &str) -> Citizenship {
    let label = label.trim();
    if label.is_empty() {
        return Citizenship::Unknown;
    }
    let inst = Instrument::v1();
    if let Some(e) = inst.entities.iter().find(|e| e.name == label && e.kind == crate::EntityKind::Country) {
        return Citizenship::Entity(e.id.clone());
    }
    table().get(label).cloned().unwrap_or(Citizenship::Unknown)
}

/// Whether a label is neither a codelist name nor in the alias table.
pub fn unresolved(label: &str) -> bool {
    let label = label.trim();
    !label.is_empty()
        && !table().contains_key(label)
        && !Instrument::v1().entities.iter().any(|e| e.name == label && e.kind == crate::EntityKind::Country)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_alias_targets_a_codelist_entity_or_a_class() {
        for (label, target) in table() {
            if let Citizenship::Entity(id) = target {
                assert!(Instrument::v1().entity(id).is_some(), "{label} -> {id} is not in the codelist");
            }
        }
        assert_eq!(table().len(), 269);
    }

    #[test]
    fn national_wordings_resolve_to_countries_and_classes() {
        assert_eq!(resolve("Romania"), Citizenship::Entity("ROU".into()));
        assert_eq!(resolve("BRASILERA"), Citizenship::Entity("BRA".into()));
        assert_eq!(resolve("Rep�blica Dominicana"), Citizenship::Entity("DOM".into()));
        assert_eq!(resolve("Nationals").origin("ALB"), Some("ALB".into()));
        assert_eq!(resolve("Europe others"), Citizenship::Other);
        assert_eq!(resolve(""), Citizenship::Unknown);
        assert!(unresolved("Atlantis"));
        assert!(!unresolved("Romania"));
    }
}
