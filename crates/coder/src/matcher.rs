//! The phrase matcher of the lexicon: the text is read once as a sequence of words, and
//! each word is looked up in a small hash table of phrase beginnings. Its tables stay in
//! the processor's cache (tens of kilobytes, where a byte automaton over the same phrases
//! takes megabytes).
//!
//! Semantics: a phrase is a sequence of words (letters and digits; any other character
//! separates words, so "e-mail" is the words `e mail` and "Craig’s" is `craig s`); words
//! compare without ASCII case; a phrase written with a trailing `*` lets its last word be
//! the beginning of a longer word. At each word the longest phrase that starts there wins,
//! and matching goes on after it.
//!
//! Speed: each block of 64 bytes is classified 16 bytes at a time with SSE2 on x86_64 (word
//! bytes, sentence terminators, non-ASCII bytes; the only `unsafe` of the matcher, checked
//! against a plain loop by tests; other processors run the plain loop), and the word
//! boundaries come out of the block's bit mask (no branch per byte). Most words begin nothing: a table
//! of bits indexed by a word's first two letters and its length says so without hashing
//! the word, and only the other words (about half) are hashed and looked up. A word that
//! begins phrases of several words is checked against the next word through a filter of
//! word pairs first ("the" begins many phrases; "the defendant" begins none).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The keys are already hashes: pass them through.
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// Bits of the filters (indexed by the top bits of a hash).
const FILTER_BITS: u32 = 16;
/// One-word stems at least this long are found by their first bytes through a filter;
/// shorter ones are tried at every word.
const STEM_KEY: usize = 4;

/// Whether byte `i` of `b` belongs to a word. Non-ASCII letters do; the typographic
/// quotes and dashes (U+2010..U+201F, encoded E2 80 90..9F) do not.
#[cfg(test)]
fn word_byte_at(b: &[u8], i: usize) -> bool {
    let c = b[i];
    if c < 0x80 {
        return c.is_ascii_alphanumeric();
    }
    word_byte_non_ascii(b, i)
}

#[cold]
fn word_byte_non_ascii(b: &[u8], i: usize) -> bool {
    let c = b[i];
    // Inside E2 80 9x: find the lead byte of this character.
    let lead = if c >= 0xC0 {
        i
    } else if i >= 1 && b[i - 1] >= 0xC0 {
        i - 1
    } else if i >= 2 && b[i - 2] >= 0xC0 {
        i - 2
    } else {
        return true;
    };
    !(b[lead] == 0xE2 && b.get(lead + 1) == Some(&0x80) && b.get(lead + 2).is_some_and(|x| (0x90..=0x9F).contains(x)))
}

/// A word of the text: byte span and hash of its lowercase bytes.
#[derive(Debug, Clone, Copy)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub hash: u64,
}

/// A word found by [`Matcher::scan`]: its byte span (hashed only when needed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
const HIGH: u64 = 0x8080_8080_8080_8080;
const ONES: u64 = 0x0101_0101_0101_0101;

/// Per byte of `low` (high bits clear): the high bit of (c + (0x80 - lo)) says c >= lo.
#[inline(always)]
fn ge(low: u64, lo: u8) -> u64 {
    low.wrapping_add(ONES * u64::from(0x80 - lo)) & HIGH
}

