//! Court cases and their codings: a case's identity and summary, the coding records that
//! coders (people, the automatic coder, UNODC's own fields) made of it, and agreement between
//! two coders (percent agreement and Cohen's kappa).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json};

use crate::coding::{CodedValue, Coding, VarKind, SCHEME};

/// Flag set on every case whose source id is shared with another case of the same file
/// (UNODC's USA174): both are kept, under ids made unique with the source's row key.
pub const FLAG_DUPLICATE_SOURCE_ID: &str = "duplicate_source_id";
/// Flag: the source gave a placeholder (`YYYY-MM-DD`) instead of a judgment date.
pub const FLAG_NO_DATE: &str = "judgment_date_missing";
/// Flag: the source summary was the same text repeated (`A; A`) and is stored once.
pub const FLAG_SUMMARY_REPEATED: &str = "summary_repeated_in_source";

/// One court case: who, where, when, and the summary that coders read.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Case {
    /// Unique in the repository.
    pub id: String,
    /// The channel it came by: `cldb`, `jsonl`, `htcds`.
    pub source: String,
    /// The source's own case id (for CLDB the `Case` column, which is not unique).
    pub source_id: Option<String>,
    /// The source's row key (for CLDB `WebOrder`).
    pub source_key: Option<String>,
    /// ISO 3166-1 alpha-3 of the country whose court decided the case.
    pub country: Option<String>,
    pub court: Option<String>,
    /// Year of the judgment.
    pub year: Option<i32>,
    /// The judgment date as `YYYY-MM-DD` when the source gives one.
    pub date: Option<String>,
    /// Docket number or case name.
    pub name: Option<String>,
    pub link: Option<String>,
    pub summary: String,
    /// Sorted, deduplicated; see the `FLAG_*` constants.
    pub flags: Vec<String>,
    /// Every field of the source record as read, so that nothing of the source is lost.
    pub raw: Map<String, Json>,
}

impl Case {
    pub fn flag(&mut self, flag: &str) {
        if !self.flags.iter().any(|f| f == flag) {
            self.flags.push(flag.to_string());
            self.flags.sort();
        }
    }

    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }

    /// The case's identity fields (not the raw record) as JSON object members.
    pub fn identity_json(&self) -> Map<String, Json> {
        let mut m = Map::new();
        m.insert("id".into(), Json::from(self.id.clone()));
        m.insert("country".into(), self.country.clone().map_or(Json::Null, Json::from));
        m.insert("year".into(), self.year.map_or(Json::Null, Json::from));
        m.insert("court".into(), self.court.clone().map_or(Json::Null, Json::from));
        m.insert("name".into(), self.name.clone().map_or(Json::Null, Json::from));
        m.insert("date".into(), self.date.clone().map_or(Json::Null, Json::from));
        m.insert("link".into(), self.link.clone().map_or(Json::Null, Json::from));
        m.insert("source".into(), Json::from(self.source.clone()));
        m.insert("source_id".into(), self.source_id.clone().map_or(Json::Null, Json::from));
        m.insert("source_key".into(), self.source_key.clone().map_or(Json::Null, Json::from));
        m.insert("flags".into(), Json::from(self.flags.clone()));
        m
    }
}

/// Who coded: a person's id, `auto-<version>` for the automatic coder, or a source's own
/// coding such as `unodc-cldb`. Letters, digits and `. _ - @ :`, 1 to 64 characters.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct CoderId(String);

impl CoderId {
    pub fn parse(s: &str) -> Result<CoderId, String> {
        let s = s.trim();
        if s.is_empty() || s.chars().count() > 64 {
            return Err(format!("coder id '{s}' must be 1 to 64 characters"));
        }
        if let Some(c) = s.chars().find(|c| !(c.is_alphanumeric() || ".-_@:".contains(*c))) {
            return Err(format!("coder id '{s}' has '{c}': use letters, digits and . _ - @ :"));
        }
        Ok(CoderId(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The automatic coder (`auto-<version>`).
    pub fn is_automatic(&self) -> bool {
        self.0.starts_with("auto-")
    }
}

impl std::fmt::Display for CoderId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The coder of UNODC's own coded fields in the case-law export.
pub const UNODC_CODER: &str = "unodc-cldb";

/// A coding record's status: the latest coding of a coder for a case is `current`; a later
/// coding by the same coder marks the earlier one `superseded` (never deleted).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CodingStatus {
    Current,
    Superseded,
}

impl CodingStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CodingStatus::Current => "current",
            CodingStatus::Superseded => "superseded",
        }
    }

    pub fn parse(s: &str) -> Option<CodingStatus> {
        match s {
            "current" => Some(CodingStatus::Current),
            "superseded" => Some(CodingStatus::Superseded),
            _ => None,
        }
    }
}

