//! `multipart/form-data` bodies (RFC 7578), as a browser sends a form with a file: the one
//! upload form (the questionnaire) does not justify axum's `multipart` feature and its
//! streaming parser (multer and its dependencies); a whole body is at most a few MiB here.

/// One part of the form: its field name, the file name if it is a file, and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub name: String,
    pub filename: Option<String>,
    pub data: Vec<u8>,
}

/// The boundary of a `multipart/form-data` content type, or `None` for any other type.
pub fn boundary(content_type: &str) -> Option<String> {
    let (mime, params) = content_type.split_once(';')?;
    if !mime.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    params.split(';').find_map(|p| {
        let (k, v) = p.trim().split_once('=')?;
        k.trim().eq_ignore_ascii_case("boundary").then(|| v.trim().trim_matches('"').to_string()).filter(|b| !b.is_empty())
    })
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

/// A parameter of a `Content-Disposition` header line (`name="csrf"`).
fn disposition_param(line: &str, key: &str) -> Option<String> {
    let lower = line.to_ascii_lowercase();
    let mut at = 0;
    while let Some(i) = lower[at..].find(&format!("{key}=")) {
        let start = at + i;
        // Not the tail of another parameter (`filename=` contains `name=`).
        let before = lower[..start].chars().last();
        if matches!(before, Some(';') | Some(' ')) {
            let rest = &line[start + key.len() + 1..];
            return Some(match rest.strip_prefix('"') {
                Some(q) => q.split('"').next().unwrap_or("").to_string(),
                None => rest.split(';').next().unwrap_or("").trim().to_string(),
            });
        }
        at = start + key.len() + 1;
    }
    None
}

/// Splits a body into its parts. Every part needs a `Content-Disposition: form-data; name=...`.
pub fn parse(body: &[u8], boundary: &str) -> Result<Vec<Part>, String> {
    let delim = format!("--{boundary}").into_bytes();
    let mut parts = Vec::new();
    let mut at = find(body, &delim, 0).ok_or("the form has no part (boundary not found)")? + delim.len();
    loop {
        if body[at..].starts_with(b"--") {
            return Ok(parts);
        }
        if !body[at..].starts_with(b"\r\n") {
            return Err("a part boundary is not followed by a line break".into());
        }
        at += 2;
        let head_end = find(body, b"\r\n\r\n", at).ok_or("a part has no end of headers")?;
        let head = String::from_utf8_lossy(&body[at..head_end]).into_owned();
        let data_start = head_end + 4;
        let mut next_delim = b"\r\n".to_vec();
        next_delim.extend_from_slice(&delim);
        let data_end = find(body, &next_delim, data_start).ok_or("a part has no closing boundary")?;
        let disposition = head
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("content-disposition:"))
            .ok_or("a part has no Content-Disposition header")?;
        let name = disposition_param(disposition, "name").ok_or("a part has no field name")?;
        let filename = disposition_param(disposition, "filename");
        parts.push(Part { name, filename, data: body[data_start..data_end].to_vec() });
        at = data_end + next_delim.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &[u8] = b"--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc123\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"q BOL.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\nPK\x03\x04\r\n--not-it\r\n\x00\xff\r\n--XyZ--\r\n";

    #[test]
    fn a_browser_form_with_a_file_splits_into_its_fields() {
        assert_eq!(boundary("multipart/form-data; boundary=XyZ").as_deref(), Some("XyZ"));
        assert_eq!(boundary("multipart/form-data; boundary=\"XyZ\"").as_deref(), Some("XyZ"));
        assert_eq!(boundary("application/x-www-form-urlencoded"), None);
        let parts = parse(BODY, "XyZ").expect("parses");
        assert_eq!(parts.len(), 2);
        assert_eq!(
            (parts[0].name.as_str(), parts[0].filename.as_deref(), parts[0].data.as_slice()),
            ("csrf", None, &b"abc123"[..])
        );
        assert_eq!(parts[1].name, "file");
        assert_eq!(parts[1].filename.as_deref(), Some("q BOL.xlsx"));
        assert_eq!(parts[1].data, b"PK\x03\x04\r\n--not-it\r\n\x00\xff".to_vec(), "binary data and a near-boundary survive");
    }

    #[test]
    fn a_truncated_body_is_an_error_not_a_panic() {
        for cut in [0, 5, 20, 60, BODY.len() - 12] {
            let r = parse(&BODY[..cut], "XyZ");
            assert!(r.is_err(), "cut at {cut}: {r:?}");
        }
        assert!(parse(b"--XyZ\r\nContent-Type: text/plain\r\n\r\nx\r\n--XyZ--", "XyZ")
            .unwrap_err()
            .contains("Content-Disposition"));
    }
}
