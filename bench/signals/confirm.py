#!/usr/bin/env python3
"""Do flowsim's signal-plan proposals hold up in SUMO? flowsim predicts a change of mean delay per vehicle
(`signals optimize`, comparison.csv: its own simulation of the running plans and of the proposal); SUMO runs
the running programs and the proposed tlLogic on the same routes and measures the change of mean timeLoss.

Usage:
  confirm.py run --flowsim BIN/flowsim --out DIR [--nets berlin ingolstadt arterial] [--seeds 42 43 44]
                 [--jobs 2] [--load NET=L1,L2 …] [--flowsim-args "…"]
  confirm.py report DIR            (table and JSON again from DIR/*/*/seed-*/result.json)

Cases: NET × load × method, each on every demand seed (`randomTrips.py --validate`, 1 h of departures; the
arterial: make_case.py's straight-through flows as a seeded Poisson process per route). Per seed:
- flowsim `signals optimize --net NET --routes ROUTES --method M --seed SEED --duration END`; methods
  `webster`, `webster-cc` (--common-cycle) and `offsets`; when offsets exits 7 (no common cycle) it runs on
  the common-cycle plans instead (`offsets-cc`: --signals webster-cc/tlLogic.proposed.xml).
- SUMO (`--end END --seed SEED`, tripinfo with unfinished vehicles, statistic output): the net as is; on nets
  with actuated programs also a static copy of them (same phases as fixed time, programID "static", loaded
  with -a: the last program loaded is the active one), flowsim's "before" with --actuated-programs fixed-time
  (by default flowsim runs them actuated, like the net as is); then each
  proposal, loaded last with -a (for offsets-cc after the common-cycle plans it starts from), once on the net
  as is and once over the static copy.
Δ % = (after − before) / before. flowsim: network mean_delay_s in comparison.csv (offsets-cc: against the
original plans' delay of the webster-cc run of the same seed, and as a step against its input). SUMO: mean
timeLoss over all tripinfo entries (arrived and unfinished; vehicles never inserted have no tripinfo: counted
separately as "not inserted"; timeLoss excludes the insertion delay, also reported separately).
"""
import argparse
import concurrent.futures
import csv
import datetime
import gzip
import json
import math
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
END = 5400          # simulated seconds (SUMO --end, flowsim --duration)
DEMAND = 3600       # seconds of departures

NETS = {
    # name: (source under SUMO_HOME or None, default loads, load kind)
    "berlin": ("tools/game/DRT/osm.net.xml", ["2", "1.2"], "period"),
    "ingolstadt": ("tools/game/fkk_in/ingolstadt.net.xml.gz", ["4", "2.5"], "period"),
    "arterial": (None, ["700/200", "900/250"], "arterial"),
}
METHODS = ["webster", "webster-cc", "offsets"]


# ----------------------------------------------------------------------------------------------------- helpers

def log(msg):
    print(msg, flush=True)


def run(cmd, cwd=None, logfile=None, env=None):
    """Runs cmd; stdout+stderr to logfile; returns the exit code."""
    with open(logfile or os.devnull, "w") as f:
        return subprocess.run(cmd, cwd=cwd, stdout=f, stderr=subprocess.STDOUT, env=env).returncode


def open_xml(path):
    return gzip.open(path) if path.endswith(".gz") else open(path, "rb")


def active_programs(path):
    """{tl id: <tlLogic> element}: the last program per light in file order (SUMO's and flowsim's choice)."""
    progs = {}
    with open_xml(path) as f:
        for _, el in ET.iterparse(f, events=("end",)):
            if el.tag == "tlLogic":
                progs[el.get("id")] = el
            elif el.tag in ("edge", "junction", "connection"):
                el.clear()
    return progs


def signature(el):
    return (round(float(el.get("offset", "0")), 2),
            tuple((round(float(p.get("duration")), 2), p.get("state")) for p in el.findall("phase")))


GREEN = set("GgsoO")


def green_timeline(el, step=0.25):
    """Per sample (every step s, at the midpoints, from the cycle start shifted by the offset): which link
    indices are green. Compares the timing of greens, not how a program spells its amber/red phases."""
    phases = [(float(p.get("duration")), p.get("state")) for p in el.findall("phase")]
    cycle = sum(dur for dur, _ in phases)
    if cycle <= 0:
        return (0, ())
    offset = float(el.get("offset", "0"))
    samples = []
    n = int(round(cycle / step))
    for k in range(n):
        t = ((k + 0.5) * step - offset) % cycle
        acc = 0.0
        for dur, state in phases:
            if t < acc + dur:
                samples.append("".join("1" if c in GREEN else "0" for c in state))
                break
            acc += dur
        else:
            samples.append("".join("1" if c in GREEN else "0" for c in phases[-1][1]))
    return (round(cycle, 2), tuple(samples))


def write_static_copy(net, out):
    """Writes static copies of the net's non-static active programs; returns how many (0: nothing written)."""
    progs = active_programs(net)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             "<!-- confirm.py: the net's actuated programs as fixed time (phase durations as in the net) -->",
             "<additional>"]
    n = 0
    for tid, el in progs.items():
        if el.get("type", "static") == "static":
            continue
        n += 1
        lines.append(f'    <tlLogic id="{tid}" type="static" programID="static" offset="{el.get("offset", "0")}">')
        for p in el.findall("phase"):
            name = f' name="{p.get("name")}"' if p.get("name") else ""
            lines.append(f'        <phase duration="{p.get("duration")}" state="{p.get("state")}"{name}/>')
        lines.append("    </tlLogic>")
    lines.append("</additional>")
    if n:
        with open(out, "w") as f:
            f.write("\n".join(lines) + "\n")
    return n


