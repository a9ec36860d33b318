//! `tipdata questionnaire make` and `tipdata import questionnaire`: the Excel channel to
//! national focal points. An imported questionnaire becomes a draft submission.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Subcommand;
use tipdata_io::questionnaire::{read_questionnaire, write_questionnaire, QuestionnaireSpec};

#[derive(Subcommand)]
pub enum QuestionnaireCmd {
    /// Write a country's questionnaire for a year, with last year's figures for reference.
    Make {
        #[arg(long)]
        country: String,
        #[arg(long)]
        year: i32,
        #[arg(long)]
        out: PathBuf,
        /// Prefill the input cells with the figures stored for that year (to confirm or correct).
        #[arg(long)]
        prefill: bool,
    },
}

pub fn run(db: &str, cmd: QuestionnaireCmd) -> Result<()> {
    let QuestionnaireCmd::Make { country, year, out, prefill } = cmd;
    let store = tipdata_store::open(db)?;
    let cells = store.cells(Some(&country))?;
    let previous: Vec<_> = cells.iter().filter(|(k, _)| k.year == year - 1).cloned().collect();
    let known: Vec<_> = if prefill { cells.into_iter().filter(|(k, _)| k.year == year).collect() } else { Vec::new() };
    let bytes = write_questionnaire(&QuestionnaireSpec { entity: &country, year, previous: &previous, prefill: &known })?;
    std::fs::write(&out, bytes).with_context(|| format!("cannot write {}", out.display()))?;
    println!(
        "questionnaire for {country} {year} written to {} ({} figures of {} for reference)",
        out.display(),
        previous.len(),
        year - 1
    );
    Ok(())
}

/// Reads a filled questionnaire and records it as a draft submission (all or nothing).
pub fn import(db: &str, file: &Path) -> Result<()> {
    let (q, _sha) = read_questionnaire(file)?;
    let (entity, year) = (q.entity.clone(), q.year);
    let mut store = tipdata_store::open(db)?;
    let (id, n) = tipdata_web::record_questionnaire(store.as_mut(), q, &file.display().to_string(), &crate::glotip::actor())?;
    println!("questionnaire {entity} {year}: {n} cells read, recorded as submission {id} (draft)");
    // The automatic rules run on every submission; `tipdata validate --submission ID` lists them.
    let rules = tipdata_model::validation::RuleSet::v1();
    let (_, findings) = crate::validate::run_rules(store.as_ref(), rules, None, None, Some(id))?;
    let mut per_rule: std::collections::BTreeMap<&str, usize> = Default::default();
    for f in &findings {
        *per_rule.entry(&f.rule).or_default() += 1;
    }
    let list: Vec<String> = per_rule.iter().map(|(r, n)| format!("{n} {r}")).collect();
    println!(
        "validation: {} findings{} (tipdata validate --submission {id} lists them)",
        findings.len(),
        if list.is_empty() { String::new() } else { format!(": {}", list.join(", ")) }
    );
    Ok(())
}
