#!/usr/bin/env python3
"""Regenerate the expected outputs of the golden programs from CPython.

usage: python3 tests/golden/regen.py [NAME.mt ...]      (default: every test)

For each test NAME.mt (files whose name starts with `_` are helper modules, not tests), the test
and every sibling `_*.mt` helper are copied into a fresh temporary directory as `.py` files, and
`python3 NAME.py` is run there with stdin closed. CPython's stdout is written to NAME.out. When the
exit status is non-zero, NAME.err gets two lines: the status, and the last non-blank line of
stderr; a stale NAME.err is deleted when the status is 0.

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


def regen(name, helpers, python):
    stem = name[:-3]
    with tempfile.TemporaryDirectory(prefix="mt-golden-") as tmp:
        for helper in helpers:
            shutil.copyfile(os.path.join(HERE, helper), os.path.join(tmp, helper[:-3] + ".py"))
        shutil.copyfile(os.path.join(HERE, name), os.path.join(tmp, stem + ".py"))
        env = dict(os.environ)
        env.pop("PYTHONSTARTUP", None)
        env["PYTHONHASHSEED"] = "0"  # only a safety net: tests must not depend on str hashes
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env["PYTHONIOENCODING"] = "utf-8"
        try:
            p = subprocess.run([python, stem + ".py"], cwd=tmp, stdin=subprocess.DEVNULL,
                               capture_output=True, timeout=TIMEOUT, env=env)
        except subprocess.TimeoutExpired:
            print(f"{name}: TIMEOUT after {TIMEOUT} s (nothing written)")
            return False
    out_path = os.path.join(HERE, stem + ".out")
    err_path = os.path.join(HERE, stem + ".err")
    with open(out_path, "wb") as f:
        f.write(p.stdout)
    stderr = p.stderr.decode("utf-8", errors="replace")
    if p.returncode != 0:
        with open(err_path, "w", encoding="utf-8") as f:
            f.write(f"{p.returncode}\n{last_line(stderr)}\n")
        print(f"{name}: exit {p.returncode}: {last_line(stderr)}")
    else:
        if os.path.exists(err_path):
            os.remove(err_path)
        if stderr.strip():
            print(f"{name}: exit 0 but stderr: {last_line(stderr)}")
    return True


def main():
    python = os.environ.get("PYTHON", "python3")
    helpers = sorted(n for n in os.listdir(HERE) if n.endswith(".mt") and n.startswith("_"))
    names = tests_from_args(sys.argv[1:])
    ok = 0
    for name in names:
        if regen(name, helpers, python):
            ok += 1
    print(f"regenerated {ok} of {len(names)} golden outputs")
    return 0 if ok == len(names) else 1


if __name__ == "__main__":
    sys.exit(main())
