//! The rule coder's output as it is built: every variable of the scheme and the evidence
//! spans as byte offsets into the summary, in buffers reused from one summary to the next.
//! Nothing is allocated per summary; the strings of a [`Coding`] (character offsets, the
//! spans' text) are made only when asked for ([`Proposal::to_coding`]), and `tipdata code`
//! writes its JSON line straight from here ([`Proposal::write_json`], byte for byte what
//! serialising the `Coding` gives).

use serde_json::Value as Json;
use tipdata_model::coding::{CodedValue, Coding, Evidence, SCHEME};

use crate::text::CharOffsets;

/// Number of variables of the scheme.
pub const VARIABLES: usize = SCHEME.len();

/// The index in [`SCHEME`] of a variable, by name.
pub fn variable_index(name: &str) -> Option<usize> {
    // The names of the scheme, matched without a scan (the rules name a variable at every
    // span they record).
    let i = match name {
        "internet_used" => 0,
        "purposes" => 1,
        "platform_types" => 2,
        "platforms" => 3,
        "strategies" => 4,
        "cyber_flow" => 5,
        "forms" => 6,
        "victims_total" => 7,
        "victims_minor" => 8,
        "victim_sex" => 9,
        "border" => 10,
        "countries" => 11,
        "offenders_total" => 12,
        "means" => 13,
        _ => return SCHEME.iter().position(|v| v.name == name),
    };
    // Should the scheme change order, fall back to the scan (tested to agree).
    if SCHEME.get(i).is_some_and(|v| v.name == name) {
        Some(i)
    } else {
        SCHEME.iter().position(|v| v.name == name)
    }
}

/// The value of one variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Value {
    /// Not coded.
    #[default]
    Absent,
    /// A choice label.
    Label(&'static str),
    /// A list (set labels sorted, or names and countries in order): items `start..end` of
    /// the proposal's item list.
    List { start: u32, end: u32 },
    /// A count; `None` is `unknown`.
    Count(Option<u64>),
}

/// One evidence span: the variable (index in [`SCHEME`]), the value it supports (a string
/// kept in the proposal), byte offsets into the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub variable: u8,
    value: (u32, u32),
    pub start: u32,
    pub end: u32,
}

/// One item of a list value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Item {
    /// A range of the proposal's strings (a name or country, copied there).
    Kept(u32, u32),
    /// A label of the scheme (no copy).
    Label(&'static str),
}

/// A coding in the making (see the module documentation).
#[derive(Debug, Clone, Default)]
pub struct Proposal {
    values: [Value; VARIABLES],
    /// List items: ranges of `strings`, or the scheme's labels as they are.
    items: Vec<Item>,
    /// Every string of the values and spans, one after another.
    strings: String,
    evidence: Vec<Span>,
}

impl Proposal {
    /// Empties the proposal, keeping its buffers.
    pub fn clear(&mut self) {
        self.values = [Value::Absent; VARIABLES];
        self.items.clear();
        self.strings.clear();
        self.evidence.clear();
    }

    /// Keeps a string, for values and spans: its range in the proposal's strings.
    pub(crate) fn keep(&mut self, s: &str) -> (u32, u32) {
        let start = self.strings.len() as u32;
        self.strings.push_str(s);
        (start, self.strings.len() as u32)
    }

    fn string(&self, r: (u32, u32)) -> &str {
        &self.strings[r.0 as usize..r.1 as usize]
    }

    /// The bytes of the kept string `r` (empty if `r` is not a range of kept strings).
    #[inline]
    pub(crate) fn kept_bytes(&self, r: (u32, u32)) -> &[u8] {
        self.strings.as_bytes().get(r.0 as usize..r.1 as usize).unwrap_or_default()
    }

    /// Adds an evidence span whose value is already kept ([`Proposal::keep`]).
    #[inline]
    pub(crate) fn push_kept_evidence(&mut self, var: usize, value: (u32, u32), start: usize, end: usize) {
        self.evidence.push(Span { variable: var as u8, value, start: start as u32, end: end as u32 });
    }

    /// Sets variable `var` (index in [`SCHEME`]) to a choice label.
    pub fn set_label(&mut self, var: usize, label: &'static str) {
        self.values[var] = Value::Label(label);
    }

    /// Sets variable `var` to a count.
    pub fn set_count(&mut self, var: usize, n: Option<u64>) {
        self.values[var] = Value::Count(n);
    }

