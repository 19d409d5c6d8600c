//! The peephole pass: fuses common runs of two to four adjacent instructions into
//! superinstructions (`LoadFast2`, `BinaryConst`, `CompareJump`, `FastCompareConstJump`,
//! `LoadFastDupAttr`, `GlobalMethod`, `ReturnConst`...), cutting dispatches in hot loops and
//! calls, much as CPython 3.11's specialising instructions do. The other instructions of a run
//! stay in place and are skipped at run time, so instruction indices, jump targets and the line
//! table are unchanged. A run never spans a jump target: the longest run that does not is
//! fused.

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

/// The superinstruction for the longest known run at the start of `ops` (which holds only the
/// instructions a run may span), and the run's length.
fn fuse_at(ops: &[Op]) -> Option<(Op, usize)> {
    let small = |x: u32| u16::try_from(x).ok();
    let byte = |x: u32| u8::try_from(x).ok();
    let get = |k: usize| ops.get(k).copied().unwrap_or(Op::Nop);
    let run4 = match (get(0), get(1), get(2), get(3)) {
        (Op::LoadFast(l), Op::LoadConst(c), Op::Compare(op), Op::JumpIfFalse(t)) => byte(l)
            .zip(byte(c))
            .map(|(l, c)| Op::FastCompareConstJump(op, l, c, t)),
        (Op::LoadFast(a), Op::LoadFast(b), Op::Compare(op), Op::JumpIfFalse(t)) => byte(a)
            .zip(byte(b))
            .map(|(a, b)| Op::FastCompareFastJump(op, a, b, t)),
        (Op::LoadFast(l), Op::LoadConst(c), Op::Inplace(op), Op::StoreFast(s)) if s == l => {
            small(l)
                .zip(small(c))
                .map(|(l, c)| Op::LocalInplaceConst(op, l, c))
        }
        (Op::LoadFast(l), Op::LoadFast(m), Op::Inplace(op), Op::StoreFast(s)) if s == l => small(l)
            .zip(small(m))
            .map(|(l, m)| Op::LocalInplaceLocal(op, l, m)),
        (Op::LoadFast(l), Op::LoadConst(c), Op::Binary(op), Op::Call(1)) => small(l)
            .zip(small(c))
            .map(|(l, c)| Op::CallFastBinaryConst(op, l, c)),
        _ => None,
    };
    if let Some(op) = run4 {
        return Some((op, 4));
    }
    let run3 = match (get(0), get(1), get(2)) {
        (Op::LoadFast(l), Op::LoadConst(c), Op::Binary(op)) => small(l)
            .zip(small(c))
            .map(|(l, c)| Op::FastBinaryConst(op, l, c)),
        (Op::LoadFast(a), Op::LoadFast(b), Op::Binary(op)) => small(a)
            .zip(small(b))
            .map(|(a, b)| Op::FastBinaryFast(op, a, b)),
        (Op::LoadFast(l), Op::Dup, Op::LoadAttr(n)) => small(l)
            .zip(small(n))
            .map(|(l, n)| Op::LoadFastDupAttr(l, n)),
        (Op::LoadFast(l), Op::LoadAttr(n), Op::ReturnValue) => small(l)
            .zip(small(n))
            .map(|(l, n)| Op::ReturnFastAttr(l, n)),
        _ => None,
    };
    if let Some(op) = run3 {
        return Some((op, 3));
    }
    let pair = match (get(0), get(1)) {
        (Op::LoadFast(a), Op::LoadFast(b)) => {
            small(a).zip(small(b)).map(|(a, b)| Op::LoadFast2(a, b))
        }
        (Op::LoadConst(c), Op::Binary(op)) => small(c).map(|c| Op::BinaryConst(op, c)),
        (Op::Compare(op), Op::JumpIfFalse(t)) => Some(Op::CompareJump(op, t)),
        (Op::LoadFast(l), Op::LoadAttr(n)) => {
            small(l).zip(small(n)).map(|(l, n)| Op::LoadFastAttr(l, n))
        }
        (Op::LoadGlobal(g), Op::LoadMethod(m)) => {
            small(g).zip(small(m)).map(|(g, m)| Op::GlobalMethod(g, m))
        }
        (Op::LoadFast(l), Op::StoreAttr(n)) => {
            small(l).zip(small(n)).map(|(l, n)| Op::StoreFastAttr(l, n))
        }
        (Op::Rot2, Op::StoreAttr(n)) => small(n).map(Op::RotStoreAttr),
        (Op::LoadFast(l), Op::Inplace(op)) => small(l).map(|l| Op::FastInplace(op, l)),
        (Op::LoadConst(c), Op::Inplace(op)) => small(c).map(|c| Op::ConstInplace(op, c)),
        (Op::LoadConst(c), Op::ReturnValue) => small(c).map(Op::ReturnConst),
        (Op::LoadFast(l), Op::ReturnValue) => small(l).map(Op::ReturnFast),
        (Op::Binary(op), Op::ReturnValue) => Some(Op::BinaryReturn(op)),
        (Op::CallMethod(n), Op::Pop) => Some(Op::CallMethodPop(n)),
        (Op::ForIter(t), Op::StoreFast(l)) => small(l).map(|l| Op::ForIterStore(t, l)),
        (Op::Call(n), Op::Pop) => Some(Op::CallPop(n)),
        _ => None,
    };
    pair.map(|op| (op, 2))
}

