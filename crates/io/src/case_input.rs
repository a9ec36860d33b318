//! What the case readers (`cldb`, `cases_jsonl`, `htcds`) share: their error, located to
//! file, line and field, and the file they return.

use tipdata_model::case::CaseBundle;

/// A problem with a case file, located to the line (1-based, the line a record starts on)
/// and the field (column or JSON key).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}{}{}: {message}", if *.line > 0 { format!(", line {line}") } else { String::new() },
        if .field.is_empty() { String::new() } else { format!(", field '{field}'") })]
pub struct CaseReadError {
    pub file: String,
    pub line: u64,
    pub field: String,
    pub message: String,
}

impl CaseReadError {
    pub fn new(file: &str, line: u64, field: &str, message: impl Into<String>) -> CaseReadError {
        CaseReadError { file: file.into(), line, field: field.into(), message: message.into() }
    }
}

/// The cases of one file, in file order, and what the reader noticed without rejecting
/// (values outside the mapping, placeholder dates...), each note naming line and field.
#[derive(Debug, Clone, Default)]
pub struct CaseFile {
    pub records_read: u64,
    pub bundles: Vec<CaseBundle>,
    pub notes: Vec<CaseNote>,
}

/// Something a reader noticed without rejecting the file: a value outside the mapping, a
/// shared case id. The import goes on; the note is stored as a finding of the import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseNote {
    /// Stable code: `case_id_shared`, `case_value_unmapped`, `case_date_unreadable`,
    /// `case_country_unknown`, `case_no_summary`.
    pub rule: &'static str,
    pub line: u64,
    pub field: String,
    pub message: String,
}

impl CaseNote {
    pub fn new(rule: &'static str, line: u64, field: &str, message: impl Into<String>) -> CaseNote {
        CaseNote { rule, line, field: field.into(), message: message.into() }
    }
}

impl std::fmt::Display for CaseNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}, field '{}': {}", self.line, self.field, self.message)
    }
}

/// Whether a code is an ISO 3166-1 alpha-3 country of the instrument's codelist.
pub fn is_country(code: &str) -> bool {
    tipdata_model::Instrument::v1().entity(code).is_some_and(|e| e.kind == tipdata_model::EntityKind::Country)
}

/// Reads a file's bytes, naming the file when it cannot.
pub(crate) fn read_bytes(path: &std::path::Path) -> Result<Vec<u8>, CaseReadError> {
    std::fs::read(path).map_err(|e| CaseReadError::new(&path.display().to_string(), 0, "", format!("cannot read: {e}")))
}

/// Trims and folds every run of whitespace (including the stray line breaks inside cells)
/// into one space.
pub(crate) fn fold_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Line numbers as an editor shows them, where CR, LF and CRLF each end a line (the csv crate
/// counts LFs only, which misnumbers a file whose records end with a bare CR).
pub(crate) struct Lines {
    /// Byte offset where each line starts.
    starts: Vec<u64>,
}

impl Lines {
    pub(crate) fn new(bytes: &[u8]) -> Lines {
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    i += 2;
                    starts.push(i as u64);
                }
                b'\r' | b'\n' => {
                    i += 1;
                    starts.push(i as u64);
                }
                _ => i += 1,
            }
        }
        Lines { starts }
    }

    /// The 1-based line of a byte offset.
    pub(crate) fn line(&self, byte: u64) -> u64 {
        self.starts.partition_point(|&s| s <= byte) as u64
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn cr_lf_and_crlf_each_end_a_line() {
        let l = super::Lines::new(b"a\rb\nc\r\nd");
        assert_eq!([0, 2, 4, 7].map(|b| l.line(b)), [1, 2, 3, 4]);
    }
}
