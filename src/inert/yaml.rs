//! YAML written as serde_yaml writes it, byte for byte, and inert.
//!
//! serde_yaml's emitter (libyaml, ported) is the slowest stage of a large
//! `check --format yaml`: it weighs every character of every scalar through
//! a state machine. [`Block`] writes the same block layout straight into a
//! buffer, in a single pass, for the values reports hold (mappings,
//! lists, strings, integers, booleans, null). Where libyaml's choice is one
//! this writer does not make (a double-quoted scalar, a float, a tag), it
//! declines and the value is written by serde_yaml instead: what is written
//! is always serde_yaml's layout, made inert.
//!
//! The rules below are libyaml's (`yaml_emitter_analyze_scalar`,
//! `yaml_emitter_select_scalar_style`, the block writers) and serde_yaml's
//! (`Serializer::serialize_str`, which quotes what would read back as
//! another type); tests compare the bytes with serde_yaml's on generated
//! values.

use serde::ser::{self, Serialize};
use std::fmt;

/// serde_yaml's layout of `value`, with nothing a terminal acts on.
pub fn inert_yaml<T: Serialize + ?Sized>(value: &T) -> String {
    let mut out = Vec::new();
    if Block::write(value, Place::Root, &mut out).is_ok() {
        end_line(&mut out);
        return String::from_utf8(out).expect("the writer copies whole strings");
    }
    by_serde_yaml(value)
}

/// Appends serde_yaml's layout of `value` as a list element whose `- `
/// stands `indent` columns in.
pub(crate) fn write_yaml_item<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T, indent: usize) {
    let start = out.len();
    pad(out, indent);
    out.push(b'-');
    if Block::write(value, Place::Item { indent }, out).is_ok() {
        end_line(out);
        return;
    }
    out.truncate(start);
    item_by_serde_yaml(out, value, indent);
}

/// [`write_yaml_item`] by serde_yaml: its document set at the depth.
fn item_by_serde_yaml<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T, indent: usize) {
    let text = by_serde_yaml(value);
    // A block scalar's lines stand two columns in already at the margin.
    let shift = match Shape::of(value) {
        Shape::Scalar => indent,
        Shape::Mapping | Shape::List => indent + 2,
    };
    for (n, line) in text.lines().enumerate() {
        if n == 0 {
            pad(out, indent);
            out.extend_from_slice(b"- ");
        } else if !line.is_empty() {
            // serde_yaml leaves the empty lines of a block scalar empty.
            pad(out, shift);
        }
        out.extend_from_slice(line.as_bytes());
        out.push(b'\n');
    }
}

/// What a value is laid out as, below a key or a dash.
enum Shape {
    /// A non-empty mapping.
    Mapping,
    /// A non-empty list.
    List,
    /// Anything written on the key's or the dash's line: a scalar, `[]`,
    /// `{}`, a tagged value.
    Scalar,
}

impl Shape {
    fn of<T: Serialize + ?Sized>(value: &T) -> Shape {
        match serde_yaml::to_value(value) {
            Ok(serde_yaml::Value::Mapping(map)) if !map.is_empty() => Shape::Mapping,
            Ok(serde_yaml::Value::Sequence(list)) if !list.is_empty() => Shape::List,
            _ => Shape::Scalar,
        }
    }
}

/// Writes `name: value` as serde_yaml lays it out in a mapping whose keys
/// stand `indent` columns in (the first after `lead`): a scalar, `[]`, `{}`
/// or `null` on the key's line; a mapping below it, two columns further in;
/// a list below it, at the key's column.
pub(crate) fn write_yaml_field<T: Serialize + ?Sized>(
    out: &mut dyn std::io::Write,
    lead: &str,
    name: &str,
    value: &T,
    indent: usize,
) -> std::io::Result<()> {
    let mut field = Vec::new();
    field.extend_from_slice(lead.as_bytes());
    field.extend_from_slice(name.as_bytes());
    field.push(b':');
    if Block::write(value, Place::Value { indent }, &mut field).is_ok() {
        end_line(&mut field);
        return out.write_all(&field);
    }
    field_by_serde_yaml(out, lead, name, value, indent)
}

