package centra_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoRegexpIsCompiledInPackageInit keeps every launch free of work for
// features it may never use: a regexp compiled in a package-level var runs
// at every start, before the first frame (issue #16 moved each one to first
// use with sync.OnceValue; this keeps new ones from coming back). The
// vendored third_party copies and tests are not held to it.
func TestNoRegexpIsCompiledInPackageInit(t *testing.T) {
	fset := token.NewFileSet()
	found := 0
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
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		found++
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				for _, v := range spec.(*ast.ValueSpec).Values {
					if call := compiledNow(v); call != "" {
						t.Errorf("%s: a package-level var calls %s at every launch; compile it on first use (sync.OnceValue)",
							fset.Position(v.Pos()), call)
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if found < 50 {
		t.Fatalf("read only %d Go files; is the test running in the module root?", found)
	}
}

// compiledNow names the regexp compile that the expression calls when it is
// evaluated, not inside a function literal that runs later.
func compiledNow(e ast.Expr) string {
	name := ""
	ast.Inspect(e, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == "regexp" && strings.HasPrefix(sel.Sel.Name, "MustCompile") {
				name = "regexp." + sel.Sel.Name
			}
		}
		return name == ""
	})
	return name
}
