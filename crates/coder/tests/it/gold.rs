//! The authored narratives of the gold set (`tests/data/gold/narratives.jsonl`): the rules
//! alone must reach a macro-F1 floor on the `test` split, which was never used for tuning.

use std::io::BufReader;

use tipdata_coder::{evaluate, read_gold, Coder, GoldCase};

pub fn narratives() -> Vec<GoldCase> {
    let text = include_str!("../data/gold/narratives.jsonl");
    read_gold(BufReader::new(text.as_bytes())).expect("the narratives are a valid gold file")
}

fn split(cases: &[GoldCase], name: &str) -> Vec<GoldCase> {
    cases.iter().filter(|g| g.split.as_deref() == Some(name)).cloned().collect()
}

/// Measured 0.798 on the test split of the narratives when this test was written (rules 0.1.0),
/// 0.977 with rules 0.3.0 and 0.982 with 0.4.0 (with the narratives' `country` added), which
/// were tuned on every coded set (the split is no longer unseen): see
/// `docs/benchmarks-coder.md`. A drop below the floor is a regression.
const NARRATIVES_TEST_FLOOR: f64 = 0.96;

#[test]
fn narratives_test_split_macro_f1_stays_above_the_floor() {
    let test = split(&narratives(), "test");
    assert!(test.len() >= 20, "the test split has {} narratives", test.len());
    let report = evaluate(&test, &Coder::new());
    let f1 = report.macro_f1.unwrap_or(0.0);
    println!("{}", report.to_text(0));
    assert!(f1 >= NARRATIVES_TEST_FLOOR, "macro-F1 {f1:.3} below {NARRATIVES_TEST_FLOOR}");
}

#[test]
fn every_coding_of_a_narrative_quotes_its_summary_and_reads_back() {
    for g in narratives() {
        let c = tipdata_coder::code(&g.summary);
        crate::assert_spans_quote(&g.summary, &c);
        let back =
            tipdata_model::coding::Coding::from_json(&c.to_json(), &[], &tipdata_coder::is_country).expect("a coding reads back");
        assert_eq!(back, c, "{}", g.id);
    }
}

#[test]
fn a_perfect_coder_scores_one_and_lists_no_errors() {
    let cases = narratives();
    let codings: Vec<_> = cases.iter().map(|g| g.coding.clone()).collect();
    let r = tipdata_coder::eval::score(&cases, &codings);
    assert_eq!(r.macro_f1, Some(1.0));
    assert!(r.errors.is_empty());
    assert!(r.variables.iter().all(|v| v.accuracy == 1.0));
}

