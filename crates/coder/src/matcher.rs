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
//! Speed: each block of 64 bytes is classified 16 bytes at a time with SSE2 on x86_64, 32
//! with AVX2 where the processor has it (word bytes, sentence terminators, non-ASCII
//! bytes; checked against a plain loop by tests; other processors run the plain loop), and
//! the offsets where a word starts or ends come out of the blocks' bit masks into one flat
//! list (no branch per byte nor per word: simdjson's "structural indexes", 8 bits at a time
//! by a table), a word of any length being two consecutive offsets. Then one loop over the
//! words looks each one up: its key is its lowercase bytes (lowercased a block at a time in
//! the first pass) packed into a `u64` (a hash for words of more than 8 bytes), and one table of the
//! phrases' first words (buckets of two slots, both compared) says what it may begin. A
//! word that begins phrases of several words is checked against the next word through a
//! filter of word pairs ("the" begins many phrases; "the defendant" begins none); every
//! word also tests a filter of the one-word stems' first four bytes. Those tests are
//! worked into flags with no branch on the data (over half the words of a text begin
//! some phrase, with no pattern a branch predictor could learn), and the candidates are
//! written at every word and kept by a 0/1 count. The phrases are then compared from the
//! candidates only, by the keys kept per word: a word the pair filter passes tries the
//! phrases of its second word, found by one look-up of the two words' keys.

/// Bits of the filters (indexed by the top bits of a hash).
const FILTER_BITS: u32 = 16;
/// One-word stems at least this long are found by their first bytes through a filter;
/// shorter ones are tried at every word.
const STEM_KEY: usize = 4;
// The split asks the stem filter by a word's first four bytes (`stem_prefix_key`).
const _: () = assert!(STEM_KEY == 4);

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