/// The high bit of each byte of `marks`, gathered into the low byte (bit k for byte k).
#[inline(always)]
fn gather(marks: u64) -> u64 {
    ((marks >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// 8 bytes (ASCII lowercased).
#[inline(always)]
fn lower8(x: u64) -> u64 {
    let low = x & LOW7;
    // A-Z: the high bit of each byte of `upper`; moved down to 0x20 and added in.
    let upper = ge(low, b'A') & !ge(low, b'Z' + 1) & !(x & HIGH);
    x | (upper >> 2)
}

/// The 8 bytes of `b` from `at`, zeros past its end.
#[inline(always)]
fn load8(b: &[u8], at: usize) -> u64 {
    match b.get(at..at + 8) {
        Some(c) => u64::from_le_bytes(c.try_into().unwrap_or([0; 8])),
        None => {
            let tail = &b[at.min(b.len())..];
            let mut c = [0u8; 8];
            c[..tail.len()].copy_from_slice(tail);
            u64::from_le_bytes(c)
        }
    }
}

/// Classifies a block of 64 bytes: bit k of the masks says byte k is a word byte (a
/// letter, a digit or non-ASCII), a sentence terminator (`.`, `!`, `?`, newline), or
/// non-ASCII. On x86_64, SSE2 (part of its baseline, so always there) does 16 bytes per
/// instruction and `movemask` gathers the bits; elsewhere [`classify_scalar`].
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn classify(block: &[u8; 64]) -> (u64, u64, u64) {
    use std::arch::x86_64::{
        __m128i, _mm_add_epi8, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128,
        _mm_set1_epi8,
    };
    let (mut m, mut t, mut h) = (0u64, 0u64, 0u64);
    for k in 0..4 {
        // SAFETY: SSE2 is in every x86_64 processor (the target's baseline features), so the
        // intrinsics are available; the one memory access, `_mm_loadu_si128`, is an
        // unaligned read of bytes 16k..16k+16 of the 64-byte array, all in bounds. The
        // result is checked against `classify_scalar` by a property test.
        let (word, term, high) = unsafe {
            let v = _mm_loadu_si128(block.as_ptr().add(16 * k).cast::<__m128i>());
            // c in lo..lo+n (unsigned) iff c - lo + 0x80, as a signed byte, is below n - 128.
            let range = |x: __m128i, lo: u8, n: u8| {
                let shifted = _mm_add_epi8(x, _mm_set1_epi8(0x80u8.wrapping_sub(lo) as i8));
                _mm_cmplt_epi8(shifted, _mm_set1_epi8(0x80u8.wrapping_add(n) as i8))
            };
            let letter = range(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'a', 26);
            let digit = range(v, b'0', 10);
            let is = |c: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(c as i8));
            let term = _mm_or_si128(_mm_or_si128(is(b'.'), is(b'!')), _mm_or_si128(is(b'?'), is(b'\n')));
            let high = _mm_movemask_epi8(v) as u32 as u64;
            ((_mm_movemask_epi8(_mm_or_si128(letter, digit)) as u32 as u64) | high, _mm_movemask_epi8(term) as u32 as u64, high)
        };
        m |= word << (16 * k);
        t |= term << (16 * k);
        h |= high << (16 * k);
    }
    (m, t, h)
}

#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn classify(block: &[u8; 64]) -> (u64, u64, u64) {
    classify_scalar(block)
}

/// [`classify`] written as plain loops over bytes (which the compiler vectorises): the
/// fallback for other processors, and the reference the SSE2 version is tested against.
#[cfg_attr(all(target_arch = "x86_64", not(test)), allow(dead_code))]
#[inline(always)]
fn classify_scalar(block: &[u8; 64]) -> (u64, u64, u64) {
    let mut word = [0u8; 64];
    let mut term = [0u8; 64];
    let mut high = [0u8; 64];
    for i in 0..64 {
        let c = block[i];
        let w = ((c | 0x20).wrapping_sub(b'a') < 26) | (c.wrapping_sub(b'0') < 10) | (c >= 0x80);
        let t = (c == b'.') | (c == b'!') | (c == b'?') | (c == b'\n');
        word[i] = if w { 0x80 } else { 0 };
        term[i] = if t { 0x80 } else { 0 };
        high[i] = c & 0x80;
    }
    let (mut m, mut t, mut h) = (0u64, 0u64, 0u64);
    for k in 0..8 {
        let eight = |a: &[u8; 64]| u64::from_le_bytes(a[8 * k..8 * k + 8].try_into().unwrap_or([0; 8]));
        m |= gather(eight(&word)) << (8 * k);
        t |= gather(eight(&term)) << (8 * k);
        h |= gather(eight(&high)) << (8 * k);
    }
    (m, t, h)
}

/// The candidate table's index for a word: its first eight bytes with 0x20 set in each
/// (a function of the lowercase word) and its length, hashed. `first8` is the word's first
/// eight bytes as read (bytes past the word are ignored).
#[inline(always)]
fn prefix_key(first8: u64, len: usize) -> usize {
    let k = if len < 8 { first8 & first_bytes(len) } else { first8 };
    ((k | ONES * 0x20) ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) as usize >> (64 - PREFIX_BITS)
}

/// The stem candidate table's index for a word of at least [`STEM_KEY`] bytes: its first
/// four bytes with 0x20 set (a function of the lowercase word), hashed. `first8` as for
/// [`prefix_key`].
#[inline(always)]
fn stem_prefix_key(first8: u64) -> usize {
    let k = first8 as u32 | 0x2020_2020;
    (k.wrapping_mul(0x9E37_79B1) >> (32 - PREFIX_BITS)) as usize
}

/// The pair candidate table's index for two consecutive words, from their [`prefix_key`]s.
#[inline(always)]
fn pair_prefix_key(first: usize, second: usize) -> usize {
    (((first as u64) << 32 | second as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - PREFIX_BITS)) as usize
}

/// Flags of a candidate word (in the top bits of its index): it may begin a phrase or be a
/// domain suffix; it may begin a one-word stem.
const MAY_BEGIN_PHRASE: u32 = 1 << 31;
const MAY_BEGIN_STEM: u32 = 1 << 30;
const INDEX: u32 = MAY_BEGIN_STEM - 1;

/// Bits of the candidate tables.
const PREFIX_BITS: usize = 16;

#[inline(always)]
fn mix(h: u64) -> u64 {
    let h = (h ^ (h >> 32)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h ^ (h >> 29)
}

/// Mask of the first `n` bytes (n < 8).
#[inline(always)]
fn first_bytes(n: usize) -> u64 {
    (1u64 << (n * 8)) - 1
}

/// Hash of the lowercase bytes of `b[start..end]`, read 8 at a time.
#[inline(always)]
fn word_hash(b: &[u8], start: usize, end: usize) -> u64 {
    let mut h = (end - start) as u64 ^ 0x243F_6A88_85A3_08D3;
    let mut i = start;
    while i < end {
        let mut v = lower8(load8(b, i));
        let n = end - i;
        if n < 8 {
            v &= first_bytes(n);
        }
        h = mix(h.rotate_left(23) ^ v);
        i += 8;
    }
    h
}

/// Hash of the first [`STEM_KEY`] lowercase bytes of a word, from its first 8 (the stem
/// table's key).
#[inline(always)]
fn stem_hash(first8_lower: u64) -> u64 {
    mix((first8_lower & 0xFFFF_FFFF) ^ 0x5851_F42D_4C95_7F2D)
}

/// The filter slot of a pair of word hashes (a phrase's first two words).
#[inline(always)]
fn pair_slot(first: u64, second: u64) -> usize {
    filter_slot(mix(first ^ second.rotate_left(17)))
}

/// Splits `text` into words (the plain way: each byte tested; the matcher's
/// [`Matcher::scan`] finds the same words 64 bytes at a time).
pub fn words(text: &str, out: &mut Vec<Word>) {
    out.clear();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let word_byte = |i: usize| if b[i] < 0x80 { b[i].is_ascii_alphanumeric() } else { word_byte_non_ascii(b, i) };
        if !word_byte(i) {
            i += 1;
            continue;
        }
        let s = i;
        while i < b.len() && word_byte(i) {
            i += 1;
        }
        out.push(Word { start: s, end: i, hash: word_hash(b, s, i) });
    }
}

fn word_hashes(phrase: &str) -> Vec<(u64, String)> {
    let mut ws = Vec::new();
    words(phrase, &mut ws);
    ws.iter().map(|w| (w.hash, phrase[w.start..w.end].to_ascii_lowercase())).collect()
}

#[derive(Debug, Clone)]
struct Phrase {
    /// Hashes of the words after the first.
    rest: Vec<u64>,
    /// Lowercase bytes the last word must begin with, when the phrase ends in `*`.
    stem: Option<Vec<u8>>,
    id: u32,
}

/// The phrases that begin with one word, longest first (whole last word before stem on a
/// tie, else in insertion order): the first that matches is the one to take.
#[derive(Debug, Clone, Default)]
struct Group {
    all: Vec<Phrase>,
    /// The same, without the phrases whose second word is a whole word: those that can
    /// match when the pair filter says no phrase goes on with the next word.
    no_pair: Vec<Phrase>,
}

/// A match: word span `first..=last` and the phrase id given at insertion.
#[derive(Debug, Clone, Copy)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub id: u32,
}

