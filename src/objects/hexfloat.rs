//! Floats as hexadecimal text, both ways: `float.hex()` and `float.fromhex()` with CPython
//! 3.11's grammar, rounding and messages (`Objects/floatobject.c`, float_hex and
//! float_fromhex). Parsing is exact: every digit counts and the result is rounded once,
//! half to even, subnormals included.

use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};

/// Why `fromhex` refused its text; the caller raises the matching Python exception.
#[derive(Debug, PartialEq)]
pub enum HexFloatError {
    /// ValueError: invalid hexadecimal floating-point string
    Invalid,
    /// OverflowError: hexadecimal value too large to represent as a float
    Overflow,
}

/// `x.hex()`: `[-]0x<h>.<13 hex digits>p<sign><exp>`.
pub fn format(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    let esign = if exp < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", exp.abs())
}

/// `float.fromhex(s)`.
pub fn parse(s: &str) -> Result<f64, HexFloatError> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = if negative { -1.0 } else { 1.0 };
    let lower = t.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign * f64::INFINITY);
    }
    if lower == "nan" {
        return Ok(sign * f64::NAN);
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits, exp_text) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match digits.find('.') {
        Some(i) => (&digits[..i], &digits[i + 1..]),
        None => (digits, ""),
    };
    let all_hex = |p: &str| p.bytes().all(|b| b.is_ascii_hexdigit());
    if int_part.len() + frac_part.len() == 0 || !all_hex(int_part) || !all_hex(frac_part) {
        return Err(HexFloatError::Invalid);
    }
    let exp = match exp_text {
        None => 0,
        Some(e) => parse_exponent(e).ok_or(HexFloatError::Invalid)?,
    };
    let mantissa = BigUint::parse_bytes(format!("{int_part}{frac_part}").as_bytes(), 16)
        .ok_or(HexFloatError::Invalid)?;
    let exp = exp - 4 * frac_part.len() as i64;
    Ok(sign * scale(&mantissa, exp)?)
}

/// A decimal exponent with an optional sign, saturated far past any float's range.
fn parse_exponent(e: &str) -> Option<i64> {
    let (neg, digits) = match e.as_bytes().first() {
        Some(b'-') => (true, &e[1..]),
        Some(b'+') => (false, &e[1..]),
        _ => (false, e),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut v: i64 = 0;
    for b in digits.bytes() {
        v = (v * 10 + i64::from(b - b'0')).min(1 << 40);
    }
    Some(if neg { -v } else { v })
}

/// `m * 2**e` rounded half to even onto the double grid.
fn scale(m: &BigUint, e: i64) -> Result<f64, HexFloatError> {
    if m.is_zero() {
        return Ok(0.0);
    }
    let top = m.bits() as i64 - 1 + e;
    if top > 1023 {
        return Err(HexFloatError::Overflow);
    }
    if top < -1075 {
        return Ok(0.0);
    }
    // The weight of the last bit kept: 53 significant bits, or fewer below the normal range.
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e;
    let q = if shift <= 0 {
        m << (-shift) as usize
    } else {
        let shift = shift as usize;
        let q = m >> shift;
        let rem = m - (&q << shift);
        let half = BigUint::from(1u8) << (shift - 1);
        if rem > half || (rem == half && q.bit(0)) {
            q + 1u8
        } else {
            q
        }
    };
    let q = q.to_u64().unwrap_or(u64::MAX) as f64;
    let x = if lsb >= -1022 {
        q * pow2(lsb)
    } else {
        q * pow2(lsb + 52) * pow2(-52)
    };
    if x.is_infinite() {
        return Err(HexFloatError::Overflow);
    }
    Ok(x)
}

/// `2**k` for a normal exponent k.
fn pow2(k: i64) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_kind_of_double() {
        for x in [
            1.5,
            0.1,
            -2.75,
            1e308,
            5e-324,
            2.2250738585072014e-308,
            1.7976931348623157e308,
        ] {
            assert_eq!(parse(&format(x)), Ok(x));
        }
    }

    #[test]
    fn rounds_half_to_even_and_refuses_overflow() {
        assert_eq!(parse("0x1.00000000000008p0"), Ok(1.0));
        assert_eq!(parse("0x1.00000000000018p0"), Ok(1.0000000000000004));
        assert_eq!(parse("0x1p-1075"), Ok(0.0));
        assert_eq!(parse("0x1.8p-1075"), Ok(5e-324));
        assert_eq!(parse("0x1p1024"), Err(HexFloatError::Overflow));
        assert_eq!(
            parse("0x1.fffffffffffff8p1023"),
            Err(HexFloatError::Overflow)
        );
        assert_eq!(parse("0x.p1"), Err(HexFloatError::Invalid));
        assert_eq!(parse("1p"), Err(HexFloatError::Invalid));
    }
}
