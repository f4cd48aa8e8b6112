#!/usr/bin/python3
"""Checks that a generated revision holds exactly the planted drifts.

    python3 bench/check_revision.py drifts.json REVISION_FILE

REVISION_FILE is an autogen revision class (.java) or an Alembic revision (.py). Every operation call in its
upgrade is matched to one planted drift; the operations a missing table brings with it (its indexes, keys and
constraints, when written as separate calls) belong to that drift. Prints one JSON line:
{"ops": total calls, "missing": [drifts not found], "spurious": [calls matching no drift]}; exits 1 unless
both lists are empty. Standard library only.
"""

import json
import re
import sys

STRING = re.compile(r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\'')
CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


def upgrade_body(text, path):
    """The source of the upgrade function or method."""
    if path.endswith(".py"):
        start = text.index("def upgrade(")
        end = text.find("\ndef downgrade(", start)
        return text[start:end if end >= 0 else len(text)]
    start = text.index("{", re.search(r"void\s+upgrade\s*\(", text).end())
    depth, i = 0, start
    while i < len(text):
        c = text[i]
        if c == '"':
            i = STRING.match(text, i).end()
            continue
        if text.startswith("//", i):
            i = text.find("\n", i)
            continue
        depth += {"{": 1, "}": -1}.get(c, 0)
        if depth == 0:
            return text[start + 1:i]
        i += 1
    raise ValueError("unbalanced braces in " + path)


def operations(body):
    """(kind in snake_case, [string literals], source text) for every top-level op call."""
    ops = []
    body = re.sub(r"(?m)^\s*(#|//).*$", "", body)  # comment lines (Alembic's markers, autogen's DATA LOSS notes)
    for chunk in re.split(r"(?m)^\s*op\.", body)[1:]:
        m = re.match(r"schema\([^)]*\)\.", chunk)  # op.schema("s").addColumn(...)
        if m:
            chunk = chunk[m.end():]
        kind = CAMEL.sub("_", re.match(r"\w+", chunk).group(0)).lower()
        literals = [a or b for a, b in STRING.findall(chunk)]
        ops.append((kind, literals, " ".join(chunk.split())))
    return ops


def matches(drift, kind, literals, source):
    table = drift["table"]
    if drift["kind"] in ("add_column", "drop_column"):
        return kind == drift["kind"] and table in literals and drift["column"] in literals
    if drift["kind"] == "alter_type":
        return kind == "alter_column" and table in literals and "name" in literals and "200" in source
    if drift["kind"] == "alter_nullable":
        return (kind == "alter_column" and table in literals and "quantity" in literals
                and re.search(r"nullable\s*(=|\()\s*(F|f)alse", source) is not None)
    if drift["kind"] == "create_index":
        return kind == "create_index" and drift["index"] in literals
    if drift["kind"] == "create_table":
        return kind == "create_table" and literals[:1] == [table]
    raise ValueError(drift["kind"])


def belongs_to_new_table(drifts, kind, literals):
    """An index, key or constraint of a table that is created in the same revision."""
    created = {d["table"] for d in drifts if d["kind"] == "create_table"}
    return kind in ("create_index", "create_foreign_key", "create_unique_constraint", "create_primary_key",
                    "create_check_constraint") and bool(created & set(literals[:3]))


def check(drifts, ops):
    found = [False] * len(drifts)
    spurious = []
    for kind, literals, source in ops:
        hit = next((k for k, d in enumerate(drifts) if not found[k] and matches(d, kind, literals, source)), None)
        if hit is not None:
            found[hit] = True
        elif not belongs_to_new_table(drifts, kind, literals):
            spurious.append(source[:300])
    return [d for d, f in zip(drifts, found) if not f], spurious


def main():
    drifts = json.load(open(sys.argv[1]))["drifts"]
    path = sys.argv[2]
    ops = operations(upgrade_body(open(path).read(), path))
    missing, spurious = check(drifts, ops)
    print(json.dumps({"ops": len(ops), "missing": missing, "spurious": spurious}))
    sys.exit(0 if not missing and not spurious else 1)


if __name__ == "__main__":
    main()
