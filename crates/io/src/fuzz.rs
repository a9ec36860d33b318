//! The one entry point every fuzz target (`fuzz/fuzz_targets/*`) and the stable corpus replay
//! (`tests/fuzz_replay.rs`) feed bytes through, so both exercise exactly the same code.

use tipdata_model::ObsKey;

/// A reader under fuzzing. The name is the fuzz target's name and its corpus folder's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    GlotipCsv,
    GlotipXlsx,
    Questionnaire,
    SdmxCsv,
    CasesJsonl,
    Codings,
    Cldb,
    Htcds,
}

impl Target {
    pub const ALL: [Target; 8] = [
        Target::GlotipCsv,
        Target::GlotipXlsx,
        Target::Questionnaire,
        Target::SdmxCsv,
        Target::CasesJsonl,
        Target::Codings,
        Target::Cldb,
        Target::Htcds,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Target::GlotipCsv => "glotip_csv",
            Target::GlotipXlsx => "glotip_xlsx",
            Target::Questionnaire => "questionnaire",
            Target::SdmxCsv => "sdmx_csv",
            Target::CasesJsonl => "cases_jsonl",
            Target::Codings => "codings_jsonl",
            Target::Cldb => "cldb",
            Target::Htcds => "htcds",
        }
    }
}

/// Reads `bytes` with the target's reader. A `ReadError` is a fine answer to bad input; what
/// this returns as `Err` is a broken law (a reader that accepted input it cannot round-trip,
/// an error that does not say where), which the fuzz target turns into a crash. A panic in a
/// reader is a crash by itself.
pub fn check(target: Target, bytes: &[u8]) -> Result<(), String> {
    match target {
        Target::GlotipCsv => glotip("fuzz.csv", bytes),
        Target::GlotipXlsx => glotip("fuzz.xlsx", bytes),
        Target::Questionnaire => match crate::questionnaire::read_questionnaire_bytes("fuzz.xlsx", bytes) {
            Ok(q) => cells_have_one_entity_and_year(q.observations.iter().map(|o| &o.key), &q.entity, q.year),
            Err(e) => located(&e.file, &e.message),
        },
        Target::SdmxCsv => sdmx(bytes),
        Target::CasesJsonl => cases(crate::cases_jsonl::read_cases_jsonl_bytes("fuzz.jsonl", bytes, None)),
        Target::Codings => match crate::cases_jsonl::read_codings_jsonl("fuzz.jsonl", bytes) {
            Ok(_) => Ok(()),
            Err(e) => located(&e.file, &e.message),
        },
        Target::Cldb => cases(crate::cldb::read_cldb_bytes("fuzz.csv", bytes)),
        Target::Htcds => cases(crate::htcds::read_htcds_bytes("fuzz.csv", bytes)),
    }
}

fn located(file: &str, message: &str) -> Result<(), String> {
    if file.is_empty() || message.trim().is_empty() {
        return Err(format!("an error without file or message: file '{file}', message '{message}'"));
    }
    Ok(())
}

fn glotip(name: &str, bytes: &[u8]) -> Result<(), String> {
    match crate::glotip::read_glotip_bytes(name, bytes, &|_, _| ()) {
        Ok(f) => {
            if (f.observations.len() as u64) > f.rows_read {
                return Err(format!("{} observations from {} rows", f.observations.len(), f.rows_read));
            }
            Ok(())
        }
        Err(e) => located(&e.file, &e.message),
    }
}

/// SDMX-CSV is the lossless channel: whatever the reader accepts, writing it and reading it
/// back gives the same cells.
fn sdmx(bytes: &[u8]) -> Result<(), String> {
    let obs = match crate::sdmx::read_sdmx_csv("fuzz.csv", bytes) {
        Ok(o) => o,
        Err(e) => return located(&e.file, &e.message),
    };
    let cells: Vec<_> = tipdata_model::collapse(obs).cells.into_iter().map(|o| (o.key, o.value)).collect();
    let text = crate::sdmx::write_sdmx_csv(&cells).map_err(|e| format!("accepted cells cannot be written: {e}"))?;
    let again = crate::sdmx::read_sdmx_csv("again.csv", text.as_bytes())
        .map_err(|e| format!("written SDMX-CSV does not read back: {e}\n{text}"))?;
    let again: Vec<_> = again.into_iter().map(|o| (o.key, o.value)).collect();
    if again != cells {
        return Err(format!("round trip changed the cells:\n{cells:?}\n{again:?}"));
    }
    Ok(())
}

fn cases(r: Result<crate::CaseFile, crate::CaseReadError>) -> Result<(), String> {
    match r {
        Ok(f) => {
            if (f.bundles.len() as u64) > f.records_read {
                return Err(format!("{} cases from {} records", f.bundles.len(), f.records_read));
            }
            Ok(())
        }
        Err(e) => located(&e.file, &e.message),
    }
}

fn cells_have_one_entity_and_year<'a>(keys: impl Iterator<Item = &'a ObsKey>, entity: &str, year: i32) -> Result<(), String> {
    for k in keys {
        if k.entity != entity || k.year != year {
            return Err(format!("questionnaire for {entity} {year} returned cell {k}"));
        }
    }
    Ok(())
}
