//! Real concurrent clients, each thread with its own connection: 50 focal points (two per
//! country, editing the same submission) and 5 analysts validating at the same time. Nothing
//! may be lost: every accepted change is stored with its own version, every rejected one was
//! reported to its writer as a conflict, and the audit trail accounts for all of it.

use std::sync::{Arc, Barrier, Mutex};
use std::time::Instant;

use tipdata_model::submission::{SubmissionAction, SubmissionState};
use tipdata_model::{CellValue, EntityKind, Instrument, ObsKey, Provenance};
use tipdata_store::testing::TestDb;
use tipdata_store::{NewSubmission, Store, StoreError, SubmissionCell, SubmissionError, SubmissionStore};

const COUNTRIES: usize = 25;
const FOCAL_PER_COUNTRY: usize = 2;
const ANALYSTS: usize = 5;
const ROUNDS: usize = 6;
const SEXES: [&str; 3] = ["Total", "Female", "Male"];

fn key(entity: &str, sex: &str) -> ObsKey {
    ObsKey {
        entity: entity.into(),
        indicator: "Detected trafficking victims".into(),
        dimension: "Total".into(),
        category: "Total".into(),
        sex: sex.into(),
        age: "Total".into(),
        year: 2022,
    }
}

/// One accepted change: (country, sex, version it created, value).
type Accepted = (String, String, i64, u64);