/// [`write_yaml_field`] by serde_yaml: its document set at the depth.
fn field_by_serde_yaml<T: Serialize + ?Sized>(
    out: &mut dyn std::io::Write,
    lead: &str,
    name: &str,
    value: &T,
    indent: usize,
) -> std::io::Result<()> {
    let text = by_serde_yaml(value);
    // A mapping goes below its key, two columns in; a list below it, at
    // its column; anything else on its line.
    let block = match Shape::of(value) {
        Shape::Mapping => Some(indent + 2),
        Shape::List => Some(indent),
        Shape::Scalar => None,
    };
    write!(out, "{lead}{name}:")?;
    let mut lines = text.lines();
    let shift = match block {
        Some(shift) => {
            out.write_all(b"\n")?;
            shift
        }
        None => {
            writeln!(out, " {}", lines.next().unwrap_or_default())?;
            indent
        }
    };
    let pad = " ".repeat(shift);
    for line in lines {
        if !line.is_empty() {
            out.write_all(pad.as_bytes())?;
        }
        out.write_all(line.as_bytes())?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

fn pad(out: &mut Vec<u8>, columns: usize) {
    out.resize(out.len() + columns, b' ');
}

/// Ends the last line written, unless a block scalar ended it already.
fn end_line(out: &mut Vec<u8>) {
    if out.last() != Some(&b'\n') {
        out.push(b'\n');
    }
}

/// serde_yaml's own layout, for what [`Block`] declines. libyaml escapes
/// controls and line separators itself, but counts bidirectional overrides
/// and marks as printable and writes them raw, where a plain or
/// single-quoted scalar cannot escape them. So, in the rare value that
/// holds one, each string holding one is set in double quotes with `\u`
/// escapes instead: the same document read back, inert when printed.
fn by_serde_yaml<T: Serialize + ?Sized>(value: &T) -> String {
    let text = serde_yaml::to_string(value).expect("the report serialises");
    if !text.chars().any(super::unsafe_char) {
        return text;
    }
    let mut value = serde_yaml::to_value(value).expect("the report serialises");
    // Each such string gives way to a token written plain, found once, and
    // replaced by the string in double quotes. The text's length in the
    // token keeps it from being any string of the text itself.
    let mut held = Vec::new();
    hold_unsafe_strings(&mut value, &mut held, text.len());
    let mut text = serde_yaml::to_string(&value).expect("the report serialises");
    for (token, string) in held {
        text = text.replacen(&token, &double_quoted(&string), 1);
    }
    text
}

fn hold_unsafe_strings(
    value: &mut serde_yaml::Value,
    held: &mut Vec<(String, String)>,
    salt: usize,
) {
    match value {
        serde_yaml::Value::String(string) if string.chars().any(super::unsafe_char) => {
            let token = format!("lexcompat-held-{}-{salt}", held.len());
            held.push((token.clone(), std::mem::replace(string, token)));
        }
        serde_yaml::Value::Sequence(values) => {
            for value in values {
                hold_unsafe_strings(value, held, salt);
            }
        }
        serde_yaml::Value::Mapping(mapping) => {
            for (_, value) in mapping.iter_mut() {
                hold_unsafe_strings(value, held, salt);
            }
        }
        serde_yaml::Value::Tagged(tagged) => hold_unsafe_strings(&mut tagged.value, held, salt),
        _ => {}
    }
}

/// A YAML double-quoted scalar: what a terminal acts on, line breaks,
/// quotes and backslashes escaped.
fn double_quoted(string: &str) -> String {
    let mut out = String::with_capacity(string.len() + 2);
    out.push('"');
    for c in string.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if super::unsafe_char(c) => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Where a node is written, and so how it begins and how deep its lines go.
#[derive(Clone, Copy)]
enum Place {
    /// The whole document, at the left margin.
    Root,
    /// After `key:` in a block mapping whose keys stand `indent` in.
    Value { indent: usize },
    /// After `-` in a block list whose dashes stand `indent` in.
    Item { indent: usize },
}

impl Place {
    /// The column a block scalar's lines, or a nested list's further
    /// dashes, stand at: libyaml's indent one step (two columns) in.
    fn inner(self) -> usize {
        match self {
            Place::Root => 2,
            Place::Value { indent } | Place::Item { indent } => indent + 2,
        }
    }

    /// What comes before a scalar or a flow `[]`/`{}` here.
    fn lead(self) -> &'static [u8] {
        match self {
            Place::Root => b"",
            _ => b" ",
        }
    }
}

/// A value [`Block`] leaves to serde_yaml: it is laid out in a way this
/// writer does not make. Never shown; the value is written all the same.
#[derive(Debug)]
pub(crate) struct Declined;

impl fmt::Display for Declined {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("laid out by serde_yaml instead")
    }
}

impl std::error::Error for Declined {}

impl ser::Error for Declined {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Declined
    }
}

