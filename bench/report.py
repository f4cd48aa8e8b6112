#!/usr/bin/python3
"""Turns the raw measurements written by bench/run.sh into Markdown tables.

    python3 bench/report.py runs.tsv [inprocess.tsv]

Each line of runs.tsv: section, N, label, run, wall seconds, peak RSS KiB, SQL statements, ops, check,
1-minute load average after the run.
Run 0 is the warm-up run (shown as "first"); medians are over runs 1..RUNS. Standard library only.
"""

import statistics
import sys
from collections import OrderedDict


def median(values):
    return statistics.median(values) if values else None


def fmt(value, digits=2):
    return "n/a" if value is None else ("%.*f" % (digits, value))


def load(path):
    groups = OrderedDict()
    for line in open(path):
        section, n, label, run, wall, rss, stmts, ops, check, load = line.rstrip("\n").split("\t")
        g = groups.setdefault((section, n, label), {"first": None, "wall": [], "rss": [], "stmts": [],
                                                    "ops": ops, "checks": [], "load": []})
        if run == "0":
            g["first"] = float(wall)
            continue
        g["wall"].append(float(wall))
        g["rss"].append(int(rss))
        if stmts not in ("", "n/a"):
            g["stmts"].append(int(stmts))
        g["ops"] = ops
        g["checks"].append(check)
        g["load"].append(float(load))
    return groups


def stats(g):
    """(median wall, the runs, peak RSS MiB, median statements, load range) of one group, formatted."""
    return (fmt(median(g["wall"])), " ".join(fmt(w) for w in g["wall"]),
            fmt(max(g["rss"]) / 1024 if g["rss"] else None, 0),
            fmt(median(g["stmts"]), 0) if g["stmts"] else "n/a",
            "%.1f-%.1f" % (min(g["load"]), max(g["load"])) if g["load"] else "n/a")


def autogenerate_table(groups):
    out = ["| N | tool | median wall (s) | runs (s) | first run (s) | peak RSS (MiB) | SQL statements | ops | drifts "
           "| load |", "|---:|---|---:|---|---:|---:|---:|---:|---|---|"]
    medians = {}
    for (section, n, label), g in groups.items():
        if section != "autogenerate":
            continue
        m = median(g["wall"])
        medians[(n, label)] = m
        checks = sorted(set(g["checks"]))
        wall, runs, rss, stmts, load = stats(g)
        out.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            n, label, wall, runs, fmt(g["first"]), rss, stmts, g["ops"], "; ".join(checks), load))
    ratios = []
    for n in OrderedDict((k[0], None) for k in medians):
        a, b = medians.get((n, "autogen -m (classpath=)")), medians.get((n, "alembic revision --autogenerate"))
        if a and b:
            ratios.append("| %s | %.2f |" % (n, a / b))
    if ratios:
        out += ["", "| N | wall ratio autogen / alembic (classpath=, medians) |", "|---:|---:|"] + ratios
    return out


def commands_table(groups):
    out = ["| command | median wall (s) | runs (s) | peak RSS (MiB) | SQL statements | load |",
           "|---|---:|---|---:|---:|---|"]
    medians = {}
    for (section, n, label), g in groups.items():
        if section != "commands":
            continue
        medians[label] = median(g["wall"])
        out.append("| %s | %s | %s | %s | %s | %s |" % ((label,) + stats(g)))
    keys = [k for k in medians if k.startswith("upgrade head (")]
    full = next((medians[k] for k in keys if "pending" in k), None)
    noop = next((medians[k] for k in keys if "at head" in k), None)
    sql = next((medians[k] for k in medians if k.startswith("psql -f")), None)
    count = next((int(k.split("(")[1].split()[0]) for k in keys if "pending" in k), None)
    if None not in (full, noop, sql, count) and count:
        per = (full - noop - sql) / count
        out += ["", "Overhead per revision beyond its SQL: (upgrade %s - upgrade at head %s - plain SQL %s) / %d = "
                "%.1f ms" % (fmt(full), fmt(noop), fmt(sql), count, per * 1000)]
    return out


