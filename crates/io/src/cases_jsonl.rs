//! Cases and codings as JSON lines: one object per line in the shape of the coding scheme
//! plus `id`, `country`, `year`, `summary` (`docs/interfaces.md`), and the writer for
//! `tipdata export cases --format jsonl`.

use serde_json::{Map, Value as Json};
use tipdata_model::case::{Case, CaseBundle, CoderId};
use tipdata_model::coding::Coding;

use crate::case_input::{is_country, read_bytes, CaseFile, CaseReadError};

/// Identity keys a case line may carry besides the scheme's variables.
pub const CASE_KEYS: &[&str] =
    &["id", "country", "year", "summary", "court", "name", "link", "date", "coder", "source", "source_id", "source_key", "flags"];
/// Keys a coding line may carry besides the scheme's variables (`summary` and the identity
/// keys are ignored, so an exported file can be coded and read back).
pub const CODING_KEYS: &[&str] =
    &["id", "coder", "summary", "country", "year", "court", "name", "link", "date", "source", "source_id", "source_key", "flags"];

pub fn read_cases_jsonl(path: &std::path::Path, default_coder: Option<&CoderId>) -> Result<CaseFile, CaseReadError> {
    read_cases_jsonl_bytes(&path.display().to_string(), &read_bytes(path)?, default_coder)
}

/// A JSON object and the line it starts on.
type Line = (u64, Map<String, Json>);

/// The JSON objects of a file, each with the 1-based line it starts on: one object per line
/// (JSON lines), or objects written over several lines one after the other (a single
/// pretty-printed object is such a file).
fn objects(name: &str, bytes: &[u8]) -> Result<Vec<Line>, CaseReadError> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|e| CaseReadError::new(name, 0, "", format!("not UTF-8: {e}")))?;
    let line_of = |offset: usize| text[..offset].matches('\n').count() as u64 + 1;
    let mut out = Vec::new();
    let mut stream = serde_json::Deserializer::from_str(text).into_iter::<Json>();
    loop {
        let rest = &text[stream.byte_offset()..];
        let start = stream.byte_offset() + (rest.len() - rest.trim_start().len());
        match stream.next() {
            None => break,
            Some(Ok(Json::Object(o))) => out.push((line_of(start), o)),
            Some(Ok(Json::Array(_))) => {
                return Err(CaseReadError::new(
                    name,
                    line_of(start),
                    "",
                    "a JSON array: write one JSON object per line (JSON lines)",
                ))
            }
            Some(Ok(_)) => return Err(CaseReadError::new(name, line_of(start), "", "expected a JSON object")),
            Some(Err(e)) => return Err(CaseReadError::new(name, e.line() as u64, "", format!("not JSON: {e}"))),
        }
    }
    Ok(out)
}

fn opt_string(name: &str, line: u64, o: &Map<String, Json>, key: &str) -> Result<Option<String>, CaseReadError> {
    match o.get(key) {
        None | Some(Json::Null) => Ok(None),
        Some(Json::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Json::String(s)) => Ok(Some(s.trim().to_string())),
        Some(v) => Err(CaseReadError::new(name, line, key, format!("expected a string, got {v}"))),
    }
}

fn case_id(name: &str, line: u64, o: &Map<String, Json>) -> Result<String, CaseReadError> {
    opt_string(name, line, o, "id")?.ok_or_else(|| CaseReadError::new(name, line, "id", "missing case id"))
}

pub fn read_cases_jsonl_bytes(name: &str, bytes: &[u8], default_coder: Option<&CoderId>) -> Result<CaseFile, CaseReadError> {
    let mut file = CaseFile::default();
    let mut ids = std::collections::BTreeSet::new();
    for (line, o) in objects(name, bytes)? {
        file.records_read += 1;
        let id = case_id(name, line, &o)?;
        if !ids.insert(id.clone()) {
            return Err(CaseReadError::new(name, line, "id", format!("case id '{id}' occurs twice in the file")));
        }
        let summary = opt_string(name, line, &o, "summary")?
            .ok_or_else(|| CaseReadError::new(name, line, "summary", "missing summary: a case needs the text coders read"))?;
        let country = opt_string(name, line, &o, "country")?;
        if let Some(c) = &country {
            if !is_country(c) {
                return Err(CaseReadError::new(
                    name,
                    line,
                    "country",
                    format!("'{c}' is not an ISO 3166-1 alpha-3 country code"),
                ));
            }
        }
        let year = match o.get("year") {
            None | Some(Json::Null) => None,
            Some(v) => Some(
                v.as_i64()
                    .and_then(|y| i32::try_from(y).ok())
                    .filter(|y| (1900..=2100).contains(y))
                    .ok_or_else(|| CaseReadError::new(name, line, "year", format!("expected a year such as 2019, got {v}")))?,
            ),
        };
        let case = Case {
            id,
            source: "jsonl".into(),
            country,
            year,
            court: opt_string(name, line, &o, "court")?,
            name: opt_string(name, line, &o, "name")?,
            link: opt_string(name, line, &o, "link")?,
            date: opt_string(name, line, &o, "date")?,
            summary,
            raw: o.clone(),
            ..Case::default()
        };
        let coding =
            Coding::from_json(&o, CASE_KEYS, &is_country).map_err(|e| CaseReadError::new(name, line, &e.field, e.message))?;
        let mut codings = Vec::new();
        if !coding.values.is_empty() || !coding.evidence.is_empty() {
            let coder = match opt_string(name, line, &o, "coder")? {
                Some(c) => CoderId::parse(&c).map_err(|m| CaseReadError::new(name, line, "coder", m))?,
                None => default_coder.cloned().ok_or_else(|| {
                    CaseReadError::new(
                        name,
                        line,
                        "coder",
                        "the line holds coded values: say who coded them with \"coder\" or --coder",
                    )
                })?,
            };
            check_evidence(&case.summary, &coding).map_err(|(f, m)| CaseReadError::new(name, line, &f, m))?;
            codings.push((coder, coding));
        }
        file.bundles.push(CaseBundle { case, codings });
    }
    Ok(file)
}

