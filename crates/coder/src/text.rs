//! Text primitives of the rule coder: sentence segmentation, word boundaries, numbers
//! written as digits or words, and byte-to-character offsets for evidence spans.

/// Words before a period that do not end a sentence (matched in `is_abbreviation`).
#[cfg_attr(not(test), allow(dead_code))]
const ABBREVIATIONS: &[&str] = &[
    "u.s", "u.s.a", "jr", "sr", "mr", "mrs", "ms", "dr", "st", "v", "vs", "no", "inc", "co", "corp", "ltd", "approx", "e.g",
    "i.e", "d.c", "n.y", "p.m", "a.m", "gen", "gov", "sgt", "lt", "capt", "rev", "mt", "ft", "jan", "feb", "mar", "apr", "aug",
    "sept", "sep", "oct", "nov", "dec", "cir", "supp", "f", "al", "et", "seq",
];

/// Byte ranges of the sentences of `text`, in order, covering the whole text.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 100 + 1);
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if !matches!(c, b'\n' | b'!' | b'?' | b'.') {
            i += 1;
            continue;
        }
        if let Some(j) = sentence_end(b, start, i) {
            out.push((start, j));
            start = j;
            i = j;
            continue;
        }
        i += 1;
    }
    if start < b.len() {
        out.push((start, b.len()));
    }
    out
}

/// Where the sentence begun at `start` ends if it ends at byte `i` (a blank line, `!`, `?`,
/// or a `.` that is not an abbreviation, before a sentence start): the byte after `i` and any
/// closing quotes or brackets, which stay with the sentence they close.
fn sentence_end(b: &[u8], start: usize, i: usize) -> Option<usize> {
    let end_here = match b[i] {
        b'\n' => i + 1 < b.len() && (b[i + 1] == b'\n' || b[i + 1] == b'\r'),
        b'!' | b'?' => next_starts_sentence(b, i + 1),
        b'.' => next_starts_sentence(b, i + 1) && !is_abbreviation(b, start, i),
        _ => false,
    };
    if !end_here {
        return None;
    }
    let mut j = i + 1;
    loop {
        if j < b.len() && matches!(b[j], b'"' | b'\'' | b')') {
            j += 1;
        } else if j + 2 < b.len() && b[j] == 0xE2 && b[j + 1] == 0x80 && matches!(b[j + 2], 0x99 | 0x9D) {
            j += 3;
        } else {
            return Some(j);
        }
    }
}

/// The same sentences as [`sentences`], found from the words of the text: only the gaps
/// between words are read, which is most of the speed of the coder's single pass.
pub fn sentences_from_words(text: &str, words: &[crate::matcher::Word]) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(words.len() / 16 + 1);
    let mut start = 0;
    for k in 0..=words.len() {
        // Gap k lies before word k (the last one after the last word).
        let gap_start = if k == 0 { 0 } else { words[k - 1].end };
        let gap_end = words.get(k).map_or(b.len(), |w| w.start);
        let gap = &b[gap_start..gap_end];
        if !gap.iter().any(|&c| matches!(c, b'.' | b'!' | b'?' | b'\n')) {
            continue;
        }
        // Re-run the byte rules over this gap only.
        let mut i = gap_start;
        while i < gap_end {
            if let Some(j) = sentence_end(b, start, i) {
                out.push((start, j));
                start = j;
                i = j;
                continue;
            }
            i += 1;
        }
    }
    if start < b.len() {
        out.push((start, b.len()));
    }
    if words.is_empty() {
        return sentences(text);
    }
    out
}

/// Where the sentences of `text` end (the ends of [`sentences`], in order), from the
/// offsets of its `.`, `!`, `?` and newlines (`terms`, ascending: the only bytes a sentence
/// ends at), into `ends`. The matcher's pass finds `terms`, so the text is not read again.
pub fn sentence_ends(text: &str, terms: &[usize], ends: &mut Vec<usize>) {
    let b = text.as_bytes();
    ends.clear();
    let mut start = 0;
    for &i in terms {
        // An end found skips only closing quotes and brackets, never a terminator.
        if i < start {
            continue;
        }
        if let Some(j) = sentence_end(b, start, i) {
            ends.push(j);
            start = j;
        }
    }
    if start < b.len() {
        ends.push(b.len());
    }
}

