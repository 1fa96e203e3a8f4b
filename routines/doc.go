// Package routines is centra's domain: exercises and their doses, routines,
// check-ins, the session runner that walks a person through a routine, and
// (in the coach sub-package) the rules that adapt it.
//
// It is pure Go: it knows nothing of terminals, files or SQL, and it reads
// time only through an injected Clock, so every timer is tested without
// sleeping.
package routines
