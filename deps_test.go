// Package centra_test holds checks on the module as a whole.
package centra_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/centra-app/centra"

// listed is what go list says of one package.
type listed struct {
	ImportPath string
	Standard   bool
	// Deps are every package it needs to build, directly or not; tests'
	// imports are not among them.
	Deps []string
}

// under reports whether path is the module's package dir or one below it.
func under(path, dir string) bool {
	dir = module + "/" + dir
	return path == dir || strings.HasPrefix(path, dir+"/")
}

// TestDependenciesRunOneWay keeps the layering STYLE.md describes: cmd ->
// {tui, history, content} -> routines. The domain, routines/..., builds on
// the standard library alone; the three middle layers never import one
// another (tui reaches the history and the content through interfaces it
// defines, which cmd/centra implements). Only the packages' own code is
// held to this: tests may import what they need.
func TestDependenciesRunOneWay(t *testing.T) {
	pkgs := goListDeps(t)
	std := map[string]bool{}
	for _, p := range pkgs {
		if p.Standard {
			std[p.ImportPath] = true
		}
	}
	// forbidden names, for each layer, the layers it must not depend on.
	forbidden := map[string][]string{
		"tui":      {"history", "content", "linemode", "report"},
		"linemode": {"tui", "history"},
		"history":  {"tui", "linemode", "content"},
		"content":  {"tui", "linemode", "history"},
		"report":   {"tui", "linemode"},
		// app is the headless layer both interfaces render: no interface,
		// no store, no files.
		"app": {"tui", "linemode", "history", "content", "save", "persist", "report"},
	}
	checked := 0
	for _, p := range pkgs {
		if !strings.HasPrefix(p.ImportPath, module+"/") {
			continue // the standard library and other modules
		}
		if under(p.ImportPath, "routines") {
			checked++
			for _, d := range p.Deps {
				if !std[d] && !under(d, "routines") {
					t.Errorf("%s depends on %s: routines/... is pure, the standard library and routines/... only", p.ImportPath, d)
				}
			}
		}
		// Only the full-screen interface (and cmd/centra, which runs it)
		// knows Bubble Tea: the line mode and everything below run without.
		if !under(p.ImportPath, "tui") && !under(p.ImportPath, "cmd") && !under(p.ImportPath, "bench") {
			for _, d := range p.Deps {
				if strings.HasPrefix(d, "charm.land/bubbletea") {
					t.Errorf("%s depends on %s: only tui/ and cmd/ may use Bubble Tea", p.ImportPath, d)
				}
			}
		}
		for layer, not := range forbidden {
			if !under(p.ImportPath, layer) {
				continue
			}
			checked++
			for _, d := range p.Deps {
				for _, n := range not {
					if under(d, n) {
						t.Errorf("%s depends on %s: %s/... must not import %s/...", p.ImportPath, d, layer, n)
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("go list named none of the module's packages")
	}
}

// goListDeps lists the module's packages and everything they depend on.
func goListDeps(t *testing.T) []listed {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("needs the go command")
	}
	cmd := exec.Command("go", "list", "-e", "-deps", "-json=ImportPath,Standard,Deps", "./...")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	var pkgs []listed
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listed
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("go list output: %v", err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs
}
