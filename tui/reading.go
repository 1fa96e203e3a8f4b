package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/tui/theme"
)

// reading is the Library or the Guide, a component: a list of pages, then
// one page at a time, rendered from markdown and scrolled in a viewport.
// Esc goes back: from a page to the list, from the list to the screen it
// was opened from. In the list, / searches the pages (readingsearch.go).
type reading struct {
	*env
	width, height int
	// name is the screen's name, title the list's heading.
	name  string
	title string
	// all is every page; pages those the search leaves (all of them when
	// there is no search).
	all []ReadingPage
	// texts are the pages' words a search reads, made at the first search.
	texts  []string
	pages  []ReadingPage
	cursor int
	open   bool
	// vp is the open page, rendered for the current width and styles.
	vp viewport.Model
	// search is the search being typed or kept (readingsearch.go).
	search search
	// fromSession says a session's decision opened a page of the Guide:
	// Esc and q go back to it. direct means the page was opened by itself,
	// so Esc on it goes straight back.
	fromSession bool
	direct      bool
	// cache keeps rendered pages: rendering markdown is too slow to do
	// again on every page turn.
	cache map[renderKey]string
	keys  readingKeys
}

// renderKey names one rendering of a page: the page's text, the width and
// the styles it was made for.
type renderKey struct {
	markdown string
	width    int
	styles   *theme.Styles
}

type readingKeys struct {
	Up, Down, Open, Back, Prev, Next, Scroll, Search key.Binding
}

func defaultReadingKeys() readingKeys {
	return readingKeys{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Open:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read")),
		Back:   key.NewBinding(key.WithKeys("esc", "backspace"), key.WithHelp("esc", "back")),
		Prev:   key.NewBinding(key.WithKeys("left", "p"), key.WithHelp("←/→", "previous / next page")),
		Next:   key.NewBinding(key.WithKeys("right", "n")),
		Scroll: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("↑/↓ pgup/pgdn space", "scroll")),
		Search: key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
	}
}

// newLibrary is the Library: every exercise of the catalog; nil without
// the reading text.
func newLibrary(e *env) *reading {
	if e.deps.Reading == nil {
		return nil
	}
	var pages []ReadingPage
	for _, x := range e.deps.Catalog.Exercises() {
		pages = append(pages, e.deps.Reading.Exercise(x))
	}
	return newReading(e, "Library", "Library · every exercise, with its steps and cautions", pages)
}

// newGuide is the Guide's list of pages; nil without the reading text.
func newGuide(e *env) *reading {
	if e.deps.Reading == nil {
		return nil
	}
	return newReading(e, "Guide", guideTitle, e.deps.Reading.Topics())
}

const guideTitle = "Guide · short reading about sciatica and your exercises"

// newGuidePage is the Guide open on its page id, such as "stopped", by
// itself: Esc goes straight back to the screen it was opened over (a
// session when fromSession). It is nil when there is no such page.
func newGuidePage(e *env, id string, fromSession bool) *reading {
	if e.deps.Reading == nil || id == "" {
		return nil
	}
	pages := e.deps.Reading.Topics()
	for i, p := range pages {
		if p.ID == id {
			r := newReading(e, "Guide", guideTitle, pages)
			r.cursor, r.open, r.direct, r.fromSession = i, true, true, fromSession
			return r
		}
	}
	return nil
}

// guidePageTitle is the title of the Guide's page id, or "" when there is
// no such page (or no Guide).
func (e *env) guidePageTitle(id string) string {
	if e.deps.Reading == nil || id == "" {
		return ""
	}
	for _, p := range e.deps.Reading.Topics() {
		if p.ID == id {
			return p.Name
		}
	}
	return ""
}

func newReading(e *env, name, title string, pages []ReadingPage) *reading {
	return &reading{env: e, name: name, title: title, all: pages, pages: pages,
		cache: map[renderKey]string{}, keys: defaultReadingKeys()}
}

// SetSize implements component: the open page is laid out again.
func (r *reading) SetSize(width, height int) {
	r.width, r.height = width, height
	r.layout()
}

