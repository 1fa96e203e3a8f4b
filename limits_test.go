package centra_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The sizes the code is kept within (issue #13): a file, a function and
// the methods declared on one type. Generated code and third_party/ (kept
// as published) are left out; tests are not.
const (
	maxFileLines = 400
	maxFuncLines = 80
	maxMethods   = 25
)

// TestCodeStaysWithinItsSizeLimits reads every Go file of the module and
// names each file, function and type over its limit, so that a screen, a
// store or a rule that grows is split by concern before it lands.
func TestCodeStaysWithinItsSizeLimits(t *testing.T) {
	fset := token.NewFileSet()
	methods := map[string]int{}
	var over []string
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path == "third_party" || strings.HasPrefix(d.Name(), ".") && path != "." {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, err := parser.ParseFile(fset, path, src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		if ast.IsGenerated(f) {
			return nil
		}
		if n := strings.Count(string(src), "\n"); n > maxFileLines {
			over = append(over, fmt.Sprintf("%s: %d lines (at most %d a file)", path, n, maxFileLines))
		}
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			if n := fset.Position(fd.End()).Line - fset.Position(fd.Pos()).Line + 1; n > maxFuncLines {
				over = append(over, fmt.Sprintf("%s: func %s is %d lines (at most %d)", fset.Position(fd.Pos()), fd.Name.Name, n, maxFuncLines))
			}
			if recv := receiverType(fd); recv != "" && !strings.HasSuffix(path, "_test.go") {
				methods[filepath.Dir(path)+"."+recv]++
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for typ, n := range methods {
		if n > maxMethods {
			over = append(over, fmt.Sprintf("%s: %d methods (at most %d on one type)", typ, n, maxMethods))
		}
	}
	sort.Strings(over)
	for _, o := range over {
		t.Error(o)
	}
}

// receiverType is the name of the type a method is declared on, or "" for
// a function.
func receiverType(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return ""
	}
	typ := fd.Recv.List[0].Type
	if star, ok := typ.(*ast.StarExpr); ok {
		typ = star.X
	}
	switch t := typ.(type) {
	case *ast.IndexExpr:
		typ = t.X
	case *ast.IndexListExpr:
		typ = t.X
	}
	if id, ok := typ.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}
