//! Regional sums across the M49 hierarchy: the problem they make for per-country suppression,
//! and the protection across the hierarchy.

use proptest::prelude::*;
use tipdata_model::validation::RuleSet;
use tipdata_model::ObsKey;
use tipdata_privacy::glotip::{audit_published, publish_with, with_regional_sums, Method, Shown};
use tipdata_privacy::regions::{areas_of, is_regional, regional_members, AREAS};

const IND: &str = "Detected trafficking victims";

fn cell(entity: &str, sex: &str, age: &str, v: u64) -> (ObsKey, Shown) {
    let key = ObsKey {
        entity: entity.into(),
        indicator: IND.into(),
        dimension: "Total".into(),
        category: "Total".into(),
        sex: sex.into(),
        age: age.into(),
        year: 2020,
    };
    (key, Shown::Count(v))
}

/// total, female, male of one country (a complete sex breakdown).
fn by_sex(entity: &str, f: u64, m: u64) -> Vec<(ObsKey, Shown)> {
    vec![cell(entity, "Total", "Total", f + m), cell(entity, "Female", "Total", f), cell(entity, "Male", "Total", m)]
}

/// The full sex x age table of one country from its four leaf counts.
fn sex_by_age(entity: &str, [fc, fa, mc, ma]: [u64; 4]) -> Vec<(ObsKey, Shown)> {
    let (c, a) = ("0 to 17 years", "18 years or over");
    vec![
        cell(entity, "Total", "Total", fc + fa + mc + ma),
        cell(entity, "Female", "Total", fc + fa),
        cell(entity, "Male", "Total", mc + ma),
        cell(entity, "Female", c, fc),
        cell(entity, "Female", a, fa),
        cell(entity, "Male", c, mc),
        cell(entity, "Male", a, ma),
        cell(entity, "Total", c, fc + mc),
        cell(entity, "Total", a, fa + ma),
    ]
}

fn value(cells: &[(ObsKey, Shown)], entity: &str, sex: &str) -> Shown {
    cells.iter().find(|(k, _)| k.entity == entity && k.sex == sex && k.age == "Total").map(|(_, v)| *v).expect("cell")
}

#[test]
fn every_region_and_subregion_of_the_codelist_has_an_m49_code() {
    let inst = tipdata_model::Instrument::v1();
    for e in &inst.entities {
        if e.kind.rolls_up() && !e.region.is_empty() {
            let (r, s) = areas_of(&e.id).unwrap_or_else(|| panic!("{} ({} / {}) has no area", e.id, e.region, e.subregion));
            assert_eq!((r.name, s.name), (e.region.as_str(), e.subregion.as_str()));
        }
    }
    assert!(areas_of("SAM").is_none(), "aggregates never roll up");
    assert_eq!(AREAS.iter().filter(|a| a.region.is_none()).count(), 5);
}

#[test]
fn a_regional_sum_gives_away_a_country_cell_that_per_country_suppression_hid() {
    // AUT: 40 = 37 female + 3 male; BEL: 50 = 30 + 20 (nothing small). Both in Western Europe.
    let mut stored = by_sex("AUT", 37, 3);
    stored.extend(by_sex("BEL", 30, 20));
    let rules = RuleSet::v1();
    // Per-country suppression hides AUT's male 3 and its female 37 (else 40 - 37 gives it away).
    let old = publish_with(&stored, rules, Method::Suppress, 5, 4, 0, false).expect("publish");
    assert_eq!(value(&old.cells, "AUT", "Male"), Shown::Hidden);
    assert_eq!(value(&old.cells, "AUT", "Female"), Shown::Hidden);
    assert!(old.regional.is_empty());
    let alone = audit_published(&old.cells, rules, 4).expect("audit");
    assert_eq!(alone.recovered(), 0, "{}", alone.report());
    // Add the regional sums a report prints (Western Europe male = 3 + 20 = 23): male = 23 - 20.
    let regional: Vec<_> =
        with_regional_sums(&stored, rules).expect("sums").into_iter().filter(|(k, _)| is_regional(k)).collect();
    assert_eq!(regional.len(), 6, "{regional:?}");
    assert!(regional.iter().any(|(k, v)| k.entity == "155" && k.sex == "Male" && *v == Shown::Count(23)));
    let mut naive = old.cells.clone();
    naive.extend(regional);
    let a = audit_published(&naive, rules, 4).expect("audit");
    assert_eq!(a.exact, 2, "male 3 and female 37 of AUT recovered: {}", a.report());
    assert!(a.examples.iter().any(|e| e.starts_with("AUT") && e.contains("Male/Total: x -> [3, 3]")), "{:?}", a.examples);
    assert_eq!(a.regional_cells, 6);

    // Across the hierarchy: the regional cells over AUT's hidden cells are hidden too, and no
    // country cell more than each country set alone needs.
    let new = publish_with(&stored, rules, Method::Suppress, 5, 4, 0, true).expect("publish");
    assert_eq!(new.regional.len(), 6);
    assert_eq!(new.cells, old.cells, "regional sums hide no country cell");
    for area in ["150", "155"] {
        let v = |sex: &str| {
            new.regional.iter().find(|(k, _)| k.entity == area && k.sex == sex).map(|(_, v)| *v).expect("regional cell")
        };
        assert_eq!(v("Total"), Shown::Count(90), "every member shown: the exact sum");
        assert_eq!(v("Female"), Shown::Hidden);
        assert_eq!(v("Male"), Shown::Hidden);
    }
    let all = new.all_cells();
    let a = audit_published(&all, rules, 4).expect("audit");
    assert_eq!(a.recovered(), 0, "{}\n{all:?}", a.report());
    assert!(a.regional_constraints >= 6, "{}", a.report());
    // What the regional sums cost is reported.
    assert_eq!(new.hierarchy.regional_secondary, 4, "{}", new.report(Method::Suppress, 5, 4));
    assert_eq!(new.hierarchy.regional_hidden_count, 2 * (67 + 23));
    assert!(
        new.report(Method::Suppress, 5, 4).contains("6 cells (M49 regions and subregions) in 1 indicator x year groups; 2 shown"),
        "{}",
        new.report(Method::Suppress, 5, 4)
    );
}

