//! Releases: frozen snapshots that later imports do not touch, that refuse edits, and whose
//! tampering `verify_audit` names.

use tipdata_model::CellValue;
use tipdata_store::testing::TestDb;
use tipdata_store::SqlStore;
use tipdata_store::{
    content_hash_v2, CellDiff, NewPublication, PublicValue, PublicationParams, ReleaseStore, Store, StoreError, SubmissionStore,
};

use super::{import, three};

#[test]
fn a_release_is_a_frozen_copy_that_later_imports_leave_alone() {
    let dir = TestDb::new();
    let mut s = dir.open();
    match s.create_release("empty", "lead", "") {
        Err(StoreError::Invalid(m)) => assert!(m.contains("nothing to release"), "{m}"),
        other => panic!("an empty release was made: {other:?}"),
    }
    import(&mut s, three());
    let r1 = s.create_release("2026-11", "lead", "first").unwrap();
    assert_eq!((r1.cell_count, r1.created_by.as_str(), r1.note.as_str()), (3, "lead", "first"));
    assert_eq!(r1.imports.len(), 1);
    assert_eq!((r1.imports[0].kind.as_str(), r1.imports[0].cells), ("glotip", 3));
    let cells1 = s.release_cells("2026-11", None).unwrap();
    assert_eq!(cells1.len(), 3);
    assert_eq!(r1.hash_version, 2);
    assert_eq!(content_hash_v2(&cells1, &r1.imports), r1.content_hash, "hash version 2: cells and imports");
    assert_eq!(s.release_cells("2026-11", Some("CHL")).unwrap().len(), 1);

    // A revision and a new cell: the live data moves, the release does not.
    let mut revised = three();
    revised[1].value = CellValue::Count(6);
    revised.push(super::obs("ARG", 2020, 5, CellValue::Count(40)));
    import(&mut s, revised);
    assert_eq!(s.release_cells("2026-11", None).unwrap(), cells1);
    let r2 = s.create_release("2026-12", "lead", "").unwrap();
    assert_ne!(r2.content_hash, r1.content_hash);
    assert_eq!(r2.imports.iter().map(|i| i.cells).collect::<Vec<_>>(), vec![2, 2]);
    let d = CellDiff::between(&cells1, &s.release_cells("2026-12", None).unwrap());
    assert_eq!((d.added.len(), d.changed.len(), d.removed.len()), (1, 1, 0));
    assert_eq!((d.changed[0].1, d.changed[0].2), (CellValue::Below(5), CellValue::Count(6)));

    match s.create_release("2026-11", "lead", "") {
        Err(StoreError::Invalid(m)) => assert!(m.contains("exists") && m.contains("immutable"), "{m}"),
        other => panic!("a release name was reused: {other:?}"),
    }
    assert!(s.create_release("bad name", "lead", "").is_err());
    let names: Vec<String> = s.releases().unwrap().into_iter().map(|r| r.name).collect();
    assert_eq!(names, ["2026-11", "2026-12"]);
    assert_eq!(s.release("2026-11").unwrap().unwrap(), r1);
    assert_eq!(s.latest_release().unwrap().map(|r| r.name), Some("2026-12".to_string()));
    assert!(s.release("nope").unwrap().is_none());
    assert!(s.verify_audit().unwrap().ok(), "{:?}", s.verify_audit().unwrap());
}

#[test]
fn releases_refuse_edits_and_verify_names_a_tampered_one() {
    let db = TestDb::new();
    let mut s = db.open();
    import(&mut s, three());
    s.create_release("r1", "lead", "").unwrap();
    for sql in [
        "UPDATE release_cells SET value = 99",
        "DELETE FROM release_cells",
        "UPDATE releases SET content_hash = 'x'",
        "DELETE FROM releases",
        "DELETE FROM release_imports",
    ] {
        let e = db.raw(sql).unwrap_err().to_string();
        assert!(e.contains("immutable"), "{sql}: {e}");
    }
    db.raw(if db.is_postgres() {
        "DROP TRIGGER release_cells_no_update ON release_cells"
    } else {
        "DROP TRIGGER release_cells_no_update"
    })
    .unwrap();
    db.raw("UPDATE release_cells SET value = 99 WHERE entity = 'CHL'").unwrap();
    let r = s.verify_audit().unwrap();
    assert!(r.unaccounted.iter().any(|u| u.starts_with("release r1: its cells hash to")), "{r:?}");
}