def mean(xs):
    return sum(xs) / len(xs) if xs else None


def pct(after, before):
    if after is None or before is None or before == 0:
        return None
    return (after - before) / before * 100.0


# ------------------------------------------------------------------------------------------------ preparation

def load_label(kind, load):
    if kind == "period":
        return f"p{load}"
    a, s = load.split("/")
    return f"a{a}-s{s}"


def prepare_net(name, out, sumo_home, loads):
    """Copies/builds the net; returns its description."""
    src, default_loads, kind = NETS[name]
    d = os.path.join(out, name)
    os.makedirs(d, exist_ok=True)
    loads = loads or default_loads
    info = {"name": name, "kind": kind, "loads": {}, "dir": d}
    if kind == "period":
        net = os.path.join(d, os.path.basename(src))
        shutil.copy(os.path.join(sumo_home, src), net)
        for load in loads:
            info["loads"][load_label(kind, load)] = {"load": load, "net": net}
    else:
        env = dict(os.environ, PATH=os.path.join(sumo_home, "bin") + os.pathsep + os.environ["PATH"])
        for load in loads:
            a, s = load.split("/")
            ld = os.path.join(d, load_label(kind, load))
            rc = run([sys.executable, os.path.join(HERE, "make_case.py"), "arterial", ld, "--arterial", a,
                      "--side", s, "--demand", str(DEMAND)], logfile=os.path.join(d, f"make_case-{a}-{s}.log"), env=env)
            if rc:
                sys.exit(f"confirm.py: make_case.py arterial failed (see {d})")
            info["loads"][load_label(kind, load)] = {"load": load, "net": os.path.join(ld, "case.net.xml"),
                                                     "template": os.path.join(ld, "case.rou.xml")}
    # static copy of actuated programs (one per distinct net file)
    for lab, l in info["loads"].items():
        static = os.path.splitext(l["net"].replace(".gz", ""))[0] + ".static.add.xml"
        l["static"] = static if write_static_copy(l["net"], static) else None
    info["programs"] = {t: e.get("type", "static") for t, e in active_programs(next(iter(info["loads"].values()))["net"]).items()}
    return info


def poisson_routes(template, out, seed):
    """make_case.py's routes (uniform departures) → the same flows as a Poisson process per route."""
    text = open(template).read()
    vtype = re.search(r"<vType[^>]*/>", text).group(0)
    flows = {}
    for m in re.finditer(r'<vehicle id="([^".]+)\.\d+"([^>]*)>(<route [^>]*/>)</vehicle>', text):
        name, attrs, route = m.groups()
        attrs = re.sub(r'\s*depart="[^"]*"', "", attrs)
        f = flows.setdefault(name, {"n": 0, "attrs": attrs, "route": route})
        f["n"] += 1
    rng = random.Random(seed)
    vehicles = []
    for name in sorted(flows):
        f = flows[name]
        rate = f["n"] / DEMAND
        t, k = rng.expovariate(rate), 0
        while t < DEMAND:
            vehicles.append((round(t, 2), f"{name}.{k}", f["attrs"], f["route"]))
            t += rng.expovariate(rate)
            k += 1
    vehicles.sort()
    with open(out, "w") as f:
        f.write(f"<routes>\n  {vtype}\n")
        for t, vid, attrs, route in vehicles:
            f.write(f'  <vehicle id="{vid}" depart="{t:.2f}"{attrs}>{route}</vehicle>\n')
        f.write("</routes>\n")
    return len(vehicles)


# ---------------------------------------------------------------------------------------------- one seed job

def read_comparison(folder):
    """flowsim's network rows: (before, after) dicts with strategy, mean_delay_s, arrived, unfinished."""
    path = os.path.join(folder, "comparison.csv")
    if not os.path.exists(path):
        return None
    rows = [r for r in csv.DictReader(open(path)) if r.get("scope") == "network"]
    if len(rows) < 2:
        return None

    def conv(r):
        out = {"strategy": r.get("strategy")}
        for k in ("mean_delay_s", "mean_travel_time_s", "arrived", "unfinished"):
            try:
                out[k] = float(r[k]) if r.get(k) not in (None, "") else None
            except ValueError:
                out[k] = None
        return out
    before = next((r for r in rows if r.get("strategy") == "original"), rows[0])
    after = next(r for r in rows if r is not before)
    return {"before": conv(before), "after": conv(after)}


def proposal_changes(proposal, reference_programs):
    """(programs in the proposal, programs different from reference) or None when the file is missing/empty."""
    if not os.path.exists(proposal):
        return None
    try:
        progs = active_programs(proposal)
    except ET.ParseError:
        return None
    rewritten = [t for t, e in progs.items()
                 if t not in reference_programs or signature(e) != signature(reference_programs[t])]
    changed = [t for t in rewritten
               if t not in reference_programs or green_timeline(progs[t]) != green_timeline(reference_programs[t])]
    return len(progs), len(changed), len(rewritten)


