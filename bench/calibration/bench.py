#!/usr/bin/env python3
"""Calibration benchmark (bench/calibration/README.md): a SUMO truth run on Berlin-Adlershof with seeded
randomTrips demand gives edgeData counts; half of the links that carry traffic are counted, the other half held
out. A prior distorted by zone (x0.6 west, x1.4 east of the median origin) is calibrated by `flowsim calibrate`
and by SUMO's routeSampler.py on the same counts; each result is run in SUMO and compared with the truth by GEH
on counted and held-out links, next to the uncalibrated prior.

Usage: bench.py FLOWSIM OUT [--period 2] [--seed 42] [--iterations 20]   (SUMO_HOME must be set)
"""
import argparse
import csv
import json
import math
import os
import random
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

SLICE = 900
END = 3600


def run(cmd, log, allowed=(0,)):
    """Runs cmd with its output in log; returns the seconds it took and its exit status."""
    with open(log, "w") as f:
        t0 = time.monotonic()
        status = subprocess.run(cmd, stdout=f, stderr=subprocess.STDOUT).returncode
        if status not in allowed:
            sys.exit(f"{cmd[0]} exited with {status}; see {log}")
        return time.monotonic() - t0, status


def edge_flows(path, attribute="left"):
    """{(edge, slice): vehicles} from a SUMO edgeData file (normal edges only)."""
    flows = {}
    for interval in ET.parse(path).getroot().iter("interval"):
        k = int(round(float(interval.get("begin")) / SLICE))
        for edge in interval.iter("edge"):
            if edge.get("id").startswith(":"):
                continue
            flows[(edge.get("id"), k)] = float(edge.get(attribute, 0))
    return flows


def geh(m, c):
    """GEH on hourly flows."""
    return 0.0 if m + c == 0 else math.sqrt(2 * (m - c) ** 2 / (m + c))


