use std::path::PathBuf;
use tipdata_privacy::{evaluate, read_csv_columns, synthesize, SynthConfig, Table};

use tipdata_model::CTDC_COLUMNS;

fn ctdc() -> Table {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/ctdc/ctdc_global_2020_subset.csv");
    read_csv_columns(&path, &CTDC_COLUMNS).expect("the bundled CTDC file reads")
}

fn table(header: &[&str], rows: &[&[&str]]) -> Table {
    Table::new(
        header.iter().map(|s| s.to_string()).collect(),
        rows.iter().map(|r| r.iter().map(|s| s.to_string()).collect()).collect(),
    )
    .expect("rows as wide as the header")
}

#[test]
fn ctdc_synthesis_keeps_record_count_and_leaks_nothing() {
    let input = ctdc();
    assert_eq!(input.len(), 48773);
    let out = synthesize(&input, &SynthConfig::default()).expect("synthesis succeeds");
    assert_eq!(out.header(), input.header());
    assert_eq!(out.len(), input.len());
    let m = evaluate(&input, &out, 10, 4).expect("same columns");
    assert_eq!(m.leakage, 0);
    assert_eq!(m.fabricated_share, 0.0);
    assert!(m.mean_proportional_error < 0.05, "{}", m.report());
}

#[test]
fn a_rare_value_never_reaches_the_output() {
    // "X" occurs 3 times (< k = 5); everything else is common.
    let mut rows: Vec<Vec<&str>> = Vec::new();
    for i in 0..40 {
        let a = if i % 2 == 0 { "a1" } else { "a2" };
        let b = if i < 3 {
            "X"
        } else if i % 3 == 0 {
            "b1"
        } else {
            "b2"
        };
        rows.push(vec![a, b, "c"]);
    }
    let refs: Vec<&[&str]> = rows.iter().map(|r| r.as_slice()).collect();
    let input = table(&["A", "B", "C"], &refs);
    let cfg = SynthConfig { k: 5, reporting_length: 3, ..SynthConfig::default() };
    let out = synthesize(&input, &cfg).expect("synthesis succeeds");
    assert_eq!(out.len(), 40);
    assert!(out.records().iter().all(|r| r[1] != "X"));
    let m = evaluate(&input, &out, 5, 3).expect("same columns");
    assert_eq!(m.leakage, 0);
}

#[test]
fn a_rare_pair_of_common_values_is_broken_up() {
    // a1 and b1 are each common, but together only twice.
    let mut rows: Vec<[&str; 2]> = Vec::new();
    rows.extend(vec![["a1", "b2"]; 20]);
    rows.extend(vec![["a2", "b1"]; 20]);
    rows.extend(vec![["a1", "b1"]; 2]);
    let refs: Vec<&[&str]> = rows.iter().map(|r| r.as_slice()).collect();
    let input = table(&["A", "B"], &refs);
    let cfg = SynthConfig { k: 5, reporting_length: 2, ..SynthConfig::default() };
    let out = synthesize(&input, &cfg).expect("synthesis succeeds");
    assert!(!out.records().iter().any(|r| r[0] == "a1" && r[1] == "b1"));
    assert_eq!(evaluate(&input, &out, 5, 2).expect("same columns").leakage, 0);
}

#[test]
fn the_same_seed_gives_the_same_output() {
    let input = ctdc();
    let cfg = SynthConfig { seed: 7, ..SynthConfig::default() };
    let a = synthesize(&input, &cfg).expect("synthesis succeeds");
    let b = synthesize(&input, &cfg).expect("synthesis succeeds");
    assert_eq!(a, b);
}

#[test]
fn k_zero_is_rejected() {
    let input = table(&["A"], &[&["x"]]);
    let cfg = SynthConfig { k: 0, ..SynthConfig::default() };
    assert!(matches!(synthesize(&input, &cfg), Err(tipdata_privacy::SynthError::InvalidConfig(_))));
}

#[test]
fn evaluate_rejects_tables_with_different_columns() {
    let a = table(&["A", "B"], &[&["x", "y"]]);
    let b = table(&["A", "C"], &[&["x", "y"]]);
    assert!(matches!(evaluate(&a, &b, 2, 2), Err(tipdata_privacy::SynthError::ColumnsDiffer { .. })));
}

