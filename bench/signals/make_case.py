#!/usr/bin/env python3
"""Writes a signal-benchmark case as a SUMO network (netconvert) and a route file with explicit routes.

arterial  5 signalised junctions J1…J5 on an east-west arterial (300 m blocks), a side street N_i–J_i–S_i through
          each; ARTERIAL veh/h per arterial direction, SIDE veh/h per side-street direction at every junction.
grid      4×4 signalised grid (netgenerate, 300 m blocks, 300 m approach streets at the fringe); straight-through
          flows along every row (ROW_RATES, per direction) and column (COLUMN_RATES, per direction).

One lane per direction, 50 km/h, straight-through demand only, uniform departures for DEMAND seconds. Every
junction gets netconvert's static program (90 s cycle, equal greens, 3 s amber): the "original plan", which
under-serves the busier road. Vehicles carry explicit routes (SUMO's tlsCycleAdaptation.py counts edge flows).

Usage: make_case.py arterial|grid OUT_DIR [--arterial 700] [--side 200] [--demand 3600]
"""
import argparse
import os
import subprocess
import sys

SPEED = 13.89
BLOCK = 300.0
TLS_OPTIONS = ["--no-turnarounds", "--tls.default-type", "static", "--tls.cycle.time", "90",
               "--junctions.corner-detail", "0", "--offset.disable-normalization"]


def arterial(out, args):
    k = 5
    nodes = [("W", 0, 0, "priority"), ("E", (k + 1) * BLOCK, 0, "priority")]
    for i in range(1, k + 1):
        nodes += [(f"J{i}", i * BLOCK, 0, "traffic_light"), (f"N{i}", i * BLOCK, BLOCK, "priority"),
                  (f"S{i}", i * BLOCK, -BLOCK, "priority")]
    chain = ["W"] + [f"J{i}" for i in range(1, k + 1)] + ["E"]
    edges = []
    for a, b in zip(chain, chain[1:]):
        edges += [(f"{a}{b}", a, b), (f"{b}{a}", b, a)]
    for i in range(1, k + 1):
        for side in ("N", "S"):
            edges += [(f"{side}{i}J{i}", f"{side}{i}", f"J{i}"), (f"J{i}{side}{i}", f"J{i}", f"{side}{i}")]
    with open(os.path.join(out, "case.nod.xml"), "w") as f:
        f.write("<nodes>\n" + "".join(f'  <node id="{n}" x="{x}" y="{y}" type="{t}"/>\n' for n, x, y, t in nodes)
                + "</nodes>\n")
    with open(os.path.join(out, "case.edg.xml"), "w") as f:
        f.write("<edges>\n" + "".join(
            f'  <edge id="{e}" from="{a}" to="{b}" numLanes="1" speed="{SPEED}"/>\n' for e, a, b in edges)
            + "</edges>\n")
    subprocess.run(["netconvert", "-n", os.path.join(out, "case.nod.xml"), "-e", os.path.join(out, "case.edg.xml"),
                    "-o", os.path.join(out, "case.net.xml")] + TLS_OPTIONS, check=True, stdout=subprocess.DEVNULL)
    east = [f"{a}{b}" for a, b in zip(chain, chain[1:])]
    west = [f"{b}{a}" for a, b in reversed(list(zip(chain, chain[1:])))]
    routes = [("we", east, args.arterial), ("ew", west, args.arterial)]
    for i in range(1, k + 1):
        routes += [(f"ns{i}", [f"N{i}J{i}", f"J{i}S{i}"], args.side), (f"sn{i}", [f"S{i}J{i}", f"J{i}N{i}"], args.side)]
    return routes


def grid(out, args):
    n = 4
    raw = os.path.join(out, "raw.net.xml")
    subprocess.run(["netgenerate", "--grid", "--grid.number", str(n), "--grid.length", str(BLOCK),
                    "--grid.attach-length", str(BLOCK), "-L", "1", "-S", str(SPEED), "--no-turnarounds", "-o", raw],
                   check=True, stdout=subprocess.DEVNULL)
    letters = "ABCD"
    inner = [f"{letters[c]}{r}" for c in range(n) for r in range(n)]
    subprocess.run(["netconvert", "-s", raw, "--tls.set", ",".join(inner), "-o", os.path.join(out, "case.net.xml")]
                   + TLS_OPTIONS, check=True, stdout=subprocess.DEVNULL)
    rows = [float(v) for v in args.row_rates.split(",")]
    columns = [float(v) for v in args.column_rates.split(",")]
    routes = []
    for r in range(n):  # row r: left{r} → A{r} … D{r} → right{r}
        path = [f"left{r}"] + [f"{letters[c]}{r}" for c in range(n)] + [f"right{r}"]
        east = [f"{a}{b}" for a, b in zip(path, path[1:])]
        west = [f"{b}{a}" for a, b in reversed(list(zip(path, path[1:])))]
        routes += [(f"row{r}e", east, rows[r]), (f"row{r}w", west, rows[r])]
    for c in range(n):  # column c: bottom{c} → X0 … X3 → top{c}
        path = [f"bottom{c}"] + [f"{letters[c]}{r}" for r in range(n)] + [f"top{c}"]
        north = [f"{a}{b}" for a, b in zip(path, path[1:])]
        south = [f"{b}{a}" for a, b in reversed(list(zip(path, path[1:])))]
        routes += [(f"col{c}n", north, columns[c]), (f"col{c}s", south, columns[c])]
    return routes


def write_routes(path, routes, demand):
    vehicles = []
    for name, edges, rate in routes:
        h = 3600 / rate
        k = 0
        while k * h < demand:
            vehicles.append((round(k * h, 2), f"{name}.{k}", edges))
            k += 1
    vehicles.sort(key=lambda v: (v[0], v[1]))
    with open(path, "w") as f:
        f.write('<routes>\n  <vType id="car" length="5" minGap="2.5" accel="2.6" decel="4.5" sigma="0"/>\n')
        for t, vid, edges in vehicles:
            f.write(f'  <vehicle id="{vid}" type="car" depart="{t:.2f}" departLane="best" departSpeed="max">'
                    f'<route edges="{" ".join(edges)}"/></vehicle>\n')
        f.write("</routes>\n")
    return len(vehicles)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("case", choices=["arterial", "grid"])
    ap.add_argument("out")
    ap.add_argument("--arterial", type=float, default=700)
    ap.add_argument("--side", type=float, default=200)
    ap.add_argument("--row-rates", default="700,500,400,300")
    ap.add_argument("--column-rates", default="150,250,200,300")
    ap.add_argument("--demand", type=float, default=3600)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    routes = (arterial if args.case == "arterial" else grid)(args.out, args)
    count = write_routes(os.path.join(args.out, "case.rou.xml"), routes, args.demand)
    print(f"{args.case}: {count} vehicles", file=sys.stderr)


if __name__ == "__main__":
    main()
