//! The rule core: finds every cue of the lexicon in one pass, groups the cues by sentence
//! and decides each variable of the scheme from them, keeping the spans it rests on.
//!
//! How each variable is decided (the cue names are those of `data/cues.tsv`):
//! - `internet_used`: `yes` on any `internet`, platform or domain cue that is not negated
//!   or only intended ("planned to post", "no evidence of") earlier in its sentence;
//!   otherwise `no` (evidence: the `phone` cues, if any).
//! - `platform_types`, `platforms`: from the gazetteer and the typed `internet` cues;
//!   `unspecified` only when nothing more specific is named.
//! - `purposes`: read in the sentences that mention the internet: `advert` -> advertising,
//!   `recruit` -> recruitment, `exploit` (or a webcam) -> exploitation; a classified-ads or
//!   escort site with no other purpose -> advertising; `logistics` when none applies.
//! - `strategies`: fishing with advertising; hunting with an approach (`recruit` cue)
//!   online that is not an answer to an advertisement.
//! - `cyber_flow`: `yes` when an internet sentence also names another country (or a
//!   foreign cue) and the exploitation or the buyers are online.
//! - `forms`, `means`, `victim_sex`: every non-negated cue; weak form cues need support.
//! - `victims_minor`: a `minor` cue or an age under 18; `no` on an `adult` cue or only adult
//!   ages; `unknown` otherwise.
//! - `victims_total`, `offenders_total`: a number right before a victim / offender noun.
//! - `border`, relative to the case's home country (the country of its court; USA when not
//!   given): `cross_border` on a `foreign` cue or a country other than home named (a US
//!   state is in the USA, so abroad for a case of another country); `domestic` on a
//!   `domestic` cue ("across state lines") or a home place with no sign of a border;
//!   `unknown` otherwise.
//! - `countries`: every place named, in order of first mention.

use tipdata_model::coding::{CodedValue, Coding, VarKind, FORMS, MEANS, PLATFORM_TYPES, PURPOSES, SCHEME};

use crate::lexicon::{Cue, Lexicon, PlaceKind};
use crate::proposal::{variable_index, Proposal};
use crate::text::{number_value, sentence_ends, word_after, word_before};

/// The home country of a case whose country is not given: the case-law file is of US
/// cases. Another country named is abroad.
pub const DEFAULT_HOME_COUNTRY: &str = "USA";

/// At most this many evidence spans are kept for one value.
const MAX_SPANS: usize = 3;
/// A negation or intent cue reaches this many bytes forward in its sentence.
const NEGATION_REACH: usize = 70;

/// One cue found in the text.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub cue: Cue,
    pub sentence: u32,
    /// A negation or intent cue precedes it closely in its sentence.
    pub negated: bool,
}

/// Buffers reused from one summary to the next.
#[derive(Debug, Default)]
pub struct Scratch {
    pub hits: Vec<Hit>,
    /// The last summary's coding (see [`propose`]).
    pub proposal: Proposal,
    /// Spans kept per (variable, value), to cap them.
    spans: Vec<(u8, u64, usize)>,
    /// The matcher's buffers.
    pub matched: crate::matcher::Buffers,
    /// Where the sentences end (byte offsets, ascending).
    pub sentence_ends: Vec<usize>,
}

/// Every cue of the lexicon in `text`, in text order, with their sentence index, into
/// `scratch.hits`; the sentences' ends into `scratch.sentence_ends`.
pub fn scan(lex: &Lexicon, text: &str, scratch: &mut Scratch) {
    let hits = &mut scratch.hits;
    hits.clear();
    lex.matcher.scan(text, &mut scratch.matched);
    let ends = &mut scratch.sentence_ends;
    sentence_ends(text, &scratch.matched.terms, ends);
    let mut si = 0usize;
    for m in &scratch.matched.found {
        let (s, e) = (m.start, m.end);
        while si + 1 < ends.len() && ends[si] <= s {
            si += 1;
        }
        let Some(rules) = lex.rules.get(m.id as usize) else { continue };
        for r in rules {
            hits.push(Hit { start: s, end: e, cue: r.cue, sentence: si as u32, negated: false });
        }
    }
    // One pass marks what a negation or intent cue reaches.
    let mut last: Option<(u32, usize)> = None;
    for h in hits.iter_mut() {
        if let Some((sent, end)) = last {
            h.negated = sent == h.sentence && end <= h.start && h.start - end <= NEGATION_REACH;
        }
        if matches!(h.cue, Cue::Negation | Cue::Intent) {
            last = Some((h.sentence, h.end));
        }
    }
}

