package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/centra-app/centra/config"
	"github.com/centra-app/centra/content"
	"github.com/centra-app/centra/routines"
)

// customDir is where custom routine files live: routines/ in centra's
// config folder.
func customDir() string { return filepath.Join(config.Dir(), "routines") }

// loadCatalog is the built-in library with the custom routines added. A
// custom file with problems is skipped: each problem is printed to errOut
// and returned as a notice for the home screen, never fatal.
func loadCatalog(errOut io.Writer) (*routines.Catalog, []string, error) {
	base, err := content.Builtin()
	if err != nil {
		return nil, nil, fmt.Errorf("the built-in exercise library is damaged (please report this): %w", err)
	}
	cat, probs := content.LoadCustom(base, customDir())
	var notices []string
	if len(probs) > 0 {
		files := map[string]bool{}
		for _, p := range probs {
			fmt.Fprintln(errOut, "centra: custom routine:", p.Error())
			if !files[p.File] {
				files[p.File] = true
				notices = append(notices, fmt.Sprintf("A routine file was skipped: %s. Check it with `centra routines validate %s`.",
					p.Error(), p.File))
			}
		}
	}
	return cat, notices, nil
}