/// How libyaml sets a string down in block context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Plain,
    SingleQuoted,
    /// `|`, with its indentation hint (for a leading space or break) and
    /// its chomping indicator: `-` when the text does not end in a break,
    /// `+` when it ends in more than one (or is one), none for one.
    Literal {
        hint: bool,
        chomp: &'static str,
    },
}

/// The style libyaml gives `text`, or `None` where it would double-quote
/// it, which this writer declines. A key
/// (`key: true`) is a simple key in libyaml's sense.
fn style(text: &str, key: bool) -> Option<Style> {
    let facts = Facts::of(text)?;
    if text.contains('\n') {
        // serde_yaml asks for a literal block; libyaml keeps it only where
        // a block is allowed and never for a key.
        if key || !facts.block_allowed {
            return None;
        }
        let bytes = text.as_bytes();
        let chomp = match bytes {
            [.., b'\n', b'\n'] | [b'\n'] => "+",
            [.., b'\n'] => "",
            _ => "-",
        };
        let hint = matches!(bytes[0], b' ' | b'\n');
        return Some(Style::Literal { hint, chomp });
    }
    let style = if reads_as_another_type(text) || !facts.block_plain_allowed {
        Style::SingleQuoted
    } else {
        Style::Plain
    };
    if style == Style::SingleQuoted && !facts.single_quoted_allowed {
        return None;
    }
    Some(style)
}

/// What `yaml_emitter_analyze_scalar` finds in a scalar, for block context.
struct Facts {
    block_plain_allowed: bool,
    single_quoted_allowed: bool,
    block_allowed: bool,
}