/// A word found by [`Matcher::scan`]: its byte span and its key (a function of its
/// lowercase bytes: equal keys, equal words).
///
/// `repr(C)`: the split's AVX2 loop writes four at a time, each as the word's two bounds
/// (the `u32` pair of `Buffers::bounds`) and its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(C)]
pub struct Span {
    pub start: u32,
    pub end: u32,
    key: u64,
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

/// The 8 bytes from `at` of a padded text (at least 8 bytes follow the start of a word).
#[inline(always)]
fn load8_padded(b: &[u8], at: usize) -> u64 {
    match b.get(at..at + 8) {
        Some(c) => u64::from_le_bytes(c.try_into().unwrap_or([0; 8])),
        None => 0,
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
        __m128i, _mm_add_epi8, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
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

/// The terminator table of [`classify_avx2`] (`vpshufb` looks up each 128-bit lane on its
/// own, so both lanes hold the same 16 bytes): at its low nibble, the terminator with that
/// nibble ('!' 1, '\n' A, '.' E, '?' F), else 0xFF.
#[cfg(target_arch = "x86_64")]
const TERM_TABLE: [u8; 32] = {
    let mut t = [0xFF; 32];
    let mut lane = 0;
    while lane < 32 {
        t[lane + 0x1] = b'!';
        t[lane + 0xA] = b'\n';
        t[lane + 0xE] = b'.';
        t[lane + 0xF] = b'?';
        lane += 16;
    }
    t
};

/// [`classify`] 32 bytes at a time with AVX2 (two loads instead of four, half the
/// compares): used by [`Matcher::split_and_look_up`] when the processor has AVX2.
///
/// # Safety
/// The processor must have AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
unsafe fn classify_avx2(block: &[u8; 64]) -> (u64, u64, u64) {
    use std::arch::x86_64::{
        __m256i, _mm256_add_epi8, _mm256_cmpeq_epi8, _mm256_cmpgt_epi8, _mm256_loadu_si256, _mm256_movemask_epi8,
        _mm256_or_si256, _mm256_set1_epi8, _mm256_shuffle_epi8,
    };
    let (mut m, mut t, mut h) = (0u64, 0u64, 0u64);
    for k in 0..2 {
        // SAFETY: the caller guarantees AVX2; `_mm256_loadu_si256` is an unaligned read of
        // bytes 32k..32k+32 of the 64-byte array, all in bounds. Checked against
        // `classify_scalar` by tests.
        let v = unsafe { _mm256_loadu_si256(block.as_ptr().add(32 * k).cast::<__m256i>()) };
        // c in lo..lo+n (unsigned) iff c - lo + 0x80, as a signed byte, is below n - 128
        // (as in `classify`; a < b is b > a).
        let letter = _mm256_cmpgt_epi8(
            _mm256_set1_epi8(0x80u8.wrapping_add(26) as i8),
            _mm256_add_epi8(_mm256_or_si256(v, _mm256_set1_epi8(0x20)), _mm256_set1_epi8(0x80u8.wrapping_sub(b'a') as i8)),
        );
        let digit = _mm256_cmpgt_epi8(
            _mm256_set1_epi8(0x80u8.wrapping_add(10) as i8),
            _mm256_add_epi8(v, _mm256_set1_epi8(0x80u8.wrapping_sub(b'0') as i8)),
        );
        // The terminators by one table look-up: the four have distinct low nibbles
        // ('!' 1, '\n' A, '.' E, '?' F), so a byte is one iff it equals the table's entry
        // at its low nibble (0xFF at the others, never an ASCII byte; a byte of 0x80 or more
        // looks up 0, which it is not).
        // SAFETY: an unaligned read of the 32 bytes of a constant array.
        let terms = unsafe { _mm256_loadu_si256(TERM_TABLE.as_ptr().cast::<__m256i>()) };
        let term = _mm256_cmpeq_epi8(_mm256_shuffle_epi8(terms, v), v);
        let high = _mm256_movemask_epi8(v) as u32 as u64;
        let word = (_mm256_movemask_epi8(_mm256_or_si256(letter, digit)) as u32 as u64) | high;
        m |= word << (32 * k);
        t |= (_mm256_movemask_epi8(term) as u32 as u64) << (32 * k);
        h |= high << (32 * k);
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

/// The lowercase of the word bytes among the 8 bytes of `x`: a word byte is an ASCII letter
/// or digit (0x20 set lowercases a letter and leaves a digit as it is) or non-ASCII (left
/// as it is), so setting 0x20 on each byte whose high bit is clear lowercases a word.
#[inline(always)]
fn lower_word8(x: u64) -> u64 {
    x | ((!x & HIGH) >> 2)
}

/// The key of the word `b[start..end]` (not empty), a function of its lowercase bytes:
/// for a word of at most 8 bytes those bytes themselves, packed into a `u64` (exact: a word
/// byte is never zero, so the packing is one to one), else a hash of all of them (never a
/// word of 8 bytes or less but by a 64-bit coincidence, the same trust the phrase hashes
/// always had). `first8` is the word's first 8 bytes as read (bytes past it are ignored).
#[inline(always)]
fn word_key(b: &[u8], start: usize, end: usize, first8: u64) -> u64 {
    let len = end - start;
    let lw = lower_word8(first8);
    if len <= 16 {
        key16_free::<false>(lw, lower_word8(load8_padded(b, start + 8)), len).0
    } else {
        long_word_key(b, start, end, lw)
    }
}

/// [`word_key`] of a word of more than 8 bytes (`lw`: its first 8, lowercased); `b` has
/// at least 8 bytes after each byte of the word.
#[inline(never)]
fn long_word_key(b: &[u8], start: usize, end: usize, lw: u64) -> u64 {
    let mut h = mix(lw ^ ((end - start) as u64).wrapping_mul(0x243F_6A88_85A3_08D3));
    let mut i = start + 8;
    loop {
        let n = end - i;
        let v = lower_word8(load8_padded(b, i));
        if n <= 8 {
            h = mix(h.rotate_left(23) ^ (v & prefix_mask(n)));
            break;
        }
        h = mix(h.rotate_left(23) ^ v);
        i += 8;
    }
    // 0 marks an empty slot of the word table.
    h.max(1)
}

/// The [`word_key`] of each word of `phrase` into `out` (cleared first), the phrase padded
/// as the scan reads a text; `ws` and `padded` are scratch, kept by the caller from one
/// phrase to the next (the towns' 42,000 names made a `String` per word and three vectors
/// per name).
pub(crate) fn phrase_word_keys(phrase: &str, ws: &mut Vec<Word>, padded: &mut Vec<u8>, out: &mut Vec<u64>) {
    out.clear();
    words(phrase, ws);
    padded.clear();
    padded.extend_from_slice(phrase.as_bytes());
    padded.resize(phrase.len() + 8, 0);
    out.extend(ws.iter().map(|w| word_key(padded, w.start, w.end, load8_padded(padded, w.start))));
}

/// The [`word_key`] of each word of `phrase`, with the word lowercased.
pub(crate) fn phrase_keys(phrase: &str) -> Vec<(u64, String)> {
    let (mut ws, mut padded, mut keys) = (Vec::new(), Vec::new(), Vec::new());
    phrase_word_keys(phrase, &mut ws, &mut padded, &mut keys);
    keys.into_iter().zip(&ws).map(|(k, w)| (k, phrase[w.start..w.end].to_ascii_lowercase())).collect()
}

/// The stem filter's index for a word of at least [`STEM_KEY`] bytes, from its first four
/// bytes lowercased (`lw`: [`lower_word8`] of its first 8).
#[inline(always)]
fn stem_prefix_key(lw: u64) -> usize {
    ((lw as u32).wrapping_mul(0x9E37_79B1) >> (32 - FILTER_BITS)) as usize
}

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

/// Hash of the lowercase bytes of `b[start..end]`, read 8 at a time (the [`Word::hash`] of
/// [`words`] and [`Matcher::find_all`]).
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

/// The stem table's key of a word: its first [`STEM_KEY`] lowercase bytes, from its first 8
/// (never 0, an empty slot of the table; a byte of a word is never 0).
#[inline(always)]
fn stem_key(first8_lower: u64) -> u64 {
    (first8_lower & 0xFFFF_FFFF).max(1)
}

/// The pair filter's index for two consecutive words, from their [`word_key`]s (a phrase's
/// first two words).
#[inline(always)]
fn pair_slot(first: u64, second: u64) -> usize {
    pair_slot_spread(spread(first), spread(second))
}

/// [`pair_slot`] from the two keys' [`spread`]s (the scan has them: the word table's
/// bucket is the top bits of the same product).
#[inline(always)]
fn pair_slot_spread(first: u64, second: u64) -> usize {
    filter_slot(first.rotate_left(17) ^ second)
}

/// The key of a phrase's first two words in [`Matcher::pair_groups`] (their [`word_key`]s),
/// never 0 (an empty slot). Two pairs of the lexicon with equal keys would share a group:
/// of 2^64 values, the trust the word keys of long words have. (A pair of the text that
/// is not in the lexicon but shares a key with one that is gets a group number of some
/// other pair: the phrases of any group of its entry but those of `no_pair` fail on the
/// second word, and those of `no_pair` are in it in the same order, so the match is the
/// one `no_pair` gives, as without a group.)
#[inline(always)]
fn pair_key(first: u64, second: u64) -> u64 {
    mix(spread(first).rotate_left(29) ^ second).max(1)
}

/// A word key multiplied by an odd constant (a bijection): its top bits are well mixed.
#[inline(always)]
fn spread(key: u64) -> u64 {
    key.wrapping_mul(0x9E37_79B9_7F4A_7C15)
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

#[derive(Debug, Clone)]
struct Phrase {
    /// [`word_key`]s of the words after the first (and before a stem).
    rest: Vec<u64>,
    /// Lowercase bytes the last word must begin with, when the phrase ends in `*`.
    stem: Option<Stem>,
    /// Words in all (the first, `rest` and the stem's).
    words: u32,
    id: u32,
}

/// The beginning a word must have: lowercase bytes, and the first 16 of them packed as
/// [`word_key`] packs a word, in two halves with their masks (so a stem of at most 16
/// bytes, all of the lexicon's, is two comparisons of 8 bytes and no branch on its length).
#[derive(Debug, Clone)]
struct Stem {
    bytes: Vec<u8>,
    packed: [u64; 2],
    masks: [u64; 2],
}

impl Stem {
    fn new(bytes: &[u8]) -> Stem {
        let n = bytes.len();
        let masks = [prefix_mask(n), prefix_mask(n.saturating_sub(8))];
        let packed = [lower_word8(load8(bytes, 0)) & masks[0], lower_word8(load8(bytes, 8.min(n))) & masks[1]];
        Stem { bytes: bytes.to_vec(), packed, masks }
    }

    /// Whether the word `b[start..end]` begins with this stem (`b` has at least 16 bytes
    /// after `start`). The bytes compared are the word's (it is as long as the stem), and
    /// [`lower_word8`] lowercases a word's bytes as `eq_ignore_ascii_case` does.
    #[inline(always)]
    fn begins(&self, b: &[u8], start: usize, end: usize) -> bool {
        let n = self.bytes.len();
        let first = lower_word8(load8_padded(b, start)) & self.masks[0];
        let second = lower_word8(load8_padded(b, start + 8)) & self.masks[1];
        // One test of the three conditions (LLVM makes `==` joined by `&` three branches).
        let short = u64::from(end - start < n);
        let same = (first ^ self.packed[0]) | (second ^ self.packed[1]) | short == 0;
        // Stems of more than 16 bytes (none in the bundled lexicon): the rest too.
        same && (n <= 16 || b[start..start + n].eq_ignore_ascii_case(&self.bytes))
    }

    /// [`Stem::begins`] byte by byte (the tests' reference).
    #[cfg(test)]
    fn begins_plain(&self, b: &[u8], start: usize, end: usize) -> bool {
        let n = self.bytes.len();
        end - start >= n && b[start..start + n].eq_ignore_ascii_case(&self.bytes)
    }
}

/// Mask of the first `n` bytes of a `u64`, all of them from 8 on.
#[inline(always)]
fn prefix_mask(n: usize) -> u64 {
    if n >= 8 {
        u64::MAX
    } else {
        first_bytes(n)
    }
}

/// What a word may begin: the phrases that begin with it, longest first (whole last word
/// before stem on a tie, else in insertion order: the first that matches is the one to
/// take), and the domain suffix it is.
#[derive(Debug, Clone, Default)]
struct Entry {
    all: Vec<Phrase>,
    /// The same, without the phrases whose second word is a whole word: those that can
    /// match when the pair filter says no phrase goes on with the next word.
    no_pair: Vec<Phrase>,
    /// The second words (their [`word_key`]s, sorted) of the phrases whose second word is
    /// whole, and for each (same index in `by_second`) the phrases of `all` that can match
    /// with that second word: those it is the second word of and those of `no_pair`, in
    /// the order of `all`. A word followed by its second word tries only those ("the"
    /// begins dozens of phrases, and most of them fail on the second word).
    seconds: Vec<u64>,
    by_second: Vec<Vec<Phrase>>,
    /// The id of the domain suffix this word is ("com" makes "x.com" a domain).
    tld: Option<u32>,
}

/// A phrase as [`Matcher::match_words`] reads it: 32 bytes in one vector with the other
/// phrases of its list ([`Lists`]). A [`Phrase`] in its entry's `Vec` of a `Vec` was four
/// loads each waiting for the one before (entry, `by_second`, the phrase, its `rest`),
/// scattered by the allocator: ~173 L1 read misses a document in `match_words`. The second
/// word of a phrase of a group by second word is compared once for the group
/// ([`Group::second`]); a third, with a mask, here; the rest (a fourth word, a stem) only
/// for the few phrases that have them ([`Flat::kind`]).
#[derive(Debug, Clone, Copy)]
#[repr(C, align(32))]
struct Flat {
    /// The [`word_key`] of its third word where that is a whole word, else 0.
    third: u64,
    /// All ones where `third` is compared, else 0.
    third_mask: u64,
    id: u32,
    /// Words in all, as [`Phrase::words`].
    words: u32,
    /// 0, [`STEMMED`] or [`LONG`].
    kind: u32,
    /// With [`STEMMED`], its stem's index in [`Lists::stems`]; with [`LONG`], its index in
    /// [`Lists::long`].
    more: u32,
}

const _: () = assert!(std::mem::size_of::<Flat>() == 32);

/// [`Flat::kind`]: the last word is a stem (in [`Lists::stems`]); the phrase has a whole
/// word after the third (135 of the bundled lexicon's 2,831), and is checked whole on its
/// [`Phrase`] (in [`Lists::long`]).
const STEMMED: u32 = 1;
const LONG: u32 = 2;

/// A list of [`Lists::flats`]: `start..start + len`.
#[derive(Debug, Clone, Copy, Default)]
struct Range {
    start: u32,
    len: u32,
}

/// A group by second word of an entry (see [`Entry::by_second`]): its phrases and that
/// second word's [`word_key`] (every phrase of the group but those of `no_pair` has it).
#[derive(Debug, Clone, Copy)]
#[repr(align(16))]
struct Group {
    list: Range,
    second: u64,
}

/// Where an entry's lists are: its `no_pair` list, and its groups by second word (its
/// `by_second`, in order) at `groups..groups + n_groups` of [`Lists::groups`].
#[derive(Debug, Clone, Copy, Default)]
#[repr(align(16))]
struct Head {
    no_pair: Range,
    groups: u32,
    n_groups: u32,
}

/// The phrase lists of every entry in one vector of [`Flat`]s, built from the entries on
/// the first scan after the last phrase is added (built at every [`Matcher::add`], they
/// would be rewritten at each of the bundled lexicon's 3,000 additions).
#[derive(Debug, Clone, Default)]
struct Lists {
    flats: Vec<Flat>,
    /// Per entry, then one of no list for the words that begin no phrase of their own.
    heads: Vec<Head>,
    /// Per entry (then none), its domain suffix.
    tlds: Vec<Option<u32>>,
    groups: Vec<Group>,
    stems: Vec<Stem>,
    long: Vec<Phrase>,
}

impl Lists {
    fn new(entries: &[Entry]) -> Lists {
        let mut l = Lists::default();
        for entry in entries {
            let no_pair = l.list(&entry.no_pair);
            let groups = l.groups.len() as u32;
            for (group, &second) in entry.by_second.iter().zip(&entry.seconds) {
                let list = l.list(group);
                l.groups.push(Group { list, second });
            }
            l.heads.push(Head { no_pair, groups, n_groups: entry.by_second.len() as u32 });
            l.tlds.push(entry.tld);
        }
        l.heads.push(Head::default());
        l.tlds.push(None);
        l
    }

    /// Appends `phrases` (an entry's list) as [`Flat`]s.
    fn list(&mut self, phrases: &[Phrase]) -> Range {
        let start = self.flats.len() as u32;
        for p in phrases {
            let third = p.rest.get(1).copied();
            let (kind, more) = if p.rest.len() > 2 {
                self.long.push(p.clone());
                (LONG, self.long.len() - 1)
            } else if let Some(stem) = &p.stem {
                self.stems.push(stem.clone());
                (STEMMED, self.stems.len() - 1)
            } else {
                (0, 0)
            };
            self.flats.push(Flat {
                third: third.unwrap_or(0),
                third_mask: if third.is_some() { u64::MAX } else { 0 },
                id: p.id,
                words: p.words,
                kind,
                more: more as u32,
            });
        }
        Range { start, len: self.flats.len() as u32 - start }
    }
}

/// A match: word span `first..=last` and the phrase id given at insertion.
#[derive(Debug, Clone, Copy)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub id: u32,
}

/// Flags of a word in the word table, with its [`Entry`] index in the low bits: it may
/// begin a match on its own (a one-word phrase, a word and a stem, a domain suffix); it
/// begins phrases whose second word is a whole word.
const ALONE: u32 = 1 << 31;
const MULTI: u32 = 1 << 30;
/// Flags of a candidate word (see [`Buffers::cands`]): a phrase that begins with it may go
/// on with the next word (the pair filter says so); it may begin a one-word stem.
const PAIR: u32 = 1 << 29;
const STEM: u32 = 1 << 28;
/// A flag of a word of the table: the only phrase that can match from it when the pair
/// filter says no (its entry's `no_pair`) is the word itself, whose id is in
/// [`Matcher::alone_ids`]: the match needs no look at the entry.
const ONLY: u32 = 1 << 27;
const ENTRY: u32 = ONLY - 1;

#[derive(Debug, Clone)]
pub struct Matcher {
    /// Every first word of a phrase and every domain suffix, by [`word_key`]: one lookup
    /// per word of the text says all a word may begin.
    table: WordTable,
    entries: Vec<Entry>,
    /// Per entry, its word's key, first 8 bytes (lowercase) and length: the stem flag of
    /// the table's words is worked out from them (`set_stem_flags`).
    entry_words: Vec<(u64, u64, usize)>,
    /// Per entry, the id of its one-word phrase when its flags have [`ONLY`].
    alone_ids: Vec<u32>,
    /// One-word stems (lowercase, with their phrase ids) by their first [`STEM_KEY`] bytes:
    /// `stems` gives a group's number in `stem_groups` (from 1) by the [`stem_key`] of those
    /// bytes, each group shortest first; shorter stems in `short_stems`, shortest first.
    stems: WordTable,
    stem_groups: Vec<Vec<(Stem, Vec<u32>)>>,
    short_stems: Vec<(Stem, Vec<u32>)>,
    /// Two filters in one allocation (the split's loop holds one pointer for both):
    /// `filters[PAIRS]`, a bit per [`pair_slot`] of a first word and a whole second word of
    /// some phrase; `filters[PREFIXES]`, a bit per [`stem_prefix_key`] of a stem's first
    /// [`STEM_KEY`] bytes (most words begin none).
    filters: Box<[Bits; 2]>,
    /// The group of phrases (in its entry's `by_second`, numbered from 1) of each first
    /// word and whole second word, by [`pair_key`]: one look-up with no branch on the
    /// data where a binary search of the entry's `seconds` branched at each step.
    pair_groups: WordTable,
    /// The entries' phrase lists as [`Matcher::match_words`] reads them, built on the first
    /// scan after the last phrase was added.
    lists: std::sync::OnceLock<Lists>,
    phrases: usize,
}

impl Default for Matcher {
    fn default() -> Self {
        Matcher {
            table: WordTable::default(),
            entries: Vec::new(),
            entry_words: Vec::new(),
            alone_ids: Vec::new(),
            stems: WordTable::default(),
            stem_groups: Vec::new(),
            short_stems: Vec::new(),
            filters: Box::new([[0; BITS_WORDS]; 2]),
            pair_groups: WordTable::default(),
            lists: std::sync::OnceLock::new(),
            phrases: 0,
        }
    }
}

/// Word keys to their flags and entry: a power-of-two array of buckets of two slots (a
/// key goes to the bucket its hash names), at most an eighth full, so a lookup is two
/// comparisons in one bucket whose results are selected without a branch (the words of a
/// text are or are not in the table with no pattern a predictor could learn). A bucket
/// whose two slots were full when a third key came is marked: that key and any later
/// ones go to `spilled` (a few keys of the thousands: the one branch of a lookup, rarely
/// taken; at a quarter full about one word of a text in 75 met a marked bucket, a
/// mispredicted branch each time, at an eighth about one in 300). Key 0 marks an empty
/// slot (no [`word_key`] is 0).
#[derive(Debug, Clone)]
struct WordTable {
    buckets: Vec<Bucket>,
    /// The keys of full buckets, sorted.
    spilled: Vec<(u64, u32)>,
    /// 64 minus the bits of the bucket index.
    shift: u32,
    len: usize,
}

/// 32 bytes with no padding (the split's AVX2 loop reads a bucket as two 16-byte halves and
/// uses each of its four `u64`s, and padding bytes may be uninitialized).
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(32))]
struct Bucket {
    keys: [u64; 2],
    infos: [u32; 2],
    /// 1 when some key of this bucket is in `spilled`, else 0.
    spill: u64,
}

const _: () = assert!(std::mem::size_of::<Bucket>() == 32);

impl Default for WordTable {
    fn default() -> Self {
        WordTable { buckets: vec![Bucket::default(); 8], spilled: Vec::new(), shift: 61, len: 0 }
    }
}

impl WordTable {
    #[inline(always)]
    fn home(&self, key: u64) -> usize {
        (spread(key) >> self.shift) as usize
    }

    /// The flags and entry of `key`, 0 when it begins nothing.
    fn get(&self, key: u64) -> u32 {
        self.get_spread(key, spread(key))
    }

    /// [`WordTable::get`] given the key's [`spread`] `h` too.
    #[inline(always)]
    fn get_spread(&self, key: u64, h: u64) -> u32 {
        let Some(bk) = self.buckets.get((h >> self.shift) as usize) else { return 0 };
        let first = std::hint::select_unpredictable(bk.keys[0] == key, bk.infos[0], 0);
        let second = std::hint::select_unpredictable(bk.keys[1] == key, bk.infos[1], 0);
        let info = first | second;
        // One branch (rarely taken): a marked bucket that does not hold the key in a slot.
        if bk.spill != 0 && info == 0 {
            return self.get_spilled(key);
        }
        info
    }

    /// [`WordTable::get`] of a key not in its bucket's slots, the bucket spilled.
    #[cold]
    #[inline(never)]
    fn get_spilled(&self, key: u64) -> u32 {
        self.spilled.binary_search_by_key(&key, |s| s.0).map_or(0, |i| self.spilled[i].1)
    }

    /// Every (key, info) of the table.
    fn all(&self) -> Vec<(u64, u32)> {
        let slots = self.buckets.iter().flat_map(|bk| bk.keys.into_iter().zip(bk.infos)).filter(|s| s.0 != 0);
        slots.chain(self.spilled.iter().copied()).collect()
    }

    /// Puts `key` (absent) with `info`.
    fn put(&mut self, key: u64, info: u32) {
        let h = self.home(key);
        let bk = &mut self.buckets[h];
        match bk.keys.iter().position(|&k| k == 0) {
            Some(s) => {
                bk.keys[s] = key;
                bk.infos[s] = info;
            }
            None => {
                bk.spill = 1;
                // The slots keep the words most frequent in texts: a word found in a slot
                // is read without the spilled list (only the words a marked bucket does not
                // hold are), so which two a bucket holds is what the scan pays.
                let s = if frequency_rank(bk.keys[0]) >= frequency_rank(bk.keys[1]) { 0 } else { 1 };
                let (key, info) = if frequency_rank(key) < frequency_rank(bk.keys[s]) {
                    (std::mem::replace(&mut bk.keys[s], key), std::mem::replace(&mut bk.infos[s], info))
                } else {
                    (key, info)
                };
                let i = self.spilled.partition_point(|s| s.0 < key);
                self.spilled.insert(i, (key, info));
            }
        }
        self.len += 1;
    }

    /// The info of `key`, inserted as `new` if absent.
    fn entry(&mut self, key: u64, new: impl FnOnce() -> u32) -> &mut u32 {
        assert_ne!(key, 0, "a word key of the lexicon is 0, an empty slot");
        if (self.len + 1) * 8 > self.buckets.len() * 2 {
            let old = self.all();
            self.buckets = vec![Bucket::default(); self.buckets.len() * 2];
            self.spilled.clear();
            self.shift -= 1;
            self.len = 0;
            for (k, v) in old {
                self.put(k, v);
            }
        }
        let h = self.home(key);
        if !self.buckets[h].keys.contains(&key) && self.spilled.binary_search_by_key(&key, |s| s.0).is_err() {
            self.put(key, new());
        }
        match self.buckets[h].keys.iter().position(|&k| k == key) {
            Some(s) => &mut self.buckets[h].infos[s],
            None => {
                let i = self.spilled.binary_search_by_key(&key, |s| s.0).unwrap_or(0);
                &mut self.spilled[i].1
            }
        }
    }
}

/// The words most frequent in case summaries, most frequent first (the 150 most frequent
/// of the CLDB summaries, counted once when this list was made): where three keys of the
/// word table share a bucket, the two slots go to the more frequent (see
/// [`WordTable::put`]). Speed only: a word is found wherever it is kept.
const FREQUENT: &str = "the to and in a of was were for her defendant defendants victim that from with s \
    victims at as they their she women them by on prostitution sex he work forced states had united also \
    girls his would or one an not who into two other old money all year after trafficking workers girl him \
    co police when used engage minor which guilty years c pay did recruited if young physical u be then \
    told where through threats over this including brought new house least plaintiffs home sexual \
    prostitutes day acts took threatened commercial us have prostitute arrested force men travel under \
    some hotel business woman paid up between smuggling working violence three law enforcement once \
    charged female charges case court during required worked sentenced found but room services minors \
    area per debt been time federal order child back adult mexico hours documents family abuse visas \
    according conspiracy four";

/// A word key's place in [`FREQUENT`] (`u32::MAX` for a word not in it, and for 0, the
/// empty slot).
fn frequency_rank(key: u64) -> u32 {
    static RANKS: std::sync::OnceLock<Vec<(u64, u32)>> = std::sync::OnceLock::new();
    let ranks = RANKS.get_or_init(|| {
        let mut r: Vec<(u64, u32)> = phrase_keys(FREQUENT).into_iter().enumerate().map(|(i, (k, _))| (k, i as u32)).collect();
        r.sort_unstable();
        r.dedup_by_key(|x| x.0);
        r
    });
    ranks.binary_search_by_key(&key, |x| x.0).map_or(u32::MAX, |i| ranks[i].1)
}

/// A set of 2^16 bits (the filters, indexed by [`FILTER_BITS`] bits of a hash): a fixed
/// size, so the compiler drops the bounds check of every lookup (an index shifted down
/// from 64 bits to 16 is below the length).
type Bits = [u64; BITS_WORDS];
const BITS_WORDS: usize = 1 << 10;
const _: () = assert!(BITS_WORDS * 64 == 1 << FILTER_BITS);
/// The filters of [`Matcher::filters`].
const PAIRS: usize = 0;
const PREFIXES: usize = 1;

#[inline(always)]
fn bit(set: &Bits, i: usize) -> bool {
    set[(i >> 6) & (BITS_WORDS - 1)] & (1 << (i & 63)) != 0
}

/// [`bit`] as 0 or 1 (which the split shifts into its flags without a compare).
#[inline(always)]
fn filter_bit(set: &Bits, i: usize) -> u32 {
    (set[(i >> 6) & (BITS_WORDS - 1)] >> (i & 63)) as u32 & 1
}

// The split's flags from `filter_bit`: PAIR is the bit below MULTI, STEM is bit 28.
const _: () = assert!(PAIR == MULTI >> 1 && PAIR == 1 << 29 && STEM == 1 << 28);

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
    /// Every word of the text: the first `n_words` (the vector keeps its length from one
    /// text to the next, see [`Matcher::split_and_look_up`]); [`Buffers::words`].
    words: Vec<Span>,
    n_words: usize,
    /// The split's first pass: the offsets of each word's first byte and of the first
    /// non-word byte after it (word `i` is `bounds[2 i]..bounds[2 i + 1]`), then slots
    /// of no meaning (the vector keeps its length from one text to the next).
    bounds: Vec<u32>,
    /// The split's first pass: the padded text with its ASCII bytes ORed with 0x20 (the
    /// words' bytes lowercased, as [`lower_word8`] does).
    lower: Vec<u8>,
    /// The text, and [`PADDING`] zeros after it: every block (with the next one's first
    /// two bytes) and the first 16 bytes of every word are read from it without a test for
    /// the end of the text.
    padded: Vec<u8>,
    /// Byte offsets of the `.`, `!`, `?` and newlines of the text: the only bytes a
    /// sentence can end at (`text::sentence_ends`).
    pub terms: Vec<usize>,
    /// Words that may begin a phrase, stem or domain: (index into `words`, flags
    /// [`ALONE`], [`PAIR`], [`STEM`] with the index of its [`Entry`]): the first
    /// `n_cands` (as `words`).
    cands: Vec<(u32, u32)>,
    n_cands: usize,
    /// The matches, in text order.
    pub found: Vec<Found>,
}

impl Span {
    /// The word's key (equal keys, equal words, without ASCII case); [`phrase_keys`] gives
    /// the keys of a phrase's words.
    #[inline(always)]
    pub(crate) fn key(&self) -> u64 {
        self.key
    }
}

impl Buffers {
    /// Every word of the text of the last scan.
    pub fn words(&self) -> &[Span] {
        &self.words[..self.n_words.min(self.words.len())]
    }
}

impl Matcher {
    /// Adds a phrase; `stem` lets its last word be a prefix. Returns false for a phrase
    /// without words.
    pub fn add(&mut self, phrase: &str, stem: bool, id: u32) -> bool {
        let ws = phrase_keys(phrase);
        let Some(((first, first_text), rest)) = ws.split_first() else { return false };
        self.phrases += 1;
        if stem && rest.is_empty() {
            let t = first_text.as_bytes();
            if t.len() >= STEM_KEY {
                let prefix = stem_prefix_key(lower_word8(load8(t, 0)));
                set_bit(&mut self.filters[PREFIXES], prefix);
                self.set_stem_flags(prefix);
            }
            let list = if t.len() >= STEM_KEY {
                let g = *self.stems.entry(stem_key(load8(t, 0)), || self.stem_groups.len() as u32 + 1) as usize;
                if g > self.stem_groups.len() {
                    self.stem_groups.push(Vec::new());
                }
                &mut self.stem_groups[g - 1]
            } else {
                &mut self.short_stems
            };
            match list.iter_mut().find(|(s, _)| s.bytes == t) {
                Some((_, ids)) => ids.push(id),
                None => {
                    list.push((Stem::new(t), vec![id]));
                    list.sort_by_key(|(s, _)| s.bytes.len());
                }
            }
            return true;
        }
        let (rest_keys, stem_bytes) = if stem {
            let (last, middle) = rest.split_last().unwrap_or((&ws[0], &[]));
            (middle.iter().map(|w| w.0).collect::<Vec<u64>>(), Some(Stem::new(last.1.as_bytes())))
        } else {
            (rest.iter().map(|w| w.0).collect(), None)
        };
        let flag = match rest_keys.first() {
            Some(&second) => {
                set_bit(&mut self.filters[PAIRS], pair_slot(*first, second));
                MULTI
            }
            None => ALONE,
        };
        let entry = self.entry(*first, flag, first_text);
        let words = ws.len() as u32;
        let p = Phrase { rest: rest_keys, stem: stem_bytes, words, id };
        let order = |p: &Phrase| (std::cmp::Reverse(p.rest.len() + usize::from(p.stem.is_some())), p.stem.is_some());
        if flag == ALONE {
            entry.no_pair.push(p.clone());
            entry.no_pair.sort_by_key(order);
        }
        // The groups by second word the phrase belongs to: its own (a new one starts from
        // `no_pair`), or all of them for a phrase without a whole second word. Each list is
        // kept as `all` is (pushed, then sorted by a stable sort), so it is `all` without the
        // phrases of other second words, in the same order.
        let mut renumbered = false;
        match p.rest.first() {
            Some(&k) => {
                let g = match entry.seconds.binary_search(&k) {
                    Ok(g) => g,
                    Err(g) => {
                        renumbered = true;
                        entry.seconds.insert(g, k);
                        entry.by_second.insert(g, entry.no_pair.clone());
                        g
                    }
                };
                entry.by_second[g].push(p.clone());
                entry.by_second[g].sort_by_key(order);
            }
            None => {
                for group in &mut entry.by_second {
                    group.push(p.clone());
                    group.sort_by_key(order);
                }
            }
        }
        entry.all.push(p);
        entry.all.sort_by_key(order);
        // A new second word shifts the groups after it: their numbers in `pair_groups`.
        let seconds = if renumbered { entry.seconds.clone() } else { Vec::new() };
        let only = match entry.no_pair.as_slice() {
            [p] if p.words == 1 && p.stem.is_none() => Some(p.id),
            _ => None,
        };
        let info = self.table.entry(*first, || 0);
        *info = (*info & !ONLY) | if only.is_some() { ONLY } else { 0 };
        let e = (*info & ENTRY) as usize;
        self.alone_ids[e] = only.unwrap_or(0);
        for (g, &k) in seconds.iter().enumerate() {
            *self.pair_groups.entry(pair_key(*first, k), || 0) = g as u32 + 1;
        }
        true
    }

    /// The entry of the first word `key` (`word`, lowercase), created if need be, its
    /// flags given `flag`.
    fn entry(&mut self, key: u64, flag: u32, word: &str) -> &mut Entry {
        // The lists change: built again on the next scan.
        self.lists = std::sync::OnceLock::new();
        let next = self.entries.len() as u32;
        let lw = lower_word8(load8(word.as_bytes(), 0));
        let stem = word.len() >= STEM_KEY && bit(&self.filters[PREFIXES], stem_prefix_key(lw));
        let info = self.table.entry(key, || next);
        *info |= flag | if stem { STEM } else { 0 };
        let e = (*info & ENTRY) as usize;
        if e == self.entries.len() {
            self.entries.push(Entry::default());
            self.entry_words.push((key, lw, word.len()));
            self.alone_ids.push(0);
        }
        &mut self.entries[e]
    }

    /// Sets the [`STEM`] flag of the words of the table whose first four bytes have the
    /// stem filter's index `prefix` (just added to it): the scan asks the filter only for
    /// the words the table does not hold, the others carry its answer (a word added to the
    /// table later gets it in [`Matcher::entry`]).
    fn set_stem_flags(&mut self, prefix: usize) {
        for &(key, lw, len) in &self.entry_words {
            if len >= STEM_KEY && stem_prefix_key(lw) == prefix {
                *self.table.entry(key, || 0) |= STEM;
            }
        }
    }

    /// A word that, right after a period, makes the word before it a domain ("com").
    pub fn add_tld(&mut self, tld: &str, id: u32) {
        if let Some((key, word)) = phrase_keys(tld).first() {
            let e = self.entry(*key, ALONE, word);
            // The last one added wins, as it did when they were kept in a map.
            e.tld = Some(id);
        }
    }

    pub fn len(&self) -> usize {
        self.phrases
    }

    pub fn is_empty(&self) -> bool {
        self.phrases == 0
    }

    /// Approximate heap size of the tables, in bytes (the flat lists built if they were not).
    pub fn memory_usage(&self) -> usize {
        let l = self.lists.get_or_init(|| Lists::new(&self.entries));
        let lists = l.flats.len() * std::mem::size_of::<Flat>()
            + l.heads.len() * std::mem::size_of::<Head>()
            + l.tlds.len() * 8
            + l.groups.len() * std::mem::size_of::<Group>()
            + l.stems.len() * std::mem::size_of::<Stem>()
            + l.long.len() * std::mem::size_of::<Phrase>();
        let phrases: usize = self
            .entries
            .iter()
            .map(|g| {
                (g.all.len() + g.no_pair.len() + g.by_second.iter().map(Vec::len).sum::<usize>())
                    * (std::mem::size_of::<Phrase>() + 16)
                    + g.seconds.len() * 8
            })
            .sum();
        phrases
            + self.entries.len() * std::mem::size_of::<Entry>()
            + self.table.buckets.len() * std::mem::size_of::<Bucket>()
            + self.table.spilled.len() * 16
            + self.pair_groups.buckets.len() * std::mem::size_of::<Bucket>()
            + self.pair_groups.spilled.len() * 16
            + self.stems.buckets.len() * std::mem::size_of::<Bucket>()
            + self.stem_groups.iter().map(|g| g.len() * (std::mem::size_of::<(Stem, Vec<u32>)>() + 16)).sum::<usize>()
            + 2 * BITS_WORDS * 8
            + lists
    }

    /// Every match in `text`, leftmost-longest by words, in text order; `ws` gets the words
    /// (`lower` is no longer used: words are lowercased as they are read).
    pub fn find_all(&self, text: &str, lower: &mut Vec<u8>, ws: &mut Vec<Word>, out: &mut Vec<Found>) {
        lower.clear();
        let mut buf = Buffers { found: std::mem::take(out), ..Buffers::default() };
        self.scan(text, &mut buf);
        ws.clear();
        let b = text.as_bytes();
        ws.extend(buf.words().iter().map(|w| {
            let (start, end) = (w.start as usize, w.end as usize);
            Word { start, end, hash: word_hash(b, start, end) }
        }));
        *out = buf.found;
    }

    /// One pass over `text`: splits it into words (noting the words that may begin
    /// something and the bytes that may end a sentence), then matches from those words
    /// only. Results in `buf` (see [`Buffers`]); `buf.found` as [`Matcher::find_all`].
    /// Texts of 1 GB and more are not supported (offsets and word indexes are 32 bits).
    pub fn scan(&self, text: &str, buf: &mut Buffers) {
        buf.terms.clear();
        buf.found.clear();
        let n = text.len();
        let mut padded = std::mem::take(&mut buf.padded);
        padded.clear();
        padded.extend_from_slice(text.as_bytes());
        padded.resize(n + PADDING, 0);
        let b = &padded[..];
        self.split_and_look_up(b, n, buf);
        self.match_words(b, buf);
        buf.padded = padded;
    }

    /// The matches from the candidate words: the longest phrase at each, else its stems and
    /// domain suffix; words inside a match are skipped. Other words begin nothing. `b` is
    /// the padded text.
    #[inline(never)]
    fn match_words(&self, b: &[u8], buf: &mut Buffers) {
        let mut next = 0usize;
        let words = &buf.words[..buf.n_words];
        // The candidates as a slice and the matches as a local vector: through `buf`, the
        // loop reloaded their pointers and lengths at every candidate (the push's growth
        // is a call that might have changed them).
        let cands = &buf.cands[..buf.n_cands.min(buf.cands.len())];
        let mut found = std::mem::take(&mut buf.found);
        let lists = self.lists.get_or_init(|| Lists::new(&self.entries));
        // The head of no entry.
        let none = lists.heads.len() - 1;
        for &(i, flags) in cands {
            let i = i as usize;
            if flags & (ONLY | PAIR) == ONLY {
                // The word is its own phrase (and begins no other that can match here):
                // found unless it lies inside the match before, with no branch on that
                // (pushed, then dropped again by the length).
                if let (Some(&id), Some(w)) = (self.alone_ids.get((flags & ENTRY) as usize), words.get(i)) {
                    let len = found.len();
                    found.push(Found { start: w.start as usize, end: w.end as usize, id });
                    found.truncate(len + usize::from(i >= next));
                    next = next.max(i + 1);
                    continue;
                }
            }
            if i < next {
                continue;
            }
            let w = words[i];
            // Longest phrase starting at word i: (words used, end, id). On a tie a phrase
            // that names the whole last word beats a stem ("e-mailed" over "e-mail*").
            let mut best: Option<(usize, usize, u32)> = None;
            // The word's entry, or none (the last: no domain suffix) for a word that may
            // begin only stems, whose phrases are not looked at: that branch is the one the
            // empty list's loop would take (mispredicted as often), taken before the loads.
            let own = std::hint::select_unpredictable(flags & (ALONE | PAIR) != 0, (flags & ENTRY) as usize, none);
            if own != none {
                let head = lists.heads[own];
                // With the pair filter's yes, the phrases of the next word as second word (a
                // phrase of another second word fails on it), and the key of the word after
                // (0 past the last: a phrase that reaches it is too long anyway); a false yes
                // of the filter, or a group of another second word (a pair's key shared with
                // a pair of the lexicon), leaves those without a whole second word. Without
                // it, `no_pair`, whose phrases have no whole second word (and so no third).
                let (list, third) = if flags & PAIR != 0 {
                    let next = words.get(i + 1).map_or(0, |w| w.key);
                    let g = (self.pair_groups.get(pair_key(w.key, next)) as usize).wrapping_sub(1);
                    let group = lists.groups.get((head.groups as usize).wrapping_add(g)).filter(|_| g < head.n_groups as usize);
                    let list = match group {
                        Some(group) => std::hint::select_unpredictable(group.second == next, group.list, head.no_pair),
                        None => head.no_pair,
                    };
                    (list, words.get(i + 2).map_or(0, |w| w.key))
                } else {
                    (head.no_pair, 0)
                };
                let (start, len) = (list.start as usize, list.len as usize);
                for p in &lists.flats[start..start + len] {
                    let n = p.words as usize;
                    let Some(span) = words.get(i..i + n) else { continue };
                    if (third ^ p.third) & p.third_mask != 0 {
                        continue;
                    }
                    let last = span[n - 1];
                    if p.kind != 0 && !Self::rest_matches(lists, p, b, span) {
                        continue;
                    }
                    best = Some((n, last.end as usize, p.id));
                    break;
                }
            }
            match best {
                Some((n, end, id)) => {
                    found.push(Found { start: w.start as usize, end, id });
                    next = i + n;
                }
                None => {
                    if flags & STEM != 0 {
                        self.stems(b, w, &mut found);
                    }
                    let start = w.start as usize;
                    // A domain suffix right after "name.".
                    if let Some(id) = lists.tlds.get(own).copied().flatten() {
                        if start > 0 && b[start - 1] == b'.' && i > 0 && words[i - 1].end as usize == start - 1 {
                            found.push(Found { start: start - 1, end: w.end as usize, id });
                        }
                    }
                    next = i + 1;
                }
            }
        }
        buf.found = found;
    }

    /// Whether the phrase `p` (of [`STEMMED`] or [`LONG`]), whose first three words are
    /// those of `span` where whole, matches `span` (as many words as it has): its stem
    /// begins the last word, or, long, all of it does.
    #[inline(always)]
    fn rest_matches(lists: &Lists, p: &Flat, b: &[u8], span: &[Span]) -> bool {
        let last = span[span.len() - 1];
        match lists.stems.get(p.more as usize) {
            Some(stem) if p.kind == STEMMED => stem.begins(b, last.start as usize, last.end as usize),
            _ => Self::long_matches(&lists.long[p.more as usize], b, span),
        }
    }

    /// Whether the phrase `p` matches `span` (as many words as it has), every word
    /// compared: the phrases a [`Flat`] does not hold ([`LONG`]).
    #[cold]
    #[inline(never)]
    fn long_matches(p: &Phrase, b: &[u8], span: &[Span]) -> bool {
        let last = span[span.len() - 1];
        p.rest.iter().zip(&span[1..]).all(|(&k, w)| w.key == k)
            && p.stem.as_ref().is_none_or(|stem| stem.begins(b, last.start as usize, last.end as usize))
    }

    /// The one-word stems the word `w` begins with (shortest first). `b` is the padded
    /// text.
    fn stems(&self, b: &[u8], w: Span, out: &mut Vec<Found>) {
        let (start, end) = (w.start as usize, w.end as usize);
        for (stem, ids) in &self.short_stems {
            if stem.begins(b, start, end) {
                out.extend(ids.iter().map(|&id| Found { start, end, id }));
            }
        }
        if end - start >= STEM_KEY {
            // One look-up with no branch but on the bucket (a probe of the open-addressed
            // table it replaced took a second step for a third of the words, mispredicted).
            let g = self.stems.get(stem_key(lower8(load8(b, start)))) as usize;
            for (stem, ids) in self.stem_groups.get(g.wrapping_sub(1)).map_or(&[][..], Vec::as_slice) {
                if stem.begins(b, start, end) {
                    out.extend(ids.iter().map(|&id| Found { start, end, id }));
                }
            }
        }
    }
}

#[cfg(test)]
mod match_tests {
    use super::*;
    use crate::test_rng::Xorshift;

    /// A word byte of a random kind: lowercase, uppercase, digit, non-ASCII.
    fn word_byte(rng: &mut Xorshift) -> u8 {
        let r = (rng.next() >> 32) as u8;
        match r % 8 {
            0..=3 => b'a' + r / 8 % 26,
            4 | 5 => b'A' + r / 8 % 26,
            6 => b'0' + r / 8 % 10,
            _ => 0x80 | (r / 8),
        }
    }

    #[test]
    fn a_stem_begins_a_word_as_the_byte_comparison_says() {
        let mut x = Xorshift::new();
        let (mut yes, mut no) = (0, 0);
        for round in 0..20_000 {
            let n = round % 25;
            let stem: Vec<u8> = (0..n).map(|_| word_byte(&mut x).to_ascii_lowercase()).collect();
            // A word that begins with the stem (in any case) for a number of its bytes,
            // then goes on with other bytes, at an offset in a padded text.
            let mut text = vec![b' '; (round / 25) % 7];
            let start = text.len();
            let same = (x.0 as usize >> 3) % (n + 2);
            for (k, &c) in stem.iter().enumerate().take(same) {
                text.push(if x.0 >> (k % 60) & 1 == 1 { c.to_ascii_uppercase() } else { c });
            }
            let extra = (x.0 as usize >> 9) % 6;
            for _ in 0..extra {
                text.push(word_byte(&mut x));
            }
            let end = text.len();
            text.push(b' ');
            text.resize(end + PADDING, 0);
            let s = Stem::new(&stem);
            let want = s.begins_plain(&text, start, end);
            assert_eq!(s.begins(&text, start, end), want, "stem {stem:?} word {:?}", &text[start..end]);
            if want {
                yes += 1;
            } else {
                no += 1;
            }
        }
        assert!(yes > 2_000 && no > 2_000, "both answers tried: {yes} {no}");
    }
}

/// The [`word_key`] of a word of `len` bytes, 1 to 16, from its first 16 bytes as
/// [`lower_word8`] lowercases them (`w1`, `w2`; bytes past the word are ignored).
#[cfg(test)]
fn key16(w1: u64, w2: u64, len: usize) -> u64 {
    if len > 8 {
        key16_long(w1, w2, len)
    } else {
        w1 & (u64::MAX >> (64 - 8 * len))
    }
}

/// The [`word_key`] of a word of 9 to 16 bytes from its first 16 bytes as [`lower_word8`]
/// lowercases them (`w1`, `w2`; bytes past the word are ignored): the reference
/// [`key16_free`] is tested against. One product: the word's last `len - 8` bytes (zeros
/// past its end; a word byte is never zero, so they say its length too) multiplied by an
/// odd constant (a bijection: two words with the same first 8 bytes never share a key) and
/// xored into its first 8. The key of a word of 8 bytes or less is its bytes, zeros past
/// its end; a longer word's key equals it, or another long word's, only by a 64-bit
/// coincidence (the trust the phrase hashes always had). It is 0 (an empty slot of the
/// word table) only by such a coincidence too, which does no harm in a look-up: an empty
/// slot's flags are 0, a word's that begins nothing (and the table asserts that no key
/// of the lexicon is 0).
#[cfg(test)]
fn key16_long(w1: u64, w2: u64, len: usize) -> u64 {
    let tail = w2 & (u64::MAX >> (64 - 8 * (len - 8)));
    w1 ^ tail.wrapping_mul(KEY16_MUL)
}

/// The odd constant of the keys of words of 9 to 16 bytes ([`key16_long`]).
const KEY16_MUL: u64 = 0x243F_6A88_85A3_08D3;

/// The [`word_key`] of a word of `len` bytes, 1 to 16, from its first 16 bytes as
/// [`lower_word8`] lowercases them (`w1`, `w2`; bytes past the word are ignored), and the
/// word's first (at most 8) bytes, zeros past its end (the stem filter's question). No
/// branch: `head ^ tail * K` with `head` the first `min(len, 8)` bytes and `tail` the next
/// `len - 8` (none for a short word, whose product is then 0: its key is its bytes, as
/// [`key16`] packs them; else [`key16_long`]). With BMI2 (when `BMI2`, which only the
/// AVX2 split sets, on processors that have it) each mask is one `bzhi`. For a longer
/// word, the values are of no use (the split's loop replaces them).
#[inline(always)]
fn key16_free<const BMI2: bool>(w1: u64, w2: u64, len: usize) -> (u64, u64) {
    #[cfg(target_arch = "x86_64")]
    if BMI2 {
        let bits = (len as u32).wrapping_mul(8);
        // SAFETY: `BMI2` is true only in `split_and_look_up_avx2`, which runs only on a
        // processor with BMI2 (checked by `has_avx2_bmi`).
        let (head, tail) = unsafe {
            use std::arch::x86_64::_bzhi_u64;
            // `bzhi` reads the low byte of the index and keeps the whole `u64` from 64 to
            // 255: the head's index, 8 len, for a `len` of 8 to 31; the tail's, 8 len - 64,
            // for a `len` of 1 to 8 too (200 to 0 mod 256), hence the select.
            (_bzhi_u64(w1, bits), _bzhi_u64(w2, bits.wrapping_sub(64)))
        };
        let tail = std::hint::select_unpredictable(len > 8, tail, 0);
        return (head ^ tail.wrapping_mul(KEY16_MUL), head);
    }
    let head = w1 & (u64::MAX >> (64 - 8 * len.clamp(1, 8)));
    let tail = w2 & ((1u128 << (8 * len.saturating_sub(8).min(8))) - 1) as u64;
    (head ^ tail.wrapping_mul(KEY16_MUL), head)
}

/// Zeros after the text in the scan's copy: the split reads 66 bytes from each block's
/// start (the block and the next one's first two; the last block starts before the end of
/// the text) and the first 16 bytes of each word.
const PADDING: usize = 128;

/// The end of a word of 64 bytes or more that goes on at least to `from` (`b`: the padded
/// text, zeros after it): the first byte from `from` that is not a word byte (the tests'
/// check of the split's bounds of long words).
#[cfg(test)]
fn long_word_end(b: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < b.len() && (b[i].is_ascii_alphanumeric() || (b[i] >= 0x80 && word_byte_non_ascii(b, i))) {
        i += 1;
    }
    i
}

/// Whether the processor has AVX2, BMI1, BMI2 and POPCNT (detected once per process: the standard
/// library caches the answer).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn has_avx2_bmi() -> bool {
    std::arch::is_x86_feature_detected!("avx2")
        && std::arch::is_x86_feature_detected!("bmi1")
        && std::arch::is_x86_feature_detected!("bmi2")
        && std::arch::is_x86_feature_detected!("popcnt")
}

/// Clears in `m` (the word bytes of the block of the padded text `b` at `base`) the
/// bits of the bytes of typographic quotes and dashes, which are not word bytes, testing
/// each non-ASCII byte (`high`).
#[cfg_attr(target_arch = "x86_64", inline(never))]
fn clear_quotes(b: &[u8], base: usize, m: &mut u64, mut high: u64) {
    while high != 0 {
        let k = high.trailing_zeros() as usize;
        if !word_byte_non_ascii(b, base + k) {
            *m &= !(1u64 << k);
        }
        high &= high - 1;
    }
}

/// The first bytes of the typographic quotes and dashes (U+2010 to U+201F, encoded E2 80
/// 90 to E2 80 9F) among bytes 0 to 63 of `w` (bytes 64 and 65 are those after them):
/// bit k for byte k. In UTF-8 text these three bytes are exactly the non-ASCII bytes that
/// are not word bytes ([`word_byte_non_ascii`]). The reference of [`quote_leads_avx2`].
#[cfg(test)]
fn quote_leads(w: &[u8; 66]) -> u64 {
    (0..64).filter(|&k| w[k] == 0xE2 && w[k + 1] == 0x80 && w[k + 2] & 0xF0 == 0x90).fold(0, |m, k| m | 1 << k)
}

/// [`quote_leads`] 32 bytes at a time: three loads at offsets 0, 1 and 2 and a compare
/// each.
///
/// # Safety
/// The processor must have AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
unsafe fn quote_leads_avx2(w: &[u8; 66]) -> u64 {
    use std::arch::x86_64::{
        __m256i, _mm256_and_si256, _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_movemask_epi8, _mm256_set1_epi8,
    };
    let mut leads = 0u64;
    for k in 0..2 {
        // SAFETY: unaligned reads of bytes 32k to 32k + 33 + 1 of the 66-byte array.
        let (v0, v1, v2) = unsafe {
            let p = w.as_ptr().add(32 * k);
            (
                _mm256_loadu_si256(p.cast::<__m256i>()),
                _mm256_loadu_si256(p.add(1).cast::<__m256i>()),
                _mm256_loadu_si256(p.add(2).cast::<__m256i>()),
            )
        };
        let lead = _mm256_cmpeq_epi8(v0, _mm256_set1_epi8(0xE2u8 as i8));
        let second = _mm256_cmpeq_epi8(v1, _mm256_set1_epi8(0x80u8 as i8));
        let third = _mm256_cmpeq_epi8(_mm256_and_si256(v2, _mm256_set1_epi8(0xF0u8 as i8)), _mm256_set1_epi8(0x90u8 as i8));
        let all = _mm256_and_si256(_mm256_and_si256(lead, second), third);
        leads |= (_mm256_movemask_epi8(all) as u32 as u64) << (32 * k);
    }
    leads
}

/// `block` with each byte below 0x80 ORed with 0x20, into `out` ([`lower_word8`] of its 8
/// bytes at a time).
#[inline(always)]
fn lower_block(block: &[u8; 64], out: &mut [u8; 64]) {
    for (o, &c) in out.iter_mut().zip(block) {
        *o = if c < 0x80 { c | 0x20 } else { c };
    }
}

/// [`lower_block`] 32 bytes at a time.
///
/// # Safety
/// The processor must have AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
unsafe fn lower_block_avx2(block: &[u8; 64], out: &mut [u8; 64]) {
    use std::arch::x86_64::{
        __m256i, _mm256_and_si256, _mm256_cmpgt_epi8, _mm256_loadu_si256, _mm256_or_si256, _mm256_set1_epi8, _mm256_storeu_si256,
    };
    for k in 0..2 {
        // SAFETY: unaligned reads and writes of bytes 32k to 32k + 31 of the 64-byte arrays.
        unsafe {
            let v = _mm256_loadu_si256(block.as_ptr().add(32 * k).cast::<__m256i>());
            // A byte below 0x80 is not negative as a signed byte: greater than -1.
            let ascii = _mm256_cmpgt_epi8(v, _mm256_set1_epi8(-1));
            let lowered = _mm256_or_si256(v, _mm256_and_si256(ascii, _mm256_set1_epi8(0x20)));
            _mm256_storeu_si256(out.as_mut_ptr().add(32 * k).cast::<__m256i>(), lowered);
        }
    }
}

/// Terminators written per block without a test of the block's count (a block of text
/// with more than four is rare): a block with more writes the rest in a loop.
const TERMS_AHEAD: usize = 4;

/// Per byte value, the indexes of its set bits, lowest first, then zeros (the table of
/// [`flatten_avx2`]).
#[cfg(target_arch = "x86_64")]
static BIT_INDEXES: [[u8; 8]; 256] = {
    let mut t = [[0u8; 8]; 256];
    let mut v = 0;
    while v < 256 {
        let (mut k, mut bit) = (0, 0);
        while bit < 8 {
            if v & (1 << bit) != 0 {
                t[v][k] = bit as u8;
                k += 1;
            }
            bit += 1;
        }
        v += 1;
    }
    t
};

/// Writes `base` plus the index of each set bit of `x`, lowest first, from `out` (and,
/// when `x` is 0, slot 0 with an offset of no bit).
///
/// # Safety
/// `out` must be valid for writes of 64 `u32`s.
#[inline(always)]
unsafe fn flatten(x: u64, base: u32, out: *mut u32) {
    let mut x = x;
    for j in 0..64 {
        // SAFETY: j < 64 (the caller's guarantee).
        unsafe { out.add(j).write(base + x.trailing_zeros()) };
        x &= x.wrapping_sub(1);
        if x == 0 {
            // Slot j + 1 onwards: nothing to write but junk.
            break;
        }
    }
}

/// [`flatten`] 8 bits at a time, with no branch: each byte of `x` looks up the indexes of
/// its bits (`BIT_INDEXES`), widens them to 8 `u32`s, adds `base` and the byte's offset
/// and stores all 8; the next byte's store starts after the bits of this one. Writes
/// slots up to the count of bits plus 8.
///
/// # Safety
/// The processor must have AVX2 and POPCNT; `out` must be valid for writes of 64 `u32`s.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,popcnt")]
#[inline]
unsafe fn flatten_avx2(x: u64, base: u32, out: *mut u32) {
    use std::arch::x86_64::{
        __m128i, __m256i, _mm256_add_epi32, _mm256_cvtepu8_epi32, _mm256_set1_epi32, _mm256_storeu_si256, _mm_loadl_epi64,
    };
    let mut at = 0usize;
    let mut offsets = _mm256_set1_epi32(base as i32);
    for c in 0..8 {
        let byte = ((x >> (8 * c)) & 0xFF) as usize;
        // SAFETY: an 8-byte read of a row of the table; the 8 `u32`s written from slot
        // `at` (the bits of the bytes before: at most 8 c) end at most at slot 8 c + 8 <= 64.
        unsafe {
            let indexes = _mm_loadl_epi64(BIT_INDEXES[byte].as_ptr().cast::<__m128i>());
            let v = _mm256_add_epi32(_mm256_cvtepu8_epi32(indexes), offsets);
            _mm256_storeu_si256(out.add(at).cast::<__m256i>(), v);
        }
        at += byte.count_ones() as usize;
        offsets = _mm256_add_epi32(offsets, _mm256_set1_epi32(8));
    }
}

/// The first pass of [`Matcher::split_and_look_up`]: classifies the padded text `b` (`n`
/// bytes of text, then at least [`PADDING`] zeros) 64 bytes at a time and writes into
/// `bounds` (from its start) the offset of each word's first byte and of the first
/// non-word byte after it, in text order (so word `i` is `bounds[2 i]..bounds[2 i + 1]`,
/// a word of any length), and appends to `terms` the offsets of the `.`, `!`, `?` and
/// newlines. Returns the number of bounds written (even: the zeros after the text end its
/// last word). `bounds` keeps its length from one text to the next.
///
/// Into `lower` (resized to the length of `b` if shorter) goes each block with its ASCII
/// bytes ORed with 0x20 ([`lower_word8`] of the whole block, which lowercases the letters
/// and leaves the other bytes of a word as they are): the second pass reads the words'
/// bytes from it (the bytes from the last block's end on are of no meaning).
#[inline(always)]
fn split_bounds<const AVX2: bool>(
    b: &[u8],
    n: usize,
    bounds: &mut Vec<u32>,
    terms: &mut Vec<usize>,
    lower: &mut Vec<u8>,
) -> usize {
    assert!(b.len() >= n + PADDING, "the text is padded");
    // At most one bound per offset 0..=n; and each block writes up to 8 slots past its
    // bounds after those before it (at most its base): below n + 64 in all.
    if bounds.len() < n + 64 {
        bounds.resize(n + 64, 0);
    }
    if lower.len() < b.len() {
        lower.resize(b.len(), 0);
    }
    let bounds_ptr = bounds.as_mut_ptr();
    // The terminators: at most one per byte of text, and `TERMS_AHEAD` more slots (a
    // block's first are written whether or not there are any).
    terms.reserve(n + TERMS_AHEAD);
    let terms_at = terms.len();
    // SAFETY: `terms_at` is within the vector's allocation (its length).
    let terms_base = unsafe { terms.as_mut_ptr().add(terms_at) };
    let mut n_terms = 0usize;
    let mut n_bounds = 0usize;
    let mut carry = 0u64;
    let mut quote_carry = 0u64;
    let mut base = 0usize;
    while base < n {
        // The block, and the next block's first two bytes (a quote at the block's end).
        let Some(window) = b.get(base..base + 66).and_then(|s| <&[u8; 66]>::try_from(s).ok()) else { break };
        let Some(block) = window.first_chunk::<64>() else { break };
        // Past the end of the text the block reads zeros, which are not word bytes.
        #[cfg(target_arch = "x86_64")]
        let (mut m, term_bits, high) = if AVX2 {
            // SAFETY: `AVX2` is true only in `split_and_look_up_avx2`, which runs only on
            // a processor with AVX2.
            unsafe { classify_avx2(block) }
        } else {
            classify(block)
        };
        #[cfg(not(target_arch = "x86_64"))]
        let (mut m, term_bits, high) = classify(block);
        // `base + 64 <= n + 63`, within `lower` (as long as `b`, n + PADDING at least).
        if let Some(out) = lower.get_mut(base..base + 64).and_then(|s| <&mut [u8; 64]>::try_from(s).ok()) {
            #[cfg(target_arch = "x86_64")]
            if AVX2 {
                // SAFETY: as above.
                unsafe { lower_block_avx2(block, out) };
            } else {
                lower_block(block, out);
            }
            #[cfg(not(target_arch = "x86_64"))]
            lower_block(block, out);
        }
        // Typographic quotes and dashes are not word bytes.
        #[cfg(target_arch = "x86_64")]
        if AVX2 {
            // Their three bytes (E2 80 9x, found by their first) are cleared with no
            // branch but the one on non-ASCII bytes; those of one whose first byte was at
            // the end of the block before are `quote_carry`.
            // SAFETY: as above.
            let leads = if high != 0 { unsafe { quote_leads_avx2(window) } } else { 0 };
            m &= !(leads | leads << 1 | leads << 2 | quote_carry);
            quote_carry = leads >> 62 | leads >> 63;
        } else {
            clear_quotes(b, base, &mut m, high);
        }
        #[cfg(not(target_arch = "x86_64"))]
        clear_quotes(b, base, &mut m, high);
        // Most blocks hold no terminator or one, a few two to four (sentences run over a
        // hundred bytes or more; "...", "U.S.", a new paragraph): the first four are written
        // whether or not there are any, and kept by the count, so only a block with five or
        // more branches on it.
        let mut p = term_bits;
        // SAFETY: `n_terms` is the number of terminators at offsets below `base` (at most
        // `base`), so slots `n_terms` to `n_terms + 3` are below `base + 4 <= n + 3`, and
        // the loop's slots are below the number of terminators of the text (at most `n`):
        // all within the room reserved after the vector's length.
        unsafe {
            for j in 0..TERMS_AHEAD {
                terms_base.add(n_terms + j).write(base + p.trailing_zeros() as usize);
                p &= p.wrapping_sub(1);
            }
            let mut j = n_terms + TERMS_AHEAD;
            while p != 0 {
                terms_base.add(j).write(base + p.trailing_zeros() as usize);
                p &= p - 1;
                j += 1;
            }
        }
        n_terms += term_bits.count_ones() as usize;
        // The bounds: a bit of `m` that differs from the one before it (the block
        // before's last bit is `carry`).
        let x = m ^ ((m << 1) | carry);
        carry = m >> 63;
        let count = x.count_ones() as usize;
        // SAFETY: `n_bounds` is the number of bounds at offsets below `base` (at most
        // `base`), so the slots written here, below `n_bounds + 64`, are below
        // `base + 64 <= n + 63`, within `bounds` (length n + 64 at least).
        #[cfg(target_arch = "x86_64")]
        if AVX2 {
            // SAFETY: as above, and `AVX2` is true only in `split_and_look_up_avx2`, which
            // runs only on a processor with AVX2 and POPCNT.
            unsafe { flatten_avx2(x, base as u32, bounds_ptr.add(n_bounds)) };
        } else {
            unsafe { flatten(x, base as u32, bounds_ptr.add(n_bounds)) };
        }
        #[cfg(not(target_arch = "x86_64"))]
        unsafe {
            flatten(x, base as u32, bounds_ptr.add(n_bounds))
        };
        n_bounds += count;
        base += 64;
    }
    // A word that runs to the end of the last block ends there (at `n`: the loop ended
    // with `base >= n`, and byte `base - 1` is a word byte of the text).
    if carry != 0 {
        if let Some(slot) = bounds.get_mut(n_bounds) {
            *slot = base as u32;
            n_bounds += 1;
        }
    }
    // SAFETY: the first `n_terms` slots after the length were written (each write was
    // in the reserved room, which holds every terminator of the text).
    debug_assert!(n_terms <= n);
    unsafe { terms.set_len(terms_at + n_terms) };
    n_bounds
}

/// What the split's word loop reads of the matcher, in locals: the two filters, the word
/// table's buckets and shift.
#[derive(Clone, Copy)]
struct LoopTables<'a> {
    filters: &'a [Bits; 2],
    buckets: *const Bucket,
    shift: u32,
}

