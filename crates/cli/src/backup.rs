//! `tipdata backup --out FILE` and `tipdata restore FILE`: every table as JSON lines, readable
//! by either backend (format in `docs/reliability.md`). A restore goes into an empty database,
//! all or nothing, and ends with the audit check.

use std::io::BufReader;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};

#[derive(clap::Args)]
pub struct BackupArgs {
    /// The backup file to write (replaced only once the backup is complete).
    #[arg(long)]
    out: PathBuf,
}

#[derive(clap::Args)]
pub struct RestoreArgs {
    /// A file `tipdata backup` wrote, from either backend.
    file: PathBuf,
}

pub fn backup(db: &str, a: &BackupArgs) -> Result<()> {
    let store = tipdata_store::open(db)?;
    // Written beside the target and renamed: a failed backup never leaves a half file under its name.
    // (Into a target that is no regular file, `/dev/null` or a pipe, directly: `crate::staging`.)
    let summary = crate::staging::write_file(&a.out, "partial", true, |w| {
        store.backup(w).with_context(|| format!("backup to {}", a.out.display()))
    })?;
    eprintln!("backup of {} tables, {} rows written to {}", summary.tables.len(), summary.rows(), a.out.display());
    Ok(())
}

pub fn restore(db: &str, a: &RestoreArgs) -> Result<()> {
    let file = std::fs::File::open(&a.file).with_context(|| format!("{}: cannot open", a.file.display()))?;
    let mut store = tipdata_store::open(db)?;
    let summary = store.restore(&mut BufReader::new(file)).with_context(|| format!("{}", a.file.display()))?;
    let report = store.verify_audit()?;
    if !report.ok() {
        bail!(
            "restored {} rows, but the audit trail does not verify: {}",
            summary.rows(),
            report.broken.iter().chain(&report.unaccounted).next().map_or("", String::as_str)
        );
    }
    println!(
        "restored {} tables, {} rows; audit trail verified ({} entries)",
        summary.tables.len(),
        summary.rows(),
        report.entries
    );
    Ok(())
}
