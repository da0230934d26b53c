"""Table of bench/junctions/run.sh: minor-approach mean delay per case, pooled over seeds.
Usage: report.py OUT_DIR "SEEDS" CASE…"""
import csv
import math
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

out, seeds, cases = Path(sys.argv[1]), sys.argv[2].split(), sys.argv[3:]


def flowsim(path):
    rows = {}
    if path.exists():
        with open(path) as f:
            for r in csv.DictReader(f):
                rows[r["id"]] = float(r["timeLoss"]) + float(r["departDelay"])
    return rows


def sumo(path):
    return {e.get("id"): float(e.get("timeLoss")) + float(e.get("departDelay"))
            for e in ET.parse(path).getroot().iter("tripinfo")}


def minor(rows):
    values = [v for k, v in rows.items() if k.startswith(("sw", "se"))]
    return (sum(values) / len(values) if values else float("nan")), len(values)


print("| major veh/h per direction | minor left / right veh/h | minor road | SUMO delay s | flowsim delay s | ratio | "
      "flowsim without conflicts s | ratio |")
print("|---:|---|---|---:|---:|---:|---:|---:|")
logs = []
for case in cases:
    major, left, right, *kind = case.split(":")
    tools = {"sumo": [], "flowsim": [], "noconf": []}
    for s in seeds:
        d = out / f"{case}-s{s}"
        tools["sumo"].append(minor(sumo(d / "sumo-tripinfo.xml")))
        tools["flowsim"].append(minor(flowsim(d / "flowsim" / "tripinfo.csv")))
        tools["noconf"].append(minor(flowsim(d / "flowsim-noconf" / "tripinfo.csv")))

    def pooled(entries):
        n = sum(c for _, c in entries)
        return sum(m * c for m, c in entries) / n if n else float("nan")

    su, fs, nc = pooled(tools["sumo"]), pooled(tools["flowsim"]), pooled(tools["noconf"])
    logs.append((math.log(fs / su), math.log(max(nc, 0.01) / su), kind == ["stop"]))
    sign = "stop sign" if kind == ["stop"] else "give way"
    print(f"| {major} | {left} / {right} | {sign} | {su:.1f} | {fs:.1f} | {fs / su:.2f} | {nc:.1f} | {nc / su:.2f} |")
print()
for stop, label in ((False, "Give way"), (True, "Stop sign")):
    part = [x for x in logs if x[2] == stop]
    if not part:
        continue
    gm = [math.exp(sum(x[i] for x in part) / len(part)) for i in (0, 1)]
    within = [sum(1 for x in part if abs(x[i]) <= math.log(2)) for i in (0, 1)]
    print(f"{label}: geometric mean ratio to SUMO: flowsim {gm[0]:.2f}, without conflicts {gm[1]:.2f}; "
          f"cases within a factor 2 of SUMO: flowsim {within[0]}/{len(part)}, without conflicts {within[1]}/{len(part)}.")