#[test]
fn kappa_and_f1_follow_their_definitions_on_a_small_table() {
    // Gold yes,yes,no,no; coded yes,no,no,no: tp 1 fn 1 tn 2 fp 0.
    let mk = |id: &str, gold: &str| {
        let obj: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&format!(r#"{{"internet_used": "{gold}"}}"#)).expect("json");
        GoldCase {
            id: id.into(),
            summary: String::new(),
            split: None,
            country: None,
            coding: tipdata_model::coding::Coding::from_json(&obj, &[], &tipdata_coder::is_country).expect("coding"),
        }
    };
    let gold = vec![mk("1", "yes"), mk("2", "yes"), mk("3", "no"), mk("4", "no")];
    let coded: Vec<_> = ["yes", "no", "no", "no"].iter().map(|g| mk("x", g).coding).collect();
    let r = tipdata_coder::eval::score(&gold, &coded);
    let s = r.label("internet_used", "yes").expect("scored");
    assert_eq!((s.tp, s.fp, s.fn_, s.tn), (1, 0, 1, 2));
    assert_eq!(s.precision, Some(1.0));
    assert_eq!(s.recall, Some(0.5));
    assert!((s.f1.unwrap_or(0.0) - 2.0 / 3.0).abs() < 1e-9);
    // po = 0.75, pe = (1*2 + 3*2)/16 = 0.5, kappa = 0.5
    assert!((s.kappa.unwrap_or(0.0) - 0.5).abs() < 1e-9);
    assert_eq!(r.errors.len(), 1);
    assert_eq!(r.errors[0].id, "2");
}

#[test]
fn unodc_fields_read_as_a_partial_coding() {
    let c =
        tipdata_coder::unodc_coding("Transnational; Organized Criminal Group", "Yes*", "Forced labour or services; Servitude");
    assert_eq!(crate::v(&c, "border"), r#""cross_border""#);
    assert_eq!(crate::v(&c, "victims_minor"), r#""yes""#);
    assert_eq!(crate::labels(&c, "forms"), ["forced_labour"]);
    let c = tipdata_coder::unodc_coding("Internal; Transnational", "NA", "");
    assert!(c.values.is_empty());
}

/// The held-out narratives (`tests/data/heldout/`), written by an annotator who never saw the
/// coder: auto-0.2.0 measured 0.824 there when it was first scored (0.1.0: 0.798). auto-0.3.0
/// was tuned on them (0.993; 0.4.0: 1.000 with HO-018 and HO-045 corrected), so this is now a
/// regression floor, not an unseen score.
const HELDOUT_FLOOR: f64 = 0.98;

#[test]
fn heldout_narratives_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout/heldout-narratives.jsonl"),
        "the held-out set is a valid gold file",
        90,
        HELDOUT_FLOOR,
    );
}

/// The second held-out set (`tests/data/heldout2/`, 120 narratives), written blind to the coder
/// while auto-0.3.0 was being tuned and scored once, after the coder was frozen: 0.894 (the
/// goal is 0.90). It has been seen since (its errors were listed and auto-0.4.0 was tuned on
/// them: 0.976; 0.5.0: 0.977; 0.6.0 to 0.8.0: 0.978), so this is a floor, not an unseen score.
/// Relabelled to the conventions annex v1 (0.8.0: 0.977 on the new labels); 0.9.0: 0.983.
const HELDOUT2_FLOOR: f64 = 0.97;

#[test]
fn second_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout2/heldout2-narratives.jsonl"),
        "the second held-out set is a valid gold file",
        120,
        HELDOUT2_FLOOR,
    );
}

/// The third held-out set (`tests/data/heldout3/`, 120 narratives), written blind to the coder
/// while auto-0.4.0 was being tuned and scored once, after it was frozen: 0.895 (auto-0.3.0:
/// 0.878; the goal is 0.90). Seen from now on, so a floor, not an unseen score: auto-0.5.0 was
/// tuned on its errors (0.948; 0.6.0: 0.951; 0.7.0: 0.954; 0.8.0: 0.957). Relabelled to the
/// conventions annex v1 (0.8.0: 0.962 on the new labels); 0.9.0: 0.966.
const HELDOUT3_FLOOR: f64 = 0.95;

#[test]
fn third_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout3/heldout3-narratives.jsonl"),
        "the third held-out set is a valid gold file",
        120,
        HELDOUT3_FLOOR,
    );
}

/// The fourth held-out set (`tests/data/heldout4/`, 120 narratives), written blind to the coder
/// while auto-0.5.0 was being tuned on the third, and scored once after it was frozen: 0.840
/// (auto-0.4.0: 0.836; the goal is 0.90). Seen from now on, so a floor, not an unseen score:
/// auto-0.6.0 was tuned on its errors (0.940, with three `platform_types` labels corrected by
/// the scheme, see its README; 0.934 on the labels as first written; 0.8.0: 0.943).
/// Relabelled to the conventions annex v1 (0.8.0: 0.948 on the new labels); 0.9.0: 0.958.
const HELDOUT4_FLOOR: f64 = 0.94;

#[test]
fn fourth_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout4/heldout4-narratives.jsonl"),
        "the fourth held-out set is a valid gold file",
        120,
        HELDOUT4_FLOOR,
    );
}

/// The fifth held-out set (`tests/data/heldout5/`, 120 narratives), written blind to the coder
/// while auto-0.6.0 was being tuned on the fourth, and scored once after it was frozen: 0.896
/// (auto-0.5.0: 0.871; the goal is 0.90). Seen from now on, so a floor, not an unseen score:
/// auto-0.7.0 was tuned on its errors (0.941; 0.8.0: 0.958). Relabelled to the conventions
/// annex v1 (0.8.0: 0.961 on the new labels); 0.9.0: 0.966.
const HELDOUT5_FLOOR: f64 = 0.95;

#[test]
fn fifth_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout5/heldout5-narratives.jsonl"),
        "the fifth held-out set is a valid gold file",
        120,
        HELDOUT5_FLOOR,
    );
}

