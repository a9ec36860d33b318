//! Victim-level datasets (versions, no-op re-imports) and the privacy-budget ledger.

use tipdata_model::VictimRecord;
use tipdata_store::testing::TestDb;
use tipdata_store::{NewDpAnswer, SqlStore, Store, StoreError, VictimImport, VictimStore};

fn rec(year: i32, gender: &str, forced: Option<bool>) -> VictimRecord {
    VictimRecord {
        year_of_registration: year,
        gender: Some(gender.into()),
        age_broad: Some("18--20".into()),
        citizenship: Some("PH".into()),
        is_forced_labour: forced,
        is_sexual_exploit: None,
        country_of_exploitation: None,
    }
}

fn import(s: &mut SqlStore, records: &[VictimRecord]) -> tipdata_store::VictimImportOutcome {
    let rows: Vec<(u64, VictimRecord)> = records.iter().cloned().enumerate().map(|(i, r)| (i as u64 + 2, r)).collect();
    s.import_victims(&VictimImport { dataset: "ctdc", file: "ctdc.csv", sha256: String::new(), actor: "test", records: &rows })
        .unwrap()
}

fn store(db: &TestDb) -> SqlStore {
    db.open()
}

#[test]
fn a_dataset_keeps_its_records_and_a_reimport_changes_nothing() {
    let dir = TestDb::new();
    let mut s = store(&dir);
    let v1 = vec![rec(2016, "Female", Some(true)), rec(2016, "Female", Some(true)), rec(2017, "Male", None)];
    let first = import(&mut s, &v1);
    assert!(first.import_id.is_some());
    assert_eq!((first.records, first.previous), (3, None));
    assert_eq!(s.victim_records("ctdc").unwrap(), v1);
    let reordered: Vec<_> = v1.iter().rev().cloned().collect();
    let again = import(&mut s, &reordered);
    assert_eq!(again.import_id, None);
    let audit_before = s.counts().unwrap().audit;
    let mut v2 = v1.clone();
    v2.push(rec(2018, "Male", Some(false)));
    let second = import(&mut s, &v2);
    assert_eq!((second.records, second.previous), (4, Some(3)));
    assert_eq!(s.victim_records("ctdc").unwrap(), v2);
    assert_eq!(s.victim_dataset("ctdc").unwrap().unwrap().import_id, second.import_id.unwrap());
    assert_eq!(s.counts().unwrap().audit, audit_before + 1);
    assert!(s.verify_audit().unwrap().ok(), "{:?}", s.verify_audit().unwrap());
    match s.victim_records("other") {
        Err(StoreError::Invalid(m)) => assert!(m.contains("import ctdc"), "{m}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_ledger_refuses_to_overspend_and_keeps_every_spend() {
    let dir = TestDb::new();
    let mut s = store(&dir);
    match s.spend_privacy_budget("ctdc", 0.5, "analyst", "crosstab") {
        Err(StoreError::Invalid(m)) => assert!(m.contains("no privacy budget") && m.contains("dp budget"), "{m}"),
        other => panic!("spent without a budget: {other:?}"),
    }
    s.set_privacy_budget("ctdc", 1.0, "lead").unwrap();
    for i in 0..10 {
        s.spend_privacy_budget("ctdc", 0.1, "analyst", &format!("release {i}")).unwrap();
    }
    let b = s.privacy_budget("ctdc").unwrap().unwrap();
    assert_eq!(b.spends.len(), 10);
    assert!((b.spent() - 1.0).abs() < 1e-9);
    match s.spend_privacy_budget("ctdc", 0.01, "analyst", "one more") {
        Err(StoreError::BudgetExceeded { dataset, requested, total, .. }) => {
            assert_eq!((dataset.as_str(), requested, total), ("ctdc", 0.01, 1.0));
        }
        other => panic!("the ledger overspent: {other:?}"),
    }
    assert_eq!(s.privacy_budget("ctdc").unwrap().unwrap().spends.len(), 10, "a refused spend left a trace");
    assert!(s.set_privacy_budget("ctdc", 0.5, "lead").is_err(), "a total below what is spent");
    let b = s.set_privacy_budget("ctdc", 2.0, "lead").unwrap();
    assert!((b.remaining() - 1.0).abs() < 1e-9);
    assert!(s.spend_privacy_budget("ctdc", -1.0, "analyst", "x").is_err());
    assert!(s.spend_privacy_budget("ctdc", f64::NAN, "analyst", "x").is_err());
    assert!(s.verify_audit().unwrap().ok(), "{:?}", s.verify_audit().unwrap());
}

#[test]
fn the_ledger_refuses_edits_and_verify_names_a_tampered_spend() {
    let dir = TestDb::new();
    let mut s = store(&dir);
    s.set_privacy_budget("ctdc", 1.0, "lead").unwrap();
    s.spend_privacy_budget("ctdc", 0.5, "analyst", "crosstab").unwrap();
    assert!(dir.raw("DELETE FROM privacy_spends").unwrap_err().to_string().contains("append-only"));
    assert!(dir.raw("UPDATE privacy_spends SET epsilon = 0.1").unwrap_err().to_string().contains("append-only"));
    let drop_guard = if dir.is_postgres() {
        "DROP TRIGGER privacy_spends_no_delete ON privacy_spends"
    } else {
        "DROP TRIGGER privacy_spends_no_delete"
    };
    dir.raw(&format!("{drop_guard}; DELETE FROM privacy_spends;")).unwrap();
    let r = s.verify_audit().unwrap();
    assert!(r.unaccounted.iter().any(|u| u.starts_with("privacy_spends 1:") && u.contains("not stored")), "{r:?}");
}

#[test]
fn a_released_answer_is_kept_with_its_spend_and_found_again() {
    let dir = TestDb::new();
    let mut s = store(&dir);
    import(&mut s, &[rec(2019, "Female", None)]);
    let version = s.victim_dataset("ctdc").unwrap().unwrap().import_id;
    s.set_privacy_budget("ctdc", 1.0, "lead").unwrap();
    let new = NewDpAnswer {
        dataset: "ctdc",
        import_id: version,
        query: "by gender",
        epsilon: 0.5,
        answer: "[3,1]",
        actor: "analyst",
        purpose: "crosstab",
    };
    assert!(s.dp_answer("ctdc", version, "by gender", 0.5).unwrap().is_none());
    let (b, a) = s.release_dp_answer(&new).unwrap();
    assert_eq!((b.spends.len(), a.spend_id, a.answer.as_str()), (1, b.spends[0].id, "[3,1]"));
    assert_eq!(s.dp_answer("ctdc", version, "by gender", 0.5).unwrap(), Some(a.clone()));
    assert!(s.dp_answer("ctdc", version, "by gender", 0.25).unwrap().is_none(), "another epsilon is another question");
    assert!(s.dp_answer("ctdc", version, "by age", 0.5).unwrap().is_none());
    // The budget refuses as for any spend, and nothing is kept then.
    let too_much = NewDpAnswer { epsilon: 0.75, ..new };
    assert!(matches!(s.release_dp_answer(&too_much), Err(StoreError::BudgetExceeded { .. })));
    // A new version of the dataset: an answer about the old one cannot be released.
    import(&mut s, &[rec(2019, "Female", None), rec(2020, "Male", None)]);
    assert!(matches!(s.release_dp_answer(&new), Err(StoreError::Invalid(m)) if m.contains("changed")));
    assert!(s.verify_audit().unwrap().ok(), "{:?}", s.verify_audit().unwrap());
    assert!(dir.raw("UPDATE dp_answers SET answer = '[0,0]'").unwrap_err().to_string().contains("append-only"));
    let drop_guard =
        if dir.is_postgres() { "DROP TRIGGER dp_answers_no_update ON dp_answers" } else { "DROP TRIGGER dp_answers_no_update" };
    dir.raw(&format!("{drop_guard}; UPDATE dp_answers SET answer = '[0,0]';")).unwrap();
    let r = s.verify_audit().unwrap();
    assert!(r.unaccounted.iter().any(|u| u.starts_with("dp_answers 1:")), "{r:?}");
}
