#!/usr/bin/env python3
"""Checks Spec/aws_sagemaker_compilation_job.yaml against the seed reference page.

The page is flat text: a top-level entry is a name line, `Type: X`, an optional
`Provider name: Y` and an optional `Description: ...` that may run over several lines; a
nested entry is a name line, a bare TYPE line and a bare provider-name line, followed by
whatever description fragments survived the page's rendering. Names are sometimes glued to
the end of the previous line (`field.subnets`), so a name is the trailing snake_case run of
the line before a type line.

Checked:
  1. the spec's attributes, walked depth first, are the page's entries in page order, with
     the same names, types and provider names, top-level entries at the top level;
  2. every top-level description equals the page's word for word (page lines joined with one
     space);
  3. a nested field has a description exactly when the page has description text for it, and
     the page's words appear in the spec's description in the same order (the spec may add
     text the page lost, see 5);
  4. (service model) every STRUCT's fields are members of the matching botocore shape, every
     member of those shapes is mapped, and spec types agree with the shapes' types;
  5. (service model) the words of every nested description appear, in order, in the
     documentation of the same member, so restored text comes from the service model only.

  6. Tests/Fixtures/aws_sagemaker_compilation_job.loaded.json is the spec as PyYAML loads it
     (`--write` regenerates it), so the Swift YAML reader's tests can compare with it.

Usage: Scripts/specdata-check-seed.py [--write] [seed.txt] [spec.yaml]
Exit status 0 when every check passes; otherwise the problems are printed and it is 1.
"""

import gzip
import html
import json
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SEED = "/work/shared/seed/aws_sagemaker_compilation_job.txt"
DEFAULT_SPEC = os.path.join(ROOT, "Spec", "aws_sagemaker_compilation_job.yaml")
# The bundled spec as PyYAML loads it, so the Swift reader's tests can compare every string.
LOADED_COPY = os.path.join(ROOT, "Tests", "Fixtures", "aws_sagemaker_compilation_job.loaded.json")

TYPES = {
    "STRING", "INT32", "INT64", "BOOLEAN", "DOUBLE", "FLOAT", "TIMESTAMP", "STRUCT",
    "UNORDERED_LIST_STRING", "UNORDERED_LIST_INT32", "UNORDERED_LIST_STRUCT", "MAP_STRING_STRING",
}
TRAILING_NAME = re.compile(r"[a-z0-9_]+$")
# Words split at case changes too, because the page glues words (`periodsMaxPendingTimeInSeconds`).
WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")

problems = []


def problem(message):
    problems.append(message)


def snake_case(provider):
    """`MaxRuntimeInSeconds` → `max_runtime_in_seconds`, `S3Uri` → `s3_uri`."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", provider).lower()


def provider_after(lines, type_index, top):
    """The provider name that follows an entry's type line, or None."""
    following = lines[type_index + 1] if type_index + 1 < len(lines) else ""
    if top:
        return following[len("Provider name: "):].strip() if following.startswith("Provider name: ") else None
    return following.strip()


def trailing_name(line, provider):
    """The attribute name at the end of `line`.

    When the page glued the name to preceding lowercase text (`graphicsarch`), the trailing
    snake_case run is too long; the provider name's snake_case form says where the name starts.
    """
    match = TRAILING_NAME.search(line)
    if match is None:
        return None
    run = match.group(0)
    if provider:
        expected = snake_case(provider.split(".")[-1])
        if run != expected and run.endswith(expected):
            return expected
    return run


