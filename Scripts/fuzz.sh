#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/<Target>/main.swift) with coverage and AddressSanitizer
# and runs them, one after another.
#
#   Scripts/fuzz.sh                      # every target, 60 s each
#   Scripts/fuzz.sh FuzzPipeline 1800    # one target, 30 minutes
#   Scripts/fuzz.sh FuzzRuntimeJSON 600 -fork=1 -ignore_crashes=1   # extra libFuzzer options
#
# Everything lives under .build/fuzz (its own scratch path, so the sanitized build never
# invalidates the normal one): seeds/<Target> (rebuilt on each run from the committed documents
# and Tests/FuzzRegressions/<Target>), corpus/<Target> (what libFuzzer found, kept between runs),
# artifacts/<Target> (crash-*, timeout-*, oom-* inputs) and logs/<Target>.log.
# A finding: fix it, then save the input as Tests/FuzzRegressions/<Target>/<name> so that
# `swift test` (FuzzRegressionTests) replays it.
set -euo pipefail
cd "$(dirname "$0")/.."

target="${1:-all}"
seconds="${2:-60}"
shift $(( $# < 2 ? $# : 2 ))
extra=("$@")

work=.build/fuzz
all_targets=()
# A target is a folder with a main.swift (Fuzz/Seeds holds committed seed inputs, not a target).
for main in Fuzz/*/main.swift; do all_targets+=("$(basename "$(dirname "$main")")"); done
if [[ "$target" == all ]]; then
    targets=("${all_targets[@]}")
elif [[ -f "Fuzz/$target/main.swift" ]]; then
    targets=("$target")
else
    echo "unknown target '$target'; one of: all ${all_targets[*]}" >&2
    exit 2
fi

# `--sanitize=fuzzer` makes SwiftPM build executables as libraries (libFuzzer has `main`);
# `-Xswiftc -sanitize=fuzzer,address` is what instruments the code. Not `--sanitize=address`
# besides: the driver keeps only the last `-sanitize=`, and coverage would be lost.
build_flags=(-c debug --scratch-path "$work" --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address)

# Copies the committed documents of a target's kind into its seed folder. Spec seeds get the
# table name the harnesses use (`fuzz_table`), or validation stops them at `resource`.
# Keep in step with Tests/FuzzRegressionTests/SeedDocuments.swift.
make_seeds() {
    local name="$1" seeds="$2"
    rm -rf "$seeds"
    mkdir -p "$seeds"
    local spec_dirs=(Spec Tests/AttributeCodegenTests/Specs Tests/PluginDogfoodTests)
    case "$name" in
        FuzzYAMLReader|FuzzSpecJSONReader)
            find "${spec_dirs[@]}" Tests/AttributeSpecTests/Read/YAMLCorpus -type f \
                \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) ! -name '*.schema.json' \
                -exec cp -t "$seeds" {} + ;;
        FuzzSpecLoading|FuzzPipeline)
            find "${spec_dirs[@]}" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) ! -name '*.schema.json' |
                while read -r file; do
                    local table
                    table="$(basename "${file%.*}")"
                    sed "s/$table/fuzz_table/g" "$file" > "$seeds/$(basename "$file")"
                done ;;
        FuzzRuntimeJSON|FuzzProviderMapping)
            cp Tests/Fixtures/*.json "$seeds/" ;;
        FuzzConfiguration)
            for level in public package internal; do printf 'access_level: %s\n' "$level" > "$seeds/$level.yaml"; done
            for style in api_guidelines literal; do printf 'acronyms: %s\n' "$style" > "$seeds/$style.yaml"; done ;;
        FuzzInflate)
            # The decoder's own fixtures (gzip files, and plain bytes for the stored round trip),
            # and the fixtures gzipped at the fastest, default and best levels.
            local inflate=Tests/AttributeImportTests/Resources/Inflate
            cp "$inflate"/*.gz "$inflate"/*.bin "$seeds/"
            for file in Tests/Fixtures/*.json "$inflate/hello.bin" "$inflate/runs.bin"; do
                for level in 1 6 9; do gzip -n -c "-$level" "$file" > "$seeds/$(basename "$file").$level.gz"; done
            done ;;
        FuzzAWSModelReader)
            # Small models cut from the import tests' (Fuzz/Seeds/make_aws_seeds.py), and one gzipped.
            cp Fuzz/Seeds/FuzzAWSModelReader/*.json "$seeds/"
            gzip -n -c -6 Fuzz/Seeds/FuzzAWSModelReader/iam-Group.json > "$seeds/iam-Group.json.gz" ;;
        FuzzGCPDiscoveryReader|FuzzAzureOpenAPIReader)
            # Small documents cut from the import tests' (Fuzz/Seeds/make_cloud_seeds.py); an Azure
            # seed may carry the file its $refs read after a NUL byte.
            cp "Fuzz/Seeds/$name"/*.json "$seeds/" ;;
        FuzzBreaking)
            # Baseline NUL current: each spec with itself, and with its first STRING made an INT64
            # (both ways round).
            find "${spec_dirs[@]}" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) ! -name '*.schema.json' |
                while read -r file; do
                    local table base
                    table="$(basename "${file%.*}")"
                    base="$seeds/$(basename "$file")"
                    sed "s/$table/fuzz_table/g" "$file" > "$base.spec"
                    sed -e '0,/type: STRING/s//type: INT64/' -e '0,/"type": "STRING"/s//"type": "INT64"/' "$base.spec" > "$base.edited"
                    { cat "$base.spec"; printf '\0'; cat "$base.spec"; } > "$base.same"
                    if ! cmp -s "$base.spec" "$base.edited"; then
                        { cat "$base.spec"; printf '\0'; cat "$base.edited"; } > "$base.type-changed"
                        { cat "$base.edited"; printf '\0'; cat "$base.spec"; } > "$base.type-changed-back"
                    fi
                    rm "$base.spec" "$base.edited"
                done ;;
    esac
    if [[ -d "Tests/FuzzRegressions/$name" ]]; then
        find "Tests/FuzzRegressions/$name" -type f ! -name '*.md' -exec cp -t "$seeds" {} +
    fi
}

export SWIFT_BACKTRACE=enable=no  # else the Swift backtracer, not libFuzzer, catches a trap (and may hang)
status=0
for name in "${targets[@]}"; do
    echo "== $name: building" >&2
    mkdir -p "$work/logs"
    # SwiftPM also compiles the attribute-codegen tool as a library here and prints errors about
    # its top-level code ("expressions are not allowed at the top level", "emit-module command
    # failed"); the build still succeeds, so its exit status, not its output, decides.
    if ! swift build "${build_flags[@]}" --product "$name" > "$work/logs/$name.build.log" 2>&1; then
        grep -E 'error:' "$work/logs/$name.build.log" | sort -u | head -20 >&2
        echo "$name: build failed (log: $work/logs/$name.build.log)" >&2
        exit 1
    fi
    binary="$(swift build "${build_flags[@]}" --show-bin-path)/$name"

    make_seeds "$name" "$work/seeds/$name"
    mkdir -p "$work/corpus/$name" "$work/artifacts/$name"
    log="$work/logs/$name.log"
    echo "== $name: fuzzing for ${seconds}s (log: $log)" >&2
    # Service models and pairs of specs are longer than one spec.
    case "$name" in
        FuzzAWSModelReader|FuzzGCPDiscoveryReader|FuzzAzureOpenAPIReader) max_len=16384 ;;
        FuzzBreaking) max_len=8192 ;;
        *) max_len=4096 ;;
    esac
    set +e
    "$binary" "$work/corpus/$name" "$work/seeds/$name" \
        -dict=Fuzz/fuzz.dict -max_len=$max_len -timeout=10 -rss_limit_mb=2048 \
        -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix="$work/artifacts/$name/" ${extra[@]+"${extra[@]}"} > "$log" 2>&1
    code=$?
    set -e
    # Without coverage counters libFuzzer still runs, blind: refuse that silently wrong setup.
    if ! grep -q 'inline 8-bit counters' "$log"; then
        echo "$name: no coverage counters loaded; the build is not instrumented" >&2
        exit 1
    fi
    grep -E '^#[0-9]+ +DONE|stat::number_of_executed_units|stat::average_exec_per_sec' "$log" >&2 || true
    if [[ $code -ne 0 ]]; then
        echo "$name: FINDING (exit $code); input under $work/artifacts/$name/, see $log" >&2
        grep -E 'invariant failed|ERROR: libFuzzer|ERROR: AddressSanitizer|Fatal error' "$log" | head -5 >&2 || true
        status=1
    fi
done
exit $status
