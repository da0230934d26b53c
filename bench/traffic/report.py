#!/usr/bin/env python3
"""Collect the runs of bench/traffic/run.sh (one JSON per run in a folder), print the table, and optionally
write the "flowsim" section of bench/RESULTS.md (replacing only that section, appending it when absent).

Each run file has: tool, scenario, process_wall_s, sim_wall_s, vehicle_seconds, completed, vehicles,
mean_travel_time_s, note. Ratios per scenario: speed = reference process wall / this process wall;
trips and travel time as relative difference to the reference (SUMO micro; UXsim C++ with deltan 1, i.e.
individual vehicles, the mesoscopic peer the targets name).
"""
import argparse
import glob
import json
import os
import re
import sys


def load(folder):
    runs = []
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        with open(path) as f:
            runs.append(json.load(f))
    return runs


def pct(a, b):
    return f"{100 * (a - b) / b:+.1f} %" if b else "–"


def table(runs):
    head = ["scenario", "tool", "process wall s", "sim wall s", "veh-s / wall-s", "completed / trips",
            "mean TT s", "speed vs SUMO", "speed vs UXsim C++ d1", "trips vs UXsim d1", "TT vs UXsim d1",
            "TT vs SUMO"]
    rows = []
    for r in runs:
        same = [x for x in runs if x["scenario"] == r["scenario"]]
        sumo = next((x for x in same if x["tool"] == "SUMO micro"), None)
        ux = next((x for x in same if x["tool"] == "UXsim C++ deltan=1"), None)
        vps = r["vehicle_seconds"] / r["sim_wall_s"] if r["sim_wall_s"] else 0
        rows.append([
            r["scenario"], r["tool"], f'{r["process_wall_s"]:.2f}', f'{r["sim_wall_s"]:.3f}', f"{vps:,.0f}",
            f'{r["completed"]:.0f} / {r["vehicles"]:.0f}', f'{r["mean_travel_time_s"]:.1f}',
            f'{sumo["process_wall_s"] / r["process_wall_s"]:.1f}×' if sumo else "–",
            f'{ux["process_wall_s"] / r["process_wall_s"]:.1f}×' if ux else "–",
            pct(r["completed"], ux["completed"]) if ux else "–",
            pct(r["mean_travel_time_s"], ux["mean_travel_time_s"]) if ux else "–",
            pct(r["mean_travel_time_s"], sumo["mean_travel_time_s"]) if sumo else "–",
        ])
    return head, rows


def markdown(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def text(head, rows):
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths))
    return "\n".join([line(head)] + [line(r) for r in rows])


def write_section(results_md, section, heading="flowsim"):
    # Re-read right before writing; replace only "## <heading>" … (next "## " heading or end), else append.
    old = open(results_md).read() if os.path.exists(results_md) else "# Benchmark results\n"
    pattern = re.compile(r"^## " + re.escape(heading) + r"\b.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(old):
        new = pattern.sub(lambda m: section.rstrip("\n") + "\n\n", old, count=1)
    else:
        new = old.rstrip("\n") + "\n\n" + section
    tmp = results_md + "." + heading.split()[0] + ".tmp"
    with open(tmp, "w") as f:
        f.write(new)
    os.replace(tmp, results_md)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("runs")
    p.add_argument("--results-md")
    p.add_argument("--header", help="markdown file with the section's text above the table (command, machine)")
    p.add_argument("--footer", help="markdown file with notes below the table")
    a = p.parse_args()
    runs = load(a.runs)
    head, rows = table(runs)
    print(text(head, rows))
    notes = [f'- {r["scenario"]} / {r["tool"]}: {r["note"]}' for r in runs if r.get("note")]
    if notes:
        print("\n" + "\n".join(notes))
    if a.results_md:
        parts = ["## flowsim\n"]
        if a.header:
            parts.append(open(a.header).read().rstrip("\n") + "\n")
        parts.append(markdown(head, rows) + "\n")
        if notes:
            parts.append("Per run:\n\n" + "\n".join(notes) + "\n")
        if a.footer:
            parts.append(open(a.footer).read().rstrip("\n") + "\n")
        write_section(a.results_md, "\n".join(parts))
        print(f"\nwrote the flowsim section of {a.results_md}")


if __name__ == "__main__":
    sys.exit(main())
