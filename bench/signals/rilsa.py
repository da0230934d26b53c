#!/usr/bin/env python3
"""Independent RiLSA intergreen check ("Zwischenzeiten") of SUMO traffic-light programs, from the junction
geometry netconvert wrote into the net. No flowsim code or output is used for the computation, only the
<tlLogic> XML under test (the optional --compare-flowsim reads a saved `flowsim signals check` text afterwards,
to compare the two implementations).

Usage:
  rilsa.py NET.net.xml[.gz] [PROGRAM.xml] [--program-id ID] [--json OUT] [--worst N]
           [--compare-flowsim CHECK.txt]
  rilsa.py --self-test

Without PROGRAM the net's own programs are checked (the last <tlLogic> per light, or the one with --program-id);
with PROGRAM its <tlLogic>s (matched to the net's lights by id; the last per id, or --program-id).

Model (the project's design values):
- Links: TLS index k = the controlled <connection tl=T linkIndex=k> (linkIndex2 is not used: it signals the
  internal stop of a left turn, not the link's stop line; counted and reported). A vehicle link's path is the
  chain of internal lanes from the stop line to the next normal edge: the connection's `via` lane, then, while
  a <connection from=":X" fromLane=..> leaving that lane has its own `via`, that lane; shapes joined in order.
  A pedestrian link is the walkingarea -> crossing connection (no via); its path is the crossing lane's shape,
  walked both ways. Widths: the lane's `width`, else 3.2 m (vehicle) / 4.0 m (crossing); a vehicle path's
  width is its first (via) lane's. A controlled connection that leaves an internal lane (hand-edited nets
  signal the part after an internal stop this way, e.g. Ingolstadt's gneJ21) is a link of its index too, its
  path starting at its own via, its kind from that internal lane's `allow`.
- Junction link of a connection: the position in its junction's `intLanes` of the first lane of the via chain
  listed there (crossings: the crossing lane). Two connections conflict when they are on the same junction and
  their junction links are foes either way (<request index=i foes=F>: the RIGHTMOST character of F is junction
  link 0). TLS indices a, b conflict when some connection of a and some of b conflict.
- Conflict point of a clearing path A and an entering path B: the point of A ∩ B with the smallest distance
  along A (shapely project); without an intersection the closest approach (nearest_points). s_a = distance
  along A, s_b = distance along B. Both-ways paths (crossings): clearing max(s, L - s), entering min(s, L - s).
  s_r = s_a + width(B) / 2, s_e = max(0, s_b - width(A) / 2).
- Kinds: pedestrian (crossing); cyclist (from-lane `allow` is only "bicycle"); turning vehicle (heading change
  between the path's first and last segment >= 30 degrees); vehicle.
- t_z = t_u + (s_r + l) / v_r - s_e / v_e, at least 0, rounded up (ceil(t - 1e-9)). Clearing: t_u 3 s
  (vehicles, turning), 1 s cyclists, 0 s pedestrians; v_r 10 / 7 / 4 / 1.2 m/s (vehicle / turning / cyclist /
  pedestrian); l 6 m vehicles and turning, 0 otherwise. Entering: v_e 11.1 m/s vehicles and turning, 5 m/s
  cyclists; pedestrians enter at once (no s_e / v_e term). The required t_z of an ordered TLS pair (a clears,
  b enters) is the maximum over the connection combinations that conflict, as flowsim now takes it
  (--all-combinations: over all combinations of the two links' connections, flowsim's earlier reading; the same
  wherever a link index has one connection, as in netconvert's own programs).
- Actual intergreen, for conflicting pairs the program never shows green in the same phase (green: G g s o O):
  the minimum over the ends of a's green windows (cyclic; consecutive green phases merge; zero-length phases
  dropped) of the time to b's next green start (cyclic). Shortfall: actual < required - 0.05 s.
Exit 0 (also with shortfalls: this is a report), 2 when an input cannot be read (--self-test: 1 on a failure).
"""
import argparse
import gzip
import json
import math
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict

try:
    from shapely.geometry import LineString, Point
    from shapely.ops import nearest_points
except ImportError:  # pragma: no cover
    sys.exit("rilsa.py needs shapely: python3 -m pip install --user shapely")

GREEN = frozenset("GgsoO")
TOL = 0.05
EPS = 1e-9
TURN_DEG = 30.0
DEFAULT_WIDTH = {"vehicle": 3.2, "crossing": 4.0}
# kind -> (t_u clearing s, v_r m/s, l m, v_e m/s or None = enters at once)
PARAMS = {
    "vehicle": (3.0, 10.0, 6.0, 11.1),
    "turning vehicle": (3.0, 7.0, 6.0, 11.1),
    "cyclist": (1.0, 4.0, 0.0, 5.0),
    "pedestrian": (0.0, 1.2, 0.0, None),
}


class InputError(Exception):
    pass


# ------------------------------------------------------------------------------------------------ reading


def _open(path):
    try:
        with open(path, "rb") as f:
            head = f.read(2)
        return gzip.open(path, "rb") if head == b"\x1f\x8b" else open(path, "rb")
    except OSError as e:
        raise InputError(f"{path}: {e}")


