package py

import (
	"math"
	"math/bits"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"unsafe"
)

// defaultMaxAlloc is the largest single allocation Python code may ask for when the
// host sets no Config.MaxAlloc: the smallest of the machine's physical memory, the
// process's address-space limit (RLIMIT_AS) and the Go memory limit (GOMEMLIMIT or
// debug.SetMemoryLimit), read when the interpreter is made. A larger request can
// never succeed, and Go, unlike C's malloc, does not fail an allocation it cannot
// make: it ends the process. So Kaa raises MemoryError before asking (see
// RATIONALE.md, "Impossible allocations").
func defaultMaxAlloc() int64 {
	limit := int64(math.MaxInt64)
	if m := debug.SetMemoryLimit(-1); m > 0 && m < limit {
		limit = m
	}
	if m := systemMemoryLimit(); m > 0 && m < limit {
		limit = m
	}
	if limit == math.MaxInt64 {
		limit = 1 << 40
	}
	return limit
}

// checkAlloc reports MemoryError when n items of size bytes each cannot be
// allocated at once: more than the interpreter's limit, or a byte count that does
// not fit in an int64. A negative n asks for nothing.
func (t *Thread) checkAlloc(n, size int64) *Exception {
	if n <= 0 || size <= 0 {
		return nil
	}
	hi, lo := bits.Mul64(uint64(n), uint64(size))
	if hi != 0 || lo > uint64(t.interp.maxAlloc) {
		return NewException(memoryError)
	}
	if lo >= bigRequest && !fitsBeside(lo, uint64(t.interp.maxAlloc)) {
		return NewException(memoryError)
	}
	if t.interp.lim.Memory > 0 {
		return t.chargeAlloc(int64(lo))
	}
	return nil
}

// bigRequest is the size from which a request is also weighed against what the
// process's heap already holds.
const bigRequest = 16 << 20

// fitsBeside reports whether n more bytes fit under limit beside the memory Go has
// mapped (which RLIMIT_AS counts), after a collection if they do not at first: a request each of whose
// parts is allowed can still be more than the process can hold (s = s + s when s
// is a third of memory), and Go ends the process then.
func fitsBeside(n, limit uint64) bool {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
	metrics.Read(s)
	if s[0].Value.Uint64()+n <= limit {
		return true
	}
	runtime.GC()
	metrics.Read(s)
	return s[0].Value.Uint64()+n <= limit
}

// valueSize is the size of one Value, an item of a list or tuple.
const valueSize = int64(unsafe.Sizeof(Value{}))

// CheckAlloc is MemoryError when n items of size bytes each could not be
// allocated at once (see checkAlloc): for native modules that grow their own
// buffers, since Go ends the process on an allocation it cannot make.
func (t *Thread) CheckAlloc(n, size int64) *Exception { return t.checkAlloc(n, size) }
