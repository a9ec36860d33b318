//! The per-country Excel questionnaire: written from the instrument (one sheet per indicator,
//! breakdowns as rows, sex and age as columns, dropdowns, locked structure, last year's figures
//! beside the input block, a metadata sheet) and read back, every problem named by sheet and cell.

use std::collections::{BTreeMap, HashSet};
use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader, Xlsx};
use rust_xlsxwriter::{Color, DataValidation, DataValidationErrorStyle, Format, Formula, Workbook, Worksheet, XlsxError};
use tipdata_model::instrument::{Categories, Part};
use tipdata_model::{CellValue, EntityKind, Instrument, ObsKey, Observation, Provenance};

use crate::ReadError;

/// The sex x age columns of every indicator sheet, as GLOTIP reports them.
pub const COLUMNS: [(&str, &str); 13] = [
    ("Total", "Total"),
    ("Female", "Total"),
    ("Male", "Total"),
    ("Other", "Total"),
    ("Unknown", "Unknown"),
    ("Total", "0 to 17 years"),
    ("Total", "18 years or over"),
    ("Female", "0 to 17 years"),
    ("Female", "18 years or over"),
    ("Male", "0 to 17 years"),
    ("Male", "18 years or over"),
    ("Other", "0 to 17 years"),
    ("Other", "18 years or over"),
];

const FIRST_VALUE_COL: u16 = 2;
const REFERENCE_COL: u16 = FIRST_VALUE_COL + COLUMNS.len() as u16 + 1;
const SEX_ROW: u32 = 3;
const AGE_ROW: u32 = 4;
const FIRST_DATA_ROW: u32 = 5;
/// Blank rows offered for open breakdowns (citizenship, country of repatriation).
const OPEN_ROWS: usize = 12;
const METADATA: &str = "Metadata";
const LISTS: &str = "Lists";

const META_ISO3: &str = "Country (ISO3)";
const META_COUNTRY: &str = "Country";
const META_YEAR: &str = "Reference year";
const META_INSTRUMENT: &str = "Instrument";
/// Labels the focal point fills in.
pub const META_FILLED: [&str; 4] = ["Source agency", "National definition of a child (age)", "Notes", "Contact person"];

/// The category cell of an open breakdown's row whose stored category is empty (the GLOTIP
/// file has such rows, e.g. a `by citizenship` figure without a citizenship): written in place
/// of the empty name so the row does not read as a blank row with figures, and read back as
/// the empty category.
pub const UNNAMED_CATEGORY: &str = "(no category given)";

/// Choices offered for the national definition of a child (other wording is accepted).
const CHILD_DEFINITIONS: [&str; 5] = ["under 18", "under 16", "under 15", "under 14", "other (see notes)"];

/// Which breakdowns an indicator's sheet offers (as in the GLOTIP collection).
fn dimensions_of(indicator_code: &str) -> &'static [&'static str] {
    match indicator_code {
        "VICTIMS" => &["Total", "by form of exploitation", "by citizenship", "by country of repatriation"],
        "CONVICTED" => &["Total", "by form of exploitation", "by citizenship"],
        _ => &["Total"],
    }
}

/// The sheet an indicator is asked on: its code in title case (`VICTIMS` -> `Victims`).
pub fn sheet_name(indicator_code: &str) -> String {
    let lower = indicator_code.to_ascii_lowercase();
    let mut c = lower.chars();
    c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
}

/// `D7` for 0-based row 6, column 3.
pub fn cell_ref(row: u32, col: u16) -> String {
    let mut n = u32::from(col) + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let r = ((n - 1) % 26) as u8;
        letters.push((b'A' + r) as char);
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect::<String>() + &(row + 1).to_string()
}

fn col_letters(col: u16) -> String {
    cell_ref(0, col).trim_end_matches('1').to_string()
}

