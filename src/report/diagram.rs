//! Diagrams as SVG (drawn by layout-rs, in the binary: no Graphviz needed),
//! DOT (for Graphviz), Mermaid and JSON.

use crate::graph::diagram::Diagram;
use layout::backends::svg::SVGWriter;
use layout::core::base::Orientation;
use layout::core::color::Color;
use layout::core::geometry::Point;
use layout::core::style::{LineStyleKind, StyleAttr};
use layout::std_shapes::shapes::{Arrow, Element, LineEndKind, ShapeKind};
use layout::topo::layout::VisualGraph;
use std::collections::HashMap;

/// The fill colour of a verdict, from green (existing law) to red (treaty revision).
pub fn verdict_colour(verdict: &str) -> &'static str {
    match verdict {
        "compatible" => "#c8e6c9",
        "national-competence" => "#dcedc8",
        "secondary-legislation" => "#fff9c4",
        "international-agreement" => "#ffe0b2",
        "special-procedure" => "#ffccbc",
        "treaty-revision" => "#ef9a9a",
        "incompatible" => "#e57373",
        _ => "#ffffff",
    }
}

fn kind_colour(kind: &str) -> &'static str {
    match kind {
        "right" => "#e3f2fd",
        "status" | "group" => "#ede7f6",
        "condition" => "#fce4ec",
        "provision" => "#f5f5f5",
        _ => "#ffffff",
    }
}

/// One font size for every shape: layout-rs emits a style per size from a
/// hash map, in no fixed order, and the output must be byte-identical.
const FONT_SIZE: usize = 16;

/// Long labels wrap at about this many characters, so nodes stay narrow.
pub const WRAP: usize = 28;

fn wrap(label: &str) -> String {
    wrap_at(label, WRAP)
}

fn wrap_at(label: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    for word in label.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.len() + 1 + word.len() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines.join("\n")
}

/// A box that holds its label: layout-rs reckons a whole em for every
/// character, which draws boxes twice as wide as their text, and a drawing
/// that must then be shrunk until it cannot be read.
fn box_size(label: &str) -> Point {
    let longest = label.lines().map(|l| l.chars().count()).max().unwrap_or(1);
    let lines = label.lines().count().max(1);
    let em = FONT_SIZE as f64;
    Point::new(
        longest as f64 * em * 0.56 + 24.0,
        lines as f64 * em * 1.2 + 14.0,
    )
}

/// The most boxes and arrows together that are laid out as SVG. The
/// layout (layout-rs) grows far faster than the drawing: the built-in
/// corpus's 468 boxes and 476 arrows take 1.5 s, 472 and 732 take 6.5 s,
/// 632 and 991 take 14 s, and a drawing that large cannot be read anyway.
/// DOT, Mermaid and JSON have no such limit.
pub const MOST_LAID_OUT: usize = 1_200;

/// The most boxes and arrows one HTML page lays out in all its drawings.
/// Each grant has a drawing of a dozen or so: a proposal of 36,000 grants
/// wrote 360 MB of SVG and took 14 s, where 24,000 boxes and arrows, some
/// 2,000 grants' drawings, take about a second.
pub const MOST_LAID_OUT_PER_PAGE: usize = 24_000;

/// A drawing with more boxes and arrows than [`MOST_LAID_OUT`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLarge {
    pub boxes: usize,
    pub arrows: usize,
}

impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(
            f,
            "the graph has {} boxes and {} arrows, more than the {MOST_LAID_OUT} that lexcompat lays out",
            self.boxes, self.arrows
        )
    }
}

/// The diagram drawn as one SVG element, left to right.
pub fn to_svg(diagram: &Diagram) -> Result<String, TooLarge> {
    draw(diagram, WRAP)
}

