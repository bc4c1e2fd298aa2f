package kaa_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/kaa-python/kaa"
)

// BenchmarkNew is the cost of a fresh interpreter (go test -bench New -benchmem):
// its start time and the memory it allocates.
func BenchmarkNew(b *testing.B) {
	for range b.N {
		if _, err := kaa.New(kaa.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewSandboxFirstEval is a fresh sandboxed interpreter with limits
// evaluating one expression, as examples/embed/expr does per request.
func BenchmarkNewSandboxFirstEval(b *testing.B) {
	for range b.N {
		in, err := kaa.New(kaa.Options{Sandbox: true, MaxSteps: 1e6, MaxMemory: 32 << 20})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := in.Eval(context.Background(), "sum(range(100))"); err != nil {
			b.Fatal(err)
		}
	}
}

const workload = "def fib(n):\n    return n if n < 2 else fib(n-1) + fib(n-2)\nr = fib(20)"

// BenchmarkThroughput runs the same CPU-bound program on N interpreters on N
// goroutines at once; ns/op is the time for each of the N to run it once.
func BenchmarkThroughput(b *testing.B) {
	for _, n := range []int{1, 2} {
		b.Run(fmt.Sprintf("N=%d", n), func(b *testing.B) {
			ins := make([]*kaa.Interp, n)
			for j := range ins {
				in, err := kaa.New(kaa.Options{})
				if err != nil {
					b.Fatal(err)
				}
				ins[j] = in
			}
			b.ResetTimer()
			for range b.N {
				var wg sync.WaitGroup
				for _, in := range ins {
					wg.Add(1)
					go func() {
						defer wg.Done()
						if err := in.Exec(context.Background(), workload); err != nil {
							b.Error(err)
						}
					}()
				}
				wg.Wait()
			}
		})
	}
}
