#!/usr/bin/env node
// IT's command to prepare a clinic's database on Apache CouchDB 3 (docs/it.md 「複数の PC で受付簿を共有する」).
import { main } from './couchdb/setup.mjs'

process.exitCode = await main(process.argv.slice(2), process.env)
