package datetime

import (
	"testing"

	"github.com/kaa-python/kaa/py"
)

func BenchmarkFromISO(b *testing.B) {
	t := py.NewInterp(py.Config{}).Main()
	types()
	s := py.NewStr("2001-02-03T04:05:06.000789")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := datetimeFromISO(t, datetimeType, s); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAdd(b *testing.B) {
	t := py.NewInterp(py.Config{}).Main()
	types()
	d := newDatetime(datetimeType, 2000, 1, 1, 0, 0, 0, 0, py.None(), 0)
	step := newDelta(0, 3600, 17)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := datetimeAdd(t, d, step); err != nil {
			b.Fatal(err)
		}
	}
}
