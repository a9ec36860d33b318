//! The rule coder's knowledge as data: the cue lexicon (`data/cues.tsv`), the platform
//! gazetteer (`data/platforms.tsv`) and the place names (`data/places.tsv` plus the entity
//! codelist of the model), compiled into one case-insensitive phrase matcher.

use std::collections::HashMap;

use tipdata_model::coding::{FORMS, MEANS, PLATFORM_TYPES};
use tipdata_model::{EntityKind, Instrument};

use crate::matcher::Matcher;
use crate::towns::Towns;
use crate::CodeError;

pub const CUES_TSV: &str = include_str!("../data/cues.tsv");
pub const PLATFORMS_TSV: &str = include_str!("../data/platforms.tsv");
pub const PLACES_TSV: &str = include_str!("../data/places.tsv");
pub const TOWNS_TSV: &str = include_str!("../data/towns.tsv");

/// How a place name reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    /// A country name or alias.
    Name,
    /// A nationality: names the country as a place of origin.
    Demonym,
    /// A town or region, read as a demonym is; abroad, a place of the case that foreign
    /// nationals alone are not.
    City,
    /// A US state or territory: a place inside the United States.
    UsPlace,
}

/// What a matched phrase is evidence of. Indexes point into the scheme's label lists
/// (`PLATFORM_TYPES`, `FORMS`, `MEANS`), the gazetteer or the country list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Internet(u8),
    Platform(u16),
    Domain,
    Phone,
    Negation,
    Intent,
    Advert,
    Recruit,
    /// Approaching a particular person (contacted, messaged, befriended): hunting.
    Approach,
    /// Answering someone else's advertisement (a buyer in a sting): not fishing.
    Respond,
    /// A job or work offer: an advertisement for it recruits.
    Job,
    Exploit,
    Logistic,
    Buyers,
    Minor,
    /// "girls", "daughter": a minor unless the ages say otherwise.
    MinorWeak,
    /// "teenagers", "young women", "youths": words that suggest a minor without saying so
    /// (conventions C10: `unknown` without ages, and the victims are not called adults).
    MinorVague,
    Adult,
    AgeBefore,
    AgeAfter,
    /// A form of exploitation; `strong` cues decide alone, weak ones need support.
    Form {
        label: u8,
        strong: bool,
    },
    Means(u8),
    Female,
    Male,
    PronounF,
    /// Movement across a border or into the country.
    Foreign,
    /// Foreign nationality or status, with no movement stated.
    ForeignWeak,
    /// Communication among the offenders themselves (not an approach to a victim).
    OfflineGroup,
    Domestic,
    /// Someone other than the offenders (a court, a ministry, an NGO, the media) whose
    /// internet use follows: not the offenders' use.
    ThirdParty,
    /// Sex or the victims offered to a buyer ("offering them sex"): an approach with it
    /// advertises to buyers, it does not recruit.
    BuyerOffer,
    /// Travel or transport of people ("brought from", "flown to", "plane tickets").
    Movement,
    VictimNoun,
    OffenderNoun,
    OffenderOne,
    NumberWord,
    Place {
        country: u16,
        kind: PlaceKind,
    },
    /// Someone other than the offenders who may be the subject of a clause ("the police",
    /// "gendarmes", "reporters"): see `rules::third_party_subject`. (Last, as its bit in
    /// `rules::cue_bit` is: with the variants in the bits' order the match there is
    /// arithmetic; out of order it compiled to a jump table, 68 mispredicted jumps a
    /// summary.)
    ThirdActor,
    /// A word that may open a forced task ("made", "forced", "compelled"): where
    /// `rules::forced_scam` looks for one.
    Forced,
    /// A verb that may offer the victims or their labour to buyers ("offered", "displayed",
    /// "supplied", "sent"): where `rules::labour_offered` looks for one. (Last, as its bit
    /// is.)
    Offer,
}

#[derive(Debug, Clone, Copy)]
pub struct CueRule {
    pub cue: Cue,
    /// The phrase may start inside a word (`*.com`).
    pub left_free: bool,
    /// The phrase may end inside a word (`advertis*`).
    pub right_free: bool,
}

