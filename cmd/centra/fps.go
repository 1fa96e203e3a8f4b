package main

// frameRate is how many frames a second, at most, Bubble Tea writes
// (tea.WithFPS; 60 is its default). centra builds Bubble Tea from
// third_party/bubbletea, patched so that a frame is written as soon as the
// view changes rather than at the next tick of a free-running frame ticker:
// the program sleeps while nothing changes, and the first frame, a key's
// echo and a countdown reaching zero show at once. The rate only caps a
// burst of changes (keys held down, fast scrolling): a change that comes
// within 1/frameRate of the last frame waits out the rest of that period.
// bench/run fps measures the curve; the README's Performance section shows
// it and why this point was chosen.
const frameRate = 60