/// The state the split's word loop carries from one word to the next: the flags of the
/// word before (its fate waits on this word's key: [`look_up_word`]) and its key's
/// [`spread`], and the slot of the next candidate.
struct LoopState {
    pending: u32,
    before: u64,
    next_cand: *mut (u32, u32),
}

/// One word of the split's second pass ([`Matcher::split_and_look_up_in`]): word `i`,
/// `start..end` of the lowered text `lower`: its key into `words_ptr[i]`, and word `i - 1`
/// written as a candidate at `state.next_cand`, kept (the pointer moved on) if it is one.
///
/// # Safety
/// `lower` has 16 bytes from `start`; `words_ptr` is valid for writes of `i + 1` spans;
/// `state.next_cand` is slot `c <= i` of a buffer of at least `i + 1` slots; `tables.buckets`
/// points to `2^(64 - tables.shift)` buckets (those of `m.table`); with `AVX2`, the
/// processor has BMI2.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
unsafe fn look_up_word<const AVX2: bool>(
    lower: &[u8],
    start: usize,
    end: usize,
    i: usize,
    words_ptr: *mut Span,
    state: &mut LoopState,
    tables: LoopTables<'_>,
    m: &Matcher,
) {
    let len = end - start;
    // SAFETY: the caller's (16 bytes from `start`).
    let (w1, w2) = unsafe {
        let p = lower.as_ptr().add(start);
        (p.cast::<u64>().read_unaligned(), p.add(8).cast::<u64>().read_unaligned())
    };
    // The key of a word of at most 16 bytes without a branch (one word in eight or so is
    // longer than 8 bytes: a branch on it was mispredicted ~40 times a document). `pre`:
    // the word's first (at most 8) bytes, zeros past its end: the stem filter's question
    // below.
    let (mut key, mut pre) = key16_free::<AVX2>(w1, w2, len);
    if len > 16 {
        // (It lowercases the bytes it reads again, which leaves them as they are.)
        key = long_word_key(lower, start, end, w1);
        pre = w1;
    }
    // A word of the table carries its stem flag, worked out when the table was built
    // (`set_stem_flags`) from the stem filter: asking the filter for every word gives a
    // word of the table the flag it has, and the others theirs. A word of fewer than four
    // bytes is asked by its bytes and zeros, which begin no stem: the filter may still say
    // yes (its bits are shared), and the candidate is then tried for stems in vain
    // (`stems` tests the length), as for any false yes of the filter; no test of the
    // length here. (Asked here, so that `pre` is not kept through the look-up.)
    let stem = filter_bit(&tables.filters[PREFIXES], stem_prefix_key(pre)) << 28;
    // SAFETY: the caller's (`i + 1` spans).
    unsafe { words_ptr.add(i).write(Span { start: start as u32, end: end as u32, key }) };
    // The word before is a candidate if it may begin a match alone, a stem, or (its flags
    // and the pair filter on the two keys say so) a phrase going on with this word. No
    // branch on the data: every test is worked into flags.
    let h = spread(key);
    let pending = state.pending;
    // The filter's bit moved to PAIR's place, kept by MULTI (the bit above it).
    let flags = pending | (filter_bit(&tables.filters[PAIRS], pair_slot_spread(state.before, h)) << 29 & pending >> 1);
    // SAFETY: the caller's: `next_cand` is slot `c <= i` of a buffer of `i + 1` slots at
    // least; it moves on by 0 or 1.
    unsafe {
        state.next_cand.write(((i as u32).wrapping_sub(1), flags));
        state.next_cand = state.next_cand.add(usize::from(flags & (ALONE | PAIR | STEM) != 0));
    }
    // SAFETY: `h >> shift` < 2^(64 - shift), the number of buckets (the caller's).
    let bk = unsafe { &*tables.buckets.add((h >> tables.shift) as usize) };
    // `WordTable::get_spread`'s compare, written out: through one inline helper shared with
    // it, this loop measured +237 instructions and +2 simulated mispredicts a document.
    let first = std::hint::select_unpredictable(bk.keys[0] == key, bk.infos[0], 0);
    let second = std::hint::select_unpredictable(bk.keys[1] == key, bk.infos[1], 0);
    let mut info = first | second;
    // One branch (rarely taken): a marked bucket that does not hold the key in a slot.
    if bk.spill != 0 && info == 0 {
        info = m.table.get_spilled(key);
    }
    state.pending = info | stem;
    state.before = h;
}