/// The sixth held-out set (`tests/data/heldout6/`, 120 narratives), written blind to the coder
/// while auto-0.7.0 was being tuned on the fifth, and scored once after it was frozen: 0.869
/// (auto-0.6.0: 0.866; the goal is 0.90). Seen from now on, so a floor, not an unseen score:
/// auto-0.8.0 was tuned on its strategy and site-type errors, with heldout4's and heldout5's
/// (0.900). Relabelled to the conventions annex v1 (0.8.0: 0.907 on the new labels); 0.9.0,
/// which follows the conventions and was tuned on the errors the blind writers share: 0.926.
const HELDOUT6_FLOOR: f64 = 0.905;

#[test]
fn sixth_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout6/heldout6-narratives.jsonl"),
        "the sixth held-out set is a valid gold file",
        120,
        HELDOUT6_FLOOR,
    );
}

/// The seventh held-out set (`tests/data/heldout7/`, 120 narratives), written blind to the
/// coder while auto-0.8.0 was being tuned on the sixth, and scored once after it was frozen:
/// 0.875 (the goal is 0.90). Seen from now on, so a floor, not an unseen score. Relabelled to
/// the conventions annex v1 (0.8.0: 0.888 on the new labels); 0.9.0: 0.916.
const HELDOUT7_FLOOR: f64 = 0.895;

#[test]
fn seventh_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout7/heldout7-narratives.jsonl"),
        "the seventh held-out set is a valid gold file",
        120,
        HELDOUT7_FLOOR,
    );
}

/// The eighth and ninth held-out sets (`tests/data/heldout8/`, `heldout9/`, 120 narratives each),
/// the first written under the conventions annex v1 (`docs/coding-conventions.md`), each by an
/// annotator blind to the coder (and to the other's labels) while auto-0.9.0 was being made to
/// follow the annex; scored once after it was frozen: 0.910 and 0.897 (together 0.904; the goal
/// is 0.90). auto-0.8.0: 0.906 and 0.892. Seen from now on, so floors, not unseen scores.
/// auto-0.10.0 (round 9, tuned on their errors under annex v1.1): 0.977 and 0.948; the floors
/// keep a margin of about 0.015.
const HELDOUT8_FLOOR: f64 = 0.96;
const HELDOUT9_FLOOR: f64 = 0.93;

#[test]
fn eighth_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout8/heldout8-narratives.jsonl"),
        "the eighth held-out set is a valid gold file",
        120,
        HELDOUT8_FLOOR,
    );
}

#[test]
fn ninth_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout9/heldout9-narratives.jsonl"),
        "the ninth held-out set is a valid gold file",
        120,
        HELDOUT9_FLOOR,
    );
}

/// The tenth and eleventh held-out sets (`tests/data/heldout10/`, `heldout11/`, 120 narratives
/// each), written under the conventions annex v1.1, each by an annotator blind to the coder
/// (and to the other's labels, with prosecuting countries split by region so the two sets do
/// not share scenarios) while auto-0.10.0 was being tuned on heldout8 and heldout9; scored once
/// after it was frozen: 0.901 and 0.932 (together 0.918). auto-0.9.0, frozen before they were
/// written: 0.896 and 0.925. Seen from now on, so floors, not unseen scores.
const HELDOUT10_FLOOR: f64 = 0.88;
const HELDOUT11_FLOOR: f64 = 0.91;

#[test]
fn tenth_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout10/heldout10-narratives.jsonl"),
        "the tenth held-out set is a valid gold file",
        120,
        HELDOUT10_FLOOR,
    );
}

#[test]
fn eleventh_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout11/heldout11-narratives.jsonl"),
        "the eleventh held-out set is a valid gold file",
        120,
        HELDOUT11_FLOOR,
    );
}

/// The twelfth and thirteenth held-out sets (`tests/data/heldout12/`, `heldout13/`, 120 narratives
/// each), written under the conventions annex v1.1 by two new annotators blind to the coder.
/// heldout12 scored once on auto-0.11.0: 0.858 (auto-0.10.1: 0.860); auto-0.12.0 was then tuned on
/// its errors (0.887). heldout13 scored once on auto-0.12.0: 0.881 (auto-0.10.1 and 0.11.0:
/// 0.878). Seen from now on, so floors, not unseen scores. auto-0.13.0, tuned on heldout13's
/// errors too: 0.891 and 0.896.
const HELDOUT12_FLOOR: f64 = 0.875;
const HELDOUT13_FLOOR: f64 = 0.88;

