//! The front end never panics or hangs, whatever the input: every prefix of real programs, and
//! random byte mutations of them, go through the lexer, parser and compiler, which must answer
//! with code or a SyntaxError. (DESIGN.md decision 6: a Rust panic reaching a user is a bug.)

use std::fs;
use std::path::Path;

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn programs() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut out: Vec<(String, String)> = fs::read_dir(&dir)
        .expect("tests/golden exists")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "mt"))
        .filter_map(|p| {
            Some((
                p.file_name()?.to_string_lossy().to_string(),
                fs::read_to_string(&p).ok()?,
            ))
        })
        .collect();
    out.sort();
    out
}

fn compile_no_panic(src: &str, what: &str) {
    let r = std::panic::catch_unwind(|| {
        let _ = mt::compile_source(src, "<fuzz>");
    });
    assert!(r.is_ok(), "the front end panicked on {what}:\n{src}");
}

#[test]
fn every_prefix_compiles_or_reports() {
    let progs = programs();
    assert!(progs.len() > 50, "golden programs missing");
    // Every prefix of a sample of programs (every 7th), at every char boundary.
    for (name, src) in progs.iter().step_by(7) {
        for (i, _) in src.char_indices() {
            compile_no_panic(&src[..i], &format!("prefix {i} of {name}"));
        }
    }
}

#[test]
fn random_mutations_compile_or_report() {
    let progs = programs();
    let mut rng = Rng(0x9e3779b97f4a7c15);
    let alphabet: &[u8] = b"()[]{}:;,.'\"\\\n\t #=+-*/%<>!&|^~@0123456789abcdefxyz_fjrb\xc3\xa9";
    for (name, src) in &progs {
        for round in 0..40 {
            let mut bytes = src.clone().into_bytes();
            for _ in 0..1 + rng.below(4) {
                if bytes.is_empty() {
                    break;
                }
                let at = rng.below(bytes.len());
                match rng.below(3) {
                    0 => bytes[at] = alphabet[rng.below(alphabet.len())],
                    1 => {
                        bytes.remove(at);
                    }
                    _ => bytes.insert(at, alphabet[rng.below(alphabet.len())]),
                }
            }
            let text = String::from_utf8_lossy(&bytes).to_string();
            compile_no_panic(&text, &format!("mutation {round} of {name}"));
        }
    }
}

#[test]
fn deep_nesting_is_a_syntax_error_not_a_crash() {
    let deep = format!("x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000));
    let e = mt::compile_source(&deep, "<deep>").err().expect("too deep");
    assert_eq!(e.msg, "too many nested parentheses");
    for text in [
        format!("x = {}1\n", "-".repeat(50_000)),
        format!("x = {}\n", vec!["1"; 50_000].join("+")),
        format!("x = a{}\n", ".b".repeat(50_000)),
    ] {
        let e = mt::compile_source(&text, "<deep>").err().expect("too deep");
        assert_eq!(e.msg, "maximum recursion depth exceeded during compilation");
    }
    // A long but shallow statement is fine.
    let wide = format!("x = [{}]\n", vec!["1"; 50_000].join(", "));
    assert!(mt::compile_source(&wide, "<wide>").is_ok());
}

#[test]
fn long_flat_literals_are_not_mistaken_for_deep_nesting() {
    let items: Vec<String> = (0..50_000).map(|i| format!("-{i}.5")).collect();
    let src = format!(
        "vals = [{}]\nd = {{{}}}\n",
        items.join(", "),
        (0..5000)
            .map(|i| format!("{i}: -{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    assert!(mt::compile_source(&src, "<flat>").is_ok());
    let chained = format!("x = 1 {}\n", "if a else 1 ".repeat(20_000));
    let e = mt::compile_source(&chained, "<deep>")
        .err()
        .expect("too deep");
    assert_eq!(e.msg, "maximum recursion depth exceeded during compilation");
}
