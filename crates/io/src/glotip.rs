//! The GLOTIP long format (`data_glotip.xlsx`, or the same table as CSV): one count per
//! country x indicator x dimension x category x sex x age x year, values as text.

use std::io::{Cursor, Read, Seek};
use std::path::Path;

use calamine::{Data, Reader, Xlsx};
use tipdata_model::instrument::Part;
use tipdata_model::{CellValue, Finding, Instrument, ObsKey, Observation, Provenance, Severity};

use crate::ReadError;

/// Columns every GLOTIP file must have.
pub const REQUIRED: [&str; 9] = ["Iso3_code", "Country", "Indicator", "Dimension", "Category", "Sex", "Age", "Year", "txtVALUE"];
/// Columns read when present, and checked against the instrument.
pub const OPTIONAL: [&str; 4] = ["Region", "Subregion", "Unit of measurement", "Source"];

/// What a GLOTIP file holds: its observations in file order, and what the reader noticed.
#[derive(Debug, Clone, Default)]
pub struct GlotipFile {
    pub rows_read: u64,
    pub observations: Vec<Observation>,
    pub findings: Vec<Finding>,
}

/// Reads a GLOTIP file, `.xlsx` (first sheet) or `.csv`, by its extension; also returns the
/// SHA-256 of its bytes.
pub fn read_glotip(path: &Path, progress: &dyn Fn(u64, u64)) -> Result<(GlotipFile, String), ReadError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| ReadError::file(&name, format!("cannot read: {e}")))?;
    Ok((read_glotip_bytes(&name, &bytes, progress)?, crate::sha256_hex(&bytes)))
}

/// Reads a GLOTIP file from memory; `name` decides the format (`.csv`, else xlsx) and is
/// what errors and provenance call the file.
pub fn read_glotip_bytes(name: &str, bytes: &[u8], progress: &dyn Fn(u64, u64)) -> Result<GlotipFile, ReadError> {
    if name.to_ascii_lowercase().ends_with(".csv") {
        read_csv(name, bytes, progress)
    } else {
        crate::guard_xlsx(name, || read_xlsx(name, Cursor::new(bytes), progress))
    }
}

fn read_xlsx<R: Read + Seek>(name: &str, reader: R, progress: &dyn Fn(u64, u64)) -> Result<GlotipFile, ReadError> {
    let mut wb: Xlsx<R> = Xlsx::new(reader).map_err(|e| ReadError::file(name, format!("not a readable .xlsx workbook: {e}")))?;
    let sheet = wb.sheet_names().first().cloned().ok_or_else(|| ReadError::file(name, "the workbook has no sheet"))?;
    let range = wb
        .worksheet_range(&sheet)
        .map_err(|e| ReadError { sheet: sheet.clone(), ..ReadError::file(name, format!("cannot read the sheet: {e}")) })?;
    // Row numbers as Excel shows them, even when the used range does not start at A1.
    let first_row = u64::from(range.start().map_or(0, |(r, _)| r)) + 1;
    let mut rows = range.rows();
    let header: Vec<String> = rows.next().map(|r| r.iter().map(cell_text).collect()).unwrap_or_default();
    let mut b = Builder::new(name, &sheet, &header)?;
    let total = range.height().saturating_sub(1) as u64;
    for (i, row) in rows.enumerate() {
        let row_no = first_row + 1 + i as u64;
        let fields: Vec<Field> = row.iter().map(Field::from_xlsx).collect();
        b.row(row_no, &fields)?;
        if i % 4096 == 0 {
            progress(i as u64, total);
        }
    }
    progress(total, total);
    Ok(b.finish())
}

fn read_csv(name: &str, bytes: &[u8], progress: &dyn Fn(u64, u64)) -> Result<GlotipFile, ReadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut rdr = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes);
    let mut records = rdr.records();
    let header: Vec<String> = match records.next() {
        Some(Ok(r)) => r.iter().map(str::to_string).collect(),
        Some(Err(e)) => return Err(csv_error(name, e)),
        None => Vec::new(),
    };
    let mut b = Builder::new(name, "", &header)?;
    let total = bytes.len() as u64;
    for (i, rec) in records.enumerate() {
        let rec = rec.map_err(|e| csv_error(name, e))?;
        let row_no = rec.position().map_or(i as u64 + 2, |p| p.line());
        let fields: Vec<Field> = rec.iter().map(|s| Field::Text(s.to_string())).collect();
        b.row(row_no, &fields)?;
        if i % 4096 == 0 {
            progress(rec.position().map_or(0, |p| p.byte()), total);
        }
    }
    progress(total, total);
    Ok(b.finish())
}

fn csv_error(name: &str, e: csv::Error) -> ReadError {
    let row = e.position().map_or(0, |p| p.line());
    ReadError { row, ..ReadError::file(name, format!("not valid CSV: {e}")) }
}

/// One cell as the file holds it: text, or a number a spreadsheet stored.
enum Field {
    Text(String),
    Number(f64),
}

impl Field {
    fn from_xlsx(d: &Data) -> Field {
        match d {
            Data::Float(x) => Field::Number(*x),
            Data::Int(i) => Field::Number(*i as f64),
            other => Field::Text(cell_text(other)),
        }
    }

    fn text(&self) -> String {
        match self {
            Field::Text(s) => s.trim().to_string(),
            Field::Number(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{}", *x as i64),
            Field::Number(x) => x.to_string(),
        }
    }
}

fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_string(),
        Data::Float(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{}", *x as i64),
        other => other.to_string(),
    }
}

