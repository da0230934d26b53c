#!/usr/bin/env python3
"""Time a lone car loses through a junction, SUMO micro against flowsim (bench/RESULTS.md, "Turn losses").

The T-junction of make_tjunction.py (50 km/h, netconvert's internal lanes: right turns 6.51 m/s, left turns
8.0 m/s), as a priority junction and with a stop sign on the minor road (priority_stop). Each of the six movements
is driven by one car at a time (departures 60 s apart, 5 cars each, SUMO's default car with sigma 0); printed:
the mean time loss per movement (SUMO `timeLoss`, flowsim `timeLoss`), which counts braking and accelerating but
not the slower passage itself.

Usage: lone.py FLOWSIM OUT_DIR     (SUMO_HOME must be set)
"""
import collections
import csv
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

flowsim, out = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
here = os.path.dirname(os.path.abspath(__file__))
sumo_bin = os.path.join(os.environ["SUMO_HOME"], "bin")
PAIRS = [("WC", "CE", "major straight"), ("EC", "CW", "major straight"), ("WC", "CS", "major right"),
         ("EC", "CS", "major left"), ("SC", "CE", "minor right"), ("SC", "CW", "minor left")]


def mean_losses(rows):
    losses = collections.defaultdict(list)
    for trip_id, loss in rows:
        losses[trip_id.rsplit("-", 1)[0]].append(loss)
    return {k: sum(v) / len(v) for k, v in losses.items()}


print("| junction | movement | SUMO time loss s | flowsim time loss s |")
print("|---|---|---:|---:|")
for kind in ("priority", "stop"):
    d = os.path.join(out, kind)
    subprocess.run([sys.executable, os.path.join(here, "make_tjunction.py"), d, "0", "0", "0", "10", "1", kind],
                   check=True)
    subprocess.run([os.path.join(sumo_bin, "netconvert"), "-n", "t.nod.xml", "-e", "t.edg.xml", "-o", "t.net.xml",
                    "--no-turnarounds"], cwd=d, check=True, capture_output=True)
    lines = ['<routes>', '  <vType id="car" length="5" minGap="2.5" sigma="0"/>']
    t = 0
    for i in range(5):
        for a, b, _ in PAIRS:
            lines.append(f'  <trip id="{a}-{b}-{i}" type="car" depart="{t}" from="{a}" to="{b}" '
                         'departLane="best" departSpeed="max"/>')
            t += 60
    lines.append('</routes>')
    with open(os.path.join(d, "lone.rou.xml"), "w") as f:
        f.write("\n".join(lines) + "\n")
    subprocess.run([os.path.join(sumo_bin, "sumo"), "-n", "t.net.xml", "-r", "lone.rou.xml", "--tripinfo-output",
                    "lone-sumo.xml", "--no-step-log", "--duration-log.disable"], cwd=d, check=True,
                   capture_output=True)
    subprocess.run([flowsim, "run", "--net", "t.net.xml", "--routes", "lone.rou.xml", "--duration", "3000", "--out",
                    "lone-flowsim", "--no-map"], cwd=d, check=True, capture_output=True)
    sumo = mean_losses((e.get("id"), float(e.get("timeLoss")))
                       for e in ET.parse(os.path.join(d, "lone-sumo.xml")).getroot().iter("tripinfo"))
    with open(os.path.join(d, "lone-flowsim", "tripinfo.csv")) as f:
        fs = mean_losses((r["id"], float(r["timeLoss"])) for r in csv.DictReader(f))
    for a, b, name in PAIRS:
        key = f"{a}-{b}"
        print(f"| {'stop sign' if kind == 'stop' else 'give way'} | {key} ({name}) | {sumo[key]:.2f} | {fs[key]:.2f} |")
