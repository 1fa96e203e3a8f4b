package app

import "fmt"

// Words of the offer of recovery files (results an earlier run could not
// save, kept by package save), the same in both interfaces.

// RecoveryKept says where the results an earlier run could not save are
// kept.
func RecoveryKept(where string) string {
	return "Results from an earlier session could not be saved then; they are kept in " + where + "."
}

// RecoverySaved says how many kept results were saved to the history.
func RecoverySaved(n int) string {
	return fmt.Sprintf("Saved %d result(s) kept from an earlier session to your history.", n)
}