def _shape(text):
    pts = []
    for pair in (text or "").split():
        x, y = pair.split(",")[:2]
        pts.append((float(x), float(y)))
    return pts


def _phases(el, where):
    out = []
    for p in el.findall("phase"):
        try:
            out.append((float(p.get("duration")), p.get("state") or ""))
        except (TypeError, ValueError):
            raise InputError(f"{where}: tlLogic {el.get('id')}: bad phase {p.attrib}")
    return out


def read_programs(path):
    """[(id, programID, phases)] in file order."""
    out = []
    f = _open(path)
    try:
        for _, el in ET.iterparse(f, events=("end",)):
            if el.tag == "tlLogic":
                out.append((el.get("id"), el.get("programID", "0"), _phases(el, path)))
                el.clear()
    except (ET.ParseError, EOFError, OSError) as e:
        raise InputError(f"{path}: {e}")
    finally:
        f.close()
    return out


class NetData:
    """The parts of a SUMO net the check needs: lanes (shape, width, allow), edge functions, junctions (intLanes,
    foes), connections, programs."""

    def __init__(self, path):
        self.path = path
        self.edge_function = {}
        self.lanes = {}  # lane id -> (shape text, width or None, allow or None, edge function)
        self.junctions = {}  # id -> {"intLanes": [...], "foes": {i: str}}
        self.connections = []
        self.programs = []  # (id, programID, phases)
        f = _open(path)
        junction = None
        edge_fn = None
        try:
            for ev, el in ET.iterparse(f, events=("start", "end")):
                tag = el.tag
                if ev == "start":
                    if tag == "junction":
                        junction = None
                        if el.get("type") != "internal":
                            junction = el.get("id")
                            self.junctions[junction] = {"intLanes": (el.get("intLanes") or "").split(), "foes": {}}
                    elif tag == "edge":
                        edge_fn = el.get("function", "normal")
                        self.edge_function[el.get("id")] = edge_fn
                    continue
                if tag == "lane" and edge_fn is not None:
                    w = el.get("width")
                    self.lanes[el.get("id")] = (el.get("shape"), float(w) if w else None, el.get("allow"), edge_fn)
                    el.clear()
                elif tag == "edge":
                    edge_fn = None
                    el.clear()
                elif tag == "request" and junction is not None:
                    self.junctions[junction]["foes"][int(el.get("index"))] = el.get("foes") or ""
                elif tag == "junction":
                    junction = None
                    el.clear()
                elif tag == "connection":
                    self.connections.append(dict(el.attrib))
                    el.clear()
                elif tag == "tlLogic":
                    self.programs.append((el.get("id"), el.get("programID", "0"), _phases(el, path)))
                    el.clear()
        except (ET.ParseError, EOFError, OSError, ValueError, TypeError) as e:
            raise InputError(f"{path}: {e}")
        finally:
            f.close()
        if not self.junctions:
            raise InputError(f"{path}: no <junction> elements (not a SUMO net?)")

    def function(self, edge):
        return self.edge_function.get(edge, "internal" if edge.startswith(":") else "normal")

    def foes(self, jid, x, y):
        fo = self.junctions[jid]["foes"]
        for p, q in ((x, y), (y, x)):
            s = fo.get(p)
            if s and 0 <= q < len(s) and s[len(s) - 1 - q] == "1":
                return True
        return False


# ------------------------------------------------------------------------------------------------ geometry


class Path:
    """One connection of a TLS index: its path, width, kind and junction link."""

    def __init__(self, conn, lanes, points, width, kind, both_ways, junction, jlink):
        self.conn = conn
        self.lanes = lanes
        self.line = LineString(points)
        self.length = self.line.length
        self.width = width
        self.kind = kind
        self.both_ways = both_ways
        self.junction = junction
        self.jlink = jlink


def heading_change(points):
    pts = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
    if len(pts) < 2:
        return 0.0
    (x0, y0), (x1, y1) = pts[0], pts[1]
    (x2, y2), (x3, y3) = pts[-2], pts[-1]
    d = math.degrees(math.atan2(y3 - y2, x3 - x2) - math.atan2(y1 - y0, x1 - x0))
    d = (d + 180.0) % 360.0 - 180.0
    return abs(d)


