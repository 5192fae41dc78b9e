import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { canonicalJson } from '../../../src/renderer/src/domain/canonicalJson'

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}'
    )
  })

  it('gives the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ id: 'r1', status: '受付', n: 2 })).toBe(canonicalJson({ n: 2, status: '受付', id: 'r1' }))
  })

  it('sorts keys by UTF-16 code units, not by locale', () => {
    expect(canonicalJson({ b: 0, B: 0, a: 0, あ: 0, '10': 0, '9': 0 })).toBe('{"10":0,"9":0,"B":0,"a":0,"b":0,"あ":0}')
  })

  it('drops undefined properties, and writes undefined array items as null as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}')
    expect(canonicalJson([1, undefined, 2])).toBe('[1,null,2]')
  })

  it('keeps array order and escapes strings as JSON', () => {
    expect(canonicalJson(['b', 'a', 'say "hi"\n'])).toBe('["b","a","say \\"hi\\"\\n"]')
    expect(canonicalJson('山田 太郎')).toBe('"山田 太郎"')
  })

  it('throws on what JSON cannot carry faithfully', () => {
    for (const bad of [Number.NaN, Infinity, -Infinity, () => 1, 10n, Symbol('s'), undefined]) {
      expect(() => canonicalJson(bad)).toThrow(TypeError)
    }
    expect(() => canonicalJson({ a: [1, { b: Number.NaN }] })).toThrow(/\$\.a\[1\]\.b/)
    expect(() => canonicalJson({ at: new Date(0) })).toThrow(TypeError)
    expect(() => canonicalJson({ m: new Map() })).toThrow(TypeError)
  })

  it('throws on a circular reference but accepts the same object twice', () => {
    const shared = { x: 1 }
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}')
    const loop: Record<string, unknown> = {}
    loop.self = loop
    expect(() => canonicalJson(loop)).toThrow(/circular/)
  })

  it('parses back to the same data, and does not depend on key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value)
        // -0 is written as 0, which is what JSON keeps too.
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)))
        expect(canonicalJson(JSON.parse(text))).toBe(text)
        expect(text).not.toMatch(/^\s|\s$/)
      })
    )
  })

  it('is the same for an object and its reversed-key copy', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse())
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj))
      })
    )
  })
})
