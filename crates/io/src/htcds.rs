//! HTCDS-shaped CSV: IOM's Human Trafficking Case Data Standard 2.0 field names as columns
//! (`prs_Gender`, `vic_TypeOfExploitation`, `hte_Country`...), one row per person, rows that
//! share `CaseNumber` forming one case. Mapped into a case and a coding by coder `htcds`,
//! as `docs/case-mapping.md` writes down. Picklist values outside HTCDS 2.0 are rejected.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value as Json};
use tipdata_model::case::{Case, CaseBundle, CoderId};
use tipdata_model::coding::{CodedValue, Coding};

use crate::case_input::{fold_ws, is_country, read_bytes, CaseFile, CaseNote, CaseReadError, Lines};

/// The column that groups rows into cases (Salesforce's standard Case field; HTCDS builds
/// its `cas_` fields on the Case object).
pub const CASE_COLUMN: &str = "CaseNumber";
pub const HTCDS_CODER: &str = "htcds";

const GENDER: &[(&str, Option<&str>)] = &[
    ("Feminine", Some("female")),
    ("TransgenderFeminine", Some("female")),
    ("Masculine", Some("male")),
    ("TransgenderMasculine", Some("male")),
    ("NonConforming", None),
    ("NonSpecifiedUnknown", None),
];
const STATUS: &[&str] = &["PossibleVictimOfTrafficking", "ActualVictimOfTrafficking", "NotAVictimOfTrafficking"];
const EXPLOITATION: &[(&str, &str)] = &[
    ("ForcedLabour", "forced_labour"),
    ("ChildLabour", "forced_labour"),
    ("Servitude", "forced_labour"),
    ("SexualExploitation", "sexual_exploitation"),
    ("ForcedMarriage", "forced_marriage"),
    ("OrganRemoval", "organ_removal"),
    ("ForcedBegging", "forced_begging"),
    ("ForcedMilitaryByNonStateActors", "other"),
    ("ForcedAdoption", "other"),
    ("Surrogacy", "other"),
    ("Other", "other"),
];
const CONTROL: &[(&str, &str)] = &[
    ("PhysicalThreats", "threat"),
    ("ThreatsLawEnforcement", "threat"),
    ("ThreatensChildrenFamily", "threat"),
    ("DebtBondage", "debt_bondage"),
    ("FalsePromises", "deception"),
    ("PhysicalAbuse", "force"),
    ("SexualAbuse", "force"),
    ("WithholdsDocuments", "document_retention"),
    ("PsychoactiveSubstance", "drugs"),
    ("TakesEarnings", "other"),
    ("RestrictsFinancialAccess", "other"),
    ("RestrictsMedicalCare", "other"),
    ("WithholdsNecessities", "other"),
    ("PsychologicalAbuse", "other"),
    ("ExcessiveWorkingHours", "other"),
    ("Other", "other"),
];
const APPS: &[(&str, &str, &str)] = &[
    ("Facebook", "Facebook", "social_media"),
    ("Instagram", "Instagram", "social_media"),
    ("WhatsApp", "WhatsApp", "messaging_app"),
    ("Telegram", "Telegram", "messaging_app"),
    ("FacebookMessenger", "Facebook Messenger", "messaging_app"),
    ("Viber", "Viber", "messaging_app"),
    ("SnapChat", "Snapchat", "social_media"),
    ("Line", "Line", "messaging_app"),
    ("4Sale", "4Sale", "classified_ads"),
    ("WeChat", "WeChat", "messaging_app"),
    ("QQ", "QQ", "messaging_app"),
    ("QZone", "QZone", "social_media"),
    ("TikTok", "TikTok", "social_media"),
    ("Twitter", "Twitter", "social_media"),
    ("Other", "", "unspecified"),
];
const RECRUITMENT: &[&str] = &[
    "AtAPlaceOfBusiness",
    "AtAnEducationalInstitution",
    "AtWork",
    "ThroughOnlineSocialNetworks",
    "ThroughAnOnlineAdvertisement",
    "ThroughATelevisionAdvert",
    "ThroughANewspaperAdvert",
    "ThroughFamilyOrFamilyEvents",
    "ThroughFriendsOrSocialEvents",
    "Other",
];
const SEX_EXPLOITATION: &[&str] = &["Prostitution", "Pornography", "RemoteInteractiveServices", "PrivateSexualServices"];
const EVENT_TYPES: &[&str] = &["Recruitment", "Transit", "Exploitation"];

pub fn read_htcds(path: &std::path::Path) -> Result<CaseFile, CaseReadError> {
    read_htcds_bytes(&path.display().to_string(), &read_bytes(path)?)
}

