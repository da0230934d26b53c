#!/usr/bin/env python3
"""Table and results.json for bench/scale/run.sh: whole-process wall time and peak memory of flowsim (median of
its runs) and SUMO meso (and micro), arrivals and mean travel time of arrived vehicles.

Usage: report.py OUT_DIR FLOWSIM_BINARY
"""
import glob
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import xml.etree.ElementTree as ET

TARGET_SPEED_VS_MESO = 10.0


def timing(path):
    wall, peak, rc = open(path).read().split()
    return float(wall), int(peak), int(rc)


def sumo_stats(path):
    root = ET.parse(path).getroot()
    veh = root.find("vehicles")
    trips = root.find("vehicleTripStatistics")
    teleports = root.find("teleports")
    return {"loaded": int(veh.get("loaded")), "inserted": int(veh.get("inserted")),
            "running": int(veh.get("running")), "waiting": int(veh.get("waiting")),
            "arrived": int(trips.get("count")), "mean_tt_s": float(trips.get("duration")),
            "teleports": int(teleports.get("total")) if teleports is not None else 0}


def main():
    out, flowsim = sys.argv[1], sys.argv[2]
    rows, result = [], {"machine": f"{os.cpu_count()} cores, {platform.platform()}"}
    runs = sorted(glob.glob(os.path.join(out, "flowsim-*.time")))
    times = [timing(p) for p in runs]
    with open(os.path.join(out, "flowsim", "summary.json")) as f:
        s = json.load(f)
    fs = {"wall_s": statistics.median(t[0] for t in times), "runs": len(times),
          "peak_mb": max(t[1] for t in times) / 1024, "exit": sorted({t[2] for t in times}),
          "arrived": s["vehicles_arrived"], "loaded": s["trips_total"], "mean_tt_s": s["mean_travel_time_s"],
          "unfinished": s["vehicles_unfinished"] + s.get("vehicles_waiting_to_depart", 0),
          "simulation_s": s["wall_time_s"]}
    result["flowsim"] = fs
    rows.append(("flowsim", fs["wall_s"], fs["peak_mb"], fs["arrived"], fs["loaded"], fs["unfinished"],
                 fs["mean_tt_s"], 0))
    for key in ("meso", "micro"):
        tp = os.path.join(out, f"{key}.time")
        if not os.path.exists(tp):
            continue
        wall, peak, rc = timing(tp)
        if rc == 124 or not os.path.exists(os.path.join(out, f"{key}.stats.xml")):
            # stopped by MESO_TIMEOUT: no statistics, the wall time is a lower bound
            result[key] = dict(wall_s=wall, peak_mb=peak / 1024, exit=rc, unfinished_run=True)
            rows.append((f"SUMO {key} (stopped after {wall:.0f} s, exit {rc})", wall, peak / 1024, "–", "–", "–",
                         float("nan"), "–"))
            continue
        st = sumo_stats(os.path.join(out, f"{key}.stats.xml"))
        result[key] = dict(wall_s=wall, peak_mb=peak / 1024, exit=rc, **st)
        rows.append((f"SUMO {key}", wall, peak / 1024, st["arrived"], st["loaded"], st["running"] + st["waiting"],
                     st["mean_tt_s"], st["teleports"]))
    print(f"Machine: {result['machine']}. flowsim: {flowsim} (median of {fs['runs']} runs).\n")
    print("| tool | wall s (whole process) | peak MB | arrived / loaded | unfinished at end | mean TT s (arrived) | teleports |")
    print("|---|---:|---:|---|---:|---:|---:|")
    for r in rows:
        print(f"| {r[0]} | {r[1]:.1f} | {r[2]:.0f} | {r[3]} / {r[4]} | {r[5]} | {r[6]:.1f} | {r[7]} |")
    if "meso" in result:
        speed = result["meso"]["wall_s"] / fs["wall_s"]
        result["speed_vs_meso"] = speed
        ok = "met" if speed >= TARGET_SPEED_VS_MESO else "**missed**"
        bound = "at least " if result["meso"].get("unfinished_run") else ""
        print(f"\nflowsim whole process {bound}{speed:.1f}x faster than SUMO meso (target >= {TARGET_SPEED_VS_MESO:g}x: {ok}).")
    if "micro" in result:
        print(f"flowsim {result['micro']['wall_s'] / fs['wall_s']:.1f}x faster than SUMO micro.")
    for name, folder, prior in (("calibrate", "calibration", "the trips themselves"),
                                ("calibrate-half", "calibration-half", "every other trip")):
        cp = os.path.join(out, f"{name}.time")
        if not os.path.exists(cp):
            continue
        wall, peak, rc = timing(cp)
        with open(os.path.join(out, folder, "calibration.json")) as f:
            cal = json.load(f)
        n = len(cal["iterations"])
        # progress lines: "flowsim: calibrate i/N · … · 21.1 s[ · fits worse: …]"
        seconds = [float(m.group(1)) for m in
                   re.finditer(r"calibrate \d+/\d+ .*?· ([0-9.]+) s", open(os.path.join(out, f"{name}.log")).read())]
        kept = [it["kept"] for it in cal["iterations"]]
        assert len(seconds) == len(kept), f"{name}.log: {len(seconds)} progress lines, {len(kept)} iterations"
        # the first iteration's time includes the setup (free-flow routes of every OD cell)
        kept_s = [t for t, k in zip(seconds, kept) if k]
        dropped_s = [t for t, k in zip(seconds, kept) if not k]
        mean = lambda xs: sum(xs) / len(xs) if xs else float("nan")
        result[name] = {"prior": prior, "wall_s": wall, "peak_mb": peak / 1024, "exit": rc, "iterations": n,
                        "kept": sum(kept), "per_kept_iteration_s": mean(kept_s),
                        "per_dropped_iteration_s": mean(dropped_s),
                        "searched_cells": max(it.get("searched_cells", 0) for it in cal["iterations"]),
                        "od_cells": cal["od_cells"], "vehicles_prior": cal["vehicles_prior"],
                        "vehicles_calibrated": cal["vehicles_calibrated"],
                        "geh_share_below_5": cal["geh_share_below_5"],
                        "gehs": [it.get("geh_share_below_5") for it in cal["iterations"]],
                        "gaps": [it.get("relative_gap") for it in cal["iterations"]]}
        r = result[name]
        ok = "n/a (fewer than 20 iterations)" if n < 20 else ("met" if wall <= 600 else "**missed**")
        print(f"\nflowsim calibrate, prior {prior}: {n} iterations ({r['kept']} kept) in {wall:.0f} s (kept "
              f"{r['per_kept_iteration_s']:.1f} s, dropped {r['per_dropped_iteration_s']:.1f} s per iteration; "
              f"{r['searched_cells']} of {r['od_cells']} OD cells searched per kept iteration; peak "
              f"{peak / 1024:.0f} MB, exit {rc}; target 20 iterations < 600 s: {ok}); vehicles "
              f"{r['vehicles_prior']:.0f} -> {r['vehicles_calibrated']}; GEH < 5 for "
              f"{cal['geh_share_below_5'] * 100:.1f} % of the counts; gap "
              f"{next((g for g in r['gaps'] if g is not None), float('nan')):.3f} -> "
              f"{next((g for g in reversed(r['gaps']) if g is not None), float('nan')):.3f}.")
    with open(os.path.join(out, "results.json"), "w") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
