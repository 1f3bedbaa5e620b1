#!/bin/bash
# SPDX-FileCopyrightText: 2026 Astra Keys contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# A sequential pager as an administrator would script it: curl per page, jq for the next cursor.
# Reads ASTRA_BENCH_API_URL and ASTRA_DB_APPLICATION_TOKEN (the token reaches curl through a
# config on a file descriptor, never its command line). Prints "<ms> <pages> <databases>".
set -euo pipefail
base="${ASTRA_BENCH_API_URL:?}"
after=""
pages=0
total=0
start=$(date +%s%N)
while :; do
    url="$base/v2/databases?include=nonterminated&provider=ALL&limit=100"
    [ -n "$after" ] && url="$url&starting_after=$after"
    body=$(curl --silent --show-error --fail \
        --config <(printf 'header = "Authorization: Bearer %s"\n' "$ASTRA_DB_APPLICATION_TOKEN") \
        -H 'Accept: application/json' "$url")
    count=$(jq length <<<"$body")
    pages=$((pages + 1))
    total=$((total + count))
    [ "$count" -lt 100 ] && break
    after=$(jq -r '.[-1].id' <<<"$body")
done
end=$(date +%s%N)
echo "$(((end - start) / 1000000)) $pages $total"
