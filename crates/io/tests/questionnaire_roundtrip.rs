//! Every country-year of the bundled GLOTIP file, made into a prefilled questionnaire and read
//! back, gives the same cells.

use std::collections::BTreeMap;
use std::path::Path;

use tipdata_io::glotip::read_glotip;
use tipdata_io::questionnaire::{read_questionnaire_bytes, write_questionnaire, QuestionnaireSpec};
use tipdata_model::{collapse, CellValue, ObsKey};

#[test]
fn every_country_year_of_the_glotip_file_reads_back_as_prefilled() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/glotip/data_glotip.xlsx");
    let (file, _) = read_glotip(&path, &|_, _| {}).expect("the bundled file reads");
    // The cells as the store holds them: repeated keys collapsed, the later row winning.
    let mut by_country_year: BTreeMap<(String, i32), Vec<(ObsKey, CellValue)>> = BTreeMap::new();
    for o in collapse(file.observations).cells {
        by_country_year.entry((o.key.entity.clone(), o.key.year)).or_default().push((o.key, o.value));
    }
    let mut failures = Vec::new();
    let mut cells = 0;
    for ((entity, year), prefill) in &by_country_year {
        let previous = by_country_year.get(&(entity.clone(), year - 1)).cloned().unwrap_or_default();
        let bytes = match write_questionnaire(&QuestionnaireSpec { entity, year: *year, previous: &previous, prefill }) {
            Ok(b) => b,
            Err(e) => {
                failures.push(format!("{entity} {year}: make: {e}"));
                continue;
            }
        };
        let q = match read_questionnaire_bytes("q.xlsx", &bytes) {
            Ok(q) => q,
            Err(e) => {
                failures.push(format!("{entity} {year}: read back: {e}"));
                continue;
            }
        };
        let mut got: Vec<(ObsKey, CellValue)> = q.observations.into_iter().map(|o| (o.key, o.value)).collect();
        let mut want = prefill.clone();
        got.sort_by(|a, b| a.0.cmp(&b.0));
        want.sort_by(|a, b| a.0.cmp(&b.0));
        if got != want {
            let lost: Vec<_> = want.iter().filter(|c| !got.contains(c)).take(3).collect();
            let added: Vec<_> = got.iter().filter(|c| !want.contains(c)).take(3).collect();
            failures.push(format!("{entity} {year}: {} cells read back of {}; lost {lost:?}, added {added:?}", got.len(), want.len()));
        }
        cells += want.len();
    }
    assert!(failures.is_empty(), "{} of {} country-years fail:\n{}", failures.len(), by_country_year.len(), failures.join("\n"));
    assert!(cells > 40_000, "{cells} cells round-tripped");
}
