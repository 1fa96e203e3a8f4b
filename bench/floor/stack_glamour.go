//go:build stack_glamour

package main

import "charm.land/glamour/v2"

func init() {
	stackSteps = append(stackSteps, func() any { return glamour.NewTermRenderer })
}
