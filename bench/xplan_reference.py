#!/usr/bin/env python3
"""Independent reference reading of the XPlanGML fixtures for the importer tests.

Reads every fixture in Tests/ParcelCheckKitTests/Resources/xplan-reference/ (``*.gml``, ``*.xml`` and
XPlanArchiv ``*.zip`` files, whose ``xplan.gml`` is read; files in name order) and writes ``expected.json``
next to them, which the Swift tests compare with ``XPlanImporter``. It shares no code and no library with the
importer's XML or geometry path: no GDAL/OGR anywhere.

Usage (from the repository root; no network):
    python3 bench/xplan_reference.py [--dir Tests/ParcelCheckKitTests/Resources/xplan-reference] [--check]

``--check`` regenerates in memory and exits 1 when expected.json differs (nothing is written); ``--self-test``
checks the encodings no fixture has (gml:coordinates, CircleByCenterPoint, compound and authority-order srsNames).

What it reads, and how
  * XML with lxml (huge_tree, no entity resolution, no network). The version comes from the namespace
    ``http://www.xplanung.de/xplangml/<major>/<minor>``; 4.0, 4.1, 5.0-5.4 and 6.0 are read, anything else
    (3.0 uses GML 3.1, ``http://www.opengis.net/gml``) is recorded as ``"supported": false`` and nothing more.
  * Features are the elements of the XPlanGML namespace carrying a gml:id (whatever wraps them:
    gml:featureMember in an XPlanAuszug, wfs:member in a WFS 2.0 FeatureCollection, or inline in a property),
    in document order. ``*_Plan`` are plans, ``*_Bereich`` are Bereiche, XP_PPO/XP_PTO/XP_LPO/XP_LTO/XP_FPO/
    XP_TPO/XP_Nutzungsschablone/XP_*Praesentationsobjekt are presentation objects (only counted). Every other
    feature with a ``position`` whose geometry is a surface (Polygon, Surface/PolygonPatch, MultiSurface,
    MultiPolygon, CompositeSurface, OrientableSurface) is an area object; lines and points are counted in
    ``non_area_counts``, features without ``position`` in ``no_geometry_counts``.
  * Plans: name, nummer, planArt, rechtsstand (int), every direct ``*Datum`` property as stored (a list when
    repeated), area of ``raeumlicherGeltungsbereich``, and their Bereiche (the plan's ``bereich`` links plus
    Bereiche whose ``gehoertZuPlan`` points to the plan). Bereiche: nummer, name, plan (and how it was found),
    area of ``geltungsbereich``. xlink:href values are resolved as ``#id``, ``anything#id`` and ``urn:id``.
  * Objects: area, ``repaired``, ``flaechenschluss`` (true/false/null), the Bereiche they belong to
    (``gehoertZuBereich`` and the Bereiche' content links), and ``attributes``: GRZ, GRZmin, GRZmax, GRZ_Ausn,
    GR, GRmin, GRmax, GR_Ausn, GFZ…, GF…, BMZ…, BM… (each with min, max and _Ausn), Z, Zmin, Zmax, Zzwingend,
    Z_Ausn, ZU, ZUmin, ZUmax, ZUzwingend, ZU_Ausn,
    besondereArtDerBaulNutzung, allgArtDerBaulNutzung, bauweise, rechtscharakter, nutzungsform (scalars), dachform and
    zweckbestimmung (lists). They are searched in the feature and in its nested data types (never in nested
    features or GML); ``attribute_paths`` names the nesting of those not found directly under the feature
    (e.g. ``dachgestaltung/BP_Dachgestaltung/dachform`` in 5.1+, ``zweckbestimmung/BP_KomplexeZweckbestGruen/
    allgemein`` in 6.0; complex zweckbestimmung values are flattened to their ``allgemein`` codes).
    ``uoms`` keeps uom attributes (GF/GR in m2). Text that is an integer becomes an int, a decimal a float,
    anything else stays a string.

Geometry (own GML parser)
  * gml:posList (srsDimension from the element or an ancestor, default 2), gml:pos, gml:coordinates (cs/ts),
    LinearRing, Ring/curveMember, LineString, Curve/segments with LineStringSegment, Arc, ArcString, Circle,
    ArcByCenterPoint, CircleByCenterPoint, CompositeCurve, OrientableCurve (orientation="-" reverses).
  * Arcs are linearised in the source coordinates: circle through the three points, sweep from start via
    the middle point to the end, n = ceil(sweep / 1 degree) equal angular steps (at most 1 degree per chord;
    n >= 1), start and end vertices kept exactly (the middle point is not a vertex). Geometries with arcs also
    get ``area_m2_exact_arcs`` (linearised at 0.01 degree: the curve's area to ~1e-8 relative) and
    ``arc_linearisation_error_m2``, the area of the symmetric difference between the 1-degree and the
    0.01-degree outlines: the sum of all chord deficits, so a bound for |area - area_m2| of any linearisation
    with steps of at most 1 degree. (GDAL 3.6 at OGR_ARC_STEPSIZE=1, i.e. round(sweep/step) steps in its
    stealth mode, stayed within 0.7 times it on every fixture object; without arcs GDAL and this script agree
    to 1e-6 relative. That cross-check is not part of this script.)
  * srsName: the nearest one on the geometry or its ancestors, else the feature's gml:boundedBy, else the
    document's. ``EPSG:n``, ``http://www.opengis.net/gml/srs/epsg.xml#n`` and ``urn:adv:crs:NAME`` are x/y
    (easting, northing / lon, lat); ``urn:ogc:def:crs:EPSG:[v]:n`` and ``http://www.opengis.net/def/crs/EPSG/0/n``
    follow the EPSG axis order (northing first for Gauss-Krueger, lat/lon for geographic CRSs). A compound
    suffix (``*DE_DHHN2016_NH``, ``+7837``) is dropped: horizontal part only. Reprojection to EPSG:25832 with
    pyproj, vertex by vertex, after linearisation; for EPSG:31466-31469 the BETA2007 grid is required exactly
    as bench/reference_areas.py does it (Debian's /usr/share/proj appended to pyproj's data path; the script
    stops when the grid operation is not the one used).
  * Areas with shapely in EPSG:25832. A geometry made of several polygons (MultiSurface, several patches) is a
    MultiPolygon; when shapely finds it invalid (self-intersection, members sharing edges, …) its area is that
    of shapely.make_valid (polygonal parts) and the entry says ``"repaired": true``.

Output (expected.json, sorted keys; files by name; plans, Bereiche and objects in document order; one object
per line): ``generator`` (libraries, PROJ operations used) and ``files``: per file ``sha256``, ``size_bytes``,
``archive_member``, ``version``, ``namespace``, ``supported``, ``gml_namespaces``, ``root_element``,
``member_elements``, ``srs_names``, ``href_forms``, ``plans``, ``bereiche``, ``objects``, ``counts`` (area objects
per class), ``non_area_counts``, ``no_geometry_counts``, ``presentation_counts``, ``unresolved_hrefs``, ``totals``.

Deliberately left to the Swift side (not decided here): which value to report when only a range is given
(Zmin/Zmax, GFZmin/GFZmax without Z/GFZ), code list labels (WA, MI, …) and the meaning of rechtsstand codes per
plan type (RP 5000 is "AllgemeinePlanungsabsicht", BP/FP 5000 "Untergegangen"), the objects' own
``rechtsstand`` (XP_Objekt, a different code list; not recorded), ``ebene``, merging the same plan met in two
files (same gml:ids), the plausibility swap of coordinates given in the wrong axis order, the output
layer/GeoPackage, notes and error wording, and the 3.0 refusal message (only ``"supported": false`` is
recorded). Codes and density values are numbers (int when the text is an integer); names and dates as stored;
areas rounded to 1e-6 m².

Needs lxml, shapely 2, pyproj 3 (pip); they are test-data tools here, never runtime dependencies.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import re
import sys
import zipfile
from collections import Counter, OrderedDict

import lxml
import numpy as np
import pyproj
import shapely
from lxml import etree
from pyproj import Transformer
from pyproj.transformer import TransformerGroup
from shapely.geometry import MultiPolygon, Polygon

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIR = os.path.normpath(os.path.join(HERE, "..", "Tests", "ParcelCheckKitTests", "Resources", "xplan-reference"))
WORKING_EPSG = 25832
SYSTEM_PROJ_DATA = "/usr/share/proj"
MAX_STEP_DEG = 1.0
FINE_STEP_DEG = 0.01
AREA_DIGITS = 6

XPLAN_NS_RE = re.compile(r"^http://www\.xplanung\.de/xplangml/(\d+)/(\d+)/?$")
SUPPORTED = {"4.0", "4.1", "5.0", "5.1", "5.2", "5.3", "5.4", "6.0"}
GML_NAMESPACES = {"http://www.opengis.net/gml/3.2", "http://www.opengis.net/gml"}
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
PLAN_RE = re.compile(r"^(BP|FP|RP|LP|SO)_Plan$")
BEREICH_RE = re.compile(r"^(BP|FP|RP|LP|SO)_Bereich$")
PRESENTATION_RE = re.compile(r"^XP_(\w*Praesentationsobjekt|[PLFT]PO|[PLT]TO|Nutzungsschablone)$")

SCALAR_ATTRIBUTES = [
    "GRZ", "GRZmin", "GRZmax", "GRZ_Ausn", "GR", "GRmin", "GRmax", "GR_Ausn",
    "GFZ", "GFZmin", "GFZmax", "GFZ_Ausn", "GF", "GFmin", "GFmax", "GF_Ausn",
    "BMZ", "BMZmin", "BMZmax", "BMZ_Ausn", "BM", "BMmin", "BMmax", "BM_Ausn",
    "Z", "Zmin", "Zmax", "Zzwingend", "Z_Ausn", "ZU", "ZUmin", "ZUmax", "ZUzwingend", "ZU_Ausn",
    "besondereArtDerBaulNutzung", "allgArtDerBaulNutzung", "bauweise", "rechtscharakter", "nutzungsform",
]
LIST_ATTRIBUTES = ["dachform", "zweckbestimmung"]
ATTRIBUTES = set(SCALAR_ATTRIBUTES) | set(LIST_ATTRIBUTES)

AREA_TYPES = {"Polygon", "Surface", "MultiSurface", "MultiPolygon", "CompositeSurface", "OrientableSurface",
              "PolygonPatch"}
LINE_TYPES = {"LineString", "Curve", "MultiCurve", "CompositeCurve", "OrientableCurve", "MultiLineString"}
POINT_TYPES = {"Point", "MultiPoint"}

# AdV CRS names (GeoInfoDok) -> EPSG code; x/y order (easting, northing; lon, lat).
ADV_CRS = {
    "ETRS89_UTM32": 25832, "ETRS89_UTM33": 25833, "ETRS89_UTM31": 25831,
    "ETRS89_Lat-Lon": 4258, "ETRS89_Lat-Lon_3D": 4937,
    "DE_DHDN_3GK2": 31466, "DE_DHDN_3GK3": 31467, "DE_DHDN_3GK4": 31468, "DE_DHDN_3GK5": 31469,
    "DE_DHDN_3GK2_NW177": 31466, "DE_DHDN_3GK3_NW177": 31467,
    "DE_DHDN_Lat-Lon": 4314, "DE_42-83_3GK4": 2166, "DE_42-83_3GK5": 2167,
}
BETA2007_CODES = {31466, 31467, 31468, 31469}


class FixtureError(Exception):
    pass


def local(el) -> str:
    return etree.QName(el).localname


def namespace(el) -> str | None:
    return etree.QName(el).namespace


def is_gml(el) -> bool:
    return isinstance(el.tag, str) and namespace(el) in GML_NAMESPACES


def gml_id(el) -> str | None:
    return el.get("{http://www.opengis.net/gml/3.2}id") or el.get("{http://www.opengis.net/gml}id")


def elements(el):
    return [c for c in el if isinstance(c.tag, str)]


def typed(text: str | None):
    """Integer text -> int, decimal text -> float, other text as stored (stripped)."""
    if text is None:
        return None
    t = text.strip()
    if re.fullmatch(r"[+-]?\d+", t):
        return int(t)
    if re.fullmatch(r"[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?", t):
        return float(t)
    return t


# --------------------------------------------------------------------------------------------- CRS


class CRSRegistry:
    """srsName -> (EPSG code, x/y order) and cached transformers to EPSG:25832."""

    def __init__(self):
        pyproj.datadir.append_data_dir(SYSTEM_PROJ_DATA)
        self.transformers: dict[tuple[int, bool], Transformer | None] = {}
        self.grid_operations: dict[str, str] = {}

    @staticmethod
    def parse(srs_name: str) -> tuple[int, bool]:
        """(EPSG code, True when coordinates are x/y) of an srsName; FixtureError when unknown."""
        s = srs_name.strip()
        # Compound CRSs: keep the horizontal part.
        if s.startswith("urn:ogc:def:crs,"):
            parts = s.split(",")[1:]
            s = "urn:ogc:def:" + parts[0] if parts else s
        s = s.split("*")[0]
        m = re.fullmatch(r"(?i)EPSG:(\d+)(\+\d+)?", s)
        if m:
            return int(m.group(1)), True
        m = re.fullmatch(r"(?i)http://www\.opengis\.net/gml/srs/epsg\.xml#(\d+)", s)
        if m:
            return int(m.group(1)), True
        m = re.fullmatch(r"(?i)urn:(?:x-)?ogc:def:crs:EPSG:[\d.]*:(\d+)", s)
        if m:
            return int(m.group(1)), False
        m = re.fullmatch(r"(?i)https?://www\.opengis\.net/def/crs/EPSG/\d+(?:\.\d+)*/(\d+)", s)
        if m:
            return int(m.group(1)), False
        m = re.fullmatch(r"urn:adv:crs:(.+)", s)
        if m and m.group(1) in ADV_CRS:
            return ADV_CRS[m.group(1)], True
        raise FixtureError(f"unknown srsName {srs_name!r}")

    def transformer(self, code: int, xy: bool) -> Transformer | None:
        """None for EPSG:25832 itself; else a transformer whose output is (easting, northing)."""
        key = (code, xy)
        if key in self.transformers:
            return self.transformers[key]
        if code == WORKING_EPSG:
            t = None  # x/y and the EPSG order coincide for 25832 (easting, northing)
        else:
            src = pyproj.CRS.from_epsg(code)
            dst = pyproj.CRS.from_epsg(WORKING_EPSG)  # EPSG order of 25832 is easting, northing
            group = TransformerGroup(src, dst, always_xy=xy)
            if not group.transformers:
                raise FixtureError(f"no PROJ operation EPSG:{code} -> EPSG:{WORKING_EPSG}")
            best = group.transformers[0]
            if code in BETA2007_CODES and (not group.best_available or "BETA2007" not in best.definition):
                sys.exit(f"xplan_reference.py: the BETA2007 grid is not available to pyproj for EPSG:{code} "
                         f"(looked in {SYSTEM_PROJ_DATA}); install Debian's proj-data")
            t = Transformer.from_crs(src, dst, always_xy=xy)
            if code in BETA2007_CODES:
                easting = (code - 31464) * 1_000_000.0 + 500_000.0  # zone 2..5, central meridian
                probe = (easting, 5_800_000.0) if xy else (5_800_000.0, easting)
                if t.transform(*probe) != best.transform(*probe):
                    sys.exit(f"xplan_reference.py: EPSG:{code} -> EPSG:{WORKING_EPSG} does not pick the "
                             "BETA2007 operation")
                self.grid_operations[f"EPSG:{code}"] = best.definition
            else:
                self.grid_operations.setdefault(f"EPSG:{code}", best.definition)
            t = best
        self.transformers[key] = t
        return t


# --------------------------------------------------------------------------------------------- GML


class GeometryReader:
    """Reads one GML geometry element into shapely polygons (source CRS), tracking arcs and srsName."""

    def __init__(self, step_deg: float):
        self.step = math.radians(step_deg)
        self.arc_segments = Counter()

    # coordinates ---------------------------------------------------------------------------------
    @staticmethod
    def dimension(el) -> int:
        e = el
        while e is not None:
            d = e.get("srsDimension")
            if d:
                return int(d)
            e = e.getparent()
        return 2

    def coords(self, el) -> list[tuple[float, float]]:
        """Points of a posList, of pos/pointProperty children or of gml:coordinates under el."""
        out: list[tuple[float, float]] = []
        for c in elements(el):
            if not is_gml(c):
                continue
            name = local(c)
            if name == "posList":
                dim = self.dimension(c)
                nums = [float(v) for v in c.text.split()] if c.text else []
                if len(nums) % dim:
                    raise FixtureError(f"posList with {len(nums)} numbers, srsDimension {dim}")
                out.extend((nums[i], nums[i + 1]) for i in range(0, len(nums), dim))
            elif name == "pos":
                nums = [float(v) for v in c.text.split()]
                out.append((nums[0], nums[1]))
            elif name in ("pointProperty", "pointRep"):
                for p in c.iter("{*}pos"):
                    nums = [float(v) for v in p.text.split()]
                    out.append((nums[0], nums[1]))
            elif name == "coordinates":
                cs, ts, dec = c.get("cs", ","), c.get("ts", " "), c.get("decimal", ".")
                for tup in c.text.strip().split(ts if ts.strip() else None):
                    if not tup:
                        continue
                    vals = tup.split(cs)
                    if dec != ".":
                        vals = [v.replace(dec, ".") for v in vals]
                    out.append((float(vals[0]), float(vals[1])))
            elif name == "coord":
                out.append((float(c.find("{*}X").text), float(c.find("{*}Y").text)))
        return out

    # arcs ----------------------------------------------------------------------------------------
    def arc3(self, p0, p1, p2, full_circle=False) -> list[tuple[float, float]]:
        """Vertices from p0 via p1 to p2 (or the whole circle back to p0), at most `step` per chord."""
        (x0, y0), (x1, y1), (x2, y2) = p0, p1, p2
        if p0 == p2 and p1 != p0:
            # Start = end: the whole circle, with p1 diametrically opposite (as GDAL reads it).
            cx, cy = (x0 + x1) / 2.0, (y0 + y1) / 2.0
            return self._stroke(cx, cy, math.hypot(x0 - cx, y0 - cy), math.atan2(y0 - cy, x0 - cx),
                                2 * math.pi, p0, p0)
        cross = (x1 - x0) * (y2 - y0) - (y1 - y0) * (x2 - x0)
        scale = max(abs(x1 - x0), abs(y1 - y0), abs(x2 - x0), abs(y2 - y0), 1e-300)
        if abs(cross) <= 1e-12 * scale * scale:
            if full_circle:
                raise FixtureError("gml:Circle through three collinear points")
            return [p0, p2]  # collinear: a straight segment
        # Centre relative to p0 for precision.
        ax, ay = x1 - x0, y1 - y0
        bx, by = x2 - x0, y2 - y0
        dd = 2.0 * (ax * by - ay * bx)
        ux = (by * (ax * ax + ay * ay) - ay * (bx * bx + by * by)) / dd
        uy = (ax * (bx * bx + by * by) - bx * (ax * ax + ay * ay)) / dd
        cx, cy = x0 + ux, y0 + uy
        r = math.hypot(ux, uy)
        a0 = math.atan2(y0 - cy, x0 - cx)
        a2 = math.atan2(y2 - cy, x2 - cx)
        ccw = (ax * by - ay * bx) > 0  # p0 -> p1 -> p2 turns left: counter-clockwise sweep
        if full_circle:
            sweep = 2 * math.pi if ccw else -2 * math.pi
            return self._stroke(cx, cy, r, a0, sweep, p0, p0)
        if ccw:
            sweep = (a2 - a0) % (2 * math.pi)
        else:
            sweep = -((a0 - a2) % (2 * math.pi))
        return self._stroke(cx, cy, r, a0, sweep, p0, p2)

    def _stroke(self, cx, cy, r, a0, sweep, start, end) -> list[tuple[float, float]]:
        n = max(1, math.ceil(abs(sweep) / self.step - 1e-9))
        pts = [start]
        for i in range(1, n):
            a = a0 + sweep * i / n
            pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
        pts.append(end)
        return pts

    # curves --------------------------------------------------------------------------------------
    @staticmethod
    def _join(acc: list, pts: list):
        if acc and pts and acc[-1] == pts[0]:
            acc.extend(pts[1:])
        else:
            acc.extend(pts)

    def segment(self, seg) -> list[tuple[float, float]]:
        name = local(seg)
        if name in ("LineStringSegment", "LineString"):
            return self.coords(seg)
        if name == "Arc" or name == "ArcString":
            pts = self.coords(seg)
            if len(pts) < 3 or len(pts) % 2 == 0:
                raise FixtureError(f"gml:{name} with {len(pts)} points")
            self.arc_segments[name] += 1
            out: list = []
            for i in range(0, len(pts) - 2, 2):
                self._join(out, self.arc3(pts[i], pts[i + 1], pts[i + 2]))
            return out
        if name == "Circle":
            pts = self.coords(seg)
            self.arc_segments[name] += 1
            return self.arc3(pts[0], pts[1], pts[2], full_circle=True)
        if name in ("CircleByCenterPoint", "ArcByCenterPoint"):
            self.arc_segments[name] += 1
            (cx, cy), = self.coords(seg)[:1]
            r = float(seg.find("{*}radius").text)
            if name == "CircleByCenterPoint":
                a0, sweep = 0.0, 2 * math.pi
            else:
                a0 = math.radians(float(seg.find("{*}startAngle").text))
                a1 = math.radians(float(seg.find("{*}endAngle").text))
                sweep = a1 - a0
            start = (cx + r * math.cos(a0), cy + r * math.sin(a0))
            end = start if name == "CircleByCenterPoint" else (cx + r * math.cos(a0 + sweep),
                                                               cy + r * math.sin(a0 + sweep))
            return self._stroke(cx, cy, r, a0, sweep, start, end)
        raise FixtureError(f"unsupported curve segment gml:{name}")

    def curve(self, el) -> list[tuple[float, float]]:
        name = local(el)
        if name == "LineString":
            return self.coords(el)
        if name == "Curve":
            out: list = []
            for seg in elements(el.find("{*}segments")):
                self._join(out, self.segment(seg))
            return out
        if name == "OrientableCurve":
            base = elements(el.find("{*}baseCurve"))[0]
            pts = self.curve(base)
            return pts[::-1] if el.get("orientation", "+") == "-" else pts
        if name == "CompositeCurve":
            out = []
            for m in el.findall("{*}curveMember"):
                self._join(out, self.curve(elements(m)[0]))
            return out
        if name == "LineStringSegment" or name in ("Arc", "ArcString", "Circle"):
            return self.segment(el)
        raise FixtureError(f"unsupported curve gml:{name}")

    def ring(self, el) -> list[tuple[float, float]]:
        name = local(el)
        if name == "LinearRing":
            pts = self.coords(el)
        elif name == "Ring":
            pts = []
            for m in el.findall("{*}curveMember"):
                self._join(pts, self.curve(elements(m)[0]))
        else:
            raise FixtureError(f"unsupported ring gml:{name}")
        if pts and pts[0] != pts[-1]:
            pts.append(pts[0])
        return pts

    def polygon(self, el) -> Polygon:
        ext = el.find("{*}exterior")
        if ext is None:
            ext = el.find("{*}outerBoundaryIs")
        shell = self.ring(elements(ext)[0])
        holes = [self.ring(elements(i)[0]) for i in el if isinstance(i.tag, str)
                 and local(i) in ("interior", "innerBoundaryIs")]
        return Polygon(shell, holes)

    def polygons(self, el) -> list[Polygon]:
        name = local(el)
        if name in ("Polygon", "PolygonPatch"):
            return [self.polygon(el)]
        if name == "Surface":
            out = []
            for patch in elements(el.find("{*}patches")):
                out.extend(self.polygons(patch))
            return out
        if name in ("MultiSurface", "CompositeSurface", "MultiPolygon"):
            out = []
            for m in elements(el):
                if local(m) in ("surfaceMember", "polygonMember"):
                    out.extend(self.polygons(elements(m)[0]))
                elif local(m) == "surfaceMembers":
                    for s in elements(m):
                        out.extend(self.polygons(s))
            return out
        if name == "OrientableSurface":
            return self.polygons(elements(el.find("{*}baseSurface"))[0])
        raise FixtureError(f"unsupported surface gml:{name}")


def nearest_srs(geom_el, fallback: str | None) -> str | None:
    """srsName of the geometry element, else of its first descendant that has one, else the fallback."""
    e = geom_el
    while e is not None and is_gml(e):
        if e.get("srsName"):
            return e.get("srsName")
        e = e.getparent()
    for d in geom_el.iter():
        if isinstance(d.tag, str) and d.get("srsName"):
            return d.get("srsName")
    return fallback


def envelope_srs(el) -> str | None:
    for c in elements(el):
        if is_gml(c) and local(c) == "boundedBy":
            env = elements(c)
            if env and env[0].get("srsName"):
                return env[0].get("srsName")
    return None


def area_of(geom_el, fallback_srs, crs: CRSRegistry) -> dict:
    """Area in EPSG:25832 of a surface geometry element, with repair flag and arc information."""
    srs = nearest_srs(geom_el, fallback_srs)
    if srs is None:
        raise FixtureError("geometry without srsName")
    code, xy = crs.parse(srs)
    t = crs.transformer(code, xy)

    def measure(step):
        reader = GeometryReader(step)
        polys = reader.polygons(geom_el)
        if t is not None:
            polys = [shapely.transform(p, lambda c: _project(t, c)) for p in polys]
        geom = polys[0] if len(polys) == 1 else MultiPolygon(polys)
        repaired = False
        if not shapely.is_valid(geom):
            repaired = True
            geom = _polygonal(shapely.make_valid(geom))
        return geom, repaired, reader.arc_segments, len(polys)

    geom, repaired, arcs, parts = measure(MAX_STEP_DEG)
    out = {"area_m2": round(geom.area, AREA_DIGITS), "repaired": repaired, "srs_name": srs}
    if parts > 1:
        out["parts"] = parts
    if arcs:
        fine, _, _, _ = measure(FINE_STEP_DEG)
        out["arc_segments"] = dict(sorted(arcs.items()))
        # Area between the 1-degree chords and the curve (0.01 degree): the sum of all chord deficits, whatever
        # their sign, so it bounds the deviation of any other linearisation with steps of at most 1 degree.
        out["arc_linearisation_error_m2"] = round(shapely.symmetric_difference(geom, fine).area, AREA_DIGITS)
        out["area_m2_exact_arcs"] = round(fine.area, AREA_DIGITS)
    return out


def _project(t: Transformer, coords):
    x, y = t.transform(coords[:, 0], coords[:, 1], errcheck=True)
    return np.column_stack([x, y])


def _polygonal(geom):
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [g for g in getattr(geom, "geoms", [geom]) if g.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else Polygon()


def geometry_kind(geom_el) -> str:
    name = local(geom_el)
    if name in AREA_TYPES:
        return "area"
    if name in LINE_TYPES:
        return "line"
    if name in POINT_TYPES:
        return "point"
    if name == "MultiGeometry":
        kinds = {geometry_kind(elements(m)[0]) for m in elements(geom_el) if local(m) == "geometryMember"}
        for m in elements(geom_el):
            if local(m) == "geometryMembers":
                kinds |= {geometry_kind(g) for g in elements(m)}
        return kinds.pop() if len(kinds) == 1 else "mixed"
    return "other:" + name


# --------------------------------------------------------------------------------------------- document


def read_fixture(path: str) -> tuple[bytes, str | None]:
    if path.lower().endswith(".zip"):
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if os.path.basename(n).lower() == "xplan.gml"]
            exact = [n for n in names if os.path.basename(n) == "xplan.gml"]
            if not names:
                raise FixtureError("XPlanArchiv without xplan.gml")
            member = (exact or names)[0]
            return z.read(member), member
    with open(path, "rb") as f:
        return f.read(), None


def resolve(href: str | None, ids: set[str]) -> str | None:
    if not href:
        return None
    candidates = [href.split("#", 1)[1]] if "#" in href else []
    candidates += [href, href[4:] if href.startswith("urn:") else href]
    for c in candidates:
        if c in ids:
            return c
    return candidates[0]


def href_form(href: str) -> str:
    if href.startswith("#"):
        return "#id"
    if "#" in href:
        return "document#id"
    if href.startswith("urn:"):
        return "urn:id"
    return "other"


def child_text(el, name) -> str | None:
    for c in elements(el):
        if local(c) == name and not is_gml(c):
            return c.text.strip() if c.text else c.text
    return None


def collect_attributes(feature):
    """(attributes, nested paths, uoms) of an object, searched in the feature and its nested data types."""
    found: dict[str, list] = {}
    paths: dict[str, list[str]] = {}
    uoms: dict[str, str] = {}

    def walk(el, path):
        for c in elements(el):
            if is_gml(c) or gml_id(c) is not None:
                continue
            name = local(c)
            sub = path + [name]
            if name in ATTRIBUTES:
                kids = elements(c)
                if name == "zweckbestimmung" and kids:
                    for k in kids:  # complex zweckbestimmung (6.0): flatten to the allgemein codes
                        for a in elements(k):
                            if local(a) == "allgemein":
                                found.setdefault(name, []).append(typed(a.text))
                                paths.setdefault(name, []).append("/".join(sub + [local(k), "allgemein"]))
                    continue
                if not kids:
                    found.setdefault(name, []).append(typed(c.text))
                    paths.setdefault(name, []).append("/".join(sub))
                    if c.get("uom"):
                        uoms[name] = c.get("uom")
                    continue
            if elements(c):
                walk(c, sub)

    walk(feature, [])
    attributes = {}
    nested = {}
    for name, values in found.items():
        if name in LIST_ATTRIBUTES:
            attributes[name] = values
        else:
            attributes[name] = values[0] if len(values) == 1 else values
        ps = sorted(set(paths[name]))
        if ps != [name]:
            nested[name] = ps[0] if len(ps) == 1 else ps
    return attributes, nested, uoms


def dates_of(plan) -> dict:
    out: dict[str, list] = {}
    for c in elements(plan):
        if not is_gml(c) and local(c).endswith("Datum") and not elements(c):
            out.setdefault(local(c), []).append(c.text.strip() if c.text else None)
    return {k: (v[0] if len(v) == 1 else v) for k, v in out.items()}


def read_document(data: bytes, crs: CRSRegistry) -> dict:
    parser = etree.XMLParser(huge_tree=True, resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(data, parser)
    xplan_ns = None
    for el in root.iter():
        if isinstance(el.tag, str) and XPLAN_NS_RE.match(namespace(el) or ""):
            xplan_ns = namespace(el)
            break
    if xplan_ns is None:
        raise FixtureError("no XPlanGML namespace")
    m = XPLAN_NS_RE.match(xplan_ns)
    version = f"{m.group(1)}.{m.group(2)}"
    gml_ns = sorted({namespace(e) for e in root.iter() if isinstance(e.tag, str) and is_gml(e)})
    doc = OrderedDict(version=version, namespace=xplan_ns, gml_namespaces=gml_ns,
                      root_element=f"{{{namespace(root)}}}{local(root)}")
    if version not in SUPPORTED:
        doc["supported"] = False
        return doc
    doc["supported"] = True

    members = Counter()
    features = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if local(el) in ("featureMember", "featureMembers", "member", "members"):
            members[f"{namespace(el)}:{local(el)}"] += 1
        if namespace(el) == xplan_ns and gml_id(el) is not None and el is not root:
            features.append(el)
    ids = {gml_id(f) for f in features}
    doc["member_elements"] = dict(sorted(members.items()))
    doc["srs_names"] = sorted({e.get("srsName") for e in root.iter() if isinstance(e.tag, str) and e.get("srsName")})
    forms = Counter(href_form(e.get(XLINK_HREF)) for e in root.iter()
                    if isinstance(e.tag, str) and e.get(XLINK_HREF))
    doc["href_forms"] = dict(sorted(forms.items()))
    doc_srs = envelope_srs(root)

    def geometry_child(feature, prop):
        for c in elements(feature):
            if local(c) == prop and namespace(c) == xplan_ns:
                g = elements(c)
                return g[0] if g else None
        return None

    def links(feature, prop):
        return [resolve(c.get(XLINK_HREF), ids) for c in elements(feature)
                if local(c) == prop and c.get(XLINK_HREF)]

    plans, bereiche, objects = [], [], []
    counts, non_area, no_geom, presentation = Counter(), Counter(), Counter(), Counter()
    bereich_of_object: dict[str, list[str]] = {}
    unresolved = Counter()

    # Bereiche and their content links first (objects may come before their Bereich).
    for f in features:
        if BEREICH_RE.match(local(f)):
            for c in elements(f):
                n = local(c)
                if c.get(XLINK_HREF) and (n.startswith("inhalt") or n in ("planinhalt", "fachobjekt",
                                                                           "nachrichtlich")):
                    target = resolve(c.get(XLINK_HREF), ids)
                    bereich_of_object.setdefault(target, [])
                    if gml_id(f) not in bereich_of_object[target]:
                        bereich_of_object[target].append(gml_id(f))

    plan_of_bereich: dict[str, dict] = {}
    for f in features:
        if PLAN_RE.match(local(f)):
            for b in links(f, "bereich"):
                plan_of_bereich.setdefault(b, {})["plan.bereich"] = gml_id(f)
    for f in features:
        if BEREICH_RE.match(local(f)):
            for p in links(f, "gehoertZuPlan"):
                plan_of_bereich.setdefault(gml_id(f), {})["gehoertZuPlan"] = p

    for f in features:
        cls, fid = local(f), gml_id(f)
        fallback = envelope_srs(f) or doc_srs
        for c in f.iter():
            if isinstance(c.tag, str) and c.get(XLINK_HREF) and resolve(c.get(XLINK_HREF), ids) not in ids:
                unresolved[local(c)] += 1
        if PLAN_RE.match(cls):
            entry = OrderedDict(gml_id=fid, **{"class": cls}, name=child_text(f, "name"),
                                nummer=child_text(f, "nummer"))
            pa = [typed(c.text) for c in elements(f) if local(c) == "planArt"]
            entry["planArt"] = pa
            rs = child_text(f, "rechtsstand")
            entry["rechtsstand"] = typed(rs) if rs is not None else None
            entry["dates"] = dates_of(f)
            g = geometry_child(f, "raeumlicherGeltungsbereich")
            entry["geltungsbereich"] = area_of(g, fallback, crs) if g is not None else None
            own = [b for b, via in plan_of_bereich.items() if fid in via.values()]
            order = {gml_id(x): i for i, x in enumerate(features)}
            entry["bereiche"] = sorted(own, key=lambda b: (order.get(b, len(order)), b))
            plans.append(entry)
        elif BEREICH_RE.match(cls):
            via = plan_of_bereich.get(fid, {})
            plan_ids = sorted(set(via.values()))
            entry = OrderedDict(gml_id=fid, **{"class": cls}, nummer=typed(child_text(f, "nummer")),
                                name=child_text(f, "name"),
                                plan=plan_ids[0] if len(plan_ids) == 1 else (plan_ids or None),
                                plan_via=sorted(via.keys()))
            g = geometry_child(f, "geltungsbereich")
            entry["geltungsbereich"] = area_of(g, fallback, crs) if g is not None else None
            bereiche.append(entry)
        elif PRESENTATION_RE.match(cls):
            presentation[cls] += 1
        else:
            g = geometry_child(f, "position")
            if g is None:
                no_geom[cls] += 1
                continue
            kind = geometry_kind(g)
            if kind != "area":
                non_area[cls] += 1
                continue
            counts[cls] += 1
            entry = OrderedDict(gml_id=fid, **{"class": cls})
            entry.update(area_of(g, fallback, crs))
            fs = child_text(f, "flaechenschluss")
            entry["flaechenschluss"] = None if fs is None else (fs == "true" or fs == "1")
            attributes, nested, uoms = collect_attributes(f)
            entry["attributes"] = attributes
            if nested:
                entry["attribute_paths"] = nested
            if uoms:
                entry["uoms"] = uoms
            bs = links(f, "gehoertZuBereich")
            for b in bereich_of_object.get(fid, []):
                if b not in bs:
                    bs.append(b)
            entry["bereiche"] = bs
            objects.append(entry)

    doc["plans"] = plans
    doc["bereiche"] = bereiche
    doc["objects"] = objects
    doc["counts"] = dict(sorted(counts.items()))
    doc["non_area_counts"] = dict(sorted(non_area.items()))
    doc["no_geometry_counts"] = dict(sorted(no_geom.items()))
    doc["presentation_counts"] = dict(sorted(presentation.items()))
    doc["unresolved_hrefs"] = dict(sorted(unresolved.items()))
    doc["totals"] = {
        "area_objects": sum(counts.values()),
        "area_m2": round(sum(o["area_m2"] for o in objects), 3),
        "objects_with_arcs": sum(1 for o in objects if "arc_segments" in o),
        "repaired": sum(1 for o in objects if o["repaired"]),
    }
    return doc


def build(directory: str) -> dict:
    crs = CRSRegistry()
    files = OrderedDict()
    for name in sorted(os.listdir(directory)):
        if not name.lower().endswith((".gml", ".xml", ".zip")):
            continue
        path = os.path.join(directory, name)
        raw = open(path, "rb").read()
        data, member = read_fixture(path)
        entry = OrderedDict(sha256=hashlib.sha256(raw).hexdigest(), size_bytes=len(raw))
        if member is not None:
            entry["archive_member"] = member
        try:
            entry.update(read_document(data, crs))
        except FixtureError as e:
            sys.exit(f"xplan_reference.py: {name}: {e}")
        files[name] = entry
    return OrderedDict(
        generator=OrderedDict(
            script="bench/xplan_reference.py",
            working_crs=f"EPSG:{WORKING_EPSG}",
            max_arc_step_degrees=MAX_STEP_DEG,
            area_digits=AREA_DIGITS,
            libraries=f"lxml {lxml.__version__}, shapely {shapely.__version__} (GEOS {shapely.geos_version_string}), "
                      f"pyproj {pyproj.__version__} (PROJ {pyproj.proj_version_str})",
            operations=dict(sorted(crs.grid_operations.items())),
        ),
        files=files,
    )


def to_json(value, level: int = 0, key: str | None = None) -> str:
    """Sorted keys, one-space indentation; each entry of an ``objects`` list on one line (diffable, compact)."""
    pad, inner = " " * level, " " * (level + 1)
    if isinstance(value, dict) and value:
        items = [f'{inner}{json.dumps(k, ensure_ascii=False)}: {to_json(value[k], level + 1, k)}'
                 for k in sorted(value)]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list) and value and isinstance(value[0], dict):
        if key == "objects":
            items = [inner + json.dumps(v, sort_keys=True, ensure_ascii=False) for v in value]
        else:
            items = [inner + to_json(v, level + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


SELF_TEST_DOC = """<XPlanAuszug xmlns="http://www.xplanung.de/xplangml/5/4" xmlns:gml="http://www.opengis.net/gml/3.2"
 gml:id="D"><gml:boundedBy><gml:Envelope srsName="EPSG:25832"/></gml:boundedBy>