#[derive(Debug, Clone)]
pub struct Matcher {
    /// Phrases by the hash of their first word (whole-word first words).
    by_first: FirstTable<Group>,
    /// A bit per [`prefix_key`] of a first word whose phrase may match on that word alone
    /// (a one-word phrase, a word and a stem) or of a domain suffix; per
    /// [`pair_prefix_key`] of the first two words of the other phrases; per
    /// [`stem_prefix_key`] of a stem. Most words begin nothing, and say so before they are
    /// hashed.
    prefixes: Box<Bits>,
    pair_prefixes: Box<Bits>,
    stem_prefixes: Box<Bits>,
    /// A bit per top bits of a first-word hash.
    first_filter: Box<Bits>,
    /// A bit per pair of a first word and a whole second word of some phrase.
    pair_filter: Box<Bits>,
    /// One-word stems (lowercase, with their phrase ids) by their first [`STEM_KEY`] bytes,
    /// shortest first; shorter stems in `short_stems`, shortest first.
    stems: FirstTable<Vec<(Vec<u8>, Vec<u32>)>>,
    short_stems: Vec<(Vec<u8>, Vec<u32>)>,
    /// A bit per top bits of the hash of a stem's first [`STEM_KEY`] bytes: most words
    /// begin none.
    stem_filter: Box<Bits>,
    /// Suffix words that make a domain name of the word before ("com" in "x.com").
    tlds: IdMap<u32>,
    phrases: usize,
}

impl Default for Matcher {
    fn default() -> Self {
        Matcher {
            by_first: FirstTable::default(),
            prefixes: Box::new([0; BITS_WORDS]),
            pair_prefixes: Box::new([0; BITS_WORDS]),
            stem_prefixes: Box::new([0; BITS_WORDS]),
            first_filter: Box::new([0; BITS_WORDS]),
            pair_filter: Box::new([0; BITS_WORDS]),
            stems: FirstTable::default(),
            short_stems: Vec::new(),
            stem_filter: Box::new([0; BITS_WORDS]),
            tlds: IdMap::default(),
            phrases: 0,
        }
    }
}

/// The phrases by the hash of their first word: open addressing over a power-of-two
/// array of (hash, group), at most half full, so a lookup is one or two probes.
#[derive(Debug, Clone, Default)]
struct FirstTable<T> {
    slots: Vec<(u64, u32)>,
    groups: Vec<T>,
}

const EMPTY: u32 = u32::MAX;

impl<T: Default> FirstTable<T> {
    fn slot(&self, hash: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = (hash as usize) & mask;
        while self.slots[i].1 != EMPTY && self.slots[i].0 != hash {
            i = (i + 1) & mask;
        }
        i
    }

    #[inline]
    fn get(&self, hash: u64) -> Option<&T> {
        if self.slots.is_empty() {
            return None;
        }
        let (h, g) = self.slots[self.slot(hash)];
        (g != EMPTY && h == hash).then(|| &self.groups[g as usize])
    }

