// The long operations, run inside the page (page.evaluate; each function self-contained): the 監査記録 check as
// a manager starts it on its screen, and a backup taken and restored through the app's own functions. Each is
// watched frame by frame: the longest gap between frames says whether the window froze, and the JS heap is sampled.

/**
 * Starts a check on the 監査記録 screen and waits for its result, watching frames, progress and heap: a full one
 * (最初からすべて検証する), or the usual one, which hashes only what came after the last clean check's checkpoint.
 */
export async function verifyOnScreenInPage({ full = true, limitMs = 20 * 60_000 } = {}) {
  const label = full ? '最初からすべて検証する' : '改ざんがないか検証する'
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)
  if (!button) throw new Error('the 監査記録 screen is not open')
  const heap = () => performance.memory?.usedJSHeapSize ?? 0
  let peak = heap()
  let longest = 0
  let progressFrames = 0
  let frames = 0
  // Where the bar stood last: what a check that gives no result had reached.
  let lastProgress = 'no progress shown'
  const results = () =>
    [...document.querySelectorAll('section[aria-labelledby="audit-title"] .notice, .error.banner')].find((el) =>
      /検証しました|問題が見つかりました|行えませんでした/u.test(el.textContent ?? '')
    )
  // An earlier check's result stays on screen until this one starts: only a result drawn after it went counts.
  let cleared = !results()
  const t0 = performance.now()
  let last = t0
  button.click()
  const result = await new Promise((resolve) => {
    const frame = () => {
      const now = performance.now()
      longest = Math.max(longest, now - last)
      last = now
      frames += 1
      peak = Math.max(peak, heap())
      const bar = document.querySelector('#verify-progress')
      if (bar) {
        progressFrames += 1
        lastProgress = `${bar.getAttribute('value')} of ${bar.getAttribute('max')}`
      }
      const done = results()
      if (!done) cleared = true
      if (done && cleared) resolve(done.textContent)
      // A check that never shows a result (seen once at 100,000 requests: the check from a checkpoint) is a figure
      // too, not a bench that waits for ever.
      else if (now - t0 > limitMs)
        resolve(`no result after ${Math.round(limitMs / 60_000)} min (progress ${lastProgress})`)
      else requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  })
  return {
    ms: performance.now() - t0,
    longestFrameMs: longest,
    frames,
    progressFrames,
    peakMb: peak / 1048576,
    text: result
  }
}

/**
 * A backup as the settings screen takes it (exportBackup, then the browser's backup store), read back, checked
 * and restored over the register as the restore screen does. Returns each phase's time and the sizes.
 */
export async function backupRoundTripInPage() {
  const r = window.__register
  const files = r.backupFiles
  const heap = () => performance.memory?.usedJSHeapSize ?? 0
  let peak = heap()
  let longest = 0
  let last = performance.now()
  let watching = true
  const frame = () => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
    peak = Math.max(peak, heap())
    if (watching) requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
  const phases = {}
  const timed = async (name, fn) => {
    longest = 0
    const t0 = performance.now()
    const value = await fn()
    phases[name] = { ms: performance.now() - t0, longestFrameMs: longest, peakMb: peak / 1048576 }
    return value
  }
  try {
    const manager = (await r.listStaff(r.ctx)).find((s) => s.role === 'manager')
    const version = await files.appVersion()
    const { manifest, content } = await timed('export', () => r.exportBackup(r.ctx, version))
    const written = await timed('write', () =>
      files.writeBackup('', { ...manifest, format: 'kaiji-uketsukebo-backup' }, content)
    )
    // What the desktop app writes: the same bytes, gzip-compressed as they stream, one file per backup.
    const gzipBytes = await timed('gzip', async () => {
      const stream = new Blob([`${JSON.stringify(manifest)}\n`, content]).stream()
      let bytes = 0
      const reader = stream.pipeThrough(new CompressionStream('gzip')).getReader()
      for (let step = await reader.read(); !step.done; step = await reader.read()) bytes += step.value.byteLength
      return bytes
    })
    const { file } = await timed('read', () => files.readBackup('', written.fileName))
    const check = await timed('check', () => r.checkBackupFile(r.ctx, file, files.parseManifest, r.ctx.clinicId))
    if (!check.ok) return { ok: false, message: check.message, phases }
    await timed('restore', () =>
      r.restoreBackup(r.ctx, manager, check, { moveFromOtherPc: false, fileName: written.fileName })
    )
    return {
      ok: true,
      phases,
      textBytes: file.size,
      gzipBytes,
      counts: manifest.counts
    }
  } catch (e) {
    return { ok: false, message: e instanceof Error ? `${e.name}: ${e.message}` : String(e), phases }
  } finally {
    watching = false
  }
}
