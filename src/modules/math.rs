//! The `math` module, following https://docs.python.org/3.11/library/math.html and the
//! algorithms of CPython 3.11's `Modules/mathmodule.c` (error rules of `math_1`/`math_2`,
//! `loghelper` for ints of any size, `vector_norm` for `hypot`/`dist`, Shewchuk's `fsum`,
//! `m_remainder`, `m_atan2`), so results and error messages match CPython bit for bit.

use super::add_fn;
use crate::builtins::args::{arity, bind, kwarg};
use crate::objects::names::names;
use crate::objects::{new_str, Dict, Value};
use crate::syntax::ast::BinOp;
use crate::vm::error::*;
use crate::vm::protocol::type_name;
use crate::vm::{KwArgs, PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::f64::consts::PI;
use std::sync::Arc;

pub fn make(_vm: &mut Vm) -> Arc<Dict> {
    let d = super::module_dict("math");
    d.set_str(new_str("pi"), Value::Float(PI));
    d.set_str(new_str("e"), Value::Float(std::f64::consts::E));
    d.set_str(new_str("tau"), Value::Float(std::f64::consts::TAU));
    d.set_str(new_str("inf"), Value::Float(f64::INFINITY));
    d.set_str(new_str("nan"), Value::Float(f64::NAN));
    let fns: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("erf", erf),
        ("erfc", erfc),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("fabs", fabs),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("pow", pow),
        ("atan2", atan2),
        ("copysign", copysign),
        ("remainder", remainder),
        ("fmod", fmod),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("degrees", degrees),
        ("radians", radians),
        ("hypot", hypot),
        ("dist", dist),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("isclose", isclose),
        ("gcd", gcd),
        ("lcm", lcm),
        ("factorial", factorial),
        ("comb", comb),
        ("perm", perm),
        ("isqrt", isqrt),
        ("fsum", fsum),
        ("prod", prod),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("nextafter", nextafter),
        ("ulp", ulp),
    ];
    for (name, f) in fns {
        add_fn(&d, name, *f);
    }
    d
}

// ------------------------------------------------------------------ argument conversion

/// `PyFloat_AsDouble`: floats, ints (OverflowError when too large), `__float__`, `__index__`.
pub(crate) fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => crate::vm::ops::big_to_f64(b),
        Value::Instance(_) => {
            if let Some(r) = vm.call_special(v, &names().float, &[])? {
                return match r {
                    Value::Float(f) => Ok(f),
                    other => type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        type_name(v),
                        type_name(&other)
                    )),
                };
            }
            if vm.lookup_special(v, &names().index).is_some() {
                return Ok(vm.to_index(v)? as f64);
            }
            type_error(format!("must be real number, not {}", type_name(v)))
        }
        _ => type_error(format!("must be real number, not {}", type_name(v))),
    }
}

/// `PyNumber_Index` as a big integer.
fn to_int(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        _ => Ok(BigInt::from(vm.to_index(v)?)),
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

fn domain_error<T>() -> PyResult<T> {
    value_error("math domain error")
}

fn range_error<T>() -> PyResult<T> {
    overflow_error("math range error")
}

/// One positional argument (CPython's METH_O message).
fn one<'a>(name: &str, a: &'a [Value], kw: &KwArgs) -> PyResult<&'a Value> {
    arity(&format!("math.{name}"), a, kw, 1, 1)?;
    Ok(&a[0])
}

/// Exactly two positional arguments (`_PyArg_CheckPositional`'s message).
fn two<'a>(name: &str, a: &'a [Value], kw: &KwArgs) -> PyResult<(&'a Value, &'a Value)> {
    if !kw.is_empty() {
        return type_error(format!("{name}() takes no keyword arguments"));
    }
    if a.len() != 2 {
        return type_error(format!("{name} expected 2 arguments, got {}", a.len()));
    }
    Ok((&a[0], &a[1]))
}

// ------------------------------------------------------------------ one-argument functions

/// CPython's `math_1`: a NaN from a non-NaN is a domain error, an infinity from a finite
/// argument is an overflow (or a domain error for singularities).
fn math_1(
    vm: &mut Vm,
    name: &str,
    a: &[Value],
    kw: &KwArgs,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = to_f64(vm, one(name, a, kw)?)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return domain_error();
    }
    if r.is_infinite() && x.is_finite() {
        return if can_overflow {
            range_error()
        } else {
            domain_error()
        };
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($($name:ident => $f:expr, $ovf:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
                math_1(vm, stringify!($name), a, kw, $f, $ovf)
            }
        )*
    };
}

