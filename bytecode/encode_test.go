package bytecode_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/internal/pyref"
	"github.com/kaa-python/kaa/marshal"
)

// TestEncodeTables re-encodes the location and exception tables of every code object
// python3.13 compiles from its Lib and requires CPython's bytes exactly.
func TestEncodeTables(t *testing.T) {
	py := pyref.Find()
	if py == "" {
		t.Skip("python3.13 not found: skipping the table round trip")
	}
	dir := t.TempDir()
	if out, err := exec.Command(py, "../marshal/testdata/compile_lib.py", dir).CombinedOutput(); err != nil {
		t.Fatalf("compile_lib.py: %v\n%s", err, out)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.pyc"))
	lines, excs, total := 0, 0, 0
	var walk func(c *bytecode.Code)
	walk = func(c *bytecode.Code) {
		total++
		if got := bytecode.EncodeLocations(bytecode.Positions(c), c.FirstLineNo); bytes.Equal(got, c.LineTable) {
			lines++
		} else if total-lines <= 3 {
			t.Errorf("%s (%s line %d): location table\n got  %x\n want %x", c.QualName, c.Filename, c.FirstLineNo, got, c.LineTable)
		}
		if got := bytecode.EncodeExceptionTable(bytecode.ExceptionTable(c)); bytes.Equal(got, c.ExceptionTable) {
			excs++
		} else if total-excs <= 3 {
			t.Errorf("%s: exception table\n got  %x\n want %x", c.QualName, got, c.ExceptionTable)
		}
		for _, k := range c.Consts {
			if cc, ok := k.(*bytecode.Code); ok {
				walk(cc)
			}
		}
	}
	for _, f := range files {
		data, _ := os.ReadFile(f)
		_, code, err := marshal.ReadPyc(f, data)
		if err != nil {
			t.Fatal(err)
		}
		walk(code)
	}
	t.Logf("re-encoded identically: location tables %d of %d, exception tables %d of %d code objects", lines, total, excs, total)
}
