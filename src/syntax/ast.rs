//! The abstract syntax tree of mt: CPython's `ast` module, trimmed to the supported subset.
//! Every node carries a byte `Span`; grammar actions build these nodes and nothing more.

use super::span::Span;
use num_bigint::BigInt;

pub type Body = Vec<Stmt>;

#[derive(Debug, Clone)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum IntLit {
    Small(i64),
    Big(BigInt),
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    Name(String),
    Int(IntLit),
    Float(f64),
    Str(String),
    /// f-string pieces: literal text and formatted values.
    FString(Vec<FPart>),
    True,
    False,
    None,
    Ellipsis,
    BinOp(Box<Expr>, BinOp, Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Lambda(Box<Params>, Box<Expr>),
    Call(Box<Expr>, Vec<Arg>),
    Attribute(Box<Expr>, String),
    Subscript(Box<Expr>, Box<Expr>),
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Set(Vec<Expr>),
    Dict(Vec<DictItem>),
    Starred(Box<Expr>),
    ListComp(Box<Expr>, Vec<Comprehension>),
    SetComp(Box<Expr>, Vec<Comprehension>),
    DictComp(Box<Expr>, Box<Expr>, Vec<Comprehension>),
    GenExp(Box<Expr>, Vec<Comprehension>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `name := value` (PEP 572); the target is always a `Name`.
    NamedExpr(Box<Expr>, Box<Expr>),
}

#[derive(Debug, Clone)]
pub enum FPart {
    Lit(String),
    Value {
        expr: Box<Expr>,
        conversion: Option<char>,
        spec: Option<Vec<FPart>>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Debug, Clone)]
pub enum Arg {
    Pos(Expr),
    Star(Expr),
    Kw(String, Expr),
    StarStar(Expr),
}

#[derive(Debug, Clone)]
pub enum DictItem {
    Pair(Expr, Expr),
    Spread(Expr),
}

#[derive(Debug, Clone)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

/// A parameter list, validated (order of defaults, duplicates) by the parser helpers.
#[derive(Debug, Clone, Default)]
pub struct Params {
    pub posonly: usize,
    /// Positional-or-keyword names, positional-only ones first.
    pub args: Vec<String>,
    /// Defaults of the last `defaults.len()` entries of `args`.
    pub defaults: Vec<Expr>,
    pub vararg: Option<String>,
    pub kwonly: Vec<(String, Option<Expr>)>,
    pub kwarg: Option<String>,
    /// The parameters' annotations, in CPython's `__annotations__` order (the order of the
    /// parameters). Lambdas have none.
    pub annotations: Vec<(String, Expr)>,
}

#[derive(Debug, Clone)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct FuncDef {
    pub name: String,
    pub params: Params,
    /// The `-> annotation`.
    pub returns: Option<Expr>,
    pub body: Body,
    pub decorators: Vec<Expr>,
}

#[derive(Debug, Clone)]
pub struct ClassDef {
    pub name: String,
    pub args: Vec<Arg>,
    pub body: Body,
    pub decorators: Vec<Expr>,
}

#[derive(Debug, Clone)]
pub struct Handler {
    pub kind: Option<Expr>,
    pub name: Option<String>,
    pub body: Body,
    pub span: Span,
    /// `except` (or `except*`, star included) as written.
    pub keyword: Span,
    /// An `except*` clause (PEP 654).
    pub star: bool,
}

#[derive(Debug, Clone)]
pub enum ImportNames {
    Star,
    Names(Vec<(String, Option<String>)>),
}

#[derive(Debug, Clone)]
pub enum StmtKind {
    Expr(Expr),
    Assign(Vec<Expr>, Expr),
    AugAssign(Expr, BinOp, Expr),
    AnnAssign(Expr, Expr, Option<Expr>),
    Del(Vec<Expr>),
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    If(Expr, Body, Body),
    While(Expr, Body, Body),
    For(Expr, Expr, Body, Body),
    FunctionDef(Box<FuncDef>),
    ClassDef(Box<ClassDef>),
    Try {
        body: Body,
        handlers: Vec<Handler>,
        orelse: Body,
        finalbody: Body,
    },
    Raise(Option<Expr>, Option<Expr>),
    With(Vec<(Expr, Option<Expr>)>, Body),
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    Import(Vec<(String, Option<String>)>),
    ImportFrom(usize, Option<String>, ImportNames),
    Assert(Expr, Option<Expr>),
}
