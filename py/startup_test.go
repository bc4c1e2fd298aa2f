package py

import (
	"io"
	"testing"
	"unsafe"
)

// Start-up: what `kaa -c pass` does after the packages have initialised (their
// init cost shows in GODEBUG=inittrace=1; bench/startup.sh times the whole
// process). Run with -benchmem to see the allocations.

func BenchmarkNewInterp(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		in := NewInterp(Config{Argv: []string{"-c"}, Path: []string{""}, Stdout: io.Discard})
		in.Flush()
	}
}

func BenchmarkStartPass(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		in := NewInterp(Config{Argv: []string{"-c"}, Path: []string{""}, Stdout: io.Discard})
		t := in.Main()
		if err := t.runMain("<string>", []byte("pass")); err != nil {
			b.Fatal(err)
		}
		in.Flush()
	}
}

// TestStartupAllocs keeps a fresh interpreter cheap: NewInterp and running
// "pass" should not allocate much more than they do now.
func TestStartupAllocs(t *testing.T) {
	n := testing.AllocsPerRun(5, func() {
		in := NewInterp(Config{Argv: []string{"-c"}, Path: []string{""}, Stdout: io.Discard})
		th := in.Main()
		if err := th.runMain("<string>", []byte("pass")); err != nil {
			t.Fatal(err)
		}
	})
	t.Logf("NewInterp + pass: %.0f allocations", n)
	if n > startupAllocLimit {
		t.Errorf("NewInterp + pass: %.0f allocations, want at most %d", n, startupAllocLimit)
	}
}

const startupAllocLimit = 2000

// The ~180 builtin types are allocated while the package initialises, where each
// page touched costs start-up time: Type stays within Go's 512-byte size class
// (rarely used slots live behind pointers, as numSlots does).
func TestTypeSize(t *testing.T) {
	if n := unsafe.Sizeof(Type{}); n > 512 {
		t.Errorf("Type is %d bytes, more than 512", n)
	}
}
