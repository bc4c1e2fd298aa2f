package bytecode_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/internal/pyref"
	"github.com/kaa-python/kaa/marshal"
)

var (
	addrRe      = regexp.MustCompile(` at 0x[0-9a-f]+`)
	frozensetRe = regexp.MustCompile(`frozenset\(\{([^{}]*)\}\)`)
)

// normalize masks code object addresses and sorts frozenset elements, whose order
// depends on CPython's hash randomisation.
func normalize(s string) string {
	s = addrRe.ReplaceAllString(s, " at 0x?")
	return frozensetRe.ReplaceAllStringFunc(s, func(m string) string {
		inner := frozensetRe.FindStringSubmatch(m)[1]
		parts := strings.Split(inner, ", ")
		sort.Strings(parts)
		return "frozenset({" + strings.Join(parts, ", ") + "})"
	})
}

// TestDisLib disassembles code objects python3.13 compiled from a sample of its Lib
// and compares with python3.13's dis.dis text, code object by code object.
func TestDisLib(t *testing.T) {
	py := pyref.Find()
	if py == "" {
		t.Skip("python3.13 not found: skipping the dis comparison")
	}
	step := "7"
	if testing.Short() {
		step = "50"
	}
	if s := os.Getenv("KAA_DIS_STEP"); s != "" {
		step = s // KAA_DIS_STEP=1 compares every Lib file
	}
	dir := t.TempDir()
	if out, err := exec.Command(py, "testdata/dis_lib.py", dir, step).CombinedOutput(); err != nil {
		t.Fatalf("dis_lib.py: %v\n%s", err, out)
	}
	bins, _ := filepath.Glob(filepath.Join(dir, "*.bin"))
	same, total, shown := 0, 0, 0
	for _, f := range bins {
		data, _ := os.ReadFile(f)
		want, _ := os.ReadFile(strings.TrimSuffix(f, ".bin") + ".dis")
		v, _, err := marshal.Load(data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		var b strings.Builder
		bytecode.Dis(&b, v.(*bytecode.Code))
		g := strings.Split(normalize(b.String()), "\nDisassembly of ")
		w := strings.Split(normalize(string(want)), "\nDisassembly of ")
		total += len(w)
		for i := range w {
			if i < len(g) && g[i] == w[i] {
				same++
				continue
			}
			if shown < 5 {
				shown++
				t.Errorf("%s, code object %d differs:%s", f, i, diffLine(g, w, i))
			}
		}
	}
	t.Logf("dis: %d identical of %d code objects (%d files)", same, total, len(bins))
}

func diffLine(g, w []string, i int) string {
	if i >= len(g) {
		return " missing"
	}
	gl, wl := strings.Split(g[i], "\n"), strings.Split(w[i], "\n")
	for k := 0; k < len(gl) && k < len(wl); k++ {
		if gl[k] != wl[k] {
			return "\n got  " + gl[k] + "\n want " + wl[k]
		}
	}
	return " (lengths differ)"
}