#[test]
fn evaluate_counts_leaks_and_fabrications() {
    let sens = table(&["A", "B"], &[&["x", "y"], &["x", "y"], &["x", "z"]]);
    // (x,z) occurs once in the input (rare at k=2): leaked; w is fabricated.
    let syn = table(&["B", "A"], &[&["z", "x"], &["y", "w"]]);
    let m = evaluate(&sens, &syn, 2, 2).expect("same columns, any order");
    assert_eq!(m.by_length[0].leaked, 1); // B=z
    assert_eq!(m.by_length[1].leaked, 1); // A=x,B=z
    assert_eq!(m.by_length[0].fabricated, 1); // A=w
    assert_eq!(m.leakage, 2);
    assert_eq!(m.sensitive_records, 3);
    assert_eq!(m.synthetic_records, 2);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn small_table() -> impl Strategy<Value = (Table, usize, usize)> {
        (1usize..7, 0usize..80, 1usize..6, 1usize..5).prop_flat_map(|(cols, rows, k, len)| {
            let cell = prop_oneof![Just(String::new()), "[a-c]".prop_map(String::from)];
            proptest::collection::vec(proptest::collection::vec(cell, cols), rows).prop_map(move |records| {
                let header = (0..cols).map(|c| format!("c{c}")).collect();
                (Table::new(header, records).expect("rows as wide as the header"), k, len)
            })
        })
    }

    /// Input records containing every (column, value) of `combo`: a plain scan, sharing no
    /// code with the synthesizer or the evaluator.
    fn support(input: &Table, combo: &[(usize, &str)]) -> usize {
        input.records().iter().filter(|r| combo.iter().all(|&(c, v)| r[c] == v)).count()
    }

    /// Every combination of 1..=len non-empty values of every output record, checked against
    /// the input by brute force: the first one seen in fewer than k input records, if any.
    fn first_rare(input: &Table, output: &Table, k: usize, len: usize) -> Option<Vec<(usize, String)>> {
        for r in output.records() {
            let cells: Vec<(usize, &str)> =
                r.iter().enumerate().filter(|(_, v)| !v.is_empty()).map(|(c, v)| (c, v.as_str())).collect();
            // Subsets as bit masks over the record's cells (at most 6 columns here).
            for mask in 1u32..(1 << cells.len()) {
                if mask.count_ones() as usize > len {
                    continue;
                }
                let combo: Vec<(usize, &str)> = (0..cells.len()).filter(|i| mask & (1 << i) != 0).map(|i| cells[i]).collect();
                if support(input, &combo) < k {
                    return Some(combo.iter().map(|&(c, v)| (c, v.to_string())).collect());
                }
            }
        }
        None
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn random_small_tables_never_leak((input, k, len) in small_table(), seed in 0u64..1000, passes in 0usize..3, grow in any::<bool>(), tol in prop_oneof![Just(0u32), 0u32..300], priced in prop_oneof![3 => Just(0usize), 1 => 1usize..3]) {
            let cfg = SynthConfig { k, reporting_length: len, seed, repair_passes: passes, grow_records: grow, record_tolerance_per_mille: tol, priced_rounds: priced };
            let out = synthesize(&input, &cfg).expect("synthesis succeeds on any table");
            // The record count stays in the configured range (exactly the input's at 0).
            let (least, most) = cfg.record_range(input.len());
            prop_assert!(least <= out.len() && out.len() <= most, "{} records, range {:?}", out.len(), (least, most));
            if tol == 0 {
                prop_assert_eq!(out.len(), input.len());
            }
            prop_assert_eq!(out.header(), input.header());
            // Independent check: no output combination of up to `len` values (rare or absent
            // from the input alike) is supported by fewer than k input records.
            prop_assert_eq!(first_rare(&input, &out, k, len), None);
            let m = evaluate(&input, &out, k, len).expect("same columns");
            prop_assert_eq!(m.leakage, 0);
            prop_assert_eq!(m.by_length.iter().map(|l| l.fabricated).sum::<usize>(), 0);
        }

        #[test]
        fn the_brute_force_checker_finds_a_planted_leak((input, k, len) in small_table()) {
            // The input itself, as "synthetic" output, leaks exactly when it has a rare
            // combination; the checker and the evaluator must agree on that.
            let m = evaluate(&input, &input, k, len).expect("same columns");
            prop_assert_eq!(first_rare(&input, &input, k, len).is_some(), m.leakage > 0);
        }
    }
}