#[test]
fn fifty_focal_points_and_five_analysts_at_once_lose_no_update() {
    let db = TestDb::new();
    drop(db.open()); // migrate once before the crowd arrives
    let countries: Vec<String> = Instrument::v1()
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Country)
        .take(COUNTRIES)
        .map(|e| e.id.to_string())
        .collect();
    let accepted: Arc<Mutex<Vec<Accepted>>> = Arc::default();
    let conflicts = Arc::new(Mutex::new(0u64));
    let lost_races = Arc::new(Mutex::new(0u64));
    let submitted = Arc::new(Mutex::new(0usize));
    let started = Instant::now();
    let mut threads = Vec::new();
    for (c, country) in countries.iter().enumerate() {
        // The two focal points of a country: one creates the submission, both edit it.
        let pair = Arc::new(Barrier::new(FOCAL_PER_COUNTRY));
        let created: Arc<Mutex<Option<i64>>> = Arc::default();
        for f in 0..FOCAL_PER_COUNTRY {
            let (url, country, pair, created) = (db.url().to_string(), country.clone(), pair.clone(), created.clone());
            let (accepted, conflicts, submitted) = (accepted.clone(), conflicts.clone(), submitted.clone());
            threads.push(std::thread::spawn(move || {
                let mut s = tipdata_store::open(&url).expect("a focal point connects");
                let actor = format!("focal-{country}-{f}");
                if f == 0 {
                    let cells: Vec<SubmissionCell> = SEXES
                        .iter()
                        .map(|sex| SubmissionCell {
                            key: key(&country, sex),
                            value: CellValue::Count(1),
                            source: Provenance { file: "q.xlsx".into(), sheet: "Victims".into(), row: 7, column: "B".into() },
                        })
                        .collect();
                    let id = s
                        .create_submission(&NewSubmission {
                            entity: &country,
                            year: 2022,
                            channel: "questionnaire",
                            file: "q.xlsx",
                            metadata: serde_json::json!({}),
                            actor: &actor,
                            cells: &cells,
                        })
                        .expect("created");
                    *created.lock().expect("lock") = Some(id);
                }
                pair.wait();
                let id = created.lock().expect("lock").expect("created before the barrier");
                for round in 0..ROUNDS {
                    let sex = SEXES[round % SEXES.len()];
                    let k = key(&country, sex);
                    // Both read the same version, then both write from it: one must lose.
                    let read = s.submission_cell_version(id, &k).expect("read").expect("cell exists");
                    pair.wait();
                    let value = (c * 1000 + round * 10 + f) as u64;
                    match s.set_submission_cell_from(id, &k, CellValue::Count(value), read, &actor, "revised count") {
                        Ok(v) => accepted.lock().expect("lock").push((country.clone(), sex.to_string(), v, value)),
                        Err(SubmissionError::Store(StoreError::Conflict(_))) => *conflicts.lock().expect("lock") += 1,
                        Err(e) => panic!("{actor}: {e}"),
                    }
                    pair.wait();
                }
                if f == 0 {
                    s.transition_submission(id, SubmissionAction::Submit, &actor, "").expect("submit");
                    *submitted.lock().expect("lock") += 1;
                }
            }));
        }
    }
    for a in 0..ANALYSTS {
        let (url, lost_races, submitted) = (db.url().to_string(), lost_races.clone(), submitted.clone());
        threads.push(std::thread::spawn(move || {
            let mut s = tipdata_store::open(&url).expect("an analyst connects");
            let actor = format!("analyst-{a}");
            loop {
                let all = s.submissions(None, Some(2022)).expect("list");
                let done = all.iter().filter(|x| x.state == SubmissionState::Validated).count();
                if done == COUNTRIES && *submitted.lock().expect("lock") == COUNTRIES {
                    break;
                }
                for x in all {
                    let action = match x.state {
                        SubmissionState::Submitted => SubmissionAction::Review,
                        SubmissionState::UnderReview => SubmissionAction::Validate,
                        _ => continue,
                    };
                    match s.transition_submission(x.id, action, &actor, "") {
                        Ok(_) => {}
                        // Another analyst moved it first: reported, nothing written.
                        Err(SubmissionError::Transition { .. }) => *lost_races.lock().expect("lock") += 1,
                        Err(e) => panic!("{actor}: {e}"),
                    }
                }
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
        }));
    }
    for t in threads {
        t.join().expect("no client panicked");
    }
    let elapsed = started.elapsed();

    let s = db.open();
    let accepted = accepted.lock().expect("lock").clone();
    let conflicts = *conflicts.lock().expect("lock");
    let attempts = (COUNTRIES * FOCAL_PER_COUNTRY * ROUNDS) as u64;
    // Each round of each pair: exactly one writer wins, the other is told.
    assert_eq!(accepted.len() as u64, (COUNTRIES * ROUNDS) as u64);
    assert_eq!(accepted.len() as u64 + conflicts, attempts);
    for country in &countries {
        let subs = s.submissions(Some(country), Some(2022)).expect("list");
        assert_eq!(subs.len(), 1);
        assert_eq!(subs[0].state, SubmissionState::Validated, "{country}");
        let cells = s.submission_cells(subs[0].id).expect("cells");
        for sex in SEXES {
            let mine: Vec<&Accepted> = accepted.iter().filter(|a| &a.0 == country && a.1 == sex).collect();
            // Versions 2, 3, ... each created by exactly one accepted change: none overwritten.
            let mut versions: Vec<i64> = mine.iter().map(|a| a.2).collect();
            versions.sort_unstable();
            assert_eq!(versions, (2..2 + mine.len() as i64).collect::<Vec<_>>(), "{country} {sex}");
            let last = mine.iter().max_by_key(|a| a.2).expect("some change accepted");
            let k = key(country, sex);
            let stored = cells.iter().find(|c| c.key == k).expect("cell").value;
            assert_eq!(stored, CellValue::Count(last.3), "{country} {sex}: the last accepted change is stored");
            assert_eq!(s.cell(&k).expect("cell").map(|c| c.value), Some(CellValue::Count(last.3)), "validated into observations");
        }
    }
    let report = s.verify_audit().expect("verify");
    assert!(report.ok(), "{report:?}");
    eprintln!(
        "concurrency ({:?}): {} clients, {attempts} cell writes: {} accepted, {conflicts} conflicts reported; \
         {} analyst transitions lost a race and were reported; {} audit entries verified; {:.1} s",
        s.backend(),
        COUNTRIES * FOCAL_PER_COUNTRY + ANALYSTS,
        accepted.len(),
        lost_races.lock().expect("lock"),
        report.entries,
        elapsed.as_secs_f64()
    );
}
