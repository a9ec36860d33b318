//! The learned layer: trains from codings, round-trips through JSON, and only fills what
//! the rules leave without evidence.

use tipdata_coder::{train, Coder, Model};

fn examples() -> Vec<(String, tipdata_model::coding::Coding)> {
    super::gold::narratives().into_iter().map(|g| (g.summary, g.coding)).collect()
}

#[test]
fn a_model_round_trips_through_json() {
    let m = train(&examples());
    assert!(!m.classifiers.is_empty());
    let back = Model::from_json(&m.to_json()).expect("reads back");
    let s = "The accused posted job offers on Facebook and contacted girls through WhatsApp.";
    let (a, b) = (m.predict(s), back.predict(s));
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!((x.0, x.1), (y.0, y.1));
        assert!((x.2 - y.2).abs() < 1e-9);
    }
}

#[test]
fn a_model_of_another_format_is_refused() {
    let mut m = train(&examples()).to_json();
    m = m.replacen("\"format\":1", "\"format\":99", 1);
    assert!(Model::from_json(&m).is_err());
    assert!(Model::from_json("{").is_err());
}

#[test]
fn the_model_never_overrides_a_value_the_rules_have_evidence_for() {
    let coder = Coder::new().with_model(train(&examples()));
    for (s, _) in examples() {
        let rules = tipdata_coder::code(&s);
        let both = coder.code(&s);
        assert_eq!(rules.get("internet_used"), both.get("internet_used"));
        for e in &rules.evidence {
            let value = both.get(&e.variable).map(|v| v.to_json());
            let kept = match value {
                Some(serde_json::Value::Array(xs)) => {
                    xs.iter().any(|x| x.as_str() == Some(e.value.as_str())) || e.variable == "purposes" && e.value == "logistics"
                }
                Some(serde_json::Value::String(x)) => x == e.value,
                Some(n) => e.value.parse::<u64>().ok() == n.as_u64(),
                None => false,
            };
            assert!(kept, "{}: rule value {}={} was dropped", s, e.variable, e.value);
        }
    }
}

#[test]
fn training_on_nothing_gives_an_empty_model_and_the_rules_still_code() {
    let m = train(&[]);
    assert!(m.classifiers.is_empty());
    let c = Coder::new().with_model(m).code("He posted ads on Backpage.");
    assert_eq!(crate::labels(&c, "platforms"), ["Backpage"]);
}

#[test]
fn cross_validation_codes_every_case_once_with_a_model_that_never_saw_it() {
    let cases = crate::gold::narratives();
    // A model that can never reach its threshold adds nothing: the cross-validated
    // codings are then exactly the rules' codings, case by case.
    let never = tipdata_coder::TrainConfig { threshold: 1.01, epochs: 5, ..Default::default() };
    let cv = tipdata_coder::eval::cross_validate(&cases, 5, &never, "USA");
    let rules = tipdata_coder::evaluate(&cases, &tipdata_coder::Coder::new());
    assert_eq!(cv.macro_f1, rules.macro_f1);
    assert_eq!(cv.errors.len(), rules.errors.len());
    // With a reachable threshold the folds still score every case.
    let cv = tipdata_coder::eval::cross_validate(&cases, 5, &tipdata_coder::TrainConfig::default(), "USA");
    let s = cv.label("internet_used", "yes").expect("scored");
    assert_eq!(s.tp + s.fp + s.fn_ + s.tn, cases.len());
}
