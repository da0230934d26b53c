#!/usr/bin/env python3
"""Table and JSON for bench/traffic/meso.sh: flowsim against SUMO micro and SUMO meso (--mesosim).

  meso_report.py OUT_DIR NET [NET …]  [--json FILE] [--markdown FILE]

Per NET, OUT_DIR/NET holds meta.json (label, end, notes), the hyperfine exports {flowsim,micro,meso}.hf.json
and the outputs of one run of each tool: flowsim/ (summary.json, tripinfo.csv), {micro,meso}.stats.xml
(--statistic-output) and {micro,meso}.tripinfo.xml (--tripinfo-output.write-unfinished).

Counts at the common simulated end: total = trips in the demand (flowsim trips_total; SUMO vehicles loaded),
inserted = departed, arrived (flowsim vehicles_arrived; SUMO tripinfos with arrival ≥ 0), running and
waiting to be inserted at the end, teleports (SUMO). Mean travel time and mean route length over arrived
vehicles (flowsim tripinfo.csv duration/routeLength; SUMO tripinfo duration/routeLength). Wall = hyperfine
median of the whole process. Ratios: speed = SUMO wall ÷ flowsim wall; differences relative to SUMO micro.
With OUT_DIR/NET/sumo-seeds.txt (meso.sh's SUMO_SEEDS) the targets for arrivals and travel time are judged
against the mean over SUMO micro's reference run and micro-seed{S}.{stats,tripinfo}.xml of each seed S.
"""
import argparse
import csv
import json
import os
import sys
import xml.etree.ElementTree as ET

TARGET_SPEED_VS_MESO = 3.0
TARGET_ARRIVALS_PCT = 5.0
TARGET_TT_PCT = 15.0
TOOLS = [("flowsim", "flowsim"), ("micro", "SUMO micro"), ("meso", "SUMO meso")]


def wall(path):
    with open(path) as f:
        r = json.load(f)["results"][0]
    return {"median_s": r["median"], "mean_s": r["mean"], "min_s": r["min"], "max_s": r["max"],
            "stddev_s": r.get("stddev") or 0.0, "runs": len(r["times"]),
            "exit_codes": sorted(set(r.get("exit_codes") or []))}


def flowsim(d):
    with open(os.path.join(d, "summary.json")) as f:
        s = json.load(f)
    durations, lengths = [], []
    with open(os.path.join(d, "tripinfo.csv")) as f:
        for row in csv.DictReader(f):
            if float(row["arrival"]) >= 0:
                durations.append(float(row["duration"]))
                lengths.append(float(row["routeLength"]))
    gl = s.get("gridlock", {})
    return {"total": s["trips_total"], "inserted": s["vehicles_departed"], "arrived": s["vehicles_arrived"],
            "running": s["vehicles_unfinished"], "waiting": s["vehicles_waiting_to_depart"],
            "unroutable": s.get("vehicles_unroutable", 0), "after_end": s.get("vehicles_scheduled_after_end", 0),
            "teleports": 0, "gridlock": bool(gl.get("detected")),
            "mean_tt_s": sum(durations) / len(durations) if durations else 0.0,
            "mean_tt_summary_s": s["mean_travel_time_s"],
            "mean_route_m": sum(lengths) / len(lengths) if lengths else 0.0,
            "tripinfo_rows": len(durations), "sim_wall_s": s["wall_time_s"]}


def sumo(stats_path, tripinfo_path):
    st = ET.parse(stats_path).getroot()
    v, tele, perf = st.find("vehicles"), st.find("teleports"), st.find("performance")
    arrived, tt, length = 0, 0.0, 0.0
    for ti in ET.parse(tripinfo_path).getroot().iter("tripinfo"):
        if float(ti.get("arrival")) >= 0:
            arrived += 1
            tt += float(ti.get("duration"))
            length += float(ti.get("routeLength"))
    return {"total": int(v.get("loaded")), "inserted": int(v.get("inserted")), "arrived": arrived,
            "running": int(v.get("running")), "waiting": int(v.get("waiting")),
            "teleports": int(tele.get("total", "0")) if tele is not None else 0,
            "teleports_detail": dict(tele.attrib) if tele is not None else {},
            "mean_tt_s": tt / arrived if arrived else 0.0, "mean_route_m": length / arrived if arrived else 0.0,
            "sim_wall_s": float(perf.get("clockDuration"))}


