package kaa_test

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kaa-python/kaa"
)

func TestObject(t *testing.T) {
	in, _ := newInterp(t)
	ctx := context.Background()
	mustExec(t, in, `
class Counter:
    def __init__(self, start=0):
        self.n = start
    def add(self, k=1, *, times=1):
        self.n += k * times
        return self
    def __repr__(self):
        return f'Counter({self.n})'
    def __str__(self):
        return f'count {self.n}'
class Bad:
    def __str__(self):
        raise ValueError('no str')
    def __repr__(self):
        raise ValueError('no repr')
`)
	cls, err := in.Get("Counter")
	if err != nil {
		t.Fatal(err)
	}
	c, err := cls.Call(ctx, 5)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := c.CallMethod(ctx, "add", 2); err != nil || !r.Is(c) {
		t.Fatalf("add returned %v, %v", r, err)
	}
	add, _ := c.Attr("add")
	if _, err := add.CallKw(ctx, []any{1}, map[string]any{"times": 3}); err != nil {
		t.Fatal(err)
	}
	if got := c.Repr(); got != "Counter(10)" {
		t.Errorf("Repr = %q", got)
	}
	if got := c.String(); got != "count 10" {
		t.Errorf("String = %q", got)
	}
	if got := c.TypeName(); got != "Counter" {
		t.Errorf("TypeName = %q", got)
	}
	if !c.Type().Is(cls) {
		t.Error("Type() is not the class")
	}
	if err := c.SetAttr("n", 41); err != nil {
		t.Fatal(err)
	}
	n, _ := c.Attr("n")
	var k int
	if err := n.Decode(&k); err != nil || k != 41 {
		t.Errorf("Decode: %d %v", k, err)
	}
	if _, err := c.Attr("nosuch"); pyErrType(err) != "AttributeError" {
		t.Errorf("Attr(nosuch): %v", err)
	}
	if _, err := c.Export(); pyErrType(err) != "TypeError" {
		t.Errorf("Export of an instance: %v", err)
	}
	// The same object goes back to Python.
	if err := in.Set("c2", c); err != nil {
		t.Fatal(err)
	}
	if v, err := in.Eval(ctx, "c2 is c2 and c2.n"); err != nil || v != int64(41) {
		t.Errorf("c2: %v %v", v, err)
	}
	c3, _ := in.Get("c2")
	if !c3.Is(c) {
		t.Error("Get gave another object")
	}
	bad, _ := in.EvalObject(ctx, "Bad()")
	if s := bad.String(); !strings.Contains(s, "no str") {
		t.Errorf("String of Bad: %q", s)
	}
	if s := bad.Repr(); !strings.Contains(s, "no repr") {
		t.Errorf("Repr of Bad: %q", s)
	}
	if _, err := in.Get("nosuch"); pyErrType(err) != "NameError" {
		t.Errorf("Get(nosuch): %v", err)
	}
	if _, err := in.EvalObject(ctx, "1 +"); pyErrType(err) != "SyntaxError" {
		t.Errorf("EvalObject(1 +): %v", err)
	}
	d, _ := in.EvalObject(ctx, "{'a': [1, 2]}")
	item, err := d.Item("a")
	if l, _ := item.Len(); err != nil || l != 2 {
		t.Errorf("Item/Len: %v %v", l, err)
	}
	if err := d.SetItem("b", map[string]int{"x": 1}); err != nil {
		t.Fatal(err)
	}
	if err := d.SetItem([]int{1}, 2); pyErrType(err) != "TypeError" {
		t.Errorf("SetItem with a list key: %v", err)
	}
	if v, err := d.Export(); err != nil || !reflect.DeepEqual(v, map[string]any{"a": []any{int64(1), int64(2)}, "b": map[string]any{"x": int64(1)}}) {
		t.Errorf("after SetItem: %v %v", v, err)
	}
	var nilObj *kaa.Object
	if _, err := nilObj.Attr("x"); err == nil {
		t.Error("a nil Object gave an attribute")
	}
	// Objects of another interpreter are refused.
	other, _ := newInterp(t)
	if err := other.Set("c", c); err == nil {
		t.Error("an Object went to another interpreter")
	}
	math, err := in.Import(ctx, "math")
	if err != nil {
		t.Fatal(err)
	}
	r, err := math.CallMethod(ctx, "sqrt", 16)
	if v, _ := r.Export(); err != nil || v != 4.0 {
		t.Errorf("math.sqrt: %v %v", v, err)
	}
	if _, err := in.Import(ctx, "no_such_module"); pyErrType(err) != "ModuleNotFoundError" {
		t.Errorf("Import(no_such_module): %v", err)
	}
}