/// The diagram drawn with labels wrapped at `width` characters: wider
/// boxes in fewer lines, for a drawing of two columns that must be short.
fn draw(diagram: &Diagram, width: usize) -> Result<String, TooLarge> {
    if diagram.nodes.is_empty() {
        return Ok(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"></svg>".to_string(),
        );
    }
    if diagram.nodes.len() + diagram.edges.len() > MOST_LAID_OUT {
        return Err(TooLarge {
            boxes: diagram.nodes.len(),
            arrows: diagram.edges.len(),
        });
    }
    let orientation = Orientation::LeftToRight;
    let mut graph = VisualGraph::new(orientation);
    let mut handles = HashMap::new();
    for node in &diagram.nodes {
        let fill = node
            .verdict
            .map_or_else(|| kind_colour(node.kind), verdict_colour);
        let look = StyleAttr::new(
            Color::fast("#37474f"),
            1,
            Some(Color::fast(fill)),
            6,
            FONT_SIZE,
        );
        let label = wrap_at(&crate::report::printable(&node.label), width);
        let size = box_size(&label);
        let shape = ShapeKind::new_box(&label);
        let handle = graph.add_node(Element::create(shape, look, orientation, size));
        handles.insert(node.id.as_str(), handle);
    }
    for edge in &diagram.edges {
        let (Some(from), Some(to)) = (
            handles.get(edge.from.as_str()),
            handles.get(edge.to.as_str()),
        ) else {
            continue;
        };
        let look = if edge.emphasis {
            StyleAttr::new(Color::fast("#b71c1c"), 3, None, 0, FONT_SIZE)
        } else {
            StyleAttr::new(Color::fast("#78909c"), 1, None, 0, FONT_SIZE)
        };
        let style = if edge.label.starts_with("for part") {
            LineStyleKind::Dashed
        } else {
            LineStyleKind::Normal
        };
        // No label on the arrows: layout-rs sets a label a rank of its
        // own and the drawing doubles in width; the boxes say what the
        // arrows would.
        let arrow = Arrow::new(
            LineEndKind::None,
            LineEndKind::Arrow,
            style,
            "",
            &look,
            &None,
            &None,
        );
        graph.add_edge(arrow, *from, *to);
    }
    let mut writer = SVGWriter::new();
    graph.do_it(false, false, false, &mut writer);
    let svg = writer.finalize();
    // The drawing comes as a standalone document; inline, only the <svg> element is wanted.
    let svg = match svg.find("<svg") {
        Some(start) => svg[start..].to_string(),
        None => svg,
    };
    Ok(fit(&svg))
}

/// The drawing with its ids (arrowheads, paths) made unique by `name`, for
/// a page that holds several drawings: layout-rs numbers them from 0 in each.
pub fn to_svg_named(diagram: &Diagram, name: &str, wrap_width: usize) -> Result<String, TooLarge> {
    let name = crate::graph::diagram::slug("d", name);
    Ok(draw(diagram, wrap_width)?
        .replace("id=\"startarrow\"", &format!("id=\"startarrow-{name}\""))
        .replace("id=\"endarrow\"", &format!("id=\"endarrow-{name}\""))
        .replace("url(#startarrow)", &format!("url(#startarrow-{name})"))
        .replace("url(#endarrow)", &format!("url(#endarrow-{name})"))
        .replace("id=\"arrow", &format!("id=\"{name}-arrow"))
        .replace("href=\"#arrow", &format!("href=\"#{name}-arrow")))
}

/// The value of a numeric attribute in a tag, such as `width="12.5"`.
fn attribute(tag: &str, name: &str) -> Option<f64> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = start + tag[start..].find('"')?;
    tag[start..end].trim().parse().ok()
}

/// The drawing cropped to its boxes: layout-rs sizes the canvas for the
/// widths it reckons, not the boxes drawn, and leaves a blank that the
/// page would otherwise shrink the drawing to make room for.
fn fit(svg: &str) -> String {
    let mut right: f64 = 0.0;
    let mut bottom: f64 = 0.0;
    for tag in svg.split("<rect").skip(1) {
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        if let (Some(x), Some(y), Some(w), Some(h)) = (
            attribute(tag, "x"),
            attribute(tag, "y"),
            attribute(tag, "width"),
            attribute(tag, "height"),
        ) {
            right = right.max(x + w);
            bottom = bottom.max(y + h);
        }
    }
    let Some(end) = svg.find('>') else {
        return svg.to_string();
    };
    if right <= 0.0 || bottom <= 0.0 {
        return svg.to_string();
    }
    // The margin layout-rs leaves at the top and left, kept at the others.
    let (width, height) = ((right + 30.0).ceil(), (bottom + 30.0).ceil());
    format!(
        "<svg width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">{}",
        &svg[end + 1..]
    )
}

