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
// from a page to the list, from the list to the start screen.
type reading struct {
	// name is the screen's name, title the list's heading.
	name   string
	title  string
	pages  []ReadingPage
	cursor int
	open   bool
	// offset is how far the open page is scrolled.
	offset int
	// cache keeps rendered pages: rendering markdown is too slow to do on
	// every frame.
	cache map[renderKey]string
	keys  readingKeys
}

// renderKey names one rendering of a page: the width and the styles it
// was made for.
type renderKey struct {
	page, width int
	styles      *theme.Styles
}

type readingKeys struct {
	Up, Down, Open, Back, Prev, Next, Scroll key.Binding
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
	m.openReading("Guide", "Guide · short reading about sciatica and your exercises", m.deps.Reading.Topics())
}

func (m *Model) openReading(name, title string, pages []ReadingPage) {
	m.read = &reading{name: name, title: title, pages: pages, cache: map[renderKey]string{}, keys: defaultReadingKeys()}
	m.screen, m.help = screenReading, false
}

// readingWidth is the width pages are rendered at: the window, at most 80.
func (m *Model) readingWidth() int { return min(m.width-2, 80) }

// readingHeight is the height of the page's viewport: the window less the
// title, the footer and the frame.
func (m *Model) readingHeight() int { return max(m.height-5, 3) }

// rendered is the open page as text for the current width and styles.
func (m *Model) rendered() string {
	r := m.read
	k := renderKey{page: r.cursor, width: m.readingWidth(), styles: m.styles}
	if s, ok := r.cache[k]; ok {
		return s
	}
	s, err := m.deps.Reading.Render(r.pages[r.cursor].Markdown, k.width, m.styles.Palette)
	if err != nil {
		s = "This page could not be shown: " + humanError(err)
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
	switch {
	case key.Matches(msg, k.Back):
		if r.open {
			r.open = false
		} else {
			m.read, m.screen = nil, screenHome
		}
	case !r.open && key.Matches(msg, k.Up):
		r.cursor = max(r.cursor-1, 0)
	case !r.open && key.Matches(msg, k.Down):
		r.cursor = min(r.cursor+1, len(r.pages)-1)
	case !r.open && key.Matches(msg, k.Open):
		r.open, r.offset = true, 0
	case !r.open && len(msg.String()) == 1 && msg.String() >= "1" && msg.String() <= "9":
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
	k := m.read.keys
	if m.read.open {
		return []key.Binding{k.Scroll, k.Prev, k.Back, m.keys.Help}
	}
	return []key.Binding{k.Up, k.Down, k.Open, withHelp(k.Open, "1-9", "read by number"), k.Back, m.keys.Help}
}

func (m *Model) readingView() string {
	s, r := m.styles, m.read
	var b strings.Builder
	if !r.open {
		b.WriteString(s.Title.Render(r.title) + "\n\n")
		for i, p := range r.pages {
			mark, line := "  ", fmt.Sprintf("%d %s", i+1, p.Name)
			if i > 8 {
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
	if !(vp.AtTop() && vp.AtBottom()) {
		where += fmt.Sprintf(" · %d%%", int(vp.ScrollPercent()*100+0.5))
	}
	b.WriteString(s.Title.Render(r.name) + s.Muted.Render("  ·  "+where) + "\n")
	b.WriteString(vp.View() + "\n")
	b.WriteString(m.shortHelp(m.readingKeysHelp()...))
	return b.String()
}
