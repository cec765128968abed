"""Writes the seed models of FuzzAWSModelReader (run once; the output is committed).

Each seed is one structure shape of a trimmed test model (Tests/AttributeImportTests/Resources/Models)
with every shape it reaches, documentation cut to its first short paragraph, so that a seed fits
the target's -max_len. One seed also names its root through an operation's output.
"""
import gzip
import json
import re

MODELS = 'Tests/AttributeImportTests/Resources/Models/'
SEEDS = [('iam', 'Group'), ('iam', 'ServerCertificateMetadata'), ('elbv2', 'TargetGroup'),
         ('kms', 'KeyMetadata'), ('cloudwatch', 'MetricAlarm')]


def closure(shapes, root):
    seen, todo = set(), [root]
    while todo:
        name = todo.pop()
        if name in seen or name not in shapes:
            continue
        seen.add(name)
        shape = shapes[name]
        todo += [member['shape'] for member in shape.get('members', {}).values()]
        todo += [shape[key]['shape'] for key in ('member', 'key', 'value') if key in shape]
    return seen


def trim(value):
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            if key == 'documentation':
                first = re.match(r'<p>[^<]{0,160}</p>', item)
                if first:
                    result[key] = first.group(0)
            else:
                result[key] = trim(item)
        return result
    if isinstance(value, list):
        return [trim(item) for item in value]
    return value


for index, (service, root) in enumerate(SEEDS):
    model = json.loads(gzip.open(MODELS + service + '.json.gz').read())
    shapes = {name: model['shapes'][name] for name in sorted(closure(model['shapes'], root))}
    operations = {}
    if index == 0:
        response = 'Get' + root + 'Response'
        shapes[response] = {'type': 'structure', 'members': {root: {'shape': root}}}
        operations['Get' + root] = {'name': 'Get' + root, 'output': {'shape': response}}
    seed = trim({'version': '2.0', 'metadata': model.get('metadata', {}), 'operations': operations, 'shapes': shapes})
    with open(f'Fuzz/Seeds/FuzzAWSModelReader/{service}-{root}.json', 'w') as out:
        out.write(json.dumps(seed, indent=1) + '\n')