    fn entry(&mut self, hash: u64) -> &mut T {
        if (self.groups.len() + 1) * 2 > self.slots.len() {
            let old = std::mem::take(&mut self.slots);
            self.slots = vec![(0, EMPTY); (old.len() * 2).max(64)];
            for (h, g) in old.into_iter().filter(|s| s.1 != EMPTY) {
                let i = self.slot(h);
                self.slots[i] = (h, g);
            }
        }
        let i = self.slot(hash);
        if self.slots[i].1 == EMPTY {
            self.slots[i] = (hash, self.groups.len() as u32);
            self.groups.push(T::default());
        }
        let g = self.slots[i].1 as usize;
        &mut self.groups[g]
    }
}

/// A set of 2^16 bits (the filters and candidate tables, indexed by [`FILTER_BITS`] or
/// [`PREFIX_BITS`] bits of a hash): a fixed size, so the compiler drops the bounds check
/// of every lookup (an index shifted down from 64 bits to 16 is below the length).
type Bits = [u64; BITS_WORDS];
const BITS_WORDS: usize = 1 << 10;
const _: () = assert!(BITS_WORDS * 64 == 1 << FILTER_BITS && BITS_WORDS * 64 == 1 << PREFIX_BITS);

#[inline(always)]
fn bit(set: &Bits, i: usize) -> bool {
    set[(i >> 6) & (BITS_WORDS - 1)] & (1 << (i & 63)) != 0
}

#[inline(always)]
fn set_bit(set: &mut Bits, i: usize) {
    set[i >> 6] |= 1 << (i & 63);
}

#[inline(always)]
fn filter_slot(hash: u64) -> usize {
    (hash >> (64 - FILTER_BITS)) as usize
}

/// Buffers of one scan, reused from one text to the next.
#[derive(Debug, Clone, Default)]
pub struct Buffers {
    /// Every word of the text.
    pub words: Vec<Span>,
    /// Hashes of the words, computed when needed ([`UNHASHED`] until then).
    hashes: Vec<u64>,
    /// Byte offsets of the `.`, `!`, `?` and newlines of the text: the only bytes a
    /// sentence can end at (`text::sentence_ends`).
    pub terms: Vec<usize>,
    /// Words that may begin a phrase, stem or domain (indexes into `words`).
    pub cands: Vec<u32>,
    /// The matches, in text order.
    pub found: Vec<Found>,
}

/// A hash not computed yet (were it a real hash, it would only be computed again).
const UNHASHED: u64 = u64::MAX;

impl Buffers {
    /// The hash of word `i`, computed once.
    #[inline(always)]
    fn hash(&mut self, b: &[u8], i: usize) -> u64 {
        let h = self.hashes[i];
        if h != UNHASHED {
            return h;
        }
        let w = self.words[i];
        let h = word_hash(b, w.start as usize, w.end as usize);
        self.hashes[i] = h;
        h
    }
}

impl Matcher {
    /// Adds a phrase; `stem` lets its last word be a prefix. Returns false for a phrase
    /// without words.
    pub fn add(&mut self, phrase: &str, stem: bool, id: u32) -> bool {
        let ws = word_hashes(phrase);
        let Some(((first, first_text), rest)) = ws.split_first() else { return false };
        self.phrases += 1;
        if stem && rest.is_empty() {
            let t = first_text.as_bytes();
            if t.len() >= STEM_KEY {
                set_bit(&mut self.stem_prefixes, stem_prefix_key(load8(t, 0)));
            }
            let list = if t.len() >= STEM_KEY {
                let h = stem_hash(load8(t, 0));
                set_bit(&mut self.stem_filter, filter_slot(h));
                self.stems.entry(h)
            } else {
                &mut self.short_stems
            };
            match list.iter_mut().find(|(s, _)| s == t) {
                Some((_, ids)) => ids.push(id),
                None => {
                    list.push((t.to_vec(), vec![id]));
                    list.sort_by_key(|(s, _)| s.len());
                }
            }
            return true;
        }
        let (rest_hashes, stem_bytes) = if stem {
            let (last, middle) = rest.split_last().unwrap_or((&ws[0], &[]));
            (middle.iter().map(|w| w.0).collect::<Vec<u64>>(), Some(last.1.as_bytes().to_vec()))
        } else {
            (rest.iter().map(|w| w.0).collect(), None)
        };
        set_bit(&mut self.first_filter, filter_slot(*first));
        if let Some(&second) = rest_hashes.first() {
            set_bit(&mut self.pair_filter, pair_slot(*first, second));
            // A phrase that goes on with a whole word: its first two words' prefixes.
            let (t1, t2) = (first_text.as_bytes(), ws[1].1.as_bytes());
            let k = pair_prefix_key(prefix_key(load8(t1, 0), t1.len()), prefix_key(load8(t2, 0), t2.len()));
            set_bit(&mut self.pair_prefixes, k);
        } else {
            self.set_prefix(first_text.as_bytes());
        }
        let pair = !rest_hashes.is_empty();
        let group = self.by_first.entry(*first);
        let p = Phrase { rest: rest_hashes, stem: stem_bytes, id };
        let order = |p: &Phrase| (std::cmp::Reverse(p.rest.len() + usize::from(p.stem.is_some())), p.stem.is_some());
        if !pair {
            group.no_pair.push(p.clone());
            group.no_pair.sort_by_key(order);
        }
        group.all.push(p);
        group.all.sort_by_key(order);
        true
    }

