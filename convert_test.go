package kaa_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kaa-python/kaa"
)

type Inner struct {
	Tag string
}

type Point struct {
	X, Y   int
	Label  string `py:"label"`
	Secret string `py:"-"`
	hidden int
	Inner
	Next *Point
}

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (p Point) Sum() int         { return p.X + p.Y }
func (p *Point) Fail() error     { return errors.New("point failed") }
func (p *Point) Pair() (int, string, error) {
	return p.X, p.Label, nil
}

// pyCheck runs src and fails the test unless every line it prints is "ok".
func mustExec(t *testing.T, in *kaa.Interp, src string) {
	t.Helper()
	if err := in.Exec(context.Background(), src); err != nil {
		t.Fatalf("%v\n%s", err, tracebackOf(err))
	}
}

func tracebackOf(err error) string {
	var pe *kaa.Error
	if errors.As(err, &pe) {
		return pe.Traceback
	}
	return ""
}

func pyErrType(err error) string {
	var pe *kaa.Error
	if errors.As(err, &pe) {
		return pe.Type
	}
	return fmt.Sprintf("not a *kaa.Error: %v", err)
}

// TestStructPointerLive exposes a *struct: fields read and write through, methods
// are callable, wrong types raise TypeError.
func TestStructPointerLive(t *testing.T) {
	in, out := newInterp(t)
	ctx := context.Background()
	p := &Point{X: 1, Y: 2, Label: "a", Secret: "s", hidden: 7, Inner: Inner{Tag: "t"}}
	p.Next = p
	if err := in.Set("p", p); err != nil {
		t.Fatal(err)
	}
	mustExec(t, in, `
assert p.X == 1 and p.Y == 2 and p.label == 'a' and p.Tag == 't'
p.X = 10
p.label = 'b'
p.Move(1, 1)
assert p.Sum() == 14, p.Sum()
assert p.Next.X == 11 and p.Next.Next.Next == p
assert type(p).__name__ == 'Point', type(p).__name__
for name in ('Secret', 'hidden', 'Label'):
    assert not hasattr(p, name), name
print(repr(p))
p.Inner.Tag = 'u'
try:
    p.X = 'str'
except TypeError as e:
    print('TypeError', e)
try:
    p.X = 2**70
except OverflowError as e:
    print('OverflowError', e)
try:
    del p.X
except TypeError as e:
    print('TypeError', e)
try:
    p.Fail()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    p.nosuch = 1
except AttributeError as e:
    print('AttributeError')
print(p.Pair())
try:
    p.Move(1, dy=2)
except TypeError as e:
    print('TypeError', e)
try:
    p.Move(1)
except TypeError as e:
    print('TypeError', e)
`)
	if p.X != 11 || p.Y != 3 || p.Label != "b" || p.Inner.Tag != "u" {
		t.Errorf("struct after Python: %+v", *p)
	}
	want := `Point(X=11, Y=3, label='b', Inner=Inner(Tag='t'), Tag='t', Next=Point(...))
TypeError field X: cannot use str as int
OverflowError field X: 1180591620717411303424 out of range for int
TypeError cannot delete the field X of a Go struct
RuntimeError point failed
AttributeError
(11, 'b')
TypeError Move() takes no keyword arguments
TypeError Move() takes exactly 2 arguments (1 given)
`
	if out.String() != want {
		t.Errorf("output:\n%s\nwant:\n%s", out, want)
	}
	// Export gives back the same pointer.
	v, err := in.Eval(ctx, "p.Next")
	if err != nil || v != any(p) {
		t.Errorf("export of p.Next: %v, %v", v, err)
	}
}

// TestStructValueCopy converts a struct value: Python works on a copy.
func TestStructValueCopy(t *testing.T) {
	in, _ := newInterp(t)
	pt := Point{X: 1, Y: 2}
	in.Set("v", pt)
	mustExec(t, in, "v.X = 5\nv.Move(1, 1)\nassert v.X == 6 and v.Sum() == 9")
	if pt.X != 1 {
		t.Errorf("the caller's struct changed: %+v", pt)
	}
	v, err := in.Eval(context.Background(), "v")
	if err != nil || !reflect.DeepEqual(v, Point{X: 6, Y: 3}) {
		t.Errorf("export of a struct copy: %#v, %v", v, err)
	}
}

