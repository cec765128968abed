#!/usr/bin/env python3
"""Regenerates the expected results of the YAML reader's conformance corpus with PyYAML.

Valid documents (YAMLCorpus/valid/*.yaml) get a sibling *.json holding the node tree that
PyYAML's BaseLoader composes: every node with its 1-based line and column (PyYAML's
start_mark + 1; columns count characters), mappings as ordered [key, value] pairs.

Malformed documents (YAMLCorpus/invalid/*.yaml) are listed in YAMLCorpus/errors.json with the
error our reader must report. This script checks that PyYAML rejects each of them too, unless
the entry says why we reject on purpose what PyYAML accepts ("pyyaml_accepts").

Run from the package root:  python3 Scripts/make-yaml-corpus.py
Only needed when the corpus changes; the Swift tests read the committed JSON.
"""
import json
import pathlib
import sys

import yaml

CORPUS = pathlib.Path(__file__).resolve().parent.parent / "Tests/AttributeSpecTests/Read/YAMLCorpus"

STYLES = {None: "plain", "'": "singleQuoted", '"': "doubleQuoted", "|": "literal", ">": "folded"}


def convert(node):
    out = {"line": node.start_mark.line + 1, "column": node.start_mark.column + 1}
    if isinstance(node, yaml.ScalarNode):
        out["scalar"] = node.value
        out["style"] = STYLES[node.style]
    elif isinstance(node, yaml.SequenceNode):
        out["sequence"] = [convert(item) for item in node.value]
    else:
        out["mapping"] = [[convert(k), convert(v)] for k, v in node.value]
    return out


def compose(data):
    return yaml.compose(data, Loader=yaml.BaseLoader)


def main():
    failures = 0
    valid = sorted((CORPUS / "valid").glob("*.yaml"))
    for path in valid:
        node = compose(path.read_bytes())
        if path.stem.startswith("empty-document"):
            # Our reader returns nil for a document without content; PyYAML gives None, or an
            # empty plain scalar after an explicit '---'.
            if node is not None and not (isinstance(node, yaml.ScalarNode) and node.value == "" and node.style is None):
                print(f"{path.name}: expected an empty document", file=sys.stderr)
                failures += 1
            expected = None
        else:
            expected = convert(node)
        path.with_suffix(".json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    manifest = json.loads((CORPUS / "errors.json").read_text(encoding="utf-8"))
    invalid = sorted((CORPUS / "invalid").glob("*.yaml"))
    names = {p.stem for p in invalid}
    for name in sorted(set(manifest) ^ names):
        print(f"{name}: present in only one of errors.json and invalid/", file=sys.stderr)
        failures += 1
    for path in invalid:
        entry = manifest.get(path.stem)
        if entry is None:
            continue
        try:
            compose(path.read_bytes())
            rejected = None
        except (yaml.YAMLError, ValueError, UnicodeDecodeError, RecursionError) as error:
            rejected = str(error).splitlines()[0:2]
        if rejected is None and "pyyaml_accepts" not in entry:
            print(f"{path.name}: PyYAML accepts it; say why we reject it in 'pyyaml_accepts'", file=sys.stderr)
            failures += 1
        if rejected is not None and "pyyaml_accepts" in entry:
            print(f"{path.name}: PyYAML rejects it ({rejected}); remove 'pyyaml_accepts'", file=sys.stderr)
            failures += 1
    print(f"{len(valid)} valid documents, {len(invalid)} malformed documents")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
