// IndexedDB for the db tests, in memory.
import 'fake-indexeddb/auto'
// dexie-export-import looks for the browser's global `self` and reads blobs with FileReader.
class NodeFileReader {
  result: ArrayBuffer | null = null
  onload: ((ev: { target: NodeFileReader }) => void) | null = null
  onerror: ((ev: { target: { error: unknown } }) => void) | null = null
  onabort: (() => void) | null = null
  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer
        this.onload?.({ target: this })
      },
      (error: unknown) => this.onerror?.({ target: { error } })
    )
  }
}
Object.assign(globalThis, { self: globalThis })
if (!('FileReader' in globalThis)) Object.assign(globalThis, { FileReader: NodeFileReader })
