package scanner

import (
	"testing"

	"github.com/kaa-python/kaa/syntax/token"
)

// FuzzScanner checks that no input makes the scanner panic or loop: every input ends
// in ENDMARKER or an error, within a number of tokens bounded by its length.
func FuzzScanner(f *testing.F) {
	for _, s := range []string{
		"x = 1\n", "def f(a, *, b=2):\n    return a\n", "f'{x!r:>{w}} {y=}'", "'''abc\n", "0x_1f 1e-5 3j 0o17",
		"if x:\n\ty\n        z\n", "(\n[\n{", "b'\\x00' rb'\\d' u'\\N{DASH}'", "f'{f\"{1}\"}'", "\\\n", "# type: int\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := Decode("fuzz.py", data)
		if err != nil {
			return
		}
		s := New("fuzz.py", text, TypeComments)
		for i := 0; i < 4*len(text)+16; i++ {
			tok, err := s.Next()
			if err != nil {
				return
			}
			if tok.Kind == token.STRING {
				s.DecodeString(tok)
			}
			if tok.Kind == token.NUMBER {
				ParseNumber(tok.Text)
			}
			if tok.Kind == token.ENDMARKER {
				return
			}
		}
		t.Fatalf("no ENDMARKER after %d tokens for %q", 4*len(text)+16, text)
	})
}
