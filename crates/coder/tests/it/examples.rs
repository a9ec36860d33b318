//! The worked examples of `coding-scheme.md`, as the scheme states them.

use crate::{assert_spans_quote, labels, v};
use tipdata_coder::code;

#[test]
fn example_1_craigslist_prostitution_ads_are_advertising_by_fishing() {
    let s = "The defendant posted advertisements for prostitution on Craigslist and collected the proceeds.";
    let c = code(s);
    assert_eq!(v(&c, "internet_used"), r#""yes""#);
    assert_eq!(labels(&c, "purposes"), ["advertising"]);
    assert_eq!(labels(&c, "platform_types"), ["classified_ads"]);
    assert_eq!(labels(&c, "platforms"), ["Craigslist"]);
    assert_eq!(labels(&c, "strategies"), ["fishing"]);
    assert_spans_quote(s, &c);
}

#[test]
fn example_2_contact_through_facebook_is_recruitment_by_hunting() {
    let s = "He contacted the 15-year-old victim through Facebook, promised her money and later drove her to a motel.";
    let c = code(s);
    assert_eq!(v(&c, "internet_used"), r#""yes""#);
    assert_eq!(labels(&c, "purposes"), ["recruitment"]);
    assert_eq!(labels(&c, "platform_types"), ["social_media"]);
    assert_eq!(labels(&c, "strategies"), ["hunting"]);
    assert_eq!(v(&c, "victims_minor"), r#""yes""#);
    assert!(c.evidence.iter().any(|e| e.variable == "victims_minor" && e.text == "15-year-old"));
    assert_spans_quote(s, &c);
}

#[test]
fn example_3_webcam_abuse_for_customers_abroad_is_a_cyber_flow() {
    let s = "Victims in the Philippines were made to perform sexual acts in front of a webcam for paying customers in Europe.";
    let c = code(s);
    assert_eq!(labels(&c, "purposes"), ["exploitation"]);
    assert_eq!(labels(&c, "platform_types"), ["webcam_livestream"]);
    assert_eq!(v(&c, "cyber_flow"), r#""yes""#);
    assert_eq!(v(&c, "border"), r#""cross_border""#);
    assert_eq!(labels(&c, "countries"), ["PHL"]);
    assert_spans_quote(s, &c);
}

#[test]
fn example_4_telephone_and_text_messages_are_not_the_internet() {
    let s = "She called the victims by telephone and sent them text messages.";
    let c = code(s);
    assert_eq!(v(&c, "internet_used"), r#""no""#);
    assert!(labels(&c, "purposes").is_empty());
    assert!(labels(&c, "platform_types").is_empty());
    // The phone is cited as the reason for "no".
    assert!(c.evidence.iter().any(|e| e.variable == "internet_used" && e.value == "no" && e.text == "telephone"));
}

#[test]
fn every_variable_is_coded_even_for_an_empty_summary() {
    for s in ["", "No description.", "   "] {
        let c = code(s);
        for name in tipdata_coder::variable_names() {
            assert!(c.get(name).is_some(), "{name} missing for {s:?}");
        }
        assert_eq!(v(&c, "victims_total"), r#""unknown""#);
        assert_eq!(v(&c, "border"), r#""unknown""#);
        assert_eq!(v(&c, "victims_minor"), r#""unknown""#);
    }
}

#[test]
fn misspelled_and_domain_forms_of_a_platform_read_as_one_name() {
    for s in [
        "He advertised her on Craiglist.",
        "He advertised her on Craig's List.",
        "He advertised her on Craig\u{2019}s List.",
        "He advertised her on Cragslist.com.",
        "He advertised her on craigslist.org.",
    ] {
        assert_eq!(labels(&code(s), "platforms"), ["Craigslist"], "{s}");
    }
    for (s, name) in [
        ("The accused wrote to both women via Facebok (sic), offering restaurant work.", "Facebook"),
        ("He wrote to her on Whatsap every night.", "WhatsApp"),
        ("He posted on OLX.pl offers of cheap workers from Ukraine.", "OLX"),
        ("They were made to publish advertisements for flats on MercadoLibre.", "MercadoLibre"),
        ("He sent messages through Friendster to the women in Batangas.", "Friendster"),
        ("The two defendants used MSN Messenger to coordinate appointments.", "MSN Messenger"),
        ("The son had posted job offers in groups on the student network StudiVZ.", "StudiVZ"),
        ("He moved their wages back into his own account through the STC Pay application.", "STC Pay"),
        ("The two accused discussed the debt between themselves in messages on Signal.", "Signal"),
        ("He posted their pictures with a number on his fotologue.", "Fotolog"),
        ("Photographs of the men were sent by BlackBerry Messenger to selected contractors.", "BlackBerry Messenger"),
    ] {
        assert_eq!(labels(&code(s), "platforms"), [name], "{s}");
    }
    // A country's domain names a site of its own; the kind of site named before or after it
    // gives its type.
    let c = code("Two women applied to a receptionist vacancy the accused posted on Jobsite.pk.");
    assert_eq!(labels(&c, "platforms"), ["Jobsite.pk"]);
    assert_eq!(labels(&c, "platform_types"), ["freestanding_website"]);
    let c = code("He offered strong boys for pit work on the lanka-ads.lk classifieds site.");
    assert_eq!(labels(&c, "platform_types"), ["classified_ads"]);
    let c = code("He placed the women's advertisements on the Danish sex advertisement site Sexhandel.dk.");
    assert_eq!(labels(&c, "platform_types"), ["freestanding_website"]);
    // A medium after a domain is not a kind of site: www.example.com stays a site of its own.
    let c = code("The victims were advertised on www.example.com; the defendant e-mailed the clients.");
    assert!(labels(&c, "platform_types").contains(&"freestanding_website".to_string()), "{:?}", labels(&c, "platform_types"));
    let c = code("Rodriguez advertised the victims on backpage.com and on Redlightspecialinc.com.");
    assert_eq!(labels(&c, "platforms"), ["Backpage", "Redlightspecialinc.com"]);
    assert_eq!(labels(&c, "platform_types"), ["classified_ads", "freestanding_website"]);
}

#[test]
fn ages_and_minor_words_decide_victims_minor() {
    assert_eq!(v(&code("The victim, a juvenile, was sold."), "victims_minor"), r#""yes""#);
    assert_eq!(v(&code("He prostituted Jane Doe 3 (age 17)."), "victims_minor"), r#""yes""#);
    assert_eq!(v(&code("He met the victim, a 20-year-old student."), "victims_minor"), r#""no""#);
    // "girls" says minor unless the stated ages are adult.
    assert_eq!(v(&code("The girls worked in a bar."), "victims_minor"), r#""yes""#);
    assert_eq!(v(&code("The girl, a 19-year-old, worked in a bar."), "victims_minor"), r#""no""#);
    assert_eq!(v(&code("The workers were paid nothing."), "victims_minor"), r#""unknown""#);
}

#[test]
fn numbers_before_victim_and_offender_nouns_are_counted() {
    let c = code("Three defendants forced two minor females and four women into prostitution.");
    assert_eq!(v(&c, "offenders_total"), "3");
    assert_eq!(v(&c, "victims_total"), "4");
    assert_eq!(v(&code("The defendant beat the victim."), "offenders_total"), "1");
    assert_eq!(v(&code("Dozens of victims were found."), "victims_total"), r#""unknown""#);
}

#[test]
fn countries_and_demonyms_map_to_iso3() {
    let c = code("The women were brought from Mexico and Guatemala; a Honduran girl was also found in Texas.");
    assert_eq!(labels(&c, "countries"), ["MEX", "GTM", "HND", "USA"]);
    assert_eq!(v(&c, "border"), r#""cross_border""#);
    // A US state named "Georgia" or "New Mexico" is not the country.
    let c = code("He moved the victim from New Mexico to Georgia across state lines.");
    assert_eq!(labels(&c, "countries"), ["USA"]);
    assert_eq!(v(&c, "border"), r#""domestic""#);
}
