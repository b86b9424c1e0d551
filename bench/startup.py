"""Start-up time: process start to main window shown, against a bare PySide6 window.

Target: meetingkit's main window is shown within 1.5x the time a bare PySide6 window takes,
measured in the same run (so the machine, the Python and the Qt are the same for both).

Both processes run under QT_QPA_PLATFORM=offscreen and report the same moment: after
`window.show()`, a zero-delay QTimer prints `shown` on the first turn of the event loop and
quits. For meetingkit that is its MEETINGKIT_STARTUP_PROBE (see meetingkit.app.run_gui); the
baseline is bench/_bare_window.py. A run is timed from just before `subprocess.Popen` to the
moment the parent reads the `shown` line, so interpreter start, imports, opening the database,
building the window and showing it are all inside.

The data folder is filled with the demo data before timing (`meetingkit demo`), so the timed
runs open an up-to-date database and never include the one-time schema migration.
Bare and app runs alternate, and which goes first alternates by round, so machine noise and
cache warmth hit both alike. Warm-up rounds are run first and discarded.

Python bytecode is cached in a temporary folder (PYTHONPYCACHEPREFIX) and the warm-up rounds
fill it, so meetingkit is timed as an installed app, whose .pyc files exist, even where
PYTHONDONTWRITEBYTECODE=1 is set; `--no-bytecode-cache` times the other case, where
meetingkit's sources (an editable install) are compiled on every start.

`--reference` also times a third window, bench/_labelled_window.py: a label, a menu and a
status bar, nothing of meetingkit. It pays what every window with words pays on its first use
of Qt (the `Qt` namespace's enums, the font database) and the bare window does not, so its
ratio shows how much of the target is gone before an app's own code runs. Not in the verdict.

`--importtime` also runs meetingkit once under `python -X importtime` (not part of the ratio)
and lists the slowest imports. `--phases` times the steps of start-up in-process for both
windows (bench/_startup_phases.py), to show where the difference goes.

Exit status: 0 when the ratio of medians is within the target, 1 when not, 2 on an error.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
BARE_WINDOW = BENCH_DIR / "_bare_window.py"
LABELLED_WINDOW = BENCH_DIR / "_labelled_window.py"
TARGET_RATIO = 1.5
PROBE_LINE = b"shown"
LABELLED_NAME = "label, menu, status bar"


class BenchError(Exception):
    """A timed process failed or hung; the message says which and shows its stderr."""


@dataclass(frozen=True)
class Subject:
    name: str
    argv: list[str]
    env: dict[str, str]


@dataclass(frozen=True)
class Summary:
    median_ms: float
    p90_ms: float
    min_ms: float
    max_ms: float
    samples_ms: list[float]

    @classmethod
    def of(cls, samples_s: list[float]) -> Summary:
        ms = [s * 1000 for s in samples_s]
        return cls(
            median_ms=round(statistics.median(ms), 2),
            p90_ms=round(percentile(ms, 90), 2),
            min_ms=round(min(ms), 2),
            max_ms=round(max(ms), 2),
            samples_ms=[round(m, 2) for m in ms],
        )


def percentile(values: list[float], pct: float) -> float:
    """The `pct`th percentile, linearly interpolated between the closest ranks."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * pct / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def base_env(pycache: Path | None) -> dict[str, str]:
    """The environment of every child process.

    With `pycache`, bytecode is cached there (PYTHONPYCACHEPREFIX) and read back on later
    runs, as for an installed app, whose .pyc files pip writes at install time, without
    writing __pycache__ folders into the source tree. Without it, PYTHONDONTWRITEBYTECODE=1:
    meetingkit's sources (an editable install) are compiled again on every run.
    """
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("MEETINGKIT_DATA_DIR", None)  # --data-dir is always given explicitly
    env.pop("MEETINGKIT_STARTUP_PROBE", None)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    if pycache is None:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def subjects(data_dir: Path, env: dict[str, str]) -> tuple[Subject, Subject]:
    bare = Subject("bare PySide6 window", [sys.executable, str(BARE_WINDOW)], env)
    # The `meetingkit` command, as people start it; `python -m` would add runpy's imports.
    script = Path(sys.executable).with_name("meetingkit")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "meetingkit"]
    app = Subject(
        "meetingkit main window",
        [*command, "--data-dir", str(data_dir)],
        env | {"MEETINGKIT_STARTUP_PROBE": "1"},
    )
    return bare, app