/// The low 64 bits of each `u64` lane of `a` times `k` (AVX2 has no 64-bit product:
/// three of 32 by 32 bits).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn mul64_avx2(a: std::arch::x86_64::__m256i, k: u64) -> std::arch::x86_64::__m256i {
    use std::arch::x86_64::{_mm256_add_epi64, _mm256_mul_epu32, _mm256_set1_epi64x, _mm256_slli_epi64, _mm256_srli_epi64};
    let lo = _mm256_set1_epi64x((k & 0xFFFF_FFFF) as i64);
    let hi = _mm256_set1_epi64x((k >> 32) as i64);
    let cross = _mm256_add_epi64(_mm256_mul_epu32(_mm256_srli_epi64::<32>(a), lo), _mm256_mul_epu32(a, hi));
    _mm256_add_epi64(_mm256_mul_epu32(a, lo), _mm256_slli_epi64::<32>(cross))
}

/// The `u64`s of `table` at the four lanes of `at` (a gather by scalar loads: with
/// `vpgatherqq` for these and the words' and buckets' loads the loop was 7% slower than
/// the scalar one on Zen 3, by simultaneous runs).
///
/// # Safety
/// Each lane of `at` is an index into `table`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
unsafe fn lanes_of(table: *const i64, at: std::arch::x86_64::__m256i) -> std::arch::x86_64::__m256i {
    use std::arch::x86_64::{__m256i, _mm256_setr_epi64x, _mm256_storeu_si256};
    let mut k = [0u64; 4];
    // SAFETY: a store to a local array of 32 bytes, and the caller's indexes.
    unsafe {
        _mm256_storeu_si256(k.as_mut_ptr().cast::<__m256i>(), at);
        _mm256_setr_epi64x(
            *table.add(k[0] as usize),
            *table.add(k[1] as usize),
            *table.add(k[2] as usize),
            *table.add(k[3] as usize),
        )
    }
}

