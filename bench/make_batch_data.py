#!/usr/bin/env python3
"""Generates the batch benchmark data: bench/data/batch.gpkg with layers `parcels` and `zones` (EPSG:25832).

  parcels  100 000 quadrilaterals: a 400 x 250 grid of 30 m cells whose corner nodes are jittered by up to
           +-6 m. Neighbouring cells share their jittered corners, so the parcels tile the area exactly:
           valid, convex, non-overlapping (only shared edges touch).
  zones    2 000 star-shaped blobs (20-60 vertices, mean radius 35-75 m, two harmonics of roughness), one per
           cell of a 50 x 40 grid of 240 m x 187.5 m cells and kept inside it, so zones never overlap.
           Many parcels lie wholly inside a zone and many are cut by one, so both the covered-by shortcut and
           real intersections are exercised (the script prints both counts).

Deterministic: numpy's PCG64 with a fixed seed (default 20240611); the same seed gives the same file content.

With --irregular the parcels are Voronoi cells of 100 000 jittered points instead (5–12 vertices, irregular
angles, shared edges between neighbours), clipped to the same block: a second, differently shaped data set for
bench/run.sh (bench/data/batch-irregular.gpkg). The zones are the same star-shaped blobs.

With --scale K the area grows K times northwards (K × 100 000 parcels, K × 2 000 zones, same density): the
memory check of bench/run.sh uses --scale 10 (1 000 000 parcels) in bench/data/batch-1m.gpkg.

Usage: python3 bench/make_batch_data.py [--out bench/data/batch.gpkg] [--seed N] [--scale K]
"""
from __future__ import annotations

import argparse
import os
import sys
import time

import numpy as np
import pyogrio
import shapely

CRS = "EPSG:25832"
ORIGIN = (588_000.0, 5_893_000.0)  # south-west corner, around Lüneburg in UTM 32

PARCEL_COLS, PARCEL_ROWS, PARCEL_CELL, PARCEL_JITTER = 400, 250, 30.0, 6.0
ZONE_COLS, ZONE_ROWS = 50, 40
ZONE_VERTICES = (20, 60)
ZONE_RADIUS = (35.0, 75.0)
ZONE_ROUGHNESS = (0.12, 0.05)  # amplitudes of the 2nd and 5th harmonic (upper bounds)


def parcels(rng: np.random.Generator, scale: int = 1) -> tuple[np.ndarray, list[str]]:
    nx, ny = PARCEL_COLS, PARCEL_ROWS * scale
    gx, gy = np.meshgrid(np.arange(nx + 1) * PARCEL_CELL, np.arange(ny + 1) * PARCEL_CELL)
    jitter = rng.uniform(-PARCEL_JITTER, PARCEL_JITTER, size=(2, ny + 1, nx + 1))
    # The outer boundary stays straight so the block is a clean rectangle.
    jitter[0][:, [0, -1]] = 0.0
    jitter[1][[0, -1], :] = 0.0
    x = ORIGIN[0] + gx + jitter[0]
    y = ORIGIN[1] + gy + jitter[1]
    rings = np.empty((ny, nx, 5, 2))
    for k, (dj, di) in enumerate([(0, 0), (0, 1), (1, 1), (1, 0), (0, 0)]):  # counter-clockwise
        rings[:, :, k, 0] = x[dj:dj + ny, di:di + nx]
        rings[:, :, k, 1] = y[dj:dj + ny, di:di + nx]
    geoms = shapely.polygons(rings.reshape(ny * nx, 5, 2))
    # A 20-character ALKIS-style key per parcel: Land 03, Gemarkung 9000+, Flur, Zähler; no Nenner/Folge.
    ids = [f"03{9000 + r // 100:04d}{r % 100 + 1:03d}{c + 1:05d}______" for r in range(ny) for c in range(nx)]
    return geoms, ids


