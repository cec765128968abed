"""Writes the seed documents of FuzzGCPDiscoveryReader and FuzzAzureOpenAPIReader (run once from the
repository root; the output is committed).

Each seed is one root of a trimmed test document (Tests/AttributeImportTests/Resources/GCP and Azure)
with everything it reaches, descriptions cut to their first sentence, so that a seed fits the targets'
-max_len. An Azure seed that refers to another file is the document, a NUL byte and that file (the
input form of FuzzAzureOpenAPIReader), written compactly.
"""
import json
import os
import re

RESOURCES = 'Tests/AttributeImportTests/Resources/'
GCP = [('compute.v1.json', 'Firewall', 'firewalls.get'), ('pubsub.v1.json', 'Topic', None),
       ('iam.v1.json', 'ServiceAccount', None), ('dns.v1.json', 'ManagedZone', None), ('cloudkms.v1.json', 'KeyRing', None)]
KEYVAULT = 'Azure/specification/keyvault/resource-manager/Microsoft.KeyVault/stable/2021-10-01/'
MSI = 'Azure/specification/msi/resource-manager/Microsoft.ManagedIdentity/stable/2018-11-30/'
AZURE = [('keyvault-Vault', KEYVAULT + 'keyvault.json', ['Vault'], KEYVAULT + 'common.json'),
         ('keyvault-AccessPolicyEntry', KEYVAULT + 'keyvault.json', ['AccessPolicyEntry'], None),
         ('msi-Identity', MSI + 'ManagedIdentity.json', ['Identity'],
          'Azure/specification/common-types/resource-management/v1/types.json')]


def trim(value):
    if isinstance(value, dict):
        return {key: (re.split(r'(?<=\.)\s', item)[0] if key == 'description' and isinstance(item, str) else trim(item))
                for key, item in value.items()}
    if isinstance(value, list):
        return [trim(item) for item in value]
    return value


def refs(node, out):
    if isinstance(node, dict):
        if isinstance(node.get('$ref'), str):
            out.add(node['$ref'])
        for value in node.values():
            refs(value, out)
    elif isinstance(node, list):
        for value in node:
            refs(value, out)


os.makedirs('Fuzz/Seeds/FuzzGCPDiscoveryReader', exist_ok=True)
for document, root, method in GCP:
    source = json.load(open(RESOURCES + 'GCP/' + document))
    seen, todo = set(), [root]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        found = set()
        refs(source['schemas'][name], found)
        todo += sorted(found)
    seed = {'name': source['name'], 'version': source['version'],
            'schemas': trim({name: source['schemas'][name] for name in sorted(seen)})}
    if method:
        seed['resources'] = trim(source['resources'])
    with open(f'Fuzz/Seeds/FuzzGCPDiscoveryReader/{source["name"]}-{root}.json', 'w') as f:
        f.write(json.dumps(seed, indent=0) + '\n')

os.makedirs('Fuzz/Seeds/FuzzAzureOpenAPIReader', exist_ok=True)
for label, document, roots, other in AZURE:
    source = json.load(open(RESOURCES + document))
    seen, todo = set(), list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        found = set()
        refs(source['definitions'][name], found)
        todo += sorted(ref.split('/')[-1] for ref in found if ref.startswith('#/definitions/'))
    seed = {'swagger': '2.0', 'definitions': trim({name: source['definitions'][name] for name in sorted(seen)})}
    text = json.dumps(seed, separators=(',', ':'))
    if other:
        text += '\0' + json.dumps(trim(json.load(open(RESOURCES + other))), separators=(',', ':'))
    with open(f'Fuzz/Seeds/FuzzAzureOpenAPIReader/{label}.json', 'w') as f:
        f.write(text + '\n')
