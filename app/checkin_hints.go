package app

import "github.com/centra-app/centra/routines"

// reachHint is why the answer to fl cannot be taken, and the question to
// ask again: a rating that contradicts the reach goes back to the reach,
// leg pain with no leg named back to the leg.
func reachHint(fl Field, v routines.CheckIn) (string, Field) {
	switch fl {
	case FieldReach, FieldTinglingReach:
		if fl == FieldTinglingReach {
			return routines.TinglingReachHint(v), fl
		}
		return routines.PainReachHint(v), fl
	case FieldLegPain, FieldBackPain:
		if h := routines.PainRatingHint(v, fl == FieldBackPain); h != "" {
			return h, FieldReach
		}
		if fl == FieldLegPain {
			return routines.LegSideHint(v), FieldLeg
		}
	}
	return "", fl
}