/// What a questionnaire is made for.
pub struct QuestionnaireSpec<'a> {
    pub entity: &'a str,
    pub year: i32,
    /// The country's cells for the year before, shown for reference.
    pub previous: &'a [(ObsKey, CellValue)],
    /// Cells to prefill in the input block (figures already known); usually empty.
    pub prefill: &'a [(ObsKey, CellValue)],
}

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("'{0}' is not a known country code")]
    UnknownEntity(String),
    #[error("writing the workbook: {0}")]
    Xlsx(#[from] XlsxError),
}

/// A questionnaire read back: the country, year, metadata and reported cells.
#[derive(Debug, Clone)]
pub struct Questionnaire {
    pub entity: String,
    pub year: i32,
    pub metadata: BTreeMap<String, String>,
    /// Reported cells only (blank cells are not reported), in sheet order.
    pub observations: Vec<Observation>,
}

/// Writes the questionnaire workbook as bytes.
pub fn write_questionnaire(spec: &QuestionnaireSpec<'_>) -> Result<Vec<u8>, WriteError> {
    build(spec, &[])
}

/// A raw text to put in a cell after the questionnaire is laid out (tests write bad input).
struct RawCell<'a> {
    sheet: &'a str,
    row: u32,
    col: u16,
    text: &'a str,
}

