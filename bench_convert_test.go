package kaa_test

import (
	"context"
	"testing"

	"github.com/kaa-python/kaa"
)

// BenchmarkGoFuncCall calls a Go func from a Python loop: the cost of one call
// with its conversions.
func BenchmarkGoFuncCall(b *testing.B) {
	in, _ := newInterpB(b)
	in.Set("add", func(a, c int) int { return a + c })
	in.Set("n", b.N)
	b.ResetTimer()
	if err := in.Exec(context.Background(), "s = 0\nfor i in range(n):\n    s = add(s, 1)\n"); err != nil {
		b.Fatal(err)
	}
}

func newInterpB(b *testing.B) (*kaa.Interp, error) {
	return kaa.New(kaa.Options{})
}
