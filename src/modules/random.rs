//! The `random` module, following https://docs.python.org/3.11/library/random.html: CPython's
//! Mersenne Twister (`Modules/_randommodule.c`: MT19937, `init_by_array` seeding, 53-bit
//! `random()`, `getrandbits`) and the algorithms of 3.11's `Lib/random.py` on top of it
//! (`_randbelow_with_getrandbits`, `randrange`, `shuffle`, `sample`, `choices`, `gauss`, ...),
//! so a seeded program draws exactly CPython's numbers. The module functions are bound methods
//! of one hidden `Random` instance per interpreter, shared by its threads behind a lock.

use crate::builtins::types::types;
use crate::objects::class::{c3_mro, Layout};
use crate::objects::{new_str, Builtin, Class, Dict, ObjKind, Value};
use crate::syntax::ast::BinOp;
use crate::vm::error::*;
use crate::vm::protocol::type_name;
use crate::vm::{KwArgs, PyResult, Vm};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive};
use parking_lot::Mutex;
use std::sync::{Arc, OnceLock};

// ------------------------------------------------------------------ the generator

const N: usize = 624;
const M: usize = 397;

/// MT19937 state, exactly as `_randommodule.c`.
struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut mt = Mt {
            state: [0; N],
            index: N + 1,
        };
        mt.init_genrand(19650218);
        mt
    }

    fn init_genrand(&mut self, s: u32) {
        let mt = &mut self.state;
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1812433253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1566083941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    fn next_u32(&mut self) -> u32 {
        const MAG01: [u32; 2] = [0, 0x9908_b0df];
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        if self.index >= N {
            let mt = &mut self.state;
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ MAG01[(y & 1) as usize];
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ MAG01[(y & 1) as usize];
            }
            let y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ MAG01[(y & 1) as usize];
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `getrandbits(k)` for k <= 64.
    fn bits_u64(&mut self, k: u64) -> u64 {
        if k == 0 {
            return 0;
        }
        if k <= 32 {
            return (self.next_u32() >> (32 - k)) as u64;
        }
        let lo = self.next_u32() as u64;
        let hi = (self.next_u32() >> (64 - k)) as u64;
        lo | (hi << 32)
    }

    /// `getrandbits(k)` for any k: 32-bit words from the least significant up.
    fn bits_big(&mut self, k: u64) -> BigUint {
        if k <= 64 {
            return BigUint::from(self.bits_u64(k));
        }
        let words = (k - 1) / 32 + 1;
        let mut out = Vec::with_capacity(words as usize);
        let mut left = k as i64;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left -= 32;
        }
        BigUint::from_slice(&out)
    }

    /// `_randbelow_with_getrandbits(n)` for 0 < n < 2**64.
    fn below_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros() as u64;
        loop {
            let r = self.bits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow_with_getrandbits(n)` for any n > 0.
    fn below_big(&mut self, n: &BigUint) -> BigUint {
        if let Some(small) = n.to_u64() {
            return BigUint::from(self.below_u64(small));
        }
        let k = n.bits();
        loop {
            let r = self.bits_big(k);
            if &r < n {
                return r;
            }
        }
    }
}

/// The state of one `Random` instance.
pub struct RandomState {
    mt: Mt,
    gauss_next: Option<f64>,
}

type Shared = Mutex<RandomState>;

/// A key of 624 words from the OS (CPython's `random_seed_urandom`), or from the clock and
/// std's per-process random hasher keys when /dev/urandom is unavailable.
fn os_seed_key() -> Vec<u32> {
    use std::io::Read;
    let mut buf = vec![0u8; N * 4];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .is_ok();
    if ok {
        return buf
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
    }
    use std::hash::{BuildHasher, Hasher};
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(now);
    h.write_u32(std::process::id());
    let x = h.finish();
    vec![x as u32, (x >> 32) as u32, now as u32, std::process::id()]
}

fn fresh_state() -> RandomState {
    let mut mt = Mt::new();
    mt.init_by_array(&os_seed_key());
    RandomState {
        mt,
        gauss_next: None,
    }
}

// ------------------------------------------------------------------ the Random class

fn random_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let bases = vec![types().object.clone()];
        let mro = c3_mro(&bases).unwrap_or_default();
        let c = Arc::new(Class {
            name: new_str("Random"),
            qualname: "Random".into(),
            module: "random".into(),
            bases,
            mro,
            dict: Dict::new(),
            layout: Layout::Builtin,
            attr_flags: Default::default(),
            slots: None,
            subclasses: Default::default(),
        });
        c.dict
            .set_str(new_str("__new__"), Builtin::function("__new__", random_new));
        c.dict.set_str(new_str("VERSION"), Value::Int(3));
        for &(name, f) in METHODS {
            c.dict
                .set_str(new_str(name), Builtin::method("Random", name, f));
        }
        c
    })
}

const METHODS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("seed", seed),
    ("random", random),
    ("getrandbits", getrandbits),
    ("randrange", randrange),
    ("randint", randint),
    ("choice", choice),
    ("shuffle", shuffle),
    ("sample", sample),
    ("choices", choices),
    ("uniform", uniform),
    ("triangular", triangular),
    ("gauss", gauss),
    ("normalvariate", normalvariate),
    ("lognormvariate", lognormvariate),
    ("expovariate", expovariate),
    ("vonmisesvariate", vonmisesvariate),
    ("gammavariate", gammavariate),
    ("betavariate", betavariate),
    ("paretovariate", paretovariate),
    ("weibullvariate", weibullvariate),
    ("getstate", getstate),
    ("setstate", setstate),
];

fn new_generator(class: Arc<Class>, state: RandomState) -> Value {
    Value::object(ObjKind::Native {
        class,
        data: Box::new(Mutex::new(state)),
        attrs: None,
    })
}

pub fn make(_vm: &mut Vm) -> Arc<Dict> {
    let d = super::module_dict("random");
    let class = random_class();
    let inst = new_generator(class.clone(), fresh_state());
    for &(name, f) in METHODS {
        let Value::Builtin(b) = Builtin::method("Random", name, f) else {
            continue;
        };
        d.set_str(new_str(name), b.bind(inst.clone()));
    }
    d.set_str(new_str("Random"), Value::Class(class.clone()));
    d.set_str(new_str("_inst"), inst);
    d
}

/// `Random(x=None)`: a new generator seeded like `seed(x)`.
fn random_new(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let class = match a.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => random_class().clone(),
    };
    let args = a.get(1..).unwrap_or(&[]);
    if args.len() > 1 {
        return type_error(format!(
            "Random() takes at most 1 argument ({} given)",
            args.len()
        ));
    }
    if !kw.is_empty() && Arc::ptr_eq(&class, random_class()) {
        return type_error("Random() takes no keyword arguments");
    }
    let inst = new_generator(
        class,
        RandomState {
            mt: Mt::new(),
            gauss_next: None,
        },
    );
    let mut seed_args = vec![inst.clone()];
    seed_args.extend(args.iter().cloned());
    seed(vm, &seed_args, &[])?;
    Ok(inst)
}

/// The generator of a `Random` receiver.
fn state_of(a: &[Value]) -> PyResult<&Shared> {
    if let Some(Value::Object(o)) = a.first() {
        if let ObjKind::Native { data, .. } = &o.kind {
            if let Some(s) = data.downcast_ref::<Shared>() {
                return Ok(s);
            }
        }
    }
    type_error("descriptor requires a 'random.Random' object")
}

fn with<T>(a: &[Value], f: impl FnOnce(&mut RandomState) -> T) -> PyResult<T> {
    let s = state_of(a)?;
    let mut g = s.lock();
    Ok(f(&mut g))
}

// ------------------------------------------------------------------ helpers

fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    super::math::to_f64(vm, v)
}

fn big_value(b: BigInt) -> Value {
    Value::from_bigint(b)
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

/// `_randbelow(n)` for n > 0.
fn randbelow(a: &[Value], n: &BigInt) -> PyResult<BigInt> {
    let n = n.magnitude();
    with(a, |s| BigInt::from(s.mt.below_big(n)))
}

fn randbelow_usize(a: &[Value], n: usize) -> PyResult<usize> {
    with(a, |s| s.mt.below_u64(n as u64) as usize)
}

/// Positional and keyword arguments after the receiver, bound to `params`.
fn args(
    fname: &str,
    a: &[Value],
    kw: &KwArgs,
    params: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let rest = a.get(1..).unwrap_or(&[]);
    if rest.len() > params.len() {
        return type_error(format!(
            "Random.{fname}() takes {} positional argument{} but {} were given",
            params.len() + 1,
            if params.is_empty() { "" } else { "s" },
            rest.len() + 1
        ));
    }
    let mut out = vec![None; params.len()];
    for (i, v) in rest.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in kw {
        match params.iter().position(|p| *p == k.as_str()) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(_) => {
                return type_error(format!(
                    "Random.{fname}() got multiple values for argument '{}'",
                    k.as_str()
                ))
            }
            None => {
                return type_error(format!(
                    "Random.{fname}() got an unexpected keyword argument '{}'",
                    k.as_str()
                ))
            }
        }
    }
    let missing: Vec<&str> = params
        .iter()
        .take(required)
        .enumerate()
        .filter(|(i, _)| out[*i].is_none())
        .map(|(_, p)| *p)
        .collect();
    if !missing.is_empty() {
        let names: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match names.len() {
            1 => names[0].clone(),
            2 => format!("{} and {}", names[0], names[1]),
            _ => format!(
                "{}, and {}",
                names[..names.len() - 1].join(", "),
                names[names.len() - 1]
            ),
        };
        return type_error(format!(
            "Random.{fname}() missing {} required positional argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        ));
    }
    Ok(out)
}

fn float_or(vm: &mut Vm, v: &Option<Value>, default: f64) -> PyResult<f64> {
    match v {
        Some(v) => to_f64(vm, v),
        None => Ok(default),
    }
}

fn req(v: &Option<Value>) -> Value {
    v.clone().unwrap_or(Value::None)
}

// ------------------------------------------------------------------ seeding and state

fn seed(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = args("seed", a, kw, &["a", "version"], 0)?;
    let arg = p[0].clone().unwrap_or(Value::None);
    // An int or str subclass seeds as its value, as CPython's `PyLong_Check` path does.
    let arg = crate::vm::subclass::native_of(&arg).cloned().unwrap_or(arg);
    let version = match &p[1] {
        Some(v) => vm.to_index(v)?,
        None => 2,
    };
    let key: Option<Vec<u32>> =
        match &arg {
            Value::None => None,
            Value::Str(s) if version == 1 => {
                let chars: Vec<u32> = s.as_str().chars().map(|c| c as u32).collect();
                let mut x: u64 = chars.first().map_or(0, |c| (*c as u64) << 7);
                for c in &chars {
                    x = 1000003u64.wrapping_mul(x) ^ (*c as u64);
                }
                x ^= chars.len() as u64;
                Some(BigUint::from(x).to_u32_digits())
            }
            Value::Str(s) if version == 2 => {
                use sha2::{Digest, Sha512};
                let mut bytes = s.as_str().as_bytes().to_vec();
                let digest = Sha512::digest(&bytes);
                bytes.extend_from_slice(&digest);
                Some(BigUint::from_bytes_be(&bytes).to_u32_digits())
            }
            v if is_int(v) => {
                let n = crate::vm::ops::to_big(v).unwrap_or_default();
                Some(n.magnitude().to_u32_digits())
            }
            Value::Float(_) | Value::Str(_) => {
                let h = vm.hash(&arg)? as u64;
                Some(BigUint::from(h).to_u32_digits())
            }
            _ => return type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            ),
        };
    let key = key.unwrap_or_else(os_seed_key);
    with(a, |s| {
        s.mt.init_by_array(&key);
        s.gauss_next = None;
    })?;
    Ok(Value::None)
}

fn getstate(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args("getstate", a, kw, &[], 0)?;
    let (words, gauss_next) = with(a, |s| {
        let mut w: Vec<Value> = s.mt.state.iter().map(|x| Value::Int(*x as i64)).collect();
        w.push(Value::Int(s.mt.index as i64));
        (w, s.gauss_next)
    })?;
    Ok(Value::tuple(vec![
        Value::Int(3),
        Value::tuple(words),
        gauss_next.map_or(Value::None, Value::Float),
    ]))
}

fn setstate(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = args("setstate", a, kw, &["state"], 1)?;
    let state = req(&p[0]);
    let version = vm.getitem(&state, &Value::Int(0))?;
    let version_n = match &version {
        Value::Int(n) => *n,
        _ => -1,
    };
    if version_n != 2 && version_n != 3 {
        let v = vm.repr(&version)?;
        return value_error(format!(
            "state with version {v} passed to Random.setstate() of version 3"
        ));
    }
    let parts = vm.to_vec(&state)?;
    if parts.len() != 3 {
        return value_error(if parts.len() > 3 {
            "too many values to unpack (expected 3)".to_string()
        } else {
            format!(
                "not enough values to unpack (expected 3, got {})",
                parts.len()
            )
        });
    }
    let Value::Tuple(internal) = &parts[1] else {
        return type_error("state vector must be a tuple");
    };
    if internal.items.len() != N + 1 {
        return value_error("state vector is the wrong size");
    }
    let mut words = [0u32; N];
    for (i, w) in internal.items.iter().take(N).enumerate() {
        let n = crate::vm::ops::to_big(w)
            .ok_or_else(|| exc("TypeError", "state vector items must be integers"))?;
        let n = if version_n == 2 {
            n.mod_floor(&BigInt::from(1u64 << 32))
        } else {
            n
        };
        words[i] = match n.to_u64() {
            Some(x) => x as u32,
            None => return overflow_error("Python int too large to convert to C unsigned long"),
        };
    }
    let index = match &internal.items[N] {
        Value::Int(i) => *i,
        other => vm.to_index(other)?,
    };
    if !(0..=N as i64).contains(&index) {
        return value_error("invalid state");
    }
    let gauss_next = match &parts[2] {
        Value::None => None,
        v => Some(to_f64(vm, v)?),
    };
    with(a, |s| {
        s.mt.state = words;
        s.mt.index = index as usize;
        s.gauss_next = gauss_next;
    })?;
    Ok(Value::None)
}

// ------------------------------------------------------------------ integers

fn random(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    args("random", a, kw, &[], 0)?;
    Ok(Value::Float(with(a, |s| s.mt.random())?))
}

fn getrandbits(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return type_error("Random.getrandbits() takes no keyword arguments");
    }
    if a.len() != 2 {
        return type_error(format!(
            "Random.getrandbits() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        ));
    }
    let k = vm.to_index(&a[1])?;
    if k < 0 {
        return value_error("number of bits must be non-negative");
    }
    if k <= 63 {
        return Ok(Value::Int(with(a, |s| s.mt.bits_u64(k as u64))? as i64));
    }
    let r = with(a, |s| s.mt.bits_big(k as u64))?;
    Ok(big_value(BigInt::from_biguint(Sign::Plus, r)))
}

/// `operator.index(v)`, with random.py's deprecated fallback to `int(v)` for integral values.
fn index_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<BigInt> {
    if let Some(b) = crate::vm::ops::to_big(v) {
        return Ok(b);
    }
    if let Value::Instance(_) = v {
        if vm
            .lookup_special(v, &crate::objects::names::names().index)
            .is_some()
        {
            return Ok(BigInt::from(vm.to_index(v)?));
        }
    }
    let i = vm.instantiate(&types().int, std::slice::from_ref(v), &[])?;
    if !vm.eq(&i, v)? {
        return value_error(format!("non-integer {what} for randrange()"));
    }
    Ok(crate::vm::ops::to_big(&i).unwrap_or_default())
}

fn randrange_impl(
    vm: &mut Vm,
    a: &[Value],
    start: &Value,
    stop: Option<&Value>,
    step: Option<&Value>,
) -> PyResult<Value> {
    let istart = index_arg(vm, start, "arg 1")?;
    let Some(stop) = stop.filter(|s| !s.is_none()) else {
        if let Some(step) = step {
            if !matches!(step, Value::Int(1)) {
                return type_error("Missing a non-None stop argument");
            }
        }
        if istart.is_positive() {
            return Ok(big_value(randbelow(a, &istart)?));
        }
        return value_error("empty range for randrange()");
    };
    let istop = index_arg(vm, stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        Some(s) => index_arg(vm, s, "step")?,
        None => BigInt::one(),
    };
    if istep.is_one() {
        if width.is_positive() {
            return Ok(big_value(istart + randbelow(a, &width)?));
        }
        return value_error(format!(
            "empty range for randrange() ({istart}, {istop}, {width})"
        ));
    }
    let n = if istep.is_positive() {
        Integer::div_floor(&(width + &istep - 1), &istep)
    } else if istep.is_negative() {
        Integer::div_floor(&(width + &istep + 1), &istep)
    } else {
        return value_error("zero step for randrange()");
    };
    if !n.is_positive() {
        return value_error("empty range for randrange()");
    }
    Ok(big_value(istart + istep * randbelow(a, &n)?))
}

fn randrange(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if let ([_, Value::Int(start), Value::Int(stop)], true) = (a, kw.is_empty()) {
        // Fast path for the common `randrange(lo, hi)` on small ints.
        if stop > start {
            let width = (*stop as i128 - *start as i128) as u64;
            let r = with(a, |s| s.mt.below_u64(width))?;
            return Ok(big_value(BigInt::from(*start as i128 + r as i128)));
        }
    }
    let p = args("randrange", a, kw, &["start", "stop", "step"], 1)?;
    randrange_impl(vm, a, &req(&p[0]), p[1].as_ref(), p[2].as_ref())
}

fn randint(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = args("randint", a, kw, &["a", "b"], 2)?;
    let lo = req(&p[0]);
    let hi = vm.binary(BinOp::Add, &req(&p[1]), &Value::Int(1))?;
    randrange_impl(vm, a, &lo, Some(&hi), None)
}

// ------------------------------------------------------------------ sequences

fn choice(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = args("choice", a, kw, &["seq"], 1)?;
    let seq = req(&p[0]);
    let n = vm.len(&seq)?;
    if n == 0 {
        return index_error("Cannot choose from an empty sequence");
    }
    let i = randbelow_usize(a, n)?;
    vm.getitem(&seq, &Value::Int(i as i64))
}

fn shuffle(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = args("shuffle", a, kw, &["x"], 1)?;
    let x = req(&p[0]);
    let n = vm.len(&x)?;
    if let Value::List(l) = &x {
        let swaps: Vec<(usize, usize)> = with(a, |s| {
            (1..n)
                .rev()
                .map(|i| (i, s.mt.below_u64(i as u64 + 1) as usize))
                .collect()
        })?;
        let mut items = l.items.lock();
        for (i, j) in swaps {
            if i < items.len() && j < items.len() {
                items.swap(i, j);
            }
        }
        return Ok(Value::None);
    }
    for i in (1..n).rev() {
        let j = randbelow_usize(a, i + 1)?;
        let (iv, jv) = (Value::Int(i as i64), Value::Int(j as i64));
        let xj = vm.getitem(&x, &jv)?;
        let xi = vm.getitem(&x, &iv)?;
        vm.setitem(&x, &iv, xj)?;
        vm.setitem(&x, &jv, xi)?;
    }
    Ok(Value::None)
}

fn is_sequence(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) => true,
        Value::Object(o) => matches!(o.kind, ObjKind::Range { .. } | ObjKind::BigRange(_)),
        _ => false,
    }
}

/// `itertools.accumulate` with `+`.
fn accumulate(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    let items = vm.to_vec(v)?;
    let mut out: Vec<Value> = Vec::with_capacity(items.len());
    for it in items {
        let next = match out.last() {
            Some(prev) => vm.binary(BinOp::Add, prev, &it)?,
            None => it,
        };
        out.push(next);
    }
    Ok(out)
}

/// `bisect.bisect_right(a, x, 0, hi)`.
fn bisect_right(vm: &mut Vm, a: &[Value], x: &Value, hi: usize) -> PyResult<usize> {
    let (mut lo, mut hi) = (0usize, hi.min(a.len()));
    while lo < hi {
        let mid = (lo + hi) / 2;
        if vm.lt(x, &a[mid])? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn sample(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = args("sample", a, kw, &["population", "k", "counts"], 2)?;
    if a.len() > 3 {
        return type_error(format!(
            "Random.sample() takes 3 positional arguments but {} were given",
            a.len()
        ));
    }
    let population = req(&p[0]);
    let kv = req(&p[1]);
    if !is_sequence(&population) {
        return type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    let n = vm.len(&population)?;
    if let Some(counts) = p[2].as_ref().filter(|c| !c.is_none()) {
        let mut cum = accumulate(vm, counts)?;
        if cum.len() != n {
            return value_error("The number of counts does not match the population");
        }
        let Some(total) = cum.pop() else {
            return index_error("pop from empty list");
        };
        if !is_int(&total) {
            return type_error("Counts must be integers");
        }
        let total_big = crate::vm::ops::to_big(&total).unwrap_or_default();
        if !total_big.is_positive() {
            return value_error("Total of counts must be greater than zero");
        }
        let Some(total) = total_big.to_i64() else {
            return overflow_error("Python int too large to convert to C ssize_t");
        };
        let range = Value::object(ObjKind::Range {
            start: 0,
            stop: total,
            step: 1,
        });
        let sel = sample(vm, &[a[0].clone(), range, kv], &[])?;
        let sel = vm.to_vec(&sel)?;
        let mut out = Vec::with_capacity(sel.len());
        for s in sel {
            let i = bisect_right(vm, &cum, &s, cum.len())?;
            out.push(vm.getitem(&population, &Value::Int(i as i64))?);
        }
        return Ok(Value::list(out));
    }
    let k = match &kv {
        Value::Int(k) => *k,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => return value_error("Sample larger than population or is negative"),
        other => {
            let ok = vm.lt(&Value::Int(-1), other)? && !vm.lt(&Value::Int(n as i64), other)?;
            if !ok {
                return value_error("Sample larger than population or is negative");
            }
            return type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name(other)
            ));
        }
    };
    if k < 0 || k as usize > n {
        return value_error("Sample larger than population or is negative");
    }
    let k = k as usize;
    let mut setsize: u128 = 21;
    if k > 5 {
        let e = ((k * 3) as f64).ln() / 4f64.ln();
        let e = e.ceil() as u32;
        setsize += 4u128.checked_pow(e).unwrap_or(u128::MAX - 21);
    }
    let mut result = Vec::with_capacity(k);
    if (n as u128) <= setsize {
        let mut pool = vm.to_vec(&population)?;
        let picks: Vec<usize> = with(a, |s| {
            (0..k)
                .map(|i| s.mt.below_u64((n - i) as u64) as usize)
                .collect()
        })?;
        for (i, j) in picks.into_iter().enumerate() {
            result.push(pool[j].clone());
            pool[j] = pool[n - i - 1].clone();
        }
    } else {
        let mut selected = std::collections::HashSet::with_capacity(k);
        let mut picks = Vec::with_capacity(k);
        with(a, |s| {
            for _ in 0..k {
                let mut j = s.mt.below_u64(n as u64);
                while selected.contains(&j) {
                    j = s.mt.below_u64(n as u64);
                }
                selected.insert(j);
                picks.push(j);
            }
        })?;
        for j in picks {
            result.push(vm.getitem(&population, &Value::Int(j as i64))?);
        }
    }
    Ok(Value::list(result))
}

fn choices(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if a.len() > 3 {
        return type_error(format!(
            "Random.choices() takes from 2 to 3 positional arguments but {} were given",
            a.len()
        ));
    }
    let p = args(
        "choices",
        a,
        kw,
        &["population", "weights", "cum_weights", "k"],
        1,
    )?;
    let population = req(&p[0]);
    let k = match &p[3] {
        Some(v) => vm.to_index(v)?,
        None => 1,
    };
    let k = k.max(0) as usize;
    let n = vm.len(&population)?;
    let weights = p[1].clone().filter(|w| !w.is_none());
    let cum_weights = p[2].clone().filter(|w| !w.is_none());
    let cum = match (weights, cum_weights) {
        (None, None) => {
            let nf = n as f64;
            let picks: Vec<f64> = with(a, |s| (0..k).map(|_| s.mt.random()).collect())?;
            let mut out = Vec::with_capacity(k);
            for r in picks {
                let i = (r * nf).floor() as i64;
                out.push(vm.getitem(&population, &Value::Int(i))?);
            }
            return Ok(Value::list(out));
        }
        (Some(w), None) => match accumulate(vm, &w) {
            Ok(c) => c,
            Err(e) if is_exc(&e, "TypeError") && matches!(w, Value::Int(_)) => {
                let kk = vm.repr(&w)?;
                return type_error(format!(
                    "The number of choices must be a keyword argument: k={kk}"
                ));
            }
            Err(e) => return Err(e),
        },
        (None, Some(c)) => vm.to_vec(&c)?,
        (Some(_), Some(_)) => {
            return type_error("Cannot specify both weights and cumulative weights")
        }
    };
    if cum.len() != n {
        return value_error("The number of weights does not match the population");
    }
    let Some(last) = cum.last() else {
        return index_error("list index out of range");
    };
    let total = vm.binary(BinOp::Add, last, &Value::Float(0.0))?;
    let total = to_f64(vm, &total)?;
    if total <= 0.0 {
        return value_error("Total of weights must be greater than zero");
    }
    if !total.is_finite() {
        return value_error("Total of weights must be finite");
    }
    let hi = n - 1;
    let mut out = Vec::with_capacity(k);
    for _ in 0..k {
        let r = with(a, |s| s.mt.random())?;
        let i = bisect_right(vm, &cum, &Value::Float(r * total), hi)?;
        out.push(vm.getitem(&population, &Value::Int(i as i64))?);
    }
    Ok(Value::list(out))
}

// ------------------------------------------------------------------ real-valued distributions

fn uniform(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = args("uniform", a, kw, &["a", "b"], 2)?;
    let (lo, hi) = (req(&p[0]), req(&p[1]));
    let r = with(a, |s| s.mt.random())?;
    let width = vm.binary(BinOp::Sub, &hi, &lo)?;
    let scaled = vm.binary(BinOp::Mul, &width, &Value::Float(r))?;
    vm.binary(BinOp::Add, &lo, &scaled)
}

fn triangular(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = args("triangular", a, kw, &["low", "high", "mode"], 0)?;
    let mut low = float_or(vm, &p[0], 0.0)?;
    let mut high = float_or(vm, &p[1], 1.0)?;
    let mut u = with(a, |s| s.mt.random())?;
    let mut c = match p[2].as_ref().filter(|m| !m.is_none()) {
        None => 0.5,
        Some(m) => {
            let m = to_f64(vm, m)?;
            if high - low == 0.0 {
                return Ok(Value::Float(low));
            }
            (m - low) / (high - low)
        }
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    Ok(Value::Float(low + (high - low) * (u * c).sqrt()))
}

fn normal(s: &mut RandomState) -> f64 {
    let nv_magicconst = 4.0 * (-0.5f64).exp() / 2f64.sqrt();
    loop {
        let u1 = s.mt.random();
        let u2 = 1.0 - s.mt.random();
        let z = nv_magicconst * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -u2.ln() {
            return z;
        }
    }
}

fn normalvariate(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = args("normalvariate", a, kw, &["mu", "sigma"], 0)?;
    let mu = float_or(vm, &p[0], 0.0)?;
    let sigma = float_or(vm, &p[1], 1.0)?;
    let z = with(a, normal)?;
    Ok(Value::Float(mu + z * sigma))
}

fn lognormvariate(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = args("lognormvariate", a, kw, &["mu", "sigma"], 2)?;
    let mu = float_or(vm, &p[0], 0.0)?;
    let sigma = float_or(vm, &p[1], 1.0)?;
    let z = with(a, normal)?;
    let r = (mu + z * sigma).exp();
    if r.is_infinite() {
        return overflow_error("math range error");
    }
    Ok(Value::Float(r))
}

fn gauss(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = args("gauss", a, kw, &["mu", "sigma"], 0)?;
    let mu = float_or(vm, &p[0], 0.0)?;
    let sigma = float_or(vm, &p[1], 1.0)?;
    let z = with(a, |s| match s.gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = s.mt.random() * std::f64::consts::TAU;
            let g2rad = (-2.0 * (1.0 - s.mt.random()).ln()).sqrt();
            s.gauss_next = Some(x2pi.sin() * g2rad);
            x2pi.cos() * g2rad
        }
    })?;
    Ok(Value::Float(mu + z * sigma))
}

fn expovariate(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = args("expovariate", a, kw, &["lambd"], 1)?;
    let lambd = float_or(vm, &p[0], 1.0)?;
    let r = with(a, |s| s.mt.random())?;
    if lambd == 0.0 {
        return zero_division("float division by zero");
    }
    Ok(Value::Float(-(1.0 - r).ln() / lambd))
}

fn vonmisesvariate(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = args("vonmisesvariate", a, kw, &["mu", "kappa"], 2)?;
    let mu = float_or(vm, &p[0], 0.0)?;
    let kappa = float_or(vm, &p[1], 0.0)?;
    use std::f64::consts::{PI, TAU};
    let theta = with(a, |st| {
        if kappa <= 1e-6 {
            return TAU * st.mt.random();
        }
        let s = 0.5 / kappa;
        let r = s + (1.0 + s * s).sqrt();
        let z = loop {
            let u1 = st.mt.random();
            let z = (PI * u1).cos();
            let d = z / (r + z);
            let u2 = st.mt.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                break z;
            }
        };
        let q = 1.0 / r;
        let f = (q + z) / (1.0 + q * z);
        let u3 = st.mt.random();
        if u3 > 0.5 {
            crate::vm::ops::float_mod(mu + f.acos(), TAU)
        } else {
            crate::vm::ops::float_mod(mu - f.acos(), TAU)
        }
    })?;
    Ok(Value::Float(theta))
}

fn gamma_draw(st: &mut RandomState, alpha: f64, beta: f64) -> f64 {
    let log4 = 4f64.ln();
    let sg_magicconst = 1.0 + 4.5f64.ln();
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - log4;
        let ccc = alpha + ainv;
        loop {
            let u1 = st.mt.random();
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - st.mt.random();
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magicconst - 4.5 * z >= 0.0 || r >= z.ln() {
                return x * beta;
            }
        }
    } else if alpha == 1.0 {
        -(1.0 - st.mt.random()).ln() * beta
    } else {
        let e = std::f64::consts::E;
        let x = loop {
            let u = st.mt.random();
            let b = (e + alpha) / e;
            let p = b * u;
            let x = if p <= 1.0 {
                p.powf(1.0 / alpha)
            } else {
                -((b - p) / alpha).ln()
            };
            let u1 = st.mt.random();
            if p > 1.0 {
                if u1 <= x.powf(alpha - 1.0) {
                    break x;
                }
            } else if u1 <= (-x).exp() {
                break x;
            }
        };
        x * beta
    }
}

fn gammavariate(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = args("gammavariate", a, kw, &["alpha", "beta"], 2)?;
    let alpha = float_or(vm, &p[0], 1.0)?;
    let beta = float_or(vm, &p[1], 1.0)?;
    if alpha <= 0.0 || beta <= 0.0 {
        return value_error("gammavariate: alpha and beta must be > 0.0");
    }
    Ok(Value::Float(with(a, |s| gamma_draw(s, alpha, beta))?))
}

fn betavariate(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = args("betavariate", a, kw, &["alpha", "beta"], 2)?;
    let alpha = float_or(vm, &p[0], 1.0)?;
    let beta = float_or(vm, &p[1], 1.0)?;
    if alpha <= 0.0 || beta <= 0.0 {
        return value_error("gammavariate: alpha and beta must be > 0.0");
    }
    let r = with(a, |s| {
        let y = gamma_draw(s, alpha, 1.0);
        if y != 0.0 {
            y / (y + gamma_draw(s, beta, 1.0))
        } else {
            0.0
        }
    })?;
    Ok(Value::Float(r))
}

fn paretovariate(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = args("paretovariate", a, kw, &["alpha"], 1)?;
    let alpha = float_or(vm, &p[0], 1.0)?;
    if alpha == 0.0 {
        return zero_division("float division by zero");
    }
    let u = 1.0 - with(a, |s| s.mt.random())?;
    Ok(Value::Float(u.powf(-1.0 / alpha)))
}

fn weibullvariate(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = args("weibullvariate", a, kw, &["alpha", "beta"], 2)?;
    let alpha = float_or(vm, &p[0], 1.0)?;
    let beta = float_or(vm, &p[1], 1.0)?;
    if beta == 0.0 {
        return zero_division("float division by zero");
    }
    let u = 1.0 - with(a, |s| s.mt.random())?;
    Ok(Value::Float(alpha * (-u.ln()).powf(1.0 / beta)))
}

#[cfg(test)]
mod tests {
    use super::Mt;

    #[test]
    fn matches_cpython_seed_42() {
        let mut mt = Mt::new();
        mt.init_by_array(&[42]);
        assert_eq!(mt.random(), 0.6394267984578837);
    }
}
