package py

import (
	"runtime/debug"
	"testing"
)

func TestGCPolicy(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)
	in := NewInterp(Config{})
	if in.gcHeadroom != nil || debug.SetGCPercent(100) != 100 {
		t.Errorf("the zero GCPolicy changed the collector's settings")
	}
	in = NewInterp(Config{GC: GCPolicy{Percent: 150, Headroom: 1 << 20}})
	if len(in.gcHeadroom) != 1<<20 {
		t.Errorf("headroom: %d bytes, want %d", len(in.gcHeadroom), 1<<20)
	}
	if p := debug.SetGCPercent(100); p != 150 {
		t.Errorf("GC percent %d, want 150", p)
	}
	t.Setenv("GOGC", "300")
	in = NewInterp(Config{GC: DefaultGCPolicy()})
	if in.gcHeadroom != nil || debug.SetGCPercent(100) != 100 {
		t.Errorf("GOGC in the environment did not override the policy")
	}
}
