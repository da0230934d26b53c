#!/usr/bin/env python3
"""Run a SUMO network (.net.xml) with SUMO trips (<trip from to depart>) in UXsim; print one JSON line.

Conversion (approximate, stated in the report):
  nodes  every junction that a kept edge touches (x, y from the .net.xml)
  links  every non-internal edge with at least one lane open to passenger cars: length and speed of its
         first such lane, number_of_lanes = such lanes, jam density 150 veh/km/lane, capacity_out
         1800 veh/h/lane (flowsim's defaults). Where several edges join the same two junctions only the
         fastest is kept (UXsim routes on a node adjacency matrix). Connections, turn restrictions, traffic
         lights and right of way are NOT converted: UXsim lets any incoming link feed any outgoing one and
         merges by capacity, so this is an unsignalised, unrestricted version of the network.
  trips  addVehicle(from-node of the from-edge, to-node of the to-edge, depart); trips whose edges were
         dropped are counted as skipped.
"""
import argparse
import json
import sys
import time
import xml.etree.ElementTree as ET


def passenger_ok(lane):
    allow = lane.get("allow")
    disallow = lane.get("disallow")
    if allow is not None:
        return "passenger" in allow.split()
    if disallow is not None:
        return "passenger" not in disallow.split()
    return True


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("net")
    p.add_argument("trips")
    p.add_argument("--duration", type=float, default=5400)
    p.add_argument("--cpp", action="store_true")
    p.add_argument("--deltan", type=int, default=1)
    p.add_argument("--seed", type=int, default=42)
    a = p.parse_args()
    t0 = time.perf_counter()
    import uxsim

    root = ET.parse(a.net).getroot()
    junctions = {j.get("id"): (float(j.get("x")), float(j.get("y"))) for j in root.iter("junction")}
    best = {}  # (from, to) -> (speed, edge id, length, lanes)
    edge_nodes = {}
    for e in root.iter("edge"):
        if e.get("function") == "internal":
            continue
        lanes = [l for l in e.iter("lane") if passenger_ok(l)]
        if not lanes:
            continue
        f, t = e.get("from"), e.get("to")
        if f == t:
            continue
        speed = float(lanes[0].get("speed"))
        length = max(float(lanes[0].get("length")), 1.0)
        key = (f, t)
        if key not in best or speed > best[key][0]:
            best[key] = (speed, e.get("id"), length, len(lanes))
        edge_nodes[e.get("id")] = key
    kept = {v[1] for v in best.values()}

    W = uxsim.World(name="", deltan=a.deltan, tmax=a.duration, print_mode=0, save_mode=0, show_mode=0,
                    show_progress=0, random_seed=a.seed, cpp=a.cpp)
    used = {n for key in best for n in key}
    for n in used:
        W.addNode(n, *junctions[n])
    for (f, t), (speed, eid, length, lanes) in best.items():
        W.addLink(eid, f, t, length=length, free_flow_speed=speed, jam_density_per_lane=0.15,
                  number_of_lanes=lanes, capacity_out=0.5 * lanes)
    added = skipped = 0
    for trip in ET.parse(a.trips).getroot().iter("trip"):
        fe, te = trip.get("from"), trip.get("to")
        if fe not in edge_nodes or te not in edge_nodes:
            skipped += 1
            continue
        o, d = edge_nodes[fe][0], edge_nodes[te][1]
        if o == d:
            skipped += 1
            continue
        W.addVehicle(o, d, float(trip.get("depart")))
        added += 1
    t1 = time.perf_counter()
    W.exec_simulation()
    t2 = time.perf_counter()
    W.analyzer.basic_analysis()
    an = W.analyzer
    completed = float(an.trip_completed)
    veh_s = float(an.total_travel_time) if completed else 0.0
    for v in W.VEHICLES.values():
        if v.travel_time == -1 and v.state != "home":
            veh_s += max(0.0, a.duration - float(v.departure_time_in_second)) * W.DELTAN
    print(json.dumps({
        "tool": "UXsim", "mode": "cpp" if a.cpp else "python", "deltan": a.deltan, "version": uxsim.__version__,
        "wall_time_s": t2 - t1, "build_time_s": t1 - t0, "nodes": len(used), "links": len(best),
        "edges_dropped_parallel": len(edge_nodes) - len(kept), "trips_added": added, "trips_skipped": skipped,
        "vehicles": float(an.trip_all), "completed": completed,
        "mean_travel_time_s": float(an.average_travel_time), "vehicle_seconds": veh_s,
    }))


if __name__ == "__main__":
    sys.exit(main())
