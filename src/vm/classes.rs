//! Class creation, the steps of CPython's `type.__new__` that a `class` statement runs: the
//! body in its own namespace, the C3 MRO, the instance layout, `__slots__`, the implicit class
//! methods (`__init_subclass__`, `__class_getitem__`), `__set_name__` on the attributes that
//! define it, and the nearest base's `__init_subclass__` with the statement's keywords.

use super::error::*;
use super::{PyResult, Vm};
use crate::builtins::types::types;
use crate::objects::class::{c3_mro, Layout};
use crate::objects::names::names;
use crate::objects::{new_str, Cell, Class, Dict, ObjKind, Str, Value};
use std::sync::Arc;

impl Vm {
    /// `class name(*bases, **kwargs): body`: runs the body in a fresh namespace, then makes
    /// the class as CPython's `type.__new__` does.
    pub fn build_class(
        &mut self,
        body: Value,
        name: Value,
        bases: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let Value::Function(body) = body else {
            return raise("SystemError", "bad class body");
        };
        // `metaclass=type` is what every class has; mt has no other metaclasses.
        let mut kwargs = kwargs;
        if let Some(i) = kwargs.iter().position(|(k, _)| k.as_str() == "metaclass") {
            let (_, meta) = kwargs.remove(i);
            if !matches!(&meta, Value::Class(c) if Arc::ptr_eq(c, &types().type_)) {
                return raise("NotImplementedError", "mt supports no metaclass but type");
            }
        }
        let name = match name {
            Value::Str(s) => s,
            _ => new_str("?"),
        };
        let mut base_classes = Vec::new();
        for b in &bases {
            // `class C(list[int])`: the alias's `__mro_entries__` gives its origin.
            match crate::builtins::generic_alias::origin(b)
                .as_ref()
                .unwrap_or(b)
            {
                Value::Class(c) => base_classes.push(c.clone()),
                _ => return type_error("bases must be types"),
            }
        }
        let t = types();
        if base_classes.is_empty() {
            base_classes.push(t.object.clone());
        }
        let layout =
            crate::objects::class::layout_for(&base_classes).map_err(|m| exc("TypeError", m))?;
        let mro = match c3_mro(&base_classes) {
            Some(m) => m,
            None => {
                let names: Vec<&str> = base_classes.iter().map(|b| b.name.as_str()).collect();
                return type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                ));
            }
        };
        let ns = Arc::new(Dict::new());
        let mut frame = self.new_frame(&body.code, &body.globals);
        frame.locals_dict = Some(ns.clone());
        let mut cells: Vec<Arc<Cell>> = (0..body.code.cellvars.len())
            .map(|_| Cell::new(None))
            .collect();
        cells.extend(body.closure.iter().cloned());
        frame.cells = cells;
        let class_cell = self.run_frame(frame)?;
        let module = match ns.get_str(&names().module) {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => "__main__".into(),
        };
        let qualname = match ns.get_str(&names().qualname) {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => name.as_str().to_string(),
        };
        ns.remove_str(&names().qualname);
        if ns.get_str(&names().eq).is_some() && ns.get_str(&names().hash).is_none() {
            // CPython: defining __eq__ without __hash__ makes instances unhashable.
            ns.set_str(names().hash.clone(), Value::None);
        }
        if ns.get_str(&names().doc).is_none() {
            ns.set_str(names().doc.clone(), Value::None);
        }
        for hook in [&names().init_subclass, &names().class_getitem] {
            // Implicit class methods, as in CPython.
            if let Some(f @ Value::Function(_)) = ns.get_str(hook) {
                ns.set_str(hook.clone(), Value::object(ObjKind::ClassMethod(f)));
            }
        }
        let slots = slots_of(&ns, layout, &base_classes)?;
        super::cache::bump_class_epoch();
        let cls = Arc::new(Class {
            name,
            qualname,
            module,
            bases: base_classes,
            mro,
            dict: ns.copy(),
            layout,
            attr_flags: Default::default(),
            slots,
            subclasses: Default::default(),
        });
        Class::register_subclass(&cls);
        if let Value::Object(o) = &class_cell {
            if let ObjKind::Cell(c) = &o.kind {
                c.set(Some(Value::Class(cls.clone())));
            }
        }
        self.set_names(&cls)?;
        self.init_subclass(&cls, &kwargs)?;
        Ok(Value::Class(cls))
    }

    /// Calls `attr.__set_name__(cls, name)` for every attribute of the new class whose type
    /// defines it, in definition order. An error is wrapped in a RuntimeError naming the
    /// attribute, as CPython 3.11's `type_new_set_names` does.
    pub fn set_names(&mut self, cls: &Arc<Class>) -> PyResult<()> {
        for (k, v) in cls.dict.items() {
            if let Some(f) = self.lookup_special(&v, &names().set_name) {
                if let Err(e) =
                    self.call(&f, &[v.clone(), Value::Class(cls.clone()), k.clone()], &[])
                {
                    let msg = format!(
                        "Error calling __set_name__ on '{}' instance {} in '{}'",
                        super::protocol::type_name(&v),
                        self.repr(&k)?,
                        cls.name.as_str()
                    );
                    let wrapped = exc("RuntimeError", msg);
                    if let Some(d) = exc_data(&wrapped) {
                        let mut d = d.lock();
                        d.cause = Some(e.clone());
                        d.suppress_context = true;
                    }
                    return Err(wrapped);
                }
            }
        }
        Ok(())
    }

    /// `super(cls, cls).__init_subclass__(**kwargs)`: the nearest base's hook; `object`'s
    /// accepts no keywords.
    pub fn init_subclass(&mut self, cls: &Arc<Class>, kwargs: &[(Str, Value)]) -> PyResult<()> {
        let Some(hook) = cls
            .mro
            .iter()
            .find_map(|c| c.dict.get_str(&names().init_subclass))
        else {
            return Ok(());
        };
        if let Value::Object(o) = &hook {
            if let ObjKind::ClassMethod(f) = &o.kind {
                self.call(f, &[Value::Class(cls.clone())], kwargs)?;
                return Ok(());
            }
        }
        self.call(&hook, &[], kwargs)?;
        Ok(())
    }
}