def pct(a, b):
    return 100.0 * (a - b) / b if b else None


def fmt_pct(x):
    return "–" if x is None else f"{x:+.1f} %"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("nets", nargs="+")
    p.add_argument("--json")
    p.add_argument("--markdown")
    a = p.parse_args()
    results, rows, verdicts = [], [], []
    # Nets whose own SUMO configuration switches teleporting off: flowsim is judged against that run.
    OWN_CONFIG_WITHOUT_TELEPORTS = {"a10kw": "A10KW.sumocfg: time-to-teleport 0"}
    for net in a.nets:
        d = os.path.join(a.out, net)
        with open(os.path.join(d, "meta.json")) as f:
            meta = json.load(f)
        tools = {}
        for key, name in TOOLS:
            r = flowsim(os.path.join(d, "flowsim")) if key == "flowsim" else \
                sumo(os.path.join(d, f"{key}.stats.xml"), os.path.join(d, f"{key}.tripinfo.xml"))
            r["tool"] = name
            r["wall"] = wall(os.path.join(d, f"{key}.hf.json"))
            tools[key] = r
        nt_stats = os.path.join(d, "micro-nt.stats.xml")
        nt = sumo(nt_stats, os.path.join(d, "micro-nt.tripinfo.xml")) if os.path.exists(nt_stats) else None
        fs, mi, me = tools["flowsim"], tools["micro"], tools["meso"]
        for key, r in tools.items():
            r["speed_of_flowsim"] = None if key == "flowsim" else r["wall"]["median_s"] / fs["wall"]["median_s"]
            r["arrived_vs_micro_pct"] = None if key == "micro" else pct(r["arrived"], mi["arrived"])
            r["mean_tt_vs_micro_pct"] = None if key == "micro" else pct(r["mean_tt_s"], mi["mean_tt_s"])
        map_path = os.path.join(d, "flowsim-map.hf.json")
        fs_map = wall(map_path) if os.path.exists(map_path) else None
        v = {"net": net, "label": meta["label"],
             "speed_vs_meso": me["wall"]["median_s"] / fs["wall"]["median_s"],
             "flowsim_map_wall": fs_map,
             "speed_vs_meso_with_map": fs_map and me["wall"]["median_s"] / fs_map["median_s"],
             "speed_vs_micro": mi["wall"]["median_s"] / fs["wall"]["median_s"],
             "arrived_vs_micro_pct": fs["arrived_vs_micro_pct"], "mean_tt_vs_micro_pct": fs["mean_tt_vs_micro_pct"]}
        v["speed_ok"] = v["speed_vs_meso"] >= TARGET_SPEED_VS_MESO
        v["arrived_ok"] = abs(v["arrived_vs_micro_pct"]) <= TARGET_ARRIVALS_PCT
        v["tt_ok"] = abs(v["mean_tt_vs_micro_pct"]) <= TARGET_TT_PCT
        v["reference"] = "SUMO micro (defaults)"
        if nt is not None:
            v["arrived_vs_micro_nt_pct"] = pct(fs["arrived"], nt["arrived"])
            v["mean_tt_vs_micro_nt_pct"] = pct(fs["mean_tt_s"], nt["mean_tt_s"])
            v["micro_nt"] = {k: nt[k] for k in ("arrived", "inserted", "running", "waiting", "mean_tt_s")}
            if net in OWN_CONFIG_WITHOUT_TELEPORTS:
                # The net's own configuration runs without teleports: that run is the reference of the targets.
                v["reference"] = f"SUMO micro without teleports ({OWN_CONFIG_WITHOUT_TELEPORTS[net]})"
                v["arrived_ok"] = abs(v["arrived_vs_micro_nt_pct"]) <= TARGET_ARRIVALS_PCT
                v["tt_ok"] = abs(v["mean_tt_vs_micro_nt_pct"]) <= TARGET_TT_PCT
        # SUMO micro over its seeds: the reference run and one run per seed with the same teleport setting.
        seeds_path = os.path.join(d, "sumo-seeds.txt")
        seeds = open(seeds_path).read().split() if os.path.exists(seeds_path) else []
        if seeds:
            ref = nt if net in OWN_CONFIG_WITHOUT_TELEPORTS and nt is not None else mi
            runs, missing = [ref], []
            for s in seeds:
                try:
                    runs.append(sumo(os.path.join(d, f"micro-seed{s}.stats.xml"),
                                     os.path.join(d, f"micro-seed{s}.tripinfo.xml")))
                except (OSError, ET.ParseError):
                    missing.append(s)  # a failed run (meso.sh said so): the mean is over the others
            tts = [r["mean_tt_s"] for r in runs]
            arr = [r["arrived"] for r in runs]
            m_tt, m_arr = sum(tts) / len(tts), sum(arr) / len(arr)
            v["seeds"] = {"seeds": ["default"] + [s for s in seeds if s not in missing], "missing_seeds": missing,
                          "mean_tt_s": m_tt, "mean_tt_min_s": min(tts),
                          "mean_tt_max_s": max(tts), "arrived_mean": m_arr, "arrived_min": min(arr),
                          "arrived_max": max(arr), "teleports": [r["teleports"] for r in runs],
                          "arrived_vs_mean_pct": pct(fs["arrived"], m_arr), "mean_tt_vs_mean_pct": pct(fs["mean_tt_s"], m_tt),
                          "tt_inside_range": min(tts) <= fs["mean_tt_s"] <= max(tts)}
            v["reference"] = f"mean of SUMO micro over {len(runs)} seeds" + (
                " without teleports" if ref is nt else "")
            v["arrived_ok"] = abs(v["seeds"]["arrived_vs_mean_pct"]) <= TARGET_ARRIVALS_PCT
            v["tt_ok"] = abs(v["seeds"]["mean_tt_vs_mean_pct"]) <= TARGET_TT_PCT
        verdicts.append(v)
        results.append({"net": net, "meta": meta, "tools": tools, "verdict": v})
        for key, name in TOOLS:
            r = tools[key]
            w = r["wall"]
            rows.append([
                meta["label"], name, f'{w["median_s"]:.3f} ± {w["stddev_s"]:.3f} ({w["runs"]})',
                f'{r["arrived"]} / {r["inserted"]} / {r["total"]}', f'{r["running"]}', f'{r["waiting"]}',
                f'{r["teleports"]}', f'{r["mean_tt_s"]:.1f}', f'{r["mean_route_m"]:.0f}',
                "–" if key == "flowsim" else f'{r["speed_of_flowsim"]:.2f}×',
                fmt_pct(r["arrived_vs_micro_pct"]), fmt_pct(r["mean_tt_vs_micro_pct"])])
    head = ["net", "tool", "wall s (median ± sd, runs)", "arrived / inserted / total", "running at end",
            "waiting to insert", "teleports", "mean TT s (arrived)", "mean route m (arrived)",
            "flowsim speed-up vs this", "arrived vs micro", "mean TT vs micro"]
    md = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)] + ["| " + " | ".join(r) + " |" for r in rows]
    md.append("")
    md.append(f"Targets (issue 14): flowsim whole process ≥ {TARGET_SPEED_VS_MESO:g}× faster than SUMO meso on every "
              f"net; arrivals within ±{TARGET_ARRIVALS_PCT:g} % and mean travel time within ±{TARGET_TT_PCT:g} % "
              "of SUMO micro.")
    md.append("")
    md.append("| net | speed vs meso | with links.gpkg | speed vs micro | reference for arrivals and TT | arrivals vs it | mean TT vs it |")
    md.append("|---|---|---|---|---|---|---|")
    ok = lambda b: "met" if b else "**missed**"
    for v in verdicts:
        nt_ref = v["reference"].startswith("SUMO micro without")
        arrived = v["arrived_vs_micro_nt_pct"] if nt_ref else v["arrived_vs_micro_pct"]
        tt = v["mean_tt_vs_micro_nt_pct"] if nt_ref else v["mean_tt_vs_micro_pct"]
        if "seeds" in v:
            arrived, tt = v["seeds"]["arrived_vs_mean_pct"], v["seeds"]["mean_tt_vs_mean_pct"]
        with_map = (f'{v["speed_vs_meso_with_map"]:.2f}× ({v["flowsim_map_wall"]["median_s"]:.3f} s)'
                    if v["speed_vs_meso_with_map"] else "–")
        md.append(f'| {v["label"]} | {v["speed_vs_meso"]:.2f}× ({ok(v["speed_ok"])}) | {with_map} | {v["speed_vs_micro"]:.2f}× | '
                  f'{v["reference"]} | {fmt_pct(arrived)} ({ok(v["arrived_ok"])}) | {fmt_pct(tt)} ({ok(v["tt_ok"])}) |')
    if any("micro_nt" in v for v in verdicts):
        md.append("")
        md.append("Against SUMO micro without teleports (`--time-to-teleport -1`; flowsim never teleports):")
        md.append("")
        md.append("| net | SUMO arrived / running / waiting | SUMO mean TT s | flowsim arrivals vs it | flowsim mean TT vs it |")
        md.append("|---|---|---|---|---|")
        for v in verdicts:
            if "micro_nt" not in v:
                continue
            n = v["micro_nt"]
            md.append(f'| {v["label"]} | {n["arrived"]} / {n["running"]} / {n["waiting"]} | {n["mean_tt_s"]:.1f} | '
                      f'{fmt_pct(v["arrived_vs_micro_nt_pct"])} | {fmt_pct(v["mean_tt_vs_micro_nt_pct"])} |')
    if any("seeds" in v for v in verdicts):
        md.append("")
        md.append("SUMO micro over its seeds (the default run and `--seed` S for each S of SUMO_SEEDS, same teleport "
                  "setting as the reference; flowsim is deterministic):")
        md.append("")
        md.append("| net | runs | SUMO mean TT s, mean (min–max) | SUMO arrived, mean (min–max) | flowsim mean TT s | "
                  "flowsim TT vs the mean | inside SUMO's range | flowsim arrivals vs the mean |")
        md.append("|---|---|---|---|---|---|---|---|")
        for v, r in zip(verdicts, results):
            if "seeds" not in v:
                continue
            sd = v["seeds"]
            md.append(f'| {v["label"]} | {len(sd["seeds"])} | {sd["mean_tt_s"]:.1f} ({sd["mean_tt_min_s"]:.1f}–'
                      f'{sd["mean_tt_max_s"]:.1f}) | {sd["arrived_mean"]:.0f} ({sd["arrived_min"]}–{sd["arrived_max"]}) | '
                      f'{r["tools"]["flowsim"]["mean_tt_s"]:.1f} | {fmt_pct(sd["mean_tt_vs_mean_pct"])} | '
                      f'{"yes" if sd["tt_inside_range"] else "no"} | {fmt_pct(sd["arrived_vs_mean_pct"])} |')
    notes = [f'- {r["meta"]["label"]}: {n}' for r in results for n in r["meta"].get("notes", [])]
    for r in results:
        fs = r["tools"]["flowsim"]
        if abs(fs["mean_tt_s"] - fs["mean_tt_summary_s"]) > 0.05:
            notes.append(f'- {r["meta"]["label"]}: flowsim tripinfo.csv mean {fs["mean_tt_s"]:.2f} s ≠ summary.json '
                         f'{fs["mean_tt_summary_s"]:.2f} s')
        if fs["gridlock"]:
            notes.append(f'- {r["meta"]["label"]}: flowsim reported gridlock')
        for key in ("micro", "meso"):
            t = r["tools"][key]
            if t["teleports"]:
                notes.append(f'- {r["meta"]["label"]}: {t["tool"]} teleports {t["teleports_detail"]}')
        for key, t in r["tools"].items():
            if any(c != 0 for c in t["wall"]["exit_codes"]):
                notes.append(f'- {r["meta"]["label"]}: {t["tool"]} exit codes {t["wall"]["exit_codes"]}')
    if notes:
        md += ["", "Notes:"] + notes
    text = "\n".join(md)
    print(text)
    if a.markdown:
        with open(a.markdown, "w") as f:
            f.write(text + "\n")
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"targets": {"speed_vs_meso": TARGET_SPEED_VS_MESO, "arrived_pct": TARGET_ARRIVALS_PCT,
                                   "mean_tt_pct": TARGET_TT_PCT}, "nets": results}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