struct Row {
    line: u64,
    cells: BTreeMap<String, String>,
}

impl Row {
    fn get(&self, col: &str) -> &str {
        self.cells.get(col).map_or("", |s| s.trim())
    }
}

/// The case a group of rows builds up.
#[derive(Default)]
struct Acc {
    first_line: u64,
    rows: Vec<Map<String, Json>>,
    comments: Vec<String>,
    victims: u64,
    any_status: bool,
    ages: Vec<Option<i64>>,
    sex: BTreeSet<String>,
    forms: BTreeSet<String>,
    means: BTreeSet<String>,
    platforms: Vec<String>,
    platform_types: BTreeSet<String>,
    purposes: BTreeSet<String>,
    strategies: BTreeSet<String>,
    online: bool,
    countries: Vec<String>,
    exploitation_country: Option<String>,
    first_country: Option<String>,
    year: Option<i32>,
}

pub fn read_htcds_bytes(name: &str, bytes: &[u8]) -> Result<CaseFile, CaseReadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let lines = Lines::new(bytes);
    let mut rdr = csv::ReaderBuilder::new().has_headers(false).from_reader(bytes);
    let mut records = rdr.records();
    let err = |line: u64, field: &str, m: String| CaseReadError::new(name, line, field, m);
    let header: Vec<String> = match records.next() {
        Some(Ok(r)) => r.iter().map(|h| h.trim().to_string()).collect(),
        Some(Err(e)) => {
            return Err(err(e.position().map_or(0, |p| lines.line(p.byte())), "", format!("not readable as CSV: {e}")))
        }
        None => return Err(err(0, "", "the file is empty".into())),
    };
    if !header.iter().any(|h| h == CASE_COLUMN) {
        return Err(err(1, CASE_COLUMN, "missing column: rows are grouped into cases by it".into()));
    }
    let mut order: Vec<String> = Vec::new();
    let mut cases: BTreeMap<String, Acc> = BTreeMap::new();
    let mut file = CaseFile::default();
    for rec in records {
        let rec =
            rec.map_err(|e| err(e.position().map_or(0, |p| lines.line(p.byte())), "", format!("not readable as CSV: {e}")))?;
        let line = rec.position().map_or(0, |p| lines.line(p.byte()));
        let row = Row { line, cells: header.iter().cloned().zip(rec.iter().map(str::to_string)).collect() };
        if row.cells.values().all(|v| v.trim().is_empty()) {
            continue;
        }
        file.records_read += 1;
        let id = row.get(CASE_COLUMN).to_string();
        if id.is_empty() {
            return Err(err(line, CASE_COLUMN, "empty case number".into()));
        }
        if !cases.contains_key(&id) {
            order.push(id.clone());
        }
        let acc = cases.entry(id).or_insert_with(|| Acc { first_line: line, ..Acc::default() });
        add_row(name, &row, acc)?;
        acc.rows.push(row.cells.iter().map(|(k, v)| (k.clone(), Json::from(v.clone()))).collect());
    }
    for id in order {
        let Some(acc) = cases.remove(&id) else {
            continue;
        };
        file.bundles.push(finish(id, acc, &mut file.notes));
    }
    Ok(file)
}

fn multi(row: &Row, col: &str) -> Vec<String> {
    row.get(col).split(';').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
}

fn check(name: &str, row: &Row, col: &str, v: &str, allowed: &[&str]) -> Result<(), CaseReadError> {
    if allowed.contains(&v) {
        Ok(())
    } else {
        Err(CaseReadError::new(name, row.line, col, format!("'{v}' is not an HTCDS 2.0 value ({})", allowed.join(", "))))
    }
}

fn country(name: &str, row: &Row, col: &str, v: &str) -> Result<String, CaseReadError> {
    let c = v.trim().to_ascii_uppercase();
    if is_country(&c) {
        Ok(c)
    } else {
        Err(CaseReadError::new(name, row.line, col, format!("'{v}' is not an ISO 3166-1 alpha-3 country code")))
    }
}