/// One coder's coding of one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodingRecord {
    pub case_id: String,
    pub coder: CoderId,
    /// RFC 3339 UTC, set by the store.
    pub at: String,
    pub coding: Coding,
    pub status: CodingStatus,
}

/// A case as an import brings it: the case and the codings that came with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseBundle {
    pub case: Case,
    /// (coder, coding); partial codings hold only the variables the source coded.
    pub codings: Vec<(CoderId, Coding)>,
}

/// How a case's final value for a variable was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FinalMethod {
    /// Two coders gave the same value.
    Agreement,
    /// A person chose the value (one coder's, or their own).
    Adjudication,
}

impl FinalMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            FinalMethod::Agreement => "agreement",
            FinalMethod::Adjudication => "adjudication",
        }
    }

    pub fn parse(s: &str) -> Option<FinalMethod> {
        match s {
            "agreement" => Some(FinalMethod::Agreement),
            "adjudication" => Some(FinalMethod::Adjudication),
            _ => None,
        }
    }
}

/// The value a case holds for one variable in the final dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinalValue {
    pub case_id: String,
    pub variable: String,
    pub value: CodedValue,
    pub evidence: Vec<crate::coding::Evidence>,
    pub method: FinalMethod,
    /// Who decided (the adjudicator, or the person who accepted the agreement).
    pub decided_by: String,
    /// Where the value came from: `A,B` for agreement, a coder id, or `manual`.
    pub basis: String,
    pub reason: Option<String>,
}

/// The value as the text agreement compares: labels of a choice, the count or `unknown`,
/// a set or list as its sorted labels joined by `;` (empty set: ``).
pub fn value_key(v: &CodedValue) -> String {
    match v {
        CodedValue::Label(s) => s.clone(),
        CodedValue::Count(Some(n)) => n.to_string(),
        CodedValue::Count(None) => "unknown".to_string(),
        CodedValue::Labels(l) => {
            let mut l: Vec<&str> = l.iter().map(String::as_str).collect();
            l.sort_unstable();
            l.join(";")
        }
    }
}

/// Cohen's kappa and percent agreement over paired categorical ratings.
///
/// Degenerate cases, stated rather than hidden:
/// - no pairs (the coders share no case): `percent` and `kappa` are `None`;
/// - expected agreement 1 (both coders gave the same single value to every case): observed
///   agreement is also 1 and kappa is 0/0, so `kappa` is `None` and `note` says why;
///   percent agreement is 100.
///
/// Otherwise `kappa = (po - pe) / (1 - pe)`, which is 0 when both coders each used a single
/// but different value (po = pe = 0), and may be negative.
#[derive(Debug, Clone, PartialEq)]
pub struct KappaResult {
    pub n: usize,
    pub agree: usize,
    /// 0..=100.
    pub percent: Option<f64>,
    pub kappa: Option<f64>,
    pub note: Option<&'static str>,
}

pub const NOTE_NO_OVERLAP: &str = "no case coded by both";
pub const NOTE_ONE_VALUE: &str = "both coders gave one and the same value to every case: kappa undefined";

pub fn cohen_kappa<S: AsRef<str>>(pairs: &[(S, S)]) -> KappaResult {
    let n = pairs.len();
    if n == 0 {
        return KappaResult { n, agree: 0, percent: None, kappa: None, note: Some(NOTE_NO_OVERLAP) };
    }
    let mut a_counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut b_counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut agree = 0;
    for (a, b) in pairs {
        let (a, b) = (a.as_ref(), b.as_ref());
        *a_counts.entry(a).or_default() += 1;
        *b_counts.entry(b).or_default() += 1;
        if a == b {
            agree += 1;
        }
    }
    let nf = n as f64;
    let po = agree as f64 / nf;
    let pe: f64 = a_counts.iter().map(|(k, ca)| (*ca as f64 / nf) * (b_counts.get(k).copied().unwrap_or(0) as f64 / nf)).sum();
    let percent = Some(100.0 * po);
    if (1.0 - pe).abs() < 1e-12 {
        return KappaResult { n, agree, percent, kappa: None, note: Some(NOTE_ONE_VALUE) };
    }
    KappaResult { n, agree, percent, kappa: Some((po - pe) / (1.0 - pe)), note: None }
}

