//! The store on its own: imports, no-op re-imports, and a tampered audit trail.

use tipdata_model::{collapse, CellValue, ObsKey, Observation, Provenance};
use tipdata_store::testing::TestDb;
use tipdata_store::{ObservationImport, SqlStore, Store};

mod backup;
mod concurrency;
mod releases;
mod victims;

pub(crate) fn obs(entity: &str, year: i32, row: u64, v: CellValue) -> Observation {
    Observation {
        key: ObsKey {
            entity: entity.into(),
            indicator: "Persons convicted".into(),
            dimension: "Total".into(),
            category: "Total".into(),
            sex: "Total".into(),
            age: "Total".into(),
            year,
        },
        value: v,
        source: Provenance { file: "t.csv".into(), sheet: String::new(), row, column: "txtVALUE".into() },
        source_name: "GLOTIP".into(),
    }
}

pub(crate) fn import(store: &mut SqlStore, cells: Vec<Observation>) -> tipdata_store::ImportOutcome {
    let c = collapse(cells);
    store
        .import_observations(&ObservationImport {
            kind: "glotip",
            file: "t.csv",
            sha256: String::new(),
            actor: "test",
            rows_read: 0,
            collapsed: &c,
            reader_findings: &[],
        })
        .unwrap()
}

fn three() -> Vec<Observation> {
    vec![
        obs("PER", 2019, 2, CellValue::Count(12)),
        obs("PER", 2020, 3, CellValue::Below(5)),
        obs("CHL", 2020, 4, CellValue::Count(7)),
    ]
}

#[test]
fn a_reimport_writes_nothing_and_a_revision_keeps_the_old_value() {
    let db = TestDb::new();
    let mut s = db.open();
    assert_eq!(s.latest_observation_import().unwrap(), None);
    let first = import(&mut s, three());
    assert_eq!((first.inserted, first.import_id), (3, Some(1)));
    let again = import(&mut s, three());
    assert!(again.is_noop());
    assert_eq!(again.unchanged, 3);
    let counts = s.counts().unwrap();
    assert_eq!((counts.imports, counts.observations, counts.audit), (1, 3, 3));

    let mut revised = three();
    revised[1].value = CellValue::Count(6);
    let rev = import(&mut s, revised);
    assert_eq!((rev.changed, rev.unchanged, rev.import_id), (1, 2, Some(2)));
    let latest = s.latest_observation_import().unwrap().expect("two imports");
    assert_eq!((latest.id, latest.kind.as_str(), latest.file.as_str()), (2, "glotip", "t.csv"));
    let key = &three()[1].key;
    assert_eq!(s.cell(key).unwrap().unwrap().value, CellValue::Count(6));
    let h = s.cell_history(key).unwrap();
    assert_eq!(h.len(), 1);
    assert_eq!((h[0].value, h[0].version, h[0].replaced_by_import), (CellValue::Below(5), 1, 2));
    assert!(s.verify_audit().unwrap().ok());
}

#[test]
fn the_bulk_read_gives_every_cell_as_the_one_cell_lookup_does() {
    let db = TestDb::new();
    let mut s = db.open();
    import(&mut s, three());
    let mut revised = three();
    revised[1].value = CellValue::Count(6);
    revised[1].source.row = 9;
    revised.push(obs("BOL", 2021, 10, CellValue::Missing));
    import(&mut s, revised);
    let all = s.stored_cells(None).unwrap();
    let keys: Vec<String> = all.iter().map(|c| format!("{} {}", c.key.entity, c.key.year)).collect();
    assert_eq!(keys, ["PER 2019", "PER 2020", "CHL 2020", "BOL 2021"], "in the order first stored");
    for c in &all {
        assert_eq!(Some(c), s.cell(&c.key).unwrap().as_ref());
    }
    assert_eq!((all[1].version, all[1].value, all[1].source.as_str()), (2, CellValue::Count(6), "t.csv:9:txtVALUE"));
    let per = s.stored_cells(Some("PER")).unwrap();
    assert_eq!(per, all[..2].to_vec());
    assert!(s.stored_cells(Some("XXX")).unwrap().is_empty());
}

#[test]
fn a_tampered_audit_entry_is_named_by_verify() {
    let db = TestDb::new();
    let mut s = db.open();
    import(&mut s, three());
    // The trail refuses edits...
    assert!(db.raw("UPDATE audit_log SET actor = 'someone else' WHERE seq = 2").is_err());
    assert!(db.raw("DELETE FROM audit_log WHERE seq = 3").is_err());
    // ...so a tamperer drops the guard first; verify still names the entry.
    db.raw(db.drop_audit_guards_sql()).unwrap();
    db.raw("UPDATE audit_log SET actor = 'someone else' WHERE seq = 2").unwrap();
    let r = s.verify_audit().unwrap();
    assert_eq!(r.broken, vec!["entry 2: its hash does not match its content".to_string()]);

    db.raw("DELETE FROM audit_log WHERE seq = 3").unwrap();
    let r = s.verify_audit().unwrap();
    assert!(r.unaccounted.iter().any(|u| u.starts_with("CHL|") && u.contains("never recorded")), "{r:?}");
}

#[test]
fn a_database_from_a_newer_tipdata_is_refused() {
    let db = TestDb::new();
    drop(db.open());
    db.raw("INSERT INTO schema_migrations (version, applied_at) VALUES (999, 'later')").unwrap();
    match SqlStore::open(db.url()) {
        Err(tipdata_store::StoreError::TooNew { found: 999, .. }) => {}
        Err(other) => panic!("wrong error: {other}"),
        Ok(_) => panic!("a newer schema was accepted"),
    }
}
