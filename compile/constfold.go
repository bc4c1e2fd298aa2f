package compile

import (
	"math"
	"math/big"
	"strings"

	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/syntax/ast"
)

// Constant folding as ast_opt.c does it: an operator on constants is replaced by its
// result when the operation succeeds at compile time with the result it would give at
// run time; where it would raise (or exceed CPython's size limits) the expression is
// left as it is. bool is an int here, as in Python.

const (
	maxIntBits        = 128  // MAX_INT_SIZE
	maxCollectionSize = 256  // MAX_COLLECTION_SIZE
	maxStrSize        = 4096 // MAX_STR_SIZE
	maxTotalItems     = 1024 // MAX_TOTAL_ITEMS
)

// intOf is the value of an int or bool constant.
func intOf(v constant.Value) (*big.Int, bool) {
	switch x := v.(type) {
	case constant.Int:
		return x.BigInt(), true
	case constant.Bool:
		if x {
			return big.NewInt(1), true
		}
		return new(big.Int), true
	}
	return nil, false
}

// floatOf converts an int, bool or float constant to float as Python's arithmetic
// does (correctly rounded); false when v is not one, or is an int too large for a
// float (OverflowError).
func floatOf(v constant.Value) (float64, bool) {
	if x, ok := v.(constant.Float); ok {
		return float64(x), true
	}
	n, ok := intOf(v)
	if !ok {
		return 0, false
	}
	f, _ := new(big.Float).SetInt(n).Float64()
	return f, !math.IsInf(f, 0)
}

func complexOf(v constant.Value) (complex128, bool) {
	if c, ok := v.(constant.Complex); ok {
		return complex128(c), true
	}
	f, ok := floatOf(v)
	return complex(f, 0), ok
}

func foldUnary(op ast.UnaryOperator, v constant.Value) constant.Value {
	if op == ast.Not {
		if truth, ok := constTruth(v); ok {
			return constant.Bool(!truth)
		}
		return nil
	}
	if n, ok := intOf(v); ok {
		switch op {
		case ast.USub:
			return constant.NewBigInt(new(big.Int).Neg(n))
		case ast.UAdd:
			return constant.NewBigInt(n)
		case ast.Invert:
			return constant.NewBigInt(new(big.Int).Not(n))
		}
	}
	switch x := v.(type) {
	case constant.Float:
		switch op {
		case ast.USub:
			return -x
		case ast.UAdd:
			return x
		}
	case constant.Complex:
		switch op {
		case ast.USub:
			return -x
		case ast.UAdd:
			return x
		}
	}
	return nil
}

func foldBinary(op ast.Operator, a, b constant.Value) constant.Value {
	if x, ok := a.(constant.Bool); ok {
		if y, ok := b.(constant.Bool); ok {
			switch op {
			case ast.BitAnd:
				return constant.Bool(x && y)
			case ast.BitOr:
				return constant.Bool(x || y)
			case ast.BitXor:
				return constant.Bool(x != y)
			}
		}
	}
	if x, ok := intOf(a); ok {
		if y, ok := intOf(b); ok {
			return foldInt(op, x, y)
		}
	}
	switch op {
	case ast.Add:
		switch x := a.(type) {
		case constant.Tuple:
			if y, ok := b.(constant.Tuple); ok {
				return append(append(constant.Tuple{}, x...), y...)
			}
		case constant.Str:
			if y, ok := b.(constant.Str); ok {
				return x + y
			}
		case constant.Bytes:
			if y, ok := b.(constant.Bytes); ok {
				return x + y
			}
		}
	case ast.Mult:
		if r, ok := foldRepeat(a, b); ok {
			return r
		}
	case ast.Mod:
		switch a.(type) {
		case constant.Str, constant.Bytes: // safe_mod: formatting is left to run time
			return nil
		}
	case ast.MatMult:
		return nil
	}
	_, ca := a.(constant.Complex)
	_, cb := b.(constant.Complex)
	if ca || cb {
		x, ok1 := complexOf(a)
		y, ok2 := complexOf(b)
		if !ok1 || !ok2 {
			return nil
		}
		return foldComplex(op, x, y)
	}
	_, fa := a.(constant.Float)
	_, fb := b.(constant.Float)
	if fa || fb {
		x, ok1 := floatOf(a)
		y, ok2 := floatOf(b)
		if !ok1 || !ok2 {
			return nil
		}
		return foldFloat(op, x, y)
	}
	return nil
}

