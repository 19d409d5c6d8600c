//! The peephole pass: fuses common pairs of adjacent instructions into superinstructions
//! (`LoadFast2`, `BinaryConst`, `CompareJump`, `LoadFastAttr`), cutting dispatches in hot loops
//! and calls. The second instruction of a pair stays in place and is skipped at run time, so
//! instruction indices, jump targets and the line table are unchanged. A pair is never fused
//! when a jump lands on its second instruction.

use super::Op;

/// Every instruction index some jump or handler can transfer control to.
fn jump_targets(ops: &[Op]) -> Vec<bool> {
    let mut targets = vec![false; ops.len() + 1];
    for t in ops.iter().filter_map(Op::jump_target) {
        if let Some(slot) = targets.get_mut(t as usize) {
            *slot = true;
        }
    }
    targets
}

/// Fuses instruction pairs in place.
pub fn fuse(ops: &mut [Op]) {
    let targets = jump_targets(ops);
    let small = |x: u32| u16::try_from(x).ok();
    let mut i = 0;
    while i + 1 < ops.len() {
        if targets[i + 1] {
            i += 1;
            continue;
        }
        let fused = match (ops[i], ops[i + 1]) {
            (Op::LoadFast(a), Op::LoadFast(b)) => {
                small(a).zip(small(b)).map(|(a, b)| Op::LoadFast2(a, b))
            }
            (Op::LoadConst(c), Op::Binary(op)) => small(c).map(|c| Op::BinaryConst(op, c)),
            (Op::Compare(op), Op::JumpIfFalse(t)) => Some(Op::CompareJump(op, t)),
            (Op::LoadFast(l), Op::LoadAttr(n)) => {
                small(l).zip(small(n)).map(|(l, n)| Op::LoadFastAttr(l, n))
            }
            _ => None,
        };
        match fused {
            Some(op) => {
                ops[i] = op;
                i += 2;
            }
            None => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::ast::{BinOp, CmpOp};

    #[test]
    fn fuses_pairs_but_not_across_jump_targets() {
        let mut ops = vec![
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::Compare(CmpOp::Lt),
            Op::JumpIfFalse(7),
            Op::LoadConst(0),
            Op::Binary(BinOp::Add),
            Op::Jump(5),
            Op::Nop,
        ];
        fuse(&mut ops);
        assert_eq!(ops[0], Op::LoadFast2(0, 1));
        assert_eq!(ops[2], Op::CompareJump(CmpOp::Lt, 7));
        // Index 5 is a jump target, so LoadConst/Binary stay separate.
        assert_eq!(ops[4], Op::LoadConst(0));
    }
}
