#!/usr/bin/env python3
"""Shapely 2 reference for `parcelcheck batch` on bench/data/batch.gpkg (layers parcels, zones).

The obvious vectorised shapely program:
  load     pyogrio reads both layers (WKB) and shapely.from_wkb builds the geometries;
  compute  STRtree over the zones, tree.query(parcels, predicate="intersects") -> (parcel, zone) pairs,
           covered-by shortcut (shapely.covered_by(parcel, zone) -> the parcel's area), and
           shapely.area(shapely.intersection(parcel, zone)) for the other pairs, summed per parcel.
Zones do not overlap, so the per-parcel sum is the area of the union parcelcheck reports.

Two totals are printed: without the sliver rule (compare with parcelcheck and bench/batch-catalog.yaml,
thresholds 0) and with it (per pair: overlap < 1 m² or < 0.1 % of the parcel is not counted; compare with
the ad-hoc `--layer` run, which uses those defaults). The sliver rule costs a few vectorised comparisons and is
timed inside "compute".

Times: load and compute are measured separately with time.perf_counter, `--repeat` times, in one process
(imports and interpreter start excluded); the minimum and the median are reported, plus the CPU time of
load+compute (time.process_time), which a busy machine distorts less than wall time.

Usage: python3 bench/batch_shapely.py [--gpkg bench/data/batch.gpkg] [--repeat 5] [--json] [--per-parcel OUT.npz]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import time

import numpy as np
import pyogrio
import shapely

SLIVER_AREA_M2 = 1.0
SLIVER_PERCENT = 0.1


def load(gpkg: str):
    _, parcel_fids, parcel_wkb, _ = pyogrio.raw.read(gpkg, layer="parcels", columns=[], return_fids=True)
    _, _, zone_wkb, _ = pyogrio.raw.read(gpkg, layer="zones", columns=[])
    return parcel_fids, shapely.from_wkb(parcel_wkb), shapely.from_wkb(zone_wkb)


def compute(parcels: np.ndarray, zones: np.ndarray) -> dict:
    tree = shapely.STRtree(zones)
    pi, zi = tree.query(parcels, predicate="intersects")
    parcel_area = shapely.area(parcels)
    covered = shapely.covered_by(parcels[pi], zones[zi])
    area = np.empty(len(pi))
    area[covered] = parcel_area[pi[covered]]
    partial = ~covered
    area[partial] = shapely.area(shapely.intersection(parcels[pi[partial]], zones[zi[partial]]))
    per_parcel = np.bincount(pi, weights=area, minlength=len(parcels))
    # The sliver rule applies to intersections only (a covering zone is never a sliver).
    sliver = partial & ((area < SLIVER_AREA_M2) | (area / parcel_area[pi] * 100.0 < SLIVER_PERCENT))
    per_parcel_sliver = np.bincount(pi[~sliver], weights=area[~sliver], minlength=len(parcels))
    return {
        "pairs": int(len(pi)),
        "covered": int(covered.sum()),
        "slivers": int(sliver.sum()),
        "total_m2": float(per_parcel.sum()),
        "total_m2_sliver_rule": float(per_parcel_sliver.sum()),
        "per_parcel": per_parcel,
        "per_parcel_sliver_rule": per_parcel_sliver,
    }


def main() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description="Shapely 2 reference for parcelcheck batch.")
    ap.add_argument("--gpkg", default=os.path.join(here, "data", "batch.gpkg"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    ap.add_argument("--per-parcel", metavar="OUT.npz", help="save fid and per-parcel areas for a row-by-row check")
    args = ap.parse_args()

    load_times, compute_times, cpu_times = [], [], []
    result: dict = {}
    for _ in range(max(1, args.repeat)):
        c0, t0 = time.process_time(), time.perf_counter()
        fids, parcels, zones = load(args.gpkg)
        t1 = time.perf_counter()
        result = compute(parcels, zones)
        t2, c2 = time.perf_counter(), time.process_time()
        load_times.append(t1 - t0)
        compute_times.append(t2 - t1)
        cpu_times.append(c2 - c0)
    if args.per_parcel:
        np.savez(args.per_parcel, fid=fids, area=result["per_parcel"], area_sliver_rule=result["per_parcel_sliver_rule"])
    total_times = [a + b for a, b in zip(load_times, compute_times)]
    summary = {
        "parcels": int(len(parcels)),
        "zones": int(len(zones)),
        **{k: v for k, v in result.items() if not k.startswith("per_parcel")},
        "load_s_min": min(load_times), "load_s_median": statistics.median(load_times),
        "compute_s_min": min(compute_times), "compute_s_median": statistics.median(compute_times),
        "total_s_min": min(total_times), "total_s_median": statistics.median(total_times),
        "cpu_s_median": statistics.median(cpu_times),
        "repeat": len(load_times),
        "shapely": shapely.__version__, "geos": shapely.geos_version_string,
    }
    if args.json:
        print(json.dumps(summary))
        return
    print(f"shapely {summary['shapely']} (GEOS {summary['geos']}): {summary['parcels']} parcels x {summary['zones']} zones")
    print(f"  pairs {summary['pairs']} ({summary['covered']} covered, {summary['slivers']} slivers by the 1 m²/0.1 % rule)")
    print(f"  total {summary['total_m2']:.6f} m² (no sliver rule), {summary['total_m2_sliver_rule']:.6f} m² (sliver rule)")
    print(f"  load {summary['load_s_median']:.3f} s, compute {summary['compute_s_median']:.3f} s, "
          f"load+compute {summary['total_s_median']:.3f} s (median of {summary['repeat']}; "
          f"min {summary['load_s_min']:.3f} / {summary['compute_s_min']:.3f} / {summary['total_s_min']:.3f} s)")


if __name__ == "__main__":
    main()
