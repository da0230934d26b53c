#!/usr/bin/env python3
"""The parking cross-check network in both formats (see bench/parking/README.md).

A street with a one-way loop around its block and a dead-end car park access, the network of
Tests/TrafficStudiesTests/Parking/ParkingTests.swift at 10 m/s:

    in: a(-200,0) -> b (200 m), street: b -> c (100 m), up: c -> d, back: d -> e, down: e -> b,
    garage: c -> g (100 m each); movements in->street, street->up, up->back, back->down,
    down->street, street->garage.

Supply: on-street area S on `street` (CAPACITY spaces), car park P on `garage` (100 spaces).
Demand: COUNT vehicles in -> street, one every HEADWAY s, parking for longer than the run.

Writes into --out:
  flowsim/scenario.json, flowsim/network.json   flowsim parking scenario (search tolerance 0, theta 1:
                                                 a full street sends drivers straight to the car park)
  sumo/loop.nod.xml, .edg.xml, .con.xml -> loop.net.xml (netconvert), loop.add.xml (parkingAreas S and
  P, a rerouter on `in`, `street` and `garage` with visible parkingAreaReroute S, P), loop.rou.xml (each
  vehicle stops in S; arrivalPos inside S so that a rerouted route may end in P - the garage is a dead end,
  and SUMO otherwise needs a way back to the original destination).
"""
import argparse
import json
import os
import subprocess

NODES = [("a", -200, 0), ("b", 0, 0), ("c", 100, 0), ("d", 100, 100), ("e", 0, 100), ("g", 200, 0)]
LINKS = [("in", "a", "b", 200), ("street", "b", "c", 100), ("up", "c", "d", 100), ("back", "d", "e", 100),
         ("down", "e", "b", 100), ("garage", "c", "g", 100)]
MOVES = [("in", "street"), ("street", "up"), ("up", "back"), ("back", "down"), ("down", "street"),
         ("street", "garage")]
SPEED = 10.0


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--out", required=True)
    p.add_argument("--capacity", type=int, default=10)
    p.add_argument("--count", type=int, default=15)
    p.add_argument("--headway", type=float, default=40)
    a = p.parse_args()
    xy = {n: (x, y) for n, x, y in NODES}
    fdir = os.path.join(a.out, "flowsim")
    sdir = os.path.join(a.out, "sumo")
    os.makedirs(fdir, exist_ok=True)
    os.makedirs(sdir, exist_ok=True)

    network = {
        "nodes": [{"id": n, "x": x, "y": y} for n, x, y in NODES],
        "links": [{"id": l, "from": f, "to": t, "length_m": length, "lanes": 1, "free_flow_speed_mps": SPEED,
                   "capacity_veh_h": 1800, "jam_density_veh_km_lane": 150,
                   "geometry": [list(xy[f]), list(xy[t])]} for l, f, t, length in LINKS],
        "movements": [{"from": f, "to": t, "lanes": 1} for f, t in MOVES],
    }
    json.dump(network, open(os.path.join(fdir, "network.json"), "w"), indent=1)
    duration = a.count * a.headway + 600
    scenario = {
        "name": "parking-loop", "network": "network.json",
        "demand": {"trips": []}, "duration_s": duration, "output_interval_s": 60,
        "parking": {
            "supply": {"on_street": [{"id": "S", "link": "street", "capacity": {"general": a.capacity}}],
                       "car_parks": [{"id": "P", "entrance": "garage", "capacity": 100}]},
            "demand": [{"id": "v", "origin": "in", "destination": "street", "begin_s": 0,
                        "end_s": a.count * a.headway, "vehicles_per_hour": 3600 / a.headway,
                        "distribution": "uniform", "mean_dwell_s": 1e7}],
            "search_tolerance_s": 0, "saturation_threshold": 1.0, "initial_occupancy": 0},
    }
    json.dump(scenario, open(os.path.join(fdir, "scenario.json"), "w"), indent=1)

    with open(os.path.join(sdir, "loop.nod.xml"), "w") as f:
        f.write("<nodes>\n")
        for n, x, y in NODES:
            f.write(f'  <node id="{n}" x="{x}" y="{y}" type="priority"/>\n')
        f.write("</nodes>\n")
    with open(os.path.join(sdir, "loop.edg.xml"), "w") as f:
        f.write("<edges>\n")
        for l, fr, to, length in LINKS:
            f.write(f'  <edge id="{l}" from="{fr}" to="{to}" numLanes="1" speed="{SPEED}" length="{length}"/>\n')
        f.write("</edges>\n")
    with open(os.path.join(sdir, "loop.con.xml"), "w") as f:
        f.write("<connections>\n")
        for fr, to in MOVES:
            f.write(f'  <connection from="{fr}" to="{to}"/>\n')
        f.write("</connections>\n")
    subprocess.run(["netconvert", "-n", "loop.nod.xml", "-e", "loop.edg.xml", "-x", "loop.con.xml",
                    "--no-turnarounds", "true", "-o", "loop.net.xml", "--no-warnings", "true"],
                   cwd=sdir, check=True, stdout=subprocess.DEVNULL)
    with open(os.path.join(sdir, "loop.add.xml"), "w") as f:
        f.write(f"""<additional>
  <parkingArea id="S" lane="street_0" startPos="5" endPos="95" roadsideCapacity="{a.capacity}"/>
  <parkingArea id="P" lane="garage_0" startPos="5" endPos="95" roadsideCapacity="100"/>
  <rerouter id="rr" edges="in street garage">
    <interval begin="0" end="{duration}">
      <parkingAreaReroute id="S" visible="true"/>
      <parkingAreaReroute id="P" visible="true"/>
    </interval>
  </rerouter>
</additional>
""")
    with open(os.path.join(sdir, "loop.rou.xml"), "w") as f:
        f.write("<routes>\n")
        for k in range(a.count):
            f.write(f'  <vehicle id="v.{k}" depart="{k * a.headway:.2f}" departSpeed="max" arrivalPos="50">\n'
                    f'    <route edges="in street"/>\n'
                    f'    <stop parkingArea="S" duration="10000000"/>\n  </vehicle>\n')
        f.write("</routes>\n")
    print(json.dumps({"duration": duration}))


if __name__ == "__main__":
    main()
