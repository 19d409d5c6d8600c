//! The `time` module, following https://docs.python.org/3.11/library/time.html and CPython
//! 3.11's `Modules/timemodule.c`: the clocks (`clock_gettime`), `sleep` with the GIL released,
//! `gmtime`/`localtime`/`mktime`/`strftime` through the C library (so the machine's time zone
//! and glibc's formatting apply exactly as in CPython), `asctime`/`ctime`, and `struct_time`.
//!
//! `struct_time` cannot be a tuple subclass in mt; it is a class whose instances carry the
//! `tm_*` attributes and behave like the 9-tuple for indexing, slicing, `len`, iteration and
//! `==`.

use super::add_fn;
use crate::objects::class::{c3_mro, Layout};
use crate::objects::{new_str, Builtin, Class, Dict, Value};
use crate::vm::error::*;
use crate::vm::protocol::type_name;
use crate::vm::{KwArgs, PyResult, Vm};
use std::ffi::{CStr, CString};
use std::sync::{Arc, OnceLock};

pub fn make(_vm: &mut Vm) -> Arc<Dict> {
    let d = super::module_dict("time");
    let fns: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", monotonic),
        ("perf_counter_ns", monotonic_ns),
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("thread_time", thread_time),
        ("thread_time_ns", thread_time_ns),
        ("sleep", sleep),
        ("gmtime", gmtime),
        ("localtime", localtime),
        ("mktime", mktime),
        ("asctime", asctime),
        ("ctime", ctime),
        ("strftime", strftime),
        ("get_clock_info", get_clock_info),
    ];
    for &(name, f) in fns {
        add_fn(&d, name, f);
    }
    d.set_str(
        new_str("struct_time"),
        Value::Class(struct_time_class().clone()),
    );
    let tz = zone_info();
    d.set_str(new_str("timezone"), Value::Int(tz.timezone));
    d.set_str(new_str("altzone"), Value::Int(tz.altzone));
    d.set_str(new_str("daylight"), Value::Int(tz.daylight as i64));
    d.set_str(
        new_str("tzname"),
        Value::tuple(vec![Value::string(tz.std_name), Value::string(tz.dst_name)]),
    );
    d
}

// ------------------------------------------------------------------ clocks

/// `clock_gettime(id)` in nanoseconds.
fn clock_ns(id: libc::clockid_t) -> i128 {
    // SAFETY: an all-zero `timespec` is a valid value of this plain C struct.
    let mut ts: libc::timespec = unsafe { std::mem::zeroed() };
    // SAFETY: `ts` is a valid, writable timespec for the whole call; the clock ids used are
    // ones every supported platform defines.
    let r = unsafe { libc::clock_gettime(id, &mut ts) };
    if r != 0 {
        return 0;
    }
    ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128
}

fn realtime_ns() -> i128 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

/// `_PyTime_AsSecondsDouble`.
fn ns_to_secs(ns: i128) -> Value {
    Value::Float(if ns % 1_000_000_000 == 0 {
        (ns / 1_000_000_000) as f64
    } else {
        ns as f64 / 1e9
    })
}

fn ns_to_int(ns: i128) -> Value {
    Value::from_bigint(num_bigint::BigInt::from(ns))
}

fn no_args(name: &str, a: &[Value], kw: &KwArgs) -> PyResult<()> {
    crate::builtins::args::arity(name, a, kw, 0, 0)
}

fn time(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_args("time", a, kw)?;
    Ok(ns_to_secs(realtime_ns()))
}

fn time_ns(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_args("time_ns", a, kw)?;
    Ok(ns_to_int(realtime_ns()))
}

fn monotonic(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_args("monotonic", a, kw)?;
    Ok(ns_to_secs(clock_ns(libc::CLOCK_MONOTONIC)))
}

fn monotonic_ns(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_args("monotonic_ns", a, kw)?;
    Ok(ns_to_int(clock_ns(libc::CLOCK_MONOTONIC)))
}

fn process_time(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_args("process_time", a, kw)?;
    Ok(ns_to_secs(clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID)))
}

fn process_time_ns(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_args("process_time_ns", a, kw)?;
    Ok(ns_to_int(clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID)))
}

fn thread_time(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_args("thread_time", a, kw)?;
    Ok(ns_to_secs(clock_ns(libc::CLOCK_THREAD_CPUTIME_ID)))
}

fn thread_time_ns(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_args("thread_time_ns", a, kw)?;
    Ok(ns_to_int(clock_ns(libc::CLOCK_THREAD_CPUTIME_ID)))
}