def fit(truth, simulated, edges):
    rows = [(truth.get((e, k), 0.0) * 3600 / SLICE, simulated.get((e, k), 0.0) * 3600 / SLICE)
            for e in edges for k in range(END // SLICE)]
    if not rows:
        return {"n": 0}
    share = sum(1 for c, m in rows if geh(m, c) < 5) / len(rows)
    mae = sum(abs(m - c) for c, m in rows) / len(rows)
    mean = sum(c for c, _ in rows) / len(rows)
    total = sum((c - mean) ** 2 for c, _ in rows)
    r2 = 1 - sum((m - c) ** 2 for c, m in rows) / total if total > 0 else float("nan")
    return {"n": len(rows), "geh5": share, "mae": mae, "r2": r2}


# With --rerouting every SUMO run (the truth and each demand judged against it) gives every vehicle a rerouting
# device: drivers re-choose their routes every 60 s under the travel times SUMO measures, a congestion-aware truth
# instead of free-flow fastest routes.
REROUTING = ["--device.rerouting.probability", "1", "--device.rerouting.period", "60"]
EXTRA_SUMO_ARGS = []


def sumo_run(sumo_home, net, routes, out, name):
    add = os.path.join(out, name + ".add.xml")
    data = os.path.join(out, name + ".edgedata.xml")
    with open(add, "w") as f:
        f.write(f'<additional><edgeData id="ed" file="{data}" period="{SLICE}" begin="0" end="{END}" '
                'excludeEmpty="true"/></additional>\n')
    seconds, _ = run([os.path.join(sumo_home, "bin", "sumo"), "-n", net, "-r", routes, "-a", add, "--no-step-log",
                   "true", "--duration-log.statistics", "true", "--seed", "42"] + EXTRA_SUMO_ARGS,
                   os.path.join(out, name + ".log"))
    return edge_flows(data), seconds


def main():
    p = argparse.ArgumentParser()
    p.add_argument("flowsim")
    p.add_argument("out")
    p.add_argument("--period", default="2")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--iterations", type=int, default=20)
    p.add_argument("--rerouting", action="store_true", help="SUMO drivers reroute (truth and judging runs)")
    a = p.parse_args()
    if a.rerouting:
        EXTRA_SUMO_ARGS.extend(REROUTING)
    sumo_home = os.environ["SUMO_HOME"]
    sys.path.append(os.path.join(sumo_home, "tools"))
    import sumolib

    out = os.path.abspath(a.out)
    os.makedirs(out, exist_ok=True)
    net = os.path.join(out, "osm.net.xml")
    subprocess.run(["cp", os.path.join(sumo_home, "tools", "game", "DRT", "osm.net.xml"), net], check=True)
    trips = os.path.join(out, "truth.rou.xml")
    run([sys.executable, os.path.join(sumo_home, "tools", "randomTrips.py"), "-n", net, "-e", str(END), "-p",
         a.period, "--seed", str(a.seed), "--validate", "-o", trips,
         # --validate routes the trips through this file; by default it lands in the working directory.
         "-r", os.path.join(out, "randomTrips.routes.xml")], os.path.join(out, "randomTrips.log"))

    # Truth and counts: half of the edges with traffic counted (seeded), the other half held out.
    truth, _ = sumo_run(sumo_home, net, trips, out, "truth")
    used = sorted({e for (e, _), v in truth.items() if v > 0})
    rng = random.Random(a.seed)
    counted = sorted(rng.sample(used, len(used) // 2))
    held_out = sorted(set(used) - set(counted))
    with open(os.path.join(out, "counts.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["station", "link", "begin", "end", "vehicles"])
        for e in counted:
            for k in range(END // SLICE):
                w.writerow([e, e, k * SLICE, (k + 1) * SLICE, int(truth.get((e, k), 0))])
    # The same counts as edgeData for routeSampler.
    with open(os.path.join(out, "counts.edgedata.xml"), "w") as f:
        f.write("<data>\n")
        for k in range(END // SLICE):
            f.write(f'  <interval id="counts" begin="{k * SLICE}" end="{(k + 1) * SLICE}">\n')
            for e in counted:
                f.write(f'    <edge id="{e}" entered="{int(truth.get((e, k), 0))}"/>\n')
            f.write("  </interval>\n")
        f.write("</data>\n")

    # Prior: trips from origins west of the median origin x scaled by 0.6, east by 1.4 (seeded thinning and
    # duplication).
    sumo_net = sumolib.net.readNet(net)
    root = ET.parse(trips).getroot()
    elements = [t for t in root if t.tag in ("trip", "vehicle")]
    xs = sorted(sumo_net.getEdge(t.get("from")).getFromNode().getCoord()[0] for t in elements)
    median = xs[len(xs) // 2]
    prior = []
    for t in elements:
        x = sumo_net.getEdge(t.get("from")).getFromNode().getCoord()[0]
        if x < median:
            if rng.random() < 0.6:
                prior.append(t)
        else:
            prior.append(t)
            if rng.random() < 0.4:
                copy = ET.Element(t.tag, dict(t.attrib))
                copy.set("id", t.get("id") + "_dup")
                prior.append(copy)
    prior.sort(key=lambda t: float(t.get("depart")))
    prior_file = os.path.join(out, "prior.rou.xml")
    with open(prior_file, "w") as f:
        f.write("<routes>\n")
        for t in prior:
            attrs = " ".join(f'{k}="{v}"' for k, v in t.attrib.items())
            f.write(f"    <{t.tag} {attrs}/>\n")
        f.write("</routes>\n")

    # flowsim calibrate, with both route-choice modes.
    calibrated = {}
    for mode in ("equilibrium", "fixed"):
        cal = os.path.join(out, "flowsim-calibrate-" + mode)
        # Exit 5: the last iteration's simulation ended in (local) gridlock; the outputs are written.
        seconds, status = run([a.flowsim, "calibrate", "--net", net, "--counts", os.path.join(out, "counts.csv"), "--prior",
                       prior_file, "--out", cal, "--iterations", str(a.iterations), "--seed", str(a.seed),
                       "--route-choice", mode] + os.environ.get("CALIBRATE_ARGS", "").split(), cal + ".flowsim.log",
                       allowed=(0, 5))
        summary = json.load(open(os.path.join(cal, "calibration.json")))
        calibrated[mode] = {
            "seconds": seconds, "exit": status, "vehicles": summary["vehicles_calibrated"],
            "final_gap": summary["iterations"][-1]["relative_gap"],
            "own_fit": {k: summary[k] for k in ("geh_share_below_5", "r_squared", "mean_abs_error")},
            "routes": os.path.join(cal, "calibrated.rou.xml")}

    # routeSampler on duarouter's routes of the prior.
    candidates = os.path.join(out, "prior.routes.xml")
    run([os.path.join(sumo_home, "bin", "duarouter"), "-n", net, "-r", prior_file, "-o", candidates,
         "--ignore-errors", "true"], os.path.join(out, "duarouter.log"))
    sampled = os.path.join(out, "routesampler.rou.xml")
    sampler_seconds, _ = run([sys.executable, os.path.join(sumo_home, "tools", "routeSampler.py"), "-r", candidates,
                           "-d", os.path.join(out, "counts.edgedata.xml"), "-o", sampled, "--seed", str(a.seed)],
                          os.path.join(out, "routesampler.log"))

    results = {"period": a.period, "rerouting": a.rerouting, "machine": os.uname().nodename, "cores": os.cpu_count(), "counted_links": len(counted),
               "held_out_links": len(held_out), "truth_vehicles": len(elements), "prior_vehicles": len(prior),
               "routesampler_seconds": sampler_seconds, "flowsim": calibrated, "runs": {}}
    for name, routes in [("prior", prior_file)] + [
            ("flowsim calibrate " + mode, c["routes"]) for mode, c in calibrated.items()] + [
            ("routeSampler", sampled)]:
        flows, _ = sumo_run(sumo_home, net, routes, out, name.replace(" ", "-"))
        results["runs"][name] = {"counted": fit(truth, flows, counted), "held_out": fit(truth, flows, held_out)}
    json.dump(results, open(os.path.join(out, "results.json"), "w"), indent=2)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
