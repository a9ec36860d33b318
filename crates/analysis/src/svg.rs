//! Charts as inline SVG, drawn on the server: no JavaScript, nothing fetched, readable offline
//! and by screen readers (each chart has a title and a description, and its table beside it).
//! Colours are the Okabe-Ito palette (safe for the common colour-vision deficiencies), and
//! lines also differ by dash and marker so they can be told apart in grey.

use crate::esc;
use tipdata_model::value::thousands;

pub const PALETTE: [&str; 7] = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000"];
const DASHES: [&str; 7] = ["", "7 4", "2 3", "9 3 2 3", "4 2", "12 4", "1 2"];

/// One line or one colour of bars: a value per x position, `None` where there is none to show.
pub struct Series {
    pub name: String,
    pub values: Vec<Option<u64>>,
}

const W: f64 = 760.0;
const H: f64 = 380.0;
const LEFT: f64 = 78.0;
const RIGHT: f64 = 18.0;
const BOTTOM: f64 = 58.0;

/// A tick step of 1, 2 or 5 times a power of ten giving about five ticks up to `max`.
fn nice_step(max: u64) -> u64 {
    let raw = (max.max(1) as f64 / 5.0).max(1.0);
    let pow = 10f64.powi(raw.log10().floor() as i32);
    let m = raw / pow;
    let step = if m <= 1.0 {
        1.0
    } else if m <= 2.0 {
        2.0
    } else if m <= 5.0 {
        5.0
    } else {
        10.0
    };
    (step * pow).round().max(1.0) as u64
}

fn short(n: u64) -> String {
    if n >= 1_000_000 && n.is_multiple_of(100_000) {
        format!("{}M", n as f64 / 1e6)
    } else {
        thousands(n)
    }
}

struct Frame {
    top: f64,
    y_max: u64,
    out: String,
}

impl Frame {
    fn plot_h(&self) -> f64 {
        H - self.top - BOTTOM
    }
    fn y(&self, v: u64) -> f64 {
        self.top + self.plot_h() * (1.0 - v as f64 / self.y_max as f64)
    }
}

/// The SVG start, legend (wrapped to the width), y axis with grid lines and labels.
fn frame(title: &str, desc: &str, series: &[Series], y_label: &str, x_label: &str, markers: bool) -> Frame {
    let max = series.iter().flat_map(|s| s.values.iter().flatten()).copied().max().unwrap_or(0);
    let step = nice_step(max);
    let y_max = (max.div_ceil(step).max(1)) * step;
    let mut out = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {W} {H}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"sans-serif\" font-size=\"12\">\
<title>{}</title><desc>{}</desc>",
        esc(title),
        esc(desc)
    );
    // Legend rows.
    let (mut x, mut row) = (LEFT, 0);
    for (i, s) in series.iter().enumerate() {
        let w = 34.0 + 7.0 * s.name.chars().count() as f64 + 18.0;
        if x + w > W - RIGHT && x > LEFT {
            x = LEFT;
            row += 1;
        }
        let ly = 14.0 + 18.0 * row as f64;
        let c = PALETTE[i % PALETTE.len()];
        if markers {
            out.push_str(&format!(
                "<line x1=\"{x}\" y1=\"{ly}\" x2=\"{}\" y2=\"{ly}\" stroke=\"{c}\" stroke-width=\"2.5\" stroke-dasharray=\"{}\"/>{}",
                x + 26.0,
                DASHES[i % DASHES.len()],
                marker(i, x + 13.0, ly, c)
            ));
        } else {
            out.push_str(&format!("<rect x=\"{x}\" y=\"{}\" width=\"20\" height=\"12\" fill=\"{c}\"/>", ly - 6.0));
        }
        out.push_str(&format!("<text x=\"{}\" y=\"{}\">{}</text>", x + 32.0, ly + 4.0, esc(&s.name)));
        x += w;
    }
    let top = 14.0 + 18.0 * (row as f64 + 1.0) + 10.0;
    let mut fr = Frame { top, y_max, out };
    let mut v = 0;
    while v <= y_max {
        let y = fr.y(v);
        fr.out.push_str(&format!(
            "<line x1=\"{LEFT}\" y1=\"{y:.1}\" x2=\"{}\" y2=\"{y:.1}\" stroke=\"#ddd\"/><text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            W - RIGHT,
            LEFT - 6.0,
            y + 4.0,
            short(v)
        ));
        v += step;
    }
    fr.out.push_str(&format!(
        "<line x1=\"{LEFT}\" y1=\"{top}\" x2=\"{LEFT}\" y2=\"{b}\" stroke=\"#333\"/><line x1=\"{LEFT}\" y1=\"{b}\" x2=\"{r}\" y2=\"{b}\" stroke=\"#333\"/>\
<text transform=\"translate(16 {m:.1}) rotate(-90)\" text-anchor=\"middle\" font-size=\"13\">{yl}</text>\
<text x=\"{xm:.1}\" y=\"{xb}\" text-anchor=\"middle\" font-size=\"13\">{xl}</text>",
        b = H - BOTTOM,
        r = W - RIGHT,
        m = top + (H - BOTTOM - top) / 2.0,
        yl = esc(y_label),
        xm = LEFT + (W - LEFT - RIGHT) / 2.0,
        xb = H - 4.0,
        xl = esc(x_label),
    ));
    fr
}

