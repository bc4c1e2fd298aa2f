package signal_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/lib"
	"github.com/kaa-python/kaa/modules"
	"github.com/kaa-python/kaa/py"
)

// TestNoPort runs the signal module as an embedding host has it, with no
// SignalPort: handlers are recorded and run for what the interpreter is given
// (raise_signal, interrupt_main, Interp.Signal), and nothing reaches the process
// (a raise_signal(SIGTERM) at SIG_DFL would end the test).
func TestNoPort(t *testing.T) {
	src := `
import signal, _thread, time
got = []
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM))
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGTERM)
_thread.interrupt_main(signal.SIGUSR1)
time.sleep(0.01)
print(got)
signal.signal(signal.SIGINT, lambda s, f: got.append('int'))
_thread.interrupt_main()
time.sleep(0.01)
print(got)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
`
	var out, errb bytes.Buffer
	in := py.NewInterp(py.Config{Library: lib.Files, LibraryPath: py.StdlibPath()[0], Argv: []string{"t"}, Path: py.StdlibPath(), Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Modules: modules.Standard()})
	th := in.Main()
	if exc := th.RunMain("t", []byte(src)); exc != nil {
		in.Flush()
		t.Fatalf("%v\n%s", exc, errb.String())
	}
	in.Flush()
	want := "True 0\n[10, 10]\n[10, 10, 'int']\nKeyboardInterrupt\n"
	if out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}