#[test]
fn the_imports_of_a_release_are_in_its_hash() {
    let db = TestDb::new();
    let mut s = db.open();
    import(&mut s, three());
    s.create_release("r1", "lead", "").unwrap();
    assert!(s.verify_audit().unwrap().ok());
    db.raw(if db.is_postgres() {
        "DROP TRIGGER release_imports_no_delete ON release_imports"
    } else {
        "DROP TRIGGER release_imports_no_delete"
    })
    .unwrap();
    db.raw("DELETE FROM release_imports").unwrap();
    let r = s.verify_audit().unwrap();
    assert!(r.unaccounted.iter().any(|u| u.starts_with("release r1: its cells hash to")), "a dropped import is seen: {r:?}");
}

#[test]
fn a_publication_is_kept_once_immutable_and_verified() {
    let db = TestDb::new();
    let mut s = db.open();
    import(&mut s, three());
    s.create_release("r1", "lead", "").unwrap();
    let params = PublicationParams::public();
    assert!(s.release_publication("r1", &params).unwrap().is_none());
    let cells: Vec<_> = s
        .release_cells("r1", None)
        .unwrap()
        .into_iter()
        .enumerate()
        .map(|(i, (k, _))| (k, if i == 0 { PublicValue::Hidden } else { PublicValue::Count(10 + i as u64) }))
        .collect();
    let new = NewPublication {
        params: params.clone(),
        rules_version: "1",
        format_version: 1,
        cells: &cells,
        report: "hidden: 1",
        actor: "lead",
    };
    let p = s.store_publication("r1", &new).unwrap();
    assert_eq!(
        (p.cell_count, p.hidden_count, p.release.as_str(), p.content_hash.clone()),
        (3, 1, "r1", tipdata_store::publication_hash(&cells))
    );
    assert_eq!(s.publication_cells(p.id).unwrap(), cells);
    // A second server computing the same publication stores nothing: the first one stays.
    let other = vec![(cells[0].0.clone(), PublicValue::Count(1))];
    let again = s.store_publication("r1", &NewPublication { cells: &other, ..new }).unwrap();
    assert_eq!(again, p);
    assert_eq!(s.release_publication("r1", &params).unwrap(), Some(p.clone()));
    assert!(s.release_publication("r1", &PublicationParams { seed: 1, ..params.clone() }).unwrap().is_none());
    assert!(s.verify_audit().unwrap().ok(), "{:?}", s.verify_audit().unwrap());
    for sql in [
        "UPDATE release_publication_cells SET value = 99",
        "DELETE FROM release_publication_cells",
        "UPDATE release_publications SET report = 'x'",
        "DELETE FROM release_publications",
    ] {
        let e = db.raw(sql).unwrap_err().to_string();
        assert!(e.contains("immutable"), "{sql}: {e}");
    }
    db.raw(if db.is_postgres() {
        "DROP TRIGGER release_publication_cells_no_update ON release_publication_cells"
    } else {
        "DROP TRIGGER release_publication_cells_no_update"
    })
    .unwrap();
    db.raw("UPDATE release_publication_cells SET value_kind = 'count', value = 2 WHERE value_kind = 'hidden'").unwrap();
    let r = s.verify_audit().unwrap();
    assert!(r.unaccounted.iter().any(|u| u.starts_with("publication r1:suppress:5:4:0: its cells hash to")), "{r:?}");
}