fn marker(i: usize, x: f64, y: f64, c: &str) -> String {
    match i % 4 {
        0 => format!("<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3.5\" fill=\"{c}\"/>"),
        1 => format!("<rect x=\"{:.1}\" y=\"{:.1}\" width=\"7\" height=\"7\" fill=\"{c}\"/>", x - 3.5, y - 3.5),
        2 => format!(
            "<path d=\"M{x:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}Z\" fill=\"{c}\"/>",
            y - 4.5,
            x + 4.5,
            y + 3.5,
            x - 4.5,
            y + 3.5
        ),
        _ => format!(
            "<path d=\"M{x:.1} {:.1}L{:.1} {y:.1}L{x:.1} {:.1}L{:.1} {y:.1}Z\" fill=\"{c}\"/>",
            y - 5.0,
            x + 5.0,
            y + 5.0,
            x - 5.0
        ),
    }
}

/// Word-wraps a label to lines of at most `max` characters (a longer word gets a line of its own).
fn wrap_words(l: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for w in l.split_whitespace() {
        match lines.last_mut() {
            Some(last) if last.chars().count() + 1 + w.chars().count() <= max => {
                last.push(' ');
                last.push_str(w);
            }
            _ => lines.push(w.to_string()),
        }
    }
    lines
}

/// Labels under the x axis. Labels too wide for their slot are word-wrapped (up to three
/// lines, a smaller font); only labels that still do not fit (years, where that reads fine)
/// are thinned to every second, third... one.
fn x_labels(out: &mut String, labels: &[String], center: impl Fn(usize) -> f64) {
    let room = (W - LEFT - RIGHT) / labels.len().max(1) as f64;
    let widest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(1) as f64 * 7.0;
    let y = H - BOTTOM + 18.0;
    if widest + 6.0 > room && labels.iter().any(|l| l.contains(' ')) {
        // About 6 px a character at 11 px.
        let max = (((room - 6.0) / 6.0).floor() as usize).max(3);
        let wrapped: Vec<Vec<String>> = labels.iter().map(|l| wrap_words(l, max)).collect();
        let fits = wrapped.iter().all(|ls| ls.len() <= 3 && ls.iter().all(|x| x.chars().count() <= max));
        if fits {
            for (i, ls) in wrapped.iter().enumerate() {
                let x = center(i);
                out.push_str(&format!("<text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"11\">", y - 2.0));
                for (k, line) in ls.iter().enumerate() {
                    let dy = if k == 0 { 0.0 } else { 12.0 };
                    out.push_str(&format!("<tspan x=\"{x:.1}\" dy=\"{dy}\">{}</tspan>", esc(line)));
                }
                out.push_str("</text>");
            }
            return;
        }
    }
    let every = ((widest + 6.0) / room).ceil().max(1.0) as usize;
    for (i, l) in labels.iter().enumerate() {
        if i % every == 0 {
            out.push_str(&format!("<text x=\"{:.1}\" y=\"{y}\" text-anchor=\"middle\">{}</text>", center(i), esc(l)));
        }
    }
}

