package app

import (
	"slices"
	"testing"
)

func TestSearchPagesWantsEveryWordInAnyCase(t *testing.T) {
	pages := []string{"Sitting and work\nA wallet in the back\npocket presses on the nerve.",
		"Walking\nShort walks, often.", "Red flags\nGet help now."}
	for _, c := range []struct {
		query string
		want  []int
	}{
		{"wallet", []int{0}},
		{"WALLET nerve", []int{0}},
		{"walk", []int{1}},
		{"the", []int{0}},
		{"wallet walks", nil},
		{"back pocket", []int{0}}, // a line break between words is a space
		{"  ", nil},
	} {
		if got := SearchPages(c.query, pages); !slices.Equal(got, c.want) {
			t.Errorf("%q found %v, want %v", c.query, got, c.want)
		}
	}
}