def build_paths(net):
    """{tl: {index: [Path]}}, notes, counters."""
    lane_pos = {}
    for jid, j in net.junctions.items():
        for k, lane in enumerate(j["intLanes"]):
            lane_pos[lane] = (jid, k)
    next_via = {}
    for c in net.connections:
        if c["from"].startswith(":") and c.get("via"):
            next_via[f'{c["from"]}_{c["fromLane"]}'] = c["via"]
    out = defaultdict(lambda: defaultdict(list))
    notes = []
    counts = dict(controlled=0, linkindex2=0, no_geometry=0, no_junction_link=0)
    for c in net.connections:
        tl = c.get("tl")
        if tl is None or c.get("linkIndex") is None:
            continue
        counts["controlled"] += 1
        if c.get("linkIndex2") is not None:
            counts["linkindex2"] += 1
        idx = int(c["linkIndex"])
        if idx < 0:
            continue
        ff, tf = net.function(c["from"]), net.function(c["to"])
        if ff == "walkingarea" and tf == "crossing":
            lane = f'{c["to"]}_{c["toLane"]}'
            info = net.lanes.get(lane)
            pos = lane_pos.get(lane)
            if info is None or not info[0]:
                counts["no_geometry"] += 1
                notes.append(f"{tl} {idx}: crossing {lane} has no shape")
                continue
            if pos is None:
                counts["no_junction_link"] += 1
                notes.append(f"{tl} {idx}: crossing {lane} not in any junction's intLanes")
                continue
            pts = _shape(info[0])
            w = info[1] if info[1] is not None else DEFAULT_WIDTH["crossing"]
            out[tl][idx].append(Path(c, [lane], pts, w, "pedestrian", True, pos[0], pos[1]))
            continue
        via = c.get("via")
        if not via:
            counts["no_geometry"] += 1
            if counts["no_geometry"] <= 5:
                notes.append(f"{tl} {idx}: {c['from']} -> {c['to']} has no via lane (net without internal links?)")
            continue
        chain, seen = [], set()
        lane = via
        while lane and lane not in seen:
            seen.add(lane)
            chain.append(lane)
            lane = next_via.get(lane)
        pos = next((lane_pos[l] for l in chain if l in lane_pos), None)
        if pos is None:
            counts["no_junction_link"] += 1
            notes.append(f"{tl} {idx}: via chain {' '.join(chain)} not in any junction's intLanes")
            continue
        pts = []
        for l in chain:
            info = net.lanes.get(l)
            if info is None or not info[0]:
                pts = None
                break
            for p in _shape(info[0]):
                if not pts or p != pts[-1]:
                    pts.append(p)
        if not pts or len(pts) < 2:
            counts["no_geometry"] += 1
            notes.append(f"{tl} {idx}: via chain {' '.join(chain)} has no usable shape")
            continue
        first = net.lanes[chain[0]]
        w = first[1] if first[1] is not None else DEFAULT_WIDTH["vehicle"]
        src = net.lanes.get(f'{c["from"]}_{c["fromLane"]}')
        allow = set((src[2] or "").split()) if src else set()
        if allow == {"bicycle"}:
            kind = "cyclist"
        elif heading_change(pts) >= TURN_DEG - EPS:
            kind = "turning vehicle"
        else:
            kind = "vehicle"
        out[tl][idx].append(Path(c, chain, pts, w, kind, False, pos[0], pos[1]))
    return out, notes, counts


def conflict_point(a, b):
    """(s_a, s_b, touched): distances along a and b to the first point of a ∩ b along a, or to the closest
    approach (touched False)."""
    inter = a.line.intersection(b.line)
    pts = []
    if not inter.is_empty:
        geoms = getattr(inter, "geoms", [inter])
        for g in geoms:
            pts.extend(g.coords)
    if pts:
        best = min(pts, key=lambda p: a.line.project(Point(p)))
        pt = Point(best)
        return a.line.project(pt), b.line.project(pt), True
    pa, pb = nearest_points(a.line, b.line)
    return a.line.project(pa), b.line.project(pb), False


def intergreen_required(a, b):
    """Required intergreen for a clearing, b entering: dict(t_z, t_raw, s_r, s_e, kinds, touched)."""
    s_a, s_b, touched = conflict_point(a, b)
    if a.both_ways:
        s_a = max(s_a, a.length - s_a)
    if b.both_ways:
        s_b = min(s_b, b.length - s_b)
    s_r = s_a + b.width / 2.0
    s_e = max(0.0, s_b - a.width / 2.0)
    t_u, v_r, l, _ = PARAMS[a.kind]
    v_e = PARAMS[b.kind][3]
    t = t_u + (s_r + l) / v_r - (s_e / v_e if v_e else 0.0)
    t = max(0.0, t)
    t_z = max(0, math.ceil(t - EPS))
    return dict(t_z=t_z, t_raw=t, s_r=s_r, s_e=s_e, clearing_kind=a.kind, entering_kind=b.kind, touched=touched,
                clearing_lanes=a.lanes, entering_lanes=b.lanes)


# ------------------------------------------------------------------------------------------------ timing


def green_windows(phases, i):
    """Green windows (start, end) of index i over one cycle; start in [0, C), end may pass C (wraps). [] when
    never green, [(0, C)] when always green."""
    live = [(d, s) for d, s in phases if d > EPS]
    if not live:
        return []
    C = sum(d for d, _ in live)
    g = [s[i] in GREEN if i < len(s) else False for _, s in live]
    if not any(g):
        return []
    if all(g):
        return [(0.0, C)]
    starts, t = [], 0.0
    for d, _ in live:
        starts.append(t)
        t += d
    n = len(live)
    out = []
    for k in range(n):
        if g[k] and not g[k - 1]:  # a window starts here (k - 1 wraps to the last phase)
            end, m = starts[k], k
            while g[m % n]:
                end += live[m % n][0]
                m += 1
            out.append((starts[k], end))
    return sorted(out)