fn build(spec: &QuestionnaireSpec<'_>, raw: &[RawCell<'_>]) -> Result<Vec<u8>, WriteError> {
    let inst = Instrument::v1();
    let entity = inst.entity(spec.entity).ok_or_else(|| WriteError::UnknownEntity(spec.entity.to_string()))?;
    let bold = Format::new().set_bold();
    let input = Format::new().set_unlocked().set_background_color(Color::RGB(0xFFF9E5));
    let reference = Format::new().set_font_color(Color::Gray);
    let mut wb = Workbook::new();

    // Metadata first: the sheet a focal point opens on.
    {
        let ws = wb.add_worksheet();
        ws.set_name(METADATA)?;
        ws.set_column_width(0, 40)?;
        ws.set_column_width(1, 60)?;
        ws.write_string_with_format(0, 0, format!("{} questionnaire", inst.title), &bold)?;
        let fixed = [
            (META_ISO3, entity.id.clone()),
            (META_COUNTRY, entity.name.clone()),
            (META_YEAR, spec.year.to_string()),
            (META_INSTRUMENT, format!("{} {}", inst.id, inst.version)),
        ];
        let mut row = 2;
        for (label, value) in fixed {
            ws.write_string_with_format(row, 0, label, &bold)?;
            ws.write_string(row, 1, value)?;
            row += 1;
        }
        for label in META_FILLED {
            ws.write_string_with_format(row, 0, label, &bold)?;
            ws.write_blank(row, 1, &input)?;
            if label == META_FILLED[1] {
                let dv = DataValidation::new()
                    .allow_list_strings(&CHILD_DEFINITIONS)?
                    .set_error_style(DataValidationErrorStyle::Information)
                    .set_input_message("The age below which a victim counts as a child in national data")?;
                ws.add_data_validation(row, 1, row, 1, &dv)?;
            }
            row += 1;
        }
        ws.write_string(
            row + 1,
            0,
            "Fill the yellow cells of each indicator sheet: a count, <5, or leave blank when not known.",
        )?;
        ws.protect();
    }

    // Lists for the citizenship dropdowns.
    let mut names: Vec<String> = vec!["Nationals".into(), "Unknown".into(), "Abroad".into()];
    let mut countries: Vec<String> =
        inst.entities.iter().filter(|e| e.kind == EntityKind::Country).map(|e| e.name.clone()).collect();
    countries.sort();
    names.extend(countries);

    for ind in &inst.indicators {
        let name = sheet_name(&ind.code);
        let ws = wb.add_worksheet();
        ws.set_name(&name)?;
        ws.set_column_width(0, 26)?;
        ws.set_column_width(1, 30)?;
        ws.write_string_with_format(0, 0, format!("{} — {} {}", ind.name, entity.name, spec.year), &bold)?;
        ws.write_string(1, 0, &ind.description)?;
        ws.write_string_with_format(SEX_ROW, 0, "Sex", &bold)?;
        ws.write_string_with_format(AGE_ROW, 0, "Dimension", &bold)?;
        ws.write_string_with_format(AGE_ROW, 1, "Category", &bold)?;
        ws.write_string_with_format(SEX_ROW - 1, REFERENCE_COL, format!("{} (for reference)", spec.year - 1), &bold)?;
        for (i, (sex, age)) in COLUMNS.iter().enumerate() {
            for base in [FIRST_VALUE_COL, REFERENCE_COL] {
                let c = base + i as u16;
                ws.write_string_with_format(SEX_ROW, c, *sex, &bold)?;
                ws.write_string_with_format(AGE_ROW, c, *age, &bold)?;
                ws.set_column_width(c, 11)?;
            }
        }
        let mut row = FIRST_DATA_ROW;
        for dim_name in dimensions_of(&ind.code) {
            let Some(dim) = inst.dimension(dim_name) else { continue };
            // (category, its row kind)
            let categories: Vec<(String, RowKind)> = match &dim.categories {
                Categories::Closed(list) => list.iter().map(|c| (c.clone(), RowKind::Closed)).collect(),
                Categories::Open(_) => {
                    // Last year's and this year's known categories first, then blank rows.
                    let mut seen: Vec<String> = Vec::new();
                    for (k, _) in spec.previous.iter().chain(spec.prefill) {
                        if k.indicator == ind.name && k.dimension == dim.name && !seen.contains(&k.category) {
                            seen.push(k.category.clone());
                        }
                    }
                    seen.sort();
                    let mut rows: Vec<(String, RowKind)> = seen.into_iter().map(|c| (c, RowKind::Known)).collect();
                    rows.extend(vec![(String::new(), RowKind::Blank); OPEN_ROWS]);
                    rows
                }
            };
            for (category, kind) in categories {
                ws.write_string(row, 0, &dim.name)?;
                match kind {
                    RowKind::Closed => ws.write_string(row, 1, &category).map(|_| ())?,
                    RowKind::Blank => ws.write_blank(row, 1, &input).map(|_| ())?,
                    RowKind::Known if category.is_empty() => ws.write_string(row, 1, UNNAMED_CATEGORY).map(|_| ())?,
                    RowKind::Known => ws.write_string_with_format(row, 1, &category, &input).map(|_| ())?,
                }
                for (i, (sex, age)) in COLUMNS.iter().enumerate() {
                    let key = ObsKey {
                        entity: entity.id.clone(),
                        indicator: ind.name.clone(),
                        dimension: dim.name.clone(),
                        category: category.clone(),
                        sex: sex.to_string(),
                        age: age.to_string(),
                        year: spec.year,
                    };
                    let c = FIRST_VALUE_COL + i as u16;
                    // A blank row has no key of its own (its empty name is not the unnamed category).
                    let prefilled = if kind == RowKind::Blank { None } else { find(spec.prefill, &key) };
                    match prefilled {
                        Some(v) => write_value(ws, row, c, v, &input)?,
                        None => {
                            ws.write_blank(row, c, &input)?;
                        }
                    }
                    let prev = ObsKey { year: spec.year - 1, ..key };
                    if kind != RowKind::Blank {
                        if let Some(v) = find(spec.previous, &prev) {
                            write_value(ws, row, REFERENCE_COL + i as u16, v, &reference)?;
                        }
                    }
                }
                row += 1;
            }
            if matches!(dim.categories, Categories::Open(_)) {
                let dv = DataValidation::new()
                    .allow_list_formula(Formula::new(format!("={LISTS}!$A$1:$A${}", names.len())))
                    .set_error_style(DataValidationErrorStyle::Information)
                    .set_input_message("Choose a country, Nationals or Unknown; other wording is accepted")?;
                let first = row - count_rows(spec, ind, dim) as u32;
                ws.add_data_validation(first, 1, row - 1, 1, &dv)?;
            }
        }
        ws.protect();
    }

    {
        let ws = wb.add_worksheet();
        ws.set_name(LISTS)?;
        for (i, n) in names.iter().enumerate() {
            ws.write_string(i as u32, 0, n)?;
        }
        ws.set_hidden(true);
        ws.protect();
    }
    for r in raw {
        if let Ok(ws) = wb.worksheet_from_name(r.sheet) {
            ws.write_string(r.row, r.col, r.text)?;
        }
    }
    Ok(wb.save_to_buffer()?)
}

