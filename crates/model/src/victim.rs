//! Victim-level records as the Counter Trafficking Data Collaborative (CTDC) global dataset
//! codes them: one identified victim per record, seven categorical attributes.

use serde::{Deserialize, Serialize};

/// The seven attributes of a CTDC record, named as in the CTDC file, in this order.
pub const CTDC_COLUMNS: [&str; 7] =
    ["yearOfRegistration", "gender", "ageBroad", "citizenship", "isForcedLabour", "isSexualExploit", "CountryOfExploitation"];

/// One identified victim. `None` is missing in the source.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct VictimRecord {
    pub year_of_registration: i32,
    pub gender: Option<String>,
    /// CTDC's age bands (`0--8`, `9--17`, ..., `48+`).
    pub age_broad: Option<String>,
    /// ISO 3166-1 alpha-2, or CTDC's `0` (not known), as the source writes it.
    pub citizenship: Option<String>,
    pub is_forced_labour: Option<bool>,
    pub is_sexual_exploit: Option<bool>,
    /// ISO 3166-1 alpha-2, or CTDC's `0`.
    pub country_of_exploitation: Option<String>,
}

impl VictimRecord {
    /// The attribute values in [`CTDC_COLUMNS`] order as text (empty = missing; flags `0`/`1`).
    pub fn values(&self) -> [String; 7] {
        let flag = |b: Option<bool>| b.map_or(String::new(), |b| if b { "1" } else { "0" }.to_string());
        let text = |s: &Option<String>| s.clone().unwrap_or_default();
        [
            self.year_of_registration.to_string(),
            text(&self.gender),
            text(&self.age_broad),
            text(&self.citizenship),
            flag(self.is_forced_labour),
            flag(self.is_sexual_exploit),
            text(&self.country_of_exploitation),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_follow_the_column_order_with_empty_for_missing() {
        let r = VictimRecord {
            year_of_registration: 2016,
            gender: Some("Female".into()),
            age_broad: None,
            citizenship: Some("PH".into()),
            is_forced_labour: Some(true),
            is_sexual_exploit: Some(false),
            country_of_exploitation: None,
        };
        assert_eq!(r.values(), ["2016", "Female", "", "PH", "1", "0", ""].map(String::from));
    }
}