fn next_starts_sentence(b: &[u8], mut i: usize) -> bool {
    // Skip closing quotes (ASCII, or the UTF-8 right quotes ’ ” = E2 80 99 / E2 80 9D).
    loop {
        if i < b.len() && matches!(b[i], b'"' | b'\'' | b')') {
            i += 1;
        } else if i + 2 < b.len() && b[i] == 0xE2 && b[i + 1] == 0x80 && matches!(b[i + 2], 0x99 | 0x9D) {
            i += 3;
        } else {
            break;
        }
    }
    if i >= b.len() {
        return true;
    }
    if !b[i].is_ascii_whitespace() {
        return false;
    }
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    i >= b.len() || !b[i].is_ascii_lowercase()
}

fn is_abbreviation(b: &[u8], sentence_start: usize, dot: usize) -> bool {
    let mut s = dot;
    while s > sentence_start && (b[s - 1].is_ascii_alphabetic() || b[s - 1] == b'.') {
        s -= 1;
    }
    let word = &b[s..dot];
    if word.len() == 1 && word[0].is_ascii_uppercase() {
        return true; // an initial: "Arthur W. Webster"
    }
    let mut buf = [0u8; 8];
    let Some(w) = lower_small(word, &mut buf) else { return false };
    // ABBREVIATIONS, as a match (tested to agree).
    matches!(
        w,
        b"u.s"
            | b"u.s.a"
            | b"jr"
            | b"sr"
            | b"mr"
            | b"mrs"
            | b"ms"
            | b"dr"
            | b"st"
            | b"v"
            | b"vs"
            | b"no"
            | b"inc"
            | b"co"
            | b"corp"
            | b"ltd"
            | b"approx"
            | b"e.g"
            | b"i.e"
            | b"d.c"
            | b"n.y"
            | b"p.m"
            | b"a.m"
            | b"gen"
            | b"gov"
            | b"sgt"
            | b"lt"
            | b"capt"
            | b"rev"
            | b"mt"
            | b"ft"
            | b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"aug"
            | b"sept"
            | b"sep"
            | b"oct"
            | b"nov"
            | b"dec"
            | b"cir"
            | b"supp"
            | b"f"
            | b"al"
            | b"et"
            | b"seq"
    )
}

/// `word` lowercased (ASCII) into `buf`, if it fits.
#[inline]
fn lower_small<'b, const N: usize>(word: &[u8], buf: &'b mut [u8; N]) -> Option<&'b [u8]> {
    let out = buf.get_mut(..word.len())?;
    for (o, c) in out.iter_mut().zip(word) {
        *o = c.to_ascii_lowercase();
    }
    Some(out)
}

/// Whether the byte is part of a word (non-ASCII bytes count as letters).
#[inline]
pub fn is_word_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c >= 0x80
}

/// The number a word stands for: digits ("15"), or a number word ("fifteen").
pub fn number_value(word: &str) -> Option<u64> {
    if !word.is_empty() && word.len() <= 7 && word.bytes().all(|c| c.is_ascii_digit()) {
        return word.parse().ok();
    }
    const WORDS: &[(&str, u64)] = &[
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
        ("ten", 10),
        ("eleven", 11),
        ("twelve", 12),
        ("thirteen", 13),
        ("fourteen", 14),
        ("fifteen", 15),
        ("sixteen", 16),
        ("seventeen", 17),
        ("eighteen", 18),
        ("nineteen", 19),
        ("twenty", 20),
        ("thirty", 30),
        ("forty", 40),
        ("fifty", 50),
        ("sixty", 60),
        ("seventy", 70),
        ("eighty", 80),
        ("ninety", 90),
        ("hundred", 100),
        ("both", 2),
        ("a", 1),
        ("an", 1),
        ("single", 1),
    ];
    let mut buf = [0u8; 9];
    let w = lower_small(word.as_bytes(), &mut buf)?;
    // WORDS, as a match (tested to agree).
    let n = match w {
        b"one" | b"a" | b"an" | b"single" => 1,
        b"two" | b"both" => 2,
        b"three" => 3,
        b"four" => 4,
        b"five" => 5,
        b"six" => 6,
        b"seven" => 7,
        b"eight" => 8,
        b"nine" => 9,
        b"ten" => 10,
        b"eleven" => 11,
        b"twelve" => 12,
        b"thirteen" => 13,
        b"fourteen" => 14,
        b"fifteen" => 15,
        b"sixteen" => 16,
        b"seventeen" => 17,
        b"eighteen" => 18,
        b"nineteen" => 19,
        b"twenty" => 20,
        b"thirty" => 30,
        b"forty" => 40,
        b"fifty" => 50,
        b"sixty" => 60,
        b"seventy" => 70,
        b"eighty" => 80,
        b"ninety" => 90,
        b"hundred" => 100,
        _ => {
            debug_assert!(!WORDS.iter().any(|(w, _)| w.eq_ignore_ascii_case(word)), "{word}");
            return None;
        }
    };
    debug_assert_eq!(WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|&(_, n)| n), Some(n));
    Some(n)
}