/// `text` as a DOT string at the end of `out`, in one pass: what a
/// terminal acts on replaced (as [`crate::report::printable`] does),
/// backslashes, quotes and line breaks escaped.
fn push_dot_quoted(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c if crate::report::unsafe_char(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The diagram in Graphviz's DOT language.
pub fn to_dot(diagram: &Diagram) -> String {
    in_memory(|out| write_dot(diagram, out))
}

/// [`to_dot`] written to `out` as it is made, in one pass: a corpus's
/// diagram has millions of lines, more than is worth holding at once.
pub fn write_dot(diagram: &Diagram, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut part = Part::new(out);
    part.text.push_str("digraph lexcompat {\n  rankdir=LR;\n  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];\n  edge [fontname=\"Helvetica\", fontsize=9, color=\"#78909c\"];\n");
    for node in &diagram.nodes {
        let fill = node
            .verdict
            .map_or_else(|| kind_colour(node.kind), verdict_colour);
        let out = &mut part.text;
        out.push_str("  ");
        push_dot_quoted(out, &node.id);
        out.push_str(" [label=");
        push_dot_quoted(out, &wrap(&node.label));
        out.push_str(", fillcolor=");
        push_dot_quoted(out, fill);
        out.push_str(", tooltip=");
        push_dot_quoted(out, node.kind);
        out.push_str("];\n");
        part.pass()?;
    }
    for edge in &diagram.edges {
        let out = &mut part.text;
        out.push_str("  ");
        push_dot_quoted(out, &edge.from);
        out.push_str(" -> ");
        push_dot_quoted(out, &edge.to);
        out.push_str(" [label=");
        push_dot_quoted(out, &edge.label);
        if edge.emphasis {
            out.push_str(", color=\"#b71c1c\", penwidth=2.5");
        }
        out.push_str("];\n");
        part.pass()?;
    }
    part.text.push_str("}\n");
    part.end()
}

/// A diagram's text on its way to a writer: lines gather in `text` and are
/// passed on a block at a time.
struct Part<'w> {
    text: String,
    out: &'w mut dyn std::io::Write,
}

impl<'w> Part<'w> {
    const BLOCK: usize = 1 << 16;

    fn new(out: &'w mut dyn std::io::Write) -> Part<'w> {
        Part {
            text: String::with_capacity(Self::BLOCK + 1024),
            out,
        }
    }

    /// Passes what has gathered on, once it fills a block.
    fn pass(&mut self) -> std::io::Result<()> {
        if self.text.len() >= Self::BLOCK {
            self.out.write_all(self.text.as_bytes())?;
            self.text.clear();
        }
        Ok(())
    }

    fn end(self) -> std::io::Result<()> {
        self.out.write_all(self.text.as_bytes())
    }
}

/// What a writer of a diagram writes, as a string.
fn in_memory(write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>) -> String {
    let mut out = Vec::new();
    write(&mut out).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("diagrams are written as UTF-8 text")
}

/// `text` as a quoted Mermaid label at the end of `out`: Mermaid keeps only
/// a small set of characters in one.
fn push_mermaid_label(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        out.push(match c {
            c if crate::report::unsafe_char(c) => '\u{FFFD}',
            '"' => '\'',
            '<' | '>' | '{' | '}' | '[' | ']' | '|' | '#' | ';' | '`' => ' ',
            c if c.is_control() => ' ',
            c => c,
        });
    }
    out.push('"');
}

/// The diagram as a Mermaid flowchart.
pub fn to_mermaid(diagram: &Diagram) -> String {
    in_memory(|out| write_mermaid(diagram, out))
}

/// [`to_mermaid`] written to `out` as it is made.
pub fn write_mermaid(diagram: &Diagram, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    use std::fmt::Write;
    let mut part = Part::new(out);
    part.text.push_str("flowchart LR\n");
    let index: crate::table::Map<&str, usize> = diagram
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    // Writing to a String cannot fail.
    for (i, node) in diagram.nodes.iter().enumerate() {
        let out = &mut part.text;
        let _ = write!(out, "  n{i}[");
        push_mermaid_label(out, &node.label);
        out.push_str("]\n");
        part.pass()?;
    }
    for edge in &diagram.edges {
        let (Some(from), Some(to)) = (index.get(edge.from.as_str()), index.get(edge.to.as_str()))
        else {
            continue;
        };
        let arrow = if edge.emphasis { "==>" } else { "-->" };
        let out = &mut part.text;
        if edge.label.is_empty() {
            let _ = writeln!(out, "  n{from} {arrow} n{to}");
        } else {
            let _ = write!(out, "  n{from} {arrow}|");
            push_mermaid_label(out, &edge.label);
            let _ = writeln!(out, "| n{to}");
        }
        part.pass()?;
    }
    for (i, node) in diagram.nodes.iter().enumerate() {
        let fill = node
            .verdict
            .map_or_else(|| kind_colour(node.kind), verdict_colour);
        let _ = writeln!(part.text, "  style n{i} fill:{fill}");
        part.pass()?;
    }
    part.end()
}

/// The diagram's nodes and edges as pretty JSON, with what a terminal acts
/// on escaped (`report::inert_json`): labels hold the proposal's own words.
pub fn to_json(diagram: &Diagram) -> String {
    in_memory(|out| write_json(diagram, out))
}

/// [`to_json`] written to `out` as it is made.
pub fn write_json(diagram: &Diagram, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    crate::report::stream_inert_json(diagram, 0, out)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A diagram larger than a block is written a block at a time: the
    /// same text as made at once, and a failing writer's error passed on.
    #[test]
    fn a_diagram_is_written_a_block_at_a_time_as_it_is_made_at_once() {
        let d = chain(3_000);
        for (whole, write) in [
            (
                to_dot(&d),
                write_dot as fn(&Diagram, &mut dyn std::io::Write) -> std::io::Result<()>,
            ),
            (to_mermaid(&d), write_mermaid),
            (to_json(&d), write_json),
        ] {
            assert!(whole.len() > 2 * Part::BLOCK, "{} bytes", whole.len());
            let mut written = Vec::new();
            let mut blocks = std::io::BufWriter::with_capacity(7, &mut written);
            write(&d, &mut blocks).unwrap();
            drop(blocks);
            assert_eq!(String::from_utf8(written).unwrap(), whole);
            let mut short = [0u8; 100_000];
            let error = write(&d, &mut &mut short[..]).unwrap_err();
            assert_eq!(error.kind(), std::io::ErrorKind::WriteZero);
        }
    }

    /// A chain of `boxes` boxes, each pointing at the next.
    fn chain(boxes: usize) -> Diagram {
        let mut d = Diagram::default();
        for i in 0..boxes {
            d.node(format!("n{i}"), "provision", format!("box {i}"), None);
            if i > 0 {
                d.edge(&format!("n{}", i - 1), &format!("n{i}"), "next", false);
            }
        }
        d
    }

    #[test]
    fn a_drawing_within_the_limit_is_laid_out() {
        let svg = to_svg(&chain(20)).expect("20 boxes are laid out");
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("box 19"));
    }

    #[test]
    fn a_drawing_over_the_limit_is_refused_at_once_with_its_size() {
        // 601 boxes and 600 arrows: one over the limit.
        let refused = to_svg(&chain(601)).expect_err("refused");
        assert_eq!(
            refused,
            TooLarge {
                boxes: 601,
                arrows: 600
            }
        );
        assert_eq!(
            refused.to_string(),
            "the graph has 601 boxes and 600 arrows, more than the 1200 that lexcompat lays out"
        );
        assert!(to_svg_named(&chain(601), "p", WRAP).is_err());
    }

    /// Text from a file, in a node's id, a label or an edge's label, stays
    /// a DOT string: its quotes and backslashes escaped, the breaks of a
    /// wrapped label written `\n`, what a terminal acts on replaced.
    #[test]
    fn dot_strings_escape_what_the_text_holds() {
        let mut d = Diagram::default();
        d.node(
            "a\\b".into(),
            "right",
            "say \"hi\" to all of them then\u{202E}go\u{7}".into(),
            None,
        );
        d.edge("a\\b", "c", "x\"y", true);
        let dot = to_dot(&d);
        assert!(dot.contains(
            "  \"a\\\\b\" [label=\"say \\\"hi\\\" to all of them\\nthen\u{FFFD}go\u{FFFD}\", fillcolor=\"#e3f2fd\", tooltip=\"right\"];\n"
        ));
        assert!(dot.contains(
            "  \"a\\\\b\" -> \"c\" [label=\"x\\\"y\", color=\"#b71c1c\", penwidth=2.5];\n"
        ));
    }

    /// A Mermaid label keeps letters and spaces: a quote becomes an
    /// apostrophe, Mermaid's own marks and line breaks spaces, what a
    /// terminal acts on the replacement character.
    #[test]
    fn mermaid_labels_keep_only_what_mermaid_reads() {
        let mut d = Diagram::default();
        d.node(
            "a".into(),
            "right",
            "say \"hi\" [x]|y\nz\u{202E}".into(),
            None,
        );
        d.node("b".into(), "status", "b".into(), None);
        d.edge("a", "b", "1 < 2", false);
        let mermaid = to_mermaid(&d);
        assert_eq!(
            mermaid,
            "flowchart LR\n  n0[\"say 'hi'  x  y z\u{FFFD}\"]\n  n1[\"b\"]\n  n0 -->|\"1   2\"| n1\n  style n0 fill:#e3f2fd\n  style n1 fill:#ede7f6\n"
        );
    }
}
