// Package hashes is the family of built-in message-digest modules behind
// hashlib: _md5, _sha1, _sha2, _sha3 and _blake2. Each digest object wraps a
// running hash state; updates of large buffers run with the interpreter lock
// released, as CPython's do, so a per-object lock keeps them apart.
package hashes

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding/hex"
	"hash"
	"sync"

	"github.com/kaa-python/kaa/py"
)

// state is a running digest: a fixed-size hash, or an extendable-output one
// (SHAKE) whose digest length the caller gives.
type state interface {
	Write(p []byte) (int, error)
	// sum returns the digest of what was written, leaving the state as it is.
	sum(n int) []byte
	clone() state
}

type fixed struct{ h hash.Hash }

func (f fixed) Write(p []byte) (int, error) { return f.h.Write(p) }
func (f fixed) sum(int) []byte              { return f.h.Sum(nil) }
func (f fixed) clone() state {
	c, err := f.h.(hash.Cloner).Clone()
	if err != nil {
		panic(err) // the standard library's hashes always clone
	}
	return fixed{c}
}

// shake is a SHAKE state; fresh makes an empty one of the same variant (its
// saved state restores only into that variant).
type shake struct {
	x     *sha3.SHAKE
	fresh func() *sha3.SHAKE
}

func (s shake) Write(p []byte) (int, error) { return s.x.Write(p) }
func (s shake) sum(n int) []byte {
	out := make([]byte, n)
	s.clone().(shake).x.Read(out)
	return out
}
func (s shake) clone() state {
	b, err := s.x.MarshalBinary()
	if err != nil {
		panic(err)
	}
	c := s.fresh()
	if err := c.UnmarshalBinary(b); err != nil {
		panic(err)
	}
	return shake{c, s.fresh}
}

// algorithm describes one digest: its hashlib name, sizes, and a fresh state.
type algorithm struct {
	name        string
	size, block int
	fresh       func() state
	// Keccak's parameters, shown by the _sha3 objects.
	rate   int
	suffix byte
}

func plain(f func() hash.Hash) func() state { return func() state { return fixed{f()} } }

// digest is a hash object of any of the modules.
type digest struct {
	py.Header
	alg *algorithm
	mu  sync.Mutex
	st  state
}

func of(v py.Value) *digest { return py.Object[digest](v) }

// lock takes d's lock; when another thread holds it (updating with the
// interpreter lock released) it waits without the interpreter lock, so that no
// one ever blocks on d.mu while holding the interpreter lock.
func (d *digest) lock(t *py.Thread) {
	if !d.mu.TryLock() {
		t.Release()
		d.mu.Lock()
		t.Acquire()
	}
}

// bigUpdate is the size from which an update releases the interpreter lock.
const bigUpdate = 64 << 10

func (d *digest) update(t *py.Thread, data []byte) {
	d.lock(t)
	if len(data) < bigUpdate {
		d.st.Write(data)
		d.mu.Unlock()
		return
	}
	t.Release()
	d.st.Write(data)
	d.mu.Unlock()
	t.Acquire()
}

func (d *digest) sum(t *py.Thread, n int) []byte {
	d.lock(t)
	defer d.mu.Unlock()
	return d.st.sum(n)
}

// bufferArg is the data of update() and the constructors: a bytes-like object.
func bufferArg(v py.Value) ([]byte, *py.Exception) {
	if _, ok := py.AsStr(v); ok {
		return nil, py.Errorf(py.TypeError(), "Strings must be encoded before hashing")
	}
	b, ok := py.AsBuffer(v)
	if !ok {
		return nil, py.Errorf(py.TypeError(), "object supporting the buffer API required")
	}
	return b, nil
}

// newDigest makes a digest object of typ fed with data (zero: none).
func newDigest(t *py.Thread, typ *py.Type, alg *algorithm, st state, data py.Value) (py.Value, *py.Exception) {
	d := &digest{alg: alg, st: st}
	if !data.IsNil() {
		b, err := bufferArg(data)
		if err != nil {
			return py.Value{}, err
		}
		d.update(t, b)
	}
	return py.NewObject(&d.Header, typ), nil
}