/// `local.attr op= v` after the first pass: LoadFastDupAttr at `i`, the operand's fused
/// in-place op at `i + 3` and RotStoreAttr of the same name at `i + 5` (the seven original
/// instructions, none a jump target after the first). The first becomes one instruction that
/// covers all seven and falls back on the fused ones it leaves in place.
fn fuse_attr_inplace(ops: &mut [Op], targets: &[bool]) {
    for i in 0..ops.len().saturating_sub(6) {
        if targets[i + 1..i + 7].iter().any(|&t| t) {
            continue;
        }
        let Op::LoadFastDupAttr(l, n) = ops[i] else {
            continue;
        };
        if ops[i + 5] != Op::RotStoreAttr(n) {
            continue;
        }
        ops[i] = match ops[i + 3] {
            Op::FastInplace(op, m) => Op::AttrInplaceFast(op, l, n, m),
            Op::ConstInplace(op, c) => Op::AttrInplaceConst(op, l, n, c),
            _ => continue,
        };
    }
}

/// Fuses runs of instructions in place, longest first.
pub fn fuse(ops: &mut [Op]) {
    let targets = jump_targets(ops);
    // The longest run at `i` that spans no jump target (control could enter it in the middle).
    let run_at = |ops: &[Op], i: usize| {
        let mut span = 1;
        while span < 4 && i + span < ops.len() && !targets[i + span] {
            span += 1;
        }
        fuse_at(&ops[i..i + span])
    };
    let mut i = 0;
    while i + 1 < ops.len() {
        match run_at(ops, i) {
            // A pair that would split a longer run starting at the next instruction waits:
            // in `total + i * j`, LoadFast2 (total, i) would leave `LoadFast j; Binary`
            // unfused, while FastBinaryFast (i * j) covers three.
            Some((_, 2)) if matches!(run_at(ops, i + 1), Some((_, n)) if n > 2) => i += 1,
            Some((op, len)) => {
                ops[i] = op;
                i += len;
            }
            None => i += 1,
        }
    }
    fuse_attr_inplace(ops, &targets);
    // A loop's back edge: a jump to its head runs the head at once.
    for i in 0..ops.len() {
        if let Op::Jump(t) = ops[i] {
            if matches!(
                ops.get(t as usize),
                Some(Op::ForIter(_) | Op::ForIterStore(..))
            ) {
                ops[i] = Op::JumpForIter(t);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::ast::{BinOp, CmpOp};

    #[test]
    fn fuses_runs_but_not_across_jump_targets() {
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
        assert_eq!(ops[0], Op::FastCompareFastJump(CmpOp::Lt, 0, 1, 7));
        // The run's other instructions stay in place, to be skipped.
        assert_eq!(ops[1], Op::LoadFast(1));
        // Index 5 is a jump target, so LoadConst/Binary stay separate.
        assert_eq!(ops[4], Op::LoadConst(0));
    }

    #[test]
    fn a_jump_target_inside_a_run_falls_back_to_a_shorter_run() {
        let mut ops = vec![
            Op::LoadFast(0),
            Op::LoadConst(1),
            Op::Compare(CmpOp::Lt),
            Op::JumpIfFalse(2),
            Op::LoadFast(2),
            Op::LoadFast(3),
            Op::Binary(BinOp::Mul),
            Op::ReturnValue,
        ];
        fuse(&mut ops);
        // Index 2 is a target: only LoadFast/LoadConst could fuse, and no run starts so.
        assert_eq!(ops[0], Op::LoadFast(0));
        assert_eq!(ops[2], Op::CompareJump(CmpOp::Lt, 2));
        assert_eq!(ops[4], Op::FastBinaryFast(BinOp::Mul, 2, 3));
    }

    #[test]
    fn fuses_an_attribute_augmented_assignment() {
        // self.n += k; return None
        let mut ops = vec![
            Op::LoadFast(0),
            Op::Dup,
            Op::LoadAttr(3),
            Op::LoadFast(1),
            Op::Inplace(BinOp::Add),
            Op::Rot2,
            Op::StoreAttr(3),
            Op::LoadConst(0),
            Op::ReturnValue,
        ];
        fuse(&mut ops);
        // The whole statement is one instruction; the pieces stay fused for its fallback.
        assert_eq!(ops[0], Op::AttrInplaceFast(BinOp::Add, 0, 3, 1));
        assert_eq!(ops[3], Op::FastInplace(BinOp::Add, 1));
        assert_eq!(ops[5], Op::RotStoreAttr(3));
        assert_eq!(ops[7], Op::ReturnConst(0));
    }

    #[test]
    fn an_attribute_augmented_assignment_with_a_constant_or_a_jump_target() {
        let statement = |operand: Op| {
            vec![
                Op::LoadFast(0),
                Op::Dup,
                Op::LoadAttr(3),
                operand,
                Op::Inplace(BinOp::Sub),
                Op::Rot2,
                Op::StoreAttr(3),
                Op::LoadConst(0),
                Op::ReturnValue,
            ]
        };
        let mut ops = statement(Op::LoadConst(4));
        fuse(&mut ops);
        assert_eq!(ops[0], Op::AttrInplaceConst(BinOp::Sub, 0, 3, 4));
        // Control entering at the Rot2 must find the plain instructions.
        let mut ops = statement(Op::LoadConst(4));
        ops.push(Op::Jump(5));
        fuse(&mut ops);
        assert_eq!(ops[0], Op::LoadFastDupAttr(0, 3));
    }

    #[test]
    fn fuses_a_loop_head_with_its_store_and_the_back_edge_into_it() {
        let mut ops = vec![
            Op::LoadFast(0),
            Op::GetIter,
            Op::ForIter(6),
            Op::StoreFast(1),
            Op::Nop,
            Op::Jump(2),
            Op::ForIter(9),
            Op::UnpackSequence(2),
            Op::Jump(6),
            Op::Jump(0),
        ];
        fuse(&mut ops);
        assert_eq!(ops[2], Op::ForIterStore(6, 1));
        assert_eq!(ops[3], Op::StoreFast(1));
        assert_eq!(ops[5], Op::JumpForIter(2));
        // A head without a store still takes the back edge; other jumps stay.
        assert_eq!(ops[8], Op::JumpForIter(6));
        assert_eq!(ops[9], Op::Jump(0));
    }

    #[test]
    fn fuses_a_call_of_one_computed_argument() {
        let mut ops = vec![
            Op::LoadGlobal(0),
            Op::LoadFast(0),
            Op::LoadConst(1),
            Op::Binary(BinOp::Sub),
            Op::Call(1),
            Op::LoadFast(0),
            Op::LoadConst(1),
            Op::Binary(BinOp::Sub),
            Op::Call(2),
        ];
        fuse(&mut ops);
        assert_eq!(ops[1], Op::CallFastBinaryConst(BinOp::Sub, 0, 1));
        assert_eq!(ops[4], Op::Call(1));
        // Only one-argument calls.
        assert_eq!(ops[5], Op::FastBinaryConst(BinOp::Sub, 0, 1));
    }

    #[test]
    fn fuses_an_augmented_assignment_of_a_local_to_itself_only() {
        let mut ops = vec![
            Op::LoadFast(0),
            Op::LoadConst(1),
            Op::Inplace(BinOp::Add),
            Op::StoreFast(0),
            Op::LoadFast(2),
            Op::LoadFast(3),
            Op::Inplace(BinOp::Sub),
            Op::StoreFast(2),
            Op::LoadFast(2),
            Op::LoadFast(3),
            Op::Inplace(BinOp::Sub),
            Op::StoreFast(3),
        ];
        fuse(&mut ops);
        assert_eq!(ops[0], Op::LocalInplaceConst(BinOp::Add, 0, 1));
        assert_eq!(ops[4], Op::LocalInplaceLocal(BinOp::Sub, 2, 3));
        // Stored elsewhere: not an augmented assignment of one local.
        assert_eq!(ops[8], Op::LoadFast2(2, 3));
    }

    #[test]
    fn a_pair_gives_way_to_a_longer_run_after_it() {
        // total + i * j
        let mut ops = vec![
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::LoadFast(2),
            Op::Binary(BinOp::Mul),
            Op::Binary(BinOp::Add),
            Op::ReturnValue,
        ];
        fuse(&mut ops);
        assert_eq!(ops[0], Op::LoadFast(0));
        assert_eq!(ops[1], Op::FastBinaryFast(BinOp::Mul, 1, 2));
        assert_eq!(ops[4], Op::BinaryReturn(BinOp::Add));
    }

    #[test]
    fn fuses_a_return_of_a_local_attribute() {
        let mut ops = vec![Op::LoadFast(1), Op::LoadAttr(2), Op::ReturnValue];
        fuse(&mut ops);
        assert_eq!(ops[0], Op::ReturnFastAttr(1, 2));
    }

    #[test]
    fn fuses_returns_of_a_local_and_of_a_binary_operation() {
        let mut ops = vec![
            Op::LoadFast(2),
            Op::ReturnValue,
            Op::Binary(BinOp::Add),
            Op::ReturnValue,
        ];
        fuse(&mut ops);
        assert_eq!(ops[0], Op::ReturnFast(2));
        assert_eq!(ops[2], Op::BinaryReturn(BinOp::Add));
    }

    #[test]
    fn fuses_calls_whose_result_is_dropped() {
        let mut ops = vec![Op::Call(1), Op::Pop, Op::CallMethod(2), Op::Pop];
        fuse(&mut ops);
        assert_eq!(ops[0], Op::CallPop(1));
        assert_eq!(ops[2], Op::CallMethodPop(2));
        // The Pop stays in place: a call that cannot drop its result runs it.
        assert_eq!(ops[1], Op::Pop);
    }
}
