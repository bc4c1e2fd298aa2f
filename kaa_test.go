package kaa_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kaa-python/kaa"
)

func newInterp(t *testing.T) (*kaa.Interp, *bytes.Buffer) {
	t.Helper()
	var out bytes.Buffer
	in, err := kaa.New(kaa.Options{Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	return in, &out
}

func Example() {
	ctx := context.Background()
	in, err := kaa.New(kaa.Options{})
	if err != nil {
		panic(err)
	}
	in.Set("names", []string{"ada", "grace"})
	in.Exec(ctx, "def greet(who):\n    return f'hello, {who}!'")
	v, err := in.Call(ctx, "greet", "gopher")
	fmt.Println(v, err)
	v, err = in.Eval(ctx, "[n.title() for n in names]")
	fmt.Println(v, err)
	// Output:
	// hello, gopher! <nil>
	// [Ada Grace] <nil>
}

func ExampleError() {
	in, _ := kaa.New(kaa.Options{})
	_, err := in.Eval(context.Background(), "1 / 0")
	var pe *kaa.Error
	if errors.As(err, &pe) {
		fmt.Println(pe.Type)
		fmt.Println(pe.Message)
		fmt.Print(pe.Traceback)
	}
	// Output:
	// ZeroDivisionError
	// division by zero
	// Traceback (most recent call last):
	//   File "<string>", line 1, in <module>
	// ZeroDivisionError: division by zero
}

func TestExport(t *testing.T) {
	in, _ := newInterp(t)
	ctx := context.Background()
	big1, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	for _, c := range []struct {
		expr string
		want any
	}{
		{"None", nil}, {"True", true}, {"-7", int64(-7)}, {"2**100 // 2**100 * 123456789012345678901234567890", big1},
		{"1.5", 1.5}, {"'héllo'", "héllo"}, {"b'\\x00\\xff'", []byte{0, 255}}, {"bytearray(b'ab')", []byte("ab")},
		{"[1, 'a', None]", []any{int64(1), "a", nil}}, {"(1, (2,))", []any{int64(1), []any{int64(2)}}},
		{"{'a': 1, 'b': [2]}", map[string]any{"a": int64(1), "b": []any{int64(2)}}},
		{"{1: 'x', (2, 3): 'y'}", nil}, // a tuple key cannot be a Go map key: an error
		{"{1: 'x', 2.5: 'y'}", map[any]any{int64(1): "x", 2.5: "y"}},
	} {
		got, err := in.Eval(ctx, c.expr)
		if c.expr == "{1: 'x', (2, 3): 'y'}" {
			if err == nil {
				t.Errorf("%s: no error", c.expr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.expr, err)
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %#v, want %#v", c.expr, got, c.want)
		}
	}
	if _, err := in.Eval(ctx, "object()"); err == nil || !strings.Contains(err.Error(), "cannot convert 'object' object to Go") {
		t.Errorf("object(): %v", err)
	}
}

func TestSetAndCall(t *testing.T) {
	in, out := newInterp(t)
	ctx := context.Background()
	vals := map[string]any{
		"i": 42, "u": uint64(1 << 63), "f": float32(0.5), "s": "x", "b": []byte("by"), "l": []int{1, 2},
		"a": [2]string{"p", "q"}, "m": map[string]int{"k": 1}, "n": nil, "p": new(int), "t": true,
	}
	for k, v := range vals {
		if err := in.Set(k, v); err != nil {
			t.Fatal(k, err)
		}
	}
	if err := in.Exec(ctx, "print(repr(i), u, f, s, b, l, a, m, n, p, t)"); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "42 9223372036854775808 0.5 x b'by' [1, 2] ['p', 'q'] {'k': 1} None 0 True\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if err := in.Set("bad", make(chan int)); err == nil {
		t.Error("a chan converted")
	}
	// Go funcs: arguments converted, an error raised, results returned.
	in.Set("add", func(a, b int) int { return a + b })
	in.Set("fail", func(s string) (string, error) { return "", fmt.Errorf("no %s", s) })
	in.Set("join", func(sep string, parts ...string) string { return strings.Join(parts, sep) })
	v, err := in.Eval(ctx, "add(2, 3), join('-', 'a', 'b')")
	if err != nil || !reflect.DeepEqual(v, []any{int64(5), "a-b"}) {
		t.Errorf("add/join: %v %v", v, err)
	}
	_, err = in.Eval(ctx, "fail('way')")
	var pe *kaa.Error
	if !errors.As(err, &pe) || pe.Type != "RuntimeError" || pe.Message != "no way" {
		t.Errorf("fail: %#v", err)
	}
	if _, err = in.Eval(ctx, "add('x', 1)"); !errors.As(err, &pe) || pe.Type != "TypeError" {
		t.Errorf("add('x', 1): %v", err)
	}
	if _, err := in.Call(ctx, "nosuch"); !errors.As(err, &pe) || pe.Type != "NameError" {
		t.Errorf("Call(nosuch): %v", err)
	}
	in.Exec(ctx, "def mul(a, b):\n    return a * b\n")
	if v, err := in.Call(ctx, "mul", "ab", 3); err != nil || v != "ababab" {
		t.Errorf("mul: %v %v", v, err)
	}
}

// TestCancel stops a tight loop through the context; finally blocks run and the
// interpreter stays usable.
func TestCancel(t *testing.T) {
	in, out := newInterp(t)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := in.Exec(ctx, "try:\n    while True:\n        pass\nfinally:\n    print('cleaned up')\n")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want DeadlineExceeded", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v to stop", d)
	}
	if out.String() != "cleaned up\n" {
		t.Errorf("output %q", out.String())
	}
	if v, err := in.Eval(context.Background(), "6 * 7"); err != nil || v != int64(42) {
		t.Errorf("after cancel: %v %v", v, err)
	}
	ctx, cancel = context.WithCancel(context.Background())
	cancel()
	if err := in.Exec(ctx, "x = 1"); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: %v", err)
	}
}

