#!/usr/bin/env python3
"""Prepares the committed Google Cloud and Azure test resources of AttributeImportTests. Run once, by
hand, from this folder; never run by the tests themselves:

    python3 make_cloud_resources.py <google-documents-folder> <azure-rest-api-specs-checkout>

- <google-documents-folder>: googleapiclient/discovery_cache/documents/ of the google-api-python-client
  2.202.0 wheel (`pip download --no-deps google-api-python-client==2.202.0`, then unzip).
- <azure-rest-api-specs-checkout>: a git checkout of github.com/Azure/azure-rest-api-specs; files are
  read from its HEAD (`git show HEAD:<path>`), and the commit is written to Azure/ORIGIN.txt.

Both are trimmed to what cloud_broad.txt imports and everything that reaches (by `$ref`, also across
files for Azure), and written with json.dumps(indent=1) so line numbers stay meaningful:
- GCP/<name>.<version>.json: the document's name, version, id, title and rootUrl, the schemas reached
  and the `get`/named methods' id, path, httpMethod, description and response.
- Azure/<the repository's own path>: swagger, info, the operations named (operationId, description,
  responses with a schema) and the definitions reached, in every file reached, so relative `$ref`s
  resolve as they do in a checkout. Plus the Key Vault document's own getVault example.
"""
import json, os, posixpath, subprocess, sys

google, azure = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))

entries = []
for line in open(os.path.join(here, "cloud_broad.txt")):
    line = line.split("#")[0].strip()
    if line:
        entries.append(line.split())

def write(path, value):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(json.dumps(value, indent=1, ensure_ascii=False) + "\n")

# Google: schemas reached from the roots; methods by `resource.method`.
def refs(node, out):
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            out.add(node["$ref"])
        for value in node.values():
            refs(value, out)
    elif isinstance(node, list):
        for value in node:
            refs(value, out)

def gcp_methods(resources, prefix=""):
    for name, resource in sorted(resources.items()):
        for method_name, method in sorted(resource.get("methods", {}).items()):
            yield prefix + name + "." + method_name, method
        yield from gcp_methods(resource.get("resources", {}), prefix + name + ".")

def set_method(tree, path, method):
    parts = path.split(".")
    node = tree
    for part in parts[:-1]:
        node = node.setdefault(part, {}).setdefault("resources", {}) if part != parts[-2] else node.setdefault(part, {})
    node.setdefault("methods", {})[parts[-1]] = method

by_doc = {}
for provider, doc, kind, name in entries:
    if provider == "gcp":
        by_doc.setdefault(doc, []).append((kind, name))
for doc, roots in sorted(by_doc.items()):
    source = json.load(open(os.path.join(google, doc)))
    methods = dict(gcp_methods(source.get("resources", {})))
    schema_roots = {name for kind, name in roots if kind == "schema"}
    kept_methods = {}
    for kind, name in roots:
        if kind == "method":
            method = methods[name]
            kept_methods[name] = {k: method[k] for k in ("id", "path", "httpMethod", "description", "response") if k in method}
            schema_roots.add(method["response"]["$ref"])
    seen, stack = set(), list(schema_roots)
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        found = set()
        refs(source["schemas"][name], found)
        stack.extend(found)
    resources = {}
    for path, method in sorted(kept_methods.items()):
        set_method(resources, path, method)
    trimmed = {k: source[k] for k in ("kind", "discoveryVersion", "id", "name", "version", "title", "rootUrl") if k in source}
    trimmed["schemas"] = {name: source["schemas"][name] for name in sorted(seen)}
    trimmed["resources"] = resources
    write(os.path.join(here, "GCP", doc), trimmed)

# Azure: definitions reached from the roots, across files.
def git_json(path):
    return json.loads(subprocess.run(["git", "-C", azure, "show", "HEAD:" + path], check=True, capture_output=True).stdout)

documents = {}
def document(path):
    if path not in documents:
        documents[path] = git_json(path)
    return documents[path]

keep = {}  # path -> set of definition names
operations = {}  # path -> {operationId: (route, verb)}
stack = []
for provider, doc, kind, name in entries:
    if provider != "azure":
        continue
    source = document(doc)
    keep.setdefault(doc, set())
    if kind == "definition":
        stack.append((doc, name))
    else:
        for route, verbs in source["paths"].items():
            for verb, operation in verbs.items():
                if isinstance(operation, dict) and operation.get("operationId") == name:
                    operations.setdefault(doc, {})[name] = (route, verb)
                    found = set()
                    refs(operation.get("responses", {}), found)
                    stack.extend((doc, "#" + ref) for ref in found)
def resolve(path, ref):
    target, _, pointer = ref.partition("#")
    file = posixpath.normpath(posixpath.join(posixpath.dirname(path), target)) if target else path
    return file, pointer
while stack:
    path, name = stack.pop()
    if name.startswith("#"):
        file, pointer = resolve(path, name[1:])
        if not pointer.startswith("/definitions/"):
            continue
        path, name = file, pointer[len("/definitions/"):]
    if name in keep.setdefault(path, set()):
        continue
    keep[path].add(name)
    found = set()
    refs(document(path)["definitions"][name], found)
    for ref in found:
        file, pointer = resolve(path, ref)
        if pointer.startswith("/definitions/"):
            stack.append((file, pointer[len("/definitions/"):]))
for path, names in sorted(keep.items()):
    source = document(path)
    trimmed = {k: source[k] for k in ("swagger", "info") if k in source}
    paths = {}
    for operation_id, (route, verb) in sorted(operations.get(path, {}).items()):
        operation = source["paths"][route][verb]
        responses = {code: response for code, response in operation["responses"].items() if "schema" in response}
        paths.setdefault(route, {})[verb] = {"operationId": operation_id, "description": operation.get("description", ""), "responses": responses}
    trimmed["paths"] = paths
    trimmed["definitions"] = {name: source["definitions"][name] for name in sorted(names)}
    write(os.path.join(here, "Azure", path), trimmed)
example = "specification/keyvault/resource-manager/Microsoft.KeyVault/stable/2021-10-01/examples/getVault.json"
write(os.path.join(here, "Azure", example), git_json(example))
commit = subprocess.run(["git", "-C", azure, "rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()
with open(os.path.join(here, "Azure", "ORIGIN.txt"), "w") as f:
    f.write("Trimmed by make_cloud_resources.py from github.com/Azure/azure-rest-api-specs (a mirror at commit "
            + commit + "); each file keeps its path in that repository. Licensed MIT by Microsoft.\n")

# GCP/firewall.response.json is written by hand, not here: a compute firewalls.get response body as the
# API returns it (the uint64 id as a JSON string above Int64.max, creationTimestamp in RFC 3339 with the
# API's -07:00 offset and milliseconds, only the fields that are set).