def sumo_metrics(trip, stats):
    m = {"trips": 0, "arrived": 0, "unfinished": 0, "timeloss": None, "depart_delay": None,
         "loaded": None, "inserted": None, "not_inserted": None, "teleports": None, "teleports_jam": None,
         "collisions": None}
    if not os.path.exists(trip):
        return m
    tl, dd = [], []
    for _, el in ET.iterparse(trip, events=("end",)):
        if el.tag == "tripinfo":
            tl.append(float(el.get("timeLoss")))
            dd.append(float(el.get("departDelay")))
            if float(el.get("arrival", "-1")) < 0:
                m["unfinished"] += 1
            else:
                m["arrived"] += 1
            el.clear()
    m["trips"] = len(tl)
    m["timeloss"] = mean(tl)
    m["depart_delay"] = mean(dd)
    if os.path.exists(stats):
        root = ET.parse(stats).getroot()
        v, t, s = root.find("vehicles"), root.find("teleports"), root.find("safety")
        if v is not None:
            m["loaded"], m["inserted"] = int(v.get("loaded")), int(v.get("inserted"))
            m["not_inserted"] = int(v.get("waiting", "0"))
        if t is not None:
            m["teleports"], m["teleports_jam"] = int(t.get("total")), int(t.get("jam"))
        if s is not None:
            m["collisions"] = int(s.get("collisions"))
    return m


