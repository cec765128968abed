#!/usr/bin/env python3
"""Checks Spec/attribute-spec.schema.json.

  1. The schema is a valid draft 2020-12 schema.
  2. The bundled spec (Spec/aws_sagemaker_compilation_job.yaml) and a few small valid specs pass.
  3. Broken variants fail, each for the expected reason: the check looks for an error at the
     expected place (JSON path) with the expected keyword, so a variant that fails for some
     unrelated reason does not count as a pass.
  4. The spec examples of the README section (YAML and its JSON twin) are valid and equal.

Usage: Scripts/specdata-check-schema.py [README.md]
Exit status 0 when every check passes; otherwise the problems are printed and it is 1.
"""

import copy
import json
import os
import re
import sys

import jsonschema
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = os.path.join(ROOT, "Spec", "attribute-spec.schema.json")
BUNDLED = os.path.join(ROOT, "Spec", "aws_sagemaker_compilation_job.yaml")
README = os.path.join(ROOT, "Scripts", "specdata-README-spec-format.md")

MINIMAL = {
    "resource": "example_table",
    "attributes": [{"name": "id", "type": "STRING", "provider_name": "Id"}],
}


def variant(change):
    """A copy of MINIMAL changed by `change`, which edits it in place."""
    spec = copy.deepcopy(MINIMAL)
    change(spec)
    return spec


def with_attribute(**attribute):
    return variant(lambda spec: spec["attributes"].append(attribute))


VALID = {
    "minimal spec": MINIMAL,
    "every optional key": variant(lambda spec: spec.update(
        description="An example.", swift_name="ExampleTable",
        attributes=[{"name": "id", "type": "STRING", "provider_name": "Id", "description": "The ID.", "swift_name": "identifier"}])),
    "caller-supplied attribute without provider_name": with_attribute(name="account_id", type="STRING"),
    "dotted provider path": with_attribute(name="soft_delete", type="BOOLEAN", provider_name="properties.enableSoftDelete"),
    "UNORDERED_LIST_STRUCT with fields": with_attribute(
        name="rules", type="UNORDERED_LIST_STRUCT", provider_name="Rules",
        fields=[{"name": "id", "type": "INT64", "provider_name": "Id"}]),
    "STRUCT nested three deep": with_attribute(
        name="a", type="STRUCT", provider_name="A",
        fields=[{"name": "b", "type": "STRUCT", "provider_name": "B",
                 "fields": [{"name": "c", "type": "MAP_STRING_STRING", "provider_name": "C"}]}]),
}

# name -> (spec, JSON path of the expected error, keyword of the expected error)
INVALID = {
    "unknown type": (with_attribute(name="size", type="INTEGER", provider_name="Size"), "$.attributes[1].type", "enum"),
    "lowercase type": (with_attribute(name="size", type="int32", provider_name="Size"), "$.attributes[1].type", "enum"),
    "misspelled attribute key": (with_attribute(name="size", type="INT32", provder_name="Size"), "$.attributes[1]", "additionalProperties"),
    "misspelled top-level key": (variant(lambda spec: spec.update(resouce="x")), "$", "additionalProperties"),
    "STRUCT without fields": (with_attribute(name="config", type="STRUCT", provider_name="Config"), "$.attributes[1]", "required"),
    "UNORDERED_LIST_STRUCT without fields": (with_attribute(name="rules", type="UNORDERED_LIST_STRUCT"), "$.attributes[1]", "required"),
    "fields on STRING": (with_attribute(name="s3_uri", type="STRING", fields=[{"name": "x", "type": "STRING"}]), "$.attributes[1]", "else"),
    "STRUCT with empty fields": (with_attribute(name="config", type="STRUCT", fields=[]), "$.attributes[1].fields", "minItems"),
    "missing resource": (variant(lambda spec: spec.pop("resource")), "$", "required"),
    "missing attributes": (variant(lambda spec: spec.pop("attributes")), "$", "required"),
    "empty attributes": (variant(lambda spec: spec.update(attributes=[])), "$.attributes", "minItems"),
    "attribute without type": (with_attribute(name="size"), "$.attributes[1]", "required"),
    "camelCase name": (with_attribute(name="jobArn", type="STRING"), "$.attributes[1].name", "pattern"),
    "resource with a dash": (variant(lambda spec: spec.update(resource="aws-table")), "$.resource", "pattern"),
    "swift_name starting with a digit": (with_attribute(name="x", type="STRING", swift_name="3x"), "$.attributes[1].swift_name", "pattern"),
    "provider path with an empty segment": (with_attribute(name="x", type="STRING", provider_name="a..b"), "$.attributes[1].provider_name", "pattern"),
    "non-string description": (with_attribute(name="x", type="STRING", description=3), "$.attributes[1].description", "type"),
    "unknown type deep inside fields": (with_attribute(
        name="a", type="STRUCT", fields=[{"name": "b", "type": "STRUCT", "fields": [{"name": "c", "type": "UUID"}]}]),
        "$.attributes[1].fields[0].fields[0].type", "enum"),
}


def check_readme_examples(validator, path):
    """The README's YAML example and its JSON twin must both be valid and say the same thing."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    blocks = re.findall(r"```(yaml|json)\n(.*?)```", text, re.S)
    yaml_specs = [yaml.safe_load(body) for kind, body in blocks if kind == "yaml" and "resource:" in body]
    json_specs = [json.loads(body) for kind, body in blocks if kind == "json" and '"resource"' in body]
    if len(yaml_specs) != 1 or len(json_specs) != 1:
        return [f"{path}: expected one YAML and one JSON spec example, found {len(yaml_specs)} and {len(json_specs)}"]
    found = []
    for label, spec in (("YAML", yaml_specs[0]), ("JSON", json_specs[0])):
        found += [f"{path}: {label} example rejected at {error.json_path}: {error.message}" for error in validator.iter_errors(spec)]
    if yaml_specs[0] != json_specs[0]:
        found.append(f"{path}: the YAML and JSON examples differ")
    return found


def main():
    problems = []
    readme = sys.argv[1] if len(sys.argv) > 1 else README
    with open(SCHEMA, encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    with open(BUNDLED, encoding="utf-8") as handle:
        bundled = yaml.safe_load(handle)
    valid = dict(VALID)
    valid["bundled spec " + os.path.basename(BUNDLED)] = bundled
    for name, spec in valid.items():
        errors = list(validator.iter_errors(spec))
        for error in errors:
            problems.append(f"valid spec '{name}' rejected at {error.json_path}: {error.message}")

    for name, (spec, path, keyword) in INVALID.items():
        # Errors inside if/then/else and $ref are reported at the instance they concern.
        errors = [error for top in validator.iter_errors(spec) for error in [top, *top.context]]
        if not errors:
            problems.append(f"broken spec '{name}' accepted")
            continue
        # A `false` subschema reports no keyword and, in jsonschema 4.x, the parent's path; the
        # schema path (`...items/else/properties`) still says which rule fired.
        if not any(error.json_path == path and keyword in (error.validator, *error.schema_path) for error in errors):
            found = "; ".join(f"{error.json_path} {error.validator}: {error.message}" for error in errors)
            problems.append(f"broken spec '{name}' rejected, but not with {keyword} at {path}: {found}")

    problems.extend(check_readme_examples(validator, readme))

    if problems:
        for message in problems:
            print(f"error: {message}")
        print(f"{len(problems)} problem(s)")
        return 1
    print(f"ok: schema is valid draft 2020-12; {len(valid)} valid specs accepted, {len(INVALID)} broken specs rejected for the expected reason; README examples valid and equal")
    return 0


if __name__ == "__main__":
    sys.exit(main())
