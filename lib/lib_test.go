package lib

import (
	"bytes"
	"io/fs"
	"os"
	"testing"

	"github.com/kaa-python/kaa/lib/internal/build"
)

// TestCurrent compiles the library again and fails if the committed archive or
// embed_gen.go differ from what the compiler makes now.
func TestCurrent(t *testing.T) {
	if magic != build.Magic {
		t.Fatalf("lib's magic %q is not build.Magic %q", magic, build.Magic)
	}
	archive, embedGo, err := build.Build(os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		name string
		want []byte
	}{{"lib.code", archive}, {"embed_gen.go", embedGo}} {
		got, err := os.ReadFile(f.name)
		if err != nil || !bytes.Equal(got, f.want) {
			t.Errorf("lib/%s is not current (sources or the compiler changed): run `go generate ./lib` and commit the result", f.name)
		}
	}
}

// TestCode checks that every source has current precompiled code.
func TestCode(t *testing.T) {
	names, err := build.Sources(os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	if len(names) == 0 {
		t.Fatal("no sources")
	}
	for _, n := range names {
		if Files.Code(n) == nil {
			t.Errorf("%s: no precompiled code", n)
		}
		if _, err := fs.Stat(Files, n); err != nil {
			t.Errorf("%s: %v", n, err)
		}
	}
	if Files.Code("nosuch.py") != nil {
		t.Error("code for a file that is not there")
	}
}