impl Facts {
    /// `None` for text holding a character libyaml would escape (it is not
    /// printable to libyaml) or a terminal would act on (escaped here):
    /// such text is double-quoted.
    fn of(text: &str) -> Option<Facts> {
        if text.is_empty() {
            return Some(Facts {
                block_plain_allowed: true,
                single_quoted_allowed: true,
                block_allowed: false,
            });
        }
        let bytes = text.as_bytes();
        let mut block_indicators = bytes.starts_with(b"---") || bytes.starts_with(b"...");
        let (mut leading_space, mut leading_break) = (false, false);
        let (mut trailing_space, mut trailing_break) = (false, false);
        let (mut break_space, mut space_break) = (false, false);
        let (mut previous_space, mut previous_break) = (false, false);
        let mut line_breaks = false;
        let mut preceded_by_whitespace = true;
        // Bytes, not characters: every character weighed here is ASCII,
        // and the rest are only checked for what libyaml escapes.
        let mut at = 0;
        while at < bytes.len() {
            let b = bytes[at];
            let width = if b.is_ascii() {
                if b != b'\n' && !(b' '..=b'~').contains(&b) {
                    return None;
                }
                1
            } else {
                let c = text[at..].chars().next()?;
                if !printable(c) || super::unsafe_char(c) {
                    return None;
                }
                c.len_utf8()
            };
            let next = bytes.get(at + width);
            // Beyond the end stands libyaml's terminating NUL, a blank.
            let followed_by_whitespace = matches!(next, None | Some(b' ' | b'\n'));
            let (first, last) = (at == 0, next.is_none());
            if first {
                match b {
                    b'#' | b',' | b'[' | b']' | b'{' | b'}' | b'&' | b'*' | b'!' | b'|' | b'>'
                    | b'\'' | b'"' | b'%' | b'@' | b'`' => block_indicators = true,
                    b'?' | b':' | b'-' if followed_by_whitespace => block_indicators = true,
                    _ => {}
                }
            } else {
                match b {
                    b':' if followed_by_whitespace => block_indicators = true,
                    b'#' if preceded_by_whitespace => block_indicators = true,
                    _ => {}
                }
            }
            match b {
                b' ' => {
                    leading_space |= first;
                    trailing_space |= last;
                    break_space |= previous_break;
                    (previous_space, previous_break) = (true, false);
                }
                b'\n' => {
                    line_breaks = true;
                    leading_break |= first;
                    trailing_break |= last;
                    space_break |= previous_space;
                    (previous_space, previous_break) = (false, true);
                }
                _ => (previous_space, previous_break) = (false, false),
            }
            preceded_by_whitespace = b == b' ' || b == b'\n';
            at += width;
        }
        let mut facts = Facts {
            block_plain_allowed: true,
            single_quoted_allowed: true,
            block_allowed: true,
        };
        if leading_space || leading_break || trailing_space || trailing_break {
            facts.block_plain_allowed = false;
        }
        if trailing_space {
            facts.block_allowed = false;
        }
        if break_space {
            facts.block_plain_allowed = false;
            facts.single_quoted_allowed = false;
        }
        if space_break {
            facts.block_plain_allowed = false;
            facts.single_quoted_allowed = false;
            facts.block_allowed = false;
        }
        if line_breaks || block_indicators {
            facts.block_plain_allowed = false;
        }
        Some(facts)
    }
}

/// libyaml's printable characters: line feed, printable ASCII, and the
/// Basic Multilingual Plane from U+00A0 but for surrogates, the byte-order
/// mark and U+FFFE/U+FFFF. Everything beyond it is escaped.
fn printable(c: char) -> bool {
    matches!(c, '\n' | ' '..='~' | '\u{A0}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
        && c != '\u{FEFF}'
}

/// Whether serde_yaml would read `text`, written plain, back as something
/// other than a string (null, a boolean, a number), or as a string only
/// because YAML 1.2 says leading zeros make one: it single-quotes them all.
/// The checks are serde_yaml's own (`de::visit_untagged_scalar`).
fn reads_as_another_type(text: &str) -> bool {
    // None of the forms below holds any other character.
    if !text
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.' | b'~'))
    {
        return false;
    }
    if text.is_empty() || matches!(text, "null" | "Null" | "NULL" | "~") {
        return true;
    }
    if matches!(text, "true" | "True" | "TRUE" | "false" | "False" | "FALSE") {
        return true;
    }
    if unsigned_int(text, u64::from_str_radix).is_some()
        || negative_int(text, i64::from_str_radix).is_some()
        || unsigned_int(text, u128::from_str_radix).is_some()
        || negative_int(text, i128::from_str_radix).is_some()
    {
        return true;
    }
    digits_but_not_number(text) || float(text)
}

type Radix<T> = fn(&str, u32) -> Result<T, std::num::ParseIntError>;

fn unsigned_int<T>(scalar: &str, from_str_radix: Radix<T>) -> Option<T> {
    let unpositive = scalar.strip_prefix('+').unwrap_or(scalar);
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(rest) = unpositive.strip_prefix(prefix) {
            if rest.starts_with(['+', '-']) {
                return None;
            }
            if let Ok(int) = from_str_radix(rest, radix) {
                return Some(int);
            }
        }
    }
    if unpositive.starts_with(['+', '-']) || digits_but_not_number(scalar) {
        return None;
    }
    from_str_radix(unpositive, 10).ok()
}

