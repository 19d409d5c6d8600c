//! The runtime beneath the VM: the GIL and its eval-breaker protocol, OS threads, signals.

pub mod gil;
pub mod signals;
pub mod stdio;