/// A row of an indicator sheet: a category of a closed breakdown (fixed), a known category of an
/// open one (last year's or prefilled), or a blank row of an open one for the focal point.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RowKind {
    Closed,
    Known,
    Blank,
}

fn count_rows(
    spec: &QuestionnaireSpec<'_>,
    ind: &tipdata_model::instrument::Indicator,
    dim: &tipdata_model::instrument::Dimension,
) -> usize {
    let mut seen = HashSet::new();
    for (k, _) in spec.previous.iter().chain(spec.prefill) {
        if k.indicator == ind.name && k.dimension == dim.name {
            seen.insert(k.category.clone());
        }
    }
    seen.len() + OPEN_ROWS
}

fn find(cells: &[(ObsKey, CellValue)], key: &ObsKey) -> Option<CellValue> {
    cells.iter().find(|(k, _)| k == key).map(|(_, v)| *v)
}

fn write_value(ws: &mut Worksheet, row: u32, col: u16, v: CellValue, f: &Format) -> Result<(), XlsxError> {
    match v {
        CellValue::Count(n) => ws.write_number_with_format(row, col, n as f64, f).map(|_| ()),
        CellValue::Below(_) => ws.write_string_with_format(row, col, v.to_string(), f).map(|_| ()),
        CellValue::Missing => ws.write_blank(row, col, f).map(|_| ()),
    }
}

/// Reads a filled questionnaire; also returns the SHA-256 of its bytes.
pub fn read_questionnaire(path: &Path) -> Result<(Questionnaire, String), ReadError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| ReadError::file(&name, format!("cannot read: {e}")))?;
    Ok((read_questionnaire_bytes(&name, &bytes)?, crate::sha256_hex(&bytes)))
}

fn text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_string(),
        Data::Float(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{}", *x as i64),
        other => other.to_string(),
    }
}

/// Reads a questionnaire from memory. All or nothing: the first problem is the error.
pub fn read_questionnaire_bytes(file: &str, bytes: &[u8]) -> Result<Questionnaire, ReadError> {
    crate::guard_xlsx(file, || read_workbook(file, bytes))
}