/// Collects values with their spans for one coding, into the reused [`Proposal`].
struct Builder<'a> {
    out: &'a mut Proposal,
    /// Spans kept per (variable, value), to cap them without allocating a key.
    spans: &'a mut Vec<(u8, u64, usize)>,
    /// The last variable name looked up (its address and length) and its index: spans come
    /// in runs for one variable.
    last_var: (usize, usize, usize),
}

/// The index of a variable the rules name (they name only the scheme's).
fn var(name: &str) -> usize {
    variable_index(name).unwrap_or_else(|| unreachable!("'{name}' is a variable of the scheme"))
}

impl<'a> Builder<'a> {
    fn var(&mut self, name: &'static str) -> usize {
        let (p, n, i) = self.last_var;
        if p == name.as_ptr() as usize && n == name.len() {
            return i;
        }
        let i = var(name);
        self.last_var = (name.as_ptr() as usize, name.len(), i);
        i
    }

    fn evidence(&mut self, variable: &'static str, value: &str, start: usize, end: usize) {
        let v = self.var(variable);
        let key = value.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
        let slot = match self.spans.iter().position(|s| usize::from(s.0) == v && s.1 == key) {
            Some(i) => i,
            None => {
                self.spans.push((v as u8, key, 0));
                self.spans.len() - 1
            }
        };
        if self.spans[slot].2 >= MAX_SPANS {
            return;
        }
        // Byte and character starts are one to one, so spans compare by byte start.
        if self.out.has_evidence(v, value, start) {
            return;
        }
        self.spans[slot].2 += 1;
        self.out.push_evidence(v, value, start, end);
    }

    fn label(&mut self, variable: &'static str, label: &'static str) {
        self.out.set_label(var(variable), label);
    }

    /// A set: the labels switched on, sorted.
    fn labels(&mut self, variable: &'static str, set: &[bool], names: &[&'static str]) {
        let mut on = [""; 16];
        let mut n = 0;
        for (name, _) in names.iter().zip(set).filter(|(_, &on)| on) {
            on[n] = name;
            n += 1;
        }
        on[..n].sort_unstable();
        self.out.set_list(var(variable), on[..n].iter().copied());
    }

    /// A list of names or countries, in order.
    fn list(&mut self, variable: &'static str, items: &[&str]) {
        self.out.set_list(var(variable), items.iter().copied());
    }

    fn count(&mut self, variable: &'static str, n: Option<u64>) {
        self.out.set_count(var(variable), n);
    }

    /// Sets a variable from an owned value (the slower, allocating form of [`Builder::label`],
    /// [`Builder::labels`], [`Builder::list`] and [`Builder::count`], kept for rules written
    /// against it). A choice label outside the scheme is not set.
    #[allow(dead_code)]
    fn set(&mut self, variable: &'static str, value: CodedValue) {
        let v = var(variable);
        match value {
            CodedValue::Label(s) => {
                let choices = match SCHEME[v].kind {
                    VarKind::Choice(labels) => labels,
                    _ => &[],
                };
                debug_assert!(choices.contains(&s.as_str()), "{variable}: '{s}' is not a label of the scheme");
                if let Some(label) = choices.iter().find(|l| **l == s) {
                    self.out.set_label(v, label);
                }
            }
            CodedValue::Labels(items) => self.out.set_list(v, items.iter().map(String::as_str)),
            CodedValue::Count(n) => self.out.set_count(v, n),
        }
    }
}