def actual_intergreen(phases, a, b):
    """Min over a's green ends of the time to b's next green start (cyclic); None when undefined."""
    wa, wb = green_windows(phases, a), green_windows(phases, b)
    if not wa or not wb:
        return None
    C = sum(d for d, _ in phases if d > EPS)
    if wa == [(0.0, C)]:
        return None
    if wb == [(0.0, C)]:
        return 0.0
    best = None
    for _, e in wa:
        for sb, _ in wb:
            d = (sb - e) % C
            if d > C - 1e-6:
                d = 0.0
            best = d if best is None else min(best, d)
    return best


def green_together(phases, a, b):
    return any(a < len(s) and b < len(s) and s[a] in GREEN and s[b] in GREEN for _, s in phases)


# ------------------------------------------------------------------------------------------------ checking


def light_pairs(net, paths_of_tl, all_combinations=False):
    """{(a, b): required dict} for ordered conflicting TLS index pairs (a clears, b enters); the required dict
    holds the max over conflicting connection combinations (all_combinations: over all combinations of a
    conflicting pair) and `ties` (other combinations with the same t_z)."""
    pairs = {}
    idx = sorted(paths_of_tl)
    for a in idx:
        for b in idx:
            if a == b:
                continue
            combos, conflicting = [], False
            for pa in paths_of_tl[a]:
                for pb in paths_of_tl[b]:
                    foe = (pa.junction == pb.junction and pa.jlink != pb.jlink
                           and net.foes(pa.junction, pa.jlink, pb.jlink))
                    conflicting = conflicting or foe
                    if not foe and not all_combinations:
                        continue
                    r = intergreen_required(pa, pb)
                    r["junction"] = pa.junction
                    combos.append(r)
            if not conflicting:
                continue
            if combos:
                best = max(combos, key=lambda r: (r["t_z"], r["t_raw"]))
                best["ties"] = [r for r in combos if r is not best and r["t_z"] == best["t_z"]]
                best["combinations"] = len(combos)
                pairs[(a, b)] = best
    return pairs


def choose(programs, program_id=None):
    """{tl: (programID, phases)}: the last program per light, or the one with program_id where it exists."""
    out = {}
    for tl, pid, phases in programs:
        if program_id is not None and tl in out and out[tl][0] == program_id and pid != program_id:
            continue
        out[tl] = (pid, phases)
    return out


def check(net_path, program_path=None, program_id=None, net=None, all_combinations=False):
    net = net or NetData(net_path)
    paths, notes, counts = build_paths(net)
    if program_path:
        programs = choose(read_programs(program_path), program_id)
        source = program_path
    else:
        programs = choose(net.programs, program_id)
        source = "net"
    lights, rows = [], []
    for tl in sorted(programs):
        pid, phases = programs[tl]
        if tl not in paths:
            notes.append(f"{tl}: no controlled link with geometry in the net (light not in the net?)")
            continue
        width = min((len(s) for _, s in phases), default=0)
        need = max(paths[tl]) + 1
        lr = dict(light=tl, program=pid, links=len(paths[tl]), cycle=round(sum(d for d, _ in phases), 3),
                  conflicting_pairs=0, separated_pairs=0, green_together_pairs=0, undefined_pairs=0,
                  shortfalls=0, worst=[])
        if width < need or any(len(s) != len(phases[0][1]) for _, s in phases):
            lr["error"] = f"state length {width} (or varying) < {need} links"
            lights.append(lr)
            continue
        pairs = light_pairs(net, paths[tl], all_combinations)
        lr["conflicting_pairs"] = len(pairs)
        short = []
        for (a, b), r in sorted(pairs.items()):
            together = green_together(phases, a, b)
            actual = None if together else actual_intergreen(phases, a, b)
            shortfall = actual is not None and actual < r["t_z"] - TOL
            row = dict(light=tl, clearing=a, entering=b, required=r["t_z"],
                       actual=None if actual is None else round(actual, 3), s_r=round(r["s_r"], 3),
                       s_e=round(r["s_e"], 3), clearing_kind=r["clearing_kind"], entering_kind=r["entering_kind"],
                       junction=r["junction"], green_together=together, shortfall=shortfall,
                       t_raw=round(r["t_raw"], 4), conflict_point="intersection" if r["touched"] else "closest",
                       clearing_lanes=r["clearing_lanes"], entering_lanes=r["entering_lanes"],
                       alternatives=[dict(s_r=round(t["s_r"], 3), s_e=round(t["s_e"], 3),
                                          clearing_kind=t["clearing_kind"], entering_kind=t["entering_kind"])
                                     for t in r["ties"]])
            rows.append(row)
            if together:
                lr["green_together_pairs"] += 1
            elif actual is None:
                lr["undefined_pairs"] += 1
            else:
                lr["separated_pairs"] += 1
                if shortfall:
                    short.append(row)
        lr["shortfalls"] = len(short)
        lr["worst"] = sorted(short, key=lambda r: (r["actual"] - r["required"], r["clearing"], r["entering"]))
        lights.append(lr)
    totals = dict(lights=len(lights), conflicting_pairs=sum(l["conflicting_pairs"] for l in lights),
                  separated_pairs=sum(l["separated_pairs"] for l in lights),
                  shortfalls=sum(l["shortfalls"] for l in lights),
                  green_together_pairs=sum(l["green_together_pairs"] for l in lights),
                  closest_approach_pairs=sum(1 for r in rows if r["conflict_point"] == "closest"))
    in_net = {c.get("tl") for c in net.connections if c.get("tl")}
    missing = sorted(tl for tl in programs if tl not in in_net)
    return dict(net=net_path, programs=source, program_id=program_id, counts=counts, notes=notes,
                lights=lights, pairs=rows, totals=totals, programs_not_in_net=missing)