unary! {
    sqrt => f64::sqrt, false;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    sin => f64::sin, false;
    cos => f64::cos, false;
    tan => f64::tan, false;
    asin => f64::asin, false;
    acos => f64::acos, false;
    atan => f64::atan, false;
    sinh => f64::sinh, true;
    cosh => f64::cosh, true;
    tanh => f64::tanh, false;
    asinh => libm::asinh, false;
    acosh => libm::acosh, false;
    atanh => libm::atanh, false;
    cbrt => libm::cbrt, false;
    fabs => f64::abs, false;
    log1p => f64::ln_1p, false;
}

/// The C library's functions where Rust's own differ from glibc's results (Rust computes
/// `asinh`/`acosh`/`atanh` with its own formulas) or are missing (`erf`, `erfc`).
mod libm {
    mod ffi {
        extern "C" {
            pub fn asinh(x: f64) -> f64;
            pub fn acosh(x: f64) -> f64;
            pub fn atanh(x: f64) -> f64;
            // Rust's compiler-builtins defines its own `cbrt`, which shadows glibc's at link
            // time; glibc exports the same code as `cbrtf64` too.
            #[cfg_attr(all(target_os = "linux", target_env = "gnu"), link_name = "cbrtf64")]
            pub fn cbrt(x: f64) -> f64;
            pub fn erf(x: f64) -> f64;
            pub fn erfc(x: f64) -> f64;
        }
    }
    macro_rules! wrap {
        ($($name:ident),*) => {
            $(
                pub fn $name(x: f64) -> f64 {
                    // SAFETY: a pure C99 <math.h> function of one double, linked from the
                    // platform libm that Rust's std already links; no pointers or state.
                    unsafe { ffi::$name(x) }
                }
            )*
        };
    }
    wrap!(asinh, acosh, atanh, cbrt, erf, erfc);
}

/// CPython's `math_1a`: the function reports its own domain/range errors.
fn math_1a(
    vm: &mut Vm,
    name: &str,
    a: &[Value],
    kw: &KwArgs,
    f: fn(f64) -> Result<f64, bool>,
) -> PyResult<Value> {
    let x = to_f64(vm, one(name, a, kw)?)?;
    match f(x) {
        Ok(r) => Ok(Value::Float(r)),
        Err(true) => range_error(),
        Err(false) => domain_error(),
    }
}

fn erf(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    math_1a(vm, "erf", a, kw, |x| Ok(libm::erf(x)))
}

fn erfc(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    math_1a(vm, "erfc", a, kw, |x| Ok(libm::erfc(x)))
}

fn gamma(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    math_1a(vm, "gamma", a, kw, m_tgamma)
}

fn lgamma(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    math_1a(vm, "lgamma", a, kw, m_lgamma)
}

#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
#[allow(clippy::excessive_precision)]
const LOGPI: f64 = 1.144729885849400174143427351353058711647;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

fn m_sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// CPython's `m_tgamma` (Lanczos approximation); Err(true) overflow, Err(false) domain.
fn m_tgamma(x: f64) -> Result<f64, bool> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(false)
        };
    }
    if x == 0.0 {
        return Err(false);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(false);
        }
        if x <= 23.0 {
            return Ok(range_product(1, x as u64).to_f64().unwrap_or(f64::NAN));
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err(true) } else { Ok(r) };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / m_sinpi(x))
        } else {
            Err(true)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / m_sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(true);
    }
    Ok(r)
}

/// CPython's `m_lgamma`.
fn m_lgamma(x: f64) -> Result<f64, bool> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Err(false) } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOGPI - m_sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(true);
    }
    Ok(r)
}

fn degrees(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = to_f64(vm, one("degrees", a, kw)?)?;
    Ok(Value::Float(x * (180.0 / PI)))
}

fn radians(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = to_f64(vm, one("radians", a, kw)?)?;
    Ok(Value::Float(x * (PI / 180.0)))
}

fn isnan(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(to_f64(vm, one("isnan", a, kw)?)?.is_nan()))
}

fn isinf(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(to_f64(vm, one("isinf", a, kw)?)?.is_infinite()))
}

fn isfinite(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(
        to_f64(vm, one("isfinite", a, kw)?)?.is_finite(),
    ))
}

// ------------------------------------------------------------------ logarithms

fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.ln()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log2(x: f64) -> f64 {
    if x > 0.0 || x.is_nan() {
        x.log2()
    } else {
        m_log(x)
    }
}

fn m_log10(x: f64) -> f64 {
    if x > 0.0 || x.is_nan() {
        x.log10()
    } else {
        m_log(x)
    }
}

/// `_PyLong_Frexp`: `n == x * 2**e` with `0.5 <= x < 1`, x correctly rounded (n > 0).
fn big_frexp(n: &BigInt) -> (f64, i64) {
    let bits = n.bits();
    if bits <= 53 {
        let m = n.to_u64().unwrap_or(0);
        return (m as f64 / 2f64.powi(bits as i32), bits as i64);
    }
    let shift = bits - 53;
    let mag = n.magnitude();
    let mut m = (mag >> shift).to_u64().unwrap_or(0);
    let half = mag.bit(shift - 1);
    let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift - 1);
    if half && (sticky || m & 1 == 1) {
        m += 1;
    }
    // m <= 2**53 here, exactly representable.
    (m as f64 / 2f64.powi(53), bits as i64)
}

/// CPython's `loghelper`: ints of any size are handled exactly, the rest go through `math_1`.
fn loghelper(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if is_int(v) {
        let n = to_int(vm, v)?;
        if n.sign() != Sign::Plus {
            return domain_error();
        }
        return Ok(match n.to_f64() {
            Some(x) if x.is_finite() => f(x),
            _ => {
                let (x, e) = big_frexp(&n);
                f(x) + f(2.0) * e as f64
            }
        });
    }
    let x = to_f64(vm, v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return domain_error();
    }
    if r.is_infinite() && x.is_finite() {
        return domain_error();
    }
    Ok(r)
}

fn log(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return type_error("math.log() takes no keyword arguments");
    }
    if a.is_empty() || a.len() > 2 {
        return type_error("math.log requires 1 to 2 arguments");
    }
    let num = loghelper(vm, &a[0], m_log)?;
    if a.len() == 1 {
        return Ok(Value::Float(num));
    }
    let den = loghelper(vm, &a[1], m_log)?;
    if den == 0.0 {
        return zero_division("float division by zero");
    }
    Ok(Value::Float(num / den))
}

fn log2(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let v = one("log2", a, kw)?;
    Ok(Value::Float(loghelper(vm, v, m_log2)?))
}

fn log10(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let v = one("log10", a, kw)?;
    Ok(Value::Float(loghelper(vm, v, m_log10)?))
}

// ------------------------------------------------------------------ two-argument functions

/// CPython's `math_2` error rules.
fn math_2(
    vm: &mut Vm,
    name: &str,
    a: &[Value],
    kw: &KwArgs,
    f: fn(f64, f64) -> f64,
) -> PyResult<Value> {
    let (x, y) = two(name, a, kw)?;
    let (x, y) = (to_f64(vm, x)?, to_f64(vm, y)?);
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return domain_error();
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return range_error();
    }
    Ok(Value::Float(r))
}

fn m_atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn atan2(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    math_2(vm, "atan2", a, kw, m_atan2)
}

fn copysign(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    math_2(vm, "copysign", a, kw, f64::copysign)
}

fn remainder(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    math_2(vm, "remainder", a, kw, m_remainder)
}

fn fmod(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (x, y) = two("fmod", a, kw)?;
    let (x, y) = (to_f64(vm, x)?, to_f64(vm, y)?);
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return domain_error();
    }
    Ok(Value::Float(r))
}

fn pow(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (x, y) = two("pow", a, kw)?;
    let (x, y) = (to_f64(vm, x)?, to_f64(vm, y)?);
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() {
            return domain_error();
        }
        if r.is_infinite() {
            return if x == 0.0 {
                domain_error()
            } else {
                range_error()
            };
        }
        r
    };
    Ok(Value::Float(r))
}

// ------------------------------------------------------------------ rounding

/// `PyLong_FromDouble` of an already integral float.
fn float_to_int(x: f64) -> PyResult<Value> {
    crate::builtins::convert::float_to_int(x)
}

fn int_value(v: &Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    }
}

fn rounding(
    vm: &mut Vm,
    name: &str,
    dunder: &str,
    a: &[Value],
    kw: &KwArgs,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let v = one(name, a, kw)?;
    if is_int(v) {
        return Ok(int_value(v));
    }
    if let Value::Instance(_) = v {
        if let Some(r) = vm.call_special(v, &new_str(dunder), &[])? {
            return Ok(r);
        }
    }
    let x = to_f64(vm, v)?;
    float_to_int(f(x))
}

