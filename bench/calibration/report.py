#!/usr/bin/env python3
"""Writes the "Calibration" section of bench/RESULTS.md from bench.py's results.json files.

Usage: report.py OUT_DIR [OUT_DIR …] --results-md FILE --command CMD
"""
import argparse
import datetime
import json
import os
import re
import subprocess


def cell(fit):
    return f"{fit['geh5'] * 100:.1f} % / {fit['mae']:.1f} / {fit['r2']:.3f}"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("outs", nargs="+")
    p.add_argument("--results-md", required=True)
    p.add_argument("--command", required=True)
    a = p.parse_args()
    sumo = subprocess.run(["sumo", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    lines = [f"## Calibration: `flowsim calibrate` against SUMO's routeSampler (issue 15, "
             f"{datetime.date.today().isoformat()})", "",
             f"Command: `{a.command}`. Machine: {cpu}, {os.cpu_count()} cores (shared with another build); "
             f"{sumo}. flowsim release build (`--static-swift-stdlib`).", "",
             "Truth: SUMO on Berlin-Adlershof (`tools/game/DRT/osm.net.xml`) with `randomTrips.py -e 3600 -p P "
             "--seed 42 --validate`, edgeData per 15 min (`left`). Half of the edges that carry traffic (seeded) are "
             "counted, the other half held out. Prior: the truth's trips from origins west of the median origin "
             "×0.6, east ×1.4 (seeded thinning and duplication). `flowsim calibrate` (20 iterations, both "
             "`--route-choice` modes) and `routeSampler.py` (candidate routes: `duarouter` on the prior) get the "
             "same counts; every demand is then run in SUMO and compared with the truth per edge and 15 min.",
             "", "Cells: share of (edge, 15 min) with GEH < 5 / mean absolute error (veh/h) / R².", ""]
    for out in a.outs:
        r = json.load(open(os.path.join(out, "results.json")))
        period = r.get("period", "?")
        world = " (every SUMO run with rerouting devices, period 60 s)" if r.get("rerouting") else ""
        lines += [f"**randomTrips -p {period}{world}**: truth {r['truth_vehicles']} vehicles, prior {r['prior_vehicles']}, "
                  f"{r['counted_links']} counted and {r['held_out_links']} held-out edges (× 4 slices).", "",
                  "| demand run in SUMO | vehicles | counted edges | held-out edges |", "|---|---|---|---|"]
        sampled = os.path.join(out, "routesampler.rou.xml")
        vehicles = {"prior": r["prior_vehicles"],
                    "routeSampler": open(sampled).read().count("<vehicle ") if os.path.exists(sampled) else ""}
        for mode, c in r["flowsim"].items():
            vehicles["flowsim calibrate " + mode] = c["vehicles"]
        for name, fit in r["runs"].items():
            lines.append(f"| {name} | {vehicles.get(name, '')} | {cell(fit['counted'])} | {cell(fit['held_out'])} |")
        lines.append("")
        for mode, c in r["flowsim"].items():
            own = c["own_fit"]
            # The result is the last kept iteration (dropped ones have no gap): its gap, from calibration.json.
            cal = json.load(open(os.path.join(out, "flowsim-calibrate-" + mode, "calibration.json")))
            result = cal.get("result_iteration", len(cal["iterations"]))
            kept = next(i for i in cal["iterations"] if i["iteration"] == result)
            dropped = sum(1 for i in cal["iterations"] if not i.get("kept", True))
            gap = kept.get("relative_gap")
            lines.append(
                f"- flowsim `--route-choice {mode}`: {c['seconds']:.1f} s for 20 iterations (exit {c['exit']}), result "
                f"iteration {result} ({dropped} dropped), its relative gap "
                f"{'n/a' if gap is None else f'{gap:.4f}'}; its own simulation of the result: GEH < 5 for "
                f"{own['geh_share_below_5'] * 100:.1f} % of counts, R² {own['r_squared']:.3f}, MAE "
                f"{own['mean_abs_error']:.1f} veh/h.")
        lines.append(f"- routeSampler: {r['routesampler_seconds']:.1f} s.")
        lines.append("")
    section = "\n".join(lines) + "\n"
    text = open(a.results_md).read() if os.path.exists(a.results_md) else "# Results\n\n"
    pattern = re.compile(r"^## Calibration:.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section, text, count=1)
    else:
        first = text.find("\n## ")
        text = text[:first + 1] + section + "\n" + text[first + 1:] if first >= 0 else text + "\n" + section
    open(a.results_md, "w").write(text)


if __name__ == "__main__":
    main()
