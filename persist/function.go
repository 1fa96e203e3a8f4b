package persist

import (
	"context"
	"time"
)

// StateFunctionSkipped holds when the weekly function check was last
// skipped, so the prompt stays quiet for a while (function.Skip).
const StateFunctionSkipped = "function-skipped"

// SaveFunctionSkip keeps that the weekly check was skipped at at.
func SaveFunctionSkip(ctx context.Context, s StateStore, at time.Time) error {
	return putJSON(ctx, s, StateFunctionSkipped, "the skipped check", at)
}

// LoadFunctionSkip reads when the weekly check was last skipped; zero when
// never.
func LoadFunctionSkip(ctx context.Context, s StateReader) (time.Time, error) {
	var at time.Time
	_, err := loadJSON(ctx, s, StateFunctionSkipped, &at)
	return at, err
}
