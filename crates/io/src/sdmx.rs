//! SDMX: the instrument as an SDMX-JSON 2.0 structure message, and observations out and in as
//! SDMX-CSV 2.0 (written from the SDMX-CSV 2.0 field guide; no crate does it). Suppressed and
//! missing cells survive the round trip through attributes: `<5` is an empty OBS_VALUE with
//! CONF_STATUS `C` and VALUE_BELOW `5`; a missing cell is an empty OBS_VALUE with OBS_STATUS `M`.

use serde_json::{json, Value};
use tipdata_model::instrument::Part;
use tipdata_model::{CellValue, Instrument, ObsKey, Observation, Provenance};

use crate::ReadError;

pub const AGENCY: &str = "UNODC";
pub const DATAFLOW: &str = "DF_GLOTIP";
pub const DSD: &str = "DSD_GLOTIP";

/// The header of every SDMX-CSV file tipdata writes, in DSD order.
pub const HEADER: [&str; 14] = [
    "STRUCTURE",
    "STRUCTURE_ID",
    "ACTION",
    "REF_AREA",
    "INDICATOR",
    "BREAKDOWN",
    "CATEGORY",
    "SEX",
    "AGE",
    "TIME_PERIOD",
    "OBS_VALUE",
    "OBS_STATUS",
    "CONF_STATUS",
    "VALUE_BELOW",
];

/// `UNODC:DF_GLOTIP(1.0.0)`: the dataflow the rows belong to.
pub fn structure_id(inst: &Instrument) -> String {
    format!("{AGENCY}:{DATAFLOW}({})", inst.version)
}

fn code_of<'a>(list: &'a [tipdata_model::instrument::Code], name: &str) -> Option<&'a str> {
    list.iter().find(|c| c.name == name).map(|c| c.code.as_str())
}

fn name_of<'a>(list: &'a [tipdata_model::instrument::Code], code: &str) -> Option<&'a str> {
    list.iter().find(|c| c.code == code).map(|c| c.name.as_str())
}

#[derive(Debug, thiserror::Error)]
#[error("cell {key} cannot be written as SDMX: {message}")]
pub struct SdmxWriteError {
    pub key: String,
    pub message: String,
}

/// Writes cells as SDMX-CSV 2.0, one row per cell, sorted by key.
pub fn write_sdmx_csv(cells: &[(ObsKey, CellValue)]) -> Result<String, SdmxWriteError> {
    let inst = Instrument::v1();
    let sid = structure_id(inst);
    let mut sorted: Vec<&(ObsKey, CellValue)> = cells.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let mut w = csv::Writer::from_writer(Vec::new());
    let err = |k: &ObsKey, m: &str| SdmxWriteError { key: k.to_string(), message: m.to_string() };
    let io = |e: csv::Error| SdmxWriteError { key: String::new(), message: e.to_string() };
    w.write_record(HEADER).map_err(io)?;
    for (k, v) in sorted {
        let ind = inst.indicator(&k.indicator).ok_or_else(|| err(k, "unknown indicator"))?;
        let dim = inst.dimension(&k.dimension).ok_or_else(|| err(k, "unknown dimension"))?;
        let sex = code_of(&inst.sex, &k.sex).ok_or_else(|| err(k, "unknown sex"))?;
        let age = code_of(&inst.age, &k.age).ok_or_else(|| err(k, "unknown age"))?;
        let (value, status, conf, below) = match v {
            CellValue::Count(n) => (n.to_string(), "A", "F", String::new()),
            CellValue::Below(b) => (String::new(), "A", "C", b.to_string()),
            CellValue::Missing => (String::new(), "M", "F", String::new()),
        };
        let year = k.year.to_string();
        w.write_record([
            "dataflow",
            &sid,
            "I",
            &k.entity,
            &ind.code,
            &dim.code,
            &k.category,
            sex,
            age,
            &year,
            &value,
            status,
            conf,
            &below,
        ])
        .map_err(io)?;
    }
    let bytes = w.into_inner().map_err(|e| SdmxWriteError { key: String::new(), message: e.to_string() })?;
    String::from_utf8(bytes).map_err(|e| SdmxWriteError { key: String::new(), message: e.to_string() })
}

