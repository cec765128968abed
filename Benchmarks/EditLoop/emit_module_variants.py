#!/usr/bin/env python3
"""Times the emit-module job alone on variants of generated Swift: what each declaration costs.

A measurement tool, not part of the package or its tests. Give it the folder of a consumer's
generated files (the plugin's output folder from `generator-benchmarks edit-loop --keep DIR`:
DIR/GeneratedOneTarget/.build/plugins/outputs/generatedonetarget/Catalog/destination/AttributeCodegenPlugin)
and the folder holding AttributeRuntime.swiftmodule (that package's .build/debug/Modules).

It runs exactly the job SwiftPM's debug build runs for a module's interface, one
`swift-frontend -frontend -emit-module` over every file with
`-experimental-skip-non-inlinable-function-bodies-without-types -enable-testing -g -Onone`.
Not `swiftc -emit-module`: without `-c`, that driver also runs one `-emit-module -primary-file`
job per file, which type-checks every function body, so it counts what the build's
emit-module job skips.

    emit_module_variants.py GENERATED_DIR MODULES_DIR [RUNS] ["VARIANT;VARIANT;..."]

The variants default to all of VARIANTS; "as generated" is always measured, as the baseline.
"""
import os, re, resource, shutil, subprocess, sys, tempfile, time

HEADER = re.compile(r"^( *)public struct (\w+): Swift\.Codable, Swift\.Hashable, Swift\.Sendable \{$")
STORED = re.compile(r"^ *public var (`?\w+`?): [^{]*$")


def structs(lines):
    """(header line index, indentation, stored property names, closing line index) per struct."""
    found = []
    for index, line in enumerate(lines):
        match = HEADER.match(line)
        if not match:
            continue
        indent = match.group(1)
        members = []
        end = index + 1
        while lines[end] != indent + "}":
            inner = lines[end]
            if inner.startswith(indent + "    public var ") and not inner.startswith(indent + "     "):
                stored = STORED.match(inner)
                if stored:
                    members.append(stored.group(1))
            end += 1
        found.append((index, indent, members, end))
    return found


def written_out(lines, bodies):
    """Hashable written out: `==` and `hash(into:)` per struct, full or empty bodies."""
    inserts = []
    for index, indent, members, end in structs(lines):
        name = HEADER.match(lines[index]).group(2)
        pad = indent + "    "
        text = [""]
        text.append(f"{pad}public static func == (lhs: {name}, rhs: {name}) -> Swift.Bool {{")
        if bodies:
            text += [f"{pad}    guard lhs.{m} == rhs.{m} else {{ return false }}" for m in members]
        text.append(f"{pad}    return true")
        text.append(f"{pad}}}")
        text.append(f"{pad}public func hash(into hasher: inout Swift.Hasher) {{")
        if bodies:
            text += [f"{pad}    hasher.combine({m})" for m in members]
        text.append(f"{pad}}}")
        inserts.append((end, text))
    for end, text in sorted(inserts, reverse=True):
        lines[end:end] = text
    return lines


def stored_values(text):
    """Known values as before: `static let` constants, `allValues` and `isClosed`."""
    text = re.sub(r"(?m)^( *public static )var (`?\w+`?): Swift\.(String|Bool) \{ (.*) \}$", r"\1let \2: Swift.\3 = \4", text)
    lines, out, index = text.split("\n"), [], 0
    while index < len(lines):
        match = re.match(r"^( *public static )var allValues: \[Swift\.String\] \{$", lines[index])
        if not match:
            out.append(lines[index])
            index += 1
            continue
        out.append(match.group(1) + "let allValues: [Swift.String] = [")
        index += 2  # the getter's opening `[`
        while lines[index].strip() != "]":
            out.append(lines[index][4:])
            index += 1
        out.append(lines[index][4:])
        index += 2  # the getter's closing brace
    return "\n".join(out)


def variant(text, name):
    if name in ("as generated", "as generated, no -enable-testing"):
        return text
    if name == "no Hashable":
        return text.replace("Swift.Codable, Swift.Hashable, Swift.Sendable {", "Swift.Codable, Swift.Sendable {")
    if name == "Equatable, not Hashable":
        return text.replace("Swift.Hashable, Swift.Sendable {", "Swift.Equatable, Swift.Sendable {")
    if name == "let, not var":
        return re.sub(r"(?m)^( *public )var (`?\w+`?: [^{\n]*)$", r"\1let \2", text)
    if name == "known values as static let":
        return stored_values(text)
    if name == "no doc comments":
        return re.sub(r"(?m)^ *///.*\n", "", text)
    if name == "no Hashable, let":
        return variant(variant(text, "no Hashable"), "let, not var")
    if name == "Hashable written out":
        return "\n".join(written_out(text.split("\n"), bodies=True))
    if name == "Hashable written out, empty bodies":
        return "\n".join(written_out(text.split("\n"), bodies=False))
    raise ValueError(name)


VARIANTS = ["as generated", "as generated, no -enable-testing", "no Hashable", "Equatable, not Hashable", "Hashable written out",
            "Hashable written out, empty bodies", "let, not var", "no Hashable, let", "no doc comments",
            "known values as static let"]


def emit_module(folder, modules, testing=True):
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".swift"))
    command = ["swift-frontend", "-frontend", "-emit-module", "-experimental-skip-non-inlinable-function-bodies-without-types",
               *files, "-target", "x86_64-unknown-linux-gnu", "-disable-objc-interop", "-I", modules, "-g", "-Onone",
               *(["-enable-testing"] if testing else []), "-module-name", "Catalog", "-parse-as-library", "-swift-version", "6",
               "-o", os.path.join(folder, "Catalog.swiftmodule")]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.time()
    result = subprocess.run(command, capture_output=True, text=True)
    wall = time.time() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0 or "warning:" in result.stderr:
        sys.exit(f"emit-module failed or warned in {folder}:\n{result.stderr[:3000]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def main():
    source, modules = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    if len(sys.argv) > 4:
        chosen = ["as generated"] + [name for name in sys.argv[4].split(";") if name != "as generated"]
        unknown = [name for name in chosen if name not in VARIANTS]
        if unknown:
            sys.exit(f"unknown variant {unknown[0]!r}; the variants are {', '.join(VARIANTS)}")
        VARIANTS[:] = chosen
    work = tempfile.mkdtemp(prefix="emit-module-variants-")
    names = sorted(f for f in os.listdir(source) if f.endswith(".swift"))
    for name in VARIANTS:
        folder = os.path.join(work, re.sub(r"\W+", "-", name))
        os.makedirs(folder)
        for file in names:
            with open(os.path.join(source, file)) as f:
                text = f.read()
            with open(os.path.join(folder, file), "w") as f:
                f.write(variant(text, name))
    lines = sum(sum(1 for _ in open(os.path.join(source, f))) for f in names)
    print(f"{len(names)} files, {lines} lines; emit-module CPU seconds (user + sys), {runs} runs alternating, median")
    times = {name: [] for name in VARIANTS}
    for run in range(runs):
        order = VARIANTS if run % 2 == 0 else list(reversed(VARIANTS))
        for name in order:
            folder = os.path.join(work, re.sub(r"\W+", "-", name))
            times[name].append(emit_module(folder, modules, testing="no -enable-testing" not in name)[0])
    base = sorted(times["as generated"])[len(times["as generated"]) // 2]
    for name in VARIANTS:
        values = sorted(times[name])
        median = values[len(values) // 2]
        print(f"{name:36} {median:6.2f} s  ({', '.join(f'{v:.2f}' for v in times[name])})  ratio {median / base:.2f}")
    shutil.rmtree(work)


main()
