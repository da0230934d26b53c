#!/usr/bin/env python3
"""Build the SUMO twin of a flowsim grid scenario (see bench/traffic/README.md).

Reads the files of `flowsim grid --write-scenario DIR` (scenario.json, network.json, signals.json) and writes,
into --out:
  grid.nod.xml, grid.edg.xml, grid.con.xml, grid.tll.xml   SUMO plain XML
  grid.net.xml                                            netconvert's network
  grid.rou.xml                                            the demand

Network: one SUMO node per flowsim node (same coordinates), one edge per link (same id, numLanes, speed,
explicit length so that SUMO's junction shapes do not shorten it), one connection per flowsim movement and
no others (so no U-turns). Nodes with a signal plan become `traffic_light` nodes whose tlLogic is built
from the plan: for every phase boundary of the green intervals a SUMO phase whose state gives each
connection 'G' while its group is green, 'y' for the group's lost time after its green ends (flowsim's
GridNetwork: effective green [0, C/2 - 3) and [C/2, C - 3), so the 3 s after each green are SUMO yellow),
and 'r' otherwise. Left turns get 'g' (green, must yield to the opposing through traffic) as netconvert
would give them: flowsim itself has no conflict between movements of the same green, SUMO does.
With --no-signals every interior node is a `priority` junction (all streets have the same priority, so
netconvert picks the straight-through pairs as main roads).

Demand (--demand):
  trips  (default) the exact trips of a flowsim run of the same scenario: ids, scheduled departures
         (depart - departDelay from its tripinfo.csv), origin and destination from the flow id
         ("<flow>.<k>"); this is only complete when every flowsim trip arrived (checked against
         summary.json: vehicles_departed == vehicles_arrived and no unfinished vehicles).
  flows  one SUMO <flow> per flowsim flow with period="exp(λ)" (SUMO's own Poisson process, other draws).
Vehicles depart with departSpeed="max" (flowsim puts a vehicle on its first link at free-flow speed).
"""
import argparse
import csv
import json
import math
import os
import subprocess
import sys
from xml.sax.saxutils import quoteattr


def load(scenario_dir):
    with open(os.path.join(scenario_dir, "scenario.json")) as f:
        scenario = json.load(f)
    with open(os.path.join(scenario_dir, scenario["network"])) as f:
        network = json.load(f)
    signals = {"plans": []}
    if scenario.get("signals"):
        with open(os.path.join(scenario_dir, scenario["signals"])) as f:
            signals = json.load(f)
    return scenario, network, signals


def turn_kind(links, frm, to):
    """'s', 'l' or 'r' for the movement frm → to, from the links' end points (y grows northwards)."""
    a, b = links[frm], links[to]
    ax, ay = a["_dx"], a["_dy"]
    bx, by = b["_dx"], b["_dy"]
    cross = ax * by - ay * bx
    dot = ax * bx + ay * by
    if dot > 0.5 * math.hypot(ax, ay) * math.hypot(bx, by):
        return "s"
    return "l" if cross > 0 else "r"


def write_plain(scenario, network, signals, out, signalised):
    nodes = {n["id"]: n for n in network["nodes"]}
    links = {l["id"]: l for l in network["links"]}
    for l in links.values():
        a, b = nodes[l["from"]], nodes[l["to"]]
        l["_dx"], l["_dy"] = b["x"] - a["x"], b["y"] - a["y"]
    plans = {p["node"]: p for p in signals.get("plans", [])} if signalised else {}
    movements = network.get("movements") or []

    with open(os.path.join(out, "grid.nod.xml"), "w") as f:
        f.write("<nodes>\n")
        for n in network["nodes"]:
            kind = "traffic_light" if n["id"] in plans else "priority"
            tl = f' tl={quoteattr(n["id"])}' if n["id"] in plans else ""
            f.write(f'  <node id={quoteattr(n["id"])} x="{n["x"]}" y="{n["y"]}" type="{kind}"{tl}/>\n')
        f.write("</nodes>\n")

    with open(os.path.join(out, "grid.edg.xml"), "w") as f:
        f.write("<edges>\n")
        for l in network["links"]:
            a, b = nodes[l["from"]], nodes[l["to"]]
            length = l.get("length_m") or math.hypot(b["x"] - a["x"], b["y"] - a["y"])
            f.write(
                f'  <edge id={quoteattr(l["id"])} from={quoteattr(l["from"])} to={quoteattr(l["to"])} '
                f'numLanes="{l.get("lanes") or 1}" speed="{l["free_flow_speed_mps"]}" length="{length}" '
                f'priority="1"/>\n')
        f.write("</edges>\n")

    # Connections: every movement, all lanes to all lanes (grid links here have one lane); the link index
    # inside a signalised node is the movement's position among that node's movements.
    per_node = {}
    with open(os.path.join(out, "grid.con.xml"), "w") as f:
        f.write("<connections>\n")
        for m in movements:
            node = links[m["from"]]["to"]
            lanes_from = links[m["from"]].get("lanes") or 1
            lanes_to = links[m["to"]].get("lanes") or 1
            for lane in range(min(lanes_from, lanes_to)):
                tl = ""
                if node in plans:
                    idx = len(per_node.setdefault(node, []))
                    per_node[node].append((m, turn_kind(links, m["from"], m["to"])))
                    tl = f' tl={quoteattr(node)} linkIndex="{idx}"'
                f.write(
                    f'  <connection from={quoteattr(m["from"])} to={quoteattr(m["to"])} fromLane="{lane}" '
                    f'toLane="{lane}"{tl}/>\n')
        f.write("</connections>\n")

    with open(os.path.join(out, "grid.tll.xml"), "w") as f:
        f.write("<tlLogics>\n")
        for node, plan in plans.items():
            cycle = plan["cycle_s"]
            groups = {g["id"]: g["green"] for g in plan["groups"]}
            conns = per_node.get(node, [])
            # Phase boundaries: green starts/ends, and end of the yellow that follows each green.
            lost = {}
            for gid, greens in groups.items():
                # Lost time after a green = gap to the next green of any other group (flowsim's "lost time").
                starts = sorted(s for og, gg in groups.items() if og != gid for s, _ in gg)
                for s, e in greens:
                    nxt = min([x for x in starts if x >= e] or [starts[0] + cycle if starts else e])
                    lost[(gid, e)] = min(nxt - e, 3.0) if nxt > e else 0.0
            cuts = {0.0, cycle}
            for gid, greens in groups.items():
                for s, e in greens:
                    cuts.update({s % cycle, e % cycle, (e + lost[(gid, e)]) % cycle})
            cuts = sorted(c for c in cuts if 0 <= c <= cycle)

            def state_at(t):
                chars = []
                for m, kind in conns:
                    g = m.get("signal_group")
                    ch = "r"
                    for s, e in groups.get(g, []):
                        if s <= t < e:
                            ch = "g" if kind == "l" else "G"
                        elif e <= t < e + lost[(g, e)]:
                            ch = "y"
                    if g is None:
                        ch = "O"  # unsignalised movement at a signalised node: off, yields by priority
                    chars.append(ch)
                return "".join(chars)

            offset = plan.get("offset_s", 0) or 0
            # SUMO's offset shifts the program's start: a positive flowsim offset (green later) is -offset here.
            f.write(f'  <tlLogic id={quoteattr(node)} type="static" programID="flowsim" offset="{-offset}">\n')
            for a, b in zip(cuts, cuts[1:]):
                if b - a <= 1e-9:
                    continue
                f.write(f'    <phase duration="{b - a:g}" state="{state_at((a + b) / 2)}"/>\n')
            f.write("  </tlLogic>\n")
        f.write("</tlLogics>\n")


