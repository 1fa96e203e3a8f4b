package content

import "testing"

// BenchmarkLoad is parsing and validating the whole built-in library, which
// centra does once per launch (Builtin keeps the result).
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(embedded); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuiltin is every call after the first: the catalog is parsed once
// and then shared.
func BenchmarkBuiltin(b *testing.B) {
	if _, err := Builtin(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Builtin(); err != nil {
			b.Fatal(err)
		}
	}
}
