// Growing a register past what can be seeded in the time: requests seeded through the app's own functions (the
// base) are copied, each copy with its whole history, as the next requests of the same days. A copy gets a new id
// and the next 受付番号 of its year (the numbering table moves on with it, and its 'number:issue' entry is copied),
// its letters get new ids, and its audit entries are appended to this PC's chain: every row hash in them is the
// hash of the copy's own row at that step (folded again with the app's foldRequest), every payload and entry is
// hashed with the app's hashPayload and hashEntry, so the 監査記録 check of the grown register finds nothing and
// does the work it does on a real one.
// The dates are the base's: a base seeded over the bench's months gives each month its share of the copies.
// Runs inside the page via page.evaluate, so it must be self-contained.

/** Copies the requests `ids` (the base) once each, in one transaction. Returns the counts after it. */
export async function copyRequestsInPage({ ids }) {
  const r = window.__register
  const { db, deviceId } = r.ctx
  const t0 = performance.now()
  const requests = (await db.requests.bulkGet(ids)).filter(Boolean)
  const baseIds = new Set(requests.map((q) => q.id))
  const receiptOf = new Map(requests.map((q) => [q.receiptNo, q.id]))
  const entries = (
    await db.audit
      .where('entityId')
      .anyOf([...baseIds])
      .toArray()
  ).sort((a, b) => a.deviceId.localeCompare(b.deviceId) || a.deviceSeq - b.deviceSeq)
  const numberEntries = (
    await db.audit.where('[action+at]').between(['number:issue', ''], ['number:issue', '\uffff']).toArray()
  ).filter((e) => receiptOf.has(e.payload?.receiptNo))
  const letters = await db.letters
    .where('requestId')
    .anyOf([...baseIds])
    .toArray()
  const byRequest = new Map(requests.map((q) => [q.id, { row: q, entries: [], letters: [], number: null }]))
  for (const e of entries) byRequest.get(e.entityId).entries.push(e)
  for (const l of letters) byRequest.get(l.requestId).letters.push(l)
  for (const e of numberEntries) byRequest.get(receiptOf.get(e.payload.receiptNo)).number = e

  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
  const rows = []
  const sums = []
  const lets = []
  const copies = [] // entries in the order they join the chain
  const counters = new Map()
  await db.transaction('rw', [db.requests, db.summaries, db.letters, db.audit, db.numbering], async () => {
    for (const n of await db.numbering.toArray()) counters.set(n.year, n)
    for (const { row, entries: history, letters: own, number } of byRequest.values()) {
      const [year] = row.receiptNo.split('-')
      const counter = counters.get(Number(year))
      const receiptNo = `${year}-${String(counter.next).padStart(4, '0')}`
      counter.next += 1
      // Every id of the original is replaced in the whole history by text, and its 受付番号 wherever it is named.
      const swaps = [[row.id, crypto.randomUUID()], ...own.map((l) => [l.id, crypto.randomUUID()])]
      const renumber = new RegExp(`(?<![\\d-])${escape(row.receiptNo)}(?!\\d)`, 'gu')
      const swap = (value) => {
        let text = JSON.stringify(value)
        for (const [from, to] of swaps) text = text.replaceAll(from, to)
        return JSON.parse(text.replace(renumber, receiptNo))
      }
      const copy = swap(row)
      copy.searchKeys = r.searchKeysOf(copy)
      // The row hashes each entry records, recomputed from the copy's own history as the app's fold rebuilds it.
      const folded = []
      const historyCopy = []
      for (const e of history) {
        const c = swap(e)
        c.id = crypto.randomUUID()
        if (c.entity === 'request' && c.payload && typeof c.payload.after === 'string') {
          if ('row' in c.payload) c.payload.after = r.requestRowHash(c.payload.row)
          else {
            c.payload.before = r.requestRowHash(r.foldRequest(folded).row)
            const after = r.foldRequest([...folded, c])
            if (!after.ok) throw new Error(`copy of ${row.receiptNo}: ${after.reason}`)
            c.payload.after = r.requestRowHash(after.row)
          }
        }
        if (c.entity === 'request') folded.push(c)
        historyCopy.push(c)
      }
      const rebuilt = r.foldRequest(folded)
      if (!rebuilt.ok || r.requestRowHash(rebuilt.row) !== r.requestRowHash(copy))
        throw new Error(`copy of ${row.receiptNo}: its history does not rebuild its row`)
      rows.push(copy)
      sums.push(r.summarize(copy))
      for (const l of own) lets.push(swap(l))
      if (number) copies.push({ ...swap(number), id: crypto.randomUUID() })
      copies.push(...historyCopy)
    }
    // Appended to this PC's chain, read inside the transaction (the app may have written entries of its own).
    const head = await db.audit.where('[deviceId+deviceSeq]').between([deviceId, 0], [deviceId, Infinity]).last()
    let seq = head.deviceSeq
    let prev = head.hash
    for (const c of copies) {
      seq += 1
      c.deviceId = deviceId
      c.deviceSeq = seq
      c.prevHash = prev
      if (c.payload !== null) c.payloadHash = r.hashPayload(c.payload)
      delete c.hash
      c.hash = r.hashEntry(c)
      prev = c.hash
    }
    await db.numbering.bulkPut([...counters.values()])
    await db.requests.bulkAdd(rows)
    await db.summaries.bulkAdd(sums)
    await db.letters.bulkAdd(lets)
    await db.audit.bulkAdd(copies)
  })
  return { seconds: (performance.now() - t0) / 1000, requests: rows.length, audit: copies.length, letters: lets.length }
}

/** Requests copied in one transaction. */
const COPY_CHUNK = 1_000

/** The register's request ids, to copy from. */
export const requestIds = (page) => page.evaluate(() => window.__register.ctx.db.requests.toCollection().primaryKeys())

/**
 * Grows the register open in `page` from `from` to `to` requests by copies of the requests `base` (ids, taken in
 * turn), 1,000 to a transaction; `afterChunk` runs after each. Returns the audit entries and letters copied.
 */
export async function growByCopies(page, { from, to, base, afterChunk = async () => {} }) {
  const copied = { audit: 0, letters: 0 }
  for (let at = from; at < to; at += COPY_CHUNK) {
    const ids = Array.from({ length: Math.min(COPY_CHUNK, to - at) }, (_, i) => base[(at + i) % base.length])
    const c = await page.evaluate(copyRequestsInPage, { ids })
    copied.audit += c.audit
    copied.letters += c.letters
    await afterChunk()
  }
  return copied
}