<gml:featureMember><BP_GruenFlaeche gml:id="A"><position><gml:Polygon>
 <gml:exterior><gml:LinearRing><gml:coordinates>500000,5800000 500100,5800000 500100,5800100 500000,5800100
 500000,5800000</gml:coordinates></gml:LinearRing></gml:exterior></gml:Polygon></position></BP_GruenFlaeche>
</gml:featureMember>
<gml:featureMember><BP_GruenFlaeche gml:id="B"><position><gml:Polygon srsName="EPSG:25832*DE_DHHN2016_NH">
 <gml:exterior><gml:Ring><gml:curveMember><gml:Curve><gml:segments><gml:CircleByCenterPoint numArc="1">
 <gml:pos>500000 5800000</gml:pos><gml:radius uom="m">10</gml:radius></gml:CircleByCenterPoint>
 </gml:segments></gml:Curve></gml:curveMember></gml:Ring></gml:exterior></gml:Polygon></position>
</BP_GruenFlaeche></gml:featureMember>
<gml:featureMember><BP_GruenFlaeche gml:id="C"><position><gml:Polygon srsName="urn:ogc:def:crs:EPSG::31467">
 <gml:exterior><gml:LinearRing><gml:posList>5900000 3593000 5900000 3593100 5900100 3593100 5900100 3593000
 5900000 3593000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></position></BP_GruenFlaeche>
