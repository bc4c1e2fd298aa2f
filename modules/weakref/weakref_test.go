package weakref_test

import (
	"bytes"
	"context"
	"sync"
	"testing"

	"github.com/kaa-python/kaa"
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