/// Per 4-bit mask of the candidates kept of four, the `u32` lanes that move them (two
/// each: a candidate is a `(u32, u32)`) to the front, in order (`vpermd`'s operand).
#[cfg(target_arch = "x86_64")]
static CAND_ORDER: [[u32; 8]; 16] = {
    let mut t = [[0u32; 8]; 16];
    let mut m = 0;
    while m < 16 {
        let (mut k, mut lane) = (0, 0);
        while lane < 4 {
            if m & (1 << lane) != 0 {
                t[m][2 * k] = 2 * lane as u32;
                t[m][2 * k + 1] = 2 * lane as u32 + 1;
                k += 1;
            }
            lane += 1;
        }
        m += 1;
    }
    t
};

impl Matcher {
    /// Splits the padded text `b` (`n` bytes of text, then at least [`PADDING`] bytes of zeros)
    /// into words, 64 bytes at a time ([`split_bounds`]), then looks each word up: into
    /// `buf` the words (with their [`word_key`]s),
    /// the offsets of the `.`, `!`, `?` and newlines, and the candidates: the words that
    /// may begin something, a word that begins phrases of several words only if the next
    /// word may be their second.
    ///
    /// On x86_64 processors with AVX2 (detected at run time, once per process: the answer
    /// is cached by the standard library) the blocks are classified 32 bytes at a time
    /// ([`classify_avx2`]); the result is the same (the classifiers are tested against the
    /// scalar one, and the two splits against each other).
    #[inline(never)]
    fn split_and_look_up(&self, b: &[u8], n: usize, buf: &mut Buffers) {
        #[cfg(target_arch = "x86_64")]
        if has_avx2_bmi() {
            // SAFETY: the processor has AVX2, BMI1, BMI2 and POPCNT (just checked), the requirement
            // of `split_and_look_up_avx2`.
            return unsafe { self.split_and_look_up_avx2(b, n, buf) };
        }
        self.split_and_look_up_in::<false>(b, n, buf)
    }

    /// [`Matcher::split_and_look_up`] compiled for AVX2, with the AVX2 classifier inlined
    /// (and BMI1, BMI2 and POPCNT, which every AVX2 processor has but which are tested too:
    /// the bit loops take fewer instructions with them).
    ///
    /// # Safety
    /// The processor must have AVX2, BMI1, BMI2 and POPCNT.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,bmi1,bmi2,popcnt")]
    unsafe fn split_and_look_up_avx2(&self, b: &[u8], n: usize, buf: &mut Buffers) {
        self.split_and_look_up_in::<true>(b, n, buf)
    }

