package py

import (
	"runtime/metrics"
	"sync/atomic"
	"unsafe"
)

// Limits an embedding host puts on the code an interpreter runs: a count of
// executed instructions and a bound on the memory its objects take. With either
// set, the eval breaker's breakLimits bit stays set, so every backward jump and
// function entry takes the breaker's slow path, which checks them; interpreters
// without limits pay only the per-instruction count.
//
// Steps are counted exactly (one per instruction the eval loop dispatches, not
// counting EXTENDED_ARG) and checked at the breaker's points: code between two
// of them is straight-line, so a run stops at most one block past its budget.
//
// Memory is measured, not guessed from the Go heap (which every interpreter of
// the process shares): a walk from the interpreter's roots (sys.modules, the
// threads' frames and value stacks, the handled exceptions) adds up the size of
// every object it reaches once (memwalk.go). A walk is due when the allocations
// since the last one pass a budget: those Python code asked for through
// CheckAlloc (every large request) count exactly, and the process's allocation
// counter, read every 256 checks, covers the small ones. A single request
// larger than what the limit leaves raises MemoryError before anything is
// allocated.

const breakLimits = 32 // in Interp.breaker (after breakSignal, 16): limits are set; check them

// Limits are the bounds of SetLimits; zero fields are no bound.
type Limits struct {
	// Steps is how many instructions may run between two StartRun calls.
	Steps int64
	// Memory is how many bytes the interpreter's live objects may take.
	Memory int64
}

// limitState is an interpreter's limits and what has been used of them.
type limitState struct {
	Limits
	steps     int64 // instructions counted since StartRun (threads add theirs at checks)
	stepsHit  bool  // StepLimitError was raised in this run
	live      int64 // bytes reached by the last walk
	since     atomic.Int64
	allocs    uint64 // the process's allocation counter at the last walk
	ticks     uint32
	memoryHit bool  // MemoryError was raised for the limit in this run
	objects   int64 // objects the last walk met
	walker    *memWalker
	sample    []metrics.Sample
}

// stepLimitError is raised in Python code that runs past Limits.Steps. It derives
// from BaseException, as KeyboardInterrupt does, so that "except Exception" does
// not swallow it; finally blocks and with statements run.
// It is not a builtin: its __module__ is "kaa".
var stepLimitError = func() *Type {
	t := newType("StepLimitError", baseException, nil)
	t.doc = "The run executed more instructions than its limit allows."
	t.hasDict = true
	t.module = "kaa"
	return t
}()

// stepGrace is how many instructions past Steps the code the StepLimitError
// unwinds through (its finally blocks and handlers) may run before it is
// aborted; memoryGrace the factor of Memory at which growth despite the
// MemoryError is aborted.
const (
	stepGrace   = 100_000
	memoryGrace = 2
)

// SetLimits sets the interpreter's limits (both zero: none).
func (in *Interp) SetLimits(l Limits) {
	in.lim.Limits = l
	if l.Steps > 0 || l.Memory > 0 {
		in.breaker.Or(breakLimits)
		if in.lim.sample == nil {
			in.lim.sample = []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
		}
	} else {
		in.breaker.And(^uint32(breakLimits))
	}
}

// StartRun begins a new run for the limits: the step count starts again from
// zero and the memory is measured afresh. Call it with the interpreter lock held.
func (in *Interp) StartRun() {
	for _, t := range in.Threads() {
		t.steps = 0
	}
	in.lim.steps, in.lim.stepsHit, in.lim.memoryHit = 0, false, false
	if in.lim.Memory > 0 {
		in.main.measureMemory()
	}
}

// LimitHit reports which limit, if any, the run since StartRun passed: "steps",
// "memory" or "".
func (in *Interp) LimitHit() string {
	switch {
	case in.lim.stepsHit:
		return "steps"
	case in.lim.memoryHit:
		return "memory"
	}
	return ""
}

// MemoryUsed is the size of the interpreter's objects at the last measurement
// (with a memory limit set), in bytes.
func (in *Interp) MemoryUsed() int64 { return in.lim.live }

// checkLimits is the breaker's check of the limits.
func (t *Thread) checkLimits() *Exception {
	in := t.interp
	l := &in.lim
	l.steps += t.steps
	t.steps = 0
	if l.Steps > 0 && l.steps > l.Steps {
		if l.steps > l.Steps+stepGrace {
			in.Abort()
			return in.abortException()
		}
		if !l.stepsHit {
			l.stepsHit = true
			return Errorf(stepLimitError, "the run executed more than %d instructions", l.Steps)
		}
	}
	if l.Memory > 0 {
		l.ticks++
		due := l.since.Load() > l.walkBudget()
		if !due && l.ticks&255 == 0 {
			metrics.Read(l.sample)
			due = l.sample[0].Value.Uint64()-l.allocs > uint64(l.walkBudget())
		}
		// MemoryError comes from a measurement made here, after allocations: code
		// that allocates nothing (the statement that drops the big list) runs.
		if due && t.measureMemory() > l.Memory {
			l.memoryHit = true
			if l.live > memoryGrace*l.Memory {
				in.Abort()
				return in.abortException()
			}
			return NewException(memoryError)
		}
	}
	return nil
}

// walkBudget is how many bytes may be allocated between two walks: 128 for each
// object the last walk met, so that walking costs about as much as allocating,
// but at least an eighth of the limit and at most half of it, which bounds how
// far the live size can pass the limit before a walk sees it.
func (l *limitState) walkBudget() int64 {
	return min(max(l.objects*128, l.Memory/8, 64<<10), max(l.Memory/2, 64<<10))
}

// measureMemory walks the interpreter's objects and records their size.
func (t *Thread) measureMemory() int64 {
	l := &t.interp.lim
	if l.walker == nil {
		l.walker = &memWalker{seen: map[unsafe.Pointer]struct{}{}}
	}
	l.live, l.objects = t.interp.memoryWalk(l.walker, memoryGrace*l.Memory+1)
	// The counters start after the walk, whose own allocations do not count.
	l.since.Store(0)
	if l.sample != nil {
		metrics.Read(l.sample)
		l.allocs = l.sample[0].Value.Uint64()
	}
	return l.live
}

// chargeAlloc is CheckAlloc's part for the memory limit: a request of n bytes
// that the limit cannot hold, even after a fresh measurement, is MemoryError.
func (t *Thread) chargeAlloc(n int64) *Exception {
	l := &t.interp.lim
	if l.live+n > l.Memory {
		if t.measureMemory()+n > l.Memory {
			l.memoryHit = true
			return NewException(memoryError)
		}
	}
	l.since.Add(n)
	return nil
}

// isStatic reports whether p is one of the markers of unboxed values and
// singletons, which take no memory of their own.
func isStatic(p unsafe.Pointer) bool {
	h := (*Header)(p)
	return h == intTag || h == floatTag || h == boolTag || h == noneObj || h == notImpl || h == ellipsis
}