// foldInt is int arithmetic within safe_multiply, safe_power and safe_lshift's limits.
func foldInt(op ast.Operator, x, y *big.Int) constant.Value {
	r := new(big.Int)
	switch op {
	case ast.Add:
		r.Add(x, y)
	case ast.Sub:
		r.Sub(x, y)
	case ast.Mult:
		if x.Sign() != 0 && y.Sign() != 0 && x.BitLen()+y.BitLen() > maxIntBits {
			return nil
		}
		r.Mul(x, y)
	case ast.Div:
		if y.Sign() == 0 {
			return nil
		}
		f, _ := new(big.Rat).SetFrac(x, y).Float64()
		if math.IsInf(f, 0) {
			return nil // OverflowError: integer division result too large for a float
		}
		if f == 0 && (x.Sign() < 0) != (y.Sign() < 0) {
			f = math.Copysign(0, -1)
		}
		return constant.Float(f)
	case ast.FloorDiv, ast.Mod:
		if y.Sign() == 0 {
			return nil
		}
		q, m := new(big.Int).QuoRem(x, y, new(big.Int))
		if m.Sign() != 0 && (m.Sign() < 0) != (y.Sign() < 0) { // truncated to floored
			q.Sub(q, big.NewInt(1))
			m.Add(m, y)
		}
		if op == ast.FloorDiv {
			r = q
		} else {
			r = m
		}
	case ast.Pow:
		if y.Sign() < 0 {
			// long_pow hands a negative exponent to float_pow
			f, ok1 := floatOf(constant.NewBigInt(x))
			g, ok2 := floatOf(constant.NewBigInt(y))
			if !ok1 || !ok2 {
				return nil
			}
			return foldFloat(op, f, g)
		}
		if x.Sign() == 0 || y.Sign() == 0 {
			if y.Sign() == 0 {
				return constant.NewInt(1)
			}
			return constant.NewInt(0)
		}
		if !y.IsUint64() || uint64(x.BitLen()) > maxIntBits/y.Uint64() {
			return nil
		}
		r.Exp(x, y, nil)
	case ast.LShift:
		if y.Sign() < 0 {
			return nil // ValueError: negative shift count
		}
		if x.Sign() == 0 {
			return constant.NewInt(0)
		}
		if !y.IsUint64() || y.Uint64() > maxIntBits || uint64(x.BitLen()) > maxIntBits-y.Uint64() {
			return nil
		}
		r.Lsh(x, uint(y.Uint64()))
	case ast.RShift:
		if y.Sign() < 0 {
			return nil
		}
		shift := uint(x.BitLen() + 1)
		if y.IsUint64() && y.Uint64() < uint64(shift) {
			shift = uint(y.Uint64())
		}
		r.Rsh(x, shift)
	case ast.BitAnd:
		r.And(x, y)
	case ast.BitOr:
		r.Or(x, y)
	case ast.BitXor:
		r.Xor(x, y)
	default:
		return nil
	}
	return constant.NewBigInt(r)
}

// foldFloat is float arithmetic as Python's float type does it; nil where Python
// raises (division by zero, overflow of **).
func foldFloat(op ast.Operator, f, g float64) constant.Value {
	switch op {
	case ast.Add:
		return constant.Float(f + g)
	case ast.Sub:
		return constant.Float(f - g)
	case ast.Mult:
		return constant.Float(f * g)
	case ast.Div:
		if g == 0 {
			return nil
		}
		return constant.Float(f / g)
	case ast.FloorDiv, ast.Mod:
		if g == 0 {
			return nil
		}
		q, m := constant.FloatDivmod(f, g)
		if op == ast.Mod {
			return constant.Float(m)
		}
		return constant.Float(q)
	case ast.Pow:
		r, e := constant.FloatPow(f, g)
		switch e {
		case constant.ArithOK:
			return constant.Float(r)
		case constant.ComplexResult:
			return foldComplex(op, complex(f, 0), complex(g, 0))
		}
	}
	return nil
}

// foldComplex is complex arithmetic as Python's complex type does it (no // or %).
func foldComplex(op ast.Operator, x, y complex128) constant.Value {
	switch op {
	case ast.Add:
		return constant.Complex(complex(real(x)+real(y), imag(x)+imag(y)))
	case ast.Sub:
		return constant.Complex(complex(real(x)-real(y), imag(x)-imag(y)))
	case ast.Mult:
		return constant.Complex(constant.ComplexProd(x, y))
	case ast.Div:
		if q, ok := constant.ComplexQuot(x, y); ok {
			return constant.Complex(q)
		}
	case ast.Pow:
		if r, e := constant.ComplexPow(x, y); e == constant.ArithOK {
			return constant.Complex(r)
		}
	}
	return nil
}

// foldRepeat is safe_multiply's sequence case: str, bytes and tuples times an int
// within CPython's size limits. ok is false when neither operand is a sequence
// repeated by an int.
func foldRepeat(a, b constant.Value) (constant.Value, bool) {
	seq, count := a, b
	if _, isInt := intOf(a); isInt {
		seq, count = b, a
	}
	n, isInt := intOf(count)
	if !isInt {
		return nil, false
	}
	var size int
	switch x := seq.(type) {
	case constant.Str:
		size = len(constant.CodePoints(string(x)))
	case constant.Bytes:
		size = len(x)
	case constant.Tuple:
		size = len(x)
	case constant.FrozenSet:
		return nil, true // TypeError
	default:
		return nil, false
	}
	if !n.IsInt64() {
		return nil, true // too big for an index (or for the limits)
	}
	k := n.Int64()
	if size > 0 {
		limit := int64(maxStrSize)
		if _, ok := seq.(constant.Tuple); ok {
			limit = maxCollectionSize
		}
		if k < 0 || k > limit/int64(size) {
			return nil, true
		}
		if t, ok := seq.(constant.Tuple); ok && k > 0 && checkComplexity(t, maxTotalItems/int(k)) < 0 {
			return nil, true
		}
	}
	k = max(k, 0)
	switch x := seq.(type) {
	case constant.Str:
		return constant.Str(strings.Repeat(string(x), int(k))), true
	case constant.Bytes:
		return constant.Bytes(strings.Repeat(string(x), int(k))), true
	}
	t := seq.(constant.Tuple)
	out := constant.Tuple{}
	for i := int64(0); i < k; i++ {
		out = append(out, t...)
	}
	return out, true
}