#[derive(Debug, Clone)]
pub struct Platform {
    pub name: String,
    pub platform_type: u8,
    /// The name is also a common word ("telegram"): read as the platform only where the text
    /// writes it capitalised at the end of the phrase (see `rules::scan`).
    pub word_name: bool,
}

/// Platforms whose names are also common words (see [`Platform::word_name`]).
const WORD_NAMES: [&str; 1] = ["Telegram"];

/// The compiled lexicon.
#[derive(Debug, Clone)]
pub struct Lexicon {
    pub(crate) matcher: Matcher,
    /// For each phrase, the cues it stands for.
    pub(crate) rules: Vec<Vec<CueRule>>,
    /// The same, as `scan` makes its hits.
    pub(crate) phrase_cues: crate::rules::PhraseTable,
    pub platforms: Vec<Platform>,
    /// ISO3 codes, indexed by `Cue::Place::country`.
    pub countries: Vec<String>,
    /// Towns and regions (`data/towns.tsv`), read after the matcher.
    pub towns: Towns,
    /// The three-letter codes of `countries` with their indexes, sorted (see
    /// [`Lexicon::country_index`]).
    country_codes: Vec<([u8; 3], u16)>,
}

fn index_of(labels: &[&str], label: &str) -> Option<u8> {
    labels.iter().position(|l| *l == label).and_then(|i| u8::try_from(i).ok())
}

#[derive(Default)]
struct Builder {
    phrases: Vec<String>,
    by_key: HashMap<String, usize>,
    rules: Vec<Vec<CueRule>>,
}

impl Builder {
    fn add(&mut self, phrase: &str, cue: Cue) {
        let p = phrase.trim();
        let left_free = p.starts_with('*');
        let right_free = p.ends_with('*') && p.len() > 1;
        let core = p.trim_start_matches('*').trim_end_matches('*');
        if core.is_empty() {
            return;
        }
        let key = core.to_ascii_lowercase();
        let i = match self.by_key.get(&key) {
            Some(&i) => i,
            None => {
                self.phrases.push(core.to_string());
                self.rules.push(Vec::new());
                self.by_key.insert(key, self.phrases.len() - 1);
                self.phrases.len() - 1
            }
        };
        let rule = CueRule { cue, left_free, right_free };
        if !self.rules[i].iter().any(|r| r.cue == cue) {
            self.rules[i].push(rule);
        }
    }
}

impl Builder {
    /// A longer phrase hides the shorter phrases inside it (the longest match wins), so it
    /// takes on their cues: "in front of a webcam" is also a webcam, "sex trafficking of
    /// children" also a form. Shields keep only their own cues (negation, intent, phone:
    /// "attempted to post" is not a post), and place names are not inherited ("New Mexico"
    /// is not Mexico).
    fn inherit(&mut self) {
        let lower: Vec<String> = self.phrases.iter().map(|p| p.to_ascii_lowercase()).collect();
        // Which phrases occur inside which: every phrase in a byte trie, walked from each
        // position of each phrase (a few steps each), instead of searching every phrase in
        // every other (1,600^2 substring searches took ~400M instructions at every start).
        let trie = Trie::new(&lower);
        let mut inside: Vec<usize> = Vec::new();
        let mut added: Vec<(usize, CueRule)> = Vec::new();
        for (i, outer) in lower.iter().enumerate() {
            if shield(&self.rules[i]) {
                continue;
            }
            let Some(own) = self.rules[i].first().copied() else { continue };
            inside.clear();
            trie.phrases_inside(outer.as_bytes(), &mut inside);
            inside.sort_unstable();
            inside.dedup();
            for &j in &inside {
                inherit_from(&lower, &self.rules, i, j, own, &mut added);
            }
        }
        for (i, rule) in added {
            if !self.rules[i].iter().any(|r| r.cue == rule.cue) {
                self.rules[i].push(rule);
            }
        }
    }
}