func TestObjectIter(t *testing.T) {
	in, _ := newInterp(t)
	ctx := context.Background()
	gen, _ := in.EvalObject(ctx, "(x * x for x in range(5))")
	var got []any
	for it, err := range gen.Iter(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		v, _ := it.Export()
		got = append(got, v)
		if len(got) == 3 {
			break
		}
	}
	if !reflect.DeepEqual(got, []any{int64(0), int64(1), int64(4)}) {
		t.Errorf("got %v", got)
	}
	// The generator goes on where the loop stopped.
	var tail []any
	for it, err := range gen.Iter(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		v, _ := it.Export()
		tail = append(tail, v)
	}
	if !reflect.DeepEqual(tail, []any{int64(9), int64(16)}) {
		t.Errorf("tail %v", tail)
	}
	// Errors: not iterable, and raising midway.
	n, _ := in.EvalObject(ctx, "3")
	for _, err := range n.Iter(ctx) {
		if pyErrType(err) != "TypeError" {
			t.Errorf("iter(3): %v", err)
		}
	}
	in.Exec(ctx, "def g():\n    yield 1\n    raise KeyError('midway')\n")
	g, _ := in.EvalObject(ctx, "g()")
	var errs []string
	count := 0
	for it, err := range g.Iter(ctx) {
		if err != nil {
			errs = append(errs, pyErrType(err))
			continue
		}
		_ = it
		count++
	}
	if count != 1 || !reflect.DeepEqual(errs, []string{"KeyError"}) {
		t.Errorf("midway: %d items, errors %v", count, errs)
	}
	// A cancelled context stops an endless iterator.
	inf, _ := in.EvalObject(ctx, "__import__('itertools').count()")
	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	seen := 0
	var last error
	for _, err := range inf.Iter(cctx) {
		if err != nil {
			last = err
			break
		}
		if seen++; seen == 10 {
			cancel()
		}
	}
	if !errors.Is(last, context.Canceled) || seen != 10 {
		t.Errorf("cancelled iteration: %d, %v", seen, last)
	}
}

// TestCallbackReentry uses Objects from inside a Go func Python is calling: they
// run on that call's turn instead of waiting for it (a deadlock).
func TestCallbackReentry(t *testing.T) {
	in, out := newInterp(t)
	ctx := context.Background()
	in.Set("each", func(xs *kaa.Object, fn *kaa.Object) ([]string, error) {
		var res []string
		for x, err := range xs.Iter(ctx) {
			if err != nil {
				return nil, err
			}
			r, err := fn.Call(ctx, x)
			if err != nil {
				return nil, err
			}
			res = append(res, r.String())
		}
		g, err := in.Get("greeting")
		if err != nil {
			return nil, err
		}
		return append(res, g.String()), nil
	})
	mustExec(t, in, `
greeting = 'hi'
print(each([1, 2], lambda x: x * 10))
try:
    each([1], lambda x: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
import threading
res = []
th = threading.Thread(target=lambda: res.append(each('ab', str.upper)))
th.start(); th.join()
print(res)
`)
	if got := out.String(); got != "['10', '20', 'hi']\nZeroDivisionError division by zero\n[['A', 'B', 'hi']]\n" {
		t.Errorf("got %q", got)
	}
}

// TestObjectConcurrent uses one interpreter's Objects from many goroutines (run
// with -race).
func TestObjectConcurrent(t *testing.T) {
	in, _ := newInterp(t)
	ctx := context.Background()
	mustExec(t, in, "import threading\nlock = threading.Lock()\ntotal = []\ndef add(x):\n    total.append(x)\n    return len(total)\n")
	add, _ := in.Get("add")
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				if _, err := add.Call(ctx, j); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	if v, err := in.Eval(ctx, "len(total)"); err != nil || v != int64(200) {
		t.Errorf("total %v %v", v, err)
	}
	_ = time.Second
}