/// A publication kept by older disclosure code (a lower format version, or the same version
/// under other rules) is replaced in one transaction: its record kept, its row and cells gone,
/// the trail verifying; one made by newer code is never replaced by older code; and the delete
/// triggers still refuse any deletion without a replacement record naming the row.
#[test]
fn a_stale_publication_is_replaced_with_a_record_and_nothing_else_can_go() {
    let db = TestDb::new();
    let mut s = db.open();
    import(&mut s, three());
    s.create_release("r1", "lead", "").unwrap();
    let release_hash = s.release("r1").unwrap().unwrap().content_hash;
    let params = PublicationParams::public();
    let keys: Vec<_> = s.release_cells("r1", None).unwrap().into_iter().map(|(k, _)| k).collect();
    let cells = |n: u64| -> Vec<(tipdata_model::ObsKey, PublicValue)> {
        keys.iter().map(|k| (k.clone(), PublicValue::Count(n))).collect()
    };
    let (old_cells, new_cells, newer_cells) = (cells(1), cells(2), cells(3));
    let new = |format_version: i64, rules_version: &'static str, cells| NewPublication {
        params: params.clone(),
        rules_version,
        format_version,
        cells,
        report: "r",
        actor: "lead",
    };
    let old = s.store_publication("r1", &new(0, "1", &old_cells)).unwrap();
    assert_eq!(old.format_version, 0);
    assert!(old.is_stale(1, "1") && old.is_stale(0, "2") && !old.is_stale(0, "1"));
    let p = s.store_publication("r1", &new(1, "1", &new_cells)).unwrap();
    assert_eq!((p.format_version, p.content_hash.clone()), (1, tipdata_store::publication_hash(&new_cells)));
    assert_eq!(s.release_publication("r1", &params).unwrap(), Some(p.clone()));
    assert_eq!(s.publication_cells(p.id).unwrap(), new_cells);
    assert!(s.publication_cells(old.id).unwrap().is_empty() || old.id == p.id, "the stale cells are gone");
    assert_eq!(db.count("release_publication_replacements"), 1);
    assert_eq!(db.count("release_publications"), 1);
    // Older code does not replace what newer code made; same version, other rules does.
    assert_eq!(s.store_publication("r1", &new(0, "1", &old_cells)).unwrap(), p);
    let other_rules = s.store_publication("r1", &new(1, "2", &newer_cells)).unwrap();
    assert_eq!((other_rules.rules_version.as_str(), db.count("release_publication_replacements")), ("2", 2));
    assert_eq!(s.release("r1").unwrap().unwrap().content_hash, release_hash, "the release never changes");
    let r = s.verify_audit().unwrap();
    assert!(r.ok(), "{r:?}");
    for sql in [
        "DELETE FROM release_publication_cells",
        "DELETE FROM release_publications",
        "DELETE FROM release_publication_replacements",
        "UPDATE release_publication_replacements SET content_hash = 'x'",
    ] {
        let e = db.raw(sql).unwrap_err().to_string();
        assert!(e.contains("immutable") || e.contains("append-only"), "{sql}: {e}");
    }
}

/// A replacement record authorises deleting the row it names, never a later one. On SQLite a
/// publication's id is `INTEGER PRIMARY KEY` (no AUTOINCREMENT): the replacement of the highest
/// row was given the very id it replaced, and when only the rules changed (same format, same
/// cells, so the same hash) the record matched the new row too, which could then be deleted,
/// cells and all, with no record of its own.
#[test]
fn a_replacement_record_never_lets_the_replacing_publication_go() {
    let db = TestDb::new();
    let (mut s, cells) = release_of_three(&db);
    let old = keep_public(&mut s, &cells, "1");
    let p = keep_public(&mut s, &cells, "2");
    assert_eq!((p.rules_version.as_str(), db.count("release_publication_replacements")), ("2", 1));
    assert_eq!((p.format_version, &p.content_hash), (old.format_version, &old.content_hash));
    assert_ne!(p.id, old.id, "a replacement takes an id no publication has had");
    for sql in [
        format!("DELETE FROM release_publication_cells WHERE publication_id = {}", p.id),
        format!("DELETE FROM release_publications WHERE id = {}", p.id),
    ] {
        let e = db.raw(&sql).unwrap_err().to_string();
        assert!(e.contains("immutable"), "{sql}: {e}");
    }
    assert_eq!(s.publication_cells(p.id).unwrap(), cells);
    let r = s.verify_audit().unwrap();
    assert!(r.ok(), "{r:?}");
}

