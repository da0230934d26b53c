#!/usr/bin/env python3
"""Closure benchmark (issue 15, verification): the same road closure in the SUMO truth and in the flowsim model
calibrated to the truth's counts, and the flows it diverts compared edge by edge.

Input: a finished bench/calibration case folder (bench.py: osm.net.xml, truth.rou.xml, truth.edgedata.xml and
flowsim-calibrate-equilibrium/calibrated.rou.xml). The closed edge: the busiest edge of the truth (vehicles in the
hour) whose closure leaves a route to every truth trip that does not start or end on it (a search on the net's
passenger edges without it). Trips that start or end on it are left out of every run, in both demands.

SUMO: the truth's trips without and with a rerouter on every edge closing that edge for the hour
(`closingReroute`), each with the seeds SEEDS (42, 43, 44): SUMO's Δ per edge is the mean of the per-seed
differences closure − base, its spread their sample standard deviation. flowsim: the calibrated routes, without
and with a closure measure (`flowsim run --measures`), link flows from link_timeseries.csv; a route file leaves
flowsim nothing to draw, so one run per side is its answer (its seed changes nothing).

Compared per edge (vehicles leaving it in the hour): the change the closure makes, Δ = closure − base, in SUMO and
in flowsim. Edges the closure really changes are those where |mean Δ SUMO| ≥ 30 veh/h and ≥ 2 × its standard error
(spread / √seeds). On them: the share where flowsim's change has the same sign, the share where it lies within
SUMO's seed range widened by 2 standard deviations, the correlation of the two Δ, the vehicles diverted (sum of
positive Δ), and the share where the two Δ differ by less than GEH 5 (on the closure flows). Writes closure.json
into the case folder and prints it.

Usage: closure.py FLOWSIM CASE_DIR   (SUMO_HOME must be set)
"""
import csv
import json
import math
import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "calibration"))
from bench import run  # noqa: E402  (runs a command with its output in a log, exits on failure)

END = 3600
SLICE = 900
SEEDS = (42, 43, 44)


def sumo_flows(path):
    """{edge: vehicles leaving it in [0, END)} from a SUMO edgeData file."""
    flows = {}
    for interval in ET.parse(path).getroot().iter("interval"):
        if float(interval.get("begin")) >= END:
            continue
        for edge in interval.iter("edge"):
            if not edge.get("id").startswith(":"):
                flows[edge.get("id")] = flows.get(edge.get("id"), 0.0) + float(edge.get("left", 0))
    return flows


def flowsim_flows(run_dir):
    """{link: vehicles leaving it in [0, END)} from flowsim's link_timeseries.csv (flow in veh/h per interval)."""
    flows = {}
    with open(os.path.join(run_dir, "link_timeseries.csv")) as f:
        for row in csv.DictReader(f):
            start, end = float(row["interval_start_s"]), float(row["interval_end_s"])
            if start >= END:
                continue
            vehicles = float(row["flow_veh_h"]) * (min(end, END) - start) / 3600
            flows[row["link"]] = flows.get(row["link"], 0.0) + vehicles
    return flows


def sumo_run(sumo_home, net, routes, out, name, seed, closed=None, edges=()):
    add = os.path.join(out, name + ".add.xml")
    data = os.path.join(out, name + ".edgedata.xml")
    with open(add, "w") as f:
        f.write(f'<additional>\n  <edgeData id="ed" file="{data}" period="{SLICE}" begin="0" end="{END}"/>\n')
        if closed:
            # Vehicles are told of the closure on whatever edge they are (also at departure) and re-route.
            f.write(f'  <rerouter id="closure" edges="{" ".join(edges)}">\n'
                    f'    <interval begin="0" end="{END}"><closingReroute id="{closed}"/></interval>\n'
                    '  </rerouter>\n')
        f.write("</additional>\n")
    seconds = run([os.path.join(sumo_home, "bin", "sumo"), "-n", net, "-r", routes, "-a", add, "--no-step-log", "true",
                   "--duration-log.statistics", "true", "--seed", str(seed)], os.path.join(out, name + ".log"))
    return sumo_flows(data), seconds