/// Lines over `x` (years), broken where a value is missing or withheld.
pub fn line_chart(title: &str, desc: &str, x: &[String], series: &[Series], y_label: &str, x_label: &str) -> String {
    let mut f = frame(title, desc, series, y_label, x_label, true);
    let mut out = std::mem::take(&mut f.out);
    let n = x.len().max(1);
    let step = (W - LEFT - RIGHT - 20.0) / (n.saturating_sub(1).max(1)) as f64;
    let cx = |i: usize| LEFT + 10.0 + step * i as f64;
    x_labels(&mut out, x, cx);
    for (si, s) in series.iter().enumerate() {
        let c = PALETTE[si % PALETTE.len()];
        let mut d = String::new();
        let mut pen_down = false;
        for (i, v) in s.values.iter().enumerate() {
            match v {
                Some(v) => {
                    d.push_str(&format!("{}{:.1} {:.1}", if pen_down { "L" } else { "M" }, cx(i), f.y(*v)));
                    pen_down = true;
                }
                None => pen_down = false,
            }
        }
        out.push_str(&format!(
            "<path d=\"{d}\" fill=\"none\" stroke=\"{c}\" stroke-width=\"2.5\" stroke-dasharray=\"{}\"/>",
            DASHES[si % DASHES.len()]
        ));
        for (i, v) in s.values.iter().enumerate() {
            if let Some(v) = v {
                out.push_str(&format!(
                    "<g>{}<title>{}, {}: {}</title></g>",
                    marker(si, cx(i), f.y(*v), c),
                    esc(&s.name),
                    esc(&x[i]),
                    thousands(*v)
                ));
            }
        }
    }
    out.push_str("</svg>");
    out
}

/// Bars grouped by `groups`, one colour per series.
pub fn bar_chart(title: &str, desc: &str, groups: &[String], series: &[Series], y_label: &str, x_label: &str) -> String {
    let mut f = frame(title, desc, series, y_label, x_label, false);
    let mut out = std::mem::take(&mut f.out);
    let gw = (W - LEFT - RIGHT) / groups.len().max(1) as f64;
    let bw = gw * 0.75 / series.len().max(1) as f64;
    x_labels(&mut out, groups, |i| LEFT + gw * (i as f64 + 0.5));
    for (si, s) in series.iter().enumerate() {
        let c = PALETTE[si % PALETTE.len()];
        for (gi, v) in s.values.iter().enumerate() {
            let Some(v) = v else { continue };
            let x = LEFT + gw * gi as f64 + gw * 0.125 + bw * si as f64;
            let y = f.y(*v);
            out.push_str(&format!(
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{c}\"><title>{}, {}: {}</title></rect>",
                bw - 2.0,
                (H - BOTTOM - y).max(0.0),
                esc(&s.name),
                esc(&groups[gi]),
                thousands(*v)
            ));
            if bw >= 34.0 {
                out.push_str(&format!(
                    "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"11\">{}</text>",
                    x + bw / 2.0 - 1.0,
                    y - 4.0,
                    thousands(*v)
                ));
            }
        }
    }
    out.push_str("</svg>");
    out
}

