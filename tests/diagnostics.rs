//! One fixture per diagnostic code: the fixture must produce its code, and
//! the rendered diagnostics (no colour, fixed width) are snapshotted beside it.

mod common;

use lexcompat::diagnostic::Code;
use lexcompat::report::{diagnostics, Style};
use std::path::Path;

#[test]
fn every_fixture_reports_its_code_and_renders_as_snapshotted() {
    insta::glob!("fixtures/diagnostics/*.lex", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let file_name = path.file_name().unwrap().to_string_lossy().into_owned();
        let code = file_name.split('-').next().unwrap();
        let name = format!("fixtures/diagnostics/{file_name}");
        let workspace = common::workspace(&[(&name, &text)]);
        assert!(
            common::codes(&workspace).contains(&code),
            "{file_name} should report {code}, reported {:?}",
            common::codes(&workspace)
        );
        let rendered =
            diagnostics::render_all(&workspace.diagnostics, &workspace.sources, Style::PLAIN);
        insta::assert_snapshot!(rendered);
    });
}

/// Codes that a source text cannot produce: they are about reading files and
/// the configuration, and are tested in tests/cli.rs.
const NOT_FROM_TEXT: &[Code] = &[
    Code::Unreadable,
    Code::NotUtf8,
    Code::TooLarge,
    Code::Config,
];

#[test]
fn every_code_has_a_fixture() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/diagnostics");
    let names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    for code in Code::ALL.iter().filter(|c| !NOT_FROM_TEXT.contains(c)) {
        assert!(
            names.iter().any(|n| n.starts_with(code.as_str())),
            "no fixture for {} ({})",
            code.as_str(),
            code.title()
        );
    }
}

#[test]
fn the_list_of_codes_is_stable() {
    let list: String = Code::ALL
        .iter()
        .map(|c| format!("{} {:?} {}\n", c.as_str(), c.severity(), c.title()))
        .collect();
    insta::assert_snapshot!(list);
}

#[test]
fn json_diagnostics_carry_code_location_path_and_help() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/diagnostics/LX101-unknown-name.lex"),
    )
    .unwrap();
    let workspace = common::workspace(&[("unknown.lex", &text)]);
    let json: serde_json::Value = serde_json::from_str(&diagnostics::to_json(
        &workspace.diagnostics,
        &workspace.sources,
    ))
    .unwrap();
    let first = &json["diagnostics"][0];
    assert_eq!(first["code"], "LX101");
    assert_eq!(first["severity"], "error");
    assert_eq!(first["message"], "unknown status or group `union-citzen`");
    assert_eq!(first["legal_path"], "T › Article 1");
    assert_eq!(first["location"]["file"], "unknown.lex");
    assert_eq!(first["location"]["line"], 15);
    assert_eq!(first["help"], "did you mean `union-citizen`?");
    assert_eq!(json["summary"]["errors"], 1);
}
