#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Astra Keys contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# hygiene-secrets.sh --build DIR --dataset DEMO.json --astra-keys BINARY
#
# The ctest hygiene_secrets, run after every other test (docs/reliability.md):
# 1. No file of the build folder holds a test token or a pre-signed URL signature. This covers
#    what the suite wrote there, above all Testing/Temporary/LastTest.log.tmp, where ctest
#    writes every test's output (under QT_LOGGING_RULES=astra.*.debug=true) as the test ends. Excluded, because they hold the tokens by
#    design: compiled code (ELF objects, executables, libraries, and "!<arch>" static libraries),
#    where test sources and the compiled-in demo data set (resources/demo, rcc) keep them as
#    constants; and the rcc-generated sources (.rcc/ folders) that carry the demo data set into
#    those objects. Nothing else is excluded.
# 2. The same for the application's own files under HOME (settings, cache, data), if any exist.
# 3. "astra-keys export --demo" with every logging category at debug level prints no token, no
#    Authorization header and no pre-signed URL on standard output or standard error.
# Matches are reported by file name only: this script's output lands in LastTest.log too, and
# must never carry what it looks for.
set -euo pipefail

build="" dataset="" astra_keys=""
while (($# > 0)); do
    case "$1" in
    --build) build=$2; shift 2 ;;
    --dataset) dataset=$2; shift 2 ;;
    --astra-keys) astra_keys=$2; shift 2 ;;
    *) echo "hygiene: unknown argument $1" >&2; exit 2 ;;
    esac
done
if [[ ! -d "$build" || ! -f "$dataset" || ! -x "$astra_keys" ]]; then
    echo "usage: hygiene-secrets.sh --build DIR --dataset DEMO.json --astra-keys BINARY" >&2
    exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/astra-hygiene.XXXXXX")
trap 'rm -rf -- "$work"' EXIT

# What must not appear: every token of the demo data set (fixed strings), and any token-shaped
# string (the generator's AstraCS:GEN..., the tests' AstraCS:TEST...), and the signature
# parameter of a pre-signed URL (the simulator's secureBundle*Url fields). Written to a file so
# that neither the tokens nor the patterns appear on a command line.
grep -oE '"token"[[:space:]]*:[[:space:]]*"[^"]+"' "$dataset" |
    sed -E 's/^"token"[[:space:]]*:[[:space:]]*"//; s/"$//' >"$work/tokens"
demo_tokens=$(wc -l <"$work/tokens")
if ((demo_tokens == 0)); then
    echo "hygiene: no tokens found in $dataset; the check would prove nothing" >&2
    exit 2
fi
printf '%s\n' 'AstraCS:[A-Za-z0-9]{8,}:[0-9a-f]{32,}' 'X-Amz-''Signature' >"$work/patterns"

failed=0
report() {
    echo "hygiene: FAILED: $1" >&2
    failed=1
}

# Prints the files under $1 that hold a token or a signature, skipping the exclusions above.
# grep finds candidates in one pass; only those are checked for being compiled code.
scan_tree() {
    local dir=$1
    [[ -d "$dir" ]] || return 0
    {
        grep -rlaF --exclude-dir=.rcc -f "$work/tokens" -- "$dir" || true
        grep -rlaE --exclude-dir=.rcc -f "$work/patterns" -- "$dir" || true
    } | sort -u | while IFS= read -r file; do
        case "$(head -c 7 -- "$file" | od -An -c | tr -d ' \n')" in
        177ELF* | '!<arch>'*) continue ;;
        esac
        printf '%s\n' "$file"
    done
}

echo "hygiene: scanning $build ($demo_tokens demo tokens, any token-shaped string, signatures)"
leaks=$(scan_tree "$build")
if [[ -n "$leaks" ]]; then
    report "a test token or pre-signed URL is in these files of the build folder:"
    sed 's/^/  /' <<<"$leaks" >&2
fi
# ctest writes this run's output to LastTest.log.tmp as each test ends (renamed at the end), so
# the scan above saw every test that ran before this one; LastTest.log is the previous run.
if [[ ! -s "$build/Testing/Temporary/LastTest.log.tmp" && ! -s "$build/Testing/Temporary/LastTest.log" ]]; then
    echo "hygiene: note: no test output in Testing/Temporary yet (run the whole suite)"