fn sleep(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::arity("sleep", a, kw, 1, 1)?;
    const TOO_LARGE: &str = "timestamp too large to convert to C _PyTime_t";
    // A number subclass sleeps for its value.
    let secs = crate::vm::subclass::native_of(&a[0]).unwrap_or(&a[0]);
    let ns: i128 = match secs {
        Value::Float(d) => {
            if d.is_nan() {
                return value_error("Invalid value NaN (not a number)");
            }
            let ns = (d * 1e9).ceil();
            if ns.abs() >= i64::MAX as f64 {
                return overflow_error("timestamp out of range for platform time_t");
            }
            ns as i128
        }
        Value::BigInt(_) => return overflow_error(TOO_LARGE),
        other => {
            let secs = vm.to_index(other)? as i128;
            if secs.abs() * 1_000_000_000 > i64::MAX as i128 {
                return overflow_error(TOO_LARGE);
            }
            secs * 1_000_000_000
        }
    };
    if ns < 0 {
        return value_error("sleep length must be non-negative");
    }
    crate::runtime::wait::sleep(vm, std::time::Duration::from_nanos(ns as u64))?;
    Ok(Value::None)
}

/// `get_clock_info(name)`: a namespace describing one of the clocks (Linux values).
fn get_clock_info(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::arity("get_clock_info", a, kw, 1, 1)?;
    let name = match &a[0] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return type_error(format!(
                "get_clock_info() argument 1 must be str, not {}",
                type_name(other)
            ))
        }
    };
    let (implementation, monotonic, adjustable, resolution) = match name.as_str() {
        "time" => ("clock_gettime(CLOCK_REALTIME)", false, true, 1e-9),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-9),
        "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false, 1e-9),
        "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, 1e-9),
        _ => return value_error("unknown clock"),
    };
    let ns = crate::objects::Instance::new(clock_info_class().clone());
    ns.attrs
        .set_str(new_str("implementation"), Value::str(implementation));
    ns.attrs
        .set_str(new_str("monotonic"), Value::Bool(monotonic));
    ns.attrs
        .set_str(new_str("adjustable"), Value::Bool(adjustable));
    ns.attrs
        .set_str(new_str("resolution"), Value::Float(resolution));
    let _ = vm;
    Ok(Value::Instance(ns))
}

fn clock_info_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let bases = vec![crate::builtins::types::types().object.clone()];
        let mro = c3_mro(&bases).unwrap_or_default();
        let c = Arc::new(Class {
            name: new_str("SimpleNamespace"),
            qualname: "SimpleNamespace".into(),
            module: "types".into(),
            bases,
            mro,
            dict: Dict::new(),
            layout: Layout::Object,
            attr_flags: Default::default(),
            slots: None,
            subclasses: Default::default(),
        });
        c.dict.set_str(
            new_str("__repr__"),
            Builtin::method("SimpleNamespace", "__repr__", namespace_repr),
        );
        c
    })
}

fn namespace_repr(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = a.first() else {
        return type_error("descriptor requires a 'types.SimpleNamespace' object");
    };
    let mut parts = Vec::new();
    for (k, v) in inst.attrs.items() {
        let k = vm.str(&k)?;
        parts.push(format!("{k}={}", vm.repr(&v)?));
    }
    Ok(Value::string(format!("namespace({})", parts.join(", "))))
}

// ------------------------------------------------------------------ struct_time

const FIELDS: [&str; 11] = [
    "tm_year",
    "tm_mon",
    "tm_mday",
    "tm_hour",
    "tm_min",
    "tm_sec",
    "tm_wday",
    "tm_yday",
    "tm_isdst",
    "tm_zone",
    "tm_gmtoff",
];

fn struct_time_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let bases = vec![crate::builtins::types::types().object.clone()];
        let mro = c3_mro(&bases).unwrap_or_default();
        let c = Arc::new(Class {
            name: new_str("struct_time"),
            qualname: "struct_time".into(),
            module: "time".into(),
            bases,
            mro,
            dict: Dict::new(),
            layout: Layout::Object,
            attr_flags: Default::default(),
            slots: None,
            subclasses: Default::default(),
        });
        let methods: &[(&'static str, crate::objects::function::NativeFn)] = &[
            ("__init__", st_init),
            ("__repr__", st_repr),
            ("__getitem__", st_getitem),
            ("__len__", st_len),
            ("__iter__", st_iter),
            ("__eq__", st_eq),
            ("__ne__", st_ne),
            ("__hash__", st_hash),
        ];
        for &(name, f) in methods {
            c.dict
                .set_str(new_str(name), Builtin::method("struct_time", name, f));
        }
        c.dict.set_str(new_str("n_fields"), Value::Int(11));
        c.dict.set_str(new_str("n_sequence_fields"), Value::Int(9));
        c.dict.set_str(new_str("n_unnamed_fields"), Value::Int(0));
        c
    })
}