def seed_job(ctx, net_name, lab, l, seed):
    t0 = time.time()
    d = os.path.join(ctx.out, net_name, lab, f"seed-{seed}")
    os.makedirs(d, exist_ok=True)
    net = os.path.relpath(l["net"], d)
    static = os.path.relpath(l["static"], d) if l["static"] else None
    res = {"net": net_name, "load": lab, "seed": seed, "dir": d, "flowsim": {}, "sumo": {}}
    # demand
    if l.get("template"):
        res["vehicles"] = poisson_routes(l["template"], os.path.join(d, "routes.rou.xml"), seed)
    else:
        rc = run([sys.executable, os.path.join(ctx.sumo_home, "tools", "randomTrips.py"), "-n", net,
                  "-e", str(DEMAND), "-p", l["load"], "--seed", str(seed), "--validate", "-o", "trips.rou.xml"],
                 cwd=d, logfile=os.path.join(d, "randomTrips.log"))
        if rc:
            res["error"] = f"randomTrips.py exit {rc}"
            return res
        os.replace(os.path.join(d, "trips.rou.xml"), os.path.join(d, "routes.rou.xml"))
        try:
            res["vehicles"] = sum(1 for e in ET.parse(os.path.join(d, "routes.rou.xml")).getroot()
                                  if e.tag in ("trip", "vehicle"))
        except ET.ParseError as e:
            res["error"] = f"routes.rou.xml unreadable: {e}"
            return res
    original = active_programs(l["net"])

    # flowsim
    def optimize(name, args, logname=None):
        logfile = os.path.join(d, f"flowsim-{logname or name}.log")
        rc = run([ctx.flowsim, "signals", "optimize", "--net", net, "--routes", "routes.rou.xml", *args,
                  "--seed", str(seed), "--duration", str(END), *ctx.flowsim_args, "--out", name],
                 cwd=d, logfile=logfile)
        f = {"exit": rc, "comparison": read_comparison(os.path.join(d, name))}
        msg = [line.strip() for line in open(logfile) if line.startswith("flowsim:") and "warning" not in line]
        f["message"] = msg[-1] if msg else ""
        md = os.path.join(d, name, "comparison.md")
        text = open(md).read() if os.path.exists(md) else ""
        f["not_proposed_text"] = bool(re.search(r"\*\*Not proposed:\*\*", text))
        # newer flowsim: "## Demand seeds" evidence, time in the system per trip (unfinished included) per seed
        ev = []
        sec = text.split("## Demand seeds", 1)
        if len(sec) == 2:
            for m in re.finditer(r"^\| (\d+) \| ([0-9.]+) \| ([0-9.]+) \| ([-−+0-9.]+) % \|", sec[1].split("\n## ", 1)[0], re.M):
                ev.append({"seed": int(m.group(1)), "running_s": float(m.group(2)), "proposal_s": float(m.group(3))})
        f["evidence"] = ev
        m = re.search(r"Rejected, keeping the running program:\n\n((?:- .*\n)+)", text)
        f["rejected"] = [line[2:].split(":")[0] for line in m.group(1).splitlines()] if m else []
        return f

    fs = res["flowsim"]
    fs["webster"] = optimize("webster", ["--method", "webster"])
    fs["webster-cc"] = optimize("webster-cc", ["--method", "webster", "--common-cycle"])
    fs["offsets"] = optimize("offsets", ["--method", "offsets"])
    chains = {"webster": ["webster/tlLogic.proposed.xml"], "webster-cc": ["webster-cc/tlLogic.proposed.xml"],
              "offsets": ["offsets/tlLogic.proposed.xml"]}
    refs = {"webster": original, "webster-cc": original, "offsets": original}
    if fs["offsets"]["exit"] == 7:
        cc = os.path.join(d, "webster-cc", "tlLogic.proposed.xml")
        if os.path.exists(cc):
            fs["offsets-cc"] = optimize("offsets-cc", ["--method", "offsets", "--signals", "webster-cc/tlLogic.proposed.xml"])
            fs["offsets-cc"]["input"] = "webster-cc/tlLogic.proposed.xml"
            if fs["offsets-cc"]["exit"] == 7 and os.path.exists(os.path.join(d, "webster-cc", "signals.proposed.json")):
                # the tlLogic XML rounds durations to 0.01 s: its cycles can differ by 0.01 s (flowsim then finds no
                # common cycle); the same plans in flowsim's own format
                xml_try = fs["offsets-cc"]
                os.replace(os.path.join(d, "flowsim-offsets-cc.log"), os.path.join(d, "flowsim-offsets-cc-xml.log"))
                shutil.rmtree(os.path.join(d, "offsets-cc"), ignore_errors=True)
                fs["offsets-cc"] = optimize("offsets-cc", ["--method", "offsets", "--signals", "webster-cc/signals.proposed.json"])
                fs["offsets-cc"]["input"] = "webster-cc/signals.proposed.json"
                fs["offsets-cc"]["xml_input"] = {"exit": xml_try["exit"], "message": xml_try["message"]}
            chains["offsets-cc"] = ["webster-cc/tlLogic.proposed.xml", "offsets-cc/tlLogic.proposed.xml"]
            refs["offsets-cc"] = dict(original, **active_programs(cc))
        else:
            fs["offsets-cc"] = {"exit": None, "comparison": None, "not_proposed_text": False, "rejected": [],
                                "skipped": "webster-cc wrote no proposal"}
    for name, f in fs.items():
        if name not in chains:
            f["proposal"] = False
            continue
        judged = os.path.join(os.path.dirname(chains[name][-1]), "tlLogic.not-proposed.xml")
        if not os.path.exists(os.path.join(d, chains[name][-1])) and os.path.exists(os.path.join(d, judged)):
            # flowsim judged these plans not better (exit 9) and wrote them only for checking that verdict
            chains[name] = chains[name][:-1] + [judged]
            f["judged_only"] = True
        ch = proposal_changes(os.path.join(d, chains[name][-1]), refs[name])
        f["programs"], f["changed"], f["rewritten"] = ch if ch else (0, 0, 0)
        f["proposal"] = bool(ch and ch[1] > 0 and not f["not_proposed_text"] and f["exit"] in (0, 5))

    # SUMO
    def sumo(name, adds):
        trip, stats = os.path.join(d, f"sumo-{name}.trip.xml"), os.path.join(d, f"sumo-{name}.stats.xml")
        cmd = [os.path.join(ctx.sumo_home, "bin", "sumo"), "-n", net, "-r", "routes.rou.xml", "--end", str(END),
               "--seed", str(seed), "--no-step-log", "--duration-log.statistics",
               "--tripinfo-output", trip, "--tripinfo-output.write-unfinished", "--statistic-output", stats]
        if adds:
            cmd += ["-a", ",".join(adds)]
        rc = run(cmd, cwd=d, logfile=os.path.join(d, f"sumo-{name}.log"))
        m = sumo_metrics(trip, stats)
        m["exit"] = rc
        m["additional"] = adds
        res["sumo"][name] = m
        if not ctx.keep:
            os.remove(trip) if os.path.exists(trip) else None

    def sumo_copy(src):
        """A copy of a proposal with programID flowsim-<its folder>: SUMO refuses two programs with one id."""
        folder = os.path.dirname(src)
        dst = f"sumo-{folder}.add.xml"
        text = open(os.path.join(d, src)).read()
        with open(os.path.join(d, dst), "w") as f:
            f.write(re.sub(r'(<tlLogic\b[^>]*\bprogramID=")[^"]*"', rf'\g<1>flowsim-{folder}"', text))
        return dst

    sumo("net", [])
    if static:
        sumo("static", [static])
    for name, ch in chains.items():
        if not os.path.exists(os.path.join(d, ch[-1])):
            continue
        if not fs[name]["proposal"] and not fs[name].get("judged_only") and not ctx.run_unproposed:
            continue
        adds = [sumo_copy(c) for c in ch]
        sumo(name, adds)
        if static:
            sumo(name + "+static", [static] + adds)
    res["seconds"] = round(time.time() - t0, 1)
    with open(os.path.join(d, "result.json"), "w") as f:
        json.dump(res, f, indent=1)
    return res


# ---------------------------------------------------------------------------------------------------- report

def stats_of(xs):
    xs = [x for x in xs if x is not None]
    if not xs:
        return None
    return {"mean": mean(xs), "sd": statistics.stdev(xs) if len(xs) > 1 else 0.0, "min": min(xs), "max": max(xs),
            "n": len(xs), "values": xs}


def fmt(v, d=1, sign=True):
    if v is None:
        return "–"
    return f"{v:+.{d}f}" if sign else f"{v:.{d}f}"


def fmt_stats(s):
    if not s:
        return "–"
    if s["n"] == 1:
        return f"{fmt(s['mean'])}"
    return f"{fmt(s['mean'])} ± {s['sd']:.1f} ({fmt(s['min'])}…{fmt(s['max'])})"


