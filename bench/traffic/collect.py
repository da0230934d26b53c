#!/usr/bin/env python3
"""Turn one tool's outputs into the run JSON that report.py reads.

  collect.py flowsim OUT_DIR  --scenario S --tool T --process-wall W [--note N] > run.json
  collect.py sumo    STATS_XML TRIPINFO_XML --scenario S --tool T --process-wall W [--note N] > run.json
  collect.py uxsim   JSON_LINE_FILE --scenario S --tool T --process-wall W [--note N] > run.json

flowsim: summary.json (wall_time_s = simulation loop, vehicle_seconds_simulated, vehicles_arrived,
  trips_total, mean_travel_time_s). SUMO: --statistic-output's performance clockDuration (SUMO's own
  simulation time, loading excluded) and the tripinfo file written with --tripinfo-output.write-unfinished:
  completed = trips with arrival ≥ 0, mean travel time over those, vehicle-seconds = Σ duration of all.
UXsim: the JSON line printed by grid_uxsim.py / sumo_uxsim.py (exec_simulation time).
"""
import argparse
import json
import sys
import xml.etree.ElementTree as ET


def main():
    p = argparse.ArgumentParser()
    p.add_argument("kind", choices=["flowsim", "sumo", "uxsim"])
    p.add_argument("paths", nargs="+")
    p.add_argument("--scenario", required=True)
    p.add_argument("--tool", required=True)
    p.add_argument("--process-wall", type=float, required=True)
    p.add_argument("--note", default="")
    a = p.parse_args()
    r = {"scenario": a.scenario, "tool": a.tool, "process_wall_s": a.process_wall, "note": a.note}
    if a.kind == "flowsim":
        with open(a.paths[0] + "/summary.json") as f:
            s = json.load(f)
        r.update(sim_wall_s=s["wall_time_s"], vehicle_seconds=s["vehicle_seconds_simulated"],
                 completed=s["vehicles_arrived"], vehicles=s.get("trips_total", s["vehicles_departed"]),
                 mean_travel_time_s=s["mean_travel_time_s"])
        if s.get("gridlock", {}).get("detected"):
            r["note"] = (r["note"] + "; " if r["note"] else "") + "flowsim reported gridlock"
    elif a.kind == "sumo":
        perf = ET.parse(a.paths[0]).getroot().find("performance")
        completed, total_tt, veh_s, n = 0, 0.0, 0.0, 0
        for ti in ET.parse(a.paths[1]).getroot().iter("tripinfo"):
            n += 1
            d = float(ti.get("duration"))
            veh_s += max(d, 0.0)
            if float(ti.get("arrival")) >= 0:
                completed += 1
                total_tt += d
        tele = ET.parse(a.paths[0]).getroot().find("teleports")
        if tele is not None and int(tele.get("total", "0")):
            r["note"] = (r["note"] + "; " if r["note"] else "") + f'SUMO teleports: {tele.get("total")}'
        r.update(sim_wall_s=float(perf.get("clockDuration")), vehicle_seconds=veh_s, completed=completed,
                 vehicles=n, mean_travel_time_s=total_tt / completed if completed else 0.0)
    else:
        with open(a.paths[0]) as f:
            u = json.loads(f.read().strip().splitlines()[-1])
        r.update(sim_wall_s=u["wall_time_s"], vehicle_seconds=u["vehicle_seconds"], completed=u["completed"],
                 vehicles=u["vehicles"], mean_travel_time_s=u["mean_travel_time_s"])
    json.dump(r, sys.stdout)
    print()


if __name__ == "__main__":
    main()