fn add_row(name: &str, row: &Row, acc: &mut Acc) -> Result<(), CaseReadError> {
    let status = row.get("vic_TraffickingStatus");
    let victim = if status.is_empty() {
        true
    } else {
        check(name, row, "vic_TraffickingStatus", status, STATUS)?;
        acc.any_status = true;
        status != "NotAVictimOfTrafficking"
    };
    for c in ["cco_CaseComment", "hte_Description"] {
        let t = fold_ws(row.get(c));
        if !t.is_empty() && !acc.comments.contains(&t) {
            acc.comments.push(t);
        }
    }
    let cty = row.get("hte_Country");
    if !cty.is_empty() {
        let c = country(name, row, "hte_Country", cty)?;
        let t = row.get("hte_Type");
        if !t.is_empty() {
            check(name, row, "hte_Type", t, EVENT_TYPES)?;
        }
        if t == "Exploitation" && acc.exploitation_country.is_none() {
            acc.exploitation_country = Some(c.clone());
        }
        acc.first_country.get_or_insert(c.clone());
        if !acc.countries.contains(&c) {
            acc.countries.push(c);
        }
    }
    let date = row.get("hte_Date");
    if !date.is_empty() {
        let y = date.get(..4).and_then(|y| y.parse::<i32>().ok()).filter(|_| date.len() >= 10 && date.as_bytes()[4] == b'-');
        let y = y.ok_or_else(|| CaseReadError::new(name, row.line, "hte_Date", format!("'{date}' is not a date YYYY-MM-DD")))?;
        acc.year = Some(acc.year.map_or(y, |old| old.min(y)));
    }
    if !victim {
        return Ok(());
    }
    acc.victims += 1;
    for c in multi(row, "prs_Citizenship") {
        let c = country(name, row, "prs_Citizenship", &c)?;
        if !acc.countries.contains(&c) {
            acc.countries.push(c);
        }
    }
    let age = row.get("vic_AgeWhenTrafficked");
    acc.ages.push(if age.is_empty() {
        None
    } else {
        Some(age.parse::<i64>().ok().filter(|a| (0..=120).contains(a)).ok_or_else(|| {
            CaseReadError::new(name, row.line, "vic_AgeWhenTrafficked", format!("'{age}' is not an age in years"))
        })?)
    });
    let g = row.get("prs_Gender");
    if !g.is_empty() {
        match GENDER.iter().find(|(k, _)| *k == g) {
            Some((_, Some(s))) => {
                acc.sex.insert(s.to_string());
            }
            Some((_, None)) => {}
            None => return Err(CaseReadError::new(name, row.line, "prs_Gender", format!("'{g}' is not an HTCDS 2.0 value"))),
        }
    }
    for v in multi(row, "vic_TypeOfExploitation") {
        let l = EXPLOITATION.iter().find(|(k, _)| *k == v).map(|(_, l)| *l);
        let l = l.ok_or_else(|| {
            CaseReadError::new(name, row.line, "vic_TypeOfExploitation", format!("'{v}' is not an HTCDS 2.0 value"))
        })?;
        acc.forms.insert(l.to_string());
    }
    for v in multi(row, "vic_MethodsOfControl") {
        let l = CONTROL.iter().find(|(k, _)| *k == v).map(|(_, l)| *l);
        let l = l.ok_or_else(|| {
            CaseReadError::new(name, row.line, "vic_MethodsOfControl", format!("'{v}' is not an HTCDS 2.0 value"))
        })?;
        acc.means.insert(l.to_string());
    }
    for (col, purpose) in [("vic_RecruitmentWebsitesAndApps", "recruitment"), ("vic_ExploitationWebsitesAndApps", "exploitation")]
    {
        for v in multi(row, col) {
            let (_, pname, ptype) = APPS
                .iter()
                .find(|(k, _, _)| *k == v)
                .ok_or_else(|| CaseReadError::new(name, row.line, col, format!("'{v}' is not an HTCDS 2.0 value")))?;
            acc.online = true;
            acc.purposes.insert(purpose.to_string());
            acc.platform_types.insert(ptype.to_string());
            if !pname.is_empty() && !acc.platforms.iter().any(|p| p == pname) {
                acc.platforms.push(pname.to_string());
            }
        }
    }
    for v in multi(row, "vic_MethodOfRecruitment") {
        check(name, row, "vic_MethodOfRecruitment", &v, RECRUITMENT)?;
        match v.as_str() {
            "ThroughOnlineSocialNetworks" => {
                acc.online = true;
                acc.purposes.insert("recruitment".into());
                acc.platform_types.insert("social_media".into());
            }
            "ThroughAnOnlineAdvertisement" => {
                acc.online = true;
                acc.purposes.insert("recruitment".into());
                acc.strategies.insert("fishing".into());
            }
            _ => {}
        }
    }
    for v in multi(row, "vic_TypeOfSexExploitation") {
        check(name, row, "vic_TypeOfSexExploitation", &v, SEX_EXPLOITATION)?;
        acc.forms.insert("sexual_exploitation".into());
        if v == "RemoteInteractiveServices" {
            acc.online = true;
            acc.purposes.insert("exploitation".into());
            acc.platform_types.insert("webcam_livestream".into());
        }
    }
    Ok(())
}

fn labels(s: BTreeSet<String>) -> CodedValue {
    CodedValue::Labels(s.into_iter().collect())
}

