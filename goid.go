//go:build amd64 || arm64

package kaa

// getg returns the address of the running goroutine's runtime record (the g the
// runtime keeps in a register or thread-local slot): it tells the goroutines
// alive at one time apart, which is all callbacks needs. It is written in
// assembly because Go offers no goroutine identity, and the portable way (the
// first line of runtime.Stack) walks the whole stack, tens of microseconds under
// the interpreter's deep frames.
func getg() uintptr

// goid identifies the running goroutine among those alive.
func goid() uint64 { return uint64(getg()) }