fn negative_int<T>(scalar: &str, from_str_radix: Radix<T>) -> Option<T> {
    for (prefix, radix) in [("-0x", 16), ("-0o", 8), ("-0b", 2)] {
        if let Some(rest) = scalar.strip_prefix(prefix) {
            if let Ok(int) = from_str_radix(&format!("-{rest}"), radix) {
                return Some(int);
            }
        }
    }
    if digits_but_not_number(scalar) {
        return None;
    }
    from_str_radix(scalar, 10).ok()
}

fn float(scalar: &str) -> bool {
    let unpositive = match scalar.strip_prefix('+') {
        Some(rest) if rest.starts_with(['+', '-']) => return false,
        Some(rest) => rest,
        None => scalar,
    };
    matches!(unpositive, ".inf" | ".Inf" | ".INF")
        || matches!(
            scalar,
            "-.inf" | "-.Inf" | "-.INF" | ".nan" | ".NaN" | ".NAN"
        )
        || unpositive.parse::<f64>().is_ok_and(f64::is_finite)
}

fn digits_but_not_number(scalar: &str) -> bool {
    let scalar = scalar.strip_prefix(['-', '+']).unwrap_or(scalar);
    scalar.len() > 1 && scalar.starts_with('0') && scalar[1..].bytes().all(|b| b.is_ascii_digit())
}

/// Writes one value in libyaml's block layout at a [`Place`], or declines.
struct Block<'o> {
    out: &'o mut Vec<u8>,
    place: Place,
}

impl<'o> Block<'o> {
    fn write<T: Serialize + ?Sized>(
        value: &T,
        place: Place,
        out: &'o mut Vec<u8>,
    ) -> Result<(), Declined> {
        value.serialize(&mut Block { out, place })
    }

    fn scalar(&mut self, text: &str, key: bool) -> Result<(), Declined> {
        let style = style(text, key).ok_or(Declined)?;
        self.out.extend_from_slice(self.place.lead());
        match style {
            Style::Plain => self.out.extend_from_slice(text.as_bytes()),
            Style::SingleQuoted => {
                self.out.push(b'\'');
                for part in text.split_inclusive('\'') {
                    self.out.extend_from_slice(part.as_bytes());
                    if part.ends_with('\'') {
                        self.out.push(b'\'');
                    }
                }
                self.out.push(b'\'');
            }
            Style::Literal { hint, chomp } => {
                self.out.push(b'|');
                if hint {
                    self.out.push(b'2');
                }
                self.out.extend_from_slice(chomp.as_bytes());
                let indent = self.place.inner();
                for line in text.split_inclusive('\n') {
                    self.out.push(b'\n');
                    let line = line.strip_suffix('\n').unwrap_or(line);
                    if !line.is_empty() {
                        pad(self.out, indent);
                        self.out.extend_from_slice(line.as_bytes());
                    }
                }
                if text.ends_with('\n') {
                    self.out.push(b'\n');
                }
            }
        }
        Ok(())
    }

    /// A scalar serde_yaml writes plain whatever it holds (numbers, null).
    fn plain(&mut self, text: &str) -> Result<(), Declined> {
        self.out.extend_from_slice(self.place.lead());
        self.out.extend_from_slice(text.as_bytes());
        Ok(())
    }

    /// Opens a mapping or list; one left empty is written in flow style,
    /// `empty` (`[]` or `{}`), as libyaml writes it.
    fn open(&mut self, empty: &'static str) -> Nested<'_> {
        Nested {
            out: self.out,
            place: self.place,
            entries: 0,
            empty,
        }
    }
}

/// A mapping or list being written: its entries so far.
struct Nested<'o> {
    out: &'o mut Vec<u8>,
    place: Place,
    entries: usize,
    /// `[]` or `{}`, written if it ends with no entry.
    empty: &'static str,
}