def parse_page(path):
    """Returns the page's entries in order: dicts with name, type, provider, top, description."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")

    def type_of(line):
        if line.startswith("Type: "):
            return line[len("Type: "):].strip(), True
        if line.strip() in TYPES:
            return line.strip(), False
        return None, None

    starts = []  # (index of name line, index of type line, type, top-level?)
    for index in range(1, len(lines)):
        spec_type, top = type_of(lines[index])
        if spec_type is not None:
            starts.append((index - 1, index, spec_type, top))

    entries = []
    for position, (name_index, type_index, spec_type, top) in enumerate(starts):
        cursor = type_index + 1
        provider = None
        if top:
            if cursor < len(lines) and lines[cursor].startswith("Provider name: "):
                provider = lines[cursor][len("Provider name: "):].strip()
                cursor += 1
        else:
            provider = lines[cursor].strip()
            cursor += 1
        name = trailing_name(lines[name_index], provider)
        if name is None:
            problem(f"page line {name_index + 1}: no attribute name before the type line")
            continue
        # The description runs up to the next entry's name line, plus whatever text was glued
        # in front of that name.
        if position + 1 < len(starts):
            end = starts[position + 1][0]
            next_name_line = lines[end]
            next_provider = provider_after(lines, starts[position + 1][1], starts[position + 1][3])
            next_name = trailing_name(next_name_line, next_provider) or ""
            glued = next_name_line[: len(next_name_line) - len(next_name)]
        else:
            end = len(lines)
            glued = ""
        body = lines[cursor:end] + ([glued] if glued else [])
        body = [line for line in body if line.strip()]
        description = None
        if top:
            if body:
                if not body[0].startswith("Description: "):
                    problem(f"page: {name}: unexpected text after the provider name: {body[0]!r}")
                body[0] = body[0][len("Description: "):]
                description = " ".join(line.strip() for line in body)
        elif body:
            description = "\n".join(body)
        entries.append({
            "name": name, "type": spec_type, "provider": provider,
            "top": top, "description": description, "line": name_index + 1,
        })
    return entries


def flatten(attributes, depth=0, parents=()):
    """The spec's attributes depth first, each with its depth and its parents' provider names."""
    for attribute in attributes:
        yield depth, parents, attribute
        if "fields" in attribute:
            yield from flatten(attribute["fields"], depth + 1, parents + (attribute,))


def words(text):
    return WORD.findall(text or "")


def is_subsequence(needle, haystack):
    """Whether `needle` occurs in order in `haystack`; returns (True, None) or (False, first missing word)."""
    iterator = iter(haystack)
    for index, word in enumerate(needle):
        if not any(word == candidate for candidate in iterator):
            return False, " ".join(needle[max(0, index - 3): index + 4])
    return True, None


def strip_html(text):
    return html.unescape(re.sub(r"<[^>]+>", " ", text or ""))


def load_service_model():
    try:
        import botocore
    except ImportError:
        print("note: botocore is not installed; skipping the service-model checks")
        return None
    path = os.path.join(os.path.dirname(botocore.__file__), "data", "sagemaker", "2017-07-24", "service-2.json.gz")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def check_against_service_model(spec, model):
    shapes = model["shapes"]
    scalar_types = {"string": "STRING", "timestamp": "TIMESTAMP", "integer": "INT32", "long": "INT64",
                    "boolean": "BOOLEAN", "double": "DOUBLE", "float": "FLOAT", "structure": "STRUCT"}

    def expected_type(shape):
        kind = shape["type"]
        if kind == "list":
            member = shapes[shape["member"]["shape"]]
            return {"string": "UNORDERED_LIST_STRING", "integer": "UNORDERED_LIST_INT32",
                    "structure": "UNORDERED_LIST_STRUCT"}.get(member["type"])
        if kind == "map":
            return "MAP_STRING_STRING"
        return scalar_types.get(kind)

    def walk(attributes, shape_name, path):
        members = shapes[shape_name]["members"]
        mapped = set()
        for attribute in attributes:
            where = f"{path}.{attribute['name']}" if path else attribute["name"]
            provider = attribute.get("provider_name")
            if provider is None:
                continue
            if provider not in members:
                problem(f"{where}: {provider} is not a member of the service model's {shape_name}")
                continue
            mapped.add(provider)
            member_shape = shapes[members[provider]["shape"]]
            if expected_type(member_shape) != attribute["type"]:
                problem(f"{where}: type {attribute['type']}, service model says {member_shape['type']}")
            if "fields" in attribute:
                walk(attribute["fields"], members[provider]["shape"], where)
            if "description" in attribute and path:
                documentation = words(strip_html(members[provider].get("documentation")))
                ok, missing = is_subsequence(words(attribute["description"]), documentation)
                if not ok:
                    problem(f"{where}: description text not found in order in the service model: ...{missing}...")
        for member in sorted(set(members) - mapped):
            problem(f"{path or 'top level'}: service model member {shape_name}.{member} is not mapped")

    walk(spec["attributes"], "DescribeCompilationJobResponse", "")


def check_loaded_copy(spec, write):
    """Keeps LOADED_COPY equal to the spec as PyYAML loads it, for the Swift reader's tests."""
    text = json.dumps(spec, indent=2, ensure_ascii=False) + "\n"
    if write:
        with open(LOADED_COPY, "w", encoding="utf-8") as handle:
            handle.write(text)
        print(f"wrote {os.path.relpath(LOADED_COPY, ROOT)}")
        return
    try:
        with open(LOADED_COPY, encoding="utf-8") as handle:
            committed = handle.read()
    except FileNotFoundError:
        committed = None
    if committed != text:
        problem(f"{os.path.relpath(LOADED_COPY, ROOT)} is missing or out of date; run with --write and review the diff")


