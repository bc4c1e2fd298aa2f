package constant

import (
	"encoding/hex"
	"encoding/json"
	"math"
	"os"
	"strconv"
	"testing"
)

type reprCases struct {
	Floats  []struct{ Hex, Repr string }
	Complex []struct{ Re, Im, Repr string }
	Strs    []struct{ UTF8, Repr string }
	Bytes   []struct{ Hex, Repr string }
	Tuples  []struct{ Repr string }
}

// parseHexFloat reads Python's float.hex() output.
func parseHexFloat(t *testing.T, s string) float64 {
	switch s {
	case "inf":
		return math.Inf(1)
	case "-inf":
		return math.Inf(-1)
	case "nan":
		return math.NaN()
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("%s: %v", s, err)
	}
	return f
}

// TestRepr compares Repr with python3.13's repr() (testdata/repr.json, from gen_repr.py).
func TestRepr(t *testing.T) {
	data, err := os.ReadFile("testdata/repr.json")
	if err != nil {
		t.Fatal(err)
	}
	var c reprCases
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	check := func(v Value, want string) {
		t.Helper()
		if got := Repr(v); got != want {
			t.Errorf("Repr(%#v) = %s, want %s", v, got, want)
		}
	}
	for _, f := range c.Floats {
		check(Float(parseHexFloat(t, f.Hex)), f.Repr)
	}
	for _, z := range c.Complex {
		check(Complex(complex(parseHexFloat(t, z.Re), parseHexFloat(t, z.Im))), z.Repr)
	}
	for _, s := range c.Strs {
		b, _ := hex.DecodeString(s.UTF8)
		check(Str(b), s.Repr)
	}
	for _, b := range c.Bytes {
		raw, _ := hex.DecodeString(b.Hex)
		check(Bytes(raw), b.Repr)
	}
	tuples := []Value{Tuple{}, Tuple{NewInt(1)}, Tuple{NewInt(1), Str("a"), Tuple{Float(2.5), None, Ellipsis}}, Tuple{Bool(true), Bool(false)}}
	for i, tc := range c.Tuples {
		check(tuples[i], tc.Repr)
	}
}
