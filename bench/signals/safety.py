#!/usr/bin/env python3
"""Independent safety check of SUMO traffic-light programs against the junction conflict data netconvert wrote
into the net (no flowsim code or outputs are used, only the <tlLogic> XML under test).

Usage:
  safety.py NET.net.xml[.gz] [PROPOSAL.xml] [--program-id ID] [--json OUT.json] [--quiet]
  safety.py NET.net.xml[.gz] --against-self        (the original programs as proposal: sanity, 0 new expected)
  safety.py --self-test

Conventions (checked on SUMO's nets and in --self-test):
- <junction incLanes intLanes> + <request index response foes cont>: `intLanes` lists the junction's links in
  junction-link-index order; a `foes`/`response` string has one character per junction link, the RIGHTMOST
  character is link 0 (sumolib: node.areFoes, foes[len - j - 1]).
- A controlled <connection from to fromLane toLane via tl linkIndex [linkIndex2]> belongs to junction link k
  where the lane in intLanes position k is its `via` lane or, for a left turn with an internal junction, the
  lane that `via` continues into (the connection from the via lane carries another `via`): the junction lists
  the lane after the internal stop. Pedestrian crossings: the connection walkingarea -> crossing
  (":J_w1" -> ":J_c0", no via) carries tl/linkIndex; its junction link is the crossing lane (":J_c0_0") in
  intLanes. The result is cross-checked against sumolib's enumeration (incLanes order, each lane's outgoing
  connections in file order, without walkingarea connections other than walkingarea -> crossing).
- `linkIndex2` (the signal of the internal stop of a left turn) also controls the connection's junction link
  (conservative: the request does not say which foes lie beyond the internal stop).
- TLS indices a, b conflict when some junction link of a and some of b on the SAME junction are foes
  (foes[a][b] or foes[b][a]); links of different junctions of a joined light never conflict. An index is a
  pedestrian link when all its connections go onto crossings, a vehicle link otherwise.
- Program states: G g s o O are green; y Y u (amber, red-amber) and r R are not green. A program's phases
  are one cycle (sum of durations; offsets do not matter inside one light); the net's program type
  (static/actuated) is ignored: the phase durations are taken as a fixed-time plan.

Metrics per light (original program = the last <tlLogic> of the light in the net, or --program-id):
- conflicting green pairs: conflicting (a, b) green in the same phase; seconds per cycle of joint green;
  "new" for a proposal = not green together in the original at all. A pair is "unprotected" when neither
  side shows a minor green (g s o) during the joint green, i.e. both have priority ('G'/'O').
- intergreen (a clears, b enters), for conflicting pairs never green together in the original: min over a's
  green ends of the time to b's next green start (cyclic). A proposal's pair is an "intergreen cut" when its
  minimum is shorter than the original's by more than 0.05 s; pairs green together in the proposal are not
  listed here (they are new conflicting pairs). A shorter cycle shortens long "intergreens" (the rest of the
  cycle) too, so the totals also count the cuts leaving less than 10 s (intergreen_cuts_under_10s).
- minimum green: shortest green window per index (cyclic, merged over consecutive green phases); violation
  when a vehicle window < min(original's shortest, 5 s) or a pedestrian window < min(original's shortest,
  max(5 s, crossing length / 2 / 1.0 m/s)) (RiLSA; --pedestrian-minimum original: < the original's) (0.05 s
  tolerance); pedestrian greens shorter than the original's at all are counted as information
  (pedestrian_greens_shortened); an index green in the original but never in the proposal is "never green".
- phases shorter than 1 s.
Exit 0, or 2 when an input cannot be read (--self-test: 1 when an assertion fails).
"""
import argparse
import gzip
import io
import json
import os
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict

GREEN = set("GgsoO")
MINOR_GREEN = set("gso")
TOL = 0.05
EPS = 1e-9
VEH_MIN_GREEN = 5.0
# Pedestrian minimum green: "rilsa" = min(original, max(5 s, crossing length / 2 / WALK)) (RiLSA: a pedestrian
# starting at green reaches at least the middle; the rest of the crossing is the clearance, checked as an
# intergreen); "original" = never shorter than the original (stricter than RiLSA). Set by --pedestrian-minimum.
PED_RULE = "rilsa"
WALK = 1.0  # m/s, a slow walker (RiLSA's design value is 1.2 m/s)
SHORT_INTERGREEN = 10.0  # secondary count: cuts that leave less than this (clearance scale)


class InputError(Exception):
    pass


# ------------------------------------------------------------------------------------------------ reading


def _open(path):
    with open(path, "rb") as f:
        magic = f.read(2)
    return gzip.open(path, "rb") if magic == b"\x1f\x8b" else open(path, "rb")


def _iter(path, tags):
    try:
        with _open(path) as f:
            for _, el in ET.iterparse(f, events=("end",)):
                if el.tag in tags:
                    yield el
                    el.clear()
    except (OSError, ET.ParseError, EOFError) as e:
        raise InputError(f"{path}: {e}")


def read_programs(path):
    """[(id, programID, type, [(duration, state)])] in file order."""
    out = []
    for el in _iter(path, {"tlLogic"}):
        phases = []
        for p in el.findall("phase"):
            try:
                phases.append((float(p.get("duration")), p.get("state")))
            except (TypeError, ValueError):
                raise InputError(f"{path}: tlLogic {el.get('id')}: bad phase {p.attrib}")
        out.append((el.get("id"), el.get("programID", "0"), el.get("type", "static"), phases))
    return out