def prepare_data_dir(data_dir: Path, env: dict[str, str], timeout: float) -> None:
    """Write the demo data, which also runs the schema migrations once, outside the timing."""
    done = subprocess.run(
        [sys.executable, "-m", "meetingkit", "demo", "--data-dir", str(data_dir)],
        env=env,
        cwd=data_dir.parent,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise BenchError(f"`meetingkit demo` failed ({done.returncode}):\n{done.stderr}")


def time_to_shown(subject: Subject, cwd: Path, timeout: float) -> float:
    """Seconds from just before Popen until the parent reads the probe's `shown` line."""
    return run_to_shown(subject, cwd, timeout)[0]


def run_to_shown(subject: Subject, cwd: Path, timeout: float) -> tuple[float, list[bytes]]:
    """Run `subject` to its end: (seconds until it printed `shown`, all its stdout lines)."""
    shown_at: list[float] = []
    lines: list[bytes] = []
    seen = threading.Event()

    with tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        proc = subprocess.Popen(
            subject.argv, stdout=subprocess.PIPE, stderr=stderr, env=subject.env, cwd=cwd
        )
        assert proc.stdout is not None
        stdout = proc.stdout

        def read_stdout() -> None:
            for line in stdout:
                lines.append(line)
                if not shown_at and line.strip() == PROBE_LINE:
                    shown_at.append(time.perf_counter())
                    seen.set()
            seen.set()  # end of output: the process exited without saying `shown`

        reader = threading.Thread(target=read_stdout, daemon=True)
        reader.start()
        try:
            seen.wait(timeout)
            returncode = proc.wait(timeout=max(1.0, start + timeout - time.perf_counter()))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            raise BenchError(
                f"{subject.name} did not exit within {timeout:.0f} s" + _stderr_tail(stderr)
            ) from None
        finally:
            reader.join(timeout=5)
            stdout.close()
        if returncode != 0 or not shown_at:
            raise BenchError(
                f"{subject.name} exited with status {returncode}"
                + ("" if shown_at else " without printing `shown`")
                + _stderr_tail(stderr)
            )
    return shown_at[0] - start, lines


def _stderr_tail(stderr: Any) -> str:
    stderr.seek(0)
    text = stderr.read().decode(errors="replace").strip()
    return f"; its stderr ends:\n{text[-2000:]}" if text else ""


def measure(
    timed: list[Subject], cwd: Path, rounds: int, warmup: int, timeout: float, progress: bool
) -> list[list[float]]:
    """Interleaved runs, one list of seconds per subject; the order within a round flips
    every round."""
    times: dict[str, list[float]] = {subject.name: [] for subject in timed}
    for i in range(warmup + rounds):
        order = timed if i % 2 == 0 else timed[::-1]
        for subject in order:
            elapsed = time_to_shown(subject, cwd, timeout)
            if i >= warmup:
                times[subject.name].append(elapsed)
        if progress:
            label = "warm-up" if i < warmup else f"round {i - warmup + 1}/{rounds}"
            print(f"  {label} done", file=sys.stderr, flush=True)
    return [times[subject.name] for subject in timed]


# --- -X importtime -------------------------------------------------------------------------

_IMPORTTIME = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S.*)$")


@dataclass(frozen=True)
class ImportRecord:
    module: str
    self_us: int
    cumulative_us: int
    depth: int


def import_profile(app: Subject, cwd: Path, timeout: float) -> list[ImportRecord]:
    """Run meetingkit once under `-X importtime` and parse what it prints to stderr."""
    # The subject may be the `meetingkit` console script: run it through the interpreter.
    head = app.argv[0] if app.argv[0] == sys.executable else None
    argv = (
        [sys.executable, "-X", "importtime", *app.argv[1:]]
        if head
        else [sys.executable, "-X", "importtime", app.argv[0], *app.argv[1:]]
    )
    done = subprocess.run(
        argv, env=app.env, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
    )
    if done.returncode != 0:
        raise BenchError(f"meetingkit under -X importtime failed:\n{done.stderr[-2000:]}")
    records = []
    for line in done.stderr.splitlines():
        m = _IMPORTTIME.match(line)
        if m:
            records.append(
                ImportRecord(
                    module=m.group(4).strip(),
                    self_us=int(m.group(1)),
                    cumulative_us=int(m.group(2)),
                    depth=len(m.group(3)) // 2,
                )
            )
    return records


