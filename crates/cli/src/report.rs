//! `tipdata report chapter5`: reads the coded cases, computes the figures (`tipdata-analysis`),
//! writes the report's files.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use tipdata_analysis::chapter5;

#[derive(clap::Subcommand)]
pub enum ReportCmd {
    /// Chapter 5 (trafficking and the internet) over the coded cases: DIR/index.html (offline),
    /// one CSV per table, one SVG per chart, the cyber-flow graph as GraphML and JSON.
    Chapter5 {
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

pub fn run(db: &str, cmd: &ReportCmd) -> Result<()> {
    let ReportCmd::Chapter5 { out } = cmd;
    let store = crate::open(db)?;
    let (cases, version) = chapter5::load(store.as_ref(), &chapter5::utc_now())?;
    // No coded case: nothing to report, and an empty report would read as "zero cases online".
    anyhow::ensure!(
        !cases.is_empty(),
        "no coded cases in the database ({} cases stored): import cases and run `tipdata cases code` first",
        version.cases_stored
    );
    let figs = chapter5::figures(&cases);
    write_files(out, &chapter5::report_files(&figs, &version))?;
    println!(
        "chapter 5 report: {} figures over {} coded cases ({} final, {} automatic) written to {}",
        figs.len(),
        cases.len(),
        version.cases_final,
        version.cases_automatic,
        out.join("index.html").display()
    );
    Ok(())
}

fn write_files(dir: &Path, files: &[(String, String)]) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("{}", dir.display()))?;
    for (name, text) in files {
        let p = dir.join(name);
        std::fs::write(&p, text).with_context(|| format!("{}", p.display()))?;
    }
    Ok(())
}