class Net:
    def __init__(self, path):
        self.path = path
        self.edge_function = {}
        self.crossing_length = {}  # crossing edge id -> length of its lane (m)
        self.junctions = {}  # id -> dict(type, incLanes, intLanes, foes{idx: str}, response{idx: str})
        self.connections = []  # dicts in file order
        self.programs = []
        cur_junction = None
        try:
            f = _open(path)
        except OSError as e:
            raise InputError(f"{path}: {e}")
        try:
            for ev, el in ET.iterparse(f, events=("start", "end")):
                tag = el.tag
                if ev == "start":
                    if tag == "junction":
                        cur_junction = el.get("id")
                        self.junctions[cur_junction] = dict(
                            type=el.get("type"), incLanes=(el.get("incLanes") or "").split(),
                            intLanes=(el.get("intLanes") or "").split(), foes={}, response={})
                    elif tag == "edge":
                        self.edge_function[el.get("id")] = el.get("function", "normal")
                    continue
                if tag == "request" and cur_junction is not None:
                    j = self.junctions[cur_junction]
                    i = int(el.get("index"))
                    j["foes"][i] = el.get("foes")
                    j["response"][i] = el.get("response")
                elif tag == "junction":
                    cur_junction = None
                    el.clear()
                elif tag == "connection":
                    self.connections.append(dict(el.attrib))
                    el.clear()
                elif tag == "tlLogic":
                    phases = [(float(p.get("duration")), p.get("state")) for p in el.findall("phase")]
                    self.programs.append((el.get("id"), el.get("programID", "0"), el.get("type", "static"), phases))
                    el.clear()
                elif tag == "edge":
                    if el.get("function") == "crossing":
                        lane = el.find("lane")
                        if lane is not None and lane.get("length"):
                            self.crossing_length[el.get("id")] = float(lane.get("length"))
                    el.clear()
        except (ET.ParseError, EOFError, OSError, ValueError, TypeError) as e:
            raise InputError(f"{path}: {e}")
        finally:
            f.close()
        if not self.junctions:
            raise InputError(f"{path}: no <junction> elements (not a SUMO net?)")
        self._map_links()

    # junction link index of every controlled connection
    def _map_links(self):
        lane_pos = {}  # internal lane -> (junction, position)
        for jid, j in self.junctions.items():
            if j["type"] == "internal":
                continue
            for k, lane in enumerate(j["intLanes"]):
                lane_pos[lane] = (jid, k)
        next_via = {}  # internal lane -> via of the connection leaving it (internal junction)
        for c in self.connections:
            if c["from"].startswith(":") and c.get("via"):
                next_via[f'{c["from"]}_{c["fromLane"]}'] = c["via"]

        def fn(edge):
            return self.edge_function.get(edge, "internal" if edge.startswith(":") else "normal")

        enum_index = self._enumerated_indices(fn)
        self.tls_links = defaultdict(lambda: defaultdict(set))  # tl -> tlindex -> {(junction, jlink)}
        self.tls_kind = defaultdict(lambda: defaultdict(set))  # tl -> tlindex -> {"veh", "ped"}
        self.tls_crossing = defaultdict(dict)  # tl -> tlindex -> crossing length (m)
        self.mapping_notes = []
        self.mapping_checked = 0
        self.mapping_mismatch = 0
        self.linkindex2 = 0
        for n, c in enumerate(self.connections):
            tl = c.get("tl")
            if tl is None:
                continue
            crossing = fn(c["from"]) == "walkingarea" and fn(c["to"]) == "crossing"
            found = None
            if crossing:
                found = lane_pos.get(f'{c["to"]}_{c["toLane"]}')
            else:
                lane, seen = c.get("via"), set()
                while lane and lane not in seen:
                    seen.add(lane)
                    if lane in lane_pos:
                        found = lane_pos[lane]
                        break
                    lane = next_via.get(lane)
            if n in enum_index:
                if found is None:
                    found = enum_index[n]  # nets without internal lanes
                    self.mapping_notes.append(f"{c['from']}->{c['to']}: junction link from incLanes order")
                else:
                    self.mapping_checked += 1
                    if enum_index[n] != found:
                        self.mapping_mismatch += 1
                        if self.mapping_mismatch <= 5:
                            self.mapping_notes.append(
                                f"{c['from']}->{c['to']} (tl {tl} {c.get('linkIndex')}): intLanes gives {found}, "
                                f"incLanes enumeration {enum_index[n]}")
            if found is None:
                self.mapping_notes.append(f"{c['from']}->{c['to']} (tl {tl}): no junction link found")
                continue
            indices = [int(c.get("linkIndex", -1))]
            if c.get("linkIndex2") is not None:
                indices.append(int(c["linkIndex2"]))
                self.linkindex2 += 1
            for i in indices:
                if i < 0:
                    continue
                self.tls_links[tl][i].add(found)
                self.tls_kind[tl][i].add("ped" if crossing else "veh")
                if crossing and c["to"] in self.crossing_length:
                    self.tls_crossing[tl][i] = max(self.tls_crossing[tl].get(i, 0.0), self.crossing_length[c["to"]])

    def _enumerated_indices(self, fn):
        """sumolib's Node.getLinkIndex: connection number -> (junction, index) by incLanes order."""
        by_lane = defaultdict(list)
        for n, c in enumerate(self.connections):
            ff, tf = fn(c["from"]), fn(c["to"])
            if ff == "internal" or tf == "walkingarea" or (ff == "walkingarea" and tf != "crossing"):
                continue
            if ff == "crossing":
                continue
            by_lane[f'{c["from"]}_{c["fromLane"]}'].append(n)
        out = {}
        for jid, j in self.junctions.items():
            if j["type"] == "internal":
                continue
            k = 0
            for lane in j["incLanes"]:
                for n in by_lane.get(lane, []):
                    out[n] = (jid, k)
                    k += 1
        return out

    def foes(self, jid, x, y):
        j = self.junctions[jid]
        for p, q in ((x, y), (y, x)):
            s = j["foes"].get(p)
            if s is not None and q < len(s) and s[len(s) - 1 - q] == "1":
                return True
        return False

    def is_crossing(self, jid, x):
        lanes = self.junctions[jid]["intLanes"]
        return x < len(lanes) and self.edge_function.get(lanes[x].rsplit("_", 1)[0]) == "crossing"

    def conflict_matrix(self, tl, width):
        """{(a, b): kind} for conflicting TLS index pairs (a < b), and the index kinds. A pair's kind comes from
        its conflicting junction links: "veh-ped" when some conflict is between a crossing and a vehicle link,
        else "veh-veh", else "ped-ped"."""
        links = self.tls_links.get(tl, {})
        pairs = {}
        for a in range(width):
            for b in range(a + 1, width):
                found = set()
                for ja, xa in links.get(a, ()):
                    for jb, xb in links.get(b, ()):
                        if ja == jb and xa != xb and self.foes(ja, xa, xb):
                            ca, cb = self.is_crossing(ja, xa), self.is_crossing(jb, xb)
                            found.add("ped-ped" if ca and cb else "veh-ped" if ca or cb else "veh-veh")
                if found:
                    pairs[(a, b)] = next(k for k in ("veh-ped", "veh-veh", "ped-ped") if k in found)
        kinds = []
        for i in range(width):
            k = self.tls_kind.get(tl, {}).get(i, set())
            kinds.append("ped" if k == {"ped"} else "veh" if k == {"veh"} else "mixed" if k else "none")
        return pairs, kinds


