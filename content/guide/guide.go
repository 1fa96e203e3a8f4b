// Package guide holds centra's reading: the Guide (short pages on what
// sciatica is, centralization, why a movement was stopped, red flags,
// surgery, medicines, moving without fear, good and bad days, what not to
// do in a flare, walking, sitting, sleeping, ice and heat, staying well,
// and when to see a professional), written as markdown and embedded in the
// binary, and the Library (every exercise with its steps, cues and
// cautions), written as markdown from the catalog. Render turns either
// into text for a terminal of a given width, styled or plain.
//
// The facts in the Guide come from CLINICAL.md; the words are centra's.
package guide

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
)

//go:embed topics/*.md
var topicFiles embed.FS

// Topic is one page of the Guide.
type Topic struct {
	// ID is the page's name on the command line, e.g. "red-flags".
	ID string
	// Title is the page's first heading.
	Title string
	// Markdown is the whole page.
	Markdown string
}

// topics are read the first time a page is asked for, not at every launch.
var topics = sync.OnceValue(mustLoad)

// mustLoad reads the embedded pages in file order ("01-centralization.md"
// is the topic "centralization"). The package's tests make sure they load.
func mustLoad() []Topic {
	names, err := fs.Glob(topicFiles, "topics/*.md")
	if err != nil {
		panic(err)
	}
	sort.Strings(names)
	var out []Topic
	for _, n := range names {
		b, err := topicFiles.ReadFile(n)
		if err != nil {
			panic(err)
		}
		id := strings.TrimSuffix(path.Base(n), ".md")
		if i := strings.IndexByte(id, '-'); i > 0 && strings.Trim(id[:i], "0123456789") == "" {
			id = id[i+1:]
		}
		md := string(b)
		title, _, _ := strings.Cut(md, "\n")
		out = append(out, Topic{ID: id, Title: strings.TrimPrefix(title, "# "), Markdown: md})
	}
	return out
}

// Topics lists the Guide's pages in reading order.
func Topics() []Topic { return append([]Topic(nil), topics()...) }

// Lookup finds a page by its id, or by a word of its id when only one page
// has it ("heat" finds "ice-and-heat").
func Lookup(query string) (Topic, error) {
	q := strings.ToLower(strings.TrimSpace(query))
	var found []Topic
	for _, t := range topics() {
		if t.ID == q {
			return t, nil
		}
		if q != "" && (strings.HasPrefix(t.ID, q) || strings.Contains("-"+t.ID+"-", "-"+q+"-")) {
			found = append(found, t)
		}
	}
	if len(found) == 1 {
		return found[0], nil
	}
	if len(found) == 0 {
		found = Search(query)
	}
	switch {
	case len(found) == 1:
		return found[0], nil
	case len(found) > 1:
		ids := make([]string, len(found))
		for i, t := range found {
			ids[i] = t.ID
		}
		return Topic{}, fmt.Errorf("%q is on %d guide pages: %s; name one of them", query, len(found), strings.Join(ids, ", "))
	}
	return Topic{}, fmt.Errorf("there is no guide page %q; the pages are: %s", query, strings.Join(TopicIDs(), ", "))
}

// Search finds the pages whose title or text holds every word of query,
// in reading order: "wallet" finds the page on sitting.
func Search(query string) []Topic {
	words := strings.Fields(strings.ToLower(query))
	if len(words) == 0 {
		return nil
	}
	var out []Topic
	for _, t := range topics() {
		text := strings.ToLower(strings.Join(strings.Fields(t.Markdown), " "))
		all := true
		for _, w := range words {
			all = all && strings.Contains(text, w)
		}
		if all {
			out = append(out, t)
		}
	}
	return out
}

// TopicIDs lists the pages' ids in reading order.
func TopicIDs() []string {
	ids := make([]string, len(topics()))
	for i, t := range topics() {
		ids[i] = t.ID
	}
	return ids
}

// Contents is the Guide's table of contents as markdown, with the command
// that reads each page.
func Contents() string {
	var b strings.Builder
	b.WriteString("# The guide\n\nShort reading about sciatica and your exercises. ")
	b.WriteString("Read a page with `centra guide PAGE`, or all of them with `centra guide --all`. ")
	b.WriteString("A word finds the page that has it: `centra guide wallet`.\n\n")
	for _, t := range topics() {
		fmt.Fprintf(&b, "- **%s**: %s\n", t.ID, t.Title)
	}
	return b.String()
}

// All is every page of the Guide, one after the other.
func All() string {
	parts := make([]string, len(topics()))
	for i, t := range topics() {
		parts[i] = strings.TrimSpace(t.Markdown)
	}
	return strings.Join(parts, "\n\n---\n\n") + "\n"
}