#[test]
fn twelfth_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout12/heldout12-narratives.jsonl"),
        "the twelfth held-out set is a valid gold file",
        120,
        HELDOUT12_FLOOR,
    );
}

#[test]
fn thirteenth_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout13/heldout13-narratives.jsonl"),
        "the thirteenth held-out set is a valid gold file",
        120,
        HELDOUT13_FLOOR,
    );
}

/// The fourteenth held-out set (`tests/data/heldout14/`, 120 narratives), written under the
/// conventions annex v1.1 by a new annotator blind to the coder; scored once on auto-0.13.0
/// (tuned on heldout12 and heldout13, never on this set): 0.900 (auto-0.12.0: 0.892, auto-0.10.1:
/// 0.893). Seen from now on, so a floor, not an unseen score. auto-0.14.0, tuned on it: 0.901.
const HELDOUT14_FLOOR: f64 = 0.885;

#[test]
fn fourteenth_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout14/heldout14-narratives.jsonl"),
        "the fourteenth held-out set is a valid gold file",
        120,
        HELDOUT14_FLOOR,
    );
}

/// The fifteenth held-out set (`tests/data/heldout15/`, 120 narratives), written under the
/// conventions annex v1.1 by a new annotator blind to the coder; scored once on auto-0.14.0
/// (tuned on heldout12-14, never on this set): 0.887 (auto-0.13.0 and 0.12.0: 0.887, auto-0.10.1:
/// 0.885). Seen from now on, so a floor, not an unseen score.
const HELDOUT15_FLOOR: f64 = 0.87;

#[test]
fn fifteenth_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout15/heldout15-narratives.jsonl"),
        "the fifteenth held-out set is a valid gold file",
        120,
        HELDOUT15_FLOOR,
    );
}

/// The sixteenth held-out set (`tests/data/heldout16/`, 120 narratives), written under the
/// conventions annex v1.1 by a new annotator blind to the coder, asked for longer summaries in
/// varied registers; scored once on auto-0.18.0 (tuned on heldout12-15, never on this set): 0.893
/// (auto-0.15.1: 0.884, auto-0.10.1: 0.869). Seen from now on, so a floor, not an unseen score.
/// auto-0.19.0, tuned on it: 0.929.
const HELDOUT16_FLOOR: f64 = 0.91;

#[test]
fn sixteenth_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout16/heldout16-narratives.jsonl"),
        "the sixteenth held-out set is a valid gold file",
        120,
        HELDOUT16_FLOOR,
    );
}

/// The seventeenth held-out set (`tests/data/heldout17/`, 120 narratives), written under the
/// conventions annex v1.1 by a new annotator blind to the coder, asked to write as real
/// summaries are written (run-on translated judgments, abbreviations, facts out of order);
/// scored once on auto-0.20.0 (tuned on heldout12-16, never on this set): 0.865 (auto-0.18.0 and
/// 0.15.1: 0.852, auto-0.10.1: 0.839). Seen from now on, so a floor, not an unseen score.
/// auto-0.21.0, tuned on it: 0.889; auto-0.23.0: 0.893.
const HELDOUT17_FLOOR: f64 = 0.87;

#[test]
fn seventeenth_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout17/heldout17-narratives.jsonl"),
        "the seventeenth held-out set is a valid gold file",
        120,
        HELDOUT17_FLOOR,
    );
}

/// The eighteenth held-out set (`tests/data/heldout18/`, 120 narratives), written under the
/// conventions annex v1.1 by a new annotator blind to the coder, with settings drawn at random
/// (136 countries, registers, scenario types) so as not to repeat earlier sets; scored once on
/// auto-0.26.0 (tuned on heldout12-17, never on this set): 0.845 (auto-0.23.0: 0.845, auto-0.18.0:
/// 0.841, auto-0.10.1: 0.826). Seen from now on, so a floor, not an unseen score.
/// auto-0.30.0, tuned on it: 0.923.
const HELDOUT18_FLOOR: f64 = 0.91;

#[test]
fn eighteenth_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout18/heldout18-narratives.jsonl"),
        "the eighteenth held-out set is a valid gold file",
        120,
        HELDOUT18_FLOOR,
    );
}

