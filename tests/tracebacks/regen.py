#!/usr/bin/env python3
"""Regenerate the expected tracebacks of tests/tracebacks/*.mt from CPython.

usage: python3 tests/tracebacks/regen.py

Each NAME.mt picks one case by its first argument (1, 2, ... until a case prints nothing on
stderr). Every case is run as `python3 NAME.py N` in a fresh directory; its whole stderr, with the
file name written back as NAME.mt, goes into NAME.tb as a section headed `=== N`. The harness
(tests/tracebacks.rs) runs `mt NAME.mt N` and compares stderr with each section exactly.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def cases(name):
    stem = name[:-3]
    out = []
    with tempfile.TemporaryDirectory(prefix="mt-tb-") as tmp:
        shutil.copyfile(os.path.join(HERE, name), os.path.join(tmp, stem + ".py"))
        n = 1
        while True:
            p = subprocess.run([sys.executable, stem + ".py", str(n)], cwd=tmp,
                               capture_output=True, text=True, stdin=subprocess.DEVNULL)
            if not p.stderr:
                return out
            err = p.stderr.replace(os.path.join(tmp, stem + ".py"), name)
            err = err.replace(stem + ".py", name)
            out.append(f"=== {n}\n{err}")
            n += 1


def main():
    for name in sorted(os.listdir(HERE)):
        if name.endswith(".mt"):
            sections = cases(name)
            with open(os.path.join(HERE, name[:-3] + ".tb"), "w") as f:
                f.write("".join(sections))
            print(f"{name}: {len(sections)} cases")


if __name__ == "__main__":
    main()