#[test]
fn a_region_of_one_reporting_country_is_that_country() {
    // Only AUT reports in Europe: every regional cell equals AUT's, so hidden ones stay hidden.
    let stored = by_sex("AUT", 37, 3);
    let p = publish_with(&stored, RuleSet::v1(), Method::Suppress, 5, 4, 0, true).expect("publish");
    for (k, v) in &p.regional {
        if k.sex != "Total" {
            assert_eq!(*v, Shown::Hidden, "{k}");
        }
    }
    let a = audit_published(&p.all_cells(), RuleSet::v1(), 4).expect("audit");
    assert_eq!(a.recovered(), 0, "{}", a.report());
}

#[test]
fn a_regional_cell_over_a_stored_below_threshold_cell_is_not_known_and_hidden() {
    let mut stored = by_sex("AUT", 37, 3);
    stored[2].1 = Shown::Below(5);
    stored.extend(by_sex("BEL", 30, 20));
    let p = publish_with(&stored, RuleSet::v1(), Method::Suppress, 5, 4, 0, true).expect("publish");
    let male: Vec<_> = p.regional.iter().filter(|(k, _)| k.sex == "Male").collect();
    assert_eq!(male.len(), 2);
    assert!(male.iter().all(|(_, v)| *v == Shown::Hidden));
    assert!(p.hierarchy.regional_unknown >= 2, "{}", p.report(Method::Suppress, 5, 4));
    let a = audit_published(&p.all_cells(), RuleSet::v1(), 4).expect("audit");
    assert_eq!(a.recovered(), 0, "{}", a.report());
}

#[test]
fn rr3_regional_sums_add_up_to_their_rounded_countries() {
    let mut stored = sex_by_age("AUT", [4, 11, 2, 7]);
    stored.extend(sex_by_age("NOR", [1, 8, 0, 5]));
    stored.extend(sex_by_age("BEL", [13, 2, 6, 1]));
    let p = crate::publish_test(&stored, Method::Rr3, 9, true);
    let members = regional_members(&p.cells);
    assert_eq!(p.regional.len(), members.len());
    for (k, v) in &p.regional {
        let Shown::Count(n) = v else { panic!("{k} hidden") };
        assert_eq!(n % 3, 0);
        let sum: u64 = members[k].iter().map(|&j| if let Shown::Count(c) = p.cells[j].1 { c } else { 0 }).sum();
        assert_eq!(*n, sum, "{k}");
    }
    assert!(p.report(Method::Rr3, 5, 4).contains("regional sums:"));
}

