package linemode

import (
	"bufio"
	"errors"
	"fmt"
	"github.com/centra-app/centra/termsafe"
	"io"
	"strings"
)

// Why a question got no answer. Callers unwind on them: errEnd and
// ErrInterrupted end everything, errQuit the session, errUrgent opens the
// urgent list.
var (
	errEnd    = errors.New("end of input")
	errQuit   = errors.New("quit")
	errUrgent = errors.New("urgent symptom")
)

// ErrInterrupted is returned when the context ends (ctrl+c, a signal):
// a session in progress is kept as cut short first.
var ErrInterrupted = errors.New("interrupted")

// lineWidth is the width text is wrapped to: readable at 80 columns.
const lineWidth = 78

// readLines feeds the input's lines to a channel until the input ends
// (the channel closes) or done is closed.
func readLines(r io.Reader, done <-chan struct{}) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		br := bufio.NewReaderSize(r, 4096)
		for {
			line, err := readLine(br)
			if err != nil && line == "" {
				return // the end of the input (or it failed: the same for the person)
			}
			select {
			case ch <- line:
			case <-done:
				return
			}
			if err != nil {
				return
			}
		}
	}()
	return ch
}

// maxLine is the longest answer read; a longer line (a paste gone wrong,
// a binary file as input) is skipped whole, and the person told.
const maxLine = 4096

// tooLong stands for a line longer than maxLine. It holds a NUL, which
// no line read can (readLine removes control characters).
const tooLong = "\x00too long"

// readLine reads one line of any length, keeping at most maxLine bytes of
// it, without its control characters and surrounding spaces.
func readLine(br *bufio.Reader) (string, error) {
	var b []byte
	long := false
	for {
		part, isPrefix, err := br.ReadLine()
		if len(b)+len(part) > maxLine {
			long = true
		} else {
			b = append(b, part...)
		}
		if err != nil {
			if long {
				return tooLong, err
			}
			return strings.TrimSpace(termsafe.String(string(b))), err
		}
		if !isPrefix {
			break
		}
	}
	if long {
		return tooLong, nil
	}
	return strings.TrimSpace(termsafe.String(string(b))), nil
}

// say writes lines, each wrapped to the line width.
func (a *app) say(lines ...string) {
	a.saveFirst()
	for _, l := range lines {
		// Names, steps and notes come from files and the database.
		for _, w := range wrap(termsafe.String(l), lineWidth) {
			// A no-break space keeps "30 s" on one line; it is written
			// as a plain space, which scripts and screen readers expect.
			fmt.Fprintln(a.out, strings.ReplaceAll(w, "\u00a0", " "))
		}
		a.justBlank = false
	}
}

// blank writes an empty line, never two in a row.
func (a *app) blank() {
	if !a.justBlank {
		fmt.Fprintln(a.out)
	}
	a.justBlank = true
}

// read waits for the next line. At end of input it returns errEnd; when
// the context ends, ErrInterrupted.
func (a *app) read() (string, error) {
	fmt.Fprint(a.out, "> ")
	select {
	case <-a.ringWake():
		// A set fell due while the home menu waited: say so, and wait on.
		a.ring()
		return a.read()
	case l, ok := <-a.lines:
		if !ok {
			fmt.Fprintln(a.out)
			return "", errEnd
		}
		if l == tooLong {
			fmt.Fprintln(a.out)
			a.say(fmt.Sprintf("That line was too long (over %d characters), so it was skipped. Please type a short answer.", maxLine))
			return a.read()
		}
		if !a.d.Interactive {
			// Input from a file is not echoed by a terminal: echo it so
			// that the transcript reads as a conversation.
			fmt.Fprintln(a.out, l)
		}
		a.justBlank = false
		return l, nil
	case <-a.ctx.Done():
		fmt.Fprintln(a.out)
		return "", ErrInterrupted
	}
}

// question is one question asked on its own line, with its choices on the
// next.
type question struct {
	text    string
	choices string
	// parse takes an answer; it returns a hint when the answer is not
	// one it understands. It is never given "!" when urgent is set.
	parse func(in string) (hint string)
	// urgent lets "!" report an urgent symptom. q stops at every
	// question.
	urgent bool
}

// ask asks until the answer is understood, re-asking with a hint.
func (a *app) ask(q question) error {
	a.say(q.text)
	if q.choices != "" {
		a.say("  " + q.choices)
	}
	for {
		in, err := a.read()
		if err != nil {
			return err
		}
		switch strings.ToLower(in) {
		case "!":
			if q.urgent {
				return errUrgent
			}
		case "q", "quit", "stop":
			return errQuit
		}
		hint := q.parse(in)
		if hint == "" {
			return nil
		}
		a.say(hint)
	}
}

// choose asks for one of several answers by letter or word; it returns the
// key of the answer chosen. def, when set, is taken on an empty answer.
func (a *app) choose(text, choices, def string, keys map[string][]string, hint string) (string, error) {
	var got string
	err := a.ask(question{text: text, choices: choices, parse: func(in string) string {
		in = strings.ToLower(in)
		if in == "" && def != "" {
			got = def
			return ""
		}
		for k, words := range keys {
			for _, w := range words {
				if in == w {
					got = k
					return ""
				}
			}
		}
		return hint
	}})
	return got, err
}

// yesNo asks a yes-or-no question.
func (a *app) yesNo(text string) (bool, error) {
	k, err := a.choose(text, "y yes · n no", "", map[string][]string{
		"y": {"y", "yes"}, "n": {"n", "no"},
	}, "Please type y for yes or n for no, then Enter.")
	return k == "y", err
}

// enter waits for Enter; q stops.
func (a *app) enter(prompt string) error {
	a.say(prompt)
	for {
		in, err := a.read()
		if err != nil {
			return err
		}
		switch strings.ToLower(in) {
		case "", "ok", "y", "yes", "go", "next":
			return nil
		case "q", "quit", "stop":
			return errQuit
		}
		a.say("Press Enter to go on, or type q and Enter to stop.")
	}
}

// wrap breaks text into lines of at most width characters, on spaces,
// keeping the indent of the first line on the lines after it. A list of
// choices ("u up · d down") breaks between choices.
func wrap(text string, width int) []string {
	if text == "" {
		return []string{""}
	}
	indent := text[:len(text)-len(strings.TrimLeft(text, " "))]
	if items := strings.Split(strings.TrimSpace(text), " · "); indent != "" && len(items) > 1 {
		return wrapItems(indent, items, width)
	}
	cont := indent
	if indent != "" {
		cont += "  "
	}
	var lines []string
	line := ""
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == '\t' }) {
		switch {
		case line == "":
			line = indent + w
		case len([]rune(line))+1+len([]rune(w)) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = cont + w
		}
	}
	return append(lines, line)
}

// wrapItems packs choices into lines of at most width characters; the
// lines after the first are indented a little more.
func wrapItems(indent string, items []string, width int) []string {
	var lines []string
	line := ""
	for _, it := range items {
		switch {
		case line == "":
			line = indent + it
		case len([]rune(line))+3+len([]rune(it)) <= width:
			line += " · " + it
		default:
			lines = append(lines, line)
			line = indent + "  " + it
		}
	}
	return append(lines, line)
}