def aggregate(results):
    """Per (net, load, method): numbers across seeds."""
    rows = []
    keyed = {}
    for r in results:
        keyed.setdefault((r["net"], r["load"]), []).append(r)
    for (net, load), seeds in keyed.items():
        seeds.sort(key=lambda r: r["seed"])
        has_static = any("static" in r["sumo"] for r in seeds)
        base_static = "static" if has_static else "net"
        methods = []
        for m in ("webster", "webster-cc", "offsets", "offsets-cc"):
            if any(m in r["flowsim"] for r in seeds):
                methods.append(m)
        for m in methods:
            per = []
            for r in seeds:
                f = r["flowsim"].get(m)
                if f is None:
                    continue
                p = {"seed": r["seed"], "flowsim_exit": f.get("exit"), "proposal": f.get("proposal", False),
                     "programs": f.get("programs"), "changed": f.get("changed"), "rejected": f.get("rejected", []),
                     "not_proposed_text": f.get("not_proposed_text"), "flowsim_message": f.get("message"),
                     "flowsim_input": f.get("input"), "flowsim_xml_input": f.get("xml_input"),
                     "flowsim_evidence": f.get("evidence") or []}
                ev = p["flowsim_evidence"]
                if ev:
                    p["flowsim_evidence_pct"] = pct(mean([e["proposal_s"] for e in ev]), mean([e["running_s"] for e in ev]))
                c = f.get("comparison")
                if c:
                    before = c["before"]["mean_delay_s"]
                    if m == "offsets-cc":
                        cc = (r["flowsim"].get("webster-cc") or {}).get("comparison")
                        p["flowsim_step_pct"] = pct(c["after"]["mean_delay_s"], before)
                        p["flowsim_cc_consistency_s"] = (before - cc["after"]["mean_delay_s"]) if cc else None
                        before = cc["before"]["mean_delay_s"] if cc else None
                    p["flowsim_before_s"] = before
                    p["flowsim_after_s"] = c["after"]["mean_delay_s"]
                    p["flowsim_pct"] = pct(c["after"]["mean_delay_s"], before)
                    p["flowsim_unfinished"] = (c["before"]["unfinished"], c["after"]["unfinished"])
                s = r["sumo"]
                prop_static = s.get(m + "+static") if has_static else s.get(m)
                if prop_static and prop_static["timeloss"] is None:
                    p["sumo_error"] = f"SUMO exit {prop_static.get('exit')}"
                    prop_static = None
                if prop_static:
                    bs = s[base_static]
                    p["sumo_static_before"] = bs["timeloss"]
                    p["sumo_static_after"] = prop_static["timeloss"]
                    p["sumo_static_pct"] = pct(prop_static["timeloss"], bs["timeloss"])
                    p["sumo_static_delay_incl_insertion_pct"] = pct(
                        prop_static["timeloss"] + prop_static["depart_delay"], bs["timeloss"] + bs["depart_delay"])
                    p["teleports_static"] = (bs["teleports"], prop_static["teleports"])
                    p["not_inserted_static"] = (bs["not_inserted"], prop_static["not_inserted"])
                    p["unfinished_static"] = (bs["unfinished"], prop_static["unfinished"])
                    if m == "offsets-cc":
                        cc = s.get("webster-cc+static") if has_static else s.get("webster-cc")
                        if cc:
                            p["sumo_step_pct"] = pct(prop_static["timeloss"], cc["timeloss"])
                if has_static and s.get(m) and s[m]["timeloss"] is not None:
                    ba = s["net"]
                    p["sumo_actuated_before"] = ba["timeloss"]
                    p["sumo_actuated_after"] = s[m]["timeloss"]
                    p["sumo_actuated_pct"] = pct(s[m]["timeloss"], ba["timeloss"])
                    p["teleports_actuated"] = (ba["teleports"], s[m]["teleports"])
                    if m == "offsets-cc" and s.get("webster-cc"):
                        p["sumo_actuated_step_pct"] = pct(s[m]["timeloss"], s["webster-cc"]["timeloss"])
                # The verdict on this seed: flowsim proposes (better) or judges the plans not better; SUMO measures
                # the same plans against the baseline flowsim compared with (actuated where the net is actuated).
                running_pct = p.get("sumo_actuated_pct") if has_static else p.get("sumo_static_pct")
                if running_pct is not None and (p["proposal"] or f.get("judged_only")):
                    p["verdict_agrees"] = p["proposal"] == (running_pct < 0)
                    p["sumo_running_pct"] = running_pct
                per.append(p)
            row = {"net": net, "load": load, "method": m, "seeds": per, "has_actuated_baseline": has_static,
                   "proposals": sum(1 for p in per if p["proposal"]), "runs": len(per)}
            proposed = [p for p in per if p["proposal"]]
            row["flowsim_pct"] = stats_of([p.get("flowsim_pct") for p in per])
            row["flowsim_pct_proposed"] = stats_of([p.get("flowsim_pct") for p in proposed])
            row["flowsim_evidence_pct"] = stats_of([p.get("flowsim_evidence_pct") for p in per])
            row["sumo_static_pct"] = stats_of([p.get("sumo_static_pct") for p in proposed])
            row["sumo_static_incl_insertion_pct"] = stats_of([p.get("sumo_static_delay_incl_insertion_pct") for p in proposed])
            row["sumo_actuated_pct"] = stats_of([p.get("sumo_actuated_pct") for p in proposed])
            if m == "offsets-cc":
                row["flowsim_step_pct"] = stats_of([p.get("flowsim_step_pct") for p in proposed])
                row["sumo_step_pct"] = stats_of([p.get("sumo_step_pct") for p in proposed])
                row["sumo_actuated_step_pct"] = stats_of([p.get("sumo_actuated_step_pct") for p in proposed])
            judge(row, "flowsim_pct_proposed", "sumo_static_pct", "")
            judge(row, "flowsim_pct_proposed", "sumo_actuated_pct", "actuated_")
            if m == "offsets-cc":
                judge(row, "flowsim_step_pct", "sumo_step_pct", "step_")

            def tsum(key, i):
                v = [p[key][i] for p in proposed if p.get(key) and p[key][i] is not None]
                return sum(v) if v else None
            row["teleports_static"] = (tsum("teleports_static", 0), tsum("teleports_static", 1))
            row["teleports_actuated"] = (tsum("teleports_actuated", 0), tsum("teleports_actuated", 1))
            row["not_inserted_static"] = (tsum("not_inserted_static", 0), tsum("not_inserted_static", 1))
            fu = [p["flowsim_unfinished"] for p in per if p.get("flowsim_unfinished")]
            row["flowsim_unfinished"] = ((int(sum(u[0] or 0 for u in fu)), int(sum(u[1] or 0 for u in fu))) if fu
                                         else (None, None))
            row["flowsim_gridlock_seeds"] = sum(1 for p in per if p["flowsim_exit"] == 5)
            verdicts = [p["verdict_agrees"] for p in per if "verdict_agrees" in p]
            row["verdicts"] = (sum(verdicts), len(verdicts))
            row["sumo_judged_pct"] = stats_of([p.get("sumo_running_pct") for p in per
                                               if "verdict_agrees" in p and not p["proposal"]])
            row["json_input_seeds"] = sum(1 for p in per if p.get("flowsim_xml_input"))
            rows.append(row)
    return rows


