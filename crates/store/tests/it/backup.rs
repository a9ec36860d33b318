//! Backup and restore: every table equal after a round trip, between backends too.

use tipdata_model::case::{Case, CaseBundle, CoderId, FinalMethod, FinalValue};
use tipdata_model::coding::{CodedValue, Coding, Evidence};
use tipdata_model::submission::SubmissionAction;
use tipdata_model::{CellValue, Finding, ObsKey, Provenance, Severity, VictimRecord};
use tipdata_store::testing::TestDb;
use tipdata_store::{
    CaseImport, CaseStore, NewSubmission, NewUser, ReleaseStore, Role, Store, SubmissionCell, SubmissionStore, UserStore,
    VictimImport, VictimStore,
};

use crate::{import, obs};

/// A database with a row in every kind of table: observations with history, cases with
/// codings, a validated submission, a query, a round, a user with a session and a token.
fn filled(db: &TestDb) {
    let mut s = db.open();
    import(&mut s, vec![obs("PER", 2019, 2, CellValue::Count(12)), obs("CHL", 2020, 3, CellValue::Below(5))]);
    import(&mut s, vec![obs("PER", 2019, 2, CellValue::Count(13)), obs("PER", 2019, 3, CellValue::Count(14))]);
    let mut coding = Coding::default();
    coding.values.insert("border".into(), CodedValue::Label("domestic".into()));
    coding.evidence.push(Evidence {
        variable: "border".into(),
        value: "domestic".into(),
        start: 0,
        end: 7,
        text: "Ünïcode".into(),
    });
    for summary in ["Ünïcode summary, 'quoted'", "Ünïcode summary, corrected"] {
        let bundle = CaseBundle {
            case: Case { id: "c1".into(), source: "jsonl".into(), summary: summary.into(), ..Case::default() },
            codings: vec![(CoderId::parse("ann").expect("coder"), coding.clone())],
        };
        s.import_cases(&CaseImport {
            kind: "cases-jsonl",
            file: "c.jsonl",
            sha256: "x".into(),
            actor: "t",
            records_read: 1,
            bundles: &[bundle],
            findings: &[],
        })
        .expect("cases");
    }
    let decision = FinalValue {
        case_id: "c1".into(),
        variable: "border".into(),
        value: CodedValue::Label("domestic".into()),
        evidence: coding.evidence.clone(),
        method: FinalMethod::Adjudication,
        decided_by: "ann".into(),
        basis: "ann".into(),
        reason: None,
    };
    s.decide("ann", &[decision]).expect("decide");
    let k = ObsKey {
        entity: "BOL".into(),
        indicator: "Detected trafficking victims".into(),
        dimension: "Total".into(),
        category: "Total".into(),
        sex: "Total".into(),
        age: "Total".into(),
        year: 2022,
    };
    let cell = SubmissionCell {
        key: k.clone(),
        value: CellValue::Count(30),
        source: Provenance { file: "q.xlsx".into(), sheet: "V".into(), row: 7, column: "B".into() },
    };
    let id = s
        .create_submission(&NewSubmission {
            entity: "BOL",
            year: 2022,
            channel: "questionnaire",
            file: "q.xlsx",
            metadata: serde_json::json!({"agency": "Police"}),
            actor: "focal",
            cells: &[cell],
        })
        .expect("submission");
    s.set_submission_cell(id, &k, CellValue::Count(31), "focal", "recounted").expect("edit");
    for a in [SubmissionAction::Submit, SubmissionAction::Review, SubmissionAction::Validate] {
        s.transition_submission(id, a, "team", "").expect("transition");
    }
    let finding = Finding {
        rule: "r".into(),
        severity: Severity::Error,
        entity: "BOL".into(),
        year: Some(2022),
        cells: vec!["a".into()],
        message: "m".into(),
    };
    let q = s.open_query(Some(id), &finding, "team").expect("query");
    s.comment_query(q, "team", "please check").expect("comment");
    s.create_round("R", 2021, 2023, "2024-03-31", "team").expect("round");
    s.invite("R", &["BOL".into()], "team").expect("invite");
    s.create_release("2026-11", "lead", "first release").expect("release");
    let victim = VictimRecord {
        year_of_registration: 2019,
        gender: Some("Female".into()),
        age_broad: None,
        citizenship: Some("PH".into()),
        is_forced_labour: Some(true),
        is_sexual_exploit: Some(false),
        country_of_exploitation: None,
    };
    s.import_victims(&VictimImport {
        dataset: "ctdc",
        file: "ctdc.csv",
        sha256: String::new(),
        actor: "t",
        records: &[(2, victim)],
    })
    .expect("victims");
    s.set_privacy_budget("ctdc", 1.0, "lead").expect("budget");
    s.spend_privacy_budget("ctdc", 0.1, "analyst", "crosstab").expect("spend");
    let version = s.victim_dataset("ctdc").expect("dataset").expect("stored").import_id;
    s.release_dp_answer(&tipdata_store::NewDpAnswer {
        dataset: "ctdc",
        import_id: version,
        query: "q",
        epsilon: 0.1,
        answer: "[1]",
        actor: "analyst",
        purpose: "crosstab",
    })
    .expect("answer");
    // A publication kept by older code (format 0), then replaced (format 1): both the
    // replacement record and the kept publication are backed up.
    for (format_version, n) in [(0, 30), (1, 31)] {
        let published = vec![(k.clone(), tipdata_store::PublicValue::Count(n))];
        s.store_publication(
            "2026-11",
            &tipdata_store::NewPublication {
                params: tipdata_store::PublicationParams::public(),
                rules_version: "1",
                format_version,
                cells: &published,
                report: "r",
                actor: "lead",
            },
        )
        .expect("publication");
    }
    let u =
        s.add_user(&NewUser { username: "ana", password_hash: "$argon2id$x", role: Role::Analyst, country: None }).expect("user");
    s.create_session("h", u.id, "csrf", 99).expect("session");
    s.add_api_token("t", u.id, "script").expect("token");
    // The rr3 secret (made on first use): a restored database must round as the original.
    tipdata_store::ReleaseStore::rr3_secret(&s).expect("rr3 secret");
}

