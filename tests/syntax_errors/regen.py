#!/usr/bin/env python3
"""Regenerate tests/syntax_errors/cases.expected from CPython.

usage: python3 tests/syntax_errors/regen.py

cases.txt holds programs that do not compile, each after a `### N` line. Each is run as
`python3 case.py` in a fresh directory; its whole stderr, with the file name written as case.mt,
goes into cases.expected as a section headed `=== N`. The harness (tests/syntax_errors.rs) runs
`mt case.mt` on the same text and compares stderr exactly, and the exit status with 1.
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def cases():
    text = open(os.path.join(HERE, "cases.txt"), encoding="utf-8").read()
    parts = re.split(r"^### (\d+)\n", text, flags=re.M)
    return list(zip(parts[1::2], parts[2::2]))


def main():
    out = []
    with tempfile.TemporaryDirectory(prefix="mt-se-") as tmp:
        path = os.path.join(tmp, "case.py")
        for name, src in cases():
            with open(path, "w", encoding="utf-8") as f:
                f.write(src)
            p = subprocess.run([sys.executable, "case.py"], cwd=tmp, capture_output=True,
                               text=True, stdin=subprocess.DEVNULL)
            if p.returncode != 1 or "Error" not in p.stderr:
                sys.exit(f"case {name} did not fail to compile under python3:\n{p.stderr}")
            err = p.stderr.replace(path, "case.mt").replace("case.py", "case.mt")
            out.append(f"=== {name}\n{err}")
    with open(os.path.join(HERE, "cases.expected"), "w", encoding="utf-8") as f:
        f.write("".join(out))
    print(f"{len(out)} cases regenerated")


if __name__ == "__main__":
    main()
