package main

import "runtime"

// frameRate is how many times a second, at most, Bubble Tea draws a new
// frame (tea.WithFPS; its default is 60). Its renderer wakes on a ticker at
// this rate whether or not anything changed, so the rate sets most of the
// CPU centra uses while a countdown runs; and anything new on screen (the
// first frame, a key's echo, a countdown reaching zero) waits for the next
// tick, up to 1/frameRate. bench/run fps measures the curve; the README's
// Performance section shows it and why this point was chosen.
const frameRate = 20

// interfaceProcs is how many threads at a time run centra's Go code while
// its screens are up (runtime.GOMAXPROCS). The interface does one thing at a
// time; with a single one, the Go scheduler stops waking a second thread at
// every frame and every tick, which saves about a fifth of the CPU centra
// uses while a countdown runs (bench/run). Saving and the daily backup still
// run beside the screen, taking turns with it.
const interfaceProcs = 1

// useInterfaceProcs applies interfaceProcs; runProgram calls it first.
func useInterfaceProcs() { runtime.GOMAXPROCS(interfaceProcs) }