/// Reads SDMX-CSV 2.0 written for the GLOTIP dataflow: columns in any order, `,` or `;` as
/// separator (the character after `STRUCTURE`), action I, A or R. All or nothing.
pub fn read_sdmx_csv(file: &str, bytes: &[u8]) -> Result<Vec<Observation>, ReadError> {
    let inst = Instrument::v1();
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let sep = match bytes.get("STRUCTURE".len()) {
        Some(b';') => b';',
        _ => b',',
    };
    if !bytes.starts_with(b"STRUCTURE") {
        return Err(ReadError { row: 1, ..ReadError::file(file, "not SDMX-CSV 2.0: the first header field must be STRUCTURE") });
    }
    let mut rdr = csv::ReaderBuilder::new().delimiter(sep).has_headers(false).from_reader(bytes);
    let mut records = rdr.records();
    let csv_err = |e: csv::Error| ReadError {
        row: e.position().map_or(0, |p| p.line()),
        ..ReadError::file(file, format!("not valid CSV: {e}"))
    };
    let header: Vec<String> = match records.next() {
        Some(r) => r.map_err(csv_err)?.iter().map(|h| h.split('[').next().unwrap_or(h).trim().to_string()).collect(),
        None => return Err(ReadError::file(file, "the file is empty")),
    };
    let col = |name: &str| header.iter().position(|h| h == name);
    let required =
        ["STRUCTURE", "STRUCTURE_ID", "REF_AREA", "INDICATOR", "BREAKDOWN", "CATEGORY", "SEX", "AGE", "TIME_PERIOD", "OBS_VALUE"];
    let mut at = std::collections::HashMap::new();
    for name in required {
        let i = col(name).ok_or_else(|| ReadError {
            row: 1,
            column: name.into(),
            ..ReadError::file(file, format!("the header has no column {name}"))
        })?;
        at.insert(name, i);
    }
    let opt = |name: &str| col(name);
    let (c_action, c_status, c_conf, c_below) = (opt("ACTION"), opt("OBS_STATUS"), opt("CONF_STATUS"), opt("VALUE_BELOW"));
    let sid = structure_id(inst);
    let mut out = Vec::new();
    for (i, rec) in records.enumerate() {
        let rec = rec.map_err(csv_err)?;
        let row = rec.position().map_or(i as u64 + 2, |p| p.line());
        let get = |c: usize| rec.get(c).unwrap_or("").trim().to_string();
        let field = |name: &'static str| get(at[name]);
        let e = |column: &str, message: String| ReadError {
            file: file.into(),
            sheet: String::new(),
            row,
            column: column.into(),
            message,
        };
        if rec.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if field("STRUCTURE") != "dataflow" || field("STRUCTURE_ID") != sid {
            return Err(e(
                "STRUCTURE_ID",
                format!("'{} {}' is not the dataflow {sid}", field("STRUCTURE"), field("STRUCTURE_ID")),
            ));
        }
        if let Some(c) = c_action {
            let a = get(c);
            if !matches!(a.as_str(), "" | "I" | "A" | "R") {
                return Err(e("ACTION", format!("action '{a}' is not supported: use I, A or R (deletions are not imported)")));
            }
        }
        let area = field("REF_AREA");
        let entity = inst.entity(&area).ok_or_else(|| e("REF_AREA", format!("'{area}' is not a known country code")))?;
        let code = field("INDICATOR");
        let ind = inst
            .indicators
            .iter()
            .find(|x| x.code == code)
            .ok_or_else(|| e("INDICATOR", format!("'{code}' is not an indicator code")))?;
        let code = field("BREAKDOWN");
        let dim = inst
            .dimensions
            .iter()
            .find(|x| x.code == code)
            .ok_or_else(|| e("BREAKDOWN", format!("'{code}' is not a breakdown code")))?;
        let category = field("CATEGORY");
        inst.check(Part::Category, &category, Some(&dim.name)).map_err(|m| e("CATEGORY", m))?;
        let code = field("SEX");
        let sex = name_of(&inst.sex, &code).ok_or_else(|| e("SEX", format!("'{code}' is not a sex code")))?;
        let code = field("AGE");
        let age = name_of(&inst.age, &code).ok_or_else(|| e("AGE", format!("'{code}' is not an age code")))?;
        let t = field("TIME_PERIOD");
        let year: i32 = t.parse().map_err(|_| e("TIME_PERIOD", format!("'{t}' is not a year")))?;
        inst.check_year(year).map_err(|m| e("TIME_PERIOD", m))?;
        let raw = field("OBS_VALUE");
        let conf = c_conf.map(get).unwrap_or_default();
        let status = c_status.map(get).unwrap_or_default();
        let value = if !raw.is_empty() {
            if conf == "C" {
                return Err(e("OBS_VALUE", "a confidential (CONF_STATUS C) cell must not carry a value".into()));
            }
            match raw.parse::<f64>() {
                Ok(x) => CellValue::from_f64(x),
                Err(_) => CellValue::parse(&raw),
            }
            .map_err(|m| e("OBS_VALUE", m.to_string()))?
        } else if conf == "C" {
            let b = c_below.map(get).unwrap_or_default();
            CellValue::parse(&format!("<{b}"))
                .map_err(|_| e("VALUE_BELOW", format!("'{b}' is not the bound of a suppressed cell")))?
        } else if status == "M" || status.is_empty() {
            CellValue::Missing
        } else {
            return Err(e(
                "OBS_VALUE",
                format!("empty with OBS_STATUS '{status}': expected a value, CONF_STATUS C, or OBS_STATUS M"),
            ));
        };
        out.push(Observation {
            key: ObsKey {
                entity: entity.id.clone(),
                indicator: ind.name.clone(),
                dimension: dim.name.clone(),
                category,
                sex: sex.to_string(),
                age: age.to_string(),
                year,
            },
            value,
            source: Provenance { file: file.into(), sheet: String::new(), row, column: "OBS_VALUE".into() },
            source_name: "SDMX".into(),
        });
    }
    Ok(out)
}

