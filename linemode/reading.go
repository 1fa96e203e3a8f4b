package linemode

import (
	"fmt"
	"strconv"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/content/guide"
)

// reading is the Library of exercises and the Guide: numbered pages read
// one at a time, and a page of the Guide by its id (a decision's "why").
type reading struct {
	env *env
	io  *term
}

// library lists the exercises and reads one at a time; a word finds the
// exercises that have it.
func (r *reading) library() error {
	exs := r.env.d.Catalog.Exercises()
	names, texts := make([]string, len(exs)), make([]string, len(exs))
	for i, e := range exs {
		names[i], texts[i] = e.Name, e.Name+" "+guide.Exercise(e, 1)
	}
	return r.pages("The library of exercises", names, func(i int) string { return guide.Exercise(exs[i], 1) }, finder(texts))
}

// guide lists the Guide's pages and reads one at a time; a word finds the
// pages that have it.
func (r *reading) guide() error {
	ts := guide.Topics()
	names, texts := make([]string, len(ts)), make([]string, len(ts))
	for i, t := range ts {
		names[i], texts[i] = t.Title, t.Title+" "+t.Markdown
	}
	return r.pages("The guide", names, func(i int) string { return ts[i].Markdown }, finder(texts))
}

// finder searches pages as the screens do (core.SearchPages).
func finder(texts []string) func(string) []int {
	return func(q string) []int { return core.SearchPages(q, texts) }
}

// page prints one page of the Guide by its id, as a decision's "why"
// does; an unknown id says so and prints nothing else.
func (r *reading) page(id string) error {
	t, err := guide.Lookup(id)
	if err != nil {
		r.io.say("That page could not be found: " + err.Error())
		return nil
	}
	return r.print(t.Markdown)
}

// print prints a page of markdown as plain text.
func (r *reading) print(md string) error {
	text, err := guide.Render(md, lineWidth+2, guide.Colors{})
	if err != nil {
		return err
	}
	r.io.print(text)
	return nil
}

// pages offers numbered pages until Enter alone goes back. With find,
// a word typed instead of a number lists the pages that have it.
func (r *reading) pages(title string, names []string, page func(int) string, find func(string) []int) error {
	shown := make([]int, len(names))
	for i := range shown {
		shown[i] = i
	}
	all, heading := shown, title
	for {
		r.io.blank()
		r.io.say(heading)
		for _, i := range shown {
			r.io.say(fmt.Sprintf("  %d %s", i+1, names[i]))
		}
		n, query, err := r.pick(len(names), find != nil)
		if err != nil {
			return err
		}
		switch {
		case query != "":
			found := find(query)
			if len(found) == 0 {
				r.io.say(fmt.Sprintf("No page has %q.", query))
				shown, heading = all, title
				continue
			}
			shown, heading = found, fmt.Sprintf("%s: the pages with %q", title, query)
			continue
		case n == 0 && len(shown) < len(all):
			// Enter after a search shows every page again.
			shown, heading = all, title
			continue
		case n == 0:
			return nil
		}
		if err := r.print(page(n - 1)); err != nil {
			return err
		}
		if err := r.io.enter("Press Enter for the list."); err != nil {
			return err
		}
	}
}

// pick asks for a page number from 1 to n, or (when search is on) a word
// to search for; 0 and "" are Enter alone.
func (r *reading) pick(n int, search bool) (int, string, error) {
	prompt := "Type a number to read, then Enter. Enter alone goes back."
	if search {
		prompt = "Type a number to read, or a word to search for, then Enter. Enter alone goes back."
	}
	v, query := 0, ""
	err := r.io.ask(question{text: prompt, parse: func(in string) string {
		if in == "" {
			return ""
		}
		got, err := strconv.Atoi(in)
		switch {
		case err == nil && got >= 1 && got <= n:
			v = got
			return ""
		case err != nil && search:
			query = in
			return ""
		}
		return fmt.Sprintf("Please type a number from 1 to %d, or Enter alone.", n)
	}})
	return v, query, err
}
