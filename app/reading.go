package app

import "strings"

// SearchPages finds the pages of the Library or the Guide that answer a
// search: the indexes of the texts (each a page's name, hint and words)
// that hold every word of query, whatever the case, in order. A query of
// no words finds nothing.
func SearchPages(query string, texts []string) []int {
	words := strings.Fields(strings.ToLower(query))
	if len(words) == 0 {
		return nil
	}
	var out []int
	for i, t := range texts {
		text := strings.ToLower(strings.Join(strings.Fields(t), " "))
		all := true
		for _, w := range words {
			all = all && strings.Contains(text, w)
		}
		if all {
			out = append(out, i)
		}
	}
	return out
}