/// The nineteenth held-out set (`tests/data/heldout19/`, 120 narratives), written under the
/// conventions annex v1.1 by a new annotator blind to the coder, settings drawn at random (seed
/// 19; its own deck of 36 internet and 20 negative scenario types, 14 registers); scored
/// once on auto-0.32.0 (tuned on heldout12-18, never on this set): 0.833 (auto-0.26.0: 0.832,
/// auto-0.23.0: 0.824, auto-0.18.0: 0.819, auto-0.10.1: 0.806). Seen from now on, so a floor,
/// not an unseen score. auto-0.34.0, tuned on it: 0.868; 0.35.0: 0.870; 0.37.0: 0.879.
const HELDOUT19_FLOOR: f64 = 0.85;

#[test]
fn nineteenth_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout19/heldout19-narratives.jsonl"),
        "the nineteenth held-out set is a valid gold file",
        120,
        HELDOUT19_FLOOR,
    );
}

/// The twentieth held-out set (`tests/data/heldout20/`, 120 narratives), written under the
/// conventions annex v1.1 by a new annotator blind to the coder, settings drawn at random (seed
/// 20; its own deck of 37 internet and 21 negative scenario types, 16 registers); scored once
/// on auto-0.35.0 (tuned on heldout12-19, never on this set): 0.804 (auto-0.32.0: 0.802,
/// auto-0.26.0: 0.801, auto-0.18.0: 0.808, auto-0.10.1: 0.800). Seen from now on, so a floor,
/// not an unseen score. auto-0.37.0, tuned on it: 0.871.
const HELDOUT20_FLOOR: f64 = 0.86;

#[test]
fn twentieth_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout20/heldout20-narratives.jsonl"),
        "the twentieth held-out set is a valid gold file",
        120,
        HELDOUT20_FLOOR,
    );
}

/// The twenty-first held-out set (`tests/data/heldout21/`, 120 narratives), written under the
/// conventions annex v1.1 by a new annotator blind to the coder, settings drawn at random (seed
/// 21; 62 countries, 16 registers); scored once on auto-0.37.0 (tuned on heldout12-20, never on
/// this set): 0.809 (auto-0.32.0: 0.798, auto-0.26.0: 0.797, auto-0.18.0: 0.786, auto-0.10.1:
/// 0.785). Seen from now on, so a floor, not an unseen score.
/// auto-0.58.0 (seen, tuned on it since): 0.861.
const HELDOUT21_FLOOR: f64 = 0.84;

#[test]
fn twenty_first_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout21/heldout21-narratives.jsonl"),
        "the twenty-first held-out set is a valid gold file",
        120,
        HELDOUT21_FLOOR,
    );
}

/// The twenty-second held-out set (`tests/data/heldout22/`, 120 narratives), written under the
/// conventions annex v1.1 by a new annotator blind to the coder, settings drawn at random (seed
/// 22; 72 countries, 18 registers); scored once on auto-0.39.0 (tuned on heldout12-21, never on
/// this set): 0.816 (auto-0.37.0: 0.818, auto-0.32.0: 0.814, auto-0.26.0: 0.805, auto-0.18.0 and
/// auto-0.10.1: 0.796). Seen from now on, so a floor, not an unseen score.
/// auto-0.58.0 (seen, tuned on it since): 0.914.
const HELDOUT22_FLOOR: f64 = 0.89;

#[test]
fn twenty_second_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout22/heldout22-narratives.jsonl"),
        "the twenty-second held-out set is a valid gold file",
        120,
        HELDOUT22_FLOOR,
    );
}

/// The twenty-third held-out set (`tests/data/heldout23/`, 120 narratives), written under the
/// conventions annex v1.1 by a new annotator blind to the coder, settings drawn at random (seed
/// 23; 66 countries, 18 registers); scored once on auto-0.42.0 (tuned on heldout12-22, never on
/// this set): 0.851 (auto-0.37.0: 0.851, auto-0.26.0: 0.847, auto-0.18.0: 0.811, auto-0.10.1:
/// 0.785). Seen from now on, so a floor, not an unseen score.
/// auto-0.58.0 (seen, tuned on it since): 0.901.
const HELDOUT23_FLOOR: f64 = 0.88;

#[test]
fn twenty_third_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout23/heldout23-narratives.jsonl"),
        "the twenty-third held-out set is a valid gold file",
        120,
        HELDOUT23_FLOOR,
    );
}

