#!/usr/bin/env python3
"""Independent reference areas for the parcelcheck overlay rule, computed with shapely/pyproj/pyogrio.

Writes Tests/CLITests/Resources/reference-areas.json, which Tests/CLITests/ReferenceAreasTests.swift compares
with the output of `parcelcheck batch`.

Usage (from the repository root, after `make sample-data`):
    python3 bench/reference_areas.py [--gpkg sample-data/lueneburg.gpkg] [--out Tests/CLITests/Resources/reference-areas.json]

The rule (/work/shared/DOMAIN.md, "Overlay rules planners expect"; sample-data/catalog.yaml):
  * theme features are transformed to EPSG:25832 vertex by vertex (PROJ, always x/y), repaired with make-valid
    where invalid, and buffered where the catalog says so (gewaesser: 5 m, 8 segments per quadrant = GEOS default);
  * a feature that covers the parcel gives the parcel's own area (covered-by shortcut);
  * otherwise each feature's intersection with the parcel is measured; overlaps below 1 m² or below 0.1 % of the
    parcel's area are slivers and not counted; the layer's overlap is the area of the union of the rest.

PROJ: the pyproj wheel ships its own PROJ and data directory *without* grids. For EPSG:31467 -> EPSG:25832 it
would then silently fall back to a 3-parameter Helmert (about 0.3 m off here). Debian's proj-data has
BETA2007.gsb in /usr/share/proj, which the system PROJ used by parcelcheck picks. We therefore append
/usr/share/proj to pyproj's search path and refuse to run when the BETA2007 operation is not the one chosen.

Only the standard library, numpy, shapely, pyproj and pyogrio are needed (benchmark/cross-check tools, never a
runtime dependency of the Swift package).
"""
from __future__ import annotations

import argparse
import datetime
import json
import math
import os
import platform
import subprocess
import sys
import warnings

import numpy as np
import pyogrio
import pyproj
import shapely
from pyproj import Transformer

WORKING_CRS = "EPSG:25832"
SYSTEM_PROJ_DATA = "/usr/share/proj"

# The theme layers of sample-data/catalog.yaml, in catalog order, with their buffers (m).
LAYERS: list[tuple[str, float]] = [
    ("wasserschutzgebiete", 0.0),
    ("naturschutzgebiete", 0.0),
    ("landschaftsschutzgebiete", 0.0),
    ("ffh_gebiete", 0.0),
    ("ueberschwemmungsgebiete", 0.0),
    ("bebauungsplaene", 0.0),
    ("biotope", 0.0),
    ("gewaesser", 5.0),
    ("kompensationsflaechen", 0.0),
    ("raumordnung", 0.0),
]
SLIVER_AREA_M2 = 1.0
SLIVER_PERCENT = 0.1
BUFFER_QUAD_SEGS = 8

ANCHOR_PARCEL = "032718012000450003__"  # "Lüneburg 12 45/3", the demo parcel
EVERY_NTH = 97                          # every 97th parcel by fid
ANCHOR_RADIUS_M = 120.0                 # parcels within this distance of the anchor that touch WSG or B-plan
PARTIAL_PER_LAYER = 8                   # extra parcels per layer with a partial (non-covered) overlap


def use_system_grids() -> str:
    """Lets the wheel's PROJ find Debian's grids; returns the 31467 -> 25832 pipeline actually used."""
    pyproj.datadir.append_data_dir(SYSTEM_PROJ_DATA)
    group = pyproj.transformer.TransformerGroup("EPSG:31467", WORKING_CRS, always_xy=True)
    best = group.transformers[0] if group.transformers else None
    if not group.best_available or best is None or "BETA2007" not in best.definition:
        sys.exit(f"reference_areas.py: the BETA2007 grid is not available to pyproj (looked in {SYSTEM_PROJ_DATA}); "
                 "install Debian's proj-data")
    # The transformer used for the layers chooses per point, like parcelcheck; here it must pick BETA2007.
    t = Transformer.from_crs("EPSG:31467", WORKING_CRS, always_xy=True)
    probe = (3_593_000.0, 5_900_000.0)
    if t.transform(*probe) != best.transform(*probe):
        sys.exit("reference_areas.py: EPSG:31467 -> EPSG:25832 does not pick the BETA2007 operation")
    return best.definition