    /// The body of [`Matcher::split_and_look_up`]: blocks classified by [`classify_avx2`]
    /// when `AVX2` (only instantiated so from `split_and_look_up_avx2`), else by
    /// [`classify`].
    ///
    /// Two passes (simdjson's "structural indexes"). The first classifies each block of
    /// 64 bytes and writes the offsets of its word bounds (a word's first byte, and the
    /// first non-word byte after a word) into `buf.bounds` as a flat list: word `i` is
    /// `bounds[2 i]..bounds[2 i + 1]`, however many blocks it spans. The second runs once
    /// over the words: key, look-up, flags and candidate, with one loop exit (at the
    /// last word) where a loop per block exited at a count no predictor knows.
    #[inline(always)]
    fn split_and_look_up_in<const AVX2: bool>(&self, b: &[u8], n: usize, buf: &mut Buffers) {
        // A text of n bytes has at most (n + 1) / 2 words (each but the last is followed by
        // a non-word byte). They and the candidates are written through pointers into
        // buffers that long (sized here), which spares the capacity and bounds tests of
        // each write and keeps the loop's state in registers (a candidate is written at
        // every word and kept by adding 0 or 1 to the count); the vectors keep their length
        // from one text to the next (so only their growth is written with zeros).
        let most = n / 2 + 1;
        if buf.words.len() < most {
            buf.words.resize(most, Span { start: 0, end: 0, key: 0 });
        }
        if buf.cands.len() < most + 1 {
            buf.cands.resize(most + 1, (0, 0));
        }
        // The padding: every block, and the first 16 bytes of every word, are read without
        // a test for the end of the text.
        assert!(b.len() >= n + PADDING, "the text is padded");
        let n_bounds = split_bounds::<AVX2>(b, n, &mut buf.bounds, &mut buf.terms, &mut buf.lower);
        // The text with its ASCII bytes ORed with 0x20: a word's bytes as `lower_word8`
        // gives them.
        let lower = &buf.lower[..];
        assert!(lower.len() >= n + PADDING, "the lowered text is padded");
        // Every word has its end (the padding's zeros end the last one).
        debug_assert!(n_bounds.is_multiple_of(2));
        let n_words = (n_bounds / 2).min(most);
        let words_ptr = buf.words.as_mut_ptr();
        let cands_ptr = buf.cands.as_mut_ptr();
        let tables = LoopTables { filters: &self.filters, buckets: self.table.buckets.as_ptr(), shift: self.table.shift };
        // `WordTable::get_spread`'s bucket index is below this length for any key.
        assert_eq!(self.table.buckets.len() as u64, 1u64 << (64 - tables.shift), "the word table's size");
        // The state of the loop: the flags of the word before (its fate waits on the next
        // word's key) and its key's `spread`, the next candidate's slot.
        let mut state = LoopState { pending: 0, before: 0, next_cand: cands_ptr };
        let bounds = &buf.bounds[..2 * n_words];
        // Word `i` by its index (one induction variable for the bounds, the words and the
        // candidates' word index; an iterator over the pairs kept a second counter, on the
        // stack).
        #[allow(unused_mut)]
        let mut i = 0usize;
        #[cfg(target_arch = "x86_64")]
        if AVX2 {
            // SAFETY: `AVX2` is true only in `split_and_look_up_avx2`, which runs only on a
            // processor with AVX2, BMI1, BMI2 and POPCNT; `lower` holds `n + PADDING` bytes
            // and every word starts below `n`; `buf.words` holds `most >= n_words` spans and
            // `buf.cands` `most + 1` slots, and no candidate was written yet.
            i = unsafe { self.look_up_by_four(lower, bounds, words_ptr, &mut state, tables) };
        }
        while let Some(pair) = bounds.get(2 * i..2 * i + 2) {
            // SAFETY: as the loop's: `i < n_words <= most`, the word starts below `n`, and
            // `state.next_cand` is at most slot `i` of `buf.cands`.
            unsafe { look_up_word::<AVX2>(lower, pair[0] as usize, pair[1] as usize, i, words_ptr, &mut state, tables, self) };
            i += 1;
        }
        let LoopState { pending, next_cand, .. } = state;
        // SAFETY: `next_cand` moved on from `cands_ptr` within `buf.cands`.
        let mut n_cands = unsafe { next_cand.offset_from(cands_ptr) } as usize;
        // The last word: no word follows it.
        if n_words > 0 && pending & (ALONE | STEM) != 0 {
            if let Some(c) = buf.cands.get_mut(n_cands) {
                *c = (n_words as u32 - 1, pending);
                n_cands += 1;
            }
        }
        buf.n_words = n_words;
        buf.n_cands = n_cands;
        if !self.short_stems.is_empty() {
            self.every_word_a_candidate(buf);
        }
    }
    /// The split's second pass four words at a time (`bounds`: the words' bounds, two per
    /// word), from the first word, up to the last group of four: each lane does what
    /// [`look_up_word`] does for one word (the key by variable shifts, the filters' words
    /// and the buckets by scalar loads into lanes, the candidates kept moved to the front by
    /// a table of permutations and stored at once), and the word before a lane is the lane
    /// before (the last lane carried to the next group). A group with a word of more than
    /// 16 bytes or a bucket that spilled (rare) is done again word by word by
    /// [`look_up_word`]. Returns the index of the first word not done (the rest, fewer than
    /// four, are the caller's), `state` as [`look_up_word`] leaves it.
    ///
    /// # Safety
    /// The processor must have AVX2, BMI1, BMI2 and POPCNT; `lower` has 16 bytes from each
    /// word's start; `words_ptr` is valid for writes of `bounds.len() / 2` spans;
    /// `state.next_cand` is slot 0 of a buffer of `bounds.len() / 2 + 1` slots;
    /// `tables.buckets` points to `2^(64 - tables.shift)` buckets (those of `self.table`).
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,bmi1,bmi2,popcnt")]
    #[inline]
    unsafe fn look_up_by_four(
        &self,
        lower: &[u8],
        bounds: &[u32],
        words_ptr: *mut Span,
        state: &mut LoopState,
        tables: LoopTables<'_>,
    ) -> usize {
        use std::arch::x86_64::{
            __m128i, __m256i, _mm256_add_epi32, _mm256_and_si256, _mm256_andnot_si256, _mm256_blend_epi32,
            _mm256_castsi128_si256, _mm256_castsi256_pd, _mm256_castsi256_si128, _mm256_cmpeq_epi64, _mm256_cmpgt_epi64,
            _mm256_inserti128_si256, _mm256_loadu_si256, _mm256_movemask_pd, _mm256_mul_epu32, _mm256_or_si256,
            _mm256_permute2x128_si256, _mm256_permute4x64_epi64, _mm256_permutevar8x32_epi32, _mm256_set1_epi64x,
            _mm256_setr_epi64x, _mm256_setzero_si256, _mm256_slli_epi64, _mm256_sllv_epi64, _mm256_srl_epi64, _mm256_srli_epi64,
            _mm256_srlv_epi64, _mm256_storeu_si256, _mm256_sub_epi64, _mm256_testz_si256, _mm256_unpackhi_epi64,
            _mm256_unpacklo_epi64, _mm256_xor_si256, _mm_cvtsi128_si32, _mm_cvtsi128_si64, _mm_cvtsi32_si128, _mm_load_si128,
            _mm_loadu_si128,
        };
        // Lanes 3, 0, 1, 2: each lane gets the one before it, lane 0 the group before's
        // last (blended in from the carry).
        const BEFORE: i32 = 0b10_01_00_11;
        let n_words = bounds.len() / 2;
        let ones = _mm256_set1_epi64x(-1);
        let low32 = _mm256_set1_epi64x(0xFFFF_FFFF);
        let bit_of_word = _mm256_set1_epi64x(63);
        let one = _mm256_set1_epi64x(1);
        let sixteen = _mm256_set1_epi64x(16);
        let bits_128 = _mm256_set1_epi64x(128);
        let stem_mul = _mm256_set1_epi64x(0x9E37_79B1);
        let cand_flags = _mm256_set1_epi64x(i64::from(ALONE | PAIR | STEM));
        let four = _mm256_set1_epi64x(4);
        let shift = _mm_cvtsi32_si128(tables.shift as i32);
        let lower_ptr = lower.as_ptr();
        let pairs = tables.filters[PAIRS].as_ptr().cast::<i64>();
        let prefixes = tables.filters[PREFIXES].as_ptr().cast::<i64>();
        let buckets = tables.buckets.cast::<u8>();
        // Lane 0 of each: the word before the group's spread and flags.
        let mut carry_h = _mm256_set1_epi64x(state.before as i64);
        let mut carry_pending = _mm256_set1_epi64x(i64::from(state.pending));
        // The candidates' word indexes (the word before each lane), in the low `u32` of
        // each lane; added to as `u32`s (the first is u32::MAX, as `look_up_word` writes it).
        let mut index = _mm256_setr_epi64x(0xFFFF_FFFF, 0, 1, 2);
        let mut next_cand = state.next_cand;
        let mut i = 0;
        while i + 4 <= n_words {
            // SAFETY: bounds 2 i to 2 i + 7 are in `bounds` (i + 4 <= n_words); each lane is
            // a word's start and end, as a `Span` begins.
            let se = unsafe { _mm256_loadu_si256(bounds.as_ptr().add(2 * i).cast::<__m256i>()) };
            let start = _mm256_and_si256(se, low32);
            let len = _mm256_sub_epi64(_mm256_srli_epi64::<32>(se), start);
            // Each word's first 16 bytes: words 0 and 2 in one register, 1 and 3 in another,
            // then their first and second halves.
            // SAFETY: the caller's: 16 bytes of `lower` from each word's start; bounds 2 i
            // to 2 i + 7 are in `bounds`.
            let (w1, w2) = unsafe {
                let at = |k: usize| lower_ptr.add(*bounds.get_unchecked(2 * (i + k)) as usize).cast::<__m128i>();
                let w02 = _mm256_inserti128_si256::<1>(_mm256_castsi128_si256(_mm_loadu_si128(at(0))), _mm_loadu_si128(at(2)));
                let w13 = _mm256_inserti128_si256::<1>(_mm256_castsi128_si256(_mm_loadu_si128(at(1))), _mm_loadu_si128(at(3)));
                (_mm256_unpacklo_epi64(w02, w13), _mm256_unpackhi_epi64(w02, w13))
            };
            // `key16_free`: `head`, the first min(len, 8) bytes (a shift of 64 or more
            // gives 0: the mask keeps all), `tail` the next len - 8 (a shift of 128 - 8 len
            // of 64 or more, for a word of 8 bytes or less, keeps none). A word of more than
            // 16 bytes gets a key of no use: its group is done again below.
            let bits = _mm256_slli_epi64::<3>(len);
            let head = _mm256_andnot_si256(_mm256_sllv_epi64(ones, bits), w1);
            let tail = _mm256_and_si256(_mm256_srlv_epi64(ones, _mm256_sub_epi64(bits_128, bits)), w2);
            let key = _mm256_xor_si256(head, mul64_avx2(tail, KEY16_MUL));
            // The stem filter's bit (`stem_prefix_key` of `head`: the low 32 bits of the
            // product, their top 16).
            let prefix = _mm256_srli_epi64::<48>(_mm256_slli_epi64::<32>(_mm256_mul_epu32(head, stem_mul)));
            // SAFETY: `prefix >> 6` < 2^10, a word of the filter.
            let prefix_word = unsafe { lanes_of(prefixes, _mm256_srli_epi64::<6>(prefix)) };
            let stem = _mm256_slli_epi64::<28>(_mm256_and_si256(
                _mm256_srlv_epi64(prefix_word, _mm256_and_si256(prefix, bit_of_word)),
                one,
            ));
            let h = mul64_avx2(key, 0x9E37_79B9_7F4A_7C15);
            let h_rot = _mm256_permute4x64_epi64::<BEFORE>(h);
            let before = _mm256_blend_epi32::<0b11>(h_rot, carry_h);
            // `pair_slot_spread(before, h)`: the top 16 bits of `before.rotate_left(17) ^ h`.
            let rotated = _mm256_or_si256(_mm256_slli_epi64::<17>(before), _mm256_srli_epi64::<47>(before));
            let pair = _mm256_srli_epi64::<48>(_mm256_xor_si256(rotated, h));
            // SAFETY: `pair >> 6` < 2^10, a word of the filter.
            let pair_word = unsafe { lanes_of(pairs, _mm256_srli_epi64::<6>(pair)) };
            let pair_bit = _mm256_and_si256(_mm256_srlv_epi64(pair_word, _mm256_and_si256(pair, bit_of_word)), one);
            // The four buckets (32 bytes each: the byte offset is the index times 32), then
            // their first keys in one register, their second keys, infos and spill flags in
            // the others.
            let at = _mm256_slli_epi64::<5>(_mm256_srl_epi64(h, shift));
            // SAFETY: `h >> shift` < 2^(64 - shift), the number of buckets (the caller's).
            let (keys0, keys1, infos, spill) = unsafe {
                let mut offsets = [0u64; 4];
                _mm256_storeu_si256(offsets.as_mut_ptr().cast::<__m256i>(), at);
                // Half `h` (the keys, or the infos and the spill flag) of buckets `k` and `k + 2`.
                let halves = |k: usize, h: usize| {
                    let half = |k: usize| _mm_load_si128(buckets.add(offsets[k] as usize + 16 * h).cast::<__m128i>());
                    _mm256_inserti128_si256::<1>(_mm256_castsi128_si256(half(k)), half(k + 2))
                };
                let (keys02, keys13) = (halves(0, 0), halves(1, 0));
                let (infos02, infos13) = (halves(0, 1), halves(1, 1));
                (
                    _mm256_unpacklo_epi64(keys02, keys13),
                    _mm256_unpackhi_epi64(keys02, keys13),
                    _mm256_unpacklo_epi64(infos02, infos13),
                    _mm256_unpackhi_epi64(infos02, infos13),
                )
            };
            let (in0, in1) = (_mm256_cmpeq_epi64(keys0, key), _mm256_cmpeq_epi64(keys1, key));
            let first = _mm256_and_si256(_mm256_and_si256(in0, infos), low32);
            let second = _mm256_srli_epi64::<32>(_mm256_and_si256(in1, infos));
            let info = _mm256_or_si256(first, second);
            // A long word, or a word not in the slots of a spilled bucket, in the group:
            // word by word (rare).
            let missed = _mm256_andnot_si256(_mm256_or_si256(in0, in1), spill);
            let odd = _mm256_or_si256(missed, _mm256_cmpgt_epi64(len, sixteen));
            if _mm256_testz_si256(odd, odd) == 0 {
                state.pending = _mm_cvtsi128_si32(_mm256_castsi256_si128(carry_pending)) as u32;
                state.before = _mm_cvtsi128_si64(_mm256_castsi256_si128(carry_h)) as u64;
                state.next_cand = next_cand;
                for k in i..i + 4 {
                    // SAFETY: the caller's, for every word (`next_cand` is at most slot k).
                    unsafe {
                        look_up_word::<true>(
                            lower,
                            bounds[2 * k] as usize,
                            bounds[2 * k + 1] as usize,
                            k,
                            words_ptr,
                            state,
                            tables,
                            self,
                        )
                    };
                }
                next_cand = state.next_cand;
                carry_h = _mm256_set1_epi64x(state.before as i64);
                carry_pending = _mm256_set1_epi64x(i64::from(state.pending));
                index = _mm256_add_epi32(index, four);
                i += 4;
                continue;
            }
            let pending = _mm256_or_si256(info, stem);
            let pending_rot = _mm256_permute4x64_epi64::<BEFORE>(pending);
            let pending_before = _mm256_blend_epi32::<0b11>(pending_rot, carry_pending);
            let flags = _mm256_or_si256(
                pending_before,
                _mm256_and_si256(_mm256_slli_epi64::<29>(pair_bit), _mm256_srli_epi64::<1>(pending_before)),
            );
            let cands = _mm256_or_si256(index, _mm256_slli_epi64::<32>(flags));
            let none = _mm256_cmpeq_epi64(_mm256_and_si256(flags, cand_flags), _mm256_setzero_si256());
            let keep = (_mm256_movemask_pd(_mm256_castsi256_pd(none)) ^ 0xF) as usize;
            // SAFETY: `next_cand` is slot c <= i of the candidates (at most one per word
            // before), so slots c to c + 3 are below i + 4 <= n_words + 1, within the
            // buffer (the caller's); the words' slots i to i + 3 too.
            unsafe {
                let order = _mm256_loadu_si256(CAND_ORDER[keep & 15].as_ptr().cast::<__m256i>());
                _mm256_storeu_si256(next_cand.cast::<__m256i>(), _mm256_permutevar8x32_epi32(cands, order));
                next_cand = next_cand.add(keep.count_ones() as usize);
                let even = _mm256_unpacklo_epi64(se, key);
                let odd = _mm256_unpackhi_epi64(se, key);
                _mm256_storeu_si256(words_ptr.add(i).cast::<__m256i>(), _mm256_permute2x128_si256::<0x20>(even, odd));
                _mm256_storeu_si256(words_ptr.add(i + 2).cast::<__m256i>(), _mm256_permute2x128_si256::<0x31>(even, odd));
            }
            carry_h = h_rot;
            carry_pending = pending_rot;
            index = _mm256_add_epi32(index, four);
            i += 4;
        }
        state.pending = _mm_cvtsi128_si32(_mm256_castsi256_si128(carry_pending)) as u32;
        state.before = _mm_cvtsi128_si64(_mm256_castsi256_si128(carry_h)) as u64;
        state.next_cand = next_cand;
        i
    }

    /// The candidates when some one-word stem is shorter than [`STEM_KEY`] bytes (none in
    /// the bundled lexicon): such a stem may begin any word, so every word is a candidate
    /// (with the [`STEM`] flag; a phrase of several words needs the pair filter's yes, as
    /// in the split's look-up). Kept out of the split's loop, which it would slow down.
    #[cold]
    fn every_word_a_candidate(&self, buf: &mut Buffers) {
        let words = &buf.words[..buf.n_words.min(buf.words.len())];
        buf.cands.clear();
        for (i, w) in words.iter().enumerate() {
            let mut flags = self.table.get(w.key) | STEM;
            if flags & MULTI != 0 && words.get(i + 1).is_some_and(|next| bit(&self.filters[PAIRS], pair_slot(w.key, next.key))) {
                flags |= PAIR;
            }
            buf.cands.push((i as u32, flags));
        }
        buf.n_cands = buf.cands.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_rng::Xorshift;

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
        assert_eq!(
            found(&m, "A Telephone Dating Line, then dating."),
            vec![("Telephone Dating Line".to_string(), 2), ("dating".to_string(), 1)]
        );
        assert_eq!(
            found(&m, "He ADVERTISED; sent text messages"),
            vec![("ADVERTISED".to_string(), 3), ("text messages".to_string(), 4)]
        );
        // A stem needs its whole beginning; words need whole words.
        assert!(found(&m, "advert datings").is_empty());
    }

    #[test]
    fn the_phrases_by_second_word_are_those_of_all_in_its_order() {
        let lex = crate::Lexicon::bundled().expect("bundled lexicon");
        let m = &lex.matcher;
        let mut groups = 0;
        for (e, &(first, _, _)) in m.entries.iter().zip(&m.entry_words) {
            assert_eq!(e.seconds.len(), e.by_second.len());
            // The pair table names each second word's group (numbered from 1), as the
            // binary search of `seconds` does.
            for (g, &k) in e.seconds.iter().enumerate() {
                assert_eq!(m.pair_groups.get(pair_key(first, k)), g as u32 + 1);
            }
            assert!(e.seconds.windows(2).all(|w| w[0] < w[1]));
            let mut seconds: Vec<u64> = e.all.iter().filter_map(|p| p.rest.first().copied()).collect();
            seconds.sort_unstable();
            seconds.dedup();
            assert_eq!(seconds, e.seconds);
            for (&k, group) in e.seconds.iter().zip(&e.by_second) {
                let want = e.all.iter().filter(|p| p.rest.first().is_none_or(|&f| f == k));
                let key = |p: &Phrase| (p.id, p.words, p.rest.clone(), p.stem.as_ref().map(|s| s.bytes.clone()));
                assert!(group.iter().map(key).eq(want.map(key)));
                groups += 1;
            }
        }
        assert!(groups > 100, "{groups}");
    }