func TestTimeConversions(t *testing.T) {
	in, out := newInterp(t)
	ctx := context.Background()
	zone := time.FixedZone("CET", 3600)
	tm := time.Date(2024, 3, 5, 14, 30, 15, 123456789, zone)
	in.Set("tm", tm)
	in.Set("utc", time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
	in.Set("d", 90*time.Minute+1500*time.Nanosecond)
	in.Set("neg", -time.Second)
	mustExec(t, in, "print(repr(tm), tm.tzname())\nprint(repr(utc))\nprint(repr(d), repr(neg))")
	want := "datetime.datetime(2024, 3, 5, 14, 30, 15, 123456, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600), 'CET')) CET\n" +
		"datetime.datetime(2000, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)\n" +
		"datetime.timedelta(seconds=5400, microseconds=1) datetime.timedelta(days=-1, seconds=86399)\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	// Back: a round trip to the microsecond.
	v, err := in.Eval(ctx, "tm")
	if got, ok := v.(time.Time); err != nil || !ok || !got.Equal(tm.Truncate(time.Microsecond)) {
		t.Errorf("tm back: %v %v", v, err)
	} else if name, off := got.Zone(); name != "CET" || off != 3600 {
		t.Errorf("zone back: %s %d", name, off)
	}
	v, err = in.Eval(ctx, "__import__('datetime').datetime(2020, 2, 29, 12)")
	if err != nil || v != time.Date(2020, 2, 29, 12, 0, 0, 0, time.UTC) {
		t.Errorf("naive datetime: %v %v", v, err)
	}
	v, err = in.Eval(ctx, "d, neg")
	if err != nil || !reflect.DeepEqual(v, []any{90*time.Minute + time.Microsecond, -time.Second}) {
		t.Errorf("durations back: %v %v", v, err)
	}
	if _, err := in.Eval(ctx, "__import__('datetime').timedelta(days=999999999)"); pyErrType(err) != "OverflowError" {
		t.Errorf("huge timedelta: %v", err)
	}
}

func TestErrorsAndNil(t *testing.T) {
	in, out := newInterp(t)
	in.Set("e", errors.New("boom"))
	in.Set("n", nil)
	var np *Point
	in.Set("np", np)
	var ne error
	in.Set("ne", ne)
	in.Exec(context.Background(), "def f():\n    raise KeyError('k')\n")
	_, perr := in.Call(context.Background(), "f")
	in.Set("pe", perr)
	mustExec(t, in, "print(type(e).__name__, e, n, np, ne, type(pe).__name__, pe)")
	if got := out.String(); got != "RuntimeError boom None None None KeyError 'k'\n" {
		t.Errorf("got %q", got)
	}
}

func TestGoFuncs(t *testing.T) {
	in, out := newInterp(t)
	in.Set("sum", func(xs ...float64) float64 {
		s := 0.0
		for _, x := range xs {
			s += x
		}
		return s
	})
	in.Set("crash", func() { panic("oh no") })
	in.Set("crashnil", func() {
		var m map[string]int
		m["x"] = 1
	})
	in.Set("two", func() (int, string) { return 1, "a" })
	in.Set("none", func() {})
	in.Set("small", func(b int8) int8 { return b })
	in.Set("takes", func(p Point) int { return p.X })
	in.Set("takesptr", func(p *Point) int { p.X++; return p.X })
	in.Set("takesmap", func(m map[string][]int) int { return len(m["a"]) })
	mustExec(t, in, `
print(sum(), sum(1, 2.5), two(), none())
for f, args in [(crash, ()), (crashnil, ()), (small, (300,)), (small, (1.5,)), (small, ('x',)), (sum, (1, 'x')),
                (takes, ({'X': 'no'},)), (takesmap, ({'a': [1, 'b']},))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__ + ':', e)
try:
    sum(x=1)
except TypeError as e:
    print(e)
print(takes({'x': 4}), takesmap({'a': [1, 2]}))
`)
	want := `0.0 3.5 (1, 'a') None
RuntimeError: Go panic in function(): oh no
RuntimeError: Go panic in function(): assignment to entry in nil map
OverflowError: function() argument 1: 300 out of range for int8
TypeError: function() argument 1: cannot use float as int8
TypeError: function() argument 1: cannot use str as int8
TypeError: function() argument 2: cannot use str as float64
TypeError: function() argument 1: field X: cannot use str as int
TypeError: function() argument 1: field ["a"][1]: cannot use str as int
function() takes no keyword arguments
4 2
`
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	// A live object passed back to a func taking its pointer is the pointer.
	p := &Point{X: 1}
	in.Set("p", p)
	mustExec(t, in, "assert takesptr(p) == 2")
	if p.X != 2 {
		t.Errorf("p.X = %d", p.X)
	}
}

// TestToPythonShapes converts nested, shared and cyclic Go values.
func TestToPythonShapes(t *testing.T) {
	in, out := newInterp(t)
	shared := []int{1, 2}
	in.Set("sh", map[string]any{"a": shared, "b": shared})
	cyc := map[string]any{}
	cyc["self"] = cyc
	in.Set("cyc", cyc)
	loop := []any{nil}
	loop[0] = loop
	in.Set("loop", loop)
	in.Set("nk", map[[2]int]string{{1, 2}: "x"})
	in.Set("ik", map[int]bool{3: true})
	in.Set("c", complex(1, 2))
	in.Set("bi", new(big.Int).Lsh(big.NewInt(1), 100))
	in.Set("arr", [3]byte{1, 2, 3})
	var deep any = 1
	for j := 0; j < 100; j++ {
		deep = []any{deep}
	}
	in.Set("deep", deep)
	mustExec(t, in, `
print(sh['a'] is sh['b'], cyc['self'] is cyc, loop[0] is loop, ik, c, bi, arr)
d = deep
n = 0
while isinstance(d, list):
    d = d[0]; n += 1
print(n, d)
`)
	if got := out.String(); got != "True True True {3: True} (1+2j) 1267650600228229401496703205376 b'\\x01\\x02\\x03'\n100 1\n" {
		t.Errorf("got %q", got)
	}
	if err := in.Set("nk", map[[2]int]string{{1, 2}: "x"}); err == nil {
		t.Error("a map with list keys converted")
	}
	var tooDeep any = 1
	for j := 0; j < 1000; j++ {
		tooDeep = []any{tooDeep}
	}
	if err := in.Set("tooDeep", tooDeep); err == nil || !strings.Contains(err.Error(), "too deeply") {
		t.Errorf("too deep: %v", err)
	}
	pp := new(any)
	*pp = pp
	if err := in.Set("pp", pp); err == nil {
		t.Error("a pointer to itself converted")
	}
}

// TestExportHostile exports cyclic, shared and deep Python values.
func TestExportHostile(t *testing.T) {
	in, _ := newInterp(t)
	ctx := context.Background()
	for _, expr := range []string{"(lambda a: (a.append(a), a)[1])([])", "(lambda d: (d.__setitem__('d', d), d)[1])({})"} {
		done := make(chan error)
		go func() {
			_, err := in.Eval(ctx, expr)
			done <- err
		}()
		select {
		case err := <-done:
			if pyErrType(err) != "ValueError" || !strings.Contains(err.Error(), "contains itself") {
				t.Errorf("%s: %v", expr, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: still exporting", expr)
		}
	}
	// A list shared 2**60 ways: one Go slice each time it is met.
	v, err := in.Eval(ctx, "(lambda: [x := [1]] and [[x := [x, x]] for _ in range(60)] and x)()")
	if err != nil {
		t.Fatal(err)
	}
	if l := v.([]any); &l[0].([]any)[0] != &l[1].([]any)[0] {
		t.Error("a shared list was exported twice")
	}
	if _, err := in.Eval(ctx, "(lambda: [x := []] and [x := [x] for _ in range(10000)] and x)()"); pyErrType(err) != "RecursionError" {
		t.Errorf("deep list: %v", err)
	}
}

type Item struct {
	Name  string
	Count uint8 `py:"n"`
	Price float32
	Tags  []string
	When  time.Time
	Wait  time.Duration
	Ptr   *int
	Any   any
	Big   *big.Int
	Skip  string `py:"-"`
}

type Order struct {
	ID    int64 `py:"id"`
	Items []Item
	Meta  map[string]int
	Fixed [2]bool
	Raw   []byte
}

func TestDecode(t *testing.T) {
	in, _ := newInterp(t)
	ctx := context.Background()
	v, err := in.Eval(ctx, `{'id': 7, 'items': [{'name': 'a', 'n': 3, 'PRICE': 1, 'tags': ('x', 'y'),
  'when': __import__('datetime').datetime(2024, 1, 2, tzinfo=__import__('datetime').timezone.utc),
  'wait': __import__('datetime').timedelta(seconds=1.5), 'ptr': 5, 'any': [1, {'k': None}], 'big': 2**80,
  'Skip': 'no', 'unknown': 1}], 'meta': {'a': 1}, 'fixed': [True, False], 'raw': b'ab'}`)
	if err != nil {
		t.Fatal(err)
	}
	var o Order
	if err := kaa.Decode(v, &o); err != nil {
		t.Fatal(err)
	}
	five := 5
	big80 := new(big.Int).Lsh(big.NewInt(1), 80)
	want := Order{ID: 7, Items: []Item{{Name: "a", Count: 3, Price: 1, Tags: []string{"x", "y"},
		When: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), Wait: 1500 * time.Millisecond, Ptr: &five,
		Any: []any{int64(1), map[string]any{"k": nil}}, Big: big80}},
		Meta: map[string]int{"a": 1}, Fixed: [2]bool{true, false}, Raw: []byte("ab")}
	if !reflect.DeepEqual(o, want) {
		t.Errorf("got  %+v\nwant %+v", o, want)
	}
	for _, c := range []struct {
		expr   string
		target any
		msg    string
	}{
		{"{'items': [{}, {}, {}, {'name': 3}]}", &Order{}, "kaa: field Items[3].Name: cannot use int as string"},
		{"{'items': [{'n': 256}]}", &Order{}, "kaa: field Items[0].Count: 256 out of range for uint8"},
		{"{'items': [{'n': -1}]}", &Order{}, "kaa: field Items[0].Count: -1 out of range for uint8"},
		{"{'items': [{'price': 1e300}]}", &Order{}, "kaa: field Items[0].Price: 1e+300 out of range for float32"},
		{"{'fixed': [True]}", &Order{}, "kaa: field Fixed: cannot use a sequence of length 1 as [2]bool"},
		{"{'meta': {'a': 'b'}}", &Order{}, `kaa: field Meta["a"]: cannot use str as int`},
		{"{'meta': {1: 2}}", &Order{}, `kaa: field Meta["1"]: key: cannot use int as string`},
		{"2**64", new(int64), "kaa: 18446744073709551616 out of range for int64"},
		{"float('nan')", new(int), "kaa: cannot use float as int"},
		{"1.0", new(int), "kaa: cannot use float as int"},
		{"1", new(bool), "kaa: cannot use int as bool"},
		{"None", new(int), "kaa: cannot use None as int"},
		{"'x'", new([]byte), "kaa: cannot use str as []uint8"},
		{"[1]", new(map[string]int), "kaa: cannot use list as map[string]int"},
		{"'s'", new(error), "kaa: cannot use str as error"},
	} {
		v, err := in.Eval(ctx, c.expr)
		if err != nil {
			t.Fatal(c.expr, err)
		}
		err = kaa.Decode(v, c.target)
		var de *kaa.DecodeError
		if err == nil || err.Error() != c.msg || !errors.As(err, &de) {
			t.Errorf("%s: got %v, want %s", c.expr, err, c.msg)
		}
	}
	if err := kaa.Decode(int64(1), 3); err == nil {
		t.Error("Decode into a non-pointer")
	}
	var f float64
	if err := kaa.Decode(new(big.Int).Lsh(big.NewInt(1), 2000), &f); err == nil {
		t.Error("a huge int into a float64")
	}
	var nan float64
	if err := kaa.Decode(math.NaN(), &nan); err != nil || !math.IsNaN(nan) {
		t.Errorf("NaN into a float64: %v %v", nan, err)
	}
	var np *int
	if err := kaa.Decode(nil, &np); err != nil || np != nil {
		t.Errorf("None into a pointer: %v %v", np, err)
	}
}

// TestRoundTrip sends Go values to Python and back.
func TestRoundTrip(t *testing.T) {
	in, _ := newInterp(t)
	ctx := context.Background()
	in.Exec(ctx, "def ident(x):\n    return x\n")
	for _, v := range []any{
		nil, true, int64(-5), int64(math.MaxInt64), int64(math.MinInt64), 2.5, math.Inf(-1), "ünï", []byte{0, 1},
		[]any{int64(1), "a", []any{nil}}, map[string]any{"k": []any{1.5}}, map[any]any{int64(1): "one", 2.5: nil},
		time.Date(1999, 12, 31, 23, 59, 59, 999999000, time.UTC), 36 * time.Hour,
	} {
		got, err := in.Call(ctx, "ident", v)
		if err != nil || !reflect.DeepEqual(got, v) {
			t.Errorf("%#v: came back as %#v (%v)", v, got, err)
		}
	}
	type S struct {
		A []int8
		M map[int]string
	}
	s := S{A: []int8{-128, 127}, M: map[int]string{1: "x"}}
	got, err := in.Call(ctx, "ident", map[string]any{"A": s.A, "M": s.M})
	var back S
	if err != nil {
		t.Fatal(err)
	}
	if err := kaa.Decode(got, &back); err != nil || !reflect.DeepEqual(back, s) {
		t.Errorf("struct round trip: %+v %v", back, err)
	}
}

type Base struct{ ID int }

type Odd struct {
	*Base
	C    chan int
	F    func(int) int
	Obj  *kaa.Object
	Any  any
	Errs []error
}

// TestStructOddFields exposes fields Python cannot have, or holds in unusual
// ways: they raise, and repr shows their Go type.
func TestStructOddFields(t *testing.T) {
	in, out := newInterp(t)
	o := &Odd{C: make(chan int), F: func(x int) int { return -x }, Any: "s", Errs: []error{errors.New("e1")}}
	in.Set("o", o)
	mustExec(t, in, `
print(repr(o))
for name in ('C', 'ID'):
    try:
        getattr(o, name)
    except Exception as e:
        print(type(e).__name__, e)
print(o.F(3), o.Obj, o.Any, o.Errs)
o.Obj = [1, 2]
o.Any = {'k': (1,)}
o.F = None
o.Base = {'ID': 9}
print(o.ID, o.Obj, o.Any)
try:
    o.C = 1
except TypeError as e:
    print('TypeError', e)
`)
	want := "Odd(Base=None, ID=<int>, C=<chan int>, F=<built-in function F>, Obj=None, Any='s', Errs=[RuntimeError('e1')])\n" +
		"TypeError field C: cannot convert chan int to Python\n" +
		"AttributeError field ID is in a nil embedded struct pointer\n" +
		"-3 None s [RuntimeError('e1')]\n" +
		"9 [1, 2] {'k': [1]}\n" +
		"TypeError field C: cannot use int as chan int\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	if o.F != nil || o.Base == nil || o.Base.ID != 9 {
		t.Errorf("after Python: %+v", o)
	}
	if l, err := o.Obj.Len(); err != nil || l != 2 {
		t.Errorf("Obj: %v %v", l, err)
	}
}

// TestStructConcurrent exposes structs of one Go type in several interpreters at
// once (run with -race): the Python type made for it is shared.
func TestStructConcurrent(t *testing.T) {
	type Shared struct {
		N    int
		Name string
	}
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for j := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			in, err := kaa.New(kaa.Options{})
			if err != nil {
				errs[j] = err
				return
			}
			s := &Shared{Name: "x"}
			in.Set("s", s)
			in.Set("v", Shared{N: j})
			errs[j] = in.Exec(context.Background(), "for i in range(200):\n    s.N += v.N\nassert type(s) is type(v) and repr(s).startswith('Shared(')")
			if errs[j] == nil && s.N != 200*j {
				errs[j] = fmt.Errorf("s.N = %d", s.N)
			}
		}()
	}
	wg.Wait()
	for j, err := range errs {
		if err != nil {
			t.Errorf("interpreter %d: %v", j, err)
		}
	}
}

