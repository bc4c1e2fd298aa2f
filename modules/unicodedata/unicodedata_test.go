package unicodedata

import (
	"bytes"
	"os"
	osexec "os/exec"
	"path/filepath"
	"testing"

	"github.com/kaa-python/kaa/internal/pyref"
)

// TestGenerated regenerates the tables into a temporary directory and checks
// that the committed ones are current (the generator writes its files itself,
// so internal/gencheck leaves them to this test).
func TestGenerated(t *testing.T) {
	py := pyref.Find()
	if py == "" {
		t.Skip("python3.13 not found")
	}
	dir := t.TempDir()
	out, err := osexec.Command(py, "gen_tables.py", dir).CombinedOutput()
	if err != nil {
		t.Fatalf("gen_tables.py: %v\n%s", err, out)
	}
	for _, f := range []string{"tables_gen.go", "names.bin"} {
		want, _ := os.ReadFile(f)
		got, _ := os.ReadFile(filepath.Join(dir, f))
		if !bytes.Equal(want, got) {
			t.Errorf("%s differs from what gen_tables.py writes now: run go generate ./modules/unicodedata", f)
		}
	}
}

func TestNames(t *testing.T) {
	for r, want := range map[rune]string{0x41: "LATIN CAPITAL LETTER A", 0xAC01: "HANGUL SYLLABLE GAG",
		0x4E00: "CJK UNIFIED IDEOGRAPH-4E00", 0x1F600: "GRINNING FACE"} {
		if got, ok := charName(r); !ok || got != want {
			t.Errorf("name(%#x) = %q, want %q", r, got, want)
		}
		if got, ok := lookup(want, false); !ok || got != string(r) {
			t.Errorf("lookup(%q) = %q", want, got)
		}
	}
}