// typing implements textInput: a search being typed takes ? and q.
func (r *reading) typing() bool { return r.search.typing }

// closesOnQuit reports whether q quits centra here: not while a search is
// typed (q is a letter then), nor when the page was opened from a session
// (q goes back to it, where q means leave the session).
func (r *reading) closesOnQuit() bool { return !r.search.typing && !r.fromSession }

// pageWidth is the width pages are rendered at: the window, at most 80.
func (r *reading) pageWidth() int { return min(r.width-2, 80) }

// layout puts the open page in a viewport at the current size and styles,
// keeping how far it is scrolled.
func (r *reading) layout() {
	if !r.open || len(r.pages) == 0 {
		return
	}
	off := r.vp.YOffset()
	r.vp = viewport.New(viewport.WithWidth(r.pageWidth()), viewport.WithHeight(max(r.height-5, 3)))
	r.vp.SetContent(strings.TrimRight(r.rendered(), "\n"))
	r.vp.SetYOffset(off)
}

// show opens page i at its top.
func (r *reading) show(i int) {
	r.cursor, r.open = i, true
	r.vp.SetYOffset(0)
	r.layout()
}

// rendered is the open page as text for the current width and styles.
func (r *reading) rendered() string {
	page := r.pages[r.cursor]
	k := renderKey{markdown: page.Markdown, width: r.pageWidth(), styles: r.styles}
	if s, ok := r.cache[k]; ok {
		return s
	}
	s, err := r.deps.Reading.Render(page.Markdown, k.width, r.styles.Palette)
	if err != nil {
		s = "This page could not be shown: " + humanError(err)
	}
	if page.Exercise != nil {
		s = figureStrip(r.styles, page.Exercise, k.width) + s
	}
	r.cache[k] = s
	return s
}

// Update implements component.
func (r *reading) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return r.key(msg)
	case tea.BackgroundColorMsg, tea.ColorProfileMsg:
		r.layout() // the styles changed
	}
	return nil
}

func (r *reading) key(msg tea.KeyPressMsg) tea.Cmd {
	k := r.keys
	if r.search.typing {
		r.searchKey(msg)
		return nil
	}
	switch {
	case key.Matches(msg, r.env.keys.Quit) && r.closesOnQuit():
		return r.nav.quit() // q quits from every browsing screen; esc is back
	case key.Matches(msg, k.Back, r.env.keys.Quit):
		switch {
		case r.open && !r.direct:
			r.open = false
		case !r.open && r.search.query != "":
			r.clearSearch()
		default:
			return r.nav.back()
		}
	case !r.open && key.Matches(msg, k.Search):
		r.search.typing = true
	case !r.open && key.Matches(msg, k.Up):
		r.cursor = max(r.cursor-1, 0)
	case !r.open && key.Matches(msg, k.Down):
		r.cursor = min(r.cursor+1, len(r.pages)-1)
	case !r.open && key.Matches(msg, k.Open) && len(r.pages) > 0:
		r.show(r.cursor)
	case !r.open && r.search.query == "" && len(msg.String()) == 1 && msg.String() >= "1" && msg.String() <= "9":
		if i := int(msg.String()[0] - '1'); i < len(r.pages) {
			r.show(i)
		}
	case r.open && key.Matches(msg, k.Prev):
		r.show(max(r.cursor-1, 0))
	case r.open && key.Matches(msg, k.Next):
		r.show(min(r.cursor+1, len(r.pages)-1))
	case r.open:
		r.vp, _ = r.vp.Update(msg)
	}
	return nil
}

