"""Run the performance suite: ``python -m benchmarks [--quick] [--scale S] [--json PATH]``.

Each workload module runs in a fresh interpreter at two sizes, a tenth of the scale (1x)
and the scale itself (10x), so that its peak memory is its own and the scaling ratio is
measured. The table of ratios goes to the terminal (Markdown, as pasted into
``docs/performance.md``); the full results go to a JSON file.

Exit status: 0 when every contender agreed on every answer; 1 when one disagreed or a
workload failed; with ``--strict``, also 1 when a target was missed. Timings are never a
test: a noisy machine would make one fail at random.
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import json
import os
import pathlib
import platform
import resource
import subprocess
import sys
from collections.abc import Sequence
from typing import Any

from benchmarks.harness import Workload, best_of

MODULES = ("mcle", "serialization", "events", "governance", "recognition", "imports")
#: Time at 10x over time at 1x must stay within this (issue 9: no hidden quadratic step).
SCALING_LIMIT = 12.0
#: Peak resident memory of the MCLE workload at full size (issue 9).
MEMORY_LIMIT = 2 * 1024**3
QUICK_SCALE = 0.002
ROOT = pathlib.Path(__file__).resolve().parent.parent


def _child(module: str, scale: float, seed: int, repeat: int | None, budget: float) -> dict[str, Any]:
    """Run one workload module at one scale in this process; its results as JSON-like data."""
    built: list[Workload] = importlib.import_module(f"benchmarks.workloads.{module}").workloads(scale, seed)
    results = []
    for workload in built:
        contenders = [workload.library, *workload.baselines]
        timings, answers = best_of(contenders, repeat or workload.repeat, budget)
        agreement = workload.agree(answers) if workload.agree is not None else "not compared"
        del answers
        results.append(
            {
                "name": workload.name,
                "description": workload.description,
                "items": workload.items,
                "unit": workload.unit,
                "scalable": workload.scalable,
                "library": workload.library.name,
                "timings": [{"name": t.name, "seconds": t.seconds, "runs": t.runs} for t in timings],
                "agreement": agreement,
                "targets": [
                    {
                        "baseline": t.baseline,
                        "max_ratio": t.max_ratio,
                        "max_added_seconds": t.max_added_seconds,
                        "why": t.why,
                    }
                    for t in workload.targets
                ],
            }
        )
    return {"module": module, "scale": scale, "peak_rss_bytes": _peak_memory(), "workloads": results}


def _peak_memory() -> int:
    """This process's own peak resident memory, in bytes.

    Linux's ``ru_maxrss`` starts from the parent's resident memory at the fork, so the
    process's own high-water mark (``VmHWM``) is read where there is one.
    """
    status = pathlib.Path("/proc/self/status")
    if status.exists():
        for line in status.read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024  # in kB
    # ru_maxrss is in kibibytes on Linux (bytes on macOS).
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)


def _run_child(module: str, scale: float, args: argparse.Namespace) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks", "--one", module, "--scale", repr(scale), "--seed", str(args.seed)]
    if args.repeat is not None:
        command += ["--repeat", str(args.repeat)]
    command += ["--budget", str(args.budget)]
    print(f"  {module} at scale {scale:g} ...", file=sys.stderr, flush=True)
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"benchmarks: {module} at scale {scale:g} failed (exit {done.returncode})")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _seconds(workload: dict[str, Any], name: str) -> float:
    return next(float(t["seconds"]) for t in workload["timings"] if t["name"] == name)


def _time(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.0f} µs"


def _summarise(runs: dict[str, dict[float, dict[str, Any]]], small: float, big: float) -> dict[str, Any]:
    rows, checks = [], []
    for module, by_scale in runs.items():
        smaller = {w["name"]: w for w in by_scale[small]["workloads"]}
        for workload in by_scale[big]["workloads"]:
            ours = _seconds(workload, workload["library"])
            row: dict[str, Any] = {
                "workload": workload["name"],
                "description": workload["description"],
                "items": workload["items"],
                "unit": workload["unit"],
                "seconds": ours,
                "per_item_seconds": ours / workload["items"],
                "agreement": workload["agreement"],
                "baselines": [],
            }
            for timing in workload["timings"][1:]:
                theirs = float(timing["seconds"])
                row["baselines"].append({"name": timing["name"], "seconds": theirs, "ratio": ours / theirs})
            for target in workload["targets"]:
                theirs = _seconds(workload, target["baseline"])
                if target["max_ratio"] is not None:
                    value, limit, what = ours / theirs, target["max_ratio"], f"time / {target['baseline']}"
                else:
                    value, limit = ours - theirs, target["max_added_seconds"]
                    what = f"seconds added over `{target['baseline']}`"
                checks.append(
                    {
                        "workload": workload["name"],
                        "what": what,
                        "limit": limit,
                        "value": value,
                        "met": value <= limit,
                        "why": target["why"],
                    }
                )
            if workload["scalable"] and workload["name"] in smaller:
                before = smaller[workload["name"]]
                # Per item, times ten: sizes are rounded, and a tiny run may not be exactly a tenth.
                per_item_before = _seconds(before, before["library"]) / before["items"]
                ratio = 10 * (ours / workload["items"]) / per_item_before
                row["scaling"] = {
                    "items_1x": before["items"],
                    "seconds_1x": _seconds(before, before["library"]),
                    "ratio": ratio,
                }
                checks.append(
                    {
                        "workload": workload["name"],
                        "what": "time at 10x / time at 1x (per item, times 10)",
                        "limit": SCALING_LIMIT,
                        "value": ratio,
                        "met": ratio <= SCALING_LIMIT,
                        "why": "issue 9: no hidden quadratic step",
                    }
                )
            rows.append(row)
        if module == "mcle":
            peak = by_scale[big]["peak_rss_bytes"]
            checks.append(
                {
                    "workload": "mcle (whole process)",
                    "what": "peak resident memory, bytes",
                    "limit": MEMORY_LIMIT,
                    "value": peak,
                    "met": peak <= MEMORY_LIMIT,
                    "why": "issue 9: under 2 GiB",
                }
            )
    memory = {module: by_scale[big]["peak_rss_bytes"] for module, by_scale in runs.items()}
    return {"rows": rows, "checks": checks, "peak_rss_bytes": memory}


def _table(summary: dict[str, Any]) -> str:
    lines = [
        "| workload | size | calcities_domain | per item | against | its time | ratio |",
        "|---|---:|---:|---:|---|---:|---:|",
    ]
    for row in summary["rows"]:
        unit = row["unit"][:-1] if row["items"] == 1 and row["unit"].endswith("s") else row["unit"]
        head = (
            f"| {row['workload']} | {row['items']:,} {unit} | {_time(row['seconds'])} "
            f"| {_time(row['per_item_seconds'])} "
        )
        if not row["baselines"]:
            lines.append(head + "| | | |")
        for index, baseline in enumerate(row["baselines"]):
            start = head if index == 0 else "| | | | "
            lines.append(start + f"| {baseline['name']} | {_time(baseline['seconds'])} | {baseline['ratio']:.2f}× |")
    lines += ["", "| workload | 1× size | 1× time | 10× size | 10× time | 10× / 1× |", "|---|---:|---:|---:|---:|---:|"]
    for row in summary["rows"]:
        if "scaling" in row:
            s = row["scaling"]
            lines.append(
                f"| {row['workload']} | {s['items_1x']:,} | {_time(s['seconds_1x'])} | {row['items']:,} "
                f"| {_time(row['seconds'])} | {s['ratio']:.2f}× |"
            )
    lines += ["", "| process | peak resident memory |", "|---|---:|"]
    for module, peak in summary["peak_rss_bytes"].items():
        lines.append(f"| {module} | {peak / 1024**2:,.0f} MiB |")
    lines += ["", "| target | limit | measured | met |", "|---|---:|---:|---|"]
    for check in summary["checks"]:
        if "bytes" in check["what"]:
            limit, value = f"{check['limit'] / 1024**3:.0f} GiB", f"{check['value'] / 1024**2:,.0f} MiB"
        elif "seconds" in check["what"]:
            limit, value = _time(check["limit"]), _time(check["value"])
        else:
            limit, value = f"{check['limit']:g}×", f"{check['value']:.2f}×"
        lines.append(
            f"| {check['workload']}: {check['what']} | {limit} | {value} | {'yes' if check['met'] else 'NO'} |"
        )
    lines += ["", "Agreement:"]
    lines += [f"- {row['workload']}: {row['agreement']}" for row in summary["rows"]]
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"tiny sizes (scale {QUICK_SCALE}, one run each; overrides --scale, --repeat)",
    )
    parser.add_argument("--scale", type=float, default=1.0, help="share of the full sizes for 10x (default 1.0)")
    parser.add_argument("--only", default=",".join(MODULES), help="comma-separated modules (default: all)")
    parser.add_argument("--seed", type=int, default=20261123, help="seed of the generated data")
    parser.add_argument("--repeat", type=int, default=None, help="runs per contender at most (default per workload)")
    parser.add_argument("--budget", type=float, default=20.0, help="seconds after which a workload stops repeating")
    parser.add_argument("--json", default=".benchmarks/results.json", help="where the JSON results go")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "--one",
        default=None,
        metavar="MODULE",
        help="run one module at --scale in this process and print its results as JSON (to profile it)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the suite; see the module's docstring."""
    args = _parser().parse_args(argv)
    if args.quick:
        args.scale, args.repeat = QUICK_SCALE, 1
    if args.one is not None:
        print(json.dumps(_child(args.one, args.scale, args.seed, args.repeat, args.budget)))
        return 0
    modules = [m for m in args.only.split(",") if m]
    unknown = sorted(set(modules) - set(MODULES))
    if unknown:
        raise SystemExit(f"benchmarks: unknown module(s) {', '.join(unknown)} (known: {', '.join(MODULES)})")
    small, big = args.scale / 10, args.scale
    print(f"benchmarks: scales {small:g} (1x) and {big:g} (10x), seed {args.seed}", file=sys.stderr)
    runs = {module: {small: _run_child(module, small, args), big: _run_child(module, big, args)} for module in modules}
    summary = _summarise(runs, small, big)
    table = _table(summary)
    print(table)
    document = {
        "command": " ".join(["python -m benchmarks", *(argv if argv is not None else sys.argv[1:])]),
        "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "machine": {
            "python": sys.version.split()[0],
            "implementation": platform.python_implementation(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "scales": {"1x": small, "10x": big},
        "seed": args.seed,
        **summary,
        "runs": {module: {str(scale): data for scale, data in by_scale.items()} for module, by_scale in runs.items()},
        "table": table,
    }
    path = pathlib.Path(args.json)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    print(f"\nresults written to {path}", file=sys.stderr)
    missed = [c for c in summary["checks"] if not c["met"]]
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
