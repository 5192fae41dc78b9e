/// <reference types="node" />
// The privacy policy the app ships (resources/policy/), read by the tests that hold the domain to its wording.
import { readFileSync } from 'node:fs'
import path from 'node:path'

export const POLICY_PATH = path.resolve(import.meta.dirname, '../../resources/policy/privacy-policy.ja.txt')

export function readPolicyText(): string {
  return readFileSync(POLICY_PATH, 'utf8')
}
