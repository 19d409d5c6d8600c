//! The disassembler behind `mt --dis`: one line per instruction with its source line, index,
//! opcode and resolved operand, then every nested code object, like CPython's `dis.dis`.

use super::{Code, Op};
use crate::objects::{ObjKind, Value};
use std::fmt::Write;

/// Disassembles `code` and, recursively, the code objects among its constants.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    for c in &code.consts {
        if let Value::Object(o) = c {
            if let ObjKind::Code(inner) = &o.kind {
                out.push('\n');
                let _ = writeln!(
                    out,
                    "Disassembly of <code object {}>:",
                    inner.qualname.as_str()
                );
                out.push_str(&disassemble(inner));
            }
        }
    }
    out
}

fn const_repr(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => b.to_string(),
        Value::Float(f) => crate::objects::numfmt::float_repr(*f),
        Value::Str(s) => crate::objects::numfmt::str_repr(s.as_str()),
        Value::Tuple(t) => {
            let items: Vec<String> = t.items.iter().map(const_repr).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        Value::Object(o) => match &o.kind {
            ObjKind::Code(c) => format!("<code object {}>", c.qualname.as_str()),
            ObjKind::Ellipsis => "Ellipsis".into(),
            _ => "<object>".into(),
        },
        _ => "<object>".into(),
    }
}

fn dis_one(code: &Code, out: &mut String) {
    let mut last_line = 0;
    let name = |i: u32| {
        code.names
            .get(i as usize)
            .map_or("?".to_string(), |s| s.as_str().to_string())
    };
    let local = |i: u32| {
        code.varnames
            .get(i as usize)
            .map_or("?".to_string(), |s| s.as_str().to_string())
    };
    let cell = |i: u32| {
        let i = i as usize;
        code.cellvars
            .get(i)
            .or_else(|| code.freevars.get(i - code.cellvars.len().min(i)))
            .map_or("?".to_string(), |s| s.as_str().to_string())
    };
    for (i, op) in code.ops.iter().enumerate() {
        let line = code.line_at(i);
        let line_col = if line != last_line {
            if i > 0 {
                out.push('\n');
            }
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".to_string()
        };
        let (opname, detail) = describe(op, &name, &local, &cell, code);
        let _ = writeln!(out, "{line_col} {i:>6} {opname:<22}{detail}");
    }
}