# ------------------------------------------------------------------------------------------------ timing


class Program:
    def __init__(self, phases):
        self.phases = phases
        self.cycle = sum(d for d, _ in phases)
        self.width = len(phases[0][1]) if phases else 0
        self.starts = []
        t = 0.0
        for d, _ in phases:
            self.starts.append(t)
            t += d

    def green(self, i, p):
        return self.phases[p][1][i] in GREEN

    def windows(self, i):
        """Green windows of index i as (start, end), 0 <= start < cycle, end - start = length (end may pass the
        cycle: the window wraps); [(0, C)] when always green; [] when never green. Zero-length phases are
        ignored, consecutive green phases are merged."""
        live = [p for p in range(len(self.phases)) if self.phases[p][0] > EPS]
        g = {p: self.green(i, p) for p in live}
        if not any(g.values()):
            return []
        if all(g.values()):
            return [(0.0, self.cycle)]
        k = next(n for n, p in enumerate(live) if not g[p])
        order = live[k:] + live[:k]  # starts with a non-green phase
        t0 = self.starts[order[0]]
        out, start, t = [], None, t0
        for p in order:
            if g[p] and start is None:
                start = t
            elif not g[p] and start is not None:
                out.append((start, t))
                start = None
            t += self.phases[p][0]
        if start is not None:
            out.append((start, t))
        C = self.cycle
        return sorted((s % C if s >= C - EPS else s, (s % C if s >= C - EPS else s) + (e - s)) for s, e in out)

    def joint_green(self, a, b):
        """Seconds per cycle both green, and whether a minor green was shown by either during it."""
        t, minor = 0.0, False
        for d, s in self.phases:
            if s[a] in GREEN and s[b] in GREEN:
                t += d
                if d > EPS and (s[a] in MINOR_GREEN or s[b] in MINOR_GREEN):
                    minor = True
        return t, minor

    def intergreen(self, a, b):
        """Min over a's green ends of the time to b's next green start (cyclic); None when a has no end or b
        is never green; 0 when b is green at the end of a's green."""
        wa, wb = self.windows(a), self.windows(b)
        if not wa or not wb:
            return None
        C = self.cycle
        if wa == [(0.0, C)]:
            return None
        if wb == [(0.0, C)]:
            return 0.0
        best = None
        for _, e in wa:
            for sb, eb in wb:
                # b green just before e (overlap) -> 0
                if (e - sb) % C > EPS and (e - sb) % C <= (eb - sb) + EPS and (eb - sb) < C:
                    d = 0.0
                else:
                    d = (sb - e) % C
                    if d > C - EPS:
                        d = 0.0
                best = d if best is None else min(best, d)
        return best

    def min_green(self, i):
        w = self.windows(i)
        return min(e - s for s, e in w) if w else None


# ------------------------------------------------------------------------------------------------ checking


def choose_original(net, program_id=None):
    chosen, notes = {}, []
    for tl, pid, typ, phases in net.programs:
        if program_id is not None and tl in chosen and chosen[tl][0] == program_id and pid != program_id:
            continue
        chosen[tl] = (pid, typ, phases)
    if program_id is not None:
        for tl, (pid, _, _) in chosen.items():
            if pid != program_id:
                notes.append(f"{tl}: no program '{program_id}', using '{pid}'")
    return chosen, notes