def judge(row, fkey, skey, prefix):
    """Direction agreement (signs of the means) and 'flowsim: better, SUMO: worse on every seed'."""
    f, s = row.get(fkey), row.get(skey)
    if not f or not s:
        row[prefix + "agrees"] = None
        row[prefix + "worse_beyond_spread"] = None
        return
    row[prefix + "agrees"] = (f["mean"] < 0) == (s["mean"] < 0)
    # per seed: flowsim's and SUMO's sign on the same seed
    per = [(p.get(fkey.replace("_proposed", "")), p.get(skey)) for p in row["seeds"] if p["proposal"]]
    per = [(a, b) for a, b in per if a is not None and b is not None]
    row[prefix + "seeds_agree"] = f"{sum(1 for a, b in per if (a < 0) == (b < 0))}/{len(per)}"
    row[prefix + "worse_beyond_spread"] = f["mean"] < 0 and s["min"] > 0 and s["mean"] > s["sd"]


def yesno(row, prefix=""):
    a = row.get(prefix + "agrees")
    if a is None:
        return "–"
    txt = ("yes" if a else "**no**") + f" ({row.get(prefix + 'seeds_agree')})"
    if row.get(prefix + "worse_beyond_spread"):
        txt += ", **worse in SUMO**"
    return txt


def verdict_text(v):
    return "–" if not v or not v[1] else f"{v[0]}/{v[1]}"


def pair(t):
    if t is None or t[0] is None:
        return "–"
    return f"{t[0]} → {t[1] if t[1] is not None else '–'}"