    /// What `match_words` compares of a phrase: (id, words, key of a whole third word,
    /// stem, whole words, when checked whole).
    type Compared = (u32, u32, Option<u64>, Option<Vec<u8>>, Option<Vec<u64>>);

    fn compared(p: &Phrase, whole: bool) -> Compared {
        (p.id, p.words, p.rest.get(1).copied(), p.stem.as_ref().map(|s| s.bytes.clone()), whole.then(|| p.rest.clone()))
    }

    /// The phrases of a list of [`Flat`]s, read back.
    fn read_back(l: &Lists, list: Range) -> Vec<Compared> {
        let flats = &l.flats[list.start as usize..(list.start + list.len) as usize];
        flats
            .iter()
            .map(|f| {
                if f.kind == LONG {
                    return compared(&l.long[f.more as usize], true);
                }
                let third = (f.third_mask != 0).then_some(f.third);
                (f.id, f.words, third, (f.kind == STEMMED).then(|| l.stems[f.more as usize].bytes.clone()), None)
            })
            .collect()
    }

    #[test]
    fn the_flat_lists_hold_the_entries_phrases_in_their_order() {
        let lex = crate::Lexicon::bundled().expect("bundled lexicon");
        let m = &lex.matcher;
        let l = m.lists.get_or_init(|| Lists::new(&m.entries));
        assert_eq!(l.heads.len(), m.entries.len() + 1);
        let long = |p: &Phrase| p.rest.len() > 2;
        for (e, h) in m.entries.iter().zip(&l.heads) {
            assert_eq!(read_back(l, h.no_pair), e.no_pair.iter().map(|p| compared(p, long(p))).collect::<Vec<_>>());
            assert_eq!(h.n_groups as usize, e.by_second.len());
            for (g, group) in e.by_second.iter().enumerate() {
                let flat = l.groups[h.groups as usize + g];
                assert_eq!(flat.second, e.seconds[g]);
                assert_eq!(read_back(l, flat.list), group.iter().map(|p| compared(p, long(p))).collect::<Vec<_>>());
            }
        }
        // The last head is of no list.
        assert_eq!((l.heads[m.entries.len()].no_pair.len, l.heads[m.entries.len()].n_groups), (0, 0));
        assert!(l.tlds[m.entries.len()].is_none());
        assert!(!l.long.is_empty() && !l.stems.is_empty());
    }

    #[test]
    fn the_block_classifier_agrees_with_the_scalar_one_on_every_byte() {
        for c in 0..=255u8 {
            let mut block = [b' '; 64];
            for k in [0, 15, 16, 31, 32, 47, 48, 63] {
                block[k] = c;
            }
            assert_eq!(classify(&block), classify_scalar(&block), "byte {c:#04x}");
            assert_eq!(classify_avx2_or_scalar(&block), classify_scalar(&block), "AVX2, byte {c:#04x}");
        }
    }

