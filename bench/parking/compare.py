#!/usr/bin/env python3
"""Compares one flowsim parking run with one SUMO run of the same twin (bench/parking/README.md).

flowsim: parking_vehicles.csv (outcome, facility, park_time_s, route_changes) of `flowsim parking`.
SUMO: stops.xml (--stop-output with write-unfinished: parkingArea and start of each stop) and tripinfo.xml
(rerouteNo). Prints one JSON line: final occupancy of S and P, number of rerouted vehicles, and the mean
absolute difference of the parking start per vehicle (flowsim parks at the end of the link, SUMO at its
stopping place with acceleration and braking, so a few seconds are expected).
"""
import csv
import json
import sys
import xml.etree.ElementTree as ET

flowsim_dir, sumo_dir = sys.argv[1], sys.argv[2]
f_occ = {"S": 0, "P": 0}
f_start = {}
f_rerouted = 0
for row in csv.DictReader(open(f"{flowsim_dir}/parking_vehicles.csv")):
    if row["facility"]:
        f_occ[row["facility"]] += 1
        f_start[row["id"].replace("park.v.", "v.")] = float(row["park_time_s"])
    if row["outcome"] == "parked_car_park":
        f_rerouted += 1
s_occ = {"S": 0, "P": 0}
s_start = {}
for stop in ET.parse(f"{sumo_dir}/stops.xml").getroot().iter("stopinfo"):
    s_occ[stop.get("parkingArea")] += 1
    s_start[stop.get("id")] = float(stop.get("started"))
s_rerouted = sum(1 for t in ET.parse(f"{sumo_dir}/tripinfo.xml").getroot().iter("tripinfo") if int(t.get("rerouteNo", 0)) > 0)
common = sorted(set(f_start) & set(s_start))
diff = sum(abs(f_start[v] - s_start[v]) for v in common) / max(1, len(common))
print(json.dumps({"flowsim": {"S": f_occ["S"], "P": f_occ["P"], "rerouted": f_rerouted},
                  "sumo": {"S": s_occ["S"], "P": s_occ["P"], "rerouted": s_rerouted},
                  "vehicles_compared": len(common), "mean_abs_park_start_diff_s": round(diff, 1)}))
