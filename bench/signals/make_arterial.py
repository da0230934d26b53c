#!/usr/bin/env python3
"""Writes the 5-intersection arterial for the signal benchmark as a SUMO network and route file.

Arterial W - J1 … J5 - E along x (300 m blocks, 1 lane per direction, 50 km/h), a side street N_i - J_i - S_i
through every junction (300 m arms, 1 lane per direction). Every junction is a fixed-time signal built by
netconvert (static program, default cycle 90 s, equal greens for both roads: the "original plan").
Demand: straight-through only, uniform departures for DEMAND seconds — ARTERIAL veh/h in each arterial
direction, SIDE veh/h in each side-street direction at every junction — so the original equal split
under-serves the arterial. Vehicles carry explicit routes (SUMO's tlsCycleAdaptation.py counts edge flows).

Usage: make_arterial.py OUT_DIR [--arterial 700] [--side 200] [--demand 3600]
"""
import argparse
import os
import subprocess
import sys

ap = argparse.ArgumentParser()
ap.add_argument("out")
ap.add_argument("--arterial", type=float, default=700)
ap.add_argument("--side", type=float, default=200)
ap.add_argument("--demand", type=float, default=3600)
ap.add_argument("--block", type=float, default=300)
args = ap.parse_args()
os.makedirs(args.out, exist_ok=True)
B = args.block
K = 5
speed = 13.89

nodes = [("W", 0, 0, "priority"), ("E", (K + 1) * B, 0, "priority")]
for i in range(1, K + 1):
    nodes += [(f"J{i}", i * B, 0, "traffic_light"), (f"N{i}", i * B, B, "priority"), (f"S{i}", i * B, -B, "priority")]
edges = []
chain = ["W"] + [f"J{i}" for i in range(1, K + 1)] + ["E"]
for a, b in zip(chain, chain[1:]):
    edges += [(f"{a}{b}", a, b), (f"{b}{a}", b, a)]
for i in range(1, K + 1):
    for side in ("N", "S"):
        edges += [(f"{side}{i}J{i}", f"{side}{i}", f"J{i}"), (f"J{i}{side}{i}", f"J{i}", f"{side}{i}")]

with open(os.path.join(args.out, "arterial.nod.xml"), "w") as f:
    f.write("<nodes>\n")
    for n, x, y, t in nodes:
        f.write(f'  <node id="{n}" x="{x}" y="{y}" type="{t}"/>\n')
    f.write("</nodes>\n")
with open(os.path.join(args.out, "arterial.edg.xml"), "w") as f:
    f.write("<edges>\n")
    for e, a, b in edges:
        f.write(f'  <edge id="{e}" from="{a}" to="{b}" numLanes="1" speed="{speed}"/>\n')
    f.write("</edges>\n")
net = os.path.join(args.out, "arterial.net.xml")
subprocess.run(
    ["netconvert", "-n", os.path.join(args.out, "arterial.nod.xml"), "-e", os.path.join(args.out, "arterial.edg.xml"),
     "-o", net, "--no-turnarounds", "--tls.default-type", "static", "--tls.cycle.time", "90",
     "--junctions.corner-detail", "0", "--offset.disable-normalization"],
    check=True, stdout=subprocess.DEVNULL)

routes = []  # (id prefix, edges, veh/h)
east = [f"{a}{b}" for a, b in zip(chain, chain[1:])]
west = [f"{b}{a}" for a, b in reversed(list(zip(chain, chain[1:])))]
routes += [("we", east, args.arterial), ("ew", west, args.arterial)]
for i in range(1, K + 1):
    routes += [(f"ns{i}", [f"N{i}J{i}", f"J{i}S{i}"], args.side), (f"sn{i}", [f"S{i}J{i}", f"J{i}N{i}"], args.side)]
vehicles = []
for name, path, rate in routes:
    h = 3600 / rate
    k = 0
    while k * h < args.demand:
        vehicles.append((round(k * h, 2), f"{name}.{k}", path))
        k += 1
vehicles.sort(key=lambda v: (v[0], v[1]))
with open(os.path.join(args.out, "arterial.rou.xml"), "w") as f:
    f.write('<routes>\n  <vType id="car" length="5" minGap="2.5" accel="2.6" decel="4.5" sigma="0"/>\n')
    for t, vid, path in vehicles:
        f.write(f'  <vehicle id="{vid}" type="car" depart="{t:.2f}" departLane="best" departSpeed="max">'
                f'<route edges="{" ".join(path)}"/></vehicle>\n')
    f.write("</routes>\n")
print(f"{net}: {len(nodes)} nodes, {len(edges)} edges; {len(vehicles)} vehicles", file=sys.stderr)
