#!/usr/bin/env python3
"""Counts for the calibration timing of bench/scale/run.sh: every EVERY-th link (sorted by id) of a flowsim run's
link_timeseries.csv, summed to 15-minute intervals, as the counts CSV of `flowsim calibrate`
(station,link,begin,end,vehicles). The counts only give the calibration its work; its accuracy is measured in
bench/calibration against SUMO.

Usage: make_counts.py LINK_TIMESERIES.csv OUT.csv [EVERY]
"""
import csv
import sys
from collections import defaultdict


def main():
    src, dst = sys.argv[1], sys.argv[2]
    every = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    vehicles = defaultdict(float)
    links = set()
    with open(src, newline="") as f:
        for row in csv.DictReader(f):
            begin, end = float(row["interval_start_s"]), float(row["interval_end_s"])
            slot = int(begin // 900)
            vehicles[(row["link"], slot)] += float(row["flow_veh_h"]) * (end - begin) / 3600
            links.add(row["link"])
    chosen = set(sorted(links)[::every])
    with open(dst, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["station", "link", "begin", "end", "vehicles"])
        for (link, slot), v in sorted(vehicles.items()):
            if link in chosen and v > 0:
                w.writerow([f"s-{link}", link, slot * 900, slot * 900 + 900, round(v)])
    print(f"make_counts.py: {len(chosen)} of {len(links)} links -> {dst}")


if __name__ == "__main__":
    main()
