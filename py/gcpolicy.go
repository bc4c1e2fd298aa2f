package py

import (
	"os"
	"runtime/debug"
)

// GCPolicy is the pacing of Go's garbage collector an interpreter asks for.
//
// A Python program allocates far more short-lived objects than most Go programs
// (frames' garbage, boxed results, bound methods), over a small live heap: with
// Go's default pacing (GOGC=100) the collector then runs a cycle every few
// megabytes allocated, and each cycle has a fixed cost (stacks, globals, the
// builtin types) that a small heap does not amortise. RATIONALE.md ("Garbage
// collector pacing") has the measurements behind DefaultGCPolicy.
type GCPolicy struct {
	// Percent, when not 0, is set as the collector's GOGC (debug.SetGCPercent);
	// it is a setting of the whole process.
	Percent int
	// Headroom, when above 0, is the size in bytes of a pointer-free block the
	// interpreter holds and never writes, so the operating system never backs it
	// with memory. The collector counts it as live heap, so a cycle starts only
	// after about Headroom more bytes (at GOGC=100) have been allocated: small
	// heaps are collected much less often, large ones as before. Each
	// interpreter holds its own block.
	Headroom int64
}

// DefaultGCPolicy is the pacing the kaa command asks for.
func DefaultGCPolicy() GCPolicy {
	return GCPolicy{Percent: 100, Headroom: 8 << 20}
}

// applyGC puts the interpreter's policy into effect, unless GOGC or GOMEMLIMIT
// is set in the environment: then the Go runtime has applied them, and they win.
func (in *Interp) applyGC(p GCPolicy) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if p.Percent != 0 {
		debug.SetGCPercent(p.Percent)
	}
	if p.Headroom > 0 {
		in.gcHeadroom = make([]byte, p.Headroom)
	}
}