def irregular_parcels(rng: np.random.Generator, scale: int = 1) -> tuple[np.ndarray, list[str]]:
    nx, ny = PARCEL_COLS, PARCEL_ROWS * scale
    gx, gy = np.meshgrid((np.arange(nx) + 0.5) * PARCEL_CELL, (np.arange(ny) + 0.5) * PARCEL_CELL)
    x = ORIGIN[0] + gx.ravel() + rng.uniform(-0.45, 0.45, size=nx * ny) * PARCEL_CELL
    y = ORIGIN[1] + gy.ravel() + rng.uniform(-0.45, 0.45, size=nx * ny) * PARCEL_CELL
    block = shapely.box(ORIGIN[0], ORIGIN[1], ORIGIN[0] + nx * PARCEL_CELL, ORIGIN[1] + ny * PARCEL_CELL)
    cells = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(np.column_stack([x, y])), extend_to=block))
    cells = shapely.intersection(cells, block)
    # Voronoi output order is not the input order: sort the cells row by row for stable identifiers.
    c = shapely.centroid(cells)
    order = np.lexsort((shapely.get_x(c), np.floor((shapely.get_y(c) - ORIGIN[1]) / PARCEL_CELL)))
    cells = shapely.set_precision(cells[order], 0)  # plain polygons, no precision model
    ids = [f"03{8000 + r // 100:04d}{r % 100 + 1:03d}{k % nx + 1:05d}______" for k, r in
           ((k, k // nx) for k in range(len(cells)))]
    return cells, ids


def zones(rng: np.random.Generator, scale: int = 1) -> tuple[np.ndarray, np.ndarray]:
    width = PARCEL_COLS * PARCEL_CELL / ZONE_COLS
    height = PARCEL_ROWS * PARCEL_CELL / ZONE_ROWS
    out, radii = [], []
    for row in range(ZONE_ROWS * scale):
        for col in range(ZONE_COLS):
            n = int(rng.integers(ZONE_VERTICES[0], ZONE_VERTICES[1] + 1))
            radius = rng.uniform(*ZONE_RADIUS)
            a1, a2 = rng.uniform(0, ZONE_ROUGHNESS[0]), rng.uniform(0, ZONE_ROUGHNESS[1])
            p1, p2 = rng.uniform(0, 2 * np.pi, size=2)
            reach = radius * (1 + a1 + a2)  # largest distance of a vertex from the centre
            slack_x, slack_y = width / 2 - reach - 1.0, height / 2 - reach - 1.0
            assert slack_x > 0 and slack_y > 0, "a zone would leave its cell"
            cx = ORIGIN[0] + (col + 0.5) * width + rng.uniform(-slack_x, slack_x)
            cy = ORIGIN[1] + (row + 0.5) * height + rng.uniform(-slack_y, slack_y)
            t = np.arange(n) / n * 2 * np.pi
            r = radius * (1 + a1 * np.sin(2 * t + p1) + a2 * np.sin(5 * t + p2))
            ring = np.column_stack([cx + r * np.cos(t), cy + r * np.sin(t)])
            out.append(shapely.Polygon(np.vstack([ring, ring[:1]])))
            radii.append(radius)
    return np.array(out, dtype=object), np.array(radii)


def main() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description="Generate bench/data/batch.gpkg (parcels, zones).")
    ap.add_argument("--out", default=os.path.join(here, "data", "batch.gpkg"))
    ap.add_argument("--seed", type=int, default=20240611)
    ap.add_argument("--scale", type=int, default=1, help="K times the rows of parcels and zones")
    ap.add_argument("--irregular", action="store_true", help="Voronoi parcels instead of jittered quadrilaterals")
    args = ap.parse_args()

    started = time.perf_counter()
    rng = np.random.default_rng(args.seed)
    parcel_geoms, ids = (irregular_parcels if args.irregular else parcels)(rng, args.scale)
    zone_geoms, radii = zones(rng, args.scale)
    if not shapely.is_valid(parcel_geoms).all() or not shapely.is_valid(zone_geoms).all():
        sys.exit("make_batch_data.py: generated an invalid geometry")
    # Zones must not overlap (each stays in its own cell); check it rather than trust it.
    tree = shapely.STRtree(zone_geoms)
    a, b = tree.query(zone_geoms, predicate="intersects")
    if (a != b).any():
        sys.exit("make_batch_data.py: zones overlap")

    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    tmp = args.out + ".tmp.gpkg"
    if os.path.exists(tmp):
        os.remove(tmp)
    n = len(parcel_geoms)
    # GeoPackage 1.2: GDAL 3.6 (Debian bookworm, used by parcelcheck) warns on the 1.4 files newer GDALs write.
    pyogrio.raw.write(
        tmp, geometry=shapely.to_wkb(parcel_geoms), field_data=[np.array(ids, dtype=object), np.arange(1, n + 1)],
        fields=["flurstueckskennzeichen", "nummer"], layer="parcels", driver="GPKG", geometry_type="Polygon",
        crs=CRS, dataset_options={"VERSION": "1.2"}, layer_options={"FID": "fid", "SPATIAL_INDEX": "YES"})
    pyogrio.raw.write(
        tmp, geometry=shapely.to_wkb(zone_geoms), field_data=[np.arange(1, len(zone_geoms) + 1), radii.round(2)],
        fields=["zone_id", "radius_m"], layer="zones", driver="GPKG", geometry_type="Polygon", crs=CRS,
        append=False, layer_options={"FID": "fid", "SPATIAL_INDEX": "YES"})
    os.replace(tmp, args.out)
    verts = int(shapely.get_num_coordinates(zone_geoms).sum())
    pi, zi = tree.query(parcel_geoms, predicate="intersects")
    covered = int(shapely.covered_by(parcel_geoms[pi], zone_geoms[zi]).sum())
    print(f"make_batch_data.py: {args.out}: {n} parcels, {len(zone_geoms)} zones ({verts} vertices), "
          f"{len(pi)} intersecting pairs ({covered} covered, {len(pi) - covered} partial or touching), "
          f"seed {args.seed}, {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