// checkComplexity is check_complexity: limit less the items of v and of the tuples
// and frozensets nested in it (negative once past the limit).
func checkComplexity(v constant.Value, limit int) int {
	var items []constant.Value
	switch x := v.(type) {
	case constant.Tuple:
		items = x
	case constant.FrozenSet:
		items = x
	default:
		return limit
	}
	limit -= len(items)
	for i := 0; limit >= 0 && i < len(items); i++ {
		limit = checkComplexity(items[i], limit)
	}
	return limit
}

// foldSubscript is fold_subscr: a str, bytes or tuple constant indexed by an int
// constant in range.
func foldSubscript(v, index constant.Value) constant.Value {
	i, ok := intOf(index)
	if !ok || !i.IsInt64() {
		return nil
	}
	k := i.Int64()
	at := func(n int) (int, bool) {
		if k < 0 {
			k += int64(n)
		}
		return int(k), k >= 0 && k < int64(n)
	}
	switch x := v.(type) {
	case constant.Str:
		cps := constant.CodePoints(string(x))
		if j, ok := at(len(cps)); ok {
			return constant.Str(constant.EncodeCodePoint(cps[j]))
		}
	case constant.Bytes:
		if j, ok := at(len(x)); ok {
			return constant.NewInt(int64(x[j]))
		}
	case constant.Tuple:
		if j, ok := at(len(x)); ok {
			return x[j]
		}
	}
	return nil
}

// newFrozenSet is PyFrozenSet_New over constants: equal items (1, 1.0 and True; 0
// and -0.0) are one member, the first.
func newFrozenSet(items []constant.Value) constant.FrozenSet {
	fs := constant.FrozenSet{}
	for _, v := range items {
		dup := false
		for _, w := range fs {
			if pyEqual(v, w) {
				dup = true
				break
			}
		}
		if !dup {
			fs = append(fs, v)
		}
	}
	return fs
}

func isNumber(v constant.Value) bool {
	switch v.(type) {
	case constant.Int, constant.Bool, constant.Float, constant.Complex:
		return true
	}
	return false
}

// pyEqual is Python's == between constants.
func pyEqual(a, b constant.Value) bool {
	if isNumber(a) && isNumber(b) {
		return numberEqual(a, b)
	}
	switch x := a.(type) {
	case constant.Str:
		y, ok := b.(constant.Str)
		return ok && x == y
	case constant.Bytes:
		y, ok := b.(constant.Bytes)
		return ok && x == y
	case constant.Tuple:
		y, ok := b.(constant.Tuple)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !pyEqual(x[i], y[i]) {
				return false
			}
		}
		return true
	case constant.FrozenSet:
		y, ok := b.(constant.FrozenSet)
		if !ok || len(x) != len(y) {
			return false
		}
		for _, v := range x {
			found := false
			for _, w := range y {
				if pyEqual(v, w) {
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	case constant.NoneType, constant.EllipsisType:
		return a == b
	}
	return false
}

// numberEqual compares numbers exactly, as Python does across int, float and complex.
func numberEqual(a, b constant.Value) bool {
	if x, ok := intOf(a); ok {
		if y, ok := intOf(b); ok {
			return x.Cmp(y) == 0
		}
	}
	_, ca := a.(constant.Complex)
	_, cb := b.(constant.Complex)
	if ca || cb {
		re := func(v constant.Value) (constant.Value, float64) {
			if c, ok := v.(constant.Complex); ok {
				return constant.Float(real(c)), imag(c)
			}
			return v, 0
		}
		ra, ia := re(a)
		rb, ib := re(b)
		return ia == ib && numberEqual(ra, rb)
	}
	fa, isFa := a.(constant.Float)
	fb, isFb := b.(constant.Float)
	if isFa && isFb {
		return fa == fb
	}
	intSide, f := a, float64(fb) // an int and a float
	if isFa {
		intSide, f = b, float64(fa)
	}
	n, _ := intOf(intSide)
	if math.IsInf(f, 0) || math.IsNaN(f) || f != math.Trunc(f) {
		return false
	}
	m, _ := new(big.Float).SetFloat64(f).Int(nil)
	return m.Cmp(n) == 0
}
