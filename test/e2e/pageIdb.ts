// The e2e project has no DOM typings: the part of IndexedDB the page-side code in the failure tests uses, typed
// here. Code passed to page.evaluate runs in the page and gets the real objects through `pageIdb()`.
export interface IdbReq<T> {
  result: T
  error: unknown
  transaction: IdbTx | null
  onsuccess: (() => void) | null
  onerror: (() => void) | null
  onupgradeneeded?: (() => void) | null
}
export interface IdbStore {
  getAll(): IdbReq<unknown[]>
  get(key: string): IdbReq<Record<string, unknown> | undefined>
  put(value: unknown): IdbReq<unknown>
  count(): IdbReq<number>
}
export interface IdbTx {
  objectStore(name: string): IdbStore
  oncomplete: (() => void) | null
}
export interface IdbConn {
  version: number
  transaction(store: string, mode?: 'readonly' | 'readwrite'): IdbTx
  createObjectStore(name: string, options: { keyPath: string }): unknown
  close(): void
}
export interface PageIdb {
  open(name: string, version?: number): IdbReq<IdbConn>
}