def analyse_light(net, tl, original, proposal=None):
    """Dict of numbers for one light (original: (pid, type, phases); proposal: phases or None)."""
    op = Program(original[2])
    pairs, kinds = net.conflict_matrix(tl, op.width)
    r = dict(light=tl, original_program=original[0], original_type=original[1], links=op.width,
             vehicle_links=kinds.count("veh"), pedestrian_links=kinds.count("ped"), mixed_links=kinds.count("mixed"),
             conflicting_pairs=len(pairs), original_cycle=round(op.cycle, 3))

    def kind_of(a, b):
        return pairs[(min(a, b), max(a, b))]

    def conflicting_green(prog):
        out = {}
        for a, b in sorted(pairs):
            t, minor = prog.joint_green(a, b)
            if any(prog.phases[p][1][a] in GREEN and prog.phases[p][1][b] in GREEN for p in range(len(prog.phases))):
                out[(a, b)] = dict(a=a, b=b, kind=kind_of(a, b), seconds=round(t, 3), unprotected=not minor)
        return out

    orig_cg = conflicting_green(op)
    r["original_conflicting_green"] = list(orig_cg.values())
    r["original_phases_under_1s"] = sum(1 for d, _ in op.phases if d < 1 - EPS)
    if proposal is None:
        return r
    pp = Program(proposal)
    r["proposal_cycle"] = round(pp.cycle, 3)
    if pp.width != op.width or any(len(s) != op.width for _, s in proposal):
        r["error"] = f"state length {pp.width} (or varying) != net program's {op.width}"
        return r
    prop_cg = conflicting_green(pp)
    new = [v for k, v in prop_cg.items() if k not in orig_cg]
    r["proposal_conflicting_green"] = list(prop_cg.values())
    r["new_conflicting_pairs"] = new
    r["new_veh_veh"] = sum(1 for v in new if v["kind"] == "veh-veh")
    r["new_veh_ped"] = sum(1 for v in new if v["kind"] == "veh-ped")
    r["new_ped_ped"] = sum(1 for v in new if v["kind"] == "ped-ped")
    r["new_unprotected"] = sum(1 for v in new if v["unprotected"])
    r["new_seconds"] = round(sum(v["seconds"] for v in new), 3)
    cuts = []
    for a, b in sorted(pairs):
        if (a, b) in orig_cg or (a, b) in prop_cg:
            continue
        for x, y in ((a, b), (b, a)):
            io_, ip = op.intergreen(x, y), pp.intergreen(x, y)
            if io_ is not None and ip is not None and ip < io_ - TOL:
                cuts.append(dict(clears=x, enters=y, kind=kind_of(a, b), original=round(io_, 3), proposal=round(ip, 3)))
    r["intergreen_cuts"] = cuts
    mg, never, shortened = [], [], []
    for i in range(op.width):
        mo, mp = op.min_green(i), pp.min_green(i)
        if kinds[i] == "none" or mo is None:
            continue
        if mp is None:
            never.append(dict(index=i, kind=kinds[i], original=round(mo, 3)))
            continue
        if kinds[i] in ("ped", "mixed"):
            length = net.tls_crossing[tl].get(i)
            limit = min(mo, max(VEH_MIN_GREEN, length / 2 / WALK)) if PED_RULE == "rilsa" and length else mo
            if mp < mo - TOL:
                shortened.append(dict(index=i, original=round(mo, 3), proposal=round(mp, 3)))
        else:
            limit = min(mo, VEH_MIN_GREEN)
        if mp < limit - TOL:
            mg.append(dict(index=i, kind=kinds[i], original=round(mo, 3), proposal=round(mp, 3), limit=round(limit, 3)))
    r["min_green_violations"] = mg
    r["pedestrian_greens_shortened"] = shortened
    r["never_green"] = never
    r["phases_under_1s"] = [round(d, 3) for d, _ in proposal if d < 1 - EPS]
    return r


def check(net_path, proposal_path=None, program_id=None, against_self=False):
    net = Net(net_path)
    originals, notes = choose_original(net, program_id)
    proposals = read_programs(proposal_path) if proposal_path else None
    if against_self:
        proposal_path = "(the original programs)"
        proposals = [(tl, pid, typ, phases) for tl, (pid, typ, phases) in originals.items()]
    result = dict(net=net_path, proposal=proposal_path, notes=notes + net.mapping_notes,
                  mapping=dict(checked=net.mapping_checked, mismatches=net.mapping_mismatch,
                               linkIndex2_connections=net.linkindex2),
                  lights=[])
    if proposals is None:
        for tl in originals:
            result["lights"].append(analyse_light(net, tl, originals[tl]))
    else:
        seen = set()
        for tl, pid, typ, phases in proposals:
            if tl not in originals:
                result["notes"].append(f"proposal tlLogic {tl}: no such traffic light in the net")
                continue
            if not phases:
                result["notes"].append(f"proposal tlLogic {tl}: no phases")
                continue
            seen.add(tl)
            r = analyse_light(net, tl, originals[tl], phases)
            r["proposal_program"] = pid
            result["lights"].append(r)
        result["lights_without_proposal"] = sorted(set(originals) - seen)
    result["totals"] = totals(result)
    return result


