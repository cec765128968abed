#!/usr/bin/env python3
"""Checks the DescribeCompilationJob payload fixture and computes the expected record.

Inputs (Tests/Fixtures/):
  DescribeCompilationJob.json           the provider payload, as the AWS JSON protocol returns it
  DescribeCompilationJob.caller.json    the values the caller supplies (attributes without provider_name)
Output:
  DescribeCompilationJob.expected.json  the record keyed by attribute names, nested like the spec

Checked:
  1. the payload has the shape of the service model's DescribeCompilationJobResponse: every key
     is a member (except the deliberately unknown EXTRA_MEMBERS), every required member is there,
     types, enums, patterns, lengths and ranges hold; botocore's own JSON parser parses it and
     botocore's parameter validator accepts the parsed result;
  2. every provider path in the spec is present in the payload, so the fixture exercises every
     mapped attribute;
  3. the expected record, computed from the spec and the payload, agrees with botocore's parse
     (timestamps to the millisecond) and equals the committed expected file.

Usage: Scripts/specdata-check-payload.py [--write]
  --write   (re)writes the expected file instead of comparing with it.
Exit status 0 when every check passes; otherwise the problems are printed and it is 1.
"""

import datetime
import decimal
import gzip
import json
import os
import re
import sys

import botocore
import botocore.model
import botocore.parsers
import botocore.validate
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "Fixtures")
PAYLOAD = os.path.join(FIXTURES, "DescribeCompilationJob.json")
CALLER = os.path.join(FIXTURES, "DescribeCompilationJob.caller.json")
EXPECTED = os.path.join(FIXTURES, "DescribeCompilationJob.expected.json")
SPEC = os.path.join(ROOT, "Spec", "aws_sagemaker_compilation_job.yaml")

# Keys the fixture carries on purpose although the service model does not define them, so that
# tests show unknown keys are ignored: `Tags` is a member of the CreateCompilationJob request,
# not of this response (and must not feed the caller-supplied `tags`); `VpcId` is what other
# AWS services return next to subnets.
EXTRA_MEMBERS = {"Tags", "VpcConfig.VpcId"}

INT32 = (-(2**31), 2**31 - 1)

problems = []


def problem(message):
    problems.append(message)


def load_service_model():
    path = os.path.join(os.path.dirname(botocore.__file__), "data", "sagemaker", "2017-07-24", "service-2.json.gz")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def is_number(value):
    return isinstance(value, (int, decimal.Decimal)) and not isinstance(value, bool)


def walk_shape(value, shape_name, shapes, path, unknown):
    """Checks `value` against the shape, collecting unknown member paths."""
    shape = shapes[shape_name]
    kind = shape["type"]
    where = path or "payload"
    if kind == "structure":
        if not isinstance(value, dict):
            problem(f"{where}: expected an object")
            return
        members = shape["members"]
        for key, member_value in value.items():
            member_path = f"{path}.{key}" if path else key
            if key not in members:
                unknown.add(member_path)
                continue
            walk_shape(member_value, members[key]["shape"], shapes, member_path, unknown)
        for required in shape.get("required", []):
            if required not in value:
                problem(f"{where}: required member {required} is missing")
    elif kind == "list":
        if not isinstance(value, list):
            problem(f"{where}: expected an array")
            return
        if not shape.get("min", 0) <= len(value) <= shape.get("max", len(value)):
            problem(f"{where}: {len(value)} elements, allowed {shape.get('min', 0)}...{shape.get('max')}")
        for index, element in enumerate(value):
            walk_shape(element, shape["member"]["shape"], shapes, f"{path}[{index}]", unknown)
    elif kind == "string":
        if not isinstance(value, str):
            problem(f"{where}: expected a string")
            return
        if "enum" in shape and value not in shape["enum"]:
            problem(f"{where}: {value!r} is not one of {shape['enum']}")
        if not shape.get("min", 0) <= len(value) <= shape.get("max", len(value)):
            problem(f"{where}: length {len(value)}, allowed {shape.get('min', 0)}...{shape.get('max')}")
        if "pattern" in shape and re.fullmatch(shape["pattern"], value) is None:
            problem(f"{where}: {value!r} does not match {shape['pattern']}")
    elif kind == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            problem(f"{where}: expected an integer")
            return
        if not shape.get("min", INT32[0]) <= value <= shape.get("max", INT32[1]):
            problem(f"{where}: {value} outside {shape.get('min')}...{shape.get('max')}")
    elif kind == "timestamp":
        # The JSON protocol sends epoch seconds, with a fraction for milliseconds.
        if not is_number(value):
            problem(f"{where}: expected epoch seconds")
    else:
        problem(f"{where}: the check does not know shape type {kind}")


