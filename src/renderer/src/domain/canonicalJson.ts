// One JSON text per value, so that a hash over it (the audit chain) is the same on every PC and after a
// backup round trip: keys sorted by UTF-16 code units (as RFC 8785), no whitespace, undefined properties dropped.

function fail(path: string, what: string): never {
  throw new TypeError(`canonicalJson: ${what} at ${path} cannot be hashed`)
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

function encode(value: unknown, path: string, seen: Set<object>): string {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value)
    case 'number':
      if (!Number.isFinite(value)) fail(path, String(value))
      return JSON.stringify(value)
    case 'object':
      break
    default:
      // undefined is handled by the caller (dropped in objects, null in arrays); functions, symbols, bigint fail.
      return fail(path, `a ${typeof value}`)
  }
  if (value === null) return 'null'
  // Dates, Maps, class instances… would silently lose data or depend on toJSON: store plain data instead.
  if (!Array.isArray(value) && !isPlainObject(value)) fail(path, Object.prototype.toString.call(value))
  if (seen.has(value)) fail(path, 'a circular reference')
  seen.add(value)
  let out: string
  if (Array.isArray(value)) {
    const items: unknown[] = value
    // As JSON.stringify does, a missing or undefined array element becomes null.
    out = `[${Array.from(items, (item, i) => (item === undefined ? 'null' : encode(item, `${path}[${i}]`, seen))).join(',')}]`
  } else {
    const record = value as Record<string, unknown>
    const members = Object.keys(record)
      .sort()
      .filter((key) => record[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${encode(record[key], `${path}.${key}`, seen)}`)
    out = `{${members.join(',')}}`
  }
  seen.delete(value)
  return out
}

/** Canonical JSON of plain data; throws a TypeError on what JSON cannot carry faithfully. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) fail('$', 'undefined')
  return encode(value, '$', new Set())
}