// commonMethods are every digest object's methods; length-taking digest and
// hexdigest for the extendable-output ones.
func commonMethods(typeName string, xof bool) []*py.MethodDef {
	ms := []*py.MethodDef{
		py.FuncO(typeName+".update", func(t *py.Thread, self, data py.Value) (py.Value, *py.Exception) {
			b, err := bufferArg(data)
			if err != nil {
				return py.Value{}, err
			}
			of(self).update(t, b)
			return py.None(), nil
		}),
		py.FuncNoArgs(typeName+".copy", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			d := of(self)
			d.lock(t)
			c := &digest{alg: d.alg, st: d.st.clone()}
			d.mu.Unlock()
			return py.NewObject(&c.Header, self.Type()), nil
		}),
		py.GetSetDef("name", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.NewStr(of(self).alg.name), nil
		}, nil),
		py.GetSetDef("digest_size", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Int(int64(of(self).alg.size)), nil
		}, nil),
		py.GetSetDef("block_size", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Int(int64(of(self).alg.block)), nil
		}, nil),
	}
	if !xof {
		return append(ms,
			py.FuncNoArgs(typeName+".digest", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
				d := of(self)
				return py.NewBytes(d.sum(t, d.alg.size)), nil
			}),
			py.FuncNoArgs(typeName+".hexdigest", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
				d := of(self)
				return py.NewStr(hex.EncodeToString(d.sum(t, d.alg.size))), nil
			}))
	}
	xofLen := func(t *py.Thread, v py.Value) (int, *py.Exception) {
		n, err := py.IndexInt(t, v, py.OverflowError())
		if err != nil {
			return 0, err
		}
		if n < 0 {
			return 0, py.Errorf(py.ValueError(), "value must be positive")
		}
		if n >= 1<<29 {
			return 0, py.Errorf(py.ValueError(), "length is too large")
		}
		return int(n), nil
	}
	return append(ms,
		py.FuncO(typeName+".digest", func(t *py.Thread, self, length py.Value) (py.Value, *py.Exception) {
			n, err := xofLen(t, length)
			if err != nil {
				return py.Value{}, err
			}
			return py.NewBytes(of(self).sum(t, n)), nil
		}),
		py.FuncO(typeName+".hexdigest", func(t *py.Thread, self, length py.Value) (py.Value, *py.Exception) {
			n, err := xofLen(t, length)
			if err != nil {
				return py.Value{}, err
			}
			return py.NewStr(hex.EncodeToString(of(self).sum(t, n))), nil
		}))
}

// keccakMethods are the _sha3 objects' private parameters.
func keccakMethods() []*py.MethodDef {
	return []*py.MethodDef{
		py.GetSetDef("_capacity_bits", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Int(int64(1600 - of(self).alg.rate*8)), nil
		}, nil),
		py.GetSetDef("_rate_bits", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Int(int64(of(self).alg.rate * 8)), nil
		}, nil),
		py.GetSetDef("_suffix", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.NewBytes([]byte{of(self).alg.suffix}), nil
		}, nil),
	}
}

// The algorithms of _md5, _sha1 and _sha2.
var (
	md5Alg    = &algorithm{name: "md5", size: 16, block: 64, fresh: plain(md5.New)}
	sha1Alg   = &algorithm{name: "sha1", size: 20, block: 64, fresh: plain(sha1.New)}
	sha224Alg = &algorithm{name: "sha224", size: 28, block: 64, fresh: plain(sha256.New224)}
	sha256Alg = &algorithm{name: "sha256", size: 32, block: 64, fresh: plain(sha256.New)}
	sha384Alg = &algorithm{name: "sha384", size: 48, block: 128, fresh: plain(sha512.New384)}
	sha512Alg = &algorithm{name: "sha512", size: 64, block: 128, fresh: plain(sha512.New)}
)

// constructor is the module function of a classic digest: name(string=b”, *,
// usedforsecurity=True), making an object of typ.
func constructor(alg *algorithm, typ func() *py.Type) *py.MethodDef {
	return py.Func(alg.name, "string=b'', *, usedforsecurity=True", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return newDigest(t, typ(), alg, alg.fresh(), a[0])
	})
}

// classicType makes the object type of _md5, _sha1 or _sha2 (not creatable
// from Python: the module function makes them).
func classicType(qualname string) *py.Type {
	return py.NewType(&py.TypeDef{Name: qualname, Final: true, Methods: commonMethods(qualname[indexDot(qualname):], false)})
}

func indexDot(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return i + 1
		}
	}
	return 0
}

// classic is a module holding digest types made at first use.
type classic struct {
	once  sync.Once
	types []*py.Type
}

func (c *classic) get(names []string) []*py.Type {
	c.once.Do(func() {
		for _, n := range names {
			c.types = append(c.types, classicType(n))
		}
	})
	return c.types
}

var md5Types, sha1Types, sha2Types classic

// classicModule builds the Def of a module of classic digests: each algorithm
// with its type's attribute name and qualified name.
func classicModule(name, doc string, c *classic, algs []*algorithm, attrs, qualnames []string) *py.ModuleDef {
	var methods []*py.MethodDef
	for i, alg := range algs {
		i := i
		methods = append(methods, constructor(alg, func() *py.Type { return c.get(qualnames)[i] }))
	}
	return &py.ModuleDef{Name: name, Doc: doc, Methods: methods, Exec: func(t *py.Thread, m *py.Module) *py.Exception {
		for i, typ := range c.get(qualnames) {
			m.Set(attrs[i], py.TypeValue(typ))
		}
		return nil
	}}
}

// MD5Def is the _md5 module.
var MD5Def = classicModule("_md5", "", &md5Types, []*algorithm{md5Alg}, []string{"MD5Type"}, []string{"_md5.md5"})

// SHA1Def is the _sha1 module.
var SHA1Def = classicModule("_sha1", "", &sha1Types, []*algorithm{sha1Alg}, []string{"SHA1Type"}, []string{"_sha1.sha1"})

// SHA2Def is the _sha2 module.
var SHA2Def = classicModule("_sha2", "", &sha2Types,
	[]*algorithm{sha224Alg, sha256Alg, sha384Alg, sha512Alg},
	[]string{"SHA224Type", "SHA256Type", "SHA384Type", "SHA512Type"},
	[]string{"_sha2.SHA224Type", "_sha2.SHA256Type", "_sha2.SHA384Type", "_sha2.SHA512Type"})
