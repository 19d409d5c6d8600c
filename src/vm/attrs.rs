//! Attribute access on every kind of value: `getattr`, `setattr` and `delattr` as CPython's
//! `object.__getattribute__`, `object.__setattr__` and `object.__delattr__` define them for
//! instances (data descriptors such as properties win over the instance dict, which wins over
//! non-data descriptors such as functions; a user `__getattribute__`, `__setattr__` or
//! `__delattr__` replaces the generic path, and `__getattr__` is the fallback), and the
//! attributes built-in values, classes, modules, functions and `super` objects compute.

use super::error::*;
use super::protocol::{bind_class_attr, class_of, native_attrs, type_name};
use super::{PyResult, Vm};
use crate::builtins::types::types;
use crate::objects::class::{Layout, SYNTAX_FIELDS};
use crate::objects::names::names;
use crate::objects::thread_local::LocalData;
use crate::objects::{Class, Dict, Function, Instance, ObjKind, Str, Value};
use std::sync::Arc;

impl Vm {
    // ------------------------------------------------------------ attributes

    pub fn getattr(&mut self, obj: &Value, name: &Str) -> PyResult<Value> {
        if let Value::Instance(inst) = obj {
            if self.has_custom_getattribute(&inst.class) {
                return self.custom_getattribute(obj, inst, name);
            }
        }
        match self.getattr_opt(obj, name) {
            Ok(Some(v)) => Ok(v),
            // __getattr__ is the fallback for instances, also when a property or descriptor
            // raised AttributeError.
            Ok(None) => match self.getattr_fallback(obj, name)? {
                Some(r) => Ok(r),
                None => Err(self.attribute_error_for(obj, name)),
            },
            Err(e) if is_exc(&e, "AttributeError") => match self.getattr_fallback(obj, name)? {
                Some(r) => Ok(r),
                None => Err(e),
            },
            Err(e) => Err(e),
        }
    }

    /// An instance's `__getattr__(name)`, when its class defines one.
    fn getattr_fallback(&mut self, obj: &Value, name: &Str) -> PyResult<Option<Value>> {
        if let Value::Instance(_) = obj {
            return self.call_special(obj, &names().getattr, &[Value::Str(name.clone())]);
        }
        Ok(None)
    }

    /// `obj.name` through the class's own `__getattribute__`, with `__getattr__` as the
    /// fallback when it raises AttributeError (CPython's `slot_tp_getattr_hook`).
    #[cold]
    fn custom_getattribute(&mut self, obj: &Value, inst: &Instance, name: &Str) -> PyResult<Value> {
        // Another thread may have removed the hook since the class flags were read.
        let Some(hook) = self.cls_lookup(&inst.class, &names().getattribute) else {
            return self.generic_getattr(obj, name);
        };
        let key = Value::Str(name.clone());
        match self.call(&hook, &[obj.clone(), key.clone()], &[]) {
            Err(e) if is_exc(&e, "AttributeError") => {
                match self.call_special(obj, &names().getattr, &[key])? {
                    Some(r) => Ok(r),
                    None => Err(e),
                }
            }
            r => r,
        }
    }

    /// `object.__getattribute__(obj, name)`: the generic lookup, bypassing a class's own
    /// `__getattribute__` and without the `__getattr__` fallback.
    pub fn generic_getattr(&mut self, obj: &Value, name: &Str) -> PyResult<Value> {
        let found = match obj {
            Value::Instance(inst) => self.instance_getattr(obj, inst, name)?,
            _ => self.getattr_opt(obj, name)?,
        };
        found.ok_or_else(|| self.attribute_error_for(obj, name))
    }

    pub fn attribute_error_for(&self, obj: &Value, name: &Str) -> Value {
        let msg = match obj {
            Value::Class(c) => format!(
                "type object '{}' has no attribute '{}'",
                c.name.as_str(),
                name.as_str()
            ),
            Value::Object(o) => match &o.kind {
                ObjKind::Module(m) => format!(
                    "module '{}' has no attribute '{}'",
                    m.name.as_str(),
                    name.as_str()
                ),
                _ => format!(
                    "'{}' object has no attribute '{}'",
                    type_name(obj),
                    name.as_str()
                ),
            },
            _ => format!(
                "'{}' object has no attribute '{}'",
                type_name(obj),
                name.as_str()
            ),
        };
        let e = exc("AttributeError", msg);
        if let Some(d) = exc_data(&e) {
            let mut d = d.lock();
            d.name = Some(Value::Str(name.clone()));
            d.obj = Some(obj.clone());
        }
        e
    }

