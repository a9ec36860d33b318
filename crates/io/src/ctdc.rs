//! The CTDC global dataset (Counter Trafficking Data Collaborative): one identified victim per
//! row, the seven CTDC columns named in [`CTDC_COLUMNS`] (other columns, such as the geocodes a
//! republisher added, are ignored). Every value is checked against CTDC's codes; the first
//! value that does not fit is a [`ReadError`] naming file, row and column.
//!
//! Codes that mean "not known" are read as missing ([`NOT_KNOWN`]): CTDC writes `0` for a
//! citizenship or a country of exploitation that is not known, and an empty cell for any other
//! field. Stored as written, `0` would count as a country of its own in cross-tabs and flows.

use std::path::Path;

use tipdata_model::{VictimRecord, CTDC_COLUMNS};

use crate::ReadError;

/// CTDC's age bands.
pub const AGE_BANDS: [&str; 9] = ["0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+"];
/// CTDC's gender codes.
pub const GENDERS: [&str; 3] = ["Female", "Male", "Transgender"];

/// Per column, the codes CTDC uses for "not known" (read as missing). The flags (`0` = no)
/// and the other columns have none: there a missing value is an empty cell.
pub const NOT_KNOWN: [(&str, &[&str]); 2] = [("citizenship", &["0"]), ("CountryOfExploitation", &["0"])];

/// The public category set of a CTDC column: every value the format allows, never read from
/// the data (differential privacy needs categories fixed in advance). Years are the range given;
/// countries are every two-letter code `AA`..`ZZ` (CTDC's `0`, not known, is read as missing).
/// `None` for other columns.
pub fn public_categories(column: &str, years: std::ops::RangeInclusive<i32>) -> Option<Vec<String>> {
    let own = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
    match column {
        "yearOfRegistration" => Some(years.map(|y| y.to_string()).collect()),
        "gender" => Some(own(&GENDERS)),
        "ageBroad" => Some(own(&AGE_BANDS)),
        "isForcedLabour" | "isSexualExploit" => Some(own(&["0", "1"])),
        "citizenship" | "CountryOfExploitation" => {
            let mut v = Vec::with_capacity(26 * 26);
            for a in b'A'..=b'Z' {
                for b in b'A'..=b'Z' {
                    v.push(String::from_utf8(vec![a, b]).expect("ASCII"));
                }
            }
            Some(v)
        }
        _ => None,
    }
}

/// A read CTDC file: its records with their 1-based file rows (the header is row 1).
#[derive(Debug, Clone)]
pub struct CtdcFile {
    pub records: Vec<(u64, VictimRecord)>,
    pub sha256: String,
}

pub fn read_ctdc(path: &Path) -> Result<CtdcFile, ReadError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| ReadError::file(&name, format!("cannot read: {e}")))?;
    read_ctdc_bytes(&name, &bytes)
}

