//! `tipdata export observations|structure` and `tipdata import sdmx`: the SDMX channel, and
//! the Parquet export of the same cells.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::{Subcommand, ValueEnum};
use tipdata_io::parquet::{write_observations_parquet, ParquetCell};
use tipdata_io::sdmx::{read_sdmx_csv, structure_message, write_sdmx_csv};
use tipdata_model::Instrument;
use tipdata_store::ObservationImport;

#[derive(Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    SdmxCsv,
    /// Apache Parquet (needs --out): keys, value, below, missing, source, version.
    Parquet,
}

#[derive(Subcommand)]
pub enum ExportCmd {
    /// Every stored cell (or one country's) as SDMX-CSV 2.0 or Parquet.
    Observations {
        #[arg(long, value_enum, default_value_t = ExportFormat::SdmxCsv)]
        format: ExportFormat,
        #[arg(long)]
        country: Option<String>,
        /// Write to this file instead of stdout.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// The instrument as an SDMX-JSON 2.0 structure message (codelists, concepts, DSD, dataflow).
    Structure,
}

pub fn export(db: &str, cmd: ExportCmd) -> Result<()> {
    match cmd {
        ExportCmd::Observations { format: ExportFormat::SdmxCsv, country, out } => {
            let store = tipdata_store::open(db)?;
            let cells = store.cells(country.as_deref())?;
            let text = write_sdmx_csv(&cells)?;
            match out {
                Some(p) => {
                    std::fs::write(&p, text).with_context(|| format!("cannot write {}", p.display()))?;
                    eprintln!("{} observations written to {}", cells.len(), p.display());
                }
                None => print!("{text}"),
            }
        }
        ExportCmd::Observations { format: ExportFormat::Parquet, country, out } => {
            let out = out.context("--format parquet writes a binary file: give it with --out FILE")?;
            let store = tipdata_store::open(db)?;
            let stored = store.stored_cells(country.as_deref())?;
            let cells: Vec<ParquetCell<'_>> = stored
                .iter()
                .map(|c| ParquetCell { key: &c.key, value: c.value, source: &c.source, version: c.version })
                .collect();
            // Written next to the target and renamed into place: a reader never sees half a file.
            // (Into a target that is no regular file, `/dev/null` or a pipe, directly:
            // `crate::staging`.)
            crate::staging::write_file(&out, "parquet.partial", true, |w| {
                write_observations_parquet(&cells, w).with_context(|| format!("cannot write {}", out.display()))?;
                Ok(())
            })?;
            eprintln!("{} observations written to {}", cells.len(), out.display());
        }
        ExportCmd::Structure => {
            let m = structure_message(Instrument::v1(), &tipdata_store::today());
            println!("{}", serde_json::to_string_pretty(&m)?);
        }
    }
    Ok(())
}

/// Imports SDMX-CSV observations all or nothing, like any other import.
pub fn import(db: &str, file: &Path) -> Result<()> {
    let name = file.display().to_string();
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {name}"))?;
    let obs = read_sdmx_csv(&name, &bytes)?;
    let rows = obs.len() as u64;
    let collapsed = tipdata_model::collapse(obs);
    let mut store = tipdata_store::open(db)?;
    let o = store.import_observations(&ObservationImport {
        kind: "sdmx",
        file: &name,
        sha256: tipdata_io::sha256_hex(&bytes),
        actor: &crate::glotip::actor(),
        rows_read: rows,
        collapsed: &collapsed,
        reader_findings: &[],
    })?;
    print!("{}", crate::glotip::summary(&crate::glotip::ImportReport { rows_read: rows, outcome: o }));
    Ok(())
}