    /// Attribute lookup without the AttributeError (None when missing).
    pub fn getattr_opt(&mut self, obj: &Value, name: &Str) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(inst) if self.has_custom_getattribute(&inst.class) => {
                match self.custom_getattribute(obj, inst, name) {
                    Err(e) if is_exc(&e, "AttributeError") => Ok(None),
                    r => r.map(Some),
                }
            }
            Value::Instance(inst) => self.instance_getattr(obj, inst, name),
            Value::Class(c) => self.class_getattr(c, name),
            Value::Object(o) => match &o.kind {
                ObjKind::Module(m) => {
                    if let Some(v) = m.dict.get_str(name) {
                        return Ok(Some(v));
                    }
                    if name.as_str() == "__dict__" {
                        return Ok(Some(Value::Dict(m.dict.clone())));
                    }
                    Ok(None)
                }
                ObjKind::Super { class, obj: target } => self.super_getattr(class, target, name),
                _ => self.builtin_getattr(obj, name),
            },
            Value::Function(f) => {
                if let Some(v) = f.dict.get_str(name) {
                    return Ok(Some(v));
                }
                Ok(match name.as_str() {
                    "__name__" => Some(Value::Str(f.name.clone())),
                    "__qualname__" => Some(Value::Str(f.qualname.clone())),
                    "__module__" => f.globals.get_str(&names().name).or(Some(Value::None)),
                    "__doc__" => Some(f.code.doc.clone().unwrap_or(Value::None)),
                    "__code__" => Some(Value::object(ObjKind::Code(f.code.clone()))),
                    "__globals__" => Some(Value::Dict(f.globals.clone())),
                    "__closure__" => Some(if f.closure.is_empty() {
                        Value::None
                    } else {
                        let cells = f.closure.iter();
                        Value::tuple(
                            cells
                                .map(|c| Value::object(ObjKind::Cell(c.clone())))
                                .collect(),
                        )
                    }),
                    "__annotations__" => Some(f.annotations()),
                    "__defaults__" => {
                        let d = f.defaults();
                        Some(if d.is_empty() {
                            Value::None
                        } else {
                            Value::tuple(d.to_vec())
                        })
                    }
                    "__kwdefaults__" => {
                        let kw = f.kwdefaults();
                        Some(if kw.is_empty() {
                            Value::None
                        } else {
                            let d = Dict::new();
                            for (k, v) in kw.iter() {
                                d.set_str(k.clone(), v.clone());
                            }
                            Value::Dict(Arc::new(d))
                        })
                    }
                    "__dict__" => Some(Value::Dict(f.dict.clone())),
                    _ => return self.builtin_getattr(obj, name),
                })
            }
            _ => self.builtin_getattr(obj, name),
        }
    }

    fn instance_getattr(
        &mut self,
        obj: &Value,
        inst: &Arc<Instance>,
        name: &Str,
    ) -> PyResult<Option<Value>> {
        let class_attr = self.cls_lookup(&inst.class, name);
        if let Some(Value::Object(o)) = &class_attr {
            if let ObjKind::Property { fget, .. } = &o.kind {
                property_part(fget, "getter", name, &inst.class)?;
                return self.call(fget, std::slice::from_ref(obj), &[]).map(Some);
            }
        }
        if let Some(a @ Value::Instance(d)) = &class_attr {
            if self.is_data_descriptor(d) {
                if let Some(v) = self.descriptor_get(a, obj, &inst.class)? {
                    return Ok(Some(v));
                }
            }
        }
        if let Some(v) = inst.attrs.get_str(name) {
            return Ok(Some(v));
        }
        if let Some(a) = class_attr {
            if let Value::Instance(_) = a {
                if let Some(v) = self.descriptor_get(&a, obj, &inst.class)? {
                    return Ok(Some(v));
                }
            }
            if let Some(v) = self.classmethod_property(&a, &inst.class)? {
                return Ok(Some(v));
            }
            return Ok(Some(bind_class_attr(a, obj)));
        }
        match name.as_str() {
            "__class__" => return Ok(Some(Value::Class(inst.class.clone()))),
            "__dict__" if inst.class.slots.is_none() => {
                return Ok(Some(Value::Dict(Arc::clone(&inst.attrs))));
            }
            _ => {}
        }
        if let Some(native) = &inst.native {
            // What the built-in type computes rather than stores on its class (`int.real`,
            // a queue's `maxsize`).
            return self.getattr_opt(native, name);
        }
        if let Some(exc) = &inst.exc {
            let mut e = exc.lock();
            let v = match name.as_str() {
                "args" => Some(Value::tuple(e.args.clone())),
                "__cause__" => Some(e.cause.clone().unwrap_or(Value::None)),
                "__context__" => Some(e.context.clone().unwrap_or(Value::None)),
                "__suppress_context__" => Some(Value::Bool(e.suppress_context)),
                "message" if e.group.is_some() => e.group.as_ref().map(|g| g.message.clone()),
                "exceptions" if e.group.is_some() => {
                    e.group.as_ref().map(|g| Value::tuple(g.exceptions.clone()))
                }
                "__traceback__" => Some(match &e.tb_object {
                    _ if e.traceback.is_empty() => Value::None,
                    Some((n, tb)) if *n == e.traceback.len() => tb.clone(),
                    _ => {
                        let tb = crate::builtins::exceptions::traceback_object(&e.traceback);
                        e.tb_object = Some((e.traceback.len(), tb.clone()));
                        tb
                    }
                }),
                "value" if inst.class.is_subclass(exc_class("StopIteration")) => {
                    Some(e.args.first().cloned().unwrap_or(Value::None))
                }
                "code" if inst.class.is_subclass(exc_class("SystemExit")) => {
                    Some(match e.args.len() {
                        0 => Value::None,
                        1 => e.args[0].clone(),
                        _ => Value::tuple(e.args.clone()),
                    })
                }
                "name"
                    if inst.class.is_subclass(exc_class("ImportError"))
                        || inst.class.is_subclass(exc_class("NameError"))
                        || inst.class.is_subclass(exc_class("AttributeError")) =>
                {
                    Some(e.name.clone().unwrap_or(Value::None))
                }
                "obj" if inst.class.is_subclass(exc_class("AttributeError")) => {
                    Some(e.obj.clone().unwrap_or(Value::None))
                }
                n if inst.class.is_subclass(exc_class("SyntaxError"))
                    && SYNTAX_FIELDS.contains(&n) =>
                {
                    let i = SYNTAX_FIELDS.iter().position(|f| *f == n).unwrap_or(0);
                    Some(e.syntax.as_ref().map_or(Value::None, |s| s[i].clone()))
                }
                "errno" | "strerror" | "filename"
                    if inst.class.is_subclass(exc_class("OSError")) =>
                {
                    let idx = match name.as_str() {
                        "errno" => 0,
                        "strerror" => 1,
                        _ => 2,
                    };
                    Some(if idx == 2 && e.obj.is_some() {
                        // open() stores the file name here, keeping args == (errno, strerror).
                        e.obj.clone().unwrap_or(Value::None)
                    } else if e.args.len() >= 2 {
                        e.args.get(idx).cloned().unwrap_or(Value::None)
                    } else {
                        Value::None
                    })
                }
                _ => None,
            };
            if v.is_some() {
                return Ok(v);
            }
        }
        Ok(None)
    }

    /// A classmethod wrapping a property (`@classmethod` over `@property`, CPython 3.9 to
    /// 3.12) reads as the property's getter called with the class; None for anything else.
    fn classmethod_property(&mut self, v: &Value, cls: &Arc<Class>) -> PyResult<Option<Value>> {
        let Value::Object(o) = v else {
            return Ok(None);
        };
        let ObjKind::ClassMethod(Value::Object(p)) = &o.kind else {
            return Ok(None);
        };
        let ObjKind::Property { fget, .. } = &p.kind else {
            return Ok(None);
        };
        let cls = Value::Class(cls.clone());
        self.call(fget, &[cls], &[]).map(Some)
    }

    fn class_getattr(&mut self, c: &Arc<Class>, name: &Str) -> PyResult<Option<Value>> {
        if name.as_str() == "__annotations__" && c.layout != Layout::Builtin {
            // The class's own, never a base's; made empty on first use (3.10+).
            if let Some(v) = c.dict.get_str(name) {
                return Ok(Some(v));
            }
            let v = Value::Dict(Arc::new(Dict::new()));
            c.dict.set_str(name.clone(), v.clone());
            return Ok(Some(v));
        }
        if let Some(v) = c.lookup(name) {
            if let Value::Instance(_) = &v {
                if let Some(r) = self.descriptor_get(&v, &Value::None, c)? {
                    return Ok(Some(r));
                }
            }
            if let Some(r) = self.classmethod_property(&v, c)? {
                return Ok(Some(r));
            }
            if let Value::Object(o) = &v {
                match &o.kind {
                    ObjKind::ClassMethod(f) => {
                        return Ok(Some(Value::object(ObjKind::BoundMethod {
                            func: f.clone(),
                            obj: Value::Class(c.clone()),
                        })))
                    }
                    ObjKind::StaticMethod(f) => return Ok(Some(f.clone())),
                    _ => {}
                }
            }
            return Ok(Some(v));
        }
        Ok(match name.as_str() {
            "__name__" => Some(Value::Str(c.name.clone())),
            "__qualname__" => Some(Value::str(&c.qualname)),
            "__module__" => Some(Value::str(&c.module)),
            "__doc__" => Some(Value::None),
            "__mro__" => {
                let mut v = vec![Value::Class(c.clone())];
                v.extend(c.mro.iter().map(|k| Value::Class(k.clone())));
                Some(Value::tuple(v))
            }
            "__bases__" => Some(Value::tuple(
                c.bases.iter().map(|k| Value::Class(k.clone())).collect(),
            )),
            "__base__" => Some(
                c.bases
                    .first()
                    .map_or(Value::None, |k| Value::Class(k.clone())),
            ),
            "__dict__" => Some(crate::objects::mappingproxy::new(c.clone())),
            "__class__" => Some(Value::Class(types().type_.clone())),
            _ => types()
                .type_
                .dict
                .get_str(name)
                .map(|m| bind_class_attr(m, &Value::Class(c.clone()))),
        })
    }

    fn super_getattr(
        &mut self,
        class: &Arc<Class>,
        target: &Value,
        name: &Str,
    ) -> PyResult<Option<Value>> {
        // Search the MRO of the instance's class after `class`.
        let start = match target {
            Value::Class(c) => c.clone(),
            other => class_of(other).clone(),
        };
        let mut mro = vec![start.clone()];
        mro.extend(start.mro.iter().cloned());
        let pos = mro
            .iter()
            .position(|c| Arc::ptr_eq(c, class))
            .map_or(mro.len(), |p| p + 1);
        for c in &mro[pos..] {
            if let Some(v) = c.dict.get_str(name) {
                if let Value::Instance(_) = &v {
                    let (instance, owner) = match target {
                        Value::Class(t) => (Value::None, t),
                        _ => (target.clone(), &start),
                    };
                    if let Some(r) = self.descriptor_get(&v, &instance, owner)? {
                        return Ok(Some(r));
                    }
                }
                if let Value::Class(t) = target {
                    if let Some(r) = self.classmethod_property(&v, t)? {
                        return Ok(Some(r));
                    }
                    if let Value::Object(o) = &v {
                        if let ObjKind::ClassMethod(f) = &o.kind {
                            return Ok(Some(Value::object(ObjKind::BoundMethod {
                                func: f.clone(),
                                obj: target.clone(),
                            })));
                        }
                    }
                    return Ok(Some(v));
                }
                if let Value::Object(o) = &v {
                    if let ObjKind::Property { fget, .. } = &o.kind {
                        return self.call(fget, std::slice::from_ref(target), &[]).map(Some);
                    }
                }
                return Ok(Some(bind_class_attr(v, target)));
            }
        }
        Ok(None)
    }

    /// Attributes of built-in values: methods from the type's table, plus data attributes.
    fn builtin_getattr(&mut self, obj: &Value, name: &Str) -> PyResult<Option<Value>> {
        if let Some(v) = native_attrs(obj).and_then(|d| d.get_str(name)) {
            return Ok(Some(v));
        }
        if let Some(d) = self.local_dict(obj)? {
            if name.as_str() == "__dict__" {
                return Ok(Some(Value::Dict(d)));
            }
            // The thread's own value wins over a class attribute, not over a property.
            let is_property = matches!(class_of(obj).lookup(name),
                Some(Value::Object(p)) if matches!(p.kind, ObjKind::Property { .. }));
            if !is_property {
                if let Some(v) = d.get_str(name) {
                    return Ok(Some(v));
                }
            }
        }
        if name.as_str() == "__doc__" {
            // A method's and a property's docstrings are their function's, not the one
            // their type inherits from `object`.
            if let Value::Object(o) = obj {
                match &o.kind {
                    ObjKind::BoundMethod { func, .. } => return self.getattr_opt(func, name),
                    ObjKind::Property { doc, .. } if !doc.is_none() => {
                        return Ok(Some(doc.clone()))
                    }
                    ObjKind::Property { fget, .. } if !fget.is_none() => {
                        return self.getattr_opt(fget, name)
                    }
                    ObjKind::Property { .. } => return Ok(Some(Value::None)),
                    _ => {}
                }
            }
        }
        let cls = class_of(obj);
        if let Some(v) = cls.lookup(name) {
            // Native classes (thread handles, queues) define data attributes as properties.
            if let Value::Object(o) = &v {
                if let ObjKind::Property { fget, .. } = &o.kind {
                    return self.call(fget, std::slice::from_ref(obj), &[]).map(Some);
                }
            }
            if let Some(r) = self.classmethod_property(&v, cls)? {
                return Ok(Some(r));
            }
            return Ok(Some(bind_class_attr(v, obj)));
        }
        let v = match (obj, name.as_str()) {
            (_, "__class__") => Value::Class(cls.clone()),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "real" | "numerator") => {
                match obj {
                    Value::Bool(b) => Value::Int(*b as i64),
                    _ => obj.clone(),
                }
            }
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Value::Int(0),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => Value::Int(1),
            (Value::Float(_), "real") => obj.clone(),
            (Value::Float(_), "imag") => Value::Float(0.0),
            (Value::Builtin(b), "__name__" | "__qualname__") => Value::str(b.name),
            (Value::Builtin(b), "__self__") => b.bound.clone().unwrap_or(Value::None),
            (Value::Object(o), _) => match (&o.kind, name.as_str()) {
                (ObjKind::Range { start, .. }, "start") => Value::Int(*start),
                (ObjKind::Range { stop, .. }, "stop") => Value::Int(*stop),
                (ObjKind::Range { step, .. }, "step") => Value::Int(*step),
                (ObjKind::BigRange(r), "start") => Value::from_bigint(r.start.clone()),
                (ObjKind::BigRange(r), "stop") => Value::from_bigint(r.stop.clone()),
                (ObjKind::BigRange(r), "step") => Value::from_bigint(r.step.clone()),
                (ObjKind::Slice(a, _, _), "start") => a.clone(),
                (ObjKind::Slice(_, b, _), "stop") => b.clone(),
                (ObjKind::Slice(_, _, c), "step") => c.clone(),
                (ObjKind::BoundMethod { obj, .. }, "__self__") => obj.clone(),
                (ObjKind::BoundMethod { func, .. }, "__func__") => func.clone(),
                // Everything else a method has is its function's (`m.__defaults__`, `m.tag`).
                (ObjKind::BoundMethod { func, .. }, _) => return self.getattr_opt(func, name),
                (ObjKind::Generator(g), "__name__") => Value::Str(g.name.clone()),
                (ObjKind::Generator(g), "__qualname__") => Value::Str(g.qualname.clone()),
                (ObjKind::Property { fget, .. }, "fget") => fget.clone(),
                (ObjKind::Property { fset, .. }, "fset") => fset.clone(),
                (ObjKind::Property { fdel, .. }, "fdel") => fdel.clone(),
                (ObjKind::StaticMethod(f) | ObjKind::ClassMethod(f), "__func__") => f.clone(),
                (ObjKind::File(f), "name") => Value::str(&f.lock().name),
                (ObjKind::File(f), "mode") => Value::str(&f.lock().mode),
                (ObjKind::File(f), "closed") => Value::Bool(f.lock().file.is_none()),
                (ObjKind::Code(c), _) => match code_attr(c, name.as_str()) {
                    Some(v) => v,
                    None => return Ok(None),
                },
                (ObjKind::Cell(c), "cell_contents") => match c.get() {
                    Some(v) => v,
                    None => return raise("ValueError", "Cell is empty"),
                },
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    /// Whether `inst.name = v` goes straight to the instance dict: no property and no mt
    /// `__setattr__` on the class, not an exception (whose `args`, `__cause__`... are
    /// fields), not a bare `object()` (which has no dict).
    #[inline]
    pub fn stores_in_dict(&self, inst: &crate::objects::Instance) -> bool {
        self.class_is_plain(&inst.class)
            && inst.exc.is_none()
            && !Arc::ptr_eq(&inst.class, &types().object)
    }

    /// `object.__setattr__` on an instance: a data descriptor along the MRO (a property's
    /// setter, a user `__set__`) wins; else the value goes to the instance dict, within the
    /// names `__slots__` allows. Exceptions keep `args`, `__cause__` and `__context__` as fields.
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        inst: &Instance,
        name: &Str,
        value: Value,
    ) -> PyResult<()> {
        // A plain class here means an exception or a bare object(): handled below.
        let class_attr = match self.class_is_plain(&inst.class) {
            true => None,
            false => self.cls_lookup(&inst.class, name),
        };
        match &class_attr {
            Some(Value::Object(o)) => {
                if let ObjKind::Property { fset, .. } = &o.kind {
                    property_part(fset, "setter", name, &inst.class)?;
                    self.call(fset, &[obj.clone(), value], &[])?;
                    return Ok(());
                }
            }
            Some(d @ Value::Instance(_)) => {
                if let Some(set) = self.lookup_special(d, &names().set) {
                    self.call(&set, &[d.clone(), obj.clone(), value], &[])?;
                    return Ok(());
                }
                if self.lookup_special(d, &names().delete).is_some() {
                    return attribute_error("__set__");
                }
            }
            _ => {}
        }
        if name.as_str() == "__class__" {
            // An instance's class is fixed at creation in mt (it is read on every attribute
            // access without a lock); saying so beats storing a `__class__` nobody reads.
            return type_error("__class__ assignment is not supported by mt");
        }
        if name.as_str() == "__dict__" && inst.class.slots.is_none() {
            // The new namespace's contents replace the old (mt's instance dict is fixed).
            let Value::Dict(d) = &value else {
                return type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    type_name(&value)
                ));
            };
            let items = d.items();
            inst.attrs.clear();
            for (k, v) in items {
                inst.attrs.set(self, k, v)?;
            }
            return Ok(());
        }
        if !inst.class.allows_attr(name) {
            return Err(self.slot_error(obj, name, class_attr.is_some()));
        }
        if let Some(e) = &inst.exc {
            match name.as_str() {
                "__cause__" => {
                    let mut e = e.lock();
                    e.cause = (!value.is_none()).then_some(value);
                    e.suppress_context = true;
                    return Ok(());
                }
                "__context__" => {
                    e.lock().context = (!value.is_none()).then_some(value);
                    return Ok(());
                }
                "__suppress_context__" => {
                    let Value::Bool(on) = value else {
                        return type_error("attribute value type must be bool");
                    };
                    e.lock().suppress_context = on;
                    return Ok(());
                }
                "args" => {
                    e.lock().args = self.to_vec(&value)?;
                    return Ok(());
                }
                "__traceback__" => {
                    return crate::builtins::exceptions::set_traceback(&mut e.lock(), value)
                }
                n if SYNTAX_FIELDS.contains(&n)
                    && inst.class.is_subclass(exc_class("SyntaxError")) =>
                {
                    let i = SYNTAX_FIELDS.iter().position(|f| *f == n).unwrap_or(0);
                    e.lock().syntax_fields()[i] = value;
                    return Ok(());
                }
                _ => {}
            }
        }
        if Arc::ptr_eq(&inst.class, &types().object) {
            return attribute_error(format!(
                "'object' object has no attribute '{}'",
                name.as_str()
            ));
        }
        inst.attrs.set_str(name.clone(), value);
        Ok(())
    }

    /// CPython's error for a name `__slots__` does not allow: read-only when the class has
    /// an attribute of that name, missing otherwise.
    fn slot_error(&self, obj: &Value, name: &Str, on_class: bool) -> Value {
        if on_class {
            let msg = format!(
                "'{}' object attribute '{}' is read-only",
                type_name(obj),
                name.as_str()
            );
            return exc("AttributeError", msg);
        }
        self.attribute_error_for(obj, name)
    }

    pub fn setattr(&mut self, obj: &Value, name: &Str, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if self.stores_in_dict(inst) && !is_instance_special(name) {
                    inst.attrs.set_str(name.clone(), value);
                    return Ok(());
                }
                if let Some(f) = self.cls_lookup(&inst.class, &names().setattr) {
                    if !matches!(f, Value::Builtin(_)) {
                        self.call(&f, &[obj.clone(), Value::Str(name.clone()), value], &[])?;
                        return Ok(());
                    }
                }
                self.generic_setattr(obj, inst, name, value)
            }
            Value::Class(c) if c.layout != Layout::Builtin || !c.module.eq("builtins") => {
                c.dict.set_str(name.clone(), value);
                super::cache::bump_class_epoch();
                Ok(())
            }
            Value::Class(c) => type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name.as_str(),
                c.name.as_str()
            )),
            Value::Function(f) => function_setattr(f, name, value),
            Value::Object(o) => match &o.kind {
                ObjKind::Module(m) => {
                    m.dict.set_str(name.clone(), value);
                    Ok(())
                }
                ObjKind::Native {
                    attrs: Some(d),
                    class,
                    ..
                } => {
                    if let Some(Value::Object(p)) = class.lookup(name) {
                        if let ObjKind::Property { fset, .. } = &p.kind {
                            if !fset.is_none() {
                                self.call(fset, &[obj.clone(), value], &[])?;
                                return Ok(());
                            }
                        }
                    }
                    d.set_str(name.clone(), value);
                    Ok(())
                }
                ObjKind::Native { class, data, .. } if data.is::<Arc<LocalData>>() => {
                    if name.as_str() == "__dict__" {
                        return attribute_error(format!(
                            "'{}' object attribute '__dict__' is read-only",
                            type_name(obj)
                        ));
                    }
                    if let Some(Value::Object(p)) = class.lookup(name) {
                        if let ObjKind::Property { fset, .. } = &p.kind {
                            if !fset.is_none() {
                                self.call(fset, &[obj.clone(), value], &[])?;
                                return Ok(());
                            }
                        }
                    }
                    if let Some(d) = self.local_dict(obj)? {
                        d.set_str(name.clone(), value);
                    }
                    Ok(())
                }
                _ => {
                    if class_of(obj).lookup(name).is_some() {
                        attribute_error(format!(
                            "'{}' object attribute '{}' is read-only",
                            type_name(obj),
                            name.as_str()
                        ))
                    } else if self.getattr_opt(obj, name)?.is_some() {
                        // A read-only member (`range.start`, `slice.step`).
                        attribute_error("readonly attribute")
                    } else {
                        attribute_error(format!(
                            "'{}' object has no attribute '{}'",
                            type_name(obj),
                            name.as_str()
                        ))
                    }
                }
            },
            _ => {
                let exists = class_of(obj).lookup(name).is_some();
                if exists {
                    attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        type_name(obj),
                        name.as_str()
                    ))
                } else if self.getattr_opt(obj, name)?.is_some() {
                    // A data attribute the type computes (`int.real`, `range.start`): a
                    // read-only member or getset descriptor in CPython.
                    attribute_error(format!(
                        "attribute '{}' of '{}' objects is not writable",
                        name.as_str(),
                        type_name(obj)
                    ))
                } else {
                    attribute_error(format!(
                        "'{}' object has no attribute '{}'",
                        type_name(obj),
                        name.as_str()
                    ))
                }
            }
        }
    }

    /// `object.__delattr__` on an instance: a property's deleter or a user `__delete__`
    /// wins over the instance dict.
    pub fn generic_delattr(&mut self, obj: &Value, inst: &Instance, name: &Str) -> PyResult<()> {
        match self.cls_lookup(&inst.class, name) {
            Some(Value::Object(o)) => {
                if let ObjKind::Property { fdel, .. } = &o.kind {
                    property_part(fdel, "deleter", name, &inst.class)?;
                    self.call(fdel, std::slice::from_ref(obj), &[])?;
                    return Ok(());
                }
            }
            Some(d @ Value::Instance(_)) => {
                if let Some(del) = self.lookup_special(&d, &names().delete) {
                    self.call(&del, &[d.clone(), obj.clone()], &[])?;
                    return Ok(());
                }
                if self.lookup_special(&d, &names().set).is_some() {
                    return attribute_error("__delete__");
                }
            }
            _ => {}
        }
        if inst.attrs.remove_str(name).is_some() {
            return Ok(());
        }
        if inst.class.slots.is_some() && inst.class.allows_attr(name) {
            // An empty slot: CPython's member descriptor names only the slot.
            return attribute_error(name.as_str());
        }
        Err(self.attribute_error_for(obj, name))
    }

    pub fn delattr(&mut self, obj: &Value, name: &Str) -> PyResult<()> {
        let removed = match obj {
            Value::Instance(inst) => {
                if let Some(f) = self.cls_lookup(&inst.class, &names().delattr) {
                    if !matches!(f, Value::Builtin(_)) {
                        self.call(&f, &[obj.clone(), Value::Str(name.clone())], &[])?;
                        return Ok(());
                    }
                }
                return self.generic_delattr(obj, inst, name);
            }
            Value::Class(c) => {
                super::cache::bump_class_epoch();
                c.dict.remove_str(name).is_some()
            }
            Value::Function(f) if name.as_str() == "__annotations__" => {
                f.set_annotations(None);
                true
            }
            Value::Function(f) => f.dict.remove_str(name).is_some(),
            Value::Object(o) => match &o.kind {
                ObjKind::Module(m) => m.dict.remove_str(name).is_some(),
                ObjKind::Native { attrs: Some(d), .. } => d.remove_str(name).is_some(),
                ObjKind::Native { data, .. } if data.is::<Arc<LocalData>>() => self
                    .local_dict(obj)?
                    .is_some_and(|d| d.remove_str(name).is_some()),
                _ => false,
            },
            _ => false,
        };
        if removed {
            Ok(())
        } else {
            Err(self.attribute_error_for(obj, name))
        }
    }

    /// Whether an instance found on a class is a data descriptor: its class defines
    /// `__set__` or `__delete__`, so it wins over the instance dict.
    pub fn is_data_descriptor(&mut self, d: &Instance) -> bool {
        self.cls_lookup_ref(&d.class, &names().set).is_some()
            || self.cls_lookup_ref(&d.class, &names().delete).is_some()
    }

    /// `descr.__get__(instance, owner)` when the class attribute `descr` defines `__get__`
    /// (`instance` is None for a lookup on the class itself); None when it does not.
    pub fn descriptor_get(
        &mut self,
        descr: &Value,
        instance: &Value,
        owner: &Arc<Class>,
    ) -> PyResult<Option<Value>> {
        let Some(get) = self.lookup_special(descr, &names().get) else {
            return Ok(None);
        };
        let args = [descr.clone(), instance.clone(), Value::Class(owner.clone())];
        self.call(&get, &args, &[]).map(Some)
    }
}