def import_report(records: list[ImportRecord], top: int) -> dict[str, Any]:
    by_package: defaultdict[str, int] = defaultdict(int)
    for r in records:
        by_package[r.module.split(".")[0]] += r.self_us
    return {
        "total_ms": sum(r.self_us for r in records) / 1000,
        "top_level_by_cumulative_ms": [
            (r.module, r.cumulative_us / 1000)
            for r in sorted(
                (r for r in records if r.depth == 0), key=lambda r: r.cumulative_us, reverse=True
            )[:top]
        ],
        "modules_by_self_ms": [
            (r.module, r.self_us / 1000)
            for r in sorted(records, key=lambda r: r.self_us, reverse=True)[:top]
        ],
        "packages_by_self_ms": sorted(
            ((name, us / 1000) for name, us in by_package.items()),
            key=lambda item: item[1],
            reverse=True,
        )[:top],
        "meetingkit_by_cumulative_ms": [
            (r.module, r.cumulative_us / 1000)
            for r in sorted(records, key=lambda r: r.cumulative_us, reverse=True)
            if r.module.startswith("meetingkit")
        ][:top],
    }


def print_import_report(report: dict[str, Any]) -> None:
    print(
        f"\n-X importtime, one meetingkit run (not in the ratio; importtime adds overhead):"
        f" {report['total_ms']:.1f} ms importing in all"
    )
    sections = (
        ("top-level imports, cumulative", "top_level_by_cumulative_ms"),
        ("meetingkit modules, cumulative", "meetingkit_by_cumulative_ms"),
        ("packages, own time summed", "packages_by_self_ms"),
        ("single modules, own time", "modules_by_self_ms"),
    )
    for title, key in sections:
        print(f"  {title}:")
        for module, ms in report[key]:
            print(f"    {ms:8.1f} ms  {module}")


# --- --phases ------------------------------------------------------------------------------

PHASES_SCRIPT = BENCH_DIR / "_startup_phases.py"
PHASE_ROUNDS = 5
INTERPRETER_STEP = "Python start until the script runs"


def phase_times(subject: Subject, cwd: Path, timeout: float) -> list[tuple[str, float]]:
    """One instrumented run: [(step, seconds)], the first step being interpreter start-up."""
    total, lines = run_to_shown(subject, cwd, timeout)
    steps: list[tuple[str, float]] = [(name, secs) for name, secs in json.loads(lines[-1])]
    # The steps after `shown` (the rest of the first event-loop turn) are not in `total`.
    return [(INTERPRETER_STEP, total - sum(secs for _, secs in steps)), *steps]


def phases(
    data_dir: Path, env: dict[str, str], cwd: Path, timeout: float
) -> dict[str, list[tuple[str, float]]]:
    """Median ms per step for the bare window and meetingkit, over PHASE_ROUNDS runs each."""
    script = [sys.executable, str(PHASES_SCRIPT)]
    subjects = (
        Subject("bare PySide6 window", [*script, "--bare"], env),
        Subject("meetingkit", [*script, "--data-dir", str(data_dir)], env),
    )
    samples: dict[str, list[list[tuple[str, float]]]] = {s.name: [] for s in subjects}
    for _ in range(PHASE_ROUNDS + 1):  # the first round is a warm-up
        for subject in subjects:
            samples[subject.name].append(phase_times(subject, cwd, timeout))
    return {
        name: [
            (step, statistics.median(run[i][1] for run in runs[1:]) * 1000)
            for i, (step, _) in enumerate(runs[0])
        ]
        for name, runs in samples.items()
    }


def print_phases(table: dict[str, list[tuple[str, float]]]) -> None:
    print(
        f"\nWhere the time goes, in-process steps, median of {PHASE_ROUNDS} runs "
        "(bench/_startup_phases.py; not in the ratio):"
    )
    for name, steps in table.items():
        print(f"  {name}:")
        for step, ms in steps:
            print(f"    {ms:7.1f} ms  {step}")
        print(f"    {sum(ms for _, ms in steps):7.1f} ms  in all")


