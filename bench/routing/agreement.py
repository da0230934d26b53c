#!/usr/bin/env python3
"""Do flowsim's free-flow routes agree with SUMO's router? (issue 14/15: route choice against the reference)

Usage: python3 bench/routing/agreement.py FLOWSIM NET.net.xml TRIPS.rou.xml OUT_DIR

SUMO routes a trip at insertion as duarouter does (fastest path under free-flow times plus its router penalties).
This script routes TRIPS with duarouter and with flowsim (`flowsim calibrate --iterations 1` drives the prior's
trips on flowsim's free-flow routes and writes them to calibrated.rou.xml; the one count it is given does not
change them), and reports the share of trips whose routes are identical, and for the others what SUMO's router
says each route costs (`duarouter --write-costs --skip-new-routes`), so a difference of cost model shows up as
flowsim's routes being dearer by SUMO's own measure. Needs SUMO (pip install eclipse-sumo).
"""
import json
import os
import statistics
import subprocess
import sys
import xml.etree.ElementTree as ET


def sumo_home():
    if os.environ.get("SUMO_HOME"):
        return os.environ["SUMO_HOME"]
    import sumo  # noqa: the pip wheel
    return sumo.SUMO_HOME


def run(command):
    """Runs a tool; on failure exits naming it, with its own error output."""
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("%s failed (exit %d):\n%s" % (os.path.basename(command[0]), done.returncode, done.stderr.strip()))


def routes_of(path):
    found = {}
    for v in ET.parse(path).getroot().iter("vehicle"):
        r = v.find("route")
        if r is None:
            alternatives = v.find("routeDistribution")
            r = alternatives.findall("route")[-1] if alternatives is not None else None
        if r is not None:
            found[v.get("id")] = r.get("edges").split()
    return found


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    flowsim, net, trips, out = sys.argv[1:]
    first = next(ET.parse(trips).getroot().iter("trip"), None)
    if first is None:
        sys.exit("%s: no <trip> elements; this script compares the routes of trips (from/to)" % trips)
    os.makedirs(out, exist_ok=True)
    home = sumo_home()
    dua = os.path.join(out, "duarouter.rou.xml")
    run([os.path.join(home, "bin", "duarouter"), "-n", net, "-r", trips, "-o", dua, "--ignore-errors", "--no-warnings",
         "--no-step-log"])
    sumo_routes = routes_of(dua)
    # One count on the first trip's origin edge: calibrate needs counts; one iteration keeps the prior's routes.
    counts = os.path.join(out, "one-count.csv")
    with open(counts, "w") as f:
        f.write("station,link,begin,end,vehicles\nx,%s,0,900,1\n" % first.get("from"))
    cal = os.path.join(out, "flowsim")
    run([flowsim, "calibrate", "--net", net, "--counts", counts, "--prior", trips, "--out", cal, "--iterations", "1"])
    own = routes_of(os.path.join(cal, "calibrated.rou.xml"))
    both = [k for k in own if k in sumo_routes]
    differing = [k for k in both if own[k] != sumo_routes[k]]
    extra = []
    if differing:
        pairs = os.path.join(out, "differing.rou.xml")
        with open(pairs, "w") as f:
            f.write("<routes>\n")
            for k in differing:
                for tag, r in (("f", own[k]), ("s", sumo_routes[k])):
                    f.write('<vehicle id="%s_%s" depart="0"><route edges="%s"/></vehicle>\n' % (tag, k, " ".join(r)))
            f.write("</routes>\n")
        costed = os.path.join(out, "differing.costs.xml")
        run([os.path.join(home, "bin", "duarouter"), "-n", net, "-r", pairs, "-o", costed, "--write-costs",
             "--skip-new-routes", "--ignore-errors", "--no-warnings", "--no-step-log"])
        cost = {v.get("id"): float(v.find("route").get("cost")) for v in ET.parse(costed).getroot().iter("vehicle")}
        extra = [cost["f_" + k] - cost["s_" + k] for k in differing if "f_" + k in cost and "s_" + k in cost]
    result = {
        "trips": len(both), "identical": len(both) - len(differing),
        "identical_share": (len(both) - len(differing)) / max(1, len(both)),
        "flowsim_dearer_by_sumo_cost": sum(1 for e in extra if e > 0.05),
        "equal_by_sumo_cost": sum(1 for e in extra if abs(e) <= 0.05),
        "flowsim_cheaper_by_sumo_cost": sum(1 for e in extra if e < -0.05),
        "mean_extra_s": statistics.mean(extra) if extra else 0.0,
    }
    json.dump(result, open(os.path.join(out, "agreement.json"), "w"), indent=2)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