    /// A word that, right after a period, makes the word before it a domain ("com").
    pub fn add_tld(&mut self, tld: &str, id: u32) {
        if let Some((h, t)) = word_hashes(tld).first() {
            self.tlds.insert(*h, id);
            self.set_prefix(t.as_bytes());
        }
    }

    /// Marks a whole lowercase word as a possible beginning of a match on its own (the
    /// next word not considered).
    fn set_prefix(&mut self, t: &[u8]) {
        if !t.is_empty() {
            set_bit(&mut self.prefixes, prefix_key(load8(t, 0), t.len()));
        }
    }

    pub fn len(&self) -> usize {
        self.phrases
    }

    pub fn is_empty(&self) -> bool {
        self.phrases == 0
    }

    /// Approximate heap size of the tables, in bytes.
    pub fn memory_usage(&self) -> usize {
        let phrases: usize = self
            .by_first
            .groups
            .iter()
            .map(|g| (g.all.len() + g.no_pair.len()) * (std::mem::size_of::<Phrase>() + 16))
            .sum();
        phrases
            + self.by_first.slots.len() * 16
            + self.stems.slots.len() * 16
            + self.tlds.len() * 40
            + (self.prefixes.len() + self.pair_prefixes.len() + self.stem_prefixes.len() + self.first_filter.len() + self.pair_filter.len() + self.stem_filter.len()) * 8
    }

    /// Every match in `text`, leftmost-longest by words, in text order; `ws` gets the words
    /// (`lower` is no longer used: words are lowercased as they are hashed).
    pub fn find_all(&self, text: &str, lower: &mut Vec<u8>, ws: &mut Vec<Word>, out: &mut Vec<Found>) {
        lower.clear();
        let mut buf = Buffers { found: std::mem::take(out), ..Buffers::default() };
        self.scan(text, &mut buf);
        ws.clear();
        ws.extend((0..buf.words.len()).map(|i| {
            let w = buf.words[i];
            Word { start: w.start as usize, end: w.end as usize, hash: buf.hash(text.as_bytes(), i) }
        }));
        *out = buf.found;
    }

    /// One pass over `text`: splits it into words (noting the words that may begin
    /// something and the bytes that may end a sentence), then matches from those words
    /// only. Results in `buf` (see [`Buffers`]); `buf.found` as [`Matcher::find_all`].
    /// Texts of 1 GB and more are not supported (offsets and word indexes are 32 bits).
    pub fn scan(&self, text: &str, buf: &mut Buffers) {
        buf.words.clear();
        buf.terms.clear();
        buf.cands.clear();
        buf.found.clear();
        let b = text.as_bytes();
        let n = b.len();
        let mut inside = false;
        let mut start = 0usize;
        let mut base = 0usize;
        let mut last = [0u8; 64];
        // The word before, whose fate waits on this one: (flags with its index, prefix key).
        let mut pending: (u32, usize) = (0, 0);
        while base < n {
            let len = (n - base).min(64);
            let block: &[u8; 64] = match b.get(base..base + 64).and_then(|s| s.try_into().ok()) {
                Some(full) => full,
                None => {
                    // The last, short block, after zeros.
                    last[..len].copy_from_slice(&b[base..]);
                    &last
                }
            };
            let (mut m, terms, mut high) = classify(block);
            while high != 0 {
                // Typographic quotes and dashes are not word bytes.
                let k = high.trailing_zeros() as usize;
                if !word_byte_non_ascii(b, base + k) {
                    m &= !(1u64 << k);
                }
                high &= high - 1;
            }
            let mut p = terms;
            while p != 0 {
                buf.terms.push(base + p.trailing_zeros() as usize);
                p &= p - 1;
            }
            // Bits where the state changes from the byte before (the padding of a last,
            // short block reads as zeros, which are not word bytes).
            let valid = if len == 64 { u64::MAX } else { (1u64 << len) - 1 };
            let mut t = (m ^ ((m << 1) | u64::from(inside))) & valid;
            while t != 0 {
                let k = t.trailing_zeros() as usize;
                let pos = base + k;
                if (m >> k) & 1 == 1 {
                    start = pos;
                } else {
                    self.end_word(b, start, pos, buf, &mut pending);
                }
                t &= t - 1;
            }
            inside = (m >> (len - 1)) & 1 == 1;
            base += len;
        }
        if inside {
            self.end_word(b, start, n, buf, &mut pending);
        }
        if pending.0 & !INDEX != 0 {
            buf.cands.push(pending.0);
        }
        buf.hashes.clear();
        buf.hashes.resize(buf.words.len(), UNHASHED);
        self.match_words(b, buf);
    }

    /// Records the word `start..end`; decides whether the word before may begin a phrase
    /// (it may begin one with this word), and notes what this one may begin on its own.
    #[inline(always)]
    fn end_word(&self, b: &[u8], start: usize, end: usize, buf: &mut Buffers, pending: &mut (u32, usize)) {
        let len = end - start;
        let first8 = load8(b, start);
        let key = prefix_key(first8, len);
        if !buf.words.is_empty() {
            let (mut flags, before) = *pending;
            // (A word that may begin a phrase on its own needs no pair test.)
            if flags & MAY_BEGIN_PHRASE == 0 && bit(&self.pair_prefixes, pair_prefix_key(before, key)) {
                flags |= MAY_BEGIN_PHRASE;
            }
            if flags & !INDEX != 0 {
                buf.cands.push(flags);
            }
        }
        let phrase = bit(&self.prefixes, key);
        let stem = (len >= STEM_KEY && bit(&self.stem_prefixes, stem_prefix_key(first8))) || !self.short_stems.is_empty();
        let flags = if phrase { MAY_BEGIN_PHRASE } else { 0 } | if stem { MAY_BEGIN_STEM } else { 0 };
        *pending = (buf.words.len() as u32 | flags, key);
        buf.words.push(Span { start: start as u32, end: end as u32 });
    }

