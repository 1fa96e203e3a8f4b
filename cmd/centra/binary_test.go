package main

import (
	"debug/elf"
	"runtime"
	"testing"
)

// Nothing in centra looks a method up by name. text/template's and
// html/template's execution do (through reflect), and when any code can,
// the linker must keep every exported method of every type in the binary:
// about 1.9 MB more code and tables, all resident at every launch (the
// kernel maps the binary in 64 KB chunks). cobra avoids it in its default
// set-up; the report's page is written without a template for it.
func TestTheBinaryLooksNoMethodUpByName(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads the ELF symbol table")
	}
	f, err := elf.Open(buildCentra(t))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	syms, err := f.Symbols()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range syms {
		switch s.Name {
		case "reflect.Value.Method", "reflect.Value.MethodByName", "reflect.(*rtype).Method", "reflect.(*rtype).MethodByName":
			t.Errorf("the binary links %s: something looks methods up by name (a template's execution?); "+
				"go build -ldflags=-dumpdep shows what reaches it", s.Name)
		}
	}
}