def render(rows, results, meta):
    out = []
    out.append("# flowsim signal proposals confirmed in SUMO\n")
    out.append(meta.get("header", ""))
    out.append("")
    out.append("Δ % = (proposal − running plans) / running plans, mean ± sample sd over the seeds with a proposal "
               "(min…max). flowsim: its own predicted mean delay (comparison.csv, its own simulation); SUMO: "
               "mean tripinfo timeLoss incl. unfinished vehicles. *static*: the net's programs as fixed time "
               "(flowsim's \"before\" with --actuated-programs fixed-time); *actuated*: the net as is (Berlin's "
               "programs are actuated; flowsim's \"before\" by default). "
               "Agrees: same sign of the means (seeds agreeing on the same seed); **worse in SUMO**: flowsim "
               "predicts an improvement but SUMO is worse on every seed and the mean exceeds one sd. flowsim "
               "unfinished: its vehicles not arrived at the end, sum over seeds, running → proposal (its mean delay "
               "is total delay / arrived vehicles). Teleports: SUMO, sum over the seeds with a proposal, running → "
               "proposal, static baseline (in brackets: actuated). Offsets on webster-cc: Δ against the original "
               "plans; the step row compares with the webster-cc plans it starts from.\n")
    out.append("Verdict: per seed, flowsim's verdict (proposed = better; exit 9 = not better, its plans written as "
               "tlLogic.not-proposed.xml) against SUMO's measure of the same plans against the baseline flowsim "
               "compared with (the actuated programs where the net has them): agrees when SUMO finds them better "
               "exactly when flowsim proposed them. SUMO Δ of judged plans: SUMO's change for plans flowsim did not "
               "propose.\n")
    out.append("| net | load | method | proposal (seeds; lights changed) | flowsim Δ delay % | flowsim unfinished "
               "| SUMO Δ timeLoss % vs static | SUMO Δ % vs actuated | direction agrees (static) | agrees (actuated) "
               "| SUMO teleports static (actuated) | verdict agrees (seeds) | SUMO Δ % of judged plans |")
    out.append("|---|---|---|---|---:|---|---:|---:|---|---|---|---|---:|")
    for r in rows:
        changed = sorted({p["changed"] for p in r["seeds"] if p["proposal"] and p["changed"] is not None})
        chg = "" if not changed else f"; {changed[0]}" + (f"–{changed[-1]}" if len(changed) > 1 else "")
        if r["proposals"] == 0:
            codes = sorted({"skipped: no webster-cc plans" if p["flowsim_exit"] is None else f"exit {p['flowsim_exit']}"
                            for p in r["seeds"]})
            prop = f"no proposal ({', '.join(codes)})"
        else:
            prop = f"{r['proposals']}/{r['runs']}{chg}"
        if r.get("json_input_seeds"):
            prop += f"; JSON input on {r['json_input_seeds']} (XML: exit 7)"
        if r.get("flowsim_gridlock_seeds"):
            prop += f"; flowsim gridlock (exit 5) on {r['flowsim_gridlock_seeds']}"
        method = r["method"] if r["method"] != "offsets-cc" else "offsets on webster-cc"
        fl = r["flowsim_pct_proposed"] if r["proposals"] else r["flowsim_pct"]
        flt = fmt_stats(fl)
        if r["proposals"] == 0 and fl:
            flt += " (not proposed)"
        if r.get("flowsim_evidence_pct"):
            flt += f"; evidence (time in system, its seeds): {fmt_stats(r['flowsim_evidence_pct'])}"
        tele = pair(r["teleports_static"])
        if r["has_actuated_baseline"] and r["teleports_actuated"][0] is not None:
            tele += f" ({pair(r['teleports_actuated'])})"
        out.append(f"| {r['net']} | {r['load']} | {method} | {prop} | {flt} | {pair(r['flowsim_unfinished'])} "
                   f"| {fmt_stats(r['sumo_static_pct'])} "
                   f"| {fmt_stats(r['sumo_actuated_pct']) if r['has_actuated_baseline'] else 'n/a (static net)'} "
                   f"| {yesno(r)} | {yesno(r, 'actuated_') if r['has_actuated_baseline'] else 'n/a'} "
                   f"| {tele} | {verdict_text(r.get('verdicts'))} | {fmt_stats(r.get('sumo_judged_pct'))} |")
        if r["method"] == "offsets-cc" and r["proposals"]:
            out.append(f"| {r['net']} | {r['load']} | ↳ step: offsets vs webster-cc | | {fmt_stats(r.get('flowsim_step_pct'))} | "
                       f"| {fmt_stats(r.get('sumo_step_pct'))} "
                       f"| {fmt_stats(r.get('sumo_actuated_step_pct')) if r['has_actuated_baseline'] else 'n/a'} "
                       f"| {yesno(r, 'step_')} | | | | |")
    out.append("")
    agree = sum(r["verdicts"][0] for r in rows if r.get("verdicts"))
    cases = sum(r["verdicts"][1] for r in rows if r.get("verdicts"))
    proposed = [p for r in rows for p in r["seeds"] if p["proposal"] and "verdict_agrees" in p]
    wrong = sum(1 for p in proposed if not p["verdict_agrees"])
    if cases:
        out.append(f"**Verdicts agreeing with SUMO: {agree} of {cases} ({100 * agree / cases:.0f} %)** (target ≥ 90 %); "
                   f"proposals SUMO finds worse than the baseline: {wrong} of {len(proposed)}.\n")
    # absolute levels
    out.append("Levels of the running plans (mean over seeds): vehicles, flowsim mean delay, SUMO mean timeLoss "
               "(static / actuated baseline), SUMO vehicles unfinished / never inserted at the end, mean insertion "
               "delay, teleports (sum).\n")
    out.append("| net | load | vehicles | flowsim delay (s) | SUMO timeLoss static (s) | SUMO timeLoss actuated (s) "
               "| SUMO unfinished / not inserted | SUMO insertion delay (s) | teleports static / actuated |")
    out.append("|---|---|---:|---:|---:|---:|---|---:|---|")
    keyed = {}
    for r in results:
        keyed.setdefault((r["net"], r["load"]), []).append(r)
    for (net, load), seeds in keyed.items():
        has_static = any("static" in r["sumo"] for r in seeds)
        bs = [r["sumo"]["static" if has_static else "net"] for r in seeds if r["sumo"]]
        ba = [r["sumo"]["net"] for r in seeds if r["sumo"]] if has_static else []
        fdel = [((r["flowsim"].get("webster") or {}).get("comparison") or {}).get("before", {}).get("mean_delay_s")
                for r in seeds]
        fdel = [x for x in fdel if x is not None]
        veh = mean([r.get("vehicles") for r in seeds if r.get("vehicles")])
        out.append(f"| {net} | {load} | {veh:.0f} | {fmt(mean(fdel), 1, False)} "
                   f"| {fmt(mean([b['timeloss'] for b in bs]), 1, False)} "
                   f"| {fmt(mean([b['timeloss'] for b in ba]), 1, False) if ba else 'n/a'} "
                   f"| {mean([b['unfinished'] for b in bs]):.0f} / {mean([b['not_inserted'] or 0 for b in bs]):.0f} "
                   f"| {fmt(mean([b['depart_delay'] for b in bs]), 1, False)} "
                   f"| {sum(b['teleports'] or 0 for b in bs)} / {sum(b['teleports'] or 0 for b in ba) if ba else 'n/a'} |")
    out.append("")
    problems = []
    for r in results:
        where = f"{r['net']} {r['load']} seed {r['seed']}"
        if r.get("error"):
            problems.append(f"- {where}: {r['error']}")
        for name, m in r.get("sumo", {}).items():
            if m.get("exit"):
                problems.append(f"- {where}: SUMO run `{name}` exit {m['exit']} (see sumo-{name}.log)")
        for name, f in r.get("flowsim", {}).items():
            if f.get("exit") not in (0, 7, 9, None):
                problems.append(f"- {where}: flowsim {name} exit {f['exit']} (see flowsim-{name}.log)")
    if problems:
        out.append("Problems:\n")
        out.extend(problems)
        out.append("")
    return "\n".join(out)


