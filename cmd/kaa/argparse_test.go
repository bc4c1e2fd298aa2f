package main

import "testing"

// The cases are argparse's _negative_number_matcher on python3.13:
// [bool(p._negative_number_matcher.match(s)) for s in ...].
func TestIsNegNumber(t *testing.T) {
	for arg, want := range map[string]bool{
		"-1": true, "-12": true, "-.5": true, "-1.5": true, "-١٢": true,
		"-": false, "-x": false, "-1.": false, "-.": false, "--1": false,
		"1": false, "-1.5.2": false, "-1e5": false, "- 1": false,
	} {
		if got := isNegNumber(arg); got != want {
			t.Errorf("isNegNumber(%q) = %v, want %v", arg, got, want)
		}
	}
}
