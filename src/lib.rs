//! mt: a Python-3-subset interpreter built for real, visible multitasking.
//!
//! The embedding API lives here; the layers below follow the dependency direction
//! syntax -> compile -> bytecode -> vm, with objects, builtins, modules and runtime beside the vm.

pub mod syntax;