fn describe(
    op: &Op,
    name: &dyn Fn(u32) -> String,
    local: &dyn Fn(u32) -> String,
    cell: &dyn Fn(u32) -> String,
    code: &Code,
) -> (String, String) {
    let dbg = format!("{op:?}");
    let opname = dbg.split('(').next().unwrap_or("").to_string();
    let detail = match *op {
        Op::LoadConst(i) => format!(
            "{i} ({})",
            code.consts.get(i as usize).map_or("?".into(), const_repr)
        ),
        Op::LoadFast(i) | Op::StoreFast(i) | Op::DeleteFast(i) => format!("{i} ({})", local(i)),
        Op::LoadDeref(i)
        | Op::StoreDeref(i)
        | Op::DeleteDeref(i)
        | Op::LoadClosure(i)
        | Op::LoadSuper(i) => {
            format!("{i} ({})", cell(i))
        }
        Op::LoadGlobal(i)
        | Op::StoreGlobal(i)
        | Op::DeleteGlobal(i)
        | Op::LoadName(i)
        | Op::StoreName(i)
        | Op::DeleteName(i)
        | Op::LoadAttr(i)
        | Op::StoreAttr(i)
        | Op::DeleteAttr(i)
        | Op::LoadMethod(i)
        | Op::ImportName(i)
        | Op::ImportFrom(i) => format!("{i} ({})", name(i)),
        Op::CompareJump(c, t) => format!("{c:?} to {t}"),
        Op::FastCompareConstJump(op, l, c, t) => format!(
            "{op:?} {l} {c} ({} {}) to {t}",
            local(l as u32),
            code.consts.get(c as usize).map_or("?".into(), const_repr)
        ),
        Op::FastCompareFastJump(op, l, m, t) => format!(
            "{op:?} {l} {m} ({}, {}) to {t}",
            local(l as u32),
            local(m as u32)
        ),
        Op::ForIterStore(t, l) => format!("{l} ({}) to {t}", local(l as u32)),
        op if op.jump_target().is_some() => format!("to {}", op.jump_target().unwrap_or(0)),
        Op::Binary(b) | Op::Inplace(b) | Op::BinaryReturn(b) => format!("{b:?}"),
        Op::LoadFast2(a, b) => format!("{a} {b} ({}, {})", local(a as u32), local(b as u32)),
        Op::BinaryConst(b, c) => format!(
            "{b:?} {c} ({})",
            code.consts.get(c as usize).map_or("?".into(), const_repr)
        ),
        Op::LoadFastAttr(l, n) => format!("{l} {n} ({}.{})", local(l as u32), name(n as u32)),
        Op::FastBinaryConst(b, l, c)
        | Op::CallFastBinaryConst(b, l, c)
        | Op::LocalInplaceConst(b, l, c) => format!(
            "{b:?} {l} {c} ({} {})",
            local(l as u32),
            code.consts.get(c as usize).map_or("?".into(), const_repr)
        ),
        Op::FastBinaryFast(b, l, m) | Op::LocalInplaceLocal(b, l, m) => {
            format!("{b:?} {l} {m} ({}, {})", local(l as u32), local(m as u32))
        }
        Op::GlobalMethod(g, m) => format!("{g} {m} ({}.{})", name(g as u32), name(m as u32)),
        Op::StoreFastAttr(l, n) | Op::LoadFastDupAttr(l, n) => {
            format!("{l} {n} ({}.{})", local(l as u32), name(n as u32))
        }
        Op::RotStoreAttr(n) => format!("{n} ({})", name(n as u32)),
        Op::ReturnFastAttr(l, n) => format!("{l} {n} ({}.{})", local(l as u32), name(n as u32)),
        Op::AttrInplaceFast(b, l, n, m) => format!(
            "{b:?} {l} {n} {m} ({}.{} {})",
            local(l as u32),
            name(n as u32),
            local(m as u32)
        ),
        Op::AttrInplaceConst(b, l, n, c) => format!(
            "{b:?} {l} {n} {c} ({}.{} {})",
            local(l as u32),
            name(n as u32),
            code.consts.get(c as usize).map_or("?".into(), const_repr)
        ),
        Op::FastInplace(b, l) => format!("{b:?} {l} ({})", local(l as u32)),
        Op::ConstInplace(b, c) => format!(
            "{b:?} {c} ({})",
            code.consts.get(c as usize).map_or("?".into(), const_repr)
        ),
        Op::ReturnFast(l) => format!("{l} ({})", local(l as u32)),
        Op::ReturnConst(c) => format!(
            "{c} ({})",
            code.consts.get(c as usize).map_or("?".into(), const_repr)
        ),
        Op::Compare(c) => format!("{c:?}"),
        Op::CallMethod(n)
        | Op::Call(n)
        | Op::CallMethodPop(n)
        | Op::CallPop(n)
        | Op::CallKw(n)
        | Op::MakeFunction(n)
        | Op::BuildClass(n)
        | Op::BuildClassKw(n)
        | Op::BuildTuple(n)
        | Op::BuildList(n)
        | Op::BuildSet(n)
        | Op::BuildMap(n)
        | Op::BuildSlice(n)
        | Op::BuildString(n)
        | Op::ListAppend(n)
        | Op::SetAdd(n)
        | Op::MapAdd(n)
        | Op::UnpackSequence(n)
        | Op::ListExtend(n)
        | Op::UnpackEx(n)
        | Op::FormatValue(n)
        | Op::Raise(n) => n.to_string(),
        _ => String::new(),
    };
    (opname, detail)
}
