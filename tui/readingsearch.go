package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
)

// search is the search of the Library's or the Guide's pages: the words
// typed after /, and whether they are still being typed. A page matches
// when its name or its text holds every word.
type search struct {
	query  string
	typing bool
}

// searchKey edits the search while it is typed: letters add, backspace
// takes away, enter keeps it and goes back to the list, esc clears it.
func (r *reading) searchKey(msg tea.KeyPressMsg) {
	switch {
	case key.Matches(msg, r.keys.Open):
		r.search.typing = false
	case msg.String() == "esc":
		r.clearSearch()
	case msg.String() == "backspace":
		if q := []rune(r.search.query); len(q) > 0 {
			r.setQuery(string(q[:len(q)-1]))
		}
	case msg.Text != "" && len(r.search.query) < 40:
		r.setQuery(r.search.query + msg.Text)
	}
}

// setQuery narrows the list to the pages that match q (app.SearchPages).
func (r *reading) setQuery(q string) {
	r.search.query, r.cursor = q, 0
	if strings.TrimSpace(q) == "" {
		r.pages = r.all
		return
	}
	if r.texts == nil {
		r.texts = make([]string, len(r.all))
		for i, p := range r.all {
			r.texts[i] = p.Name + " " + p.Hint + " " + p.Markdown
		}
	}
	r.pages = nil
	for _, i := range app.SearchPages(q, r.texts) {
		r.pages = append(r.pages, r.all[i])
	}
}

// clearSearch shows every page again.
func (r *reading) clearSearch() {
	r.search = search{}
	r.setQuery("")
}

// searchLine is the line under the list's title: the search and how many
// pages it found, or nothing.
func (r *reading) searchLine() string {
	s := r.styles
	if !r.search.typing && r.search.query == "" {
		return ""
	}
	line := "Search: " + r.search.query
	if r.search.typing {
		line += "▏"
	}
	found := plural(len(r.pages), "page")
	if len(r.pages) == 0 {
		found = "no page has these words; backspace to change them, esc to see every page"
	}
	return s.Bold.Render(line) + s.Muted.Render("  · "+found)
}
