package modules

import (
	"testing"

	"github.com/kaa-python/kaa/py"
)

// TestModuleSignatures parses the signature of every module function declared
// with py.Func (Func parses them lazily, on first call): a malformed one panics here.
func TestModuleSignatures(t *testing.T) {
	n := 0
	for _, def := range Standard() {
		for _, md := range def.Methods {
			if md.Sig == "" {
				continue
			}
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("%s.%s: %v", def.Name, md.Name, r)
					}
				}()
				py.ParseSignature(md.Name, md.Sig)
				n++
			}()
		}
	}
	if n == 0 {
		t.Fatal("no signatures found")
	}
	t.Logf("%d signatures", n)
}