</gml:featureMember>
<gml:featureMember><BP_GruenFlaeche gml:id="E"><position><gml:Polygon srsName="EPSG:31467">
 <gml:exterior><gml:LinearRing><gml:posList>3593000 5900000 3593100 5900000 3593100 5900100 3593000 5900100
 3593000 5900000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></position></BP_GruenFlaeche>
</gml:featureMember>
<gml:featureMember><BP_GruenFlaeche gml:id="F"><position><gml:Polygon
 srsName="http://www.opengis.net/def/crs/EPSG/0/4258"><gml:exterior><gml:LinearRing><gml:posList>
 52 9 52 9.001 52.001 9.001 52.001 9 52 9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>
 </position></BP_GruenFlaeche></gml:featureMember>
<gml:featureMember><BP_GruenFlaeche gml:id="G"><position><gml:Polygon srsName="urn:adv:crs:ETRS89_Lat-Lon">
 <gml:exterior><gml:LinearRing><gml:posList>9 52 9.001 52 9.001 52.001 9 52.001 9 52</gml:posList>
 </gml:LinearRing></gml:exterior></gml:Polygon></position></BP_GruenFlaeche></gml:featureMember>
<gml:featureMember><BP_GruenFlaeche gml:id="H"><position><gml:Surface><gml:patches><gml:PolygonPatch>
 <gml:exterior><gml:Ring><gml:curveMember><gml:Curve><gml:segments>
 <gml:Arc><gml:posList>500010 5800000 500000 5800010 499990 5800000</gml:posList></gml:Arc>
 <gml:LineStringSegment><gml:posList>499990 5800000 500010 5800000</gml:posList></gml:LineStringSegment>
 </gml:segments></gml:Curve></gml:curveMember></gml:Ring></gml:exterior></gml:PolygonPatch></gml:patches>
 </gml:Surface></position></BP_GruenFlaeche></gml:featureMember>
