//! The runtime beneath the VM: the GIL and its eval-breaker protocol, OS threads, the one
//! blocking-wait function with deadlock detection, signals.

pub mod deadlock;
pub mod gil;
pub mod signals;
pub mod stdio;
pub mod threads;
pub mod wait;
