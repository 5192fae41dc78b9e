// One JSON text per value, so that a hash over it (the audit chain) is the same on every PC and after a
// backup round trip: keys sorted by UTF-16 code units (as RFC 8785), no whitespace, undefined properties dropped.

function fail(path: string, what: string): never {
  throw new TypeError(`canonicalJson: ${what} at ${path} cannot be hashed`)
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** Where the encoder is, as keys and indexes from the root: joined only when something cannot be hashed. */
type Trail = (string | number)[]

const pathOf = (trail: Trail) => `$${trail.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('')}`

// Written as plain loops with one shared trail: the audit check encodes every entry of a 500,000-entry register,
// so no path text or intermediate array is built per value.
function encode(value: unknown, trail: Trail, seen: Set<object>): string {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value)
    case 'number':
      if (!Number.isFinite(value)) fail(pathOf(trail), String(value))
      return JSON.stringify(value)
    case 'object':
      break
    default:
      // undefined is handled by the caller (dropped in objects, null in arrays); functions, symbols, bigint fail.
      return fail(pathOf(trail), `a ${typeof value}`)
  }
  if (value === null) return 'null'
  // Dates, Maps, class instances… would silently lose data or depend on toJSON: store plain data instead.
  const isArray = Array.isArray(value)
  if (!isArray && !isPlainObject(value)) fail(pathOf(trail), Object.prototype.toString.call(value))
  if (seen.has(value)) fail(pathOf(trail), 'a circular reference')
  seen.add(value)
  let out: string
  if (isArray) {
    const items: unknown[] = value
    out = '['
    for (let i = 0; i < items.length; i++) {
      const item = items[i]
      if (i > 0) out += ','
      // As JSON.stringify does, a missing or undefined array element becomes null.
      if (item === undefined) out += 'null'
      else {
        trail.push(i)
        out += encode(item, trail, seen)
        trail.pop()
      }
    }
    out += ']'
  } else {
    const record = value as Record<string, unknown>
    const keys = Object.keys(record).sort()
    out = '{'
    let first = true
    for (const key of keys) {
      const member = record[key]
      if (member === undefined) continue
      trail.push(key)
      out += `${first ? '' : ','}${JSON.stringify(key)}:${encode(member, trail, seen)}`
      trail.pop()
      first = false
    }
    out += '}'
  }
  seen.delete(value)
  return out
}

/** Canonical JSON of plain data; throws a TypeError on what JSON cannot carry faithfully. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) fail('$', 'undefined')
  return encode(value, [], new Set())
}
