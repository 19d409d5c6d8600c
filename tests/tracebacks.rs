//! Whole tracebacks: for every case of every `tests/tracebacks/NAME.mt` (picked by its first
//! argument), `mt NAME.mt N` must print on stderr exactly what CPython 3.11 printed, source
//! lines and `~~~^^^` position markers included. The expected text is `NAME.tb`, written by
//! `python3 tests/tracebacks/regen.py`, never by hand.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

#[test]
fn tracebacks_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tracebacks");
    let mut names: Vec<_> = fs::read_dir(&dir)
        .expect("tests/tracebacks")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".mt"))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no traceback programs");
    let mut failures = Vec::new();
    let mut total = 0;
    for name in &names {
        let expected = fs::read_to_string(dir.join(name.replace(".mt", ".tb")))
            .unwrap_or_else(|e| panic!("{name}: no .tb file ({e}); run regen.py"));
        for section in expected.split("=== ").filter(|s| !s.is_empty()) {
            let (n, want) = section.split_once('\n').expect("a section header");
            total += 1;
            let out = Command::new(env!("CARGO_BIN_EXE_mt"))
                .arg(name)
                .arg(n)
                .current_dir(&dir)
                .stdin(Stdio::null())
                .output()
                .expect("run mt");
            // CPython and mt both name the script by its absolute path.
            let got =
                String::from_utf8_lossy(&out.stderr).replace(&format!("{}/", dir.display()), "");
            if got != want {
                failures.push(format!(
                    "{name} case {n}:\n--- expected\n{want}--- got\n{got}"
                ));
            }
            if out.status.code() != Some(1) {
                failures.push(format!("{name} case {n}: exit status {:?}", out.status));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {total} tracebacks differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
