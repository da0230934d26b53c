#!/usr/bin/env python3
"""Run a flowsim grid scenario (files of `flowsim grid --write-scenario DIR`) in UXsim and print one JSON line.

Network: one UXsim node per flowsim node (same coordinates), one link per flowsim link with its length,
free-flow speed, jam density (veh/km/lane → veh/m), lanes, and capacity_out = the flowsim link capacity
(1800 veh/h/lane; UXsim's own capacity from its reaction time of 1 s would be ~2400–2650 veh/h/lane).
UXsim has no movement list: every turn is allowed at every node, including U-turns, which flowsim's grid
does not have (shortest paths never use them, DUO routing rarely does).
Signals: a node with a flowsim plan gets UXsim phases cut at every green start/end; a link belongs to the
phase(s) in which its approach group is green, and the gaps between greens (flowsim's lost time) are
phases in which no link has green. UXsim signals have no yellow, and no conflict between turning flows.
Demand: UXsim's demand is node-to-node, so every flowsim flow (entry link → exit link) becomes
adddemand(upstream node of the entry link, downstream node of the exit link, begin, end, veh/h / 3600)
— UXsim releases such demand at a constant rate in platoons of `deltan` vehicles, not Poisson.
Routing: UXsim's default dynamic user-optimal route choice (flowsim: shortest free-flow path at departure).

Output (stdout, last line): JSON with tool, mode, deltan, wall_time_s (exec_simulation only),
build_time_s, analysis_time_s, vehicles (trips), completed, mean_travel_time_s, vehicle_seconds.
UXsim's travel time counts from the scheduled departure (waiting at the origin included).
"""
import argparse
import json
import os
import sys
import time


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("scenario_dir")
    p.add_argument("--cpp", action="store_true", help="UXsim's C++ engine (World(..., cpp=True))")
    p.add_argument("--deltan", type=int, default=5, help="platoon size (UXsim default 5; 1 = individual vehicles)")
    p.add_argument("--no-signals", action="store_true")
    p.add_argument("--seed", type=int, default=42)
    a = p.parse_args()

    t_start = time.perf_counter()
    import uxsim

    with open(os.path.join(a.scenario_dir, "scenario.json")) as f:
        scenario = json.load(f)
    with open(os.path.join(a.scenario_dir, scenario["network"])) as f:
        network = json.load(f)
    plans = {}
    if scenario.get("signals") and not a.no_signals:
        with open(os.path.join(a.scenario_dir, scenario["signals"])) as f:
            plans = {pl["node"]: pl for pl in json.load(f)["plans"]}

    W = uxsim.World(
        name="", deltan=a.deltan, tmax=scenario["duration_s"], print_mode=0, save_mode=0, show_mode=0,
        show_progress=0, random_seed=a.seed, cpp=a.cpp)

    # Signal phases per node: cut the cycle at every green start/end.
    phase_of = {}  # node -> {group id -> [phase indices]}
    for n in network["nodes"]:
        plan = plans.get(n["id"])
        if plan is None:
            W.addNode(n["id"], n["x"], n["y"])
            continue
        cycle = plan["cycle_s"]
        cuts = {0.0, cycle}
        for g in plan["groups"]:
            for s, e in g["green"]:
                cuts.update({s % cycle, e % cycle})
        cuts = sorted(cuts)
        durations, groups = [], {g["id"]: [] for g in plan["groups"]}
        for a0, b0 in zip(cuts, cuts[1:]):
            if b0 - a0 <= 1e-9:
                continue
            mid = (a0 + b0) / 2
            for g in plan["groups"]:
                if any(s <= mid < e for s, e in g["green"]):
                    groups[g["id"]].append(len(durations))
            durations.append(b0 - a0)
        phase_of[n["id"]] = groups
        # UXsim's signal_offset: seconds the cycle is advanced; flowsim's offset delays it.
        W.addNode(n["id"], n["x"], n["y"], signal=durations, signal_offset=(-plan.get("offset_s", 0) or 0) % cycle)

    group_of = {}
    for m in network.get("movements") or []:
        if m.get("signal_group") is not None:
            group_of[m["from"]] = m["signal_group"]
    links = {}
    for l in network["links"]:
        lanes = l.get("lanes") or 1
        kwargs = {}
        to = l["to"]
        if to in phase_of and l["id"] in group_of:
            kwargs["signal_group"] = phase_of[to][group_of[l["id"]]]
        cap = l.get("capacity_veh_h") or 1800 * lanes
        W.addLink(
            l["id"], l["from"], l["to"], length=l["length_m"], free_flow_speed=l["free_flow_speed_mps"],
            jam_density_per_lane=(l.get("jam_density_veh_km_lane") or 150) / 1000, number_of_lanes=lanes,
            capacity_out=cap / 3600, **kwargs)
        links[l["id"]] = l

    trips = 0.0
    for fl in scenario["demand"].get("flows") or []:
        o = links[fl["origin"]]["from"]
        d = links[fl["destination"]]["to"]
        W.adddemand(o, d, fl["begin_s"], fl["end_s"], fl["vehicles_per_hour"] / 3600)
        trips += fl["vehicles_per_hour"] * (fl["end_s"] - fl["begin_s"]) / 3600
    t_built = time.perf_counter()

    W.exec_simulation()
    t_sim = time.perf_counter()

    W.analyzer.basic_analysis()
    an = W.analyzer
    completed = float(an.trip_completed)
    vehicles = float(an.trip_all)
    tmax = float(scenario["duration_s"])
    # Vehicle-seconds in the network: completed trips' travel times plus the time of unfinished vehicles
    # from their departure to the end of the run.
    veh_s = float(an.total_travel_time) if completed else 0.0
    for v in W.VEHICLES.values():
        if v.travel_time == -1 and v.state != "home":
            veh_s += max(0.0, tmax - float(v.departure_time_in_second)) * W.DELTAN
    t_end = time.perf_counter()
    print(json.dumps({
        "tool": "UXsim", "mode": "cpp" if a.cpp else "python", "deltan": a.deltan, "version": uxsim.__version__,
        "wall_time_s": t_sim - t_built, "build_time_s": t_built - t_start, "analysis_time_s": t_end - t_sim,
        "vehicles": vehicles, "completed": completed,
        "mean_travel_time_s": float(an.average_travel_time), "vehicle_seconds": veh_s,
        "demand_expected": trips,
    }))


if __name__ == "__main__":
    sys.exit(main())