func TestModule(t *testing.T) {
	in, out := newInterp(t)
	ctx := context.Background()
	type Config struct{ Name string }
	cfg := &Config{Name: "dev"}
	m := kaa.Module("hostapi", map[string]any{
		"VERSION": "1.2",
		"double":  func(x int) int { return x * 2 },
		"config":  cfg,
		"fail":    func() error { return errors.New("nope") },
	}).WithDoc("The host's API.")
	if err := in.AddModule(m); err != nil {
		t.Fatal(err)
	}
	mustExec(t, in, `
import hostapi
from hostapi import double
print(hostapi.__doc__, hostapi.VERSION, double(21), hostapi.config.Name, double.__name__)
hostapi.config.Name = 'prod'
try:
    double(1, 2)
except TypeError as e:
    print(e)
try:
    hostapi.fail()
except RuntimeError as e:
    print(e)
`)
	if cfg.Name != "prod" {
		t.Errorf("config: %+v", cfg)
	}
	if got := out.String(); got != "The host's API. 1.2 42 dev double\ndouble() takes exactly 1 argument (2 given)\nnope\n" {
		t.Errorf("got %q", got)
	}
	if err := in.AddModule(kaa.Module("a.b", nil)); err == nil {
		t.Error("a dotted module name was accepted")
	}
	if err := in.AddModule(kaa.Module("badmod", map[string]any{"c": make(chan int)})); err == nil {
		t.Error("a chan member converted")
	}
	_ = ctx
}

// TestObjectDecode decodes objects with fields: dataclasses, plain instances,
// named tuples, sets; Go funcs take them as struct arguments.
func TestObjectDecode(t *testing.T) {
	in, out := newInterp(t)
	ctx := context.Background()
	mustExec(t, in, `
from dataclasses import dataclass, field
from collections import namedtuple
@dataclass
class Item:
    name: str
    qty: int = 1
    tags: set = field(default_factory=set)
class Plain:
    def __init__(self):
        self.name = 'plain'
        self.me = self
Pt = namedtuple('Pt', 'x y')
`)
	type Item struct {
		Name string
		Qty  int
		Tags []string
	}
	type Pt struct{ X, Y float64 }
	obj, _ := in.EvalObject(ctx, "[Item('a', 2, {'t'}), Item('b')]")
	var items []Item
	if err := obj.Decode(&items); err != nil || !reflect.DeepEqual(items, []Item{{"a", 2, []string{"t"}}, {"b", 1, []string{}}}) {
		t.Errorf("dataclasses: %+v %v", items, err)
	}
	pt, _ := in.EvalObject(ctx, "Pt(1, 2.5)")
	var p Pt
	if err := pt.Decode(&p); err != nil || p != (Pt{1, 2.5}) {
		t.Errorf("named tuple: %+v %v", p, err)
	}
	p = Pt{}
	if err := kaa.Decode(pt, &p); err != nil || p != (Pt{1, 2.5}) {
		t.Errorf("kaa.Decode of a named tuple Object: %+v %v", p, err)
	}
	var xy []float64
	if err := pt.Decode(&xy); err == nil {
		t.Errorf("a named tuple decoded as a list: %v", xy)
	}
	plain, _ := in.EvalObject(ctx, "Plain()")
	var pl struct{ Name string }
	if err := plain.Decode(&pl); err == nil || !strings.Contains(err.Error(), "contains itself") {
		t.Errorf("self-referring instance: %+v %v", pl, err)
	}
	// Export stays strict.
	if _, err := obj.Export(); pyErrType(err) != "TypeError" {
		t.Errorf("Export of dataclasses: %v", err)
	}
	in.Set("total", func(its []Item) int {
		n := 0
		for _, it := range its {
			n += it.Qty
		}
		return n
	})
	mustExec(t, in, "print(total([Item('a', 2), Item('b', 5)]))")
	if out.String() != "7\n" {
		t.Errorf("total: %q", out)
	}
}
