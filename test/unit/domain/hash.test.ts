import { describe, it, expect } from 'vitest'
import { sha256Hex, sha256HexAsync } from '../../../src/renderer/src/domain/hash'

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vectors', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })

  it('hashes the UTF-8 bytes of Japanese text, same as Node crypto', async () => {
    const { createHash } = await import('node:crypto')
    const text = '開示等請求 受付簿 2026-0001'
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
  })

  it('changes with one character', () => {
    expect(sha256Hex('受付')).not.toBe(sha256Hex('受付 '))
  })
})

describe('sha256HexAsync', () => {
  const texts = ['', 'abc', '開示等請求 受付簿 2026-0001', '{"person":{"name":"山田 太郎"},"receiptNo":"2026-0001"}']

  it('gives the same hex as the synchronous hash (WebCrypto)', async () => {
    expect(globalThis.crypto.subtle).toBeDefined()
    for (const text of texts) expect(await sha256HexAsync(text)).toBe(sha256Hex(text))
  })

  it('gives the same hex where WebCrypto is missing (an insecure context)', async () => {
    const subtle = Object.getOwnPropertyDescriptor(globalThis.crypto, 'subtle')
    Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined, configurable: true })
    try {
      expect(globalThis.crypto.subtle).toBeUndefined()
      for (const text of texts) expect(await sha256HexAsync(text)).toBe(sha256Hex(text))
    } finally {
      if (subtle) Object.defineProperty(globalThis.crypto, 'subtle', subtle)
      else delete (globalThis.crypto as { subtle?: unknown }).subtle
    }
    expect(globalThis.crypto.subtle).toBeDefined()
  })
})