/// A property's getter, setter or deleter, or CPython's error when it has none.
fn property_part<'a>(
    part: &'a Value,
    what: &str,
    name: &Str,
    class: &Class,
) -> PyResult<&'a Value> {
    if part.is_none() {
        return attribute_error(format!(
            "property '{}' of '{}' object has no {what}",
            name.as_str(),
            class.name.as_str()
        ));
    }
    Ok(part)
}

/// `f.name = value` on a function: `__defaults__` and `__kwdefaults__` replace what calls
/// use (a tuple, a dict of str keys, or None), anything else goes to the function's dict.
fn function_setattr(f: &Function, name: &Str, value: Value) -> PyResult<()> {
    match name.as_str() {
        "__defaults__" => match value {
            Value::None => f.set_defaults(Vec::new()),
            Value::Tuple(t) => f.set_defaults(t.items.to_vec()),
            _ => return type_error("__defaults__ must be set to a tuple object"),
        },
        "__kwdefaults__" => match value {
            Value::None => f.set_kwdefaults(Vec::new()),
            Value::Dict(d) => f.set_kwdefaults(
                d.items()
                    .into_iter()
                    .filter_map(|(k, v)| match k {
                        Value::Str(k) => Some((k, v)),
                        _ => None,
                    })
                    .collect(),
            ),
            _ => return type_error("__kwdefaults__ must be set to a dict object"),
        },
        "__annotations__" => match value {
            Value::Dict(_) => f.set_annotations(Some(value)),
            _ => return type_error("__annotations__ must be set to a dict object"),
        },
        "__dict__" => return type_error("setting a function's __dict__ is not supported by mt"),
        _ => f.dict.set_str(name.clone(), value),
    }
    Ok(())
}

