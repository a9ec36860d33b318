//! `tipdata crosstab` (observations in the database, or a categorical CSV with `--in`) and
//! `tipdata flows`: parse, call `tipdata-analysis`, render.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};
use serde_json::{Map, Value};
use tipdata_analysis::report::Table;
use tipdata_analysis::{columnar, country, flows};
use tipdata_model::{Instrument, QueryKey};

use crate::{render, Format, QueryArgs};

#[derive(clap::Args)]
pub struct CrosstabArgs {
    /// Cross-tab a categorical CSV (header row, one record per row, empty = missing) instead
    /// of the database: --by and --filter then name its columns. Output: the keys, count, n
    /// (the count of the row's group: same keys but the last) and share_pct.
    #[arg(long = "in", value_name = "FILE.csv")]
    input: Option<PathBuf>,
    #[command(flatten)]
    query: QueryArgs,
    /// Database only: coverage per year instead (countries reporting, their total, and the
    /// countries reporting every year with their own total).
    #[arg(long)]
    coverage: bool,
    /// With --in: load the whole file into memory once, then run the cross-tab N times and
    /// print the load time and the median cross-tab time to stderr (for benchmarks).
    #[arg(long, value_name = "N")]
    repeat: Option<usize>,
}

/// Which leading columns of a table are its keys. In JSON a key is a string whatever it looks
/// like (a category `2019`, an age `17`, a code `001`), except the database's `year` when
/// `year_as_number`: a number, as `tipdata query --format json` gives it.
#[derive(Clone, Copy)]
pub struct Keys {
    pub n: usize,
    pub year_as_number: bool,
}

/// One JSON object per table row: keys as [`Keys`] says, the other columns (counts, bounds,
/// shares) numbers when they read as one, empty ones as strings.
pub fn json_rows(t: &Table, keys: Keys) -> Vec<Value> {
    t.rows
        .iter()
        .map(|r| {
            let o: Map<String, Value> = t
                .header
                .iter()
                .zip(r)
                .enumerate()
                .map(|(i, (h, v))| {
                    let number = if i < keys.n {
                        if keys.year_as_number && h == "year" {
                            v.parse::<i64>().map(Value::from).ok()
                        } else {
                            None
                        }
                    } else {
                        v.parse::<u64>()
                            .map(Value::from)
                            .ok()
                            .or_else(|| v.parse::<f64>().ok().filter(|f| f.is_finite() && v.contains('.')).map(Value::from))
                    };
                    (h.clone(), number.unwrap_or_else(|| Value::from(v.as_str())))
                })
                .collect();
            Value::Object(o)
        })
        .collect()
}

/// A table on stdout as the format asks (JSON: one object per row, see [`json_rows`]).
pub fn print_table(t: &Table, keys: Keys, format: Format) {
    match format {
        Format::Csv => print!("{}", t.to_csv()),
        Format::Table => print!("{}", render::table(&t.header, &t.rows)),
        Format::Json => println!("{}", serde_json::to_string_pretty(&json_rows(t, keys)).expect("JSON of strings and numbers")),
    }
}

pub fn run(db: &str, a: &CrosstabArgs) -> Result<()> {
    match &a.input {
        Some(path) => microdata(path, a),
        None => {
            anyhow::ensure!(a.repeat.is_none(), "--repeat needs --in FILE.csv");
            let q = crate::parse_query(&a.query)?;
            let store = crate::open(db)?;
            if a.coverage {
                let mut cq = country::per_country_query(&q);
                cq.by = vec![QueryKey::Country, QueryKey::Year];
                let rows = store.query(&cq)?;
                let mut t = Table::new(&["year", "countries", "low", "high", "panel_countries", "panel_low", "panel_high"]);
                for c in country::coverage(&rows) {
                    t.push(vec![
                        c.year,
                        c.countries.to_string(),
                        c.low.to_string(),
                        c.high.to_string(),
                        c.panel_countries.to_string(),
                        c.panel_low.to_string(),
                        c.panel_high.to_string(),
                    ]);
                }
                print_table(&t, Keys { n: 1, year_as_number: true }, a.query.format);
                return Ok(());
            }
            anyhow::ensure!(!q.by.is_empty(), "--by: name at least one key (e.g. --by year)");
            let tab = country::load(store.as_ref(), &q)?;
            if !tab.left_out.is_empty() {
                eprintln!("note: left out of regions (they do not roll up): {}", tab.left_out.join(", "));
            }
            print_table(&tab.table(), Keys { n: q.by.len(), year_as_number: true }, a.query.format);
            Ok(())
        }
    }
}