</XPlanAuszug>"""


def self_test() -> int:
    """Checks encodings the fixtures lack: gml:coordinates, CircleByCenterPoint, compound and authority-order
    srsNames, Arc in a PolygonPatch."""
    doc = read_document(SELF_TEST_DOC.encode(), CRSRegistry())
    area = {o["gml_id"]: o for o in doc["objects"]}
    checks = [
        ("coordinates square", area["A"]["area_m2"], 10_000.0, 1e-9),
        ("CircleByCenterPoint, compound srsName", area["B"]["area_m2_exact_arcs"], math.pi * 100, 1e-6),
        ("1-degree circle", area["B"]["area_m2"], 100 * 360 / 2 * math.sin(math.radians(1)), 1e-9),
        ("urn:ogc 31467 northing first = EPSG:31467 x/y", area["C"]["area_m2"], area["E"]["area_m2"], 1e-12),
        ("EPSG/0/4258 lat/lon = urn:adv ETRS89_Lat-Lon lon/lat", area["F"]["area_m2"], area["G"]["area_m2"], 1e-12),
        ("half circle Arc in PolygonPatch", area["H"]["area_m2_exact_arcs"], math.pi * 50, 1e-6),
    ]
    failed = 0
    for name, got, want, rel in checks:
        ok = abs(got - want) <= rel * abs(want) + 1e-6
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {got} (expected {want})")
    return 1 if failed else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", default=DEFAULT_DIR)
    ap.add_argument("--check", action="store_true", help="compare with expected.json instead of writing it")
    ap.add_argument("--self-test", action="store_true", help="check the GML encodings the fixtures lack")
    args = ap.parse_args()
    if args.self_test:
        return self_test()
    result = build(args.dir)
    text = to_json(result) + "\n"
    out = os.path.join(args.dir, "expected.json")
    if args.check:
        same = os.path.exists(out) and open(out, encoding="utf-8").read() == text
        print("expected.json is up to date" if same else "expected.json differs")
        return 0 if same else 1
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    n = sum(len(v.get("objects", [])) for v in result["files"].values())
    print(f"wrote {out}: {len(result['files'])} files, {n} area objects")
    return 0


if __name__ == "__main__":
    sys.exit(main())
