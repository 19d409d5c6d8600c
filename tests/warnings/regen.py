#!/usr/bin/env python3
"""Regenerate tests/warnings/*.stderr from CPython: each NAME.mt is run as NAME.py in a temporary
directory; its whole stderr, the file's path written as DIR/NAME.mt, is kept in NAME.stderr and
its stdout in NAME.stdout (tests/cli.rs compares mt's output with them exactly)."""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

for name in sorted(os.listdir(HERE)):
    if not name.endswith(".mt"):
        continue
    stem = name[:-3]
    with tempfile.TemporaryDirectory(prefix="mt-warn-") as tmp:
        shutil.copyfile(os.path.join(HERE, name), os.path.join(tmp, stem + ".py"))
        p = subprocess.run([sys.executable, stem + ".py"], cwd=tmp, capture_output=True,
                           text=True, stdin=subprocess.DEVNULL)
    with open(os.path.join(HERE, stem + ".stderr"), "w") as f:
        f.write(p.stderr.replace(os.path.join(tmp, stem + ".py"), "DIR/" + name))
    with open(os.path.join(HERE, stem + ".stdout"), "w") as f:
        f.write(p.stdout)
    print(f"{name}: {p.stderr.count(chr(10))} stderr lines")
