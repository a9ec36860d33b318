//! The case-coding scheme (`docs/coding-scheme.md`, v1) as data: its variables, their kinds and
//! labels, and a [`Coding`]: the values one coder gave one case, each with its evidence spans.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value as Json};

pub const SCHEME_VERSION: &str = "1";

/// What kind of value a variable takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VarKind {
    /// One of the labels (e.g. yes/no, domestic/cross_border/unknown).
    Choice(&'static [&'static str]),
    /// Any subset of the labels.
    Set(&'static [&'static str]),
    /// A whole number, or `unknown`.
    Count,
    /// An ordered list of free names (platforms).
    Names,
    /// An ordered list of ISO 3166-1 alpha-3 codes.
    Countries,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Variable {
    pub name: &'static str,
    /// `A` technology, `B` core case variables.
    pub section: char,
    pub kind: VarKind,
}

pub const YES_NO: &[&str] = &["yes", "no"];
pub const YES_NO_UNKNOWN: &[&str] = &["yes", "no", "unknown"];
pub const PURPOSES: &[&str] = &["advertising", "recruitment", "exploitation", "logistics"];
pub const PLATFORM_TYPES: &[&str] = &[
    "social_media",
    "messaging_app",
    "classified_ads",
    "freestanding_website",
    "dating",
    "webcam_livestream",
    "job_portal",
    "email",
    "unspecified",
];
pub const STRATEGIES: &[&str] = &["hunting", "fishing"];
pub const FORMS: &[&str] = &[
    "sexual_exploitation",
    "forced_labour",
    "forced_criminal_activity",
    "forced_begging",
    "forced_marriage",
    "organ_removal",
    "other",
];
pub const SEXES: &[&str] = &["female", "male"];
pub const BORDERS: &[&str] = &["domestic", "cross_border", "unknown"];
pub const MEANS: &[&str] =
    &["force", "threat", "deception", "abuse_of_vulnerability", "debt_bondage", "document_retention", "drugs", "other"];

/// Every variable of the scheme, in the order of `coding-scheme.md`.
pub const SCHEME: &[Variable] = &[
    Variable { name: "internet_used", section: 'A', kind: VarKind::Choice(YES_NO) },
    Variable { name: "purposes", section: 'A', kind: VarKind::Set(PURPOSES) },
    Variable { name: "platform_types", section: 'A', kind: VarKind::Set(PLATFORM_TYPES) },
    Variable { name: "platforms", section: 'A', kind: VarKind::Names },
    Variable { name: "strategies", section: 'A', kind: VarKind::Set(STRATEGIES) },
    Variable { name: "cyber_flow", section: 'A', kind: VarKind::Choice(YES_NO_UNKNOWN) },
    Variable { name: "forms", section: 'B', kind: VarKind::Set(FORMS) },
    Variable { name: "victims_total", section: 'B', kind: VarKind::Count },
    Variable { name: "victims_minor", section: 'B', kind: VarKind::Choice(YES_NO_UNKNOWN) },
    Variable { name: "victim_sex", section: 'B', kind: VarKind::Set(SEXES) },
    Variable { name: "border", section: 'B', kind: VarKind::Choice(BORDERS) },
    Variable { name: "countries", section: 'B', kind: VarKind::Countries },
    Variable { name: "offenders_total", section: 'B', kind: VarKind::Count },
    Variable { name: "means", section: 'B', kind: VarKind::Set(MEANS) },
];

pub fn variable(name: &str) -> Option<&'static Variable> {
    SCHEME.iter().find(|v| v.name == name)
}

/// Report groups of platform types (`coding-scheme.md`, "Derived groups").
pub fn platform_group(platform_type: &str) -> Option<&'static str> {
    match platform_type {
        "social_media" | "messaging_app" => Some("social media and apps"),
        "classified_ads" | "freestanding_website" | "dating" | "job_portal" => Some("websites"),
        "webcam_livestream" => Some("livestream"),
        "email" | "unspecified" => Some("other/unspecified"),
        _ => None,
    }
}

/// One coded value.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CodedValue {
    /// A choice label: `yes`, `no`, `unknown`, `domestic`, `cross_border`.
    Label(String),
    /// A set of labels (stored sorted), or a list of names or countries (kept in order).
    Labels(Vec<String>),
    /// A count; `None` is `unknown`.
    Count(Option<u64>),
}

