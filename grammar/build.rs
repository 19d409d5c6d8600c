//! Runs LALRPOP on `grammar/mt.lalrpop`; the generated parser lands in OUT_DIR as `mt.rs`.
fn main() {
    println!("cargo:rerun-if-changed=grammar/mt.lalrpop");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    lalrpop::Configuration::new()
        .set_out_dir(out)
        .process_file("grammar/mt.lalrpop")
        .expect("LALRPOP failed on grammar/mt.lalrpop");
}