    /// Sets variable `var` to a list of strings, in the given order.
    pub fn set_list<'s>(&mut self, var: usize, items: impl IntoIterator<Item = &'s str>) {
        let start = self.items.len() as u32;
        for s in items {
            let (a, b) = self.keep(s);
            self.items.push(Item::Kept(a, b));
        }
        self.values[var] = Value::List { start, end: self.items.len() as u32 };
    }

    /// Sets variable `var` to a list of labels, in the given order: as [`Proposal::set_list`]
    /// gives, without copying them.
    pub fn set_labels(&mut self, var: usize, labels: &[&'static str]) {
        let start = self.items.len() as u32;
        self.items.extend(labels.iter().map(|&l| Item::Label(l)));
        self.values[var] = Value::List { start, end: self.items.len() as u32 };
    }

    /// [`Proposal::set_labels`] with the labels paired with `true`, in the given order: each
    /// is written and then counted or not, with no branch on which are.
    #[inline]
    pub fn set_labels_if<const N: usize>(&mut self, var: usize, labels: [(&'static str, bool); N]) {
        let start = self.items.len();
        self.items.reserve(N);
        for (l, on) in labels {
            self.items.push(Item::Label(l));
            let n = self.items.len() - usize::from(!on);
            self.items.truncate(n);
        }
        self.values[var] = Value::List { start: start as u32, end: self.items.len() as u32 };
    }

    /// Adds an evidence span (byte offsets into the summary).
    pub fn push_evidence(&mut self, var: usize, value: &str, start: usize, end: usize) {
        let value = self.keep(value);
        self.evidence.push(Span { variable: var as u8, value, start: start as u32, end: end as u32 });
    }

    /// Whether variable `var` already has a span for `value` starting at byte `start`.
    pub fn has_evidence(&self, var: usize, value: &str, start: usize) -> bool {
        self.evidence.iter().any(|e| e.start as usize == start && usize::from(e.variable) == var && self.string(e.value) == value)
    }

    /// The value of a variable, by name.
    pub fn value(&self, name: &str) -> Value {
        variable_index(name).map_or(Value::Absent, |i| self.values[i])
    }

    /// The strings of a list value.
    pub fn list(&self, v: Value) -> impl Iterator<Item = &str> {
        let (s, e) = match v {
            Value::List { start, end } => (start as usize, end as usize),
            _ => (0, 0),
        };
        self.items[s..e].iter().map(|&item| match item {
            Item::Kept(a, b) => self.string((a, b)),
            Item::Label(l) => l,
        })
    }

    /// The evidence spans: variable name, value, byte start and end in the summary.
    pub fn evidence(&self) -> impl ExactSizeIterator<Item = (&'static str, &str, usize, usize)> {
        Spans { proposal: self, spans: self.evidence.iter() }
    }

    /// The owned [`Coding`] of this proposal for its summary `text`: evidence in character
    /// offsets, with the text of each span.
    pub fn to_coding(&self, text: &str) -> Coding {
        let mut coding = Coding::default();
        for (var, &v) in SCHEME.iter().zip(&self.values) {
            let value = match v {
                Value::Absent => continue,
                Value::Label(s) => CodedValue::Label(s.to_string()),
                Value::List { .. } => CodedValue::Labels(self.list(v).map(str::to_string).collect()),
                Value::Count(n) => CodedValue::Count(n),
            };
            coding.values.insert(var.name.to_string(), value);
        }
        let offsets = CharOffsets::new(text);
        coding.evidence = self
            .evidence()
            .map(|(variable, value, s, e)| {
                let (start, end) = offsets.span(s, e);
                Evidence { variable: variable.to_string(), value: value.to_string(), start, end, text: text[s..e].to_string() }
            })
            .collect();
        coding
    }

    /// Appends the JSON line of `tipdata code` for this proposal (without the newline): the
    /// same bytes as serialising `{"id": id, ..coding.to_json()}` with serde_json.
    pub fn write_json(&self, text: &str, id: &Json, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"id\":");
        // serde_json writes into a Vec without failing.
        let _ = serde_json::to_writer(&mut *out, id);
        for (var, &v) in SCHEME.iter().zip(&self.values) {
            if v == Value::Absent {
                continue;
            }
            out.extend_from_slice(b",\"");
            out.extend_from_slice(var.name.as_bytes());
            out.extend_from_slice(b"\":");
            match v {
                Value::Absent => {}
                Value::Label(s) => json_str(out, s),
                Value::List { .. } => {
                    out.push(b'[');
                    for (k, s) in self.list(v).enumerate() {
                        if k > 0 {
                            out.push(b',');
                        }
                        json_str(out, s);
                    }
                    out.push(b']');
                }
                Value::Count(Some(n)) => json_u64(out, n),
                Value::Count(None) => out.extend_from_slice(b"\"unknown\""),
            }
        }
        out.extend_from_slice(b",\"evidence\":[");
        let offsets = CharOffsets::new(text);
        for (k, (variable, value, s, e)) in self.evidence().enumerate() {
            let (cs, ce) = offsets.span(s, e);
            if k > 0 {
                out.push(b',');
            }
            out.extend_from_slice(b"{\"variable\":");
            json_str(out, variable);
            out.extend_from_slice(b",\"value\":");
            json_str(out, value);
            out.extend_from_slice(b",\"start\":");
            json_u64(out, cs as u64);
            out.extend_from_slice(b",\"end\":");
            json_u64(out, ce as u64);
            out.extend_from_slice(b",\"text\":");
            json_str(out, &text[s..e]);
            out.push(b'}');
        }
        out.extend_from_slice(b"]}");
    }
}

impl crate::learn::Target for Proposal {
    fn internet(&self) -> bool {
        self.value("internet_used") == Value::Label("yes")
    }

    fn has_label(&self, var: usize, label: &str) -> Option<bool> {
        let v = self.values[var];
        matches!(v, Value::List { .. }).then(|| self.list(v).any(|x| x == label))
    }

    fn choice(&self, var: usize) -> Option<&'static str> {
        match self.values[var] {
            Value::Label(s) => Some(s),
            _ => None,
        }
    }

    fn has_evidence(&self, var: usize, value: &str) -> bool {
        self.evidence.iter().any(|e| usize::from(e.variable) == var && self.string(e.value) == value)
    }

    fn add_label(&mut self, var: usize, label: &'static str) {
        let v = self.values[var];
        let mut labels: Vec<&'static str> =
            self.list(v).filter_map(|x| crate::learn::scheme_label(var, x)).chain(std::iter::once(label)).collect();
        labels.sort_unstable();
        self.set_labels(var, &labels);
    }

    fn remove_label(&mut self, var: usize, label: &str) {
        let v = self.values[var];
        if matches!(v, Value::List { .. }) {
            let labels: Vec<&'static str> =
                self.list(v).filter(|x| *x != label).filter_map(|x| crate::learn::scheme_label(var, x)).collect();
            self.set_labels(var, &labels);
        }
        let strings = &self.strings;
        self.evidence
            .retain(|e| !(usize::from(e.variable) == var && strings.get(e.value.0 as usize..e.value.1 as usize) == Some(label)));
    }

    fn set_choice(&mut self, var: usize, label: &'static str) {
        self.set_label(var, label);
    }

    fn push_evidence(&mut self, var: usize, label: &'static str, start: usize, end: usize) {
        Proposal::push_evidence(self, var, label, start, end);
    }
}