impl CodedValue {
    pub fn to_json(&self) -> Json {
        match self {
            CodedValue::Label(s) => Json::String(s.clone()),
            CodedValue::Labels(v) => json!(v),
            CodedValue::Count(Some(n)) => json!(n),
            CodedValue::Count(None) => Json::String("unknown".into()),
        }
    }

    /// The labels of a set or list value (empty for the other kinds).
    pub fn labels(&self) -> &[String] {
        match self {
            CodedValue::Labels(v) => v,
            _ => &[],
        }
    }
}

/// The text a value rests on: character offsets (Unicode scalar values) into the summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub variable: String,
    /// The label (or count, or name) this span supports, as a string.
    pub value: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The values one coder gave one case. Variables not coded are absent (a partial coding,
/// such as UNODC's own fields, covers only some variables).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Coding {
    pub values: BTreeMap<String, CodedValue>,
    pub evidence: Vec<Evidence>,
}

/// Why a coding does not fit the scheme; `field` names the variable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct SchemeError {
    pub field: String,
    pub message: String,
}

fn err(field: &str, message: impl Into<String>) -> SchemeError {
    SchemeError { field: field.to_string(), message: message.into() }
}

/// Checks one value against its variable and returns it in canonical form (sets sorted and
/// deduplicated). `is_country` answers whether a code is an ISO 3166-1 alpha-3 country.
pub fn check_value(var: &Variable, value: &Json, is_country: &dyn Fn(&str) -> bool) -> Result<CodedValue, SchemeError> {
    let name = var.name;
    let strings = |v: &Json| -> Result<Vec<String>, SchemeError> {
        let arr = v.as_array().ok_or_else(|| err(name, format!("expected a JSON array, got {v}")))?;
        arr.iter()
            .map(|x| x.as_str().map(str::to_string).ok_or_else(|| err(name, format!("expected strings in the array, got {x}"))))
            .collect()
    };
    match var.kind {
        VarKind::Choice(labels) => {
            let s = value.as_str().ok_or_else(|| err(name, format!("expected one of {labels:?}, got {value}")))?;
            if labels.contains(&s) {
                Ok(CodedValue::Label(s.to_string()))
            } else {
                Err(err(name, format!("'{s}' is not one of {labels:?}")))
            }
        }
        VarKind::Set(labels) => {
            let items = strings(value)?;
            let mut set = BTreeSet::new();
            for s in items {
                if !labels.contains(&s.as_str()) {
                    return Err(err(name, format!("'{s}' is not one of {labels:?}")));
                }
                set.insert(s);
            }
            Ok(CodedValue::Labels(set.into_iter().collect()))
        }
        VarKind::Count => match value {
            Json::String(s) if s == "unknown" => Ok(CodedValue::Count(None)),
            Json::Number(n) => n
                .as_u64()
                .map(|n| CodedValue::Count(Some(n)))
                .ok_or_else(|| err(name, format!("expected a whole number >= 0 or \"unknown\", got {n}"))),
            other => Err(err(name, format!("expected a whole number or \"unknown\", got {other}"))),
        },
        VarKind::Names => {
            let mut out: Vec<String> = Vec::new();
            for s in strings(value)? {
                let s = s.trim().to_string();
                if s.is_empty() {
                    return Err(err(name, "empty name"));
                }
                if !out.contains(&s) {
                    out.push(s);
                }
            }
            Ok(CodedValue::Labels(out))
        }
        VarKind::Countries => {
            let mut out: Vec<String> = Vec::new();
            for s in strings(value)? {
                if !is_country(&s) {
                    return Err(err(name, format!("'{s}' is not an ISO 3166-1 alpha-3 country code")));
                }
                if !out.contains(&s) {
                    out.push(s);
                }
            }
            Ok(CodedValue::Labels(out))
        }
    }
}

