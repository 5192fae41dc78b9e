// Types of test-server.mjs for the TypeScript tests that import it.
import type { Account } from './setup.mjs'

export declare const TEST_COUCH_PORT: number
export declare const TEST_ADMIN: Account

export interface TestCouch {
  url: string
  port: number
  admin: Account
  stop: () => Promise<void>
  exited: Promise<void>
  logFile: string
}

export declare function freePort(): Promise<number>
export declare function waitForServer(url: string, timeoutMs?: number, isAlive?: () => boolean): Promise<void>
export declare function startTestCouch(options?: {
  port?: number
  admin?: Account
  stdio?: 'ignore' | 'inherit'
}): Promise<TestCouch>
