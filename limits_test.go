package kaa_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/kaa-python/kaa"
)

func limited(t *testing.T, opts kaa.Options) *kaa.Interp {
	t.Helper()
	in, err := kaa.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// TestMaxSteps: a run past MaxSteps stops with StepLimitError, which finally
// blocks see; every run has its own budget; the interpreter stays usable.
func TestMaxSteps(t *testing.T) {
	ctx := context.Background()
	in := limited(t, kaa.Options{MaxSteps: 100_000})
	for _, src := range []string{
		"while True: pass",
		"def f(): return f()\nimport sys\nsys.setrecursionlimit(10**5)\nwhile True:\n    try: f()\n    except RecursionError: pass",
		// Swallowing the exception does not help: the run is aborted past its handlers.
		"while True:\n    try:\n        while True: pass\n    except BaseException: pass",
		"cleaned = False\ntry:\n    while True: pass\nfinally:\n    cleaned = True",
	} {
		err := in.Exec(ctx, src)
		var pe *kaa.Error
		if !errors.Is(err, kaa.ErrStepLimit) || !errors.As(err, &pe) || pe.Type != "StepLimitError" {
			t.Errorf("%q: got %v, want the step limit's error", src, err)
		}
	}
	if v, err := in.Eval(ctx, "cleaned"); err != nil || v != true {
		t.Errorf("the finally block did not run: %v %v", v, err)
	}
	in.Exec(ctx, "repr = repr")
	// A short run fits, again and again: the budget is per run.
	for range 5 {
		if v, err := in.Eval(ctx, "sum(range(1000))"); err != nil || v != int64(499500) {
			t.Fatalf("short run: %v %v", v, err)
		}
	}
	if _, err := in.Call(ctx, "repr", "abc"); err != nil {
		t.Errorf("Call after a limit: %v", err)
	}
}

// TestMaxMemory: allocations past MaxMemory raise MemoryError in Python, at
// once for one huge request and promptly for growth; garbage does not count;
// the interpreter stays usable.
func TestMaxMemory(t *testing.T) {
	ctx := context.Background()
	in := limited(t, kaa.Options{MaxMemory: 64 << 20})
	for _, src := range []string{
		"x = [0] * 10**9",
		"x = 'x' * 10**10",
		"x = bytes(10**10)",
		"l = []\nwhile True: l.append(len(l))",
		"l = []\nwhile True: l.append('x' * 1000)",
		"d = {}\nwhile True: d[len(d)] = str(len(d))",
		"import collections\nq = collections.deque()\nwhile True: q.append([1, 2, 3])",
		"s = 'ab'\nwhile True: s = s + s",
		"class C: pass\nl = []\nwhile True:\n    c = C(); c.x = [0] * 100; l.append(c)",
		"freed = False\ntry:\n    l = []\n    while True: l.append(len(l))\nfinally:\n    l = None\n    freed = True",
	} {
		start := time.Now()
		err := in.Exec(ctx, src)
		var pe *kaa.Error
		if !errors.Is(err, kaa.ErrMemoryLimit) || !errors.As(err, &pe) || pe.Type != "MemoryError" {
			t.Errorf("%q: got %v, want MemoryError", src, err)
		}
		t.Logf("%q: %v", src, time.Since(start))
		in.Exec(ctx, "l = d = q = s = x = None")
	}
	if v, err := in.Eval(ctx, "freed"); err != nil || v != true {
		t.Errorf("the finally block did not run: %v %v", v, err)
	}
	// Garbage does not count: 2 GB allocated in all, never more than 1 MB live.
	if err := in.Exec(ctx, "for i in range(200_000):\n    s = 'x' * 10_000\nkeep = [str(i) for i in range(100_000)]"); err != nil {
		t.Errorf("churn under the limit: %v", err)
	}
	// Caught MemoryError is an ordinary exception.
	v, err := in.Eval(ctx, "(lambda: [0] * 10**9)() if False else 0")
	if err != nil || v != int64(0) {
		t.Errorf("after the limits: %v %v", v, err)
	}
	if err := in.Exec(ctx, "try:\n    x = [0] * 10**9\nexcept MemoryError:\n    x = 'caught'"); err != nil {
		t.Errorf("a caught MemoryError failed the run: %v", err)
	}
}
