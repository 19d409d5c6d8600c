#!/usr/bin/env python3
"""Regenerate the expected outputs of the golden programs from CPython.

usage: python3 tests/golden/regen.py [--check] [NAME.mt ...]      (default: every test)

For each test NAME.mt (files whose name starts with `_` are helper modules, not tests), the test
and every sibling `_*.mt` helper are copied into a fresh temporary directory as `.py` files, and
`python3 NAME.py` is run there with stdin closed. CPython's stdout is written to NAME.out. When the
exit status is non-zero, NAME.err gets two lines: the status, and the last non-blank line of
stderr; a stale NAME.err is deleted when the status is 0.

With --check nothing is written: each program is run with a random PYTHONHASHSEED and its
output compared with the committed files, which catches programs whose output is not
deterministic (set order of strings, ids, timing) and expected files that are out of date.
Regenerating every test also deletes .out/.err files whose .mt no longer exists.

The harness (tests/golden.rs) compares mt's stdout exactly, its exit status, and, where NAME.err
exists, the last non-blank line of its stderr.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 30


def last_line(text):
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def tests_from_args(args):
    if not args:
        return sorted(n for n in os.listdir(HERE) if n.endswith(".mt") and not n.startswith("_"))
    names = []
    for arg in args:
        name = os.path.basename(arg)
        if not name.endswith(".mt"):
            name += ".mt"
        if not os.path.exists(os.path.join(HERE, name)):
            sys.exit(f"regen: no such test: {name}")
        if name.startswith("_"):
            sys.exit(f"regen: {name} is a helper module, not a test")
        names.append(name)
    return names


def run_cpython(name, helpers, python, hashseed):
    """Runs NAME.mt as NAME.py in a fresh directory; returns the CompletedProcess or None."""
    stem = name[:-3]
    with tempfile.TemporaryDirectory(prefix="mt-golden-") as tmp:
        for helper in helpers:
            shutil.copyfile(os.path.join(HERE, helper), os.path.join(tmp, helper[:-3] + ".py"))
        shutil.copyfile(os.path.join(HERE, name), os.path.join(tmp, stem + ".py"))
        env = dict(os.environ)
        env.pop("PYTHONSTARTUP", None)
        env["PYTHONHASHSEED"] = hashseed
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env["PYTHONIOENCODING"] = "utf-8"
        try:
            return subprocess.run([python, stem + ".py"], cwd=tmp, stdin=subprocess.DEVNULL,
                                  capture_output=True, timeout=TIMEOUT, env=env)
        except subprocess.TimeoutExpired:
            print(f"{name}: TIMEOUT after {TIMEOUT} s")
            return None


def expected_err(p):
    stderr = p.stderr.decode("utf-8", errors="replace")
    return f"{p.returncode}\n{last_line(stderr)}\n" if p.returncode != 0 else None


def regen(name, helpers, python):
    # A fixed hash seed only as a safety net: tests must not depend on str hashes (--check).
    p = run_cpython(name, helpers, python, "0")
    if p is None:
        return False
    stem = name[:-3]
    out_path = os.path.join(HERE, stem + ".out")
    err_path = os.path.join(HERE, stem + ".err")
    with open(out_path, "wb") as f:
        f.write(p.stdout)
    err = expected_err(p)
    stderr = p.stderr.decode("utf-8", errors="replace")
    if err is not None:
        with open(err_path, "w", encoding="utf-8") as f:
            f.write(err)
        print(f"{name}: exit {p.returncode}: {last_line(stderr)}")
    else:
        if os.path.exists(err_path):
            os.remove(err_path)
        if stderr.strip():
            print(f"{name}: exit 0 but stderr: {last_line(stderr)}")
    return True


def check(name, helpers, python):
    p = run_cpython(name, helpers, python, "random")
    if p is None:
        return False
    stem = name[:-3]
    problems = []
    try:
        with open(os.path.join(HERE, stem + ".out"), "rb") as f:
            if f.read() != p.stdout:
                problems.append("stdout differs from .out")
    except FileNotFoundError:
        problems.append("no .out file")
    err_path = os.path.join(HERE, stem + ".err")
    committed = None
    if os.path.exists(err_path):
        with open(err_path, encoding="utf-8") as f:
            committed = f.read()
    if committed != expected_err(p):
        problems.append(f"exit status / stderr differ from .err: {expected_err(p)!r} vs {committed!r}")
    for problem in problems:
        print(f"{name}: {problem}")
    return not problems


def remove_orphans():
    for n in sorted(os.listdir(HERE)):
        stem, ext = os.path.splitext(n)
        if ext in (".out", ".err") and not os.path.exists(os.path.join(HERE, stem + ".mt")):
            os.remove(os.path.join(HERE, n))
            print(f"removed orphan {n}")


def main():
    python = os.environ.get("PYTHON", "python3")
    args = sys.argv[1:]
    checking = "--check" in args
    args = [a for a in args if a != "--check"]
    helpers = sorted(n for n in os.listdir(HERE) if n.endswith(".mt") and n.startswith("_"))
    names = tests_from_args(args)
    action = check if checking else regen
    ok = sum(1 for name in names if action(name, helpers, python))
    if not checking and not args:
        remove_orphans()
    verb = "match CPython" if checking else "regenerated"
    print(f"{ok} of {len(names)} golden outputs {verb}")
    return 0 if ok == len(names) else 1


if __name__ == "__main__":
    sys.exit(main())