/// Rules that keep only their own cues (negation, intent, phone: "attempted to post" is not
/// a post; places: "New Mexico" is not Mexico).
fn shield(rules: &[CueRule]) -> bool {
    rules.iter().any(|r| matches!(r.cue, Cue::Negation | Cue::Intent | Cue::Phone | Cue::Respond | Cue::Place { .. }))
}

/// The cues phrase `i` takes on from phrase `j` found inside it (at word boundaries, or
/// inside a word where `j`'s rule allows it), appended to `added` in order.
fn inherit_from(lower: &[String], rules: &[Vec<CueRule>], i: usize, j: usize, own: CueRule, added: &mut Vec<(usize, CueRule)>) {
    let (outer, inner) = (&lower[i], &lower[j]);
    if i == j || inner.len() >= outer.len() {
        return;
    }
    for (at, _) in outer.match_indices(inner.as_str()) {
        let ob = outer.as_bytes();
        let end = at + inner.len();
        for r in &rules[j] {
            if matches!(r.cue, Cue::Place { .. } | Cue::Negation | Cue::Intent) {
                continue;
            }
            let left = at == 0 || !crate::text::is_word_byte(ob[at - 1]) || r.left_free;
            let right = end == ob.len() || !crate::text::is_word_byte(ob[end]) || r.right_free;
            if left && right {
                added.push((i, CueRule { cue: r.cue, ..own }));
            }
        }
    }
}

/// The lowercase phrases in a byte trie, to find which phrases occur inside another.
struct Trie {
    /// Children of each node, as (byte, node), unsorted (a node has few).
    children: Vec<Vec<(u8, u32)>>,
    /// The phrase that ends at each node, if any.
    phrase: Vec<Option<u32>>,
}

impl Trie {
    fn new(phrases: &[String]) -> Trie {
        let mut t = Trie { children: vec![Vec::new()], phrase: vec![None] };
        for (k, p) in phrases.iter().enumerate() {
            let mut node = 0usize;
            for &c in p.as_bytes() {
                node = match t.children[node].iter().find(|e| e.0 == c) {
                    Some(&(_, n)) => n as usize,
                    None => {
                        let n = t.children.len();
                        t.children.push(Vec::new());
                        t.phrase.push(None);
                        t.children[node].push((c, n as u32));
                        n
                    }
                };
            }
            t.phrase[node] = Some(k as u32);
        }
        t
    }

    /// Every phrase that occurs anywhere in `text` (with repeats), into `out`.
    fn phrases_inside(&self, text: &[u8], out: &mut Vec<usize>) {
        for start in 0..text.len() {
            let mut node = 0usize;
            for &c in &text[start..] {
                match self.children[node].iter().find(|e| e.0 == c) {
                    Some(&(_, n)) => node = n as usize,
                    None => break,
                }
                if let Some(p) = self.phrase[node] {
                    out.push(p as usize);
                }
            }
        }
    }
}

fn data_lines(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
}

fn bad(file: &str, line: usize, message: impl Into<String>) -> CodeError {
    CodeError::Lexicon { file: file.to_string(), line, message: message.into() }
}

impl Lexicon {
    /// The lexicon bundled with the crate.
    pub fn bundled() -> Result<Lexicon, CodeError> {
        Lexicon::from_tsv(CUES_TSV, PLATFORMS_TSV, PLACES_TSV)?.with_towns(TOWNS_TSV)
    }

    /// The lexicon with the towns and regions of `towns` (the text of a `towns.tsv`), in
    /// place of any it had.
    pub fn with_towns(mut self, towns: &str) -> Result<Lexicon, CodeError> {
        let inst = Instrument::v1();
        let countries = &mut self.countries;
        // (Each row's code looked up in a map, not compared with every country: 40,000 rows;
        // the first of a code listed twice, as a search would find.)
        let mut index: HashMap<String, usize> = countries.iter().enumerate().rev().map(|(i, c)| (c.clone(), i)).collect();
        self.towns = Towns::from_tsv(towns, |iso| {
            let i = match index.get(iso) {
                Some(&i) => i,
                // (A country whose name the lexicon skips, "Chad": its towns still name it.)
                None if inst.entity(iso).is_some_and(|e| e.kind == EntityKind::Country) => {
                    countries.push(iso.to_string());
                    index.insert(iso.to_string(), countries.len() - 1);
                    countries.len() - 1
                }
                None => return None,
            };
            u16::try_from(i).ok()
        })?;
        Ok(self.indexed())
    }

