// Types of setup.mjs for the TypeScript tests that import it.
export declare const DESIGN_DOC_ID: '_design/kaiji'
export declare const READER_ROLE: 'kaiji_reader'
export declare const USAGE: string

export interface Account {
  name: string
  password: string
}

export interface SetupOptions {
  url: string
  database: string
  admin: Account
  pcs?: Account[]
  readers?: Account[]
  members?: string[]
  validateSource?: string
  fetch?: typeof globalThis.fetch
}

/** CouchDB's JSON answer ({} when the answer was empty). */
export interface CouchBody {
  ok?: boolean
  id?: string
  rev?: string
  _rev?: string
  error?: string
  reason?: string
  [field: string]: unknown
}

export interface CouchAnswer {
  status: number
  body: CouchBody
}

export declare class SetupError extends Error {}
export declare function readValidateSource(): string
export declare function designDocument(source?: string): {
  _id: string
  language: 'javascript'
  validate_doc_update: string
}
export declare function checkServerUrl(url: string): string
export declare function parseAccount(text: string, option: string): Account
export declare function couchClient(options: {
  url: string
  username: string
  password: string
  fetch?: typeof globalThis.fetch
}): (method: string, path: string, body?: unknown) => Promise<CouchAnswer>
export declare function setupClinicDatabase(
  options: SetupOptions,
  log?: (line: string) => void
): Promise<{ database: string; members: string[] }>
export declare function parseCommandLine(
  argv: string[],
  env: Record<string, string | undefined>
): Required<Omit<SetupOptions, 'validateSource' | 'fetch'>> | null
export declare function main(
  argv: string[],
  env: Record<string, string | undefined>,
  out?: (line: string) => void,
  err?: (line: string) => void
): Promise<number>