impl Nested<'_> {
    /// Begins the next list element: its dash, where the list's place puts
    /// it, and the place of the element after it.
    fn dash(&mut self) -> Place {
        let indent = match self.place {
            Place::Root => 0,
            // A list under a key stands at the key's column.
            Place::Value { indent } => indent,
            Place::Item { .. } => self.place.inner(),
        };
        self.begin(indent);
        self.out.push(b'-');
        Place::Item { indent }
    }

    /// Begins the next key: where the mapping's place puts it, and the
    /// place of its value.
    fn key(&mut self, key: &str) -> Result<Place, Declined> {
        let indent = match self.place {
            Place::Root => 0,
            Place::Value { .. } | Place::Item { .. } => self.place.inner(),
        };
        // A key longer than 128 bytes is not a simple key to libyaml.
        if key.len() > 128 || key.starts_with('!') {
            return Err(Declined);
        }
        self.begin(indent);
        Block {
            out: self.out,
            place: Place::Root,
        }
        .scalar(key, true)?;
        self.out.push(b':');
        Ok(Place::Value { indent })
    }

    /// Moves to where the next entry, standing `indent` columns in, starts:
    /// the first on the line of the dash before it (after a space), or
    /// below the key before it; every other on a line of its own.
    fn begin(&mut self, indent: usize) {
        match (self.entries, self.place) {
            (0, Place::Root) => {}
            (0, Place::Item { .. }) => self.out.push(b' '),
            (0, Place::Value { .. }) => {
                self.out.push(b'\n');
                pad(self.out, indent);
            }
            _ => {
                end_line(self.out);
                pad(self.out, indent);
            }
        }
        self.entries += 1;
    }

    fn end(self) -> Result<(), Declined> {
        if self.entries == 0 {
            let (out, place) = (self.out, self.place);
            return Block { out, place }.plain(self.empty);
        }
        Ok(())
    }
}

impl<'a, 'o> ser::Serializer for &'a mut Block<'o> {
    type Ok = ();
    type Error = Declined;
    type SerializeSeq = Nested<'a>;
    type SerializeTuple = Nested<'a>;
    type SerializeTupleStruct = Nested<'a>;
    type SerializeTupleVariant = ser::Impossible<(), Declined>;
    type SerializeMap = Keyed<'a>;
    type SerializeStruct = Nested<'a>;
    type SerializeStructVariant = ser::Impossible<(), Declined>;