def report(out_dir, meta=None):
    results = []
    for root, _, files in os.walk(out_dir):
        if "result.json" in files:
            results.append(json.load(open(os.path.join(root, "result.json"))))
    order = {n: i for i, n in enumerate(NETS)}
    results.sort(key=lambda r: (order.get(r["net"], 99), r["load"], r["seed"]))
    # keep the load order as given (first = lighter)
    if meta is None and os.path.exists(os.path.join(out_dir, "meta.json")):
        meta = json.load(open(os.path.join(out_dir, "meta.json")))
    meta = meta or {}
    load_order = meta.get("load_order", {})
    results.sort(key=lambda r: (order.get(r["net"], 99), load_order.get(r["net"], []).index(r["load"])
                                if r["load"] in load_order.get(r["net"], []) else 99, r["seed"]))
    rows = aggregate(results)
    md = render(rows, results, meta)
    with open(os.path.join(out_dir, "confirm.md"), "w") as f:
        f.write(md)
    with open(os.path.join(out_dir, "confirm.json"), "w") as f:
        json.dump({"meta": meta, "cases": rows, "runs": results}, f, indent=1)
    print(md)
    return rows


# ------------------------------------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--flowsim", required=True)
    r.add_argument("--out", required=True)
    r.add_argument("--nets", nargs="+", default=list(NETS), choices=list(NETS))
    r.add_argument("--seeds", nargs="+", type=int, default=[42, 43, 44])
    r.add_argument("--load", action="append", default=[], help="NET=L1,L2 (period for randomTrips -p; arterial: A/S veh/h)")
    r.add_argument("--jobs", type=int, default=2)
    r.add_argument("--flowsim-args", default="", help="extra arguments for every signals optimize call")
    r.add_argument("--keep-tripinfo", dest="keep", action="store_true")
    r.add_argument("--run-unproposed", action="store_true",
                   help="run SUMO on a tlLogic.proposed.xml even when flowsim did not propose it")
    r.add_argument("--header", default="")
    p = sub.add_parser("report")
    p.add_argument("out")
    args = ap.parse_args()
    if args.cmd == "report":
        report(args.out)
        return
    import sumo
    ctx = args
    ctx.sumo_home = os.environ.get("SUMO_HOME") or sumo.SUMO_HOME
    ctx.flowsim = os.path.abspath(args.flowsim)
    ctx.flowsim_args = args.flowsim_args.split()
    ctx.out = os.path.abspath(args.out)
    loads = {}
    for spec in args.load:
        k, v = spec.split("=", 1)
        loads[k] = v.split(",")
    t0 = time.time()
    nets = [prepare_net(n, ctx.out, ctx.sumo_home, loads.get(n)) for n in args.nets]
    meta = {"header": args.header, "seeds": args.seeds, "end_s": END, "demand_s": DEMAND,
            "load_order": {n["name"]: list(n["loads"]) for n in nets},
            "programs": {n["name"]: n["programs"] for n in nets},
            "flowsim": ctx.flowsim, "flowsim_args": ctx.flowsim_args}
    jobs = [(n["name"], lab, l, s) for n in nets for lab, l in n["loads"].items() for s in args.seeds]
    log(f"== {len(jobs)} jobs (net × load × seed), {args.jobs} at a time")
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
        futs = {ex.submit(seed_job, ctx, *j): j for j in jobs}
        for fut in concurrent.futures.as_completed(futs):
            n, lab, _, s = futs[fut]
            try:
                res = fut.result()
                fsum = ", ".join(f"{m} exit {f.get('exit')}{'' if f.get('proposal') else ' (no proposal)'}"
                                 for m, f in res["flowsim"].items())
                log(f"   {n} {lab} seed {s}: {res.get('vehicles')} vehicles, {res.get('seconds')} s; {fsum}"
                    + (f"; ERROR {res['error']}" if res.get("error") else ""))
            except Exception as e:  # keep the others going
                log(f"   {n} {lab} seed {s}: FAILED {e!r}")
    meta["seconds"] = round(time.time() - t0, 1)
    meta["header"] = (meta["header"] + f" Runtime of the runs: {meta['seconds']:.0f} s.").strip()
    with open(os.path.join(ctx.out, "meta.json"), "w") as f:
        json.dump(meta, f, indent=1)
    report(ctx.out, meta)


if __name__ == "__main__":
    main()
