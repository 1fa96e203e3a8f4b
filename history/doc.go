// Package history is centra's record of what a person did and felt: every
// session with its sets, symptom check-ins and coaching decisions, kept in
// one SQLite file (modernc.org/sqlite, no cgo).
//
// People log pain for weeks, so the store is built never to lose or corrupt
// what was committed:
//
//   - Every write is its own short transaction, committed (and synced, see
//     Open) before the call returns; a crash loses at most the call in flight.
//   - Open checks an existing file read-only before writing a byte to it and
//     reports a damaged file (*DamagedError) or one from a newer centra
//     (*TooNewError) instead of repairing or replacing it.
//   - The schema is versioned (PRAGMA user_version) and upgraded by embedded,
//     forward-only migrations, each in one transaction.
//   - BackupIfDue keeps daily consistent copies; Restore puts one back after
//     moving the current file aside, never deleting it.
//   - Errors (a full or read-only disk included) come back as errors, so the
//     caller can keep results in memory and retry.
//
// Store itself opens, checks, backs up, upgrades and closes the file; each
// concern has its own small type reached from it: Journal (every write, as
// it happens: sessions set by set, the logs kept from home, the small
// state beside them), Sessions and Days (reading sessions back), Report
// (what the clinician's report sums up), Triggers, Walks and Function
// (reading the logs kept from home), Export (the JSON and CSV documents)
// and Reader (the read model both interfaces use).
//
// A Store is safe for concurrent use, and several processes may use the same
// file at once (WAL mode with a busy timeout).
package history
