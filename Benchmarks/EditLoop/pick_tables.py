#!/usr/bin/env python3
"""Picks the botocore tables of the edit-loop benchmark and writes tables.txt beside this script.

Prep only: neither the package nor its tests run it. One line per table, `service operation
resource`: every service of the installed botocore (its newest API version), sorted, and in each
up to PER_SERVICE Describe*/Get* operations (sorted) whose output has at least MIN_MEMBERS members,
until COUNT tables. `import_tables.sh` turns the list into specs with `attribute-codegen import aws`.
"""
import gzip, json, os, re, sys
import botocore

COUNT, PER_SERVICE, MIN_MEMBERS = 1100, 8, 3
data = os.path.join(os.path.dirname(botocore.__file__), "data")

def snake(name):
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()

lines = []
for service in sorted(os.listdir(data)):
    folder = os.path.join(data, service)
    versions = sorted(v for v in os.listdir(folder) if os.path.isdir(os.path.join(folder, v))) if os.path.isdir(folder) else []
    model = None
    for version in reversed(versions):
        for name in ("service-2.json.gz", "service-2.json"):
            path = os.path.join(folder, version, name)
            if os.path.exists(path):
                model = path
                break
        if model:
            break
    if not model:
        continue
    with (gzip.open(model, "rt") if model.endswith(".gz") else open(model)) as f:
        spec = json.load(f)
    picked = 0
    for operation in sorted(spec.get("operations", {})):
        if picked == PER_SERVICE or not re.match(r"(Describe|Get)[A-Z]", operation):
            continue
        output = spec["operations"][operation].get("output", {}).get("shape")
        if not output or len(spec["shapes"].get(output, {}).get("members", {})) < MIN_MEMBERS:
            continue
        resource = "aws_" + re.sub(r"[^a-z0-9]", "", service) + "_" + snake(re.sub(r"^(Describe|Get)", "", operation))
        if not re.fullmatch(r"[a-z][a-z0-9_]*", resource):
            continue
        lines.append(f"{service} {operation} {resource}")
        picked += 1
    if len(lines) >= COUNT:
        break

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tables.txt")
with open(out, "w") as f:
    f.write("# service operation resource; written by pick_tables.py from botocore %s\n" % botocore.__version__)
    f.write("".join(line + "\n" for line in lines[:COUNT]))
print(f"{min(len(lines), COUNT)} tables in {out}", file=sys.stderr)