/// One line of a coding file: the case it codes, the coder it names (if any), the coding.
#[derive(Debug, Clone)]
pub struct CodingLine {
    pub line: u64,
    pub case_id: String,
    pub coder: Option<CoderId>,
    pub coding: Coding,
}

/// Reads codings (`tipdata coding add`): JSON lines in the shape `tipdata code` writes.
pub fn read_codings_jsonl(name: &str, bytes: &[u8]) -> Result<Vec<CodingLine>, CaseReadError> {
    let mut out = Vec::new();
    for (line, o) in objects(name, bytes)? {
        let case_id = case_id(name, line, &o)?;
        let coder = opt_string(name, line, &o, "coder")?
            .map(|c| CoderId::parse(&c).map_err(|m| CaseReadError::new(name, line, "coder", m)))
            .transpose()?;
        let coding =
            Coding::from_json(&o, CODING_KEYS, &is_country).map_err(|e| CaseReadError::new(name, line, &e.field, e.message))?;
        if coding.values.is_empty() {
            return Err(CaseReadError::new(name, line, "", "the line codes no variable of the scheme"));
        }
        out.push(CodingLine { line, case_id, coder, coding });
    }
    Ok(out)
}

/// Every evidence span must lie inside the summary and quote it exactly (character offsets).
/// Returns the field (`evidence[i]`) and the reason.
pub fn check_evidence(summary: &str, coding: &Coding) -> Result<(), (String, String)> {
    let chars: Vec<char> = summary.chars().collect();
    for (i, e) in coding.evidence.iter().enumerate() {
        let field = format!("evidence[{i}]");
        if e.end > chars.len() || e.start > e.end {
            return Err((field, format!("span {}..{} is outside the summary ({} characters)", e.start, e.end, chars.len())));
        }
        let quoted: String = chars[e.start..e.end].iter().collect();
        if quoted != e.text {
            return Err((field, format!("span {}..{} reads '{quoted}', not '{}'", e.start, e.end, e.text)));
        }
    }
    Ok(())
}

/// One export line: the case's identity, its summary, and a coding's variables.
pub fn case_line(case: &Case, coding: &Coding) -> String {
    let mut m = case.identity_json();
    m.insert("summary".into(), Json::from(case.summary.clone()));
    m.extend(coding.to_json());
    Json::Object(m).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_variable_is_rejected_with_its_line_and_field() {
        let text =
            "{\"id\":\"a\",\"summary\":\"x\"}\n\n{\"id\":\"b\",\"summary\":\"y\",\"coder\":\"ann\",\"borders\":\"domestic\"}\n";
        let e = read_cases_jsonl_bytes("f.jsonl", text.as_bytes(), None).unwrap_err();
        assert_eq!((e.line, e.field.as_str()), (3, "borders"));
        assert_eq!(e.to_string().split(':').next().unwrap(), "f.jsonl, line 3, field 'borders'");
    }

    #[test]
    fn a_pretty_printed_object_is_read_with_the_line_it_starts_on() {
        let text = "{\"id\": \"a\", \"border\": \"domestic\"}\n{\n  \"id\": \"b\",\n  \"border\": \"abroad\"\n}\n";
        let e = read_codings_jsonl("c.json", text.as_bytes()).unwrap_err();
        assert_eq!((e.line, e.field.as_str()), (2, "border"));
        let e = read_codings_jsonl("c.json", b"{\"id\": \"a\"}\n{\"id\": ").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(read_codings_jsonl("c.json", b"[{\"id\": \"a\"}]").unwrap_err().message.contains("JSON array"));
    }

    #[test]
    fn coded_values_need_a_coder() {
        let text = "{\"id\":\"a\",\"summary\":\"x\",\"border\":\"domestic\"}\n";
        assert_eq!(read_cases_jsonl_bytes("f", text.as_bytes(), None).unwrap_err().field, "coder");
        let ann = CoderId::parse("ann").unwrap();
        let f = read_cases_jsonl_bytes("f", text.as_bytes(), Some(&ann)).unwrap();
        assert_eq!(f.bundles[0].codings[0].0, ann);
    }

    #[test]
    fn evidence_must_quote_the_summary() {
        let ok = "{\"id\":\"a\",\"summary\":\"Côte via Facebook\",\"coder\":\"c\",\"internet_used\":\"yes\",\"evidence\":[{\"variable\":\"internet_used\",\"value\":\"yes\",\"start\":9,\"end\":17,\"text\":\"Facebook\"}]}";
        assert!(read_cases_jsonl_bytes("f", ok.as_bytes(), None).is_ok());
        let bad = ok.replace("\"start\":9", "\"start\":8");
        assert_eq!(read_cases_jsonl_bytes("f", bad.as_bytes(), None).unwrap_err().field, "evidence[0]");
    }
}
