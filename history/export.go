package history

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"time"
)

// ExportFormat names the document ExportJSON writes.
const ExportFormat = "centra-history"

// exportBatch is how many sessions ExportJSON holds in memory at a time.
const exportBatch = 500

// Export is the document ExportJSON writes, for readers that decode it:
//
//	{"format": "centra-history", "schema_version": 1, "exported_at": "...",
//	 "sessions": [{...session, "sets": [...], "check_ins": [...], "decisions": [...]}, ...]}
//
// Sessions come oldest first. Nothing internal (such as which process ran
// a session) and none of the key/value state is included.
type Export struct {
	Format        string          `json:"format"`
	SchemaVersion int             `json:"schema_version"`
	ExportedAt    time.Time       `json:"exported_at"`
	Sessions      []SessionDetail `json:"sessions"`
}

// ExportJSON writes every session with its sets, check-ins and decisions
// to w as an Export document, one session per line. It reads one
// consistent snapshot and streams it in batches, so memory stays small
// whatever the size of the history.
func (s *Store) ExportJSON(ctx context.Context, w io.Writer) error {
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("history: export: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // read-only
	bw := bufio.NewWriter(w)
	head, err := json.Marshal(struct {
		Format        string    `json:"format"`
		SchemaVersion int       `json:"schema_version"`
		ExportedAt    time.Time `json:"exported_at"`
	}{ExportFormat, SchemaVersion(), time.Now().Truncate(time.Second)})
	if err != nil {
		return fmt.Errorf("history: export: %w", err)
	}
	// The header object, reopened to append the sessions array.
	fmt.Fprintf(bw, "%s,\"sessions\":[", head[:len(head)-1])
	var after int64
	first := true
	for {
		sums, err := querySummaries(ctx, tx, summarySelect+"WHERE s.id > ? ORDER BY s.id LIMIT ?", after, exportBatch)
		if err != nil {
			return fmt.Errorf("history: export: %w", err)
		}
		if len(sums) == 0 {
			break
		}
		details := make([]SessionDetail, len(sums))
		for i, sum := range sums {
			details[i].SessionSummary = sum
		}
		if err := fillDetails(ctx, tx, details); err != nil {
			return fmt.Errorf("history: export: %w", err)
		}
		for _, d := range details {
			b, err := json.Marshal(d)
			if err != nil {
				return fmt.Errorf("history: export session %d: %w", d.ID, err)
			}
			if !first {
				bw.WriteByte(',')
			}
			first = false
			bw.WriteByte('\n')
			bw.Write(b)
		}
		after = sums[len(sums)-1].ID
		// Hand each batch on, and stop early if the writer has failed.
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("history: export: %w", err)
		}
	}
	bw.WriteString("\n]}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("history: export: %w", err)
	}
	return nil
}