/// The attribute names instances of a new class may have, from `__slots__` in its namespace
/// and its bases' (None when an instance dict remains: no `__slots__`, `'__dict__'` among
/// them, a base without them, or a built-in or exception layout). A slot that is also a class
/// variable is CPython's ValueError.
fn slots_of(ns: &Dict, layout: Layout, bases: &[Arc<Class>]) -> PyResult<Option<Box<[Str]>>> {
    let Some(decl) = ns.get_str(&names().slots) else {
        return Ok(None);
    };
    let declared: Vec<Value> = match &decl {
        Value::Str(_) => vec![decl.clone()],
        Value::Tuple(t) => t.items.to_vec(),
        Value::List(l) => l.items.lock().clone(),
        Value::Dict(d) => d.keys(),
        other => {
            return type_error(format!(
                "'{}' object is not iterable",
                super::protocol::type_name(other)
            ))
        }
    };
    let mut slots: Vec<Str> = Vec::new();
    for v in declared {
        let Value::Str(s) = v else {
            return type_error(format!(
                "__slots__ items must be strings, not '{}'",
                super::protocol::type_name(&v)
            ));
        };
        if ns.get_str(&s).is_some() {
            return value_error(format!(
                "'{}' in __slots__ conflicts with class variable",
                s.as_str()
            ));
        }
        slots.push(s);
    }
    let object = &types().object;
    let keeps_dict = layout != Layout::Object
        || slots.iter().any(|s| s.as_str() == "__dict__")
        || bases
            .iter()
            .any(|b| !Arc::ptr_eq(b, object) && b.slots.is_none());
    if keeps_dict {
        return Ok(None);
    }
    for b in bases {
        slots.extend(b.slots.iter().flat_map(|s| s.iter().cloned()));
    }
    Ok(Some(slots.into_boxed_slice()))
}
