#!/usr/bin/env python3
"""Queue discharge headway of SUMO vehicle types at a stop line, the measurement behind flowsim's saturation flow
per vehicle type (Sources/TrafficStudies/Import/SUMOVehicleTypes.swift).

A single-lane approach of 1000 m at 50 km/h to a light that is red for 150 s and then green; 60 vehicles of the
type depart 2 s apart, so all of them queue. The headway is the mean gap between the stop-line crossings
(vehroute exit times of the approach) of the 5th to the 35th vehicle, averaged over 3 seeds; flowsim's formula
h = tau + (length + minGap) / 10.4 + 0.53 * sigma is printed next to it.

Then the speed limit: SUMO's default type on the same approach at 20-80 km/h (red 600 s, so that all 60 vehicles
queue at every speed). The vehicles leave the line well below the limit; the discharge speed
v_d = (length + minGap) / (h - tau - 0.53 sigma) is printed per speed, the table behind
SUMOVehicleTypes.dischargeSpeed(atSpeedLimit:).

Last the start-up loss at each limit: the crossing times t_k of the k-th vehicle after the green, and the loss
mean over k = 8..15 of t_k - t_0 - k h (h that seed's steady headway, 5th to 35th), 10 seeds: the table behind
SimulationConfiguration.StopAndGo.startUpLoss(approachSpeed:).

Usage: python3 bench/signals/saturation.py [OUT_DIR]   (SUMO from pip: pip install eclipse-sumo)
"""
import os
import re
import statistics
import subprocess
import sys
import xml.etree.ElementTree as ET

TYPES = {
    "default": "", "sigma 0": 'sigma="0"', "sigma 0.25": 'sigma="0.25"', "tau 1.2": 'tau="1.2"',
    "sigma 0, tau 1.5": 'sigma="0" tau="1.5"', "length 7.5": 'length="7.5"', "sigma 0, length 10": 'sigma="0" length="10"',
    "accel 2.0": 'accel="2.0"',
}
DEFAULT = dict(length=5.0, minGap=2.5, accel=2.6, decel=4.5, sigma=0.5, tau=1.0)


def run(cmd, cwd):
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    import sumo
    home = sumo.SUMO_HOME
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "out", "saturation")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "n.nod.xml"), "w") as f:
        f.write('<nodes><node id="A" x="0" y="0"/><node id="B" x="1000" y="0" type="traffic_light"/>'
                '<node id="C" x="1500" y="0"/></nodes>\n')
    approach(home, out, 13.89, 150)
    print("| vType (SUMO default: tau 1, sigma 0.5, length 5, minGap 2.5, accel 2.6) | headway s (seeds) | veh/h | formula s |")
    print("|---|---|---:|---:|")
    for name, extra in TYPES.items():
        params = dict(DEFAULT)
        for k, v in re.findall(r'(\w+)="([^"]*)"', extra):
            params[k] = float(v)
        attrs = " ".join(f'{k}="{v}"' for k, v in params.items())
        rou = os.path.join(out, "t.rou.xml")
        with open(rou, "w") as f:
            f.write(f'<routes>\n <vType id="t" {attrs}/>\n')
            for i in range(60):
                f.write(f' <vehicle id="v{i}" type="t" depart="{i * 2}" departSpeed="max"><route edges="AB BC"/></vehicle>\n')
            f.write("</routes>\n")
        headways = discharge(home, out, 150)
        h = statistics.mean(headways)
        formula = params["tau"] + (params["length"] + params["minGap"]) / 10.4 + 0.53 * params["sigma"]
        print(f"| {name} | {h:.3f} ({', '.join(f'{x:.3f}' for x in headways)}) | {3600 / h:.0f} | {formula:.3f} |")

    print()
    print("| speed limit km/h (default type, red 600 s) | headway s (seeds) | veh/h | discharge speed m/s |")
    print("|---:|---|---:|---:|")
    with open(os.path.join(out, "t.rou.xml"), "w") as f:
        f.write('<routes>\n')
        for i in range(60):
            f.write(f' <vehicle id="v{i}" depart="{i * 2}" departSpeed="max"><route edges="AB BC"/></vehicle>\n')
        f.write("</routes>\n")
    d = DEFAULT
    for kmh in (20, 30, 40, 50, 60, 70, 80):
        approach(home, out, kmh / 3.6, 600)
        headways = discharge(home, out, 600)
        h = statistics.mean(headways)
        vd = (d["length"] + d["minGap"]) / (h - d["tau"] - 0.53 * d["sigma"])
        print(f"| {kmh} | {h:.3f} ({', '.join(f'{x:.3f}' for x in headways)}) | {3600 / h:.0f} | {vd:.2f} |")

    print()
    print("| speed limit km/h (default type, red 600 s) | start-up loss s (mean over 10 seeds) | sd |")
    print("|---:|---:|---:|")
    for kmh in (20, 30, 40, 50, 60, 70, 80):
        approach(home, out, kmh / 3.6, 600)
        losses = []
        for seed in range(1, 11):
            q = crossings(home, out, 600, seed)
            h = (q[34] - q[4]) / 30
            losses.append(statistics.mean(q[k] - q[0] - k * h for k in range(8, 16)))
        print(f"| {kmh} | {statistics.mean(losses):.2f} | {statistics.stdev(losses):.2f} |")


def approach(home, out, speed, red):
    """The 1000 m single-lane approach at `speed` m/s to a light red for `red` s, then green for 300 s."""
    with open(os.path.join(out, "n.edg.xml"), "w") as f:
        f.write(f'<edges><edge id="AB" from="A" to="B" numLanes="1" speed="{speed:.2f}"/>'
                f'<edge id="BC" from="B" to="C" numLanes="1" speed="{speed:.2f}"/></edges>\n')
    with open(os.path.join(out, "tls.add.xml"), "w") as f:
        f.write('<additional><tlLogic id="B" type="static" programID="p" offset="0">'
                f'<phase duration="{red}" state="r"/><phase duration="300" state="G"/></tlLogic></additional>\n')
    run([os.path.join(home, "bin", "netconvert"), "-n", "n.nod.xml", "-e", "n.edg.xml", "-o", "sat.net.xml",
         "--no-turnarounds"], out)


def crossings(home, out, red, seed):
    """Stop-line crossing times (exits from the approach) at or after the green at `red`, sorted."""
    run([os.path.join(home, "bin", "sumo"), "-n", "sat.net.xml", "-r", "t.rou.xml", "-a", "tls.add.xml",
         "--end", str(red + 300), "--seed", str(seed), "--time-to-teleport", "-1", "--no-step-log", "--no-warnings",
         "--vehroute-output", "vr.xml", "--vehroute-output.exit-times"], out)
    times = sorted(float(v.find("route").get("exitTimes").split()[0])
                   for v in ET.parse(os.path.join(out, "vr.xml")).getroot().iter("vehicle"))
    return [t for t in times if t >= red]


def discharge(home, out, red):
    """Mean headway of the 5th to 35th stop-line crossing after the green at `red`, per seed 1-3."""
    headways = []
    for seed in (1, 2, 3):
        q = crossings(home, out, red, seed)
        headways.append(statistics.mean(q[i + 1] - q[i] for i in range(4, 34)))
    return headways


if __name__ == "__main__":
    main()