def main():
    arguments = [argument for argument in sys.argv[1:] if argument != "--write"]
    seed = arguments[0] if len(arguments) > 0 else DEFAULT_SEED
    spec_path = arguments[1] if len(arguments) > 1 else DEFAULT_SPEC
    with open(spec_path, encoding="utf-8") as handle:
        spec = yaml.safe_load(handle)
    page = parse_page(seed)
    flat = list(flatten(spec["attributes"]))

    if spec.get("resource") != os.path.splitext(os.path.basename(spec_path))[0]:
        problem(f"resource {spec.get('resource')!r} does not equal the file's base name")
    top_count = sum(1 for entry in page if entry["top"])
    if top_count != 20:
        problem(f"page parse: expected 20 top-level entries, found {top_count}")

    for index in range(max(len(page), len(flat))):
        if index >= len(page):
            problem(f"spec has an extra attribute {flat[index][2]['name']!r} after the page's last entry")
            continue
        entry = page[index]
        if index >= len(flat):
            problem(f"page line {entry['line']}: {entry['name']} is missing from the spec")
            continue
        depth, parents, attribute = flat[index]
        where = ".".join([parent["name"] for parent in parents] + [attribute["name"]])
        if attribute["name"] != entry["name"]:
            problem(f"{where}: page line {entry['line']} has {entry['name']!r} here")
            continue
        if (depth == 0) != entry["top"]:
            problem(f"{where}: nesting differs from the page (page top-level: {entry['top']})")
        if attribute["type"] != entry["type"]:
            problem(f"{where}: type {attribute['type']}, page says {entry['type']}")
        if attribute.get("provider_name") != entry["provider"]:
            problem(f"{where}: provider_name {attribute.get('provider_name')!r}, page says {entry['provider']!r}")
        description = attribute.get("description")
        if entry["top"]:
            if description != entry["description"]:
                problem(f"{where}: description differs from the page\n  spec: {description!r}\n  page: {entry['description']!r}")
        elif (description is None) != (entry["description"] is None):
            problem(f"{where}: spec {'has' if description else 'lacks'} a description, the page {'has' if entry['description'] else 'has none'}")
        elif description is not None:
            ok, missing = is_subsequence(words(entry["description"]), words(description))
            if not ok:
                problem(f"{where}: page text missing or out of order in the description: ...{missing}...")

    model = load_service_model()
    if model is not None:
        check_against_service_model(spec, model)

    check_loaded_copy(spec, "--write" in sys.argv[1:])

    if problems:
        for message in problems:
            print(f"error: {message}")
        print(f"{len(problems)} problem(s)")
        return 1
    print(f"ok: {len(flat)} attributes ({top_count} top-level) match the page; service model consistent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
