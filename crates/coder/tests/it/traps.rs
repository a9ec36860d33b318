//! Negation, intent and non-internet traps: mentions that must not become codes.

use crate::{labels, v};
use tipdata_coder::code;

#[test]
fn a_plan_to_post_online_is_not_internet_use() {
    let c = code("The defendants planned to use these photographs on the internet to solicit customers.");
    assert_eq!(v(&c, "internet_used"), r#""no""#);
}

#[test]
fn no_evidence_of_the_internet_is_not_internet_use() {
    let c = code("There was no evidence that the defendant used the internet or Backpage.");
    assert_eq!(v(&c, "internet_used"), r#""no""#);
    assert!(labels(&c, "platforms").is_empty());
}

#[test]
fn phone_book_and_newspaper_ads_are_not_online_advertising() {
    let c = code("The defendant placed advertisements in the yellow pages telephone directory and in a local newspaper.");
    assert_eq!(v(&c, "internet_used"), r#""no""#);
    assert!(labels(&c, "purposes").is_empty());
}

#[test]
fn a_telephone_dating_line_is_not_a_dating_app() {
    let c = code("He admitted the trafficking of a 13 year old girl whom he met on a telephone dating line.");
    assert_eq!(v(&c, "internet_used"), r#""no""#);
    assert!(!labels(&c, "platform_types").contains(&"dating".to_string()));
}

#[test]
fn a_victims_own_account_is_not_the_offenders_internet_use() {
    let c = code("Although the victim had a Facebook account, the court found that she was recruited in person by a neighbour.");
    assert_eq!(v(&c, "internet_used"), r#""no""#);
}

#[test]
fn across_state_lines_is_domestic() {
    let c = code("He transported the victim across state lines from Maryland to Virginia.");
    assert_eq!(v(&c, "border"), r#""domestic""#);
}

#[test]
fn a_buyer_answering_a_sting_ad_neither_advertises_nor_fishes() {
    let c = code("The defendant responded to a Craigslist advertisement that offered girls for sex.");
    assert_eq!(v(&c, "internet_used"), r#""yes""#);
    assert_eq!(labels(&c, "purposes"), ["logistics"]);
    assert!(labels(&c, "strategies").is_empty());
}

#[test]
fn messages_among_offenders_are_not_hunting() {
    let c = code("The leader gave daily instructions to his relatives through WhatsApp voice messages.");
    assert_eq!(labels(&c, "platform_types"), ["messaging_app"]);
    assert!(labels(&c, "strategies").is_empty());
    assert_eq!(labels(&c, "purposes"), ["logistics"]);
}

#[test]
fn a_job_ad_on_social_media_recruits_by_fishing() {
    let c = code("The recruiters posted advertisements on Facebook offering well-paid jobs as hairdressers in Italy.");
    assert_eq!(labels(&c, "purposes"), ["recruitment"]);
    assert_eq!(labels(&c, "strategies"), ["fishing"]);
}