def check_with_botocore(body, service_model_json):
    """Parses the body with botocore's JSON parser and validates the result against the output shape."""
    service = botocore.model.ServiceModel(service_model_json, service_name="sagemaker")
    output_shape = service.operation_model("DescribeCompilationJob").output_shape
    parsed = botocore.parsers.create_parser("json").parse(
        {"status_code": 200, "headers": {}, "body": body}, output_shape)
    parsed.pop("ResponseMetadata", None)
    # botocore's parser keeps modelled members only, so the extra members never reach the validator.
    report = botocore.validate.ParamValidator().validate(parsed, output_shape)
    if report.has_errors():
        for line in report.generate_report().splitlines():
            problem(f"botocore validator: {line}")
    return parsed


def rfc3339_milliseconds(seconds):
    """Epoch seconds (exact decimal) → `2026-11-24T19:05:02.557Z`."""
    milliseconds = int((decimal.Decimal(seconds) * 1000).to_integral_value(rounding=decimal.ROUND_HALF_EVEN))
    whole, fraction = divmod(milliseconds, 1000)
    moment = datetime.datetime.fromtimestamp(whole, tz=datetime.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + f".{fraction:03d}Z"


def lookup(payload, provider_name):
    value = payload
    for key in provider_name.split("."):
        if not isinstance(value, dict) or key not in value:
            return None, False
        value = value[key]
    return value, True


def convert(value, attribute, parsed, where):
    kind = attribute["type"]
    if kind == "TIMESTAMP":
        text = rfc3339_milliseconds(value)
        if isinstance(parsed, datetime.datetime):
            botocore_text = parsed.astimezone(datetime.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
            if botocore_text != text:
                problem(f"{where}: computed {text}, botocore parsed {botocore_text}")
        return text
    if kind in ("INT32", "INT64"):
        low, high = INT32 if kind == "INT32" else (-(2**63), 2**63 - 1)
        if not isinstance(value, int) or not low <= value <= high:
            problem(f"{where}: {value!r} is not an {kind}")
        return value
    if kind in ("STRUCT", "UNORDERED_LIST_STRUCT"):
        if kind == "STRUCT":
            return record(attribute["fields"], value, parsed, {}, where)
        return [record(attribute["fields"], element, parsed_element, {}, f"{where}[{index}]")
                for index, (element, parsed_element) in enumerate(zip(value, parsed))]
    if kind in ("DOUBLE", "FLOAT"):
        return float(value)
    return value


def record(attributes, payload, parsed, caller, path):
    """The expected record for one level: attribute name → value, in spec order."""
    result = {}
    for attribute in attributes:
        where = f"{path}.{attribute['name']}" if path else attribute["name"]
        provider = attribute.get("provider_name")
        if provider is None:
            if attribute["name"] in caller:
                result[attribute["name"]] = caller[attribute["name"]]
            else:
                problem(f"{where}: caller-supplied, but {os.path.basename(CALLER)} has no value")
            continue
        value, present = lookup(payload, provider)
        if not present:
            problem(f"{where}: provider path {provider} is not in the payload, so the fixture does not exercise it")
            continue
        parsed_value, _ = lookup(parsed, provider)
        result[attribute["name"]] = convert(value, attribute, parsed_value, where)
    return result


def main():
    write = "--write" in sys.argv[1:]
    with open(PAYLOAD, "rb") as handle:
        body = handle.read()
    # Decimal keeps the epoch seconds exactly as written; floats would blur the milliseconds.
    payload = json.loads(body, parse_float=decimal.Decimal)
    with open(CALLER, encoding="utf-8") as handle:
        caller = json.load(handle)
    with open(SPEC, encoding="utf-8") as handle:
        spec = yaml.safe_load(handle)

    model = load_service_model()
    output_shape = model["operations"]["DescribeCompilationJob"]["output"]["shape"]
    unknown = set()
    walk_shape(payload, output_shape, model["shapes"], "", unknown)
    if unknown != EXTRA_MEMBERS:
        problem(f"members outside the service model: {sorted(unknown)}, expected exactly {sorted(EXTRA_MEMBERS)}")
    parsed = check_with_botocore(body, model)

    expected = record(spec["attributes"], payload, parsed, caller, "")
    text = json.dumps(expected, indent=2, ensure_ascii=False) + "\n"

    if not problems:
        if write:
            with open(EXPECTED, "w", encoding="utf-8") as handle:
                handle.write(text)
            print(f"wrote {os.path.relpath(EXPECTED, ROOT)}")
        else:
            try:
                with open(EXPECTED, encoding="utf-8") as handle:
                    committed = handle.read()
            except FileNotFoundError:
                committed = None
            if committed != text:
                problem(f"{os.path.relpath(EXPECTED, ROOT)} is missing or out of date; run with --write and review the diff")

    if problems:
        for message in problems:
            print(f"error: {message}")
        print(f"{len(problems)} problem(s)")
        return 1
    print(f"ok: payload matches DescribeCompilationJobResponse (extra members {sorted(EXTRA_MEMBERS)}); expected record up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
