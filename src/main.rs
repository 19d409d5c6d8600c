fn main() {
    let path = std::env::args().nth(1).unwrap();
    let src = std::fs::read_to_string(&path).unwrap();
    match mt::syntax::parser::parse_module(&src) {
        Ok(b) => println!("{:#?}", b),
        Err(e) => println!("{:?}", e),
    }
}