/// The iterator of [`Proposal::evidence`]: it counts the spans without making their strings.
struct Spans<'p> {
    proposal: &'p Proposal,
    spans: std::slice::Iter<'p, Span>,
}

impl<'p> Iterator for Spans<'p> {
    type Item = (&'static str, &'p str, usize, usize);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let e = self.spans.next()?;
        Some((SCHEME[usize::from(e.variable)].name, self.proposal.string(e.value), e.start as usize, e.end as usize))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.spans.size_hint()
    }

    fn count(self) -> usize {
        self.spans.len()
    }
}

impl ExactSizeIterator for Spans<'_> {}

/// Writes a JSON string as serde_json does: `"` and `\` escaped, control characters as
/// `\b \t \n \f \r` or `\u00xx` (lowercase hex), everything else (non-ASCII too) as is.
pub fn json_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let b = s.as_bytes();
    if !needs_escape(b) {
        out.extend_from_slice(b);
        out.push(b'"');
        return;
    }
    let mut from = 0;
    for (i, &c) in b.iter().enumerate() {
        if c >= 0x20 && c != b'"' && c != b'\\' {
            continue;
        }
        out.extend_from_slice(&b[from..i]);
        match c {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            0x0C => out.extend_from_slice(b"\\f"),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(c >> 4)]);
                out.push(HEX[usize::from(c & 15)]);
            }
        }
        from = i + 1;
    }
    out.extend_from_slice(&b[from..]);
    out.push(b'"');
}

/// Whether any byte is a control character, `"` or `\`, 8 bytes at a time.
#[inline]
fn needs_escape(b: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The high bit of each byte that is zero.
    let zero = |y: u64| y.wrapping_sub(ONES) & !y & HIGH;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let x = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        // Bytes below 0x20 (ASCII only: non-ASCII bytes have the high bit), quotes, backslashes.
        let control = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
        if control | zero(x ^ (ONES * u64::from(b'"'))) | zero(x ^ (ONES * u64::from(b'\\'))) != 0 {
            return true;
        }
    }
    chunks.remainder().iter().any(|&c| c < 0x20 || c == b'"' || c == b'\\')
}

/// Writes a number in decimal.
pub fn json_u64(out: &mut Vec<u8>, n: u64) {
    out.extend_from_slice(decimal(n, &mut [0; 20]).as_bytes());
}

