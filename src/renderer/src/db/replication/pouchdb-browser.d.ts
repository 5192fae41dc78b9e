// pouchdb-browser ships no types; pouch.ts types the part the app uses.
declare module 'pouchdb-browser' {
  const PouchDB: unknown
  export default PouchDB
}

// The tests replace IndexedDB and the server with PouchDB's memory adapter.
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown
  export default plugin
}