/// The labels switched on, sorted, as an owned value (for [`Builder::set`]).
#[allow(dead_code)]
fn labels(set: &[bool], names: &[&str]) -> CodedValue {
    let mut on: Vec<String> = names.iter().zip(set).filter(|(_, &on)| on).map(|(n, _)| n.to_string()).collect();
    on.sort();
    CodedValue::Labels(on)
}

fn is_net(c: Cue) -> bool {
    matches!(c, Cue::Internet(_) | Cue::Platform(_) | Cue::Domain)
}

/// The domain name that ends with the TLD match at `start..end` ("Redlightspecialinc.com").
fn domain_name(text: &str, start: usize, end: usize) -> Option<(usize, &str)> {
    let b = text.as_bytes();
    let mut s = start;
    while s > 0 && (b[s - 1].is_ascii_alphanumeric() || b[s - 1] == b'-' || b[s - 1] == b'_') {
        s -= 1;
    }
    (s < start).then(|| (s, &text[s..end]))
}

/// Codes one summary with the rules alone; `home` is the ISO3 code of the case's country.
pub fn code_rules(lex: &Lexicon, text: &str, home: &str, scratch: &mut Scratch) -> Coding {
    propose(lex, text, home, scratch).to_coding(text)
}

/// Codes one summary with the rules alone into `scratch.proposal` (nothing allocated once
/// the buffers have grown); `home` is the ISO3 code of the case's country.
pub fn propose<'s>(lex: &Lexicon, text: &str, home: &str, scratch: &'s mut Scratch) -> &'s Proposal {
    scan(lex, text, scratch);
    let Scratch { hits, proposal, spans, .. } = scratch;
    let hits: &[Hit] = hits;
    proposal.clear();
    spans.clear();
    let mut out = Builder { out: proposal, spans, last_var: (0, 0, 0) };

    let negated = |h: &Hit| h.negated;

    // --- internet, platforms, platform types
    let mut net_sentences: Vec<u32> = Vec::new();
    let mut types = [false; 9];
    let mut type_spans: Vec<(u8, usize, usize)> = Vec::new();
    let mut names: Vec<&str> = Vec::new();
    let mut name_spans: Vec<(usize, usize, usize)> = Vec::new();
    let mut net_spans: Vec<(usize, usize)> = Vec::new();
    for h in hits.iter().filter(|h| is_net(h.cue)) {
        if negated(h) {
            continue;
        }
        let t = match h.cue {
            Cue::Platform(p) => {
                let Some(pl) = lex.platforms.get(p as usize) else { continue };
                if !names.contains(&pl.name.as_str()) {
                    names.push(&pl.name);
                }
                let ni = names.iter().position(|n| *n == pl.name).unwrap_or(0);
                name_spans.push((ni, h.start, h.end));
                pl.platform_type
            }
            Cue::Domain => {
                let Some((s, name)) = domain_name(text, h.start, h.end) else { continue };
                if !names.contains(&name) {
                    names.push(name);
                }
                let ni = names.iter().position(|n| *n == name).unwrap_or(0);
                name_spans.push((ni, s, h.end));
                3 // freestanding_website
            }
            Cue::Internet(t) => t,
            _ => continue,
        };
        if !net_sentences.contains(&h.sentence) {
            net_sentences.push(h.sentence);
        }
        net_spans.push((h.start, h.end));
        type_spans.push((t, h.start, h.end));
    }
    let internet = !net_spans.is_empty();
    const UNSPECIFIED: u8 = 8;
    for &(t, _, _) in &type_spans {
        if t != UNSPECIFIED {
            types[t as usize] = true;
        }
    }
    if internet && !types.iter().any(|&t| t) {
        types[UNSPECIFIED as usize] = true;
    }
    if internet {
        out.label("internet_used", "yes");
        for &(s, e) in &net_spans {
            out.evidence("internet_used", "yes", s, e);
        }
    } else {
        out.label("internet_used", "no");
        for h in hits.iter().filter(|h| h.cue == Cue::Phone) {
            out.evidence("internet_used", "no", h.start, h.end);
        }
    }
    for &(t, s, e) in &type_spans {
        if types[t as usize] {
            out.evidence("platform_types", PLATFORM_TYPES[t as usize], s, e);
        }
    }
    out.labels("platform_types", &types, PLATFORM_TYPES);
    for &(ni, s, e) in &name_spans {
        if let Some(n) = names.get(ni) {
            out.evidence("platforms", n, s, e);
        }
    }
    out.list("platforms", &names);

    // --- purposes and strategies, read in the internet sentences
    let mut purposes = [false; 4];
    let (mut hunting, mut fishing) = (false, false);
    let in_net = |h: &Hit| net_sentences.contains(&h.sentence);
    for (k, &si) in net_sentences.iter().enumerate() {
        let sent: Vec<&Hit> = hits.iter().filter(|h| h.sentence == si && !negated(h)).collect();
        let next: Vec<&Hit> = hits.iter().filter(|h| h.sentence == si + 1 && !negated(h)).collect();
        let _ = k;
        let has = |c: Cue| sent.iter().any(|h| h.cue == c);
        // A buyer answering someone else's advertisement neither advertises nor fishes.
        let responding = has(Cue::Respond);
        let among_offenders = has(Cue::OfflineGroup);
        let jobs: Vec<&&Hit> = sent.iter().filter(|h| h.cue == Cue::Job).collect();
        let job = !jobs.is_empty();
        // An advertisement is a job offer when a job word stands close to it.
        let job_ad = |a: &Hit| jobs.iter().any(|j| j.start.abs_diff(a.start) <= 60);
        let advert: Vec<&&Hit> = sent.iter().filter(|h| h.cue == Cue::Advert && !responding).collect();
        let recruit: Vec<&&Hit> = sent.iter().filter(|h| h.cue == Cue::Recruit && !among_offenders).collect();
        let approach: Vec<&&Hit> =
            sent.iter().filter(|h| h.cue == Cue::Approach && !responding && !among_offenders).collect();
        let exploit: Vec<&&Hit> =
            sent.iter().filter(|h| h.cue == Cue::Exploit || h.cue == Cue::Internet(5)).collect();
        for h in &advert {
            fishing = true;
            out.evidence("strategies", "fishing", h.start, h.end);
            if job_ad(h) {
                // A job advertisement recruits victims; it does not offer them to buyers.
                purposes[1] = true;
                out.evidence("purposes", "recruitment", h.start, h.end);
            } else {
                purposes[0] = true;
                out.evidence("purposes", "advertising", h.start, h.end);
            }
        }
        if job && advert.is_empty() && approach.is_empty() {
            // "Videos on TikTok promised jobs": an offer to all, answered by some.
            for h in sent.iter().filter(|h| h.cue == Cue::Job) {
                purposes[1] = true;
                out.evidence("purposes", "recruitment", h.start, h.end);
            }
            if next.iter().any(|h| h.cue == Cue::Respond || h.cue == Cue::Advert) || !recruit.is_empty() {
                for h in sent.iter().filter(|h| h.cue == Cue::Job) {
                    fishing = true;
                    out.evidence("strategies", "fishing", h.start, h.end);
                }
            }
        }
        for h in &recruit {
            purposes[1] = true;
            out.evidence("purposes", "recruitment", h.start, h.end);
        }
        if advert.is_empty() && approach.is_empty() && !job {
            // "recruited female victims on MySpace": recruiting with no ad is an approach.
            for h in &recruit {
                hunting = true;
                out.evidence("strategies", "hunting", h.start, h.end);
            }
        }
        for h in &approach {
            purposes[1] = true;
            hunting = true;
            out.evidence("purposes", "recruitment", h.start, h.end);
            out.evidence("strategies", "hunting", h.start, h.end);
        }
        for h in &exploit {
            purposes[2] = true;
            out.evidence("purposes", "exploitation", h.start, h.end);
        }
        if advert.is_empty() && recruit.is_empty() && approach.is_empty() && exploit.is_empty() && !job && !responding {
            // A classified-ads or escort site, or a sex business run online, is there to
            // advertise (no strategy: posting is not described).
            let sex_trade = sent.iter().any(|h| matches!(h.cue, Cue::Form { label: 0, .. }));
            for h in &sent {
                let t = match h.cue {
                    Cue::Platform(p) => lex.platforms.get(p as usize).map(|p| p.platform_type),
                    Cue::Internet(t) => Some(t),
                    Cue::Domain => Some(3),
                    _ => None,
                };
                // E-mail and messaging carry conversations, not offers to the public: a
                // buyer e-mailing a "pimp" is logistics.
                let channel = matches!(t, Some(1) | Some(7));
                if matches!(t, Some(2) | Some(3)) || (t.is_some() && !channel && sex_trade) {
                    purposes[0] = true;
                    out.evidence("purposes", "advertising", h.start, h.end);
                }
            }
        }
    }
    if internet && !purposes.iter().any(|&p| p) {
        purposes[3] = true;
        for &(s, e) in &net_spans {
            out.evidence("purposes", "logistics", s, e);
        }
    }
    out.labels("purposes", &purposes, PURPOSES);
    out.labels("strategies", &[hunting, fishing], &["hunting", "fishing"]);

    // --- places and border
    let mut countries: Vec<&str> = Vec::new();
    let mut foreign_place = false;
    let mut home_place = false;
    for h in hits {
        if let Cue::Place { country, .. } = h.cue {
            let Some(iso) = lex.countries.get(country as usize) else { continue };
            if !countries.contains(&iso.as_str()) {
                countries.push(iso);
            }
            out.evidence("countries", iso, h.start, h.end);
            if iso == home {
                home_place = true;
            } else {
                foreign_place = true;
            }
        }
    }
    let foreign_cues: Vec<&Hit> = hits.iter().filter(|h| h.cue == Cue::Foreign && !negated(h)).collect();
    // The country the case happens in is given, not guessed: taking the first country
    // named as home lost cross-border cases that name only the origin. A US state is a
    // place abroad only for a case of another country.
    let us_home = home == "USA";
    let foreign_name = |h: &Hit| match h.cue {
        Cue::Place { kind: PlaceKind::Name, country } => lex.countries.get(country as usize).is_some_and(|c| c != home),
        Cue::Place { kind: PlaceKind::UsPlace, .. } => !us_home,
        _ => false,
    };
    let home_demonym = |h: &Hit| {
        matches!(h.cue, Cue::Place { kind: PlaceKind::Demonym, country } if lex.countries.get(country as usize).is_some_and(|c| c == home))
    };
    let foreign_weak = hits.iter().any(|h| {
        h.cue == Cue::ForeignWeak
            || (foreign_place && !home_demonym(h) && matches!(h.cue, Cue::Place { kind: PlaceKind::Demonym, .. }))
    });
    let named_abroad = hits.iter().any(foreign_name);
    let border = if !foreign_cues.is_empty() || named_abroad {
        for h in &foreign_cues {
            out.evidence("border", "cross_border", h.start, h.end);
        }
        for h in hits.iter().filter(|h| foreign_name(h)) {
            out.evidence("border", "cross_border", h.start, h.end);
        }
        "cross_border"
    } else if foreign_weak {
        // Foreign nationals whose movement into the country is not described.
        "unknown"
    } else {
        let dom: Vec<&Hit> = hits
            .iter()
            .filter(|h| h.cue == Cue::Domestic || matches!(h.cue, Cue::Place { .. }))
            .collect();
        if dom.is_empty() && !home_place {
            "unknown"
        } else {
            for h in dom {
                out.evidence("border", "domestic", h.start, h.end);
            }
            "domestic"
        }
    };
    out.label("border", border);

    // --- cyber flow: the internet links people in different countries
    let mut cyber = false;
    if internet {
        for &si in &net_sentences {
            let abroad = hits.iter().any(|h| {
                h.sentence == si
                    && (h.cue == Cue::Foreign
                        || matches!(h.cue, Cue::Place { kind, .. } if kind != PlaceKind::UsPlace || !us_home))
            });
            let online_trade = hits
                .iter()
                .any(|h| h.sentence == si && matches!(h.cue, Cue::Exploit | Cue::Buyers | Cue::Internet(5)));
            if abroad && online_trade && countries.len() + usize::from(foreign_place) >= 2 {
                cyber = true;
                for h in hits.iter().filter(|h| h.sentence == si && (is_net(h.cue) || matches!(h.cue, Cue::Place { .. }))) {
                    out.evidence("cyber_flow", "yes", h.start, h.end);
                }
            }
        }
    }
    // With the internet used and a foreign element, but no stated link across borders
    // online, where each side was is not known.
    let flow = if cyber {
        "yes"
    } else if internet && border == "cross_border" {
        "unknown"
    } else {
        "no"
    };
    out.label("cyber_flow", flow);
    let _ = in_net;

    // --- forms of exploitation
    let mut forms = [false; 7];
    let mut weak: [Vec<(usize, usize)>; 7] = Default::default();
    for h in hits {
        if let Cue::Form { label, strong } = h.cue {
            if negated(h) {
                continue;
            }
            let l = label as usize;
            if strong {
                forms[l] = true;
                out.evidence("forms", FORMS[l], h.start, h.end);
            } else {
                weak[l].push((h.start, h.end));
            }
        }
    }
    for l in 0..7 {
        // Weak cues ("farm", "restaurant") decide only when nothing strong was found, or
        // when several of them agree.
        if !forms[l] && (weak[l].len() >= 3 || (!forms.iter().any(|&f| f) && !weak[l].is_empty())) {
            forms[l] = true;
            for &(s, e) in &weak[l] {
                out.evidence("forms", FORMS[l], s, e);
            }
        }
    }
    out.labels("forms", &forms, FORMS);

    // --- means
    let mut means = [false; 8];
    for h in hits {
        if let Cue::Means(m) = h.cue {
            if negated(h) {
                continue;
            }
            means[m as usize] = true;
            out.evidence("means", MEANS[m as usize], h.start, h.end);
        }
    }
    out.labels("means", &means, MEANS);

    // --- minors and ages
    let mut minor_spans: Vec<(usize, usize)> = Vec::new();
    let mut adult_spans: Vec<(usize, usize)> = Vec::new();
    let mut weak_minor_spans: Vec<(usize, usize)> = Vec::new();
    for h in hits {
        match h.cue {
            Cue::Minor if !negated(h) => minor_spans.push((h.start, h.end)),
            Cue::MinorWeak if !negated(h) => weak_minor_spans.push((h.start, h.end)),
            Cue::AgeBefore => {
                // "15-year-old", "11 and 15 year old girls"
                if let Some((s, w)) = word_before(text, h.start) {
                    // Digits, or number words of teenage ages ("fifteen-year-old"); "three
                    // years old" is more often a time span than a victim's age.
                    if let Some(n) = number_value(w).filter(|&n| w.as_bytes()[0].is_ascii_digit() || n >= 12) {
                        if n < 18 {
                            minor_spans.push((s, h.end));
                        } else {
                            adult_spans.push((s, h.end));
                        }
                    }
                }
            }
            Cue::AgeAfter => {
                // "(age 17)", "aged 14", "at the age of 16"
                let mut at = h.end;
                let mut word = word_after(text, at);
                if let Some((e, w)) = word {
                    if w.eq_ignore_ascii_case("of") {
                        at = e;
                        word = word_after(text, at);
                    }
                }
                if let Some((e, w)) = word {
                    if let Some(n) = number_value(w).filter(|_| w.as_bytes()[0].is_ascii_digit()) {
                        if n < 18 {
                            minor_spans.push((h.start, e));
                        } else {
                            adult_spans.push((h.start, e));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    // "girls" says minor unless stated ages are all adult.
    if adult_spans.is_empty() {
        minor_spans.extend(weak_minor_spans);
    }
    let minor = if !minor_spans.is_empty() {
        for &(s, e) in &minor_spans {
            out.evidence("victims_minor", "yes", s, e);
        }
        "yes"
    } else if !adult_spans.is_empty() {
        for &(s, e) in &adult_spans {
            out.evidence("victims_minor", "no", s, e);
        }
        "no"
    } else {
        "unknown"
    };
    out.label("victims_minor", minor);

    // --- victim sex
    let victim_sentences: Vec<u32> = hits
        .iter()
        .filter(|h| h.cue == Cue::VictimNoun)
        .map(|h| h.sentence)
        .collect();
    let (mut female, mut male) = (false, false);
    for h in hits {
        match h.cue {
            Cue::Female => {
                female = true;
                out.evidence("victim_sex", "female", h.start, h.end);
            }
            Cue::PronounF if victim_sentences.contains(&h.sentence) => {
                female = true;
                out.evidence("victim_sex", "female", h.start, h.end);
            }
            Cue::Male => {
                male = true;
                out.evidence("victim_sex", "male", h.start, h.end);
            }
            _ => {}
        }
    }
    out.labels("victim_sex", &[female, male], &["female", "male"]);

    // --- counts
    let count = |noun: Cue, out: &mut Builder, variable: &'static str| -> Option<u64> {
        let mut best: Option<(u64, usize, usize)> = None;
        for h in hits.iter().filter(|h| h.cue == noun) {
            // Up to two words back: "three victims", "two minor females", "15 foreign workers".
            let mut at = h.start;
            for _ in 0..3 {
                let Some((s, w)) = word_before(text, at) else { break };
                if let Some(n) = number_value(w) {
                    if n > 0 && best.is_none_or(|b| n > b.0) {
                        best = Some((n, s, h.end));
                    }
                    break;
                }
                // Stop at words that cannot stand between a number and its noun.
                if w.eq_ignore_ascii_case("the") || w.eq_ignore_ascii_case("of") || w.eq_ignore_ascii_case("and") {
                    break;
                }
                at = s;
            }
        }
        let (n, s, e) = best?;
        out.evidence(variable, &n.to_string(), s, e);
        Some(n)
    };
    let victims = count(Cue::VictimNoun, &mut out, "victims_total");
    out.count("victims_total", victims);
    let mut offenders = count(Cue::OffenderNoun, &mut out, "offenders_total");
    if offenders.is_none() {
        let plural = hits.iter().any(|h| h.cue == Cue::OffenderNoun);
        let one: Vec<&Hit> = hits.iter().filter(|h| h.cue == Cue::OffenderOne).collect();
        if !plural && !one.is_empty() {
            offenders = Some(1);
            for h in one {
                out.evidence("offenders_total", "1", h.start, h.end);
            }
        }
    }
    out.count("offenders_total", offenders);

    out.list("countries", &countries);
    out.out
}

/// Phrase count and approximate heap bytes of the compiled matcher (for throughput notes).
pub fn matcher_size(lex: &Lexicon) -> (usize, usize) {
    (lex.matcher.len(), lex.matcher.memory_usage())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owned_values_set_the_same_as_the_allocation_free_calls() {
        let (mut a, mut b) = (Proposal::default(), Proposal::default());
        let (mut sa, mut sb) = (Vec::new(), Vec::new());
        let mut fast = Builder { out: &mut a, spans: &mut sa, last_var: (0, 0, 0) };
        fast.label("border", "cross_border");
        fast.labels("forms", &[true, false, true, false, false, false, false], FORMS);
        fast.list("countries", &["ROU", "USA"]);
        fast.count("victims_total", Some(3));
        let mut owned = Builder { out: &mut b, spans: &mut sb, last_var: (0, 0, 0) };
        owned.set("border", CodedValue::Label("cross_border".into()));
        owned.set("forms", labels(&[true, false, true, false, false, false, false], FORMS));
        owned.set("countries", CodedValue::Labels(vec!["ROU".into(), "USA".into()]));
        owned.set("victims_total", CodedValue::Count(Some(3)));
        assert_eq!(a.to_coding(""), b.to_coding(""));
        assert_eq!(a.to_coding("").get("forms").map(|v| v.labels().to_vec()), Some(vec!["forced_criminal_activity".to_string(), "sexual_exploitation".to_string()]));
    }
}