def to_working(geoms: np.ndarray, crs: str | None) -> np.ndarray:
    """Transforms every vertex to the working CRS (x/y order), keeping the geometry structure."""
    if crs is None or pyproj.CRS.from_user_input(crs) == pyproj.CRS.from_user_input(WORKING_CRS):
        return geoms
    t = Transformer.from_crs(crs, WORKING_CRS, always_xy=True)

    def xy(coords: np.ndarray) -> np.ndarray:
        x, y = t.transform(coords[:, 0], coords[:, 1], errcheck=True)
        return np.column_stack([x, y])

    return shapely.transform(geoms, xy)


def read_layer(gpkg: str, layer: str, columns: list[str] | None = None):
    info = pyogrio.read_info(gpkg, layer=layer)
    meta, fids, geometry, fields = pyogrio.raw.read(gpkg, layer=layer, return_fids=True, columns=columns or [])
    geoms = shapely.from_wkb(geometry)
    crs = meta.get("crs") or info.get("crs")
    return fids.astype(np.int64), geoms, crs, dict(zip(meta["fields"], fields))


def load_theme(gpkg: str, layer: str, buffer_m: float) -> tuple[np.ndarray, np.ndarray]:
    fids, geoms, crs, _ = read_layer(gpkg, layer)
    keep = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    fids, geoms = fids[keep], to_working(geoms[keep], crs)
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():
        geoms[invalid] = shapely.make_valid(geoms[invalid])
    if buffer_m > 0:
        geoms = shapely.buffer(geoms, buffer_m, quad_segs=BUFFER_QUAD_SEGS)
    return fids, geoms


def measure(parcel, parcel_area: float, features: np.ndarray) -> tuple[float, str]:
    """Overlay rule for one parcel and one layer: (area, contact), contact as parcelcheck names it."""
    if len(features) == 0:
        return 0.0, "none"
    hit = shapely.intersects(parcel, features)
    if not hit.any():
        return 0.0, "none"
    candidates = features[hit]
    if shapely.covered_by(parcel, candidates).any():
        return parcel_area, "covers"
    pieces = shapely.intersection(parcel, candidates)
    areas = shapely.area(pieces)
    sliver = (areas < SLIVER_AREA_M2) | (areas / parcel_area * 100.0 < SLIVER_PERCENT)
    counted = (areas > 0) & ~sliver
    if counted.sum() == 0:
        return 0.0, "sliver" if (areas > 0).any() else "boundary"
    if counted.sum() == 1:
        return float(areas[counted][0]), "overlap"
    return float(shapely.area(shapely.union_all(pieces[counted]))), "overlap"


def select_parcels(fids, geoms, ids, themes) -> list[int]:
    """A fixed, deterministic sample (indices into the parcel arrays, sorted by fid)."""
    order = np.argsort(fids)
    chosen: set[int] = set(order[::EVERY_NTH].tolist())
    tree = shapely.STRtree(geoms)
    # Around the demo parcel: every parcel that touches the WSG or the B-plan layer.
    anchor = geoms[int(np.nonzero(ids == ANCHOR_PARCEL)[0][0])]
    near = tree.query(anchor, predicate="dwithin", distance=ANCHOR_RADIUS_M)
    for layer in ("wasserschutzgebiete", "bebauungsplaene"):
        feats = themes[layer][1]
        touched = tree.query(feats, predicate="intersects")[1]
        chosen |= set(np.intersect1d(near, touched).tolist())
    # Per layer a few parcels with a partial overlap, spread over the layer (reprojected and buffered layers too).
    for layer, _ in LAYERS:
        feats = themes[layer][1]
        pairs = tree.query(feats, predicate="intersects")
        partial = np.unique(pairs[1][~shapely.covered_by(geoms[pairs[1]], feats[pairs[0]])])
        partial = partial[np.argsort(fids[partial])]
        if len(partial):
            picks = np.linspace(0, len(partial) - 1, num=min(PARTIAL_PER_LAYER, len(partial))).round().astype(int)
            chosen |= set(partial[picks].tolist())
    return sorted(chosen, key=lambda i: fids[i])


def sample_data_generator_info(repo: str) -> dict:
    info = {"command": "make sample-data (samplegen sample-data/lueneburg.gpkg)", "seed": 2718}
    main = os.path.join(repo, "sample-data", "generator", "main.swift")
    try:
        text = open(main, encoding="utf-8").read()
        for line in text.splitlines():
            if line.strip().startswith("var seed: UInt64 ="):
                info["seed"] = int(line.split("=")[1].strip())
    except OSError:
        pass
    try:
        rev = subprocess.run(["git", "-C", repo, "rev-parse", "HEAD"], capture_output=True, text=True, check=True)
        info["repository_commit"] = rev.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        pass
    return info