/// A network on a circle: `nodes` are (label, size), `edges` (from, to, weight) by node index.
/// Line width grows with the weight, circle area with the size; each has a tooltip.
pub fn network_chart(title: &str, desc: &str, nodes: &[(String, u64)], edges: &[(usize, usize, u64)], legend: &str) -> String {
    let (cx, cy, r) = (W / 2.0, H / 2.0 + 8.0, H / 2.0 - 60.0);
    let n = nodes.len().max(1) as f64;
    let at = |i: usize| {
        let a = std::f64::consts::TAU * i as f64 / n - std::f64::consts::FRAC_PI_2;
        (cx + r * a.cos(), cy + r * a.sin(), a)
    };
    let max_w = edges.iter().map(|e| e.2).max().unwrap_or(1).max(1) as f64;
    let max_s = nodes.iter().map(|n| n.1).max().unwrap_or(1).max(1) as f64;
    let mut out = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {W} {H}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"sans-serif\" font-size=\"12\">\
<title>{}</title><desc>{}</desc><text x=\"{LEFT}\" y=\"16\">{}</text>",
        esc(title),
        esc(desc),
        esc(legend)
    );
    for &(a, b, w) in edges {
        if a >= nodes.len() || b >= nodes.len() {
            continue;
        }
        let ((x1, y1, _), (x2, y2, _)) = (at(a), at(b));
        out.push_str(&format!(
            "<line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" stroke=\"{}\" stroke-opacity=\"0.6\" stroke-width=\"{:.1}\"><title>{} – {}: {}</title></line>",
            PALETTE[0],
            1.0 + 5.0 * w as f64 / max_w,
            esc(&nodes[a].0),
            esc(&nodes[b].0),
            thousands(w)
        ));
    }
    for (i, (label, size)) in nodes.iter().enumerate() {
        let (x, y, a) = at(i);
        let rad = 4.0 + 8.0 * (*size as f64 / max_s).sqrt();
        let (lx, ly) = (x + (rad + 6.0) * a.cos(), y + (rad + 6.0) * a.sin() + 4.0);
        let anchor = if a.cos() > 0.3 {
            "start"
        } else if a.cos() < -0.3 {
            "end"
        } else {
            "middle"
        };
        out.push_str(&format!(
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{rad:.1}\" fill=\"{}\" stroke=\"#fff\"><title>{}: {}</title></circle><text x=\"{lx:.1}\" y=\"{ly:.1}\" text-anchor=\"{anchor}\">{}</text>",
            PALETTE[1],
            esc(label),
            thousands(*size),
            esc(label)
        ));
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_numbers() {
        assert_eq!(nice_step(0), 1);
        assert_eq!(nice_step(9), 2);
        assert_eq!(nice_step(23_000), 5_000);
        assert_eq!(nice_step(61_000), 20_000);
    }

    #[test]
    fn a_gap_breaks_the_line_and_text_is_escaped() {
        let s = [Series { name: "A<b>".into(), values: vec![Some(1), None, Some(3), Some(4)] }];
        let x: Vec<String> = (2000..2004).map(|y| y.to_string()).collect();
        let svg = line_chart("T", "D", &x, &s, "victims", "year");
        let path = svg.split("<path d=\"").nth(1).expect("a path");
        assert_eq!(path.matches('M').count(), 2, "two segments: {path}");
        assert!(svg.contains("A&lt;b&gt;") && !svg.contains("A<b>"));
    }

    #[test]
    fn long_category_labels_wrap_instead_of_being_left_out() {
        let groups: Vec<String> = [
            "sexual exploitation",
            "forced labour",
            "forced criminal activity",
            "forced begging",
            "forced marriage",
            "organ removal",
            "other",
        ]
        .map(String::from)
        .to_vec();
        let s = [Series { name: "hunting".into(), values: vec![Some(1); 7] }];
        let svg = bar_chart("T", "D", &groups, &s, "cases", "form");
        for w in ["sexual", "labour", "criminal", "begging", "marriage", "organ", "other"] {
            assert!(svg.contains(w), "{w} missing");
        }
        assert_eq!(wrap_words("forced criminal activity", 15), ["forced criminal", "activity"]);
    }
}