def bin_autogen_ratios(groups):
    """autogen -m and check with bin/autogen against Alembic 1.8.1, per N, with the issue's targets."""
    medians = {(n, label): median(g["wall"]) for (section, n, label), g in groups.items() if section == "autogenerate"}
    targets = {"100": 0.70, "1000": 0.20, "3000": 0.10}
    out = ["| N | autogen -m, bin/autogen / Alembic (model cache warm) | same, no model cache | target"
           " | check, model cache warm (s) | check / -m (bin/autogen) |",
           "|---:|---:|---:|---:|---:|---:|"]
    for n in OrderedDict((k[0], None) for k in medians):
        m = medians.get((n, "autogen -m (bin/autogen, classpath=)"))
        cold = medians.get((n, "autogen -m (bin/autogen, classpath=, no model cache)"))
        a = medians.get((n, "alembic revision --autogenerate"))
        c = medians.get((n, "autogen check (bin/autogen, model cache warm)"))
        if m:
            out.append("| %s | %s | %s | %s | %s | %s |" % (n, fmt(m / a) if a else "n/a",
                                                           fmt(cold / a) if a and cold else "n/a",
                                                           "%.2f" % targets[n] if n in targets else "-", fmt(c),
                                                           fmt(c / m) if c else "n/a"))
    return out if len(out) > 2 else []


def peers_table(groups, inprocess):
    out = ["| command | median wall (s) | runs (s) | peak RSS (MiB) | SQL statements | load |",
           "|---|---:|---|---:|---:|---|"]
    medians = {}
    for (section, n, label), g in groups.items():
        if section != "peers":
            continue
        medians[label] = median(g["wall"])
        out.append("| %s | %s | %s | %s | %s | %s |" % ((label,) + stats(g)))
    ratios = ["", "| state | autogen / Flyway | target | autogen / Liquibase |", "|---|---:|---:|---:|"]
    for state, target in (("pending", 0.5), ("at head", 0.7)):
        a = next((v for k, v in medians.items() if k.startswith("autogen") and state in k), None)
        f = next((v for k, v in medians.items() if k.startswith("flyway") and state in k), None)
        lq = next((v for k, v in medians.items() if k.startswith("liquibase") and state in k), None)
        if a:
            ratios.append("| %s | %s | %.2f | %s |" % (state, fmt(a / f) if f else "n/a", target,
                                                       fmt(a / lq) if lq else "n/a"))
    out += ratios
    if inprocess:
        out += ["", "In-process, warm JVM, at head, a new instance each run (ms): ", "",
                "| tool | median | min | max |", "|---|---:|---:|---:|"]
        out += ["| %s | %s | %s | %s |" % tuple(r[1:5]) for r in inprocess]
    return out


def main():
    groups = load(sys.argv[1])
    inprocess = []
    if len(sys.argv) > 2:
        inprocess = [line.rstrip("\n").split("\t") for line in open(sys.argv[2]) if line.startswith("inprocess")]
    lines = ["Load is the 1-minute load average after each timed run (2 cores; the bench itself accounts for about 1.5 to 2): well above 2, other work shared the "
             "machine and the times are inflated.", "", "### autogenerate: N-table schema with 14 planted drifts", ""] + autogenerate_table(groups)
    ratios = bin_autogen_ratios(groups)
    if ratios:
        lines += ["", "### bin/autogen against Alembic 1.8.1", ""] + ratios
    if any(k[0] == "commands" for k in groups):
        lines += ["", "### other commands", ""] + commands_table(groups)
    if any(k[0] == "peers" for k in groups):
        lines += ["", "### upgrade head against Flyway and Liquibase (same 200 migrations)", ""] + peers_table(groups, inprocess)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
