//! `tipdata validate`: run the declared rules over the stored cells (or a submission's cells
//! laid over them) and list the findings; optionally raise each one as a query.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::{Context, Result};
use tipdata_model::validation::RuleSet;
use tipdata_model::CellValue;
/// Shared with the web pages, which run the same rules on an uploaded questionnaire.
pub use tipdata_web::run_rules;

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
