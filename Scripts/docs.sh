#!/usr/bin/env bash
# Builds the documentation of AttributeRuntime (Sources/AttributeRuntime/Documentation.docc) with the
# toolchain's own `docc`, no package plugin: the symbol graph is extracted from the module that
# `swift build` made, and every
# warning (a broken link, a stale symbol, a parameter left undocumented) is an error.
#
#   Scripts/docs.sh                 # build into .build/docs/AttributeRuntime.doccarchive
#   Scripts/docs.sh --preview       # the same, then serve it (docc preview) on localhost
#
# Its own scratch path (.build/docs/build), so it never waits for or invalidates the normal build.
set -euo pipefail
cd "$(dirname "$0")/.."

work=.build/docs
symbols="$work/symbol-graphs"
rm -rf "$symbols" "$work/AttributeRuntime.doccarchive"
mkdir -p "$symbols"

swift build --scratch-path "$work/build" --target AttributeRuntime
# The graph is extracted from the built module (with its doc comments and source locations), so it
# is current whether or not this build had anything to compile.
bin="$(swift build --scratch-path "$work/build" --show-bin-path)"
triple="$(swiftc -print-target-info | sed -n 's/^ *"triple": "\(.*\)",$/\1/p' | head -n 1)"
"$(dirname "$(command -v swift)")/swift-symbolgraph-extract" \
    -module-name AttributeRuntime -target "$triple" -I "$bin/Modules" \
    -minimum-access-level public -output-dir "$symbols"

docc="$(dirname "$(command -v swift)")/docc"
[[ -x "$docc" ]] || docc="$(command -v docc)"
mode=convert
[[ "${1:-}" == --preview ]] && mode=preview
"$docc" "$mode" Sources/AttributeRuntime/Documentation.docc \
    --additional-symbol-graph-dir "$symbols" \
    --fallback-display-name AttributeRuntime \
    --fallback-bundle-identifier org.attribute-codegen.AttributeRuntime \
    --warnings-as-errors \
    --output-path "$work/AttributeRuntime.doccarchive"
echo "documentation: $work/AttributeRuntime.doccarchive"
