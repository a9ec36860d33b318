//! Times the phases of a GLOTIP import (read, collapse, store) on one file, for profiling.
//! `cargo run --release --example phases -- data/glotip/data_glotip.xlsx`

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: phases FILE.xlsx")?;
    let t = Instant::now();
    let (file, sha) = tipdata_io::read_glotip(std::path::Path::new(&path), &|_, _| {})?;
    let read = t.elapsed();
    let t = Instant::now();
    let collapsed = tipdata_model::collapse(file.observations.clone());
    let collapse = t.elapsed();
    let dir = tempfile::tempdir()?;
    let db = dir.path().join("phases.db");
    let mut store = tipdata_store::open(&db.display().to_string())?;
    let t = Instant::now();
    store.import_observations(&tipdata_store::ObservationImport {
        kind: "glotip",
        file: &path,
        sha256: sha,
        actor: "bench",
        rows_read: file.rows_read,
        collapsed: &collapsed,
        reader_findings: &file.findings,
    })?;
    let stored = t.elapsed();
    eprintln!("read {read:?}, collapse {collapse:?}, store {stored:?}");
    Ok(())
}