    /// `country_codes` made from `countries`.
    fn indexed(mut self) -> Lexicon {
        self.country_codes = self
            .countries
            .iter()
            .enumerate()
            .filter_map(|(i, c)| Some((<[u8; 3]>::try_from(c.as_bytes()).ok()?, u16::try_from(i).ok()?)))
            .collect();
        self.country_codes.sort_unstable();
        self
    }

    /// The index in `countries` of the code `iso` (the first, if listed twice).
    pub fn country_index(&self, iso: &str) -> Option<u16> {
        let key = <[u8; 3]>::try_from(iso.as_bytes()).ok()?;
        let at = self.country_codes.partition_point(|(c, _)| *c < key);
        self.country_codes.get(at).filter(|(c, _)| *c == key).map(|&(_, i)| i)
    }

    /// Builds a lexicon from the three data files' texts, so a domain expert can try an
    /// extended copy without rebuilding.
    pub fn from_tsv(cues: &str, platforms: &str, places: &str) -> Result<Lexicon, CodeError> {
        let mut b = Builder { phrases: Vec::new(), by_key: HashMap::new(), rules: Vec::new() };
        // Places first from the codelist, then the curated file (which can skip names).
        let mut countries: Vec<String> = Vec::new();
        let mut country_ix: HashMap<String, u16> = HashMap::new();
        let mut country = |iso: &str| -> u16 {
            if let Some(&i) = country_ix.get(iso) {
                return i;
            }
            countries.push(iso.to_string());
            let i = u16::try_from(countries.len() - 1).unwrap_or(u16::MAX);
            country_ix.insert(iso.to_string(), i);
            i
        };
        let mut skip: Vec<String> = Vec::new();
        let mut place_rows: Vec<(String, String, PlaceKind)> = Vec::new();
        for (line, cols) in data_lines(places) {
            if cols.len() != 3 {
                return Err(bad("places.tsv", line, "expected 3 tab-separated columns"));
            }
            let inst = Instrument::v1();
            let iso = cols[1].trim();
            if !inst.entity(iso).is_some_and(|e| e.kind == EntityKind::Country) {
                return Err(bad("places.tsv", line, format!("'{iso}' is not an ISO3 country code")));
            }
            let kind = match cols[2].trim() {
                "name" => PlaceKind::Name,
                "demonym" => PlaceKind::Demonym,
                "city" => PlaceKind::City,
                "us_place" => PlaceKind::UsPlace,
                "skip" => {
                    skip.push(cols[0].trim().to_ascii_lowercase());
                    continue;
                }
                k => return Err(bad("places.tsv", line, format!("unknown kind '{k}'"))),
            };
            place_rows.push((cols[0].trim().to_string(), iso.to_string(), kind));
        }
        for e in &Instrument::v1().entities {
            if e.kind != EntityKind::Country {
                continue;
            }
            // "Bolivia (Plurinational State of)" -> "Bolivia"; "China, Hong Kong ..." stays whole.
            let name = e.name.split(" (").next().unwrap_or(&e.name).trim();
            if skip.contains(&name.to_ascii_lowercase()) {
                continue;
            }
            let c = country(&e.id);
            b.add(name, Cue::Place { country: c, kind: PlaceKind::Name });
        }
        for (phrase, iso, kind) in &place_rows {
            let c = country(iso);
            b.add(phrase, Cue::Place { country: c, kind: *kind });
        }

        let mut gazetteer = Vec::new();
        for (line, cols) in data_lines(platforms) {
            if cols.len() != 3 {
                return Err(bad("platforms.tsv", line, "expected 3 tab-separated columns"));
            }
            let t = index_of(PLATFORM_TYPES, cols[1].trim())
                .ok_or_else(|| bad("platforms.tsv", line, format!("'{}' is not a platform type", cols[1])))?;
            let ix = u16::try_from(gazetteer.len()).map_err(|_| bad("platforms.tsv", line, "too many platforms"))?;
            // The name itself is matched only if listed among the aliases: "Line" or
            // "Indeed" alone would match ordinary words.
            let name = cols[0].trim();
            gazetteer.push(Platform { name: name.to_string(), platform_type: t, word_name: WORD_NAMES.contains(&name) });
            for alias in cols[2].split('|') {
                b.add(alias, Cue::Platform(ix));
            }
        }

        for (line, cols) in data_lines(cues) {
            if cols.len() != 3 {
                return Err(bad("cues.tsv", line, "expected 3 tab-separated columns"));
            }
            let value = cols[1].trim();
            let cue = match cols[0].trim() {
                "internet" => Cue::Internet(
                    index_of(PLATFORM_TYPES, value)
                        .ok_or_else(|| bad("cues.tsv", line, format!("'{value}' is not a platform type")))?,
                ),
                "domain" => Cue::Domain,
                "phone" => Cue::Phone,
                "negation" => Cue::Negation,
                "intent" => Cue::Intent,
                "advert" => Cue::Advert,
                "recruit" => Cue::Recruit,
                "approach" => Cue::Approach,
                "respond" => Cue::Respond,
                "job" => Cue::Job,
                "exploit" => Cue::Exploit,
                "logistic" => Cue::Logistic,
                "buyers" => Cue::Buyers,
                "minor" => Cue::Minor,
                "minor_weak" => Cue::MinorWeak,
                "minor_vague" => Cue::MinorVague,
                "foreign_weak" => Cue::ForeignWeak,
                "offline_group" => Cue::OfflineGroup,
                "adult" => Cue::Adult,
                "age_before" => Cue::AgeBefore,
                "age_after" => Cue::AgeAfter,
                "form" => {
                    let (label, strong) = match value.strip_suffix('?') {
                        Some(l) => (l, false),
                        None => (value, true),
                    };
                    Cue::Form {
                        label: index_of(FORMS, label).ok_or_else(|| bad("cues.tsv", line, format!("'{label}' is not a form")))?,
                        strong,
                    }
                }
                "means" => {
                    Cue::Means(index_of(MEANS, value).ok_or_else(|| bad("cues.tsv", line, format!("'{value}' is not a means")))?)
                }
                "female" => Cue::Female,
                "male" => Cue::Male,
                "pronoun_f" => Cue::PronounF,
                "foreign" => Cue::Foreign,
                "domestic" => Cue::Domestic,
                "third_party" => Cue::ThirdParty,
                "third_actor" => Cue::ThirdActor,
                "forced" => Cue::Forced,
                "offer" => Cue::Offer,
                "buyer_offer" => Cue::BuyerOffer,
                "movement" => Cue::Movement,
                "victim_noun" => Cue::VictimNoun,
                "offender_noun" => Cue::OffenderNoun,
                "offender_one" => Cue::OffenderOne,
                "number_word" => Cue::NumberWord,
                other => return Err(bad("cues.tsv", line, format!("unknown cue '{other}'"))),
            };
            for phrase in cols[2].split('|') {
                b.add(phrase, cue);
            }
        }

        b.inherit();
        let mut matcher = Matcher::default();
        for (i, phrase) in b.phrases.iter().enumerate() {
            let id = u32::try_from(i).map_err(|_| bad("cues.tsv", 0, "too many phrases"))?;
            let rules = &b.rules[i];
            if rules.iter().any(|r| r.left_free) {
                // "*.com": a word after a period makes a domain name of the word before.
                matcher.add_tld(phrase.trim_start_matches('.'), id);
            } else {
                matcher.add(phrase, rules.iter().any(|r| r.right_free), id);
            }
        }
        let phrase_cues = crate::rules::PhraseTable::new(&b.rules);
        Ok(Lexicon {
            matcher,
            rules: b.rules,
            phrase_cues,
            platforms: gazetteer,
            countries,
            towns: Towns::default(),
            country_codes: Vec::new(),
        }
        .indexed())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The inheritance as first written: every phrase searched in every other.
    fn inherit_reference(b: &mut Builder) {
        let lower: Vec<String> = b.phrases.iter().map(|p| p.to_ascii_lowercase()).collect();
        let mut added: Vec<(usize, CueRule)> = Vec::new();
        for i in 0..lower.len() {
            if shield(&b.rules[i]) {
                continue;
            }
            let Some(own) = b.rules[i].first().copied() else { continue };
            for j in 0..lower.len() {
                inherit_from(&lower, &b.rules, i, j, own, &mut added);
            }
        }
        for (i, rule) in added {
            if !b.rules[i].iter().any(|r| r.cue == rule.cue) {
                b.rules[i].push(rule);
            }
        }
    }

    #[test]
    fn inheritance_through_the_trie_is_the_same_as_searching_every_pair() {
        let mut fast = Builder::default();
        let cues = [Cue::Advert, Cue::Internet(2), Cue::Minor, Cue::Negation, Cue::Form { label: 0, strong: true }];
        // The bundled phrases, and a few that overlap in awkward ways.
        let mut phrases: Vec<String> = [CUES_TSV, PLATFORMS_TSV]
            .iter()
            .flat_map(|f| f.lines())
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').nth(2))
            .flat_map(|p| p.split('|'))
            .map(str::to_string)
            .collect();
        phrases.extend(["aa", "aaa", "a a", "a a a", "*.com", "x.com", "post*", "posted ads", "no post"].map(String::from));
        for (k, p) in phrases.iter().enumerate() {
            fast.add(p, cues[k % cues.len()]);
        }
        let mut slow = Builder { phrases: fast.phrases.clone(), by_key: fast.by_key.clone(), rules: fast.rules.clone() };
        fast.inherit();
        inherit_reference(&mut slow);
        let show = |b: &Builder| b.rules.iter().map(|r| format!("{r:?}")).collect::<Vec<_>>();
        assert_eq!(show(&fast), show(&slow));
        assert!(fast.rules.iter().map(Vec::len).sum::<usize>() > phrases.len(), "something was inherited");
    }

    #[test]
    fn the_bundled_lexicon_compiles() {
        let lex = Lexicon::bundled().expect("bundled data files are valid");
        assert!(lex.platforms.iter().any(|p| p.name == "Craigslist"));
        assert!(lex.countries.iter().any(|c| c == "USA"));
    }

    #[test]
    fn a_bad_line_names_its_file_and_line() {
        let cues = "# comment\ninternet\tunspecified\tonline\nform\tno_such_form\tfoo\n";
        match Lexicon::from_tsv(cues, "", "") {
            Err(CodeError::Lexicon { file, line, message }) => {
                assert_eq!((file.as_str(), line), ("cues.tsv", 3));
                assert!(message.contains("no_such_form"), "{message}");
            }
            other => panic!("expected a lexicon error, got {other:?}"),
        }
        match Lexicon::from_tsv("", "Foo\tnot_a_type\tfoo\n", "") {
            Err(CodeError::Lexicon { file, line, .. }) => assert_eq!((file.as_str(), line), ("platforms.tsv", 1)),
            other => panic!("expected a lexicon error, got {other:?}"),
        }
        match Lexicon::from_tsv("", "", "Atlantis\tXXA\tname\n") {
            Err(CodeError::Lexicon { file, .. }) => assert_eq!(file, "places.tsv"),
            other => panic!("expected a lexicon error, got {other:?}"),
        }
    }

    #[test]
    fn an_extended_lexicon_teaches_a_new_platform() {
        let platforms = format!("{PLATFORMS_TSV}Fanclub\tfreestanding_website\tFanclub|Fanclub.example\n");
        let lex = Lexicon::from_tsv(CUES_TSV, &platforms, PLACES_TSV).expect("valid");
        let c = crate::Coder::with_lexicon(lex).code("He advertised the victims on Fanclub.");
        assert_eq!(c.get("platforms").map(|v| v.labels().to_vec()), Some(vec!["Fanclub".to_string()]));
    }
}
