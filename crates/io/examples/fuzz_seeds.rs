//! Writes the fuzz targets' seed inputs under `fuzz/seeds/<target>/`: small files cut from the
//! real GLOTIP file in `data/`, a questionnaire and SDMX-CSV written by tipdata's own writers,
//! and the hand-made case files of the CLI tests. Run from the repository root:
//! `cargo run -p tipdata-io --example fuzz_seeds`.

use std::path::Path;

use calamine::{Data, Reader, Xlsx};
use tipdata_io::questionnaire::{write_questionnaire, QuestionnaireSpec};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = Path::new("fuzz/seeds");
    let write = |target: &str, name: &str, bytes: &[u8]| -> std::io::Result<()> {
        let dir = out.join(target);
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join(name), bytes)
    };

    // The first rows of the real file, and rows from its middle (other indicators, `<5`).
    let mut wb: Xlsx<_> = calamine::open_workbook("data/glotip/data_glotip.xlsx")?;
    let sheet = wb.sheet_names()[0].clone();
    let range = wb.worksheet_range(&sheet)?;
    let all: Vec<&[Data]> = range.rows().collect();
    let header = all[0];
    let picks: Vec<Vec<&[Data]>> = vec![
        all[..20].to_vec(),
        std::iter::once(header).chain(all[20_000..20_012].iter().copied()).collect(),
        std::iter::once(header).chain(all.iter().copied().filter(|r| r.iter().any(|c| *c == "<5")).take(10)).collect(),
    ];
    for (i, rows) in picks.iter().enumerate() {
        let mut csv = csv::Writer::from_writer(Vec::new());
        for r in rows {
            csv.write_record(r.iter().map(|c| c.to_string()))?;
        }
        write("glotip_csv", &format!("real-{i}.csv"), &csv.into_inner()?)?;

        let mut book = rust_xlsxwriter::Workbook::new();
        let ws = book.add_worksheet();
        for (y, r) in rows.iter().enumerate() {
            for (x, c) in r.iter().enumerate() {
                match c {
                    Data::Float(f) => ws.write_number(y as u32, x as u16, *f)?,
                    Data::Int(n) => ws.write_number(y as u32, x as u16, *n as f64)?,
                    Data::Empty => ws,
                    other => ws.write_string(y as u32, x as u16, other.to_string())?,
                };
            }
        }
        write("glotip_xlsx", &format!("real-{i}.xlsx"), &book.save_to_buffer()?)?;
    }

    // A questionnaire as `tipdata questionnaire make` writes it, blank and prefilled with the
    // real file's cells for one country and year; SDMX-CSV of the same cells.
    let (file, _) = tipdata_io::read_glotip(Path::new("data/glotip/data_glotip.xlsx"), &|_, _| ())?;
    let cells: Vec<_> = file.observations.iter().map(|o| (o.key.clone(), o.value)).collect();
    let of = |e: &str, y: i32| -> Vec<_> { cells.iter().filter(|(k, _)| k.entity == e && k.year == y).cloned().collect() };
    let (e, y) = (cells[0].0.entity.clone(), cells[0].0.year);
    let blank = write_questionnaire(&QuestionnaireSpec { entity: &e, year: y, previous: &[], prefill: &[] })?;
    write("questionnaire", "blank.xlsx", &blank)?;
    let filled = of(&e, y);
    let prefilled = write_questionnaire(&QuestionnaireSpec { entity: &e, year: y, previous: &of(&e, y - 1), prefill: &filled })?;
    write("questionnaire", "prefilled.xlsx", &prefilled)?;
    write("sdmx_csv", "real.csv", tipdata_io::sdmx::write_sdmx_csv(&filled)?.as_bytes())?;
    let some: Vec<_> = cells.iter().filter(|(_, v)| !matches!(v, tipdata_model::CellValue::Count(_))).take(8).cloned().collect();
    write("sdmx_csv", "bounds-and-missing.csv", tipdata_io::sdmx::write_sdmx_csv(&some)?.as_bytes())?;
    write("sdmx_csv", "semicolon.csv", tipdata_io::sdmx::write_sdmx_csv(&some)?.replace(',', ";").as_bytes())?;

    // Case files: the CLI tests' hand-made ones, and an HTCDS file like the reader's tests.
    let data = Path::new("crates/cli/tests/data");
    for f in ["cases.jsonl", "cases-bad.jsonl", "cases-ch5.jsonl"] {
        write("cases_jsonl", f, &std::fs::read(data.join(f))?)?;
    }
    for f in ["coding-ann.jsonl", "coding-bob.jsonl", "coding-bad-value.jsonl"] {
        write("codings_jsonl", f, &std::fs::read(data.join(f))?)?;
    }
    write("cldb", "cldb-small.csv", &std::fs::read(data.join("cldb-small.csv"))?)?;
    write("htcds", "small.csv", HTCDS.as_bytes())?;
    Ok(())
}

const HTCDS: &str = "CaseNumber,vic_TraffickingStatus,prs_Gender,vic_AgeWhenTrafficked,prs_Citizenship,vic_TypeOfExploitation,vic_MethodsOfControl,vic_RecruitmentWebsitesAndApps,hte_Country,hte_Type,hte_Date,cco_CaseComment
H1,ActualVictimOfTrafficking,Feminine,16,PHL,SexualExploitation,DebtBondage;FalsePromises,Facebook,MYS,Exploitation,2019-03-01,Recruited on Facebook.
H1,ActualVictimOfTrafficking,Masculine,25,PHL,ForcedLabour,,,,,,
H2,NotAVictimOfTrafficking,Feminine,30,,,,,,,,Screened out.
H3,PresumedVictimOfTrafficking,Unknown,,IDN,ForcedMarriage,Threats,WhatsApp,SAU,Recruitment,2018,\"Met \"\"online\"\", moved\nacross the border.\"
";
