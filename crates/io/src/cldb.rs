//! The UNODC case-law export (`HumanTrafficking_CLDB.csv`): one court case per record, and
//! UNODC's own coded fields mapped into a partial coding by coder `unodc-cldb`.
//! The mapping is written down in `docs/case-mapping.md`; keep the two in step.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::{Map, Value as Json};
use tipdata_model::case::{
    Case, CaseBundle, CoderId, FLAG_DUPLICATE_SOURCE_ID, FLAG_NO_DATE, FLAG_SUMMARY_REPEATED, UNODC_CODER,
};
use tipdata_model::coding::{CodedValue, Coding};

use crate::case_input::{fold_ws, is_country, read_bytes, CaseFile, CaseNote, CaseReadError, Lines};

/// Columns the reader needs; the export's other columns are kept in `Case::raw`.
pub const REQUIRED: [&str; 15] = [
    "WebOrder",
    "Case",
    "Court",
    "Name",
    "VerdictDate",
    "FactSummary",
    "Link",
    "ExploitationSector",
    "MeansUsed",
    "ExploitativePurposes",
    "FormOfTrafficking",
    "NumberVictims",
    "MinorsIncluded",
    "FemaleVictim(s)",
    "MaleVictim(s)",
];

/// Two-digit years up to this one are 20YY, later ones 19YY (the export runs 1981..2015).
pub const YEAR_PIVOT: i32 = 30;

pub fn read_cldb(path: &std::path::Path) -> Result<CaseFile, CaseReadError> {
    read_cldb_bytes(&path.display().to_string(), &read_bytes(path)?)
}

struct Row {
    line: u64,
    fields: BTreeMap<String, String>,
    raw: Map<String, Json>,
}

pub fn read_cldb_bytes(name: &str, bytes: &[u8]) -> Result<CaseFile, CaseReadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let lines = Lines::new(bytes);
    // The csv crate's default terminator takes \r, \n and \r\n alike: the export ends
    // records with a bare CR and has LFs inside quoted cells.
    let mut rdr = csv::ReaderBuilder::new().has_headers(false).from_reader(bytes);
    let mut records = rdr.records();
    let header: Vec<String> = match records.next() {
        Some(Ok(r)) => r.iter().map(|h| h.trim().to_string()).collect(),
        Some(Err(e)) => return Err(csv_error(name, &lines, e)),
        None => return Err(CaseReadError::new(name, 0, "", "the file is empty")),
    };
    for col in REQUIRED {
        if !header.iter().any(|h| h == col) {
            return Err(CaseReadError::new(name, 1, col, "missing column (is this the UNODC case-law export?)"));
        }
    }
    let mut rows = Vec::new();
    for rec in records {
        let rec = rec.map_err(|e| csv_error(name, &lines, e))?;
        let line = rec.position().map_or(0, |p| lines.line(p.byte()));
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let mut fields = BTreeMap::new();
        let mut raw = Map::new();
        for (h, v) in header.iter().zip(rec.iter()) {
            fields.insert(h.clone(), v.to_string());
            raw.insert(h.clone(), Json::from(v));
        }
        rows.push(Row { line, fields, raw });
    }
    let mut file = CaseFile { records_read: rows.len() as u64, ..CaseFile::default() };

    let mut seen: HashMap<String, usize> = HashMap::new();
    for r in &rows {
        *seen.entry(fold_ws(get(r, "Case"))).or_default() += 1;
    }
    let mut ids: BTreeSet<String> = BTreeSet::new();
    for r in &rows {
        let bundle = read_row(name, r, &seen, &mut file.notes)?;
        if !ids.insert(bundle.case.id.clone()) {
            return Err(CaseReadError::new(
                name,
                r.line,
                "Case",
                format!("case id '{}' occurs twice, with the same WebOrder", bundle.case.id),
            ));
        }
        file.bundles.push(bundle);
    }
    Ok(file)
}

fn get<'a>(r: &'a Row, col: &str) -> &'a str {
    r.fields.get(col).map_or("", String::as_str)
}

fn csv_error(name: &str, lines: &Lines, e: csv::Error) -> CaseReadError {
    let line = e.position().map_or(0, |p| lines.line(p.byte()));
    CaseReadError::new(name, line, "", format!("not readable as CSV: {e}"))
}

