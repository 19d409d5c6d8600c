#!/usr/bin/env python3
"""Compare mt with CPython on the benchmark workloads, side by side, in one run.

usage: python3 benches/compare.py [--mt PATH] [--repeat N] [--gil on|off] [WORKLOAD ...]

Each WORKLOAD is a path or a name (`fib`, `fib.mt`); the default is every `benches/*.mt`.
For each one, `python3` (on a temporary `.py` copy) and `mt` are run alternately, N times each
(default 3), and the best wall time and the best CPU time (user + system, children included) of
each are kept; on a loaded machine the CPU time is the steadier figure for one-thread workloads.
Both must print the same `RESULT <name> <checksum>` line. The table gives the ratios
python3/mt: above 1 means mt is faster. python3 is the interpreter running this script (its real
executable, not a version-manager shim, whose start-up would be charged to CPython).
Start-up time is measured too: `mt -c pass` against `python3 -c pass`, best of 20, in ms.

Exit status 1 when a checksum disagrees or mt fails (non-zero exit, timeout, no RESULT line).
"""
import argparse
import glob
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

BENCHES = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCHES)
TIMEOUT = 600
PYTHON = sys.executable or "python3"


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_once(cmd, cwd, env):
    """Runs cmd; returns ((wall s, cpu s), exit status or 'timeout', stdout, stderr)."""
    cpu = children_cpu()
    start = time.perf_counter()
    try:
        p = subprocess.run(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return (time.perf_counter() - start, children_cpu() - cpu), "timeout", "", ""
    elapsed = time.perf_counter() - start
    return ((elapsed, children_cpu() - cpu), p.returncode,
            p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"))


def result_line(stdout):
    lines = [line.strip() for line in stdout.splitlines() if line.startswith("RESULT ")]
    return lines[-1] if lines else None


def last_line(text):
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def resolve_workloads(args):
    if not args:
        found = sorted(glob.glob(os.path.join(BENCHES, "*.mt")))
        if not found:
            sys.exit(f"compare: no *.mt workloads in {BENCHES}")
        return found
    paths = []
    for arg in args:
        candidates = [arg, os.path.join(BENCHES, arg), os.path.join(BENCHES, arg + ".mt")]
        path = next((c for c in candidates if os.path.isfile(c)), None)
        if path is None:
            sys.exit(f"compare: no such workload: {arg}")
        paths.append(os.path.abspath(path))
    return paths


def bench(path, mt, repeat, env):
    """Runs one workload with both interpreters; returns a row dict."""
    name = os.path.splitext(os.path.basename(path))[0]
    row = {"name": name, "py": None, "mt": None, "py_cpu": None, "mt_cpu": None,
           "ok": False, "note": ""}
    with tempfile.TemporaryDirectory(prefix="mt-bench-") as tmp:
        py_file = os.path.join(tmp, name + ".py")
        mt_file = os.path.join(tmp, name + ".mt")
        shutil.copyfile(path, py_file)
        shutil.copyfile(path, mt_file)
        py_times, mt_times = [], []
        py_result = mt_result = None
        for _ in range(repeat):
            # Alternate the two interpreters so drift in machine load hits both alike.
            secs, status, out, err = run_once([PYTHON, py_file], tmp, env)
            if status != 0:
                row["note"] = f"python3 failed ({status}): {last_line(err)}"
                return row
            py_times.append(secs)
            py_result = result_line(out)
            secs, status, out, err = run_once([mt, mt_file], tmp, env)
            if status != 0:
                row["py"] = min(t[0] for t in py_times)
                row["note"] = f"mt failed ({status}): {last_line(err)}"
                return row
            mt_times.append(secs)
            mt_result = result_line(out)
        row["py"], row["mt"] = min(t[0] for t in py_times), min(t[0] for t in mt_times)
        row["py_cpu"] = min(t[1] for t in py_times)
        row["mt_cpu"] = min(t[1] for t in mt_times)
        if py_result is None:
            row["note"] = "python3 printed no RESULT line"
        elif mt_result != py_result:
            row["note"] = f"checksum differs: python3 {py_result!r}, mt {mt_result!r}"
        else:
            row["ok"] = True
    return row


def startup(cmd, runs, env):
    """Best wall time of `cmd -c pass` in ms, or None when it fails."""
    best = None
    for _ in range(runs):
        (secs, _), status, _, err = run_once(cmd + ["-c", "pass"], ROOT, env)
        if status != 0:
            return None, f"{status}: {last_line(err)}"
        best = secs if best is None else min(best, secs)
    return best * 1000, ""


def fmt(value, spec):
    return "-" if value is None else format(value, spec)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("workloads", nargs="*", help="workload names or paths (default: benches/*.mt)")
    parser.add_argument("--mt", default=os.path.join(ROOT, "target", "release", "mt"),
                        help="the mt binary (default: target/release/mt)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per interpreter, best kept (default 3)")
    parser.add_argument("--startup-runs", type=int, default=20, help="runs for the start-up figure (default 20)")
    parser.add_argument("--gil", choices=["on", "off"], help="set MT_GIL for the mt runs")
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    mt = os.path.abspath(args.mt)
    if not (os.path.isfile(mt) and os.access(mt, os.X_OK)):
        print(f"compare: mt binary not found at {mt} (build it with `cargo build --release`, "
              f"or pass --mt PATH)", file=sys.stderr)
        return 1
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    if args.gil:
        env["MT_GIL"] = "1" if args.gil == "on" else "0"

    workloads = resolve_workloads(args.workloads)
    print(f"mt: {mt}")
    version = subprocess.run([PYTHON, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"python3: {PYTHON}")
    print(f"{version or 'python3'}; best of {args.repeat} runs each"
          + (f"; MT_GIL={env['MT_GIL']}" if args.gil else ""))
    print()
    header = (f"{'workload':<16} {'python3 s':>10} {'mt s':>10} {'py/mt':>8} "
              f"{'py cpu s':>9} {'mt cpu s':>9} {'cpu py/mt':>9}  checksum")
    print(header)
    print("-" * len(header))
    failed = False
    for path in workloads:
        row = bench(path, mt, args.repeat, env)
        ratio = row["py"] / row["mt"] if row["py"] and row["mt"] else None
        cpu_ratio = row["py_cpu"] / row["mt_cpu"] if row["py_cpu"] and row["mt_cpu"] else None
        status = "ok" if row["ok"] else "FAIL"
        print(f"{row['name']:<16} {fmt(row['py'], '10.3f')} {fmt(row['mt'], '10.3f')} "
              f"{fmt(ratio, '8.2f')} {fmt(row['py_cpu'], '9.3f')} {fmt(row['mt_cpu'], '9.3f')} "
              f"{fmt(cpu_ratio, '9.2f')}  {status}", flush=True)
        if not row["ok"]:
            failed = True
            print(f"    {row['note']}")

    print()
    py_ms, py_err = startup([PYTHON], args.startup_runs, env)
    mt_ms, mt_err = startup([mt], args.startup_runs, env)
    print(f"start-up (-c pass, best of {args.startup_runs}): python3 {fmt(py_ms, '.1f')} ms, "
          f"mt {fmt(mt_ms, '.1f')} ms"
          + (f", py/mt {py_ms / mt_ms:.2f}" if py_ms and mt_ms else ""))
    if mt_ms is None:
        print(f"    mt -c pass failed: {mt_err}")
        failed = True
    if py_ms is None:
        print(f"    python3 -c pass failed: {py_err}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
