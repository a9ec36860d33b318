//! `tipdata export observations --format parquet`. The file's rows are compared with DuckDB
//! in `tests/parquet/run.sh` (CI); here: the command's contract on a small import.

use crate::{ok, tipdata};

#[test]
fn parquet_export_writes_a_parquet_file_and_needs_out() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let csv = dir.path().join("small.csv");
    std::fs::write(
        &csv,
        "Iso3_code,Country,Indicator,Dimension,Category,Sex,Age,Year,txtVALUE\n\
         PHL,Philippines,Detected trafficking victims,Total,Total,Total,Total,2019,1282\n\
         PHL,Philippines,Detected trafficking victims,Total,Total,Female,Total,2019,<5\n",
    )
    .unwrap();
    ok(&db, &["import", "glotip", csv.to_str().unwrap()]);

    let r = tipdata(&db, &["export", "observations", "--format", "parquet"]);
    assert!(!r.ok && r.stderr.contains("--out"), "{}", r.stderr);

    let out = dir.path().join("o.parquet");
    let r = tipdata(&db, &["export", "observations", "--format", "parquet", "--out", out.to_str().unwrap()]);
    assert!(r.ok && r.stderr.contains("2 observations written"), "{}", r.stderr);
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1"), "not a Parquet file");
    assert!(!dir.path().join("o.parquet.partial").exists(), "the partial file is renamed into place");
}