def netconvert(out, sumo_bin):
    cmd = [
        os.path.join(sumo_bin, "netconvert"),
        "--node-files", "grid.nod.xml", "--edge-files", "grid.edg.xml",
        "--connection-files", "grid.con.xml", "--tllogic-files", "grid.tll.xml",
        "--no-turnarounds", "true", "--junctions.limit-turn-speed", "-1",
        "--output-file", "grid.net.xml", "--no-warnings", "true",
    ]
    subprocess.run(cmd, cwd=out, check=True)


def write_routes(scenario, out, demand, flowsim_run):
    flows = {fl["id"]: fl for fl in scenario["demand"].get("flows") or []}
    vtype = '  <vType id="car" departSpeed="max"/>\n'  # SUMO defaults otherwise (Krauss, 5 m, sigma 0.5)
    lines = []
    if demand == "trips":
        with open(os.path.join(flowsim_run, "summary.json")) as f:
            summary = json.load(f)
        if summary["vehicles_arrived"] != summary["vehicles_departed"] or summary.get("vehicles_unfinished", 0):
            sys.exit(f"grid_to_sumo: {flowsim_run} has unfinished trips; tripinfo.csv is incomplete, use --demand flows")
        trips = []
        with open(os.path.join(flowsim_run, "tripinfo.csv")) as f:
            for row in csv.DictReader(f):
                flow_id = row["id"].rsplit(".", 1)[0]
                fl = flows[flow_id]
                scheduled = float(row["depart"]) - float(row["departDelay"])
                trips.append((scheduled, row["id"], fl["origin"], fl["destination"]))
        trips.sort()
        for t, tid, o, d in trips:
            lines.append(f'  <trip id={quoteattr(tid)} type="car" depart="{t:.2f}" from={quoteattr(o)} to={quoteattr(d)}/>\n')
    else:
        for fl in flows.values():
            lam = fl["vehicles_per_hour"] / 3600.0
            lines.append(
                f'  <flow id={quoteattr(fl["id"])} type="car" begin="{fl["begin_s"]}" end="{fl["end_s"]}" '
                f'period="exp({lam:.8f})" from={quoteattr(fl["origin"])} to={quoteattr(fl["destination"])}/>\n')
        lines.sort(key=lambda s: 0)
    with open(os.path.join(out, "grid.rou.xml"), "w") as f:
        f.write("<routes>\n" + vtype + "".join(lines) + "</routes>\n")
    return len(lines)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("scenario_dir")
    p.add_argument("--out", required=True)
    p.add_argument("--demand", choices=["trips", "flows"], default="trips")
    p.add_argument("--flowsim-run", help="flowsim output folder of the same scenario (for --demand trips)")
    p.add_argument("--no-signals", action="store_true", help="priority junctions instead of the signal plans")
    p.add_argument("--sumo-bin", default=None)
    a = p.parse_args()
    if a.sumo_bin is None:
        import sumo
        a.sumo_bin = os.path.join(sumo.SUMO_HOME, "bin")
    os.makedirs(a.out, exist_ok=True)
    scenario, network, signals = load(a.scenario_dir)
    write_plain(scenario, network, signals, a.out, signalised=not a.no_signals)
    netconvert(a.out, a.sumo_bin)
    n = write_routes(scenario, a.out, a.demand, a.flowsim_run)
    print(f"grid_to_sumo: {a.out}/grid.net.xml, {a.out}/grid.rou.xml ({n} {a.demand})")


if __name__ == "__main__":
    main()