    /// The matches from the candidate words: the longest phrase at each, else its stems and
    /// domain suffix; words inside a match are skipped. Other words begin nothing.
    fn match_words(&self, b: &[u8], buf: &mut Buffers) {
        let mut next = 0usize;
        for c in 0..buf.cands.len() {
            let flags = buf.cands[c];
            let i = (flags & INDEX) as usize;
            if i < next {
                continue;
            }
            let nwords = buf.words.len();
            let w = buf.words[i];
            let phrase = flags & MAY_BEGIN_PHRASE != 0;
            let hash = if phrase { buf.hash(b, i) } else { 0 };
            // Longest phrase starting at word i: (words used, end, id). On a tie a phrase
            // that names the whole last word beats a stem ("e-mailed" over "e-mail*").
            let mut best: Option<(usize, usize, u32)> = None;
            if phrase && bit(&self.first_filter, filter_slot(hash)) {
                if let Some(group) = self.by_first.get(hash) {
                    let pairs = i + 1 < nwords && bit(&self.pair_filter, pair_slot(hash, buf.hash(b, i + 1)));
                    for p in if pairs { &group.all } else { &group.no_pair } {
                        let n = 1 + p.rest.len() + usize::from(p.stem.is_some());
                        if i + n > nwords {
                            continue;
                        }
                        if p.rest.iter().enumerate().all(|(k, &h)| buf.hash(b, i + 1 + k) == h) {
                            if let Some(stem) = &p.stem {
                                let lw = buf.words[i + n - 1];
                                if !starts_with_lower(&b[lw.start as usize..lw.end as usize], stem) {
                                    continue;
                                }
                            }
                            best = Some((n, buf.words[i + n - 1].end as usize, p.id));
                            break;
                        }
                    }
                }
            }
            match best {
                Some((n, end, id)) => {
                    buf.found.push(Found { start: w.start as usize, end, id });
                    next = i + n;
                }
                None => {
                    if flags & MAY_BEGIN_STEM != 0 {
                        self.stems(b, buf, i);
                    }
                    let start = w.start as usize;
                    // A domain suffix right after "name.".
                    if phrase && start > 0 && b[start - 1] == b'.' && i > 0 && buf.words[i - 1].end as usize == start - 1 {
                        if let Some(&id) = self.tlds.get(&hash) {
                            buf.found.push(Found { start: start - 1, end: w.end as usize, id });
                        }
                    }
                    next = i + 1;
                }
            }
        }
    }

    /// The one-word stems word `i` begins with (shortest first).
    fn stems(&self, b: &[u8], buf: &mut Buffers, i: usize) {
        let w = buf.words[i];
        let (start, end) = (w.start as usize, w.end as usize);
        let t = &b[start..end];
        let out = &mut buf.found;
        for (stem, ids) in &self.short_stems {
            if starts_with_lower(t, stem) {
                out.extend(ids.iter().map(|&id| Found { start, end, id }));
            }
        }
        if t.len() >= STEM_KEY {
            let h = stem_hash(lower8(load8(b, start)));
            if bit(&self.stem_filter, filter_slot(h)) {
                for (stem, ids) in self.stems.get(h).map_or(&[][..], Vec::as_slice) {
                    if starts_with_lower(t, stem) {
                        out.extend(ids.iter().map(|&id| Found { start, end, id }));
                    }
                }
            }
        }
    }
}

