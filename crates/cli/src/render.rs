//! Rendering results as aligned tables, CSV or JSON (stdout only; nothing else mixed in).

use serde_json::{json, Value};
use tipdata_model::{CellValue, Finding, Instrument, QueryRow};

use crate::Format;

pub fn value(v: CellValue) -> String {
    match v {
        CellValue::Missing => "(missing)".into(),
        v => v.to_string(),
    }
}

/// Aligned columns, numbers right-aligned.
pub fn table(header: &[String], rows: &[Vec<String>]) -> String {
    let mut w: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            w[i] = w[i].max(c.chars().count());
        }
    }
    let numeric: Vec<bool> = (0..header.len())
        .map(|i| !rows.is_empty() && rows.iter().all(|r| r[i].parse::<f64>().is_ok() || r[i].is_empty()))
        .collect();
    let line = |cells: &[String]| -> String {
        let parts: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let pad = w[i] - c.chars().count();
                if numeric[i] {
                    format!("{}{c}", " ".repeat(pad))
                } else {
                    format!("{c}{}", " ".repeat(pad))
                }
            })
            .collect();
        parts.join("  ").trim_end().to_string() + "\n"
    };
    let mut s = line(header);
    s.push_str(&line(&w.iter().map(|n| "-".repeat(*n)).collect::<Vec<_>>()));
    for r in rows {
        s.push_str(&line(r));
    }
    s
}

pub fn csv(header: &[String], rows: &[Vec<String>]) -> String {
    let mut w = csv_writer();
    w.write_record(header).expect("writing to memory");
    for r in rows {
        w.write_record(r).expect("writing to memory");
    }
    String::from_utf8(w.into_inner().expect("writing to memory")).expect("CSV of UTF-8 strings is UTF-8")
}

/// Rows of text in any format: a table, CSV, or a JSON array of objects keyed by the header.
pub fn rows(header: &[String], rows: &[Vec<String>], format: Format) -> String {
    match format {
        Format::Json => {
            let objs: Vec<serde_json::Value> = rows
                .iter()
                .map(|r| serde_json::Value::Object(header.iter().cloned().zip(r.iter().map(|v| serde_json::json!(v))).collect()))
                .collect();
            serde_json::to_string_pretty(&objs).expect("JSON") + "\n"
        }
        Format::Csv => csv(header, rows),
        Format::Table => table(header, rows),
    }
}

fn csv_writer() -> ::csv::Writer<Vec<u8>> {
    ::csv::Writer::from_writer(Vec::new())
}

pub fn query_rows(by: &[&str], rows: &[QueryRow], format: Format) -> String {
    let mut header: Vec<String> = by.iter().map(|s| s.to_string()).collect();
    header.extend(["value", "suppressed", "low", "high", "cells"].map(String::from));
    match format {
        Format::Json => {
            let arr: Vec<Value> = rows
                .iter()
                .map(|r| {
                    let mut o = serde_json::Map::new();
                    for (k, v) in by.iter().zip(&r.keys) {
                        let v = if *k == "year" { v.parse::<i64>().map(Value::from).unwrap_or(json!(v)) } else { json!(v) };
                        o.insert(k.to_string(), v);
                    }
                    o.insert("value".into(), json!(r.value));
                    o.insert("suppressed".into(), json!(r.suppressed));
                    o.insert("low".into(), json!(r.low));
                    o.insert("high".into(), json!(r.high));
                    o.insert("cells".into(), json!(r.cells));
                    Value::Object(o)
                })
                .collect();
            serde_json::to_string_pretty(&arr).expect("JSON") + "\n"
        }
        _ => {
            let body: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let mut v = r.keys.clone();
                    v.extend([r.value, r.suppressed, r.low, r.high, r.cells].map(|n| n.to_string()));
                    v
                })
                .collect();
            if format == Format::Csv {
                csv(&header, &body)
            } else {
                table(&header, &body)
            }
        }
    }
}

pub fn findings(f: &[Finding], format: Format) -> String {
    let header: Vec<String> = ["rule", "severity", "country", "year", "cells", "message"].map(String::from).to_vec();
    match format {
        Format::Json => serde_json::to_string_pretty(f).expect("JSON") + "\n",
        _ => {
            let body: Vec<Vec<String>> = f
                .iter()
                .map(|x| {
                    vec![
                        x.rule.clone(),
                        x.severity.as_str().into(),
                        x.entity.clone(),
                        x.year.map(|y| y.to_string()).unwrap_or_default(),
                        x.cells.join(" "),
                        x.message.clone(),
                    ]
                })
                .collect();
            if format == Format::Csv {
                csv(&header, &body)
            } else {
                table(&header, &body)
            }
        }
    }
}

pub fn instrument(i: &Instrument, format: Format) -> String {
    match format {
        Format::Json => serde_json::to_string_pretty(&i.to_json()).expect("JSON") + "\n",
        Format::Csv => {
            let header: Vec<String> = ["id", "m49", "name", "kind", "region", "subregion"].map(String::from).to_vec();
            let body: Vec<Vec<String>> = i
                .entities
                .iter()
                .map(|e| {
                    vec![
                        e.id.clone(),
                        e.m49.clone(),
                        e.name.clone(),
                        e.kind.as_str().into(),
                        e.region.clone(),
                        e.subregion.clone(),
                    ]
                })
                .collect();
            csv(&header, &body)
        }
        Format::Table => {
            let mut s = format!("{} v{}: {}\n\nindicators:\n", i.id, i.version, i.title);
            for ind in &i.indicators {
                s.push_str(&format!("  {} ({})\n", ind.name, ind.code));
            }
            s.push_str("dimensions:\n");
            for d in &i.dimensions {
                let cats = match &d.categories {
                    tipdata_model::instrument::Categories::Closed(c) => c.join(", "),
                    tipdata_model::instrument::Categories::Open(what) => format!("open: {what}"),
                };
                s.push_str(&format!("  {}: {}\n", d.name, cats));
            }
            let names = |c: &[tipdata_model::instrument::Code]| c.iter().map(|c| c.name.clone()).collect::<Vec<_>>().join(", ");
            s.push_str(&format!("sex: {}\nage: {}\nyears: {}..={}\n", names(&i.sex), names(&i.age), i.years.first, i.years.last));
            let mut kinds: std::collections::BTreeMap<&str, usize> = Default::default();
            for e in &i.entities {
                *kinds.entry(e.kind.as_str()).or_default() += 1;
            }
            let k: Vec<String> = kinds.iter().map(|(k, n)| format!("{n} {k}")).collect();
            s.push_str(&format!("entities: {} (--format csv lists them)\n", k.join(", ")));
            s
        }
    }
}