def totals(result):
    L = result["lights"]
    t = dict(lights=len(L),
             original_conflicting_green=sum(len(r["original_conflicting_green"]) for r in L),
             original_conflicting_green_veh_ped=sum(1 for r in L for v in r["original_conflicting_green"]
                                                    if v["kind"] == "veh-ped"),
             original_conflicting_green_unprotected=sum(1 for r in L for v in r["original_conflicting_green"]
                                                        if v["unprotected"]),
             original_phases_under_1s=sum(r["original_phases_under_1s"] for r in L))
    if result.get("proposal"):
        ok = [r for r in L if "error" not in r]
        t.update(
            proposals=len(L), proposal_errors=len(L) - len(ok),
            lights_without_proposal=len(result.get("lights_without_proposal", [])),
            new_veh_veh=sum(r["new_veh_veh"] for r in ok), new_veh_ped=sum(r["new_veh_ped"] for r in ok),
            new_ped_ped=sum(r["new_ped_ped"] for r in ok), new_unprotected=sum(r["new_unprotected"] for r in ok),
            new_seconds=round(sum(r["new_seconds"] for r in ok), 3),
            intergreen_cuts=sum(len(r["intergreen_cuts"]) for r in ok),
            intergreen_cuts_under_10s=sum(1 for r in ok for c in r["intergreen_cuts"] if c["proposal"] < SHORT_INTERGREEN),
            min_green_violations=sum(len(r["min_green_violations"]) for r in ok),
            min_green_violations_veh=sum(1 for r in ok for v in r["min_green_violations"] if v["kind"] == "veh"),
            pedestrian_greens_shortened=sum(len(r["pedestrian_greens_shortened"]) for r in ok),
            never_green=sum(len(r["never_green"]) for r in ok),
            phases_under_1s=sum(len(r["phases_under_1s"]) for r in ok),
            lights_with_new_conflicts=sum(1 for r in ok if r["new_conflicting_pairs"]))
    return t


def fmt_pairs(vs, limit=8):
    s = ", ".join(f"{v['a']}x{v['b']} {v['kind']} {v['seconds']:g}s{' (G/G)' if v['unprotected'] else ''}"
                  for v in vs[:limit])
    return s + (f", … (+{len(vs) - limit})" if len(vs) > limit else "")


def print_report(res, out=sys.stdout):
    p = lambda *a: print(*a, file=out)
    p(f"net: {res['net']}")
    if res["proposal"]:
        p(f"proposal: {res['proposal']}")
    m = res["mapping"]
    p(f"junction-link mapping: {m['checked']} controlled connections cross-checked against incLanes order, "
      f"{m['mismatches']} mismatches; {m['linkIndex2_connections']} with linkIndex2")
    for n in res["notes"][:20]:
        p(f"  note: {n}")
    for r in res["lights"]:
        mixed = f", {r['mixed_links']} veh+ped" if r["mixed_links"] else ""
        head = (f"light {r['light']}: {r['links']} links ({r['vehicle_links']} veh, {r['pedestrian_links']} ped{mixed}), "
                f"{r['conflicting_pairs']} conflicting pairs; original '{r['original_program']}' "
                f"({r['original_type']}, C={r['original_cycle']:g}s)")
        if "proposal_cycle" in r:
            head += f"; proposal C={r['proposal_cycle']:g}s"
        p(head)
        if r["original_conflicting_green"]:
            p(f"  original conflicting greens (designer's choice): {fmt_pairs(r['original_conflicting_green'])}")
        if "error" in r:
            p(f"  ERROR: {r['error']}")
            continue
        if "new_conflicting_pairs" not in r:
            continue
        if r["new_conflicting_pairs"]:
            p(f"  NEW conflicting greens: {fmt_pairs(r['new_conflicting_pairs'])}")
        for c in r["intergreen_cuts"][:8]:
            p(f"  intergreen cut {c['clears']}->{c['enters']} ({c['kind']}): {c['original']:g}s -> {c['proposal']:g}s")
        if len(r["intergreen_cuts"]) > 8:
            p(f"  … {len(r['intergreen_cuts']) - 8} more intergreen cuts")
        for v in r["min_green_violations"]:
            p(f"  min green {v['index']} ({v['kind']}): {v['proposal']:g}s < {v['limit']:g}s (original {v['original']:g}s)")
        for v in r["never_green"]:
            p(f"  never green {v['index']} ({v['kind']}) (original min window {v['original']:g}s)")
        if r["phases_under_1s"]:
            p(f"  phases < 1 s: {r['phases_under_1s']}")
    p("totals: " + ", ".join(f"{k}={v}" for k, v in res["totals"].items()))


# ------------------------------------------------------------------------------------------------ self-test