fn new_struct_time(values: Vec<Value>) -> Value {
    let inst = crate::objects::Instance::new(struct_time_class().clone());
    for (i, name) in FIELDS.iter().enumerate() {
        let v = values.get(i).cloned().unwrap_or(Value::None);
        inst.attrs.set_str(new_str(*name), v);
    }
    Value::Instance(inst)
}

/// All 11 fields of a struct_time instance (None when `v` is not one).
fn struct_fields(v: &Value) -> Option<Vec<Value>> {
    let Value::Instance(inst) = v else {
        return None;
    };
    if !Arc::ptr_eq(&inst.class, struct_time_class()) {
        return None;
    }
    Some(
        FIELDS
            .iter()
            .map(|f| inst.attrs.get_str(&new_str(*f)).unwrap_or(Value::None))
            .collect(),
    )
}

/// The visible 9-tuple of a struct_time receiver.
fn visible(a: &[Value]) -> PyResult<Vec<Value>> {
    match a.first().and_then(struct_fields) {
        Some(mut f) => {
            f.truncate(9);
            Ok(f)
        }
        None => type_error("descriptor requires a 'time.struct_time' object"),
    }
}

fn st_init(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = crate::builtins::args::bind("struct_time", &a[1..], kw, &["sequence", "dict"], 1)?;
    let seq = vm.to_vec(p[0].as_ref().unwrap_or(&Value::None))?;
    if seq.len() < 9 {
        return type_error(format!(
            "time.struct_time() takes an at least 9-sequence ({}-sequence given)",
            seq.len()
        ));
    }
    if seq.len() > 11 {
        return type_error(format!(
            "time.struct_time() takes an at most 11-sequence ({}-sequence given)",
            seq.len()
        ));
    }
    if let Some(Value::Instance(inst)) = a.first() {
        for (i, name) in FIELDS.iter().enumerate() {
            let v = seq.get(i).cloned().unwrap_or(Value::None);
            inst.attrs.set_str(new_str(*name), v);
        }
    }
    Ok(Value::None)
}

fn st_repr(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = visible(a)?;
    let mut parts = Vec::with_capacity(9);
    for (name, v) in FIELDS.iter().zip(f.iter()) {
        parts.push(format!("{name}={}", vm.repr(v)?));
    }
    Ok(Value::string(format!(
        "time.struct_time({})",
        parts.join(", ")
    )))
}

fn st_getitem(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = Value::tuple(visible(a)?);
    vm.getitem(&t, a.get(1).unwrap_or(&Value::None))
}

fn st_len(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    visible(a)?;
    Ok(Value::Int(9))
}

fn st_iter(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = Value::tuple(visible(a)?);
    vm.iter(&t)
}

fn as_tuple(v: &Value) -> Option<Value> {
    match v {
        Value::Tuple(_) => Some(v.clone()),
        _ => struct_fields(v).map(|mut f| {
            f.truncate(9);
            Value::tuple(f)
        }),
    }
}

fn st_eq(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = Value::tuple(visible(a)?);
    match a.get(1).and_then(as_tuple) {
        Some(o) => Ok(Value::Bool(vm.eq(&t, &o)?)),
        None => Ok(Value::object(crate::objects::ObjKind::NotImplemented)),
    }
}

fn st_ne(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    match st_eq(vm, a, kw)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

fn st_hash(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = Value::tuple(visible(a)?);
    Ok(Value::Int(vm.hash(&t)?))
}

// ------------------------------------------------------------------ struct tm conversions

fn zeroed_tm() -> libc::tm {
    // SAFETY: `struct tm` is plain C data (ints, a long and a nullable pointer); all-zero is
    // a valid value.
    unsafe { std::mem::zeroed() }
}

/// `tm_gmtoff` (a C long) as i64 on every platform.
#[allow(clippy::useless_conversion)]
fn gmtoff(tm: &libc::tm) -> i64 {
    i64::from(tm.tm_gmtoff)
}

/// A struct_time from a C `struct tm`.
fn from_tm(tm: &libc::tm) -> Value {
    let zone = if tm.tm_zone.is_null() {
        Value::None
    } else {
        // SAFETY: a non-null `tm_zone` set by the C library points to a NUL-terminated
        // string in static storage (the zone abbreviations), valid while we copy it.
        let s = unsafe { CStr::from_ptr(tm.tm_zone) };
        Value::string(s.to_string_lossy().into_owned())
    };
    new_struct_time(vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
        zone,
        Value::Int(gmtoff(tm)),
    ])
}