    fn serialize_bool(self, v: bool) -> Result<(), Declined> {
        self.plain(if v { "true" } else { "false" })
    }
    fn serialize_i8(self, v: i8) -> Result<(), Declined> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Declined> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Declined> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Declined> {
        self.plain(&v.to_string())
    }
    fn serialize_i128(self, v: i128) -> Result<(), Declined> {
        self.plain(&v.to_string())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Declined> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Declined> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Declined> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Declined> {
        self.plain(&v.to_string())
    }
    fn serialize_u128(self, v: u128) -> Result<(), Declined> {
        self.plain(&v.to_string())
    }
    fn serialize_f32(self, _: f32) -> Result<(), Declined> {
        Err(Declined)
    }
    fn serialize_f64(self, _: f64) -> Result<(), Declined> {
        Err(Declined)
    }
    fn serialize_char(self, _: char) -> Result<(), Declined> {
        // serde_yaml asks for single quotes whatever the character.
        Err(Declined)
    }
    fn serialize_str(self, v: &str) -> Result<(), Declined> {
        self.scalar(v, false)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Declined> {
        Err(Declined)
    }
    fn serialize_none(self) -> Result<(), Declined> {
        self.plain("null")
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Declined> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Declined> {
        self.plain("null")
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Declined> {
        self.plain("null")
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Declined> {
        self.scalar(variant, false)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Declined> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Declined> {
        // serde_yaml writes a tag.
        Err(Declined)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Nested<'a>, Declined> {
        Ok(self.open("[]"))
    }
    fn serialize_tuple(self, _: usize) -> Result<Nested<'a>, Declined> {
        Ok(self.open("[]"))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Nested<'a>, Declined> {
        Ok(self.open("[]"))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Declined> {
        Err(Declined)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Keyed<'a>, Declined> {
        Ok(Keyed {
            nested: self.open("{}"),
            value: None,
        })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Nested<'a>, Declined> {
        // Not `len`: a struct's skipped fields are counted in it, and one
        // whose every field is skipped is found empty only at its end.
        Ok(self.open("{}"))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Declined> {
        Err(Declined)
    }
}

impl ser::SerializeSeq for Nested<'_> {
    type Ok = ();
    type Error = Declined;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Declined> {
        let place = self.dash();
        Block::write(value, place, self.out)
    }
    fn end(self) -> Result<(), Declined> {
        Nested::end(self)
    }
}

impl ser::SerializeTuple for Nested<'_> {
    type Ok = ();
    type Error = Declined;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Declined> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Declined> {
        Nested::end(self)
    }
}

impl ser::SerializeTupleStruct for Nested<'_> {
    type Ok = ();
    type Error = Declined;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Declined> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Declined> {
        Nested::end(self)
    }
}

impl ser::SerializeStruct for Nested<'_> {
    type Ok = ();
    type Error = Declined;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Declined> {
        let place = self.key(key)?;
        Block::write(value, place, self.out)
    }
    fn end(self) -> Result<(), Declined> {
        Nested::end(self)
    }
}

/// A mapping whose keys come as values: only strings are taken.
struct Keyed<'o> {
    nested: Nested<'o>,
    /// Where the value of the key just written goes.
    value: Option<Place>,
}

impl ser::SerializeMap for Keyed<'_> {
    type Ok = ();
    type Error = Declined;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Declined> {
        // Only a string key (or a unit variant's name) is written here.
        let serde_json::Value::String(key) = key
            .serialize(serde_json::value::Serializer)
            .map_err(|_| Declined)?
        else {
            return Err(Declined);
        };
        self.value = Some(self.nested.key(&key)?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Declined> {
        let place = self.value.take().ok_or(Declined)?;
        Block::write(value, place, self.nested.out)
    }
    fn end(self) -> Result<(), Declined> {
        self.nested.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    /// Pieces of text chosen for what libyaml weighs: indicators at the
    /// start and inside, spaces and breaks at either end, words that read
    /// as other types, characters it escapes or a terminal acts on.
    const PIECES: &[&str] = &[
        "a",
        "Article 20",
        " ",
        "  ",
        "\n",
        "\n\n",
        ":",
        ": ",
        "-",
        "- ",
        "#",
        " #",
        "'",
        "\"",
        "?",
        "? ",
        ",",
        "[",
        "]",
        "{",
        "}",
        "!",
        "&",
        "*",
        "|",
        ">",
        "%",
        "@",
        "`",
        "0",
        "1",
        "007",
        "-12",
        "+3",
        "0x1F",
        "0o17",
        "0b101",
        "1e5",
        "1e400",
        ".5",
        "1.",
        ".inf",
        "-.INF",
        ".nan",
        "nan",
        "inf",
        "~",
        "null",
        "Null",
        "true",
        "FALSE",
        "yes",
        "2020-02-01",
        ".",
        "---",
        "...",
        "é",
        "中",
        "\u{A0}",
        "\t",
        "\r",
        "\u{85}",
        "\u{7f}",
        "\u{1b}",
        "\u{202E}",
        "\u{2028}",
        "\u{FEFF}",
        "\u{FFFE}",
        "😀",
        "\\", // Longer than a simple key may be.
        concat!(
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        ),
    ];

    /// xorshift64*: deterministic, so a failure names the value it met.
    struct Draw(u64);

    impl Draw {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n
        }

        fn text(&mut self) -> String {
            let mut text = String::new();
            for _ in 0..self.below(5) {
                match self.below(4) {
                    0 => text.push(self.char()),
                    _ => text.push_str(PIECES[self.below(PIECES.len())]),
                }
            }
            text
        }

        /// Any character, most often one of the first 128.
        fn char(&mut self) -> char {
            let top = [0x80, 0x800, 0x1_0000, 0x11_0000][self.below(4)];
            loop {
                if let Some(c) = char::from_u32(self.below(top) as u32) {
                    return c;
                }
            }
        }

        fn value(&mut self, depth: usize) -> Value {
            match self.below(if depth == 0 { 4 } else { 7 }) {
                0 | 1 => Value::String(self.text()),
                2 => [json!(null), json!(true), json!(17), json!(-4), json!(1.5)][self.below(5)]
                    .clone(),
                3 => Value::String(["plain words", "a\nb", "it's", "x: y"][self.below(4)].into()),
                4 | 5 => Value::Object(
                    (0..self.below(4))
                        .map(|_| (self.text(), self.value(depth - 1)))
                        .collect(),
                ),
                _ => Value::Array((0..self.below(4)).map(|_| self.value(depth - 1)).collect()),
            }
        }
    }

    /// The whole document as this writer writes it, if it takes it.
    fn document<T: Serialize + ?Sized>(value: &T) -> Option<String> {
        let mut out = Vec::new();
        Block::write(value, Place::Root, &mut out).ok()?;
        end_line(&mut out);
        Some(String::from_utf8(out).unwrap())
    }

    /// serde_yaml's own layout of `value` under `keys` keys, without
    /// their lines.
    fn within(mut value: Value, keys: usize) -> String {
        for _ in 0..keys {
            value = json!({ "k": value });
        }
        let text = serde_yaml::to_string(&value).unwrap();
        text.split_inclusive('\n').skip(keys).collect()
    }

    /// serde_yaml's layout of `value` as a list element whose dash stands
    /// `2 * depth` columns in: a list under a key stands at the key's
    /// column, so one key more than the depth.
    fn as_item(value: &Value, depth: usize) -> String {
        match depth {
            0 => serde_yaml::to_string(&json!([value])).unwrap(),
            _ => within(json!({ "k": [value] }), depth)
                .split_inclusive('\n')
                .skip(1)
                .collect(),
        }
    }

    /// Every value this writer takes is serde_yaml's bytes, as a whole
    /// document, a list element or a field at any depth; what it declines
    /// is written by serde_yaml, so the bytes are the same either way.
    #[test]
    fn generated_values_are_serde_yamls_own_bytes() {
        let mut draw = Draw(0x9E37_79B9_7F4A_7C15);
        let mut taken = 0;
        // More on demand: LEXCOMPAT_YAML_VALUES=2000000 cargo test --release.
        let values = std::env::var("LEXCOMPAT_YAML_VALUES").map_or(20_000, |n| n.parse().unwrap());
        for n in 0..values {
            let value = draw.value(3);
            let plain = !serde_json::to_string(&value)
                .unwrap()
                .chars()
                .any(super::super::unsafe_char);
            if let Some(document) = document(&value) {
                taken += 1;
                if plain {
                    assert_eq!(
                        document,
                        serde_yaml::to_string(&value).unwrap(),
                        "value {n}: {value:?}"
                    );
                }
            }
            assert_eq!(
                inert_yaml(&value),
                by_serde_yaml(&value),
                "value {n}: {value:?}"
            );
            let depth = draw.below(3);
            let (mut item, mut field) = (Vec::new(), Vec::new());
            write_yaml_item(&mut item, &value, 2 * depth);
            let lead = " ".repeat(2 * depth);
            write_yaml_field(&mut field, &lead, "key", &value, 2 * depth).unwrap();
            let (item, field) = (
                String::from_utf8(item).unwrap(),
                String::from_utf8(field).unwrap(),
            );
            if plain {
                assert_eq!(item, as_item(&value, depth), "item {n}: {value:?}");
                assert_eq!(
                    field,
                    within(json!({"key": value}), depth),
                    "field {n}: {value:?}"
                );
            } else {
                let (mut slow_item, mut slow_field) = (Vec::new(), Vec::new());
                item_by_serde_yaml(&mut slow_item, &value, 2 * depth);
                field_by_serde_yaml(&mut slow_field, &lead, "key", &value, 2 * depth).unwrap();
                assert_eq!(item.as_bytes(), slow_item, "item {n}: {value:?}");
                assert_eq!(field.as_bytes(), slow_field, "field {n}: {value:?}");
            }
        }
        // Most values are taken: the comparison is of this writer's bytes.
        assert!(
            taken > values * 2 / 5,
            "only {taken} of {values} values written here"
        );
    }
}
