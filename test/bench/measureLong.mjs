// The long operations of a round: the monthly log (repository, screen and PDF), the 監査記録 check on its screen,
// whole-register reads and, at the largest size only, a backup and its restore.
import { appCallInPage, appReadAllInPage, bareMonthInPage, bareReadAllInPage } from './inPage.mjs'
import { backupRoundTripInPage, verifyOnScreenInPage } from './inPageLong.mjs'

const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`

async function monthlyLog(page, add, { today, month }) {
  const monthly = { app: [], bare: [], n: 0 }
  for (let i = 0; i < 3; i++) {
    const r = await page.evaluate(appCallInPage, { name: 'loadMonthlyLog', args: [month, today] })
    monthly.app.push(r.ms)
    monthly.n = r.n
    monthly.bare.push((await page.evaluate(bareMonthInPage, { month })).ms)
  }
  add(`monthly log ${month}, repository read`, {
    app: monthly.app,
    bare: monthly.bare,
    note: `${monthly.n} rows; bare: the month's requests by index and key`
  })

  await page.getByRole('navigation').getByRole('link', { name: '月次処理簿' }).click()
  const input = page.getByLabel('対象月')
  await input.waitFor()
  const caption = page.locator('caption', { hasText: `処理一覧(${monthly.n}件)` })
  const screen = []
  const whole = []
  const drawnWhole = page.locator('table.ml-table[aria-busy="false"]')
  const yearBefore = `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`
  // Each timed change draws a whole month's table after another month's.
  for (let i = 0; i < 2; i++) {
    await input.fill(yearBefore)
    await caption.waitFor({ state: 'hidden' })
    await drawnWhole.waitFor({ timeout: 300_000 })
    const t0 = Date.now()
    await input.fill(month)
    await caption.waitFor({ timeout: 300_000 })
    screen.push(Date.now() - t0)
    await drawnWhole.filter({ has: caption }).waitFor({ timeout: 300_000 })
    whole.push(Date.now() - t0)
  }
  add(`monthly log ${month} on screen`, {
    app: screen,
    limit: { stat: 'p50', ms: 1500 },
    target: '< 1.5 s (2,500 rows)',
    note: `${monthly.n} rows, month chosen → figures and first rows drawn (timed from outside)`
  })
  add(`monthly log ${month}, every row drawn`, {
    app: whole,
    note: `${monthly.n} rows, month chosen → the last row drawn (the table is drawn in steps after its first rows)`
  })
  const t0 = Date.now()
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })
  const pdfMs = Date.now() - t0
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/gu) ?? []).length
  add(`monthly log ${month} as PDF`, {
    app: [pdfMs],
    limit: { stat: 'p50', ms: 3000 },
    target: '< 3 s',
    note: `Chromium's print to PDF of the drawn log (what the desktop's printToPDF does): ${pages} pages, ${mb(pdf.length)}`
  })
}

async function verification(page, add) {
  await page.getByRole('navigation').getByRole('link', { name: '監査記録' }).click()
  await page.getByRole('button', { name: '最初からすべて検証する' }).waitFor()
  // Each check's heap peak is its own: what earlier steps left for the collector is collected first.
  const cdp = await page.context().newCDPSession(page)
  const collect = () => cdp.send('HeapProfiler.collectGarbage')
  await collect()
  const v = await page.evaluate(verifyOnScreenInPage)
  const readAudit = await page.evaluate(bareReadAllInPage, { stores: ['audit'] })
  const entries = /監査記録 ([\d,]+)件/u.exec(v.text)?.[1] ?? '?'
  // A check that found problems did other work than a clean one (each changed row is folded again): said first.
  const found = /([\d,]+)件の問題が見つかりました/u.exec(v.text)?.[1]
  add('監査記録 full check on its screen', {
    app: [v.ms],
    bare: [readAudit.ms],
    limit: { stat: 'p50', ms: 10_000, also: v.peakMb < 200 && v.longestFrameMs < 200 && v.progressFrames > 0 },
    target: '< 10 s, heap < 200 MB, progress shown, no frame gap ≥ 200 ms',
    note: `${found ? `**found ${found} problems**; ` : ''}${entries} entries; JS heap peak ${v.peakMb.toFixed(0)} MB; longest frame gap ${v.longestFrameMs.toFixed(0)} ms over ${v.frames} frames; progress bar in ${v.progressFrames} frames; bare: reading the entries (${readAudit.n})`
  })
  // The check a manager runs day to day: only entries written since the checkpoint the full check just left are
  // read (the trail it kept stands for the rest); every request row is still read, hashed and compared.
  await collect()
  const since = await page.evaluate(verifyOnScreenInPage, { full: false })
  add('監査記録 check from the last checkpoint', {
    app: [since.ms],
    bare: [readAudit.ms],
    limit: {
      stat: 'p50',
      ms: 10_000,
      also: since.peakMb < 200 && since.longestFrameMs < 200 && since.progressFrames > 0
    },
    target: '< 10 s, heap < 200 MB, progress shown, no frame gap ≥ 200 ms',
    note: `${/問題が見つかりました|no result/u.test(since.text) ? `**${since.text}**; ` : ''}JS heap peak ${since.peakMb.toFixed(0)} MB; longest frame gap ${since.longestFrameMs.toFixed(0)} ms over ${since.frames} frames; bare: reading the entries`
  })
}

