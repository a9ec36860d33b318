//! `tipdata import ctdc FILE`: victim-level records into the store (all or nothing), and the
//! stored records as a categorical table for `synth` and `dp`.

use std::path::Path;

use anyhow::Result;
use tipdata_model::CTDC_COLUMNS;
use tipdata_privacy::Table;
use tipdata_store::{Store, VictimImport};

use crate::glotip::actor;

pub fn import(store: &mut dyn Store, file: &Path, dataset: &str) -> Result<()> {
    let f = tipdata_io::ctdc::read_ctdc(file)?;
    let name = file.display().to_string();
    let out =
        store.import_victims(&VictimImport { dataset, file: &name, sha256: f.sha256, actor: &actor(), records: &f.records })?;
    match (out.import_id, out.previous) {
        (None, _) => println!("dataset {dataset} unchanged: it already holds these {} records", out.records),
        (Some(id), None) => println!("dataset {dataset}: {} records stored (import {id})", out.records),
        (Some(id), Some(prev)) => {
            println!("dataset {dataset}: new version with {} records (import {id}), replacing {prev} records", out.records)
        }
    }
    println!("sha256 of the records: {}", out.content_hash);
    Ok(())
}

/// The current version of a stored dataset as a categorical table (CTDC column names; empty
/// = missing; flags `0`/`1`).
pub fn table(store: &dyn Store, dataset: &str) -> Result<Table> {
    let records = store.victim_records(dataset)?;
    let header = CTDC_COLUMNS.iter().map(|c| c.to_string()).collect();
    let rows = records.iter().map(|r| r.values().to_vec()).collect();
    Ok(Table::new(header, rows)?)
}
