//! The rule core: finds every cue of the lexicon in one pass, groups the cues by sentence
//! and decides each variable of the scheme from them, keeping the spans it rests on.
//!
//! How each variable is decided (the cue names are those of `data/cues.tsv`):
//! - Negation and intent, for every variable (`mark_negation_scope`): a `negation` or
//!   `intent` cue ("no evidence of", "never", "planned to", "whether") reaches the rest of
//!   its clause (bare "no": its noun phrase); a cancelling clause ("..., but never did so",
//!   "but she refused") undoes the clause before it.
//! - `internet_used`: `yes` on any `internet`, platform or domain cue that no negation or
//!   intent reaches, and not someone else's (`third_party`: "the ministry's website", "came
//!   to light after ... a Facebook post", but not what the third party found); otherwise `no`
//!   (evidence: the `phone` cues, if any).
//! - `platform_types`, `platforms`: from the gazetteer and the typed `internet` cues;
//!   a longer phrase does not also count as the words inside it; a site given by its name
//!   or qualified by a sex word is a free-standing site; `unspecified` when nothing more
//!   specific is named, for a named service of no type (PayPal), or for an unnamed use of its
//!   own beside named ones ("met on the internet" + e-mails).
//! - `purposes`: read in the sentences that mention the internet, each act credited to an
//!   internet mention only when no other act, phone call or semicolon stands between them
//!   (`linked`): `advert` -> advertising (recruitment when it offers a job, or goes with
//!   online recruiting and offers nothing to buyers), `recruit`/`approach` -> recruitment
//!   (advertising when the approach offers sex to a buyer, `buyer_offer`), `exploit` (or a
//!   webcam) -> exploitation; a classified-ads or escort site with no other purpose ->
//!   advertising; `logistics` when none applies.
//! - `strategies`: fishing with advertising; hunting with an approach by the offenders
//!   (not victims or buyers writing to them, not talk with buyers or fellow offenders) that
//!   is not an answer to someone else's advertisement.
//! - `cyber_flow`: `yes` when an internet sentence also names another country (or a
//!   foreign cue) and the exploitation or the buyers are online.
//! - `forms`, `means`, `victim_sex`: every non-negated cue; weak form cues need support.
//! - `victims_minor`: a `minor` cue (not someone's own children, not "18 U.S.C.") or an age
//!   under 18 (also "the victims were 17"); `no` on an `adult` cue or only adult ages;
//!   `unknown` otherwise.
//! - `victims_total`, `offenders_total`: a number right before a victim / offender noun.
//! - `border`, relative to the case's home country (the country of its court; USA when not
//!   given): `cross_border` on a `foreign` cue or a country other than home named (a US
//!   state is in the USA, so abroad for a case of another country), or on foreign nationals
//!   (a demonym, or a city abroad) with a `movement` cue ("flown to"); `domestic` on a
//!   `domestic` cue ("across state lines") or a home place with no sign of a border;
//!   `unknown` otherwise.
//! - `countries`: every place named, in order of first mention.

use tipdata_model::coding::{CodedValue, VarKind, FORMS, MEANS, PLATFORM_TYPES, PURPOSES, SCHEME};

use crate::lexicon::{Cue, CueRule, Lexicon, PlaceKind};
use crate::matcher::Found;
use crate::proposal::{decimal, variable_index, Proposal};
use crate::text::{at_most_words, number_value, sentence_ends, word_after, word_before, word_span_after};

/// The home country of a case whose country is not given: the case-law file is of US
/// cases. Another country named is abroad.
pub const DEFAULT_HOME_COUNTRY: &str = "USA";

/// The platform type of an unnamed mention ("the internet", "online", "a website").
const UNSPECIFIED: u8 = 8;
/// The platform types `messaging_app` and `webcam_livestream`.
const MESSAGING: u8 = 1;
const WEBCAM: u8 = 5;
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
    spans: SpanSlots,
    /// The matcher's buffers.
    pub matched: crate::matcher::Buffers,
    /// Where the sentences end (byte offsets, ascending).
    pub sentence_ends: Vec<usize>,
    /// The hits of each kind of cue (see [`KindIndex`]).
    index: KindIndex,
    /// The indexes of the hits of several kinds, in text order (see [`KindIndex::select`]).
    selected: Vec<u32>,
    /// `propose`'s lists, kept from one summary to the next (cleared, not reallocated).
    lists: Lists,
    /// The sentences' ends as [`hits_of`] steps through them (the last one `usize::MAX`).
    bounds: Vec<usize>,
    /// The spans of the lexicon's places, and the towns read outside them.
    taken: Vec<(usize, usize)>,
    towns: Vec<crate::towns::TownHit>,
    /// The learned layer's buffers.
    pub(crate) layer: crate::learn::LayerScratch,
}

/// The lists [`propose`] fills for each summary (see there), kept in [`Scratch`] so that
/// they allocate only while they grow: cleared at its start (the lists of references are
/// taken and given back, see [`recycle`]).
#[derive(Debug, Default)]
struct Lists {
    net_sentences: Vec<u32>,
    type_spans: Vec<(u8, usize, usize)>,
    name_spans: Vec<(usize, usize, usize)>,
    net_spans: Vec<(usize, usize)>,
    own_ad_sentences: Vec<u32>,
    sex_online: Vec<(usize, usize)>,
    weak: [Vec<(usize, usize)>; 7],
    minor_spans: Vec<(usize, usize)>,
    adult_spans: Vec<(usize, usize)>,
    weak_minor_spans: Vec<(usize, usize)>,
    /// The sentences that name a victim, as bits (sentence `i`: bit `i % 64` of word `i / 64`).
    victim_sentences: Vec<u64>,
    /// The buffers of the lists of hits (`Vec<&Hit>`) and of names (`Vec<&str>`), empty
    /// (see [`recycle`]).
    hit_lists: [Vec<usize>; 10],
    name_lists: [Vec<(usize, usize)>; 2],
}

/// An empty `Vec<U>` on the buffer of `v`: std's in-place collect keeps the buffer when the
/// items have the same size and alignment (`&Hit` and `usize`, `&str` and `(usize, usize)`),
/// so that `propose`'s lists of references need no allocation once grown (the test
/// `recycled_lists_keep_their_buffer` checks it).
fn recycle<T, U>(mut v: Vec<T>) -> Vec<U> {
    v.clear();
    v.into_iter().filter_map(|_| None).collect()
}

/// The number of kinds of cue ([`cue_bit`]).
const KINDS: usize = 40;

/// [`KindIndex::select`] merges several kinds in a bitmap of this many 64-bit words, for
/// texts of up to 64 times as many hits (longer ones are sorted).
const SELECT_WORDS: usize = 16;

/// The index of a kind of cue: the bit of [`cue_bit`].
fn kind(c: Cue) -> usize {
    cue_bit(c).trailing_zeros() as usize
}

/// The hits of each kind of cue, as indexes into the hits (ascending, so in text order):
/// built in one pass, so that each decision reads only the hits of its kinds instead of a
/// pass over all of them (a summary has about a hundred hits of tens of kinds).
#[derive(Debug, Clone)]
pub(crate) struct KindIndex {
    /// The hits' indexes, by kind.
    idx: Vec<u32>,
    /// Where each kind's indexes start in `idx` (and end: the next kind's start). Sized to
    /// a power of two so that an index masked by `KIND_MASK` needs no bounds check.
    start: [u32; START_LEN],
    /// The number of hits indexed.
    n: usize,
    /// The bits ([`cue_bit`]) of the kinds present.
    mask: u64,
    /// The kind of each hit, then [`NO_KIND`] to the next multiple of 64 (at least; past it
    /// stale): [`KindIndex::select`] reads them 32 at a time.
    kinds: Vec<u8>,
}

/// No kind of cue (above every kind): the padding of [`KindIndex::kinds`].
const NO_KIND: u8 = 63;

/// The length of [`KindIndex::start`]: more than [`KINDS`], a power of two.
const START_LEN: usize = 64;
/// Masks a kind into [`KindIndex::start`] (a no-op on a kind, which is below [`KINDS`]).
const KIND_MASK: usize = START_LEN - 1;
const _: () = assert!(KINDS < START_LEN && START_LEN.is_power_of_two());

impl Default for KindIndex {
    fn default() -> Self {
        KindIndex { idx: Vec::new(), start: [0; START_LEN], n: 0, mask: 0, kinds: Vec::new() }
    }
}

impl KindIndex {
    /// Indexes `hits` (a counting sort by kind, stable); `scan` does it once it has made the
    /// hits (see [`hits_of`]).
    #[inline]
    fn build(&mut self, hits: &[Hit]) {
        self.n = hits.len();
        // (Grown as needed, never cleared: every index below `hits.len()` is written below,
        // and the runs read no further.)
        if self.idx.len() < hits.len() {
            self.idx.resize(hits.len(), 0);
        }
        // (The kinds: grown as needed to 64 past the hits, the 64 after them padded.)
        if self.kinds.len() < hits.len() + 64 {
            self.kinds.resize(hits.len() + 64, NO_KIND);
        }
        if let Some(pad) = self.kinds.get_mut(hits.len()..hits.len() + 64) {
            pad.fill(NO_KIND);
        }
        let mut counts = [0u32; START_LEN];
        let mut mask = 0u64;
        for (slot, h) in self.kinds.iter_mut().zip(hits) {
            let k = kind(h.cue);
            *slot = k as u8;
            counts[k & KIND_MASK] += 1;
            mask |= 1 << k;
        }
        self.mask = mask;
        // The end of each kind's indexes, then (as each kind's cursor steps down from its
        // end while the hits are placed from the last) their start.
        let start = &mut self.start;
        let mut sum = 0;
        for (s, &c) in start[..=KINDS].iter_mut().zip(&counts) {
            sum += c;
            *s = sum;
        }
        for (i, h) in hits.iter().enumerate().rev() {
            let k = kind(h.cue) & KIND_MASK;
            start[k] -= 1;
            self.idx[start[k] as usize] = i as u32;
        }
    }

    /// The indexes of the hits of kind `c` (whatever its fields), ascending.
    fn of(&self, c: Cue) -> &[u32] {
        let k = kind(c);
        &self.idx[self.start[k] as usize..self.start[k + 1] as usize]
    }

    /// The indexes of the hits of the kinds of `mask` ([`cue_bit`]s) into `out`, ascending.
    fn select(&self, mask: u64, out: &mut Vec<u32>) {
        out.clear();
        let m = mask & self.mask;
        if m & m.wrapping_sub(1) == 0 {
            // One kind (or none): its run is in order already.
            if m != 0 {
                out.extend_from_slice(self.run(m.trailing_zeros() as usize));
            }
            return;
        }
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: AVX2 is available (checked just above).
            unsafe { self.select_avx2(m, out) };
            return;
        }
        self.select_several(m, out);
    }

    /// [`KindIndex::select`] of two kinds or more (`m`, present) with AVX2: the hits' kinds
    /// read 32 at a time, each looked up in the kinds of `m` (a table of one byte a kind, by
    /// `pshufb` on its low four bits, chosen by its high two), the hits found as the bits
    /// of a 64-bit word, read back in order. No branch on a kind or a hit.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn select_avx2(&self, m: u64, out: &mut Vec<u32>) {
        use std::arch::x86_64::*;
        // Table j: byte l all ones if kind 16 j + l is in `m`.
        let spread = _mm_setr_epi8(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1);
        let bit = _mm_setr_epi8(1, 2, 4, 8, 16, 32, 64, -128, 1, 2, 4, 8, 16, 32, 64, -128);
        let table = |j: u32| {
            let sixteen = _mm_set1_epi16((m >> (16 * j)) as u16 as i16);
            let bytes = _mm_and_si128(_mm_shuffle_epi8(sixteen, spread), bit);
            _mm256_broadcastsi128_si256(_mm_cmpeq_epi8(bytes, bit))
        };
        let tables = [table(0), table(1), table(2), table(3)];
        let low4 = _mm256_set1_epi8(0x0F);
        let found = |block: &[u8]| {
            let Ok(block) = <&[u8; 32]>::try_from(block) else { return 0 };
            // SAFETY: `block` has 32 bytes.
            let v = unsafe { _mm256_loadu_si256(block.as_ptr().cast::<__m256i>()) };
            let lo = _mm256_and_si256(v, low4);
            let hi = _mm256_and_si256(_mm256_srli_epi16::<4>(v), low4);
            let mut r = _mm256_setzero_si256();
            for (j, t) in tables.iter().enumerate() {
                let here = _mm256_cmpeq_epi8(hi, _mm256_set1_epi8(j as i8));
                r = _mm256_or_si256(r, _mm256_and_si256(_mm256_shuffle_epi8(*t, lo), here));
            }
            u64::from(_mm256_movemask_epi8(r) as u32)
        };
        let words = self.n.div_ceil(64);
        for (w, block) in self.kinds[..words * 64].chunks_exact(64).enumerate() {
            let mut x = found(&block[..32]) | found(&block[32..]) << 32;
            while x != 0 {
                out.push((w * 64) as u32 + x.trailing_zeros());
                x &= x - 1;
            }
        }
    }

    /// [`KindIndex::select`] of two kinds or more (`m`, present), without AVX2.
    fn select_several(&self, mut m: u64, out: &mut Vec<u32>) {
        let words = self.n.div_ceil(64);
        if words > SELECT_WORDS {
            // (A very long text: the runs, merged by the stable sort's run detection.)
            while m != 0 {
                out.extend_from_slice(self.run(m.trailing_zeros() as usize));
                m &= m - 1;
            }
            out.sort();
            return;
        }
        // Several kinds: their indexes as the bits of a bitmap of the hits, read back in
        // order (no comparison, no mispredicted branch of a merge or a sort).
        let mut bits = [0u64; SELECT_WORDS];
        let mut total = 0;
        while m != 0 {
            let run = self.run(m.trailing_zeros() as usize);
            m &= m - 1;
            total += run.len();
            for &i in run {
                bits[i as usize / 64] |= 1 << (i % 64);
            }
        }
        out.reserve(total);
        for (w, &word) in bits[..words].iter().enumerate() {
            let mut x = word;
            while x != 0 {
                out.push((w * 64) as u32 + x.trailing_zeros());
                x &= x - 1;
            }
        }
    }

    /// The indexes of the hits of kind `k` (an index of [`kind`]), ascending.
    fn run(&self, k: usize) -> &[u32] {
        &self.idx[self.start[k] as usize..self.start[k + 1] as usize]
    }
}

/// Every cue of the lexicon in `text`, in text order, with their sentence index, into
/// `scratch.hits` (and indexed by kind); the sentences' ends into `scratch.sentence_ends`.
pub fn scan(lex: &Lexicon, text: &str, scratch: &mut Scratch) {
    lex.matcher.scan(text, &mut scratch.matched);
    sentence_ends(text, &scratch.matched.terms, &mut scratch.sentence_ends);
    hits_of(
        &lex.rules,
        &lex.phrase_cues,
        &scratch.matched.found,
        &scratch.sentence_ends,
        &mut scratch.bounds,
        &mut scratch.hits,
        &mut scratch.index,
    );
    let hits = &mut scratch.hits;
    debug_assert!(hits.windows(2).all(|w| w[0].sentence <= w[1].sentence), "in_sentence relies on this");
    scratch.index.select(cue_bit(Cue::Negation) | cue_bit(Cue::Intent), &mut scratch.selected);
    mark_negation_scope(text, hits, &scratch.selected);
    // A platform whose name is also a word ("confirmed the arrival by telegram": the postal
    // service) is the platform only where the text writes the name with its capital, when
    // the name ends the phrase ("by telegram"; "telegram channel" is the app in any case).
    for &k in scratch.index.of(Cue::Platform(0)) {
        let h = &mut hits[k as usize];
        if let Cue::Platform(p) = h.cue {
            if let Some(name) = lex.platforms.get(p as usize).filter(|pl| pl.word_name).map(|pl| pl.name.as_str()) {
                let span = &text[h.start..h.end];
                let last = &span[span.len().saturating_sub(name.len())..];
                if last.eq_ignore_ascii_case(name) {
                    h.negated |= !(last == name || last.bytes().all(|c| !c.is_ascii_lowercase()));
                }
            }
        }
    }
}

/// The cues of one phrase as [`hits_of`] makes its hits: a flat record per phrase id, so
/// that a match's hits are two copies with no look-up of a list and no branch on its length
/// (13% of matches have two rules or more, a mispredicted branch each).
/// (16 bytes, aligned: a record's address is the id shifted.)
#[derive(Debug, Clone, Copy)]
#[repr(align(16))]
struct PhraseCues {
    /// The phrase's first two cues (a phrase of one cue repeats it: the second copy is
    /// written but not kept).
    cues: [Cue; 2],
    /// How many of `cues` are the phrase's (0 to 2).
    n: u8,
    /// The phrase has more than two cues (the rest are read from its rules).
    more: bool,
}

/// The cues of every phrase (by phrase id) as [`hits_of`] makes its hits (see
/// [`PhraseCues`]).
#[derive(Debug, Clone)]
pub(crate) struct PhraseTable {
    phrases: Vec<PhraseCues>,
    /// The most cues of a phrase, and at least two: `hits_of` makes room for this many a
    /// match.
    most: usize,
}

impl PhraseTable {
    /// The table of `rules` (the cues of each phrase, by phrase id).
    pub(crate) fn new(rules: &[Vec<CueRule>]) -> PhraseTable {
        let phrases = rules
            .iter()
            .map(|r| {
                // (A phrase with no cue makes no hit: its cues are never kept.)
                let first = r.first().map_or(Cue::Domain, |r| r.cue);
                PhraseCues { cues: [first, r.get(1).map_or(first, |r| r.cue)], n: r.len().min(2) as u8, more: r.len() > 2 }
            })
            .collect();
        PhraseTable { phrases, most: rules.iter().map(Vec::len).fold(2, usize::max) }
    }
}

/// The hits of the matches `found` (the cues of `rules`, by phrase, also as `table`), in
/// text order, with their sentence index (`ends`: the sentences' ends) into `hits`, indexed
/// by kind into `index`.
/// Its own function so that the buffers (`&mut`, so not aliased) stay in registers.
/// (`bounds`: a buffer, for `ends` with the last one made `usize::MAX`.)
#[inline(never)]
fn hits_of(
    rules: &[Vec<CueRule>],
    table: &PhraseTable,
    found: &[Found],
    ends: &[usize],
    bounds: &mut Vec<usize>,
    hits: &mut Vec<Hit>,
    index: &mut KindIndex,
) {
    // A hit's sentence is the first whose end is past its start, or the last: the ends
    // with the last made `usize::MAX`, so that no step passes it.
    bounds.clear();
    bounds.extend_from_slice(ends);
    match bounds.last_mut() {
        Some(last) => *last = usize::MAX,
        None => bounds.push(usize::MAX),
    }
    let bounds = &bounds[..];
    let mut si = 0usize;
    // The end of sentence `si`.
    let mut end = bounds[0];
    // The hits are written into `hits`' spare room, two for every match (the second kept
    // or overwritten by the next match's), `made` of them kept. Room for the most a match
    // can make: `made` is at most `table.most` a match before it.
    let most = table.most;
    hits.clear();
    hits.reserve(found.len() * most);
    let out = hits.as_mut_ptr();
    // Where the next hit goes (`made` is its distance from `out`).
    let mut at = out;
    for m in found {
        let (s, e) = (m.start, m.end);
        // Most hits are in the sentence of the one before, or the next: that step is taken
        // without a branch (a mispredicted one at each sentence's first hit), the rare
        // further ones (sentences without a hit) by the loop.
        si += usize::from(end <= s);
        end = bounds.get(si).copied().unwrap_or(usize::MAX);
        while end <= s {
            si += 1;
            end = bounds.get(si).copied().unwrap_or(usize::MAX);
        }
        let Some(p) = table.phrases.get(m.id as usize) else { continue };
        let hit = |cue| Hit { start: s, end: e, cue, sentence: si as u32, negated: false };
        // SAFETY: `made + 2` is within the room reserved: before this match `made` is at
        // most `most` times the matches before it, and `most >= 2`.
        unsafe {
            at.write(hit(p.cues[0]));
            at.add(1).write(hit(p.cues[1]));
            at = at.add(usize::from(p.n));
        }
        if p.more {
            // (The phrase's other cues, at most `most - 2` of them.)
            for r in &rules[m.id as usize][2..] {
                // SAFETY: as above, `made` stays within `most` of this match's start.
                unsafe {
                    at.write(hit(r.cue));
                    at = at.add(1);
                }
            }
        }
    }
    // SAFETY: `at` is `out` or after it in the same allocation (as above).
    let made = unsafe { at.offset_from(out) } as usize;
    // SAFETY: the first `made` hits are written (each match's kept ones follow the ones
    // before), within the room reserved.
    unsafe { hits.set_len(made) };
    // The hits by kind, for the negations and every decision of `propose` (marking negated
    // hits changes no kind).
    index.build(hits);
}

/// Marks every hit that a negation or intent cue reaches (`Hit::negated`). The rule is one
/// for every variable: a negation ("never", "did not", "no evidence", "without") or an
/// intent ("planned to", "whether") reaches forward to the end of its clause (see
/// [`clause_scope`]), at most [`NEGATION_REACH`] bytes; the bare determiner "no", "instead
/// of" and "rather than" reach only their phrase ("had no website and posted ads online":
/// the ads were posted). A
/// cancelling phrase ("but never did so", "but she refused", "which never happened")
/// reaches back over the clause before it: what that clause says was discussed, offered or
/// threatened did not happen.
fn mark_negation_scope(text: &str, hits: &mut [Hit], negations: &[u32]) {
    // Each negation or intent hit in turn (`negations`: their indexes, ascending).
    for &i in negations {
        let i = i as usize;
        let n = hits[i];
        let phrase = &text[n.start..n.end];
        // "planned to advertise them online, and he did so": a plan carried out is coded
        // (conventions C4).
        if n.cue == Cue::Intent && (intent_carried_out(text, n.end) || habitual(text, n.start, n.end)) {
            continue;
        }
        // "not only on Facebook but also on Instagram" negates nothing.
        if phrase.len() == 3
            && phrase.eq_ignore_ascii_case("not")
            && word_after(text, n.end).is_some_and(|(_, w)| w.eq_ignore_ascii_case("only"))
        {
            continue;
        }
        // "advertisements for flats that did not exist on MercadoLibre and OLX": what did not
        // exist is the thing before it, not the mentions after.
        // ("a woman she did not know sent her a message on Facebook Messenger", "a man she had
        // never met": whom she did not know, not what followed.)
        // (The verb itself stays negated: "a cousin she had never met" met no one.)
        if matches!(phrase.len(), 5..=8) {
            let after = word_after(text, n.end);
            let verb = |words: &[&str]| after.is_some_and(|(_, w)| words.iter().any(|x| w.eq_ignore_ascii_case(x)));
            let not = ["did not", "does not", "do not"].iter().any(|x| phrase.eq_ignore_ascii_case(x));
            if (not && verb(&["exist", "exists", "know"])) || (phrase.eq_ignore_ascii_case("never") && verb(&["met", "seen"])) {
                if let Some((e, _)) = after {
                    for h in hits[i + 1..].iter_mut().take_while(|h| h.start < e) {
                        h.negated = true;
                    }
                }
                continue;
            }
        }
        // The hits after it in its sentence, within reach.
        let after = hits[i + 1..]
            .iter()
            .position(|h| h.sentence != n.sentence || h.start > n.end + NEGATION_REACH)
            .map_or(hits.len(), |p| i + 1 + p);
        // ("The court rejected this, finding that he had advertised them online": a refutation
        // of the sentence before negates nothing after it.)
        let refutes_before = REFUTES_THE_CLAIM_BEFORE.iter().any(|x| phrase.eq_ignore_ascii_case(x));
        if after > i + 1 && !refutes_before {
            // "no", "instead of", "rather than" negate a noun or verb phrase, not a clause
            // ("where instead of cleaning jobs they were made to offer sexual services").
            // ("at no point did he use the internet", "at no time": the whole clause.)
            let short = matches!(phrase.len(), 2 | 10 | 11)
                && ["no", "instead of", "rather than"].iter().any(|x| phrase.eq_ignore_ascii_case(x))
                && !word_after(text, n.end)
                    .is_some_and(|(_, w)| ["point", "time", "stage", "moment", "way"].iter().any(|x| w.eq_ignore_ascii_case(x)));
            let scope = if short {
                Scope { end: noun_phrase_end(text, n.end), asides: [(0, 0); 2] }
            } else {
                clause_scope(text, &hits[i + 1..after], n.end, subordinator(phrase))
            };
            // (Each hit's mark worked out and ORed in, with no branch on it.) An intention
            // leaves who the victims are and their ages as they are: "had drafted an
            // advertisement offering the daughter" planned no daughter.
            // (Not a doubt or a threat: "some of them probably minors", "threatened to report her
            // to child protective services".)
            let intent = n.cue == Cue::Intent
                && !["probabl", "possibl", "perhaps", "whether", "consider", "threat", "left open", "could not", "did not"]
                    .iter()
                    .any(|w| starts_ci(phrase, w));
            for h in &mut hits[i + 1..after] {
                let kept = intent & age_or_minor(h.cue);
                h.negated |= (h.start >= n.end) & scope.reaches(h.start) & !kept;
            }
            if !short && scope.end == usize::MAX {
                negate_or_continuation(text, hits, i, after);
            }
        }
        if n.cue == Cue::Negation {
            refuted_claim(text, hits, i, after);
            refuted_subject(text, hits, i);
            undone_sentence_before(text, hits, i, after);
            if refutes_before {
                refuted_sentence_before(text, hits, i);
            }
            never_published(text, hits, i);
            disowned_post(text, hits, i);
        }
        if let Some(at) = (n.cue == Cue::Negation).then(|| reaches_back(text, n.start, n.end)).flatten() {
            let lo = clause_before(text, at);
            for h in hits[..i].iter_mut().rev() {
                if h.sentence != n.sentence || h.start < lo {
                    break;
                }
                // (What was undone leaves who the victims are and their ages as they are: "had
                // drafted an advertisement offering the daughter ..., but were arrested before
                // it was placed".)
                h.negated |= !age_or_minor(h.cue);
            }
        }
    }
}

/// A cue of who the victims are by age (minor words, "adults", stated ages): what an
/// intention or an undoing leaves as it is.
fn age_or_minor(c: Cue) -> bool {
    matches!(c, Cue::Minor | Cue::MinorWeak | Cue::MinorVague | Cue::Adult | Cue::AgeBefore | Cue::AgeAfter)
}

/// The rest of the sentence after an intention says it was carried out ("and did so",
/// "which he did").
fn intent_carried_out(text: &str, from: usize) -> bool {
    let rest = window(text, from, from + 200);
    let rest = &rest[..rest.find('.').unwrap_or(rest.len())];
    // (One search for the verb first: most intentions are not followed by one.)
    let Some(k) = find_bytes(rest.as_bytes(), b" did") else {
        return false;
    };
    let low = window(rest, k.saturating_sub(12), rest.len()).to_ascii_lowercase();
    // "but there was no evidence that he did so", "but he was arrested before he did so": not
    // carried out.
    let denied = window(rest, k.saturating_sub(40), k).to_ascii_lowercase();
    has_any(
        low.as_bytes(),
        [
            b"and did so",
            b"he did so",
            b"she did so",
            b"they did so",
            b"did just that",
            b"which he did",
            b"which she did",
            b"which they did",
        ],
    ) && !has_any(denied.as_bytes(), [b"no evidence", b"no proof", b"no indication", b"not ", b"never", b"nothing", b"before "])
}

/// "would post" of a habit ("he would post ads for them every night"), not of a condition
/// or a threat ("if she refused he would post her photographs"): a habit is coded (C4).
fn habitual(text: &str, start: usize, end: usize) -> bool {
    if !text[start..end].get(..6).is_some_and(|w| w.eq_ignore_ascii_case("would ")) {
        return false;
    }
    let before = window(text, start.saturating_sub(120), start).to_ascii_lowercase();
    let before = &before[before.rfind(". ").map_or(0, |i| i + 2)..];
    let after = window(text, end, end + 120).to_ascii_lowercase();
    let after = &after[..find_bytes(after.as_bytes(), b". ").unwrap_or(after.len())];
    let sentence = [before, after];
    // (Both tests are pure: the one that fails most often, a word of habit, first. Beginning
    // with a word of the second list, "if " included, is holding it.)
    sentence.iter().any(|t| {
        has_any(t.as_bytes(), [b"every ", b"each ", b"daily", b"nightly", b"regularly", b"routinely", b"usually", b"often"])
    }) && !sentence.iter().any(|t| has_any(t.as_bytes(), [b" if ", b"if ", b"unless", b"threat", b"warned", b"told ", b"said "]))
}

/// A negation whose clause runs on past its reach through "or" ("no evidence that he had
/// posted advertisements for the victim online or communicated about her on social media"):
/// the internet mentions of that clause, up to twice the reach, are negated too, when
/// nothing between the negation and them ends the clause (a comma, semicolon, colon or
/// "but") and an "or" or "nor" joins them to it.
fn negate_or_continuation(text: &str, hits: &mut [Hit], i: usize, after: usize) {
    let n = hits[i];
    for h in hits[after..].iter_mut() {
        if h.sentence != n.sentence || h.start > n.end + 2 * NEGATION_REACH {
            break;
        }
        if !is_net(h.cue) || h.start < n.end {
            continue;
        }
        let gap = text[n.end..h.start].to_ascii_lowercase();
        // ("no evidence that the accused had written, placed or paid for the women's
        // advertisements on an erotic website": the commas of a list before its "or".)
        let last_or = gap.rfind(" or ").or_else(|| gap.rfind(" nor "));
        let comma_after = last_or.map_or(gap.contains(','), |k| gap[k..].contains(','));
        if comma_after || gap.contains([';', ':']) || gap.contains(" but ") {
            break;
        }
        if last_or.is_some() {
            h.negated = true;
        }
    }
}

/// A claim refuted at the opening of the next sentence: "On appeal he maintained that the
/// workers had answered an advertisement he had posted on a job portal. The Chamber rejects
/// this: ..."; "The Prosecutor's Office maintained that the accused published advertisements
/// for the victims on the escort website Skokka. The court does not find this proven"; or of
/// the next clause, after a semicolon: "The defence submitted that the men had found the jobs
/// through an online advertisement; the court rejected this". The mentions after the claim
/// verb are not findings (C4). `hits[i]` is one of [`REFUTES_THE_CLAIM_BEFORE`].
fn refuted_sentence_before(text: &str, hits: &mut [Hit], i: usize) {
    let n = hits[i];
    let b = text.as_bytes();
    // The refutation opens its sentence or its clause: its subject ("The court", "The
    // Chamber") and no other clause mark between the full stop or semicolon and it.
    // (", but the trial court rejected that allegation": a "but" after a comma opens the
    // clause too.)
    let but = |k: usize| b[k] == b',' && b.len() >= k + 6 && b[k + 1..k + 6].eq_ignore_ascii_case(b" but ");
    // (Within 90 bytes: "; no e-mails were produced and the court held this allegation not proved".)
    let Some(mark) = (n.start.saturating_sub(90)..n.start).rev().find(|&k| matches!(b[k], b'.' | b';') || but(k)) else {
        return;
    };
    let skip = if but(mark) { 5 } else { 1 };
    if b[mark + skip..n.start].iter().any(|&c| matches!(c, b',' | b':')) {
        return;
    }
    let same_sentence = b[mark] != b'.';
    if !same_sentence && n.sentence == 0 {
        return;
    }
    // The sentence before, or the sentence's clauses before the semicolon (at most 400
    // bytes), says who claimed it.
    let start = (mark.saturating_sub(400)..mark).rev().find(|&k| b[k] == b'.').map_or(mark.saturating_sub(400), |k| k + 1);
    let Some(claim) = word_in(b, start, mark, &CLAIM_VERBS) else { return };
    // (Only the claimed use of the internet: "argued that apprenticeship without pay is
    // customary. The Court of Appeal rejected this" leaves the work unpaid.)
    let first = if same_sentence { n.sentence } else { n.sentence - 1 };
    for h in hits[..i].iter_mut().rev() {
        if h.sentence < first || h.start < claim {
            break;
        }
        if h.end <= mark && (is_net(h.cue) || matches!(h.cue, Cue::Advert | Cue::Recruit | Cue::Approach | Cue::Job)) {
            h.negated = true;
        }
    }
}

/// Predicates that open a sentence refuting the claim of the sentence before.
const REFUTES_THE_CLAIM_BEFORE: [&str; 21] = [
    "no evidence of any such",
    "did not rely on the internet allegation",
    "did not rely on this allegation",
    "did not rely on that allegation",
    "did not rely on the allegation",
    "held this allegation not proved",
    "held that allegation not proved",
    "found this allegation not proved",
    "found that allegation not proved",
    "rejects this",
    "rejected this",
    "rejects that",
    "rejected that",
    "does not find this proven",
    "did not find this proven",
    "does not find this proved",
    "did not find this proved",
    "does not accept this",
    "did not accept this",
    "does not accept that",
    "did not accept that",
];

/// The verbs of a party's claim, which the court may then refute.
const CLAIM_VERBS: [&str; 7] = ["maintained", "alleged", "argued", "claimed", "contended", "asserted", "submitted"];

/// Where in `b[start..end]` the first of `words` (tried in their order, ASCII case ignored)
/// begins after a space: the byte of that space.
fn word_in(b: &[u8], start: usize, end: usize, words: &[&str]) -> Option<usize> {
    words.iter().find_map(|w| {
        (start..end.saturating_sub(w.len()))
            .find(|&k| b[k] == b' ' && b[k + 1..k + 1 + w.len()].eq_ignore_ascii_case(w.as_bytes()))
    })
}

/// A sentence opening with "But" whose negation cancels an advertisement ("... had written an
/// advertisement for her for Vivastreet ... But you were arrested before any advertisement was
/// placed"): the advertising and internet mentions of the sentence before did not happen
/// either. Only when the sentence before has an advertising cue of its own.
fn undone_sentence_before(text: &str, hits: &mut [Hit], i: usize, after: usize) {
    let n = hits[i];
    if n.sentence == 0 || !hits[i + 1..after].iter().any(|h| h.negated && h.cue == Cue::Advert) {
        return;
    }
    let b = text.as_bytes();
    let Some(stop) = (0..n.start).rev().find(|&k| matches!(b[k], b'.' | b'!' | b'?')) else { return };
    let opening = text[stop + 1..n.start].trim_start().as_bytes();
    if !(opening.len() > 4 && opening[..4].eq_ignore_ascii_case(b"but ")) {
        return;
    }
    if !hits[..i].iter().any(|h| h.sentence + 1 == n.sentence && h.cue == Cue::Advert) {
        return;
    }
    negate_ads_in(&mut hits[..i], n.sentence - 1);
}

/// "the advertisement was never published", "no such advertisement was ever posted": an
/// advertisement, page or account named as the subject of an undoing ("published", "posted",
/// "placed", "put online", "activated") was never made public, so the advertising and
/// internet mentions before it in its sentence did not happen.
fn never_published(text: &str, hits: &mut [Hit], i: usize) {
    let n = hits[i];
    let phrase = &text[n.start..n.end];
    let undoing = ["published", "posted", "placed", "put online", "activated"].iter().any(|u| ends_ci(phrase, u));
    let no_such = phrase.eq_ignore_ascii_case("no such");
    if !undoing && !no_such {
        return;
    }
    const NOUNS: &[&str] = &[
        "advertisement",
        "advertisements",
        "ad",
        "ads",
        "advert",
        "adverts",
        "page",
        "account",
        "profile",
        "listing",
        "post",
        // "the account on the portal never having been activated"
        "portal",
        "site",
        "website",
    ];
    let subject = if no_such {
        // "no such advertisement was ever posted"
        word_after(text, n.end).is_some_and(|(e, w)| {
            NOUNS.iter().any(|x| w.eq_ignore_ascii_case(x))
                && window(text, e, e + 40)
                    .split(['.', ',', ';'])
                    .next()
                    .is_some_and(|t| ["posted", "published", "placed", "put online", "activated"].iter().any(|u| t.contains(u)))
        })
    } else {
        // "the advertisement was never published", "the page had never been activated"
        let mut at = n.start;
        let mut found = false;
        for _ in 0..3 {
            let Some((s, w)) = word_before(text, at) else { break };
            if NOUNS.iter().any(|x| w.eq_ignore_ascii_case(x)) {
                found = true;
                break;
            }
            if !["was", "were", "had", "has", "been", "the", "it"].iter().any(|x| w.eq_ignore_ascii_case(x)) {
                break;
            }
            at = s;
        }
        found
    };
    if !subject {
        return;
    }
    negate_ads_before(hits, i);
    if no_such {
        for h in hits[i + 1..].iter_mut() {
            if h.sentence != n.sentence {
                break;
            }
            if h.cue == Cue::Advert {
                h.negated = true;
            }
        }
    }
}

/// Marks the advertising and internet mentions before hit `i` in its sentence as negated.
fn negate_ads_before(hits: &mut [Hit], i: usize) {
    let si = hits[i].sentence;
    negate_ads_in(&mut hits[..i], si);
}

/// Marks the advertising and internet mentions of sentence `si` among `hits` (in text order,
/// none past that sentence) as negated, reading back from the end.
fn negate_ads_in(hits: &mut [Hit], si: u32) {
    for h in hits.iter_mut().rev().skip_while(|h| h.sentence > si) {
        if h.sentence < si {
            break;
        }
        if h.cue == Cue::Advert || is_net(h.cue) {
            h.negated = true;
        }
    }
}

/// "neither defendant had anything to do with that post", "no connection with the forum":
/// the post, forum or site named before in the sentence was someone else's (a buyer's, a
/// third party's), so its internet and advertising mentions are not the offenders'.
fn disowned_post(text: &str, hits: &mut [Hit], i: usize) {
    let n = hits[i];
    let phrase = &text[n.start..n.end];
    if !["to do with", "connection with", "connection to", "unconnected to", "unconnected with"]
        .iter()
        .any(|x| ends_ci(phrase, x))
    {
        return;
    }
    let Some((e, det)) = word_after(text, n.end) else { return };
    if !["that", "the", "this", "those", "these", "any"].iter().any(|x| det.eq_ignore_ascii_case(x)) {
        return;
    }
    let thing = word_after(text, e).is_some_and(|(_, w)| {
        [
            "post",
            "posts",
            "forum",
            "site",
            "website",
            "page",
            "advertisement",
            "advertisements",
            "ad",
            "ads",
            "account",
            "profile",
            "review",
            "reviews",
        ]
        .iter()
        .any(|x| w.eq_ignore_ascii_case(x))
    });
    if !thing {
        return;
    }
    negate_ads_before(hits, i);
}

/// A claim refuted in the same sentence: "the prosecutor argued that the women had been
/// offered by means of the internet, but the court found no evidence that any advertisement
/// had been published". When a "no evidence" / "no proof" / "no indication" / "not proven"
/// cue after "but" negates an advertisement or internet mention, the claim before the "but"
/// (from its verb: argued, alleged, claimed, suggested, contended, maintained, asserted) is
/// not a finding either.
fn refuted_claim(text: &str, hits: &mut [Hit], i: usize, after: usize) {
    let n = hits[i];
    let phrase = &text[n.start..n.end];
    // "the Court of Appeal, however, found this unproven": the claim itself refuted.
    // ("alleged that he advertised the women on the internet, but the court found no evidence
    // of this": the evidence asked for is the claim before.)
    let of_this = || {
        let after = &text.as_bytes()[n.end..];
        [&b" of this"[..], b" of that", b" of it", b" for this", b" for that", b" for it"].iter().any(|w| {
            after.len() >= w.len()
                && after[..w.len()].eq_ignore_ascii_case(w)
                && !after.get(w.len()).is_some_and(|c| c.is_ascii_alphanumeric())
        })
    };
    let unproven = [
        "unproven",
        "found this unproven",
        "found it unproven",
        "not proved",
        "not established",
        "not corroborated",
        "could not be linked",
        "was rejected",
        "were rejected",
        "not proven",
        "was not accepted",
        "were not accepted",
    ]
    .iter()
    .any(|x| phrase.eq_ignore_ascii_case(x))
        || (["no evidence", "no proof"].iter().any(|x| phrase.eq_ignore_ascii_case(x)) && of_this());
    if !unproven
        && !["no evidence", "no proof", "no indication", "not proven", "no such"].iter().any(|x| phrase.eq_ignore_ascii_case(x))
    {
        return;
    }
    let b = text.as_bytes();
    let lo = n.start.saturating_sub(60);
    // ("but the court found that the page had been created and run by a former employee and
    // that there was no evidence ...": the court's finding opens the refutation, further back.)
    // ("but the Miskolc Regional Court found", "but the magistrate ruled": the court named
    // in the 40 bytes after "but".)
    let court_at = |from: usize| {
        let after = &b[from.min(b.len())..(from + 40).min(b.len())];
        after.len() >= 20
            && after[..4].eq_ignore_ascii_case(b"the ")
            && [
                &b"court "[..],
                b"magistrate ",
                b"judge ",
                b"judges ",
                b"tribunal ",
                b"jury ",
                // ("; the NBI Cybercrime Division found no such website": an investigating
                // authority's finding.)
                b"division ",
                b"police ",
                b"investigators ",
                b"panel ",
                b"prosecutor ",
                b"prosecution ",
            ]
            .iter()
            .any(|w| has_ci(after, w))
    };
    let court_found = |k: usize| court_at(k + 5);
    // ("The prosecution alleged that the defendants advertised the women in Telegram channels;
    // the court found no evidence that either defendant had posted such advertisements": the
    // court's finding after a semicolon is a "but" too.)
    let but_at = |k: usize| {
        (b[k] == b' ' && b[k + 1..k + 4].eq_ignore_ascii_case(b"but") && b[k + 4] == b' ') || (b[k] == b';' && court_at(k + 2))
    };
    let found_far =
        || (n.start.saturating_sub(200)..lo).rev().find(|&k| but_at(k) && court_found(k) && !b[k..n.start].contains(&b'.'));
    // (Searched for only when needed: without a negated advertisement after it, only a
    // court's finding further back makes it a refutation.)
    let mut far = None;
    if !unproven && !hits[i + 1..after].iter().any(|h| h.negated && (h.cue == Cue::Advert || is_net(h.cue))) {
        far = found_far();
        if far.is_none() {
            return;
        }
    }
    // The "but" at most 60 bytes before the negation, in its clause (for "unproven" also
    // "however" or a semicolon).
    let pivot = |k: usize| {
        but_at(k)
            || (unproven
                && (b[k] == b';' || (b[k] == b' ' && k + 8 <= b.len() && b[k + 1..k + 8].eq_ignore_ascii_case(b"however"))))
    };
    let Some(but) = (lo..n.start.saturating_sub(4)).rev().find(|&k| pivot(k)).or_else(|| far.or_else(found_far)) else {
        return;
    };
    if b[but + 1..n.start].iter().any(|&c| matches!(c, b'.' | b';')) {
        return;
    }
    // The clause before it, back to the sentence start (at most 300 bytes): a claim verb.
    let start = (but.saturating_sub(300)..but)
        .rev()
        .find(|&k| b[k] == b'.' || (b[k] == b';' && !unproven))
        .map_or(but.saturating_sub(300), |k| k + 1);
    // ("an advertisement ... was later located by detectives on an adult website, but ...
    // no evidence the defendant had posted it": found, but not shown to be the offender's.)
    let Some(claim) = word_in(
        b,
        start,
        but,
        &[
            "argued",
            "alleged",
            "claimed",
            "suggested",
            "contended",
            "maintained",
            "asserted",
            "located",
            "discovered",
            "believed",
        ],
    ) else {
        return;
    };
    for h in hits[..i].iter_mut().rev() {
        if h.sentence != n.sentence || h.start < claim {
            break;
        }
        if h.end <= but {
            h.negated = true;
        }
    }
}

/// A claim that is the subject of its own refutation: "Initial source reporting that S1 had
/// also recruited through Telegram channels was not corroborated", "the allegation that he
/// posted the advertisements was not established". The mentions between the "that" after a
/// claim word and "was/were not ..." are not findings.
fn refuted_subject(text: &str, hits: &mut [Hit], i: usize) {
    let n = hits[i];
    let phrase = &text[n.start..n.end];
    // ("was rejected": the hit is the whole predicate.)
    let whole = ["was rejected", "were rejected", "was not accepted", "were not accepted", "found to have no basis"]
        .iter()
        .any(|x| phrase.eq_ignore_ascii_case(x));
    if !whole
        && !["not established", "not corroborated", "not proved", "not proven", "unproven"]
            .iter()
            .any(|x| phrase.eq_ignore_ascii_case(x))
    {
        return;
    }
    let b = text.as_bytes();
    let before = |w: &[u8]| n.start >= w.len() && b[n.start - w.len()..n.start].eq_ignore_ascii_case(w);
    if !(whole || before(b"was ") || before(b"were ")) {
        return;
    }
    // The "that" (at most 250 bytes back, in the sentence) right after a claim word.
    let lo = n.start.saturating_sub(250);
    let Some(that) = (lo..n.start.saturating_sub(6)).rev().take_while(|&k| !matches!(b[k], b'.' | b';')).find(|&k| {
        b[k] == b' '
            && b[k + 1..k + 6].eq_ignore_ascii_case(b"that ")
            && [
                "reporting",
                "reports",
                "report",
                "allegation",
                "allegations",
                "claim",
                "claims",
                "suggestion",
                "information",
                "assertion",
                "case",
                "contention",
                "theory",
                "argument",
                "accusation",
                // ("Her evidence that she first met the accused through Instagram ... was not
                // accepted by the court".)
                "evidence",
                "testimony",
                "account",
                "statement",
                "version",
                "story",
            ]
            .iter()
            .any(|w| k >= w.len() && b[k - w.len()..k].eq_ignore_ascii_case(w.as_bytes()))
    }) else {
        return;
    };
    for h in hits[..i].iter_mut().rev() {
        if h.sentence != n.sentence || h.start < that {
            break;
        }
        h.negated = true;
    }
}

/// What a negation reaches: up to `end`, except the asides (relative clauses) in it.
struct Scope {
    end: usize,
    asides: [(usize, usize); 2],
}

impl Scope {
    #[inline]
    fn reaches(&self, at: usize) -> bool {
        // (Every test made, with no branch on one: the hits decide them.)
        let [(s0, e0), (s1, e1)] = self.asides;
        (at < self.end) & !((s0 < at) & (at < e0)) & !((s1 < at) & (at < e1))
    }
}

/// A negation that opens a subordinate clause ("although she was 19, ..."): its scope
/// ends at the first comma.
fn subordinator(phrase: &str) -> bool {
    phrase.len() >= 6 && ["although", "even though", "though"].iter().any(|w| phrase.eq_ignore_ascii_case(w))
}

/// The scope of a negation ending at `from`, given the hits after it within reach (`near`):
/// the rest of its clause. A semicolon, a colon or "but" ends the clause; a comma ends it
/// too, except before the next item of a list of internet mentions ("did not use Facebook,
/// Instagram or e-mail"), a short aside (", however,") or a relative clause (", who ran a
/// bar,"), which is set aside (what it says is not negated) and after which the clause goes
/// on. Read once per negation, up to its reach.
fn clause_scope(text: &str, near: &[Hit], from: usize, subordinate: bool) -> Scope {
    let b = text.as_bytes();
    // Read only up to the last hit it may reach.
    let limit = near.last().map_or(from, |h| h.start + 1).min(b.len());
    let mut scope = Scope { end: usize::MAX, asides: [(0, 0); 2] };
    let mut n_asides = 0;
    let mut i = from;
    while i < limit {
        // Straight to the next byte that may end the clause (a "b" only after a space: any
        // other "b" would be passed over below).
        let Some(p) = next_clause_mark(b, i, limit) else { break };
        i = p;
        match b[i] {
            b';' | b':' => {
                scope.end = i;
                return scope;
            }
            b'b' | b'B'
                if i > 0
                    && b[i - 1] == b' '
                    && b.len() > i + 3
                    && b[i + 1..i + 3].eq_ignore_ascii_case(b"ut")
                    && b[i + 3] == b' ' =>
            {
                scope.end = i;
                return scope;
            }
            b',' if subordinate => {
                scope.end = i;
                return scope;
            }
            b',' => {
                let Some((e, w)) = word_after(text, i + 1) else {
                    scope.end = i;
                    return scope;
                };
                // An internet mention right after the comma: the next item of a list.
                let item = near.iter().any(|h| is_net(h.cue) && h.start == e - w.len());
                // ("had written, placed or paid for the advertisements": a list of verbs.)
                if item || ["or", "nor"].iter().any(|x| w.eq_ignore_ascii_case(x)) || list_end(text, i).is_some() {
                    i += 1;
                    continue;
                }
                let next_comma = first_of(&b[i + 1..], [b',', b'.', b';']).map(|p| i + 1 + p);
                let Some(c) = next_comma.filter(|&c| b[c] == b',') else {
                    scope.end = i;
                    return scope;
                };
                if ["who", "whom", "whose", "which", "where"].iter().any(|x| w.eq_ignore_ascii_case(x)) && n_asides < 2 {
                    // A relative clause: set aside, and the clause goes on after it.
                    scope.asides[n_asides] = (i, c);
                    n_asides += 1;
                    i = c;
                } else if at_most_words(&text[i + 1..c], 3) {
                    // A short aside: the clause goes on after its closing comma.
                    i = c;
                } else {
                    scope.end = i;
                    return scope;
                }
            }
            _ => {}
        }
        i += 1;
    }
    scope
}

/// The first position `p` in `i..limit` (`limit <= b.len()`) where `b[p]` is ';', ':' or
/// ',', or a "b" or "B" after a space: where [`clause_scope`] may end a clause. 16 bytes at
/// a time with SSE2 on x86_64 while the loads stay in `b`, then byte by byte.
fn next_clause_mark(b: &[u8], mut i: usize, limit: usize) -> Option<usize> {
    let mark = |p: usize| matches!(b[p], b';' | b':' | b',') || (b[p] | 0x20 == b'b' && p > 0 && b[p - 1] == b' ');
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{
            __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
        };
        while i >= 1 && i < limit && i + 16 <= b.len() {
            // SAFETY: SSE2 is in every x86_64 processor (the target's baseline); the loads
            // read b[i - 1..i + 15] and b[i..i + 16], in bounds by the loop's condition.
            let mut m = unsafe {
                let prev = _mm_loadu_si128(b.as_ptr().add(i - 1).cast::<__m128i>());
                let cur = _mm_loadu_si128(b.as_ptr().add(i).cast::<__m128i>());
                let stops = _mm_or_si128(
                    _mm_or_si128(_mm_cmpeq_epi8(cur, _mm_set1_epi8(b';' as i8)), _mm_cmpeq_epi8(cur, _mm_set1_epi8(b':' as i8))),
                    _mm_cmpeq_epi8(cur, _mm_set1_epi8(b',' as i8)),
                );
                let but = _mm_and_si128(
                    _mm_cmpeq_epi8(_mm_or_si128(cur, _mm_set1_epi8(0x20)), _mm_set1_epi8(b'b' as i8)),
                    _mm_cmpeq_epi8(prev, _mm_set1_epi8(b' ' as i8)),
                );
                _mm_movemask_epi8(_mm_or_si128(stops, but)) as u32
            };
            if limit - i < 16 {
                m &= (1 << (limit - i)) - 1;
            }
            if m != 0 {
                return Some(i + m.trailing_zeros() as usize);
            }
            i += 16;
        }
    }
    (i..limit).find(|&p| mark(p))
}

/// Where the noun phrase of a determiner "no" ending at `from` ends: after at most three
/// words, before a comma or a conjunction ("no online advertisement", "no social media
/// account", not "no money and answered an ad online").
fn noun_phrase_end(text: &str, from: usize) -> usize {
    let mut at = from;
    for _ in 0..3 {
        if text[at..].starts_with(", ") {
            // "no phone, internet or advertisement": a list of at most three nouns joined by
            // "or" or "nor" runs to its last one.
            return list_end(text, at).unwrap_or(at);
        }
        let Some((e, w)) = word_after(text, at) else { return at };
        if text[at..e - w.len()].contains([',', ';', ':', '.'])
            || ["and", "but", "so", "then", "when", "because"].iter().any(|x| w.eq_ignore_ascii_case(x))
        {
            return at;
        }
        at = e;
    }
    at
}

/// The end of a list after a comma at `at` (", internet or advertisement"): one or two words
/// then "or"/"nor" and one word, with no other punctuation.
fn list_end(text: &str, at: usize) -> Option<usize> {
    let mut pos = at + 1;
    for _ in 0..3 {
        let (e, w) = word_after(text, pos)?;
        if text[pos..e - w.len()].contains([',', ';', ':', '.']) {
            return None;
        }
        if w.eq_ignore_ascii_case("or") || w.eq_ignore_ascii_case("nor") {
            let (e2, _) = word_after(text, e)?;
            return (!text[e..e2].contains([',', ';', ':', '.'])).then_some(e2);
        }
        pos = e;
    }
    None
}

/// A negation that cancels what the clause before it says: a phrase of undoing ("never
/// did so", "did not go ahead", "refused", "never happened") after "but", "which" or "yet"
/// (within three words: "but she refused", "but the defendants never did so"), or a
/// question left open ("a question the court left open").
/// Returns where the cancelling part begins (the "but"), if it is one.
fn reaches_back(text: &str, start: usize, end: usize) -> Option<usize> {
    let p = &text.as_bytes()[start..end];
    // (Every such phrase has two words or more and nine letters or more: "not", "never",
    // "did not" are read no further.)
    if p.len() < 9 || !p.contains(&b' ') {
        return None;
    }
    let ends = |w: &str| ends_ci(&text[start..end], w);
    if ends("left open") || ends("remained open") || ends("open question") {
        return Some(start);
    }
    if !UNDOING.iter().any(|u| ends(u)) {
        return None;
    }
    // ("..., which she refused", "searched the internet for ads and found none".)
    if [&b"but "[..], b"which ", b"and found "].iter().any(|w| p.len() > w.len() && p[..w.len()].eq_ignore_ascii_case(w)) {
        return Some(start);
    }
    let mut at = start;
    for _ in 0..4 {
        let (s, w) = word_before(text, at)?;
        if ["but", "which", "yet"].iter().any(|x| w.eq_ignore_ascii_case(x)) {
            return Some(s);
        }
        if text[s + w.len()..at].contains([',', ';', '.']) {
            return None;
        }
        at = s;
    }
    None
}

/// The endings of the negation phrases that undo what was just said (see `data/cues.tsv`).
const UNDOING: &[&str] = &[
    "did",
    "did so",
    "did it",
    "went ahead",
    "go ahead",
    "followed through",
    "follow through",
    "do so",
    "happened",
    "happen",
    "materialised",
    "materialized",
    "carried out",
    "carried it out",
    "took place",
    "done",
    "posted",
    "refused",
    "declined",
    "abandoned",
    "dropped",
    "turned down",
    "found none",
    "found nothing",
    "not used",
    "never used",
    // "alleged that he advertised the girls online, but the jury acquitted him on that count"
    "on that count",
    "of that count",
    // "prepared an advertisement ..., but that it had never been published"
    "published",
    "placed",
    "went online",
    "went live",
    // "a Facebook page ..., which you never put online before your arrest"
    "put online",
    "put it online",
    "activated",
    // "had prepared profiles of the girls for an online app, but none had been uploaded"
    "uploaded",
];

/// Where the clause before a cancelling phrase at `at` begins: after the comma, semicolon
/// or colon before it (the comma right before the phrase does not count), or at the start of
/// the sentence.
fn clause_before(text: &str, at: usize) -> usize {
    let b = text.as_bytes();
    let mut i = at;
    while i > 0 && matches!(b[i - 1], b' ' | b',') {
        i -= 1;
    }
    while i > 0 && !matches!(b[i - 1], b',' | b';' | b':' | b'.' | b'!' | b'?') {
        i -= 1;
    }
    i
}

/// Collects values with their spans for one coding, into the reused [`Proposal`].
/// The spans kept for one (variable, value): the variable, a hash of the value, how many
/// and their byte starts.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SpanSlot {
    var: u8,
    key: u64,
    n: usize,
    /// The starts of the spans kept, `usize::MAX` past `n` (no span starts there), so a
    /// start is looked for in all of them, with no loop on `n`.
    starts: [usize; MAX_SPANS],
    /// The value of the slot's first span, kept in the proposal's strings: the later spans
    /// of the same value share it instead of copying it again.
    value: (u32, u32),
    /// Where that value was read from (the address of its first byte): a later value at
    /// the same address, of the same length and key, is the same value (see
    /// [`Builder::evidence_keyed`]).
    from: usize,
}

/// The [`SpanSlot`]s of one coding, in the order they were made, and an index of them by
/// (variable, value hash): a coding makes tens of slots and asks for one at every span.
#[derive(Debug, Clone)]
pub(crate) struct SpanSlots {
    slots: Vec<SpanSlot>,
    /// Open addressing (linear probing) by the top bits of a hash of (variable, key): 0 an
    /// empty place, else a slot's index plus one. It holds the first `SLOT_INDEX / 2`
    /// slots; past them the search runs over all slots, as it always did.
    index: [u16; SLOT_INDEX],
    /// Keys of full slots (of [`MAX_SPANS`] spans), by [`SpanSlots::full_place`]: a place
    /// whose bit is set in `full` holds the key of a full slot of its variable, so that a
    /// span for it is dropped at the call, before the slot's look-up (half of the spans a
    /// coding offers are for a full slot; see [`Builder::evidence`]).
    full_keys: [u64; 64],
    full: u64,
}

const SLOT_INDEX: usize = 256;

/// Places in [`SpanSlots::full_keys`] per variable.
const FULL_PLACES: usize = 4;
// (Each variable has its own places, so a place's key decides its variable too.)
const _: () = assert!(SCHEME.len() * FULL_PLACES <= 64);

impl Default for SpanSlots {
    fn default() -> Self {
        SpanSlots { slots: Vec::new(), index: [0; SLOT_INDEX], full_keys: [0; 64], full: 0 }
    }
}

impl SpanSlots {
    pub(crate) fn clear(&mut self) {
        if !self.slots.is_empty() {
            self.index = [0; SLOT_INDEX];
        }
        self.slots.clear();
        self.full = 0;
    }

    /// The place in [`SpanSlots::full_keys`] of (`var`, `key`): one of its variable's, by
    /// the key's top bits (worked out by the compiler for a variable and a literal value).
    #[inline(always)]
    fn full_place(var: usize, key: u64) -> usize {
        (var * FULL_PLACES + (key >> 62) as usize) % 64
    }

    /// Whether the slot of (`var`, `key`) is known to be full (so a span for it is not
    /// kept). Exact: a place's key is set only when its slot is full, and slots do not
    /// empty within a coding ([`SpanSlots::clear`] forgets them all).
    #[inline(always)]
    fn known_full(&self, var: usize, key: u64) -> bool {
        let at = Self::full_place(var, key);
        self.full >> at & 1 != 0 && self.full_keys[at] == key
    }

    /// Notes that the slot of (`var`, `key`) is full (in place of the key that was there).
    #[inline(always)]
    fn note_full(&mut self, var: usize, key: u64) {
        let at = Self::full_place(var, key);
        self.full_keys[at] = key;
        self.full |= 1 << at;
    }

    /// The index of the slot of (`var`, `key`); if there is none, it is made (empty) with
    /// the kept value and address `value()` gives.
    #[inline]
    fn slot(&mut self, var: usize, key: u64, value: impl FnOnce() -> ((u32, u32), usize)) -> usize {
        let is = |s: &SpanSlot| usize::from(s.var) == var && s.key == key;
        let new = |(value, from): ((u32, u32), usize)| SpanSlot {
            var: var as u8,
            key,
            n: 0,
            starts: [usize::MAX; MAX_SPANS],
            value,
            from,
        };
        if self.slots.len() >= SLOT_INDEX / 2 {
            return match self.slots.iter().position(is) {
                Some(i) => i,
                None => {
                    self.slots.push(new(value()));
                    self.slots.len() - 1
                }
            };
        }
        let mut i = ((key ^ (var as u64).wrapping_mul(0x2545_F491_4F6C_DD1D)).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize;
        loop {
            let e = usize::from(self.index[i % SLOT_INDEX]);
            if e == 0 {
                self.slots.push(new(value()));
                self.index[i % SLOT_INDEX] = self.slots.len() as u16;
                return self.slots.len() - 1;
            }
            if self.slots.get(e - 1).is_some_and(is) {
                return e - 1;
            }
            i += 1;
        }
    }
}

/// A 64-bit hash of a value, 8 bytes at a time (its slot's key: values whose keys collide
/// share a slot).
#[inline(always)]
fn value_key(value: &str) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let b = value.as_bytes();
    let mut h = (b.len() as u64 ^ 0xcbf2_9ce4_8422_2325).wrapping_mul(K);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        h = (h ^ u64::from_le_bytes(c.try_into().unwrap_or([0; 8]))).wrapping_mul(K);
        h ^= h >> 32;
    }
    // The last bytes (fewer than 8) in a few loads instead of a loop: one to one for a given
    // length (which `h` holds), as the byte-by-byte packing was.
    let r = chunks.remainder();
    let tail = match r.len() {
        0 => 0,
        1..=3 => u64::from(r[0]) | u64::from(r[r.len() / 2]) << 8 | u64::from(r[r.len() - 1]) << 16,
        _ => {
            let (lo, hi) = (&r[..4], &r[r.len() - 4..]);
            u64::from(u32::from_le_bytes(lo.try_into().unwrap_or([0; 4])))
                | u64::from(u32::from_le_bytes(hi.try_into().unwrap_or([0; 4]))) << 32
        }
    };
    h = (h ^ tail).wrapping_mul(K);
    h ^ (h >> 29)
}

/// The index of a variable the rules name (they name only the scheme's).
fn var(name: &str) -> usize {
    variable_index(name).unwrap_or_else(|| unreachable!("'{name}' is a variable of the scheme"))
}

/// The index in [`SCHEME`] of the variable `name`, worked out by the compiler (see
/// [`var!`]): a name outside the scheme fails the build.
const fn scheme_index(name: &str) -> usize {
    let name = name.as_bytes();
    let mut i = 0;
    while i < SCHEME.len() {
        let v = SCHEME[i].name.as_bytes();
        if v.len() == name.len() {
            let mut k = 0;
            while k < v.len() && v[k] == name[k] {
                k += 1;
            }
            if k == v.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("not a variable of the scheme")
}

/// The index of a variable of the scheme, by name, as a constant: the rules record values
/// and spans by index, with no string comparison at run time.
macro_rules! var {
    ($name:literal) => {
        const { scheme_index($name) }
    };
}

struct Builder<'a> {
    out: &'a mut Proposal,
    /// Spans kept per (variable, value), to cap them without allocating a key.
    spans: &'a mut SpanSlots,
}

/// The methods take the variable's index in [`SCHEME`] (from [`var!`]).
impl<'a> Builder<'a> {
    /// Records a span for (variable `v`, `value`). Inlined, so the key of a value the
    /// rules write as a literal (nearly all) is worked out by the compiler, and so is the
    /// place of its known full slot: a span for a slot known to be full is dropped here,
    /// at the call, each call its own branch (its rule's loop decides how often that is).
    #[inline(always)]
    fn evidence(&mut self, v: usize, value: &str, start: usize, end: usize) {
        let key = value_key(value);
        if !self.spans.known_full(v, key) {
            self.evidence_slot(v, value, key, start, end);
        }
    }

    /// [`Builder::evidence`] for `spans` in turn, each start counted by the pass's `given`
    /// ([`Given`]): no call for a start given before, and once [`MAX_SPANS`] are given the
    /// spans left are not read (none would be kept; a filter in `spans` is not run for them).
    #[inline(always)]
    fn evidence_given(&mut self, v: usize, value: &str, given: &mut Given, spans: impl IntoIterator<Item = (usize, usize)>) {
        for (start, end) in spans {
            if given.full() {
                break;
            }
            if given.give(start) {
                self.evidence(v, value, start, end);
            }
        }
    }

    /// [`Builder::evidence`] with the value's [`value_key`]. (Not tested for a known full
    /// slot at the call: the rules pass keys worked out at run time here, the forms and
    /// means of each hit in turn, and that test mispredicted more than it saved.)
    #[inline(always)]
    fn evidence_keyed(&mut self, v: usize, value: &str, key: u64, start: usize, end: usize) {
        self.evidence_slot(v, value, key, start, end);
    }

    /// [`Builder::evidence_keyed`], the slot looked up (and made if new).
    #[inline(never)]
    fn evidence_slot(&mut self, v: usize, value: &str, key: u64, start: usize, end: usize) {
        let out = &mut *self.out;
        // A new slot keeps its value once, for all its spans.
        let slot = self.spans.slot(v, key, || (out.keep(value), value.as_ptr() as usize));
        let s = &mut self.spans.slots[slot];
        // Byte and character starts are one to one, so spans compare by byte start. Every
        // span of this (variable, value) went through this slot, so only a start the slot
        // has seen can repeat one; then the full test decides (exact: values whose keys
        // collide share a slot).
        if s.n >= MAX_SPANS {
            // (Its place may have been taken by another full slot since.)
            self.spans.note_full(v, key);
            return;
        }
        // (The three starts compared with no branch on each: one test of all.)
        let [s0, s1, s2] = s.starts;
        if ((s0 == start) | (s1 == start) | (s2 == start)) && out.has_evidence(v, value, start) {
            return;
        }
        s.starts[s.n] = start;
        s.n += 1;
        let filled = s.n == MAX_SPANS;
        // The slot's value is this one if it is read from the same place, with the same
        // length and key: the bytes there are those kept, unless they were overwritten
        // since with others of the same length and key, which below 8 bytes cannot be
        // ([`value_key`] is one to one on them for a given length: the length and every
        // byte go into the word multiplied, and the odd multiplication and the xor-shift
        // are one to one) and from 8 bytes on takes a collision of the 64-bit keys (which
        // already makes two values share a slot). Read elsewhere (another copy, rarely),
        // the bytes are compared.
        let same = value.as_ptr() as usize == s.from && (s.value.1 - s.value.0) as usize == value.len();
        let r = if same || out.kept_bytes(s.value) == value.as_bytes() { s.value } else { out.keep(value) };
        out.push_kept_evidence(v, r, start, end);
        if filled {
            self.spans.note_full(v, key);
        }
    }

    fn label(&mut self, v: usize, label: &'static str) {
        self.out.set_label(v, label);
    }

    /// A set: the labels switched on, sorted. Inlined: the rules pass constant lists, so
    /// the compiler picks the list's code at each call.
    #[inline(always)]
    fn labels(&mut self, v: usize, set: &[bool], names: &[&'static str]) {
        // The lists of the rules, each by its own code (its length known to the compiler).
        if set.len() == names.len() {
            let done = match names.len() {
                2 => self.sorted_labels(v, set, names, &LABEL_LISTS.4) || self.sorted_labels(v, set, names, &LABEL_LISTS.5),
                4 => self.sorted_labels(v, set, names, &LABEL_LISTS.0),
                7 => self.sorted_labels(v, set, names, &LABEL_LISTS.1),
                8 => self.sorted_labels(v, set, names, &LABEL_LISTS.2),
                9 => self.sorted_labels(v, set, names, &LABEL_LISTS.3),
                _ => false,
            };
            if done {
                return;
            }
        }
        self.other_labels(v, set, names);
    }

    /// [`Builder::labels`] for another list: the labels on, sorted then.
    #[inline(never)]
    fn other_labels(&mut self, v: usize, set: &[bool], names: &[&'static str]) {
        let mut on = [""; 16];
        let mut n = 0;
        for (name, _) in names.iter().zip(set).filter(|(_, &on)| on) {
            on[n] = name;
            n += 1;
        }
        on[..n].sort_unstable();
        self.out.set_list(v, on[..n].iter().copied());
    }

    /// [`Builder::labels`] for the list of `known` (a list and the order that sorts it) if
    /// `names` is it (the same slice, as the rules pass them, or equal strings): whether it
    /// is. The labels are listed in sorted order, each written and counted if on, with no
    /// branch on which are (the document decides).
    #[inline(always)]
    fn sorted_labels<const N: usize>(
        &mut self,
        v: usize,
        set: &[bool],
        names: &[&'static str],
        known: &(&[&str], [u8; N]),
    ) -> bool {
        let (list, order) = known;
        let (Ok(set), Ok(names)) = (<&[bool; N]>::try_from(set), <&[&'static str; N]>::try_from(names)) else {
            return false;
        };
        if !(std::ptr::eq(*list, names.as_slice()) || *list == names.as_slice()) {
            return false;
        }
        self.out.set_labels_if(v, order.map(|k| (names[usize::from(k) % N], set[usize::from(k) % N])));
        true
    }
    /// A list of names or countries, in order.
    fn list(&mut self, v: usize, items: &[&str]) {
        self.out.set_list(v, items.iter().copied());
    }

    fn count(&mut self, v: usize, n: Option<u64>) {
        self.out.set_count(v, n);
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

/// The label lists the rules give [`Builder::labels`], with the order that sorts each
/// (worked out by the compiler).
#[allow(clippy::type_complexity)]
const LABEL_LISTS: (
    (&[&str], [u8; PURPOSES.len()]),
    (&[&str], [u8; FORMS.len()]),
    (&[&str], [u8; MEANS.len()]),
    (&[&str], [u8; PLATFORM_TYPES.len()]),
    (&[&str], [u8; 2]),
    (&[&str], [u8; 2]),
) = (
    (PURPOSES, sorted_order_of(PURPOSES)),
    (FORMS, sorted_order_of(FORMS)),
    (MEANS, sorted_order_of(MEANS)),
    (PLATFORM_TYPES, sorted_order_of(PLATFORM_TYPES)),
    (&["hunting", "fishing"], sorted_order_of(&["hunting", "fishing"])),
    (&["female", "male"], sorted_order_of(&["female", "male"])),
);

/// The indexes of `names` in the order that sorts them (as `str` sorts: by bytes).
const fn sorted_order_of<const N: usize>(names: &[&str]) -> [u8; N] {
    assert!(N == names.len() && N <= 16);
    let mut order = [0u8; N];
    let mut i = 0;
    while i < N {
        order[i] = i as u8;
        i += 1;
    }
    // Insertion sort.
    let mut i = 1;
    while i < N {
        let mut j = i;
        while j > 0 && const_less(names[order[j] as usize], names[order[j - 1] as usize]) {
            let t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    order
}

/// `a < b` for strings, at compile time.
const fn const_less(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

/// The labels switched on, sorted, as an owned value (for [`Builder::set`]).
#[allow(dead_code)]
fn labels(set: &[bool], names: &[&str]) -> CodedValue {
    let mut on: Vec<String> = names.iter().zip(set).filter(|(_, &on)| on).map(|(n, _)| n.to_string()).collect();
    on.sort();
    CodedValue::Labels(on)
}

#[cfg(test)]
mod builder_tests {
    use super::*;

    /// One cue of every kind, in the order the enum declares them.
    const EVERY_KIND: [Cue; KINDS] = [
        Cue::Internet(0),
        Cue::Platform(0),
        Cue::Domain,
        Cue::Phone,
        Cue::Negation,
        Cue::Intent,
        Cue::Advert,
        Cue::Recruit,
        Cue::Approach,
        Cue::Respond,
        Cue::Job,
        Cue::Exploit,
        Cue::Logistic,
        Cue::Buyers,
        Cue::Minor,
        Cue::MinorWeak,
        Cue::MinorVague,
        Cue::Adult,
        Cue::AgeBefore,
        Cue::AgeAfter,
        Cue::Form { label: 0, strong: true },
        Cue::Means(0),
        Cue::Female,
        Cue::Male,
        Cue::PronounF,
        Cue::Foreign,
        Cue::ForeignWeak,
        Cue::OfflineGroup,
        Cue::Domestic,
        Cue::ThirdParty,
        Cue::BuyerOffer,
        Cue::Movement,
        Cue::VictimNoun,
        Cue::OffenderNoun,
        Cue::OffenderOne,
        Cue::NumberWord,
        Cue::Place { country: 0, kind: PlaceKind::Name },
        Cue::ThirdActor,
        Cue::Forced,
        Cue::Offer,
    ];

    /// `cue_bit` numbers the kinds in the order the enum declares them: the match is then
    /// the discriminant itself (out of order it compiled to a jump table, an indirect jump
    /// mispredicted at most hits). A new variant goes last, with the next bit.
    #[test]
    fn cue_bits_follow_the_declaration_order() {
        for (i, c) in EVERY_KIND.iter().enumerate() {
            assert_eq!(kind(*c), i, "{c:?}");
        }
    }

    #[test]
    fn select_with_avx2_is_select_without() {
        let mut rng = crate::test_rng::Xorshift::new();
        let mut next = move |n: u64| rng.next() % n;
        let all: Vec<Cue> = EVERY_KIND.to_vec();
        assert!((0..KINDS).all(|k| kind(all[k]) == k));
        let mut index = KindIndex::default();
        let (mut got, mut want) = (Vec::new(), Vec::new());
        let mut selected = 0;
        for round in 0..2_000 {
            // Long and short texts in turn (stale kinds past the hits must not count).
            let n = [next(200) as usize, next(40) as usize, 1100 + next(300) as usize][round % 3];
            let few = 1 + next(KINDS as u64) as usize;
            let hits: Vec<Hit> = (0..n)
                .map(|i| Hit { start: i, end: i + 1, cue: all[next(few as u64) as usize], sentence: 0, negated: false })
                .collect();
            index.build(&hits);
            for _ in 0..8 {
                let mask = next(u64::MAX) & next(u64::MAX) & ((1 << KINDS) - 1);
                index.select(mask, &mut got);
                let m = mask & index.mask;
                want.clear();
                if m & m.wrapping_sub(1) == 0 {
                    want.extend((0..n as u32).filter(|&i| cue_bit(hits[i as usize].cue) & m != 0));
                } else {
                    index.select_several(m, &mut want);
                }
                assert_eq!(got, want, "{n} {mask:x}");
                assert!(got.iter().all(|&i| cue_bit(hits[i as usize].cue) & mask != 0));
                selected += got.len();
            }
        }
        assert!(selected > 100_000, "{selected}");
    }

    #[test]
    fn hits_of_makes_the_hits_of_each_match_and_indexes_them_as_build_does() {
        let cues = [
            Cue::Negation,
            Cue::Intent,
            Cue::Internet(2),
            Cue::Platform(7),
            Cue::Domain,
            Cue::Female,
            Cue::MinorWeak,
            Cue::VictimNoun,
            Cue::Form { label: 1, strong: true },
            Cue::Place { country: 3, kind: PlaceKind::Name },
        ];
        let mut rng = crate::test_rng::Xorshift(0x2545_F491_4F6C_DD1D);
        let mut next = move |n: u64| (rng.next() % n) as usize;
        // Phrases of no rule to four, and ids past them (skipped).
        let rules: Vec<Vec<CueRule>> = (0..40)
            .map(|_| {
                (0..[0, 1, 1, 1, 2, 2, 3, 4][next(8)])
                    .map(|_| CueRule { cue: cues[next(cues.len() as u64)], left_free: false, right_free: false })
                    .collect()
            })
            .collect();
        let (mut hits, mut index, mut want_index) = (Vec::new(), KindIndex::default(), KindIndex::default());
        let mut multi = 0;
        for round in 0..500 {
            let n = [next(8), next(80), 700 + next(400)][round % 3];
            let mut at = 0;
            let found: Vec<Found> = (0..n)
                .map(|_| {
                    at += next(30);
                    let start = at;
                    Found { start, end: start + 1 + next(20), id: next(rules.len() as u64 + 3) as u32 }
                })
                .collect();
            let mut ends: Vec<usize> = (0..next(40)).map(|_| next(at as u64 + 50)).collect();
            ends.sort_unstable();
            ends.dedup();
            hits_of(&rules, &PhraseTable::new(&rules), &found, &ends, &mut Vec::new(), &mut hits, &mut index);
            let mut want = Vec::new();
            for m in &found {
                let si = ends.iter().position(|&e| e > m.start).unwrap_or(ends.len()).min(ends.len().saturating_sub(1));
                for r in rules.get(m.id as usize).map_or(&[][..], |r| &r[..]) {
                    want.push((m.start, m.end, r.cue, si as u32));
                }
                multi += usize::from(rules.get(m.id as usize).is_some_and(|r| r.len() > 1));
            }
            let got: Vec<_> = hits.iter().map(|h| (h.start, h.end, h.cue, h.sentence)).collect();
            assert_eq!(got, want);
            assert!(hits.iter().all(|h| !h.negated));
            want_index.build(&hits);
            assert_eq!((index.mask, index.n), (want_index.mask, want_index.n));
            assert_eq!(index.mask, cue_kinds(&hits));
            for c in cues {
                assert_eq!(index.of(c), want_index.of(c));
                assert_eq!(index.of(c).len(), hits.iter().filter(|h| kind(h.cue) == kind(c)).count());
            }
        }
        assert!(multi > 1000, "{multi}");
    }

    #[test]
    fn label_sets_are_listed_in_sorted_order() {
        let sets: [&[&'static str]; 7] = [
            PURPOSES,
            FORMS,
            MEANS,
            PLATFORM_TYPES,
            &["hunting", "fishing"],
            &["female", "male"],
            &["b", "ab", "a", "ba", "", "aa"],
        ];
        for names in sets {
            for mask in 0u32..1 << names.len() {
                let set: Vec<bool> = (0..names.len()).map(|i| mask >> i & 1 == 1).collect();
                let (mut p, mut spans) = (Proposal::default(), SpanSlots::default());
                Builder { out: &mut p, spans: &mut spans }.labels(1, &set, names);
                let got: Vec<&str> = p.list(p.value("purposes")).collect();
                let CodedValue::Labels(want) = labels(&set, names) else { unreachable!() };
                assert_eq!(got, want, "{names:?} {mask:b}");
            }
        }
    }

    #[test]
    fn the_orders_of_the_label_lists_sort_them() {
        let (a, b, c, d, e, f) = LABEL_LISTS;
        let lists: [(&[&str], &[u8]); 6] = [(a.0, &a.1), (b.0, &b.1), (c.0, &c.1), (d.0, &d.1), (e.0, &e.1), (f.0, &f.1)];
        for (list, order) in lists {
            let got: Vec<&str> = order.iter().map(|&k| list[usize::from(k)]).collect();
            let mut want = list.to_vec();
            want.sort_unstable();
            assert_eq!(got, want);
        }
        assert_eq!(sorted_order_of::<6>(&["b", "ab", "a", "ba", "", "aa"]), [4, 2, 5, 1, 0, 3]);
    }

    #[test]
    fn known_label_lists_are_known_by_their_strings_too() {
        // Copies of the scheme's lists (other slices, other strings) take the same path.
        for names in [PURPOSES, FORMS, MEANS, PLATFORM_TYPES, &["hunting", "fishing"], &["female", "male"]] {
            let copies: Vec<&'static str> = names.iter().map(|s| &*s.to_string().leak()).collect();
            for mask in 0u32..1 << names.len() {
                let set: Vec<bool> = (0..names.len()).map(|i| mask >> i & 1 == 1).collect();
                let (mut p, mut spans) = (Proposal::default(), SpanSlots::default());
                Builder { out: &mut p, spans: &mut spans }.labels(1, &set, &copies);
                let got: Vec<&str> = p.list(p.value("purposes")).collect();
                let CodedValue::Labels(want) = labels(&set, names) else { unreachable!() };
                assert_eq!(got, want, "{names:?} {mask:b}");
            }
        }
    }

    #[test]
    fn spans_are_capped_per_variable_and_value_and_never_repeated() {
        let (mut p, mut spans) = (Proposal::default(), SpanSlots::default());
        let mut b = Builder { out: &mut p, spans: &mut spans };
        for (v, value, start) in
            [(1, "a", 0), (1, "a", 0), (1, "a", 5), (2, "a", 5), (1, "b", 5), (1, "a", 9), (1, "a", 12), (1, "b", 5)]
        {
            b.evidence(v, value, start, start + 1);
        }
        let got: Vec<(&str, &str, usize)> = p.evidence().map(|(var, value, s, _)| (var, value, s)).collect();
        let (v1, v2) = (SCHEME[1].name, SCHEME[2].name);
        assert_eq!(got, vec![(v1, "a", 0), (v1, "a", 5), (v2, "a", 5), (v1, "b", 5), (v1, "a", 9)]);
    }

    #[test]
    fn spans_dropped_at_the_call_are_those_a_full_slot_drops() {
        // Random spans of every variable and values enough to share the places of the known
        // full slots, through `evidence` (known full slots dropped at the call) and straight
        // to the slot (`evidence_slot`), codings one after the other on the same slots.
        let values: Vec<String> = (0..10).map(|k| format!("value{k}")).collect();
        let mut rng = crate::test_rng::Xorshift(0x9E37_79B9_7F4A_7C15);
        let mut next = move |n: u64| (rng.next() % n) as usize;
        let (mut fast, mut plain) = (SpanSlots::default(), SpanSlots::default());
        let mut dropped = 0;
        for _ in 0..300 {
            fast.clear();
            plain.clear();
            let (mut pf, mut pp) = (Proposal::default(), Proposal::default());
            let (mut bf, mut bp) = (Builder { out: &mut pf, spans: &mut fast }, Builder { out: &mut pp, spans: &mut plain });
            for _ in 0..next(200) {
                let v = [0, 1, 2, SCHEME.len() - 1][next(4)];
                let (value, start) = (&values[next(values.len() as u64)], next(12));
                dropped += usize::from(bf.spans.known_full(v, value_key(value)));
                bf.evidence(v, value, start, start + 2);
                bp.evidence_slot(v, value, value_key(value), start, start + 2);
            }
            let got: Vec<_> = pf.evidence().collect();
            let want: Vec<_> = pp.evidence().collect();
            assert_eq!(got, want);
        }
        assert!(dropped > 1000, "{dropped}");
    }

    #[test]
    fn spans_of_a_slot_share_its_value_only_when_it_is_the_same() {
        let (mut p, mut spans) = (Proposal::default(), SpanSlots::default());
        let mut b = Builder { out: &mut p, spans: &mut spans };
        // One buffer read again with other bytes (as the rules' decimal numbers are): other
        // keys, other slots, each span its own value.
        let mut buf = *b"12345678901";
        for (k, digit) in [b'1', b'7', b'1'].into_iter().enumerate() {
            buf[0] = digit;
            b.evidence(7, std::str::from_utf8(&buf).unwrap(), k, k + 1);
        }
        // The same value from other places (copies): one slot, capped.
        for k in 0..4 {
            b.evidence(1, &String::from("sexual_exploitation"), 10 + k, 11 + k);
        }
        // Values whose keys collide (forced here) share a slot, with their own text each
        // (read from other places: at the same place a collision is taken for the same
        // value, see `evidence_keyed`).
        let key = value_key("advertising");
        let values: Vec<String> = ["advertising", "recruitment", "adverts", "advertising"].map(String::from).into();
        for (k, value) in values.iter().enumerate() {
            b.evidence_keyed(1, value, key, 20 + k, 21 + k);
        }
        let got: Vec<(&str, &str, usize)> = p.evidence().map(|(var, value, s, _)| (var, value, s)).collect();
        let (v1, v7) = (SCHEME[1].name, SCHEME[7].name);
        let mut want = vec![(v7, "12345678901", 0), (v7, "72345678901", 1), (v7, "12345678901", 2)];
        want.extend((10..13).map(|s| (v1, "sexual_exploitation", s)));
        want.extend([(v1, "advertising", 20), (v1, "recruitment", 21), (v1, "adverts", 22)]);
        assert_eq!(got, want);
    }
}

/// One bit per kind of cue (the variant, whatever its fields): `propose` ORs them over the
/// hits once and skips each pass over all the hits whose cue kinds are absent (most
/// summaries lack most kinds), so the passes left read the same hits in the same order.
const fn cue_bit(c: Cue) -> u64 {
    1u64 << match c {
        Cue::Internet(_) => 0,
        Cue::Platform(_) => 1,
        Cue::Domain => 2,
        Cue::Phone => 3,
        Cue::Negation => 4,
        Cue::Intent => 5,
        Cue::Advert => 6,
        Cue::Recruit => 7,
        Cue::Approach => 8,
        Cue::Respond => 9,
        Cue::Job => 10,
        Cue::Exploit => 11,
        Cue::Logistic => 12,
        Cue::Buyers => 13,
        Cue::Minor => 14,
        Cue::MinorWeak => 15,
        Cue::MinorVague => 16,
        Cue::Adult => 17,
        Cue::AgeBefore => 18,
        Cue::AgeAfter => 19,
        Cue::Form { .. } => 20,
        Cue::Means(_) => 21,
        Cue::Female => 22,
        Cue::Male => 23,
        Cue::PronounF => 24,
        Cue::Foreign => 25,
        Cue::ForeignWeak => 26,
        Cue::OfflineGroup => 27,
        Cue::Domestic => 28,
        Cue::ThirdParty => 29,
        Cue::BuyerOffer => 30,
        Cue::Movement => 31,
        Cue::VictimNoun => 32,
        Cue::OffenderNoun => 33,
        Cue::OffenderOne => 34,
        Cue::NumberWord => 35,
        Cue::Place { .. } => 36,
        Cue::ThirdActor => 37,
        Cue::Forced => 38,
        Cue::Offer => 39,
    }
}

/// The bits ([`cue_bit`]) of the cue kinds among `hits`.
fn cue_kinds(hits: &[Hit]) -> u64 {
    hits.iter().fold(0, |m, h| m | cue_bit(h.cue))
}

/// `s.to_ascii_lowercase().starts_with(p)` for a lowercase ASCII `p`, without the copy.
fn starts_ci(s: &str, p: &str) -> bool {
    s.len() >= p.len() && s.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
}

/// `s.to_ascii_lowercase().ends_with(p)` for a lowercase ASCII `p`, without the copy.
fn ends_ci(s: &str, p: &str) -> bool {
    s.len() >= p.len() && s.as_bytes()[s.len() - p.len()..].eq_ignore_ascii_case(p.as_bytes())
}

/// `a == b` for country codes (ISO3), their three bytes compared at once instead of by a
/// call to `memcmp` (other lengths: compared as usual).
#[inline]
fn same_code(a: &str, b: &str) -> bool {
    match (a.as_bytes(), b.as_bytes()) {
        (&[a0, a1, a2], &[b0, b1, b2]) => (a0 ^ b0) | (a1 ^ b1) | (a2 ^ b2) == 0,
        (a, b) => a == b,
    }
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

/// The distinct starts of the spans one pass of [`propose`] has given one (variable, value),
/// up to [`MAX_SPANS`]. A summary names the same cue many times ("forced", "she", "the
/// girls"), and [`Builder::evidence_slot`] keeps only the first `MAX_SPANS` starts of a
/// value: about three calls of four returned at that cap (~34 a document, each a call and a
/// look-up in the slot table), and its test of the cap, one branch for all the rules,
/// mispredicted (~12 a document). Each pass now keeps its own count and makes no call once
/// it is full.
///
/// Whatever spans of the value other passes gave before, a skipped call is one that would
/// have kept nothing: every start given here is among the slot's starts (kept now or before),
/// or the slot was full, so when three are given here the slot is full; a start given here
/// again has its span already (or the slot was full).
#[derive(Clone, Copy)]
struct Given {
    n: usize,
    starts: [usize; MAX_SPANS],
}

impl Given {
    const NONE: Given = Given { n: 0, starts: [usize::MAX; MAX_SPANS] };

    /// Whether a span at `start` may still be kept (and if so it counts as given). (The
    /// tests with no branch of their own: the caller's is the one.)
    #[inline(always)]
    fn give(&mut self, start: usize) -> bool {
        // (The last start is given only as the count fills: no later start is compared
        // with it.)
        let [a, b, _] = self.starts;
        let open = (self.n < MAX_SPANS) & (a != start) & (b != start);
        if open {
            self.starts[self.n % MAX_SPANS] = start;
            self.n += 1;
        }
        open
    }

    /// Whether `MAX_SPANS` starts are given: no later span of the value is kept, so a pass
    /// that only gives spans can stop.
    #[inline(always)]
    fn full(&self) -> bool {
        self.n >= MAX_SPANS
    }
}

/// Codes one summary with the rules alone into `scratch.proposal` (nothing allocated once
/// the buffers have grown); `home` is the ISO3 code of the case's country.
pub fn propose<'s>(lex: &Lexicon, text: &str, home: &str, scratch: &'s mut Scratch) -> &'s Proposal {
    scan(lex, text, scratch);
    let Scratch { hits, proposal, spans, sentence_ends, index, selected, lists, matched, taken, towns, .. } = scratch;
    let Lists {
        net_sentences,
        type_spans,
        name_spans,
        net_spans,
        own_ad_sentences,
        sex_online,
        weak,
        minor_spans,
        adult_spans,
        weak_minor_spans,
        victim_sentences,
        hit_lists,
        name_lists,
    } = lists;
    // (Each list taken on its own: a map of the whole array copied it twice, by memcpy.)
    let mut hit_list = |k: usize| recycle::<usize, &Hit>(std::mem::take(&mut hit_lists[k]));
    let (mut sent, mut next, mut nets, mut jobs) = (hit_list(0), hit_list(1), hit_list(2), hit_list(3));
    let (mut advert, mut recruit, mut approach) = (hit_list(4), hit_list(5), hit_list(6));
    let (mut buyer_offer, mut exploit, mut weak_labour) = (hit_list(7), hit_list(8), hit_list(9));
    let mut names = recycle::<(usize, usize), &str>(std::mem::take(&mut name_lists[0]));
    let mut countries = recycle::<(usize, usize), &str>(std::mem::take(&mut name_lists[1]));
    for v in [&mut *net_sentences, &mut *own_ad_sentences] {
        v.clear();
    }
    victim_sentences.clear();
    for v in
        weak.iter_mut().chain([&mut *net_spans, &mut *sex_online, &mut *minor_spans, &mut *adult_spans, &mut *weak_minor_spans])
    {
        v.clear();
    }
    type_spans.clear();
    name_spans.clear();
    let hits: &[Hit] = hits;
    proposal.clear();
    spans.clear();
    let mut out = Builder { out: proposal, spans };
    // The keys of the labels picked from a list at run time (their spans' slots).
    let keys: &LabelKeys = &LABEL_KEYS;

    let negated = |h: &Hit| h.negated;
    // The hits of each kind (indexed by `scan`): each decision reads the hits of its kinds
    // only.
    let index: &KindIndex = index;
    // The hits of one kind, in text order.
    let one = |c: Cue| index.of(c).iter().map(|&i| &hits[i as usize]);
    debug_assert_eq!(index.mask, cue_kinds(hits));

    // --- internet, platforms, platform types
    let mut types = [false; 9];
    index.select(cue_bit(Cue::Internet(0)) | cue_bit(Cue::Platform(0)) | cue_bit(Cue::Domain), selected);
    for &k in selected.iter() {
        let k = k as usize;
        let h = &hits[k];
        if negated(h)
            || third_party_use(text, hits, k)
            || seeks_help(text, hits, k)
            || shadowed_net_hit(hits, k)
            || third_party_subject(text, hits, k)
        {
            continue;
        }
        // "the site", "the page": a site already named in an earlier sentence, so the acts
        // of this sentence are read as done online; it names no new platform.
        let earlier_net = net_sentences.iter().any(|&si| si < h.sentence);
        if is_anaphor(text, h) && !named_site(text, hits, h) && (earlier_net || text[h.start..h.end].contains(' ')) {
            if earlier_net {
                if !net_sentences.contains(&h.sentence) {
                    net_sentences.push(h.sentence);
                }
                net_spans.push((h.start, h.end));
            }
            continue;
        }
        let t = match h.cue {
            Cue::Platform(p) => {
                let Some(pl) = lex.platforms.get(p as usize) else { continue };
                name_spans.push((name_index(&mut names, &pl.name), h.start, h.end));
                // A messaging service the exploitation runs over ("performed the shows over
                // Skype", "Skype video calls") is a webcam or livestream.
                if pl.platform_type == MESSAGING && exploited_over(text, hits, h) {
                    WEBCAM
                } else {
                    pl.platform_type
                }
            }
            Cue::Domain => {
                let Some((s, name)) = domain_name(text, h.start, h.end) else { continue };
                // "OLX.pl": a country's site of a service the gazetteer names, read as that
                // service.
                if hits.iter().any(|p| matches!(p.cue, Cue::Platform(_)) && p.start == s && p.end >= h.start) {
                    continue;
                }
                name_spans.push((name_index(&mut names, name), s, h.end));
                // "the classified advertisement website pasion.com": the kind of site named
                // right before or after it; otherwise a site of its own (freestanding_website).
                typed_site_near(text, hits, s, h.end).unwrap_or(3)
            }
            // "on LINE", the app's name in capitals, is the messaging app Line, not "on line"
            // (online): the only cue whose reading turns on letter case.
            Cue::Internet(UNSPECIFIED) if text[h.start..h.end].ends_with(" LINE") => {
                name_spans.push((name_index(&mut names, "Line"), h.end - 4, h.end));
                MESSAGING
            }
            // "Backpage's Toronto escort page": a section of the site just named, no site
            // of its own.
            Cue::Internet(3) if page_of_named_site(text, hits, h) => continue,
            // A video call that is a job interview carries talk, not the exploitation.
            Cue::Internet(WEBCAM) if interview_call(text, h) => MESSAGING,
            Cue::Internet(UNSPECIFIED)
                if named_site(text, hits, h) || sex_site(text, hits, h) || offender_site(text, h) || owned_site(text, h) =>
            {
                3
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
    for &(t, _, _) in type_spans.iter() {
        if t != UNSPECIFIED {
            types[t as usize] = true;
        }
    }
    // A named service with no type of its own (PayPal, Cash App) is unspecified whatever
    // else is named.
    // So is an unnamed online payment or banking service ("online bank transfers").
    let unnamed_type_service = !net_spans.is_empty()
        // (Pure tests: the platform hits, then the internet ones.)
        && one(Cue::Platform(0)).chain(one(Cue::Internet(0))).any(|h| {
            (matches!(h.cue, Cue::Platform(p) if lex.platforms.get(p as usize).is_some_and(|p| p.platform_type == UNSPECIFIED))
                || (h.cue == Cue::Internet(UNSPECIFIED)
                    && (payment_service(text, h)
                        || crypto_payment(text, h)
                        || (type_spans.contains(&(UNSPECIFIED, h.start, h.end))
                            && (typeless_service(text, h) || booked_online(text, h))))))
                && net_spans.contains(&(h.start, h.end))
        });
    if internet && (!types.iter().any(|&t| t) || unnamed_type_service || generic_use_alongside(text, hits, type_spans)) {
        types[UNSPECIFIED as usize] = true;
    }
    let mut given = Given::NONE;
    if internet {
        out.label(var!("internet_used"), "yes");
        out.evidence_given(var!("internet_used"), "yes", &mut given, net_spans.iter().copied());
    } else {
        out.label(var!("internet_used"), "no");
        out.evidence_given(var!("internet_used"), "no", &mut given, one(Cue::Phone).map(|h| (h.start, h.end)));
    }
    for &(t, s, e) in type_spans.iter() {
        if types[t as usize] {
            out.evidence_keyed(var!("platform_types"), PLATFORM_TYPES[t as usize], keys.types[t as usize], s, e);
        }
    }
    out.labels(var!("platform_types"), &types, PLATFORM_TYPES);
    for &(ni, s, e) in name_spans.iter() {
        if let Some(n) = names.get(ni) {
            out.evidence(var!("platforms"), n, s, e);
        }
    }
    out.list(var!("platforms"), &names);

    // --- purposes and strategies, read in the internet sentences
    let mut purposes = [false; 4];
    let (mut hunting, mut fishing) = (false, false);
    // The first forced online fraud read (a form too: forced criminal activity).
    let mut forced_fraud: Option<(usize, usize)> = None;
    // Whether the defendant paid someone to abuse children for him to watch (read once, when
    // an approach needs it).
    let mut paid_viewer: Option<bool> = None;
    let in_net = |h: &Hit| net_sentences.contains(&h.sentence);
    // The lists of one sentence, cleared and refilled for each (one allocation each per
    // summary, not per sentence).
    // The sentences where a victim posted her own notice online (rarely any: no allocation).
    // Internet mentions of a sex business run online, with no act described (rare).
    for &si in net_sentences.iter() {
        let sh = in_sentence(hits, si);
        if !sh.iter().any(|h| h.cue == Cue::Advert && !negated(h)) {
            continue;
        }
        sent.clear();
        sent.extend(sh.iter().filter(|h| !negated(h)));
        if sent.iter().any(|a| a.cue == Cue::Advert && victims_own_ad(text, &sent, a)) {
            own_ad_sentences.push(si);
        }
    }
    // "The complainant had a profile on Tinder. The accused sent her a message there": a
    // contact right after a sentence on the victim's own post or profile online was made
    // there, by the offender: a first contact, to recruit.
    if let Some(h) = online_contact_after_profile(text, hits, index.of(Cue::Approach), sentence_ends, net_sentences) {
        hunting = true;
        out.evidence(var!("strategies"), "hunting", h.start, h.end);
        purposes[1] = true;
        out.evidence(var!("purposes"), "recruitment", h.start, h.end);
    }
    // "replied to her notice": the notice she posted, answered by the offender.
    let reply_to_own_ad = |sent: &[&Hit], a: &Hit| {
        !own_ad_sentences.is_empty()
            && sent.iter().any(|r| reply_to_victims_ad(text, r) && r.end <= a.start && a.start - r.end <= 12)
    };
    for &si in net_sentences.iter() {
        sent.clear();
        sent.extend(in_sentence(hits, si).iter().filter(|h| !negated(h)));
        if own_ad_sentences.contains(&si) {
            // The victim's own notice is no act of the offenders: drop it from the sentence
            // (it would stand between their platform and their approach).
            let own: Vec<usize> =
                sent.iter().filter(|a| a.cue == Cue::Advert && victims_own_ad(text, &sent, a)).map(|a| a.start).collect();
            sent.retain(|h| !(h.cue == Cue::Advert && own.contains(&h.start)));
        }
        next.clear();
        next.extend(in_sentence(hits, si + 1).iter().filter(|h| !negated(h)));
        // A buyer answering someone else's advertisement neither advertises nor fishes
        // ("the defendant responded to an ad"); "the men who responded" answered the
        // offender's own.
        // Each response read once: whether the offenders answered someone else's notice
        // (`responding`), and where the first answer by others to the offenders' own ends.
        let mut responding = false;
        let mut others_answered = usize::MAX;
        // Whether others answered an advertisement named in the answer itself ("answered an
        // advertisement on the job portal"), not only applied or replied.
        let mut others_answered_ad = false;
        for h in sent.iter().filter(|h| h.cue == Cue::Respond) {
            if answered_by_others(text, &sent, h) {
                others_answered = others_answered.min(h.end);
                others_answered_ad |=
                    ["advert", " ad", "vacanc"].iter().any(|w| has_ci(&text.as_bytes()[h.start..h.end], w.as_bytes()));
            } else if !answers_incoming(text, h) {
                responding = true;
            }
        }
        let among_offenders = sent.iter().any(|h| h.cue == Cue::OfflineGroup && among_offenders(text, h));
        // The internet mentions of this sentence that the offenders used.
        nets.clear();
        nets.extend(sent.iter().copied().filter(|h| is_net(h.cue) && net_spans.iter().any(|&(s, e)| s == h.start && e == h.end)));
        // Whether one of those mentions is of one of the platform types `kinds` (indexes of
        // the scheme's `PLATFORM_TYPES`).
        let nets_typed = |kinds: &[u8]| {
            nets.iter().any(|n| type_spans.iter().any(|&(t, s, e)| s == n.start && e == n.end && kinds.contains(&t)))
        };
        // The sentence's bytes, for the rules that read its words themselves.
        let sentence = sentence_bytes(sentence_ends, si, text.len());
        // "a website offering 'healthy kidney donors aged 17-30' to wealthy patients": an
        // organ offered to those who need one is offered to buyers; its donor is no job.
        // (Read only in a sentence with a donor word or a cue of organ removal.)
        let organ_offer = sent
            .iter()
            .any(|h| {
                matches!(h.cue, Cue::Form { label: 5, .. }) || (h.cue == Cue::Job && starts_ci(&text[h.start..h.end], "dono"))
            })
            .then(|| organ_offered(text, sentence.0, sentence.1))
            .flatten();
        // "a Facebook page offered domestic workers to households in Lahore", "were then
        // offered to men through an online classifieds page": the victims (or their labour)
        // offered to buyers, whatever job they had been promised (read only in a sentence
        // with an internet mention the offenders used).
        // (Read only from the sentence's verbs of offering, the lexicon's `offer` cues.)
        let labour_offer = (organ_offer.is_none() && !nets.is_empty())
            .then(|| sent.iter().filter(|h| h.cue == Cue::Offer).find_map(|v| labour_offered(text, v, sentence.1)))
            .flatten();
        // "her wages were transferred to his own MobilePay account", "paid the aunt a 'monthly
        // salary' through online transfers on PayPal": where every internet mention of the
        // sentence is a payment, its pay words name money paid, not a job offered.
        let pay_word =
            |h: &Hit| ["wage", "salar", "donat", "fee", "paid", "pay"].iter().any(|w| starts_ci(&text[h.start..h.end], w));
        // (Read only when the sentence has a pay word.)
        let pay_only =
            !nets.is_empty() && sent.iter().any(|h| h.cue == Cue::Job && pay_word(h)) && nets.iter().all(|n| {
                matches!(n.cue, Cue::Platform(p) if lex.platforms.get(p as usize).is_some_and(|p| p.platform_type == UNSPECIFIED))
                    || payment_service(text, n)
                    || paid_through(text, n)
                    || crypto_payment(text, n)
            });
        jobs.clear();
        // "offers of 'private shows'": what is offered to buyers is no job.
        jobs.extend(sent.iter().copied().filter(|h| {
            h.cue == Cue::Job && {
                let paid = pay_only && pay_word(h);
                let donor = organ_offer.is_some() && starts_ci(&text[h.start..h.end], "dono");
                let to_buyers = sent.iter().any(|b| b.cue == Cue::BuyerOffer && b.start >= h.end && b.start - h.end <= 12);
                // ("sent offers of the two women by WhatsApp to men": the offer to buyers.)
                let offered = labour_offer.is_some_and(|(s, _, object_end)| s <= h.start && h.start < object_end);
                !(paid || donor || to_buyers || offered || offers_of_them(text, h))
            }
        }));
        // In the victim's own notice the job is what she sought, not one offered.
        let job = !own_ad_sentences.contains(&si) && jobs.iter().any(|j| linked(text, &sent, &nets, j, 80));
        // An advertisement is a job offer when a job word stands close to it, or anywhere
        // in a sentence that offers nothing to buyers ("an advertisement ... seeking a nanny").
        // ("videos ... advertising 'customer service jobs in Thailand', aimed at Kenyan
        // viewers": the viewers of a job offer are the people it recruits, not buyers.)
        let to_buyers = organ_offer.is_some()
            || labour_offer.is_some()
            || sent.iter().any(|h| {
                matches!(h.cue, Cue::BuyerOffer | Cue::Buyers | Cue::Form { label: 0, .. })
                    && !(h.cue == Cue::Buyers && !jobs.is_empty() && phrase_has_word(text, h, &["viewers", "subscribers"]))
            });
        // "made to post fake sale offers on the Bazos classified website and to collect the
        // advance payments": the victims' forced online fraud is their exploitation, and its
        // posts advertise nothing (where the forced task begins: the posts after it are its).
        let scam = forced_scam(text, sentence, &sent, &nets);
        advert.clear();
        advert.extend(sent.iter().copied().filter(|h| {
            // (The victim's own notices were taken out of `sent` above.)
            h.cue == Cue::Advert
                && scam.is_none_or(|(from, _)| h.start <= from)
                && !responding
                && !reply_to_own_ad(&sent, h)
                // "posted video recordings" of the abuse: content sold, exploitation (C15).
                && !sent.iter().any(|x| x.cue == Cue::Exploit && x.start == h.start && x.end == h.end)
                // "placed the fourth with his brother", "placed them in a brothel": a person
                // placed, no advertisement.
                && !person_placed(text, h)
                // "offered a caregiver's post in a hospital": a position, no advertisement.
                && !job_post(text, h)
                // "e-mails he had exchanged with the agent, listing the girls' names": a
                // participle of a document, no advertisement.
                && !listing_participle(text, h)
                // "recruited women by answering their posts": the notices the offender
                // answered are not his advertisements.
                && !sent.iter().any(|r| r.cue == Cue::Respond && r.end <= h.start && h.start - r.end <= 24 && offender_answers_notice(text, &sent, r))
        }));
        // "Nine women who answered the post": the ad answered, already described where it
        // was posted; it confirms the fishing, and whoever answered says whom it was for.
        let answered = |a: &Hit| answered_ad(text, &sent, a);
        recruit.clear();
        recruit.extend(sent.iter().copied().filter(|h| {
            h.cue == Cue::Recruit
                && !among_offenders
                && !is_person_noun(text, h)
                && !bridegroom(text, h)
                && !part_of_scam(text, &sent, h)
                && !forced_task(text, h)
                && linked(text, &sent, &nets, h, usize::MAX)
        }));
        approach.clear();
        approach.extend(sent.iter().copied().filter(|h| {
            (h.cue == Cue::Approach || (matches!(h.cue, Cue::Platform(_)) && platform_contact(text, h)))
                    && !responding
                    && !among_offenders
                    && !approach_by_others(text, &sent, h)
                    && !talk_with_buyers(text, &sent, h)
                    && !part_of_scam(text, &sent, h)
                    && linked(text, &sent, &nets, h, usize::MAX)
                    // "an erotic contact website": the name of a site, no approach.
                    && !sent.iter().any(|x| matches!(x.cue, Cue::Internet(2 | 3)) && x.start == h.start && x.end == h.end)
                    // "the contact pages of newspapers": a section of advertisements.
                    && !contact_section(text, h)
                    // "a LINE contact", "adult contact portals": a noun, no approach.
                    && !contact_noun(text, h)
                    // "the workers were forced to contact people": the victims' forced task.
                    && !forced_task(text, h)
                    // "whom he had met in Bucharest": a meeting in a place, in person.
                    && !met_in_place(text, &sent, h)
                    // "Eight men applied through the website's form, and the defendant sent
                    // them e-mails": a reply to those who answered first, no first contact.
                    && others_answered > h.start
                    // "e-mailed photographs of the victims to his partner": offender to
                    // offender (C14), no approach of a victim or buyer.
                    && !to_partner(text, h)
                    // "Police found the girls after ...", "followed a CyberTipline report":
                    // no contact by the offenders.
                    && !not_a_contact(text, h)
                    // "The workers contacted a migrant workers' centre through its Facebook
                    // page": a call for help (C3).
                    && !contacts_helper(text, h)
                    // "he had made contact with a woman in the Philippines ... and had paid her
                    // to make children perform": a buyer writing to the facilitator (C13).
                    && !(*paid_viewer.get_or_insert_with(|| paid_viewer_doc(text)) && facilitator_contacted(text, h))
        }));
        // "used Instagram to recruit young women, posting pictures of cash": with recruiting
        // online and nothing offered to buyers, the posts recruit too.
        // "recruited victims by posting ads", "lured them with advertisements".
        let recruit_via_ads = sent.iter().any(|r| {
            r.cue == Cue::Recruit
                && advert.iter().any(|a| {
                    a.start >= r.end && a.start - r.end <= 30 && {
                        let gap = text[r.end..a.start].to_ascii_lowercase();
                        [" by ", " with ", " through ", " via ", " using "]
                            .iter()
                            .any(|w| gap.contains(w) || gap.ends_with(w.trim_end()))
                    }
                })
        });
        let job_ad = |a: &Hit| {
            labour_offer.is_none()
                && !ad_of_victims(text, a)
                && (jobs.iter().any(|j| j.start.abs_diff(a.start) <= 60)
                    || recruit_via_ads
                    // (A job word across a semicolon is another clause's act: "told that they
                    // had to work in a studio; the second accused put them on a sex advertising
                    // website".)
                    || ((jobs.iter().any(|j| !text[j.start.min(a.start)..j.end.max(a.end)].contains(';'))
                        || !recruit.is_empty())
                        && !to_buyers))
        };
        // An approach that offers sex or the victims to someone approaches a buyer: it
        // advertises (and hunts), it does not recruit.
        buyer_offer.clear();
        buyer_offer.extend(sent.iter().copied().filter(|h| h.cue == Cue::BuyerOffer));
        let to_buyer = !buyer_offer.is_empty() && jobs.is_empty();
        exploit.clear();
        exploit.extend(
            sent.iter()
                .copied()
                .filter(|h| h.cue == Cue::Exploit || (h.cue == Cue::Internet(WEBCAM) && !interview_call(text, h))),
        );
        if let Some((_, h)) = scam {
            exploit.push(h);
            forced_fraud = forced_fraud.or(Some((h.start, h.end)));
        }
        // Who answered this sentence's ads in the next one (read once, when needed).
        let mut next_answer: Option<Option<bool>> = None;
        for h in &advert {
            // (A messaging or e-mail mention among the sentence's internet mentions.)
            if nets_typed(&[1, 7]) && sent_to_buyers(text, &sent, h) {
                // Photographs sent to men over WhatsApp: the buyers approached one by one
                // (hunting), no advertisement posted for them to answer.
                hunting = true;
                out.evidence(var!("strategies"), "hunting", h.start, h.end);
            } else {
                fishing = true;
                out.evidence(var!("strategies"), "fishing", h.start, h.end);
            }
            if let Some(by_victims) = answered(h) {
                let (p, name) = if by_victims { (1, "recruitment") } else { (0, "advertising") };
                purposes[p] = true;
                out.evidence(var!("purposes"), name, h.start, h.end);
            } else if job_ad(h)
                || (!to_buyers
                    && !ad_of_victims(text, h)
                    && *next_answer.get_or_insert_with(|| answered_in_next(text, hits, sentence_ends, si)) == Some(true))
            {
                // A job advertisement recruits victims; it does not offer them to buyers.
                // So does an advertisement that the next sentence says women or girls
                // answered ("A Honduran woman ... answered the advertisement").
                purposes[1] = true;
                out.evidence(var!("purposes"), "recruitment", h.start, h.end);
            } else {
                purposes[0] = true;
                out.evidence(var!("purposes"), "advertising", h.start, h.end);
            }
        }
        // Offers of the victims sent over a messaging app or e-mail to chosen buyers,
        // nothing posted: advertising that makes the first contact (hunting, C5 and C6).
        // (A social network's private messages too: "sent photographs of the women by Snapchat
        // to men on his contact list"; a post there is an advertisement, read above.)
        let chat_here = nets_typed(&[0, 1, 7]);
        // Photographs of the victims sent to buyers over a messaging app or e-mail ("sending
        // photos of the women to the buyers through WeChat"): an offer to chosen buyers,
        // advertising and hunting (C6), unless the buyers wrote first.
        // (Then an approach of this sentence is the offer's: "e-mailed photographs of the girls
        // to a list of selected regular clients" approaches buyers, not victims.)
        let mut photos_offered: Option<usize> = None;
        if chat_here && advert.is_empty() && buyer_offer.is_empty() {
            // ("sent photographs of her to men he knew", "to men who had already paid a
            // deposit": men sent a victim's photographs are offered her.)
            let buyer = |b: &Hit| b.cue == Cue::Buyers || (b.cue == Cue::VictimNoun && men_only(text, b));
            // ("kept a list of some forty regular clients ... and sent them WhatsApp messages
            // with photographs of the women": the buyers named first, then "them".)
            if let Some(b) = sent
                .iter()
                .find(|b| buyer(b) && photos_to_buyers(text, b))
                .or_else(|| sent.iter().find(|b| buyer(b) && photos_sent_to_them(text, b)))
            {
                purposes[0] = true;
                out.evidence(var!("purposes"), "advertising", b.start, b.end);
                hunting = true;
                out.evidence(var!("strategies"), "hunting", b.start, b.end);
                photos_offered = Some(b.start);
            } else if let Some((s, e)) = photos_to_chosen(text, sentence) {
                // ("sent the photographs ... by WhatsApp to farm owners he selected": buyers
                // by another name, chosen by the offender.)
                purposes[0] = true;
                out.evidence(var!("purposes"), "advertising", s, e);
                hunting = true;
                out.evidence(var!("strategies"), "hunting", s, e);
                photos_offered = Some(s);
            }
        }
        for h in &buyer_offer {
            purposes[0] = true;
            out.evidence(var!("purposes"), "advertising", h.start, h.end);
        }
        if let Some((s, e)) = organ_offer {
            purposes[0] = true;
            out.evidence(var!("purposes"), "advertising", s, e);
            // (A site or forum offering it to all who read it: fishing, as a post.)
            if advert.is_empty() && approach.is_empty() {
                fishing = true;
                out.evidence(var!("strategies"), "fishing", s, e);
            }
        }
        if let Some((s, e, _)) = labour_offer {
            purposes[0] = true;
            out.evidence(var!("purposes"), "advertising", s, e);
            // Offered over a messaging app or e-mail: to chosen buyers, one by one (C6);
            // on a page, a site or a channel or group: to all who read it, as a post.
            let here = &text.as_bytes()[sentence.0..sentence.1];
            // (Pictures "sent" to buyers went to each of them, whatever the platform: "sent her
            // photographs to men he had picked out on Snapchat".)
            let chat_only = text[s..e].eq_ignore_ascii_case("sent")
                || nets_typed(&[1, 7]) && !nets_typed(&[0, 2, 3, 4, 6]) && !has_ci(here, b"channel") && !has_ci(here, b"group");
            if chat_only {
                hunting = true;
                out.evidence(var!("strategies"), "hunting", s, e);
            } else if advert.is_empty() && approach.is_empty() {
                fishing = true;
                out.evidence(var!("strategies"), "fishing", s, e);
            }
        }
        if job && advert.is_empty() && approach.is_empty() {
            // "Videos on TikTok promised jobs": an offer to all, answered by some.
            for h in sent.iter().filter(|h| h.cue == Cue::Job) {
                purposes[1] = true;
                out.evidence(var!("purposes"), "recruitment", h.start, h.end);
            }
            // ("The claimants, two Slovak nationals, answered an advertisement on the job portal":
            // the answer in the same sentence.)
            if next.iter().any(|h| h.cue == Cue::Respond || h.cue == Cue::Advert) || !recruit.is_empty() || others_answered_ad {
                for h in sent.iter().filter(|h| h.cue == Cue::Job) {
                    fishing = true;
                    out.evidence(var!("strategies"), "fishing", h.start, h.end);
                }
            }
        }
        for h in &recruit {
            purposes[1] = true;
            out.evidence(var!("purposes"), "recruitment", h.start, h.end);
        }
        // "recruited female victims on MySpace": recruiting with no ad is an approach; with
        // ads in the sentence it is so only when the ads offer the victims themselves ("then
        // posted ads for them"), not when they may be how the victims were found.
        if advert.iter().all(|a| ad_of_victims(text, a)) && !recruit_via_ads && approach.is_empty() && !job {
            for h in &recruit {
                hunting = true;
                out.evidence(var!("strategies"), "hunting", h.start, h.end);
            }
        }
        for h in &approach {
            // "wrote to the women who responded": contact with those who answered an ad
            // is the fishing already coded, not an approach of its own.
            if !contacts_respondents(text, &sent, h) && !mutual_contact(text, h) {
                hunting = true;
                out.evidence(var!("strategies"), "hunting", h.start, h.end);
            }
            // (In the offer's clause: "started writing to the girl ...; photos of her were then
            // sent to men" approached her.)
            let offered_here = photos_offered.is_some_and(|b| !text[b.min(h.start)..b.max(h.end)].contains(';'));
            // ("offered the shows to men he contacted on Telegram": the contact of the offer's
            // buyers.)
            if to_buyer || offered_here || labour_offer.is_some() {
                purposes[0] = true;
                out.evidence(var!("purposes"), "advertising", h.start, h.end);
            } else {
                purposes[1] = true;
                out.evidence(var!("purposes"), "recruitment", h.start, h.end);
            }
        }
        // The offenders answering someone else's notice (the victim's, her family's): they
        // made the first contact, to recruit.
        for r in sent.iter().filter(|r| offender_answers_notice(text, &sent, r)) {
            hunting = true;
            out.evidence(var!("strategies"), "hunting", r.start, r.end);
            purposes[1] = true;
            out.evidence(var!("purposes"), "recruitment", r.start, r.end);
        }
        for h in &exploit {
            purposes[2] = true;
            out.evidence(var!("purposes"), "exploitation", h.start, h.end);
        }
        // A site the offenders ran selling live shows to members or customers (C15): the
        // shows are offered to customers (advertising); customers who came to it (paid,
        // bought credits, subscribed) answered the offer (fishing). Recorded videos sold
        // there are exploitation only.
        // (Or shows named in the sentence, the webcam in an earlier one: "a 'webcam studio' ...
        // their own website, on which members ... bought tokens for private live shows".)
        if !exploit.is_empty()
            && (sent.iter().any(|h| h.cue == Cue::Internet(WEBCAM) && !interview_call(text, h))
                || exploit.iter().any(|h| has_ci(&text.as_bytes()[h.start..h.end], b"show")))
        {
            if let Some(site) = nets.iter().find(|n| {
                type_spans.iter().any(|&(t, s, e)| t == 3 && s == n.start && e == n.end) && offender_run_before(text, n)
            }) {
                let here = window(text, sentence.0, sentence.1).as_bytes();
                let customers = sent.iter().any(|h| h.cue == Cue::Buyers) || has_ci(here, b"members");
                if customers {
                    purposes[0] = true;
                    out.evidence(var!("purposes"), "advertising", site.start, site.end);
                    if [&b"paid"[..], b"bought", b"subscri", b"purchas", b"joined"].iter().any(|w| has_ci(here, w)) {
                        fishing = true;
                        out.evidence(var!("strategies"), "fishing", site.start, site.end);
                    }
                }
            }
        }
        if advert.is_empty()
            && recruit.is_empty()
            && approach.is_empty()
            && exploit.is_empty()
            && buyer_offer.is_empty()
            && !job
            && !responding
            && !own_ad_sentences.contains(&si)
        {
            // A classified-ads or escort site, or a sex business run online, is there to
            // advertise (no strategy: posting is not described).
            let sex_trade = sent.iter().any(|h| matches!(h.cue, Cue::Form { label: 0, .. }));
            for h in &nets {
                let t = type_spans.iter().find(|&&(_, s, e)| s == h.start && e == h.end).map(|&(t, _, _)| t);
                // E-mail and messaging carry conversations, not offers to the public: a
                // buyer e-mailing a "pimp" is logistics; nor does a payment offer anything.
                let channel = matches!(t, Some(1) | Some(7)) || payment_service(text, h) || paid_through(text, h);
                if !matches!(t, Some(2) | Some(3)) && t.is_some() && !channel && sex_trade {
                    // A sex business run online ("an online sexual exploitation business")
                    // advertises only if the exploitation itself is not online (decided
                    // after every sentence is read).
                    sex_online.push((h.start, h.end));
                } else if matches!(t, Some(2) | Some(3)) {
                    purposes[0] = true;
                    out.evidence(var!("purposes"), "advertising", h.start, h.end);
                    // A site the offenders ran to offer the victims is their standing
                    // advertisement: buyers came to it (fishing).
                    if t == Some(3) && offender_run(text, h) {
                        fishing = true;
                        out.evidence(var!("strategies"), "fishing", h.start, h.end);
                    }
                }
            }
        }
    }
    if !purposes[2] {
        for &(s, e) in sex_online.iter() {
            purposes[0] = true;
            out.evidence(var!("purposes"), "advertising", s, e);
        }
    }
    // The offender answering the notice a victim posted online approached her (hunting) to
    // recruit her, in that sentence or the next, online or not.
    for &si in own_ad_sentences.iter() {
        let next: Vec<&Hit> = in_sentence(hits, si + 1).iter().filter(|h| !negated(h)).collect();
        for r in in_sentence(hits, si).iter().chain(in_sentence(hits, si + 1)) {
            // "wrote to her by private message offering a job", right after her post.
            let contact = r.sentence == si + 1
                && r.cue == Cue::Approach
                && !approach_by_others(text, &next, r)
                && !contacts_respondents(text, &next, r);
            if !negated(r) && (reply_to_victims_ad(text, r) || contact || offender_reply(text, hits, r)) {
                hunting = true;
                out.evidence(var!("strategies"), "hunting", r.start, r.end);
                purposes[1] = true;
                out.evidence(var!("purposes"), "recruitment", r.start, r.end);
            }
        }
    }
    if internet && !purposes.iter().any(|&p| p) {
        purposes[3] = true;
        for &(s, e) in net_spans.iter() {
            out.evidence(var!("purposes"), "logistics", s, e);
        }
    }
    out.labels(var!("purposes"), &purposes, PURPOSES);
    out.labels(var!("strategies"), &[hunting, fishing], &["hunting", "fishing"]);

    // --- places and border
    let mut foreign_place = false;
    let mut home_place = false;
    // The countries listed so far, by index (the first 256): a country named again is not
    // compared with the list.
    let mut listed = [0u64; 4];
    // Where each of those is in `countries` (set when it is first named), and the spans
    // given for each of the first eight countries of the list (see `Given`).
    let mut list_place = [0u8; 256];
    let mut given = [Given::NONE; 8];
    // A US state is a place abroad only for a case of another country.
    let us_home = home == "USA";
    // What `foreign_name` and `home_demonym` (below) say of these hits, found in the same
    // pass: a place named abroad, a demonym not of the home country. (Two more passes ended
    // at the first found, a branch on the data each.)
    let (mut named_abroad, mut other_demonym) = (false, false);
    // (A nationality abroad, not a town: "Bulgarian", not "Sliven".)
    let mut other_nationality = false;
    // Towns and regions (`towns.tsv`) where the lexicon names no place: a country to list,
    // and a place at home for the border (a town abroad is not read as a crossing).
    let home_ix = lex.country_index(home);
    taken.clear();
    let mut home_named = false;
    for h in one(Cue::Place { country: 0, kind: PlaceKind::Name }) {
        taken.push((h.start, h.end));
        home_named |= matches!(h.cue, Cue::Place { country, .. } if Some(country) == home_ix);
    }
    if home_named {
        towns.clear();
    } else {
        lex.towns.find(text, matched.words(), taken, home_ix, towns);
    }
    let mut towns_left = towns.iter().peekable();
    // A country to the list (the first time it is named) and a span of it (see `Given`).
    let mut list = |country: u16, start: usize, end: usize| {
        let Some(iso) = lex.countries.get(country as usize) else { return };
        let id = usize::from(country);
        let again = listed.get(id / 64).is_some_and(|w| w >> (id % 64) & 1 != 0);
        let p = if again {
            usize::from(list_place[id % 256])
        } else {
            let p = countries.iter().position(|c| same_code(c, iso)).unwrap_or_else(|| {
                countries.push(iso);
                countries.len() - 1
            });
            if let Some(x) = list_place.get_mut(id) {
                *x = p.min(255) as u8;
            }
            p
        };
        if let Some(w) = listed.get_mut(id / 64) {
            *w |= 1 << (id % 64);
        }
        if given.get_mut(p).is_none_or(|g| g.give(start)) {
            out.evidence(var!("countries"), iso, start, end);
        }
    };
    for h in one(Cue::Place { country: 0, kind: PlaceKind::Name }) {
        while let Some(t) = towns_left.next_if(|t| t.start < h.start) {
            list(t.country, t.start, t.end);
            home_place |= Some(t.country) == home_ix;
        }
        if let Cue::Place { country, kind } = h.cue {
            let iso = lex.countries.get(country as usize);
            let at_home = iso.is_some_and(|c| same_code(c, home));
            named_abroad |=
                (matches!(kind, PlaceKind::Name) & iso.is_some() & !at_home) | (matches!(kind, PlaceKind::UsPlace) & !us_home);
            other_demonym |= matches!(kind, PlaceKind::Demonym | PlaceKind::City) & !at_home;
            other_nationality |= matches!(kind, PlaceKind::Demonym) & !at_home;
            if iso.is_none() {
                continue;
            }
            list(country, h.start, h.end);
            home_place |= at_home;
            foreign_place |= !at_home;
        }
    }
    for t in towns_left {
        list(t.country, t.start, t.end);
        home_place |= Some(t.country) == home_ix;
    }
    // (In a list of the internet pass, free now: no allocation.)
    let mut foreign_cues = next;
    foreign_cues.clear();
    foreign_cues
        .extend(one(Cue::Foreign).filter(|h| h.cue == Cue::Foreign && !negated(h) && !not_abroad(text, hits, lex, home, h)));
    // The country the case happens in is given, not guessed: taking the first country
    // named as home lost cross-border cases that name only the origin. (A US state: see
    // `us_home` above.)
    let foreign_name = |h: &Hit| match h.cue {
        Cue::Place { kind: PlaceKind::Name, country } => lex.countries.get(country as usize).is_some_and(|c| !same_code(c, home)),
        Cue::Place { kind: PlaceKind::UsPlace, .. } => !us_home,
        _ => false,
    };
    let home_demonym = |h: &Hit| matches!(h.cue, Cue::Place { kind: PlaceKind::Demonym | PlaceKind::City, country } if lex.countries.get(country as usize).is_some_and(|c| same_code(c, home)));
    // (Pure tests: the kinds are read one after the other.)
    let foreign_weak = one(Cue::ForeignWeak).any(|h| !not_abroad(text, hits, lex, home, h)) || (foreign_place && other_demonym);
    debug_assert_eq!(
        other_demonym,
        one(Cue::Place { country: 0, kind: PlaceKind::Name })
            .any(|h| !home_demonym(h) && matches!(h.cue, Cue::Place { kind: PlaceKind::Demonym | PlaceKind::City, .. }))
    );
    debug_assert_eq!(named_abroad, one(Cue::Place { country: 0, kind: PlaceKind::Name }).any(foreign_name));
    // Foreign nationals who travelled (flown in, "brought from", "had entered"): moved
    // across a border into the country.
    let moved = foreign_weak && one(Cue::Movement).any(|h| !negated(h) && !to_court(text, h));
    // "brought three women from Sliven to Berlin", "sent them to Istanbul": people moved to or
    // from a place abroad that is named only by a city or region (read like a demonym).
    let moved_abroad = one(Cue::Place { country: 0, kind: PlaceKind::Name }).find(|h| {
        matches!(h.cue, Cue::Place { kind: PlaceKind::Demonym | PlaceKind::City, country }
            if lex.countries.get(country as usize).is_some_and(|c| !same_code(c, home)))
            && !negated(h)
            && moved_to_or_from(text, h)
    });
    // "was brought to France" in a French case: moved into the country from abroad.
    let moved_abroad = moved_abroad.or_else(|| {
        one(Cue::Place { country: 0, kind: PlaceKind::Name }).find(|h| {
            matches!(h.cue, Cue::Place { kind: PlaceKind::Name, country }
                if lex.countries.get(country as usize).is_some_and(|c| same_code(c, home)))
                && !negated(h)
                && moved_into(text, h)
        })
    });
    // (One count of the spans given for each value of the border.)
    let mut given = Given::NONE;
    let border = if !foreign_cues.is_empty() || named_abroad || moved || moved_abroad.is_some() {
        out.evidence_given(var!("border"), "cross_border", &mut given, foreign_cues.iter().map(|h| (h.start, h.end)));
        out.evidence_given(var!("border"), "cross_border", &mut given, moved_abroad.map(|h| (h.start, h.end)));
        // (Three spans given already: none of the places or movements would be kept.)
        if !given.full() {
            index.select(cue_bit(Cue::Place { country: 0, kind: PlaceKind::Name }) | cue_bit(Cue::Movement), selected);
            let spans = selected
                .iter()
                .map(|&i| &hits[i as usize])
                .filter(|h| foreign_name(h) || (moved && h.cue == Cue::Movement && !to_court(text, h)))
                .map(|h| (h.start, h.end));
            out.evidence_given(var!("border"), "cross_border", &mut given, spans);
        }
        "cross_border"
    } else if foreign_weak && {
        index.select(cue_bit(Cue::ForeignWeak) | cue_bit(Cue::Place { country: 0, kind: PlaceKind::Name }), selected);
        selected.iter().map(|&i| &hits[i as usize]).any(|h| {
            (h.cue == Cue::ForeignWeak
                || (matches!(h.cue, Cue::Place { kind: PlaceKind::Demonym | PlaceKind::City, .. }) && !home_demonym(h)))
                && !negated(h)
                && foreign_victim(text, hits, h)
        })
    } {
        // Victims who are foreign nationals exploited in the country, their journey not
        // described (conventions C8: the flow is read from citizenship).
        let spans = selected
            .iter()
            .map(|&i| &hits[i as usize])
            .filter(|h| {
                (h.cue == Cue::ForeignWeak
                    || (matches!(h.cue, Cue::Place { kind: PlaceKind::Demonym | PlaceKind::City, .. }) && !home_demonym(h)))
                    && !negated(h)
                    && foreign_victim(text, hits, h)
            })
            .map(|h| (h.start, h.end));
        out.evidence_given(var!("border"), "cross_border", &mut given, spans);
        "cross_border"
    } else if foreign_weak {
        // Foreign nationals who may not be the victims (the offenders, "border", "deported"),
        // unless a town or region abroad is named too ("a Bulgarian couple ... from their
        // home village near Sliven"; "sending five women to a karaoke bar in Tawau, Sabah"):
        // a place of the case abroad, not a nationality.
        let abroad = |c: u16| lex.countries.get(c as usize).is_some_and(|c| !same_code(c, home));
        let nationals = other_nationality || one(Cue::ForeignWeak).any(|h| !negated(h));
        let city = one(Cue::Place { country: 0, kind: PlaceKind::Name })
            .filter(|_| nationals)
            .find(|h| matches!(h.cue, Cue::Place { kind: PlaceKind::City, country } if abroad(country)) && !negated(h))
            .map(|h| (h.start, h.end))
            .or_else(|| towns.iter().filter(|_| nationals).find(|t| abroad(t.country)).map(|t| (t.start, t.end)));
        // Or a second country listed beside the case's own ("three Ethiopian women ... in
        // Djibouti"): the annotators read the case as cross-border (32 of the 42 cases the
        // rules had left unknown with two countries listed; the others were domestic cases
        // naming a country abroad, as where an offender was arrested).
        let listed_abroad = || {
            (countries.len() >= 2)
                .then(|| {
                    // (Not a nationality of those the court acted on: "convicted two Nigerian
                    // nationals ... of trafficking a girl from Mitchells Plain".)
                    one(Cue::Place { country: 0, kind: PlaceKind::Name })
                        .find(|h| {
                            matches!(h.cue, Cue::Place { country, .. } if abroad(country))
                                && !negated(h)
                                && !court_acted_before(text, h.start)
                        })
                        .map(|h| (h.start, h.end))
                })
                .flatten()
        };
        if let Some((s, e)) = city.or_else(listed_abroad) {
            out.evidence_given(var!("border"), "cross_border", &mut given, [(s, e)]);
            "cross_border"
        } else {
            "unknown"
        }
    } else {
        index.select(cue_bit(Cue::Domestic) | cue_bit(Cue::Place { country: 0, kind: PlaceKind::Name }), selected);
        // (Read from the selection itself: no list collected.)
        if selected.is_empty() && !home_place {
            "unknown"
        } else {
            out.evidence_given(
                var!("border"),
                "domestic",
                &mut given,
                selected.iter().map(|&i| (hits[i as usize].start, hits[i as usize].end)),
            );
            "domestic"
        }
    };
    out.label(var!("border"), border);

    // --- cyber flow: the internet links people in different countries
    let mut cyber = false;
    if internet {
        for &si in net_sentences.iter() {
            let sent = in_sentence(hits, si);
            let abroad = sent.iter().any(|h| {
                h.cue == Cue::Foreign || matches!(h.cue, Cue::Place { kind, .. } if kind != PlaceKind::UsPlace || !us_home)
            });
            let online_trade = sent.iter().any(|h| matches!(h.cue, Cue::Exploit | Cue::Buyers | Cue::Internet(5)));
            // Contact or a job offer online between people the sentence places in two
            // countries ("chatted over Zalo from China with women in Viet Nam").
            // (Two countries are enough: the first named, and whether another is; no list.)
            let (mut first_here, mut two_here) = (None::<&str>, false);
            for h in sent {
                if let Cue::Place { country, .. } = h.cue {
                    if let Some(c) = lex.countries.get(country as usize) {
                        match first_here {
                            None => first_here = Some(c),
                            Some(f) => two_here |= !same_code(f, c),
                        }
                    }
                }
            }
            // Or victims recruited online from a country abroad ("recruited two women from
            // Moldova through Facebook"): the offenders here, the victims there (C7).
            let from_abroad = sent.iter().any(|h| {
                matches!(h.cue, Cue::Place { kind: PlaceKind::Name, country } if lex.countries.get(country as usize).is_some_and(|c| !same_code(c, home)))
                    && window(text, h.start.saturating_sub(5), h.start).eq_ignore_ascii_case("from ")
            }) && sent.iter().any(|h| !h.negated && matches!(h.cue, Cue::Approach | Cue::Recruit));
            let online_contact = (two_here || from_abroad)
                && sent.iter().any(|h| !h.negated && matches!(h.cue, Cue::Approach | Cue::Recruit | Cue::Job | Cue::Advert));
            // Buyers "abroad" are a second country besides the one named (C9).
            let sides = countries.len() + usize::from(foreign_place || sent.iter().any(|h| h.cue == Cue::Foreign && !h.negated));
            if abroad && (online_trade || online_contact) && sides >= 2 {
                cyber = true;
                for h in sent.iter().filter(|h| is_net(h.cue) || matches!(h.cue, Cue::Place { .. })) {
                    out.evidence(var!("cyber_flow"), "yes", h.start, h.end);
                }
            }
        }
    }
    // Yes when the internet linked people in different countries, otherwise no (also when
    // it was not used): the conventions (C7) leave no `unknown`.
    let flow = if cyber { "yes" } else { "no" };
    out.label(var!("cyber_flow"), flow);
    let _ = in_net;

    // --- forms of exploitation
    let mut forms = [false; 7];
    let mut given = [Given::NONE; 7];
    for h in one(Cue::Form { label: 0, strong: false }) {
        if let Cue::Form { label, strong } = h.cue {
            if negated(h) {
                continue;
            }
            let l = label as usize;
            // "the Modern Slavery Act", "sexual slavery": not labour exploitation on its own.
            let strong = strong && !(l == 1 && named_slavery(text, h));
            if strong {
                forms[l] = true;
                if given[l].give(h.start) {
                    out.evidence_keyed(var!("forms"), FORMS[l], keys.forms[l], h.start, h.end);
                }
            } else if l == 1 {
                weak_labour.push(h);
            } else {
                weak[l].push((h.start, h.end));
            }
        }
    }
    for l in 0..7 {
        // The job a victim was offered ("promising work as a waitress in a restaurant") is
        // not the exploitation: a weak labour cue there is skipped (read only when needed).
        if l == 1 && !forms[1] {
            weak[1].extend(weak_labour.iter().filter(|h| !job_offer(text, hits, h)).map(|h| (h.start, h.end)));
        }
        // Weak cues ("farm", "restaurant") decide only when nothing strong was found, or
        // when several of them agree.
        if !forms[l] && (weak[l].len() >= 3 || (!forms.iter().any(|&f| f) && !weak[l].is_empty())) {
            forms[l] = true;
            for &(s, e) in &weak[l] {
                if given[l].give(s) {
                    out.evidence_keyed(var!("forms"), FORMS[l], keys.forms[l], s, e);
                }
            }
        }
    }
    // The victims' forced online fraud (read with the purposes) is forced criminal activity.
    if let Some((s, e)) = forced_fraud {
        forms[2] = true;
        if given[2].give(s) {
            out.evidence_keyed(var!("forms"), FORMS[2], keys.forms[2], s, e);
        }
    }
    out.labels(var!("forms"), &forms, FORMS);

    // --- means
    let mut means = [false; 8];
    let mut given = [Given::NONE; 8];
    index.select(cue_bit(Cue::Means(0)) | cue_bit(Cue::Intent) | cue_bit(Cue::Job) | cue_bit(Cue::Recruit), selected);
    for &k in selected.iter() {
        let k = k as usize;
        let h = &hits[k];
        // (Two tests of the kind, not a jump by a table, and one call that keeps the span.)
        let found = if let Cue::Means(m) = h.cue {
            // "threatened to" is an intent for the internet ("threatened to post the
            // videos" posts nothing), but a threat made, and no negation of what follows.
            (!negated(h) || after_threat(text, hits, k)).then_some(m as usize)
        } else if h.cue == Cue::Intent {
            starts_ci(&text[h.start..h.end], "threaten").then_some(1)
        } else {
            // (`Job` or `Recruit`: the kinds selected.) A job, work or earnings offered to
            // the victims who were then exploited: a false promise ("offering work as
            // waitresses in Italy", "job offers"). (Read only until deception is found: one
            // offer is enough.)
            (!means[2] && !negated(h) && job_offer(text, hits, h)).then_some(2)
        };
        if let Some(m) = found {
            means[m] = true;
            if given[m].give(h.start) {
                out.evidence_keyed(var!("means"), MEANS[m], keys.means[m], h.start, h.end);
            }
        }
    }
    out.labels(var!("means"), &means, MEANS);

    // --- minors and ages
    index.select(
        cue_bit(Cue::Minor)
            | cue_bit(Cue::MinorWeak)
            | cue_bit(Cue::NumberWord)
            | cue_bit(Cue::AgeBefore)
            | cue_bit(Cue::AgeAfter),
        selected,
    );
    // (Tests of the kind in turn, the most frequent first, not a jump by a table.)
    for h in selected.iter().map(|&i| &hits[i as usize]) {
        if matches!(h.cue, Cue::Minor | Cue::MinorWeak) {
            if !(negated(h)
                || someones_child(text, h)
                || statute_number(text, h)
                || no_victim_child(text, h)
                || school_staff(text, h)
                || institution_name(text, h))
            {
                // (The list picked with no branch on the kind: they alternate.)
                let spans = if matches!(h.cue, Cue::Minor) { &mut *minor_spans } else { &mut *weak_minor_spans };
                spans.push((h.start, h.end));
            }
        } else if h.cue == Cue::NumberWord {
            // "including two who were 17"
            minor_spans.extend(age_after_who(text, h));
        } else if h.cue == Cue::AgeBefore {
            // "15-year-old", "11 and 15 year old girls"
            if let Some((s, w)) = word_before(text, h.start) {
                // Digits, or number words of teenage ages ("fifteen-year-old"); "three
                // years old" is more often a time span than a victim's age.
                if let Some(n) = number_value(w).filter(|&n| w.as_bytes()[0].is_ascii_digit() || n >= 12) {
                    if n < 18 {
                        minor_spans.push((s, h.end));
                    } else if !offender_age(text, s, h.end) {
                        adult_spans.push((s, h.end));
                    }
                }
            }
        } else if h.cue == Cue::AgeAfter {
            // A birth date, or a victim's code with the age after it.
            if stated_age(text, h, minor_spans, adult_spans) {
                continue;
            }
            // "(age 17)", "aged 14", "at the age of 16"
            let mut at = h.end;
            let mut word = word_after(text, at);
            if let Some((e, w)) = word {
                // "at the age of 16", "aged between 19 and 30", "aged from 20 to 35"
                if ["of", "between", "from"].iter().any(|x| w.eq_ignore_ascii_case(x)) {
                    at = e;
                    word = word_after(text, at);
                }
            }
            // "one of them only 17", "one of whom was seventeen", "two of them 16": a count of
            // the victims then an age, in digits or a teenage number word.
            let of_them = ends_ci(&text[h.start..h.end], "them") || ends_ci(&text[h.start..h.end], "whom");
            let of_them_was =
                ["whom was", "whom were", "them was", "them were"].iter().any(|x| ends_ci(&text[h.start..h.end], x));
            if of_them || of_them_was {
                if let Some((e, w)) = word
                    .filter(|(_, w)| ["only", "just", "was", "were", "aged", "then"].iter().any(|x| w.eq_ignore_ascii_case(x)))
                {
                    at = e;
                    word = word_after(text, at);
                    let _ = w;
                }
                if let Some((e, w)) = word.filter(|(_, w)| ["only", "just", "aged"].iter().any(|x| w.eq_ignore_ascii_case(x))) {
                    word = word_after(text, e);
                    let _ = w;
                }
            }
            // "when she was 17", "heard that she was 15": the pronoun's age, not a span of
            // time after it ("that she was 3 months pregnant").
            let pronoun = ends_ci(&text[h.start..h.end], "she was") || ends_ci(&text[h.start..h.end], "he was");
            if let Some((e, w)) = word {
                let span_of_time = pronoun
                    && word_after(text, e).is_some_and(|(_, x)| {
                        [
                            "months",
                            "month",
                            "weeks",
                            "week",
                            "days",
                            "day",
                            "hours",
                            "minutes",
                            "km",
                            "kilometres",
                            "miles",
                            "times",
                        ]
                        .iter()
                        .any(|u| x.eq_ignore_ascii_case(u))
                    });
                if span_of_time {
                    continue;
                }
                // (After "of them" the word must end its phrase: "one of them 17," not "one of
                // them 17 years later".)
                let ends_phrase = !of_them && !of_them_was
                    || text[e..].starts_with([',', ')', ';', '.'])
                    || word_after(text, e)
                        .is_some_and(|(_, x)| ["who", "and", "when", "at"].iter().any(|y| x.eq_ignore_ascii_case(y)));
                if let Some(n) = number_value(w)
                    .filter(|&n| w.as_bytes()[0].is_ascii_digit() || ((of_them || of_them_was) && (12..18).contains(&n)))
                    .filter(|_| ends_phrase)
                {
                    if n < 18 {
                        minor_spans.push((h.start, e));
                    } else if !offender_age(text, h.start, e) {
                        adult_spans.push((h.start, e));
                    }
                }
            }
        }
    }
    minor_spans.extend(ages_after_was(text, hits, index.of(Cue::VictimNoun), sentence_ends));
    // "girls" says minor unless stated ages are all adult.
    if adult_spans.is_empty() {
        minor_spans.extend_from_slice(weak_minor_spans);
    }
    // Minor words only inside quoted wording ("'sales girls and nannies'"): no minor victim.
    // (Read at the end, and only until one span is found outside quotes.)
    if !minor_spans.is_empty() && minor_spans.iter().all(|&(s, e)| quoted_wording(text, s, e)) {
        minor_spans.clear();
    }
    let mut given = Given::NONE;
    let minor = if !minor_spans.is_empty() {
        out.evidence_given(var!("victims_minor"), "yes", &mut given, minor_spans.iter().copied());
        "yes"
    } else if !adult_spans.is_empty() {
        out.evidence_given(var!("victims_minor"), "no", &mut given, adult_spans.iter().copied());
        "no"
    } else if let Some(h) = grown_victims(text, hits, index, selected) {
        // "women", "men", "adults" with nothing that suggests a minor (conventions C10).
        out.evidence(var!("victims_minor"), "no", h.start, h.end);
        "no"
    } else {
        "unknown"
    };
    out.label(var!("victims_minor"), minor);

    // --- victim sex
    for h in one(Cue::VictimNoun) {
        let si = h.sentence as usize;
        if victim_sentences.len() <= si / 64 {
            victim_sentences.resize(si / 64 + 1, 0);
        }
        victim_sentences[si / 64] |= 1 << (si % 64);
    }
    let (mut female, mut male) = (false, false);
    let (mut given_female, mut given_male) = (Given::NONE, Given::NONE);
    // (With no male cue, the pass is done once three female spans are given.)
    let no_male = index.of(Cue::Male).is_empty();
    index.select(cue_bit(Cue::Female) | cue_bit(Cue::PronounF) | cue_bit(Cue::Male), selected);
    for h in selected.iter().map(|&i| &hits[i as usize]) {
        if given_female.full() & (no_male | given_male.full()) {
            break;
        }
        match h.cue {
            Cue::Female => {
                female = true;
                if given_female.give(h.start) {
                    out.evidence(var!("victim_sex"), "female", h.start, h.end);
                }
            }
            Cue::PronounF if victim_sentences.get(h.sentence as usize / 64).is_some_and(|w| w >> (h.sentence % 64) & 1 != 0) => {
                female = true;
                if given_female.give(h.start) {
                    out.evidence(var!("victim_sex"), "female", h.start, h.end);
                }
            }
            Cue::Male => {
                male = true;
                if given_male.give(h.start) {
                    out.evidence(var!("victim_sex"), "male", h.start, h.end);
                }
            }
            _ => {}
        }
    }
    out.labels(var!("victim_sex"), &[female, male], &["female", "male"]);

    // --- counts
    let count = |noun: Cue, out: &mut Builder, variable: usize| -> Option<u64> {
        let mut best: Option<(u64, usize, usize)> = None;
        for h in one(noun) {
            // Up to two words back: "three victims", "two minor females", "15 foreign workers".
            let mut at = h.start;
            for _ in 0..3 {
                let Some((s, w)) = word_before(text, at) else { break };
                // Stop at words that cannot stand between a number and its noun. (No number
                // word: tested first, the most frequent word before a noun, "the", is not
                // looked up.)
                if the_of_and(w.as_bytes()) {
                    break;
                }
                if let Some(n) = number_value(w) {
                    if n > 0 && best.is_none_or(|b| n > b.0) {
                        best = Some((n, s, h.end));
                    }
                    break;
                }
                at = s;
            }
        }
        let (n, s, e) = best?;
        out.evidence(variable, decimal(n, &mut [0; 20]), s, e);
        Some(n)
    };
    let victims = count(Cue::VictimNoun, &mut out, var!("victims_total"));
    out.count(var!("victims_total"), victims);
    let mut offenders = count(Cue::OffenderNoun, &mut out, var!("offenders_total"));
    // Else those the opening sentence says were convicted or sentenced ("convicted Darnell
    // Hayes, 34, of ...", "two Vietnamese men were convicted", "sentenced a couple").
    if offenders.is_none() {
        if let Some((n, s, e)) = convicted_count(text, sentence_ends) {
            offenders = Some(n);
            out.evidence(var!("offenders_total"), decimal(n, &mut [0; 20]), s, e);
        }
    }
    if offenders.is_none() {
        let plural = !index.of(Cue::OffenderNoun).is_empty();
        if !plural && !index.of(Cue::OffenderOne).is_empty() {
            offenders = Some(1);
            let mut given = Given::NONE;
            out.evidence_given(var!("offenders_total"), "1", &mut given, one(Cue::OffenderOne).map(|h| (h.start, h.end)));
        }
    }
    out.count(var!("offenders_total"), offenders);

    out.list(var!("countries"), &countries);
    for (k, list) in
        [sent, foreign_cues, nets, jobs, advert, recruit, approach, buyer_offer, exploit, weak_labour].into_iter().enumerate()
    {
        hit_lists[k] = recycle(list);
    }
    name_lists[0] = recycle(names);
    name_lists[1] = recycle(countries);
    out.out
}

/// The [`value_key`]s of the labels `propose` picks from a list by index (a means, a form, a
/// platform type), worked out once: the key of a label not written as a literal was hashed
/// at each of its spans (a loop over its bytes, whose trip count varied with the label).
struct LabelKeys {
    means: [u64; MEANS.len()],
    forms: [u64; FORMS.len()],
    types: [u64; PLATFORM_TYPES.len()],
}

static LABEL_KEYS: std::sync::LazyLock<LabelKeys> = std::sync::LazyLock::new(|| LabelKeys {
    means: std::array::from_fn(|i| value_key(MEANS[i])),
    forms: std::array::from_fn(|i| value_key(FORMS[i])),
    types: std::array::from_fn(|i| value_key(PLATFORM_TYPES[i])),
});

/// A nationality (a foreign demonym, "foreign nationals", "undocumented") said of the
/// victims: a victim noun right after it ("Nigerian women", "Chinese nationals") or right
/// before it ("the victims, Chinese nationals", "the workers were Mexican"), with no
/// offender between; or a phrase that names foreign victims itself ("foreign workers").
/// A foreign cue that says nothing of a border here: "Smuggling" in the name of a law or
/// an office ("Law against Trafficking and Smuggling in Persons"), a site "hosted abroad"
/// (a server, not a place of the people, C9), "recruited in" a place that is not abroad
/// (named or not: "recruited in Maranhao and Piaui"), and "citizens of" the case's own
/// country ("citizens of the Russian Federation" in a Russian case).
fn not_abroad(text: &str, hits: &[Hit], lex: &Lexicon, home: &str, h: &Hit) -> bool {
    let w = &text[h.start..h.end];
    // (Most foreign cues begin otherwise: one test of the first letter.)
    if !matches!(w.as_bytes()[0] | 0x20, b's' | b'a' | b'o' | b'r' | b'c' | b'n') {
        return false;
    }
    if w.starts_with("Smuggl") && word_before(text, h.start).is_some_and(|(s, _)| !text[..s].trim_end().ends_with('.')) {
        return true;
    }
    let is = |x: &str| w.eq_ignore_ascii_case(x);
    let starts = |x: &str| w.len() >= x.len() && w.as_bytes()[..x.len()].eq_ignore_ascii_case(x.as_bytes());
    if is("abroad") || is("overseas") {
        return word_before(text, h.start)
            .is_some_and(|(_, b)| ["hosted", "registered", "located"].iter().any(|x| b.eq_ignore_ascii_case(x)));
    }
    // (The hits are in text order: only those right after this one are read.)
    let place_after = |reach: usize, pred: &dyn Fn(&str) -> bool| {
        let from = hits.partition_point(|p| p.start < h.end);
        hits[from..]
            .iter()
            .take_while(|p| p.start <= h.end + reach)
            .any(|p| matches!(p.cue, Cue::Place { country, .. } if lex.countries.get(country as usize).is_some_and(|c| pred(c))))
    };
    if is("recruited in") {
        return !place_after(30, &|c: &str| c != home);
    }
    if starts("citizens of") || starts("nationals of") || starts("citizen of") || starts("national of") {
        return place_after(12, &|c: &str| c == home) && !place_after(40, &|c: &str| c != home);
    }
    false
}

fn foreign_victim(text: &str, hits: &[Hit], h: &Hit) -> bool {
    let w = &text[h.start..h.end];
    if h.cue == Cue::ForeignWeak {
        if starts_ci(w, "foreign worker") || starts_ci(w, "foreign victim") {
            return true;
        }
        if !["foreign", "national", "citizen", "illegal", "undocumented", "alien", "immigrant"].iter().any(|x| starts_ci(w, x)) {
            return false;
        }
    }
    // "convicted two Nigerian nationals": the defendants' nationality (C8: not the victims').
    if h.cue == Cue::ForeignWeak && defendants(text, h) {
        return false;
    }
    if let Some((e, n)) = word_after(text, h.end) {
        // ("two Nigerian nationals" convicted: the demonym of the same defendants.)
        let nationals = ["national", "nationals", "citizen", "citizens"].iter().any(|x| n.eq_ignore_ascii_case(x));
        if nationals && defendants(text, &Hit { start: e - n.len(), end: e, ..*h }) {
            return false;
        }
        // "a 27-year-old Ethiopian domestic worker", "Filipino maids": workers of that
        // nationality; "A 52-year-old Polish man, who had been sleeping rough": a person who is
        // no defendant.
        const WORKER: &[&str] = &["worker", "workers", "maid", "maids", "housemaid", "housemaids", "labourers", "laborers"];
        const PERSON: &[&str] = &["man", "woman", "men", "women", "boy", "girl", "boys", "girls"];
        let (e, noun) = if n.eq_ignore_ascii_case("domestic") { word_after(text, e).unwrap_or((e, n)) } else { (e, n) };
        if WORKER.iter().any(|x| noun.eq_ignore_ascii_case(x)) {
            return true;
        }
        let person = Hit { start: e - noun.len(), end: e, ..*h };
        if PERSON.iter().any(|x| noun.eq_ignore_ascii_case(x)) && !defendants(text, &person) {
            return true;
        }
    }
    let offender = |x: &Hit| matches!(x.cue, Cue::OffenderNoun | Cue::OffenderOne);
    // "boys, aged 13 to 16, of Moroccan nationality": the nationality after its noun.
    let of_nationality = window(text, h.end, h.end + 13);
    let of_nationality = starts_ci(of_nationality, " nationality") || starts_ci(of_nationality, " citizenship");
    in_sentence(hits, h.sentence).iter().any(|v| {
        // "a 24-year-old Syrian woman" (a woman who is no defendant).
        let person =
            matches!(v.cue, Cue::Female | Cue::Male) && v.start >= h.end && v.start - h.end <= 24 && !defendants(text, v);
        if !(v.cue == Cue::VictimNoun || person) || (v.start == h.start && v.end == h.end) {
            return false;
        }
        let (lo, hi) = if v.start >= h.end {
            (h.end, v.start)
        } else if h.start >= v.end {
            (v.end, h.start)
        } else {
            return false;
        };
        let limit = if v.start >= h.end {
            24
        } else if of_nationality {
            30
        } else {
            16
        };
        hi - lo <= limit
            && !in_sentence(hits, h.sentence).iter().any(|x| offender(x) && x.start >= lo && x.end <= hi)
            && !text[lo..hi].contains(['.', ';', '('])
    })
}

/// The victims called women, men or adults ("three women", "the men were"), when no word
/// suggests a minor without saying so ("young women", "teenagers", "youths"): by the
/// conventions (C10) they are adults. `None` when no such word is found.
fn grown_victims<'h>(text: &str, hits: &'h [Hit], index: &KindIndex, selected: &mut Vec<u32>) -> Option<&'h Hit> {
    if !index.of(Cue::MinorVague).is_empty() {
        return None;
    }
    index.select(cue_bit(Cue::VictimNoun) | cue_bit(Cue::Female) | cue_bit(Cue::Male) | cue_bit(Cue::Adult), selected);
    selected.iter().map(|&i| &hits[i as usize]).find(|h| {
        let word = match h.cue {
            Cue::VictimNoun | Cue::Female => {
                let w = &text[h.start..h.end];
                ["women", "woman", "men"].iter().any(|x| w.eq_ignore_ascii_case(x))
            }
            Cue::Male => {
                let w = &text[h.start..h.end];
                ["men were", "the men", "men who"].iter().any(|x| w.eq_ignore_ascii_case(x))
            }
            Cue::Adult => !text[h.start..h.end].eq_ignore_ascii_case("adult"),
            _ => false,
        };
        word && !h.negated && !defendants(text, h)
    })
}

/// Photographs or details of the victims sent to a partner offender ("e-mailed photographs
/// of the victims to his partner", "sent the passport copies to a handler in Laos"): an
/// exchange among offenders (C14), neither an approach nor an offer to buyers. Read in the
/// rest of the clause after the contact word.
fn to_partner(text: &str, h: &Hit) -> bool {
    // The rest of the clause, as bytes (no copy: this runs for every contact word). Only a
    // word of sending can carry photographs ("e-mailed", "sent", "messages to").
    let b = text.as_bytes();
    let w = &b[h.start..h.end];
    let sending = |p: &[u8]| w.len() >= p.len() && w[..p.len()].eq_ignore_ascii_case(p);
    if !(sending(b"e-mail") || sending(b"email") || sending(b"sen") || sending(b"forward")) {
        return false;
    }
    let hi = (h.end + 120).min(b.len());
    let clause = &b[h.end..hi];
    let clause = &clause[..clause.iter().position(|&c| c == b'.' || c == b';').unwrap_or(clause.len())];
    const TO: &[&[u8]] = &[
        b"his partner",
        b"her partner",
        b"a partner",
        b"the partner",
        b"their partner",
        b"an associate",
        b"his associate",
        b"her associate",
        b"an accomplice",
        b"his accomplice",
        b"her accomplice",
        b"a co-defendant",
        b"his co-defendant",
        b"the second defendant",
        b"the other defendant",
        b"a handler",
        b"the handler",
        b"a contact in",
        b"his contact",
    ];
    // Each " to " of the clause (rarely more than one), and whom it names.
    let to_partner = (0..clause.len().saturating_sub(4)).any(|k| {
        clause[k] == b' '
            && clause[k + 1..k + 4].eq_ignore_ascii_case(b"to ")
            && TO.iter().any(|t| clause[k + 4..].len() >= t.len() && clause[k + 4..k + 4 + t.len()].eq_ignore_ascii_case(t))
    });
    to_partner
        && [&b"photo"[..], b"picture", b"image", b"information", b"details", b"passport", b"profiles of"]
            .iter()
            .any(|w| has_ci(clause, w))
}

/// An approach word that is no offender's contact: victims found by the police or others
/// ("Police found the girls after a Craigslist ad was flagged"), or "followed" a report or
/// a tip ("the operation followed a CyberTipline report").
fn not_a_contact(text: &str, h: &Hit) -> bool {
    let w = &text.as_bytes()[h.start..h.end];
    let starts = |p: &[u8]| w.len() >= p.len() && w[..p.len()].eq_ignore_ascii_case(p);
    if starts(b"found") {
        let before = window(text, h.start.saturating_sub(40), h.start).to_ascii_lowercase();
        let before = before.rsplit(['.', ';', ',']).next().unwrap_or("");
        return ["police", "officers", "agents", "detectives", "investigators", "inspectors", "authorities", "social worker"]
            .iter()
            .any(|x| before.contains(x));
    }
    if starts(b"followed") {
        let after = window(text, h.end, h.end + 40).to_ascii_lowercase();
        return ["report", "tip", "complaint", "referral", "investigation", "raid", "request", "lead"]
            .iter()
            .any(|x| after.split([' ', '.', ',']).take(5).any(|t| t.starts_with(x)));
    }
    false
}

/// A contact that says nothing of who wrote first ("they met online", "chatted on
/// Facebook"): no hunting by the conventions (C5), though it may still recruit.
fn mutual_contact(text: &str, h: &Hit) -> bool {
    let w = &text[h.start..h.end];
    [
        "met",
        "chatted",
        "chatting",
        "chat with",
        "came into contact",
        "communicated with",
        "corresponded with",
        "started talking",
        "began talking",
        "became acquainted",
        "got acquainted",
        "got to know",
        "connected with",
        "online relationship",
        "romantic relationship",
    ]
    .iter()
    .any(|x| w.eq_ignore_ascii_case(x))
        // "kept in contact with", "maintained contact with": contact that went on, not the
        // first.
        || (starts_ci(w, "contact")
            && ["kept in", "stayed in", "remained in", "maintained", "regular", "constant", "frequent", "ongoing", "continued", "close"]
                .iter()
                .any(|x| ends_ci(window(text, h.start.saturating_sub(16), h.start).trim_end(), x)))
        && !word_before(text, h.start).is_some_and(|(_, b)| b.eq_ignore_ascii_case("first"))
        // "the man and a young woman began chatting online": both began it (C13); "the
        // accused began chatting with a woman" is his first contact.
        || (["began chatting", "started chatting"].iter().any(|x| w.eq_ignore_ascii_case(x)) && {
            let lo = h.start.saturating_sub(150);
            let before = window(text, lo, h.start);
            let clause = before.rsplit(['.', ';']).next().unwrap_or("");
            clause.contains(" and ")
        })
}

/// "women" or "men" who are the defendants ("two men were convicted", "sentenced a
/// 43-year-old woman", "the two women recruited victims"), not the victims.
fn defendants(text: &str, h: &Hit) -> bool {
    const AFTER: &[&str] =
        &["convicted", "sentenced", "indicted", "pleaded", "charged", "guilty", "jailed", "arrested", "acquitted"];
    const BEFORE: &[&str] = &["convicted", "sentenced", "indicted", "charged", "jailed", "acquitted", "accused"];
    // Three words on each side, within the sentence.
    let mut at = h.end;
    for k in 0..3 {
        let Some((e, w)) = word_after(text, at) else { break };
        if text[at..e - w.len()].contains(['.', ';']) {
            break;
        }
        // "the two women recruited victims" (active), not "men were recruited".
        if one_of(w, AFTER)
            || (k == 0 && !text[h.start..h.end].contains(' ') && one_of(w, &["recruited", "lured", "trafficked", "exploited"]))
        {
            return true;
        }
        at = e;
    }
    let mut at = h.start;
    for k in 0..3 {
        let Some((s, w)) = word_before(text, at) else { break };
        if text[s + w.len()..at].contains(['.', ';']) {
            break;
        }
        // "a 43-year-old woman", "an Albanian woman": one person, most often the accused.
        if k == 0 && h.end - h.start == 5 && (one_of(w, &["a", "an"]) || w.ends_with("-old")) {
            return true;
        }
        if one_of(w, BEFORE) {
            return true;
        }
        at = s;
    }
    false
}

/// Photographs of the victims sent to people the offender chose, whatever they are called
/// ("sent the photographs, with their ages and the daily price, by WhatsApp to farm owners he
/// selected", "e-mailed photographs of the boys to car-wash owners whom he had selected"): a
/// word of choosing ("he selected", "she had chosen") after a "to" that follows the sending
/// of the photographs, in the sentence `text[lo..hi]`. The span of the word of choosing.
fn photos_to_chosen(text: &str, (lo, hi): (usize, usize)) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    // (Most sentences send no photographs: read no further, and copy nothing. Upper-case
    // "PHOTO" is read too.)
    let here = &b[lo..hi];
    if [&b"hoto"[..], b"HOTO", b"icture", b"ICTURE"].iter().all(|w| find_bytes(here, w).is_none()) {
        return None;
    }
    let low = text[lo..hi].to_ascii_lowercase();
    let sent_at = [
        "sent the photo",
        "sent photo",
        "e-mailed photo",
        "emailed photo",
        "e-mailed the photo",
        "sent pictures",
        "sent the pictures",
        // ("sent lists of available workers, with photographs, ... by e-mail to selected
        // slaughterhouses": the photographs sent with the lists.)
        "sent lists of",
        "sent a list of",
    ]
    .iter()
    .filter_map(|w| low.find(w))
    .min()?;
    let chose = [
        " he selected",
        " she selected",
        " they selected",
        " he had selected",
        " she had selected",
        " he had chosen",
        " she had chosen",
        " he chose",
        " she chose",
        // ("to chosen foreign men"; "to the managers of three farms, offering them as
        // pickers": an offer of the victims right after.)
        " to chosen ",
        " to selected ",
        ", offering them as",
        ", offering them to",
    ]
    .iter()
    .filter_map(|w| low[sent_at..].find(w).map(|k| (sent_at + k, w.len())))
    .min()?;
    // A "to" between the sending and the choosing (or the choosing's own), within 80 bytes.
    let to = low[sent_at..(chose.0 + 4).min(low.len())].rfind(" to ")? + sent_at;
    (chose.0 - to <= 80).then_some((lo + chose.0 + 1, lo + chose.0 + chose.1))
}

/// A buyer noun with photographs of the victims sent in its clause ("sending photos of the
/// women" / "pictures of the girls sent to buyers"), the buyers not the ones who wrote first.
fn photos_to_buyers(text: &str, b: &Hit) -> bool {
    let before = window(text, b.start.saturating_sub(130), b.start).to_ascii_lowercase();
    // (The sentence's start: the last ". " that does not end an initial, "D. and S.".)
    let stop = before
        .match_indices(". ")
        .map(|(i, _)| i)
        .filter(|&i| {
            !(i >= 1
                && before.as_bytes()[i - 1].is_ascii_alphabetic()
                && (i == 1 || !before.as_bytes()[i - 2].is_ascii_alphabetic()))
        })
        .last();
    let before = &before[stop.map_or(0, |i| i + 2)..];
    let after = window(text, b.end, b.end + 90).to_ascii_lowercase();
    let after = &after[..after.find(". ").unwrap_or(after.len())];
    // The buyers are whom something went to ("to the buyers", "with the buyers").
    let to = [
        "to ",
        "to the ",
        "with ",
        "with the ",
        "to prospective ",
        "to potential ",
        "to selected ",
        "to chosen ",
        "to regular ",
        "to interested ",
        "to trusted ",
        "to known ",
    ]
    .iter()
    .any(|x| before.ends_with(x))
        // "to a list of regular clients", "to a list of about a dozen regular 'clients'": a
        // short phrase of quantity or kind between "to" and the buyers, no clause break.
        || {
            let bb = before.as_bytes();
            (0..bb.len().saturating_sub(3)).rev().find(|&k| &bb[k..k + 4] == b" to ")
        }
        .is_some_and(|k| {
            let gap = before[k + 4..].trim_end_matches(['\'', '"', ' ', '\u{2018}', '\u{201c}']);
            gap.len() <= 45
                && !gap.contains([',', ';', ':'])
                && ["a list of ", "a number of ", "a group of ", "a circle of ", "dozens of ", "several ", "some of "]
                    .iter()
                    .any(|q| gap.starts_with(q))
        });
    // Photographs of the victims, sent.
    let photos = |t: &str| {
        ["victims' ", "victim's ", "women's ", "girls' ", "girl's ", "boys' ", "boy's ", "child's ", "children's ", "their ", "her "]
            .iter()
            .any(|o| ["photos", "photographs", "pictures"].iter().any(|p| t.contains(&format!("{o}{p}"))))
            // "forwarded the same photographs": those of the victims, named before.
            || ["the same photo", "the same picture", "these photo", "those photo"].iter().any(|p| t.contains(p))
            // "photographed the girls ... and sent the photographs": the victims' own.
            || (t.contains("photographed ") && ["the photo", "the picture", "the image"].iter().any(|p| t.contains(p)))
            // "took photographs of D. and S. in the flat and sent them": those taken.
            || (["took photographs", "took photos", "took pictures"].iter().any(|p| t.contains(p))
                && ["sent them", "sending them", "forwarded them", "e-mailed them", "emailed them"].iter().any(|p| t.contains(p)))
            || photos_of_victims(t, true)
    };
    let sending =
        |t: &str| ["sent", "sending", "send ", "e-mailed", "emailed", "forwarded", "shared"].iter().any(|x| t.contains(x));
    let next = after.trim_start().trim_start_matches("who ");
    let wrote_first = ["contacted", "wrote", "asked", "called", "messaged", "approached"].iter().any(|x| next.starts_with(x));
    to && !wrote_first && ((photos(before) && sending(before)) || (photos(after) && sending(after)))
}

/// Buyers named before "sent them" in their clause, with photographs of the victims after
/// it ("kept a list of foreign men ... and sent them photographs of the girls on WhatsApp
/// with prices"): the photographs went to those buyers (C6).
fn photos_sent_to_them(text: &str, b: &Hit) -> bool {
    let after = window(text, b.end, b.end + 160).to_ascii_lowercase();
    let after = &after[..after.find(['.', ';']).unwrap_or(after.len())];
    // (The buyers' own act right after them is theirs: "clients who sent them requests".)
    if after.trim_start().starts_with("who ") {
        return false;
    }
    let Some(k) = ["sent them ", "sending them ", "e-mailed them ", "emailed them ", "forwarded them "]
        .iter()
        .filter_map(|w| after.find(w).map(|k| k + w.len()))
        .min()
    else {
        return false;
    };
    let rest = &after[k..];
    // ("sent them photographs of them": the second "them" may be the buyers.)
    // (A char boundary at or before 90 bytes: `window`, not a byte slice, which could split
    // a letter.)
    photos_of_victims(window(rest, 0, 90), false)
}

/// "photographs of the girls", "photos of her" in `t` (lowercase): pictures whose subject,
/// right after "of" (over "the"), is the victims; with `or_them`, "pictures of them" too.
fn photos_of_victims(t: &str, or_them: bool) -> bool {
    ["photos of ", "photographs of ", "pictures of ", "images of "].iter().any(|p| {
        t.match_indices(p).any(|(k, _)| {
            let who = t[k + p.len()..].trim_start_matches("the ");
            // ("photographs of the two injured parties", "photos of three victims".)
            let who =
                ["two ", "three ", "four ", "five ", "six ", "both "].iter().find_map(|n| who.strip_prefix(n)).unwrap_or(who);
            ["women", "woman", "girl", "victim", "her", "boy", "child", "minors", "men", "workers", "injured part"]
                .iter()
                .any(|v| who.starts_with(v))
                || (or_them && who.starts_with("them"))
        })
    })
}

/// The hits of sentence `si`: `hits` are in text order, so their sentence indexes never
/// decrease and each sentence's hits are one run, found by binary search (the same hits,
/// in the same order, as filtering the whole list on `h.sentence == si`).
fn in_sentence(hits: &[Hit], si: u32) -> &[Hit] {
    let lo = hits.partition_point(|h| h.sentence < si);
    let hi = lo + hits[lo..].partition_point(|h| h.sentence <= si);
    &hits[lo..hi]
}

/// Whether net hit `k` follows, closely in its sentence, a third party whose use it is
/// ("published on the judiciary's website", "came to light after ... a Facebook post").
/// What the third party found online is the offenders' ("a journalist found her photographs
/// in an online sex ad"): a verb of finding between them keeps the use.
fn third_party_use(text: &str, hits: &[Hit], k: usize) -> bool {
    let h = &hits[k];
    hits[..k].iter().rev().take_while(|p| p.sentence == h.sentence).any(|p| {
        p.cue == Cue::ThirdParty
            && ((p.start == h.start && p.end == h.end)
                || (p.end <= h.start
                    && h.start - p.end <= NEGATION_REACH
                    && !found_between(text, p.end, h.start)
                    // "ads, which he believed police monitored, he took photos ... through
                    // Kik": a new clause of the offender's own after the comma.
                    && !new_clause(&text.as_bytes()[p.end..h.start])))
    })
        // "the cybercrime unit": a third party's name on the same span.
        || hits[k + 1..].iter().take_while(|p| p.start == h.start).any(|p| p.cue == Cue::ThirdParty && p.end == h.end)
        // "the website of a Latvian NGO": the site of a third party named right after it.
        || hits[k + 1..].iter().take_while(|p| p.sentence == h.sentence && p.start <= h.end + 30).any(|p| {
            p.cue == Cue::ThirdParty && {
                let gap = &text[h.end..p.start];
                // ("the Facebook page of a Thai foundation": the page of the site named.)
                // ("the e-mail address of a Vancouver support organisation".)
                let gap = gap
                    .strip_prefix(" page")
                    .or_else(|| gap.strip_prefix(" account"))
                    .or_else(|| gap.strip_prefix(" address"))
                    .unwrap_or(gap);
                gap.starts_with(" of ") && !gap.contains([',', ';'])
            }
        })
        // "found the website of an association in Lyon": a helper's site, named by a word of
        // `helper_place` among the three words after "of".
        || {
            let after = &text.as_bytes()[h.end..(h.end + 40).min(text.len())];
            after.len() > 4 && after[..4].eq_ignore_ascii_case(b" of ") && {
                let words = window(text, h.end + 4, h.end + 40);
                let words = &words[..words.find([',', ';', '.']).unwrap_or(words.len())];
                words.split_whitespace().take(3).any(|w| helper_place(w) && !w.eq_ignore_ascii_case("unit"))
                    && !has_ci(words.as_bytes(), b"criminal")
            }
        }
}

/// A platform named inside a contact ("sent them WeChat messages offering work", "wrote on
/// Instagram to two girls", "sent her Facebook messages"): the contact the platform's name
/// splits, which no phrase of the lexicon spans.
fn platform_contact(text: &str, h: &Hit) -> bool {
    // (`ends_ci` and `starts_ci` compare bytes: a cut at a byte count may split a letter.)
    let before = window(text, h.start.saturating_sub(14), h.start);
    let after = window(text, h.end, h.end + 12);
    (["sent them ", "sent her ", "sent him ", "sending them ", "sending her ", "sending him "].iter().any(|w| ends_ci(before, w))
        && [" message", " dm", " direct message", " chat message"].iter().any(|w| starts_ci(after, w)))
        || (["wrote on ", "wrote via ", "wrote through ", "wrote over ", "writing on "].iter().any(|w| ends_ci(before, w))
            && starts_ci(after, " to "))
}

/// Whether the clause of net hit `h` has a third party for its subject (conventions C3):
/// "the police published the defendants' photographs on the institution's website", "a
/// reporter for a regional news website ... published an article online", "the gendarmes
/// identified three of the victims by checking their photographs against ... an online
/// database". The first actor named from the clause's start (after a period, semicolon or
/// colon) decides; the third party's subject ends at an offender named after it ("police
/// arrested the defendant after he posted"), a verb of finding, saying or offering ("police
/// found that", "officers said"), or an advertisement it answered ("an undercover officer
/// answered an ad on Backpage": the offenders' ad). After a conjunction ("after", "when")
/// another third party may open a clause of its own ("Police found the houses after a
/// neighbour posted"); an offender named first keeps the clause the offenders' until then.
fn third_party_subject(text: &str, hits: &[Hit], k: usize) -> bool {
    const OFFENDER: &[&str] = &[
        "defendant",
        "defendants",
        "accused",
        "suspect",
        "suspects",
        "trafficker",
        "traffickers",
        "offender",
        "offenders",
        "perpetrator",
        "perpetrators",
        "he",
        "she",
        "they",
        "convict",
        "appellant",
        "pimp",
    ];
    const ENDS: &[&str] = &[
        "that",
        "said",
        "says",
        "say",
        "state",
        "states",
        "allege",
        "alleges",
        "claim",
        "claims",
        "claimed",
        "added",
        "explained",
        "noted",
        "found",
        "find",
        "showed",
        "shown",
        "revealed",
        "discovered",
        "learned",
        "learnt",
        "established",
        "alleged",
        "according",
        "whether",
        "how",
        "saw",
        "seen",
        "noticed",
        "heard",
        "believed",
        "suspected",
        "testified",
        "stated",
        "told",
        "reported",
        "undercover",
        "sting",
        "ad",
        "ads",
        "advert",
        "adverts",
        "advertisement",
        "advertisements",
        "listing",
        "listings",
        "posting",
        "postings",
        "intercepted",
        "recovered",
        "seized",
        "examined",
        "analysed",
        "analyzed",
        "extracted",
        "between",
        "conversations",
        "chats",
        "messages",
        "correspondence",
        "where",
        "when",
        "after",
        "before",
        "because",
        "while",
        "until",
        "since",
        "read",
        "monitored",
        "traced",
        "tracked",
        "reviewed",
        "watched",
        "followed",
        // ("A neighbour offered her a job in Dubai via Facebook": an offer is no third
        // party's act.)
        "offered",
        "offering",
        "promised",
        "promising",
        "recruited",
        "lured",
        "job",
        "jobs",
    ];
    // ("showed the police the Facebook messages": the third party an object.)
    const OBJECT_AFTER: &[&str] =
        &["to", "by", "with", "showed", "told", "informed", "alerted", "called", "contacted", "approached", "asked"];
    let h = &hits[k];
    // The third parties are the lexicon's (`third_actor` in cues.tsv, and "journalist*" of
    // `third_party`): where each starts. Most net hits have none before them in their
    // sentence, and no word is read.
    let actor =
        |p: &&Hit| p.cue == Cue::ThirdActor || (p.cue == Cue::ThirdParty && starts_ci(&text[p.start..p.end], "journalist"));
    let actors: Vec<usize> = hits[..k]
        .iter()
        .rev()
        .take_while(|p| p.sentence == h.sentence && p.start + 250 >= h.start)
        .filter(actor)
        .map(|p| p.start)
        .collect();
    if actors.is_empty() {
        return false;
    }
    let b = text.as_bytes();
    let lo = h.start.saturating_sub(250);
    let lo = b[lo..h.start].iter().rposition(|&c| matches!(c, b'.' | b';' | b':' | b'!' | b'?')).map_or(lo, |k| lo + k + 1);
    let clause = window(text, lo, h.start);
    // "the defendant's Facebook account", "his profile": the offenders' own.
    let last = clause.trim_end();
    let owner = last.strip_suffix("'s").or_else(|| last.strip_suffix('\'')).or_else(|| last.strip_suffix("\u{2019}s"));
    let owner = owner.and_then(|o| o.rsplit(|c: char| !c.is_ascii_alphanumeric()).next());
    if owner.is_some_and(|o| OFFENDER.iter().any(|x| o.eq_ignore_ascii_case(x)))
        || word_before(text, h.start).is_some_and(|(_, w)| ["his", "her", "their"].iter().any(|x| w.eq_ignore_ascii_case(x)))
    {
        return false;
    }
    let mut third = false;
    // The word before the last "the", if the last word was "the", else the last word.
    let mut before = "";
    // In a relative clause after the third party ("journalists ..., who had heard of the
    // flat from a volunteer, visited it"), to its comma.
    let mut relative = false;
    // Whether the last word read was the third party itself, or ended with a comma: a "who"
    // right after it, or after a comma ("journalists from a local paper, who had heard"),
    // opens the third party's relative clause; a "who" right after anyone else names a new
    // actor ("a workshop run by a subcontractor who had posted a vacancy").
    let mut right_after = false;
    // Whether an offender was named before any third party, since the clause's last
    // conjunction: the offender is its subject.
    let mut offender = false;
    // Where the next piece starts in the text.
    let mut at = h.start - clause.len();
    for w in clause.split_inclusive(|c: char| !(c.is_ascii_alphanumeric() || c == '\'' || c == '-')) {
        let start = at;
        at += w.len();
        let comma = w.ends_with(',');
        let w = w.trim_end_matches(|c: char| !(c.is_ascii_alphanumeric() || c == '\'' || c == '-'));
        if relative {
            relative = !comma;
            continue;
        }
        // A possessive names whose thing it is, not who acted: "the defendants' photographs".
        if w.is_empty() || w.ends_with('\'') || w.ends_with("'s") {
            continue;
        }
        if third && ["who", "which"].iter().any(|x| w.eq_ignore_ascii_case(x)) {
            // (A decoy or a customer the third party sent acts for it: "sent a decoy customer
            // who contacted the number shown on the site".)
            if !right_after && !one_of(before, &["decoy", "customer", "buyer", "client", "informant", "agent", "volunteer"]) {
                return false;
            }
            relative = !comma;
            continue;
        }
        right_after = comma;
        if third {
            // The third party's clause ends: an offender named after it, or a verb of finding
            // or saying, is the offenders' own act ("police found that he had posted"); a
            // conjunction after it opens a new subject, perhaps another third party's ("Police
            // found the houses after a neighbour posted in a community Facebook group").
            if one_of(w, OFFENDER) {
                third = false;
                offender = true;
            } else if one_of(w, ENDS) {
                third = false;
                offender = false;
            }
        } else if actors.contains(&start) {
            third = !offender && !one_of(before, OBJECT_AFTER);
            right_after |= third;
        } else if one_of(w, OFFENDER) {
            offender = true;
        } else if one_of(w, &["after", "when", "once", "because", "until"]) {
            // "The accused was identified after a neighbour posted about the boy on a
            // community Facebook page": a new subject after the conjunction.
            offender = false;
        }
        if !w.eq_ignore_ascii_case("the") {
            before = w;
        }
    }
    third
}

/// Whether net hit `k` is a victim's call for help, or a relative's search (conventions
/// C3: not the offenders' use): the rest of its clause sends it to someone who helps ("sent
/// voice messages on WhatsApp to her sister", "a Facebook message to a former classmate")
/// or says what it was for ("posted her photograph on Facebook as missing", "asking for
/// help"), and no offender is named before it in its sentence (an offender's possessive,
/// "a phone belonging to the employer's daughter", names none).
fn seeks_help(text: &str, hits: &[Hit], k: usize) -> bool {
    let h = &hits[k];
    let b = text.as_bytes();
    // "contacted a domestic violence shelter through its website": the helper's own site.
    if starts_ci(&text[h.start..h.end], "its ") || word_before(text, h.start).is_some_and(|(_, w)| w.eq_ignore_ascii_case("its"))
    {
        let lo = text[..h.start].rfind([',', ';', '.']).map_or(0, |e| e + 1).max(h.start.saturating_sub(100));
        let near = window(text, lo, h.start);
        // ("a migrant workers' organisation ... through its Facebook page"; not "the criminal
        // organisation ... through its website".)
        if near.split_whitespace().any(helper_place) && !has_ci(near.as_bytes(), b"criminal") {
            return true;
        }
        // "articles by reporters of a Bucharest daily, published in the paper and on its
        // website": a newspaper's own site (C3).
        let lo_sentence = text[..h.start].rfind(['.', ';']).map_or(0, |e| e + 1).max(h.start.saturating_sub(120));
        if window(text, lo_sentence, h.start).split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
            ["newspaper", "paper", "daily", "weekly", "magazine", "broadcaster", "reporters", "journalists"]
                .iter()
                .any(|m| w.eq_ignore_ascii_case(m))
        }) {
            return true;
        }
        // "information passed on by a support service, which one of the women had contacted
        // through its website": the helper named right before the relative clause.
        if let Some(which) = near.find(|c: char| !c.is_whitespace()).filter(|&k| starts_ci(&near[k..], "which ")).map(|k| lo + k)
        {
            let prev = window(text, which.saturating_sub(40), which);
            let prev = prev.trim_end().trim_end_matches(',');
            if prev.rsplit(' ').take(2).any(helper_place) && !has_ci(prev.as_bytes(), b"criminal") {
                return true;
            }
        }
    }
    // "sent her location to her mother on WhatsApp": the relative named right before it.
    if relative_before(text, h.start) || relative_found_them(text, h.start) || relative_messaged(text, h.start) {
        return true;
    }
    let rest = window(text, h.end, h.end + 90);
    let rest = &rest[..first_of(rest.as_bytes(), [b',', b';', b'.', b':']).unwrap_or(rest.len())];
    // (Most mentions have neither a recipient nor a purpose after them: read no further,
    // copy nothing.)
    let rb = rest.as_bytes();
    let gate = any_pair_ci(rb, [*b"to", *b"he", *b"mi", *b"re", *b"fo"], |i| {
        let at = |w: &[u8]| rb.len() - i >= w.len() && rb[i..i + w.len()].eq_ignore_ascii_case(w);
        (i > 0 && rb[i - 1] == b' ' && at(b"to "))
            || at(b"help")
            || at(b"missing")
            || at(b"rescue")
            || at(b"for the number of")
            || at(b"for a shelter")
            || at(b"for a lawyer")
    });
    if !gate {
        return false;
    }
    let low = rest.to_ascii_lowercase();
    // (What it was for, right after it: "posted it on TikTok asking for help"; not "after
    // seeing a post of hers asking for help", someone else's post.)
    let why = [
        "as missing",
        "for help",
        "asked for help",
        "seeking help",
        "to seek help",
        "asking for help",
        "begging for help",
        "for rescue",
        "for a lawyer",
        "for the number of",
        "for a shelter",
    ];
    let soon = window(&low, 0, 24).as_bytes();
    // ("posted a video on TikTok from a borrowed phone asking for help": a few words on, when
    // nothing between says it was someone else's post.)
    let later = window(&low, 0, 45);
    let later_why = ["asking for help", "begging for help", "seeking help", "asked for help"]
        .iter()
        .find_map(|w| later.find(w))
        .is_some_and(|k| !["after", "seeing", "saw", "post of", "posts of"].iter().any(|x| later[..k].contains(x)));
    let to_helper = || {
        let mut from = 0;
        while let Some(t) = find_bytes(&low.as_bytes()[from..], b" to ").map(|t| from + t + 4) {
            from = t;
            let mut own = false;
            for w in low[t..].split(' ').take(5) {
                // ("to her family", not "to the family of the prospective husband", a buyer.)
                if HELPERS.contains(&w) && (own || !["family", "relatives", "parents"].contains(&w)) {
                    return true;
                }
                own |= ["her", "his", "their"].contains(&w);
                if ![
                    "her",
                    "his",
                    "their",
                    "a",
                    "an",
                    "the",
                    "former",
                    "old",
                    "school",
                    "elder",
                    "older",
                    "younger",
                    "local",
                    "legal",
                    "women's",
                    "international",
                    "non-governmental",
                    "human",
                    "rights",
                    "migrant",
                    "migrants'",
                    "workers'",
                ]
                .contains(&w)
                {
                    break;
                }
            }
        }
        false
    };
    if !(to_helper() || later_why || why.iter().any(|w| find_bytes(soon, w.as_bytes()).is_some())) {
        return false;
    }
    // "wrote through Facebook to a cousin in Caaguazu ..., offering them work": a relative
    // recruited, not asked for help.
    let sentence_end = find_bytes(&b[h.end..], b". ").map_or(text.len(), |e| h.end + e);
    let tail = &b[h.end..sentence_end];
    if [&b"offer"[..], b"promis", b"job", b"work as", b"work in", b"work at"].iter().any(|w| has_ci(tail, w)) {
        return false;
    }
    !hits[..k].iter().rev().take_while(|p| p.sentence == h.sentence).any(|p| {
        matches!(p.cue, Cue::OffenderOne | Cue::OffenderNoun)
            && !(b.get(p.end) == Some(&b'\'') || text[p.end..].starts_with('\u{2019}'))
    })
}

/// A summary whose defendant paid a woman or a facilitator to abuse children for him ("paid a
/// facilitator in Pampanga to sexually abuse three girls", "paid her, through Western Union's
/// online service, to make children in her care perform", "paid her between EUR 30 and EUR 90
/// per session"): the defendant is the buyer of the shows.
fn paid_viewer_doc(text: &str) -> bool {
    let b = text.as_bytes();
    let mut from = 0;
    while let Some(k) = find_bytes(&b[from..], b"paid ").map(|k| from + k) {
        from = k + 5;
        let Some((e, w)) = word_after(text, from) else { continue };
        let whom = ["her", "women", "facilitators", "mothers"].iter().any(|x| w.eq_ignore_ascii_case(x))
            || (["a", "the"].iter().any(|x| w.eq_ignore_ascii_case(x))
                && word_after(text, e).is_some_and(|(_, n)| {
                    ["woman", "facilitator", "relative", "mother"].iter().any(|x| n.eq_ignore_ascii_case(x))
                }));
        if whom {
            let rest = &b[from..(from + 120).min(b.len())];
            let rest = &rest[..rest.iter().position(|&c| c == b'.').unwrap_or(rest.len())];
            if [
                &b"to sexually abuse"[..],
                b"to abuse",
                b"to make",
                b"to perform",
                b"to arrange",
                b"per session",
                b"per show",
                b"for the shows",
                b"for each show",
            ]
            .iter()
            .any(|p| has_ci(rest, p))
            {
                return true;
            }
        }
    }
    false
}

/// The person an approach reaches is a woman or a facilitator ("made contact with a woman",
/// "made contact with one of the women", "contacted the facilitators", "written to her",
/// "sending her a message").
fn facilitator_contacted(text: &str, h: &Hit) -> bool {
    const WHO: &[&str] = &["her", "woman", "women", "facilitator", "facilitators", "relative", "mother"];
    if word_before(text, h.start).is_some_and(|(_, w)| w.eq_ignore_ascii_case("her")) {
        return true;
    }
    let mut at = h.end;
    for _ in 0..5 {
        let Some((e, w)) = word_after(text, at) else { return false };
        if text[at..e - w.len()].contains([',', ';', '.']) {
            return false;
        }
        if WHO.iter().any(|x| w.eq_ignore_ascii_case(x)) {
            return true;
        }
        if !["with", "to", "the", "a", "an", "one", "of"].iter().any(|x| w.eq_ignore_ascii_case(x)) {
            return false;
        }
        at = e;
    }
    false
}

/// "the groom's family", "a groom in Lahore": the man to be married, not grooming.
fn bridegroom(text: &str, h: &Hit) -> bool {
    let w = &text[h.start..h.end];
    // ("photographs were sent to prospective grooms": buyers offered a bride, C6.)
    (w.eq_ignore_ascii_case("groom") || w.eq_ignore_ascii_case("grooms"))
        && (text[h.end..].starts_with(['\'', '\u{2019}'])
            || word_before(text, h.start).is_some_and(|(s, b)| {
                ["the", "a", "her", "his", "their"].iter().any(|x| b.eq_ignore_ascii_case(x))
                    && !word_before(text, s).is_some_and(|(_, t)| t.eq_ignore_ascii_case("to"))
            }))
}

/// An approach of a helping institution ("contacted a migrant workers' centre", "wrote to
/// the embassy"): the object right after it, over articles and modifiers, names one.
fn contacts_helper(text: &str, h: &Hit) -> bool {
    let rest = window(text, h.end, h.end + 60);
    let rest = &rest[..rest.find([',', ';', '.', ':']).unwrap_or(rest.len())];
    // ("She found the website of an association in Lyon and e-mailed it for help.")
    rest.split_whitespace().take(5).any(helper_place)
        || [" it for help", " them for help", " for help"].iter().any(|w| starts_ci(rest, w))
}

/// A word naming a helping institution (an embassy, an NGO, a shelter ...), plural or
/// possessive.
fn helper_place(w: &str) -> bool {
    const PLACES: &[&str] = &[
        "embassy",
        "consulate",
        "ngo",
        "police",
        "hotline",
        "helpline",
        "centre",
        "center",
        "shelter",
        "charity",
        "authoritie",
        "lawyer",
        "union",
        "priest",
        "pastor",
        "support",
        "organisation",
        "organization",
        "association",
        "unit",
        "foundation",
    ];
    // (Compared in place, case ignored: no copy of each word.)
    let w = w.trim_end_matches(['\'', '\u{2019}', 's']);
    PLACES.iter().any(|p| w.eq_ignore_ascii_case(p))
}

/// A relative who found the victims through the site right after ("the complainant's sister
/// in Suva located her via her Bebo page"): a relative, then a verb of finding with "her",
/// "him" or "them" for its object, then "via", "through", "on" or "using" (and "her", "his"
/// or "their") right before the mention at `at`.
fn relative_found_them(text: &str, at: usize) -> bool {
    // Read back word by word, in place (most mentions fail at the first word).
    let Some((mut s, mut w)) = word_before(text, at) else { return false };
    if one_of(w, &["her", "his", "their"]) {
        let Some(p) = word_before(text, s) else { return false };
        (s, w) = p;
    }
    if !one_of(w, &["via", "through", "on", "using"]) {
        return false;
    }
    let Some((s, w)) = word_before(text, s) else { return false };
    if !one_of(w, &["her", "him", "them"]) {
        return false;
    }
    let Some((mut s, mut w)) = word_before(text, s) else { return false };
    if w.eq_ignore_ascii_case("down") {
        let Some(p) = word_before(text, s) else { return false };
        (s, w) = p;
    }
    if !one_of(w, &["located", "traced", "found", "tracked"]) {
        return false;
    }
    // The subject: a relative among the five words before the verb.
    const RELATIVES: [&str; 12] = [
        "mother",
        "father",
        "sister",
        "brother",
        "aunt",
        "uncle",
        "cousin",
        "grandmother",
        "grandfather",
        "family",
        "parents",
        "husband",
    ];
    let mut at = s;
    for _ in 0..5 {
        let Some((s, w)) = word_before(text, at) else { return false };
        if one_of(w, &RELATIVES) {
            return true;
        }
        at = s;
    }
    false
}

/// A relative the victim wrote to through the mention at `at`: "messaged his older sister on
/// Snapchat", "texted her mother via WhatsApp" (a verb of writing, "his", "her" or "their",
/// a relative, then "on", "via", "through" or "over"). Read back word by word, in place.
fn relative_messaged(text: &str, at: usize) -> bool {
    let Some((s, w)) = word_before(text, at) else { return false };
    if !one_of(w, &["on", "via", "through", "over"]) {
        return false;
    }
    let Some((s, w)) = word_before(text, s) else { return false };
    if !one_of(w, &["mother", "father", "sister", "brother", "aunt", "uncle", "cousin", "family", "parents", "mum", "mom"]) {
        return false;
    }
    let Some((mut s, mut w)) = word_before(text, s) else { return false };
    if one_of(w, &["older", "younger", "elder", "big", "little"]) {
        let Some(p) = word_before(text, s) else { return false };
        (s, w) = p;
    }
    if !one_of(w, &["his", "her", "their"]) {
        return false;
    }
    word_before(text, s)
        .is_some_and(|(_, w)| one_of(w, &["messaged", "texted", "called", "phoned", "contacted", "emailed", "mailed"]))
}

/// A relative the mention at `at` was sent to, named right before it: "to her mother on
/// WhatsApp", "to his sister via Viber" (a relative after "to her", "to his" or "to their",
/// then "on", "via", "through", "by" or "over").
fn relative_before(text: &str, at: usize) -> bool {
    const RELATIVES: [&str; 10] =
        ["mother", "father", "sister", "brother", "aunt", "uncle", "grandmother", "grandfather", "family", "parents"];
    let before = window(text, at.saturating_sub(40), at);
    // (Most mentions have no "to" before them: nothing copied.)
    if find_bytes(before.as_bytes(), b" to ").is_none() {
        return false;
    }
    let before = before.to_ascii_lowercase();
    let Some(before) = ["on", "via", "through", "by", "over"].iter().find_map(|p| before.trim_end().strip_suffix(p)) else {
        return false;
    };
    before.trim_end().rsplit_once(' ').is_some_and(|(rest, word)| {
        RELATIVES.contains(&word) && [" to her", " to his", " to their"].iter().any(|p| rest.ends_with(p))
    })
}

/// The people a victim asks for help (see [`seeks_help`]).
const HELPERS: &[&str] = &[
    "sister",
    "sisters",
    "brother",
    "brothers",
    "cousin",
    "cousins",
    "classmate",
    "classmates",
    "friend",
    "friends",
    "family",
    "relatives",
    "parents",
    "embassy",
    "consulate",
    "ngo",
    "police",
    "hotline",
    "helpline",
    "lawyer",
    "union",
    "priest",
    "pastor",
    "neighbour",
    "neighbor",
    "aunt",
    "uncle",
    "mother",
    "father",
    "grandmother",
    "grandfather",
    "organisation",
    "organization",
    "association",
    "shelter",
    "aid",
];

/// ", he ", ", she ", ", they " in `gap`: a new clause with its own subject.
fn new_clause(gap: &[u8]) -> bool {
    gap.iter().enumerate().any(|(k, &c)| {
        c == b',' && {
            let rest = &gap[k + 1..];
            [&b" he "[..], b" she ", b" they "].iter().any(|p| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p))
        }
    })
}

/// A verb of finding or seeing between `from` and `to` ("found", "discovered", "came
/// across"), or the offender named as the owner ("monitored the defendant's Facebook
/// account"; not "his", which may be a victim's: "the boy ... described his ordeal in a
/// Facebook post"): what was found or watched is the offenders'.
fn found_between(text: &str, from: usize, to: usize) -> bool {
    let gap = text[from..to].to_ascii_lowercase();
    [
        " found ",
        " discovered ",
        " came across ",
        " spotted ",
        " saw ",
        " identified ",
        " located ",
        // ("The court's judgment recorded that the two defendants exchanged messages on
        // Telegram": what the court's record says the offenders did.)
        " recorded that ",
        " records that ",
        " established that ",
        " held that ",
        "defendant's",
        "defendants'",
        "accused's",
        "suspect's",
        "trafficker's",
        "offender's",
    ]
    .iter()
    .any(|w| gap.contains(w))
}

/// Whether net hit `k` only repeats, on the same span, a more specific reading: a longer
/// phrase also carries the cues of the words inside it ("Facebook Messenger" is not
/// Facebook, "escort website" is not an unnamed website).
fn shadowed_net_hit(hits: &[Hit], k: usize) -> bool {
    let h = &hits[k];
    let same = |j: &usize| hits[*j].start == h.start && hits[*j].end == h.end && is_net(hits[*j].cue);
    let lo = (0..k).rev().take_while(|j| hits[*j].start == h.start).last().unwrap_or(k);
    let hi = (k + 1..hits.len()).take_while(|j| hits[*j].start == h.start).last().unwrap_or(k);
    (lo..=hi).filter(|j| *j != k).filter(same).any(|j| match (hits[j].cue, h.cue) {
        (Cue::Platform(_), Cue::Platform(_)) => j < k,
        (Cue::Platform(_), _) => true,
        (Cue::Internet(t), Cue::Internet(UNSPECIFIED)) => t != UNSPECIFIED,
        // "an escort advertising site", "an escort ad site": an escort site (the advertising
        // site inside the phrase is the same site).
        (Cue::Internet(3), Cue::Internet(2)) => true,
        (Cue::Domain, Cue::Internet(UNSPECIFIED)) => true,
        _ => false,
    })
}

/// `gap` holds a semicolon or ", and ", ", then ", ", but ", ", while " (case ignored): a
/// clause break between two mentions. (Each ", " tried in place: no lowercase copy.)
fn clause_break(gap: &[u8]) -> bool {
    if gap.contains(&b';') {
        return true;
    }
    let mut from = 0;
    while let Some(k) = find_bytes(&gap[from..], b", ").map(|k| from + k) {
        let rest = &gap[k + 2..];
        if [&b"and "[..], b"then ", b"but ", b"while "]
            .iter()
            .any(|w| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w))
        {
            return true;
        }
        from = k + 1;
    }
    false
}

/// An unnamed "website"/"site" followed by its name ("the website Escort Ireland", "the
/// website 'Oslo Exclusive Escorts'"): a site of its own, not in the gazetteer.
fn named_site(text: &str, hits: &[Hit], h: &Hit) -> bool {
    let word = &text[h.start..h.end];
    if !(ends_ci(word, "site") || ends_ci(word, "platform")) {
        return false;
    }
    let b = text.as_bytes();
    let mut i = h.end;
    let mut quoted = false;
    loop {
        match b.get(i) {
            Some(b' ') => i += 1,
            Some(b'\'' | b'"') => {
                quoted = true;
                i += 1;
            }
            Some(0xE2) if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x98 | 0x99 | 0x9C | 0x9D)) => {
                quoted = true;
                i += 3;
            }
            Some(b',') if !quoted && matches!(b.get(i + 1..i + 3), Some([b' ', b'\'' | b'"' | 0xE2])) => i += 1,
            _ => break,
        }
    }
    b.get(i).is_some_and(u8::is_ascii_uppercase)
        && i > h.end
        && !hits.iter().any(|x| x.start == i && matches!(x.cue, Cue::Platform(_) | Cue::Domain))
}

/// Whether `text[s..e]` stands in a law report's catchwords: its sentence (to the nearest
/// ". " on each side) has at least two " - " or " \u{2013} " between keywords.
fn catchwords(text: &str, s: usize, e: usize) -> bool {
    let b = text.as_bytes();
    // (Bytes, within 300 of the mention: no string searcher built for each call; most
    // mentions have no dash between spaces near them, and are read no further.)
    let near = &b[s.saturating_sub(300)..b.len().min(e + 300)];
    if find_bytes(near, b" - ").is_none() && find_bytes(near, "\u{2013} ".as_bytes()).is_none() {
        return false;
    }
    let lo = (s.saturating_sub(300)..s).rev().find(|&k| b[k] == b'.' && b.get(k + 1) == Some(&b' ')).map_or(0, |k| k + 2);
    let hi = (e..b.len().min(e + 300)).find(|&k| b[k] == b'.' && b.get(k + 1) == Some(&b' ')).unwrap_or(b.len().min(e + 300));
    let line = &b[lo.min(hi)..hi];
    let dash =
        |k: usize| line[k] == b' ' && (line[k + 1..].starts_with(b"- ") || line[k + 1..].starts_with("\u{2013} ".as_bytes()));
    (0..line.len()).filter(|&k| dash(k)).take(2).count() >= 2
}

/// Whether an unnamed internet mention ("met on the internet", "internet sites, including
/// Craigslist") is a use of its own beside the named platforms: in a sentence that names
/// none, close to what the offenders did online; or unnamed sites beside a named one.
fn generic_use_alongside(text: &str, hits: &[Hit], type_spans: &[(u8, usize, usize)]) -> bool {
    type_spans.iter().filter(|t| t.0 == UNSPECIFIED).any(|&(_, s, e)| {
        // "internet sites, including Craigslist": the named one is one of several.
        let mut after = text[e..].trim_start_matches([',', ' ']);
        let plural = ends_ci(&text[s..e], "sites")
            || ["sites", "websites"].iter().any(|w| {
                after.get(..w.len()).is_some_and(|x| x.eq_ignore_ascii_case(w)) && {
                    after = after[w.len()..].trim_start_matches([',', ' ']);
                    true
                }
            });
        if plural && after.get(..9).is_some_and(|w| w.eq_ignore_ascii_case("including")) {
            return true;
        }
        let Some(h) = hits.iter().find(|h| h.start == s && h.end == e && is_net(h.cue)) else { return false };
        // "Criminal Law - Trafficking in human beings - Advertising of victims' services on the
        // internet - Whether ...": a law report's catchwords name what the case says, where the
        // platform is named.
        if catchwords(text, s, e) {
            return false;
        }
        // A platform named in the same clause is the same use ("sent Facebook messages and
        // struck up an online relationship", "an internet website, Backpage.com"); one in
        // another clause of a long sentence (after ", and", a semicolon) is not.
        // (A webcam or livestream is how the exploitation ran, not a service: "transmitted
        // live on the internet" names no service.)
        let named_here = type_spans.iter().any(|&(t, s2, e2)| {
            t != UNSPECIFIED
                && t != WEBCAM
                && !clause_break(&text.as_bytes()[e.min(e2)..s.max(s2)])
                && hits.iter().any(|x| x.start == s2 && x.end == e2 && x.sentence == h.sentence)
        });
        !named_here
            && !describes_business(text, e)
            && hits.iter().any(|x| {
                x.sentence == h.sentence
                    && !x.negated
                    && matches!(x.cue, Cue::Advert | Cue::Recruit | Cue::Approach | Cue::BuyerOffer | Cue::Form { label: 0, .. })
                    && (x.end <= s && s - x.end <= 40 || x.start >= e && x.start - e <= 40)
            })
    })
}

/// "communicated with buyers", "messaged customers" with no offer of sex in the sentence:
/// talk with buyers (logistics), not an approach to a victim.
/// So is talk with another offender ("communicated with the co-defendant by e-mail").
fn talk_with_buyers(text: &str, sent: &[&Hit], h: &Hit) -> bool {
    let next = |c: &dyn Fn(Cue) -> bool| sent.iter().any(|x| c(x.cue) && x.start >= h.end && x.start - h.end <= 15);
    // ("were found by the traffickers" names who did it, not whom they talked to)
    // ("were approached by the defendant through Snapchat": a passive, the offender acting)
    let passive = ends_ci(&text[h.start..h.end], " by")
        || text.as_bytes()[h.end..].get(..4).is_some_and(|w| w.eq_ignore_ascii_case(b" by "));
    let offender_next = !passive && next(&|c| matches!(c, Cue::OffenderOne | Cue::OffenderNoun | Cue::OfflineGroup));
    offender_next || (next(&|c| c == Cue::Buyers) && !sent.iter().any(|x| x.cue == Cue::BuyerOffer))
}

/// An unnamed website that a sex or massage word qualifies ("an adult services website",
/// "a website known for commercial sex", "a web page advertising massage services"): an
/// escort or adult site (freestanding_website), not "a website" with no more detail.
fn sex_site(text: &str, hits: &[Hit], h: &Hit) -> bool {
    let w = &text[h.start..h.end];
    if !["site", "page", "sites", "pages", "portal", "portals", "directory", "directories", "board", "boards", "forum", "forums"]
        .iter()
        .any(|x| ends_ci(w, x))
    {
        return false;
    }
    // A sex word before the site qualifies it only in its own noun phrase ("an adult
    // services website"), not as what was offered on it ("offered her sexual services on
    // a website": an unnamed site).
    // (`window` may move the start forward to a character boundary: offsets in `before`
    // count from where it begins, `h.start - before.len()`.)
    let before = window(text, h.start.saturating_sub(20), h.start).to_ascii_lowercase();
    let lo = h.start - before.len();
    let lo = [" on ", " in ", " via ", " through ", " at ", " to ", " from ", " onto "]
        .iter()
        .filter_map(|p| before.rfind(p).map(|i| lo + i + p.len()))
        .max()
        .unwrap_or(lo);
    // After the site, only its own noun phrase qualifies it ("a website for sexual
    // services"), not the next clause ("a website and later sold her to a brothel": an
    // unnamed site, conventions C2).
    let after = window(text, h.end, h.end + 30);
    let mut hi = h.end + after.find([',', ';']).unwrap_or(after.len());
    let mut at = h.end;
    while let Some((e, w)) = word_after(text, at).filter(|&(e, _)| e <= hi) {
        if ["and", "where", "which", "who", "then", "before", "after", "but"].iter().any(|x| w.eq_ignore_ascii_case(x)) {
            hi = e - w.len();
            break;
        }
        at = e;
    }
    let near = |x: &Hit| x.sentence == h.sentence && (x.start >= lo && x.end <= h.start || x.start >= h.end && x.end <= hi);
    hits.iter().any(|x| near(x) && matches!(x.cue, Cue::Form { label: 0, .. } | Cue::Adult))
        || [Some(window(text, lo, h.start)), Some(window(text, h.end, hi))].into_iter().flatten().any(|t| {
            let t = t.to_ascii_lowercase();
            t.contains("massage")
                || t.contains(" sex ")
                || t.contains("sex-")
                || t.ends_with(" sex")
                || t.contains("erotic")
                || t.contains("escort")
        })
}

/// "the site", "the page", "this site": a site named before, not a new mention.
/// So is "the website" ("the cost of the website"), once a site has been named.
fn is_anaphor(text: &str, h: &Hit) -> bool {
    let w = &text[h.start..h.end];
    [
        "the site",
        "the page",
        "this site",
        "this page",
        "the platform",
        "this platform",
        "same site",
        "same website",
        "same platform",
        "same page",
        "same websites",
        "same sites",
        "same pages",
        "same platforms",
        "same app",
        "same apps",
    ]
    .iter()
    .any(|a| w.eq_ignore_ascii_case(a))
        || (["website", "web site", "site", "webpage", "web page", "app", "platform", "portal", "forum"]
            .iter()
            .any(|a| w.eq_ignore_ascii_case(a))
            && word_before(text, h.start).is_some_and(|(_, b)| b.eq_ignore_ascii_case("the")))
}

/// An unnamed online service of no type of the scheme, other than payment ("an online
/// file-sharing service", "an online short-stay rental platform", "cloud storage", "the chat
/// of an online multiplayer game", "an internet forum", "a discussion board"): the words of
/// the mention and the few after it, up to the clause's end. (A forum or board a sex word
/// qualifies was read as a sex site before this is asked.)
fn typeless_service(text: &str, h: &Hit) -> bool {
    let w = window(text, h.start, h.end + 32);
    let w = w.split([',', ';', '.']).next().unwrap_or("").as_bytes();
    // (Only the places where a word's first two letters are, found 16 at a time, each tried
    // against the words of its first letter.)
    any_pair_ci(w, [*b"fi", *b"re", *b"cl", *b"st", *b"ga", *b"fo", *b"di", *b"bu", *b"me"], |i| {
        let rest = &w[i..];
        let starts = |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
        match w[i] | 0x20 {
            b'f' => starts(b"file-shar") || starts(b"file shar") || starts(b"forum"),
            b'r' => starts(b"rental"),
            b'c' => starts(b"cloud"),
            b's' => starts(b"storage"),
            // (Not a name in quotes: "sites with names like 'Skip the Games'"; nor the games
            // a victim played, "on Discord, where she played online games", the place not
            // named as where anyone met.)
            b'g' => {
                (starts(b"game") || starts(b"gaming"))
                    && !w[..i].iter().any(|&c| matches!(c, b'\'' | b'"' | 0xE2))
                    && !word_among_before(text, h.start, 1, &["played", "playing", "plays", "play"])
            }
            b'd' => starts(b"discussion board"),
            b'b' => starts(b"bulletin board"),
            b'm' => starts(b"message board"),
            _ => false,
        }
    })
}

/// The index of platform name `name` in `names`, added at the end if it is not there yet
/// (each name listed once, in the order first met).
fn name_index<'a>(names: &mut Vec<&'a str>, name: &'a str) -> usize {
    names.iter().position(|n| *n == name).unwrap_or_else(|| {
        names.push(name);
        names.len() - 1
    })
}

/// The first approach of "her" or "them" by the offender, early in a sentence not itself about
/// the internet, right after an internet sentence about a victim's own post or profile ("The
/// complainant, then 19, had a profile on Tinder. The accused ... sent her a message there";
/// "found a post on Twitter by a girl who was asking for a place to stay. He wrote to her").
/// (Rarely any: an approach hit is needed first.)
/// `approaches`: the indexes of the approach hits (the kind index's run).
fn online_contact_after_profile<'h>(
    text: &str,
    hits: &'h [Hit],
    approaches: &[u32],
    sentence_ends: &[usize],
    net_sentences: &[u32],
) -> Option<&'h Hit> {
    approaches.iter().map(|&i| &hits[i as usize]).filter(|h| !h.negated).find(|h| {
        let si = h.sentence;
        if si == 0 || net_sentences.contains(&si) || !net_sentences.contains(&(si - 1)) {
            return false;
        }
        // The contact is of her or them, within the sentence's first 80 bytes.
        let from = sentence_ends.get(si as usize - 1).copied().unwrap_or(0);
        // ("sent her a message", "wrote to her", "messaged them"; not "met her at a metro
        // station", a meeting in person.) (Case ignored in place: no lowercase copies, since
        // this runs for every approach after an internet sentence.)
        let w = &text.as_bytes()[h.start..h.end];
        let of_her = ends_ci(&text[h.start..h.end], " her")
            || ends_ci(&text[h.start..h.end], " them")
            || has_ci(w, b" her ")
            || has_ci(w, b" them ")
            || word_after(text, h.end).is_some_and(|(_, w)| w.eq_ignore_ascii_case("her") || w.eq_ignore_ascii_case("them"));
        if !of_her || h.start.saturating_sub(from) > 80 || mutual_contact(text, h) {
            return false;
        }
        // Made by the offender, the sentence's subject ("The accused ...", "He wrote").
        let opening = text[from..h.start].trim_start();
        let offender = starts_ci(opening, "he ")
            || in_sentence(hits, si).iter().any(|p| p.end <= h.start && matches!(p.cue, Cue::OffenderOne | Cue::OffenderNoun));
        if !offender {
            return false;
        }
        // The sentence before: a victim and her post or profile.
        let lo = if si >= 2 { sentence_ends.get(si as usize - 2).copied().unwrap_or(0) } else { 0 };
        let before = window(text, lo, from);
        let victim = in_sentence(hits, si - 1)
            .iter()
            .any(|p| matches!(p.cue, Cue::Female | Cue::VictimNoun | Cue::PronounF | Cue::Minor | Cue::MinorWeak))
            || has_ci(before.as_bytes(), b"complainant");
        let post = before
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| starts_ci(w, "profile") || ["post", "posts", "posted"].iter().any(|x| w.eq_ignore_ascii_case(x)));
        victim && post
    })
}

/// "placed" with a person after it ("placed the fourth with his brother", "placed her in a
/// flat", "placed two of them with families"), not an advertisement placed.
fn person_placed(text: &str, h: &Hit) -> bool {
    if !text[h.start..h.end].eq_ignore_ascii_case("placed") {
        return false;
    }
    let mut at = h.end;
    for _ in 0..4 {
        let Some((e, w)) = word_after(text, at) else { return false };
        // ("placed them as domestic workers in private households")
        if ["with", "in", "into", "at", "as"].iter().any(|x| w.eq_ignore_ascii_case(x)) {
            return true;
        }
        // ("placed an advertisement in the newspaper": the ad first.)
        if [
            "ad",
            "ads",
            "advert",
            "adverts",
            "advertisement",
            "advertisements",
            "notice",
            "notices",
            "listing",
            "listings",
            "offer",
            "offers",
            "announcement",
            "announcements",
            "post",
            "posts",
        ]
        .iter()
        .any(|x| w.eq_ignore_ascii_case(x))
        {
            return false;
        }
        at = e;
    }
    false
}

/// "a caregiver's post", "a nursing post", "teaching posts": "post" as a position offered,
/// not a posting.
fn job_post(text: &str, h: &Hit) -> bool {
    let w = &text[h.start..h.end];
    if !(w.eq_ignore_ascii_case("post") || w.eq_ignore_ascii_case("posts")) {
        return false;
    }
    // The word before, with its possessive ending ("caregiver's").
    let b = text[..h.start].trim_end();
    let from = b
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let token = &b[from..];
    let token = token.trim_start_matches(['\'', '\u{2019}']);
    // (A job title's possessive: "a caregiver's post"; not "the agency's post".)
    const TITLES: &[&str] = &[
        "caregiver",
        "carer",
        "nurse",
        "teacher",
        "cleaner",
        "cook",
        "driver",
        "housekeeper",
        "maid",
        "nanny",
        "waitress",
        "waiter",
        "babysitter",
        "secretary",
        "receptionist",
        "assistant",
        "guard",
        "labourer",
        "laborer",
        "caretaker",
    ];
    let title = token.trim_end_matches('s').trim_end_matches(['\'', '\u{2019}']);
    let possessive = token.len() > title.len() && TITLES.iter().any(|t| title.eq_ignore_ascii_case(t));
    possessive
        || [
            "teaching",
            "nursing",
            "caregiver",
            "caregiving",
            "cleaning",
            "domestic",
            "housekeeping",
            "kitchen",
            "hospital",
            "hotel",
            "care",
            "office",
            "clerical",
            "factory",
        ]
        .iter()
        .any(|x| token.eq_ignore_ascii_case(x))
}

/// A school word that names the school's staff, not a pupil ("a former high school teacher",
/// "the middle school's principal").
fn school_staff(text: &str, h: &Hit) -> bool {
    ends_ci(&text[h.start..h.end], "school")
        && word_after(text, h.end).is_some_and(|(_, x)| {
            ["teacher", "teachers", "principal", "coach", "counselor", "counsellor", "staff", "employee", "headmaster"]
                .iter()
                .any(|t| x.eq_ignore_ascii_case(t))
        })
}

/// An escort page after a named platform's possessive, a place name or two between
/// ("Backpage's Toronto escort page", "Craigslist's escort pages"): a section of that site.
fn page_of_named_site(text: &str, hits: &[Hit], h: &Hit) -> bool {
    let w = &text[h.start..h.end];
    if !(ends_ci(w, " page") || ends_ci(w, " pages")) {
        return false;
    }
    hits.iter().any(|p| {
        matches!(p.cue, Cue::Platform(_) | Cue::Domain) && p.end <= h.start && h.start - p.end <= 24 && {
            let gap = &text[p.end..h.start];
            (gap.starts_with("'s ") || gap.starts_with("\u{2019}s ")) && !gap.contains([',', ';', '.'])
        }
    })
}

/// "apartments booked online", "booked hotel rooms for her online", "the bookings and
/// payments ... were made online": rooms or flats booked over the internet, an online
/// service of no type of the scheme (C2: "online" with nothing more).
fn booked_online(text: &str, h: &Hit) -> bool {
    let w = &text[h.start..h.end];
    (w.eq_ignore_ascii_case("online") || w.eq_ignore_ascii_case("on-line"))
        && word_among_before(text, h.start, 8, &["booked", "bookings", "reserved", "rented"])
}

/// Whether `f(i)` holds for some position `i` of `b` where one of `pairs` (two lowercase
/// letters) begins, ASCII case ignored: the positions found 16 at a time with SSE2 (every
/// x86_64 processor has it) when `b` has 17 bytes or more, the last block overlapping the one
/// before (a position tried twice is harmless to a yes or no); byte by byte otherwise. `f`
/// must say no at every other position (the caller's words begin with one of the pairs).
fn any_pair_ci<const N: usize>(b: &[u8], pairs: [[u8; 2]; N], mut f: impl FnMut(usize) -> bool) -> bool {
    #[cfg(target_arch = "x86_64")]
    if b.len() >= 17 {
        use std::arch::x86_64::{
            __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
            _mm_setzero_si128,
        };
        // SAFETY: SSE2 is in every x86_64 processor (the target's baseline).
        let case = unsafe { _mm_set1_epi8(0x20) };
        // SAFETY: as above.
        let pairs = pairs.map(|[a, c]| unsafe { (_mm_set1_epi8(a as i8), _mm_set1_epi8(c as i8)) });
        let mut block = |i: usize| {
            debug_assert!(i + 17 <= b.len());
            // SAFETY: the unaligned loads read b[i..i + 16] and b[i + 1..i + 17], in bounds
            // as the calls below keep.
            let mut m = unsafe {
                let cur = _mm_or_si128(_mm_loadu_si128(b.as_ptr().add(i).cast::<__m128i>()), case);
                let next = _mm_or_si128(_mm_loadu_si128(b.as_ptr().add(i + 1).cast::<__m128i>()), case);
                let any = pairs.iter().fold(_mm_setzero_si128(), |any, &(a, c)| {
                    _mm_or_si128(any, _mm_and_si128(_mm_cmpeq_epi8(cur, a), _mm_cmpeq_epi8(next, c)))
                });
                _mm_movemask_epi8(any) as u32
            };
            while m != 0 {
                if f(i + m.trailing_zeros() as usize) {
                    return true;
                }
                m &= m - 1;
            }
            false
        };
        let mut i = 0;
        while i + 17 <= b.len() {
            if block(i) {
                return true;
            }
            i += 16;
        }
        // (The last position begins no pair.)
        return i + 1 < b.len() && block(b.len() - 17);
    }
    (0..b.len().saturating_sub(1)).any(|i| pairs.contains(&[b[i] | 0x20, b[i + 1] | 0x20]) && f(i))
}

/// "online" describing the offenders' business ("an online escort business", "an 'online
/// sexual exploitation business'"): what they ran, not one more unnamed platform.
fn describes_business(text: &str, end: usize) -> bool {
    let mut at = end;
    for _ in 0..3 {
        let Some((e, w)) = word_after(text, at) else { return false };
        if ["business", "businesses", "operation", "enterprise", "venture"].iter().any(|x| w.eq_ignore_ascii_case(x)) {
            return true;
        }
        if text[at..e - w.len()].contains([',', ';', '.']) {
            return false;
        }
        at = e;
    }
    false
}

/// An unnamed site that belongs to someone named before it ("the café's website", "its
/// website"): the business's own site (freestanding_website).
fn owned_site(text: &str, h: &Hit) -> bool {
    let w = &text.as_bytes()[h.start..h.end];
    (w.len() >= 4 && (w[w.len() - 4..].eq_ignore_ascii_case(b"site") || w[w.len() - 4..].eq_ignore_ascii_case(b"page"))) && {
        let before = text[..h.start].trim_end();
        let b = before.as_bytes();
        let owner = before.strip_suffix("'s").or_else(|| before.strip_suffix("\u{2019}s"));
        // "its website"; "the café's website" (a common noun: "Craig's List" is a name)
        (b.len() >= 4 && b[b.len() - 4..].eq_ignore_ascii_case(b" its"))
            || owner.and_then(|o| o.rsplit(' ').next()).is_some_and(|w| w.len() >= 3 && w.starts_with(|c: char| c.is_lowercase()))
    }
}

/// An unnamed online payment or banking service ("online bank transfers", "an online money
/// transfer app"): a service with no type of the scheme, used to pay, not to offer.
fn payment_service(text: &str, h: &Hit) -> bool {
    let w = &text.as_bytes()[h.start..h.end];
    // (One pass, each place tried only against the word of its first letter, as in
    // `typeless_service`: the search of each word in turn read the phrase five times.)
    (0..w.len()).any(|i| {
        let rest = &w[i..];
        let starts = |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
        match w[i] | 0x20 {
            b'b' => starts(b"bank"),
            b'p' => starts(b"pay"),
            b'm' => starts(b"money"),
            b't' => starts(b"transfer"),
            b'w' => starts(b"wallet"),
            _ => false,
        }
    })
}

/// A service named as the way money was paid ("men who paid him by Revolut transfers", "paid
/// through Wise"): the word after it is a transfer or payment, or a payment is named in the 40
/// bytes before it. Not an offer to anyone.
fn paid_through(text: &str, h: &Hit) -> bool {
    let before = window(text, h.start.saturating_sub(40), h.start).as_bytes();
    let after = window(text, h.end, h.end + 12).trim_start();
    ["paid", "paying", "payment", "pay "].iter().any(|p| has_ci(before, p.as_bytes()))
        || ["transfer", "payment", "pay"].iter().any(|p| starts_ci(after, p))
}

/// Cryptocurrency or Bitcoin taken in payment ("paid in cryptocurrency", "access sold to
/// members for cryptocurrency", "subscription fees through cryptocurrency"): an online payment
/// service (C1), not the scams or investments the victims were made to run ("cryptocurrency
/// scams") nor assets seized ("180,000 zlotys in cryptocurrency").
fn crypto_payment(text: &str, h: &Hit) -> bool {
    let w = &text[h.start..h.end];
    if !(starts_ci(w, "crypto") || starts_ci(w, "bitcoin")) {
        return false;
    }
    let Some((s, before)) = word_before(text, h.start) else { return false };
    if !["in", "for", "through", "via", "with", "using"].iter().any(|x| before.eq_ignore_ascii_case(x)) {
        return false;
    }
    const PAY: &[&str] = &[
        "paid",
        "pay",
        "pays",
        "paying",
        "payment",
        "payments",
        "sold",
        "accepting",
        "accepted",
        "accept",
        "fee",
        "fees",
        "subscription",
    ];
    word_among_before(text, s, 6, PAY)
}

/// A messaging service that the exploitation runs over: an exploitation or webcam cue
/// right before ("performed the shows over Skype") or right after ("Skype video calls") it,
/// in the same clause.
fn exploited_over(text: &str, hits: &[Hit], h: &Hit) -> bool {
    let same = |x: &&Hit| x.sentence == h.sentence;
    // With a webcam or video call named as well, the service keeps its own type.
    !hits.iter().filter(same).any(|x| x.cue == Cue::Internet(WEBCAM))
        && hits.iter().filter(same).any(|x| {
            x.cue == Cue::Exploit && x.end <= h.start && h.start - x.end <= 25 && {
                let gap = text[x.end..h.start].to_ascii_lowercase();
                !gap.contains([',', ';'])
                    && [" over ", " via ", " on ", " through ", " using ", " by "].iter().any(|p| gap.ends_with(p))
            }
        })
}

/// A video call that is a job interview ("interviewed by video call"): not the
/// exploitation.
fn interview_call(text: &str, h: &Hit) -> bool {
    has_ci(&text.as_bytes()[h.start.saturating_sub(40)..h.start], b"interview")
}

/// The kind of site named right before a domain ("the classified advertisement website
/// pasion.com") or right after it ("the ikman.lk classifieds site"), if any. A phrase read as
/// two kinds is read as the one [`shadowed_net_hit`] keeps ("the sex advertisement site
/// Sexhandel.dk" is not a classified site).
fn typed_site_near(text: &str, hits: &[Hit], domain_start: usize, domain_end: usize) -> Option<u8> {
    let typed = |j: usize| match hits[j].cue {
        Cue::Internet(t) if t != UNSPECIFIED && !shadowed_net_hit(hits, j) => Some(t),
        _ => None,
    };
    (0..hits.len())
        .rev()
        .filter(|&j| hits[j].end <= domain_start && domain_start - hits[j].end <= 2)
        .filter(|&j| text[hits[j].end..domain_start].trim().is_empty())
        .find_map(typed)
        .or_else(|| {
            (0..hits.len())
                .filter(|&j| hits[j].start >= domain_end && hits[j].start - domain_end <= 2)
                .filter(|&j| text[domain_end..hits[j].start].trim().is_empty())
                // (A kind of site, not a medium: "www.example.com e-mailed".)
                .filter(|&j| {
                    ["site", "website", "portal", "board", "platform"]
                        .iter()
                        .any(|w| ends_ci(&text[hits[j].start..hits[j].end], w))
                })
                .find_map(typed)
        })
}

/// A site the offenders ran ("set up and ran a pay-per-view website", "the agency's own
/// website", "an escort website that he had built"): a verb of running or building in the
/// phrase, among the five words before it, or right after it.
fn offender_run(text: &str, h: &Hit) -> bool {
    if offender_run_before(text, h) {
        return true;
    }
    // The words after it, to the first period, semicolon or comma.
    let after = window(text, h.end, h.end + 40).as_bytes();
    let after = &after[..first_of(after, [b'.', b';', b',']).unwrap_or(after.len())];
    // (Each phrase begins with a space: tried at each space, case ignored in place, with no
    // lowercase copy.)
    (0..after.len()).any(|k| {
        after[k] == b' '
            && RUN_AFTER.iter().any(|p| after.len() - k >= p.len() && after[k..k + p.len()].eq_ignore_ascii_case(p.as_bytes()))
    })
}

/// The phrases after a site that say the offenders ran it ([`offender_run`]).
const RUN_AFTER: [&str; 9] =
    [" built", " ran ", " run by", " run from", " operated by", " operated from", " set up", " created", " hosted"];

/// A site that an offender is said to run in the words before it or in its own phrase ("ran
/// a website", "the accused operated a subscription site"), not only "a website operated
/// from abroad" (whose operator is not said).
fn offender_run_before(text: &str, h: &Hit) -> bool {
    const RUN: &[&str] = &[
        "ran",
        "run",
        "runs",
        "running",
        "operated",
        "operates",
        "operate",
        "operating",
        "created",
        "built",
        "launched",
        "hosted",
        "maintained",
        "owned",
        "managed",
        "own",
        "set",
        "designed",
        "developed",
        "administered",
        "administers",
        "administer",
    ];
    // (Case ignored in place: no lowercase copy.)
    if text[h.start..h.end].split([' ', '-']).any(|w| RUN.iter().any(|r| w.eq_ignore_ascii_case(r))) {
        return true;
    }
    let mut at = h.start;
    for _ in 0..5 {
        // (Over a comma: "created and administered, from Tallinn, a website".)
        let Some((s, w)) =
            word_before(text, at).or_else(|| text[..at].trim_end().strip_suffix(',').and_then(|t| word_before(text, t.len())))
        else {
            break;
        };
        if RUN.iter().any(|r| w.eq_ignore_ascii_case(r)) {
            return true;
        }
        if text[s..at].contains(['.', ';']) {
            break;
        }
        at = s;
    }
    false
}

/// An unnamed site the offenders ran (see [`offender_run`]): a site of its own.
fn offender_site(text: &str, h: &Hit) -> bool {
    let w = &text[h.start..h.end];
    ["site", "sites", "page", "platform", "portal"].iter().any(|x| ends_ci(w, x)) && offender_run(text, h)
}

/// An advertisement named as the thing answered ("women who answered the post", "the men
/// who responded to his ad"): `Some(true)` when victims answered it (a recruiting ad),
/// `Some(false)` when buyers did, `None` when it is not an answered ad or who answered is
/// not said.
fn answered_ad(text: &str, sent: &[&Hit], a: &Hit) -> Option<bool> {
    // The answer: a respond cue right before the ad, or "after seeing (reading) the post"
    // ("six women ... contacted him after seeing the post"), whose answerers may stand
    // further back.
    let (r_start, reach) = match sent.iter().rev().find(|r| r.cue == Cue::Respond && r.end <= a.start && a.start - r.end <= 24) {
        Some(r) => {
            if text[r.end..a.start].contains([',', ';']) {
                return None;
            }
            (r.start, 40)
        }
        None => {
            // "after seeing the post", "after reading his advertisement": the verb, a
            // determiner, then the ad (read backwards from it, with no search).
            let before = window(text, a.start.saturating_sub(22), a.start).as_bytes();
            let base = a.start - before.len();
            let s = before.strip_suffix(b" ")?;
            let k = s.iter().rposition(|&c| c == b' ')?;
            let det = &s[k + 1..];
            if !["the", "a", "an", "his", "her", "their", "this", "that"].iter().any(|d| det.eq_ignore_ascii_case(d.as_bytes())) {
                return None;
            }
            let verb = &s[..k];
            let at = ["after seeing", "after reading"]
                .iter()
                .find(|w| verb.len() >= w.len() && verb[verb.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes()))
                .map(|w| verb.len() - w.len())?;
            // ("after seeing a post of hers": her own post, answered by the one who saw it.)
            if [" of hers", " of his", " of theirs"].iter().any(|w| starts_ci(&text[a.end..], w)) {
                return None;
            }
            (base + at, 100)
        }
    };
    // (Further back, after "after seeing", only a victim noun: "women", not "her".)
    let who = sent.iter().rev().find(|p| {
        matches!(p.cue, Cue::VictimNoun | Cue::Buyers | Cue::Female | Cue::Male)
            && p.end <= r_start
            && r_start - p.end <= reach
            && (reach == 40 || p.cue == Cue::VictimNoun)
    });
    // "Applicants who answered the posts", "donors who replied": people seeking the job or
    // the payment the ad offered answered it (a recruiting ad).
    let Some(who) = who else {
        let before = window(text, r_start.saturating_sub(30), r_start).as_bytes();
        // ("they had each answered a Facebook post", "Each had answered a vacancy": each of
        // the victims.)
        let each = word_before_over(text, r_start, &["had", "have"]).is_some_and(|(_, w)| w.eq_ignore_ascii_case("each"));
        return (each
            || ["applicant", "candidate", "job seeker", "jobseeker", "job-seeker", "donor"]
                .iter()
                .any(|w| has_ci(before, w.as_bytes())))
        .then_some(true);
    };
    // "men who answered his posts" may be buyers or workers: not said. (A longer phrase
    // carries the cues of the words inside it: "men who" is also a victim noun.)
    if who.cue == Cue::Male || men_or_people(text, who) {
        // "Five applicants, three women and two men aged 22 to 30, who answered the
        // postings": women named in the same list answered (a recruiting ad).
        let list = sent.iter().rev().filter(|p| p.end <= who.start && who.start - p.end <= 40).find(|p| {
            matches!(p.cue, Cue::VictimNoun | Cue::Female)
                && !text[p.end..who.start].contains(['.', ';'])
                && !men_or_people(text, p)
        });
        return list.map(|_| true);
    }
    Some(who.cue != Cue::Buyers)
}

/// Whether a word of the phrase of hit `h` is among `words` (case ignored).
fn phrase_has_word(text: &str, h: &Hit, words: &[&str]) -> bool {
    text[h.start..h.end].split(' ').any(|x| words.iter().any(|w| x.eq_ignore_ascii_case(w)))
}

/// A phrase that names men ("men who", "the men"), not women, girls or people.
fn men_only(text: &str, h: &Hit) -> bool {
    phrase_has_word(text, h, &["men"])
}

/// A phrase that names men or people ("men who", "two men", "persons", "individuals"): whether
/// they answered as buyers or as workers is not said by the phrase itself.
fn men_or_people(text: &str, h: &Hit) -> bool {
    phrase_has_word(text, h, &["men", "people", "persons", "individuals"])
}

/// An organ offered to those who need one, in `text[from..to]` (one sentence): a word of
/// offering ("offering", "offers of") with a kidney, liver, organ or donor in the 60 bytes
/// after it, in a sentence that names patients, recipients or a transplant ("posted offers
/// of 'a young healthy donor with documents' on an internet forum for patients"). The span
/// of the offering word. An offer of money for an organ is made to the donor, not this.
fn organ_offered(text: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let b = &text.as_bytes()[from..to];
    if !["patient", "recipient", "transplant"].iter().any(|w| has_ci(b, w.as_bytes())) {
        return None;
    }
    (0..b.len().saturating_sub(5)).find_map(|k| {
        let word_start = k == 0 || !b[k - 1].is_ascii_alphanumeric();
        if !(word_start && b[k..k + 5].eq_ignore_ascii_case(b"offer")) {
            return None;
        }
        let end = k + b[k..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
        let after = &b[end..(end + 60).min(b.len())];
        let organ = ["kidney", "liver", "organ", "donor"].iter().filter_map(|w| find_ci(after, w.as_bytes())).min()?;
        // ("offering poor men money to donate a kidney": what is offered is the price, to the
        // donor.)
        let gap = &after[..organ];
        (!["money", "pay", "cash", "sum", "donate", "sell"].iter().any(|w| has_ci(gap, w.as_bytes())))
            .then_some((from + k, from + end))
    })
}

/// Whether `w` is one of `list`, ASCII case ignored.
fn one_of(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// The word before `at`, passing over one of `skip` right before it ("Each had answered":
/// over "had", "Each").
fn word_before_over<'t>(text: &'t str, at: usize, skip: &[&str]) -> Option<(usize, &'t str)> {
    let (s, w) = word_before(text, at)?;
    if one_of(w, skip) {
        word_before(text, s)
    } else {
        Some((s, w))
    }
}

/// A minor word that names an institution, not the victims: "the Anti-Human Trafficking and
/// Juvenile Protection Office", "a child protection programme".
fn institution_name(text: &str, h: &Hit) -> bool {
    let Some((e, w)) = word_after(text, h.end) else { return false };
    if !["protection", "welfare"].iter().any(|x| w.eq_ignore_ascii_case(x)) {
        return false;
    }
    word_after(text, e).is_some_and(|(_, w)| {
        [
            "office",
            "programme",
            "program",
            "unit",
            "department",
            "authority",
            "authorities",
            "agency",
            "services",
            "service",
            "division",
            "bureau",
            "centre",
            "center",
            "act",
            "law",
            "committee",
            "council",
            "team",
            "officer",
            "officers",
        ]
        .iter()
        .any(|x| w.eq_ignore_ascii_case(x))
    })
}

/// "offers of the girls", "offers of 'erotic massage'", "offers of their sexual services":
/// offers of the victims or of sex, not of a job.
fn offers_of_them(text: &str, h: &Hit) -> bool {
    let w = &text[h.start..h.end];
    if !(w.eq_ignore_ascii_case("offers of") || w.eq_ignore_ascii_case("offer of")) {
        return false;
    }
    let after = window(text, h.end, h.end + 40).trim_start().trim_start_matches(['\'', '"', '\u{2018}', '\u{201c}']);
    let after = ["the ", "their ", "her ", "his "].iter().find_map(|d| after.strip_prefix(d)).unwrap_or(after);
    [
        "girls",
        "girl",
        "women",
        "woman",
        "victims",
        "her",
        "them",
        "sex",
        "sexual",
        "erotic",
        "massage",
        "paid meetings",
        "company",
        "companionship",
        "escort",
        "intimate",
        "private",
    ]
    .iter()
    .any(|x| after.get(..x.len()).is_some_and(|a| a.eq_ignore_ascii_case(x)))
}

/// "listing" as a participle after a comma or a document ("e-mails ..., listing the girls'
/// names and ages"), not "a listing" or "the listing": no advertisement of its own.
fn listing_participle(text: &str, h: &Hit) -> bool {
    text[h.start..h.end].eq_ignore_ascii_case("listing")
        && !word_before(text, h.start).is_some_and(|(_, w)| {
            [
                "a",
                "an",
                "the",
                "his",
                "her",
                "their",
                "its",
                "online",
                "classified",
                "new",
                "one",
                "each",
                "every",
                "this",
                "that",
            ]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
        })
        && word_after(text, h.end).is_some_and(|(_, w)| {
            ["the", "their", "his", "her", "its", "names", "all", "each", "every", "who", "what", "how"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
        })
}

/// The victims or their labour offered to buyers by the verb of offering `v` (an `offer`
/// cue: "offered", "displayed", "supplied", ...) in a sentence ending at `to`: within 90
/// bytes after it, in its clause, "to" and buyers named as such or by another name ("to
/// households", "to families in Austria", "to employers in Malaysia", "to men"), with no job,
/// pay or help offered between them ("offered them jobs to ..." recruits). The span of the
/// verb, and where what it offered ends (the "to").
fn labour_offered(text: &str, v: &Hit, to: usize) -> Option<(usize, usize, usize)> {
    const BUYERS: [&str; 16] = [
        "households",
        "families",
        "employers",
        "patients",
        "farm owners",
        "farmers",
        "businessmen",
        "clients",
        "customers",
        "buyers",
        "men",
        "bar owners",
        "brothel owners",
        "factory owners",
        "companies",
        "recipients",
    ];
    const NOT_THEM: [&str; 13] =
        ["job", "work", "employ", "position", "vacanc", "travel", "cash", "money", "wage", "salar", "help", "loan", "pay"];
    const DETS: [&[u8]; 18] = [
        b"a select list of ",
        b"a number of ",
        b"a list of ",
        b"his list of ",
        b"her list of ",
        b"their list of ",
        b"the ",
        b"a ",
        b"select ",
        b"selected ",
        b"chosen ",
        b"prospective ",
        b"private ",
        b"wealthy ",
        b"rich ",
        b"regular ",
        b"local ",
        b"foreign ",
    ];
    // The verb: the first word of its cue (a longer phrase carries it too: "offered to men").
    let b = text.as_bytes();
    let end = v.start + b[v.start..v.end].iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let v = &Hit { end, ..*v };
    // The clause after the verb, within 90 bytes: up to a semicolon, colon or full stop.
    let hi = (v.end + 90).min(to).min(b.len());
    let hi = b[v.end..hi].iter().position(|&c| matches!(c, b';' | b':' | b'.')).map_or(hi, |p| v.end + p);
    let clause = &b[v.end..hi];
    let mut k = 0;
    while let Some(t) = find_bytes(&clause[k..], b" to ").map(|t| k + t) {
        k = t + 4;
        // (The buyers may run past the clause's 90 bytes.)
        let mut rest = &b[v.end + k..(v.end + k + 80).min(b.len())];
        for det in DETS {
            if rest.len() > det.len() && rest[..det.len()].eq_ignore_ascii_case(det) {
                rest = &rest[det.len()..];
            }
        }
        let buyer = BUYERS.iter().any(|w| {
            rest.len() >= w.len()
                && rest[..w.len()].eq_ignore_ascii_case(w.as_bytes())
                && !rest.get(w.len()).is_some_and(u8::is_ascii_alphanumeric)
        });
        if !buyer {
            continue;
        }
        // ("to the customers who asked", "to 'businessmen' who had asked her for 'new faces'":
        // buyers who wrote first, answered, not offered to (C13).)
        let after = &rest[..rest.len().min(60)];
        if [
            "who asked",
            "who had asked",
            "who contacted",
            "who had contacted",
            "who requested",
            "who had requested",
            "who called",
        ]
        .iter()
        .any(|w| has_ci(after, w.as_bytes()))
        {
            continue;
        }
        // What was offered: no job, pay or help ("offered them jobs to ...", "offered money to
        // families"), at a word's start ("work" not of "workers").
        let object = &clause[..t];
        // ("offering to introduce them to customers": an offer made to the victims.)
        if object.trim_ascii_start().get(..3).is_some_and(|w| w.eq_ignore_ascii_case(b"to ")) {
            return None;
        }
        let offered = |w: &str| {
            (0..object.len().saturating_sub(w.len() - 1)).any(|i| {
                object[i..i + w.len()].eq_ignore_ascii_case(w.as_bytes())
                    && (i == 0 || !object[i - 1].is_ascii_alphanumeric())
                    && !(w == "work" && object.get(i + 4).is_some_and(|c| c.eq_ignore_ascii_case(&b'e')))
                    // ("offered 'travel companions' ... to foreign men": the victims.)
                    && !(w == "travel" && object.get(i + 6..i + 13).is_some_and(|c| c.eq_ignore_ascii_case(b" compan")))
            })
        };
        if NOT_THEM.iter().any(|w| offered(w)) {
            return None;
        }
        // (What was sent is pictures or offers: "sent them to clients" delivers the victims.)
        if text[v.start..v.end].eq_ignore_ascii_case("sent")
            && !["photo", "picture", "image", "profile", "offer", "video"].iter().any(|w| has_ci(object, w.as_bytes()))
        {
            return None;
        }
        return Some((v.start, v.end, v.end + t));
    }
    None
}

/// The bytes of sentence `si`, `(from, to)`: from the end of the sentence before to its own
/// end ([`Scratch`]'s `sentence_ends`), within a text of `len` bytes.
fn sentence_bytes(sentence_ends: &[usize], si: u32, len: usize) -> (usize, usize) {
    let from = si.checked_sub(1).and_then(|k| sentence_ends.get(k as usize)).copied().unwrap_or(0);
    let to = sentence_ends.get(si as usize).copied().unwrap_or(len).min(len);
    (from.min(to), to)
}

/// Who answered the advertisements of sentence `si`, as the next sentence says ("A
/// Honduran woman ... answered the advertisement", "Three women ... wrote to the account in
/// response", "Clients who replied to the ads ..."): `Some(true)` for victims (women,
/// girls, victim nouns, men then moved to the job), `Some(false)` for buyers, `None` when no
/// answer is described or the answerers are men or people not said to be moved (buyers or
/// workers: not said).
fn answered_in_next(text: &str, hits: &[Hit], sentence_ends: &[usize], si: u32) -> Option<bool> {
    // No woman, girl or victim named in the next sentence (nor men who were then moved):
    // nothing to read.
    let next = in_sentence(hits, si + 1);
    let moved = next.iter().any(|p| p.cue == Cue::Movement);
    let si = si as usize;
    let from = *sentence_ends.get(si)?;
    let to = sentence_ends.get(si + 1).copied().unwrap_or(text.len()).min(text.len());
    if from >= to {
        return None;
    }
    // ("The plaintiffs answered the videos", "Two youths, aged 16 and 17, answered and joined
    // the crew": the people who answered named by the case's own word for them.)
    const ANSWERERS: [&str; 5] = ["plaintiffs", "claimants", "complainants", "youths", "applicants"];
    let named = |lo: usize, hi: usize| {
        let b = &text.as_bytes()[lo..hi];
        ANSWERERS.iter().any(|w| has_ci(b, w.as_bytes()))
    };
    let victims_named = next.iter().any(|p| matches!(p.cue, Cue::VictimNoun | Cue::Female) || moved && p.cue == Cue::Male);
    if !victims_named && !named(from, to) {
        return None;
    }
    let low = text[from..to].to_ascii_lowercase();
    const AD: &[&str] = &[
        "advert",
        "ad ",
        "ad,",
        "ads",
        "post",
        "notice",
        "offer",
        "announcement",
        "vacanc",
        "listing",
        "call",
        "video",
        "message",
    ];
    let mut at = None;
    for verb in [" answered the ", " answered these ", " responded to the ", " replied to the ", " reacted to the "] {
        if let Some(k) = find_bytes(low.as_bytes(), verb.as_bytes()) {
            let rest = &low[k + verb.len()..];
            if AD.iter().any(|a| rest.starts_with(a)) {
                at = Some(at.map_or(k, |a: usize| a.min(k)));
            }
        }
    }
    // ("The two men who replied were flown to ...": the answer with no object.)
    for verb in
        [" who replied", " who answered", " who responded", " who applied", " answered and ", " replied and ", " applied and "]
    {
        if let Some(k) = find_bytes(low.as_bytes(), verb.as_bytes()) {
            at = Some(at.map_or(k, |a: usize| a.min(k)));
        }
    }
    // "The men applied through the site", "applied online": those who apply seek the job,
    // whoever they are.
    let applied = find_bytes(low.as_bytes(), b" applied");
    if let Some(k) = applied {
        at = Some(at.map_or(k, |a: usize| a.min(k)));
    }
    if at.is_none() {
        at = find_bytes(low.as_bytes(), b" in response");
    }
    let at = from + at?;
    let Some(who) = next
        .iter()
        .rev()
        // (Begun before the answer: "men who" is a phrase of its own.)
        .filter(|p| p.start < at)
        .find(|p| matches!(p.cue, Cue::VictimNoun | Cue::Buyers | Cue::Female | Cue::Male))
    else {
        return named(from, at).then_some(true);
    };
    if who.cue == Cue::Buyers {
        return Some(false);
    }
    if applied.is_none() && (who.cue == Cue::Male || men_or_people(text, who)) {
        // "The two men who replied were flown to Keflavik": workers brought to the job,
        // not buyers.
        return next.iter().any(|p| p.cue == Cue::Movement && p.start > at).then_some(true);
    }
    Some(true)
}

/// An approach to those who answered an advertisement ("wrote to the young women who
/// responded"): a "who responded" close after the contact word.
fn contacts_respondents(text: &str, sent: &[&Hit], h: &Hit) -> bool {
    passive_to_respondents(text, h)
        || sent.iter().any(|r| {
        r.cue == Cue::Respond
            && r.start >= h.end
            && r.start - h.end <= 60
            && !text[h.end..r.start].contains([',', ';'])
            && (starts_ci(&text[r.start..r.end], "who ")
                || word_before(text, r.start).is_some_and(|(s, w)| {
                    ["who", "that"].iter().any(|x| w.eq_ignore_ascii_case(x))
                        // "met the victim when she answered an advertisement he had placed"
                        || (["she", "they"].iter().any(|x| w.eq_ignore_ascii_case(x))
                            && word_before(text, s).is_some_and(|(_, c)| ["when", "after", "once"].iter().any(|x| c.eq_ignore_ascii_case(x))))
                }))
    })
}

/// "Those who commented on the post were contacted through WhatsApp", "victims who
/// messaged the account were then contacted": a passive contact whose subject is a
/// relative clause of answering the offenders' post: contact with respondents (fishing).
fn passive_to_respondents(text: &str, h: &Hit) -> bool {
    let mut before = word_before(text, h.start);
    if let Some((s, _)) =
        before.filter(|(_, w)| ["then", "later", "subsequently", "each", "all"].iter().any(|x| w.eq_ignore_ascii_case(x)))
    {
        before = word_before(text, s);
    }
    let Some((s, _)) = before.filter(|(_, w)| ["was", "were"].iter().any(|x| w.eq_ignore_ascii_case(x))) else {
        return false;
    };
    let mut lo = s.saturating_sub(80);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut clause = &text[lo..s];
    if let Some(k) = clause.rfind(['.', ';', ',']) {
        clause = &clause[k + 1..];
    }
    let Some(k) = clause.to_ascii_lowercase().find(" who ") else {
        return false;
    };
    let verb = clause[k + 5..].trim_start().to_ascii_lowercase();
    [
        "commented",
        "messaged",
        "responded",
        "replied",
        "answered",
        "applied",
        "clicked",
        "wrote",
        "called",
        "reacted",
        "signed up",
        "registered",
        "liked",
        "expressed interest",
        "showed interest",
        "contacted the",
        "sent their",
        "sent a",
        "followed the link",
    ]
    .iter()
    .any(|x| verb.starts_with(x))
}

/// The victims' forced online fraud, in the sentence `sent`: a forced task ("made to",
/// "forced to", "made them") followed within 100 bytes by one of the offenders' internet
/// mentions, in a sentence that says the task deceived ("fake", "false profiles", "posing
/// as", "invented emergencies", "that did not exist", "advance payments", "deposits",
/// "fraud", ...) and with no sexual service between the task and 80 bytes past the mention
/// ("made to post advertisements with fake names on an escort site" offers sex). `text[lo..hi]`
/// is the sentence. Where the task begins, and the mention.
fn forced_scam<'a>(text: &str, (lo, hi): (usize, usize), sent: &[&Hit], nets: &[&'a Hit]) -> Option<(usize, &'a Hit)> {
    const FORCED: [&[u8]; 7] =
        [b"made to ", b"forced to ", b"compelled to ", b"coerced into ", b"obliged to ", b"made them ", b"forced them to "];
    const DECEIT: [&[u8]; 23] = [
        // ("e-mails ... announcing lottery prizes and asking the recipients for 'processing
        // fees'".)
        b"lottery",
        b"prizes",
        b"processing fee",
        b"winnings",
        b"fake",
        b"false profile",
        b"false female",
        b"false male",
        b"false identit",
        b"posing as",
        b"invented",
        b"did not exist",
        b"non-existent",
        b"nonexistent",
        b"defraud",
        b"cheat",
        b"advance payment",
        b"advance fee",
        b"deposits",
        b"fraud",
        b"scam",
        b"swindl",
        b"phishing",
    ];
    // (Read only in a sentence with a word of forcing: the lexicon's `forced` cue.)
    if nets.is_empty() || !sent.iter().any(|h| h.cue == Cue::Forced) {
        return None;
    }
    // The forced task first, each phrase sought in the sentence (one lowercase copy): most
    // sentences have none, and are read no further.
    let low = text[lo..hi].to_ascii_lowercase();
    let here = low.as_bytes();
    // (Each place of each phrase, the earliest with one of the offenders' mentions within
    // 100 bytes after it.)
    let mut found: Option<(usize, &'a Hit)> = None;
    for w in FORCED {
        let mut from = 0;
        while let Some(k) = find_bytes(&here[from..], w) {
            let at = lo + from + k;
            if found.is_some_and(|(f, _)| f <= at) {
                break;
            }
            if let Some(h) = nets.iter().copied().find(|h| h.start > at && h.start - at <= 100) {
                found = Some((at, h));
                break;
            }
            from += k + 1;
        }
    }
    let (at, h) = found?;
    if !has_any(here, DECEIT) {
        return None;
    }
    let sexual = sent.iter().any(|x| matches!(x.cue, Cue::Form { label: 0, .. }) && x.start >= at && x.start <= h.end + 80);
    (!sexual).then_some((at, h))
}

/// Luring or contacting that is itself the online scam the victims were forced to run
/// ("using fake profiles to lure people into fraudulent investment schemes"): a scam or
/// fraud cue close after it in its clause.
fn part_of_scam(text: &str, sent: &[&Hit], h: &Hit) -> bool {
    sent.iter().any(|x| {
        x.cue == Cue::Exploit
            && x.start >= h.end
            && x.start - h.end <= 60
            && !text[h.end..x.start].contains([',', ';'])
            && [&b"fraud"[..], b"scam", b"phishing", b"fake", b"butchering"]
                .iter()
                .any(|w| has_ci(&text.as_bytes()[x.start..x.end], w))
    })
}

/// Whether the nearest negation or intent cue before hit `k` (what makes it `negated`) is
/// "threatened to": a threat made, not a negation.
fn after_threat(text: &str, hits: &[Hit], k: usize) -> bool {
    let h = &hits[k];
    hits[..k]
        .iter()
        .rev()
        .take_while(|p| p.sentence == h.sentence)
        .find(|p| matches!(p.cue, Cue::Negation | Cue::Intent))
        .is_some_and(|p| p.cue == Cue::Intent && starts_ci(&text[p.start..p.end], "threaten"))
}

/// A job or work offered to someone ("offering work as waitresses", "promised them jobs",
/// "job offers", "vacancies for fruit pickers"): the offer word in the cue itself or among
/// the few words before it, in its sentence. Not a job the victims were made to do.
fn job_offer(text: &str, _hits: &[Hit], h: &Hit) -> bool {
    let b = text.as_bytes();
    if h.cue == Cue::Recruit {
        let w = &b[h.start..h.end];
        return has_ci(w, b"offer") || has_ci(w, b"job");
    }
    // The words of the cue and the few words before it, in its clause: an offer word
    // begins one of them.
    let lo = h.start.saturating_sub(50);
    let mut before = &b[lo..h.end];
    let mut base = lo;
    if let Some(k) = last_stop(&before[..h.start - lo]) {
        before = &before[k + 1..];
        base = lo + k + 1;
    }
    let (offer, forced) = offer_words(before, h.start - base);
    offer && !forced
}

/// Whether an offer word of [`job_offer`] begins a word of `w` ("offer", "promis", ...),
/// and whether "forced" or "made to" begins one that starts before `cue_at`: the words
/// whose first two letters are one of [`OFFER_PAIRS`]' found 16 positions at a time
/// (SSE2) when `w` has 17 bytes or more; the letter runs one by one otherwise (and on other
/// processors). (A word start is a letter first in `w` or after a byte that is no letter.)
fn offer_words(w: &[u8], cue_at: usize) -> (bool, bool) {
    #[cfg(target_arch = "x86_64")]
    if w.len() >= 34 && std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2 (tested just above).
        return unsafe { offer_words_avx2(w, cue_at) };
    }
    #[cfg(target_arch = "x86_64")]
    if w.len() >= 17 {
        return offer_words_sse2(w, cue_at);
    }
    offer_words_by_runs(w, cue_at)
}

/// [`offer_words_sse2`] 32 positions at a time with AVX2 (which the processor must have),
/// for `w` of 33 bytes or more (the windows are 50 to 70 bytes: two or three blocks instead
/// of four or five).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn offer_words_avx2(w: &[u8], cue_at: usize) -> (bool, bool) {
    use std::arch::x86_64::{
        __m256i, _mm256_add_epi8, _mm256_and_si256, _mm256_cmpeq_epi8, _mm256_cmpgt_epi8, _mm256_loadu_si256,
        _mm256_movemask_epi8, _mm256_or_si256, _mm256_set1_epi8, _mm256_setzero_si256,
    };
    debug_assert!(w.len() >= 34);
    let (case, shift, below) = (_mm256_set1_epi8(0x20), _mm256_set1_epi8((0x80u8 - b'a') as i8), _mm256_set1_epi8(-102));
    // SAFETY: each of the constant's rows is 32 bytes.
    let pairs = OFFER_PAIR_ROWS.iter().zip(&OFFER_THIRD_ROWS).map(|([a, c], d)| unsafe {
        (
            _mm256_loadu_si256(a.as_ptr().cast::<__m256i>()),
            _mm256_loadu_si256(c.as_ptr().cast::<__m256i>()),
            _mm256_loadu_si256(d.as_ptr().cast::<__m256i>()),
        )
    });
    // The word starts at i..i + 32 whose first three letters begin a word read (i + 34 <=
    // w.len()). (The common words that begin with a pair, "of", "for", "and", "were", "his",
    // are passed over by their third letter; the pairs alone let them through.)
    let block = |i: usize| -> u32 {
        debug_assert!(i + 34 <= w.len());
        // SAFETY: the unaligned loads read w[i..i + 32], w[i + 1..i + 33] and w[i + 2..i + 34],
        // in bounds as the caller says.
        let (cur, next, third) = unsafe {
            let p = w.as_ptr().add(i);
            (
                _mm256_loadu_si256(p.cast::<__m256i>()),
                _mm256_loadu_si256(p.add(1).cast::<__m256i>()),
                _mm256_loadu_si256(p.add(2).cast::<__m256i>()),
            )
        };
        let (cur, next, third) = (_mm256_or_si256(cur, case), _mm256_or_si256(next, case), _mm256_or_si256(third, case));
        // The letters: `c | 0x20` in a..z, moved to -128..-103 as signed bytes; a position
        // follows a letter if the bit below it is one, or for the first, the byte before it
        // in `w` (none before the first of `w`).
        let letters = _mm256_movemask_epi8(_mm256_cmpgt_epi8(below, _mm256_add_epi8(cur, shift))) as u32;
        let before = i.checked_sub(1).is_some_and(|k| w[k].is_ascii_alphabetic());
        let after_letter = letters << 1 | u32::from(before);
        let any = pairs.clone().fold(_mm256_setzero_si256(), |any, (a, c, d)| {
            let two = _mm256_and_si256(_mm256_cmpeq_epi8(cur, a), _mm256_cmpeq_epi8(next, c));
            _mm256_or_si256(any, _mm256_and_si256(two, _mm256_cmpeq_epi8(third, d)))
        });
        _mm256_movemask_epi8(any) as u32 & !after_letter
    };
    // (The last two positions begin no word read: each has four letters or more.)
    offer_words_by_blocks(w, cue_at, 32, 2, block)
}

/// [`offer_words`] over each run of letters of `w` (found 8 bytes at a time), its first two
/// letters looked up in [`OFFER_PAIRS`].
fn offer_words_by_runs(w: &[u8], cue_at: usize) -> (bool, bool) {
    let (mut offer, mut forced) = (false, false);
    crate::text::for_each_letter_run(w, |i| {
        let rest = &w[i..];
        // (Most words begin with none of the first two letters of the words below: one
        // table look-up passes them over.)
        if rest
            .get(1)
            .is_some_and(|&c| OFFER_PAIRS[usize::from(rest[0] & 31)] >> (c & 31) & 1 != 0 && (c | 0x20).is_ascii_lowercase())
        {
            offer_word_at(w, i, cue_at, &mut offer, &mut forced);
        }
    });
    (offer, forced)
}

/// [`offer_words`] with SSE2 (in every x86_64 processor), for `w` of 17 bytes or more: the
/// positions where a pair of [`OFFER_PAIRS`] begins a word, 16 at a time, the last block
/// overlapping the one before it (a word read twice is harmless to the two answers).
#[cfg(target_arch = "x86_64")]
fn offer_words_sse2(w: &[u8], cue_at: usize) -> (bool, bool) {
    use std::arch::x86_64::{
        __m128i, _mm_add_epi8, _mm_and_si128, _mm_andnot_si128, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_loadu_si128,
        _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8, _mm_setzero_si128, _mm_slli_si128,
    };
    debug_assert!(w.len() >= 17);
    // SAFETY: SSE2 is in every x86_64 processor (the target's baseline).
    let (case, shift, below) = unsafe { (_mm_set1_epi8(0x20), _mm_set1_epi8((0x80u8 - b'a') as i8), _mm_set1_epi8(-102)) };
    // SAFETY: each of the constant's rows is 32 bytes (the first 16 read).
    let pairs = OFFER_PAIR_ROWS
        .iter()
        .map(|[a, c]| unsafe { (_mm_loadu_si128(a.as_ptr().cast::<__m128i>()), _mm_loadu_si128(c.as_ptr().cast::<__m128i>())) });
    // The word starts at i..i + 16 whose first two letters are a pair (i + 17 <= w.len()).
    let block = |i: usize| -> u32 {
        debug_assert!(i + 17 <= w.len());
        // SAFETY: the unaligned loads read w[i..i + 16], w[i + 1..i + 17] and, for i > 0,
        // w[i - 1..i + 15], in bounds as the caller says.
        unsafe {
            let raw = _mm_loadu_si128(w.as_ptr().add(i).cast::<__m128i>());
            let cur = _mm_or_si128(raw, case);
            let next = _mm_or_si128(_mm_loadu_si128(w.as_ptr().add(i + 1).cast::<__m128i>()), case);
            // The byte before each (none, so no letter, before the first of `w`).
            let prev = if i == 0 { _mm_slli_si128::<1>(raw) } else { _mm_loadu_si128(w.as_ptr().add(i - 1).cast::<__m128i>()) };
            // A letter: `c | 0x20` in a..z, moved to -128..-103 as signed bytes.
            let prev_letter = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(prev, case), shift), below);
            let any = pairs.clone().fold(_mm_setzero_si128(), |any, (a, c)| {
                _mm_or_si128(any, _mm_and_si128(_mm_cmpeq_epi8(cur, a), _mm_cmpeq_epi8(next, c)))
            });
            _mm_movemask_epi8(_mm_andnot_si128(prev_letter, any)) as u32
        }
    };
    // (The last position begins no pair.)
    offer_words_by_blocks(w, cue_at, 16, 1, block)
}

/// The driver of [`offer_words_avx2`] and [`offer_words_sse2`]: `block(i)` gives the word
/// starts among positions i..i + `step` worth reading (it reads `step + ahead` bytes from
/// i); each is read by [`offer_word_at`]. The blocks go on `step` at a time, the last one
/// overlapping the one before it (a word read twice is harmless to the two answers); the
/// last `ahead` positions begin no word read.
#[inline(always)]
fn offer_words_by_blocks(w: &[u8], cue_at: usize, step: usize, ahead: usize, block: impl Fn(usize) -> u32) -> (bool, bool) {
    let (mut offer, mut forced) = (false, false);
    let mut read = |i: usize| {
        let mut m = block(i);
        while m != 0 {
            offer_word_at(w, i + m.trailing_zeros() as usize, cue_at, &mut offer, &mut forced);
            m &= m - 1;
        }
    };
    let mut i = 0;
    while i + step + ahead <= w.len() {
        read(i);
        i += step;
    }
    if i + ahead < w.len() {
        read(w.len() - step - ahead);
    }
    (offer, forced)
}

/// The word of `w` at `i` (a word start whose first two letters are a pair of
/// [`OFFER_PAIRS`]): sets `offer` if an offer word begins it, `forced` if "forced" or "made
/// to" does and it starts before `cue_at`. Each word is tested only against the words of
/// its first letter.
#[inline(always)]
fn offer_word_at(w: &[u8], i: usize, cue_at: usize, offer: &mut bool, forced: &mut bool) {
    let rest = &w[i..];
    let starts = |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
    let offers: &[&[u8]] = match rest[0] | 0x20 {
        b'o' => &[b"offer"],
        b'p' => &[b"promis"],
        b'a' => &[b"advertis", b"announc"],
        b'v' => &[b"vacanc"],
        b'r' => &[b"recruit"],
        b'l' => &[b"lure"],
        b's' => &[b"seeking"],
        b'w' => &[b"well-paid", b"well paid"],
        b'h' => &[b"high-paying"],
        b'q' => &[b"quick cash"],
        b'e' => &[b"easy money"],
        b'f' | b'm' => {
            if i < cue_at && (starts(b"forced") || starts(b"made to")) {
                *forced = true;
            }
            return;
        }
        _ => return,
    };
    if offers.iter().any(|o| starts(o)) {
        *offer = true;
    }
}

/// The words `job_offer` reads, by their first two letters (case ignored): bit `c & 31` of
/// entry `a & 31` is set for the pair (a, c). (Its words begin with a letter, and a letter's
/// `& 31` is its place in the alphabet.)
const OFFER_PAIRS: [u32; 32] = {
    let words = OFFER_PAIR_WORDS;
    let mut t = [0u32; 32];
    let mut i = 0;
    while i < words.len() {
        t[(words[i][0] & 31) as usize] |= 1 << (words[i][1] & 31);
        i += 1;
    }
    t
};

/// The first two letters of the words [`job_offer`] reads (lowercase).
const OFFER_PAIR_WORDS: [[u8; 2]; 14] =
    [*b"of", *b"pr", *b"ad", *b"an", *b"va", *b"re", *b"lu", *b"se", *b"we", *b"hi", *b"qu", *b"ea", *b"fo", *b"ma"];

/// [`OFFER_PAIR_WORDS`] as rows of 32 copies of each letter, for the SIMD compares (read
/// from memory, not broadcast at each call).
static OFFER_PAIR_ROWS: [[[u8; 32]; 2]; 14] = {
    let mut rows = [[[0u8; 32]; 2]; 14];
    let mut i = 0;
    while i < 14 {
        rows[i] = [[OFFER_PAIR_WORDS[i][0]; 32], [OFFER_PAIR_WORDS[i][1]; 32]];
        i += 1;
    }
    rows
};

/// The third letter of the words [`job_offer`] reads, by their pair in [`OFFER_PAIR_WORDS`]
/// ("off", "pro", "adv", ...: one for each pair), as rows of 32 copies.
static OFFER_THIRD_ROWS: [[u8; 32]; 14] = {
    let third = *b"fovnccrelgisrd";
    let mut rows = [[0u8; 32]; 14];
    let mut i = 0;
    while i < 14 {
        rows[i] = [third[i]; 32];
        i += 1;
    }
    rows
};

/// Where the last '.' or ';' of `b` is: `b.iter().rposition(..)`, 8 bytes at a time from
/// the end (an exact test of each byte, so the last mark is the last match).
fn last_stop(b: &[u8]) -> Option<usize> {
    last_of(b, [b'.', b';'])
}

/// Where the first byte of `b` that is one of `set` is (`b.iter().position(..)`), 8 bytes
/// at a time.
fn first_of<const N: usize>(b: &[u8], set: [u8; N]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = ONES * 0x7F;
    // The high bit of each zero byte of `x`, exactly (no borrow between bytes).
    let zero = |x: u64| !(((x & LOW7) + LOW7) | x | LOW7);
    let mut at = 0;
    while at + 8 <= b.len() {
        let x = u64::from_le_bytes(b[at..at + 8].try_into().unwrap_or([0; 8]));
        let m = set.iter().fold(0, |m, &c| m | zero(x ^ (ONES * u64::from(c))));
        if m != 0 {
            return Some(at + m.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    b[at..].iter().position(|c| set.contains(c)).map(|p| at + p)
}

/// Where the last byte of `b` that is one of `set` is (`b.iter().rposition(..)`), 8 bytes
/// at a time.
fn last_of<const N: usize>(b: &[u8], set: [u8; N]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = ONES * 0x7F;
    // The high bit of each zero byte of `x`, exactly (no borrow between bytes).
    let zero = |x: u64| !(((x & LOW7) + LOW7) | x | LOW7);
    let mut end = b.len();
    while end >= 8 {
        let x = u64::from_le_bytes(b[end - 8..end].try_into().unwrap_or([0; 8]));
        let m = set.iter().fold(0, |m, &c| m | zero(x ^ (ONES * u64::from(c))));
        if m != 0 {
            return Some(end - 8 + (63 - m.leading_zeros() as usize) / 8);
        }
        end -= 8;
    }
    b[..end].iter().rposition(|c| set.contains(c))
}

/// Whether `hay` contains `needle` (lower case), ignoring ASCII case; for the short windows
/// the rules read around a cue (no allocation).
/// Where `needle` first occurs in `hay` (`str::find` with a string needle, byte for byte:
/// the same index), by the candidates of its first two bytes, 16 positions at a time: no
/// searcher built per call, and a short haystack read in a few blocks.
fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let n = needle.len();
    if n > hay.len() {
        return None;
    }
    // The last position where it can begin.
    let last = hay.len() - n;
    let [a, b, ..] = *needle else {
        return if n == 0 { Some(0) } else { hay.iter().position(|&c| c == needle[0]) };
    };
    // The rest of the needle at `k` (its first two bytes are there).
    let rest_at = |k: usize| hay[k + 2..k + n].iter().zip(&needle[2..]).all(|(x, y)| x == y);
    let mut i = 0;
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{__m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8};
        // SAFETY: SSE2 is in every x86_64 processor (the target's baseline).
        let (fa, fb) = unsafe { (_mm_set1_epi8(a as i8), _mm_set1_epi8(b as i8)) };
        while i <= last && i + 17 <= hay.len() {
            // SAFETY: the unaligned loads read hay[i..i + 16] and hay[i + 1..i + 17], in
            // bounds by the loop's condition.
            let mut m = unsafe {
                let cur = _mm_loadu_si128(hay.as_ptr().add(i).cast::<__m128i>());
                let next = _mm_loadu_si128(hay.as_ptr().add(i + 1).cast::<__m128i>());
                _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(cur, fa), _mm_cmpeq_epi8(next, fb))) as u32
            };
            // (Only the positions up to `last`.)
            if last - i < 15 {
                m &= (1 << (last - i + 1)) - 1;
            }
            while m != 0 {
                let k = i + m.trailing_zeros() as usize;
                m &= m - 1;
                if rest_at(k) {
                    return Some(k);
                }
            }
            i += 16;
        }
    }
    (i..=last).find(|&k| hay[k] == a && hay[k + 1] == b && rest_at(k))
}

/// Some needle of `needles` (each of two bytes or more) occurs in `hay`:
/// `needles.iter().any(|n| hay.contains(n))` in one pass, the candidates of all their first
/// two bytes found 16 positions at a time (a search of each needle in turn read `hay` once
/// per needle).
fn has_any<const N: usize>(hay: &[u8], needles: [&[u8]; N]) -> bool {
    debug_assert!(needles.iter().all(|n| n.len() >= 2));
    // (Compared byte by byte: `starts_with` calls `memcmp` for a length not known here.)
    let at = |k: usize| needles.iter().any(|n| hay.len() - k >= n.len() && hay[k..].iter().zip(*n).all(|(x, y)| x == y));
    let mut i = 0;
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{
            __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
            _mm_setzero_si128,
        };
        // SAFETY: SSE2 is in every x86_64 processor (the target's baseline).
        let pairs = needles.map(|n| unsafe { (_mm_set1_epi8(n[0] as i8), _mm_set1_epi8(n[1] as i8)) });
        // The candidates at positions i..i + 16 (which must have i + 17 <= hay.len()).
        let block = |i: usize| {
            debug_assert!(i + 17 <= hay.len());
            // SAFETY: as above; the unaligned loads read hay[i..i + 16] and
            // hay[i + 1..i + 17], in bounds as the caller says.
            let mut m = unsafe {
                let cur = _mm_loadu_si128(hay.as_ptr().add(i).cast::<__m128i>());
                let next = _mm_loadu_si128(hay.as_ptr().add(i + 1).cast::<__m128i>());
                let any = pairs.iter().fold(_mm_setzero_si128(), |any, &(a, b)| {
                    _mm_or_si128(any, _mm_and_si128(_mm_cmpeq_epi8(cur, a), _mm_cmpeq_epi8(next, b)))
                });
                _mm_movemask_epi8(any) as u32
            };
            while m != 0 {
                let k = i + m.trailing_zeros() as usize;
                m &= m - 1;
                if at(k) {
                    return true;
                }
            }
            false
        };
        while i + 17 <= hay.len() {
            if block(i) {
                return true;
            }
            i += 16;
        }
        // The rest in one more block that overlaps the last (a position read twice is
        // harmless to a yes or no; the last byte begins no needle of two bytes).
        if i < hay.len() && hay.len() >= 17 {
            return block(hay.len() - 17);
        }
    }
    (i..hay.len()).any(at)
}

/// `hay.contains(needle)` for a string needle, by [`find_bytes`].
fn has(hay: &str, needle: &str) -> bool {
    find_bytes(hay.as_bytes(), needle.as_bytes()).is_some()
}

fn has_ci(hay: &[u8], needle: &[u8]) -> bool {
    find_ci(hay, needle).is_some()
}

/// Where `needle` first occurs in `hay`, ASCII case ignored.
fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle))
}

/// "slavery" or "servitude" in the name of a statute ("Modern Slavery Act") or qualified
/// as sexual ("sexual slavery"): no sign of labour exploitation by itself.
fn named_slavery(text: &str, h: &Hit) -> bool {
    // (Case ignored in place: no lowercase copy.)
    let w = &text.as_bytes()[h.start..h.end];
    (has_ci(w, b"slavery") || has_ci(w, b"servitude"))
        && (has_ci(w, b"sexual")
            || word_before(text, h.start).is_some_and(|(_, b)| ["modern", "sexual"].iter().any(|x| b.eq_ignore_ascii_case(x)))
            || word_after(text, h.end).is_some_and(|(_, a)| {
                ["act", "offences", "offenses", "order", "prevention"].iter().any(|x| a.eq_ignore_ascii_case(x))
            }))
}

/// The number of people the opening of a summary says were convicted or sentenced: the
/// group named as the verb's object ("convicted the owner of a brick kiln and his
/// supervisor under ...", "sentenced X to four years, and a co-defendant to 18 months") or
/// subject ("Ionut Marin, 29, and his brother Florin, 25, were convicted"). Each person
/// joined by "and" counts one, or the number before a noun of people ("three brokers",
/// "two of his foremen"); a couple counts two. Returns the count and the group's span.
// (Not inlined: read only when no count of offenders was found, it kept `propose` large
// enough that its smaller helpers were no longer inlined there.)
#[inline(never)]
fn convicted_count(text: &str, _sentence_ends: &[usize]) -> Option<(u64, usize, usize)> {
    // The opening: up to 600 bytes, cut at a character boundary.
    let head = window(text, 0, 600);
    // One pass over the word starts: the first conviction verb, active or passive (the
    // lowercase copy only once one is found).
    let verb = first_conviction_verb(head.as_bytes())?;
    // Only `low[s0..read_end]` is read below: from the start of the subject's sentence
    // (passive) or from the verb (active), to at most 374 bytes past the verb (the group,
    // 214, then "guilty" within 40 or a second group within 160 of its end). Only that part
    // is copied and lowered (all 600 bytes cost ~115 instructions a document more on the
    // annex narratives); the rest stays zeros, which no search below can match.
    let s0 = match verb {
        (p, false, _) => sentence_start(head, p),
        (a, true, _) => a,
    };
    let read_end = window(head, 0, verb.0 + 400).len();
    // (On the stack: a `String` was an allocation and a free per document.)
    let mut copy = [0u8; 600];
    let copy = &mut copy[..head.len()];
    copy[s0..read_end].copy_from_slice(&head.as_bytes()[s0..read_end]);
    copy[s0..read_end].make_ascii_lowercase();
    // SAFETY: `copy` is zeros (ASCII) and `head[s0..read_end]` with ASCII letters lowered:
    // `s0` is 0 or follows an ASCII space and `read_end` is a character boundary (`window`),
    // so the copied part is whole characters, valid UTF-8, and each byte lowered is an ASCII
    // byte that stays one.
    let low = unsafe { std::str::from_utf8_unchecked(copy) };
    let (lo, hi) = match verb {
        (p, false, _) => {
            // The subject, in the sentence of the verb, after an opening phrase ("At
            // Manchester Crown Court in 2017, ").
            let mut lo = s0;
            let clause = &low[s0..p];
            if ["at ", "in ", "on ", "by ", "after "].iter().any(|x| clause.starts_with(x)) {
                lo = find_bytes(clause.as_bytes(), b", ").map_or(s0, |c| s0 + c + 2);
            }
            (lo, p)
        }
        (a, true, n) => {
            let hi = group_end(low, a + n);
            // "found X guilty", not "police found three women in a brothel": the women
            // found are no defendants (conventions C11).
            if n == 6 {
                let rest = window(low, hi, hi + 40);
                let rest = &rest[..rest.find('.').unwrap_or(rest.len())];
                if !has(rest, "guilty") {
                    return None;
                }
            }
            (a + n, hi)
        }
    };
    if hi <= lo || hi - lo > 200 {
        return None;
    }
    let mut total = people_in(&head[lo..hi], &low[lo..hi]);
    let mut end = hi;
    // "..., and a 20-year-old co-defendant to 18 months", "and five accomplices to ..."
    if low[hi..].starts_with(" to ") {
        // (Searched by `find_bytes`, the same index as `str::find`: no searcher built.)
        let lb = low.as_bytes();
        let rest_end = find_bytes(&lb[hi..], b". ").map_or(low.len(), |e| hi + e).min(hi + 160);
        if let Some(k) = find_bytes(&lb[hi..rest_end], b", and ") {
            let g = hi + k + 6;
            if let Some(t) = find_bytes(&lb[g..rest_end], b" to ") {
                if t <= 60 {
                    total = total.map(|n| n + people_in(&head[g..g + t], &low[g..g + t]).unwrap_or(0));
                    end = g + t;
                }
            }
        }
    }
    let total = total.filter(|&n| n > 0)?;
    Some((total, lo, end))
}

/// The first conviction verb ([`conviction_verb`]) at a word start `i` of `b` (`1 <= i`,
/// `b[i - 1] == b' '`, `i + 5 < b.len()`), ASCII case ignored: `(i, true, length)` for an
/// active one, `(i - 1, false, 0)` for a passive one. Every verb, active or passive, has a
/// stem (conv, sent, foun, jail, plea) at a word start, at its start or after "was ",
/// "were " or "to be " (no other verb between): the stems are found 16 bytes at a time by
/// their first two letters, and only at one is a verb tried, in text order, the passive
/// one before it first (it starts first). The test `conviction_verb_search_is_the_word_scan`
/// checks it against trying every word start.
fn first_conviction_verb(b: &[u8]) -> Option<(usize, bool, usize)> {
    #[cfg(target_arch = "x86_64")]
    let avx2 = std::arch::is_x86_feature_detected!("avx2");
    #[cfg(not(target_arch = "x86_64"))]
    let avx2 = false;
    first_conviction_verb_with(b, avx2)
}

/// [`first_conviction_verb`], 32 bytes at a time with AVX2 when `avx2` (which the processor
/// must have), then 16 at a time with SSE2 (on x86_64), then byte by byte.
fn first_conviction_verb_with(b: &[u8], avx2: bool) -> Option<(usize, bool, usize)> {
    // The last word start tried.
    let stop = b.len().saturating_sub(6);
    let mut i = 1;
    #[cfg(target_arch = "x86_64")]
    if avx2 {
        // SAFETY: the caller says the processor has AVX2.
        if let Some(v) = unsafe { stems_avx2(b, stop, &mut i) } {
            return Some(v);
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = avx2;
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{
            __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
        };
        // SAFETY: SSE2 is in every x86_64 processor (the target's baseline); the loads are
        // checked below.
        let (case, space) = unsafe { (_mm_set1_epi8(0x20), _mm_set1_epi8(b' ' as i8)) };
        // SAFETY: as above.
        let pairs = STEM_PAIRS.map(|p| unsafe { (_mm_set1_epi8(p[0] as i8), _mm_set1_epi8(p[1] as i8)) });
        while i + 16 <= stop {
            // SAFETY: the three unaligned loads read b[i - 1..i + 15], b[i..i + 16] and
            // b[i + 1..i + 17], in bounds as 1 <= i and i + 17 <= stop + 1 <= b.len().
            let mut m = unsafe {
                let prev = _mm_loadu_si128(b.as_ptr().add(i - 1).cast::<__m128i>());
                let cur = _mm_or_si128(_mm_loadu_si128(b.as_ptr().add(i).cast::<__m128i>()), case);
                let next = _mm_or_si128(_mm_loadu_si128(b.as_ptr().add(i + 1).cast::<__m128i>()), case);
                let mut any = _mm_and_si128(_mm_cmpeq_epi8(cur, pairs[0].0), _mm_cmpeq_epi8(next, pairs[0].1));
                for &(p, q) in &pairs[1..] {
                    any = _mm_or_si128(any, _mm_and_si128(_mm_cmpeq_epi8(cur, p), _mm_cmpeq_epi8(next, q)));
                }
                _mm_movemask_epi8(_mm_and_si128(any, _mm_cmpeq_epi8(prev, space))) as u32
            };
            while m != 0 {
                let k = i + m.trailing_zeros() as usize;
                m &= m - 1;
                if let Some(v) = verb_at_stem(b, k) {
                    return Some(v);
                }
            }
            i += 16;
        }
    }
    // The rest (all of it elsewhere) a byte at a time.
    while i <= stop {
        if stem_at(b, i) {
            if let Some(v) = verb_at_stem(b, i) {
                return Some(v);
            }
        }
        i += 1;
    }
    None
}

/// The 32-byte blocks of [`first_conviction_verb_with`], from `*i` while the whole block is
/// at or before `stop` (`*i` is left at the first position not read).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn stems_avx2(b: &[u8], stop: usize, i: &mut usize) -> Option<(usize, bool, usize)> {
    use std::arch::x86_64::{
        __m256i, _mm256_and_si256, _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_movemask_epi8, _mm256_or_si256, _mm256_set1_epi8,
    };
    let case = _mm256_set1_epi8(0x20);
    let space = _mm256_set1_epi8(b' ' as i8);
    let pairs = STEM_PAIRS.map(|p| (_mm256_set1_epi8(p[0] as i8), _mm256_set1_epi8(p[1] as i8)));
    while *i >= 1 && *i + 32 <= stop {
        let at = *i;
        // SAFETY: the three unaligned loads read b[at - 1..at + 31], b[at..at + 32] and
        // b[at + 1..at + 33], in bounds as 1 <= at and at + 33 <= stop + 1 <= b.len().
        let (prev, cur, next) = unsafe {
            (
                _mm256_loadu_si256(b.as_ptr().add(at - 1).cast::<__m256i>()),
                _mm256_loadu_si256(b.as_ptr().add(at).cast::<__m256i>()),
                _mm256_loadu_si256(b.as_ptr().add(at + 1).cast::<__m256i>()),
            )
        };
        let (cur, next) = (_mm256_or_si256(cur, case), _mm256_or_si256(next, case));
        let mut any = _mm256_and_si256(_mm256_cmpeq_epi8(cur, pairs[0].0), _mm256_cmpeq_epi8(next, pairs[0].1));
        for &(p, q) in &pairs[1..] {
            any = _mm256_or_si256(any, _mm256_and_si256(_mm256_cmpeq_epi8(cur, p), _mm256_cmpeq_epi8(next, q)));
        }
        let mut m = _mm256_movemask_epi8(_mm256_and_si256(any, _mm256_cmpeq_epi8(prev, space))) as u32;
        while m != 0 {
            let k = at + m.trailing_zeros() as usize;
            m &= m - 1;
            if let Some(v) = verb_at_stem(b, k) {
                return Some(v);
            }
        }
        *i += 32;
    }
    None
}

/// The first two letters of each stem of a conviction verb (see [`first_conviction_verb`]).
const STEM_PAIRS: [[u8; 2]; 5] = [*b"co", *b"se", *b"fo", *b"ja", *b"pl"];

/// Whether position `i` (`1 <= i`, `i + 1 < b.len()`) follows a space and begins with a
/// pair of [`STEM_PAIRS`] (case ignored): where [`first_conviction_verb`] tries a verb.
#[inline]
fn stem_at(b: &[u8], i: usize) -> bool {
    let (c, d) = (b[i] | 0x20, b[i + 1] | 0x20);
    b[i - 1] == b' ' && STEM_PAIRS.iter().any(|p| p[0] == c && p[1] == d)
}

/// The conviction verb whose stem may begin at word start `k` (after a space, `k + 5 <
/// b.len()`), as [`first_conviction_verb`] returns it.
#[inline]
fn verb_at_stem(b: &[u8], k: usize) -> Option<(usize, bool, usize)> {
    let stem = u32::from_le_bytes([b[k], b[k + 1], b[k + 2], b[k + 3]]) | 0x2020_2020;
    let word = |w: &[u8; 4]| u32::from_le_bytes(*w);
    if ![word(b"conv"), word(b"sent"), word(b"foun"), word(b"jail"), word(b"plea")].contains(&stem) {
        return None;
    }
    // "was convicted", "were found guilty", "to be convicted": the passive verb starts at
    // its auxiliary, a word start too.
    let before = |w: &[u8]| k > w.len() && b[k - w.len() - 1] == b' ' && b[k - w.len()..k].eq_ignore_ascii_case(w);
    let aux = [&b"was "[..], b"were ", b"to be "].into_iter().find(|w| before(w)).map(|w| k - w.len());
    for at in aux.into_iter().chain([k]) {
        let mut low = [0u8; 17];
        let n = (b.len() - at).min(17);
        low[..n].copy_from_slice(&b[at..at + n]);
        low[..n].make_ascii_lowercase();
        if let Some((active, len)) = conviction_verb(&low[..n]) {
            return Some(if active { (at, true, len) } else { (at - 1, false, 0) });
        }
    }
    None
}

/// The conviction verb `rest` (lowercase, at least 2 bytes) begins with, if any: whether it
/// is active ("convicted X", "sentencing X") and its length with the space after it, or
/// passive ("were convicted", "pleaded guilty"). The verbs are dispatched on their first
/// two bytes and compared as literals (which the compiler compares inline, where a list of
/// byte strings cost a `memcmp` call per verb tried: ~100 per document); the test
/// `conviction_verb_is_the_list_search` checks it against the search of the two lists it
/// replaced.
#[inline(always)]
fn conviction_verb(rest: &[u8]) -> Option<(bool, usize)> {
    let active = |v: &[u8]| rest.starts_with(v).then_some((true, v.len()));
    let passive = |v: &[u8]| rest.starts_with(v).then_some((false, 0));
    match (rest[0], rest[1]) {
        (b'c', b'o') => active(b"convicted ").or_else(|| active(b"conviction of ")).or_else(|| active(b"convicting ")),
        (b's', b'e') => active(b"sentenced ").or_else(|| active(b"sentencing ")),
        (b'f', b'o') => active(b"found "),
        (b'w', b'e') => passive(b"were convicted")
            .or_else(|| passive(b"were sentenced"))
            .or_else(|| passive(b"were found guilty"))
            .or_else(|| passive(b"were jailed")),
        (b'w', b'a') => passive(b"was convicted")
            .or_else(|| passive(b"was sentenced"))
            .or_else(|| passive(b"was found guilty"))
            .or_else(|| passive(b"was jailed")),
        (b'p', b'l') => passive(b"pleaded guilty"),
        (b't', b'o') => passive(b"to be convicted"),
        _ => None,
    }
}

/// Where the sentence holding byte `at` of `head` starts: after the last ". " before it
/// that does not follow an initial ("Vang Thi M., 34").
fn sentence_start(head: &str, at: usize) -> usize {
    let b = head.as_bytes();
    let mut i = at;
    while i >= 2 {
        if b[i - 1] == b' ' && b[i - 2] == b'.' {
            let initial = i >= 4 && b[i - 3].is_ascii_uppercase() && (b[i - 4] == b' ' || b[i - 4] == b'(');
            if !initial {
                return i;
            }
        }
        i -= 1;
    }
    0
}

/// Whether `after` (lowercase) begins with a crime or a word before one ("of trafficking",
/// "for their part in", "of two counts"): the words are dispatched on their first byte and
/// compared as literals (which the compiler compares inline, where the list of 58 byte
/// strings tried in turn cost a `bcmp` call each: ~630 instructions a document on the annex
/// narratives). The test `group_end_is_the_list_search` checks it against the list.
#[inline(always)]
fn crime_follows(after: &[u8]) -> bool {
    let w = |v: &[u8]| after.starts_with(v);
    match after.first() {
        Some(b't') => {
            w(b"traffick")
                || w(b"the crime")
                || w(b"their")
                || w(b"trading")
                || w(b"transporting")
                || w(b"two counts")
                || w(b"three counts")
        }
        Some(b'h') => w(b"human") || w(b"his") || w(b"her") || w(b"holding") || w(b"harbo"),
        Some(b's') => {
            w(b"sex") || w(b"smuggling") || w(b"subjecting") || w(b"selling") || w(b"slavery") || w(b"servitude") || w(b"several")
        }
        Some(b'c') => w(b"crimes") || w(b"conspiracy") || w(b"child") || w(b"crime") || w(b"counts"),
        Some(b'o') => w(b"offence") || w(b"offense") || w(b"organi"),
        Some(b'q') => w(b"qualified"),
        Some(b'l') => w(b"labour") || w(b"labor"),
        Some(b'f') => w(b"forced"),
        Some(b'a') => w(b"aggravated") || w(b"arranging") || w(b"abduct") || w(b"a crime") || w(b"an offence"),
        Some(b'i') => w(b"involuntary"),
        Some(b'p') => w(b"participation") || w(b"pimping") || w(b"procuring") || w(b"prostitution") || w(b"pandering"),
        Some(b'e') => w(b"exploit") || w(b"enslav"),
        Some(b'r') => w(b"running") || w(b"recruiting") || w(b"rape"),
        Some(b'k') => w(b"keeping") || w(b"kidnap"),
        Some(b'u') => w(b"using"),
        Some(b'b') => w(b"buying") || w(b"bonded"),
        Some(b'd') => w(b"debt") || w(b"dealing"),
        Some(b'm') => w(b"money") || w(b"multiple"),
        Some(b'v') => w(b"violations") || w(b"violating"),
        _ => false,
    }
}

/// Where the group named after a conviction verb ends: at "to", "under", "guilty", a
/// ";", a full stop that does not follow an initial, or "of"/"for" before a crime ("of
/// trafficking", "for human trafficking"), not "the owner of a brick kiln".
fn group_end(low: &str, from: usize) -> usize {
    let b = &low.as_bytes()[from..low.len().min(from + 200)];
    for i in 0..b.len() {
        match b[i] {
            b';' => return from + i,
            // A full stop ends it unless it follows an initial ("Ion B. and Svetlana C.").
            b'.' if b.get(i + 1) == Some(&b' ') && !(i >= 2 && b[i - 1].is_ascii_alphabetic() && b[i - 2] == b' ') => {
                return from + i
            }
            b' ' => {
                let rest = &b[i + 1..];
                // Only the stops and "of"/"for" that begin with the next letter are tried
                // (all nine stops at every space were ~990 instructions a document); each
                // ends the group at this space, so the order they are tried in does not
                // matter. The test `group_end_is_the_list_search` checks it against the lists.
                // "of"/"for" end it before a crime ("of trafficking"), not "the owner of a
                // kiln".
                let ends = match rest.first() {
                    Some(b't') => rest.starts_with(b"to "),
                    Some(b'u') => rest.starts_with(b"under "),
                    Some(b'g') => rest.starts_with(b"guilty"),
                    Some(b'i') => rest.starts_with(b"in connection"),
                    Some(b'w') => rest.starts_with(b"who "),
                    Some(b'a') => {
                        rest.starts_with(b"and sentenced") || rest.starts_with(b"and ordered") || rest.starts_with(b"after ")
                    }
                    Some(b'o') => rest.starts_with(b"on charges") || (rest.starts_with(b"of ") && crime_follows(&rest[3..])),
                    Some(b'f') => rest.starts_with(b"for ") && crime_follows(&rest[4..]),
                    _ => false,
                };
                if ends {
                    return from + i;
                }
            }
            _ => {}
        }
    }
    from + b.len()
}

/// People in a group of names and nouns: one per "and" that joins people, or the number
/// before a noun of people. `low` is `group` in ASCII lowercase (the caller's copy: the
/// same byte offsets). Nothing is allocated: the pieces between the joining "and"s are
/// counted as they are found, and their words read from the text twice rather than
/// collected (a lowercase copy, a list of pieces and two lists of words per call cost
/// ~2,200 instructions a call, ~5,600 a document on the annex narratives).
fn people_in(group: &str, low: &str) -> Option<u64> {
    debug_assert_eq!(low, group.to_ascii_lowercase());
    let (raw, lb) = (group.as_bytes(), low.as_bytes());
    if has_any(lb, [b"couple", b"spouses", b"husband and wife"]) {
        return Some(2);
    }
    // The people of `low[a..b]`: the number before a noun of people among the next four
    // words, else one if a word is a noun of people or a name (a capital, then a small
    // letter). (One pass over the words: the nouns are noted as the numbers are looked for.)
    let piece = |a: usize, b: usize| -> u64 {
        let mut person = false;
        let mut it = Words { text: &low[..b], at: a };
        while let Some(w) = it.next() {
            person = person || is_person_word(w);
            // (The letters first: most words are no number word.)
            if w.bytes().all(|c| c.is_ascii_alphabetic()) {
                if let Some(n) = number_value(w).filter(|n| (2..=30).contains(n)) {
                    if it.clone().take(4).any(is_person_word) {
                        return n;
                    }
                }
            }
        }
        // A name: a word that begins with a capital and a small letter (so of two bytes or
        // more).
        person = person
            || (a..b.saturating_sub(1)).any(|i| {
                (i == a || Words::separator(raw[i - 1])) && raw[i].is_ascii_uppercase() && raw[i + 1].is_ascii_lowercase()
            });
        u64::from(person)
    };
    let mut total = 0;
    // Where the piece being read starts, and where the search for " and " goes on.
    let (mut at, mut from) = (0, 0);
    while let Some(k) = find_bytes(&lb[from..], b" and ") {
        let j = from + k;
        from = j + 5;
        let rest = &low[j + 5..];
        let next = &rest[..rest.bytes().position(|c| c == b' ' || c == b',').unwrap_or(rest.len())];
        let joins = ["his", "her", "their", "a", "an", "the", "its"].contains(&next)
            || (number_value(next).is_some() && next.bytes().all(|c| c.is_ascii_alphabetic()))
            || raw.get(j + 5).is_some_and(u8::is_ascii_uppercase);
        if joins {
            total += piece(at, j);
            at = j + 5;
        }
    }
    total += piece(at, low.len());
    (total > 0).then_some(total)
}

/// The words of `text` from byte `at` on, between spaces, commas and parentheses (what
/// `split([' ', ',', '(', ')'])` gives, empty pieces left out), found byte by byte: the
/// separators are ASCII, so the words are cut at character boundaries.
#[derive(Clone)]
struct Words<'t> {
    text: &'t str,
    at: usize,
}

impl Words<'_> {
    fn separator(c: u8) -> bool {
        matches!(c, b' ' | b',' | b'(' | b')')
    }
}

impl<'t> Iterator for Words<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        let b = self.text.as_bytes();
        let mut s = self.at;
        while s < b.len() && Words::separator(b[s]) {
            s += 1;
        }
        let mut e = s;
        while e < b.len() && !Words::separator(b[e]) {
            e += 1;
        }
        self.at = e;
        (s < e).then(|| &self.text[s..e])
    }
}

/// A noun of people who may be offenders ("owner", "brothers", "co-defendant").
fn is_person_word(w: &str) -> bool {
    matches!(
        w,
        "man"
            | "woman"
            | "men"
            | "women"
            | "owner"
            | "owners"
            | "defendant"
            | "defendants"
            | "co-defendant"
            | "co-defendants"
            | "accused"
            | "broker"
            | "brokers"
            | "director"
            | "operator"
            | "operators"
            | "manager"
            | "managers"
            | "recruiter"
            | "recruiters"
            | "trafficker"
            | "traffickers"
            | "captain"
            | "employer"
            | "employers"
            | "agent"
            | "agents"
            | "mother"
            | "father"
            | "pimp"
            | "pimps"
            | "leader"
            | "leaders"
            | "wife"
            | "husband"
            | "partner"
            | "boyfriend"
            | "girlfriend"
            | "brother"
            | "brothers"
            | "sister"
            | "sisters"
            | "son"
            | "sons"
            | "daughter"
            | "national"
            | "nationals"
            | "citizen"
            | "citizens"
            | "resident"
            | "residents"
            | "driver"
            | "drivers"
            | "farmer"
            | "contractor"
            | "contractors"
            | "supervisor"
            | "offender"
            | "offenders"
            | "person"
            | "persons"
            | "people"
            | "members"
            | "accomplices"
            | "foremen"
            | "individuals"
            | "relatives"
            | "administrators"
            | "spouses"
            | "couple"
            | "madam"
            | "madams"
            | "smugglers"
            | "smuggler"
            | "organisers"
            | "organizers"
    )
}

/// An advertisement of the victims themselves ("posted ads for her", "photos of the girls"):
/// offered to buyers, whatever else the sentence says.
fn ad_of_victims(text: &str, a: &Hit) -> bool {
    // The next 28 bytes (as bytes: the text may be cut inside a character there).
    let near = &text.as_bytes()[a.end..(a.end + 28).min(text.len())];
    if near.is_ascii() {
        // (Nearly always: the trims and comparisons below read in place, case ignored, with
        // no lowercase copy. ASCII whitespace is what `trim_start` passes over there.)
        let space = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
        let right_after = &near[near.iter().take_while(|c| space(c)).count()..];
        // What follows the word that begins `t`: "ads for her" -> "for her".
        let after_noun = |t: &'_ [u8]| -> usize {
            let noun = t.iter().take_while(|c| c.is_ascii_alphabetic()).count();
            noun + t[noun..].iter().take_while(|c| space(c)).count()
        };
        // ("placed an advertisement for her": over the article to the advert's noun.)
        let past_article = [&b"an "[..], b"a "]
            .iter()
            .find_map(|a| (right_after.len() > a.len() && right_after[..a.len()].eq_ignore_ascii_case(a)).then_some(a.len()));
        return of_victims_at(right_after)
            || of_victims_at(&right_after[after_noun(right_after)..])
            || past_article.is_some_and(|k| of_victims_at(&right_after[k + after_noun(&right_after[k..])..]))
            || victims_object(text, a, right_after)
            || victims_advertised(text, a);
    }
    let near = near.to_ascii_lowercase();
    let near = String::from_utf8_lossy(&near);
    let right_after = near.trim_start();
    // "posted ads for her": skip the rest of the advert's noun first.
    let after_noun = right_after.trim_start_matches(|c: char| c.is_ascii_alphabetic()).trim_start();
    OF_VICTIMS.iter().any(|p| right_after.starts_with(p) || after_noun.starts_with(p))
        || victims_object(text, a, right_after.as_bytes())
        || victims_advertised(text, a)
}

/// The victims advertised in the passive ("were instead advertised on an escort website",
/// "she was advertised online"): "was" or "were" (and an adverb) before the verb `a`, whose
/// subject is no job ("jobs were advertised on Facebook", "it was advertised").
fn victims_advertised(text: &str, a: &Hit) -> bool {
    if !ends_ci(&text[a.start..a.end], "advertised") {
        return false;
    }
    let mut at = a.start;
    let mut seen_be = false;
    for _ in 0..3 {
        let Some((s, w)) = word_before(text, at) else { return false };
        if !seen_be {
            if w.eq_ignore_ascii_case("was") || w.eq_ignore_ascii_case("were") {
                seen_be = true;
            } else if !["instead", "then", "later", "also", "soon", "openly"].iter().any(|x| w.eq_ignore_ascii_case(x)) {
                return false;
            }
        } else {
            return ![
                "it",
                "job",
                "jobs",
                "vacancy",
                "vacancies",
                "position",
                "positions",
                "post",
                "posts",
                "work",
                "place",
                "places",
                "offer",
                "offers",
                "opening",
                "openings",
                "role",
                "roles",
                "course",
                "courses",
                "scheme",
                "flat",
                "room",
            ]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x));
        }
        at = s;
    }
    false
}

/// An advertising verb whose object is the victims ("advertised them on an Instagram page",
/// "advertised her on an escort website", "posted the girls' photographs"): `after` is the
/// text right after the verb `a`.
fn victims_object(text: &str, a: &Hit, after: &[u8]) -> bool {
    let starts =
        |p: &[u8]| after.len() > p.len() && after[..p.len()].eq_ignore_ascii_case(p) && !after[p.len()].is_ascii_alphabetic();
    ends_ci(&text[a.start..a.end], "ed")
        && [
            &b"them"[..],
            b"her",
            b"the girls",
            b"the girl",
            b"the women",
            b"the woman",
            b"the victims",
            b"the boys",
            b"the children",
        ]
        .iter()
        .any(|p| starts(p))
}

/// `b` begins with one of [`OF_VICTIMS`], ASCII case ignored: "for " or "of ", then one of
/// the five objects (each phrase is one of the two prepositions before one of them), so
/// most texts are passed over at their first letter.
fn of_victims_at(b: &[u8]) -> bool {
    let starts = |b: &[u8], p: &[u8]| b.len() >= p.len() && b[..p.len()].eq_ignore_ascii_case(p);
    let rest = if starts(b, b"for ") {
        &b[4..]
    } else if starts(b, b"of ") {
        &b[3..]
    } else {
        return false;
    };
    [
        &b"her"[..],
        b"them",
        b"the girls",
        b"the women",
        b"the victim",
        b"two victims",
        b"two women",
        b"two girls",
        // ("posted offers of their sexual services": the window is 28 bytes.)
        b"their sexual",
        b"their services",
    ]
    .iter()
    .any(|o| starts(rest, o))
}

/// The phrases after an advertisement (or after its noun) that make it one of the victims
/// ([`ad_of_victims`]).
const OF_VICTIMS: &[&str] = &[
    "for her",
    "for them",
    "of her",
    "of them",
    "for the girls",
    "of the girls",
    "for the women",
    "of the women",
    "of the victim",
    "for the victim",
];

/// An advertisement or notice the victim posted herself, seeking something ("the victim had
/// posted a notice on Craigslist seeking a room", "women who had posted that they were
/// looking for work"): not the offenders' advertisement, so no fishing. The poster is a
/// victim or woman named shortly before it, with no offender in between; what follows says
/// what she was seeking.
fn victims_own_ad(text: &str, sent: &[&Hit], a: &Hit) -> bool {
    let b = text.as_bytes();
    // "she advertised them on the escort site ..., where profiles with photographs were
    // found": the victims advertised by someone else ("posted her profile" may be her own).
    if ["advertised", "offered", "marketed", "promoted"].iter().any(|v| text[a.start..a.end].eq_ignore_ascii_case(v))
        && word_after(text, a.end).is_some_and(|(_, w)| ["them", "her"].iter().any(|x| w.eq_ignore_ascii_case(x)))
    {
        return false;
    }
    // "having seen their posts about looking for work": posts the offender saw, theirs;
    // "whose profile listed her as 18": what her profile said.
    let pre_word = b[..a.start].trim_ascii_end();
    let ends = |p: &[u8]| pre_word.len() >= p.len() && pre_word[pre_word.len() - p.len()..].eq_ignore_ascii_case(p);
    if let Some((s1, w1)) = (ends(b"her") || ends(b"their") || ends(b"profile")).then(|| word_before(text, a.start)).flatten() {
        let their = ["their", "her"].iter().any(|x| w1.eq_ignore_ascii_case(x));
        let profile = w1.eq_ignore_ascii_case("profile");
        if their || profile {
            let w2 = word_before(text, s1).map(|(_, w)| w);
            let any = |xs: &[&str]| w2.is_some_and(|w| xs.iter().any(|x| w.eq_ignore_ascii_case(x)));
            if (their && any(&["seen", "saw", "read", "noticed", "seeing", "reading"]))
                || (profile && any(&["whose", "her", "their", "his"]))
            {
                return true;
            }
        }
    }
    // "found a post on Twitter by a girl who had run away", "posts by high-school girls":
    // hers, by the words after it.
    let post_noun = ["post", "posts"].iter().any(|x| text[a.start..a.end].eq_ignore_ascii_case(x));
    if post_noun
        && sent.iter().any(|p| {
            p.start > a.end
                && p.start - a.end <= 40
                && matches!(p.cue, Cue::Female | Cue::VictimNoun | Cue::Minor | Cue::MinorWeak)
                && !text[a.end..p.start].contains([',', ';', '.'])
                && word_before(text, p.start).is_some_and(|(s, w)| {
                    w.eq_ignore_ascii_case("by")
                        || (["a", "an", "the"].iter().any(|x| w.eq_ignore_ascii_case(x))
                            && word_before(text, s).is_some_and(|(_, b)| b.eq_ignore_ascii_case("by")))
                })
        })
    {
        return true;
    }
    // "messaged girls who posted dance videos": the girls posted, in a relative clause.
    // (Read in place, byte by byte: this runs for every advertisement word.)
    let mut pre = b[..a.start].trim_ascii_end();
    for aux in [&b" had"[..], b" have", b" has"] {
        if pre.len() >= aux.len() && pre[pre.len() - aux.len()..].eq_ignore_ascii_case(aux) {
            pre = pre[..pre.len() - aux.len()].trim_ascii_end();
            break;
        }
    }
    if pre.len() >= 4 && pre[pre.len() - 4..].eq_ignore_ascii_case(b" who") {
        let ws = pre.len() - 3;
        if sent.iter().any(|p| p.end <= ws && ws - p.end <= 1 && matches!(p.cue, Cue::Female | Cue::Minor | Cue::MinorWeak)) {
            return true;
        }
    }
    let victim = sent
        .iter()
        .rev()
        .find(|p| {
            p.end <= a.start && matches!(p.cue, Cue::VictimNoun | Cue::Female | Cue::PronounF | Cue::Minor | Cue::MinorWeak)
        })
        .map(|p| p.end);
    // "The complainant, a nurse, had put a notice": the victim's name in court.
    // ("The complainant, a Filipina domestic worker then working in Hong Kong, had posted a
    // profile": over an aside between commas, read from its closing comma.)
    let complainant = || {
        let lo = a.start.saturating_sub(110);
        // (The last "complainant" in the window; "omplainant" found 16 bytes at a time.)
        let hay = &b[lo..a.start.saturating_sub(10).max(lo)];
        let mut at = None;
        let mut from = 0;
        while let Some(k) = find_bytes(&hay[from..], b"omplainant").map(|k| from + k) {
            if k > 0 && hay[k - 1] | 0x20 == b'c' && lo + k + 10 <= a.start {
                at = Some(lo + k + 10);
            }
            from = k + 1;
        }
        let at = at?;
        if b[at] == b',' {
            let close = at + 1 + b[at + 1..a.start].iter().position(|&c| c == b',')?;
            return (!b[close + 1..a.start].contains(&b',')).then_some(close + 1);
        }
        (a.start - at <= 40).then_some(at)
    };
    let victim = victim.filter(|&e| a.start - e <= 40);
    let Some(end) = victim.or_else(complainant) else {
        return false;
    };
    let gap = &b[end..a.start];
    gap.len() <= 40
        && !sent
            .iter()
            .any(|o| o.start >= end && o.end <= a.start && matches!(o.cue, Cue::OffenderNoun | Cue::OffenderOne | Cue::Male))
        && !gap
            .split(|c| !c.is_ascii_alphabetic())
            .any(|w| [&b"he"[..], b"they", b"him", b"his", b"we"].iter().any(|x| w.eq_ignore_ascii_case(x)))
        && seeking_in(&b[a.end..(a.end + 90).min(b.len())])
}

/// What follows a victim's own notice says what she sought ([`victims_own_ad`]): "seeking",
/// "searching for", "looking for", "offering to work", "profile", "describing
/// her/his/their/my", "in search of" somewhere in `after` (case ignored). One pass, comparing only where a word's first two
/// letters are (found 16 places at a time).
fn seeking_in(after: &[u8]) -> bool {
    let at = |i: usize, w: &[u8]| after.len() - i >= w.len() && after[i..i + w.len()].eq_ignore_ascii_case(w);
    any_pair_ci(after, [*b"se", *b"lo", *b"pr", *b"de", *b"in", *b"of"], |i| match after[i] | 0x20 {
        b's' => at(i, b"seeking") || at(i, b"searching for"),
        // "posted a listing ... offering to work as a babysitter"
        b'o' => at(i, b"offering to work"),
        b'l' => at(i, b"looking for"),
        // "had posted a personal profile on MySpace describing her troubles"; "posted
        // profiles of them", "a profile of the girl" are profiles of others, offered.
        b'p' => at(i, b"profile") && !at(i, b"profiles of") && !at(i, b"profile of the") && !at(i, b"profile of her "),
        // ("describing the work as 'massage'" is an offer described, not her own.)
        b'd' => at(i, b"describing her") || at(i, b"describing his") || at(i, b"describing their") || at(i, b"describing my"),
        b'i' => at(i, b"in search of"),
        _ => false,
    })
}

/// The offenders answering the victim's own notice ("replied to her notice", "answered
/// their posts"), where the summary says the victim posted one: an approach (hunting).
fn reply_to_victims_ad(text: &str, r: &Hit) -> bool {
    r.cue == Cue::Respond
        && !starts_ci(&text[r.start..r.end], "who ")
        && !word_before(text, r.start).is_some_and(|(_, w)| ["who", "that", "which"].iter().any(|x| w.eq_ignore_ascii_case(x)))
        && word_after(text, r.end).is_some_and(|(e, w)| {
            ["her", "their"].iter().any(|x| w.eq_ignore_ascii_case(x))
                // "replied to the listing" (the notice she posted, said before).
                || w.eq_ignore_ascii_case("the")
                    && word_after(text, e).is_some_and(|(_, n)| {
                        ["listing", "profile", "post", "posting", "ad", "advert", "advertisement", "notice"]
                            .iter()
                            .any(|x| n.eq_ignore_ascii_case(x))
                    })
        })
}

/// The offenders answering a notice someone else posted ("the accused answered an
/// advertisement placed by the girl's mother, who was looking for a job for her",
/// "recruited women by answering their personal ads"): a response whose subject is an
/// offender (or that is how a recruiting was done), to a notice that is "her" or "their"
/// own, placed by someone, or seeking something. Not a passive ("was answered by").
fn offender_answers_notice(text: &str, sent: &[&Hit], r: &Hit) -> bool {
    if r.cue != Cue::Respond || starts_ci(&text[r.start..r.end], "who ") {
        return false;
    }
    if word_before(text, r.start)
        .is_some_and(|(_, w)| ["who", "that", "which", "was", "were", "been", "being"].iter().any(|x| w.eq_ignore_ascii_case(x)))
    {
        return false;
    }
    // The subject: an offender named before it with no buyer or victim group between, or
    // "recruited ... by answering".
    // ("she answered ...": the victim.)
    if word_before(text, r.start).is_some_and(|(_, w)| ["she", "they"].iter().any(|x| w.eq_ignore_ascii_case(x))) {
        return false;
    }
    let by_offender = sent.iter().rev().filter(|p| p.end <= r.start).find_map(|p| match p.cue {
        Cue::OffenderOne | Cue::OffenderNoun => Some(true),
        Cue::Buyers => Some(false),
        Cue::VictimNoun if !after_preposition(text, p.start) => Some(false),
        _ => None,
    }) == Some(true);
    let by_recruiter =
        sent.iter().any(|p| matches!(p.cue, Cue::Recruit | Cue::Approach) && p.end <= r.start && r.start - p.end <= 40);
    // "he responded to ...": the man of the case (victims named by pronoun are "she", "they").
    let he = word_before(text, r.start).is_some_and(|(_, w)| w.eq_ignore_ascii_case("he"));
    // "responded to an advertisement that a woman had herself placed": her own notice,
    // answered by the one the summary is about.
    let after = window(text, r.end, r.end + 160).to_ascii_lowercase();
    let after = after.split(['.', ';']).next().unwrap_or("");
    let herself = [" herself ", " themselves ", " himself "].iter().any(|p| after.contains(p));
    if !(by_offender || by_recruiter || he || herself) {
        return false;
    }
    // "a 20-year-old woman's personal ad": someone's own notice.
    let near = window(text, r.end, r.end + 40);
    let possessive = near.split(' ').take(5).any(|w| {
        w.len() > 3 && w.starts_with(|c: char| c.is_ascii_lowercase()) && (w.ends_with("'s") || w.ends_with("\u{2019}s"))
    });
    let own = possessive
        || word_after(text, r.end).is_some_and(|(_, w)| ["her", "their"].iter().any(|x| w.eq_ignore_ascii_case(x)))
        || ends_ci(&text[r.start..r.end], " her")
        || ends_ci(&text[r.start..r.end], " their")
        // "answered the victim's own advertisement"
        || ["'s", "s'"].iter().any(|e| text[r.start..r.end].ends_with(e));
    // "answered the personal ads of young women", "answered the ads of girls": the notices of
    // the people named after "of" (with a bare "answered", after the notice word).
    let of_someone = || {
        let notice_end =
            sent.iter().find(|a| a.cue == Cue::Advert && a.start >= r.end && a.start - r.end <= 24).map_or(r.end, |a| a.end);
        starts_ci(&text[notice_end..], " of ")
            && sent.iter().any(|p| {
                matches!(p.cue, Cue::Female | Cue::VictimNoun | Cue::MinorWeak | Cue::MinorVague | Cue::Minor)
                    && p.start >= notice_end + 4
                    && p.start - notice_end <= 24
                    && !text[notice_end..p.start].contains([',', ';', '.'])
            })
    };
    own || herself
        || [" placed by ", " posted by ", " put up by ", "looking for", "seeking", "in search of", "asked for", "asking for"]
            .iter()
            .any(|p| has(after, p))
        || of_someone()
}

/// The offender answering the victim's own notice after it ("the defendant replied within
/// minutes", "he replied"): a response with the offender right before it.
#[inline(never)]
fn offender_reply(text: &str, hits: &[Hit], r: &Hit) -> bool {
    r.cue == Cue::Respond
        && (word_before(text, r.start).is_some_and(|(_, w)| w.eq_ignore_ascii_case("he"))
            || hits.iter().any(|o| o.cue == Cue::OffenderOne && o.end <= r.start && r.start - o.end <= 1))
}

/// A response by the buyers or victims to the offender's own advertisement ("the men who
/// responded", "Customers responded"), not the offender answering someone else's.
fn answered_by_others(text: &str, sent: &[&Hit], h: &Hit) -> bool {
    // ("the men who responded", "clients who had answered the ads", "who answered the post".)
    let relative = |w: &str| ["who", "that", "which"].iter().any(|x| w.eq_ignore_ascii_case(x));
    let who = starts_ci(&text[h.start..h.end], "who ")
        || word_before(text, h.start).is_some_and(|(s, w)| {
            relative(w)
                || ["had", "have", "has"].iter().any(|x| w.eq_ignore_ascii_case(x))
                    && word_before(text, s).is_some_and(|(_, w)| relative(w))
        });
    // "she responded to his Craigslist ad": the offender's own advertisement.
    let theirs =
        word_after(text, h.end).is_some_and(|(_, w)| ["his", "her", "their", "its"].iter().any(|x| w.eq_ignore_ascii_case(x)));
    // (Either settles it: the readings below are not needed.)
    if who || theirs {
        return true;
    }
    // "after a family in Kathmandu answered, married her to their son": an answer with no
    // object, in a clause of time whose subject is not "he".
    if text[h.end..].starts_with([',', '.', ';'])
        && !word_before(text, h.start).is_some_and(|(_, w)| w.eq_ignore_ascii_case("he"))
    {
        let before = window(text, h.start.saturating_sub(45), h.start);
        let clause = &before[before.rfind([',', ';', '.']).map_or(0, |k| k + 1)..];
        if clause.split_whitespace().any(|w| ["after", "when", "once"].iter().any(|x| w.eq_ignore_ascii_case(x))) {
            return true;
        }
    }
    // "they responded to an advertisement ... run by the accused": the victims (named by
    // "she" or "they") answering an advertisement the offenders ran.
    // ("Each had answered a vacancy posted on the job portal": over "had".)
    let subject = word_before_over(text, h.start, &["had", "have", "has"]);
    let victims_subject = subject.is_some_and(|(_, w)| ["she", "they"].iter().any(|x| w.eq_ignore_ascii_case(x)));
    // ("Three survivors ... Each had answered a vacancy": each of the victims, an answer to
    // the offenders' notice.)
    if subject.is_some_and(|(_, w)| w.eq_ignore_ascii_case("each")) {
        return true;
    }
    // (An offender named in the clause after the advertisement: "that the defendant had
    // posted", "run by the accused persons".)
    let clause_end = text[h.end..].find(['.', ';']).map_or(text.len(), |p| h.end + p);
    // ("an advertisement he had placed": "he" after it.) Whoever answered it (victims,
    // buyers, undercover officers), unless an offender did.
    let he = word_before(text, h.start).is_some_and(|(_, w)| w.eq_ignore_ascii_case("he"));
    let offender_subject = !victims_subject
        && (he
            || sent
                .iter()
                .rev()
                .find(|p| p.end <= h.start && is_person(p.cue))
                .is_some_and(|p| matches!(p.cue, Cue::OffenderOne | Cue::OffenderNoun)));
    let offenders_ad = !offender_subject
        && (sent.iter().any(|p| {
            matches!(p.cue, Cue::OffenderOne | Cue::OffenderNoun)
                && p.start >= h.end
                && p.start - h.end <= 120
                && p.end <= clause_end
        }) || window(text, h.end, clause_end.min(h.end + 60)).split(',').next().is_some_and(|c| c.contains(" he ")));
    offenders_ad
        || sent.iter().any(|p| matches!(p.cue, Cue::Buyers | Cue::VictimNoun) && p.end <= h.start && h.start - p.end <= 2)
        || people_subject(sent, h)
        || passive_answer(text, h)
        || answers_post_before(sent, h)
}

/// "job offers ... which were answered by young people": the notice answered by others.
fn passive_answer(text: &str, h: &Hit) -> bool {
    word_after(text, h.end).is_some_and(|(_, w)| w.eq_ignore_ascii_case("by"))
        && word_before(text, h.start)
            .is_some_and(|(_, w)| ["was", "were", "been", "being", "is", "are"].iter().any(|x| w.eq_ignore_ascii_case(x)))
}

/// "the group posted videos on Snapchat ... and two boys aged 15 and 16 replied": the
/// people named after the offenders' post, before the response, answered it.
fn answers_post_before(sent: &[&Hit], h: &Hit) -> bool {
    let Some(a) = sent.iter().rev().find(|a| a.cue == Cue::Advert && a.end <= h.start) else { return false };
    let between = sent.iter().filter(|p| p.start >= a.end && p.end <= h.start);
    let mut people = false;
    for p in between {
        match p.cue {
            Cue::OffenderOne | Cue::OffenderNoun => return false,
            Cue::Female | Cue::Male | Cue::VictimNoun | Cue::Buyers | Cue::MinorWeak | Cue::Minor | Cue::MinorVague => {
                people = true
            }
            _ => {}
        }
    }
    people
}

/// The sentence opens with the people who answered ("Four women from Benin City, Nigeria,
/// answered the posts", "On VKontakte, three women answered the adverts"): the last person
/// before respond cue `h` is a woman, victim or buyer, and nothing before it but numbers,
/// places, ages, platforms and other people (no verb, no offender).
fn people_subject(sent: &[&Hit], h: &Hit) -> bool {
    let mut before = sent.iter().filter(|p| p.end <= h.start);
    let Some(last) = before.clone().rfind(|p| is_person(p.cue)) else { return false };
    matches!(last.cue, Cue::Female | Cue::VictimNoun | Cue::Buyers)
        && h.start - last.end <= 60
        && before.all(|p| {
            matches!(
                p.cue,
                Cue::Female
                    | Cue::VictimNoun
                    | Cue::Buyers
                    | Cue::NumberWord
                    | Cue::Place { .. }
                    | Cue::Foreign
                    | Cue::ForeignWeak
                    | Cue::Minor
                    | Cue::MinorWeak
                    | Cue::MinorVague
                    | Cue::Adult
                    | Cue::AgeBefore
                    | Cue::AgeAfter
                    | Cue::Internet(_)
                    | Cue::Platform(_)
            )
        })
}

/// A cue that names people (a subject or object of the acts around it).
fn is_person(c: Cue) -> bool {
    matches!(c, Cue::Female | Cue::Male | Cue::VictimNoun | Cue::Buyers | Cue::OffenderOne | Cue::OffenderNoun)
}

/// An offline-group cue that says the talk was among the offenders: "each other", "among
/// themselves", or a group noun after a preposition ("instructions to his relatives"), not
/// the offenders as subject ("the broker and his accomplices contacted ...").
fn among_offenders(text: &str, h: &Hit) -> bool {
    let w = text[h.start..h.end].to_ascii_lowercase();
    const GROUP: &[&str] = &["his ", "her ", "relatives", "accomplices", "associates", "co-conspirators"];
    if !GROUP.iter().any(|g| w.starts_with(g)) {
        return true;
    }
    word_before(text, h.start).is_some_and(|(_, b)| {
        ["to", "with", "between", "among", "through", "via", "from"].iter().any(|x| b.eq_ignore_ascii_case(x))
    })
}

/// "recruiter", "recruiters": a person, not an act of recruiting.
fn is_person_noun(text: &str, h: &Hit) -> bool {
    let w = text[h.start..h.end].to_ascii_lowercase();
    w.ends_with("er")
        || w.ends_with("ers")
        // "each recruit's arrival", "the recruits": the people recruited.
        || (w == "recruit" || w == "recruits")
            && (text[h.end..].starts_with(['\'', '\u{2019}'])
                || word_before(text, h.start)
                    .is_some_and(|(_, b)| ["each", "every", "the", "new", "a", "of", "his", "her", "their"].iter().any(|x| b.eq_ignore_ascii_case(x))))
}

/// Contact made by the victims or the buyers ("Six women ... wrote to her account",
/// "customers ... sent messages over the internet"), not by the offenders: the nearest
/// person named before the contact word is a group of victims or buyers, with no
/// offender between; a passive ("were contacted") is the offenders' doing.
fn approach_by_others(text: &str, sent: &[&Hit], h: &Hit) -> bool {
    // "a man who contacted them", "young women from Abidjan who contacted the page": the
    // one the relative clause is about.
    if let Some(by_others) = relative_subject_is_victim(text, sent, h.start) {
        return by_others;
    }
    let before = word_before(text, h.start);
    if before.is_some_and(|(_, w)| ["was", "were", "been", "being", "is", "are"].iter().any(|x| w.eq_ignore_ascii_case(x))) {
        return false;
    }
    // "recruited girls by approaching them on social media": the means of the clause's
    // subject, not an act of the nearest noun.
    if before.is_some_and(|(_, w)| w.eq_ignore_ascii_case("by")) && text[h.start..h.end].to_ascii_lowercase().contains("ing") {
        return false;
    }
    // "waited for the villagers to contact them": those after "for" do the contacting.
    if let Some((s, _)) = before.filter(|(_, w)| w.eq_ignore_ascii_case("to")) {
        if word_among_before(text, s, 5, &["for"]) {
            return true;
        }
    }
    // "searched Twitter for accounts of young women ..., wrote to them": a victim noun
    // after a preposition is no one's subject.
    let find_actor = |upto: usize| {
        sent.iter().rev().find(|p| {
            p.end <= upto
                && h.start - p.end <= 160
                && matches!(p.cue, Cue::VictimNoun | Cue::Buyers | Cue::OffenderOne | Cue::OffenderNoun)
        })
    };
    let mut actor = find_actor(h.start);
    while let Some(p) = actor.filter(|p| p.cue == Cue::VictimNoun && after_preposition(text, p.start)) {
        actor = find_actor(p.start);
    }
    // Victims write to the offender ("wrote to her account", "corresponded with her");
    // "the men contacted three girls" is the offenders writing to victims.
    // (Case ignored in place: no lowercase copy, no phrase made by `format!`.)
    let hit = &text[h.start..h.end];
    // "wrote to the page", "contacted the account": the offender's page or account.
    let the_page = word_after(text, h.end)
        .filter(|(_, w)| w.eq_ignore_ascii_case("the"))
        .and_then(|(e, _)| word_after(text, e))
        .is_some_and(|(_, w)| {
            ["page", "account", "profile", "site", "group", "channel", "advertiser", "number"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
        });
    let to_offender = the_page
        || [" her", " him", " them"].iter().any(|p| ends_ci(hit, p))
        || word_after(text, h.end)
            .is_some_and(|(_, w)| ["her", "him", "them", "his", "their"].iter().any(|x| w.eq_ignore_ascii_case(x)));
    // ("three women and two men, among them a boy aged 17, in that she contacted them": "she"
    // is the verb's subject, not the plural victims named before it.)
    let singular_subject = before.is_some_and(|(_, w)| ["she", "he"].iter().any(|x| w.eq_ignore_ascii_case(x)));
    actor.is_some_and(|p| match p.cue {
        Cue::Buyers => true,
        Cue::VictimNoun => {
            let w = text[p.start..p.end].to_ascii_lowercase();
            to_offender
                && !singular_subject
                && (w.ends_with('s') || w.ends_with("men") || w.ends_with("children") || w.ends_with("people"))
        }
        _ => false,
    })
}

/// For an act right after "who" or "that": whether the person the relative clause is about
/// is a victim or buyer (`Some(true)`) or an offender (`Some(false)`): the noun right before
/// "who", else the nearest person named within a few words. `None` when not a relative
/// clause or not said.
fn relative_subject_is_victim(text: &str, sent: &[&Hit], at: usize) -> Option<bool> {
    let (who, w) = word_before(text, at)?;
    if !(w.eq_ignore_ascii_case("who") || w.eq_ignore_ascii_case("that")) {
        return None;
    }
    // ("men in the Paris region, who sent messages": no noun right before a comma.)
    let noun = word_before(text, who).map_or("", |(_, n)| n);
    const OFFENDER: &[&str] = &[
        "man",
        "recruiter",
        "recruiters",
        "trafficker",
        "traffickers",
        "pimp",
        "agent",
        "agents",
        "person",
        "someone",
        "defendant",
        "accused",
        // ("dismantled a group that contacted its victims through Facebook": the offenders'
        // group, whatever victims were named before it.)
        "group",
        "gang",
        "network",
        "ring",
        "syndicate",
        "agency",
        "firm",
        "company",
        "couple",
    ];
    if OFFENDER.iter().any(|x| noun.eq_ignore_ascii_case(x)) {
        return Some(false);
    }
    let p = sent.iter().rev().find(|p| {
        p.end <= who
            && who - p.end <= 30
            && matches!(
                p.cue,
                Cue::VictimNoun
                    | Cue::Female
                    | Cue::Male
                    | Cue::Minor
                    | Cue::MinorWeak
                    | Cue::Buyers
                    | Cue::OffenderOne
                    | Cue::OffenderNoun
            )
    })?;
    Some(!matches!(p.cue, Cue::OffenderOne | Cue::OffenderNoun))
}

/// Whether the noun phrase starting at `at` is the object of a preposition ("accounts of
/// young women and girls", "to the victims"): up to 4 words back, over articles,
/// adjectives of age or sex and coordinated nouns, within the clause.
fn after_preposition(text: &str, at: usize) -> bool {
    const OVER: &[&str] = &[
        "the", "a", "an", "young", "teenage", "adult", "underage", "female", "male", "minor", "and", "or", "several", "many",
        "some", "other", "women", "girls", "men", "boys", "children",
    ];
    let mut pos = at;
    for _ in 0..5 {
        let Some((s, w)) = word_before(text, pos) else { return false };
        if ["of", "for", "to", "with", "from", "about"].iter().any(|x| w.eq_ignore_ascii_case(x)) {
            return true;
        }
        if !OVER.iter().any(|x| w.eq_ignore_ascii_case(x)) {
            return false;
        }
        pos = s;
    }
    false
}

/// Which act a purpose cue names: 0 advertising, 1 recruiting or approaching, 2 exploiting,
/// 3 a job offered.
fn act_class(c: Cue) -> Option<u8> {
    match c {
        Cue::Advert | Cue::BuyerOffer => Some(0),
        Cue::Recruit | Cue::Approach => Some(1),
        // What an advertisement or an approach offers: it goes with either.
        Cue::Job => Some(3),
        Cue::Exploit => Some(2),
        _ => None,
    }
}

/// Whether purpose cue `p` is done through one of the sentence's internet mentions `nets`:
/// one within `max` bytes with no cue of another act between them. "recruited three women
/// from Reno, posted advertisements for them on Craigslist": the recruiting was not online.
/// A mention that is itself the exploitation ("streamed live") carries no other act.
fn linked(text: &str, sent: &[&Hit], nets: &[&Hit], p: &Hit, max: usize) -> bool {
    let Some(own) = act_class(p.cue) else { return true };
    nets.iter().any(|n| {
        let (lo, hi) = if n.start >= p.end {
            (p.end, n.start)
        } else if p.start >= n.end {
            (n.end, p.start)
        } else {
            (0, 0)
        };
        // A semicolon or a run-on ".;" closes the clause: what follows is another act.
        if hi - lo > max || text[lo..hi].contains(';') {
            return false;
        }
        // "recruited the women by promising them work ... and uploaded their photographs to
        // the site", "persuaded four women to travel ..., and e-mailed scans of their passports":
        // the mention belongs to a verb of its own after "and", not to the recruiting.
        if own == 1 && n.start >= p.end && coordinated_verb(text, sent, lo, n.end) {
            return false;
        }
        let exploit_net = sent.iter().any(|x| x.cue == Cue::Exploit && x.start == n.start && x.end == n.end);
        if exploit_net && own != 2 {
            return false;
        }
        // Another act between them, or a telephone ("called the number"): not this mention.
        // A print medium joined to the mention ("in newspapers and on the internet") is
        // the same act in two media.
        !sent.iter().any(|x| {
            x.start >= lo
                && x.end <= hi
                && ((x.cue == Cue::Phone && !medium_and(text, x, n))
                    || act_class(x.cue).is_some_and(|c| c != own && c != 3 && (own != 3 || c == 2)))
        })
    })
}

/// An " and " between `lo` and `hi` (the last one) followed by a past-tense verb ("and
/// uploaded", "and e-mailed", "and sent") that no recruiting or approach cue covers.
fn coordinated_verb(text: &str, sent: &[&Hit], lo: usize, hi: usize) -> bool {
    let gap = &text.as_bytes()[lo..hi];
    // (A space then "a" first: most places fail at the first byte.)
    let Some(k) = (0..gap.len().saturating_sub(4))
        .rev()
        .find(|&k| gap[k] == b' ' && gap[k + 1] | 0x20 == b'a' && gap[k + 2..k + 5].eq_ignore_ascii_case(b"nd "))
    else {
        return false;
    };
    let at = lo + k + 5;
    // (A hyphen stays in the word: "e-mailed".)
    let e = at + text.as_bytes()[at..].iter().take_while(|c| c.is_ascii_alphanumeric() || **c == b'-').count();
    let w = &text[at..e];
    let verb = (w.len() > 4 && ends_ci(w, "ed")) || ["sent", "put", "made"].iter().any(|x| w.eq_ignore_ascii_case(x));
    verb && !sent.iter().any(|x| act_class(x.cue) == Some(1) && x.start < e && x.end > e - w.len())
}

/// Whether approach cue `h` is the word "contact" naming a section of advertisements ("the
/// contact pages", "contact ads", "contact advertisements"), not a contact made.
fn contact_section(text: &str, h: &Hit) -> bool {
    text[h.start..h.end].eq_ignore_ascii_case("contact")
        && word_after(text, h.end).is_some_and(|(_, w)| {
            ["pages", "page", "ads", "ad", "advertisements", "adverts", "section", "sections", "columns", "column"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
        })
}

/// A bare "contact" used as a noun: after an article or possessive, or a capitalised name
/// ("with a LINE contact", "a WhatsApp contact"), or before a noun it qualifies ("adult contact
/// portals", "the contact number"). The verb follows "to", a modal or a subject.
fn contact_noun(text: &str, h: &Hit) -> bool {
    let w = &text[h.start..h.end];
    if !(w.eq_ignore_ascii_case("contact") || w.eq_ignore_ascii_case("contacts")) {
        return false;
    }
    let after = word_after(text, h.end).is_some_and(|(_, a)| {
        [
            "portal",
            "portals",
            "number",
            "numbers",
            "details",
            "detail",
            "list",
            "lists",
            "address",
            "addresses",
            "information",
            "info",
            "form",
            "forms",
            "person",
            "persons",
            "platform",
            "platforms",
            "app",
            "apps",
            "service",
            "services",
        ]
        .iter()
        .any(|x| a.eq_ignore_ascii_case(x))
    });
    after
        || word_before(text, h.start).is_some_and(|(_, b)| {
            ["a", "an", "the", "his", "her", "their", "its", "my", "of", "adult", "erotic", "sex"].iter().any(|x| b.eq_ignore_ascii_case(x))
                // A service's name: "a LINE contact", "a WhatsApp contact".
                || b.as_bytes()[0].is_ascii_uppercase()
        })
}

/// "met" followed by "in" or "at" and a place name ("whom he had met in Bucharest", "met
/// her at Sunshine Bar") or "in person": a meeting in person, not online. A platform named
/// there ("met her on Facebook", "met in a chat room") keeps the approach.
fn met_in_place(text: &str, sent: &[&Hit], h: &Hit) -> bool {
    let w = &text[h.start..h.end];
    if !w.eq_ignore_ascii_case("met") {
        return false;
    }
    let Some((e, p)) = word_after(text, h.end) else { return false };
    if !(p.eq_ignore_ascii_case("in") || p.eq_ignore_ascii_case("at")) {
        return false;
    }
    let Some((e2, place)) = word_after(text, e) else { return false };
    let s2 = e2 - place.len();
    (place.eq_ignore_ascii_case("person") || place.as_bytes()[0].is_ascii_uppercase())
        && !sent.iter().any(|x| is_net(x.cue) && x.start <= s2 && x.end > s2)
}

/// An offer sent to buyers through a messaging app or e-mail ("offered the girls to
/// customers by sending their photographs to men via WhatsApp", "clients who were sent
/// photographs and prices through WhatsApp"), in a sentence that names a messaging app or
/// e-mail: a send verb near the offer, and nothing posted, published or listed there.
fn sent_to_buyers(text: &str, sent: &[&Hit], a: &Hit) -> bool {
    let posted = sent.iter().any(|x| {
        x.cue == Cue::Advert && {
            let w = text[x.start..x.end].to_ascii_lowercase();
            ["post", "publish", "advert", "ad", "list", "upload", "place", "creat", "profile"].iter().any(|p| w.starts_with(p))
        }
    });
    if posted {
        return false;
    }
    let b = text.as_bytes();
    let lo = a.start.saturating_sub(80);
    let hi = (a.end + 80).min(b.len());
    let near = &b[lo..hi];
    [&b"sent "[..], b"sending ", b"send ", b"forwarded ", b"forwarding "].iter().any(|w| has_ci(near, w))
}

/// An act the victims were forced to do ("were forced to contact people through social
/// media and persuade them to invest", "forced to run scripts on dating apps to persuade
/// people"): "forced to", "made to", "compelled to" or "coerced into" earlier in its clause.
fn forced_task(text: &str, h: &Hit) -> bool {
    let lo = h.start.saturating_sub(90);
    let mut lo = lo;
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut before = &text[lo..h.start];
    if let Some(k) = before.rfind(['.', ';']) {
        before = &before[k + 1..];
    }
    // A lowercase copy (at most 90 bytes, on the stack), searched for all the phrases in one
    // pass: a search of each phrase in turn, each position compared without case, was ~500
    // instructions a call.
    let mut low = [0u8; 90];
    let low = &mut low[..before.len()];
    low.copy_from_slice(before.as_bytes());
    low.make_ascii_lowercase();
    has_any(low, [b"forced to ", b"made to ", b"compelled to ", b"coerced into ", b"obliged to ", b"coerced to "])
}

/// Whether phone cue `x` is a print medium joined by "and" / "or" / "as well as" to the
/// internet mention `n` that follows it: "advertised in the contact pages of newspapers and
/// on the internet", "in magazines or online". A call ("called the number listed online")
/// is no medium.
fn medium_and(text: &str, x: &Hit, n: &Hit) -> bool {
    let w = text[x.start..x.end].to_ascii_lowercase();
    if !["newspaper", "magazine", "flyer", "billboard", "yellow pages"].iter().any(|m| w.starts_with(m)) || n.start < x.end {
        return false;
    }
    let gap = &text[x.end..n.start];
    gap.len() <= 40
        && !gap.contains([',', ';', '.'])
        && [" and ", " or ", " as well as "].iter().any(|c| starts_ci(gap, c) || gap.starts_with(&c[1..]))
}

/// Whether one of the `n` words before `at` is among `words` (case ignored). The words are
/// read back within the clause: [`word_before`] stops at punctuation.
fn word_among_before(text: &str, at: usize, n: usize, words: &[&str]) -> bool {
    let mut at = at;
    for _ in 0..n {
        let Some((s, w)) = word_before(text, at) else { return false };
        if words.iter().any(|x| w.eq_ignore_ascii_case(x)) {
            return true;
        }
        at = s;
    }
    false
}

/// Whether respond cue `h` is someone answering the calls, bookings, enquiries or messages
/// that came in ("with the accused answering the calls of clients", "answering the bookings",
/// "answered the clients' messages"): the
/// offenders handling the answers to their own offer, not a buyer answering someone
/// else's advertisement.
fn answers_incoming(text: &str, h: &Hit) -> bool {
    // "a mobile number that she answered", "the phone line he answered": a phone answered.
    // ("gave a mobile number that the second defendant answered".)
    if word_among_before(text, h.start, 6, &["number", "phone", "telephone", "mobile", "line", "phones", "numbers"]) {
        return true;
    }
    let mut at = h.end;
    for _ in 0..3 {
        let Some((e, w)) = word_after(text, at) else { return false };
        // ("e-mails": a word of its own up to the hyphen.)
        if w.eq_ignore_ascii_case("e") && starts_ci(&text[e..], "-mail") {
            return true;
        }
        let is = |list: &[&str]| list.iter().any(|x| w.eq_ignore_ascii_case(x));
        if is(&["the", "all", "their", "its", "incoming"]) {
            at = e;
            continue;
        }
        // "answered the men who wrote", "the men who called": people who wrote in first.
        if is(&["men", "man", "people", "those", "users"])
            && word_after(text, e).is_some_and(|(e2, x)| {
                x.eq_ignore_ascii_case("who")
                    && word_after(text, e2).is_some_and(|(_, v)| {
                        [
                            "wrote",
                            "called",
                            "rang",
                            "texted",
                            "messaged",
                            "replied",
                            "responded",
                            "answered",
                            "contacted",
                            "phoned",
                        ]
                        .iter()
                        .any(|y| v.eq_ignore_ascii_case(y))
                    })
            })
        {
            return true;
        }
        if is(&["clients", "customers", "buyers", "client", "customer", "callers", "caller"]) {
            // "answered the customers who responded": the buyers themselves answered;
            // "customers' enquiries", "the client's calls": over the possessive.
            at = e;
            let Some(p) = ["'s", "\u{2019}s", "'", "\u{2019}"].iter().find(|p| text[at..].starts_with(**p)) else { return true };
            at += p.len();
            continue;
        }
        return is(&[
            "calls",
            "call",
            "phone",
            "phones",
            "telephone",
            "bookings",
            "booking",
            "enquiries",
            "inquiries",
            "requests",
            "appointments",
            "messages",
            "message",
            "texts",
            "emails",
            "questions",
            "replies",
            "reply",
            "responses",
        ]);
    }
    false
}

/// A place right after "to", "from" or "into" (or "from the"), with a verb of moving people a
/// few words before it ("had brought two women from the Galati area to Stockholm", "sent them
/// to Istanbul").
/// Also a place of origin after "from" and a few words of locality ("from a village near
/// Madurai", "from villages in the Gabu region"), told of victims named right before it ("three
/// women from Lautoka", "fourteen men from Mon State") or with a verb of recruiting.
fn moved_to_or_from(text: &str, h: &Hit) -> bool {
    let Some((mut s, mut w)) = word_before(text, h.start) else { return false };
    // ("from a village near", "from villages in the", "from the outskirts of": the locality.)
    const LOCALITY: &[&str] =
        &["the", "a", "village", "villages", "town", "towns", "near", "in", "of", "outskirts", "rural", "area", "city"];
    let mut skipped = 0;
    while skipped < 4 && LOCALITY.iter().any(|x| w.eq_ignore_ascii_case(x)) {
        let Some(b) = word_before(text, s) else { return false };
        (s, w) = b;
        skipped += 1;
    }
    if !["to", "from", "into"].iter().any(|x| w.eq_ignore_ascii_case(x)) {
        return false;
    }
    // (Past a locality, only "from": "to a village in" is no origin.)
    if skipped > 1 && !w.eq_ignore_ascii_case("from") {
        return false;
    }
    // The verb at most five words before the preposition ("brought two women from", "were sent
    // in 2019 to"; not "sent a friend request on Facebook to a girl from").
    const MOVE: &[&str] =
        &["brought", "sent", "taken", "took", "transported", "moved", "trafficked", "smuggled", "driven", "flown", "lured"];
    if word_among_before(text, s, 6, MOVE) {
        return true;
    }
    // "three women from Lautoka", "recruited fourteen men from": victims (or a verb of
    // recruiting) right before "from".
    const VICTIMS: &[&str] =
        &["women", "girls", "men", "boys", "victims", "workers", "children", "labourers", "laborers", "recruited", "recruiting"];
    w.eq_ignore_ascii_case("from") && word_among_before(text, s, 3, VICTIMS)
}

/// People brought into the case's own country, named as a country ("was brought to France",
/// "arranged for three women to come to New Zealand"): they crossed its border to get there.
fn moved_into(text: &str, h: &Hit) -> bool {
    let Some((s, w)) = word_before(text, h.start) else { return false };
    if !["to", "into"].iter().any(|x| w.eq_ignore_ascii_case(x)) {
        return false;
    }
    const MOVE: &[&str] = &["brought", "transported", "trafficked", "smuggled", "flown", "lured"];
    word_among_before(text, s, 3, MOVE)
        || word_before(text, s).is_some_and(|(s2, v)| {
            v.eq_ignore_ascii_case("come") && word_before(text, s2).is_some_and(|(_, t)| t.eq_ignore_ascii_case("to"))
        })
}

/// A child word that names someone's own children ("their children", "the couple's three
/// children", "Ping's daughter"), not a victim.
fn someones_child(text: &str, h: &Hit) -> bool {
    // Compared without case in place (no lowercase copy: this runs for every minor word).
    let w = &text[h.start..h.end];
    // (Most minor words begin with none of these letters: "girls", "minor", "juvenile".)
    if !matches!(w.as_bytes()[0] | 0x20, b'c' | b'd' | b's' | b'k' | b'b')
        || !["child", "children", "daughter", "daughters", "son", "sons", "kids", "baby"]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(w))
    {
        return false;
    }
    let mut at = h.start;
    for _ in 0..2 {
        let Some((s, b)) = word_before(text, at) else { return false };
        if ["their", "his", "her", "my", "our", "your", "own"].iter().any(|x| x.eq_ignore_ascii_case(b)) {
            return true;
        }
        // "the couple's", "Ping's": the word before ends in an apostrophe and s.
        let pre = &text.as_bytes()[..s];
        if b.eq_ignore_ascii_case("s") && (pre.ends_with(b"'") || pre.ends_with("\u{2019}".as_bytes())) {
            return true;
        }
        if number_value(b).is_none() {
            return false;
        }
        at = s;
    }
    false
}

/// A child word that is no victim: in the name of an institution ("the Foundation for Women
/// and Children", "the Child Exploitation Task Force": capitalised inside a sentence), a
/// child born to a victim ("gave birth to a child"), or one the victim had to support
/// ("children to support", "the children's room" of the family she worked for).
/// A word inside quoted wording ("vacancies for 'sales girls and nannies'", "advertised
/// 'new girls'", "ads for 'young, fun girls'"): the words of an advertisement or a job
/// title, not a description of the victims (C10). The quote opens (after a space) at most
/// 30 bytes before the word and closes at most 30 bytes after it, in the same sentence.
fn quoted_wording(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let lo = start.saturating_sub(24);
    let open = last_of(&b[lo..start], [b'\'', b'"', b'.', b';']).map(|k| lo + k);
    let Some(k) = open else { return false };
    if matches!(b[k], b'.' | b';') || !(k == 0 || b[k - 1] == b' ') {
        return false;
    }
    let q = b[k];
    let hi = (end + 30).min(b.len());
    (end..hi)
        .find(|&j| b[j] == q || matches!(b[j], b'.' | b';'))
        .is_some_and(|j| b[j] == q && !b.get(j + 1).is_some_and(|c| c.is_ascii_alphabetic()))
}

/// An age in a relative clause right after a count ("including two who were 17", "two who
/// had been 16 and 17 on arrival"): a victim under 18.
fn age_after_who(text: &str, h: &Hit) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    if b.get(h.end) != Some(&b' ') || b.get(h.end + 1).is_none_or(|c| c | 0x20 != b'w') {
        return None;
    }
    let rest = &b[h.end..(h.end + 14).min(b.len())];
    let len = [&b" who were "[..], b" who had been "]
        .iter()
        .find(|p| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p))
        .map(|p| p.len())?;
    let (e, n) = word_after(text, h.end + len - 1)?;
    let age = number_value(n).filter(|_| n.as_bytes()[0].is_ascii_digit())?;
    let next = word_after(text, e).map(|(_, u)| u.to_ascii_lowercase());
    let ok_next = match next.as_deref() {
        None => true,
        Some("and" | "or" | "at" | "on" | "when" | "in") => true,
        Some(_) => text[e..].starts_with(['.', ',', ';']),
    };
    ((1..18).contains(&age) && ok_next).then(|| (e - n.len(), e))
}

fn no_victim_child(text: &str, h: &Hit) -> bool {
    let w = &text[h.start..h.end];
    if !matches!(w.len(), 5 | 8) || !["child", "children"].iter().any(|x| x.eq_ignore_ascii_case(w)) {
        return false;
    }
    let b = text.as_bytes();
    let before = text[..h.start].trim_end();
    let mid_sentence = !before.is_empty() && !before.ends_with(['.', '!', '?', ':', ';', '"']);
    if w.as_bytes()[0].is_ascii_uppercase() && mid_sentence {
        return true;
    }
    let after = &b[h.end..(h.end + 14).min(b.len())];
    let starts = |p: &[u8]| after.len() >= p.len() && after[..p.len()].eq_ignore_ascii_case(p);
    // "a state children's home", "the children's school": a place named for children.
    // "mothers with young children": their own; "the eldest of seven children": her
    // brothers and sisters. (Read in place, only for these two words.)
    let others_children = || {
        let Some((s, w)) = word_before(text, h.start) else { return false };
        let is = |x: &str| w.eq_ignore_ascii_case(x);
        if number_value(w).is_some() {
            let pre = &b[s.saturating_sub(12)..s];
            return [&b"eldest of "[..], b"oldest of ", b"youngest of ", b"second of "]
                .iter()
                .any(|p| pre.len() >= p.len() && pre[pre.len() - p.len()..].eq_ignore_ascii_case(p));
        }
        (is("with") || is("young") || is("small")) && has_ci(&b[h.start.saturating_sub(40)..h.start], b"mother")
    };
    starts(b"'s ")
        || starts("\u{2019}s ".as_bytes())
        || starts(b" to support")
        || starts(b" to feed")
        || before.len() >= 10 && before.as_bytes()[before.len() - 10..].eq_ignore_ascii_case(b"birth to a")
        || others_children()
}

/// "brought to trial", "brought to justice", "brought to light": not a journey.
fn to_court(text: &str, h: &Hit) -> bool {
    word_after(text, h.end)
        .is_some_and(|(_, w)| ["trial", "justice", "court", "light", "the", "an", "a"].iter().any(|x| w.eq_ignore_ascii_case(x)))
}

/// An adult age that is an offender's, not a victim's (it says nothing of the victims):
/// the person is the object of the court's act ("convicted a 30-year-old man",
/// "sentenced a 38-year-old Hungarian woman"), in apposition to an offender ("The accused,
/// a 44-year-old woman"; "the defendant, aged 45"), or the subject of it ("A 33-year-old
/// Atlanta man was sentenced", "a 46-year-old Nigerian national was convicted"). `start..end`
/// is the age's span (from its number, or from "aged").
fn offender_age(text: &str, start: usize, end: usize) -> bool {
    // Before: the words of the same sentence (to its last period or semicolon), less an
    // article or a count right before the age.
    let before = window(text, start.saturating_sub(48), start);
    let before = last_of(before.as_bytes(), [b'.', b';']).map_or(before, |k| &before[k + 1..]).trim_end();
    let mut head = before;
    if let Some((rest, last)) = before.rsplit_once(' ') {
        if ["a", "an", "the", "two", "three", "four", "both"].iter().any(|x| last.eq_ignore_ascii_case(x)) {
            head = rest.trim_end();
        }
    } else if ["a", "an", "the"].iter().any(|x| before.eq_ignore_ascii_case(x)) {
        head = "";
    }
    if COURT_ACTS.iter().chain(&OFFENDERS).any(|x| ends_ci(head, x)) {
        return true;
    }
    // After: the noun phrase, then the court's act on it, before any comma or sentence end.
    let after = window(text, end, end + 48).as_bytes();
    court_act_in(&after[..first_of(after, [b',', b'.', b';']).unwrap_or(after.len())])
}

/// Ages stated in the terse registers of case files, read at the age cues that name them: a
/// victim's birth date or year (`born` and `birth` here are the cue's span) against the
/// earliest other year of the summary, the facts' ("V-1 (f, DOB 14.08.1989) ... Jan-Aug 2006",
/// "née le 12/05/2000 ... Faits: 2013", "the victim, born in 1998, was recruited in 2013"), and
/// an age in brackets after a victim's code ("V1 (f, 15, Badou)", "V-1 (16)"). A year
/// difference under 18 is a minor, over 18 an adult, 18 says nothing.
/// Returns whether the cue was a birth marker or a victim's code (read here, not as an age).
fn stated_age(text: &str, h: &Hit, minor_spans: &mut Vec<(usize, usize)>, adult_spans: &mut Vec<(usize, usize)>) -> bool {
    let b = text.as_bytes();
    let w = &b[h.start..h.end];
    let year_at = |i: usize| -> Option<u32> {
        let y = b.get(i..i + 4)?;
        (y.iter().all(u8::is_ascii_digit)
            && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
            && (i == 0 || !b[i - 1].is_ascii_digit()))
        .then(|| y.iter().fold(0, |a, &d| a * 10 + u32::from(d - b'0')))
        .filter(|y| (1940..=2030).contains(y))
    };
    let code = matches!(w.first(), Some(b'v' | b'V' | b'p' | b'P')) && w.last().is_some_and(u8::is_ascii_digit);
    if code {
        // "V1 (f, 15, Badou)", "V-2 (17)": the code, then its age in brackets.
        let Some(k) = (h.end..(h.end + 2).min(b.len())).find(|&k| b[k] == b'(') else { return true };
        let inner = &b[k + 1..(k + 16).min(b.len())];
        let inner = &inner[..inner.iter().position(|&c| c == b')').unwrap_or(inner.len())];
        let mut parts = inner.split(|&c| c == b',').map(<[u8]>::trim_ascii);
        let mut part = parts.next();
        if part.is_some_and(|p| matches!(p, b"f" | b"m" | b"F" | b"M" | b"f." | b"m.")) {
            part = parts.next();
        }
        if let Some(p) = part.filter(|p| (1..=2).contains(&p.len()) && p.iter().all(u8::is_ascii_digit)) {
            let age = p.iter().fold(0u32, |a, &d| a * 10 + u32::from(d - b'0'));
            // (The span ends after the age: "V1 (f, 15".)
            let offset = p.as_ptr() as usize - inner.as_ptr() as usize;
            let span = (h.start, k + 1 + offset + p.len());
            if age < 18 {
                minor_spans.push(span);
            } else {
                adult_spans.push(span);
            }
        }
        return true;
    }
    let birth = [&b"born"[..], b"dob", b"d.o.b", b"date of birth", b"n\xc3\xa9e", b"n\xc3\xa9", b"nacida", b"nacido"]
        .iter()
        .any(|m| w.eq_ignore_ascii_case(m))
        // "b. 1987", "b. 30.08.1994", "b. 03.2001": the abbreviation right before a date
        // (not "B 2231-16", a case number).
        || (w.eq_ignore_ascii_case(b"b") || w.eq_ignore_ascii_case(b"b."))
            && b.get(h.start + 1) == Some(&b'.')
            && b.get(h.start + 2) == Some(&b' ')
            && (h.start + 3..(h.start + 10).min(b.len()))
                .take_while(|&i| i == h.start + 3 || matches!(b[i - 1], b'0'..=b'9' | b'.' | b'/' | b'-'))
                .any(|i| year_at(i).is_some());
    if !birth {
        return w.len() <= 2 && w[0] | 0x20 == b'b';
    }
    // The year within the next 20 bytes ("born in 1998", "DOB 14.08.1989"), of a victim.
    let Some((y_at, born)) = (h.end..(h.end + 20).min(b.len())).find_map(|i| year_at(i).map(|y| (i, y))) else { return true };
    if !victim_before(text, h.start) {
        return true;
    }
    // The facts' year: the earliest other year of the summary after the birth (read only
    // here, where a birth is stated).
    // (Not another birth year: "complainant 1, born on 3 April 1993 ..., and complainant 2,
    // born in 1990".)
    // (The 24 bytes before the year, from the last bracket or semicolon: "(F, b. 1992, of
    // Mary). In 2017" is the facts' year.)
    // ("date of birth 9 June 1988. In 2002": a new sentence, a full stop then a capital.)
    let of_birth = |i: usize| {
        let before = &b[i.saturating_sub(24)..i];
        let before = &before[before.iter().rposition(|&c| matches!(c, b')' | b';')).map_or(0, |k| k + 1)..];
        let before = &before
            [before.windows(3).rposition(|w| w[0] == b'.' && w[1] == b' ' && w[2].is_ascii_uppercase()).map_or(0, |k| k + 2)..];
        [&b"born"[..], b"dob", b"d.o.b", b"birth", b"n\xc3\xa9", b"nacid", b"b. "].iter().any(|m| has_ci(before, m))
    };
    let facts = (0..b.len().saturating_sub(3))
        .filter(|&i| i + 4 <= h.start || i > y_at + 3)
        .filter_map(|i| year_at(i).filter(|_| !of_birth(i)))
        .filter(|&y| y > born)
        .min();
    if let Some(y) = facts {
        if y - born < 18 {
            minor_spans.push((h.start, y_at + 4));
        } else if y - born > 18 {
            adult_spans.push((h.start, y_at + 4));
        }
    }
    true
}

/// Whether the person whose birth is stated at `at` is a victim: the nearest person named in
/// the 60 bytes before it is a victim ("Vict.: A.K., f., née le", "V-1 (f, DOB", "the
/// victim, born in"), not an offender ("A-1 (m, DOB", "the accused, born in").
fn victim_before(text: &str, at: usize) -> bool {
    let before = window(text, at.saturating_sub(60), at).as_bytes();
    // (The last place of any of `words`, case ignored, read in place.)
    let last = |words: &[&str]| {
        (0..before.len()).rev().find(|&i| {
            words.iter().any(|w| before.len() - i >= w.len() && before[i..i + w.len()].eq_ignore_ascii_case(w.as_bytes()))
        })
    };
    let victim = last(&[
        "vict",
        "v-",
        "v1",
        "v2",
        "v3",
        "complainant",
        "girl",
        "boy",
        "daughter",
        "injured part",
        "pw-",
        // ("Caller: female, DOB 04/11/1990", "The applicant (born 3 November 1991)".)
        "female",
        "applicant",
        // ("Client: J., male, date of birth 9 June 1988": a support service's case note.)
        "client:",
        "minor",
        "she ",
        "her ",
        // ("three workers, born in August 1998, ...", "a youth born on 2 February 2009", "among
        // them a young man born on 30 November 1997".)
        "worker",
        "youth",
        "claimant",
        "plaintiff",
        "young man",
        "young men",
        "young wom",
        "among them",
        "one of them",
        "apprentice",
        "teenager",
        "pupil",
        "student",
        "son ",
        "women",
        "woman",
    ]);
    let offender =
        last(&["accused", "acc.", "defendant", "prév", "prev.", "a-1", "a-2", "a1 ", "a2 ", "offender", "trafficker", "suspect"]);
    victim.is_some_and(|v| offender.is_none_or(|o| o < v))
}

/// Whether the 60 bytes before `at` name the court's act on someone or an offender noun: a
/// nationality there is the offenders' ("convicted two Nigerian nationals").
fn court_acted_before(text: &str, at: usize) -> bool {
    let before = window(text, at.saturating_sub(60), at).as_bytes();
    COURT_ACTS.iter().chain(&["defendant", "accused", "offender", "suspect"]).any(|w| has_ci(before, w.as_bytes()))
}

/// The court's acts on a person that [`offender_age`] reads.
const COURT_ACTS: [&str; 8] = ["convicted", "sentenced", "acquitted", "indicted", "charged", "prosecuted", "arrested", "jailed"];
/// The offender nouns that [`offender_age`] reads right before an age, in apposition.
const OFFENDERS: [&str; 6] = ["accused,", "defendant,", "offender,", "trafficker,", "perpetrator,", "suspect,"];

/// `clause` (ASCII case ignored) says the court acted on its subject: " was convicted",
/// " were found guilty" (any of [`COURT_ACTS`] or "found guilty" after " was " or " were "),
/// or " pleaded guilty". (What a lowercase copy searched for each of the 18 phrases, made by
/// `format!`, said: read at each space instead, with no allocation.)
fn court_act_in(clause: &[u8]) -> bool {
    let c = clause;
    let starts = |k: usize, p: &[u8]| c.len() - k >= p.len() && c[k..k + p.len()].eq_ignore_ascii_case(p);
    (0..c.len()).any(|k| {
        c[k] == b' ' && {
            let k = k + 1;
            let verb = if starts(k, b"was ") {
                4
            } else if starts(k, b"were ") {
                5
            } else {
                0
            };
            (verb != 0 && (COURT_ACTS.iter().any(|a| starts(k + verb, a.as_bytes())) || starts(k + verb, b"found guilty")))
                || starts(k, b"pleaded guilty")
        }
    })
}

/// "under 18 U.S.C. 1591": a statute, not an age.
fn statute_number(text: &str, h: &Hit) -> bool {
    let w = &text[h.start..h.end];
    w.as_bytes().last().is_some_and(u8::is_ascii_digit)
        && text[h.end..].trim_start().get(..3).is_some_and(|x| x.eq_ignore_ascii_case("u.s") || x.eq_ignore_ascii_case("usc"))
}

/// Ages stated as "was 16 at the time", "Two of the five victims were 17 when ...":
/// a number under 18 right after "was"/"were" in a sentence about victims, not followed by
/// a unit (`victims`: the indexes of the `VictimNoun` hits). Returns byte spans.
fn ages_after_was(text: &str, hits: &[Hit], victims: &[u32], sentence_ends: &[usize]) -> Vec<(usize, usize)> {
    #[cfg(target_arch = "x86_64")]
    let avx2 = std::arch::is_x86_feature_detected!("avx2");
    #[cfg(not(target_arch = "x86_64"))]
    let avx2 = false;
    ages_after_was_with(text, hits, victims, sentence_ends, avx2)
}

/// [`ages_after_was`], with AVX2 when `avx2` (which the processor must have): then the 32
/// bytes after each noun decide most nouns at once ([`verb_near`]).
fn ages_after_was_with(text: &str, hits: &[Hit], victims: &[u32], sentence_ends: &[usize], avx2: bool) -> Vec<(usize, usize)> {
    #[cfg(target_arch = "x86_64")]
    if avx2 {
        // SAFETY: the caller says the processor has AVX2.
        return unsafe { ages_after_was_avx2(text, hits, victims, sentence_ends) };
    }
    ages_after_was_by(text, hits, victims, sentence_ends, false, |_, _| None)
}

/// [`ages_after_was`] with AVX2 (which the processor must have): [`verb_near_avx2`]'s
/// tables and constants are set once for all the nouns.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn ages_after_was_avx2(text: &str, hits: &[Hit], victims: &[u32], sentence_ends: &[usize]) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    ages_after_was_by(text, hits, victims, sentence_ends, true, |at, room| {
        // SAFETY: the processor has AVX2 (this function's feature); the 32 bytes are in `b`.
        (at + 32 <= b.len()).then(|| unsafe { verb_near_avx2(b, at, room) }).flatten()
    })
}

/// [`ages_after_was`], with `near(at, room)`: [`verb_near`] of the 32 bytes from `at` when
/// it tells, else `None` (and `avx2` for the search, which the processor must have).
#[inline(always)]
fn ages_after_was_by(
    text: &str,
    hits: &[Hit],
    victims: &[u32],
    sentence_ends: &[usize],
    avx2: bool,
    near: impl Fn(usize, usize) -> Option<bool>,
) -> Vec<(usize, usize)> {
    const UNITS: &[&str] = &[
        "years",
        "year",
        "months",
        "month",
        "weeks",
        "week",
        "days",
        "day",
        "hours",
        "hour",
        "minutes",
        "times",
        "percent",
        "per",
        "dollars",
        "euros",
        "pounds",
        "kilometres",
        "kilometers",
        "miles",
        "people",
        "men",
        "women",
        "victims",
        "girls",
        "boys",
        "counts",
        "of",
        "and",
        "or",
        "to",
        "-",
    ];
    let mut out = Vec::new();
    let b = text.as_bytes();
    // Where the last search for "was"/"were" began, its end, and the first found
    // (`usize::MAX`: none; no search yet: an end no sentence has).
    let mut searched: (usize, usize, usize) = (usize::MAX, usize::MAX, usize::MAX);
    for v in victims.iter().map(|&i| &hits[i as usize]) {
        let Some(&se) = sentence_ends.get(v.sentence as usize) else { continue };
        // Most victim nouns have no "was"/"were" among the words after them, and their words
        // are not read: the 32 bytes after the noun tell at once whether one may begin one
        // of the four words read below (a gate: those words are still read when it may).
        let near = near(v.end, se.saturating_sub(v.end));
        if near == Some(false) {
            continue;
        }
        // Else (the 32 bytes do not tell) the verb is read only in the bytes up to the
        // sentence's end: most victim nouns have no "was"/"were" after them there. (The
        // first one after the last search's start is still the first after this noun when
        // the noun ends before it.)
        // (The three tests as one, without a branch each.)
        if near.is_none() {
            let (from, to, cached) = searched;
            let first = if (to == se) & (from <= v.end) & (v.end <= cached) {
                cached
            } else {
                let first = first_was_were(b, v.end, se, avx2).unwrap_or(usize::MAX);
                searched = (v.end, se, first);
                first
            };
            if first == usize::MAX {
                continue;
            }
        }
        let mut at = v.end;
        // The verb within a few words after the victim noun: "victims were 17",
        // "the victim, who was 16".
        for _ in 0..4 {
            while b.get(at).is_some_and(|&c| c == b',' || c == b' ') {
                at += 1;
            }
            // The next word as a byte range (no string slice: nearly every word read is neither
            // "was" nor "were").
            let Some((s, e)) = word_span_after(b, at) else { break };
            if e > se {
                break;
            }
            at = e;
            if !was_or_were(&b[s..e]) {
                continue;
            }
            let Some((mut ne, mut n)) = word_after(text, at) else { break };
            // "were between 14 and 17", "was only 15"
            let range = n.eq_ignore_ascii_case("between");
            if range || ["only", "just", "aged"].iter().any(|x| n.eq_ignore_ascii_case(x)) {
                let Some((ne2, n2)) = word_after(text, ne) else { break };
                (ne, n) = (ne2, n2);
            }
            let Some(age) = number_value(n).filter(|_| n.as_bytes()[0].is_ascii_digit()) else { break };
            let unit = word_after(text, ne).map(|(_, u)| u.to_ascii_lowercase());
            if (1..18).contains(&age) && (range || !unit.is_some_and(|u| UNITS.contains(&u.as_str()))) {
                out.push((ne - n.len(), ne));
            }
            break;
        }
    }
    out
}

/// The bits of 32 bytes of text, bit `k` for byte `k` (ASCII case ignored for the letters):
/// bytes no word or gap between words read by [`ages_after_was`] has (neither ASCII letters
/// nor digits nor one of `, -(` and tab), letters and digits, and the letters of "was" and
/// "were".
#[derive(Debug, PartialEq, Eq)]
struct NearMasks {
    bad: u32,
    alnum: u32,
    w: u32,
    a: u32,
    s: u32,
    e: u32,
    r: u32,
}

/// [`NearMasks`] of `b[at..at + 32]`, a byte at a time (what [`verb_near_avx2`] computes).
#[cfg(test)]
fn near_masks(b: &[u8], at: usize) -> NearMasks {
    let mut m = NearMasks { bad: 0, alnum: 0, w: 0, a: 0, s: 0, e: 0, r: 0 };
    for (k, &c) in b[at..at + 32].iter().enumerate() {
        let bit = 1u32 << k;
        let sep = matches!(c, b' ' | b',' | b'-' | b'(' | b'\t');
        if c.is_ascii_alphanumeric() {
            m.alnum |= bit;
        } else if !sep {
            m.bad |= bit;
        }
        for (set, l) in [(&mut m.w, b'w'), (&mut m.a, b'a'), (&mut m.s, b's'), (&mut m.e, b'e'), (&mut m.r, b'r')] {
            if c | 0x20 == l {
                *set |= bit;
            }
        }
    }
    m
}

/// [`verb_near`] of the [`NearMasks`] of `b[at..at + 32]` (`at + 32 <= b.len()`), found at
/// once; the bytes are classed by two table look-ups, one by each half of the byte.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
unsafe fn verb_near_avx2(b: &[u8], at: usize, room: usize) -> Option<bool> {
    use std::arch::x86_64::{
        __m256i, _mm256_and_si256, _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_movemask_epi8, _mm256_or_si256,
        _mm256_set1_epi8, _mm256_setzero_si256, _mm256_shuffle_epi8, _mm256_srli_epi16,
    };
    // A byte's class: the bit of its high half's group in both tables. Tab (high half 0,
    // bit 1), ' ' ( , - (high half 2, bit 2), digits (3, bit 4), letters A-O and a-o (4 and 6,
    // bit 8), P-Z and p-z (5 and 7, bit 16); no bit for the others (and bytes from 0x80).
    const LOW: [u8; 16] = {
        let mut t = [0u8; 16];
        let mut l = 0;
        while l < 16 {
            t[l] = ((l == 9) as u8)
                | (2 * (l == 0 || l == 8 || l == 12 || l == 13) as u8)
                | (4 * (l <= 9) as u8)
                | (8 * (l >= 1) as u8)
                | (16 * (l <= 10) as u8);
            l += 1;
        }
        t
    };
    const HIGH: [u8; 16] = [1, 0, 2, 4, 8, 16, 8, 16, 0, 0, 0, 0, 0, 0, 0, 0];
    // (The look-ups are in each 16-byte lane: the tables twice.)
    const LOW2: [u8; 32] = {
        let mut t = [0u8; 32];
        let mut k = 0;
        while k < 32 {
            t[k] = LOW[k % 16];
            k += 1;
        }
        t
    };
    const HIGH2: [u8; 32] = {
        let mut t = [0u8; 32];
        let mut k = 0;
        while k < 32 {
            t[k] = HIGH[k % 16];
            k += 1;
        }
        t
    };
    // SAFETY: the tables are 32 bytes each.
    let (low_t, high_t) =
        unsafe { (_mm256_loadu_si256(LOW2.as_ptr().cast::<__m256i>()), _mm256_loadu_si256(HIGH2.as_ptr().cast::<__m256i>())) };
    let (nibble, zero, case) = (_mm256_set1_epi8(0x0F), _mm256_setzero_si256(), _mm256_set1_epi8(0x20));
    let alnum_bits = _mm256_set1_epi8(4 | 8 | 16);
    // SAFETY: the load reads b[at..at + 32], in `b` as the caller says.
    let x = unsafe { _mm256_loadu_si256(b.as_ptr().add(at).cast::<__m256i>()) };
    let class = _mm256_and_si256(
        _mm256_shuffle_epi8(low_t, _mm256_and_si256(x, nibble)),
        _mm256_shuffle_epi8(high_t, _mm256_and_si256(_mm256_srli_epi16::<4>(x), nibble)),
    );
    let bits = |y: __m256i| _mm256_movemask_epi8(y) as u32;
    let c = _mm256_or_si256(x, case);
    let letter = |l: u8| bits(_mm256_cmpeq_epi8(c, _mm256_set1_epi8(l as i8)));
    let m = NearMasks {
        bad: bits(_mm256_cmpeq_epi8(class, zero)),
        alnum: !bits(_mm256_cmpeq_epi8(_mm256_and_si256(class, alnum_bits), zero)),
        w: letter(b'w'),
        a: letter(b'a'),
        s: letter(b's'),
        e: letter(b'e'),
        r: letter(b'r'),
    };
    verb_near(&m, room)
}

/// Whether a "was" or "were" may begin one of the first four words [`ages_after_was`] reads
/// after a noun, from the [`NearMasks`] of the 32 bytes after it (`room`: the bytes from
/// there to the sentence's end): `Some(false)` when none can, `None` when the 32 bytes do
/// not tell. The words read are the runs of letters and digits, with only `, -(` and tabs
/// between them: a verb read begins one of the first four runs, before any other byte and
/// before the sentence's end. (`Some(true)` may be said of a run the words read do not
/// reach: they are read then, as before.)
#[inline(always)]
fn verb_near(m: &NearMasks, room: usize) -> Option<bool> {
    let starts = m.alnum & !(m.alnum << 1);
    // The fifth run's start (32: none in the bytes).
    let mut fifth = starts;
    for _ in 0..4 {
        fifth &= fifth.wrapping_sub(1);
    }
    let limit = (m.bad.trailing_zeros() as usize).min(fifth.trailing_zeros() as usize).min(room);
    // (A verb beginning in the last three bytes is not seen whole: such a limit does not
    // tell.)
    if limit > 29 {
        return None;
    }
    let verb = (m.w & (m.a >> 1) & (m.s >> 2)) | (m.w & (m.e >> 1) & (m.r >> 2) & (m.e >> 3));
    Some(verb & starts & ((1 << limit) - 1) != 0)
}

/// `w` is "was" or "were", ASCII case ignored: the word's bytes packed and compared at once
/// (the words read are of every length, and nearly none is either).
fn was_or_were(w: &[u8]) -> bool {
    // (ORing 0x20 lowercases a capital, and maps no byte but a letter's capital onto the letter.)
    match *w {
        [a, b, c] => u32::from_le_bytes([a, b, c, 0]) | 0x20_2020 == u32::from_le_bytes(*b"was\0"),
        [a, b, c, d] => u32::from_le_bytes([a, b, c, d]) | 0x2020_2020 == u32::from_le_bytes(*b"were"),
        _ => false,
    }
}

/// `w` is "the", "of" or "and", ASCII case ignored (packed, as in [`was_or_were`]).
fn the_of_and(w: &[u8]) -> bool {
    match *w {
        [a, b] => u16::from_le_bytes([a, b]) | 0x2020 == u16::from_le_bytes(*b"of"),
        [a, b, c] => {
            let x = u32::from_le_bytes([a, b, c, 0]) | 0x20_2020;
            x == u32::from_le_bytes(*b"the\0") || x == u32::from_le_bytes(*b"and\0")
        }
        _ => false,
    }
}

/// Where the first "was" or "were" (ASCII case ignored, inside a word or not) begins in
/// `b[from..to]` (`to` clamped to `b`), found 16 bytes at a time by its "wa" or "we".
/// With AVX2, 32 bytes at a time, when `avx2` (which the processor must have).
fn first_was_were(b: &[u8], from: usize, to: usize, avx2: bool) -> Option<usize> {
    let to = to.min(b.len());
    let is_at = |k: usize| {
        let rest = &b[k..to];
        (rest.len() >= 3 && rest[1..3].eq_ignore_ascii_case(b"as"))
            || (rest.len() >= 4 && rest[1..4].eq_ignore_ascii_case(b"ere"))
    };
    let mut i = from;
    #[cfg(target_arch = "x86_64")]
    if avx2 {
        // SAFETY: the caller says the processor has AVX2.
        if let Some(k) = unsafe { was_were_avx2(b, to, &mut i) } {
            return Some(k);
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = avx2;
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{
            __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
        };
        // SAFETY: SSE2 is in every x86_64 processor (the target's baseline); the loads are
        // checked below.
        let (case, w, a, e) =
            unsafe { (_mm_set1_epi8(0x20), _mm_set1_epi8(b'w' as i8), _mm_set1_epi8(b'a' as i8), _mm_set1_epi8(b'e' as i8)) };
        // (The last block may reach past `to`, not past the text: its bits past `to` are
        // dropped.)
        while i < to && i + 17 <= b.len() {
            // SAFETY: the unaligned loads read b[i..i + 16] and b[i + 1..i + 17], in bounds
            // by the loop's condition.
            let mut m = unsafe {
                let cur = _mm_or_si128(_mm_loadu_si128(b.as_ptr().add(i).cast::<__m128i>()), case);
                let next = _mm_or_si128(_mm_loadu_si128(b.as_ptr().add(i + 1).cast::<__m128i>()), case);
                let second = _mm_or_si128(_mm_cmpeq_epi8(next, a), _mm_cmpeq_epi8(next, e));
                _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(cur, w), second)) as u32
            };
            if to - i < 16 {
                m &= (1 << (to - i)) - 1;
            }
            while m != 0 {
                let k = i + m.trailing_zeros() as usize;
                m &= m - 1;
                if is_at(k) {
                    return Some(k);
                }
            }
            i += 16;
        }
    }
    // The rest (all of it elsewhere) a byte at a time.
    (i..to).find(|&k| b[k] | 0x20 == b'w' && is_at(k))
}

/// The 32-byte blocks of [`first_was_were`], from `*i` while `*i < to` and the block's
/// loads stay in `b` (`*i` is left at the first position not read; the last block's
/// positions at or past `to` are dropped).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn was_were_avx2(b: &[u8], to: usize, i: &mut usize) -> Option<usize> {
    use std::arch::x86_64::{
        __m256i, _mm256_and_si256, _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_movemask_epi8, _mm256_or_si256, _mm256_set1_epi8,
    };
    let (case, w, a, e) =
        (_mm256_set1_epi8(0x20), _mm256_set1_epi8(b'w' as i8), _mm256_set1_epi8(b'a' as i8), _mm256_set1_epi8(b'e' as i8));
    while *i < to && *i + 33 <= b.len() {
        let at = *i;
        // SAFETY: the unaligned loads read b[at..at + 32] and b[at + 1..at + 33], in bounds
        // by the loop's condition.
        let (cur, next) = unsafe {
            (
                _mm256_loadu_si256(b.as_ptr().add(at).cast::<__m256i>()),
                _mm256_loadu_si256(b.as_ptr().add(at + 1).cast::<__m256i>()),
            )
        };
        let (cur, next) = (_mm256_or_si256(cur, case), _mm256_or_si256(next, case));
        let second = _mm256_or_si256(_mm256_cmpeq_epi8(next, a), _mm256_cmpeq_epi8(next, e));
        let mut m = _mm256_movemask_epi8(_mm256_and_si256(_mm256_cmpeq_epi8(cur, w), second)) as u32;
        if to - at < 32 {
            m &= (1 << (to - at)) - 1;
        }
        while m != 0 {
            let k = at + m.trailing_zeros() as usize;
            m &= m - 1;
            let rest = &b[k..to];
            if (rest.len() >= 3 && rest[1..3].eq_ignore_ascii_case(b"as"))
                || (rest.len() >= 4 && rest[1..4].eq_ignore_ascii_case(b"ere"))
            {
                return Some(k);
            }
        }
        *i += 32;
    }
    None
}

/// Phrase count and approximate heap bytes of the compiled matcher (for throughput notes).
pub fn matcher_size(lex: &Lexicon) -> (usize, usize) {
    (lex.matcher.len(), lex.matcher.memory_usage())
}

/// `text[lo..hi]` with `hi` clamped to the text and both ends moved inward to character
/// boundaries: byte windows around a hit ("the 40 bytes after it") must never cut a
/// multi-byte character (an em dash after a site word once panicked here).
fn window(text: &str, lo: usize, hi: usize) -> &str {
    let mut hi = hi.min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let mut lo = lo.min(hi);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    &text[lo..hi]
}

#[cfg(test)]
mod tests {
    use crate::test_rng::Xorshift;

    #[test]
    fn case_blind_ends_match_lowercased_copies() {
        let texts = [
            "",
            "w",
            "Who ",
            "WHO SAID",
            "whö ",
            "Threatened",
            "thrEATen",
            "threate",
            "ébay sites",
            "SITES",
            "by",
            " By",
            "to HER",
            " thEIR",
            "ößwho ",
        ];
        for t in texts {
            for p in ["who ", "threaten", "sites", " by", " her", " their"] {
                assert_eq!(super::starts_ci(t, p), t.to_ascii_lowercase().starts_with(p), "{t:?} {p:?}");
                assert_eq!(super::ends_ci(t, p), t.to_ascii_lowercase().ends_with(p), "{t:?} {p:?}");
            }
        }
    }

    #[test]
    fn value_keys_of_short_values_do_not_collide() {
        // Every string of up to 4 bytes over a few letters, and every length up to 20 of one
        // letter changed at every place: no two share a key (short values map one to one).
        let letters = ["a", "b", "U", "S", "0", "_"];
        let mut values: Vec<String> = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = values
                .iter()
                .filter(|v| v.len() == values.last().map_or(0, String::len))
                .flat_map(|v| letters.iter().map(move |l| format!("{v}{l}")))
                .collect();
            values.extend(longer);
        }
        for n in 5..=20 {
            for k in 0..n {
                let mut v = vec![b'x'; n];
                v[k] = b'y';
                values.push(String::from_utf8(v).unwrap_or_default());
            }
        }
        values.sort();
        values.dedup();
        let mut keys: Vec<u64> = values.iter().map(|v| value_key(v)).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), values.len());
    }

    #[test]
    fn conviction_verb_is_the_list_search() {
        // The two lists `convicted_count` searched before `conviction_verb`, by first two
        // letters: its answer must be theirs on every word start.
        const ACTIVE: &[&[u8]] = &[b"convicted ", b"sentenced ", b"conviction of ", b"convicting ", b"sentencing ", b"found "];
        const PASSIVE: &[&[u8]] = &[
            b"were convicted",
            b"was convicted",
            b"were sentenced",
            b"was sentenced",
            b"pleaded guilty",
            b"were found guilty",
            b"was found guilty",
            b"were jailed",
            b"was jailed",
            b"to be convicted",
        ];
        let by_list = |rest: &[u8]| -> Option<(bool, usize)> {
            if !matches!(rest[0], b'c' | b's' | b'f' | b'w' | b'p' | b't') {
                return None;
            }
            let (list, passive): (&[&[u8]], bool) = match (rest[0], rest[1]) {
                (b'c', b'o') => (ACTIVE, false),
                (b's', b'e') => (ACTIVE, false),
                (b'f', b'o') => (ACTIVE, false),
                (b'w', b'e' | b'a') | (b'p', b'l') | (b't', b'o') => (PASSIVE, true),
                _ => return None,
            };
            list.iter().find(|v| rest.starts_with(v)).map(|v| if passive { (false, 0) } else { (true, v.len()) })
        };
        let mut texts: Vec<Vec<u8>> = Vec::new();
        for v in ACTIVE.iter().chain(PASSIVE) {
            // Each verb, cut short at every length, with one byte changed, and followed by more.
            for n in 2..=v.len() {
                texts.push(v[..n].to_vec());
                let mut w = v[..n].to_vec();
                w[n - 1] ^= 1;
                texts.push(w);
            }
            texts.push([&v[..], b"x y"].concat());
        }
        // Random strings over the verbs' letters.
        let letters = b"convictedsgfuwalpbj ";
        let mut rng = Xorshift::new();
        for _ in 0..20_000 {
            let n = 2 + (rng.0 % 18) as usize;
            let v: Vec<u8> = (0..n).map(|_| *rng.pick(letters)).collect();
            texts.push(v);
        }
        for t in &texts {
            if t.len() >= 2 {
                assert_eq!(conviction_verb(t), by_list(t), "{:?}", String::from_utf8_lossy(t));
            }
        }
    }

    /// `people_in` as it was: a lowercase copy, the pieces between the joining "and"s
    /// collected, and each piece's words collected twice (lowercase and as written).
    fn people_in_by_lists(group: &str) -> Option<u64> {
        let low = group.to_ascii_lowercase();
        if ["couple", "spouses", "husband and wife"].iter().any(|c| low.contains(c)) {
            return Some(2);
        }
        let mut pieces: Vec<(usize, usize)> = Vec::new();
        let mut at = 0;
        for (j, _) in low.match_indices(" and ") {
            let next = low[j + 5..].split([' ', ',']).next().unwrap_or("");
            let raw = &group[j + 5..];
            let joins = ["his", "her", "their", "a", "an", "the", "its"].contains(&next)
                || (number_value(next).is_some() && next.bytes().all(|c| c.is_ascii_alphabetic()))
                || raw.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
            if joins {
                pieces.push((at, j));
                at = j + 5;
            }
        }
        pieces.push((at, low.len()));
        let mut total = 0;
        for (a, b) in pieces {
            let words: Vec<&str> = low[a..b].split([' ', ',', '(', ')']).filter(|w| !w.is_empty()).collect();
            let raw_words: Vec<&str> = group[a..b].split([' ', ',', '(', ')']).filter(|w| !w.is_empty()).collect();
            let number = words.iter().enumerate().find_map(|(k, w)| {
                let n = number_value(w).filter(|n| (2..=30).contains(n) && w.bytes().all(|c| c.is_ascii_alphabetic()))?;
                words[k + 1..].iter().take(4).any(|x| is_person_word(x)).then_some(n)
            });
            let person = words.iter().any(|w| is_person_word(w))
                || raw_words
                    .iter()
                    .any(|w| w.len() > 1 && w.as_bytes()[0].is_ascii_uppercase() && w.as_bytes()[1].is_ascii_lowercase());
            total += number.unwrap_or(u64::from(person));
        }
        (total > 0).then_some(total)
    }

    #[test]
    fn people_counted_in_one_pass_are_those_of_the_lists() {
        let parts: &[&[u8]] = &[
            b" and ",
            b" And ",
            b" ",
            b",",
            b"(",
            b")",
            b"two",
            b"Three",
            b"31",
            b"five",
            b"men",
            b"Women",
            b"owner",
            b"brothers",
            b"his",
            b"The",
            b"a",
            b"Ion",
            b"B.",
            b"X",
            b"ab",
            b"co-defendant",
            b"couple",
            b"husband and wife",
            b"\xc3\xa9",
            b"\xc3\x89mile",
            b"of",
            b"Ma",
        ];
        let mut rng = Xorshift::new();
        let (mut some, mut numbers) = (0, 0);
        for _ in 0..30_000 {
            let t = rng.text(parts, 24);
            let t = String::from_utf8_lossy(&t);
            let low = t.to_ascii_lowercase();
            let want = people_in_by_lists(&t);
            assert_eq!(people_in(&t, &low), want, "{t:?}");
            some += usize::from(want.is_some());
            numbers += usize::from(want.is_some_and(|n| n > 2));
        }
        // (The texts reach every branch: groups of no one, of names and of numbers.)
        assert!(some > 5_000 && some < 29_000 && numbers > 50, "{some} {numbers}");
    }

    /// The words before which "of" and "for" end a group.
    const CRIMES: &[&[u8]] = &[
        b"traffick",
        b"human",
        b"sex",
        b"the crime",
        b"crimes",
        b"offence",
        b"offense",
        b"conspiracy",
        b"qualified",
        b"labour",
        b"labor",
        b"forced",
        b"aggravated",
        b"child",
        b"involuntary",
        b"organi",
        b"participation",
        b"pimping",
        b"procuring",
        b"smuggling",
        b"their",
        b"his",
        b"her",
        b"trading",
        b"exploit",
        b"holding",
        b"subjecting",
        b"arranging",
        b"running",
        b"keeping",
        b"transporting",
        b"recruiting",
        b"harbo",
        b"enslav",
        b"using",
        b"abduct",
        b"selling",
        b"buying",
        b"prostitution",
        b"pandering",
        b"rape",
        b"kidnap",
        b"slavery",
        b"servitude",
        b"debt",
        b"bonded",
        b"dealing",
        b"money",
        b"crime",
        b"violations",
        b"violating",
        b"a crime",
        b"an offence",
        b"several",
        b"multiple",
        b"two counts",
        b"three counts",
        b"counts",
    ];

    /// `group_end` as it was: the nine stops and the two crime words tried at every space.
    fn group_end_by_lists(low: &str, from: usize) -> usize {
        const STOP: &[&[u8]] = &[
            b"to ",
            b"under ",
            b"guilty",
            b"in connection",
            b"on charges",
            b"and sentenced",
            b"and ordered",
            b"after ",
            b"who ",
        ];
        let crimes = CRIMES;
        let b = &low.as_bytes()[from..low.len().min(from + 200)];
        for i in 0..b.len() {
            match b[i] {
                b';' => return from + i,
                b'.' if b.get(i + 1) == Some(&b' ') && !(i >= 2 && b[i - 1].is_ascii_alphabetic() && b[i - 2] == b' ') => {
                    return from + i
                }
                b' ' => {
                    let rest = &b[i + 1..];
                    if STOP.iter().any(|s| rest.starts_with(s)) {
                        return from + i;
                    }
                    let after = if rest.starts_with(b"of ") {
                        &rest[3..]
                    } else if rest.starts_with(b"for ") {
                        &rest[4..]
                    } else {
                        continue;
                    };
                    if crimes.iter().any(|c| after.starts_with(c)) {
                        return from + i;
                    }
                }
                _ => {}
            }
        }
        from + b.len()
    }

    #[test]
    fn group_end_is_the_list_search() {
        // The stops, the crime words, each with its last byte cut, and fillers; "of " and
        // "for " as often as all the crime words together.
        let mut parts: Vec<&[u8]> = vec![
            b" ",
            b" ",
            b" ",
            b"to ",
            b"under ",
            b"guilty",
            b"in connection",
            b"on charges",
            b"and sentenced",
            b"and ordered",
            b"and ",
            b"after ",
            b"who ",
            b"a",
            b"x",
            b"B.",
            b". ",
            b";",
            b"\xc3\xa9",
        ];
        let stops = parts.clone();
        parts.extend(stops.iter().filter(|p| p.len() > 2).map(|p| &p[..p.len() - 1]));
        parts.extend(CRIMES.iter().flat_map(|c| [*c, &c[..c.len() - 1]]));
        parts.extend(std::iter::repeat_n([b"of ".as_slice(), b"for ", b"fo"], 30).flatten());
        let mut rng = Xorshift::new();
        let (mut stopped, mut crimes) = (0, 0);
        for _ in 0..30_000 {
            let t = rng.text(&parts, 60);
            let t = String::from_utf8_lossy(&t);
            let from = t.char_indices().map(|(i, _)| i).nth(t.len() % 7).unwrap_or(0);
            let want = group_end_by_lists(&t, from);
            assert_eq!(group_end(&t, from), want, "{t:?} {from}");
            stopped += usize::from(want < t.len().min(from + 200));
            let b = t.as_bytes();
            crimes +=
                usize::from(want + 1 < b.len() && (b[want + 1..].starts_with(b"of ") || b[want + 1..].starts_with(b"for ")));
        }
        // (The texts reach every branch: groups cut by a stop, by a crime, and not at all.)
        assert!(stopped > 10_000 && stopped < 29_900 && crimes > 100, "{stopped} {crimes}");
    }

    #[test]
    fn forced_tasks_are_found_as_by_the_case_blind_search() {
        let parts: &[&[u8]] = &[
            b"forced to ",
            b"Made to ",
            b"COMPELLED TO ",
            b"coerced into ",
            b"obliged",
            b"Coerced",
            b" to ",
            b"forced",
            b". ",
            b";",
            b"x",
            b"\xc3\xa9",
            b" ",
        ];
        let mut rng = Xorshift::new();
        let mut found = 0;
        for _ in 0..20_000 {
            let mut t = rng.text(parts, 20);
            t.extend_from_slice(b"contact");
            let t = String::from_utf8_lossy(&t);
            let start = t.len() - 7;
            let h = Hit { start, end: t.len(), cue: Cue::Approach, sentence: 0, negated: false };
            let mut lo = start.saturating_sub(90);
            while !t.is_char_boundary(lo) {
                lo += 1;
            }
            let before = t[lo..start].rsplit(['.', ';']).next().unwrap_or("").as_bytes();
            let want = [&b"forced to "[..], b"made to ", b"compelled to ", b"coerced into ", b"obliged to ", b"coerced to "]
                .iter()
                .any(|w| has_ci(before, w));
            assert_eq!(forced_task(&t, &h), want, "{t:?}");
            found += usize::from(want);
        }
        assert!(found > 2_000 && found < 18_000, "{found}");
    }

    #[test]
    fn find_bytes_is_str_find() {
        // Texts of pieces of the needles, across the 16-byte blocks at every offset, with the
        // needle at the end, cut short, or not there.
        let parts: &[&[u8]] =
            &[b" did", b" di", b"d", b" ", b"did so", b"\xc3\xa9", b"x", b"ab", b". ", b".", b"Did", b"slavery", b"slave"];
        let needles = ["", "d", " ", " did", "did so", ". ", "slavery", "\u{e9}", " d", "ab ab", "x.x", "dd"];
        let mut rng = Xorshift::new();
        let (mut found, mut any_found) = (0, 0);
        for _ in 0..20_000 {
            let t = rng.text(parts, 40);
            let t = String::from_utf8_lossy(&t);
            let needle = *rng.pick(&needles[..]);
            let got = find_bytes(t.as_bytes(), needle.as_bytes());
            found += usize::from(got.is_some());
            assert_eq!(got, t.find(needle), "{t:?} {needle:?}");
            assert_eq!(has(&t, needle), t.contains(needle));
            // And several needles at once.
            let three = [needles[3 + (rng.0 % 9) as usize].as_bytes(), b"ab ab", b"x.x"];
            let want = three.iter().any(|n| find_bytes(t.as_bytes(), n).is_some());
            assert_eq!(has_any(t.as_bytes(), three), want, "{t:?} {three:?}");
            any_found += usize::from(want);
        }
        assert!(found > 5_000 && found < 19_000, "{found}");
        assert!(any_found > 2_000 && any_found < 19_000, "{any_found}");
    }

    #[test]
    fn payment_service_is_the_search_of_each_word() {
        let words =
            ["bank", "BANK", "pay", "PayPal", "money", "Transfer", "wallet", "ban", "pa", "mone", "transfe", "walle", "x", " "];
        let slow = |w: &[u8]| [&b"bank"[..], b"pay", b"money", b"transfer", b"wallet"].iter().any(|x| has_ci(w, x));
        let mut rng = Xorshift::new();
        let mut found = 0;
        for _ in 0..5_000 {
            let mut t = String::new();
            for _ in 0..1 + rng.next() % 3 {
                t.push_str(rng.pick::<&str>(&words[..]));
                t.push(' ');
            }
            let h = Hit { start: 0, end: t.len(), cue: Cue::Internet(UNSPECIFIED), sentence: 0, negated: false };
            let got = payment_service(&t, &h);
            found += usize::from(got);
            assert_eq!(got, slow(t.as_bytes()), "{t}");
        }
        assert!(found > 500 && found < 4_500, "{found}");
    }

    #[test]
    fn same_code_is_string_equality() {
        let codes = [
            "",
            "U",
            "US",
            "USA",
            "USB",
            "UAS",
            "usa",
            "ROU",
            "RO",
            "ROUX",
            "GBR",
            "DEU1",
            "A\u{e9}",
            "\u{e9}A",
            "ABCDEFGH",
            "ABCDEFGI",
            "BBCDEFGH",
            "ABCDEFGHI",
            "ABCDEFGHJ",
            "\0\0\0",
            "\0\0",
            "\0",
        ];
        let mut rng = Xorshift::new();
        let mut more: Vec<String> = Vec::new();
        for _ in 0..3_000 {
            let n = (rng.next() % 10) as usize;
            more.push((0..n).map(|_| *rng.pick(&['a', 'b', '\0', 'A'])).collect());
        }
        let all: Vec<&str> = codes.iter().copied().chain(more.iter().map(String::as_str)).collect();
        let mut same = 0;
        for a in &all[..200] {
            for b in &all {
                assert_eq!(same_code(a, b), a == b, "{a:?} {b:?}");
                same += usize::from(a == b);
            }
        }
        assert!(same > 200, "{same}");
    }

    #[test]
    fn packed_words_are_the_case_blind_comparison() {
        // Every word of up to 4 bytes from the letters of "was"/"were", their capitals and
        // bytes that differ from them by 0x20 or one bit; and every byte in each place.
        let alphabet = [b'w', b'W', b'a', b'A', b's', b'S', b'e', b'E', b'r', b'R', 0x57 ^ 0x80, b'7', b'q', 0x41 ^ 0x01, 0];
        let mut words: Vec<Vec<u8>> = vec![Vec::new()];
        for len in 1..=4 {
            let prev: Vec<Vec<u8>> = words.iter().filter(|w| w.len() == len - 1).cloned().collect();
            for w in prev {
                for &c in &alphabet {
                    words.push([&w[..], &[c]].concat());
                }
            }
        }
        for base in [&b"was"[..], b"were"] {
            for i in 0..base.len() {
                for c in 0..=255u8 {
                    let mut w = base.to_vec();
                    w[i] = c;
                    words.push(w);
                }
            }
        }
        let mut found = 0;
        for w in &words {
            let want = w.eq_ignore_ascii_case(b"was") || w.eq_ignore_ascii_case(b"were");
            assert_eq!(was_or_were(w), want, "{w:?}");
            found += usize::from(want);
        }
        assert!(found > 20, "{found}");
        // And "the", "of", "and" (from their letters too).
        let alphabet = [
            b't',
            b'T',
            b'h',
            b'H',
            b'e',
            b'E',
            b'o',
            b'O',
            b'f',
            b'F',
            b'a',
            b'A',
            b'n',
            b'N',
            b'd',
            b'D',
            0x54 ^ 0x80,
            b'4',
            0,
        ];
        let mut words: Vec<Vec<u8>> = vec![Vec::new()];
        for len in 1..=4 {
            let prev: Vec<Vec<u8>> = words.iter().filter(|w| w.len() == len - 1).cloned().collect();
            for w in prev {
                for &c in &alphabet {
                    words.push([&w[..], &[c]].concat());
                }
            }
        }
        for base in [&b"the"[..], b"of", b"and"] {
            for i in 0..base.len() {
                for c in 0..=255u8 {
                    let mut w = base.to_vec();
                    w[i] = c;
                    words.push(w);
                }
            }
        }
        found = 0;
        for w in &words {
            let want = [&b"the"[..], b"of", b"and"].iter().any(|x| w.eq_ignore_ascii_case(x));
            assert_eq!(the_of_and(w), want, "{w:?}");
            found += usize::from(want);
        }
        assert!(found > 30, "{found}");
    }

    #[test]
    fn kind_index_selects_what_a_filter_of_the_hits_does() {
        let cues = [
            Cue::Internet(0),
            Cue::Internet(8),
            Cue::Platform(3),
            Cue::Domain,
            Cue::Phone,
            Cue::Negation,
            Cue::Intent,
            Cue::Job,
            Cue::Recruit,
            Cue::Means(2),
            Cue::Minor,
            Cue::AgeAfter,
            Cue::Form { label: 1, strong: true },
            Cue::Form { label: 0, strong: false },
            Cue::Female,
            Cue::Male,
            Cue::VictimNoun,
            Cue::Place { country: 4, kind: PlaceKind::Demonym },
            Cue::Place { country: 1, kind: PlaceKind::Name },
        ];
        let mut index = KindIndex::default();
        let mut got = Vec::new();
        let mut rng = Xorshift::new();
        for round in 0..300 {
            // Texts of a few hits, of several words of the bitmap, and longer than the
            // bitmap (sorted).
            let n = [round % 60, round % 60 * 9, 16 * 64 - 150 + round][round % 3];
            let hits: Vec<Hit> = (0..n)
                .map(|i| {
                    let cue = *rng.pick(&cues);
                    Hit { start: i, end: i + 1, cue, sentence: 0, negated: false }
                })
                .collect();
            index.build(&hits);
            assert_eq!(index.mask, cue_kinds(&hits));
            for c in cues {
                let want: Vec<u32> = (0..hits.len() as u32).filter(|&i| kind(hits[i as usize].cue) == kind(c)).collect();
                assert_eq!(index.of(c), &want[..]);
            }
            for mask in [
                cue_bit(Cue::Internet(0)) | cue_bit(Cue::Platform(0)) | cue_bit(Cue::Domain),
                cue_bit(Cue::Means(0)) | cue_bit(Cue::Intent) | cue_bit(Cue::Job) | cue_bit(Cue::Recruit),
                cue_bit(Cue::Female) | cue_bit(Cue::Male),
                cue_bit(Cue::Place { country: 0, kind: PlaceKind::Name }),
                cue_bit(Cue::Adult),
            ] {
                index.select(mask, &mut got);
                let want: Vec<u32> = (0..hits.len() as u32).filter(|&i| cue_bit(hits[i as usize].cue) & mask != 0).collect();
                assert_eq!(got, want);
            }
        }
    }

    #[test]
    fn last_stop_and_offer_pairs_are_the_byte_tests() {
        let parts: &[&[u8]] = &[b".", b";", b"a", b" ", b"\xc3\xa9", b"..", b"x;y", b"\xae", b"\xbb"];
        let mut rng = Xorshift::new();
        let mut found = 0;
        for _ in 0..20_000 {
            let t = rng.text(parts, 24);
            let got = last_stop(&t);
            found += usize::from(got.is_some());
            assert_eq!(got, t.iter().rposition(|&c| c == b'.' || c == b';'), "{t:?}");
        }
        assert!(found > 1000 && found < 20_000, "{found}");
        // And `last_of` with the quotes of `quoted_wording`.
        let parts: &[&[u8]] = &[b"'", b"\"", b".", b";", b"a", b" ", b"\xc3\xa9", b"''", b"x\"y", b"\xa7", b"\xbb", b"abcdefg"];
        let quotes = [b'\'', b'"', b'.', b';'];
        found = 0;
        for _ in 0..20_000 {
            let t = rng.text(parts, 30);
            let got = last_of(&t, quotes);
            found += usize::from(got.is_some());
            assert_eq!(got, t.iter().rposition(|c| quotes.contains(c)), "{t:?}");
            assert_eq!(first_of(&t, quotes), t.iter().position(|c| quotes.contains(c)), "{t:?}");
        }
        assert!(found > 1000 && found < 20_000, "{found}");
        // The table passes exactly the words' first two letters, in either case.
        let words = [
            "offer", "promis", "advertis", "announc", "vacanc", "recruit", "lure", "seeking", "well", "high", "quick", "easy",
            "forced", "made",
        ];
        for a in 0..=255u8 {
            if !a.is_ascii_alphabetic() {
                continue;
            }
            for c in 0..=255u8 {
                let table = OFFER_PAIRS[usize::from(a & 31)] >> (c & 31) & 1 != 0 && (c | 0x20).is_ascii_lowercase();
                let list =
                    words.iter().any(|w| w.as_bytes()[0] == a.to_ascii_lowercase() && w.as_bytes()[1] == c.to_ascii_lowercase());
                assert_eq!(table, list, "{a} {c}");
            }
        }
    }

    #[test]
    fn recycled_lists_keep_their_buffer() {
        let text = String::from("one two");
        let mut v: Vec<&str> = Vec::with_capacity(40);
        v.extend(text.split(' '));
        let p = v.as_ptr() as usize;
        let kept: Vec<(usize, usize)> = recycle(v);
        assert!(kept.is_empty() && kept.capacity() >= 40 && kept.as_ptr() as usize == p);
        let back: Vec<&str> = recycle(kept);
        assert!(back.capacity() >= 40 && back.as_ptr() as usize == p);
        let hits: Vec<&Hit> = Vec::with_capacity(9);
        let p = hits.as_ptr() as usize;
        let kept: Vec<usize> = recycle(hits);
        assert!(kept.capacity() >= 9 && kept.as_ptr() as usize == p);
    }

    /// The words `typeless_service` looks for, for the slow mirror below; the game words are
    /// [`GAME_WORDS`].
    const SERVICE_WORDS: &[&[u8]] = &[
        b"file-shar",
        b"file shar",
        b"rental",
        b"cloud",
        b"storage",
        b"forum",
        b"discussion board",
        b"bulletin board",
        b"message board",
    ];
    const GAME_WORDS: &[&[u8]] = &[b"game", b"gaming"];

    /// `typeless_service` as a byte loop over its window, every place tried: a service word
    /// anywhere, or a game word with no quote before it in the window and no "played" right
    /// before the mention.
    fn typeless_service_slow(text: &str, h: &Hit) -> bool {
        let w = window(text, h.start, h.end + 32);
        let w = w.split([',', ';', '.']).next().unwrap_or("").as_bytes();
        let played = word_before(text, h.start)
            .is_some_and(|(_, b)| ["played", "playing", "plays", "play"].iter().any(|x| b.eq_ignore_ascii_case(x)));
        SERVICE_WORDS.iter().any(|p| has_ci(w, p))
            || (!played
                && (0..w.len()).any(|i| {
                    GAME_WORDS.iter().any(|g| has_ci(&w[i..(i + g.len()).min(w.len())], g))
                        && !w[..i].iter().any(|&c| matches!(c, b'\'' | b'"' | 0xE2))
                }))
    }

    #[test]
    fn typeless_service_is_the_search_of_each_word() {
        let words = [
            "file-sharing",
            "File Sharing",
            "rental",
            "RENTAL",
            "cloud",
            "Storage",
            "fil",
            "renta",
            "clou",
            "x",
            " ",
            ",",
            "Game",
            "gam",
            "forums",
            "discussion",
            "board",
            "Message",
            "bulletin",
        ];
        let slow = typeless_service_slow;
        let mut rng = Xorshift(0x2545_F491_4F6C_DD1D);
        let mut found = 0;
        for _ in 0..5_000 {
            let mut t = String::from("online ");
            for _ in 0..6 {
                t.push_str(rng.pick::<&str>(&words[..]));
                t.push(' ');
            }
            let h = Hit { start: 0, end: 6, cue: Cue::Internet(UNSPECIFIED), sentence: 0, negated: false };
            let got = typeless_service(&t, &h);
            found += usize::from(got);
            assert_eq!(got, slow(&t, &h), "{t}");
        }
        assert!(found > 500 && found < 4_500, "{found}");
    }

    #[test]
    fn next_clause_mark_is_the_byte_scan() {
        let parts: &[&[u8]] = &[b" but ", b"b", b"B", b" ", b";", b":", b",", b"xy", b"\xc3\xa9", b" Bb", b"abc"];
        let mut rng = Xorshift::new();
        let mut found = 0;
        for _ in 0..20_000 {
            let t = rng.text(parts, 30);
            let seed = rng.0;
            let from = (seed % 7) as usize % (t.len() + 1);
            let limit = t.len() - (seed % 11) as usize % (t.len() - from + 1);
            let want = (from..limit)
                .find(|&p| matches!(t[p], b';' | b':' | b',') || (matches!(t[p], b'b' | b'B') && p > 0 && t[p - 1] == b' '));
            let got = next_clause_mark(&t, from, limit);
            found += usize::from(got.is_some());
            assert_eq!(got, want, "{:?} {from} {limit}", String::from_utf8_lossy(&t));
        }
        assert!(found > 1000 && found < 19_000, "{found}");
    }

    #[test]
    fn decimal_is_to_string() {
        let mut n = 1u64;
        for k in 0..2000u64 {
            for v in [k, n, n - 1, n.wrapping_mul(7), u64::MAX - k] {
                assert_eq!(decimal(v, &mut [0; 20]), v.to_string());
            }
            n = n.wrapping_mul(3).wrapping_add(k);
        }
    }

    #[test]
    fn verb_near_avx2_is_the_byte_scan() {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            let parts: &[&[u8]] = &[
                b"was",
                b"Were",
                b"WAS",
                b"wer",
                b"we",
                b"w",
                b"as",
                b" ",
                b", ",
                b"-",
                b"(",
                b"\t",
                b".",
                b"'",
                b"x",
                b"Q",
                b"z",
                b"7",
                b"0",
                b"9",
                b":",
                b"@",
                b"[",
                b"`",
                b"{",
                b"/",
                b"\x7f",
                b"\0",
                b"\xc3\xa9",
                b"victims",
            ];
            let mut rng = Xorshift::new();
            let mut told = [0usize; 3];
            for _ in 0..50_000 {
                let mut t = rng.text(parts, 24);
                t.resize(t.len().max(32), b' ');
                let at = (rng.next() % 4) as usize % (t.len() - 31);
                let room = (rng.next() % 40) as usize;
                let want = verb_near(&near_masks(&t, at), room);
                // SAFETY: the processor has AVX2 (tested above); at + 32 <= t.len().
                let got = unsafe { verb_near_avx2(&t, at, room) };
                assert_eq!(got, want, "{:?} {at} {room}", String::from_utf8_lossy(&t));
                told[want.map_or(2, usize::from)] += 1;
            }
            assert!(told.iter().all(|&n| n > 1_000), "{told:?}");
        }
    }

    #[test]
    fn near_masks_class_every_byte() {
        for c in 0..=255u8 {
            let mut t = [b'.'; 32];
            t[5] = c;
            let m = near_masks(&t, 0);
            let sep = b" ,-(\t".contains(&c);
            assert_eq!(m.alnum >> 5 & 1 != 0, c.is_ascii_alphanumeric(), "{c}");
            assert_eq!(m.bad >> 5 & 1 != 0, !c.is_ascii_alphanumeric() && !sep, "{c}");
            #[cfg(target_arch = "x86_64")]
            if std::arch::is_x86_feature_detected!("avx2") {
                // Each class gives its own answers: a byte that ends the words hides "was" after
                // it, a letter or digit glued to "was" makes it no word's start.
                for (t, may) in [(&b" was"[..], !m.bad & 1 << 5 != 0), (b"was", !m.bad & !m.alnum & 1 << 5 != 0)] {
                    let mut u = [b' '; 32];
                    u[5] = c;
                    u[6..6 + t.len()].copy_from_slice(t);
                    // SAFETY: the processor has AVX2 (tested above); 32 bytes.
                    let got = unsafe { verb_near_avx2(&u, 0, 20) };
                    assert_eq!(got, verb_near(&near_masks(&u, 0), 20), "{c}");
                    assert_eq!(got, Some(may), "{c}");
                }
            }
        }
    }

    #[test]
    fn ages_after_was_gate_changes_nothing() {
        let parts: &[&str] = &[
            "victims",
            "victims",
            " victims",
            " ",
            ", ",
            " was ",
            " was ",
            " were ",
            " Were ",
            "16",
            "17",
            "16 ",
            "5",
            "20",
            " between ",
            " only ",
            " years",
            " old",
            " who",
            "(",
            "-",
            ". ",
            "x",
            "é",
            "answered",
            "\t",
            " and ",
            "wasp",
            " the girl",
            "'",
        ];
        let mut rng = Xorshift::new();
        let mut found = 0;
        for _ in 0..20_000 {
            let n = rng.next() % 40;
            let mut text = String::new();
            let mut hits = Vec::new();
            for _ in 0..n {
                let p = *rng.pick(parts);
                if p == "victims" {
                    hits.push(Hit {
                        start: text.len(),
                        end: text.len() + p.len(),
                        cue: Cue::VictimNoun,
                        sentence: 0,
                        negated: false,
                    });
                }
                text.push_str(p);
            }
            let ends: Vec<usize> = text.match_indices(". ").map(|(k, _)| k + 1).chain([text.len()]).collect();
            for h in &mut hits {
                h.sentence = ends.iter().filter(|&&e| e <= h.start).count() as u32;
            }
            let victims: Vec<u32> = (0..hits.len() as u32).collect();
            let want = ages_after_was_with(&text, &hits, &victims, &ends, false);
            found += usize::from(!want.is_empty());
            #[cfg(target_arch = "x86_64")]
            if std::arch::is_x86_feature_detected!("avx2") {
                assert_eq!(ages_after_was_with(&text, &hits, &victims, &ends, true), want, "{text:?}");
            }
        }
        assert!(found > 500, "{found}");
    }

    #[test]
    fn first_was_were_is_the_byte_scan() {
        let slow = |b: &[u8], from: usize, to: usize| {
            let to = to.min(b.len());
            (from..to).find(|&k| {
                let r = &b[k..to];
                (r.len() >= 3 && r[..3].eq_ignore_ascii_case(b"was")) || (r.len() >= 4 && r[..4].eq_ignore_ascii_case(b"were"))
            })
        };
        let parts: &[&[u8]] =
            &[b"was", b"Were", b"wa", b"we", b"w", b"W", b"WAS", b"wer", b" ", b"x", b"with", b"\xc3\xa9", b"ww"];
        let mut rng = Xorshift::new();
        let mut found = 0;
        for _ in 0..20_000 {
            let t = rng.text(parts, 40);
            let seed = rng.0;
            let from = (seed % 5) as usize % (t.len() + 1);
            let to = t.len() + 2 - (seed % 7) as usize % (t.len() + 2 - from).max(1);
            let got = first_was_were(&t, from, to, false);
            found += usize::from(got.is_some());
            assert_eq!(got, slow(&t, from, to), "{:?} {from} {to}", String::from_utf8_lossy(&t));
            #[cfg(target_arch = "x86_64")]
            if std::arch::is_x86_feature_detected!("avx2") {
                assert_eq!(first_was_were(&t, from, to, true), got);
            }
        }
        assert!(found > 1000 && found < 19_000, "{found}");
    }

    #[test]
    fn conviction_verb_search_is_the_word_scan() {
        // The search it replaced: every word start with a verb's first letter, in order.
        let slow = |b: &[u8]| -> Option<(usize, bool, usize)> {
            let lb = b.to_ascii_lowercase();
            crate::text::first_after_space_among(&lb, lb.len().saturating_sub(5), b"csfwpt", |i| {
                conviction_verb(&lb[i..]).map(|(active, n)| if active { (i, true, n) } else { (i - 1, false, 0) })
            })
        };
        let words: &[&str] = &[
            "convicted",
            "Convicted",
            "conviction of",
            "convicting",
            "sentenced",
            "SENTENCED",
            "sentencing",
            "found",
            "Found",
            "guilty",
            "were",
            "Were",
            "was",
            "WAS",
            "jailed",
            "pleaded",
            "to",
            "be",
            "to be",
            "the",
            "for",
            "court",
            "sent",
            "conv",
            "plea",
            "jail",
            "foundation",
            "X.",
            "a",
            ",",
            "co-defendant",
            "seized",
            "fo",
            "Ja",
            "  ",
            "wasconvicted",
            "to-be",
        ];
        let mut rng = Xorshift(0x2545_F491_4F6C_DD1D);
        let mut tried = 0;
        let mut found = 0;
        for _ in 0..30_000 {
            let mut t = String::new();
            let n = 1 + (rng.next() % 12) as usize;
            for _ in 0..n {
                t.push_str(rng.pick::<&str>(words));
                t.push(if rng.0.is_multiple_of(9) { ',' } else { ' ' });
            }
            let seed = rng.0;
            // Long texts cross the 16-byte blocks at every offset.
            let t = format!("{}{}", &"Xy Zz qq, abc "[..(seed % 14) as usize], t.repeat(1 + (seed % 4) as usize));
            let b = t.as_bytes();
            for cut in [b.len(), b.len().saturating_sub(3), b.len() / 2] {
                tried += 1;
                let got = first_conviction_verb(&b[..cut]);
                found += usize::from(got.is_some());
                assert_eq!(got, slow(&b[..cut]), "{:?}", &t[..cut]);
                // The SSE2 blocks and the byte loop alone (the call above may take AVX2).
                assert_eq!(first_conviction_verb_with(&b[..cut], false), got);
            }
        }
        assert!(found > tried / 4 && found < tried, "{found} of {tried}");
        // (The texts above are long enough for the 16-byte blocks, and the scalar rest is the
        // whole search for texts under 23 bytes.)
    }

    use super::*;

    #[test]
    fn spans_not_given_past_a_given_count_are_spans_the_builder_drops() {
        // Passes of spans of a few (variable, value)s, starts from a short range so that they
        // repeat; some spans given with no count (as other passes do), the rest counted by a
        // `Given` per value of the pass: the evidence is that of every span given.
        let values = ["yes", "no", "female", "ROU", "cross_border"];
        let mut rng = Xorshift::new();
        let mut skipped = 0;
        for _ in 0..3_000 {
            let (mut a, mut b) = (Proposal::default(), Proposal::default());
            let (mut sa, mut sb) = (SpanSlots::default(), SpanSlots::default());
            let mut all = Builder { out: &mut a, spans: &mut sa };
            let mut counted = Builder { out: &mut b, spans: &mut sb };
            for _ in 0..1 + rng.below(4) {
                let mut given = [Given::NONE; 10];
                let uncounted = rng.below(3) == 0;
                for _ in 0..rng.below(12) {
                    let (v, k) = (rng.below(2), rng.below(values.len()));
                    let start = rng.below(8);
                    all.evidence(v, values[k], start, start + 2);
                    if uncounted || given[v * values.len() + k].give(start) {
                        counted.evidence(v, values[k], start, start + 2);
                    } else {
                        skipped += 1;
                    }
                }
            }
            assert_eq!(a.evidence().collect::<Vec<_>>(), b.evidence().collect::<Vec<_>>());
        }
        assert!(skipped > 1_000, "{skipped}");
    }

    #[test]
    fn owned_values_set_the_same_as_the_allocation_free_calls() {
        let (mut a, mut b) = (Proposal::default(), Proposal::default());
        let (mut sa, mut sb) = (SpanSlots::default(), SpanSlots::default());
        let mut fast = Builder { out: &mut a, spans: &mut sa };
        fast.label(var!("border"), "cross_border");
        fast.labels(var!("forms"), &[true, false, true, false, false, false, false], FORMS);
        fast.list(var!("countries"), &["ROU", "USA"]);
        fast.count(var!("victims_total"), Some(3));
        let mut owned = Builder { out: &mut b, spans: &mut sb };
        owned.set("border", CodedValue::Label("cross_border".into()));
        owned.set("forms", labels(&[true, false, true, false, false, false, false], FORMS));
        owned.set("countries", CodedValue::Labels(vec!["ROU".into(), "USA".into()]));
        owned.set("victims_total", CodedValue::Count(Some(3)));
        assert_eq!(a.to_coding(""), b.to_coding(""));
        assert_eq!(
            a.to_coding("").get("forms").map(|v| v.labels().to_vec()),
            Some(vec!["forced_criminal_activity".to_string(), "sexual_exploitation".to_string()])
        );
    }

    /// `offender_age` as it was (a lowercase copy, searched for each phrase made by
    /// `format!`): the reference for the allocation-free form.
    fn offender_age_slow(text: &str, start: usize, end: usize) -> bool {
        let before = window(text, start.saturating_sub(48), start);
        let before = before.rsplit(['.', ';']).next().unwrap_or(before).trim_end();
        let mut head = before;
        if let Some((rest, last)) = before.rsplit_once(' ') {
            if ["a", "an", "the", "two", "three", "four", "both"].iter().any(|x| last.eq_ignore_ascii_case(x)) {
                head = rest.trim_end();
            }
        } else if ["a", "an", "the"].iter().any(|x| before.eq_ignore_ascii_case(x)) {
            head = "";
        }
        if COURT_ACTS.iter().chain(&OFFENDERS).any(|x| ends_ci(head, x)) {
            return true;
        }
        let after = window(text, end, end + 48);
        let clause = after.split([',', '.', ';']).next().unwrap_or(after);
        let low = clause.to_ascii_lowercase();
        ["was", "were"]
            .iter()
            .any(|v| COURT_ACTS.iter().any(|a| low.contains(&format!(" {v} {a}")) || low.contains(&format!(" {v} found guilty"))))
            || low.contains(" pleaded guilty")
    }

    #[test]
    fn offender_age_is_the_lowercased_search() {
        let parts: &[&[u8]] = &[
            b" ",
            b"  ",
            b" was ",
            b" Was ",
            b" WERE ",
            b" were",
            b"were ",
            b" wa",
            b"s ",
            b"convicted",
            b"Sentenced",
            b"acquit",
            b"ted",
            b"indicted",
            b"charged",
            b"prosecuted",
            b"arrested",
            b"jailed",
            b"found guilty",
            b"found ",
            b"guilty",
            b" pleaded guilty",
            b" Pleaded",
            b"pleaded",
            b" guilty",
            b",",
            b".",
            b";",
            b"man",
            b"woman",
            b"the",
            b" a ",
            b"a",
            b" an ",
            b"two",
            b"accused,",
            b"Defendant,",
            b"offender",
            b"suspect,",
            b"\xc3\xa9",
            b"\xe2\x80\x94",
            b"\t",
            b"\n",
            b"17",
            b"45",
            b"-year-old",
            b"aged",
        ];
        let mut rng = Xorshift(0x1234_5678_9ABC_DEF1);
        let (mut yes, mut tried) = (0, 0);
        for _ in 0..40_000 {
            let bytes = rng.text(parts, 40);
            let text = String::from_utf8(bytes).unwrap();
            for _ in 0..4 {
                let start = (rng.next() % (text.len() as u64 + 1)) as usize;
                let end = start + (rng.next() % 12) as usize;
                if end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                    continue;
                }
                tried += 1;
                let got = offender_age(&text, start, end);
                yes += usize::from(got);
                assert_eq!(got, offender_age_slow(&text, start, end), "{text:?} {start} {end}");
            }
        }
        assert!(yes > tried / 20 && yes < tried, "{yes} of {tried}");
        // The clause's own search, at the ends of its clause.
        for (clause, want) in [
            (&b" was convicted"[..], true),
            (b"was convicted", false),
            (b" WERE Found Guilty", true),
            (b" were found guilt", false),
            (b" pleaded guilty", true),
            (b"x pleaded guilty", true),
            (b" was  convicted", false),
            (b" was", false),
            (b" ", false),
            (b"", false),
        ] {
            assert_eq!(court_act_in(clause), want, "{:?}", String::from_utf8_lossy(clause));
        }
    }

    #[test]
    fn label_keys_are_the_labels_value_keys() {
        for (list, keys) in
            [(MEANS, &LABEL_KEYS.means[..]), (FORMS, &LABEL_KEYS.forms[..]), (PLATFORM_TYPES, &LABEL_KEYS.types[..])]
        {
            assert_eq!(list.len(), keys.len());
            for (label, &key) in list.iter().zip(keys) {
                assert_eq!(key, value_key(label), "{label}");
            }
        }
        // (Distinct labels of a variable, distinct keys: each its own slot, as before.)
        for keys in [&LABEL_KEYS.means[..], &LABEL_KEYS.forms[..], &LABEL_KEYS.types[..]] {
            let mut all = keys.to_vec();
            all.sort_unstable();
            all.dedup();
            assert_eq!(all.len(), keys.len());
        }
    }

    #[test]
    fn offer_words_sse2_reads_what_the_letter_runs_do() {
        let parts: &[&[u8]] = &[
            b"offer",
            b"OFFERING",
            b"of",
            b"Promised",
            b"promis",
            b"advertised",
            b"announced",
            b"vacancies",
            b"recruit",
            b"lure",
            b"lured",
            b"seeking",
            b"well-paid",
            b"Well paid",
            b"well",
            b"high-paying",
            b"quick cash",
            b"easy money",
            b"forced",
            b"Forced",
            b"made to",
            b"made",
            b"force",
            b"work",
            b"as",
            b"the",
            b"them",
            b"jobs",
            b"re",
            b"an",
            b"ma",
            b" ",
            b" ",
            b" ",
            b", ",
            b"-",
            b"(",
            b"'",
            b"\xc3\xa9",
            b"9",
            b"_",
            b"@",
            b"[",
            b"`",
            b"{",
        ];
        let mut rng = Xorshift(0xC0FF_EE00_1234_5678);
        let (mut offers, mut forced, mut tried) = (0, 0, 0);
        for _ in 0..40_000 {
            let w = rng.text(parts, 30);
            if w.len() < 17 {
                continue;
            }
            let cue_at = (rng.next() % (w.len() as u64 + 1)) as usize;
            tried += 1;
            let got = offer_words(&w, cue_at);
            offers += usize::from(got.0);
            forced += usize::from(got.1);
            assert_eq!(got, offer_words_by_runs(&w, cue_at), "{:?} {cue_at}", String::from_utf8_lossy(&w));
            // The SSE2 blocks alone (the call above takes AVX2 from 33 bytes when it can).
            #[cfg(target_arch = "x86_64")]
            assert_eq!(offer_words_sse2(&w, cue_at), got);
            // Every length from 17 on, the words cut at the end.
            let cut = 17 + (rng.next() % (w.len() as u64 - 16)) as usize;
            assert_eq!(offer_words(&w[..cut], cue_at), offer_words_by_runs(&w[..cut], cue_at));
        }
        assert!(offers > tried / 4 && offers < tried, "{offers} of {tried}");
        assert!(forced > tried / 10 && forced < tried, "{forced} of {tried}");
    }

    /// `ad_of_victims` as it was (a lowercase copy of the 28 bytes, read as a string).
    fn ad_of_victims_slow(text: &str, a: &Hit) -> bool {
        let near = text.as_bytes()[a.end..(a.end + 28).min(text.len())].to_ascii_lowercase();
        let near = String::from_utf8_lossy(&near);
        let right_after = near.trim_start();
        let after_noun = right_after.trim_start_matches(|c: char| c.is_ascii_alphabetic()).trim_start();
        OF_VICTIMS.iter().any(|p| right_after.starts_with(p) || after_noun.starts_with(p))
    }

    #[test]
    fn clause_break_and_ad_of_victims_read_as_the_lowercase_copies() {
        let parts: &[&[u8]] = &[
            b"ads",
            b"Ads",
            b" ",
            b"  ",
            b"\t",
            b"\n",
            b"\x0b",
            b"\x1c",
            b"for",
            b"FOR",
            b"of",
            b" her",
            b" Them",
            b" the",
            b" girls",
            b" Women",
            b" victim",
            b"s",
            b",",
            b", ",
            b";",
            b"and ",
            b"AND ",
            b"then ",
            b"but",
            b" while ",
            b"x",
            b"\xc3\xa9",
            b"\xc2\xa0",
            b"\xe2\x80\x83",
            b"-",
            b" for her",
            b"of the Girls",
            b" For Them ",
            b"ads for the women",
        ];
        let mut rng = Xorshift(0xA5A5_5A5A_1357_9BDF);
        let (mut ads, mut breaks, mut tried) = (0, 0, 0);
        for _ in 0..40_000 {
            let text = String::from_utf8(rng.text(parts, 20)).unwrap();
            let end = (rng.next() % (text.len() as u64 + 1)) as usize;
            if !text.is_char_boundary(end) {
                continue;
            }
            tried += 1;
            let a = Hit { start: end, end, cue: Cue::Advert, sentence: 0, negated: false };
            let got = ad_of_victims(&text, &a);
            ads += usize::from(got);
            assert_eq!(got, ad_of_victims_slow(&text, &a), "{text:?} {end}");
            let gap = &text[end..];
            let low = gap.to_ascii_lowercase();
            let want = low.contains(';') || [", and ", ", then ", ", but ", ", while "].iter().any(|c| low.contains(c));
            breaks += usize::from(want);
            assert_eq!(clause_break(gap.as_bytes()), want, "{gap:?}");
        }
        assert!(ads > tried / 50 && ads < tried, "{ads} of {tried}");
        // The phrases split at their preposition: the list itself, and every cut of it.
        for p in OF_VICTIMS {
            for q in [p.to_string(), p.to_uppercase(), format!("{p} x"), p[..p.len() - 1].to_string(), format!(" {p}")] {
                let want = OF_VICTIMS.iter().any(|x| q.to_ascii_lowercase().starts_with(x));
                assert_eq!(of_victims_at(q.as_bytes()), want, "{q:?}");
            }
        }
        assert!(breaks > tried / 10 && breaks < tried, "{breaks} of {tried}");
    }

    #[test]
    fn offender_run_reads_as_the_lowercase_copy() {
        // `offender_run`'s words after the site as they were read (a lowercase copy cut at
        // the first mark, searched for each phrase).
        fn after_slow(text: &str, end: usize) -> bool {
            let after = window(text, end, end + 40).to_ascii_lowercase();
            let after = after.split(['.', ';', ',']).next().unwrap_or("");
            RUN_AFTER.iter().any(|p| has(after, p))
        }
        let parts: &[&str] = &[
            " ",
            "site",
            " Built",
            " ran ",
            " RAN",
            " run by",
            " run",
            " by",
            " from",
            " operated",
            " Operated By",
            " set",
            " up",
            " created",
            " hosted",
            ".",
            ",",
            ";",
            "x",
            "\u{e9}",
            "\u{2014}",
            " the",
            "it",
        ];
        let mut rng = Xorshift(0x5EED_0F0F_F00D_BEEF);
        let (mut yes, mut tried) = (0, 0);
        for _ in 0..30_000 {
            let n = rng.next() % 14;
            let text: String = (0..n).map(|_| *rng.pick(parts)).collect();
            let h = Hit { start: 0, end: 0, cue: Cue::Internet(3), sentence: 0, negated: false };
            for end in (0..=text.len()).filter(|&i| text.is_char_boundary(i)).step_by(3) {
                let h = Hit { end, ..h };
                tried += 1;
                let want = offender_run_before(&text, &h) || after_slow(&text, end);
                yes += usize::from(want);
                assert_eq!(offender_run(&text, &h), want, "{text:?} {end}");
            }
        }
        assert!(yes > tried / 20 && yes < tried, "{yes} of {tried}");
    }

    #[test]
    fn typeless_service_reads_every_place_as_the_byte_loop() {
        // `typeless_service` as it was: every place tried (a byte loop over the window).
        let slow = typeless_service_slow;
        let parts: &[&str] = &[
            "file-sharing",
            "File Sharing",
            "file",
            " ",
            "rental",
            "RENTAL",
            "Cloud",
            "clou",
            "storage",
            "stor",
            "re",
            "st",
            "fi",
            "cl",
            ",",
            ".",
            ";",
            "x",
            "\u{e9}",
            "ab",
            "gaming",
            "GAME",
            "ga",
            "Forum",
            "fo",
            "discussion board",
            "bulletin",
            " board",
            "message board",
            "me",
            "'",
            "\"",
            "\u{2018}",
            "played ",
        ];
        let mut rng = Xorshift(0x7777_1234_ABCD_0001);
        let (mut yes, mut tried) = (0, 0);
        for _ in 0..30_000 {
            let n = rng.next() % 16;
            let text: String = (0..n).map(|_| *rng.pick(parts)).collect();
            for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)).step_by(5) {
                let h = Hit { start, end: start, cue: Cue::Internet(UNSPECIFIED), sentence: 0, negated: false };
                tried += 1;
                let want = slow(&text, &h);
                yes += usize::from(want);
                assert_eq!(typeless_service(&text, &h), want, "{text:?} {start}");
            }
        }
        assert!(yes > tried / 20 && yes < tried, "{yes} of {tried}");
    }

    #[test]
    fn seeking_in_finds_what_a_search_of_each_phrase_finds() {
        const PHRASES: [&[u8]; 9] = [
            b"seeking",
            b"searching for",
            b"looking for",
            b"profile",
            b"describing her",
            b"describing his",
            b"describing their",
            b"describing my",
            b"in search of",
        ];
        let parts: &[&[u8]] = &[
            b"seeking",
            b"Searching for",
            b"searching",
            b" ",
            b"LOOKING FOR",
            b"looking",
            b"profile",
            b"prof",
            b"describing",
            b" her",
            b" his",
            b" their",
            b" my",
            b"in search of",
            b"in",
            b"se",
            b"de",
            b"x",
            b".",
            b"\xc3\xa9",
            b"s of",
            b" of the",
            b" of her ",
        ];
        // A profile of others ("profiles of", "profile of the", "profile of her ") is none.
        let own_profile = |t: &[u8]| {
            (0..t.len()).any(|i| {
                let r = &t[i..];
                let at = |w: &[u8]| r.len() >= w.len() && r[..w.len()].eq_ignore_ascii_case(w);
                at(b"profile") && !at(b"profiles of") && !at(b"profile of the") && !at(b"profile of her ")
            })
        };
        let mut rng = Xorshift(0x0BAD_CAFE_0000_0042);
        let (mut yes, mut tried) = (0, 0);
        for _ in 0..30_000 {
            let after = rng.text(parts, 16);
            let after = &after[..after.len().min(90)];
            tried += 1;
            let want = PHRASES.iter().filter(|p| **p != b"profile").any(|p| has_ci(after, p)) || own_profile(after);
            yes += usize::from(want);
            assert_eq!(seeking_in(after), want, "{:?}", String::from_utf8_lossy(after));
        }
        assert!(yes > tried / 10 && yes < tried, "{yes} of {tried}");
    }
}