// A failed backup is a figure like the others: printed at once (the round's table follows) and the bench goes on,
// so the register built for the round and the other figures stay usable.
function backupFailed(add, message) {
  console.log(`\nbackup: failed: ${message}`)
  add('backup and restore', { app: [], target: 'figures only', note: `failed: ${message}` })
}

// Past this the backup counts as failed and the bench goes on (closing the browser at the end stops it; a restore
// cut short is one aborted transaction, so the register stays as it was).
const BACKUP_TIMEOUT_MS = Number(process.env.BENCH_BACKUP_TIMEOUT_MIN ?? 30) * 60_000

async function backup(page, add) {
  let b
  let timer
  try {
    b = await Promise.race([
      page.evaluate(backupRoundTripInPage),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer after ${BACKUP_TIMEOUT_MS / 60_000} min (BENCH_BACKUP_TIMEOUT_MIN)`)),
          BACKUP_TIMEOUT_MS
        )
      })
    ])
  } catch (e) {
    // A page that runs out of memory crashes: that is a finding, printed like the others.
    backupFailed(add, String(e).split('\n')[0])
    return
  } finally {
    clearTimeout(timer)
  }
  const phase = (name) => b.phases[name]
  const watched = (p) =>
    p ? `heap peak ${p.peakMb.toFixed(0)} MB, longest frame gap ${p.longestFrameMs.toFixed(0)} ms` : ''
  if (!b.ok) {
    backupFailed(add, b.message)
    return
  }
  const exportMs = phase('export').ms + phase('write').ms
  add('backup: exportBackup + write to the backup store', {
    app: [exportMs],
    target: 'figures only',
    note: `export ${(phase('export').ms / 1000).toFixed(1)} s + write ${(phase('write').ms / 1000).toFixed(1)} s; file ${mb(b.textBytes)} as text, ${mb(b.gzipBytes)} gzip (the desktop's file; gzip took ${(phase('gzip').ms / 1000).toFixed(1)} s in the page); ${watched(phase('export'))}`
  })
  add('restore: read + check + restoreBackup', {
    app: [phase('read').ms + phase('check').ms + phase('restore').ms],
    target: 'figures only',
    note: `read ${(phase('read').ms / 1000).toFixed(1)} s, check ${(phase('check').ms / 1000).toFixed(1)} s, restore ${(phase('restore').ms / 1000).toFixed(1)} s; ${watched(phase('restore'))}; rows ${Object.entries(
      b.counts
    )
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}`
  })
}

export async function measureLong(page, add, { today, month, final }) {
  await monthlyLog(page, add, { today, month })
  await verification(page, add)
  const stores = ['requests', 'audit', 'letters', 'summaries']
  const appAll = await page.evaluate(appReadAllInPage, { stores })
  const bareAll = await page.evaluate(bareReadAllInPage, { stores })
  add('whole-register read (four tables in pages of 10,000)', {
    app: [appAll.ms],
    bare: [bareAll.ms],
    target: 'figures only',
    note: `${appAll.n} rows`
  })
  // BENCH_SKIP_BACKUP=1: the backup at full size is measured on its own (test/bench/backupScale.mjs).
  if (final && process.env.BENCH_SKIP_BACKUP !== '1') await backup(page, add)
}
