package py

import (
	"bytes"
	"strings"
	"testing"
)

// A Go panic inside a builtin becomes SystemError raised at the calling
// instruction, so the program's own try statement catches it and goes on.
func TestPanicBecomesCatchableSystemError(t *testing.T) {
	var out bytes.Buffer
	boom := &ModuleDef{Name: "boom", Methods: []*MethodDef{FuncNoArgs("boom", func(t *Thread, _ Value) (Value, *Exception) {
		var s []int
		return Int(int64(s[3])), nil // index out of range
	})}}
	in := NewInterp(Config{Stdout: &out, Modules: []*ModuleDef{boom}})
	th := in.Main()
	src := `
import boom
try:
    boom.boom()
except SystemError as e:
    print('caught:', 'Kaa internal error' in str(e))
def f():
    for i in range(3):
        try:
            boom.boom()
        except SystemError:
            pass
    return 'survived'
print(f())
boom.boom()
`
	err := th.runMain("<test>", []byte(src))
	in.Flush()
	if err == nil || !err.Matches(systemError) {
		t.Fatalf("uncaught panic: got %v, want SystemError", err)
	}
	if got, want := out.String(), "caught: True\nsurvived\n"; got != want {
		t.Errorf("output %q, want %q", got, want)
	}
	if !strings.Contains(FormatException(th, err), "index out of range") {
		t.Errorf("traceback lacks the Go error: %s", FormatException(th, err))
	}
}