// ShortHelp implements help.KeyMap: the keys of the list, the search or
// the page on view.
func (r *reading) ShortHelp() []key.Binding {
	k, help := r.keys, r.env.keys.Help
	// Opened from a session, q does what esc does (it never leaves the
	// session): the help says so wherever it names esc.
	esc := "esc"
	if r.fromSession {
		esc = "esc/q"
	}
	back := withHelp(k.Back, esc, "back")
	if r.fromSession && (r.direct || !r.open) {
		back = withHelp(k.Back, esc, "back to your session")
	}
	switch {
	case r.search.typing:
		return []key.Binding{withHelp(k.Open, "type", "words to find"), withHelp(k.Open, "enter", "done"),
			withHelp(k.Back, "esc", "clear the search"), help}
	case r.open:
		return []key.Binding{k.Scroll, k.Prev, back, help}
	case r.search.query != "":
		return []key.Binding{k.Up, k.Down, k.Open, k.Search, withHelp(k.Back, esc, "clear the search"), help}
	}
	return []key.Binding{k.Up, k.Down, k.Open, withHelp(k.Open, "1-9", "read"), k.Search, back, help}
}

// FullHelp implements help.KeyMap: the short help, and q where it quits.
func (r *reading) FullHelp() [][]key.Binding {
	ks := r.ShortHelp()
	switch {
	case r.closesOnQuit():
		ks = append(ks[:len(ks)-1:len(ks)-1], withHelp(r.env.keys.Quit, "q", "quit centra"), ks[len(ks)-1])
	case r.fromSession && !r.search.typing:
		// q is back here, so quitting is ctrl+c, as on every screen.
		ctrlC := key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit centra"))
		ks = append(ks[:len(ks)-1:len(ks)-1], ctrlC, ks[len(ks)-1])
	}
	return [][]key.Binding{ks}
}

// View implements component.
func (r *reading) View() string {
	s := r.styles
	var b strings.Builder
	if !r.open {
		b.WriteString(s.Title.Render(r.title) + "\n")
		b.WriteString(r.searchLine() + "\n")
		footer := r.shortHelp(r.ShortHelp()...)
		for _, line := range r.listLines() {
			b.WriteString(line + "\n")
		}
		b.WriteString("\n" + footer)
		return b.String()
	}
	where := fmt.Sprintf("page %d of %d", r.cursor+1, len(r.pages))
	if !r.vp.AtTop() || !r.vp.AtBottom() {
		where += fmt.Sprintf(" · %d%%", int(r.vp.ScrollPercent()*100+0.5))
	}
	b.WriteString(s.Title.Render(r.name) + s.Muted.Render("  ·  "+where) + "\n")
	b.WriteString(r.vp.View() + "\n")
	b.WriteString(r.shortHelp(r.ShortHelp()...))
	return b.String()
}

// listLines are the list's rows that fit above the key line: a window
// around the cursor when the window is too short for every page, with
// how many more are above and below. Each row keeps its hint (the
// exercise's family and dose), cut to the width rather than dropped.
func (r *reading) listLines() []string {
	s := r.styles
	width := r.width - 4
	room := len(r.pages)
	if r.height > 0 {
		// The title, the search line, a blank line and the key line.
		room = max(r.height-4-lipglossHeight(r.shortHelp(r.ShortHelp()...))+1, 3)
	}
	top, end := 0, len(r.pages)
	if len(r.pages) > room {
		top = min(max(r.cursor-room/2, 0), len(r.pages)-room)
		end = top + room
	}
	var out []string
	for i := top; i < end; i++ {
		p := r.pages[i]
		switch {
		case i == top && top > 0:
			out = append(out, s.Muted.Render(fmt.Sprintf("  ↑ %d more", top+1)))
			continue
		case i == end-1 && end < len(r.pages):
			out = append(out, s.Muted.Render(fmt.Sprintf("  ↓ %d more", len(r.pages)-end+1)))
			continue
		}
		mark, line := "  ", fmt.Sprintf("%d %s", i+1, p.Name)
		if i > 8 || r.search.query != "" {
			line = "  " + p.Name
		}
		if i == r.cursor {
			mark, line = "▸ ", s.Selected.Render(line)
		} else {
			line = s.Text.Render(line)
		}
		if left := width - 2 - lipglossWidth(line) - 2; p.Hint != "" && left >= 8 {
			line += s.Muted.Render("  " + fit(p.Hint, left))
		}
		out = append(out, mark+line)
	}
	return out
}
