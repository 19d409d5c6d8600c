//! The position markers under a traceback's source line, drawn as CPython 3.11 draws them
//! (`tb_displayline` in `traceback.c`, `format_frame_summary` in `traceback.py`): `^` under
//! the range of the node that was running; for a binary operation `~` under the operands and
//! `^` under the operator, for a subscript `~` under the object and `^` under the brackets;
//! nothing when a plain range covers the whole line. A range that runs onto later lines is
//! marked to the end of its first line, without the finer marks.

use crate::syntax::ast::{ExprKind, StmtKind};
use crate::syntax::span::{LineIndex, Span};

/// The marker line (no newline) for the node at `span` shown as line `line` of `source`, or
/// None when nothing is drawn.
pub fn caret_line(idx: &LineIndex, line: usize, span: Span) -> Option<String> {
    let (s, e) = (span.start as usize, span.end as usize);
    let text = idx.line_text(line);
    let line_start = idx.line_start(line);
    if s >= e || s < line_start || s > line_start + text.len() {
        return None;
    }
    let start_b = s - line_start;
    let single = e <= line_start + text.len();
    let end_b = if single {
        e - line_start
    } else {
        text.trim_end().len()
    };
    let (Some(head), Some(segment)) = (text.get(..start_b), text.get(start_b..end_b)) else {
        return None;
    };
    let start = head.chars().count();
    let end = start + segment.chars().count();
    let marks = if single { anchors(segment) } else { None };
    let stripped = text.trim().chars().count();
    if end.saturating_sub(start) >= stripped && marks.is_none() {
        return None;
    }
    let lead = text.chars().take_while(|c| c.is_whitespace()).count();
    let mut out = " ".repeat(4 + start.saturating_sub(lead));
    let width = end - start;
    match marks {
        Some((left, right)) => {
            let (left, right) = (left.min(width), right.min(width).max(left));
            out.push_str(&"~".repeat(left));
            out.push_str(&"^".repeat(right - left));
            out.push_str(&"~".repeat(width - right));
        }
        None => out.push_str(&"^".repeat(width)),
    }
    Some(out)
}

/// Where the `^` part goes inside `segment` (character offsets), when the segment parses as
/// a binary operation (its operator) or a subscript (its brackets); CPython's
/// `_extract_caret_anchors_from_line_segment`.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let body = crate::syntax::parser::parse_module(segment).ok()?;
    let [stmt] = &body[..] else {
        return None;
    };
    let StmtKind::Expr(e) = &stmt.kind else {
        return None;
    };
    let bytes = segment.as_bytes();
    let at = |i: usize| bytes.get(i).copied().unwrap_or(b' ');
    let (left, right) = match &e.kind {
        ExprKind::BinOp(l, _, r) => {
            let (op_start, op_end) = (l.span.end as usize, r.span.start as usize);
            let op = segment.get(op_start..op_end)?;
            let skip = op.len() - op.trim_start().len();
            let mut left = op_start + skip;
            let mut right = left + 1;
            // A two-character operator (`//`, `**`, `<<`).
            if skip + 1 < op.len() && !at(left + 1).is_ascii_whitespace() {
                right += 1;
            }
            while left < bytes.len()
                && (at(left).is_ascii_whitespace() || b")#".contains(&at(left)))
            {
                left += 1;
                right += 1;
            }
            (left, right)
        }
        ExprKind::Subscript(value, key) => {
            let mut left = value.span.end as usize;
            let mut right = key.span.end as usize + 1;
            while left < bytes.len() && at(left) != b'[' {
                left += 1;
            }
            while right < bytes.len() && at(right) != b']' {
                right += 1;
            }
            if right < bytes.len() {
                right += 1;
            }
            (left, right)
        }
        _ => return None,
    };
    let chars = |b: usize| {
        segment
            .get(..b.min(segment.len()))
            .map(|t| t.chars().count())
    };
    Some((chars(left)?, chars(right)?))
}
