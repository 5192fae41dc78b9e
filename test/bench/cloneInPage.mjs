// The backup bench's register: the requests seeded through the app's own functions, copied until the register
// holds the count asked for. Each copy gets new ids and 受付番号, and its audit entries are appended to this PC's
// chain with the app's own hash, so the register a backup reads has the size and shape of a real one (rows,
// histories, letters, a chain that verifies). Only the backup and restore are measured on it.
// Runs inside the page via page.evaluate, so it must be self-contained.
export async function cloneRequestsInPage({ copies }) {
  const r = window.__register
  const { db, deviceId } = r.ctx
  const requests = await db.requests.toArray()
  const summaries = new Map((await db.summaries.toArray()).map((s) => [s.id, s]))
  const letters = await db.letters.toArray()
  const ids = new Set(requests.map((q) => q.id))
  const audit = (await db.audit.orderBy('[deviceId+deviceSeq]').toArray()).filter((e) => ids.has(e.entityId))
  const t0 = performance.now()
  for (let k = 1; k <= copies; k++) {
    const idOf = new Map(requests.map((q) => [q.id, crypto.randomUUID()]))
    const numberOf = (receiptNo) => {
      const [year, n] = receiptNo.split('-')
      return `${year}-${String(k * 100_000 + Number(n))}`
    }
    const rows = requests.map((q) => ({ ...q, id: idOf.get(q.id), receiptNo: numberOf(q.receiptNo) }))
    const sums = requests.map((q) => ({ ...summaries.get(q.id), id: idOf.get(q.id), receiptNo: numberOf(q.receiptNo) }))
    const lets = letters.map((l) => ({ ...l, id: crypto.randomUUID(), requestId: idOf.get(l.requestId) }))
    try {
      await db.transaction('rw', [db.requests, db.summaries, db.letters, db.audit], async () => {
        // The chain's head is read here: the app may have written entries of its own since the last copy.
        const head = await db.audit.where('[deviceId+deviceSeq]').between([deviceId, 0], [deviceId, Infinity]).last()
        let seq = head.deviceSeq
        let prev = head.hash
        const entries = audit.map((e) => {
          seq += 1
          const copy = { ...e, id: crypto.randomUUID(), entityId: idOf.get(e.entityId), deviceSeq: seq, prevHash: prev }
          delete copy.hash
          copy.hash = r.hashEntry(copy)
          prev = copy.hash
          return copy
        })
        await db.requests.bulkAdd(rows)
        await db.summaries.bulkAdd(sums)
        await db.letters.bulkAdd(lets)
        await db.audit.bulkAdd(entries)
      })
    } catch (e) {
      // Said in full: an error object does not cross back to Node whole.
      throw new Error(`copy ${k}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`, { cause: e })
    }
  }
  return {
    seconds: (performance.now() - t0) / 1000,
    requests: await db.requests.count(),
    audit: await db.audit.count()
  }
}