/// The word that ends right before byte `end` (skipping spaces, hyphens and parentheses),
/// with its byte start.
pub fn word_before(text: &str, end: usize) -> Option<(usize, &str)> {
    let b = text.as_bytes();
    let mut e = end.min(b.len());
    while e > 0 && matches!(b[e - 1], b' ' | b'-' | b'(' | b'\t') {
        e -= 1;
    }
    let mut s = e;
    while s > 0 && (b[s - 1].is_ascii_alphanumeric()) {
        s -= 1;
    }
    (s < e).then(|| (s, &text[s..e]))
}

/// The word that starts at or after byte `start` (skipping spaces, hyphens, parentheses).
pub fn word_after(text: &str, start: usize) -> Option<(usize, &str)> {
    let b = text.as_bytes();
    let mut s = start.min(b.len());
    while s < b.len() && matches!(b[s], b' ' | b'-' | b'(' | b'\t') {
        s += 1;
    }
    let mut e = s;
    while e < b.len() && b[e].is_ascii_alphanumeric() {
        e += 1;
    }
    (s < e).then(|| (e, &text[s..e]))
}

/// Converts byte offsets to character offsets. For ASCII text (the common case) they are
/// the same; otherwise a character offset is the byte offset less the UTF-8 continuation
/// bytes before it, whose positions are listed once (summaries have a few).
pub struct CharOffsets<'a> {
    text: &'a str,
    /// Positions of the continuation bytes (10xxxxxx), ascending; empty for ASCII text.
    continuation: Vec<usize>,
}

