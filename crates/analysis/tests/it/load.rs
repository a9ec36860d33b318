//! Which coding a case contributes, read from a real (SQLite) store.

use tipdata_analysis::chapter5::{load, Source};
use tipdata_model::case::{Case, CaseBundle, CoderId, FinalMethod, FinalValue};
use tipdata_model::coding::{CodedValue, Coding};
use tipdata_store::{CaseImport, CaseStore, NewCoding};

fn coding(pairs: &[(&str, &str)]) -> Coding {
    let mut c = Coding::default();
    for (k, v) in pairs {
        c.values.insert(k.to_string(), CodedValue::Label(v.to_string()));
    }
    c
}

fn coder(s: &str) -> CoderId {
    CoderId::parse(s).expect("a valid coder id")
}

fn bundle(id: &str, codings: Vec<(CoderId, Coding)>) -> CaseBundle {
    CaseBundle {
        case: Case {
            id: id.into(),
            source: "jsonl".into(),
            summary: format!("summary of {id}"),
            year: Some(2015),
            ..Case::default()
        },
        codings,
    }
}

#[test]
fn final_values_win_then_the_newest_automatic_coding_and_uncoded_cases_are_counted_out() {
    let db = tipdata_store::testing::TestDb::new();
    let mut s = db.open();
    let bundles = [
        bundle("a-auto", vec![(coder("auto-0.1"), coding(&[("internet_used", "yes"), ("border", "domestic")]))]),
        bundle("b-final", vec![(coder("auto-0.1"), coding(&[("internet_used", "yes"), ("border", "domestic")]))]),
        bundle("c-two-autos", vec![(coder("auto-0.1"), coding(&[("internet_used", "no")]))]),
        bundle("d-unodc-only", vec![(coder("unodc-cldb"), coding(&[("border", "cross_border")]))]),
    ];
    s.import_cases(&CaseImport {
        kind: "cases-jsonl",
        file: "t.jsonl",
        sha256: "x".into(),
        actor: "test",
        records_read: 4,
        bundles: &bundles,
        findings: &[],
    })
    .expect("import");
    s.add_codings(
        "test",
        &[NewCoding { case_id: "c-two-autos".into(), coder: coder("auto-0.2"), coding: coding(&[("internet_used", "yes")]) }],
    )
    .expect("a newer automatic coding");
    s.decide(
        "ann",
        &[FinalValue {
            case_id: "b-final".into(),
            variable: "border".into(),
            value: CodedValue::Label("cross_border".into()),
            evidence: vec![],
            method: FinalMethod::Adjudication,
            decided_by: "ann".into(),
            basis: "manual".into(),
            reason: None,
        }],
    )
    .expect("decide");
    let (cases, v) = load(&s, "today").expect("load");
    let ids: Vec<&str> = cases.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["a-auto", "b-final", "c-two-autos"]);
    assert_eq!((v.cases_stored, v.cases_final, v.cases_automatic, v.cases_not_coded), (4, 1, 2, 1));
    assert_eq!(v.final_values, 1);
    let b = &cases[1];
    assert_eq!(b.source, Source::Final);
    // The final value overrides; a variable without one keeps the automatic value.
    assert_eq!(b.coding.get("border"), Some(&CodedValue::Label("cross_border".into())));
    assert_eq!(b.coding.get("internet_used"), Some(&CodedValue::Label("yes".into())));
    assert_eq!(cases[2].coding.get("internet_used"), Some(&CodedValue::Label("yes".into())), "the newest automatic coding");
    assert_eq!(cases[0].source, Source::Automatic);
    assert_eq!(v.automatic_coders, ["auto-0.1", "auto-0.2"]);
}
