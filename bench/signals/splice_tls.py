#!/usr/bin/env python3
"""Copies a SUMO net, replacing its <tlLogic> programs by those of an additional file (same ids), so that
flowsim — which reads signal programs from the net only — runs exactly the plan SUMO gets with `-a`.

Usage: splice_tls.py NET.net.xml PLANS.add.xml OUT.net.xml
"""
import re
import sys

net, plans, out = sys.argv[1:4]
text = open(net).read()
programs = {m.group(1): m.group(0) for m in re.finditer(r'<tlLogic id="([^"]+)".*?</tlLogic>', open(plans).read(), re.S)}
replaced = 0


def swap(m):
    global replaced
    if m.group(1) in programs:
        replaced += 1
        return programs[m.group(1)]
    return m.group(0)


text = re.sub(r'<tlLogic id="([^"]+)".*?</tlLogic>', swap, text, flags=re.S)
if replaced != len(programs):
    sys.exit(f"splice_tls.py: replaced {replaced} of {len(programs)} programs")
open(out, "w").write(text)
