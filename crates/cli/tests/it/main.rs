//! End-to-end tests of the `tipdata` binary, on the real GLOTIP file shipped in `data/`.

mod cases;
mod coding_cli;
mod errors;
mod glotip;
mod report;
mod parquet;
mod publish;
mod validation;
mod users;

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn repo_file(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(rel)
}

pub fn glotip_xlsx() -> PathBuf {
    repo_file("data/glotip/data_glotip.xlsx")
}

/// Output of one run of the binary.
pub struct Run {
    pub ok: bool,
    pub stdout: String,
    pub stderr: String,
}

pub fn tipdata(db: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_tipdata"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("TIPDATA_DB")
        .output()
        .expect("the tipdata binary runs");
    Run {
        ok: out.status.success(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

pub fn ok(db: &Path, args: &[&str]) -> String {
    let r = tipdata(db, args);
    assert!(r.ok, "tipdata {args:?} failed: {}", r.stderr);
    r.stdout
}

/// The real GLOTIP sheet as CSV (every cell as the workbook holds it), written with calamine
/// and the csv crate, not with tipdata's reader.
pub fn glotip_as_csv(dest: &Path) {
    use calamine::{Data, Reader};
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(glotip_xlsx()).expect("the bundled workbook opens");
    let name = wb.sheet_names()[0].clone();
    let range = wb.worksheet_range(&name).expect("the sheet reads");
    let mut w = csv::Writer::from_path(dest).expect("temp file");
    for row in range.rows() {
        let rec: Vec<String> = row
            .iter()
            .map(|c| match c {
                Data::Empty => String::new(),
                Data::String(s) => s.clone(),
                Data::Int(i) => i.to_string(),
                Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
                other => other.to_string(),
            })
            .collect();
        w.write_record(&rec).expect("write");
    }
    w.flush().expect("flush");
}
