// Adds up what the unit and end-to-end runners reported and prints one closing line for the whole run.
import { readFileSync } from 'node:fs'

const read = (file) => JSON.parse(readFileSync(file, 'utf8'))
const unit = read('reports/vitest.json')
const e2e = read('reports/playwright.json')
const unitPassed = unit.numPassedTests
const unitFailed = unit.numFailedTests
const e2ePassed = e2e.stats.expected
const e2eFailed = e2e.stats.unexpected + e2e.stats.flaky
const skipped = unit.numPendingTests + e2e.stats.skipped
console.log(`unit (vitest): ${unitPassed} passed, ${unitFailed} failed`)
console.log(`end-to-end (playwright, Chromium): ${e2ePassed} passed, ${e2eFailed} failed`)
console.log(`${unitPassed + e2ePassed} passed, ${unitFailed + e2eFailed} failed, ${skipped} skipped`)
process.exit(unitFailed + e2eFailed > 0 ? 1 : 0)
