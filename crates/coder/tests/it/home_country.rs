//! The border is read relative to the case's own country (`code_in`, the `country` field of
//! `tipdata code` input), not assumed to be the USA.

use crate::{labels, v};
use tipdata_coder::{code_jsonl_in, CodeError, Coder, Scratch};

fn code_in(text: &str, home: &str) -> tipdata_model::coding::Coding {
    Coder::new().code_in(text, home, &mut Scratch::default())
}

const ROMANIAN: &str = "The Romanian defendants recruited three women in Iasi and transported them to the United Kingdom, where they were forced into prostitution.";
const THAI: &str = "The defendant, a Thai national, lured two 15-year-old girls from a village in Chiang Rai to a karaoke bar in Thailand's capital, where they were forced to serve customers.";

#[test]
fn a_romanian_case_naming_the_uk_is_cross_border() {
    let c = code_in(ROMANIAN, "ROU");
    assert_eq!(v(&c, "border"), r#""cross_border""#);
    assert_eq!(labels(&c, "countries"), ["ROU", "GBR"]);
    let spans: Vec<&str> = c.evidence.iter().filter(|e| e.variable == "border").map(|e| e.text.as_str()).collect();
    assert!(spans.contains(&"United Kingdom"), "{spans:?}");
    assert!(!spans.contains(&"Romanian"), "the home demonym is not evidence of a border: {spans:?}");
}

#[test]
fn a_thai_case_naming_only_thai_places_is_domestic_at_home_and_foreign_from_the_usa() {
    let c = code_in(THAI, "THA");
    assert_eq!(v(&c, "border"), r#""domestic""#);
    assert_eq!(labels(&c, "countries"), ["THA"]);
    // The same text read as a US case names a foreign country.
    assert_eq!(v(&code_in(THAI, "USA"), "border"), r#""cross_border""#);
}

#[test]
fn a_us_state_is_abroad_for_a_case_of_another_country_and_state_lines_stay_domestic() {
    let text = "The Mexican defendants sent the victims from Puebla to Texas.";
    assert_eq!(v(&code_in(text, "MEX"), "border"), r#""cross_border""#);
    let interstate = "He transported the victim across state lines from Maryland to Virginia.";
    assert_eq!(v(&code_in(interstate, "USA"), "border"), r#""domestic""#);
}

#[test]
fn the_default_home_is_the_usa() {
    let mut s = Scratch::default();
    let coder = Coder::new();
    assert_eq!(coder.code_with(ROMANIAN, &mut s), coder.code_in(ROMANIAN, "USA", &mut s));
}

#[test]
fn code_jsonl_takes_each_lines_country_and_rejects_a_bad_one() {
    let input = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "r1", "summary": THAI, "country": "THA"}),
        serde_json::json!({"id": "r2", "summary": THAI})
    );
    let mut out = Vec::new();
    code_jsonl_in(&Coder::new(), "USA", input.as_bytes(), &mut out).expect("valid input");
    let lines: Vec<serde_json::Value> =
        String::from_utf8(out).expect("utf8").lines().map(|l| serde_json::from_str(l).expect("json")).collect();
    assert_eq!(lines[0]["border"], "domestic");
    assert_eq!(lines[1]["border"], "cross_border");

    let bad = format!("{}\n", serde_json::json!({"id": "x", "summary": THAI, "country": "Thailand"}));
    match code_jsonl_in(&Coder::new(), "USA", bad.as_bytes(), Vec::new()) {
        Err(CodeError::Field { line, field, message }) => {
            assert_eq!((line, field.as_str()), (1, "country"));
            assert!(message.contains("Thailand"), "{message}");
        }
        other => panic!("expected a field error, got {other:?}"),
    }
}

#[test]
fn a_domestic_worker_of_another_nationality_crossed_a_border() {
    let c = code_in(
        "The court convicted an employer of holding a 27-year-old Ethiopian domestic worker in his villa for 14 months.",
        "ARE",
    );
    assert_eq!(v(&c, "border"), r#""cross_border""#);
}

#[test]
fn a_foreign_victim_is_cross_border_and_foreign_defendants_are_not() {
    let c = code_in(
        "A 52-year-old Polish man, who had been sleeping rough in Swansea, was offered work and a room at their car wash.",
        "GBR",
    );
    assert_eq!(v(&c, "border"), r#""cross_border""#);
    // Only the defendants are said to be foreign: the victims' flow is not known (C8).
    let c = code_in(
        "The High Court convicted two Nigerian nationals and a South African woman of trafficking a 16-year-old girl from Mitchells Plain.",
        "ZAF",
    );
    assert_ne!(v(&c, "border"), r#""cross_border""#);
}

#[test]
fn people_moved_to_or_from_a_city_abroad_crossed_a_border() {
    for (text, home) in [
        ("The couple had brought two women from the Galati area to Stockholm, promising work as cleaners.", "SWE"),
        ("She met the three girls in Bishkek and sent them to Istanbul with false papers.", "KGZ"),
    ] {
        assert_eq!(v(&code_in(text, home), "border"), r#""cross_border""#, "{text}");
    }
    // A friend request sent to a girl from a city is no movement.
    let c = code_in("The defendant sent a friend request on Facebook to a 15-year-old girl from Leeds.", "USA");
    assert_ne!(v(&c, "border"), r#""cross_border""#);
}

#[test]
fn victims_from_a_city_abroad_or_brought_into_the_country_crossed_a_border() {
    for (text, home) in [
        // Victims named right before "from" a city or region abroad (C8).
        ("The accused arranged for three women from Lautoka and Nadi to work in his shops.", "NZL"),
        ("The broker recruited fourteen men from Mon State, telling them they would work in a seafood plant.", "THA"),
        // A locality between "from" and the place.
        ("The victims came from a village in Buzau County and were made to beg.", "NOR"),
        ("He kept seven boys in a house in Guediawaye, most of them brought from villages in the Gabu region.", "SEN"),
        // Brought into the case's own country, named as a country.
        ("The victim was born in 1994 and was brought to France in 2006, at the age of twelve.", "FRA"),
        ("He arranged for the women to come to New Zealand on visitor permits.", "NZL"),
    ] {
        assert_eq!(v(&code_in(text, home), "border"), r#""cross_border""#, "{text}");
    }
    // A home city after "from", or an offender who moved to the country, is no crossing.
    for (text, home) in [
        ("Three women from Auckland were made to work in his massage parlour.", "NZL"),
        ("The accused, who moved to France in 1990, ran a restaurant in Lyon.", "FRA"),
        ("She invited a friend to a party in a village near Leeds.", "GBR"),
    ] {
        assert_ne!(v(&code_in(text, home), "border"), r#""cross_border""#, "{text}");
    }
}

/// Text of the evidence spans of `variable`.
fn spans<'c>(c: &'c tipdata_model::coding::Coding, variable: &str) -> Vec<&'c str> {
    c.evidence.iter().filter(|e| e.variable == variable).map(|e| e.text.as_str()).collect()
}

#[test]
fn the_courts_town_names_the_cases_own_country_with_the_town_as_evidence() {
    // No country named: before the towns, `countries` was empty and the border unknown.
    let text = "The Regional Criminal Court of Vienna convicted two men who had forced a woman to work in a massage parlour.";
    let c = code_in(text, "AUT");
    assert_eq!(labels(&c, "countries"), ["AUT"]);
    assert_eq!(spans(&c, "countries"), ["Vienna"]);
    assert_eq!(v(&c, "border"), r#""domestic""#);
    // A small town of the case's own country (Caaguazú, Paraguay) and a region (Minas Gerais).
    let c = code_in("Women recruited in Caaguazú were exploited in a bar.", "PRY");
    assert_eq!(labels(&c, "countries"), ["PRY"]);
    let c = code_in("The Federal Court in Varginha, Minas Gerais, convicted the farm owner.", "BRA");
    assert_eq!(labels(&c, "countries"), ["BRA"]);
    // (The look-up stops at the first town of the case's own country.)
    assert_eq!(spans(&c, "countries"), ["Varginha"]);
}

#[test]
fn a_small_town_abroad_is_not_read_but_a_city_abroad_is_and_neither_makes_a_crossing() {
    // Caaguazú in a Spanish case: a small town of another country, not read.
    let c = code_in("Women recruited in Caaguazú were exploited in a bar.", "ESP");
    assert!(labels(&c, "countries").is_empty(), "{:?}", labels(&c, "countries"));
    // Ciudad del Este, a city, is read in any case; a town abroad alone is no border evidence.
    let c = code_in("The women were recruited in Ciudad del Este and exploited in a bar.", "ESP");
    assert_eq!(labels(&c, "countries"), ["PRY"]);
    assert_eq!(spans(&c, "countries"), ["Ciudad del Este"]);
    assert!(!spans(&c, "border").contains(&"Ciudad del Este"), "{:?}", spans(&c, "border"));
}

#[test]
fn towns_are_read_only_where_written_capitalised_and_not_inside_a_place_of_the_lexicon() {
    // "reading" and "mobile" are words, not the towns; people's names are not towns.
    let c = code_in("He was reading messages on his mobile phone when Linda Evans called.", "GBR");
    assert!(labels(&c, "countries").is_empty(), "{:?}", labels(&c, "countries"));
    // San Pedro Sula (a place of places.tsv) is Honduras; San Pedro (a town of several
    // countries) inside it is not looked up.
    let c = code_in("Two women from San Pedro Sula were brought to the farm.", "HND");
    assert_eq!(labels(&c, "countries"), ["HND"]);
    assert_eq!(spans(&c, "countries"), ["San Pedro Sula"]);
}

#[test]
fn foreign_nationals_with_a_town_abroad_named_crossed_a_border_and_nationals_alone_did_not() {
    // A Bulgarian couple in a Finnish case: their nationality alone says nothing of the
    // victim's journey; her home village near Sliven, a place abroad, does.
    let alone = "The Oulu District Court sentenced a Bulgarian couple for trafficking in human beings; they made a woman beg at the railway station.";
    assert_eq!(v(&code_in(alone, "FIN"), "border"), r#""unknown""#);
    let town = "The Oulu District Court sentenced a Bulgarian couple who had brought a woman from their home village near Sliven; they made her beg at the railway station.";
    let c = code_in(town, "FIN");
    assert_eq!(v(&c, "border"), r#""cross_border""#);
    assert!(spans(&c, "border").contains(&"Sliven"), "{:?}", spans(&c, "border"));
}