/// An OSError from the C library's errno.
fn errno_error() -> Value {
    os_error(&std::io::Error::last_os_error())
}

fn c_gmtime(t: i64) -> PyResult<libc::tm> {
    let tt = t as libc::time_t;
    let mut tm = zeroed_tm();
    // SAFETY: both pointers refer to live, properly aligned locals for the whole call;
    // gmtime_r is the re-entrant variant and keeps no reference to them.
    let r = unsafe { libc::gmtime_r(&tt, &mut tm) };
    if r.is_null() {
        return Err(errno_error());
    }
    Ok(tm)
}

fn c_localtime(t: i64) -> PyResult<libc::tm> {
    let tt = t as libc::time_t;
    let mut tm = zeroed_tm();
    // SAFETY: as in `c_gmtime`; localtime_r is re-entrant.
    let r = unsafe { libc::localtime_r(&tt, &mut tm) };
    if r.is_null() {
        return Err(errno_error());
    }
    Ok(tm)
}

/// `_PyTime_ObjectToTime_t(obj, ROUND_FLOOR)`; None means now.
fn timestamp(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    const OUT: &str = "timestamp out of range for platform time_t";
    match v {
        None | Some(Value::None) => Ok(realtime_ns().div_euclid(1_000_000_000) as i64),
        Some(Value::Float(d)) => {
            if d.is_nan() {
                return value_error("Invalid value NaN (not a number)");
            }
            let f = d.floor();
            if !(i64::MIN as f64..i64::MAX as f64).contains(&f) {
                return overflow_error(OUT);
            }
            Ok(f as i64)
        }
        Some(Value::BigInt(_)) => overflow_error(OUT),
        Some(other) => vm.to_index(other),
    }
}

fn gmtime(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::arity("gmtime", a, kw, 0, 1)?;
    let t = timestamp(vm, a.first())?;
    Ok(from_tm(&c_gmtime(t)?))
}

fn localtime(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::arity("localtime", a, kw, 0, 1)?;
    let t = timestamp(vm, a.first())?;
    Ok(from_tm(&c_localtime(t)?))
}

/// A C `struct tm` plus the zone string its `tm_zone` points into.
struct TmArg {
    tm: libc::tm,
    _zone: Option<CString>,
}

fn c_int_field(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = match v {
        Value::BigInt(_) => return overflow_error("Python int too large to convert to C long"),
        other => vm.to_index(other)?,
    };
    if n > i32::MAX as i64 {
        return overflow_error("signed integer is greater than maximum");
    }
    if n < i32::MIN as i64 {
        return overflow_error("signed integer is less than minimum");
    }
    Ok(n as i32)
}

/// CPython's `gettmarg`: a 9-tuple or struct_time as a C `struct tm`.
fn gettmarg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<TmArg> {
    let (items, zone, gmtoff) = match v {
        Value::Tuple(t) => (t.items.to_vec(), Value::None, Value::None),
        other => match struct_fields(other) {
            Some(f) => (f[..9].to_vec(), f[9].clone(), f[10].clone()),
            None => return type_error("Tuple or struct_time argument required"),
        },
    };
    if items.len() != 9 {
        return type_error(format!("{fname}(): illegal time tuple argument"));
    }
    let mut n = [0i32; 9];
    for (i, it) in items.iter().enumerate() {
        n[i] = c_int_field(vm, it)?;
    }
    if n[0] < i32::MIN + 1900 {
        return overflow_error("year out of range");
    }
    let mut tm = zeroed_tm();
    tm.tm_year = n[0] - 1900;
    tm.tm_mon = n[1] - 1;
    tm.tm_mday = n[2];
    tm.tm_hour = n[3];
    tm.tm_min = n[4];
    tm.tm_sec = n[5];
    tm.tm_wday = (n[6] + 1) % 7;
    tm.tm_yday = n[7] - 1;
    tm.tm_isdst = n[8];
    let mut zone_c = None;
    if let Value::Str(s) = &zone {
        let Ok(c) = CString::new(s.as_str()) else {
            return value_error("embedded null character");
        };
        tm.tm_zone = c.as_ptr();
        zone_c = Some(c);
    }
    if !gmtoff.is_none() {
        tm.tm_gmtoff = vm.to_index(&gmtoff)? as _;
    }
    Ok(TmArg { tm, _zone: zone_c })
}