/// `n.to_string()` without its allocation: the decimal digits of `n`, written at the end
/// of `buf` (a `u64` has at most 20).
pub(crate) fn decimal(n: u64, buf: &mut [u8; 20]) -> &str {
    let mut i = buf.len();
    let mut n = n;
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[i..]).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variable_indexes_follow_the_scheme() {
        for (i, v) in SCHEME.iter().enumerate() {
            assert_eq!(variable_index(v.name), Some(i), "{}", v.name);
        }
        assert_eq!(variable_index("no_such_variable"), None);
    }

    #[test]
    fn the_json_line_is_what_serde_json_writes_for_the_coding() {
        let text = "Côte d'Ivoire: \"quoted\"\n\ttab \u{1}\u{1f} back\\slash via Facebook \u{1F600}.";
        let mut p = Proposal::default();
        p.set_label(0, "yes");
        p.set_list(1, ["advertising", "recruitment"]);
        p.set_list(3, ["Face\"book", "x\\y"]);
        p.set_count(7, Some(12));
        p.set_count(12, None);
        for (var, value, needle) in
            [(0, "yes", "Facebook"), (3, "Face\"book", "\"quoted\"\n\ttab \u{1}\u{1f} back\\"), (11, "CIV", "Côte")]
        {
            let s = text.find(needle).unwrap();
            p.push_evidence(var, value, s, s + needle.len());
        }
        let coding = p.to_coding(text);
        for id in [Json::String("c\"1\u{7f}é".into()), serde_json::json!(42)] {
            let mut obj = serde_json::Map::new();
            obj.insert("id".into(), id.clone());
            obj.extend(coding.to_json());
            let want = serde_json::to_string(&Json::Object(obj)).unwrap();
            let mut got = Vec::new();
            p.write_json(text, &id, &mut got);
            assert_eq!(String::from_utf8(got).unwrap(), want);
        }
    }

    #[test]
    fn labels_are_listed_as_the_same_strings_copied_are() {
        let mut p = Proposal::default();
        p.set_list(1, ["advertising", "recruitment"]);
        p.set_labels(2, &["social_media", "", "webcam_livestream"]);
        p.set_labels(4, &[]);
        p.set_labels_if(5, [("a", false), ("b", true), ("c", false), ("d", true)]);
        p.set_labels_if(6, [("a", false)]);
        assert_eq!(p.list(p.value("cyber_flow")).collect::<Vec<_>>(), ["b", "d"]);
        assert_eq!(p.list(p.value("forms")).count(), 0);
        p.values[5] = Value::Absent;
        p.values[6] = Value::Absent;
        p.set_list(3, ["Face\"book"]);
        assert_eq!(p.list(p.value("purposes")).collect::<Vec<_>>(), ["advertising", "recruitment"]);
        assert_eq!(p.list(p.value("platform_types")).collect::<Vec<_>>(), ["social_media", "", "webcam_livestream"]);
        assert_eq!(p.list(p.value("strategies")).count(), 0);
        assert_eq!(p.list(p.value("platforms")).collect::<Vec<_>>(), ["Face\"book"]);
        let mut q = Proposal::default();
        q.set_list(1, ["advertising", "recruitment"]);
        q.set_list(2, ["social_media", "", "webcam_livestream"]);
        q.set_list(4, []);
        q.set_list(3, ["Face\"book"]);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        p.write_json("", &Json::from(1), &mut a);
        q.write_json("", &Json::from(1), &mut b);
        assert_eq!(String::from_utf8(a).unwrap(), String::from_utf8(b).unwrap());
        assert_eq!(p.to_coding(""), q.to_coding(""));
    }

    #[test]
    fn evidence_is_counted_as_it_is_listed() {
        let mut p = Proposal::default();
        for k in 0..5 {
            assert_eq!(p.evidence().count(), k);
            assert_eq!(p.evidence().len(), k);
            assert_eq!(p.evidence().map(|e| e.2).collect::<Vec<_>>(), (0..k).collect::<Vec<_>>());
            p.push_evidence(k % 3, ["yes", "advertising", ""][k % 3], k, k + 2);
        }
        let listed: Vec<_> = p.evidence().collect();
        assert_eq!(listed[1], ("purposes", "advertising", 1, 3));
        assert_eq!(listed[2], ("platform_types", "", 2, 4));
        assert_eq!(p.evidence().skip(3).count(), 2);
    }

    proptest::proptest! {
        #[test]
        fn strings_and_numbers_are_written_as_serde_json_writes_them(s in "\\PC*|[\\x00-\\x7f]*", n in proptest::num::u64::ANY) {
            let mut got = Vec::new();
            json_str(&mut got, &s);
            proptest::prop_assert_eq!(String::from_utf8(got).unwrap(), serde_json::to_string(&s).unwrap());
            let mut got = Vec::new();
            json_u64(&mut got, n);
            proptest::prop_assert_eq!(String::from_utf8(got).unwrap(), n.to_string());
        }
    }
}
