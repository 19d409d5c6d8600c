//! Ctrl-C in the REPL goes through `runtime::signals` (the process's one SIGINT handler);
//! while the prompt waits for a line the terminal is in raw mode and Ctrl-C reaches rustyline
//! as a key instead.

pub use crate::runtime::signals::{clear, install};