def main() -> None:
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gpkg", default=os.path.join(repo, "sample-data", "lueneburg.gpkg"))
    ap.add_argument("--out", default=os.path.join(repo, "Tests", "CLITests", "Resources", "reference-areas.json"))
    args = ap.parse_args()
    if not os.path.exists(args.gpkg):
        sys.exit(f"reference_areas.py: {args.gpkg} is missing: run `make sample-data` first")

    pipeline_31467 = use_system_grids()
    fids, geoms, crs, fields = read_layer(args.gpkg, "flurstuecke", ["flurstueckskennzeichen"])
    ids = np.asarray(fields["flurstueckskennzeichen"], dtype=object)
    geoms = to_working(geoms, crs)
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():
        geoms[invalid] = shapely.make_valid(geoms[invalid])
    themes = {name: load_theme(args.gpkg, name, buf) for name, buf in LAYERS}

    picked = select_parcels(fids, geoms, ids, themes)
    areas: dict[str, dict[str, float]] = {}
    contacts: dict[str, dict[str, str]] = {}
    parcel_area: dict[str, float] = {}
    fid_of: dict[str, int] = {}
    for i in picked:
        pid, g = str(ids[i]), geoms[i]
        a = float(shapely.area(g))
        parcel_area[pid], fid_of[pid] = a, int(fids[i])
        areas[pid], contacts[pid] = {}, {}
        for name, _ in LAYERS:
            feats = themes[name][1]
            local = feats[shapely.STRtree(feats).query(g)] if len(feats) else feats
            areas[pid][name], contacts[pid][name] = measure(g, a, local)

    header = {
        "generator": "python3 bench/reference_areas.py  (from the repository root, after `make sample-data`)",
        "created": datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat(),
        "sample_data": {"file": "sample-data/lueneburg.gpkg", **sample_data_generator_info(repo)},
        "versions": {
            "python": platform.python_version(),
            "shapely": shapely.__version__,
            "geos (shapely)": shapely.geos_version_string,
            "pyproj": pyproj.__version__,
            "proj (pyproj wheel)": pyproj.proj_version_str,
            "pyogrio": pyogrio.__version__,
            "gdal (pyogrio wheel)": pyogrio.__gdal_version_string__,
            "numpy": np.__version__,
        },
        "proj_data": f"wheel data dir + {SYSTEM_PROJ_DATA} (Debian proj-data: BETA2007.gsb)",
        "pipeline_31467_to_25832": pipeline_31467,
        "rule": {
            "working_crs": WORKING_CRS,
            "sliver_area_m2": SLIVER_AREA_M2,
            "sliver_percent": SLIVER_PERCENT,
            "buffers_m": {n: b for n, b in LAYERS if b > 0},
            "buffer_quad_segs": BUFFER_QUAD_SEGS,
            "covered_by_shortcut": True,
        },
        "selection": (
            f"every {EVERY_NTH}th parcel by fid; parcels within {ANCHOR_RADIUS_M:g} m of {ANCHOR_PARCEL} that intersect "
            f"wasserschutzgebiete or bebauungsplaene; per layer up to {PARTIAL_PER_LAYER} parcels with a partial "
            "overlap, evenly spread by fid"
        ),
        "layers": [n for n, _ in LAYERS],
        "parcel_count": len(picked),
    }
    doc = {
        "header": header,
        "fid": fid_of,
        "parcel_area_m2": parcel_area,
        "areas": areas,
        "contacts": contacts,
    }
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, ensure_ascii=False)
        f.write("\n")

    nonzero = {n: sum(1 for p in areas.values() if p[n] > 0) for n, _ in LAYERS}
    kinds: dict[str, int] = {}
    for p in contacts.values():
        for c in p.values():
            kinds[c] = kinds.get(c, 0) + 1
    print(f"reference_areas.py: {len(picked)} parcels x {len(LAYERS)} layers -> {args.out}")
    print(f"  parcels with overlap per layer: {nonzero}")
    print(f"  contacts: {kinds}")
    if not all(math.isfinite(v) for p in areas.values() for v in p.values()):
        sys.exit("reference_areas.py: non-finite area")


if __name__ == "__main__":
    main()
