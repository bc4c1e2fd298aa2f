package py

import (
	"bytes"
	"testing"
	"time"
)

// Interrupt, called from another goroutine, stops a running loop with
// KeyboardInterrupt, which the program can catch; it is consumed by the raise.
func TestInterruptFromAnotherGoroutine(t *testing.T) {
	var out bytes.Buffer
	in := NewInterp(Config{Stdout: &out})
	th := in.Main()
	go func() {
		time.Sleep(50 * time.Millisecond)
		in.Interrupt()
	}()
	src := `
def spin():
    while True:
        pass
try:
    spin()
except KeyboardInterrupt as e:
    print('caught', repr(e))
for i in range(100000):
    pass
print('not interrupted again')
`
	if err := th.runMain("<test>", []byte(src)); err != nil {
		t.Fatalf("unexpected exception: %s", FormatException(th, err))
	}
	in.Flush()
	if want := "caught KeyboardInterrupt()\nnot interrupted again\n"; out.String() != want {
		t.Errorf("output %q, want %q", out.String(), want)
	}
}

// A pending interrupt is raised at the next function entry (RESUME) even in code
// without loops, and an uncaught one is reported by UnhandledInterrupt.
func TestInterruptAtFunctionEntry(t *testing.T) {
	var out, errb bytes.Buffer
	in := NewInterp(Config{Stdout: &out, Stderr: &errb})
	th := in.Main()
	if err := th.runMain("<setup>", []byte("def f():\n    return 1\n")); err != nil {
		t.Fatal(FormatException(th, err))
	}
	f, _ := ModuleDict(in.MainModule()).GetStr("f")
	in.Interrupt()
	_, err := Call(th, f)
	if err == nil || !err.Matches(keyboardInterrupt) {
		t.Fatalf("got %v, want KeyboardInterrupt", err)
	}
	if got := th.exitStatus(err); got != 130 || !in.UnhandledInterrupt() {
		t.Errorf("exitStatus %d, UnhandledInterrupt %v; want 130, true", got, in.UnhandledInterrupt())
	}
	if r, err := Call(th, f); err != nil || r.n != 1 {
		t.Errorf("second call: %v, %v", r, err)
	}
}