#[test]
fn the_live_cells_come_in_the_order_of_a_releases_cells_so_an_unchanged_release_compares_equal() {
    // `tipdata demo` makes a new release only when the live cells differ from the latest
    // release's; both lists must come in key order or equal data compares unequal.
    let dir = TestDb::new();
    let mut s = dir.open();
    let cells: Vec<_> = ["ZAF", "CHL", "ARG", "BOL"]
        .iter()
        .enumerate()
        .map(|(i, e)| super::obs(e, 2020, i as u64 + 2, CellValue::Count(10 + i as u64)))
        .collect();
    import(&mut s, cells);
    s.create_release("r1", "lead", "").unwrap();
    let live = s.cells(None).unwrap();
    assert_eq!(live, s.release_cells("r1", None).unwrap());
    let keys: Vec<&str> = live.iter().map(|(k, _)| k.entity.as_str()).collect();
    assert_eq!(keys, ["ARG", "BOL", "CHL", "ZAF"]);
    assert_eq!(s.cells(Some("CHL")).unwrap(), s.release_cells("r1", Some("CHL")).unwrap());
}

/// The rr3 secret: made once per database from the OS, the same on every later call and after
/// reopening, different in another database, and never changed or deleted.
#[test]
fn the_rr3_secret_is_made_once_per_database_and_kept() {
    let db = TestDb::new();
    let s = db.open();
    assert_eq!(db.count("rr3_secret"), 0, "made on first use only");
    let first = s.rr3_secret().unwrap();
    assert_ne!(first, [0; 32]);
    assert_eq!(s.rr3_secret().unwrap(), first);
    drop(s);
    assert_eq!(db.open().rr3_secret().unwrap(), first, "kept in the database");
    assert_eq!(db.count("rr3_secret"), 1);
    assert!(db.raw("UPDATE rr3_secret SET secret = secret").is_err(), "never changed");
    assert!(db.raw("DELETE FROM rr3_secret").is_err(), "never deleted");
    let other = TestDb::new();
    assert_ne!(other.open().rr3_secret().unwrap(), first, "each database has its own");
}

#[test]
fn a_publication_replaced_between_reading_its_row_and_its_cells_is_an_error_not_an_empty_publication() {
    // A reader holds the row of a kept publication; before it reads the cells another process
    // (other rules) replaces it: the old row's cells are gone. Serving them would serve an
    // empty publication.
    let db = TestDb::new();
    let (mut s, cells) = release_of_three(&db);
    let held = keep_public(&mut s, &cells, "1");
    assert_eq!(s.publication_cells_checked(&held).unwrap(), cells);
    let p = keep_public(&mut s, &cells, "2");
    assert!(s.publication_cells(held.id).unwrap().is_empty(), "the replaced row's cells are gone");
    let e = s.publication_cells_checked(&held).unwrap_err().to_string();
    assert!(e.contains("does not match its cells") && e.contains("0 read"), "{e}");
    assert_eq!(s.publication_cells_checked(&p).unwrap(), cells);
    let altered = tipdata_store::ReleasePublication { cell_count: p.cell_count + 1, ..p.clone() };
    assert!(s.publication_cells_checked(&altered).is_err());
    let altered = tipdata_store::ReleasePublication { content_hash: "0".repeat(64), ..p };
    assert!(s.publication_cells_checked(&altered).is_err());
}

/// Release `r1` of the three cells, and its cells as a publication would show them (each 4).
fn release_of_three(db: &TestDb) -> (SqlStore, Vec<(tipdata_model::ObsKey, PublicValue)>) {
    let mut s = db.open();
    import(&mut s, three());
    s.create_release("r1", "lead", "").unwrap();
    let cells = s.release_cells("r1", None).unwrap().into_iter().map(|(k, _)| (k, PublicValue::Count(4))).collect();
    (s, cells)
}

/// Keeps `cells` as r1's public publication, format 2, under `rules_version`.
fn keep_public(
    s: &mut SqlStore,
    cells: &[(tipdata_model::ObsKey, PublicValue)],
    rules_version: &str,
) -> tipdata_store::ReleasePublication {
    let new = NewPublication {
        params: PublicationParams::public(),
        rules_version,
        format_version: 2,
        cells,
        report: "r",
        actor: "lead",
    };
    s.store_publication("r1", &new).unwrap()
}
