//go:build stack_goldmark

package main

import (
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Parses one short page, as the guide does when a page is opened.
func init() {
	stackSteps = append(stackSteps, func() any {
		src := []byte("# A page\n\nSome *words*, a list:\n\n- one\n- two\n")
		p := parser.NewParser(parser.WithBlockParsers(parser.DefaultBlockParsers()...),
			parser.WithInlineParsers(parser.DefaultInlineParsers()...),
			parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...))
		return p.Parse(text.NewReader(src))
	})
}