fn floor(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    rounding(vm, "floor", "__floor__", a, kw, f64::floor)
}

fn ceil(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    rounding(vm, "ceil", "__ceil__", a, kw, f64::ceil)
}

fn trunc(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let v = one("trunc", a, kw)?;
    match v {
        Value::Float(f) => float_to_int(f.trunc()),
        _ if is_int(v) => Ok(int_value(v)),
        Value::Instance(_) => match vm.call_special(v, &new_str("__trunc__"), &[])? {
            Some(r) => Ok(r),
            None => type_error(format!(
                "type {} doesn't define __trunc__ method",
                type_name(v)
            )),
        },
        _ => type_error(format!(
            "type {} doesn't define __trunc__ method",
            type_name(v)
        )),
    }
}

fn modf(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = to_f64(vm, one("modf", a, kw)?)?;
    let (frac, int) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let t = x.trunc();
        ((x - t).copysign(x), t)
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
}

/// C's `frexp` for finite non-zero x.
fn c_frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (mut x, mut adj) = (x, 0i64);
    if x.abs() < f64::MIN_POSITIVE {
        x *= 2f64.powi(64);
        adj = -64;
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e + adj)
}

fn frexp(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = to_f64(vm, one("frexp", a, kw)?)?;
    let (m, e) = c_frexp(x);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e)]))
}