// TestPythonCallbacks passes Python callables to Go func parameters of func
// types, and lists to []*kaa.Object.
func TestPythonCallbacks(t *testing.T) {
	in, out := newInterp(t)
	var saved func(string) (int, error)
	in.Set("apply", func(f func(int, int) int, a, b int) int { return f(a, b) })
	in.Set("split", func(f func(string) (string, int), s string) string {
		w, n := f(s)
		return fmt.Sprintf("%s %d", w, n)
	})
	in.Set("keep", func(f func(string) (int, error)) { saved = f })
	in.Set("each", func(f func(...any) *kaa.Object, xs []*kaa.Object) int {
		for _, x := range xs {
			f(x, "!")
		}
		return len(xs)
	})
	mustExec(t, in, `
print(apply(lambda a, b: a * b, 6, 7), apply(max, 3, 9), split(lambda s: (s.upper(), len(s)), 'abc'))
keep(lambda s: int(s))
print(each(print, [1, 'two', None]))
try:
    apply(lambda a, b: 1 / 0, 1, 2)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    apply(lambda a, b: 'x', 1, 2)
except TypeError as e:
    print('TypeError', e)
`)
	want := "42 9 ABC 3\n1 !\ntwo !\nNone !\n3\nZeroDivisionError division by zero\nTypeError a Python callable's result: cannot use str as int\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	// A kept callback works later, from the host, with its error result.
	if n, err := saved("12"); err != nil || n != 12 {
		t.Errorf("saved(12): %v %v", n, err)
	}
	if _, err := saved("x"); pyErrType(err) != "ValueError" {
		t.Errorf("saved(x): %v", err)
	}
}
