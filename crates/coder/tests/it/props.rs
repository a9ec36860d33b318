//! Laws of the coder over arbitrary text: it never panics, codes every variable, its spans
//! quote the text (character offsets, also for non-ASCII text) and its codings read back.

use proptest::prelude::*;
use tipdata_model::coding::Coding;

fn fragments() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "the victim",
        "posted",
        "ads",
        "on",
        "Craigslist",
        "Craig\u{2019}s List",
        "backpage.com",
        "Facebook",
        "contacted",
        "15-year-old",
        "girls",
        "no evidence",
        "planned to",
        "internet",
        "Mexico",
        "across state lines",
        "two",
        "defendants",
        ".",
        ",",
        "\u{201c}dates.\u{201d}",
        "Côte d'Ivoire",
        "webcam",
        "e-mailed",
        "U.S.",
        "\n\n",
        "x.com",
        "- ",
        "year-old",
        "(age 17)",
    ]);
    prop::collection::vec(prop_oneof![words.prop_map(str::to_string), "\\PC{0,12}"], 0..40).prop_map(|v| v.join(" "))
}

proptest! {
    #[test]
    fn any_text_codes_to_a_valid_coding_whose_spans_quote_it(text in fragments()) {
        let c = tipdata_coder::code(&text);
        for name in tipdata_coder::variable_names() {
            prop_assert!(c.get(name).is_some(), "{} missing", name);
        }
        let chars: Vec<char> = text.chars().collect();
        for e in &c.evidence {
            prop_assert!(e.start <= e.end && e.end <= chars.len());
            let q: String = chars[e.start..e.end].iter().collect();
            prop_assert_eq!(&q, &e.text);
        }
        let back = Coding::from_json(&c.to_json(), &[], &tipdata_coder::is_country);
        prop_assert_eq!(back.ok(), Some(c));
    }
}

/// Byte windows around a hit (the words just before or after a site) never cut a multi-byte
/// character: every distance from a site word to an em dash, a curly quote or an accented
/// letter is tried (an em dash 40 bytes after "site" once panicked the coder).
#[test]
fn windows_around_sites_never_cut_a_character() {
    let sites = ["a website", "the site", "a porn site", "an escort website", "a web page", "the page", "a website they built"];
    let wide = ["\u{2014}", "\u{201c}", "é", "\u{1F600}"];
    for site in sites {
        for w in wide {
            for pad in 0..48 {
                let filler = "x".repeat(pad);
                let text =
                    format!("The defendants ran {site} {filler}{w}{w}{w} and advertised the girls. {w}{filler} {site}{w}.");
                let c = tipdata_coder::code(&text);
                assert!(c.get("internet_used").is_some(), "{text}");
                let text = format!("{filler}{w} posted on {site}{filler}{w}{w} run by them{w}");
                let _ = tipdata_coder::code(&text);
            }
        }
    }
}

/// The same for the words the readings of stop 23 read around (an offer "sent them", a job
/// "post", "no evidence of this", a "But" sentence, a call for help, a birth date, a victim's
/// code, initials before "sent them"): every distance to a multi-byte character is tried. Four
/// such cuts were found by hand in that stop's code, one of them after it had landed.
#[test]
fn windows_around_the_readings_of_stop_23_never_cut_a_character() {
    let templates = [
        "He kept a list of regular clients and sent them {f}{w} photos of the girls on WhatsApp {w}.",
        "He posted ads on Backpage; {w}{f}{w}post {w}posts, a caregiver{w}s post.",
        "He advertised her online, but there was no evidence{w} of {f}{w} this.",
        "He posted an advertisement for her on Vivastreet. {w}{f} But before any advertisement was placed{w}.",
        "She sent voice messages on WhatsApp {f}{w} to her sister {w}, asking for help{w}.",
        "The victim, born in {f}{w}1998, was recruited in 2013. V1 ({w}{f}15), V-2 (f, {w}16).",
        "The man took photographs of D.{w} and S. {f}{w} and sent them on WhatsApp to men{w}.",
        "He made contact with a woman {f}{w} and paid her {w}{f} to make children perform on webcam.",
        // Stop 25: the platform inside a contact, the third party's clause, the owner of an account.
        "{w}{f}{w}sent them WeChat{w} messages {f}{w}; {f}{w}wrote on Instagram{w} to the girls.",
        "{f}{w} the police{w}, who {f}{w}, published {w}{f}the defendant{w}'s photographs on Facebook{w}.",
        "The officers{w}{f} checked the suspect\u{2019}s{w}{f} Facebook account; {w}{f}defendants' TikTok.",
    ];
    let wide = ["\u{2014}", "\u{201c}", "é", "\u{1F600}"];
    for t in templates {
        for w in wide {
            for pad in 0..100 {
                let text = t.replace("{f}", &"x".repeat(pad)).replace("{w}", w);
                let c = tipdata_coder::code(&text);
                assert!(c.get("internet_used").is_some(), "{text}");
            }
        }
    }
}