def print_report(res, worst=5, out=sys.stdout):
    p = lambda *a: print(*a, file=out)
    p(f"RiLSA intergreens: {res['net']} — programs: {res['programs']}"
      + (f" (program id {res['program_id']})" if res["program_id"] else ""))
    c = res["counts"]
    p(f"  controlled connections {c['controlled']}; without geometry {c['no_geometry']}; without junction link "
      f"{c['no_junction_link']}; linkIndex2 (not used) {c['linkindex2']}")
    for n in res["notes"][:10]:
        p(f"  note: {n}")
    if len(res["notes"]) > 10:
        p(f"  ({len(res['notes']) - 10} more notes)")
    for l in res["lights"]:
        if "error" in l:
            p(f"  {l['light']} ({l['program']}): ERROR {l['error']}")
            continue
        p(f"  {l['light']} ({l['program']}, cycle {l['cycle']:g} s): {l['conflicting_pairs']} conflicting ordered "
          f"pairs, {l['separated_pairs']} separated, {l['shortfalls']} short of RiLSA"
          + (f", {l['green_together_pairs']} green together" if l["green_together_pairs"] else ""))
        for r in l["worst"][:worst]:
            p(f"      {r['clearing']:>3} -> {r['entering']:<3} needs {r['required']} s, has {r['actual']:g} s "
              f"(s_r {r['s_r']:.2f} m {r['clearing_kind']}, s_e {r['s_e']:.2f} m {r['entering_kind']})")
    t = res["totals"]
    p(f"  TOTAL: {t['lights']} lights, {t['conflicting_pairs']} conflicting ordered pairs, {t['separated_pairs']} "
      f"separated, {t['shortfalls']} shortfalls, {t['green_together_pairs']} green together; conflict point by "
      f"closest approach: {t['closest_approach_pairs']}")
    if res["programs_not_in_net"]:
        p(f"  programs for lights not in the net: {' '.join(res['programs_not_in_net'])}")


# ------------------------------------------------------------------------------------------------ flowsim

FINDING = re.compile(r"(?:finding:|-) intergreen (.+):(\d+) → (.+):(\d+) is ([\d.]+) s; RiLSA needs (\d+) s for the "
                     r"junction's geometry \((.+?) clearing ([\d.]+) m, (.+?) entering ([\d.]+) m\)")


def parse_flowsim(paths):
    """{(light, clearing, entering): finding} from one or more saved `flowsim signals check` outputs (the first
    line seen per pair; `inconsistent` counts pairs whose required value or distances differ between files)."""
    out, inconsistent = {}, 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                m = FINDING.search(line)
                if not m:
                    continue
                key = (m.group(1), int(m.group(2)), int(m.group(4)))
                v = dict(actual=float(m.group(5)), required=int(m.group(6)), clearing_kind=m.group(7),
                         s_r=float(m.group(8)), entering_kind=m.group(9), s_e=float(m.group(10)), file=path)
                if key in out:
                    o = out[key]
                    inconsistent += (o["required"], o["s_r"], o["s_e"]) != (v["required"], v["s_r"], v["s_e"])
                    continue
                out[key] = v
    return out, inconsistent


