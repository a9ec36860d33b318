//! Categorical tables (a header and records of strings, empty = missing) and their CSV form.

use std::path::{Path, PathBuf};

/// A categorical table: one header, records of the same width; an empty string is a missing value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    header: Vec<String>,
    records: Vec<Vec<String>>,
}

/// What went wrong reading, writing or building a [`Table`]; rows are 1-based file lines (the header is row 1).
#[derive(Debug, thiserror::Error)]
pub enum TableError {
    #[error("{path}: cannot open or create the file: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}, row {row}: malformed CSV: {source}")]
    Csv {
        path: PathBuf,
        row: u64,
        #[source]
        source: csv::Error,
    },
    #[error("{path}: the file has no header row")]
    NoHeader { path: PathBuf },
    #[error("{path}, row {row}: expected {expected} fields, found {found}")]
    RowWidth { path: PathBuf, row: u64, expected: usize, found: usize },
    #[error("{path}: column `{column}` is not in the header")]
    MissingColumn { path: PathBuf, column: String },
    #[error("{path}: column `{column}` appears twice in the header")]
    DuplicateColumn { path: PathBuf, column: String },
    #[error("record {record}: expected {expected} fields, found {found}")]
    RecordWidth { record: usize, expected: usize, found: usize },
    #[error("the header is empty")]
    EmptyHeader,
}

impl Table {
    /// Builds a table, checking that every record is as wide as the header and that column names are unique.
    pub fn new(header: Vec<String>, records: Vec<Vec<String>>) -> Result<Table, TableError> {
        if header.is_empty() {
            return Err(TableError::EmptyHeader);
        }
        for (i, name) in header.iter().enumerate() {
            if header[..i].contains(name) {
                return Err(TableError::DuplicateColumn { path: PathBuf::from("<memory>"), column: name.clone() });
            }
        }
        for (i, r) in records.iter().enumerate() {
            if r.len() != header.len() {
                return Err(TableError::RecordWidth { record: i + 1, expected: header.len(), found: r.len() });
            }
        }
        Ok(Table { header, records })
    }

    pub fn header(&self) -> &[String] {
        &self.header
    }

    pub fn records(&self) -> &[Vec<String>] {
        &self.records
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    pub fn into_parts(self) -> (Vec<String>, Vec<Vec<String>>) {
        (self.header, self.records)
    }

    /// Index of a column by name.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h == name)
    }
}

/// Reads a whole CSV file (first row = header).
pub fn read_csv(path: &Path) -> Result<Table, TableError> {
    read_csv_inner(path, None)
}

/// Reads a CSV file keeping only `columns`, in that order.
pub fn read_csv_columns(path: &Path, columns: &[&str]) -> Result<Table, TableError> {
    read_csv_inner(path, Some(columns))
}

fn read_csv_inner(path: &Path, columns: Option<&[&str]>) -> Result<Table, TableError> {
    let file = std::fs::File::open(path).map_err(|source| TableError::Io { path: path.to_path_buf(), source })?;
    let mut rdr = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(std::io::BufReader::new(file));
    let mut rows = rdr.records();
    let csv_err = |row: u64, source: csv::Error| TableError::Csv { path: path.to_path_buf(), row, source };
    let full_header: Vec<String> = match rows.next() {
        Some(r) => r.map_err(|e| csv_err(1, e))?.iter().map(|s| s.trim_start_matches('\u{feff}').to_string()).collect(),
        None => return Err(TableError::NoHeader { path: path.to_path_buf() }),
    };
    for (i, name) in full_header.iter().enumerate() {
        if full_header[..i].contains(name) {
            return Err(TableError::DuplicateColumn { path: path.to_path_buf(), column: name.clone() });
        }
    }
    let picks: Vec<usize> = match columns {
        None => (0..full_header.len()).collect(),
        Some(cols) => cols
            .iter()
            .map(|c| {
                full_header
                    .iter()
                    .position(|h| h == c)
                    .ok_or_else(|| TableError::MissingColumn { path: path.to_path_buf(), column: (*c).to_string() })
            })
            .collect::<Result<_, _>>()?,
    };
    if picks.is_empty() {
        return Err(TableError::NoHeader { path: path.to_path_buf() });
    }
    let header: Vec<String> = picks.iter().map(|&i| full_header[i].clone()).collect();
    let mut records = Vec::new();
    for (i, r) in rows.enumerate() {
        let row = i as u64 + 2;
        let r = r.map_err(|e| csv_err(row, e))?;
        if r.len() != full_header.len() {
            return Err(TableError::RowWidth { path: path.to_path_buf(), row, expected: full_header.len(), found: r.len() });
        }
        records.push(picks.iter().map(|&p| r[p].to_string()).collect());
    }
    Ok(Table { header, records })
}

/// Writes a table as CSV (header first).
pub fn write_csv(table: &Table, path: &Path) -> Result<(), TableError> {
    let file = std::fs::File::create(path).map_err(|source| TableError::Io { path: path.to_path_buf(), source })?;
    let mut w = csv::Writer::from_writer(std::io::BufWriter::new(file));
    let err = |row: u64, source: csv::Error| TableError::Csv { path: path.to_path_buf(), row, source };
    w.write_record(&table.header).map_err(|e| err(1, e))?;
    for (i, r) in table.records.iter().enumerate() {
        w.write_record(r).map_err(|e| err(i as u64 + 2, e))?;
    }
    w.flush().map_err(|source| TableError::Io { path: path.to_path_buf(), source })?;
    Ok(())
}