fi

config=${XDG_CONFIG_HOME:-$HOME/.config}
cache=${XDG_CACHE_HOME:-$HOME/.cache}
data=${XDG_DATA_HOME:-$HOME/.local/share}
for dir in "$config/AstraKeys" "$cache/AstraKeys" "$data/AstraKeys"; do
    leaks=$(scan_tree "$dir")
    if [[ -n "$leaks" ]]; then
        report "a test token or pre-signed URL is in the application's files under HOME:"
        sed 's/^/  /' <<<"$leaks" >&2
    fi
done

echo "hygiene: astra-keys export --demo with all debug logging"
rc=0
env -u DISPLAY -u WAYLAND_DISPLAY -u ASTRA_DB_APPLICATION_TOKEN QT_LOGGING_RULES='*.debug=true' \
    QT_FORCE_STDERR_LOGGING=1 timeout 120 "$astra_keys" export --demo --format json \
    --what databases >"$work/out" 2>"$work/err" || rc=$?
if ((rc != 0)); then
    report "astra-keys export --demo exited with $rc"
    tail -n 20 "$work/err" >&2
fi
lines=$(wc -l <"$work/err")
if ((lines < 5)); then
    # Debug logging that prints nothing would make this check vacuous.
    report "only $lines lines of debug output: is debug logging still wired?"
fi
for stream in out err; do
    if grep -qaF -f "$work/tokens" "$work/$stream" || grep -qaE -f "$work/patterns" "$work/$stream"; then
        report "standard $stream of export --demo holds a token or a pre-signed URL"
    fi
    # The header as logged or dumped ("Authorization: ...", "Bearer ..."), not the word: the
    # demo has a database called card-authorizations.
    if grep -qaiE 'authorization"?[[:space:]]*[:=]|bearer[[:space:]]+[^[:space:]]' "$work/$stream"; then
        report "standard $stream of export --demo mentions an Authorization header"
    fi
done
echo "hygiene: export --demo: $(wc -c <"$work/out") bytes of output, $lines lines of log"

# 4. A crash with the tokens in memory leaves them nowhere: astra-keys --demo (the demo's tokens
#    in its memory, used for the first load) is killed with SIGSEGV with core dumps allowed, in
#    a folder of its own. The process is not dumpable (main.cpp), so no core file appears, and
#    what it printed holds no token. (Under ASan, which takes over SIGSEGV, its report is checked.)
echo "hygiene: astra-keys --demo crashing with the tokens in memory"
crash="$work/crash"
mkdir -p "$crash/home"
(
    cd "$crash"
    ulimit -c unlimited
    exec env -u DISPLAY -u WAYLAND_DISPLAY -u ASTRA_DB_APPLICATION_TOKEN \
        QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='astra.storage.debug=true' \
        QT_FORCE_STDERR_LOGGING=1 HOME="$crash/home" XDG_CONFIG_HOME="$crash/home" \
        XDG_CACHE_HOME="$crash/home" XDG_DATA_HOME="$crash/home" \
        "$astra_keys" --demo >"$crash/out" 2>"$crash/err"
) &
pid=$!
# Waits for the line the window logs once the first load's rows are in (tokens read and sent).
if timeout 60 grep -q -m1 "first content shown" <(tail -n +1 -F --pid="$pid" "$crash/err" 2>/dev/null); then
    kill -SEGV "$pid"
else
    report "astra-keys --demo never showed its first content"
    kill -KILL "$pid" 2>/dev/null || true
fi
crash_rc=0
wait "$pid" || crash_rc=$?
cores=$(find "$crash" -maxdepth 1 -name 'core*' | wc -l)
if ((cores != 0)); then
    report "a crash of astra-keys left a core file (the tokens in it): $(ls "$crash")"
fi
if grep -rqaF -f "$work/tokens" "$crash" || grep -rqaE -f "$work/patterns" "$crash"; then
    report "a file or the output of a crashed astra-keys holds a token"
fi
echo "hygiene: crash: exit status $crash_rc, $cores core files, $(wc -l <"$crash/err") lines of output"

if ((failed)); then
    exit 1
fi
echo "hygiene: clean"