pub fn read_ctdc_bytes(file: &str, bytes: &[u8]) -> Result<CtdcFile, ReadError> {
    let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let mut rd = csv::ReaderBuilder::new().has_headers(true).flexible(false).from_reader(body);
    let err = |row: u64, column: &str, message: String| ReadError {
        file: file.to_string(),
        sheet: String::new(),
        row,
        column: column.to_string(),
        message,
    };
    let header = rd.headers().map_err(|e| err(1, "", format!("cannot read the header: {e}")))?.clone();
    let mut at = [0usize; 7];
    for (i, col) in CTDC_COLUMNS.iter().enumerate() {
        at[i] = header
            .iter()
            .position(|h| h.trim() == *col)
            .ok_or_else(|| err(1, col, format!("no column '{col}': a CTDC file has the columns {}", CTDC_COLUMNS.join(", "))))?;
    }
    let mut records = Vec::new();
    for (i, rec) in rd.records().enumerate() {
        let row = i as u64 + 2;
        let rec = rec.map_err(|e| err(row, "", format!("cannot read the row: {e}")))?;
        let cell = |c: usize| rec.get(at[c]).unwrap_or("").trim();
        let opt = |c: usize| Some(cell(c)).filter(|s| !s.is_empty());
        let bad = |c: usize, what: &str| err(row, CTDC_COLUMNS[c], format!("'{}' is not {what}", cell(c)));
        let year = cell(0)
            .parse::<i32>()
            .ok()
            .filter(|y| (1990..=2100).contains(y))
            .ok_or_else(|| bad(0, "a year of registration (1990 to 2100)"))?;
        let coded = |c: usize, codes: &[&str]| -> Result<Option<String>, ReadError> {
            match opt(c) {
                None => Ok(None),
                Some(v) if codes.contains(&v) => Ok(Some(v.to_string())),
                Some(_) => Err(bad(c, &format!("one of {} (or empty)", codes.join(", ")))),
            }
        };
        let country = |c: usize| -> Result<Option<String>, ReadError> {
            let not_known = NOT_KNOWN.iter().find(|(col, _)| *col == CTDC_COLUMNS[c]).map_or(&[][..], |(_, codes)| *codes);
            match opt(c) {
                None => Ok(None),
                Some(v) if not_known.contains(&v) => Ok(None),
                Some(v) if (v.len() == 2 && v.bytes().all(|b| b.is_ascii_uppercase())) => Ok(Some(v.to_string())),
                Some(_) => Err(bad(c, "an ISO 3166-1 alpha-2 code or 0 (not known)")),
            }
        };
        let flag = |c: usize| -> Result<Option<bool>, ReadError> {
            match opt(c) {
                None => Ok(None),
                Some("0" | "0.0") => Ok(Some(false)),
                Some("1" | "1.0") => Ok(Some(true)),
                Some(_) => Err(bad(c, "0 or 1 (or empty)")),
            }
        };
        records.push((
            row,
            VictimRecord {
                year_of_registration: year,
                gender: coded(1, &GENDERS)?,
                age_broad: coded(2, &AGE_BANDS)?,
                citizenship: country(3)?,
                is_forced_labour: flag(4)?,
                is_sexual_exploit: flag(5)?,
                country_of_exploitation: country(6)?,
            },
        ));
    }
    if records.is_empty() {
        return Err(ReadError::file(file, "no records: the file has a header and no data rows"));
    }
    Ok(CtdcFile { records, sha256: crate::sha256_hex(bytes) })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str =
        "yearOfRegistration,gender,ageBroad,citizenship,isForcedLabour,isSexualExploit,CountryOfExploitation,extra\n";

    #[test]
    fn reads_codes_flags_and_missing_values() {
        let text = format!("{HEADER}2016,Female,9--17,PH,1.0,,US,x\n2002,Male,,0,0.0,1,,\n");
        let f = read_ctdc_bytes("t.csv", text.as_bytes()).unwrap();
        assert_eq!(f.records.len(), 2);
        let (row, r) = &f.records[1];
        assert_eq!(*row, 3);
        assert_eq!(r.values(), ["2002", "Male", "", "", "0", "1", ""].map(String::from), "citizenship 0 (not known) is missing");
        let text = format!("{HEADER}2016,Female,9--17,0,1.0,,0,x\n");
        let f = read_ctdc_bytes("t.csv", text.as_bytes()).unwrap();
        assert_eq!((f.records[0].1.citizenship.as_deref(), f.records[0].1.country_of_exploitation.as_deref()), (None, None));
    }

    /// The real file (`data/ctdc/`): 8,858 records have citizenship `0` and 278 an empty one;
    /// 844 have country of exploitation `0` and 10,175 an empty one (counted with Python's csv
    /// module). All of them are missing once read; no `0` is left.
    #[test]
    fn the_real_file_reads_not_known_as_missing() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/ctdc/ctdc_global_2020_subset.csv");
        let Ok(bytes) = std::fs::read(path) else {
            panic!("{path}: the CTDC file ships with the repository");
        };
        let f = read_ctdc_bytes("ctdc.csv", &bytes).unwrap();
        assert_eq!(f.records.len(), 48_773);
        let missing = |get: fn(&VictimRecord) -> &Option<String>| f.records.iter().filter(|(_, r)| get(r).is_none()).count();
        assert_eq!(missing(|r| &r.citizenship), 8_858 + 278);
        assert_eq!(missing(|r| &r.country_of_exploitation), 844 + 10_175);
        assert!(f
            .records
            .iter()
            .all(|(_, r)| r.citizenship.as_deref() != Some("0") && r.country_of_exploitation.as_deref() != Some("0")));
        let ph = f.records.iter().filter(|(_, r)| r.citizenship.as_deref() == Some("PH")).count();
        assert_eq!(ph, 11_365, "known codes are kept");
    }

    #[test]
    fn a_bad_value_names_file_row_and_column() {
        for (line, column, what) in [
            ("2016,Female,9--17,PH,2,,US,x", "isForcedLabour", "'2' is not 0 or 1"),
            ("2016,Femme,9--17,PH,1,,US,x", "gender", "'Femme' is not one of Female"),
            ("20x6,Female,9--17,PH,1,,US,x", "yearOfRegistration", "not a year"),
            ("2016,Female,9-17,PH,1,,US,x", "ageBroad", "'9-17'"),
            ("2016,Female,9--17,PHL,1,,US,x", "citizenship", "alpha-2"),
        ] {
            let text = format!("{HEADER}2016,Female,9--17,PH,1.0,,US,x\n{line}\n");
            let e = read_ctdc_bytes("t.csv", text.as_bytes()).unwrap_err();
            assert_eq!((e.row, e.column.as_str()), (3, column), "{e}");
            assert!(e.to_string().starts_with(&format!("t.csv, row 3, column '{column}': ")), "{e}");
            assert!(e.message.contains(what), "{e}");
        }
        let e = read_ctdc_bytes("t.csv", b"yearOfRegistration,gender\n2016,Female\n").unwrap_err();
        assert_eq!((e.row, e.column.as_str()), (1, "ageBroad"));
        assert!(read_ctdc_bytes("t.csv", HEADER.as_bytes()).is_err());
    }
}
