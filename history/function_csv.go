package history

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/centra-app/centra/routines/function"
)

// FunctionCSVHeader names the columns Exporter.FunctionCSV writes: when, the
// PSFS activities with their scores and average, then the tolerances.
var FunctionCSVHeader = []string{
	"id", "at", "activity_1", "score_1", "activity_2", "score_2", "activity_3", "score_3",
	"psfs_average", "sitting_minutes", "walking_minutes",
}

// FunctionCSV writes one row per weekly function measure in f's time
// range, oldest first; a question not answered is an empty cell.
func (ex Exporter) FunctionCSV(ctx context.Context, w io.Writer, f Filter) error {
	recs, err := ex.st.Function().Measures(ctx, f.Since, f.Until)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(FunctionCSVHeader); err != nil {
		return fmt.Errorf("history: export function csv: %w", err)
	}
	minutes := func(v int) string {
		if v == function.Unanswered {
			return ""
		}
		return strconv.Itoa(v)
	}
	for _, r := range recs {
		row := []string{strconv.FormatInt(r.ID, 10), r.At.Format(CSVTime)}
		for i := range function.MaxActivities {
			if i < len(r.Ratings) {
				row = append(row, r.Ratings[i].Activity, strconv.Itoa(r.Ratings[i].Score))
			} else {
				row = append(row, "", "")
			}
		}
		avg := ""
		if a, ok := r.Average(); ok {
			avg = strconv.FormatFloat(a, 'f', 2, 64)
		}
		row = append(row, avg, minutes(r.Sitting), minutes(r.Walking))
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("history: export function csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("history: export function csv: %w", err)
	}
	return nil
}