/// The twenty-fourth held-out set (`tests/data/heldout24/`, 120 narratives), written under
/// the conventions annex v1.1 by a new annotator blind to the coder, settings drawn at random
/// (seed 24; 63 countries, 18 registers); scored once on auto-0.47.0 (tuned on heldout12-23,
/// never on this set): 0.824 (auto-0.37.0: 0.822, auto-0.26.0: 0.813, auto-0.10.1: 0.786).
/// Seen from now on, so a floor, not an unseen score.
/// auto-0.58.0 (seen, tuned on it since): 0.963.
const HELDOUT24_FLOOR: f64 = 0.94;

#[test]
fn twenty_fourth_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout24/heldout24-narratives.jsonl"),
        "the twenty-fourth held-out set is a valid gold file",
        120,
        HELDOUT24_FLOOR,
    );
}

/// The twenty-fifth held-out set (`tests/data/heldout25/`, 120 narratives), written under the
/// conventions annex v1.1 by a new annotator blind to the coder, settings drawn at random (seed
/// 25); scored once on auto-0.58.0 (tuned on heldout12-24, never on this set): 0.876
/// (auto-0.47.0: 0.856, auto-0.37.0: 0.844, auto-0.26.0: 0.831, auto-0.10.1: 0.809). Seen from
/// now on, so a floor, not an unseen score.
/// auto-0.61.0 (seen, tuned on it since): 0.928.
const HELDOUT25_FLOOR: f64 = 0.90;

#[test]
fn twenty_fifth_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout25/heldout25-narratives.jsonl"),
        "the twenty-fifth held-out set is a valid gold file",
        120,
        HELDOUT25_FLOOR,
    );
}

/// The twenty-sixth held-out set (`tests/data/heldout26/`, 120 narratives), written under the
/// conventions annex v1.1 by a new annotator blind to the coder, settings drawn at random (seed
/// 26; 83 countries); scored once on auto-0.61.0 (tuned on heldout12-25, never on this set):
/// 0.862 (auto-0.58.0: 0.852, auto-0.47.0: 0.841, auto-0.37.0: 0.839, auto-0.10.1: 0.811). Seen
/// from now on, so a floor, not an unseen score.
/// auto-0.62.0 (seen, tuned on it since): 0.904.
const HELDOUT26_FLOOR: f64 = 0.88;

#[test]
fn twenty_sixth_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout26/heldout26-narratives.jsonl"),
        "the twenty-sixth held-out set is a valid gold file",
        120,
        HELDOUT26_FLOOR,
    );
}

/// The twenty-seventh held-out set (`tests/data/heldout27/`, 120 narratives), written under
/// the conventions annex v1.1 by a new annotator blind to the coder, settings drawn at random
/// (seed 27); scored once on auto-0.63.0 (tuned on heldout12-26, never on this set): 0.843
/// (auto-0.61.0: 0.836, auto-0.47.0: 0.774, auto-0.37.0: 0.766, auto-0.10.1: 0.738). Seen from
/// then on, so a floor, not an unseen score: auto-0.65.0, read from its errors, scores 0.959.
const HELDOUT27_FLOOR: f64 = 0.93;

#[test]
fn twenty_seventh_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout27/heldout27-narratives.jsonl"),
        "the twenty-seventh held-out set is a valid gold file",
        120,
        HELDOUT27_FLOOR,
    );
}

/// The twenty-eighth held-out set (`tests/data/heldout28/`, 120 narratives), written under
/// the conventions annex v1.1 by a new annotator blind to the coder, settings drawn at random
/// (seed 28); scored once on auto-0.65.0 (tuned on heldout12-27, never on this set): 0.894
/// (auto-0.63.0: 0.894, auto-0.47.0: 0.871, auto-0.37.0: 0.869, auto-0.10.1: 0.855). Seen from
/// then on, so a floor, not an unseen score: auto-0.67.0, read from its errors, scores 0.968.
const HELDOUT28_FLOOR: f64 = 0.94;

#[test]
fn twenty_eighth_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout28/heldout28-narratives.jsonl"),
        "the twenty-eighth held-out set is a valid gold file",
        120,
        HELDOUT28_FLOOR,
    );
}