/// Whether `word`, lowercased (ASCII), begins with `stem` (lowercase).
#[inline(always)]
fn starts_with_lower(word: &[u8], stem: &[u8]) -> bool {
    word.len() >= stem.len() && word[..stem.len()].eq_ignore_ascii_case(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(m: &Matcher, text: &str) -> Vec<(String, u32)> {
        let (mut lower, mut ws, mut out) = (Vec::new(), Vec::new(), Vec::new());
        m.find_all(text, &mut lower, &mut ws, &mut out);
        out.iter().map(|f| (text[f.start..f.end].to_string(), f.id)).collect()
    }

    #[test]
    fn the_longest_phrase_at_a_word_wins_and_case_is_ignored() {
        let mut m = Matcher::default();
        m.add("dating", false, 1);
        m.add("telephone dating line", false, 2);
        m.add("advertis", true, 3);
        m.add("text messag", true, 4);
        assert_eq!(found(&m, "A Telephone Dating Line, then dating."), vec![
            ("Telephone Dating Line".to_string(), 2),
            ("dating".to_string(), 1)
        ]);
        assert_eq!(found(&m, "He ADVERTISED; sent text messages"), vec![
            ("ADVERTISED".to_string(), 3),
            ("text messages".to_string(), 4)
        ]);
        // A stem needs its whole beginning; words need whole words.
        assert!(found(&m, "advert datings").is_empty());
    }

    #[test]
    fn the_block_classifier_agrees_with_the_scalar_one_on_every_byte() {
        for c in 0..=255u8 {
            let mut block = [b' '; 64];
            for k in [0, 15, 16, 31, 32, 47, 48, 63] {
                block[k] = c;
            }
            assert_eq!(classify(&block), classify_scalar(&block), "byte {c:#04x}");
        }
    }

    #[test]
    fn curly_quotes_and_hyphens_separate_words() {
        let mut m = Matcher::default();
        m.add("Craig's List", false, 1);
        m.add("year-old", false, 2);
        assert_eq!(found(&m, "on Craig\u{2019}s List, a 15-year-old"), vec![
            ("Craig\u{2019}s List".to_string(), 1),
            ("year-old".to_string(), 2)
        ]);
    }

    #[test]
    fn a_tld_after_a_period_marks_a_domain() {
        let mut m = Matcher::default();
        m.add("backpage.com", false, 1);
        m.add_tld("com", 9);
        assert_eq!(found(&m, "on backpage.com and Redlight.com, not com"), vec![
            ("backpage.com".to_string(), 1),
            (".com".to_string(), 9)
        ]);
    }

    #[test]
    fn words_longer_than_a_block_and_words_across_blocks_are_whole() {
        let long = "x".repeat(150);
        let text = format!("{}ab cd {long} Ünïcode\u{2019}s end", " ".repeat(62));
        let mut ws = Vec::new();
        words(&text, &mut ws);
        let got: Vec<&str> = ws.iter().map(|w| &text[w.start..w.end]).collect();
        assert_eq!(got, vec!["ab", "cd", long.as_str(), "Ünïcode", "s", "end"]);
    }

    /// The reference: the same semantics written the slow, obvious way (strings compared
    /// word by word), against which the fast matcher is checked.
    struct Reference {
        phrases: Vec<(Vec<String>, bool, u32)>,
        tlds: Vec<(String, u32)>,
    }

    impl Reference {
        fn find(&self, text: &str) -> Vec<(usize, usize, u32)> {
            let b = text.as_bytes();
            let mut ws: Vec<(usize, usize)> = Vec::new();
            let mut i = 0;
            while i < b.len() {
                if !word_byte_at(b, i) {
                    i += 1;
                    continue;
                }
                let s = i;
                while i < b.len() && word_byte_at(b, i) {
                    i += 1;
                }
                ws.push((s, i));
            }
            let lw: Vec<String> = ws.iter().map(|&(s, e)| text[s..e].to_ascii_lowercase()).collect();
            let mut out = Vec::new();
            let mut i = 0;
            while i < ws.len() {
                let mut best: Option<(usize, bool, usize, u32)> = None;
                for (p, stem, id) in self.phrases.iter().filter(|p| !(p.1 && p.0.len() == 1)) {
                    let n = p.len();
                    if i + n > ws.len() || best.is_some_and(|bst| (bst.0, bst.1) >= (n, !stem)) {
                        continue;
                    }
                    let ok = (0..n).all(|k| {
                        if *stem && k == n - 1 {
                            lw[i + k].starts_with(&p[k])
                        } else {
                            lw[i + k] == p[k]
                        }
                    });
                    if ok {
                        best = Some((n, !stem, ws[i + n - 1].1, *id));
                    }
                }
                if best.is_none() {
                    let mut stems: Vec<&(Vec<String>, bool, u32)> =
                        self.phrases.iter().filter(|p| p.1 && p.0.len() == 1 && lw[i].starts_with(&p.0[0])).collect();
                    stems.sort_by_key(|p| p.0[0].len());
                    for p in stems {
                        out.push((ws[i].0, ws[i].1, p.2));
                    }
                    if ws[i].0 > 0 && b[ws[i].0 - 1] == b'.' && i > 0 && ws[i - 1].1 == ws[i].0 - 1 {
                        if let Some((_, id)) = self.tlds.iter().find(|t| t.0 == lw[i]) {
                            out.push((ws[i].0 - 1, ws[i].1, *id));
                        }
                    }
                }
                match best {
                    Some((n, _, end, id)) => {
                        out.push((ws[i].0, end, id));
                        i += n;
                    }
                    None => i += 1,
                }
            }
            out
        }
    }

    /// The phrases of the bundled lexicon's data files, in both forms.
    fn bundled_phrases() -> (Matcher, Reference, Vec<String>) {
        let mut m = Matcher::default();
        let mut r = Reference { phrases: Vec::new(), tlds: Vec::new() };
        let mut vocabulary = Vec::new();
        let files = [crate::lexicon::CUES_TSV, crate::lexicon::PLATFORMS_TSV];
        let mut id = 0u32;
        for line in files.iter().flat_map(|f| f.lines()).filter(|l| !l.starts_with('#')) {
            let Some(phrases) = line.split('\t').nth(2) else { continue };
            for p in phrases.split('|') {
                id += 1;
                vocabulary.push(p.trim_matches('*').to_string());
                if let Some(tld) = p.strip_prefix("*.") {
                    m.add_tld(tld, id);
                    r.tlds.push((tld.to_ascii_lowercase(), id));
                    continue;
                }
                let stem = p.ends_with('*');
                let core = p.trim_end_matches('*');
                let mut ws = Vec::new();
                words(core, &mut ws);
                let split: Vec<String> = ws.iter().map(|w| core[w.start..w.end].to_ascii_lowercase()).collect();
                if split.is_empty() || r.phrases.iter().any(|q| q.0 == split && q.1 == stem) {
                    continue; // the lexicon keeps one id per phrase
                }
                m.add(core, stem, id);
                r.phrases.push((split, stem, id));
            }
        }
        (m, r, vocabulary)
    }

    proptest::proptest! {
        #[test]
        fn the_block_classifier_agrees_with_the_scalar_one(bytes in proptest::collection::vec(proptest::num::u8::ANY, 64)) {
            let mut block = [0u8; 64];
            block.copy_from_slice(&bytes);
            proptest::prop_assert_eq!(classify(&block), classify_scalar(&block));
        }

        #[test]
        fn the_block_classifier_agrees_with_the_scalar_one_on_text(text in "([a-zA-Z0-9 .,!?\n'@_`{\\[/:-]|\u{2019}|é|\u{7f}){64}") {
            let mut block = [0u8; 64];
            let n = text.len().min(64);
            block[..n].copy_from_slice(&text.as_bytes()[..n]);
            proptest::prop_assert_eq!(classify(&block), classify_scalar(&block));
        }

        #[test]
        fn the_scan_splits_words_and_finds_terminators_as_the_byte_by_byte_split_does(
            text in "([a-zA-Z0-9 .,!?\n'()-]|\u{2019}|\u{201c}|\u{2014}|é|Ü|\u{4e2d}|\u{1F600}){0,300}"
        ) {
            let mut buf = Buffers::default();
            Matcher::default().scan(&text, &mut buf);
            let mut want = Vec::new();
            words(&text, &mut want);
            let got: Vec<(usize, usize)> = buf.words.iter().map(|w| (w.start as usize, w.end as usize)).collect();
            proptest::prop_assert_eq!(got, want.iter().map(|w| (w.start, w.end)).collect::<Vec<_>>());
            // The hashes computed on demand are those of the plain split.
            let (mut lower, mut ws, mut out) = (Vec::new(), Vec::new(), Vec::new());
            Matcher::default().find_all(&text, &mut lower, &mut ws, &mut out);
            let hashes = |ws: &[Word]| ws.iter().map(|w| (w.start, w.end, w.hash)).collect::<Vec<_>>();
            proptest::prop_assert_eq!(hashes(&ws), hashes(&want));
            let terms: Vec<usize> = text.bytes().enumerate().filter(|(_, c)| matches!(c, b'.' | b'!' | b'?' | b'\n')).map(|(i, _)| i).collect();
            proptest::prop_assert_eq!(&buf.terms, &terms);
        }

        #[test]
        fn short_stems_and_long_stems_come_shortest_first(
            words_ in proptest::collection::vec(proptest::sample::select(vec!["a", "ad", "adv", "advert", "adverts", "advertise", "x", "e", "mail", "e-mailed", "com", "site", ".", " "]), 0..40)
        ) {
            let phrases: &[(&str, bool)] = &[("a", true), ("ad", true), ("adv", true), ("adve", true), ("advert", true), ("advertis", true), ("x", true), ("e mail", true), ("e mailed", false), ("mail", false)];
            let mut m = Matcher::default();
            let mut r = Reference { phrases: Vec::new(), tlds: vec![("com".into(), 99)] };
            m.add_tld("com", 99);
            for (k, &(p, stem)) in phrases.iter().enumerate() {
                m.add(p, stem, k as u32);
                r.phrases.push((p.split(' ').map(String::from).collect(), stem, k as u32));
            }
            let text = words_.join(" ").replace(" . ", ".");
            let (mut lower, mut ws, mut out) = (Vec::new(), Vec::new(), Vec::new());
            m.find_all(&text, &mut lower, &mut ws, &mut out);
            let fast: Vec<(usize, usize, u32)> = out.iter().map(|f| (f.start, f.end, f.id)).collect();
            proptest::prop_assert_eq!(fast, r.find(&text), "{:?}", text);
        }
    }

    proptest::proptest! {
        #[test]
        fn the_fast_matcher_finds_what_the_reference_finds(
            picks in proptest::collection::vec((0usize..2000, 0usize..8, "\\PC{0,6}"), 0..60)
        ) {
            let (m, r, vocabulary) = bundled_phrases();
            let seps = [" ", ". ", "-", "\u{2019}", ", ", "\n\n", ".", " ("];
            let mut text = String::new();
            for (w, s, noise) in &picks {
                let word = &vocabulary[w % vocabulary.len()];
                text.push_str(if w % 5 == 0 { word.to_uppercase() } else { word.clone() }.as_str());
                text.push_str(seps[*s]);
                if s % 4 == 0 {
                    text.push_str(noise);
                }
            }
            let (mut lower, mut ws, mut out) = (Vec::new(), Vec::new(), Vec::new());
            m.find_all(&text, &mut lower, &mut ws, &mut out);
            let fast: Vec<(usize, usize, u32)> = out.iter().map(|f| (f.start, f.end, f.id)).collect();
            proptest::prop_assert_eq!(fast, r.find(&text), "{:?}", text);
        }
    }
}