def compare_flowsim(res, path, dist_tol=0.05):
    """Pairs flowsim reports as short of RiLSA vs this checker's pairs: agreement in seconds, distances, kinds."""
    fs, inconsistent = parse_flowsim(path)
    mine = {(r["light"], r["clearing"], r["entering"]): r for r in res["pairs"]}
    single = len(path) == 1
    cmp = dict(files=len(path), flowsim_findings=len(fs), inconsistent_between_files=inconsistent, matched=0, seconds_agree=0, distances_agree=0, kinds_agree=0,
               distances_agree_via_tie=0, actual_agree=0, only_flowsim=[], only_here=[], disagreements=[])
    for key, f in sorted(fs.items()):
        r = mine.get(key)
        if r is None:
            cmp["only_flowsim"].append(dict(light=key[0], clearing=key[1], entering=key[2], **f))
            continue
        cmp["matched"] += 1
        sec = r["required"] == f["required"]
        cands = [dict(s_r=r["s_r"], s_e=r["s_e"], clearing_kind=r["clearing_kind"],
                      entering_kind=r["entering_kind"])] + r["alternatives"]
        dist = [abs(c["s_r"] - f["s_r"]) <= dist_tol and abs(c["s_e"] - f["s_e"]) <= dist_tol for c in cands]
        kinds = [(c["clearing_kind"], c["entering_kind"]) == (f["clearing_kind"], f["entering_kind"]) for c in cands]
        cmp["seconds_agree"] += sec
        cmp["distances_agree"] += any(dist)
        cmp["distances_agree_via_tie"] += any(dist) and not dist[0]
        cmp["kinds_agree"] += any(kinds)
        cmp["actual_agree"] += single and r["actual"] is not None and abs(r["actual"] - f["actual"]) <= TOL
        if not (sec and any(dist) and any(kinds)):
            cmp["disagreements"].append(dict(light=key[0], clearing=key[1], entering=key[2], flowsim=f, here=dict(
                required=r["required"], actual=r["actual"], s_r=r["s_r"], s_e=r["s_e"],
                clearing_kind=r["clearing_kind"], entering_kind=r["entering_kind"], t_raw=r["t_raw"],
                conflict_point=r["conflict_point"], clearing_lanes=r["clearing_lanes"],
                entering_lanes=r["entering_lanes"], alternatives=r["alternatives"])))
    cmp["pairs_here_without_flowsim_line"] = sum(1 for k in mine if k not in fs)
    cmp["pairs_here_without_flowsim_line_required_over_0"] = sum(1 for k, r in mine.items()
                                                                 if k not in fs and r["required"] > 0)
    for key, r in sorted(mine.items()):
        if r["shortfall"] and key not in fs and single:
            cmp["only_here"].append(dict(light=key[0], clearing=key[1], entering=key[2], required=r["required"],
                                         actual=r["actual"], s_r=r["s_r"], s_e=r["s_e"]))
    return cmp


def print_compare(cmp, out=sys.stdout, limit=20):
    p = lambda *a: print(*a, file=out)
    p(f"  flowsim comparison ({cmp['files']} file(s), {cmp['inconsistent_between_files']} pairs inconsistent "
      f"between files): {cmp['flowsim_findings']} flowsim findings, {cmp['matched']} matched to a "
      f"conflicting pair here; required seconds agree {cmp['seconds_agree']}, distances (±0.05 m) agree "
      f"{cmp['distances_agree']} ({cmp['distances_agree_via_tie']} through an equal-t_z combination), kinds agree "
      f"{cmp['kinds_agree']}, actual intergreen agrees {cmp['actual_agree']}; only flowsim "
      f"{len(cmp['only_flowsim'])}"
      + (f", shortfalls only here {len(cmp['only_here'])}" if cmp["files"] == 1 else
         f"; conflicting pairs here without a flowsim line {cmp['pairs_here_without_flowsim_line']} (required > 0: "
         f"{cmp['pairs_here_without_flowsim_line_required_over_0']})"))
    for d in cmp["disagreements"][:limit]:
        f, h = d["flowsim"], d["here"]
        p(f"    {d['light']} {d['clearing']} -> {d['entering']}: flowsim {f['required']} s ({f['clearing_kind']} "
          f"{f['s_r']} m, {f['entering_kind']} {f['s_e']} m); here {h['required']} s ({h['clearing_kind']} "
          f"{h['s_r']} m, {h['entering_kind']} {h['s_e']} m, t {h['t_raw']:.3f})")
    for d in cmp["only_flowsim"][:limit]:
        p(f"    only flowsim: {d['light']} {d['clearing']} -> {d['entering']} needs {d['required']} s")
    for d in cmp["only_here"][:limit]:
        p(f"    only here: {d['light']} {d['clearing']} -> {d['entering']} needs {d['required']} s, has "
          f"{d['actual']} s")


# ------------------------------------------------------------------------------------------------ many proposals


def find_net(proposal, root):
    """The net of a proposal: the nearest *.net.xml[.gz] in its folder or a parent folder up to root."""
    d = os.path.dirname(os.path.abspath(proposal))
    root = os.path.abspath(root)
    while True:
        nets = sorted(f for f in os.listdir(d) if f.endswith((".net.xml", ".net.xml.gz")))
        if nets:
            return os.path.join(d, nets[0])
        if d == root or os.path.dirname(d) == d:
            return None
        d = os.path.dirname(d)


