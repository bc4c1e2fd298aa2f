package hashes

import (
	"crypto/sha3"
	"sync"

	"github.com/kaa-python/kaa/py"
)

// The _sha3 algorithms: rate is the sponge's block size in bytes; suffix the
// domain-separation bits (SHA-3 0x06, SHAKE 0x1f).
var sha3Algs = []*algorithm{
	{name: "sha3_224", size: 28, block: 144, rate: 144, suffix: 0x06, fresh: func() state { return fixed{sha3.New224()} }},
	{name: "sha3_256", size: 32, block: 136, rate: 136, suffix: 0x06, fresh: func() state { return fixed{sha3.New256()} }},
	{name: "sha3_384", size: 48, block: 104, rate: 104, suffix: 0x06, fresh: func() state { return fixed{sha3.New384()} }},
	{name: "sha3_512", size: 64, block: 72, rate: 72, suffix: 0x06, fresh: func() state { return fixed{sha3.New512()} }},
	{name: "shake_128", size: 0, block: 168, rate: 168, suffix: 0x1f, fresh: func() state { return shake{sha3.NewSHAKE128(), sha3.NewSHAKE128} }},
	{name: "shake_256", size: 0, block: 136, rate: 136, suffix: 0x1f, fresh: func() state { return shake{sha3.NewSHAKE256(), sha3.NewSHAKE256} }},
}

var (
	sha3Once  sync.Once
	sha3Types []*py.Type
)

// sha3Type is one of _sha3's types, created by calling it: (data=b”, /, *,
// usedforsecurity=True).
func sha3Type(alg *algorithm) *py.Type {
	sig := py.ParseSignature(alg.name, "data=b'', /, *, usedforsecurity=True")
	methods := append(commonMethods(alg.name, alg.size == 0), keccakMethods()...)
	return py.NewType(&py.TypeDef{
		Name:    "_sha3." + alg.name,
		Final:   true,
		Methods: methods,
		New: func(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
			var a [2]py.Value
			if err := sig.Bind(args, kwnames, a[:]); err != nil {
				return py.Value{}, err
			}
			return newDigest(t, typ, alg, alg.fresh(), a[0])
		},
	})
}

// SHA3Def is the _sha3 module.
var SHA3Def = &py.ModuleDef{Name: "_sha3", Exec: func(t *py.Thread, m *py.Module) *py.Exception {
	sha3Once.Do(func() {
		for _, alg := range sha3Algs {
			sha3Types = append(sha3Types, sha3Type(alg))
		}
	})
	for i, alg := range sha3Algs {
		m.Set(alg.name, py.TypeValue(sha3Types[i]))
	}
	m.Set("implementation", py.NewStr("Go"))
	return nil
}}