/// Column positions, resolved once from the header.
struct Columns {
    req: [usize; 9],
    opt: [Option<usize>; 4],
}

struct Builder<'a> {
    file: &'a str,
    sheet: &'a str,
    cols: Columns,
    inst: &'static Instrument,
    out: GlotipFile,
    region_mismatch_seen: std::collections::HashSet<String>,
}

impl<'a> Builder<'a> {
    fn new(file: &'a str, sheet: &'a str, header: &[String]) -> Result<Builder<'a>, ReadError> {
        let find = |name: &str| header.iter().position(|h| h.trim() == name);
        let mut req = [0usize; 9];
        for (slot, name) in req.iter_mut().zip(REQUIRED) {
            *slot = find(name).ok_or_else(|| ReadError {
                sheet: sheet.into(),
                row: 1,
                column: name.into(),
                ..ReadError::file(file, format!("the header has no column '{name}' (a GLOTIP file has {})", REQUIRED.join(", ")))
            })?;
        }
        let opt = OPTIONAL.map(find);
        Ok(Builder {
            file,
            sheet,
            cols: Columns { req, opt },
            inst: Instrument::v1(),
            out: GlotipFile::default(),
            region_mismatch_seen: Default::default(),
        })
    }

    fn err(&self, row: u64, column: &str, message: impl Into<String>) -> ReadError {
        ReadError { file: self.file.into(), sheet: self.sheet.into(), row, column: column.into(), message: message.into() }
    }

    fn row(&mut self, row: u64, fields: &[Field]) -> Result<(), ReadError> {
        let get = |i: usize| fields.get(i).map(Field::text).unwrap_or_default();
        if fields.iter().all(|f| matches!(f, Field::Text(t) if t.trim().is_empty())) {
            return Ok(()); // a blank line between records is not data
        }
        self.out.rows_read += 1;
        let [c_code, c_name, c_ind, c_dim, c_cat, c_sex, c_age, c_year, c_val] = self.cols.req;
        let code = get(c_code);
        let name = get(c_name);
        let entity = self.inst.resolve_entity(&code, &name).ok_or_else(|| {
            if code.is_empty() {
                self.err(row, "Country", format!("'{name}' has no Iso3_code and is not a known non-ISO entity"))
            } else {
                self.err(row, "Iso3_code", format!("'{code}' is not an ISO 3166-1 alpha-3 code or a known GLOTIP entity"))
            }
        })?;
        if entity.kind == tipdata_model::EntityKind::Country && !name.is_empty() && name != entity.name {
            self.out.findings.push(Finding {
                rule: "country_name_differs".into(),
                severity: Severity::Info,
                entity: entity.id.clone(),
                year: None,
                cells: vec![format!("{}:{}:{row}", self.file, self.sheet)],
                message: format!("row {row} names {} '{name}'; the codelist says '{}'", entity.id, entity.name),
            });
        }
        let indicator = get(c_ind);
        let dimension = get(c_dim);
        let category = get(c_cat);
        let sex = get(c_sex);
        let age = get(c_age);
        for (part, col, v) in [
            (Part::Indicator, "Indicator", &indicator),
            (Part::Dimension, "Dimension", &dimension),
            (Part::Category, "Category", &category),
            (Part::Sex, "Sex", &sex),
            (Part::Age, "Age", &age),
        ] {
            self.inst.check(part, v, Some(&dimension)).map_err(|m| self.err(row, col, m))?;
        }
        let year_text = get(c_year);
        let year: i32 = year_text.parse().map_err(|_| self.err(row, "Year", format!("'{year_text}' is not a year")))?;
        self.inst.check_year(year).map_err(|m| self.err(row, "Year", m))?;
        let value = match fields.get(c_val) {
            Some(Field::Number(x)) => CellValue::from_f64(*x),
            Some(f) => CellValue::parse(&f.text()),
            None => Ok(CellValue::Missing),
        }
        .map_err(|e| self.err(row, "txtVALUE", e.to_string()))?;
        if let Some(i) = self.cols.opt[2] {
            let unit = get(i);
            if !unit.is_empty() && unit != self.inst.unit {
                return Err(self.err(row, "Unit of measurement", format!("'{unit}' is not '{}'", self.inst.unit)));
            }
        }
        if let (Some(ri), Some(si)) = (self.cols.opt[0], self.cols.opt[1]) {
            let (r, s) = (get(ri), get(si));
            if (r != entity.region || s != entity.subregion) && self.region_mismatch_seen.insert(entity.id.clone()) {
                self.out.findings.push(Finding {
                    rule: "region_differs".into(),
                    severity: Severity::Info,
                    entity: entity.id.clone(),
                    year: None,
                    cells: vec![format!("{}:{}:{row}", self.file, self.sheet)],
                    message: format!(
                        "row {row} places {} in '{r}' / '{s}'; the codelist ('{}' / '{}') is used",
                        entity.id, entity.region, entity.subregion
                    ),
                });
            }
        }
        let source_name = self.cols.opt[3].map(get).unwrap_or_default();
        self.out.observations.push(Observation {
            key: ObsKey { entity: entity.id.clone(), indicator, dimension, category, sex, age, year },
            value,
            source: Provenance { file: self.file.into(), sheet: self.sheet.into(), row, column: "txtVALUE".into() },
            source_name,
        });
        Ok(())
    }

    fn finish(self) -> GlotipFile {
        self.out
    }
}
