package linemode

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/centra-app/centra/termsafe"
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

// term is the prompt and IO layer: it says lines, asks questions until
// the answer is understood, and reads the person's lines. Before a line
// is said, flush saves what is due (saver.flush); while the home menu
// waits, remind rings when a set falls due.
type term struct {
	out   io.Writer
	lines <-chan string
	ctx   context.Context
	// interactive says a person types at a terminal (Deps.Interactive).
	interactive bool
	justBlank   bool
	flush       func()
	remind      *reminder
}

// say writes lines, each wrapped to the line width.
func (t *term) say(lines ...string) {
	t.flush()
	for _, l := range lines {
		// Names, steps and notes come from files and the database.
		for _, w := range wrap(termsafe.String(l), lineWidth) {
			// A no-break space keeps "30 s" on one line; it is written
			// as a plain space, which scripts and screen readers expect.
			fmt.Fprintln(t.out, strings.ReplaceAll(w, "\u00a0", " "))
		}
		t.justBlank = false
	}
}

// blank writes an empty line, never two in a row.
func (t *term) blank() {
	if !t.justBlank {
		fmt.Fprintln(t.out)
	}
	t.justBlank = true
}

// read waits for the next line. At end of input it returns errEnd; when
// the context ends, ErrInterrupted.
func (t *term) read() (string, error) {
	fmt.Fprint(t.out, "> ")
	select {
	case <-t.remind.wake():
		// A set fell due while the home menu waited: say so, and wait on.
		t.remind.ring()
		return t.read()
	case l, ok := <-t.lines:
		if !ok {
			fmt.Fprintln(t.out)
			return "", errEnd
		}
		if l == tooLong {
			fmt.Fprintln(t.out)
			t.say(fmt.Sprintf("That line was too long (over %d characters), so it was skipped. Please type a short answer.", maxLine))
			return t.read()
		}
		if !t.interactive {
			// Input from a file is not echoed by a terminal: echo it so
			// that the transcript reads as a conversation.
			fmt.Fprintln(t.out, l)
		}
		t.justBlank = false
		return l, nil
	case <-t.ctx.Done():
		fmt.Fprintln(t.out)
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
func (t *term) ask(q question) error {
	t.say(q.text)
	if q.choices != "" {
		t.say("  " + q.choices)
	}
	for {
		in, err := t.read()
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
		t.say(hint)
	}
}

// choose asks for one of several answers by letter or word; it returns the
// key of the answer chosen. def, when set, is taken on an empty answer.
func (t *term) choose(text, choices, def string, keys map[string][]string, hint string) (string, error) {
	var got string
	err := t.ask(question{text: text, choices: choices, parse: func(in string) string {
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
func (t *term) yesNo(text string) (bool, error) {
	k, err := t.choose(text, "y yes · n no", "", map[string][]string{
		"y": {"y", "yes"}, "n": {"n", "no"},
	}, "Please type y for yes or n for no, then Enter.")
	return k == "y", err
}

// enter waits for Enter; q stops.
func (t *term) enter(prompt string) error {
	return t.await(prompt, "Press Enter to go on, or type q and Enter to stop.", nil)
}

// await says prompt and waits for Enter (or ok, yes, go, next); q stops
// and anything else gets hint. With read, r (or read, why) calls it and
// the prompt is said again before each answer.
func (t *term) await(prompt, hint string, read func() error) error {
	for first := true; ; first = false {
		if first || read != nil {
			t.say(prompt)
		}
		in, err := t.read()
		if err != nil {
			return err
		}
		switch strings.ToLower(in) {
		case "", "ok", "y", "yes", "go", "next":
			return nil
		case "q", "quit", "stop":
			return errQuit
		case "r", "read", "why":
			if read != nil {
				if err := read(); err != nil {
					return err
				}
				continue
			}
		}
		t.say(hint)
	}
}

// pick asks for one of numbered choices.
func (t *term) pick(text string, choices []string) (string, error) {
	t.say(text)
	for i, c := range choices {
		t.say(fmt.Sprintf("  %d %s", i+1, c))
	}
	var got string
	err := t.ask(question{text: fmt.Sprintf("Type a number from 1 to %d, then Enter.", len(choices)), parse: func(in string) string {
		n, err := strconv.Atoi(in)
		if err != nil || n < 1 || n > len(choices) {
			return fmt.Sprintf("Please type a number from 1 to %d.", len(choices))
		}
		got = choices[n-1]
		return ""
	}})
	return got, err
}

// print writes text as it is (a page already wrapped), after a blank line.
func (t *term) print(text string) {
	t.blank()
	fmt.Fprint(t.out, text)
	t.justBlank = false
}

// commands is the input during a timer: the person's lines at a
// terminal, nothing from a file (its lines answer the next question).
func (t *term) commands() <-chan string {
	if t.interactive {
		return t.lines
	}
	return nil
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

// sentence writes an error as a sentence: a capital first letter and a
// full stop.
func sentence(err error) string {
	m := err.Error()
	if m == "" {
		return m
	}
	return strings.ToUpper(m[:1]) + m[1:] + "."
}
