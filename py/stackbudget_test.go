package py

import "testing"

// The recursion budget: Go's stacks are powers of two under the limit, the limit
// is capped at 2*10^9, and the kaa command's setting must leave room for the
// million plain calls sys.setrecursionlimit(10**6) allows in CPython.
func TestGoStackBudget(t *testing.T) {
	for _, c := range []struct{ max, usable int64 }{
		{0, 512 << 20}, {1_000_000_000, 512 << 20}, {2_000_000_000, 1 << 30},
		{8_000_000_000, 1 << 30}, {64 << 20, 64 << 20}, {100 << 20, 64 << 20},
	} {
		if got := usableGoStack(c.max); got != c.usable {
			t.Errorf("usableGoStack(%d) = %d, want %d", c.max, got, c.usable)
		}
	}
	if n := goStackBudget(2_000_000_000) / stackPerCall; n < 1_000_000 {
		t.Errorf("the kaa command's stack allows %d plain calls, want a million", n)
	}
	if n := goStackBudget(0) / stackPerCall; n < 400_000 {
		t.Errorf("Go's default stack allows %d plain calls", n)
	}
	// A tiny limit still allows CPython's default recursion limit.
	if n := goStackBudget(1<<20) / stackPerCall; n < 1000 {
		t.Errorf("a 1 MB stack allows %d calls", n)
	}
}
