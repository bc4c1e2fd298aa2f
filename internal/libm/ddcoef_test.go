package libm

import (
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"
)

// ddCoefficients computes the series coefficients at 200 bits: fact[n] = 1/n!,
// inv[n] = 1/n, as double-doubles.
func ddCoefficients() (fact, inv [64]dd) {
	toDD := func(f *big.Float) dd {
		hi, _ := f.Float64()
		lo, _ := new(big.Float).SetPrec(200).Sub(f, new(big.Float).SetFloat64(hi)).Float64()
		return dd{hi, lo}
	}
	one := new(big.Float).SetPrec(200).SetInt64(1)
	f := new(big.Float).SetPrec(200).SetInt64(1)
	for n := 0; n < 64; n++ {
		if n > 0 {
			f.Mul(f, new(big.Float).SetInt64(int64(n)))
			inv[n] = toDD(new(big.Float).SetPrec(200).Quo(one, new(big.Float).SetInt64(int64(n))))
		}
		fact[n] = toDD(new(big.Float).SetPrec(200).Quo(one, f))
	}
	return
}

// TestDDCoefficients checks ddcoef_gen.go's tables against ddCoefficients;
// KAA_GEN_DDCOEF=1 rewrites the file.
func TestDDCoefficients(t *testing.T) {
	fact, inv := ddCoefficients()
	if os.Getenv("KAA_GEN_DDCOEF") != "" {
		g := func(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
		var b strings.Builder
		b.WriteString("// Code generated from ddCoefficients (ddcoef_test.go); DO NOT EDIT.\n\npackage libm\n\n")
		b.WriteString("// invFact[n] = 1/n! and invInt[n] = 1/n as double-doubles, computed at 200 bits\n// by ddCoefficients (TestDDCoefficients checks them).\n")
		for _, tab := range []struct {
			name string
			v    [64]dd
		}{{"invFact", fact}, {"invInt", inv}} {
			fmt.Fprintf(&b, "var %s = [64]dd{\n", tab.name)
			for _, d := range tab.v {
				fmt.Fprintf(&b, "\t{%s, %s},\n", g(d.hi), g(d.lo))
			}
			b.WriteString("}\n")
			if tab.name == "invFact" {
				b.WriteString("\n")
			}
		}
		if err := os.WriteFile("ddcoef_gen.go", []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if fact != invFact || inv != invInt {
		t.Fatal("ddcoef_gen.go is stale: run KAA_GEN_DDCOEF=1 go test ./internal/libm -run TestDDCoefficients")
	}
}
