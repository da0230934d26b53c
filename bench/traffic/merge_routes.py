#!/usr/bin/env python3
"""Merge several SUMO route files into one, sorted by departure, for tools that read a single file
(flowsim run --routes) and so that SUMO and flowsim get the very same demand.

  merge_routes.py OUT.rou.xml IN1.rou.xml [IN2.rou.xml …]

Top-level vType / vTypeDistribution / route elements come first (each id once, first file wins), then
vehicle / trip / flow / person elements of all files ordered by depart (flows by begin), stable within
equal times. Comments (duarouter's configuration header) are dropped.
"""
import sys
import xml.etree.ElementTree as ET


def seconds(text):
    text = (text or "0").strip()
    try:
        return float(text)
    except ValueError:
        parts = [float(p) for p in text.split(":")]
        return sum(p * s for p, s in zip(reversed(parts), (1, 60, 3600, 86400)))


def main():
    out, inputs = sys.argv[1], sys.argv[2:]
    defs, seen, moving = [], set(), []
    for path in inputs:
        for el in ET.parse(path).getroot():
            if el.tag in ("vType", "vTypeDistribution", "route"):
                key = (el.tag, el.get("id"))
                if key not in seen:
                    seen.add(key)
                    defs.append(el)
            elif el.tag in ("vehicle", "trip", "flow", "person", "personFlow", "container"):
                t = el.get("begin") if el.tag in ("flow", "personFlow") else el.get("depart")
                moving.append((seconds(t), len(moving), el))
    moving.sort(key=lambda x: (x[0], x[1]))
    root = ET.Element("routes")
    root.extend(defs)
    root.extend(el for _, _, el in moving)
    ET.indent(root)
    ET.ElementTree(root).write(out, encoding="UTF-8", xml_declaration=True)
    print(f"{out}: {len(defs)} definitions, {len(moving)} vehicles/trips/flows from {len(inputs)} files",
          file=sys.stderr)


if __name__ == "__main__":
    main()