/// `None` for the export's empty markers.
fn text(s: &str) -> Option<String> {
    let s = fold_ws(s);
    match s.as_str() {
        "" | "*" | "NA" | "N/A" => None,
        _ => Some(s),
    }
}

fn read_row(name: &str, r: &Row, seen: &HashMap<String, usize>, notes: &mut Vec<CaseNote>) -> Result<CaseBundle, CaseReadError> {
    let line = r.line;
    let source_id = fold_ws(get(r, "Case"));
    if source_id.is_empty() {
        return Err(CaseReadError::new(name, line, "Case", "empty case id"));
    }
    let web_order = fold_ws(get(r, "WebOrder"));
    let mut case = Case {
        source: "cldb".into(),
        source_id: Some(source_id.clone()),
        source_key: (!web_order.is_empty()).then(|| web_order.clone()),
        raw: r.raw.clone(),
        ..Case::default()
    };
    case.id = if seen.get(&source_id).copied().unwrap_or(0) > 1 {
        if web_order.is_empty() {
            return Err(CaseReadError::new(
                name,
                line,
                "WebOrder",
                format!("case id {source_id} is shared and this record has no WebOrder to tell it apart"),
            ));
        }
        case.flag(FLAG_DUPLICATE_SOURCE_ID);
        notes.push(CaseNote::new(
            "case_id_shared",
            line,
            "Case",
            format!("case id {source_id} is used by several records; stored as {source_id}-{web_order} and flagged"),
        ));
        format!("{source_id}-{web_order}")
    } else {
        source_id.clone()
    };
    let prefix: String = source_id.chars().take(3).collect::<String>().to_ascii_uppercase();
    if is_country(&prefix) {
        case.country = Some(prefix);
    } else {
        notes.push(CaseNote::new(
            "case_country_unknown",
            line,
            "Case",
            format!("'{source_id}' does not start with an ISO 3166-1 alpha-3 code; country left empty"),
        ));
    }
    case.court = text(get(r, "Court"));
    case.name = text(get(r, "Name"));
    case.link = text(get(r, "Link"));
    let date = fold_ws(get(r, "VerdictDate"));
    match parse_date(&date) {
        Some((y, m, d)) => {
            case.year = Some(y);
            case.date = Some(format!("{y:04}-{m:02}-{d:02}"));
        }
        None if date.is_empty() || date.eq_ignore_ascii_case("YYYY-MM-DD") || date == "NA" => case.flag(FLAG_NO_DATE),
        None => {
            case.flag(FLAG_NO_DATE);
            notes.push(CaseNote::new(
                "case_date_unreadable",
                line,
                "VerdictDate",
                format!("'{date}' is not a date; year left empty"),
            ));
        }
    }
    let summary = get(r, "FactSummary").trim().to_string();
    if summary.is_empty() {
        return Err(CaseReadError::new(name, line, "FactSummary", "empty summary: a case needs the text coders read"));
    }
    case.summary = match undouble(&summary) {
        Some(once) => {
            case.flag(FLAG_SUMMARY_REPEATED);
            once
        }
        None => summary,
    };
    let coding = unodc_coding(r, notes);
    let coder = CoderId::parse(UNODC_CODER).expect("the UNODC coder id is valid");
    let codings = if coding.values.is_empty() { vec![] } else { vec![(coder, coding)] };
    Ok(CaseBundle { case, codings })
}

