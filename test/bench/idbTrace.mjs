// A record of every IndexedDB request a page makes (store, index, method, when it was made, when it answered, how
// many rows or cursor steps), installed before the page's own scripts run. For finding where a wait goes.
export function installIdbTrace() {
  const trace = []
  window.__idbTrace = trace
  const wrap = (proto, kind) => {
    for (const op of [
      'get',
      'getAll',
      'getAllKeys',
      'getKey',
      'count',
      'openCursor',
      'openKeyCursor',
      'put',
      'add',
      'delete',
      'clear'
    ]) {
      const orig = proto[op]
      if (!orig) continue
      proto[op] = function (...args) {
        const req = orig.apply(this, args)
        const store = kind === 'index' ? this.objectStore.name : this.name
        const e = {
          db: (kind === 'index' ? this.objectStore : this).transaction.db.name,
          store,
          index: kind === 'index' ? this.name : '',
          op,
          t0: Date.now(),
          t1: 0,
          n: 0,
          steps: 0
        }
        trace.push(e)
        req.addEventListener('success', () => {
          e.t1 = Date.now()
          e.steps += 1
          const r = req.result
          if (Array.isArray(r)) e.n = r.length
          else if (typeof r === 'number') e.n = r
        })
        return req
      }
    }
  }
  wrap(IDBObjectStore.prototype, 'store')
  wrap(IDBIndex.prototype, 'index')
}

/** Groups a page's trace from `since` (Date.now() ms): per store/index/op, how many, rows, first start and last end. */
export function summariseTrace(trace, since) {
  const groups = new Map()
  for (const e of trace) {
    if (e.t0 < since) continue
    const k = `${e.db === 'kaiji-uketsukebo-backups' ? 'backups:' : ''}${e.store}${e.index ? `.${e.index}` : ''} ${e.op}`
    const g = groups.get(k) ?? { k, calls: 0, n: 0, steps: 0, from: Infinity, to: 0, busy: 0 }
    g.calls += 1
    g.n += e.n
    g.steps += e.steps
    g.from = Math.min(g.from, e.t0 - since)
    g.to = Math.max(g.to, (e.t1 || e.t0) - since)
    g.busy += (e.t1 || e.t0) - e.t0
    groups.set(k, g)
  }
  return [...groups.values()].sort((a, b) => a.from - b.from)
}
