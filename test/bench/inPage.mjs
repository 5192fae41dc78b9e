// Functions the benchmark runs inside the page (page.evaluate): each is self-contained and returns figures in
// milliseconds. "bare" functions do the same work with IndexedDB's own API on the app's open database.

/** Changes a register control as a person would; resolves when the list shows the answer for it, drawn. */
export async function timedChangeInPage({ kind, selector, value, index }) {
  const el = document.querySelectorAll(selector)[index]
  const table = document.querySelector('[role="table"][aria-label="受付簿"]')
  const before = table.getAttribute('data-filter-key')
  let emptied = false
  const t0 = performance.now()
  const proto = kind === 'select' ? HTMLSelectElement.prototype : HTMLInputElement.prototype
  Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value)
  el.dispatchEvent(new Event(kind === 'select' ? 'change' : 'input', { bubbles: true }))
  await new Promise((resolve) => {
    const check = () => {
      if (document.querySelector('.result-count')?.textContent === '読み込み中…') emptied = true
      if (table.getAttribute('data-filter-key') !== before) resolve()
      else requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
  await new Promise((r) => requestAnimationFrame(() => r()))
  return { ms: performance.now() - t0, emptied }
}

/** Bare IndexedDB: one index query, keys only or whole rows, on the app's own database. */
export async function bareIndexInPage({ store, index, lower, upper, rows, limit }) {
  const db = window.__register.ctx.db.backendDB()
  const done = (req) =>
    new Promise((res, rej) => {
      req.onsuccess = () => res(req.result)
      req.onerror = () => rej(req.error)
    })
  const t0 = performance.now()
  const source = index
    ? db.transaction(store).objectStore(store).index(index)
    : db.transaction(store).objectStore(store)
  const range = lower === undefined ? undefined : IDBKeyRange.bound(lower, upper ?? lower)
  const result = await done(rows ? source.getAll(range, limit) : source.getAllKeys(range, limit))
  return { ms: performance.now() - t0, n: result.length }
}

/** Bare IndexedDB: the register's ids in display order and the first screenful of rows. */
export async function bareOpenInPage() {
  const db = window.__register.ctx.db.backendDB()
  const done = (req) =>
    new Promise((res, rej) => {
      req.onsuccess = () => res(req.result)
      req.onerror = () => rej(req.error)
    })
  const t0 = performance.now()
  const tx = db.transaction('requests')
  const keys = await done(tx.objectStore('requests').index('[receivedOn+receiptNo]').getAllKeys())
  keys.reverse()
  await Promise.all(keys.slice(0, 30).map((k) => done(tx.objectStore('requests').get(k))))
  return { ms: performance.now() - t0, n: keys.length }
}

/** Bare IndexedDB: a month's requests by the months-open index, each read by key. */
export async function bareMonthInPage({ month }) {
  const db = window.__register.ctx.db.backendDB()
  const done = (req) =>
    new Promise((res, rej) => {
      req.onsuccess = () => res(req.result)
      req.onerror = () => rej(req.error)
    })
  const t0 = performance.now()
  const tx = db.transaction(['summaries', 'requests'])
  const keys = await done(tx.objectStore('summaries').index('openMonths').getAllKeys(month))
  const rows = await Promise.all(keys.map((k) => done(tx.objectStore('requests').get(k))))
  return { ms: performance.now() - t0, n: rows.length }
}

/** Runs an app repository function by name, with the JS heap sampled while it runs. */
export async function appCallInPage({ name, args }) {
  const r = window.__register
  let peak = performance.memory?.usedJSHeapSize ?? 0
  const timer = setInterval(() => (peak = Math.max(peak, performance.memory?.usedJSHeapSize ?? 0)), 50)
  const t0 = performance.now()
  const result = await r[name](r.ctx, ...args)
  const ms = performance.now() - t0
  clearInterval(timer)
  const n = Array.isArray(result) ? result.length : (result?.rows?.length ?? result?.checked ?? null)
  return { ms, n, peakMb: peak / 1048576 }
}

/**
 * Bare IndexedDB: every row of these stores, as a backup or a first replication reads them: in pages of 10,000 by
 * primary key, one read transaction per store, nothing kept (a 100,000-request register's audit trail does not fit
 * in one page's memory at once).
 */
export async function bareReadAllInPage({ stores }) {
  const db = window.__register.ctx.db.backendDB()
  const done = (req) =>
    new Promise((res, rej) => {
      req.onsuccess = () => res(req.result)
      req.onerror = () => rej(req.error)
    })
  const t0 = performance.now()
  let n = 0
  for (const s of stores) {
    const store = db.transaction(s).objectStore(s)
    let after
    for (;;) {
      const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true)
      const [rows, keys] = await Promise.all([done(store.getAll(range, 10_000)), done(store.getAllKeys(range, 10_000))])
      n += rows.length
      if (rows.length < 10_000) break
      after = keys.at(-1)
    }
  }
  return { ms: performance.now() - t0, n }
}

/** The app's own read of the same stores through Dexie, in the same pages (what dexie-export-import does). */
export async function appReadAllInPage({ stores }) {
  const db = window.__register.ctx.db
  const t0 = performance.now()
  let n = 0
  for (const s of stores) {
    let after
    for (;;) {
      const from = after === undefined ? db.table(s).orderBy(':id') : db.table(s).where(':id').above(after)
      const rows = await from.limit(10_000).toArray()
      n += rows.length
      if (rows.length < 10_000) break
      after = rows.at(-1).id
    }
  }
  return { ms: performance.now() - t0, n }
}

/**
 * A save through the app's repository while the register is open, timed until the register's top row shows
 * it: a new intake (received today, so listed first), then its withdrawal.
 */
export async function saveReflectedInPage({ today, n }) {
  const r = window.__register
  const [manager] = await r.listStaff(r.ctx)
  const settings = await r.loadSettings(r.ctx)
  const topRow = () => document.querySelector('.grid-body [role="row"][aria-rowindex="2"]')
  const until = (pred) =>
    new Promise((resolve) => {
      const check = () => (pred() ? resolve() : requestAnimationFrame(check))
      check()
    })
  const intake = { ms: [], tx: [] }
  const transition = { ms: [], tx: [] }
  // Every IndexedDB read while the saves run and the register redraws, counted in rows: patching the open
  // register reads a few rows; re-reading it would read the whole register.
  const reads = { requests: 0, rows: 0 }
  const restore = []
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype])
    for (const name of ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor']) {
      const original = proto[name]
      proto[name] = function (...args) {
        const req = original.apply(this, args)
        reads.requests += 1
        req.addEventListener('success', () => {
          reads.rows += Array.isArray(req.result) ? req.result.length : 1
        })
        return req
      }
      restore.push(() => (proto[name] = original))
    }
  for (let i = 0; i < n; i++) {
    const t0 = performance.now()
    const created = await r.createRequest(
      r.ctx,
      manager,
      {
        receivedOn: today,
        channel: 'counter',
        kind: 'disclosure',
        person: {
          name: `計測 ${i}`,
          nameKana: 'ケイソク',
          birthDate: '1980-01-01',
          patientNo: '',
          postalCode: '',
          address: '',
          phone: '',
          email: ''
        },
        requester: { type: 'self', agentName: '', agentKana: '', relation: '' },
        dataCategories: ['appointments'],
        dataOther: '',
        requestGrounds: [],
        disclosureMethod: 'paper',
        fee: null,
        details: ''
      },
      settings.deadline
    )
    intake.tx.push(performance.now() - t0)
    await until(() => topRow()?.textContent?.includes(created.receiptNo))
    intake.ms.push(performance.now() - t0)
    const t1 = performance.now()
    await r.applyRequestEvent(r.ctx, manager, created.id, { type: 'withdraw', reason: '計測' })
    transition.tx.push(performance.now() - t1)
    await until(() => topRow()?.textContent?.includes('取下げ'))
    transition.ms.push(performance.now() - t1)
  }
  for (const undo of restore) undo()
  return { intake, transition, reads }
}