/// musl's `scalbn`: x * 2**n with a single rounding.
fn scalbn(x: f64, n: i64) -> f64 {
    let mut y = x;
    let mut n = n.clamp(-10000, 10000) as i32;
    if n > 1023 {
        y *= f64::from_bits(0x7fe << 52);
        n -= 1023;
        if n > 1023 {
            y *= f64::from_bits(0x7fe << 52);
            n -= 1023;
            if n > 1023 {
                n = 1023;
            }
        }
    } else if n < -1022 {
        let k = f64::from_bits(1 << 52) * 2f64.powi(53);
        y *= k;
        n += 1022 - 53;
        if n < -1022 {
            y *= k;
            n += 1022 - 53;
            if n < -1022 {
                n = -1022;
            }
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

fn ldexp(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (xv, iv) = two("ldexp", a, kw)?;
    let x = to_f64(vm, xv)?;
    if !is_int(iv) {
        return type_error("Expected an int as second argument to ldexp.");
    }
    let e = to_int(vm, iv)?;
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = scalbn(x, e);
    if r.is_infinite() {
        return range_error();
    }
    Ok(Value::Float(r))
}

fn nextafter(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (x, y) = two("nextafter", a, kw)?;
    let (x, y) = (to_f64(vm, x)?, to_f64(vm, y)?);
    Ok(Value::Float(next_after(x, y)))
}

fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn ulp(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = to_f64(vm, one("ulp", a, kw)?)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let x2 = next_after(x, f64::INFINITY);
    if x2.is_infinite() {
        let x2 = next_after(x, -f64::INFINITY);
        return Ok(Value::Float(x - x2));
    }
    Ok(Value::Float(x2 - x))
}

// ------------------------------------------------------------------ norms and sums

fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    (x, (a - x) + b)
}

fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    (z, x.mul_add(y, -z))
}

/// CPython 3.11's `vector_norm`: an accurately rounded Euclidean norm of non-negative values.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = c_frexp(max);
    if max_e < -1023 {
        for v in vec.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = scalbn(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &v in vec.iter() {
        let x = v * scale;
        let pr = dl_mul(x, x);
        let sm = dl_fast_sum(csum, pr.0);
        csum = sm.0;
        frac1 += pr.1;
        frac2 += sm.1;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let pr = dl_mul(-h, h);
    let sm = dl_fast_sum(csum, pr.0);
    csum = sm.0;
    frac1 += pr.1;
    frac2 += sm.1;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn hypot(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return type_error("math.hypot() takes no keyword arguments");
    }
    let mut coords = Vec::with_capacity(a.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for v in a {
        let x = to_f64(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::Float(vector_norm(&mut coords, max, found_nan)))
}

fn dist(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (p, q) = two("dist", a, kw)?;
    let p = vm.to_vec(p)?;
    let q = vm.to_vec(q)?;
    if p.len() != q.len() {
        return value_error("both points must have the same number of dimensions");
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (pv, qv) in p.iter().zip(q.iter()) {
        let x = (to_f64(vm, pv)? - to_f64(vm, qv)?).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::Float(vector_norm(&mut diffs, max, found_nan)))
}

/// Shewchuk's exactly rounded sum, as CPython's `math_fsum`.
fn fsum(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let it = vm.iter(one("fsum", a, kw)?)?;
    let mut p: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = vm.next(&it)? {
        let mut x = to_f64(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return overflow_error("intermediate overflow in fsum");
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return value_error("-inf + inf in fsum");
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn prod(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if a.len() != 1 {
        return type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            a.len()
        ));
    }
    let mut result = Value::Int(1);
    for (k, v) in kw {
        if k.as_str() != "start" {
            return type_error(format!(
                "prod() got an unexpected keyword argument '{}'",
                k.as_str()
            ));
        }
        result = v.clone();
    }
    let it = vm.iter(&a[0])?;
    while let Some(item) = vm.next(&it)? {
        result = vm.binary(BinOp::Mul, &result, &item)?;
    }
    Ok(result)
}

fn isclose(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if a.len() > 2 {
        return type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            a.len()
        ));
    }
    let p = bind("isclose", a, kw, &["a", "b", "rel_tol", "abs_tol"], 2)?;
    let (Some(av), Some(bv)) = (&p[0], &p[1]) else {
        return type_error("isclose() missing required argument 'a' (pos 1)");
    };
    let x = to_f64(vm, av)?;
    let y = to_f64(vm, bv)?;
    let rel_tol = match kwarg(kw, "rel_tol") {
        Some(v) => to_f64(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match kwarg(kw, "abs_tol") {
        Some(v) => to_f64(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return value_error("tolerances must be non-negative");
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs() || diff <= abs_tol,
    ))
}

// ------------------------------------------------------------------ number theory

fn gcd(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return type_error("math.gcd() takes no keyword arguments");
    }
    let mut res = BigInt::zero();
    for v in a {
        let x = to_int(vm, v)?;
        if !res.is_one() {
            res = res.gcd(&x);
        }
    }
    Ok(Value::from_bigint(res.abs()))
}

fn lcm(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return type_error("math.lcm() takes no keyword arguments");
    }
    let mut res = BigInt::one();
    for v in a {
        let x = to_int(vm, v)?;
        if !res.is_zero() {
            res = if x.is_zero() {
                BigInt::zero()
            } else {
                res.lcm(&x)
            };
        }
    }
    Ok(Value::from_bigint(res.abs()))
}

/// The product lo * (lo+1) * ... * (hi-1), by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut r = BigInt::from(lo);
        for k in lo + 1..hi {
            r *= k;
        }
        return r;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

fn factorial(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let v = one("factorial", a, kw)?;
    let n = to_int(vm, v)?;
    if n.is_negative() {
        return value_error("factorial() not defined for negative values");
    }
    let Some(n) = n.to_i64() else {
        return overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        ));
    };
    Ok(Value::from_bigint(range_product(1, n as u64 + 1)))
}

/// Validates comb/perm arguments: both non-negative.
fn nk(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = to_int(vm, n)?;
    let k = to_int(vm, k)?;
    if n.is_negative() {
        return value_error("n must be a non-negative integer");
    }
    if k.is_negative() {
        return value_error("k must be a non-negative integer");
    }
    Ok((n, k))
}

fn comb(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (n, k) = two("comb", a, kw)?;
    let (n, k) = nk(vm, n, k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64() else {
        return overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(r))
}

fn perm(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return type_error("perm() takes no keyword arguments");
    }
    match a.len() {
        0 => return type_error("perm expected at least 1 argument, got 0"),
        1 | 2 => {}
        n => return type_error(format!("perm expected at most 2 arguments, got {n}")),
    }
    if a.len() == 1 || a[1].is_none() {
        return factorial(vm, &a[..1], kw);
    }
    let (n, k) = nk(vm, &a[0], &a[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64() else {
        return overflow_error(format!("k must not exceed {}", i64::MAX));
    };
    if let Some(nn) = n.to_u64() {
        return Ok(Value::from_bigint(range_product(nn - k + 1, nn + 1)));
    }
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(Value::from_bigint(r))
}

fn isqrt(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let n = to_int(vm, one("isqrt", a, kw)?)?;
    if n.is_negative() {
        return value_error("isqrt() argument must be nonnegative");
    }
    Ok(Value::from_bigint(n.sqrt()))
}