fn finish(id: String, acc: Acc, notes: &mut Vec<CaseNote>) -> CaseBundle {
    let mut c = Coding::default();
    let mut put = |k: &str, v: CodedValue| {
        c.values.insert(k.to_string(), v);
    };
    if acc.any_status {
        put("victims_total", CodedValue::Count(Some(acc.victims)));
    }
    if acc.ages.iter().any(|a| a.is_some()) {
        let v = if acc.ages.iter().any(|a| a.is_some_and(|a| a < 18)) {
            "yes"
        } else if acc.ages.iter().all(|a| a.is_some()) {
            "no"
        } else {
            "unknown"
        };
        put("victims_minor", CodedValue::Label(v.into()));
    }
    if !acc.sex.is_empty() {
        put("victim_sex", labels(acc.sex));
    }
    if !acc.forms.is_empty() {
        put("forms", labels(acc.forms));
    }
    if !acc.means.is_empty() {
        put("means", labels(acc.means));
    }
    if acc.online {
        put("internet_used", CodedValue::Label("yes".into()));
        put("purposes", labels(acc.purposes));
        put("platform_types", labels(acc.platform_types));
        put("platforms", CodedValue::Labels(acc.platforms));
        put("strategies", labels(acc.strategies));
    }
    if !acc.countries.is_empty() {
        put("border", CodedValue::Label(if acc.countries.len() > 1 { "cross_border" } else { "domestic" }.into()));
        put("countries", CodedValue::Labels(acc.countries));
    }
    let mut case = Case {
        id: id.clone(),
        source: "htcds".into(),
        source_id: Some(id.clone()),
        country: acc.exploitation_country.or(acc.first_country),
        year: acc.year,
        summary: acc.comments.join("\n"),
        ..Case::default()
    };
    case.raw.insert("rows".into(), Json::Array(acc.rows.into_iter().map(Json::Object).collect()));
    if case.summary.is_empty() {
        case.flag("no_summary");
        notes.push(CaseNote::new(
            "case_no_summary",
            acc.first_line,
            "cco_CaseComment",
            format!("case {id} has no comment or event description to code from"),
        ));
    }
    let coder = CoderId::parse(HTCDS_CODER).expect("the HTCDS coder id is valid");
    let codings = if c.values.is_empty() { vec![] } else { vec![(coder, c)] };
    CaseBundle { case, codings }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "CaseNumber,vic_TraffickingStatus,prs_Gender,vic_AgeWhenTrafficked,prs_Citizenship,vic_TypeOfExploitation,vic_MethodsOfControl,vic_RecruitmentWebsitesAndApps,hte_Country,hte_Type,hte_Date,cco_CaseComment\n\
        H1,ActualVictimOfTrafficking,Feminine,16,PHL,SexualExploitation,DebtBondage;FalsePromises,Facebook,MYS,Exploitation,2019-03-01,Recruited on Facebook.\n\
        H1,ActualVictimOfTrafficking,Masculine,25,PHL,ForcedLabour,,,,,,\n\
        H2,NotAVictimOfTrafficking,Feminine,30,,,,,,,,Screened out.\n";

    #[test]
    fn rows_of_one_case_number_make_one_case() {
        let f = read_htcds_bytes("h.csv", FILE.as_bytes()).unwrap();
        assert_eq!(f.records_read, 3);
        assert_eq!(f.bundles.len(), 2);
        let h1 = &f.bundles[0];
        assert_eq!((h1.case.country.as_deref(), h1.case.year), (Some("MYS"), Some(2019)));
        let c = &h1.codings[0].1;
        assert_eq!(c.get("victims_total"), Some(&CodedValue::Count(Some(2))));
        assert_eq!(c.get("victims_minor"), Some(&CodedValue::Label("yes".into())));
        assert_eq!(c.get("victim_sex").unwrap().labels(), ["female", "male"]);
        assert_eq!(c.get("means").unwrap().labels(), ["debt_bondage", "deception"]);
        assert_eq!(c.get("border"), Some(&CodedValue::Label("cross_border".into())));
        assert_eq!(c.get("platforms").unwrap().labels(), ["Facebook"]);
        let h2 = &f.bundles[1].codings[0].1;
        assert_eq!(h2.get("victims_total"), Some(&CodedValue::Count(Some(0))));
    }

    #[test]
    fn a_value_outside_htcds_is_rejected_with_line_and_field() {
        let bad = FILE.replace("DebtBondage;", "Debt;");
        let e = read_htcds_bytes("h.csv", bad.as_bytes()).unwrap_err();
        assert_eq!((e.line, e.field.as_str()), (2, "vic_MethodsOfControl"));
    }
}
