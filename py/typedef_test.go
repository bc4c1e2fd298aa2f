package py

import (
	"bytes"
	"testing"
)

type counter struct {
	Header
	n int64
}

func newCounterType() *Type {
	return NewType(&TypeDef{
		Name: "demo.Counter",
		Doc:  "A counter.",
		New: func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *Exception) {
			return NewObject(&(&counter{}).Header, typ), nil
		},
		Methods: []*MethodDef{
			Func("add", "n=1, /", func(t *Thread, self Value, args []Value) (Value, *Exception) {
				n, err := IndexInt(t, args[0], nil)
				if err != nil {
					return Value{}, err
				}
				Object[counter](self).n += n
				return Int(Object[counter](self).n), nil
			}),
			GetSetDef("value", func(t *Thread, self Value) (Value, *Exception) { return Int(Object[counter](self).n), nil }, nil),
		},
		Repr: func(t *Thread, self Value) (Value, *Exception) {
			r, err := Repr(t, Int(Object[counter](self).n))
			return NewStr("Counter(" + r + ")"), err
		},
	})
}

// TestNativeType builds a module with a native type and an exception class through
// the exported API and uses them from Python, subclassing included.
func TestNativeType(t *testing.T) {
	// Made here rather than as package variables: py's own init functions, which
	// finish the builtin types, run after package variables are initialised (a
	// module package, which imports py, can make its types at initialisation).
	counterType := newCounterType()
	demoError := NewExceptionType("demo.error", osErrorExc, "Demo errors.")
	def := &ModuleDef{Name: "demo", Doc: "Demo module.", Exec: func(t *Thread, m *Module) *Exception {
		m.Set("Counter", TypeValue(counterType))
		m.Set("error", TypeValue(demoError))
		return nil
	}}
	var out bytes.Buffer
	in := NewInterp(Config{Stdout: &out, Modules: []*ModuleDef{def}})
	th := in.Main()
	src := `
import demo
c = demo.Counter()
c.add(); c.add(5)
print(c, c.value, type(c).__module__, demo.Counter.__doc__, demo.__doc__)
class Sub(demo.Counter):
    def add(self, n=1):
        return super().add(n * 10)
s = Sub(); s.add(2); s.extra = 1
print(s, s.extra, isinstance(s, demo.Counter))
try:
    c.add(1, 2)
except TypeError as e:
    print(e)
try:
    raise demo.error(2, 'boom')
except OSError as e:
    print(type(e).__name__, type(e).__module__, e.errno, e)
`
	if err := th.runMain("<test>", []byte(src)); err != nil {
		t.Fatal(FormatException(th, err))
	}
	in.Flush()
	want := "Counter(6) 6 demo A counter. Demo module.\nCounter(20) 1 True\nadd expected at most 1 argument, got 2\nerror demo 2 [Errno 2] boom\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}
