package hostile_test

import (
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kaa-python/kaa/internal/kaatest"
)

// startBusy starts kaa on a program that prints "ready" and then waits for a line of
// standard input (closing stdin lets it go on), with the given signals ignored in
// the child from its start. out is complete once wait has returned.
func startBusy(t *testing.T, ignored ...os.Signal) (cmd *exec.Cmd, stdin io.Closer, out *strings.Builder, errb *strings.Builder, wait func() int) {
	t.Helper()
	prog := "import sys\nprint('ready', flush=True)\nsys.stdin.readline()\nprint('survived')\n"
	traps := ""
	for _, s := range ignored {
		traps += "trap '' " + strings.TrimPrefix(sigName(s), "SIG") + "; "
	}
	cmd = exec.Command("/bin/sh", "-c", traps+`ulimit -v `+memLimitKB+` && exec "$0" "$@"`, kaatest.Kaa(t), "-c", prog)
	out, errb = &strings.Builder{}, &strings.Builder{}
	cmd.Stderr = errb
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout = pw
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pw.Close()
	buf := make([]byte, 6)
	if _, err := io.ReadFull(pr, buf); err != nil || string(buf) != "ready\n" {
		t.Fatalf("no ready line: %q %v", buf, err)
	}
	done := make(chan struct{})
	go func() {
		io.Copy(out, pr)
		close(done)
	}()
	// kaa installs its handlers 25 ms after it starts.
	time.Sleep(200 * time.Millisecond)
	return cmd, in, out, errb, func() int {
		st := waitStatus(t, cmd)
		<-done
		return st
	}
}

func sigName(s os.Signal) string {
	return map[os.Signal]string{syscall.SIGINT: "SIGINT", syscall.SIGHUP: "SIGHUP"}[s]
}

// waitStatus is the status as Python's subprocess reports it (-N: killed by signal N).
func waitStatus(t *testing.T, cmd *exec.Cmd) int {
	timer := time.AfterFunc(time.Minute, func() { cmd.Process.Kill() })
	defer timer.Stop()
	err := cmd.Wait()
	if err == nil {
		return 0
	}
	ee, ok := err.(*exec.ExitError)
	if !ok {
		t.Fatal(err)
	}
	if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return -int(ws.Signal())
	}
	return ee.ExitCode()
}

// TestDefaultActionSignals: the signals CPython leaves at their default action end
// kaa by that signal, with nothing on stderr (no Go goroutine dump).
func TestDefaultActionSignals(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGALRM, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT, syscall.SIGABRT} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd, _, _, errb, wait := startBusy(t)
			cmd.Process.Signal(sig)
			if st := wait(); st != -int(sig) {
				t.Errorf("status %d, want %d; stderr:\n%s", st, -int(sig), errb)
			}
			if errb.Len() != 0 {
				t.Errorf("stderr:\n%s", errb)
			}
		})
	}
}

// TestIgnoredSignalsStayIgnored: a SIGINT or SIGHUP ignored when kaa started stays
// ignored, as in CPython (Go's runtime tells only of these two: RATIONALE.md).
func TestIgnoredSignalsStayIgnored(t *testing.T) {
	for _, sig := range []os.Signal{syscall.SIGINT, syscall.SIGHUP} {
		t.Run(sigName(sig), func(t *testing.T) {
			cmd, stdin, out, errb, wait := startBusy(t, sig)
			cmd.Process.Signal(sig)
			time.Sleep(100 * time.Millisecond)
			stdin.Close()
			if st := wait(); st != 0 || !strings.Contains(out.String(), "survived") {
				t.Errorf("status %d, stdout %q, stderr:\n%s", st, out, errb)
			}
		})
	}
}

// TestBrokenPipe: printing into a pipe whose reader is gone raises BrokenPipeError
// (SIGPIPE is ignored, as CPython does): caught, the program goes on; uncaught, a
// traceback and status 1, as python3.13 gives.
func TestBrokenPipe(t *testing.T) {
	for _, c := range []struct {
		prog, stderr string
		status       int
	}{
		{"for i in range(100000): print(i)\n", "BrokenPipeError: [Errno 32] Broken pipe\n", 1},
		{"import sys\ntry:\n    for i in range(100000): print(i)\nexcept BrokenPipeError as e:\n    print('caught', e, file=sys.stderr)\n", "caught [Errno 32] Broken pipe\n", 0},
	} {
		cmd := exec.Command(kaatest.Kaa(t), "-c", c.prog)
		pr, pw, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		var errb strings.Builder
		cmd.Stdout, cmd.Stderr = pw, &errb
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		pw.Close()
		pr.Read(make([]byte, 2))
		pr.Close()
		if st := waitStatus(t, cmd); st != c.status || !strings.HasSuffix(errb.String(), c.stderr) {
			t.Errorf("%q: status %d, stderr:\n%s\nwant status %d, stderr ending %q", c.prog, st, errb.String(), c.status, c.stderr)
		}
	}
}