    /// [`classify_avx2`] where the processor has AVX2, else the scalar classifier (so the
    /// tests compare nothing on processors without it: they still pass, and the scalar
    /// split is what runs there).
    fn classify_avx2_or_scalar(block: &[u8; 64]) -> (u64, u64, u64) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: AVX2 was just detected.
            return unsafe { classify_avx2(block) };
        }
        classify_scalar(block)
    }

    /// The words (with the keys the split gives), terminators and candidates of the split
    /// and look-up the scan runs (`plain`: without AVX2, the SSE2 or scalar classifier).
    fn split(m: &Matcher, text: &str, plain: bool) -> (Vec<Span>, Vec<usize>, Vec<(u32, u32)>) {
        let mut b = text.as_bytes().to_vec();
        b.resize(text.len() + PADDING, 0);
        let mut buf = Buffers::default();
        if plain {
            m.split_and_look_up_in::<false>(&b, text.len(), &mut buf);
        } else {
            m.split_and_look_up(&b, text.len(), &mut buf);
        }
        let cands = buf.cands[..buf.n_cands].to_vec();
        (buf.words().to_vec(), buf.terms, cands)
    }

    /// The candidates of the words `words` (keys given), the slow, obvious way: a word
    /// whose flags are not 0 waits for the next word, then is a candidate if it may begin a
    /// match alone, a stem, or (the pair filter says so) a phrase going on with the next.
    fn look_up_reference(m: &Matcher, text: &str, words: &[Span]) -> Vec<(u32, u32)> {
        let any_stem = if m.short_stems.is_empty() { 0 } else { STEM };
        let mut cands = Vec::new();
        let mut pending: Option<(usize, u32, u64)> = None;
        for (i, w) in words.iter().enumerate() {
            if let Some((j, mut flags, before)) = pending.take() {
                if flags & MULTI != 0 && bit(&m.filters[PAIRS], pair_slot(before, w.key)) {
                    flags |= PAIR;
                }
                if flags & (ALONE | PAIR | STEM) != 0 {
                    cands.push((j as u32, flags));
                }
            }
            let word = &text.as_bytes()[w.start as usize..w.end as usize];
            let mut info = m.table.all().into_iter().find(|s| s.0 == w.key).map_or(0, |s| s.1);
            // The stem filter, asked by the word's first four bytes lowercased (zeros past a
            // shorter word's end: a yes for it is a false one).
            if bit(&m.filters[PREFIXES], stem_prefix_key(lower_word8(load8(word, 0)) & prefix_mask(word.len()))) {
                info |= STEM;
            }
            if info | any_stem != 0 {
                pending = Some((i, info | any_stem, w.key));
            }
        }
        if let Some((j, flags, _)) = pending {
            if flags & (ALONE | STEM) != 0 {
                cands.push((j as u32, flags));
            }
        }
        cands
    }

    #[test]
    fn words_of_64_bytes_and_more_end_where_the_plain_split_ends_them() {
        // The split finds a word's end in the 128 bits of its block and the next; a word
        // of 64 bytes or more takes `long_word_end`. Words of every length around 64 and
        // 128, starting at every offset of a block, with non-ASCII letters and quotes.
        let m = bundled_matcher();
        for len in [62usize, 63, 64, 65, 66, 100, 127, 128, 129, 200] {
            for lead in [0usize, 1, 5, 31, 60, 63] {
                for tail in ["", " end", "\u{2019}s", "é x"] {
                    let word: String =
                        (0..len).map(|i| if i % 17 == 16 { 'Z' } else { (b'a' + (i % 26) as u8) as char }).collect();
                    let text = format!("{}{word}{tail} the victim", " ".repeat(lead));
                    let mut want = Vec::new();
                    words(&text, &mut want);
                    for plain in [false, true] {
                        let (ws, _, cands) = split(m, &text, plain);
                        let got: Vec<(usize, usize)> = ws.iter().map(|w| (w.start as usize, w.end as usize)).collect();
                        assert_eq!(got, want.iter().map(|w| (w.start, w.end)).collect::<Vec<_>>(), "{text:?}");
                        assert_eq!(cands, look_up_reference(m, &text, &ws), "{text:?}");
                    }
                }
            }
        }
        let mut b = b"ab\xE2\x80\x99cd".to_vec();
        b.resize(b.len() + PADDING, 0);
        assert_eq!(long_word_end(&b, 1), 2);
        assert_eq!(long_word_end(&b, 5), 7);
    }

    /// The matcher of the bundled lexicon's phrases (built once for all the tests).
    fn bundled_matcher() -> &'static Matcher {
        static M: std::sync::OnceLock<Matcher> = std::sync::OnceLock::new();
        M.get_or_init(|| bundled_phrases().0)
    }

    #[test]
    fn the_word_loop_by_four_is_the_word_by_word_one() {
        // The AVX2 split looks the words up four at a time (`look_up_by_four`), the rest and
        // the groups with a word of more than 16 bytes or a spilled bucket word by word:
        // texts of 0 to 40 parts (so groups, tails of 0 to 3 words, and the word before a
        // group carried from the one before) of the lexicon's words, words whose bucket
        // spilled, words of 17 bytes and more, and random words of 1 to 24 bytes.
        let (m, vocabulary) = (bundled_matcher(), bundled_vocabulary());
        let spilled: Vec<String> = vocabulary
            .iter()
            .flat_map(|p| phrase_keys(p))
            .filter(|(k, _)| m.table.buckets[m.table.home(*k)].spill != 0)
            .map(|(_, w)| w)
            .collect();
        assert!(!spilled.is_empty(), "some word of the lexicon is in a spilled bucket");
        let long = ["internationalisation", "Counterintelligence", "abcdefghijklmnopq", "x1234567890123456789012345"];
        let seps = [" ", ". ", "-", "\u{2019}", ", ", "\n", "  ", " é "];
        let mut rng = Xorshift::new();
        let (mut groups_done_by_word, mut words_seen) = (0, 0);
        for _ in 0..4000 {
            let mut text = String::new();
            for _ in 0..rng.below(41) {
                match rng.below(8) {
                    0 => text.push_str(rng.pick::<&str>(&long)),
                    1 => text.push_str(rng.pick(&spilled[..]).as_str()),
                    2 | 3 => {
                        let len = 1 + rng.below(24);
                        text.extend(
                            (0..len)
                                .map(|_| *rng.pick(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") as char),
                        );
                    }
                    _ => text.push_str(rng.pick(vocabulary).as_str()),
                }
                text.push_str(rng.pick::<&str>(&seps));
            }
            let fast = split(m, &text, false);
            assert_eq!(fast, split(m, &text, true), "{text:?}");
            assert_eq!(fast.2, look_up_reference(m, &text, &fast.0), "{text:?}");
            words_seen += fast.0.len();
            groups_done_by_word += fast.0.chunks_exact(4).filter(|g| g.iter().any(|w| w.end - w.start > 16)).count();
        }
        assert!(
            words_seen > 50_000 && groups_done_by_word > 1000,
            "{words_seen} words, {groups_done_by_word} groups word by word"
        );
    }

    #[test]
    fn the_word_table_finds_its_keys_and_no_other_when_buckets_spill() {
        let mut t = WordTable::default();
        let mut want = std::collections::HashMap::new();
        let mut x = 0x1234_5678_9ABC_DEF1u64;
        let mut keys = Vec::new();
        for i in 1..=3000u32 {
            x = mix(x.wrapping_add(i as u64)).max(1);
            keys.push(x);
            *t.entry(x, || i) |= 1 << 30;
            want.insert(x, i | 1 << 30);
            // Inserting again keeps the info.
            assert_eq!(*t.entry(x, || 0), i | 1 << 30);
        }
        assert!(!t.spilled.is_empty(), "some bucket spills");
        for &k in &keys {
            assert_eq!(t.get(k), want[&k]);
        }
        for i in 0..20_000u64 {
            let k = mix(i ^ 0x5555).max(1);
            assert_eq!(t.get(k), want.get(&k).copied().unwrap_or(0));
        }
        assert_eq!(t.all().len(), 3000);
    }

    #[test]
    fn the_branch_free_key_is_the_reference_key() {
        let mut x = 0x0123_4567_89AB_CDEFu64;
        for i in 0..40_000u64 {
            // Every byte value in every position of either half, and random words.
            x = x.rotate_left(13).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ i;
            let y = x.rotate_left(29).wrapping_mul(0xD6E8_FEB8_6659_FD93);
            let (w1, w2) = match i {
                0..2048 => ((i & 0xFF) << (8 * (i >> 8)) | 0x0101_0101_0101_0101, y),
                2048..4096 => (x, ((i & 0xFF) << (8 * ((i - 2048) >> 8))) | 0x0101_0101_0101_0101),
                _ => (x, y),
            };
            for len in 1..=16 {
                let want = (key16(w1, w2, len), key16(w1, 0, len.min(8)));
                assert_eq!(key16_free::<false>(w1, w2, len), want, "{w1:x} {w2:x} {len}");
                #[cfg(target_arch = "x86_64")]
                if has_avx2_bmi() {
                    assert_eq!(key16_free::<true>(w1, w2, len), want, "{w1:x} {w2:x} {len}");
                }
            }
        }
        // Short keys are the bytes; long ones depend on every byte of the tail.
        assert_eq!(key16_free::<false>(0x6463_6261, 7, 4).0, 0x6463_6261);
        assert_ne!(key16_free::<false>(u64::MAX, 0x62, 9).0, key16_free::<false>(u64::MAX, 0x63, 9).0);
    }

    #[test]
    fn key16_is_word_key_for_every_length_up_to_16() {
        let text = "Aa0bCdEfGhIjKlMnOpQrStUvWxYz9876543210éÜzZ";
        let mut b = text.as_bytes().to_vec();
        b.resize(b.len() + 16, 0);
        for start in 0..b.len() - 16 {
            for len in 1..=16 {
                let read = |at: usize| u64::from_le_bytes(b[at..at + 8].try_into().unwrap_or([0; 8]));
                // Bytes past the word (other letters) must not count.
                let got = key16(lower_word8(read(start)), lower_word8(read(start + 8)), len);
                assert_eq!(got, word_key(&b, start, start + len, read(start)), "{start} {len}");
            }
        }
        // Words of 9 to 16 bytes that differ only in their last byte differ.
        assert_ne!(key16(lower_word8(0x6161_6161_6161_6161), 0x62, 9), key16(lower_word8(0x6161_6161_6161_6161), 0x63, 9));
    }

    #[test]
    fn the_keys_of_words_of_9_to_16_bytes_differ_and_agree_with_bmi2() {
        // Words of 9 to 16 bytes: every (first 8, tail) of a few families that share their
        // first bytes (as "traffickers" and "trafficking" do) and many pseudo-random ones,
        // with bytes past the word that must not count.
        let mut keys = std::collections::HashMap::new();
        let mut x = 0x0123_4567_89AB_CDEFu64;
        let heads = ["traffick", "exploita", "recruitm", "prostitu", "aaaaaaaa", "zzzzzzzz"];
        let tails = ["", "e", "er", "ers", "ing", "ed", "ion", "ions", "ment", "ments", "ively", "abcdefg", "abcdefgh", "0", "9"];
        let mut words: Vec<Vec<u8>> = Vec::new();
        for h in heads {
            for t in tails {
                words.push(format!("{h}{t}").into_bytes());
            }
        }
        for _ in 0..200_000 {
            x = x.rotate_left(13).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x5851_F42D_4C95_7F2D;
            let len = 9 + (x % 8) as usize;
            words.push((0..len).map(|i| b"abcdefghijklmnopqrstuvwxyz0123456789"[((x >> (4 * i)) % 36) as usize]).collect());
        }
        for w in &words {
            if !(9..=16).contains(&w.len()) {
                continue;
            }
            let mut b = w.clone();
            b.extend_from_slice(b"Zq\x00 junk past the word");
            let read = |at: usize| u64::from_le_bytes(b[at..at + 8].try_into().unwrap_or([0; 8]));
            let (w1, w2) = (lower_word8(read(0)), lower_word8(read(8)));
            let key = key16_long(w1, w2, w.len());
            assert_ne!(key, 0);
            assert_eq!(key16_free::<false>(w1, w2, w.len()).0, key, "{w:?}");
            #[cfg(target_arch = "x86_64")]
            if has_avx2_bmi() {
                assert_eq!(key16_free::<true>(w1, w2, w.len()).0, key, "{w:?}");
            }
            if let Some(other) = keys.insert(key, w.clone()) {
                assert_eq!(&other, w, "two words share a key");
            }
        }
        assert!(keys.len() > 150_000);
    }

    #[test]
    fn curly_quotes_and_hyphens_separate_words() {
        let mut m = Matcher::default();
        m.add("Craig's List", false, 1);
        m.add("year-old", false, 2);
        assert_eq!(
            found(&m, "on Craig\u{2019}s List, a 15-year-old"),
            vec![("Craig\u{2019}s List".to_string(), 1), ("year-old".to_string(), 2)]
        );
    }

    #[test]
    fn a_tld_after_a_period_marks_a_domain() {
        let mut m = Matcher::default();
        m.add("backpage.com", false, 1);
        m.add_tld("com", 9);
        assert_eq!(
            found(&m, "on backpage.com and Redlight.com, not com"),
            vec![("backpage.com".to_string(), 1), (".com".to_string(), 9)]
        );
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

    #[test]
    fn long_words_and_words_across_blocks_match_by_their_whole_bytes() {
        let mut m = Matcher::default();
        let long = "Internationalization";
        let longer = "a".repeat(70);
        m.add(&format!("{long} scheme"), false, 1);
        m.add(&longer, false, 2);
        m.add("telecommunication*", true, 3);
        m.add("internationalizatio", false, 4);
        // Bytes 8.. of a long word count ("Internationalizatiox" is another word), and a
        // word across a block boundary is looked up whole.
        let text = format!(
            "{}INTERNATIONALIZATION Scheme, internationalizatiox scheme, {longer} {longer}a Telecommunications",
            " ".repeat(55)
        );
        assert_eq!(
            found(&m, &text),
            vec![("INTERNATIONALIZATION Scheme".to_string(), 1), (longer.clone(), 2), ("Telecommunications".to_string(), 3)]
        );
        assert!(found(&m, "internationalizatio").len() == 1 && found(&m, "internationalization").is_empty());
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
                    let ok = (0..n).all(|k| if *stem && k == n - 1 { lw[i + k].starts_with(&p[k]) } else { lw[i + k] == p[k] });
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

    /// The words of the bundled lexicon's phrases.
    fn bundled_vocabulary() -> &'static [String] {
        static V: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
        V.get_or_init(|| bundled_phrases().2)
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
            proptest::prop_assert_eq!(classify_avx2_or_scalar(&block), classify_scalar(&block));
        }

        #[test]
        fn the_block_classifier_agrees_with_the_scalar_one_on_text(text in "([a-zA-Z0-9 .,!?\n'@_`{\\[/:-]|\u{2019}|é|\u{7f}){64}") {
            let mut block = [0u8; 64];
            let n = text.len().min(64);
            block[..n].copy_from_slice(&text.as_bytes()[..n]);
            proptest::prop_assert_eq!(classify(&block), classify_scalar(&block));
            proptest::prop_assert_eq!(classify_avx2_or_scalar(&block), classify_scalar(&block));
        }

        #[test]
        fn the_split_with_avx2_is_the_split_without(
            text in "([a-zA-Z0-9 .,!?\n'()-]|\u{2019}|\u{201c}|\u{2014}|é|\u{4e2d}){0,400}"
        ) {
            // `split_and_look_up` takes the AVX2 split where the processor has it.
            let m = bundled_matcher();
            proptest::prop_assert_eq!(split(m, &text, false), split(m, &text, true));
        }

        #[test]
        fn the_split_gives_each_word_its_key_and_the_candidates_of_the_plain_look_up(
            picks in proptest::collection::vec((0usize..2000, 0usize..6, "([a-zA-Z0-9]|é|\u{4e2d}){0,20}"), 0..80)
        ) {
            // Words of the lexicon (first words of phrases, their second words, stems) and
            // other words of every length, across block boundaries.
            let (m, vocabulary) = (bundled_matcher(), bundled_vocabulary());
            let seps = [" ", ". ", "-", "\u{2019}", ", ", "  "];
            let mut text = String::new();
            for (w, s, other) in &picks {
                text.push_str(if w % 3 == 0 { other } else { &vocabulary[w % vocabulary.len()] });
                text.push_str(seps[*s]);
            }
            // And a matcher with stems shorter than STEM_KEY (every word a candidate).
            let mut short = Matcher::default();
            for (k, &(p, stem)) in [("ad", true), ("e mail", false), ("the", false), ("the girl", false), ("com", true)].iter().enumerate() {
                short.add(p, stem, k as u32);
            }
            let (ws, _, cands) = split(&short, &text, false);
            proptest::prop_assert_eq!(&cands, &look_up_reference(&short, &text, &ws));
            for plain in [false, true] {
                let (ws, _, cands) = split(m, &text, plain);
                let mut b = text.as_bytes().to_vec();
                b.resize(text.len() + 16, 0);
                for w in &ws {
                    let (s, e) = (w.start as usize, w.end as usize);
                    proptest::prop_assert_eq!(w.key, word_key(&b, s, e, load8_padded(&b, s)));
                }
                proptest::prop_assert_eq!(&cands, &look_up_reference(m, &text, &ws), "{:?}", text);
            }
        }

        #[test]
        fn the_scan_splits_words_and_finds_terminators_as_the_byte_by_byte_split_does(
            text in "([a-zA-Z0-9 .,!?\n'()-]|\u{2019}|\u{201c}|\u{2014}|é|Ü|\u{4e2d}|\u{1F600}){0,300}"
        ) {
            let mut buf = Buffers::default();
            Matcher::default().scan(&text, &mut buf);
            let mut want = Vec::new();
            words(&text, &mut want);
            let got: Vec<(usize, usize)> = buf.words().iter().map(|w| (w.start as usize, w.end as usize)).collect();
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

    #[test]
    fn texts_ending_at_every_offset_of_a_block_match_as_the_reference_finds() {
        // The split reads 66 bytes from each block's start and the first 16 bytes of each
        // word without a test for the end of the text, so a text's end falls at every
        // offset of its last block here, with buffers that held longer texts before (one
        // `Buffers` for all, the longest texts first). Texts of 0 to 200 bytes, each length
        // several times, of the lexicon's words, domains, quotes and non-ASCII letters, and
        // a control byte (0x0E) that a lowercasing of every ASCII byte (`| 0x20`, as the
        // split's lowered copy does) would turn into the '.' before a domain suffix.
        let (m, r, vocabulary) = bundled_phrases();
        let extra = ["site.com", "site\u{e}com", "\u{2019}s", "\u{e9}t\u{e9}", "X", "Zq"];
        let seps = [" ", ". ", "-", "\u{2019}", ", ", "\n", "."];
        let mut rng = Xorshift::new();
        let mut buf = Buffers::default();
        let mut found = 0;
        for len in (0..=200).rev() {
            for _ in 0..12 {
                let mut text = String::new();
                while text.len() < len {
                    let word =
                        if rng.below(4) == 0 { rng.pick::<&str>(&extra).to_string() } else { rng.pick(&vocabulary).clone() };
                    text.push_str(&if rng.below(5) == 0 { word.to_uppercase() } else { word });
                    text.push_str(rng.pick::<&str>(&seps));
                }
                while text.len() > len {
                    text.pop();
                }
                while text.len() < len {
                    text.push('a');
                }
                m.scan(&text, &mut buf);
                let fast: Vec<(usize, usize, u32)> = buf.found.iter().map(|f| (f.start, f.end, f.id)).collect();
                assert_eq!(fast, r.find(&text), "{text:?}");
                found += fast.len();
            }
        }
        assert!(found > 1000, "the texts hold matches: {found}");
    }
}

#[cfg(test)]
mod split_tests {
    use super::*;

    /// The bounds and terminators of `split_bounds` (with AVX2 when the processor has it
    /// and `avx2`, else the SSE2 or scalar classifier), from buffers that held another
    /// text before (the bounds vector keeps its length and its old slots).
    fn bounds_of(text: &str, avx2: bool) -> (Vec<(usize, usize)>, Vec<usize>) {
        let mut b = text.as_bytes().to_vec();
        b.resize(text.len() + PADDING, 0);
        let (mut bounds, mut terms, mut lower) = (vec![7u32; 3 * text.len() + 100], vec![1usize], vec![9u8; 5]);
        #[cfg(target_arch = "x86_64")]
        let count = if avx2 && has_avx2_bmi() {
            // SAFETY: the processor has AVX2, BMI1, BMI2 and POPCNT (just checked).
            unsafe { bounds_avx2(&b, text.len(), &mut bounds, &mut terms, &mut lower) }
        } else {
            split_bounds::<false>(&b, text.len(), &mut bounds, &mut terms, &mut lower)
        };
        #[cfg(not(target_arch = "x86_64"))]
        let count = split_bounds::<false>(&b, text.len(), &mut bounds, &mut terms, &mut lower);
        // The lowered text: each byte of the text as `lower_word8` gives it.
        let want: Vec<u8> = b[..text.len()].iter().map(|&c| if c < 0x80 { c | 0x20 } else { c }).collect();
        assert_eq!(&lower[..text.len()], &want[..], "{text:?}");
        assert_eq!(terms[0], 1, "the terminators are appended");
        let pairs = bounds[..count].chunks(2).map(|p| (p[0] as usize, p.get(1).map_or(usize::MAX, |&e| e as usize))).collect();
        (pairs, terms[1..].to_vec())
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,bmi1,bmi2,popcnt")]
    unsafe fn bounds_avx2(b: &[u8], n: usize, bounds: &mut Vec<u32>, terms: &mut Vec<usize>, lower: &mut Vec<u8>) -> usize {
        split_bounds::<true>(b, n, bounds, terms, lower)
    }

    /// The offsets `flatten` writes (the first `x.count_ones()` slots), checked to be
    /// those `flatten_avx2` writes when the processor has AVX2.
    fn flattened(x: u64, base: u32) -> Vec<u32> {
        let count = x.count_ones() as usize;
        let mut out = vec![u32::MAX; 64];
        // SAFETY: `out` holds 64 slots.
        unsafe { flatten(x, base, out.as_mut_ptr()) };
        #[cfg(target_arch = "x86_64")]
        if has_avx2_bmi() {
            let mut fast = vec![u32::MAX; 64];
            // SAFETY: the processor has AVX2 and POPCNT (just checked); `fast` holds 64 slots.
            unsafe { flatten_avx2(x, base, fast.as_mut_ptr()) };
            assert_eq!(fast[..count], out[..count], "{x:#x}");
        }
        out.truncate(count);
        out
    }

    #[test]
    fn flatten_writes_the_offsets_of_the_set_bits_in_order() {
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut xs = vec![0, 1, u64::MAX, 1 << 63, 0x8000_0000_0000_0001, 0x5555_5555_5555_5555, 0xFF00_FF00_00FF_00FF];
        for _ in 0..5000 {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            // Dense, sparse and mixed words.
            xs.push(state);
            xs.push(state & state.rotate_left(17) & state.rotate_left(31));
            xs.push(state | state.rotate_left(7));
        }
        for x in xs {
            for base in [0u32, 64, 1 << 20] {
                let want: Vec<u32> = (0..64).filter(|k| x >> k & 1 != 0).map(|k| base + k).collect();
                assert_eq!(flattened(x, base), want, "{x:#x}");
            }
        }
    }

    #[test]
    fn the_quote_leads_of_avx2_are_the_plain_ones() {
        #[cfg(target_arch = "x86_64")]
        if has_avx2_bmi() {
            // Bytes drawn mostly from those of quotes, dashes and their near misses.
            let pool = [0xE2u8, 0x80, 0x90, 0x99, 0x9F, 0xA0, 0x8F, 0xC3, 0xA9, b'a', b' '];
            let mut rng = crate::test_rng::Xorshift(0x2545_F491_4F6C_DD1D);
            let mut found = 0;
            for _ in 0..20_000 {
                let mut w = [0u8; 66];
                for c in &mut w {
                    *c = *rng.pick(&pool);
                }
                // SAFETY: the processor has AVX2 (just checked).
                let fast = unsafe { quote_leads_avx2(&w) };
                assert_eq!(fast, quote_leads(&w), "{w:x?}");
                found += fast.count_ones();
            }
            assert!(found > 1000, "the inputs hold quotes");
        }
        let mut w = [b'a'; 66];
        w[63..66].copy_from_slice("\u{2019}".as_bytes());
        assert_eq!(quote_leads(&w), 1 << 63);
    }

    /// The words and terminators byte by byte.
    fn plain(text: &str) -> (Vec<(usize, usize)>, Vec<usize>) {
        let mut ws = Vec::new();
        words(text, &mut ws);
        let terms = text.bytes().enumerate().filter(|(_, c)| b".!?\n".contains(c)).map(|(i, _)| i).collect();
        (ws.iter().map(|w| (w.start, w.end)).collect(), terms)
    }

    #[test]
    fn the_bounds_are_the_words_of_the_plain_split() {
        // Blocks of more bounds than are written without a count (one-letter words: 64
        // in a block), words that end at a block's end and at the text's end, words of
        // 64 bytes and more, quotes and dashes, terminators in runs.
        let mut texts: Vec<String> = vec![
            String::new(),
            "a".into(),
            "a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n".repeat(3),
            "x".repeat(64),
            "x".repeat(128),
            format!("{} {}", "y".repeat(63), "z".repeat(64)),
            "It\u{2019}s \u{201C}the\u{201D} end\u{2014}of it... Really?!\n\nYes.".repeat(5),
            "caf\u{e9} na\u{ef}ve \u{2019}\u{2019}\u{2019} \u{65e5}\u{672c} \u{1F600}x".repeat(4),
        ];
        for len in 1..=140 {
            texts.push(format!("{} w", "ab ".repeat(len / 3)).chars().take(len).collect());
            texts.push("q".repeat(len));
        }
        // A quote or dash (three bytes) at every offset around a block's end, inside a
        // word and between words, and other non-ASCII characters next to it.
        for lead in 55..70 {
            for q in ["\u{2019}", "\u{2014}", "\u{201C}", "\u{2010}", "\u{2020}", "\u{e9}"] {
                texts.push(format!("{}ab{q}cd", "x".repeat(lead)));
                texts.push(format!("{} {q}\u{e9}t\u{e9}{q} x", "y".repeat(lead)));
                texts.push(format!("{}{q}", "z".repeat(lead)));
            }
        }
        for text in &texts {
            let want = plain(text);
            for avx2 in [false, true] {
                assert_eq!(bounds_of(text, avx2), want, "{text:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn the_bounds_of_any_text_are_the_words_of_the_plain_split(
            text in "([a-zA-Z0-9 .,!?\n'-]|\u{2019}|\u{2014}|\u{e9}|\u{1F600}){0,300}"
        ) {
            let want = plain(&text);
            for avx2 in [false, true] {
                proptest::prop_assert_eq!(bounds_of(&text, avx2), want.clone(), "{:?}", text);
            }
        }
    }
}

#[cfg(test)]
mod word_table_tests {
    use super::*;

    /// The key of one word, as the lexicon gives it.
    fn key(word: &str) -> u64 {
        phrase_keys(word)[0].0
    }

    #[test]
    fn frequent_words_keep_the_slots_of_a_full_bucket_and_every_key_is_found() {
        // Eight buckets (the smallest table): many words share one; "with" (frequent) is
        // put last.
        let mut t = WordTable::default();
        let home = t.home(key("with"));
        let others: Vec<String> = (0..1000).map(|i| format!("word{i}")).filter(|w| t.home(key(w)) == home).take(2).collect();
        assert_eq!(others.len(), 2, "two words of the bucket of 'with'");
        let words = [others[0].as_str(), others[1].as_str(), "with"];
        for (i, w) in words.iter().enumerate() {
            t.put(key(w), i as u32 + 1);
        }
        let bk = &t.buckets[home];
        assert_eq!(bk.spill, 1);
        assert!(bk.keys.contains(&key("with")), "the frequent word took a slot");
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(key(w)), i as u32 + 1, "{w}");
        }
        assert_eq!(t.get(key("zulu")), 0);
    }

    #[test]
    fn word_keys_without_texts_are_the_phrase_keys() {
        let (mut ws, mut padded, mut out) = (Vec::new(), Vec::new(), Vec::new());
        // (Scratch reused from a longer phrase to shorter ones, and back.)
        for p in [
            "San Pedro de Macorís",
            "Kemi-Tornio",
            "a",
            "Llanfairpwllgwyngyllgogerychwyndrobwll Station",
            "Ústí nad Labem",
            "  St. John's  ",
            "",
            "Vienna",
        ] {
            phrase_word_keys(p, &mut ws, &mut padded, &mut out);
            let want: Vec<u64> = phrase_keys(p).into_iter().map(|k| k.0).collect();
            assert_eq!(out, want, "{p:?}");
        }
    }

    #[test]
    fn the_lexicons_frequent_words_are_read_without_the_spilled_list() {
        let lex = crate::lexicon::Lexicon::bundled().expect("the bundled lexicon");
        let t = &lex.matcher.table;
        for (k, w) in phrase_keys(FREQUENT) {
            if t.get(k) != 0 {
                assert!(t.buckets[t.home(k)].keys.contains(&k), "{w} is in a slot");
            }
        }
    }
}
