package app

import "strconv"

// Pages pages a session listing by keyset, for both interfaces: page p is
// the Size sessions after the session Anchor(p) (0: the newest). A page
// that comes back full teaches where the next one starts, so a reader can
// go forward one page at a time, and back to any page it has seen without
// holding the rows of the pages in between.
type Pages struct {
	size    int
	anchors []int64 // anchors[p]: the BeforeID that loads page p
}

// NewPages starts a listing of pages of size sessions at the newest.
func NewPages(size int) Pages {
	return Pages{size: max(size, 1), anchors: []int64{0}}
}

// Size is how many sessions a page holds.
func (p Pages) Size() int { return p.size }

// Known reports whether page n can be loaded: it is the first, or the page
// before it came back full.
func (p Pages) Known(n int) bool { return n >= 0 && n < len(p.anchors) }

// Query is q narrowed to page n; ok is false when page n is not known yet.
func (p Pages) Query(q SessionQuery, n int) (_ SessionQuery, ok bool) {
	if !p.Known(n) {
		return q, false
	}
	q.Limit, q.BeforeID = p.size, p.anchors[n]
	return q, true
}

// Learn takes in the rows page n brought and reports whether it is the
// last page there is (it came back short).
func (p *Pages) Learn(n int, rows []SessionRow) (last bool) {
	if len(rows) < p.size {
		return true
	}
	if n+1 == len(p.anchors) {
		p.anchors = append(p.anchors, rows[len(rows)-1].ID)
	}
	return false
}

// Span says which sessions page n holds when it has rows of them, counted
// from 1 for the newest, as "Sessions 11-20" or "Session 21" for one;
// total, when known (>= 0), adds " of N".
func (p Pages) Span(n, rows, total int) string {
	first := n*p.size + 1
	s := "Sessions " + strconv.Itoa(first) + "–" + strconv.Itoa(first+rows-1)
	if rows == 1 {
		s = "Session " + strconv.Itoa(first)
	}
	if total >= 0 {
		s += " of " + strconv.Itoa(total)
	}
	return s
}
