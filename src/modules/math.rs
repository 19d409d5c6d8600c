//! The `math` module (being written).

use crate::objects::Dict;
use crate::vm::Vm;
use std::sync::Arc;

pub fn make(_vm: &mut Vm) -> Arc<Dict> {
    super::module_dict("math")
}