SELF_NET = """<?xml version="1.0" encoding="UTF-8"?>
<net version="1.20">
    <edge id=":J_0" function="internal"><lane id=":J_0_0" index="0" speed="13.9" length="10" shape="0,0 1,1"/></edge>
    <edge id=":J_1" function="internal"><lane id=":J_1_0" index="0" speed="13.9" length="10" shape="0,0 1,1"/></edge>
    <edge id=":J_c0" function="crossing" crossingEdges="EO"><lane id=":J_c0_0" index="0" speed="1" length="8" shape="0,0 1,1"/></edge>
    <edge id=":J_w0" function="walkingarea"><lane id=":J_w0_0" index="0" speed="1" length="2" shape="0,0 1,1"/></edge>
    <edge id=":J_w1" function="walkingarea"><lane id=":J_w1_0" index="0" speed="1" length="2" shape="0,0 1,1"/></edge>
    <edge id="WI" from="W" to="J"><lane id="WI_0" index="0" speed="13.9" length="100" shape="0,0 1,1"/></edge>
    <edge id="NI" from="N" to="J"><lane id="NI_0" index="0" speed="13.9" length="100" shape="0,0 1,1"/></edge>
    <edge id="EO" from="J" to="E"><lane id="EO_0" index="0" speed="13.9" length="100" shape="0,0 1,1"/></edge>
    <edge id="SO" from="J" to="S"><lane id="SO_0" index="0" speed="13.9" length="100" shape="0,0 1,1"/></edge>
    %(tl)s
    <junction id="J" type="traffic_light" x="0" y="0" incLanes="WI_0 NI_0 :J_w0_0" intLanes=":J_0_0 :J_1_0 :J_c0_0" shape="0,0 1,1">
        <request index="0" response="000" foes="110" cont="0"/>
        <request index="1" response="001" foes="001" cont="0"/>
        <request index="2" response="000" foes="001" cont="0"/>
    </junction>
    <connection from="WI" to="EO" fromLane="0" toLane="0" via=":J_0_0" tl="T" linkIndex="1" dir="s" state="O"/>
    <connection from="NI" to="SO" fromLane="0" toLane="0" via=":J_1_0" tl="T" linkIndex="0" dir="s" state="o"/>
    <connection from=":J_0" to="EO" fromLane="0" toLane="0" dir="s" state="M"/>
    <connection from=":J_1" to="SO" fromLane="0" toLane="0" dir="s" state="M"/>
    <connection from=":J_w0" to=":J_c0" fromLane="0" toLane="0" tl="T" linkIndex="2" dir="s" state="M"/>
    <connection from=":J_c0" to=":J_w1" fromLane="0" toLane="0" dir="s" state="M"/>
</net>
"""

# TLS index 0 = N->S (junction link 1), 1 = W->E (junction link 0), 2 = crossing over EO (junction link 2).
# Junction foes: link 0 (W->E) vs links 1 and 2; so at TLS level: 1x0 (veh-veh) and 1x2 (veh-ped); 0 and 2
# are compatible. With the bit order reversed, "110" would read as 0 x {0, 1} and "001" as 1 x 2, 2 x 2.
SELF_ORIGINAL = [(27, "GrG"), (3, "yrr"), (2, "rrr"), (25, "rGr"), (3, "ryr"), (2, "rrr")]  # C = 62
SELF_ORIGINAL_PERMITTED = [(27, "GrG"), (3, "yrr"), (2, "rrr"), (2, "gGr"), (23, "rGr"), (3, "ryr"), (2, "rrr")]
SELF_A = [(20, "GrG"), (3, "yrr"), (0.5, "rrr"), (30, "rGG"), (3, "ryr"), (2, "rrr")]  # C = 58.5
SELF_B = [(10, "GGG"), (3, "yyy"), (2, "rrr"), (4, "rGr"), (3, "ryr"), (2, "rrr")]  # C = 24

# A T-junction written by netconvert 1.28 (nodes W, E, S around C; 2 lanes W-E, 1 lane S; static program), cut
# to what the checker reads. Link 2 (E->S left turn, via :C_2_0, which continues via :C_8_0 after the
# internal stop: intLanes lists :C_8_0) has foes "11110000": read with the rightmost character as link 0,
# these are links 4-7 (S->W left turn, W->S right turn, W->E straight), the streams it crosses or merges
# with; read the other way round they would be links 0-3 (its own approach and itself).
NETCONVERT_T = """<net>
    <edge id=":C_0" function="internal"/><edge id=":C_2" function="internal"/><edge id=":C_8" function="internal"/>
    <edge id=":C_3" function="internal"/><edge id=":C_4" function="internal"/><edge id=":C_5" function="internal"/>
    <edge id=":C_6" function="internal"/>
    <edge id="CE" from="C" to="E"/><edge id="CS" from="C" to="S"/><edge id="CW" from="C" to="W"/>
    <edge id="EC" from="E" to="C"/><edge id="SC" from="S" to="C"/><edge id="WC" from="W" to="C"/>
    <tlLogic id="C" type="static" programID="0" offset="0">
        <phase duration="42" state="GGgrrGGG"/>
        <phase duration="3"  state="yyyrrGyy"/>
        <phase duration="42" state="rrrGGGrr"/>
        <phase duration="3"  state="rrryyGrr"/>
    </tlLogic>
    <junction id="C" type="traffic_light" x="100.00" y="100.00" incLanes="EC_0 EC_1 SC_0 WC_0 WC_1" intLanes=":C_0_0 :C_0_1 :C_8_0 :C_3_0 :C_4_0 :C_5_0 :C_6_0 :C_6_1">
        <request index="0" response="00000000" foes="00010000" cont="0"/>
        <request index="1" response="00000000" foes="00010000" cont="0"/>
        <request index="2" response="11100000" foes="11110000" cont="1"/>
        <request index="3" response="11000000" foes="11000000" cont="0"/>
        <request index="4" response="11000111" foes="11000111" cont="0"/>
        <request index="5" response="00000000" foes="00000100" cont="0"/>
        <request index="6" response="00000000" foes="00011100" cont="0"/>
        <request index="7" response="00000000" foes="00011100" cont="0"/>
    </junction>
    <junction id=":C_8_0" type="internal" x="103.56" y="100.89" incLanes=":C_2_0 WC_0 WC_1" intLanes=":C_4_0 :C_5_0 :C_6_0 :C_6_1"/>
    <connection from="EC" to="CW" fromLane="0" toLane="0" via=":C_0_0" tl="C" linkIndex="0" dir="s" state="O"/>
    <connection from="EC" to="CW" fromLane="1" toLane="1" via=":C_0_1" tl="C" linkIndex="1" dir="s" state="O"/>
    <connection from="EC" to="CS" fromLane="1" toLane="0" via=":C_2_0" tl="C" linkIndex="2" dir="l" state="o"/>
    <connection from="SC" to="CE" fromLane="0" toLane="0" via=":C_3_0" tl="C" linkIndex="3" dir="r" state="o"/>
    <connection from="SC" to="CW" fromLane="0" toLane="1" via=":C_4_0" tl="C" linkIndex="4" dir="l" state="o"/>
    <connection from="WC" to="CS" fromLane="0" toLane="0" via=":C_5_0" tl="C" linkIndex="5" dir="r" state="O"/>
    <connection from="WC" to="CE" fromLane="0" toLane="0" via=":C_6_0" tl="C" linkIndex="6" dir="s" state="O"/>
    <connection from="WC" to="CE" fromLane="1" toLane="1" via=":C_6_1" tl="C" linkIndex="7" dir="s" state="O"/>
    <connection from=":C_2" to="CS" fromLane="0" toLane="0" via=":C_8_0" dir="l" state="m"/>
    <connection from=":C_8" to="CS" fromLane="0" toLane="0" dir="l" state="M"/>
</net>
"""


