"""Writes a priority T-junction (plain XML for netconvert) and Poisson trips for bench/junctions/run.sh.

Major road W–C–E (1 lane each way, 50 km/h), minor road S–C (1 lane each way) with priority lower, so the
minor approach gives way. Trips: major through traffic both ways at MAJOR veh/h each, minor left turns S→W
at LEFT veh/h and right turns S→E at RIGHT veh/h, Poisson arrivals over DEMAND seconds with a fixed seed.
With TYPE "stop" the junction is netconvert's `priority_stop`: the minor approach has a stop sign (link state
`s`), every minor vehicle stops at the stop line.
Usage: make_tjunction.py OUT_DIR MAJOR LEFT RIGHT DEMAND SEED [TYPE]     (TYPE: priority (default) or stop)
"""
import random
import sys
from pathlib import Path

out = Path(sys.argv[1])
major, left, right, demand = (float(a) for a in sys.argv[2:6])
seed = int(sys.argv[6])
kind = sys.argv[7] if len(sys.argv) > 7 else "priority"
junction_type = {"priority": "priority", "stop": "priority_stop"}[kind]
out.mkdir(parents=True, exist_ok=True)
(out / "t.nod.xml").write_text("""<nodes>
  <node id="W" x="-600" y="0"/> <node id="E" x="600" y="0"/> <node id="S" x="0" y="-600"/>
  <node id="C" x="0" y="0" type="%s"/>
</nodes>
""" % junction_type)
(out / "t.edg.xml").write_text("""<edges>
  <edge id="WC" from="W" to="C" numLanes="1" speed="13.89" priority="3"/>
  <edge id="CW" from="C" to="W" numLanes="1" speed="13.89" priority="3"/>
  <edge id="EC" from="E" to="C" numLanes="1" speed="13.89" priority="3"/>
  <edge id="CE" from="C" to="E" numLanes="1" speed="13.89" priority="3"/>
  <edge id="SC" from="S" to="C" numLanes="1" speed="13.89" priority="1"/>
  <edge id="CS" from="C" to="S" numLanes="1" speed="13.89" priority="1"/>
</edges>
""")
rng = random.Random(seed)
trips = []
for name, (frm, to), rate in [("we", ("WC", "CE"), major), ("ew", ("EC", "CW"), major),
                              ("sw", ("SC", "CW"), left), ("se", ("SC", "CE"), right)]:
    if rate <= 0:
        continue
    t, i = 0.0, 0
    while True:
        t += rng.expovariate(rate / 3600.0)
        if t >= demand:
            break
        trips.append((t, f"{name}{i}", frm, to))
        i += 1
trips.sort()
lines = ['<routes>', '  <vType id="car" length="5" minGap="2.5" sigma="0"/>']
for t, vid, frm, to in trips:
    lines.append(f'  <trip id="{vid}" type="car" depart="{t:.2f}" from="{frm}" to="{to}" departLane="best" departSpeed="max"/>')
lines.append('</routes>')
(out / "t.rou.xml").write_text("\n".join(lines) + "\n")
