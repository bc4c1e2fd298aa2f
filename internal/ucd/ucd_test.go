package ucd

import "testing"

func TestSamples(t *testing.T) {
	if s, ok := Upper.Map('ß'); !ok || s != "SS" {
		t.Errorf("Upper.Map('ß') = %q, %v", s, ok)
	}
	if s, ok := Fold.Map('ß'); !ok || s != "ss" {
		t.Errorf("Fold.Map('ß') = %q, %v", s, ok)
	}
	if _, ok := Lower.Map('a'); ok {
		t.Errorf("Lower.Map('a') maps")
	}
	if s, ok := Title.Map('ǆ'); !ok || s != "ǅ" {
		t.Errorf("Title.Map('ǆ') = %q, %v", s, ok)
	}
	for _, c := range []struct {
		r              rune
		decimal, digit int
	}{{'7', 7, 7}, {'٣', 3, 3}, {'²', -1, 2}, {'①', -1, 1}, {'a', -1, -1}, {'½', -1, -1}} {
		if d := Decimal(c.r); d != c.decimal {
			t.Errorf("Decimal(%q) = %d, want %d", c.r, d, c.decimal)
		}
		if d := Digit(c.r); d != c.digit {
			t.Errorf("Digit(%q) = %d, want %d", c.r, d, c.digit)
		}
	}
	if !IsNumeric('½') || IsDigit('½') || !IsAlpha('ǅ') || !IsTitle('ǅ') || IsUpper('ǅ') {
		t.Errorf("properties of ½ or ǅ")
	}
	if IsPrintable('\u00a0') || !IsPrintable('é') || IsPrintable('\n') || !IsSpace('\u3000') {
		t.Errorf("printable/space")
	}
	if !IsIDStart('_') || IsIDStart('1') || !IsIDContinue('1') || !IsCaseIgnorable('\'') || !IsCased('a') {
		t.Errorf("identifier/case properties")
	}
}