def _tl_xml(phases, pid="0"):
    return (f'<tlLogic id="T" type="static" programID="{pid}" offset="0">'
            + "".join(f'<phase duration="{d}" state="{s}"/>' for d, s in phases) + "</tlLogic>")


def self_test():
    global PED_RULE
    PED_RULE = "original"  # the hand-made cases below assert the strict rule; RiLSA's is asserted at the end
    failures = []

    def expect(what, got, want):
        if got != want:
            failures.append(f"{what}: got {got!r}, want {want!r}")

    with tempfile.TemporaryDirectory() as tmp:
        netp = os.path.join(tmp, "t.net.xml.gz")
        with gzip.open(netp, "wt") as f:
            f.write(SELF_NET % {"tl": _tl_xml(SELF_ORIGINAL)})
        net = Net(netp)
        expect("foes bit order: junction link 0 foes 1", net.foes("J", 0, 1), True)
        expect("foes bit order: junction link 0 foes 2", net.foes("J", 0, 2), True)
        expect("foes bit order: junction link 1 not foe of 2", net.foes("J", 1, 2), False)
        expect("TLS index -> junction link", {i: sorted(v) for i, v in net.tls_links["T"].items()},
               {0: [("J", 1)], 1: [("J", 0)], 2: [("J", 2)]})
        expect("mapping cross-check", (net.mapping_checked, net.mapping_mismatch), (3, 0))
        pairs, kinds = net.conflict_matrix("T", 3)
        expect("conflict matrix", pairs, {(0, 1): "veh-veh", (1, 2): "veh-ped"})
        expect("kinds", kinds, ["veh", "veh", "ped"])

        op = Program(SELF_ORIGINAL)
        expect("windows 0", op.windows(0), [(0.0, 27.0)])
        expect("windows 1", op.windows(1), [(32.0, 57.0)])
        expect("intergreen 0->1", op.intergreen(0, 1), 5.0)
        expect("intergreen 1->0 (wraps)", op.intergreen(1, 0), 5.0)
        expect("intergreen 1->2", op.intergreen(1, 2), 5.0)
        # a window wrapping over the cycle end is one window
        wp = Program([(5, "G"), (10, "r"), (5, "G")])
        expect("wrapping window", wp.windows(0), [(15.0, 25.0)])
        expect("wrapping min green", wp.min_green(0), 10.0)

        def run(original, proposal):
            with gzip.open(netp, "wt") as f:
                f.write(SELF_NET % {"tl": _tl_xml(original)})
            pp = os.path.join(tmp, "p.xml")
            with open(pp, "w") as f:
                f.write("<additional>" + _tl_xml(proposal, "prop") + "</additional>")
            return check(netp, pp)

        # original against itself
        r = run(SELF_ORIGINAL, SELF_ORIGINAL)["lights"][0]
        expect("self: new pairs", r["new_conflicting_pairs"], [])
        expect("self: cuts", (r["intergreen_cuts"], r["min_green_violations"], r["phases_under_1s"]), ([], [], []))

        # A: crossing (2) green with W->E (1) for 30 s; crossing window 20 s < 27 s; 0 -> 1 intergreen 3.5 s < 5 s;
        # one 0.5 s phase
        r = run(SELF_ORIGINAL, SELF_A)["lights"][0]
        expect("A: new pairs", [(v["a"], v["b"], v["kind"], v["seconds"], v["unprotected"])
                                for v in r["new_conflicting_pairs"]], [(1, 2, "veh-ped", 30.0, True)])
        expect("A: cuts", [(c["clears"], c["enters"], c["original"], c["proposal"]) for c in r["intergreen_cuts"]],
               [(0, 1, 5.0, 3.5)])
        expect("A: min green", [(v["index"], v["kind"], v["proposal"]) for v in r["min_green_violations"]],
               [(2, "ped", 20.0)])
        expect("A: short phases", r["phases_under_1s"], [0.5])

        # B: 10 s of all green: 0x1 veh-veh and 1x2 veh-ped; W->E window of 4 s (< 5 s), crossing 10 s (< 27 s);
        # 0x1's and 1x2's intergreens are not listed (green together)
        res = run(SELF_ORIGINAL, SELF_B)
        r = res["lights"][0]
        expect("B: new pairs", [(v["a"], v["b"], v["kind"], v["seconds"]) for v in r["new_conflicting_pairs"]],
               [(0, 1, "veh-veh", 10.0), (1, 2, "veh-ped", 10.0)])
        expect("B: totals", {k: res["totals"][k] for k in ("new_veh_veh", "new_veh_ped", "new_seconds",
                                                          "intergreen_cuts", "min_green_violations")},
               dict(new_veh_veh=1, new_veh_ped=1, new_seconds=20.0, intergreen_cuts=0, min_green_violations=2))
        expect("B: min green", [(v["index"], v["proposal"], v["limit"]) for v in r["min_green_violations"]],
               [(1, 4.0, 5.0), (2, 10.0, 27.0)])

        # RiLSA's pedestrian minimum: the 8 m crossing needs max(5 s, 8 m / 2 / 1.0 m/s) = 5 s, so A's 20 s
        # crossing green is no violation, only a shortened pedestrian green (27 s -> 20 s); B's 10 s neither.
        PED_RULE = "rilsa"
        r = run(SELF_ORIGINAL, SELF_A)["lights"][0]
        expect("A, RiLSA: min green", r["min_green_violations"], [])
        expect("A, RiLSA: pedestrian greens shortened",
               [(v["index"], v["original"], v["proposal"]) for v in r["pedestrian_greens_shortened"]], [(2, 27.0, 20.0)])
        r = run(SELF_ORIGINAL, SELF_B)["lights"][0]
        expect("B, RiLSA: min green", [(v["index"], v["proposal"], v["limit"]) for v in r["min_green_violations"]],
               [(1, 4.0, 5.0)])
        PED_RULE = "original"

        # an original with a permitted turn (0 'g' with 1 'G' for 2 s): informational, and not new in B
        r = run(SELF_ORIGINAL_PERMITTED, SELF_ORIGINAL_PERMITTED)["lights"][0]
        expect("permitted: original pairs", [(v["a"], v["b"], v["seconds"], v["unprotected"])
                                             for v in r["original_conflicting_green"]], [(0, 1, 2.0, False)])
        expect("permitted: new", r["new_conflicting_pairs"], [])
        r = run(SELF_ORIGINAL_PERMITTED, SELF_B)["lights"][0]
        expect("B vs permitted: new", [(v["a"], v["b"]) for v in r["new_conflicting_pairs"]], [(1, 2)])

        # a proposal with the wrong state length
        r = run(SELF_ORIGINAL, [(30, "GrGr"), (30, "rGrr")])["lights"][0]
        expect("state length", "error" in r, True)

        # the netconvert T-junction
        tp = os.path.join(tmp, "t2.net.xml")
        with open(tp, "w") as f:
            f.write(NETCONVERT_T)
        net = Net(tp)
        expect("netconvert T: link 2 foes", [y for y in range(8) if net.foes("C", 2, y)], [4, 5, 6, 7])
        expect("netconvert T: internal-junction left turn -> intLanes[2]", sorted(net.tls_links["C"][2]), [("C", 2)])
        expect("netconvert T: mapping cross-check", (net.mapping_checked, net.mapping_mismatch), (8, 0))
        pairs, _ = net.conflict_matrix("C", 8)
        expect("netconvert T: conflicts", sorted(pairs),
               [(0, 4), (1, 4), (2, 4), (2, 5), (2, 6), (2, 7), (3, 6), (3, 7), (4, 6), (4, 7)])
        r = check(tp, against_self=True)["lights"][0]
        expect("netconvert T: permitted left turn (g) green with the opposing stream",
               [(v["a"], v["b"], v["seconds"], v["unprotected"]) for v in r["original_conflicting_green"]],
               [(2, 5, 42.0, False), (2, 6, 42.0, False), (2, 7, 42.0, False)])
        expect("netconvert T: original vs itself", r["new_conflicting_pairs"], [])

    if failures:
        for f in failures:
            print("FAIL", f)
        return 1
    print("self-test passed (foes bit order: rightmost = junction link 0; TLS index -> junction link via intLanes; "
          "crossing via walkingarea->crossing; intergreen, min green, short phases, permitted pairs)")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("net", nargs="?")
    ap.add_argument("proposal", nargs="?")
    ap.add_argument("--program-id")
    ap.add_argument("--json")
    ap.add_argument("--self-test", action="store_true")
    ap.add_argument("--against-self", action="store_true",
                    help="use the original programs as the proposal (sanity check: 0 new pairs expected)")
    ap.add_argument("--quiet", action="store_true", help="print the totals only")
    ap.add_argument("--pedestrian-minimum", choices=["rilsa", "original"], default="rilsa",
                    help="pedestrian minimum green: RiLSA's (default) or never shorter than the original")
    a = ap.parse_args()
    global PED_RULE
    PED_RULE = a.pedestrian_minimum
    if a.self_test:
        sys.exit(self_test())
    if not a.net:
        ap.error("NET is required")
    try:
        res = check(a.net, a.proposal, a.program_id, a.against_self)
    except InputError as e:
        print(f"safety.py: {e}", file=sys.stderr)
        sys.exit(2)
    if a.quiet:
        print("totals: " + ", ".join(f"{k}={v}" for k, v in res["totals"].items()))
    else:
        print_report(res)
    if a.json:
        with open(a.json, "w") as f:
            json.dump(res, f, indent=1, default=list)
    sys.exit(0)


if __name__ == "__main__":
    main()
