package content

import "embed"

// embedded is the library's TOML source. The binary carries the generated
// builtin_data.go instead; the tests parse this to check it.
//
//go:embed data/exercises/*.toml data/routines/*.toml
var embedded embed.FS
