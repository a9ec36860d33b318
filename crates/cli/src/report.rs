//! `tipdata report chapter5` and `tipdata report glotip`: read the cases or the country data,
//! compute the figures (`tipdata-analysis`), write the report's files.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use tipdata_analysis::{chapter5, glotip};

#[derive(clap::Subcommand)]
pub enum ReportCmd {
    /// Chapter 5 (trafficking and the internet) over the coded cases: DIR/index.html (offline),
    /// one CSV per table, one SVG per chart, the cyber-flow graph as GraphML and JSON.
    Chapter5 {
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// The country data (GLOTIP): DIR/index.html (offline), one CSV and one SVG per figure:
    /// trends with coverage, sex x age and forms of exploitation shares, regional roll-ups,
    /// domestic/foreign victims and flows between regions.
    Glotip {
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

pub fn run(db: &str, cmd: &ReportCmd) -> Result<()> {
    match cmd {
        ReportCmd::Chapter5 { out } => run_chapter5(db, out),
        ReportCmd::Glotip { out } => run_glotip(db, out),
    }
}

fn run_glotip(db: &str, out: &Path) -> Result<()> {
    let store = crate::open(db)?;
    let (inputs, version) = glotip::load(store.as_ref(), &chapter5::utc_now())?;
    // No country data: an empty report would read as "no victims detected".
    anyhow::ensure!(
        !inputs.totals.is_empty(),
        "no detected-victim totals in the database ({} cells stored): import the country data first (tipdata import glotip FILE)",
        version.observations
    );
    let figs = glotip::figures(&inputs);
    write_files(out, &glotip::report_files(&figs, &version))?;
    println!("glotip report: {} figures written to {}", figs.len(), out.join("index.html").display());
    Ok(())
}

fn run_chapter5(db: &str, out: &Path) -> Result<()> {
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
