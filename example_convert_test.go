package kaa_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/kaa-python/kaa"
)

// Account is a Go struct a host shares with Python.
type Account struct {
	Owner   string `py:"owner"`
	Balance int    `py:"balance"`
	PIN     string `py:"-"` // never seen by Python
}

// Deposit is a method Python can call.
func (a *Account) Deposit(amount int) (int, error) {
	if amount <= 0 {
		return 0, errors.New("deposit must be positive")
	}
	a.Balance += amount
	return a.Balance, nil
}

// A pointer to a struct is a live object: Python reads and writes its fields and
// calls its methods, and the Go struct sees every change.
func Example_structPointer() {
	ctx := context.Background()
	in, _ := kaa.New(kaa.Options{})
	acct := &Account{Owner: "ada", Balance: 10, PIN: "1234"}
	in.Set("acct", acct)
	err := in.Exec(ctx, `
acct.Deposit(5)
acct.owner = acct.owner.title()
print(acct, hasattr(acct, 'PIN'))
try:
    acct.Deposit(-1)
except RuntimeError as e:
    print('refused:', e)
try:
    acct.balance = 'lots'
except TypeError as e:
    print('refused:', e)
`)
	fmt.Println(err)
	fmt.Printf("%+v\n", *acct)
	// Output:
	// Account(owner='Ada', balance=15) False
	// refused: deposit must be positive
	// refused: field balance: cannot use str as int
	// <nil>
	// {Owner:Ada Balance:15 PIN:1234}
}

// Go funcs become Python functions; time.Time and time.Duration become datetime
// and timedelta, and come back.
func ExampleInterp_Set_funcsAndTimes() {
	ctx := context.Background()
	in, _ := kaa.New(kaa.Options{})
	in.Set("shout", func(s string, times int) string { return strings.Repeat(strings.ToUpper(s), times) })
	in.Set("start", time.Date(2025, 6, 1, 9, 0, 0, 0, time.UTC))
	in.Set("step", 90*time.Minute)
	v, err := in.Eval(ctx, "shout('ab', 2), (start + 3 * step).isoformat()")
	fmt.Println(v, err)
	end, err := in.Eval(ctx, "start + step")
	fmt.Println(end, err)
	// Output:
	// [ABAB 2025-06-01T13:30:00+00:00] <nil>
	// 2025-06-01 10:30:00 +0000 UTC <nil>
}

// An Object is a Python object kept as it is: here an instance of a Python
// class, whose methods the host calls.
func ExampleObject() {
	ctx := context.Background()
	in, _ := kaa.New(kaa.Options{})
	in.Exec(ctx, `
class Stack:
    def __init__(self): self.items = []
    def push(self, x): self.items.append(x); return self
    def __len__(self): return len(self.items)
    def __repr__(self): return f'Stack({self.items!r})'
`)
	cls, _ := in.Get("Stack")
	s, _ := cls.Call(ctx)
	s.CallMethod(ctx, "push", "a")
	s.CallMethod(ctx, "push", []int{1, 2})
	n, _ := s.Len()
	fmt.Println(s.Repr(), n, s.TypeName())
	items, _ := s.Attr("items")
	v, _ := items.Export()
	fmt.Printf("%#v\n", v)
	in.Set("s", s) // the same object goes back to Python
	same, _ := in.Eval(ctx, "s is globals()['s'] and len(s)")
	fmt.Println(same)
	// Output:
	// Stack(['a', [1, 2]]) 2 Stack
	// []interface {}{"a", []interface {}{1, 2}}
	// 2
}

// Iter walks a Python iterable (here a generator) with a Go range loop.
func ExampleObject_Iter() {
	ctx := context.Background()
	in, _ := kaa.New(kaa.Options{})
	gen, _ := in.EvalObject(ctx, "(w.upper() for w in 'to be or not'.split())")
	for w, err := range gen.Iter(ctx) {
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println()
	// Output:
	// TO BE OR NOT
}

// Module makes a Go module in a few lines; AddModule lets Python import it.
func ExampleModule() {
	ctx := context.Background()
	in, _ := kaa.New(kaa.Options{})
	geo := kaa.Module("geo", map[string]any{
		"EARTH_RADIUS_KM": 6371.0,
		"circumference":   func(r float64) float64 { return 2 * 3.14159 * r },
	})
	if err := in.AddModule(geo); err != nil {
		panic(err)
	}
	v, err := in.Eval(ctx, "__import__('geo').circumference(__import__('geo').EARTH_RADIUS_KM) // 1")
	fmt.Println(v, err)
	// Output:
	// 40030 <nil>
}

// Decode stores a Python value in a typed Go variable; a value that does not fit
// is an error naming where it was.
func ExampleDecode() {
	ctx := context.Background()
	in, _ := kaa.New(kaa.Options{})
	type Line struct {
		SKU string
		Qty uint8 `py:"qty"`
	}
	type Order struct {
		ID    int
		Lines []Line
		Due   time.Time
	}
	v, _ := in.Eval(ctx, `{"id": 7, "lines": [{"sku": "A1", "qty": 2}],
	                       "due": __import__("datetime").datetime(2025, 1, 31)}`)
	var o Order
	err := kaa.Decode(v, &o)
	fmt.Printf("%+v %v\n", o, err)
	v, _ = in.Eval(ctx, `{"lines": [{"sku": "A1"}, {"sku": "B2", "qty": 1000}]}`)
	fmt.Println(kaa.Decode(v, &o))
	// Output:
	// {ID:7 Lines:[{SKU:A1 Qty:2}] Due:2025-01-31 00:00:00 +0000 UTC} <nil>
	// kaa: field Lines[1].Qty: 1000 out of range for uint8
}