impl<'a> CharOffsets<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut continuation = Vec::new();
        if !text.is_ascii() {
            let b = text.as_bytes();
            let mut chunks = b.chunks_exact(8);
            let mut at = 0;
            for c in &mut chunks {
                if u64::from_le_bytes(c.try_into().unwrap_or([0; 8])) & 0x8080_8080_8080_8080 != 0 {
                    continuation.extend(c.iter().enumerate().filter(|(_, &x)| x & 0xC0 == 0x80).map(|(k, _)| at + k));
                }
                at += 8;
            }
            continuation.extend(chunks.remainder().iter().enumerate().filter(|(_, &x)| x & 0xC0 == 0x80).map(|(k, _)| at + k));
        }
        CharOffsets { text, continuation }
    }

    fn char_at(&self, byte: usize) -> usize {
        byte - self.continuation.partition_point(|&p| p < byte)
    }

    pub fn span(&self, start: usize, end: usize) -> (usize, usize) {
        if self.continuation.is_empty() {
            (start, end)
        } else {
            debug_assert!(self.text.is_char_boundary(start) && self.text.is_char_boundary(end));
            (self.char_at(start), self.char_at(end))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentences(t).into_iter().map(|(s, e)| t[s..e].trim()).collect()
    }

    #[test]
    fn sentences_end_at_periods_but_not_at_abbreviations_or_initials() {
        let t = "The U.S. Attorney charged Arthur W. Webster Jr. with trafficking. He posted ads! Did she? Yes.";
        assert_eq!(
            split(t),
            vec!["The U.S. Attorney charged Arthur W. Webster Jr. with trafficking.", "He posted ads!", "Did she?", "Yes."]
        );
    }

    #[test]
    fn a_closing_quote_stays_with_its_sentence() {
        let t = "He called them \u{201c}dates.\u{201d} The victims escaped.";
        let s = split(t);
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[0].ends_with('\u{201d}'));
    }

    #[test]
    fn sentences_cover_the_text_without_gaps() {
        let t = "One. Two.\n\nThree";
        let spans = sentences(t);
        assert_eq!(spans.first().map(|s| s.0), Some(0));
        assert_eq!(spans.last().map(|s| s.1), Some(t.len()));
        for w in spans.windows(2) {
            assert_eq!(w[0].1, w[1].0);
        }
    }

    #[test]
    fn sentences_from_words_agree_with_the_byte_scan() {
        let texts = [
            "The U.S. Attorney charged Arthur W. Webster Jr. with trafficking. He posted ads! Did she? Yes.",
            "He called them \u{201c}dates.\u{201d} The victims escaped.",
            "One. Two.\n\nThree",
            ". Leading dot. And 3.5 million dollars. End",
            "",
        ];
        let mut ws = Vec::new();
        for t in texts {
            crate::matcher::words(t, &mut ws);
            assert_eq!(sentences_from_words(t, &ws), sentences(t), "{t:?}");
        }
    }

    fn ends_by_terms(t: &str) -> Vec<usize> {
        let terms: Vec<usize> =
            t.bytes().enumerate().filter(|(_, c)| matches!(c, b'.' | b'!' | b'?' | b'\n')).map(|(i, _)| i).collect();
        let mut ends = Vec::new();
        sentence_ends(t, &terms, &mut ends);
        ends
    }

    proptest::proptest! {
        #[test]
        fn sentence_ends_from_the_terminators_agree_with_the_byte_scan(
            parts in proptest::collection::vec(("[a-zA-Z]{0,4}|U\\.S|Jr|W|\\PC{0,3}", "[ .!?\n\"')\u{2019}\u{201d}]{0,4}"), 0..30)
        ) {
            let t: String = parts.iter().flat_map(|(w, s)| [w.as_str(), s.as_str()]).collect();
            let want: Vec<usize> = sentences(&t).into_iter().map(|s| s.1).collect();
            proptest::prop_assert_eq!(ends_by_terms(&t), want, "{:?}", t);
        }
    }

    #[test]
    fn the_number_words_and_abbreviations_match_their_lists() {
        for (w, n) in [("one", 1), ("Seventeen", 17), ("HUNDRED", 100), ("both", 2), ("An", 1), ("single", 1), ("ninety", 90)] {
            assert_eq!(number_value(w), Some(n), "{w}");
        }
        for w in [
            "",
            "o",
            "onee",
            "seventeenth",
            "zero",
            "million",
            "one",
            "eleven",
            "thirteen",
            "fourteen",
            "sixteen",
            "eighteen",
            "nineteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "twelve",
        ] {
            // The debug assertions compare with the list for every word asked.
            let _ = number_value(w);
        }
        for w in ["", "o", "onee", "seventeenth", "zero", "million"] {
            assert_eq!(number_value(w), None, "{w}");
        }
        for a in ABBREVIATIONS {
            let t = format!("x {}. Next", a.to_uppercase());
            assert!(is_abbreviation(t.as_bytes(), 0, 2 + a.len()), "{a}");
        }
        for w in ["ads", "her", "approxi", "us"] {
            let t = format!("x {w}. Next");
            assert!(!is_abbreviation(t.as_bytes(), 0, 2 + w.len()), "{w}");
        }
    }

    #[test]
    fn char_offsets_count_forward_and_back() {
        let t = "Côte d'Ivoire, “São Paulo” and Zürich; then 中文 text";
        let offsets = CharOffsets::new(t);
        let mut spans: Vec<(usize, usize)> = t.char_indices().map(|(i, c)| (i, i + c.len_utf8())).collect();
        // Forward, backward and jumping about, as evidence spans come.
        spans.extend(spans.clone().into_iter().rev());
        spans.extend([(t.len(), t.len()), (0, 0), (7, 9)]);
        for (s, e) in spans {
            let want = (t[..s].chars().count(), t[..e].chars().count());
            assert_eq!(offsets.span(s, e), want, "{s}..{e}");
        }
    }

    #[test]
    fn numbers_read_as_digits_or_words() {
        assert_eq!(number_value("15"), Some(15));
        assert_eq!(number_value("Fifteen"), Some(15));
        assert_eq!(number_value("several"), None);
        assert_eq!(number_value("12345678901"), None);
    }

    #[test]
    fn words_before_and_after_skip_hyphens() {
        let t = "the 15-year-old girl";
        let i = t.find("year").unwrap_or(0);
        assert_eq!(word_before(t, i).map(|w| w.1), Some("15"));
        assert_eq!(word_after(t, 3).map(|w| w.1), Some("15"));
    }
}