impl Coding {
    /// Reads the scheme's variables from a JSON object (other keys such as `id`, `summary`
    /// are the caller's). Unknown keys are rejected unless listed in `extra_keys`.
    pub fn from_json(
        obj: &Map<String, Json>,
        extra_keys: &[&str],
        is_country: &dyn Fn(&str) -> bool,
    ) -> Result<Coding, SchemeError> {
        let mut coding = Coding::default();
        for (k, v) in obj {
            if k == "evidence" {
                coding.evidence = serde_json::from_value(v.clone())
                    .map_err(|e| err("evidence", format!("expected a list of {{variable, value, start, end, text}}: {e}")))?;
                continue;
            }
            if extra_keys.contains(&k.as_str()) {
                continue;
            }
            let var = variable(k).ok_or_else(|| err(k, format!("not a variable of the coding scheme v{SCHEME_VERSION}")))?;
            coding.values.insert(k.clone(), check_value(var, v, is_country)?);
        }
        for e in &coding.evidence {
            if variable(&e.variable).is_none() {
                return Err(err("evidence", format!("'{}' is not a variable of the coding scheme", e.variable)));
            }
            if e.end < e.start {
                return Err(err("evidence", format!("span {}..{} ends before it starts", e.start, e.end)));
            }
        }
        Ok(coding)
    }

    /// The variables as JSON object members, in scheme order.
    pub fn to_json(&self) -> Map<String, Json> {
        let mut m = Map::new();
        for var in SCHEME {
            if let Some(v) = self.values.get(var.name) {
                m.insert(var.name.to_string(), v.to_json());
            }
        }
        m.insert("evidence".into(), serde_json::to_value(&self.evidence).expect("evidence serialises"));
        m
    }

    pub fn get(&self, name: &str) -> Option<&CodedValue> {
        self.values.get(name)
    }
}

/// Character offsets into `text` for a byte range, as evidence spans use them.
pub fn char_span(text: &str, byte_start: usize, byte_end: usize) -> (usize, usize) {
    let start = text[..byte_start].chars().count();
    let len = text[byte_start..byte_end].chars().count();
    (start, start + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(c: &str) -> bool {
        crate::Instrument::v1().entity(c).is_some_and(|e| e.kind == crate::EntityKind::Country)
    }

    #[test]
    fn a_full_coding_reads_and_writes_back() {
        let text = r#"{"id":"c1","internet_used":"yes","purposes":["recruitment","advertising","advertising"],
            "platform_types":["classified_ads"],"platforms":["Craigslist"],"strategies":["fishing"],
            "cyber_flow":"no","forms":["sexual_exploitation"],"victims_total":3,"victims_minor":"unknown",
            "victim_sex":["female"],"border":"domestic","countries":["USA"],"offenders_total":"unknown",
            "means":["force"],"evidence":[{"variable":"platforms","value":"Craigslist","start":4,"end":14,"text":"Craigslist"}]}"#;
        let obj: Map<String, Json> = serde_json::from_str(text).unwrap();
        let c = Coding::from_json(&obj, &["id"], &iso).unwrap();
        assert_eq!(c.get("purposes").unwrap().labels(), &["advertising", "recruitment"]);
        assert_eq!(c.get("offenders_total"), Some(&CodedValue::Count(None)));
        let back = Coding::from_json(&c.to_json(), &[], &iso).unwrap();
        assert_eq!(back, c);
    }

    #[test]
    fn a_value_outside_the_scheme_names_its_variable() {
        let obj: Map<String, Json> = serde_json::from_str(r#"{"border":"international"}"#).unwrap();
        let e = Coding::from_json(&obj, &[], &iso).unwrap_err();
        assert_eq!(e.field, "border");
        let obj: Map<String, Json> = serde_json::from_str(r#"{"platfroms":[]}"#).unwrap();
        assert_eq!(Coding::from_json(&obj, &[], &iso).unwrap_err().field, "platfroms");
        let obj: Map<String, Json> = serde_json::from_str(r#"{"countries":["XXA"]}"#).unwrap();
        assert_eq!(Coding::from_json(&obj, &[], &iso).unwrap_err().field, "countries");
    }

    #[test]
    fn char_spans_count_characters_not_bytes() {
        let t = "Côte d'Ivoire via Facebook";
        let b = t.find("Facebook").unwrap();
        assert_eq!(char_span(t, b, b + 8), (18, 26));
    }
}
