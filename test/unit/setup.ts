// IndexedDB for the db tests, in memory.
import 'fake-indexeddb/auto'