/// CPython's `checktm`, normalising the zero month/day/yday that tuples may carry.
fn checktm(tm: &mut libc::tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return value_error("month out of range");
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return value_error("day of month out of range");
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return value_error("hour out of range");
    }
    if !(0..=59).contains(&tm.tm_min) {
        return value_error("minute out of range");
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return value_error("seconds out of range");
    }
    if tm.tm_wday < 0 {
        return value_error("day of week out of range");
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return value_error("day of year out of range");
    }
    Ok(())
}

fn mktime(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::arity("mktime", a, kw, 1, 1)?;
    let mut arg = gettmarg(vm, &a[0], "mktime")?;
    arg.tm.tm_wday = -1;
    // SAFETY: `arg.tm` is a live, writable struct tm; its tm_zone (if set) points into
    // `arg._zone`, which outlives the call. mktime only normalises the struct in place.
    let t = unsafe { libc::mktime(&mut arg.tm) };
    if t == -1 && arg.tm.tm_wday == -1 {
        return overflow_error("mktime argument out of range");
    }
    Ok(Value::Float(t as f64))
}

/// CPython's `_asctime`.
fn format_asctime(tm: &libc::tm) -> String {
    const WDAY: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MON: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        WDAY.get(tm.tm_wday as usize).unwrap_or(&"???"),
        MON.get(tm.tm_mon as usize).unwrap_or(&"???"),
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        1900 + tm.tm_year as i64
    )
}

fn asctime(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::arity("asctime", a, kw, 0, 1)?;
    let tm = match a.first() {
        None => c_localtime(timestamp(vm, None)?)?,
        Some(v) => {
            let mut arg = gettmarg(vm, v, "asctime")?;
            checktm(&mut arg.tm)?;
            arg.tm
        }
    };
    Ok(Value::string(format_asctime(&tm)))
}

fn ctime(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::arity("ctime", a, kw, 0, 1)?;
    let t = timestamp(vm, a.first())?;
    Ok(Value::string(format_asctime(&c_localtime(t)?)))
}

fn strftime(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::arity("strftime", a, kw, 1, 2)?;
    let Value::Str(fmt) = &a[0] else {
        return type_error(format!(
            "strftime() argument 1 must be str, not {}",
            type_name(&a[0])
        ));
    };
    let mut arg = match a.get(1) {
        None => TmArg {
            tm: c_localtime(timestamp(vm, None)?)?,
            _zone: None,
        },
        Some(v) => {
            let mut arg = gettmarg(vm, v, "strftime")?;
            checktm(&mut arg.tm)?;
            arg
        }
    };
    arg.tm.tm_isdst = arg.tm.tm_isdst.clamp(-1, 1);
    let Ok(cfmt) = CString::new(fmt.as_str()) else {
        return value_error("embedded null character");
    };
    let fmtlen = fmt.as_str().len();
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes, `cfmt` is NUL-terminated, and `arg.tm` is
        // a valid struct tm whose tm_zone (if any) points into `arg._zone`, alive here.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                size,
                cfmt.as_ptr(),
                &arg.tm,
            )
        };
        if n > 0 || size >= 256 * fmtlen {
            buf.truncate(n);
            return Ok(Value::string(String::from_utf8_lossy(&buf).into_owned()));
        }
        size *= 2;
    }
}

// ------------------------------------------------------------------ time zone constants

struct ZoneInfo {
    timezone: i64,
    altzone: i64,
    daylight: bool,
    std_name: String,
    dst_name: String,
}

/// CPython's `init_timezone` (the `tm_gmtoff` variant): probe January and July of this year.
fn zone_info() -> ZoneInfo {
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let now = realtime_ns().div_euclid(1_000_000_000) as i64;
    let t = (now / YEAR) * YEAR;
    let probe = |t: i64| -> (i64, String) {
        match c_localtime(t) {
            Ok(tm) => {
                let name = if tm.tm_zone.is_null() {
                    String::new()
                } else {
                    // SAFETY: see `from_tm`: a C-library zone abbreviation, NUL-terminated.
                    unsafe { CStr::from_ptr(tm.tm_zone) }
                        .to_string_lossy()
                        .chars()
                        .take(9)
                        .collect()
                };
                (-gmtoff(&tm), name)
            }
            Err(_) => (0, "UTC".to_string()),
        }
    };
    let (jan, jan_name) = probe(t);
    let (jul, jul_name) = probe(t + YEAR / 2);
    if jan < jul {
        ZoneInfo {
            timezone: jul,
            altzone: jan,
            daylight: jan != jul,
            std_name: jul_name,
            dst_name: jan_name,
        }
    } else {
        ZoneInfo {
            timezone: jan,
            altzone: jul,
            daylight: jan != jul,
            std_name: jan_name,
            dst_name: jul_name,
        }
    }
}
