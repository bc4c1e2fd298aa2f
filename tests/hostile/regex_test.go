package hostile_test

import (
	"context"
	"io"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kaa-python/kaa"
	"github.com/kaa-python/kaa/internal/kaatest"
)

// catastrophic backtracks about 2^40 times: it never ends on its own.
const catastrophic = "import re\nre.match(r'(?:a|a)+c', 'a' * 40 + 'b')\n"

// TestRegexInterrupt: Ctrl-C stops a regular expression that backtracks forever
// (KeyboardInterrupt, as sre polls signals), while another thread keeps running.
func TestRegexInterrupt(t *testing.T) {
	prog := "import threading, time\nticks = []\n" +
		"def tick():\n    while True:\n        time.sleep(0.02)\n        ticks.append(1)\n" +
		"threading.Thread(target=tick, daemon=True).start()\n" +
		"print('ready', flush=True)\ntry:\n    " + strings.ReplaceAll(strings.TrimSpace(catastrophic), "\n", "\n    ") +
		"\nexcept KeyboardInterrupt:\n    print('interrupted', len(ticks) > 3)\n"
	cmd := exec.Command(kaatest.Kaa(t), "-c", prog)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 6)
	if _, err := io.ReadFull(out, buf); err != nil || string(buf) != "ready\n" {
		t.Fatalf("no ready line: %q %v", buf, err)
	}
	time.Sleep(500 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGINT)
	rest, _ := io.ReadAll(out)
	waitStatus(t, cmd)
	if got := string(rest); got != "interrupted True\n" {
		t.Errorf("output %q, want %q", got, "interrupted True\n")
	}
}

// TestRegexDeadline: the host's deadline stops such a match through the
// embedding API, and the interpreter goes on.
func TestRegexDeadline(t *testing.T) {
	in, err := kaa.New(kaa.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	if err := in.Exec(ctx, catastrophic); err == nil {
		t.Fatal("the match ended")
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("stopped after %v", d)
	}
	if v, err := in.Eval(context.Background(), "6 * 7"); err != nil || v != int64(42) {
		t.Errorf("the interpreter after the abort: %v, %v", v, err)
	}
}