fn read_workbook(file: &str, bytes: &[u8]) -> Result<Questionnaire, ReadError> {
    let inst = Instrument::v1();
    let mut wb: Xlsx<_> =
        Xlsx::new(Cursor::new(bytes)).map_err(|e| ReadError::file(file, format!("not a readable .xlsx workbook: {e}")))?;
    let at = |sheet: &str, row: u32, col: u16, message: String| ReadError {
        file: file.into(),
        sheet: sheet.into(),
        row: u64::from(row) + 1,
        column: col_letters(col),
        message: format!("{sheet}!{}: {message}", cell_ref(row, col)),
    };
    let sheet = |wb: &mut Xlsx<_>, name: &str| {
        wb.worksheet_range(name).map_err(|e| ReadError {
            sheet: name.into(),
            ..ReadError::file(file, format!("no readable sheet '{name}' (is this a tipdata questionnaire?): {e}"))
        })
    };
    let meta = sheet(&mut wb, METADATA)?;
    let mut metadata = BTreeMap::new();
    let mut meta_at: BTreeMap<String, (u32, String)> = BTreeMap::new();
    for (r, row) in meta.rows().enumerate() {
        let label = row.first().map(text).unwrap_or_default();
        if !label.is_empty() {
            meta_at.insert(label, (r as u32, row.get(1).map(text).unwrap_or_default()));
        }
    }
    let get = |label: &str| {
        meta_at.get(label).cloned().ok_or_else(|| ReadError {
            sheet: METADATA.into(),
            ..ReadError::file(file, format!("the metadata sheet has no '{label}' row"))
        })
    };
    let (iso_row, iso) = get(META_ISO3)?;
    let entity = inst.entity(&iso).ok_or_else(|| at(METADATA, iso_row, 1, format!("'{iso}' is not a known country code")))?;
    let (year_row, year_text) = get(META_YEAR)?;
    let year: i32 = year_text.parse().map_err(|_| at(METADATA, year_row, 1, format!("'{year_text}' is not a year")))?;
    inst.check_year(year).map_err(|m| at(METADATA, year_row, 1, m))?;
    let (inst_row, inst_text) = get(META_INSTRUMENT)?;
    let expected = format!("{} {}", inst.id, inst.version);
    if inst_text != expected {
        return Err(at(METADATA, inst_row, 1, format!("made for instrument '{inst_text}', this build reads '{expected}'")));
    }
    for label in META_FILLED {
        if let Some((_, v)) = meta_at.get(label) {
            if !v.is_empty() {
                metadata.insert(label.to_string(), v.clone());
            }
        }
    }

    let mut observations = Vec::new();
    let mut seen: HashSet<ObsKey> = HashSet::new();
    for ind in &inst.indicators {
        let name = sheet_name(&ind.code);
        let range = sheet(&mut wb, &name)?;
        let cell = |r: u32, c: u16| range.get_value((r, u32::from(c))).cloned().unwrap_or(Data::Empty);
        for (i, (sex, age)) in COLUMNS.iter().enumerate() {
            let c = FIRST_VALUE_COL + i as u16;
            for (r, want) in [(SEX_ROW, sex), (AGE_ROW, age)] {
                let got = text(&cell(r, c));
                if got != *want {
                    return Err(at(
                        &name,
                        r,
                        c,
                        format!("the questionnaire's structure was changed: expected '{want}', found '{got}'"),
                    ));
                }
            }
        }
        let last_row = range.end().map_or(0, |(r, _)| r);
        for r in FIRST_DATA_ROW..=last_row {
            let dimension = text(&cell(r, 0));
            // A stored category without a name comes back as the empty category.
            let written = text(&cell(r, 1));
            let unnamed = written == UNNAMED_CATEGORY;
            let category = if unnamed { String::new() } else { written };
            let values: Vec<(u16, Data)> =
                (0..COLUMNS.len() as u16).map(|i| (FIRST_VALUE_COL + i, cell(r, FIRST_VALUE_COL + i))).collect();
            let any_value = values.iter().any(|(_, d)| !text(d).is_empty());
            if dimension.is_empty() {
                if any_value {
                    return Err(at(&name, r, 0, "figures on a row without a dimension".into()));
                }
                continue;
            }
            inst.check(Part::Dimension, &dimension, None).map_err(|m| at(&name, r, 0, m))?;
            if category.is_empty() && !unnamed {
                if any_value {
                    return Err(at(&name, r, 1, format!("figures {dimension} without a category: name the category")));
                }
                continue;
            }
            inst.check(Part::Category, &category, Some(&dimension)).map_err(|m| at(&name, r, 1, m))?;
            for ((sex, age), (c, d)) in COLUMNS.iter().zip(values) {
                let value = match &d {
                    Data::Empty => continue,
                    Data::Float(x) => CellValue::from_f64(*x),
                    Data::Int(n) => CellValue::from_f64(*n as f64),
                    Data::String(s) if s.trim().is_empty() => continue,
                    Data::String(s) => CellValue::parse(s),
                    other => Err(tipdata_model::ValueError::NotACount(other.to_string())),
                }
                .map_err(|e| at(&name, r, c, e.to_string()))?;
                let key = ObsKey {
                    entity: entity.id.clone(),
                    indicator: ind.name.clone(),
                    dimension: dimension.clone(),
                    category: category.clone(),
                    sex: sex.to_string(),
                    age: age.to_string(),
                    year,
                };
                if !seen.insert(key.clone()) {
                    return Err(at(
                        &name,
                        r,
                        c,
                        format!("{dimension} '{category}' ({sex}, {age}) is already given on an earlier row"),
                    ));
                }
                observations.push(Observation {
                    key,
                    value,
                    source: Provenance { file: file.into(), sheet: name.clone(), row: u64::from(r) + 1, column: col_letters(c) },
                    source_name: "questionnaire".into(),
                });
            }
        }
    }
    Ok(Questionnaire { entity: entity.id.clone(), year, metadata, observations })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(ind: &str, dim: &str, cat: &str, sex: &str, age: &str, year: i32) -> ObsKey {
        ObsKey {
            entity: "BOL".into(),
            indicator: ind.into(),
            dimension: dim.into(),
            category: cat.into(),
            sex: sex.into(),
            age: age.into(),
            year,
        }
    }

    const V: &str = "Detected trafficking victims";

    #[test]
    fn cell_references_are_spelled_as_excel_does() {
        assert_eq!(cell_ref(6, 3), "D7");
        assert_eq!(cell_ref(0, 25), "Z1");
        assert_eq!(cell_ref(0, 26), "AA1");
    }

    #[test]
    fn a_filled_questionnaire_reads_back_every_cell() {
        let mut filled = Vec::new();
        let mut n = 0u64;
        for (i, (sex, age)) in COLUMNS.iter().enumerate() {
            for (ind, dim, cat) in [
                (V, "Total", "Total"),
                (V, "by form of exploitation", "Forced labour"),
                (V, "by citizenship", "Romania"),
                (V, "by country of repatriation", "Abroad"),
                ("Persons convicted", "by citizenship", "Nationals"),
                ("Offences of trafficking in persons", "Total", "Total"),
            ] {
                n += 1;
                let v = if i % 4 == 1 { CellValue::Below(5) } else { CellValue::Count(n * 1000 + 7) };
                filled.push((key(ind, dim, cat, sex, age, 2022), v));
            }
        }
        let prev = [(key(V, "Total", "Total", "Total", "Total", 2021), CellValue::Count(41))];
        let bytes =
            write_questionnaire(&QuestionnaireSpec { entity: "BOL", year: 2022, previous: &prev, prefill: &filled }).unwrap();
        let q = read_questionnaire_bytes("q.xlsx", &bytes).unwrap();
        assert_eq!((q.entity.as_str(), q.year), ("BOL", 2022));
        let mut got: Vec<(ObsKey, CellValue)> = q.observations.iter().map(|o| (o.key.clone(), o.value)).collect();
        let mut want = filled.clone();
        got.sort_by(|a, b| a.0.cmp(&b.0));
        want.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(got, want);
        // Last year's figure is shown, never read back as this year's.
        assert!(q.observations.iter().all(|o| o.key.year == 2022));
    }

    #[test]
    fn anything_but_blank_a_count_or_a_marker_is_an_error_naming_sheet_and_cell() {
        let spec = QuestionnaireSpec { entity: "BOL", year: 2022, previous: &[], prefill: &[] };
        let bytes = build(&spec, &[RawCell { sheet: "Victims", row: 6, col: 3, text: "about 12" }]).unwrap();
        let e = read_questionnaire_bytes("q.xlsx", &bytes).unwrap_err();
        assert!(e.to_string().contains("Victims!D7: 'about 12' is not a count"), "{e}");
        assert_eq!((e.sheet.as_str(), e.row, e.column.as_str()), ("Victims", 7, "D"));
        let bytes = build(&spec, &[RawCell { sheet: "Convicted", row: 5, col: 2, text: "-3" }]).unwrap();
        let e = read_questionnaire_bytes("q.xlsx", &bytes).unwrap_err();
        assert!(e.to_string().contains("Convicted!C6: '-3' is negative"), "{e}");
    }

    #[test]
    fn a_changed_structure_or_figures_without_a_citizenship_are_errors() {
        let spec = QuestionnaireSpec { entity: "BOL", year: 2022, previous: &[], prefill: &[] };
        let bytes = build(&spec, &[RawCell { sheet: "Victims", row: SEX_ROW, col: 3, text: "Women" }]).unwrap();
        let e = read_questionnaire_bytes("q.xlsx", &bytes).unwrap_err();
        assert!(e.to_string().contains("Victims!D4: the questionnaire's structure was changed"), "{e}");
        // Row 10 of Victims is the first blank citizenship row (rows 6-9: total and three forms).
        let bytes = build(&spec, &[RawCell { sheet: "Victims", row: 9, col: 2, text: "12" }]).unwrap();
        let e = read_questionnaire_bytes("q.xlsx", &bytes).unwrap_err();
        assert!(e.to_string().contains("Victims!B10: figures by citizenship without a category"), "{e}");
    }

    #[test]
    fn a_stored_figure_without_a_category_is_prefilled_under_a_label_and_read_back_without_one() {
        // BOL 2019 in the GLOTIP file: a `by citizenship` total with an empty category.
        let filled = [
            (key(V, "by citizenship", "", "Total", "Total", 2019), CellValue::Count(373)),
            (key(V, "by citizenship", "Peruano", "Total", "Total", 2019), CellValue::Below(5)),
        ];
        let prev = [(key(V, "by citizenship", "", "Total", "Total", 2018), CellValue::Count(290))];
        let bytes =
            write_questionnaire(&QuestionnaireSpec { entity: "BOL", year: 2019, previous: &prev, prefill: &filled }).unwrap();
        let q = read_questionnaire_bytes("q.xlsx", &bytes).unwrap();
        let got: Vec<(ObsKey, CellValue)> = q.observations.iter().map(|o| (o.key.clone(), o.value)).collect();
        assert_eq!(got, filled.to_vec());
        let mut wb: Xlsx<_> = Xlsx::new(Cursor::new(&bytes)).unwrap();
        let range = wb.worksheet_range("Victims").unwrap();
        // Rows 6-9: total and three forms; row 10 the unnamed category, with last year beside it.
        assert_eq!(range.get_value((9, 1)), Some(&Data::String(UNNAMED_CATEGORY.into())));
        assert_eq!(range.get_value((9, u32::from(REFERENCE_COL))), Some(&Data::Float(290.0)));
        // A blank row with figures is still an error.
        let spec = QuestionnaireSpec { entity: "BOL", year: 2019, previous: &prev, prefill: &filled };
        let bytes = build(&spec, &[RawCell { sheet: "Victims", row: 11, col: 2, text: "12" }]).unwrap();
        let e = read_questionnaire_bytes("q.xlsx", &bytes).unwrap_err();
        assert!(e.to_string().contains("Victims!B12: figures by citizenship without a category"), "{e}");
    }

    #[test]
    fn the_metadata_a_focal_point_fills_in_is_read_back() {
        let spec = QuestionnaireSpec { entity: "BOL", year: 2022, previous: &[], prefill: &[] };
        let raw = [
            RawCell { sheet: METADATA, row: 6, col: 1, text: "Policía Boliviana" },
            RawCell { sheet: METADATA, row: 7, col: 1, text: "under 18" },
        ];
        let q = read_questionnaire_bytes("q.xlsx", &build(&spec, &raw).unwrap()).unwrap();
        assert_eq!(q.metadata.get("Source agency").map(String::as_str), Some("Policía Boliviana"));
        assert_eq!(q.metadata.get("National definition of a child (age)").map(String::as_str), Some("under 18"));
        let bad = [RawCell { sheet: METADATA, row: 4, col: 1, text: "twenty" }];
        let e = read_questionnaire_bytes("q.xlsx", &build(&spec, &bad).unwrap()).unwrap_err();
        assert!(e.to_string().contains("Metadata!B5: 'twenty' is not a year"), "{e}");
    }

    #[test]
    fn a_blank_questionnaire_reads_as_no_cells_with_its_metadata() {
        let spec = QuestionnaireSpec { entity: "BOL", year: 2022, previous: &[], prefill: &[] };
        let bytes = write_questionnaire(&spec).unwrap();
        let q = read_questionnaire_bytes("q.xlsx", &bytes).unwrap();
        assert!(q.observations.is_empty());
        assert!(q.metadata.is_empty());
    }
}
