package time_test

import (
	"bytes"
	"testing"
	gotime "time"

	"github.com/kaa-python/kaa/modules/time"
	"github.com/kaa-python/kaa/py"
)

// An interrupt (Ctrl-C, or a host's Interp.Interrupt) cuts time.sleep short with
// KeyboardInterrupt, which the program can catch; the next sleep runs in full.
func TestSleepInterrupted(t *testing.T) {
	var out bytes.Buffer
	in := py.NewInterp(py.Config{Stdout: &out, Modules: []*py.ModuleDef{time.Def}})
	th := in.Main()
	go func() {
		gotime.Sleep(100 * gotime.Millisecond)
		in.Interrupt()
	}()
	src := `
import time
t0 = time.monotonic()
try:
    time.sleep(30)
except KeyboardInterrupt as e:
    print('caught', repr(e), time.monotonic() - t0 < 20)
t0 = time.monotonic()
time.sleep(0.05)
print('slept', time.monotonic() - t0 >= 0.05)
`
	start := gotime.Now()
	if err := th.RunMain("<test>", []byte(src)); err != nil {
		t.Fatalf("unexpected exception: %s", py.FormatException(th, err))
	}
	in.Flush()
	if want := "caught KeyboardInterrupt() True\nslept True\n"; out.String() != want {
		t.Errorf("output %q, want %q", out.String(), want)
	}
	if d := gotime.Since(start); d > 20*gotime.Second {
		t.Errorf("sleep not interrupted: %v", d)
	}
}
