package py

import (
	"testing"
)

// The measured design (docs/design/values-and-dispatch.md) promises arithmetic on
// unboxed values and Python-to-Python calls that allocate nothing. These tests hold the
// VM to it (allocation counts, not timings); the benchmarks below report the same with
// -benchmem.

const allocProgram = `
def f(a, b):
    return a
def calls(n):
    for i in range(n):
        f(i, 1)
def adds(n):
    x = 0
    for i in range(n):
        x = x + i
    return x
def muls(n):
    x = 1.0
    for i in range(n):
        x = x * 1.0000001
    return x
`

func allocFuncs(tb testing.TB) (*Thread, map[string]Value) {
	in := NewInterp(Config{})
	t := in.Main()
	code, err := CompileSource("<alloc>", []byte(allocProgram), 0)
	if err != nil {
		tb.Fatal(FormatException(t, err))
	}
	mod := NewModule("alloc")
	if _, err := t.RunCode(code, mod); err != nil {
		tb.Fatal(FormatException(t, err))
	}
	fs := map[string]Value{}
	for _, n := range []string{"calls", "adds", "muls"} {
		fs[n], _ = mod.hdr().dict.GetStr(n)
	}
	return t, fs
}

func TestNoAllocs(t *testing.T) {
	th, fs := allocFuncs(t)
	// Go-level operations.
	if n := testing.AllocsPerRun(100, func() { BinaryOp(th, Int(40), Int(2), nbAdd) }); n != 0 {
		t.Errorf("small int add: %v allocations", n)
	}
	if n := testing.AllocsPerRun(100, func() { BinaryOp(th, Float(1.5), Float(2.5), nbMul) }); n != 0 {
		t.Errorf("float multiply: %v allocations", n)
	}
	// Whole Python loops: one Go-to-Python call (its argument slice may allocate), then
	// 1000 iterations that must allocate nothing, so the count may not grow with n.
	for _, name := range []string{"calls", "adds", "muls"} {
		fn := fs[name]
		args := []Value{Int(10)}
		small := testing.AllocsPerRun(20, func() { CallKw(th, fn, args, nil) })
		args[0] = Int(10000)
		big := testing.AllocsPerRun(20, func() { CallKw(th, fn, args, nil) })
		if big != small {
			t.Errorf("%s: %v allocations for 10 iterations, %v for 10000", name, small, big)
		}
	}
}

func benchLoop(b *testing.B, name string) {
	th, fs := allocFuncs(b)
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := CallKw(th, fs[name], []Value{Int(int64(b.N))}, nil); err != nil {
		b.Fatal(FormatException(th, err))
	}
}

// BenchmarkPyIntAdd is one iteration of `x = x + i` in a Python for loop.
func BenchmarkPyIntAdd(b *testing.B) { benchLoop(b, "adds") }

// BenchmarkPyFloatMul is one iteration of `x = x * 1.0000001`.
func BenchmarkPyFloatMul(b *testing.B) { benchLoop(b, "muls") }

// BenchmarkPyCall is one iteration of a loop calling a two-argument Python function.
func BenchmarkPyCall(b *testing.B) { benchLoop(b, "calls") }

func BenchmarkIntAdd(b *testing.B) {
	th := NewInterp(Config{}).Main()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		BinaryOp(th, Int(int64(i)), Int(2), nbAdd)
	}
}

func BenchmarkFloatMul(b *testing.B) {
	th := NewInterp(Config{}).Main()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		BinaryOp(th, Float(float64(i)), Float(2.5), nbMul)
	}
}