def main():
    flowsim, case = sys.argv[1], os.path.abspath(sys.argv[2])
    sumo_home = os.environ["SUMO_HOME"]
    sys.path.append(os.path.join(sumo_home, "tools"))
    import sumolib

    out = os.path.join(case, "closure")
    os.makedirs(out, exist_ok=True)
    net_file = os.path.join(case, "osm.net.xml")
    truth_routes = os.path.join(case, "truth.rou.xml")
    calibrated = os.path.join(case, "flowsim-calibrate-equilibrium", "calibrated.rou.xml")
    base = sumo_flows(os.path.join(case, "truth.edgedata.xml"))  # to rank the edges
    net = sumolib.net.readNet(net_file)
    trips = [(t.get("from"), t.get("to")) for t in ET.parse(truth_routes).getroot().iter("trip")]

    # The closed edge: the busiest one after which every truth trip that neither starts nor ends on it still has a
    # way (trips that do are left out of every run: a closure at their own door is no diversion).
    successors = {e.getID(): [o.getID() for o in e.getOutgoing() if o.allows("passenger")]
                  for e in net.getEdges() if e.allows("passenger")}

    def all_routable(without):
        destinations = {}
        for a, b in trips:
            if without not in (a, b):
                destinations.setdefault(a, set()).add(b)
        for origin, wanted in destinations.items():
            seen, stack = {origin}, [origin]
            while stack:
                for n in successors.get(stack.pop(), ()):
                    if n != without and n not in seen:
                        seen.add(n)
                        stack.append(n)
            if not wanted <= seen:
                return False
        return True

    closed = None
    for edge, _ in sorted(base.items(), key=lambda kv: (-kv[1], kv[0])):
        if edge in successors and all_routable(edge):
            closed = edge
            break
    if closed is None:
        sys.exit("no edge can be closed without cutting a trip off")

    # Both demands without the trips that start or end on the closed edge.
    def without_ends(source, target):
        tree = ET.parse(source)
        root = tree.getroot()
        dropped = 0
        for element in list(root):
            if element.tag == "trip":
                ends = (element.get("from"), element.get("to"))
            elif element.tag == "vehicle" and element.find("route") is not None:
                route = element.find("route").get("edges").split()
                ends = (route[0], route[-1])
            else:
                continue
            if closed in ends:
                root.remove(element)
                dropped += 1
        tree.write(target, encoding="UTF-8", xml_declaration=True)
        return dropped

    truth_kept = os.path.join(out, "truth.rou.xml")
    calibrated_kept = os.path.join(out, "calibrated.rou.xml")
    dropped = {"truth": without_ends(truth_routes, truth_kept), "calibrated": without_ends(calibrated, calibrated_kept)}
    truth_routes, calibrated = truth_kept, calibrated_kept
    edges = [e.getID() for e in net.getEdges() if not e.getID().startswith(":")]
    sumo_bases, sumo_closures, sumo_seconds = [], [], []
    for seed in SEEDS:
        sumo_bases.append(sumo_run(sumo_home, net_file, truth_routes, out, f"sumo-base-seed{seed}", seed)[0])
        flows, seconds = sumo_run(sumo_home, net_file, truth_routes, out, f"sumo-closure-seed{seed}", seed, closed, edges)
        sumo_closures.append(flows)
        sumo_seconds.append(seconds)

    measures = os.path.join(out, "closure.measures.json")
    json.dump({"measures": [{"id": "closure", "kind": "closure", "links": [closed], "begin_s": 0, "end_s": END}]},
              open(measures, "w"))
    # flowsim: the calibrated demand (the model a traffic centre would have) and, to tell calibration error from
    # model error, the truth's own trips routed by flowsim. Both teleport like SUMO (--time-to-teleport 300, SUMO's
    # default, with which the truth ran).
    runs = {}
    for demand, routes in [("calibrated", calibrated), ("truth-demand", truth_routes)]:
        for side, extra in [("base", []), ("closure", ["--measures", measures])]:
            name = f"flowsim-{demand}-{side}"
            run_dir = os.path.join(out, name)
            # Exit 5: a (local) gridlock was reported; the outputs are written and compared all the same.
            seconds = run([flowsim, "run", "--net", net_file, "--routes", routes, "--out", run_dir,
                           "--time-to-teleport", "300"] + extra, os.path.join(out, name + ".log"), allowed=(0, 5))
            summary = json.load(open(os.path.join(run_dir, "summary.json")))
            runs[name] = (flowsim_flows(run_dir), seconds, {
                k: summary.get(k) for k in ("vehicles_departed", "vehicles_arrived", "vehicles_unfinished",
                                            "vehicles_waiting_to_depart", "teleports")} | {
                "gridlock": summary["gridlock"]["detected"]})
        run([flowsim, "compare", os.path.join(out, f"flowsim-{demand}-base"),
             os.path.join(out, f"flowsim-{demand}-closure"), "--out", os.path.join(out, f"flowsim-{demand}-compare")],
            os.path.join(out, f"flowsim-{demand}-compare.log"))

    base = mean_flows(sumo_bases)
    results = {"closed_edge": closed, "trips_left_out_with_an_end_on_it": dropped, "sumo_seeds": list(SEEDS),
               "sumo_closed_edge_vehicles": base.get(closed, 0.0), "sumo_seconds": sumo_seconds,
               "flowsim_runs": {k: v[2] | {"seconds": v[1]} for k, v in runs.items()}, "models": {}}
    for demand in ("calibrated", "truth-demand"):
        results["models"][demand] = judge(sumo_bases, sumo_closures, runs[f"flowsim-{demand}-base"][0],
                                          runs[f"flowsim-{demand}-closure"][0], closed)
    json.dump(results, open(os.path.join(case, "closure.json"), "w"), indent=2)
    brief = {k: v for k, v in results.items() if k != "models"}
    brief["models"] = {d: {k: v for k, v in m.items() if k != "edges"} for d, m in results["models"].items()}
    print(json.dumps(brief, indent=2))
    for demand, m in results["models"].items():
        print(f"largest changes, flowsim on the {demand} (edge, mean Δ SUMO ± seed sd, Δ flowsim):")
        for r in m["edges"][:10]:
            print(f"  {r['edge']:>20} {r['delta_sumo']:8.0f} ± {r['sumo_seed_sd']:4.0f} {r['delta_flowsim']:8.0f}")