// TestConcurrentInterpreters runs interpreters on many goroutines at once (run it
// with -race): they share nothing mutable.
func TestConcurrentInterpreters(t *testing.T) {
	const n = 16
	src := `
import math
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"
def work(k):
    pts = [Point(i, i * k) for i in range(50)]
    d = {repr(p): math.hypot(p.x, p.y) for p in pts}
    s = {str(i) for i in range(100)}
    return len(d), round(sum(d.values()), 6), len(s), sorted(s)[:3], "-".join(map(str, range(k)))
`
	var wg sync.WaitGroup
	results := make([]any, n)
	errs := make([]error, n)
	for j := 0; j < n; j++ {
		wg.Add(1)
		go func(j int) {
			defer wg.Done()
			var out bytes.Buffer
			in, err := kaa.New(kaa.Options{Stdout: &out})
			if err != nil {
				errs[j] = err
				return
			}
			if errs[j] = in.Exec(context.Background(), src); errs[j] != nil {
				return
			}
			results[j], errs[j] = in.Call(context.Background(), "work", j%4+1)
		}(j)
	}
	wg.Wait()
	for j := 0; j < n; j++ {
		if errs[j] != nil {
			t.Fatalf("interpreter %d: %v", j, errs[j])
		}
		if !reflect.DeepEqual(results[j], results[j%4]) {
			t.Errorf("interpreter %d: %v, want %v", j, results[j], results[j%4])
		}
	}
}

// TestThreads runs Python threads in an embedded interpreter (under -race): they
// share a lock and a queue, keep running between the host's calls, and a
// cancelled context interrupts the main thread's join.
func TestThreads(t *testing.T) {
	ctx := context.Background()
	in, _ := newInterp(t)
	err := in.Exec(ctx, `
import threading, queue, time
lock = threading.Lock()
count = 0
q = queue.Queue()
def work():
    global count
    for i in range(2000):
        with lock:
            count += 1
    q.put(threading.get_ident())
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
`)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := in.Eval(ctx, "len({q.get() for _ in range(4)})"); err != nil || v != int64(4) {
		t.Fatalf("distinct idents = %v, %v", v, err)
	}
	if err := in.Exec(ctx, "for t in ts:\n    t.join()"); err != nil {
		t.Fatal(err)
	}
	if v, err := in.Eval(ctx, "count"); err != nil || v != int64(8000) {
		t.Fatalf("count = %v, %v", v, err)
	}
	if err := in.Exec(ctx, "sleeper = threading.Thread(target=time.sleep, args=(0.5,))\nsleeper.start()"); err != nil {
		t.Fatal(err)
	}
	cctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if err := in.Exec(cctx, "sleeper.join()"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("join under a cancelled context: %v", err)
	}
	if v, err := in.Eval(ctx, "sleeper.join() or sleeper.is_alive()"); err != nil || v != false {
		t.Fatalf("after the join: %v, %v", v, err)
	}
}

// TestCancelStubborn stops code that catches the interrupt and keeps running:
// after the grace period the abort passes every handler.
func TestCancelStubborn(t *testing.T) {
	in, _ := newInterp(t)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	src := "while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass\n"
	if err := in.Exec(ctx, src); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want DeadlineExceeded", err)
	}
	if v, err := in.Eval(context.Background(), "6 * 7"); err != nil || v != int64(42) {
		t.Errorf("after abort: %v %v", v, err)
	}
}