/// The twenty-ninth held-out set (`tests/data/heldout29/`, 120 narratives), written under
/// the conventions annex v1.1 by a new annotator blind to the coder, settings drawn at random
/// (seed 29); scored once on auto-0.67.0 (tuned on heldout12-28, never on this set): 0.930
/// (auto-0.63.0: 0.909, auto-0.47.0: 0.879, auto-0.37.0: 0.878, auto-0.10.1: 0.842). Seen from
/// then on, so a floor, not an unseen score: auto-0.68.0, read from its errors, scores 0.973.
const HELDOUT29_FLOOR: f64 = 0.95;

#[test]
fn twenty_ninth_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout29/heldout29-narratives.jsonl"),
        "the twenty-ninth held-out set is a valid gold file",
        120,
        HELDOUT29_FLOOR,
    );
}

/// The thirtieth held-out set (`tests/data/heldout30/`, 120 narratives), written under the
/// conventions annex v1.1 by a new annotator blind to the coder, settings drawn at random
/// (seed 30); scored once on auto-0.68.0 (tuned on heldout12-29, never on this set): 0.904
/// (auto-0.65.0: 0.904, auto-0.63.0: 0.875, auto-0.47.0: 0.864, auto-0.10.1: 0.832). Seen from
/// then on, so a floor, not an unseen score: auto-0.69.0, read from its errors, scores 0.929.
const HELDOUT30_FLOOR: f64 = 0.90;

#[test]
fn thirtieth_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout30/heldout30-narratives.jsonl"),
        "the thirtieth held-out set is a valid gold file",
        120,
        HELDOUT30_FLOOR,
    );
}

/// The thirty-first held-out set (`tests/data/heldout31/`, 120 narratives), written under the
/// conventions annex v1.1 by a new annotator blind to the coder, settings drawn at random
/// (seed 31); scored once on auto-0.69.0 (tuned on heldout12-30, never on this set): 0.892
/// (auto-0.65.0: 0.892, auto-0.63.0: 0.867, auto-0.47.0: 0.835, auto-0.10.1: 0.819). Seen from
/// then on, so a floor, not an unseen score: auto-0.70.0, read from its errors, scores 0.937.
const HELDOUT31_FLOOR: f64 = 0.91;

#[test]
fn thirty_first_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout31/heldout31-narratives.jsonl"),
        "the thirty-first held-out set is a valid gold file",
        120,
        HELDOUT31_FLOOR,
    );
}

/// The thirty-second held-out set (`tests/data/heldout32/`, 120 narratives), written under
/// the conventions annex v1.1 by a new annotator blind to the coder, settings drawn at random
/// (seed 32); scored once on auto-0.70.0 (tuned on heldout12-31, never on this set): 0.896
/// (auto-0.65.0: 0.891, auto-0.47.0: 0.881, auto-0.37.0: 0.870, auto-0.10.1: 0.828). Seen from
/// now on, so a floor, not an unseen score.
const HELDOUT32_FLOOR: f64 = 0.87;

#[test]
fn thirty_second_heldout_set_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/heldout32/heldout32-narratives.jsonl"),
        "the thirty-second held-out set is a valid gold file",
        120,
        HELDOUT32_FLOOR,
    );
}

/// The 20 scope narratives (`tests/data/scope/`), written by the coder's engineer in the auto-0.6.0 round
/// before heldout4's errors were looked at, for the kinds of error heldout4's README names
/// (negated, intended or cancelled internet use; whose act; unnamed site types; who wrote
/// first): auto-0.5.0 scored 0.698 on them, 0.6.0 0.932. Written by the tuner, so a floor for
/// those rules, never an unseen score. 0.8.0: 0.932; 0.9.0: 0.939.
const SCOPE_FLOOR: f64 = 0.92;

#[test]
fn scope_narratives_macro_f1_stays_above_the_floor() {
    assert_macro_f1_floor(
        include_str!("../data/scope/scope-narratives.jsonl"),
        "the scope narratives are a valid gold file",
        20,
        SCOPE_FLOOR,
    );
}

/// Reads a gold file's text, checks its number of cases, and that the rules score at least
/// `floor` macro-F1 over the 12 benchmark labels on it.
fn assert_macro_f1_floor(text: &str, what: &str, count: usize, floor: f64) {
    let cases = read_gold(BufReader::new(text.as_bytes())).expect(what);
    assert_eq!(cases.len(), count);
    let report = evaluate(&cases, &Coder::new());
    let f1 = report.macro_f1.unwrap_or(0.0);
    assert!(f1 >= floor, "macro-F1 {f1:.3} below {floor}");
}
