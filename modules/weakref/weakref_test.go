package weakref_test

import (
	"bytes"
	"context"
	"io"
	"runtime"
	"sync"
	"testing"
	"weak"

	"github.com/kaa-python/kaa"
	"github.com/kaa-python/kaa/modules"
	"github.com/kaa-python/kaa/py"
)

// Interpreters that make weak references and finalizable objects while others do
// the same: the collector's goroutines only queue work, each interpreter runs its
// own callbacks (go test -race).
func TestConcurrentFinalizers(t *testing.T) {
	src := `
import gc, _weakref
log = []
class Obj:
    def __del__(self): log.append('del')
def work(n):
    log.clear()
    objs = [Obj() for _ in range(n)]
    refs = [_weakref.ref(o, lambda r: log.append('cb')) for o in objs]
    del objs
    for _ in range(3):
        gc.collect()
    return log.count('del'), log.count('cb'), sum(r() is None for r in refs)
`
	const n = 6
	var wg sync.WaitGroup
	errs := make([]error, n)
	res := make([]any, n)
	for j := range n {
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
			res[j], errs[j] = in.Call(context.Background(), "work", 50)
		}(j)
	}
	wg.Wait()
	for j := range n {
		if errs[j] != nil {
			t.Fatalf("interpreter %d: %v", j, errs[j])
		}
		got, ok := res[j].([]any)
		if !ok || len(got) != 3 || got[0] != int64(50) || got[1] != int64(50) || got[2] != int64(50) {
			t.Errorf("interpreter %d: %v, want [50 50 50]", j, res[j])
		}
	}
}

// An interpreter whose code made weak references to builtin types (shared by all
// interpreters, never collected) must still be collected once dropped.
func TestInterpreterCollected(t *testing.T) {
	for _, src := range []string{
		"x = 1\n",
		"import _weakref\nclass C: pass\nr = _weakref.ref(C)\n",
		"import _weakref\nr = _weakref.ref(int)\n",
		"import _weakref\nrefs = [_weakref.ref(int), _weakref.ref(str, print), _weakref.ref(len)]\n",
		"class D:\n    def __del__(self): pass\nd = [D(), D()]\n",
		"def g():\n    try:\n        yield 1\n    finally:\n        pass\nx = g()\nnext(x)\n",
	} {
		var dead []weak.Pointer[py.Interp]
		for range 3 {
			in := py.NewInterp(py.Config{Stdout: io.Discard, Stderr: io.Discard, Modules: modules.Standard()})
			if exc := in.Main().RunMain("<test>", []byte(src)); exc != nil {
				t.Fatal(exc)
			}
			dead = append(dead, weak.Make(in))
		}
		for range 5 {
			runtime.GC()
		}
		n := 0
		for _, w := range dead {
			if w.Value() != nil {
				n++
			}
		}
		if n > 1 { // the collector may keep one back (a stack slot)
			t.Errorf("%q: %d of %d dropped interpreters are still alive", src, n, len(dead))
		}
	}
}