def mean_flows(runs):
    """{edge: mean over runs of the vehicles leaving it} (an edge missing from a run counts 0 there)."""
    edges = set().union(*runs)
    return {e: sum(r.get(e, 0.0) for r in runs) / len(runs) for e in edges}


def judge(bases, closures, fbase, fclosure, closed):
    """The closure's changes in SUMO (per seed pair: closure − base) and in one flowsim model, edge by edge."""
    base, sumo_closure = mean_flows(bases), mean_flows(closures)
    all_edges = sorted(set(base) | set(sumo_closure) | set(fbase) | set(fclosure))
    n = len(bases)
    rows = []
    for e in all_edges:
        deltas = [c.get(e, 0.0) - b.get(e, 0.0) for b, c in zip(bases, closures)]
        d_sumo = sum(deltas) / n
        sd = math.sqrt(sum((d - d_sumo) ** 2 for d in deltas) / (n - 1)) if n > 1 else 0.0
        d_flowsim = fclosure.get(e, 0.0) - fbase.get(e, 0.0)
        rows.append((e, d_sumo, d_flowsim, sd, sumo_closure.get(e, 0.0), fclosure.get(e, 0.0), min(deltas),
                     max(deltas)))
    changed = [r for r in rows if abs(r[1]) >= 30 and abs(r[1]) >= 2 * r[3] / math.sqrt(n)]

    def pearson(xs, ys):
        n = len(xs)
        if n < 3:
            return float("nan")
        mx, my = sum(xs) / n, sum(ys) / n
        sx = math.sqrt(sum((x - mx) ** 2 for x in xs))
        sy = math.sqrt(sum((y - my) ** 2 for y in ys))
        return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / (sx * sy) if sx > 0 and sy > 0 else float("nan")

    def geh(m, c):
        return 0.0 if m + c == 0 else math.sqrt(2 * (m - c) ** 2 / (m + c))

    same_sign = sum(1 for r in changed if r[2] * r[1] > 0)
    within_spread = sum(1 for r in changed if r[6] - 2 * r[3] <= r[2] <= r[7] + 2 * r[3])
    # GEH of the closure-run flows, with flowsim's base error taken out: base SUMO + Δ flowsim vs closure SUMO.
    # (A flowsim change larger than SUMO's base flow would make that negative: no flow is less than none.)
    geh_ok = sum(1 for r in changed if geh(max(0.0, base.get(r[0], 0.0) + r[2]), r[4]) < 5)
    return {
        "closed_edge_vehicles_base": fbase.get(closed, 0.0), "closed_edge_vehicles_closure": fclosure.get(closed, 0.0),
        "changed_edges": len(changed),
        "same_sign_share": same_sign / len(changed) if changed else float("nan"),
        "within_sumo_seed_spread_share": within_spread / len(changed) if changed else float("nan"),
        "delta_correlation": pearson([r[1] for r in changed], [r[2] for r in changed]),
        "delta_correlation_all_edges": pearson([r[1] for r in rows], [r[2] for r in rows]),
        "sum_of_increases_on_changed_edges": {"sumo": sum(r[1] for r in changed if r[1] > 0),
                                              "flowsim": sum(r[2] for r in changed if r[1] > 0)},
        "geh5_share_on_changed": geh_ok / len(changed) if changed else float("nan"),
        "edges": [{"edge": r[0], "delta_sumo": r[1], "delta_flowsim": r[2], "sumo_seed_sd": r[3],
                   "delta_sumo_min": r[6], "delta_sumo_max": r[7]}
                  for r in sorted(changed, key=lambda r: -abs(r[1]))],
    }


if __name__ == "__main__":
    main()
