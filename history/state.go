package history

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// GetState returns the value stored under key; ok is false when there is
// none.
func (j Journal) GetState(ctx context.Context, key string) (value []byte, ok bool, err error) {
	err = j.st.r.QueryRowContext(ctx, "SELECT value FROM state WHERE key = ?", key).Scan(&value)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("history: read state %q: %w", key, err)
	}
	return value, true, nil
}

// PutState stores value under key, replacing any previous value. Keep it
// small: it is meant for the plan and first-run answers, not for logs.
func (j Journal) PutState(ctx context.Context, key string, value []byte) error {
	if key == "" {
		return fmt.Errorf("history: store state: %w: empty key", ErrInvalid)
	}
	if value == nil {
		value = []byte{}
	}
	return j.st.write(ctx, fmt.Sprintf("store state %q", key), func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO state (key, value, updated_at) VALUES (?, ?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
			key, value, ms(j.st.clock.Now()))
		return err
	})
}
