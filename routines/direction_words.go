package routines

import "strings"

// DirectionWords names a direction in the words a person uses, for every
// screen, summary and export: "bending backward (extension)", never the
// id "extension" or "side-glide".
func DirectionWords(d Direction) string {
	switch d {
	case DirectionExtension:
		return "bending backward (extension)"
	case DirectionFlexion:
		return "bending forward (flexion)"
	case DirectionSideGlide:
		return "side glide"
	case DirectionNeutral:
		return "neutral"
	case DirectionCore:
		return "core strength"
	case DirectionMaintenance:
		return "maintenance"
	}
	return strings.ReplaceAll(string(d), "-", " ")
}
