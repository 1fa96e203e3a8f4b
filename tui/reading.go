package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/tui/theme"
)

// reading is the Library or the Guide: a list of pages, then one page at a
// time, rendered from markdown and scrolled in a viewport. Esc goes back:
// from a page to the list, from the list to the screen it was opened from.
// In the list, / searches the pages (readingsearch.go).
type reading struct {
	// name is the screen's name, title the list's heading.
	name  string
	title string
	// all is every page; pages those the search leaves (all of them when
	// there is no search).
	all    []ReadingPage
	pages  []ReadingPage
	cursor int
	open   bool
	// offset is how far the open page is scrolled.
	offset int
	// search is the search being typed or kept (readingsearch.go).
	search search
	// back is the screen Esc returns to from the list: home, or the
	// session whose decision opened a page of the Guide. direct means the
	// page was opened by itself, so Esc on it goes straight back.
	back   screen
	direct bool
	// cache keeps rendered pages: rendering markdown is too slow to do on
	// every frame.
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

// closesOnQuit reports whether q quits centra here: not while a search is
// typed (q is a letter then), nor when the page was opened from a session
// (q goes back to it, where q means leave the session).
func (r *reading) closesOnQuit() bool { return !r.search.typing && r.back != screenSession }

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

// openLibrary shows every exercise of the catalog.
func (m *Model) openLibrary() {
	if m.deps.Reading == nil {
		return
	}
	var pages []ReadingPage
	for _, e := range m.deps.Catalog.Exercises() {
		pages = append(pages, m.deps.Reading.Exercise(e))
	}
	m.openReading("Library", "Library · every exercise, with its steps and cautions", pages)
}

// openGuide shows the Guide's pages.
func (m *Model) openGuide() {
	if m.deps.Reading == nil {
		return
	}
	m.openReading("Guide", guideTitle, m.deps.Reading.Topics())
}

const guideTitle = "Guide · short reading about sciatica and your exercises"

// openGuidePage opens one page of the Guide by its id, such as "stopped",
// from the screen back, to which Esc returns. It reports whether the page
// exists.
func (m *Model) openGuidePage(id string, back screen) bool {
	if m.deps.Reading == nil || id == "" {
		return false
	}
	pages := m.deps.Reading.Topics()
	for i, p := range pages {
		if p.ID == id {
			m.openReading("Guide", guideTitle, pages)
			m.read.cursor, m.read.open, m.read.back, m.read.direct = i, true, back, true
			return true
		}
	}
	return false
}

// guidePageTitle is the title of the Guide's page id, or "" when there is
// no such page (or no Guide).
func (m *Model) guidePageTitle(id string) string {
	if m.deps.Reading == nil || id == "" {
		return ""
	}
	for _, p := range m.deps.Reading.Topics() {
		if p.ID == id {
			return p.Name
		}
	}
	return ""
}

func (m *Model) openReading(name, title string, pages []ReadingPage) {
	m.read = &reading{name: name, title: title, all: pages, pages: pages, back: screenHome,
		cache: map[renderKey]string{}, keys: defaultReadingKeys()}
	m.screen, m.help = screenReading, false
}

// closeReading goes back to the screen the reading was opened from.
func (m *Model) closeReading() {
	back := m.read.back
	if back == screenSession && m.sess == nil {
		back = screenHome
	}
	m.read, m.screen = nil, back
}

// readingWidth is the width pages are rendered at: the window, at most 80.
func (m *Model) readingWidth() int { return min(m.width-2, 80) }

// readingHeight is the height of the page's viewport: the window less the
// title, the footer and the frame.
func (m *Model) readingHeight() int { return max(m.height-5, 3) }

// rendered is the open page as text for the current width and styles.
func (m *Model) rendered() string {
	r := m.read
	k := renderKey{markdown: r.pages[r.cursor].Markdown, width: m.readingWidth(), styles: m.styles}
	if s, ok := r.cache[k]; ok {
		return s
	}
	page := r.pages[r.cursor]
	s, err := m.deps.Reading.Render(page.Markdown, k.width, m.styles.Palette)
	if err != nil {
		s = "This page could not be shown: " + humanError(err)
	}
	if page.Exercise != nil {
		s = m.figureStrip(page.Exercise, k.width) + s
	}
	r.cache[k] = s
	return s
}

// viewport is the open page in a viewport at the current size and scroll.
func (m *Model) viewport() viewport.Model {
	vp := viewport.New(viewport.WithWidth(m.readingWidth()), viewport.WithHeight(m.readingHeight()))
	vp.SetContent(strings.TrimRight(m.rendered(), "\n"))
	vp.SetYOffset(m.read.offset)
	return vp
}

func (m *Model) readingKey(msg tea.KeyPressMsg) tea.Cmd {
	r, k := m.read, m.read.keys
	if r.search.typing {
		m.searchKey(msg)
		return nil
	}
	switch {
	case key.Matches(msg, k.Back) || (!r.closesOnQuit() && key.Matches(msg, m.keys.Quit)):
		switch {
		case r.open && !r.direct:
			r.open = false
		case !r.open && r.search.query != "":
			r.clearSearch()
		default:
			m.closeReading()
		}
	case !r.open && key.Matches(msg, k.Search):
		r.search.typing = true
	case !r.open && key.Matches(msg, k.Up):
		r.cursor = max(r.cursor-1, 0)
	case !r.open && key.Matches(msg, k.Down):
		r.cursor = min(r.cursor+1, len(r.pages)-1)
	case !r.open && key.Matches(msg, k.Open) && len(r.pages) > 0:
		r.open, r.offset = true, 0
	case !r.open && r.search.query == "" && len(msg.String()) == 1 && msg.String() >= "1" && msg.String() <= "9":
		if i := int(msg.String()[0] - '1'); i < len(r.pages) {
			r.cursor, r.open, r.offset = i, true, 0
		}
	case r.open && key.Matches(msg, k.Prev):
		r.cursor, r.offset = max(r.cursor-1, 0), 0
	case r.open && key.Matches(msg, k.Next):
		r.cursor, r.offset = min(r.cursor+1, len(r.pages)-1), 0
	case r.open:
		vp, _ := m.viewport().Update(msg)
		r.offset = vp.YOffset()
	}
	return nil
}

// readingKeysHelp lists the keys of the reading screen, for help.
func (m *Model) readingKeysHelp() []key.Binding {
	k, r := m.read.keys, m.read
	back := k.Back
	if r.back == screenSession && (r.direct || !r.open) {
		back = withHelp(k.Back, "esc", "back to your session")
	}
	switch {
	case r.search.typing:
		return []key.Binding{withHelp(k.Open, "type", "words to find"), withHelp(k.Open, "enter", "done"),
			withHelp(k.Back, "esc", "clear the search"), m.keys.Help}
	case r.open:
		return []key.Binding{k.Scroll, k.Prev, back, m.keys.Help}
	case r.search.query != "":
		return []key.Binding{k.Up, k.Down, k.Open, k.Search, withHelp(k.Back, "esc", "clear the search"), m.keys.Help}
	}
	return []key.Binding{k.Up, k.Down, k.Open, withHelp(k.Open, "1-9", "read"), k.Search, back, m.keys.Help}
}

func (m *Model) readingView() string {
	s, r := m.styles, m.read
	var b strings.Builder
	if !r.open {
		b.WriteString(s.Title.Render(r.title) + "\n")
		b.WriteString(m.searchLine() + "\n")
		for i, p := range r.pages {
			mark, line := "  ", fmt.Sprintf("%d %s", i+1, p.Name)
			if i > 8 || r.search.query != "" {
				line = "  " + p.Name
			}
			if i == r.cursor {
				mark, line = "▸ ", s.Selected.Render(line)
			} else {
				line = s.Text.Render(line)
			}
			if p.Hint != "" && lipglossWidth(line)+len(p.Hint)+6 < m.width {
				line += s.Muted.Render("  " + p.Hint)
			}
			b.WriteString(mark + line + "\n")
		}
		b.WriteString("\n" + m.shortHelp(m.readingKeysHelp()...))
		return b.String()
	}
	vp := m.viewport()
	where := fmt.Sprintf("page %d of %d", r.cursor+1, len(r.pages))
	if !vp.AtTop() || !vp.AtBottom() {
		where += fmt.Sprintf(" · %d%%", int(vp.ScrollPercent()*100+0.5))
	}
	b.WriteString(s.Title.Render(r.name) + s.Muted.Render("  ·  "+where) + "\n")
	b.WriteString(vp.View() + "\n")
	b.WriteString(m.shortHelp(m.readingKeysHelp()...))
	return b.String()
}