fn microdata(path: &std::path::Path, a: &CrosstabArgs) -> Result<()> {
    anyhow::ensure!(!a.coverage, "--coverage is for the database, not --in");
    let mut filters: Vec<columnar::Filter> = Vec::new();
    let mut pairs: Vec<String> = a.query.filters.clone();
    if let Some(i) = &a.query.indicator {
        pairs.push(format!("indicator={i}"));
    }
    for f in &pairs {
        let (k, v) = f.split_once('=').with_context(|| format!("--filter {f}: expected COLUMN=VALUE"))?;
        match filters.iter_mut().find(|x| x.column == k) {
            Some(x) => x.values.push(v.to_string()),
            None => filters.push(columnar::Filter { column: k.to_string(), values: vec![v.to_string()] }),
        }
    }
    let by: Vec<String> = a.query.by.iter().map(|s| s.trim().to_string()).collect();
    let counts = match a.repeat {
        None => columnar::crosstab_csv(path, &by, &filters)?,
        Some(n) => {
            anyhow::ensure!(n > 0, "--repeat: at least 1");
            let t0 = Instant::now();
            let frame = columnar::read_csv(path, None)?;
            let load = t0.elapsed();
            let mut times = Vec::with_capacity(n);
            let mut last = None;
            for _ in 0..n {
                let t = Instant::now();
                last = Some(columnar::crosstab(&frame, &by, &filters)?);
                times.push(t.elapsed().as_secs_f64());
            }
            times.sort_by(f64::total_cmp);
            eprintln!(
                "load {:.3} s ({} rows, {} columns); crosstab median {:.2} ms over {n} runs",
                load.as_secs_f64(),
                frame.rows,
                frame.columns.len(),
                times[n / 2] * 1e3
            );
            last.expect("n > 0 runs")
        }
    };
    eprintln!("{} records counted", counts.total);
    // The CSV's values are text, whatever they look like (a `year` column too).
    print_table(&counts.table(), Keys { n: by.len(), year_as_number: false }, a.query.format);
    Ok(())
}

#[derive(clap::Args)]
pub struct FlowsArgs {
    /// Roll flows up to: country, subregion or region.
    #[arg(long, default_value = "region")]
    level: String,
    /// Only these years (repeat for several); all years by default.
    #[arg(long)]
    year: Vec<i32>,
    /// Domestic vs foreign victims by detection area and year, instead of the flows.
    #[arg(long)]
    domestic: bool,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

pub fn run_flows(db: &str, a: &FlowsArgs) -> Result<()> {
    let level = flows::Level::parse(&a.level).map_err(anyhow::Error::msg)?;
    let store = crate::open(db)?;
    let rows = flows::load(store.as_ref(), &a.year)?;
    let unknown = flows::unresolved(&rows);
    if !unknown.is_empty() {
        eprintln!("note: {} citizenship wordings not in the alias table count as unknown origin", unknown.len());
    }
    // Keys: area, year; or year, origin, destination.
    let (t, n) = if a.domestic {
        (flows::domestic_foreign_table(&flows::domestic_foreign(&rows, level, Instrument::v1())), 2)
    } else {
        (flows::flows_table(&flows::flows(&rows, level, Instrument::v1())), 3)
    };
    print_table(&t, Keys { n, year_as_number: true }, a.format);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_keys_are_text_and_the_database_year_a_number() {
        let mut t = Table::new(&["year", "category", "sex", "value", "share_low_pct", "share_high_pct"]);
        t.push(vec!["2019".into(), "2020".into(), "001".into(), "12".into(), "33.3".into(), String::new()]);
        let db = json_rows(&t, Keys { n: 3, year_as_number: true });
        assert_eq!(
            db[0],
            serde_json::json!({"year": 2019, "category": "2020", "sex": "001", "value": 12, "share_low_pct": 33.3, "share_high_pct": ""})
        );
        let csv = json_rows(&t, Keys { n: 3, year_as_number: false });
        assert_eq!(csv[0]["year"], "2019");
    }
}
