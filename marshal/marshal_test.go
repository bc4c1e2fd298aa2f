package marshal

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/internal/pyref"
)

type cases struct {
	Dumps  []struct{ Repr, Hex string }
	Bad    []struct{ Hex, Type, Msg string }
	Hashes []struct{ Hex, Hash string }
}

func loadCases(t *testing.T) cases {
	data, err := os.ReadFile("testdata/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var c cases
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	return c
}

func unhex(t *testing.T, s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestRoundTrip reads what python3.13's marshal.dumps wrote and writes it back byte
// for byte with the trace; without the trace, the output must read back equal.
func TestRoundTrip(t *testing.T) {
	for _, c := range loadCases(t).Dumps {
		data := unhex(t, c.Hex)
		v, tr, err := Load(data)
		if err != nil {
			t.Errorf("%s: %v", c.Repr, err)
			continue
		}
		out, err := Dump(v, tr)
		if err != nil || !bytes.Equal(out, data) {
			t.Errorf("%s: re-marshalled %x (%v), want %x", c.Repr, out, err, data)
		}
		fresh, err := Dump(v, nil)
		if err != nil {
			t.Errorf("%s: fresh dump: %v", c.Repr, err)
			continue
		}
		v2, _, err := Load(fresh)
		if err != nil {
			t.Errorf("%s: reading fresh dump %x: %v", c.Repr, fresh, err)
			continue
		}
		again, _ := Dump(v2, nil)
		if !bytes.Equal(again, fresh) {
			t.Errorf("%s: fresh dump is not stable", c.Repr)
		}
	}
}

// TestBadData checks CPython's exception type and message for malformed input.
func TestBadData(t *testing.T) {
	for _, c := range loadCases(t).Bad {
		_, _, err := Load(unhex(t, c.Hex))
		if c.Type == "OK" {
			if err != nil {
				t.Errorf("%s: %v, want success", c.Hex, err)
			}
			continue
		}
		e, ok := err.(*Error)
		if !ok || e.Type != c.Type || e.Msg != c.Msg {
			t.Errorf("%s: got %v, want %s: %s", c.Hex, err, c.Type, c.Msg)
		}
	}
}

func TestSourceHash(t *testing.T) {
	for _, c := range loadCases(t).Hashes {
		h := HashHeader(unhex(t, c.Hex), true)
		if got := hex.EncodeToString(h.Hash[:]); got != c.Hash {
			t.Errorf("source_hash(%s) = %s, want %s", c.Hex, got, c.Hash)
		}
	}
}

// TestLibPycs has python3.13 compile all of its Lib, then reads every .pyc and
// re-marshals it byte for byte.
func TestLibPycs(t *testing.T) {
	py := pyref.Find()
	if py == "" {
		t.Skip("python3.13 not found: skipping the Lib .pyc round trip")
	}
	dir := t.TempDir()
	out, err := exec.Command(py, "testdata/compile_lib.py", dir).Output()
	if err != nil {
		t.Fatalf("compile_lib.py: %v", err)
	}
	n := len(strings.Split(strings.TrimSpace(string(out)), "\n"))
	files, _ := filepath.Glob(filepath.Join(dir, "*.pyc"))
	same, codes := 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		h, code, err := ReadPyc(f, data)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		codes += countCodes(code)
		_, tr, _ := Load(data[16:])
		body, err := Dump(code, tr)
		if err != nil || !bytes.Equal(append(h.Bytes(), body...), data) {
			t.Errorf("%s: not reproduced byte for byte (%v)", f, err)
			continue
		}
		// A fresh dump must load back to the same code, re-marshalled identically.
		fresh, err := WritePyc(h, code)
		if err != nil {
			t.Errorf("%s: fresh: %v", f, err)
			continue
		}
		_, code2, err := ReadPyc(f, fresh)
		if err != nil {
			t.Errorf("%s: reading fresh pyc: %v", f, err)
			continue
		}
		if again, _ := WritePyc(h, code2); !bytes.Equal(again, fresh) {
			t.Errorf("%s: fresh pyc does not round-trip", f)
			continue
		}
		same++
	}
	t.Logf("%d of %d .pyc files (of %d Lib sources compiled; %d code objects) re-marshalled byte for byte", same, len(files), n, codes)
	if same != len(files) || len(files) == 0 {
		t.Fail()
	}
}

func countCodes(c *bytecode.Code) int {
	n := 1
	for _, k := range c.Consts {
		if cc, ok := k.(*bytecode.Code); ok {
			n += countCodes(cc)
		}
	}
	return n
}

// FuzzLoad checks that no input makes Load panic or allocate without bound: it
// returns a value or an *Error.
func FuzzLoad(f *testing.F) {
	data, err := os.ReadFile("testdata/cases.json")
	if err == nil {
		var c cases
		if json.Unmarshal(data, &c) == nil {
			for _, d := range c.Dumps {
				b, _ := hex.DecodeString(d.Hex)
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, tr, err := Load(data)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error %T %v", err, err)
			}
			return
		}
		// Replaying the trace can fail for data CPython's marshal never writes (a dict
		// cut short by a NULL value loses its last key); it must not panic.
		Dump(v, tr)
		out, err := Dump(v, nil)
		if err != nil {
			t.Fatalf("fresh dump: %v", err)
		}
		if _, _, err := Load(out); err != nil {
			t.Fatalf("reading the fresh dump %x: %v", out, err)
		}
	})
}