# --- main ----------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=15, help="timed rounds (default 15)")
    parser.add_argument("--warmup", type=int, default=2, help="untimed rounds first (default 2)")
    parser.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        help="seconds any one process may take before the bench fails (60)",
    )
    parser.add_argument(
        "--importtime",
        action="store_true",
        help="also profile meetingkit's imports once with -X importtime",
    )
    parser.add_argument("--top", type=int, default=12, help="rows per importtime list (12)")
    parser.add_argument(
        "--phases",
        action="store_true",
        help="also time the steps of start-up in-process, for both windows",
    )
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="run with PYTHONDONTWRITEBYTECODE=1, so meetingkit's sources are "
        "compiled on every run (default: cache bytecode in a temp folder)",
    )
    parser.add_argument(
        "--reference",
        action="store_true",
        help="also time a window with a label, a menu and a status bar (not in the verdict)",
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    if args.rounds < 1 or args.warmup < 0 or args.timeout <= 0:
        parser.error("--rounds must be ≥ 1, --warmup ≥ 0 and --timeout > 0")
    return args


@dataclass(frozen=True)
class Results:
    bare: Summary
    app: Summary
    labelled: Summary | None
    imports: dict[str, Any] | None
    phases: dict[str, list[tuple[str, float]]] | None

    @property
    def ratio(self) -> float:
        return self.app.median_ms / self.bare.median_ms


def run(args: argparse.Namespace, tmp: Path) -> Results:
    env = base_env(None if args.no_bytecode_cache else tmp / "pycache")
    data_dir = tmp / "data"
    prepare_data_dir(data_dir, env, args.timeout)
    bare, app = subjects(data_dir, env)
    timed = [bare, app]
    if args.reference:
        timed.append(Subject(LABELLED_NAME, [sys.executable, str(LABELLED_WINDOW)], env))
    samples = measure(timed, tmp, args.rounds, args.warmup, args.timeout, progress=not args.json)
    labelled = Summary.of(samples[2]) if args.reference else None
    imports = (
        import_report(import_profile(app, tmp, args.timeout), args.top) if args.importtime else None
    )
    steps = phases(data_dir, env, tmp, args.timeout) if args.phases else None
    return Results(Summary.of(samples[0]), Summary.of(samples[1]), labelled, imports, steps)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="meetingkit-bench-startup-") as tmp:
        try:
            results = run(args, Path(tmp))
        except (BenchError, subprocess.TimeoutExpired) as e:
            print(f"startup bench: {e}", file=sys.stderr)
            return 2
    passed = results.ratio <= TARGET_RATIO
    bytecode = "compiled every run" if args.no_bytecode_cache else "cached"
    if args.json:
        out: dict[str, Any] = {
            "benchmark": "startup",
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "rounds": args.rounds,
            "warmup": args.warmup,
            "bytecode": bytecode,
            "bare": asdict(results.bare),
            "app": asdict(results.app),
            "ratio_of_medians": round(results.ratio, 3),
            **(
                {
                    "labelled_window": asdict(results.labelled),
                    "labelled_ratio": round(results.labelled.median_ms / results.bare.median_ms, 3),
                }
                if results.labelled is not None
                else {}
            ),
            "target_ratio": TARGET_RATIO,
            "pass": passed,
        }
        if results.imports is not None:
            out["importtime"] = results.imports
        if results.phases is not None:
            out["phases_ms"] = results.phases
        print(json.dumps(out, indent=2))
        return 0 if passed else 1

    print(
        f"\nStart-up to main window shown, {args.rounds} interleaved rounds after "
        f"{args.warmup} warm-up (Python {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"bytecode {bytecode})"
    )
    print(f"  {'':24} {'median':>9} {'p90':>9} {'min':>9} {'max':>9}")
    rows = [("bare PySide6 window", results.bare), ("meetingkit main window", results.app)]
    if results.labelled is not None:
        rows.append((LABELLED_NAME, results.labelled))
    for name, s in rows:
        print(
            f"  {name:24} {s.median_ms:6.1f} ms {s.p90_ms:6.1f} ms "
            f"{s.min_ms:6.1f} ms {s.max_ms:6.1f} ms"
        )
    print(
        f"  ratio of medians: {results.ratio:.2f}x (target ≤ {TARGET_RATIO:.2f}x); meetingkit "
        f"takes {results.app.median_ms - results.bare.median_ms:.1f} ms more"
    )
    if results.labelled is not None:
        print(
            f"  reference: a window with a label, a menu and a status bar takes "
            f"{results.labelled.median_ms / results.bare.median_ms:.2f}x the bare window, "
            f"before any app code"
        )
    if results.imports is not None:
        print_import_report(results.imports)
    if results.phases is not None:
        print_phases(results.phases)
    print(
        f"\n{'PASS' if passed else 'FAIL'}: meetingkit shows its main window in "
        f"{results.ratio:.2f}x the time of a bare PySide6 window (target ≤ {TARGET_RATIO}x)"
    )
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
