#!/bin/sh
# Writes the specs of the edit-loop benchmark: `attribute-codegen import aws` for each line of
# tables.txt (the first COUNT, default all), into OUT (default .build/edit-loop-specs).
# A table that does not import cleanly is skipped and named; the benchmark takes the first N files.
#   Benchmarks/EditLoop/import_tables.sh [OUT] [COUNT]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-.build/edit-loop-specs}
count=${2:-100000}
data=$(python3 -c 'import botocore, os; print(os.path.dirname(botocore.__file__))')/data
swift build --product attribute-codegen >/dev/null
tool=$(swift build --show-bin-path)/attribute-codegen
mkdir -p "$out"
grep -v '^#' "$here/tables.txt" | head -n "$count" | while read -r service operation resource; do
    [ -f "$out/$resource.yaml" ] && continue
    model=$(ls -d "$data/$service"/*/ | sort | tail -n 1)
    model=$(ls "$model"service-2.json* | head -n 1)
    "$tool" import aws "$model" --operation "$operation" --resource "$resource" --output "$out" >/dev/null 2>&1 \
        || echo "skipped: $service $operation ($resource)" >&2
done
echo "$(ls "$out" | wc -l) specs in $out"
