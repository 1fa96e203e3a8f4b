package content

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/centra-app/centra/routines"
)

// LoadCustom adds the routines (and their own exercises) of the *.toml
// files in dir to base, in lexical order of file name, and returns the
// combined catalog. Each file uses the same schema as the built-in routine
// files; its blocks may use base's exercises and the exercises the file
// defines itself. A file with any problem is skipped as a whole and its
// problems returned; the others still load. A missing dir is not a
// problem. Hidden files and directories are ignored. A nil base counts as
// an empty catalog. base itself is never changed.
func LoadCustom(base *routines.Catalog, dir string) (*routines.Catalog, []Problem) {
	if base == nil {
		base = routines.NewCatalog(nil, nil)
	}
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return base, nil
	}
	if err != nil {
		return base, []Problem{{File: dir, Msg: fmt.Sprintf("cannot read the routines directory: %v", err)}}
	}
	cur := base
	var probs []Problem
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || filepath.Ext(name) != ".toml" || e.IsDir() {
			continue
		}
		p := filepath.Join(dir, name)
		f := readAndParse(p)
		exs, rts := build(base, cur, []*fileDef{f}, true)
		if len(f.rep.probs) > 0 {
			sortProblems(f.rep.probs)
			probs = append(probs, f.rep.probs...)
			continue
		}
		cur = routines.NewCatalog(slices.Concat(cur.Exercises(), exs), slices.Concat(cur.Routines(), rts))
	}
	return cur, probs
}

// ValidateFile checks one custom routine file against base, the catalog it
// would join (usually Builtin()), and returns every problem found; none
// means LoadCustom would accept it.
func ValidateFile(base *routines.Catalog, path string) []Problem {
	return check(base, readAndParse(path))
}

// Validate is ValidateFile for content already in memory, such as standard
// input; name is used in the problems.
func Validate(base *routines.Catalog, name string, data []byte) []Problem {
	return check(base, parseFile(name, data))
}

func check(base *routines.Catalog, f *fileDef) []Problem {
	if base == nil {
		base = routines.NewCatalog(nil, nil)
	}
	build(base, base, []*fileDef{f}, true)
	sortProblems(f.rep.probs)
	return f.rep.probs
}

// readAndParse reads and parses one file from disk; a file that cannot be
// read gives a fileDef holding that problem.
func readAndParse(path string) *fileDef {
	data, err := readFile(path)
	if err != nil {
		return &fileDef{rep: &reporter{file: path, probs: []Problem{{File: path, Msg: err.Error()}}}}
	}
	return parseFile(path, data)
}

func readFile(path string) ([]byte, error) {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, errors.New("the file does not exist")
	case err != nil:
		return nil, fmt.Errorf("cannot read the file: %w", err)
	case !st.Mode().IsRegular():
		return nil, errors.New("not a regular file")
	}
	return readAll(os.Open(path))
}
