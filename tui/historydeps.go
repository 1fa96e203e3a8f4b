package tui

import "github.com/centra-app/centra/app"

// The history's read model lives in package app, shared with the line mode
// and the command line; these names keep the screens' code short.
type (
	// HistoryReader is what the history screens read (app.HistoryReader).
	HistoryReader = app.HistoryReader
	// TriggerLog is where the quick trigger log writes (app.TriggerLog).
	TriggerLog = app.TriggerLog
	// SessionQuery selects sessions (app.SessionQuery).
	SessionQuery = app.SessionQuery
	// SessionRow is one line of the sessions list (app.SessionRow).
	SessionRow = app.SessionRow
	// SessionDetail is one session set by set (app.SessionDetail).
	SessionDetail = app.SessionDetail
	// RoutineRef names a routine found in the history (app.RoutineRef).
	RoutineRef = app.RoutineRef
	// Day is one calendar day of the history (app.Day).
	Day = app.Day
	// TriggerCount is how often one kind of trigger was logged
	// (app.TriggerCount).
	TriggerCount = app.TriggerCount
)
