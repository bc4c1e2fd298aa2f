package py

import "testing"

// Attribute, method and global loads in Python loops: the paths the type cache
// (typecache.go) and the eval loop's inline caches (quicken.go) speed up. Each
// benchmark's op is one loop iteration; TestAttrNoAllocs holds them to zero
// allocations per iteration.

const attrProgram = `
class C:
    k = 7
    def __init__(self):
        self.a = 1
        self.x = 2
    def m(self):
        return self
class D(C):
    pass
class S:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1
        self.y = 2
G = 5
def attr(n):
    o = D()
    for i in range(n):
        o.x
def slot(n):
    o = S()
    for i in range(n):
        o.y
def classattr(n):
    o = D()
    for i in range(n):
        o.k
def method(n):
    o = D()
    for i in range(n):
        o.m()
def store(n):
    o = D()
    for i in range(n):
        o.x = i
def slotstore(n):
    o = S()
    for i in range(n):
        o.y = i
def glob(n):
    for i in range(n):
        G
def builtin(n):
    for i in range(n):
        len
def modattr(n):
    for i in range(n):
        M.v
`

var attrFuncNames = []string{"attr", "slot", "classattr", "method", "store", "slotstore", "glob", "builtin", "modattr"}

func attrFuncs(tb testing.TB) (*Thread, map[string]Value) {
	in := NewInterp(Config{})
	t := in.Main()
	code, err := CompileSource("<attr>", []byte(attrProgram), 0)
	if err != nil {
		tb.Fatal(FormatException(t, err))
	}
	mod := NewModule("attr")
	m := NewModule("m")
	m.hdr().dict.SetStr("v", Int(3))
	mod.hdr().dict.SetStr("M", m)
	if _, err := t.RunCode(code, mod); err != nil {
		tb.Fatal(FormatException(t, err))
	}
	fs := map[string]Value{}
	for _, n := range attrFuncNames {
		fs[n], _ = mod.hdr().dict.GetStr(n)
	}
	return t, fs
}

func TestAttrNoAllocs(t *testing.T) {
	th, fs := attrFuncs(t)
	for _, name := range attrFuncNames {
		fn := fs[name]
		args := []Value{Int(10)}
		if _, err := CallKw(th, fn, args, nil); err != nil {
			t.Fatal(FormatException(th, err))
		}
		small := testing.AllocsPerRun(20, func() { CallKw(th, fn, args, nil) })
		args[0] = Int(10000)
		big := testing.AllocsPerRun(20, func() { CallKw(th, fn, args, nil) })
		if big != small {
			t.Errorf("%s: %v allocations for 10 iterations, %v for 10000", name, small, big)
		}
	}
}

func benchAttr(b *testing.B, name string) {
	th, fs := attrFuncs(b)
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := CallKw(th, fs[name], []Value{Int(int64(b.N))}, nil); err != nil {
		b.Fatal(FormatException(th, err))
	}
}

// BenchmarkLoadAttrInstance is `o.x` for an attribute in the instance's dict.
func BenchmarkLoadAttrInstance(b *testing.B) { benchAttr(b, "attr") }

// BenchmarkLoadAttrSlot is `o.y` for a __slots__ attribute.
func BenchmarkLoadAttrSlot(b *testing.B) { benchAttr(b, "slot") }

// BenchmarkLoadAttrClass is `o.k` for a class attribute found on a base class.
func BenchmarkLoadAttrClass(b *testing.B) { benchAttr(b, "classattr") }

// BenchmarkMethodCall is `o.m()`, a method found on a base class.
func BenchmarkMethodCall(b *testing.B) { benchAttr(b, "method") }

// BenchmarkStoreAttrInstance is `o.x = i` for an attribute in the instance's dict.
func BenchmarkStoreAttrInstance(b *testing.B) { benchAttr(b, "store") }

// BenchmarkStoreAttrSlot is `o.y = i` for a __slots__ attribute.
func BenchmarkStoreAttrSlot(b *testing.B) { benchAttr(b, "slotstore") }

// BenchmarkLoadGlobal is a module global.
func BenchmarkLoadGlobal(b *testing.B) { benchAttr(b, "glob") }

// BenchmarkLoadBuiltin is a builtin (a global missed, then found in builtins).
func BenchmarkLoadBuiltin(b *testing.B) { benchAttr(b, "builtin") }

// BenchmarkLoadAttrModule is `M.v`, a module's attribute.
func BenchmarkLoadAttrModule(b *testing.B) { benchAttr(b, "modattr") }
