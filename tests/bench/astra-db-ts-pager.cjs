// SPDX-FileCopyrightText: 2026 Astra Keys contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Pages the large organization's databases with @datastax/astra-db-ts, the way its documentation
// shows: AstraAdmin.listDatabases({limit: 100, startingAfter}) until a short page.
// Reads ASTRA_BENCH_API_URL, ASTRA_DB_APPLICATION_TOKEN (never from argv) and
// ASTRA_BENCH_NODE_DIR (where `npm install @datastax/astra-db-ts` put node_modules).
// Prints {"ms": ..., "pages": ..., "databases": ...}; node's start-up is not timed.
'use strict';
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { DataAPIClient } = require(
  path.join(process.env.ASTRA_BENCH_NODE_DIR, 'node_modules', '@datastax', 'astra-db-ts'));

async function main() {
  const client = new DataAPIClient(process.env.ASTRA_DB_APPLICATION_TOKEN);
  const admin = client.admin({ endpointUrl: process.env.ASTRA_BENCH_API_URL + '/v2' });
  const start = performance.now();
  let startingAfter;
  let pages = 0;
  let databases = 0;
  for (;;) {
    const page = await admin.listDatabases({ include: 'nonterminated', provider: 'ALL', limit: 100, startingAfter });
    pages += 1;
    databases += page.length;
    if (page.length < 100)
      break;
    startingAfter = page[page.length - 1].id;
  }
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ms, pages, databases }) + '\n');
}

main().catch((error) => {
  process.stderr.write(`astra-db-ts pager: ${error && error.message}\n`);
  process.exit(1);
});