/// The attributes of a code object CPython's code type has and mt can give.
fn code_attr(c: &crate::bytecode::Code, name: &str) -> Option<Value> {
    let names = |v: &[Str]| Value::tuple(v.iter().map(|s| Value::Str(s.clone())).collect());
    Some(match name {
        "co_name" => Value::Str(c.name.clone()),
        "co_qualname" => Value::Str(c.qualname.clone()),
        "co_filename" => Value::str(&c.filename),
        "co_firstlineno" => Value::Int(c.firstlineno as i64),
        "co_argcount" => Value::Int(c.argcount as i64),
        "co_posonlyargcount" => Value::Int(c.posonlycount as i64),
        "co_kwonlyargcount" => Value::Int(c.kwonlycount as i64),
        "co_nlocals" => Value::Int(c.varnames.len() as i64),
        "co_varnames" => names(&c.varnames),
        "co_cellvars" => names(&c.cellvars),
        "co_freevars" => names(&c.freevars),
        "co_names" => names(&c.names),
        _ => return None,
    })
}

/// Instance attributes that are not plain dict entries (`__class__`, `__dict__`): their
/// assignment takes the slow path.
#[inline]
pub fn is_instance_special(name: &Str) -> bool {
    let n = name.as_str();
    n.starts_with("__") && matches!(n, "__class__" | "__dict__")
}
