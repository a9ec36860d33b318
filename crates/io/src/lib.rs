//! Readers and writers for the channels data comes in and goes out by. Each reader turns a
//! file into model types and names file, sheet, row and column of anything it cannot read.

pub mod ctdc;
pub mod fuzz;
pub mod glotip;
#[cfg(feature = "parquet")]
pub mod parquet;
pub mod questionnaire;
pub mod sdmx;

pub use glotip::{read_glotip, read_glotip_bytes, GlotipFile};

/// A problem with an input file, located to the cell.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.location_and_message())]
pub struct ReadError {
    pub file: String,
    /// Empty for formats without sheets.
    pub sheet: String,
    /// 1-based, as a spreadsheet shows it; 0 when the problem is the whole file.
    pub row: u64,
    /// The column's header name; empty when the problem is the whole row or file.
    pub column: String,
    pub message: String,
}

impl ReadError {
    pub fn file(file: &str, message: impl Into<String>) -> ReadError {
        ReadError { file: file.into(), sheet: String::new(), row: 0, column: String::new(), message: message.into() }
    }

    fn location_and_message(&self) -> String {
        let mut s = self.file.clone();
        if !self.sheet.is_empty() {
            s.push_str(&format!(", sheet '{}'", self.sheet));
        }
        if self.row > 0 {
            s.push_str(&format!(", row {}", self.row));
        }
        if !self.column.is_empty() {
            s.push_str(&format!(", column '{}'", self.column));
        }
        format!("{s}: {}", self.message)
    }
}

/// Runs an xlsx read, turning a panic inside the xlsx parser (calamine 0.31 indexes out of
/// bounds on some damaged workbooks: fuzzing found it, `fuzz/regressions/`) into a `ReadError`
/// for the whole file. Our own reading code does not panic; this guards the library under it.
pub(crate) fn guard_xlsx<T>(file: &str, read: impl FnOnce() -> Result<T, ReadError>) -> Result<T, ReadError> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)) {
        Ok(r) => r,
        Err(panic) => {
            let why = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(ReadError::file(
                file,
                format!("not a readable .xlsx workbook: the xlsx parser failed on damaged content ({why})"),
            ))
        }
    }
}

/// The SHA-256 of a file's bytes, in hex: what an import records of the file it read.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

pub mod case_input;
pub mod cases_jsonl;
pub mod cldb;
pub mod htcds;

pub use case_input::{CaseFile, CaseNote, CaseReadError};