def check_proposals(root, worst=3, all_combinations=False, out=sys.stdout):
    """Every tlLogic.proposed.xml under root against its net (find_net); one line each, totals."""
    found = []
    for d, _, files in os.walk(root):
        if "tlLogic.proposed.xml" in files:
            found.append(os.path.join(d, "tlLogic.proposed.xml"))
    nets, rows = {}, []
    for p in sorted(found):
        netp = find_net(p, root)
        row = dict(proposal=os.path.relpath(p, root), net=netp and os.path.relpath(netp, root))
        if netp is None:
            row["error"] = "no net found"
        else:
            try:
                if netp not in nets:
                    nets[netp] = NetData(netp)
                res = check(netp, p, net=nets[netp], all_combinations=all_combinations)
                row.update(res["totals"])
                row["worst"] = sorted((r for l in res["lights"] for r in l["worst"]),
                                      key=lambda r: r["actual"] - r["required"])[:worst]
                row["errors"] = [f"{l['light']}: {l['error']}" for l in res["lights"] if "error" in l]
            except InputError as e:
                row["error"] = str(e)
        rows.append(row)
        if "error" in row:
            print(f"  {row['proposal']}: ERROR {row['error']}", file=out)
            continue
        print(f"  {row['proposal']}: {row['lights']} lights, {row['separated_pairs']} separated conflicting "
              f"pairs, {row['shortfalls']} short of RiLSA, {row['green_together_pairs']} green together"
              + "".join(f"; {r['light']} {r['clearing']}->{r['entering']} needs {r['required']} s, has "
                        f"{r['actual']:g} s" for r in row["worst"])
              + "".join(f"; ERROR {e}" for e in row["errors"]), file=out)
    ok = [r for r in rows if "error" not in r]
    totals = dict(proposals=len(rows), unreadable=len(rows) - len(ok),
                  separated_pairs=sum(r["separated_pairs"] for r in ok),
                  shortfalls=sum(r["shortfalls"] for r in ok),
                  proposals_with_shortfalls=sum(1 for r in ok if r["shortfalls"]),
                  green_together_pairs=sum(r["green_together_pairs"] for r in ok))
    print(f"  TOTAL: {totals['proposals']} proposals ({totals['unreadable']} unreadable), "
          f"{totals['separated_pairs']} separated conflicting pairs, {totals['shortfalls']} short of RiLSA in "
          f"{totals['proposals_with_shortfalls']} proposals", file=out)
    return dict(root=root, proposals=rows, totals=totals)


# ------------------------------------------------------------------------------------------------ self-test

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Tests", "TrafficStudiesTests",
                       "Fixtures", "pedestrian-crossing.net.xml")


def self_test():
    import tempfile
    failures = []

    def expect(what, got, want, tol=None):
        ok = abs(got - want) <= tol if tol is not None and got is not None else got == want
        print(f"  {'ok  ' if ok else 'FAIL'} {what}: {got!r}" + ("" if ok else f" (want {want!r})"))
        if not ok:
            failures.append(what)

    # timing on synthetic programs
    ph = [(37, "Gr"), (3, "yr"), (2, "rr"), (30, "rG"), (3, "ry")]
    expect("windows 0", green_windows(ph, 0), [(0.0, 37.0)])
    expect("windows 1", green_windows(ph, 1), [(42.0, 72.0)])
    expect("intergreen 0 -> 1", actual_intergreen(ph, 0, 1), 5.0)
    expect("intergreen 1 -> 0 (wraps)", actual_intergreen(ph, 1, 0), 3.0)
    wrap = [(5, "Gr"), (10, "rG"), (5, "Gr"), (0, "rr")]
    expect("wrapping window merges", green_windows(wrap, 0), [(15.0, 25.0)])
    expect("intergreen into a start at the end (0 s)", actual_intergreen(wrap, 1, 0), 0.0)
    two = [(10, "Gr"), (4, "rr"), (10, "rG"), (6, "Gr"), (5, "rr")]
    expect("two windows: min over ends", actual_intergreen(two, 0, 1), 4.0)
    expect("two windows: 1 -> 0", actual_intergreen(two, 1, 0), 0.0)
    expect("never green", actual_intergreen([(10, "Gr")], 0, 1), None)

    if not os.path.exists(FIXTURE):
        print(f"  FAIL fixture {FIXTURE} not found")
        return 1
    net = NetData(FIXTURE)
    paths, notes, counts = build_paths(net)
    P = paths["C"]
    expect("16 link indices", sorted(P), list(range(16)))
    expect("link 2 via chain", P[2][0].lanes, [":C_2_0", ":C_13_0"])
    expect("link 2 junction link (:C_13_0 in intLanes)", P[2][0].jlink, 2)
    expect("link 2 kind", P[2][0].kind, "turning vehicle")
    expect("link 1 kind", P[1][0].kind, "vehicle")
    expect("link 12 crossing lane and kind", (P[12][0].lanes, P[12][0].kind, P[12][0].width),
           ([":C_c0_0"], "pedestrian", 4.0))
    expect("link 12 junction link", P[12][0].jlink, 12)
    expect("foes 1 x 4", net.foes("C", 1, 4), True)
    expect("foes 1 x 7 (opposite straights)", net.foes("C", 1, 7), False)

    # hand-derived from the fixture coordinates (see the task notes in README.md)
    r = intergreen_required(P[1][0], P[4][0])
    expect("1 clears, 4 enters: s_r", r["s_r"], 7.2, 1e-6)
    expect("1 clears, 4 enters: s_e", r["s_e"], 7.2, 1e-6)
    expect("1 clears, 4 enters: t_z", r["t_z"], 4)
    r = intergreen_required(P[4][0], P[1][0])
    expect("4 clears, 1 enters: s_r", r["s_r"], 10.4, 1e-6)
    expect("4 clears, 1 enters: s_e", r["s_e"], 4.0, 1e-6)
    expect("4 clears, 1 enters: t_z", r["t_z"], 5)
    r = intergreen_required(P[12][0], P[1][0])
    expect("crossing 12 clears, 1 enters: s_r", r["s_r"], 6.4, 1e-6)
    expect("crossing 12 clears, 1 enters: s_e", r["s_e"], 0.0, 1e-6)
    expect("crossing 12 clears, 1 enters: t_z", r["t_z"], 6)
    r = intergreen_required(P[1][0], P[12][0])  # 2.0 m + 2.0 m; entering min(4.8, 1.6) - 1.6 = 0
    expect("1 clears, crossing 12 enters: s_r / s_e / t_z", (round(r["s_r"], 6), round(r["s_e"], 6), r["t_z"]),
           (4.0, 0.0, 4))

    res = check(FIXTURE, net=net)
    rows = {(x["clearing"], x["entering"]): x for x in res["pairs"]}
    expect("1 -> 4 actual (phase 0+1 end at 42 s, 4 starts at 45 s)", rows[(1, 4)]["actual"], 3.0)
    expect("1 -> 4 shortfall", rows[(1, 4)]["shortfall"], True)
    expect("12 -> 1 actual (crossing ends at 82 s, 1 starts at 90 s)", rows[(12, 1)]["actual"], 8.0)
    expect("12 -> 1 no shortfall", rows[(12, 1)]["shortfall"], False)
    expect("no pair undefined", res["totals"]["conflicting_pairs"],
           res["totals"]["separated_pairs"] + res["totals"]["green_together_pairs"])

    # a cyclist: the north approach's vehicle lane turned into a bicycle lane
    with open(FIXTURE, encoding="utf-8") as f:
        text = f.read()
    old = '<lane id="NC_1" index="1" disallow="pedestrian"'
    expect("fixture has NC_1", old in text, True)
    with tempfile.TemporaryDirectory() as tmp:
        pth = os.path.join(tmp, "bike.net.xml.gz")
        with gzip.open(pth, "wt", encoding="utf-8") as f:
            f.write(text.replace(old, '<lane id="NC_1" index="1" allow="bicycle"'))
        bnet = NetData(pth)
        bp, _, _ = build_paths(bnet)
        expect("link 1 from a bicycle-only lane is a cyclist", bp["C"][1][0].kind, "cyclist")
        r = intergreen_required(bp["C"][1][0], bp["C"][4][0])  # 1 + 7.2/4 - 7.2/11.1 = 2.15 -> 3
        expect("cyclist 1 clears, 4 enters: t_z", r["t_z"], 3)
        r = intergreen_required(bp["C"][4][0], bp["C"][1][0])  # 3 + 16.4/10 - 4/5 = 3.84 -> 4
        expect("4 clears, cyclist 1 enters: t_z", r["t_z"], 4)
    print("self-test:", "FAILED " + ", ".join(failures) if failures else "passed")
    return 1 if failures else 0


