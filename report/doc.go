// Package report is what centra hands to a physiotherapist: one report
// model (Build reads it from the history), rendered as a Markdown summary
// (Markdown) or a printable, self-contained HTML page with its charts
// (HTML). Both renderers take every sentence from the model, so the two
// never disagree; the model says each thing in words, with no bare rule
// ids, and never claims more than the history shows (no direction in bold
// that no test found, no days before the person started, no percentages
// that do not add up).
package report
