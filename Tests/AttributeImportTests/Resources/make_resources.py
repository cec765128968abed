#!/usr/bin/env python3
"""Prepares the committed test resources of AttributeImportTests. Run once, by hand, from this
folder: `python3 make_resources.py`. Never run by the tests themselves.

- Models/<service>.json.gz (and Models/sagemaker.json in plain form): botocore's service-2.json for each service,
  trimmed to the shapes the tests import and every shape they reach (plus the operations named
  in broad_shapes.txt or used by the tests), written with json.dumps(indent=1) and gzipped by
  Python's gzip module (mtime 0, so reruns give the same bytes).
- Inflate/*: DEFLATE and gzip test vectors made by Python's zlib and gzip modules from varied
  inputs, with manifest.txt naming each vector, its original and its first block's type.
"""
import gzip, io, json, os, random, struct, zlib
import botocore, botocore.loaders

loader = botocore.loaders.Loader()

# service -> (shapes, operations) to keep.
KEEP = {}
for line in open("broad_shapes.txt"):
    line = line.split("#")[0].strip()
    if not line:
        continue
    service, kind, name = line.split()[:3]
    shapes, operations = KEEP.setdefault(service, (set(), set()))
    (shapes if kind == "shape" else operations).add(name)
# The done-when test, the update tests and the diagnostics tests.
KEEP.setdefault("sagemaker", (set(), set()))[1].add("DescribeCompilationJob")

def closure(model, roots):
    seen, stack = set(), list(roots)
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        shape = model["shapes"][name]
        for member in shape.get("members", {}).values():
            stack.append(member["shape"])
        for key in ("member", "key", "value"):
            if key in shape:
                stack.append(shape[key]["shape"])
    return seen

for service, (shapes, operations) in sorted(KEEP.items()):
    model = loader.load_service_model(service, "service-2")
    roots = set(shapes) | {model["operations"][o]["output"]["shape"] for o in operations}
    keep = closure(model, roots)
    trimmed = {
        "version": model.get("version", "2.0"),
        "metadata": model["metadata"],
        "operations": {o: model["operations"][o] for o in sorted(operations)},
        "shapes": {name: model["shapes"][name] for name in sorted(keep)},
    }
    text = json.dumps(trimmed, indent=1, ensure_ascii=False) + "\n"
    # The plain JSON only for sagemaker (the done-when test reads both forms); the others as gzip.
    if service == "sagemaker":
        with open(f"Models/{service}.json", "w") as f:
            f.write(text)
    with open(f"Models/{service}.json.gz", "wb") as f:
        with gzip.GzipFile(filename=f"{service}.json", mode="wb", fileobj=f, mtime=0, compresslevel=9) as g:
            g.write(text.encode())

# Inflate vectors.
rng = random.Random(1951)
words = "the model compilation job artifacts shape member structure list map string integer".split()
inputs = {
    "empty": b"",
    "one_byte": b"a",
    "hello": b"hello, hello, hello world\n",
    "random_4k": bytes(rng.randrange(256) for _ in range(4096)),
    "text_60k": " ".join(rng.choice(words) for _ in range(9000)).encode(),
    "runs": b"a" * 300 + b"b" * 5 + b"ab" * 400 + bytes(range(256)) * 3,
    # Far-apart repeats, so distances near the 32 KiB window limit appear.
    "far_repeats": (lambda block: block + bytes(rng.randrange(256) for _ in range(30000)) + block)(
        bytes(rng.randrange(256) for _ in range(2000))),
    "zeros_1m": b"\0" * (1 << 20),
}
manifest = []
def raw(data, level, strategy=zlib.Z_DEFAULT_STRATEGY):
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
    return c.compress(data) + c.flush()

for name, data in inputs.items():
    if name != "zeros_1m":
        with open(f"Inflate/{name}.bin", "wb") as f:
            f.write(data)
    variants = {
        "stored": raw(data, 0),
        "fixed": raw(data, 9, zlib.Z_FIXED),
        "default": raw(data, 6),
    }
    for variant, stream in variants.items():
        if name == "zeros_1m" and variant != "default":
            continue
        file = f"{name}.{variant}.deflate"
        with open(f"Inflate/{file}", "wb") as f:
            f.write(stream)
        block_type = (stream[0] >> 1) & 3
        manifest.append(f"{file} {name} {block_type}")
    gz = gzip.compress(data, compresslevel=9, mtime=0)
    with open(f"Inflate/{name}.gz", "wb") as f:
        f.write(gz)
    manifest.append(f"{name}.gz {name} gzip")

# A gzip member whose header carries every optional field (FEXTRA, FNAME, FCOMMENT, FHCRC),
# followed by a second member: `cat a.gz b.gz`.
data = inputs["hello"]
header = bytes([0x1F, 0x8B, 8, 0x02 | 0x04 | 0x08 | 0x10]) + struct.pack("<I", 0) + bytes([2, 3])
header += struct.pack("<H", 6) + b"AB\x02\x00xy" + b"name.txt\0" + b"a comment\0"
header += struct.pack("<H", zlib.crc32(header) & 0xFFFF)
member = header + raw(data, 9) + struct.pack("<II", zlib.crc32(data), len(data))
with open("Inflate/all_header_fields_two_members.gz", "wb") as f:
    f.write(member + gzip.compress(b"second member\n", mtime=0))
with open("Inflate/all_header_fields_two_members.bin", "wb") as f:
    f.write(data + b"second member\n")
manifest.append("all_header_fields_two_members.gz all_header_fields_two_members gzip")

with open("Inflate/manifest.txt", "w") as f:
    f.write("# vector original first-block-type (0 stored, 1 fixed, 2 dynamic) or gzip\n")
    f.write("\n".join(manifest) + "\n")