/// Agreement on one variable, or on one label of a set variable.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementRow {
    pub variable: String,
    /// `None` for the variable as a whole (a set: the exact set); `Some(label)` for one label
    /// of a set variable (present / absent).
    pub label: Option<String>,
    pub result: KappaResult,
}

/// A case where the two coders gave different values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disagreement {
    pub case_id: String,
    pub variable: String,
    pub a: String,
    pub b: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AgreementReport {
    pub rows: Vec<AgreementRow>,
    pub disagreements: Vec<Disagreement>,
}

/// Agreement between coders A and B over the cases both coded, per variable of the scheme
/// (or only `only`), per label for set variables. A case counts for a variable only when
/// both codings hold that variable (partial codings leave variables out).
pub fn agreement(a: &BTreeMap<String, Coding>, b: &BTreeMap<String, Coding>, only: Option<&str>) -> AgreementReport {
    let mut report = AgreementReport::default();
    for var in SCHEME.iter().filter(|v| only.is_none() || only == Some(v.name)) {
        let mut pairs: Vec<(String, String)> = Vec::new();
        let mut label_pairs: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
        for (case_id, ca) in a {
            let (Some(va), Some(vb)) = (ca.get(var.name), b.get(case_id).and_then(|cb| cb.get(var.name))) else {
                continue;
            };
            let (ka, kb) = (value_key(va), value_key(vb));
            if ka != kb {
                report.disagreements.push(Disagreement {
                    case_id: case_id.clone(),
                    variable: var.name.to_string(),
                    a: ka.clone(),
                    b: kb.clone(),
                });
            }
            pairs.push((ka, kb));
            if let VarKind::Set(labels) = var.kind {
                let (sa, sb): (BTreeSet<&str>, BTreeSet<&str>) =
                    (va.labels().iter().map(String::as_str).collect(), vb.labels().iter().map(String::as_str).collect());
                for l in labels {
                    let p = |s: &BTreeSet<&str>| if s.contains(l) { "present" } else { "absent" };
                    label_pairs.entry(l).or_default().push((p(&sa), p(&sb)));
                }
            }
        }
        report.rows.push(AgreementRow { variable: var.name.to_string(), label: None, result: cohen_kappa(&pairs) });
        if let VarKind::Set(labels) = var.kind {
            for l in labels {
                let lp = label_pairs.remove(l).unwrap_or_default();
                report.rows.push(AgreementRow {
                    variable: var.name.to_string(),
                    label: Some(l.to_string()),
                    result: cohen_kappa(&lp),
                });
            }
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn kappa_matches_a_hand_computed_two_by_two_table() {
        // 10 cases: yes/yes 4, yes/no 1, no/yes 2, no/no 3.
        // po = 7/10; A yes 5/10, B yes 6/10; pe = .5*.6 + .5*.4 = .5; kappa = (.7-.5)/.5 = .4
        let mut p = vec![("yes", "yes"); 4];
        p.push(("yes", "no"));
        p.extend(vec![("no", "yes"); 2]);
        p.extend(vec![("no", "no"); 3]);
        let r = cohen_kappa(&p);
        assert_eq!((r.n, r.agree), (10, 7));
        assert!(close(r.percent, 70.0));
        assert!(close(r.kappa, 0.4), "{r:?}");
    }

    #[test]
    fn kappa_matches_a_hand_computed_three_category_table() {
        // A: d d d c c u ; B: d d c c c c
        // po = 4/6; A: d 3/6, c 2/6, u 1/6; B: d 2/6, c 4/6
        // pe = (3*2 + 2*4 + 1*0)/36 = 14/36; kappa = (24/36 - 14/36)/(22/36) = 10/22
        let p = [("d", "d"), ("d", "d"), ("d", "c"), ("c", "c"), ("c", "c"), ("u", "c")];
        let r = cohen_kappa(&p);
        assert!(close(r.kappa, 10.0 / 22.0), "{r:?}");
        assert!(close(r.percent, 400.0 / 6.0));
    }

    #[test]
    fn all_one_value_for_both_coders_gives_full_agreement_and_no_kappa() {
        let r = cohen_kappa(&[("no", "no"), ("no", "no"), ("no", "no")]);
        assert!(close(r.percent, 100.0));
        assert_eq!(r.kappa, None);
        assert_eq!(r.note, Some(NOTE_ONE_VALUE));
    }

    #[test]
    fn each_coder_one_different_value_gives_kappa_zero() {
        let r = cohen_kappa(&[("yes", "no"), ("yes", "no")]);
        assert!(close(r.percent, 0.0));
        assert!(close(r.kappa, 0.0));
    }

    #[test]
    fn perfect_disagreement_on_balanced_values_gives_kappa_minus_one() {
        // po = 0, pe = .5*.5+.5*.5 = .5, kappa = -1
        let r = cohen_kappa(&[("yes", "no"), ("no", "yes")]);
        assert!(close(r.kappa, -1.0));
    }

    #[test]
    fn no_overlap_gives_no_figures() {
        let r = cohen_kappa::<&str>(&[]);
        assert_eq!((r.n, r.percent, r.kappa, r.note), (0, None, None, Some(NOTE_NO_OVERLAP)));
        let a: BTreeMap<String, Coding> =
            [("c1".to_string(), coding(&[("border", CodedValue::Label("domestic".into()))]))].into();
        let b: BTreeMap<String, Coding> =
            [("c2".to_string(), coding(&[("border", CodedValue::Label("domestic".into()))]))].into();
        let rep = agreement(&a, &b, Some("border"));
        assert_eq!(rep.rows.len(), 1);
        assert_eq!(rep.rows[0].result.n, 0);
        assert!(rep.disagreements.is_empty());
    }

    fn coding(vals: &[(&str, CodedValue)]) -> Coding {
        Coding { values: vals.iter().map(|(k, v)| (k.to_string(), v.clone())).collect(), evidence: vec![] }
    }

    fn set(l: &[&str]) -> CodedValue {
        CodedValue::Labels(l.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn set_variables_are_compared_as_a_whole_and_per_label() {
        // forms: c1 {sex}/{sex}, c2 {sex,labour}/{sex}, c3 {labour}/{labour}, c4 {}/{labour}
        let a: BTreeMap<String, Coding> = [
            ("c1", set(&["sexual_exploitation"])),
            ("c2", set(&["forced_labour", "sexual_exploitation"])),
            ("c3", set(&["forced_labour"])),
            ("c4", set(&[])),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), coding(&[("forms", v)])))
        .collect();
        let b: BTreeMap<String, Coding> = [
            ("c1", set(&["sexual_exploitation"])),
            ("c2", set(&["sexual_exploitation"])),
            ("c3", set(&["forced_labour"])),
            ("c4", set(&["forced_labour"])),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), coding(&[("forms", v)])))
        .collect();
        let rep = agreement(&a, &b, Some("forms"));
        let whole = &rep.rows[0];
        assert_eq!((whole.label.as_deref(), whole.result.n, whole.result.agree), (None, 4, 2));
        // forced_labour: A present c2,c3; B present c3,c4 -> pairs (a,a)c1 (p,a)c2 (p,p)c3 (a,p)c4
        // po = 2/4, pe = .5*.5 + .5*.5 = .5, kappa = 0
        let fl = rep.rows.iter().find(|r| r.label.as_deref() == Some("forced_labour")).unwrap();
        assert!(close(fl.result.kappa, 0.0));
        assert!(close(fl.result.percent, 50.0));
        // sexual_exploitation: A present c1,c2; B present c1,c2 -> kappa 1
        let se = rep.rows.iter().find(|r| r.label.as_deref() == Some("sexual_exploitation")).unwrap();
        assert!(close(se.result.kappa, 1.0));
        // a label neither coder used: all absent, kappa undefined
        let om = rep.rows.iter().find(|r| r.label.as_deref() == Some("organ_removal")).unwrap();
        assert_eq!(om.result.kappa, None);
        assert_eq!(rep.disagreements.len(), 2);
        assert_eq!(rep.disagreements[0].a, "forced_labour;sexual_exploitation");
    }

    #[test]
    fn coder_ids_are_checked() {
        assert!(CoderId::parse("auto-0.1.0").unwrap().is_automatic());
        assert!(CoderId::parse("unodc-cldb").is_ok());
        assert!(CoderId::parse("a b").is_err());
        assert!(CoderId::parse("").is_err());
    }
}
