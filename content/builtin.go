package content

import (
	"embed"
	"fmt"
	"sync"

	"github.com/centra-app/centra/routines"
)

//go:embed data/exercises/*.toml data/routines/*.toml
var embedded embed.FS

var builtin = sync.OnceValues(func() (*routines.Catalog, error) {
	c, err := Load(embedded)
	if err != nil {
		return nil, fmt.Errorf("content: the built-in library is invalid:\n%w", err)
	}
	return c, nil
})

// Builtin returns the library that ships inside the binary. It is parsed
// and validated on the first call only; later calls return the same
// catalog, which callers must treat as read-only. An error means the
// embedded data itself is broken, which the package's tests rule out.
func Builtin() (*routines.Catalog, error) { return builtin() }