fn urn(kind: &str, id: &str, version: &str) -> String {
    format!("urn:sdmx:org.sdmx.infomodel.{kind}={AGENCY}:{id}({version})")
}

fn codelist(id: &str, name: &str, codes: Vec<(String, String)>) -> Value {
    json!({
        "id": id, "agencyID": AGENCY, "version": "1.0.0", "isExternalReference": false,
        "names": { "en": name }, "name": name,
        "codes": codes.into_iter().map(|(id, name)| json!({ "id": id, "name": name, "names": { "en": name } })).collect::<Vec<_>>(),
    })
}

/// The instrument as an SDMX-JSON 2.0 structure message: codelists, concepts, the data
/// structure definition and the dataflow.
pub fn structure_message(inst: &Instrument, prepared: &str) -> Value {
    let v = &inst.version;
    let cl = |id: &str| urn("codelist.Codelist", id, "1.0.0");
    let concept = |id: &str| format!("{}.{id}", urn("conceptscheme.ConceptScheme", "CS_GLOTIP", v));
    let dim = |id: &str, pos: usize, list: Option<&str>| {
        let mut d = json!({ "id": id, "position": pos, "conceptIdentity": concept(id) });
        d["localRepresentation"] = match list {
            Some(l) => json!({ "enumeration": cl(l) }),
            None => json!({ "format": { "dataType": "String" } }),
        };
        d
    };
    let attr = |id: &str, list: Option<&str>, data_type: &str| {
        let mut a = json!({ "id": id, "usage": "optional", "conceptIdentity": concept(id), "attributeRelationship": { "observation": {} } });
        a["localRepresentation"] = match list {
            Some(l) => json!({ "enumeration": cl(l) }),
            None => json!({ "format": { "dataType": data_type } }),
        };
        a
    };
    let codes = |list: &[tipdata_model::instrument::Code]| list.iter().map(|c| (c.code.clone(), c.name.clone())).collect();
    let concepts = [
        ("REF_AREA", "Reporting country or area"),
        ("INDICATOR", "Indicator"),
        ("BREAKDOWN", "Breakdown"),
        ("CATEGORY", "Category of the breakdown (national wording for citizenship)"),
        ("SEX", "Sex"),
        ("AGE", "Age group"),
        ("TIME_PERIOD", "Year"),
        ("OBS_VALUE", "Count"),
        ("OBS_STATUS", "Observation status"),
        ("CONF_STATUS", "Confidentiality status"),
        ("VALUE_BELOW", "Bound of a suppressed count (<N: 0 to N-1)"),
    ];
    json!({
        "meta": {
            "schema": "https://json.sdmx.org/2.0.0/sdmx-json-structure-schema.json",
            "id": format!("TIPDATA_{}_{}", inst.id.to_uppercase(), inst.version),
            "test": false,
            "prepared": prepared,
            "contentLanguages": ["en"],
            "sender": { "id": "TIPDATA" },
        },
        "data": {
            "codelists": [
                codelist("CL_AREA", "Reporting entities (ISO 3166-1 alpha-3 and GLOTIP entities)",
                    inst.entities.iter().map(|e| (e.id.clone(), e.name.clone())).collect()),
                codelist("CL_INDICATOR", "GLOTIP indicators", inst.indicators.iter().map(|i| (i.code.clone(), i.name.clone())).collect()),
                codelist("CL_BREAKDOWN", "Breakdowns", inst.dimensions.iter().map(|d| (d.code.clone(), d.name.clone())).collect()),
                codelist("CL_SEX", "Sex", codes(&inst.sex)),
                codelist("CL_AGE", "Age group", codes(&inst.age)),
                codelist("CL_OBS_STATUS", "Observation status", vec![("A".into(), "Normal value".into()), ("M".into(), "Missing value".into())]),
                codelist("CL_CONF_STATUS", "Confidentiality status", vec![("F".into(), "Free".into()), ("C".into(), "Confidential: suppressed below a threshold".into())]),
            ],
            "conceptSchemes": [{
                "id": "CS_GLOTIP", "agencyID": AGENCY, "version": v, "isExternalReference": false,
                "name": "GLOTIP concepts", "names": { "en": "GLOTIP concepts" },
                "concepts": concepts.iter().map(|(id, n)| json!({ "id": id, "name": n, "names": { "en": n } })).collect::<Vec<_>>(),
            }],
            "dataStructures": [{
                "id": DSD, "agencyID": AGENCY, "version": v, "isExternalReference": false,
                "name": inst.title, "names": { "en": inst.title },
                "dataStructureComponents": {
                    "dimensionList": {
                        "id": "DimensionDescriptor",
                        "dimensions": [
                            dim("REF_AREA", 1, Some("CL_AREA")), dim("INDICATOR", 2, Some("CL_INDICATOR")),
                            dim("BREAKDOWN", 3, Some("CL_BREAKDOWN")), dim("CATEGORY", 4, None),
                            dim("SEX", 5, Some("CL_SEX")), dim("AGE", 6, Some("CL_AGE")),
                        ],
                        "timeDimensions": [{ "id": "TIME_PERIOD", "position": 7, "conceptIdentity": concept("TIME_PERIOD"),
                            "localRepresentation": { "format": { "dataType": "GregorianYear" } } }],
                    },
                    "measureList": { "id": "MeasureDescriptor", "measures": [{ "id": "OBS_VALUE", "conceptIdentity": concept("OBS_VALUE"),
                        "localRepresentation": { "format": { "dataType": "Integer", "minValue": 0 } } }] },
                    "attributeList": { "id": "AttributeDescriptor", "attributes": [
                        attr("OBS_STATUS", Some("CL_OBS_STATUS"), ""), attr("CONF_STATUS", Some("CL_CONF_STATUS"), ""),
                        attr("VALUE_BELOW", None, "Integer"),
                    ] },
                },
            }],
            "dataflows": [{
                "id": DATAFLOW, "agencyID": AGENCY, "version": v, "isExternalReference": false,
                "name": inst.title, "names": { "en": inst.title },
                "structure": urn("datastructure.DataStructure", DSD, v),
            }],
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn key(cat: &str, sex: &str, year: i32) -> ObsKey {
        ObsKey {
            entity: "BOL".into(),
            indicator: "Detected trafficking victims".into(),
            dimension: if cat == "Total" { "Total".into() } else { "by citizenship".into() },
            category: cat.into(),
            sex: sex.into(),
            age: "Total".into(),
            year,
        }
    }

    #[test]
    fn counts_markers_and_missing_cells_survive_the_round_trip() {
        let cells = vec![
            (key("Total", "Total", 2020), CellValue::Count(1282)),
            (key("Total", "Female", 2020), CellValue::Below(5)),
            (key("Total", "Male", 2020), CellValue::Missing),
            (key("Côte d'Ivoire, \"nationals\"; others", "Total", 2020), CellValue::Count(3)),
        ];
        let text = write_sdmx_csv(&cells).unwrap();
        assert!(text.starts_with("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,"), "{text}");
        assert!(text.contains("dataflow,UNODC:DF_GLOTIP(1.0.0),I,BOL,VICTIMS,TOTAL,Total,F,T,2020,,A,C,5"), "{text}");
        let back: Vec<(ObsKey, CellValue)> =
            read_sdmx_csv("x.csv", text.as_bytes()).unwrap().into_iter().map(|o| (o.key, o.value)).collect();
        let mut want = cells.clone();
        want.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(back, want);
    }

    #[test]
    fn a_semicolon_file_with_columns_in_another_order_reads() {
        let text = "STRUCTURE;STRUCTURE_ID;TIME_PERIOD;REF_AREA;INDICATOR;BREAKDOWN;CATEGORY;SEX;AGE;OBS_VALUE\n\
                    dataflow;UNODC:DF_GLOTIP(1.0.0);2019;PER;CONVICTED;TOTAL;Total;T;T;12\n";
        let o = read_sdmx_csv("x.csv", text.as_bytes()).unwrap();
        assert_eq!(o.len(), 1);
        assert_eq!((o[0].key.indicator.as_str(), o[0].value), ("Persons convicted", CellValue::Count(12)));
    }

    #[test]
    fn a_bad_code_names_row_and_column() {
        let text = "STRUCTURE,STRUCTURE_ID,REF_AREA,INDICATOR,BREAKDOWN,CATEGORY,SEX,AGE,TIME_PERIOD,OBS_VALUE\n\
                    dataflow,UNODC:DF_GLOTIP(1.0.0),PER,CONVICTED,TOTAL,Total,T,T,2019,12\n\
                    dataflow,UNODC:DF_GLOTIP(1.0.0),PER,CONVICTED,TOTAL,Total,X,T,2019,12\n";
        let e = read_sdmx_csv("x.csv", text.as_bytes()).unwrap_err();
        assert_eq!((e.row, e.column.as_str()), (3, "SEX"));
        let bad = text.replace(",12\n", ",-4\n");
        let e = read_sdmx_csv("x.csv", bad.as_bytes()).unwrap_err();
        assert_eq!((e.row, e.column.as_str()), (2, "OBS_VALUE"));
    }

    #[test]
    fn the_structure_message_declares_every_dimension_of_the_csv() {
        let m = structure_message(Instrument::v1(), "2026-11-28T00:00:00Z");
        let dims = &m["data"]["dataStructures"][0]["dataStructureComponents"]["dimensionList"]["dimensions"];
        let ids: Vec<&str> = dims.as_array().unwrap().iter().map(|d| d["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["REF_AREA", "INDICATOR", "BREAKDOWN", "CATEGORY", "SEX", "AGE"]);
        assert_eq!(m["data"]["codelists"][0]["codes"].as_array().unwrap().len(), Instrument::v1().entities.len());
    }

    proptest! {
        #[test]
        fn any_cell_round_trips(cat in "[ -~]{1,20}", n in 0u64..10_000_000, b in 1u32..=1000, kind in 0u8..3, year in 2003i32..=2030) {
            let v = match kind { 0 => CellValue::Count(n), 1 => CellValue::Below(b), _ => CellValue::Missing };
            let cat = cat.trim().to_string();
            prop_assume!(!cat.is_empty());
            let cells = vec![(key(&cat, "Total", year), v)];
            let text = write_sdmx_csv(&cells).unwrap();
            let back: Vec<(ObsKey, CellValue)> = read_sdmx_csv("x.csv", text.as_bytes()).unwrap().into_iter().map(|o| (o.key, o.value)).collect();
            prop_assert_eq!(back, cells);
        }
    }
}