#[test]
fn aggregates_and_joint_reports_are_never_summed_into_regions_and_rr3_hides_a_region_over_a_stored_below() {
    // Eastern Europe's GLOTIP aggregate row (EEU) and the joint ABW/CUW report beside countries
    // of the same regions: only the countries are summed, under both methods.
    let mut stored = by_sex("AUT", 30, 20);
    stored.extend(by_sex("EEU", 300, 200));
    stored.extend(by_sex("ABW", 12, 9));
    stored.extend(by_sex("Aruba/Curacao", 700, 400));
    for method in [Method::Suppress, Method::Rr3] {
        let p = crate::publish_test(&stored, method, 3, true);
        for (k, v) in &p.regional {
            let country = if ["150", "155"].contains(&k.entity.as_str()) { "AUT" } else { "ABW" };
            assert!(["150", "155", "019", "419"].contains(&k.entity.as_str()), "{k}");
            assert_eq!(*v, value(&p.cells, country, &k.sex), "{k}: the country's own published cell");
        }
        assert_eq!(p.regional.len(), 12);
    }
    // rr3: a stored `<5` member hides the regional cell; its rounded neighbours add up.
    let mut stored = by_sex("AUT", 30, 3);
    stored[2].1 = Shown::Below(5);
    stored.extend(by_sex("BEL", 30, 20));
    let p = crate::publish_test(&stored, Method::Rr3, 1, true);
    for (k, v) in &p.regional {
        if k.sex == "Male" {
            assert_eq!(*v, Shown::Hidden, "{k}");
        } else {
            let sum: u64 = ["AUT", "BEL"]
                .iter()
                .map(|c| if let Shown::Count(n) = value(&p.cells, c, &k.sex) { n } else { panic!("{c} {k}") })
                .sum();
            assert_eq!(*v, Shown::Count(sum), "{k}");
        }
    }
}

/// Countries of Western, Northern and Southern Europe and of Northern Africa (three subregions
/// of one region, and another region).
const COUNTRIES: [&str; 8] = ["AUT", "BEL", "NLD", "NOR", "SWE", "ITA", "ESP", "MAR"];

fn leaves() -> impl Strategy<Value = [u64; 4]> {
    // Mostly small counts, so that many cells are below the threshold.
    let v = prop_oneof![3 => 0u64..5, 2 => 5u64..40];
    [v.clone(), v.clone(), v.clone(), v]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, .. ProptestConfig::default() })]

    /// Random small hierarchies, some countries stored as GLOTIP stores them (`<5` for small
    /// counts): regional sums hide no country cell beyond each set alone, a regional cell is
    /// shown exactly when all its members are (as their sum), and the attacker's audit (full LP
    /// over everything published together) recovers and narrows nothing.
    #[test]
    fn the_audit_of_our_output_across_the_hierarchy_recovers_nothing(
        tables in proptest::collection::vec(leaves(), 2..=8),
        sexes_only in proptest::collection::vec(any::<bool>(), 8),
        stored_below in proptest::collection::vec(prop_oneof![3 => Just(false), 1 => Just(true)], 8),
    ) {
        let mut stored = Vec::new();
        for (i, t) in tables.iter().enumerate() {
            let mut set = if sexes_only[i] {
                by_sex(COUNTRIES[i], t[0] + t[1], t[2] + t[3])
            } else {
                sex_by_age(COUNTRIES[i], *t)
            };
            if stored_below[i] {
                for (_, v) in &mut set {
                    if matches!(v, Shown::Count(n) if (1..5).contains(n)) {
                        *v = Shown::Below(5);
                    }
                }
            }
            stored.extend(set);
        }
        let rules = RuleSet::v1();
        let p = publish_with(&stored, rules, Method::Suppress, 5, 4, 0, true).expect("publish");
        let alone = publish_with(&stored, rules, Method::Suppress, 5, 4, 0, false).expect("publish");
        prop_assert_eq!(&p.cells, &alone.cells);
        prop_assert_eq!(p.unprotected, 0);
        // A regional value is shown iff every member is, as the sum of their true values.
        let members = regional_members(&p.cells);
        prop_assert_eq!(p.regional.len(), members.len());
        for (k, v) in &p.regional {
            let shown: Option<u64> = members[k].iter().map(|&j| if let Shown::Count(c) = p.cells[j].1 { Some(c) } else { None }).sum();
            match (v, shown) {
                (Shown::Count(n), Some(sum)) => {
                    let truth: u64 = members[k].iter().map(|&j| if let Shown::Count(c) = stored.iter().find(|(sk, _)| *sk == p.cells[j].0).expect("stored").1 { c } else { u64::MAX }).sum();
                    prop_assert_eq!(*n, sum, "{}", k);
                    prop_assert_eq!(*n, truth, "{}", k);
                }
                (Shown::Hidden, None) => {}
                other => prop_assert!(false, "{}: {:?}", k, other),
            }
        }
        for (k, v) in p.all_cells() {
            if let Shown::Count(n) = v {
                prop_assert!(n == 0 || n >= 5, "{} published as {}", k, n);
            }
        }
        let a = audit_published(&p.all_cells(), rules, 4).expect("audit");
        prop_assert_eq!(a.recovered(), 0, "{}", a.report());
        prop_assert_eq!(a.regional_inconsistent_groups, 0);
    }
}