/// `M/D/YY`, `M/D/YYYY` or `YYYY-MM-DD`.
fn parse_date(s: &str) -> Option<(i32, u32, u32)> {
    let (y, m, d): (i32, u32, u32) = if let Some((a, rest)) = s.split_once('/') {
        let (b, c) = rest.split_once('/')?;
        let y: i32 = c.parse().ok()?;
        let y = match c.len() {
            2 if y <= YEAR_PIVOT => 2000 + y,
            2 => 1900 + y,
            4 => y,
            _ => return None,
        };
        (y, a.parse().ok()?, b.parse().ok()?)
    } else {
        let mut it = s.split('-');
        let (y, m, d) = (it.next()?, it.next()?, it.next()?);
        if y.len() != 4 || it.next().is_some() {
            return None;
        }
        (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    };
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

/// The export often holds a summary twice, `A; A`: returns `A` when it does.
pub fn undouble(s: &str) -> Option<String> {
    s.match_indices(';').find_map(|(i, _)| {
        let (l, r) = (s[..i].trim(), s[i + 1..].trim());
        (!l.is_empty() && l == r).then(|| l.to_string())
    })
}

/// The parts of a multi-valued cell: split on `;`, whitespace folded, trailing `*` (UNODC's
/// mark for a value its coder inferred) dropped, lower case.
fn parts(cell: &str) -> Vec<String> {
    spelled_parts(cell).into_iter().map(|p| p.to_lowercase()).collect()
}

/// The parts as the cell spells them (for notes).
fn spelled_parts(cell: &str) -> Vec<String> {
    cell.split(';').map(|p| fold_ws(p).trim_end_matches('*').trim().to_string()).filter(|p| !p.is_empty()).collect()
}

fn yes_no(cell: &str) -> Option<&'static str> {
    match fold_ws(cell).trim_end_matches('*').trim().to_lowercase().as_str() {
        "yes" => Some("yes"),
        "no" => Some("no"),
        "na" => Some("unknown"),
        _ => None,
    }
}

const FORMS: &[(&str, &str)] = &[
    ("exploitation of the prostitution of others or other forms of sexual exploitation", "sexual_exploitation"),
    ("commercial sexual exploitation", "sexual_exploitation"),
    ("forced labour or services", "forced_labour"),
    ("forced labor or services", "forced_labour"),
    ("servitude", "forced_labour"),
    ("slavery or practices similar to slavery", "forced_labour"),
    ("domestic servitude", "forced_labour"),
    ("hotel/restaurant/bar", "forced_labour"),
    ("agriculture", "forced_labour"),
    ("factory/manufacturing", "forced_labour"),
    ("hair/beauty salon", "forced_labour"),
    ("construction", "forced_labour"),
    ("begging", "forced_begging"),
    ("removal of organs", "organ_removal"),
    ("other", "other"),
    ("other sectors", "other"),
];

const MEANS: &[(&str, &str)] = &[
    ("threat or use of force or other forms of coercion", "force"),
    ("threat or use of other forms of coercion", "threat"),
    ("threat", "threat"),
    ("abuse of power or a position of vulnerability", "abuse_of_vulnerability"),
    ("deception", "deception"),
    ("fraud", "deception"),
    ("abduction", "other"),
    ("giving or receiving payments or benefits to achieve the consent of a person having control over another person", "other"),
];

/// Maps the parts of a cell by `table`; a part that is two known values run together
/// (`...coercionAbduction`) is split. Parts outside the table are noted, not guessed.
fn map_set(
    cell: &str,
    table: &[(&str, &'static str)],
    line: u64,
    field: &str,
    out: &mut BTreeSet<String>,
    notes: &mut Vec<CaseNote>,
) {
    for spelled in spelled_parts(cell) {
        let p = spelled.to_lowercase();
        if p == "na" {
            continue;
        }
        match lookup(&p, table) {
            Some(labels) => out.extend(labels.into_iter().map(str::to_string)),
            None => notes.push(CaseNote::new(
                "case_value_unmapped",
                line,
                field,
                format!("'{spelled}' is outside the mapping; not coded"),
            )),
        }
    }
}

fn lookup(p: &str, table: &[(&str, &'static str)]) -> Option<Vec<&'static str>> {
    if let Some((_, l)) = table.iter().find(|(k, _)| *k == p) {
        return Some(vec![*l]);
    }
    table.iter().filter(|(k, _)| p.starts_with(*k)).find_map(|(k, l)| {
        let mut rest = lookup(p[k.len()..].trim(), table)?;
        rest.push(*l);
        Some(rest)
    })
}

fn unodc_coding(r: &Row, notes: &mut Vec<CaseNote>) -> Coding {
    let line = r.line;
    let mut c = Coding::default();
    let mut put = |k: &str, v: CodedValue| {
        c.values.insert(k.to_string(), v);
    };

    // FormOfTrafficking -> border. Any transnational part makes the case cross-border.
    let f = parts(get(r, "FormOfTrafficking"));
    let has = |w: &str| f.iter().any(|p| p == w);
    if has("transnational") || has("international") {
        put("border", CodedValue::Label("cross_border".into()));
    } else if has("internal") {
        put("border", CodedValue::Label("domestic".into()));
    } else if has("na") {
        put("border", CodedValue::Label("unknown".into()));
    }
    for p in spelled_parts(get(r, "FormOfTrafficking")) {
        if !["transnational", "international", "internal", "na", "organized criminal group"].contains(&p.to_lowercase().as_str())
        {
            notes.push(CaseNote::new(
                "case_value_unmapped",
                line,
                "FormOfTrafficking",
                format!("'{p}' is outside the mapping; not coded"),
            ));
        }
    }

    match yes_no(get(r, "MinorsIncluded")) {
        Some(v) => put("victims_minor", CodedValue::Label(v.into())),
        None if fold_ws(get(r, "MinorsIncluded")).is_empty() => {}
        None => notes.push(CaseNote::new(
            "case_value_unmapped",
            line,
            "MinorsIncluded",
            format!("'{}' is not Yes/No/NA; not coded", fold_ws(get(r, "MinorsIncluded"))),
        )),
    }

    let mut forms = BTreeSet::new();
    map_set(get(r, "ExploitativePurposes"), FORMS, line, "ExploitativePurposes", &mut forms, notes);
    map_set(get(r, "ExploitationSector"), FORMS, line, "ExploitationSector", &mut forms, notes);
    if !forms.is_empty() {
        put("forms", CodedValue::Labels(forms.into_iter().collect()));
    }

    let mut means = BTreeSet::new();
    map_set(get(r, "MeansUsed"), MEANS, line, "MeansUsed", &mut means, notes);
    if !means.is_empty() {
        put("means", CodedValue::Labels(means.into_iter().collect()));
    }

    // NumberVictims: an exact number (UNODC's `*` allowed) is a count; `12+`, `Several`,
    // `NA` and prose are `unknown`; an empty cell is not coded.
    let nv = fold_ws(get(r, "NumberVictims"));
    if !nv.is_empty() {
        let n = nv.trim_end_matches('*').trim().parse::<u64>().ok();
        put("victims_total", CodedValue::Count(n));
    }

    let (fv, mv) = (yes_no(get(r, "FemaleVictim(s)")), yes_no(get(r, "MaleVictim(s)")));
    if matches!(fv, Some("yes" | "no")) || matches!(mv, Some("yes" | "no")) {
        let mut sex = Vec::new();
        if fv == Some("yes") {
            sex.push("female".to_string());
        }
        if mv == Some("yes") {
            sex.push("male".to_string());
        }
        put("victim_sex", CodedValue::Labels(sex));
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_digit_years_pivot_at_thirty() {
        assert_eq!(parse_date("4/30/10"), Some((2010, 4, 30)));
        assert_eq!(parse_date("11/1/86"), Some((1986, 11, 1)));
        assert_eq!(parse_date("2011-02-03"), Some((2011, 2, 3)));
        assert_eq!(parse_date("YYYY-MM-DD"), None);
        assert_eq!(parse_date("13/1/10"), None);
    }

    #[test]
    fn a_repeated_summary_is_kept_once() {
        assert_eq!(undouble("He did it; then left. ; He did it; then left."), Some("He did it; then left.".into()));
        assert_eq!(undouble("A; B"), None);
    }

    #[test]
    fn values_run_together_are_split() {
        let mut out = BTreeSet::new();
        let mut notes = vec![];
        map_set(
            "Threat or use of force or other forms of coercionAbduction;\nDeception*",
            MEANS,
            3,
            "MeansUsed",
            &mut out,
            &mut notes,
        );
        assert_eq!(out.into_iter().collect::<Vec<_>>(), ["deception", "force", "other"]);
        assert!(notes.is_empty());
        let mut out = BTreeSet::new();
        map_set("Transnational", MEANS, 3, "MeansUsed", &mut out, &mut notes);
        assert!(out.is_empty());
        assert_eq!(notes.len(), 1);
    }
}
