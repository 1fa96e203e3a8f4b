//go:build stack_huh

package main

import "charm.land/huh/v2"

func init() {
	stackSteps = append(stackSteps, func() any { return huh.NewForm })
}
