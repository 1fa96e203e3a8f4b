package content

import (
	"github.com/centra-app/centra/routines"
)

// builtinCatalog is the library that ships inside the binary: the
// exercises and routines of data/, parsed and validated when the code was
// generated (builtin_data.go, by TestBuiltinIsGeneratedFromTheTOML), so a
// launch pays nothing for them.
func builtinCatalog() *routines.Catalog {
	return routines.NewCatalog(builtinExercises, builtinRoutines)
}

var builtin = builtinCatalog()

// Builtin returns the library that ships inside the binary, the same
// catalog on every call, which callers must treat as read-only. Its TOML
// sources in data/ were validated when builtin_data.go was generated; the
// error is always nil and is kept for callers that load other libraries
// beside it.
func Builtin() (*routines.Catalog, error) { return builtin, nil }