# ------------------------------------------------------------------------------------------------ main


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("net", nargs="?")
    ap.add_argument("program", nargs="?")
    ap.add_argument("--json")
    ap.add_argument("--program-id")
    ap.add_argument("--worst", type=int, default=5)
    ap.add_argument("--compare-flowsim", metavar="CHECK_TXT", nargs="+",
                    help="saved output(s) of `flowsim signals check --net NET [--signals P]`: compare its RiLSA "
                         "findings with this checker's pairs (actual intergreens and missing shortfalls only with "
                         "one file, checked on the same program)")
    ap.add_argument("--all-combinations", action="store_true",
                    help="required t_z = max over ALL connection combinations of the two links, not only the "
                         "conflicting ones (the other reading of the rule; flowsim's earlier one)")
    ap.add_argument("--proposals", metavar="DIR",
                    help="check every tlLogic.proposed.xml under DIR against the nearest *.net.xml[.gz] in its "
                         "folder or a parent (e.g. bench/out/signals-confirm)")
    ap.add_argument("--self-test", action="store_true")
    args = ap.parse_args(argv)
    if args.self_test:
        return self_test()
    if args.proposals:
        if not os.path.isdir(args.proposals):
            print(f"rilsa.py: {args.proposals}: not a folder", file=sys.stderr)
            return 2
        res = check_proposals(args.proposals, args.worst, args.all_combinations)
        if args.json:
            with open(args.json, "w", encoding="utf-8") as f:
                json.dump(res, f, indent=1)
        return 0
    if not args.net:
        ap.error("NET is required")
    try:
        res = check(args.net, args.program, args.program_id, all_combinations=args.all_combinations)
    except InputError as e:
        print(f"rilsa.py: {e}", file=sys.stderr)
        return 2
    print_report(res, args.worst)
    if args.compare_flowsim:
        try:
            res["flowsim_comparison"] = compare_flowsim(res, args.compare_flowsim)
        except OSError as e:
            print(f"rilsa.py: {e}", file=sys.stderr)
            return 2
        print_compare(res["flowsim_comparison"])
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(res, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