fn backup_of(db: &TestDb) -> Vec<u8> {
    let mut out = Vec::new();
    db.open().backup(&mut out).expect("backup");
    out
}

fn round_trip(from: &TestDb, to: &TestDb) {
    filled(from);
    let first = backup_of(from);
    let mut target = to.open();
    let summary = target.restore(&mut first.as_slice()).expect("restore");
    assert!(summary.tables.iter().all(|(_, n)| *n > 0), "every table holds a row: {summary:?}");
    // Every table, row by row, column by column: the backups of both databases are the same
    // apart from the header line (which names the backend and the time).
    let second = backup_of(to);
    let body = |b: &[u8]| String::from_utf8(b.to_vec()).expect("utf-8").lines().skip(1).map(str::to_string).collect::<Vec<_>>();
    assert_eq!(body(&first), body(&second));
    let report = target.verify_audit().expect("verify");
    assert!(report.ok() && report.entries > 0, "{report:?}");
    // New rows after a restore get new ids (PostgreSQL's sequences were moved past the restored ids).
    import(&mut target, vec![obs("ARG", 2021, 2, CellValue::Count(1))]);
    assert!(target.verify_audit().expect("verify").ok());
}

#[test]
fn a_backup_restores_into_an_empty_database_with_every_table_equal() {
    round_trip(&TestDb::new(), &TestDb::new());
}

#[test]
fn a_backup_moves_between_sqlite_and_the_test_backend_both_ways() {
    // SQLite -> the suite's backend (PostgreSQL under TIPDATA_TEST_PG) and back to SQLite.
    round_trip(&TestDb::sqlite(), &TestDb::new());
    round_trip(&TestDb::new(), &TestDb::sqlite());
}

#[test]
fn restore_refuses_a_database_that_holds_data_and_a_truncated_file() {
    let from = TestDb::new();
    filled(&from);
    let b = backup_of(&from);
    let e = from.open().restore(&mut b.as_slice()).expect_err("not empty");
    assert!(e.to_string().contains("needs an empty database"), "{e}");

    let to = TestDb::new();
    let text = String::from_utf8(b).expect("utf-8");
    let cut: String = text.lines().take(text.lines().count() - 1).map(|l| format!("{l}\n")).collect();
    let e = to.open().restore(&mut cut.as_bytes()).expect_err("truncated");
    assert!(e.to_string().contains("truncated"), "{e}");
    assert_eq!(to.open().counts().expect("counts"), Default::default(), "nothing of a refused restore stays");

    let mut bad = text.replacen("\"c1\"", "\"c1\", 5", 1);
    bad.push('\n');
    let e = to.open().restore(&mut bad.as_bytes()).expect_err("bad row");
    assert!(e.to_string().starts_with("backup line "), "{e}");
}
