package weakref_test

import (
	"context"
	"testing"

	"github.com/kaa-python/kaa"
)

func BenchmarkRefs(b *testing.B) {
	in, err := kaa.New(kaa.Options{})
	if err != nil {
		b.Fatal(err)
	}
	if err := in.Exec(context.Background(), "import _weakref\nclass O: pass\ndef run(n):\n    for i in range(n):\n        o = O()\n        r = _weakref.ref(o)\n"); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	if _, err := in.Call(context.Background(), "run", b.N); err != nil {
		b.Fatal(err)
	}
}
