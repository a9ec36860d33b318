//! `tipdata validate`: run the declared rules over the stored cells (or a submission's cells
//! laid over them) and list the findings; optionally raise each one as a query.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use anyhow::{Context, Result};
use tipdata_model::validation::{validate, RuleSet, ValidationConfig};
use tipdata_model::{CellValue, Finding, ObsKey, Query, QueryKey};
use tipdata_store::Store;

use crate::Format;

#[derive(clap::Args)]
pub struct ValidateArgs {
    /// Only this country (ISO3).
    #[arg(long)]
    country: Option<String>,
    /// Only findings about this year (earlier years still feed the year-on-year rules).
    #[arg(long)]
    year: Option<i32>,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Validate a submission: its cells laid over the stored data, findings for its year.
    #[arg(long)]
    submission: Option<i64>,
    /// Raise every finding as a query to the country (with --submission: on that submission).
    #[arg(long)]
    open_queries: bool,
    /// A rules file other than the bundled rules-v1.json.
    #[arg(long)]
    rules: Option<PathBuf>,
}

pub fn run(db: &str, a: ValidateArgs) -> Result<()> {
    let mut store = tipdata_store::open(db)?;
    let owned;
    let rules: &RuleSet = match &a.rules {
        Some(p) => {
            let text = std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))?;
            owned = RuleSet::parse(&text).with_context(|| p.display().to_string())?;
            &owned
        }
        None => RuleSet::v1(),
    };
    let (cells, findings) = run_rules(store.as_ref(), rules, a.country.as_deref(), a.year, a.submission)?;
    let mut per_rule: BTreeMap<&str, usize> = rules.rules.iter().map(|r| (r.id.as_str(), 0)).collect();
    for f in &findings {
        *per_rule.entry(&f.rule).or_default() += 1;
    }
    eprintln!(
        "{} cells checked against {} rules (rules v{}): {} findings",
        cells.iter().filter(|(_, v)| *v != CellValue::Missing).count(),
        rules.rules.len(),
        rules.version,
        findings.len()
    );
    for r in &rules.rules {
        eprintln!("  {:>6}  {}", per_rule.get(r.id.as_str()).copied().unwrap_or(0), r.id);
    }
    if a.open_queries {
        let actor = crate::glotip::actor();
        for f in &findings {
            store.open_query(a.submission, f, &actor)?;
        }
        eprintln!("{} queries opened", findings.len());
    }
    print!("{}", crate::render::findings(&findings, a.format));
    Ok(())
}

/// Runs the rules over the stored cells of a country (or all), or over a submission's cells
/// laid over its country's stored cells; findings only for `year` (the submission's year).
pub fn run_rules(
    store: &dyn Store,
    rules: &RuleSet,
    country: Option<&str>,
    year: Option<i32>,
    submission: Option<i64>,
) -> Result<(Vec<(ObsKey, CellValue)>, Vec<Finding>)> {
    let mut country = country.map(str::to_string);
    let mut year = year;
    let mut overlay = Vec::new();
    if let Some(id) = submission {
        let s = store.submission(id)?;
        country = Some(s.entity.clone());
        year = Some(s.year);
        overlay = store.submission_cells(id)?.into_iter().map(|c| (c.key, c.value)).collect();
    }
    let mut cells = store.cells(country.as_deref())?;
    let mut at: HashMap<ObsKey, usize> = cells.iter().enumerate().map(|(i, (k, _))| (k.clone(), i)).collect();
    for (k, v) in overlay {
        match at.get(&k) {
            Some(&i) => cells[i].1 = v,
            None => {
                at.insert(k.clone(), cells.len());
                cells.push((k, v));
            }
        }
    }
    let config = ValidationConfig { last_year: last_year(store)?.max(year) };
    let findings = validate(rules, &cells, &config).into_iter().filter(|f| year.is_none() || f.year == year).collect();
    Ok((cells, findings))
}

/// The latest year any country reported: "missing this year" is judged up to it.
fn last_year(store: &dyn Store) -> Result<Option<i32>> {
    let q = Query { filters: Vec::new(), by: vec![QueryKey::Year] };
    Ok(store.query(&q)?.iter().filter_map(|r| r.keys.first()?.parse().ok()).max())
}
