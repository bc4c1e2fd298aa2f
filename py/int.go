package py

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"unsafe"
)

// IntType is int; BoolType is bool.
var (
	intType  = newType("int", nil, nil)
	boolType = newType("bool", intType, nil)
)

// bigInt is a boxed int: a value outside int64, or an instance of an int subclass.
type bigInt struct {
	Header
	v big.Int
}

func init() {
	intTag.typ = intType
	boolTag.typ = boolType
}

// NewBigInt returns the int for b (unboxed when it fits in int64). b is not kept.
func NewBigInt(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	o := &bigInt{Header: Header{typ: intType}}
	o.v.Set(b)
	return Value{p: unsafe.Pointer(o)}
}

// newBigOwned is NewBigInt taking ownership of b.
func newBigOwned(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	o := &bigInt{Header: Header{typ: intType}, v: *b}
	return Value{p: unsafe.Pointer(o)}
}

// isInt reports whether v is an int (bools and int subclasses included).
func (v Value) isInt() bool {
	return v.p == unsafe.Pointer(intTag) || v.p == unsafe.Pointer(boolTag) || v.Type().layout == intType
}

// intParts returns v's value as a small int (ok) or as a big.Int (small=false).
// v must satisfy isInt.
func intParts(v Value) (int64, *big.Int, bool) {
	if v.p == unsafe.Pointer(intTag) || v.p == unsafe.Pointer(boolTag) {
		return int64(v.n), nil, true
	}
	b := &(*bigInt)(v.p).v
	if b.IsInt64() {
		return b.Int64(), nil, true
	}
	return 0, b, false
}

// bigOf returns v as a big.Int (a new one for small values).
func bigOf(v Value) *big.Int {
	s, b, ok := intParts(v)
	if ok {
		return big.NewInt(s)
	}
	return b
}

// AsInt64 returns the value of an int that fits in int64.
func AsInt64(v Value) (int64, bool) {
	if !v.isInt() {
		return 0, false
	}
	s, _, ok := intParts(v)
	return s, ok
}

func intRepr(t *Thread, v Value) (Value, *Exception) {
	s, b, ok := intParts(v)
	if ok {
		return NewStr(strconv.FormatInt(s, 10)), nil
	}
	if lim := t.interp.intMaxStrDigits; lim > 0 && b.BitLen() > 14000 {
		// A cheap bound first: digits >= bits*log10(2).
		if float64(b.BitLen())*0.30102999566398 > float64(lim)+1 {
			return Value{}, Errorf(valueError, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", lim)
		}
	}
	str := b.String()
	if lim := t.interp.intMaxStrDigits; lim > 0 {
		n := len(str)
		if str[0] == '-' {
			n--
		}
		if n > lim {
			return Value{}, Errorf(valueError, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", lim)
		}
	}
	return NewStr(str), nil
}

func intHashSlot(t *Thread, v Value) (int64, *Exception) {
	s, b, ok := intParts(v)
	if ok {
		return intHash(s), nil
	}
	return bigHash(b), nil
}

// intCompare compares two ints: -1, 0, 1.
func intCompare(a, b Value) int {
	x, xb, xs := intParts(a)
	y, yb, ys := intParts(b)
	if xs && ys {
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	}
	if xs {
		xb = big.NewInt(x)
	}
	if ys {
		yb = big.NewInt(y)
	}
	return xb.Cmp(yb)
}

func cmpResult(c int, op CompareOp) bool {
	switch op {
	case LT:
		return c < 0
	case LE:
		return c <= 0
	case EQ:
		return c == 0
	case NE:
		return c != 0
	case GT:
		return c > 0
	}
	return c >= 0
}

func intRichcmp(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
	if b.isInt() {
		return Bool(cmpResult(intCompare(a, b), op)), nil
	}
	return pyNotImplemented, nil // floats and the rest: their reflected slot decides (int.__eq__(1, 1.0) is NotImplemented)
}

// intArith applies a binary operator to two ints.
func intArith(t *Thread, op int, a, b Value) (Value, *Exception) {
	x, xb, xs := intParts(a)
	y, yb, ys := intParts(b)
	if xs && ys {
		switch op {
		case nbAdd:
			if r := x + y; (x >= 0) != (y >= 0) || (r >= 0) == (x >= 0) {
				return Int(r), nil
			}
		case nbSub:
			r := x - y
			if (x >= 0) == (y >= 0) || (r >= 0) == (x >= 0) {
				return Int(r), nil
			}
		case nbMul:
			hi, lo := bits.Mul64(uint64(absI(x)), uint64(absI(y)))
			if hi == 0 && lo < 1<<63 && x != math.MinInt64 && y != math.MinInt64 {
				r := int64(lo)
				if (x < 0) != (y < 0) {
					r = -r
				}
				return Int(r), nil
			}
		case nbFloorDiv, nbMod:
			if y == 0 {
				if op == nbMod {
					return Value{}, Errorf(zeroDivisionError, "integer modulo by zero")
				}
				return Value{}, Errorf(zeroDivisionError, "integer division or modulo by zero")
			}
			if !(x == math.MinInt64 && y == -1) {
				q, r := x/y, x%y
				if r != 0 && (r < 0) != (y < 0) {
					q--
					r += y
				}
				if op == nbMod {
					return Int(r), nil
				}
				return Int(q), nil
			}
		case nbAnd:
			return Int(x & y), nil
		case nbOr:
			return Int(x | y), nil
		case nbXor:
			return Int(x ^ y), nil
		case nbLshift:
			if y < 0 {
				return Value{}, Errorf(valueError, "negative shift count")
			}
			if y < 63 && x == (x<<y)>>y {
				return Int(x << y), nil
			}
		case nbRshift:
			if y < 0 {
				return Value{}, Errorf(valueError, "negative shift count")
			}
			if y > 63 {
				y = 63
			}
			return Int(x >> y), nil
		case nbTrueDiv:
			if y == 0 {
				return Value{}, Errorf(zeroDivisionError, "division by zero")
			}
			if absI(x) < 1<<53 && absI(y) < 1<<53 {
				return Float(float64(x) / float64(y)), nil
			}
		case nbPow:
			return intPow(t, a, b)
		}
	}
	if xs {
		xb = big.NewInt(x)
	}
	if ys {
		yb = big.NewInt(y)
	}
	r := new(big.Int)
	switch op {
	case nbAdd:
		r.Add(xb, yb)
	case nbSub:
		r.Sub(xb, yb)
	case nbMul:
		r.Mul(xb, yb)
	case nbFloorDiv, nbMod:
		if yb.Sign() == 0 {
			if op == nbMod {
				return Value{}, Errorf(zeroDivisionError, "integer modulo by zero")
			}
			return Value{}, Errorf(zeroDivisionError, "integer division or modulo by zero")
		}
		q, m := floorDivMod(xb, yb)
		if op == nbMod {
			return newBigOwned(m), nil
		}
		return newBigOwned(q), nil
	case nbAnd:
		r.And(xb, yb)
	case nbOr:
		r.Or(xb, yb)
	case nbXor:
		r.Xor(xb, yb)
	case nbLshift:
		if yb.Sign() < 0 {
			return Value{}, Errorf(valueError, "negative shift count")
		}
		if xb.Sign() == 0 {
			return Int(0), nil
		}
		if !yb.IsInt64() {
			return Value{}, Errorf(overflowError, "too many digits in integer")
		}
		if err := t.checkAlloc(yb.Int64()/8+int64(xb.BitLen())/8+1, 1); err != nil {
			return Value{}, err
		}
		r.Lsh(xb, uint(yb.Int64()))
	case nbRshift:
		if yb.Sign() < 0 {
			return Value{}, Errorf(valueError, "negative shift count")
		}
		if !yb.IsInt64() || yb.Int64() > 1<<40 {
			if xb.Sign() < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		r.Rsh(xb, uint(yb.Int64()))
	case nbTrueDiv:
		if yb.Sign() == 0 {
			return Value{}, Errorf(zeroDivisionError, "division by zero")
		}
		q := new(big.Rat).SetFrac(xb, yb)
		f, _ := q.Float64()
		if math.IsInf(f, 0) {
			return Value{}, Errorf(overflowError, "integer division result too large for a float")
		}
		if f == 0 && xb.Sign()*yb.Sign() < 0 || xb.Sign() == 0 && yb.Sign() < 0 {
			f = math.Copysign(0, -1) // 0 / -big is -0.0, as the float division
		}
		return Float(f), nil
	case nbPow:
		return intPow(t, a, b)
	default:
		return pyNotImplemented, nil
	}
	return newBigOwned(r), nil
}

func absI(x int64) uint64 {
	if x < 0 {
		return uint64(-x)
	}
	return uint64(x)
}

// floorDivMod is Python's // and % for big ints.
func floorDivMod(x, y *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int), new(big.Int)
	q.QuoRem(x, y, m)
	if m.Sign() != 0 && (m.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, y)
	}
	return q, m
}

func intPow(t *Thread, a, b Value) (Value, *Exception) {
	eb := bigOf(b)
	if eb.Sign() < 0 {
		x := intToFloatV(a)
		y := intToFloatV(b)
		if x == 0 {
			return Value{}, Errorf(zeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		return floatPow(t, x, y)
	}
	base := bigOf(a)
	if eb.BitLen() > 32 {
		switch {
		case base.Sign() == 0 || base.CmpAbs(big.NewInt(1)) == 0:
			if base.Sign() < 0 && eb.Bit(0) == 0 {
				return Int(1), nil
			}
			return NewBigInt(base), nil
		}
		return Value{}, NewException(memoryError)
	}
	if xs, _, ok := intParts(a); ok {
		e := eb.Int64()
		r := int64(1)
		x := xs
		overflow := false
		for e > 0 && !overflow {
			if e&1 == 1 {
				hi, lo := bits.Mul64(absI(r), absI(x))
				if hi != 0 || lo >= 1<<63 {
					overflow = true
					break
				}
				neg := (r < 0) != (x < 0)
				r = int64(lo)
				if neg {
					r = -r
				}
			}
			e >>= 1
			if e > 0 {
				hi, lo := bits.Mul64(absI(x), absI(x))
				if hi != 0 || lo >= 1<<63 {
					overflow = true
					break
				}
				x = int64(lo)
			}
		}
		if !overflow {
			return Int(r), nil
		}
	}
	// The result has at least (bits of |base| - 1) * exponent bits: a result
	// that cannot be allocated is MemoryError before the long computation.
	if hi, lo := bits.Mul64(uint64(base.BitLen()-1), eb.Uint64()); hi != 0 || lo/8 > uint64(math.MaxInt64) {
		return Value{}, NewException(memoryError)
	} else if err := t.checkAlloc(int64(lo/8), 1); err != nil {
		return Value{}, err
	}
	return newBigOwned(new(big.Int).Exp(base, eb, nil)), nil
}

// intPowMod is pow(a, b, m) for ints.
func intPowMod(t *Thread, a, b, m Value) (Value, *Exception) {
	mb := bigOf(m)
	if mb.Sign() == 0 {
		return Value{}, Errorf(valueError, "pow() 3rd argument cannot be 0")
	}
	base := new(big.Int).Set(bigOf(a))
	exp := new(big.Int).Set(bigOf(b))
	mabs := new(big.Int).Abs(mb)
	if exp.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(base, mabs), mabs)
		if inv == nil {
			return Value{}, Errorf(valueError, "base is not invertible for the given modulus")
		}
		base = inv
		exp.Neg(exp)
	}
	r := new(big.Int).Exp(new(big.Int).Mod(base, mabs), exp, mabs)
	if mb.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, mb)
	}
	return newBigOwned(r), nil
}

// intToFloat converts an int to float64, with CPython's OverflowError.
func intToFloat(v Value) (float64, *Exception) {
	s, b, ok := intParts(v)
	if ok {
		return float64(s), nil
	}
	f, _ := new(big.Float).SetInt(b).Float64()
	if math.IsInf(f, 0) {
		return 0, Errorf(overflowError, "int too large to convert to float")
	}
	return f, nil
}

func intToFloatV(v Value) float64 {
	f, _ := intToFloat(v)
	return f
}

// intBinary wraps intArith as a slot: NotImplemented unless both operands are ints.
func intBinary(op int) binaryFunc {
	return func(t *Thread, a, b Value) (Value, *Exception) {
		if !a.isInt() || !b.isInt() {
			return pyNotImplemented, nil
		}
		return intArith(t, op, a, b)
	}
}

func intBinaryR(op int) binaryFunc {
	return func(t *Thread, b, a Value) (Value, *Exception) {
		if !a.isInt() || !b.isInt() {
			return pyNotImplemented, nil
		}
		return intArith(t, op, a, b)
	}
}

// intFromString parses int(s, base) with CPython's rules and message.
func intFromString(t *Thread, s string, base int, orig Value) (Value, *Exception) {
	bad := func() *Exception {
		r, _ := Repr(t, orig)
		return Errorf(valueError, "invalid literal for int() with base %d: %s", base, r)
	}
	str := strings.TrimFunc(asciiDigits(s), isSpaceRune)
	neg := false
	if str != "" && (str[0] == '+' || str[0] == '-') {
		neg = str[0] == '-'
		str = str[1:]
	}
	b := base
	if len(str) >= 2 && str[0] == '0' {
		p := str[1] | 0x20
		if (p == 'x' && (b == 16 || b == 0)) || (p == 'o' && (b == 8 || b == 0)) || (p == 'b' && (b == 2 || b == 0)) {
			switch p {
			case 'x':
				b = 16
			case 'o':
				b = 8
			case 'b':
				b = 2
			}
			str = str[2:]
			if strings.HasPrefix(str, "_") {
				str = str[1:]
			}
		}
	}
	if b == 0 {
		b = 10
		if len(str) > 1 && str[0] == '0' && strings.Trim(str, "0_") != "" {
			return Value{}, bad()
		}
	}
	if str == "" || str[0] == '_' || str[len(str)-1] == '_' || strings.Contains(str, "__") {
		return Value{}, bad()
	}
	digits := make([]byte, 0, len(str))
	for i := 0; i < len(str); i++ {
		c := str[i]
		if c == '_' {
			continue
		}
		var d int
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case c >= 'a' && c <= 'z':
			d = int(c-'a') + 10
		case c >= 'A' && c <= 'Z':
			d = int(c-'A') + 10
		default:
			if c >= 0x80 {
				r, n := decodeRune(str[i:])
				if dv := unicodeDecimal(r); dv >= 0 {
					i += n - 1
					d = dv
					c = byte('0' + dv)
					break
				}
			}
			return Value{}, bad()
		}
		if d >= b {
			return Value{}, bad()
		}
		digits = append(digits, c)
	}
	if lim := t.interp.intMaxStrDigits; lim > 0 && b&(b-1) != 0 && len(digits) > lim {
		return Value{}, Errorf(valueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", lim, len(digits))
	}
	ds := string(digits)
	if len(ds) <= 18 && b == 10 || len(ds) <= 15 {
		n, err := strconv.ParseInt(ds, b, 64)
		if err == nil {
			if neg {
				n = -n
			}
			return Int(n), nil
		}
	}
	r, ok := new(big.Int).SetString(ds, b)
	if !ok {
		return Value{}, bad()
	}
	if neg {
		r.Neg(r)
	}
	return newBigOwned(r), nil
}

// intNew is int.__new__.
func intNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *Exception) {
	var a [2]Value
	if n := len(args) - kwLen(kwnames); n > 2 {
		return Value{}, typeErrorf("int expected at most 2 arguments, got %d", n)
	}
	if err := parseArgs("int", args, kwnames, []string{"x", "base"}, 1, 0, -1, a[:]); err != nil {
		return Value{}, err
	}
	var r Value
	var err *Exception
	if a[0].IsNil() {
		if !a[1].IsNil() {
			return Value{}, typeErrorf("int() missing string argument")
		}
		r = Int(0)
	} else if !a[1].IsNil() {
		base, e := IndexInt(t, a[1], nil)
		if e != nil {
			return Value{}, e
		}
		if base != 0 && (base < 2 || base > 36) {
			return Value{}, Errorf(valueError, "int() base must be >= 2 and <= 36, or 0")
		}
		x := a[0]
		switch {
		case x.Type().layout == strType:
			r, err = intFromString(t, x.str().s, int(base), x)
		case x.Type().layout == bytesType || x.Type().layout == byteArrayType:
			r, err = intFromString(t, string(bytesOf(x)), int(base), x)
		default:
			return Value{}, typeErrorf("int() can't convert non-string with explicit base")
		}
	} else {
		r, err = ToInt(t, a[0])
	}
	if err != nil {
		return Value{}, err
	}
	if typ == intType {
		return r, nil
	}
	o := &bigInt{Header: Header{typ: typ}}
	o.v.Set(bigOf(r))
	return Value{p: unsafe.Pointer(o)}, nil
}

// ToInt is int(x) for one argument.
func ToInt(t *Thread, x Value) (Value, *Exception) {
	if x.IsSmallInt() {
		return x, nil
	}
	typ := x.Type()
	if x.isInt() {
		s, b, ok := intParts(x)
		if ok {
			return Int(s), nil
		}
		return NewBigInt(b), nil
	}
	if typ.int != nil {
		r, err := typ.int(t, x)
		if err != nil {
			return Value{}, err
		}
		if !r.isInt() {
			return Value{}, typeErrorf("__int__ returned non-int (type %s)", typeName(r))
		}
		if r.Type() != intType {
			if err := t.Warn(deprecationWarning, fmt.Sprintf("__int__ returned non-int (type %s).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.", typeName(r))); err != nil {
				return Value{}, err
			}
			return ToInt(t, r)
		}
		return r, nil
	}
	if typ.index != nil {
		r, err := Index(t, x)
		if err != nil || r.Type() == intType {
			return r, err
		}
		return ToInt(t, r)
	}
	if tr := typ.lookupS("__trunc__"); !tr.IsNil() {
		r, err := callMethodDescr(t, tr, x)
		if err != nil {
			return Value{}, err
		}
		if !r.isInt() {
			return Index(t, r)
		}
		return r, nil
	}
	switch typ.layout {
	case strType:
		return intFromString(t, x.str().s, 10, x)
	case bytesType, byteArrayType:
		return intFromString(t, string(bytesOf(x)), 10, x)
	}
	return Value{}, typeErrorf("int() argument must be a string, a bytes-like object or a real number, not '%s'", typeName(x))
}

func boolRepr(t *Thread, v Value) (Value, *Exception) {
	if v.n != 0 {
		return NewStr("True"), nil
	}
	return NewStr("False"), nil
}

func boolBinary(op int) binaryFunc {
	return func(t *Thread, a, b Value) (Value, *Exception) {
		if a.isBool() && b.isBool() {
			switch op {
			case nbAnd:
				return Bool(a.n&b.n != 0), nil
			case nbOr:
				return Bool(a.n|b.n != 0), nil
			case nbXor:
				return Bool(a.n^b.n != 0), nil
			}
		}
		if !a.isInt() || !b.isInt() {
			return pyNotImplemented, nil
		}
		return intArith(t, op, a, b)
	}
}

func intFormatBase(v Value, base int, prefix string) string {
	s, b, ok := intParts(v)
	var digits string
	neg := false
	if ok {
		neg = s < 0
		digits = strconv.FormatUint(absI(s), base)
	} else {
		neg = b.Sign() < 0
		digits = new(big.Int).Abs(b).Text(base)
	}
	if neg {
		return "-" + prefix + digits
	}
	return prefix + digits
}

func init() {
	intType.new = intNew
	intType.repr = intRepr
	intType.hash = intHashSlot
	intType.richcmp = intRichcmp
	intType.bool = func(t *Thread, v Value) (bool, *Exception) {
		s, _, ok := intParts(v)
		return !ok || s != 0, nil
	}
	for op := 0; op < nbCount; op++ {
		if op == nbMatmul {
			continue
		}
		intType.ownNum().nb[op] = intBinary(op)
		intType.ownNum().nbr[op] = intBinaryR(op)
	}
	intType.neg = func(t *Thread, v Value) (Value, *Exception) {
		s, b, ok := intParts(v)
		if ok && s != math.MinInt64 {
			return Int(-s), nil
		}
		if ok {
			b = big.NewInt(s)
		}
		return newBigOwned(new(big.Int).Neg(b)), nil
	}
	intType.pos = func(t *Thread, v Value) (Value, *Exception) { return ToInt(t, v) }
	intType.abs = func(t *Thread, v Value) (Value, *Exception) {
		if intCompare(v, Int(0)) < 0 {
			return intType.neg(t, v)
		}
		return ToInt(t, v)
	}
	intType.invert = func(t *Thread, v Value) (Value, *Exception) {
		s, b, ok := intParts(v)
		if ok {
			return Int(^s), nil
		}
		return newBigOwned(new(big.Int).Not(b)), nil
	}
	intType.index = func(t *Thread, v Value) (Value, *Exception) { return ToInt(t, v) }
	intType.int = intType.index
	intType.float = func(t *Thread, v Value) (Value, *Exception) {
		f, err := intToFloat(v)
		if err != nil {
			return Value{}, err
		}
		return Float(f), nil
	}
	intType.readyLazy(func() []*MethodDef { return intMethods() })

	boolType.basetype = false
	boolType.new = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *Exception) {
		if err := noKwargs("bool", kwnames); err != nil {
			return Value{}, err
		}
		if err := checkArgs("bool", args, 0, 1); err != nil {
			return Value{}, err
		}
		if len(args) == 0 {
			return pyFalse, nil
		}
		b, err := IsTrue(t, args[0])
		return Bool(b), err
	}
	boolType.repr = boolRepr
	for _, op := range []int{nbAnd, nbOr, nbXor} {
		boolType.ownNum().nb[op] = boolBinary(op)
		boolType.ownNum().nbr[op] = func(t *Thread, b, a Value) (Value, *Exception) { return boolBinary(op)(t, a, b) }
	}
	boolType.invert = func(t *Thread, v Value) (Value, *Exception) {
		return Int(^int64(v.n)), nil
	}
	boolType.ready()
}

func intMethods() []*MethodDef {
	return []*MethodDef{
		methNoArgs("int.bit_length", func(t *Thread, self Value) (Value, *Exception) {
			s, b, ok := intParts(self)
			if ok {
				return Int(int64(bits.Len64(absI(s)))), nil
			}
			return Int(int64(b.BitLen())), nil
		}),
		methNoArgs("int.bit_count", func(t *Thread, self Value) (Value, *Exception) {
			s, b, ok := intParts(self)
			if ok {
				return Int(int64(bits.OnesCount64(absI(s)))), nil
			}
			n := 0
			for _, w := range new(big.Int).Abs(b).Bits() {
				n += bits.OnesCount(uint(w))
			}
			return Int(int64(n)), nil
		}),
		getset("real", func(t *Thread, v Value) (Value, *Exception) { return ToInt(t, v) }, nil),
		getset("imag", func(t *Thread, v Value) (Value, *Exception) { return Int(0), nil }, nil),
		getset("numerator", func(t *Thread, v Value) (Value, *Exception) { return ToInt(t, v) }, nil),
		getset("denominator", func(t *Thread, v Value) (Value, *Exception) { return Int(1), nil }, nil),
		methNoArgs("int.conjugate", func(t *Thread, self Value) (Value, *Exception) { return ToInt(t, self) }),
		methNoArgs("int.__trunc__", func(t *Thread, self Value) (Value, *Exception) { return ToInt(t, self) }),
		methNoArgs("int.__floor__", func(t *Thread, self Value) (Value, *Exception) { return ToInt(t, self) }),
		methNoArgs("int.__ceil__", func(t *Thread, self Value) (Value, *Exception) { return ToInt(t, self) }),
		methNoArgs("int.is_integer", func(t *Thread, self Value) (Value, *Exception) { return pyTrue, nil }),
		methNoArgs("int.__getnewargs__", func(t *Thread, self Value) (Value, *Exception) {
			v, _ := ToInt(t, self)
			return NewTuple(v), nil
		}),
		methO("int.__divmod__", func(t *Thread, self, o Value) (Value, *Exception) {
			if !o.isInt() {
				return pyNotImplemented, nil
			}
			return numDivmod(t, self, o)
		}),
		methO("int.__rdivmod__", func(t *Thread, self, o Value) (Value, *Exception) {
			if !o.isInt() {
				return pyNotImplemented, nil
			}
			return numDivmod(t, o, self)
		}),
		methNoArgs("int.as_integer_ratio", func(t *Thread, self Value) (Value, *Exception) {
			v, _ := ToInt(t, self)
			return NewTuple(v, Int(1)), nil
		}),
		methN("__round__", 0, 1, func(t *Thread, self Value, args []Value) (Value, *Exception) {
			v, _ := ToInt(t, self)
			if len(args) == 0 || args[0].IsNone() {
				return v, nil
			}
			nd, err := Index(t, args[0])
			if err != nil {
				return Value{}, err
			}
			if intCompare(nd, Int(0)) >= 0 {
				return v, nil
			}
			n, ok := AsInt64(nd)
			if !ok || n < -100000 {
				return Int(0), nil
			}
			pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
			x := bigOf(v)
			q, r := floorDivMod(x, pow)
			twice := new(big.Int).Lsh(r, 1)
			c := twice.Cmp(pow)
			if c > 0 || c == 0 && q.Bit(0) == 1 {
				q.Add(q, big.NewInt(1))
			}
			return newBigOwned(q.Mul(q, pow)), nil
		}),
		&MethodDef{Name: "to_bytes", Fn: intToBytes},
		&MethodDef{Name: "from_bytes", Fn: intFromBytes, Class: true},
		methO("int.__format__", func(t *Thread, self, spec Value) (Value, *Exception) {
			if spec.Type() != strType {
				return Value{}, typeErrorf("__format__() argument must be str, not %s", typeName(spec))
			}
			return formatInt(t, self, spec.str().s)
		}),
		methNoArgs("int.__sizeof__", func(t *Thread, self Value) (Value, *Exception) {
			s, b, ok := intParts(self)
			if ok {
				if s == 0 {
					return Int(28), nil
				}
				return Int(int64(24 + 4*((bits.Len64(absI(s))+29)/30))), nil
			}
			return Int(int64(24 + 4*((b.BitLen()+29)/30))), nil
		}),
	}
}

func intToBytes(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *Exception) {
	var a [3]Value
	if err := parseArgs("to_bytes", args, kwnames, []string{"length", "byteorder", "signed"}, 0, 0, 2, a[:]); err != nil {
		return Value{}, err
	}
	length := int64(1)
	if !a[0].IsNil() {
		var err *Exception
		if length, err = IndexInt(t, a[0], nil); err != nil {
			return Value{}, err
		}
		if length < 0 {
			return Value{}, Errorf(valueError, "length argument must be non-negative")
		}
		if err := t.checkAlloc(length, 1); err != nil {
			return Value{}, err
		}
	}
	little := false
	if !a[1].IsNil() {
		if a[1].Type() != strType {
			return Value{}, typeErrorf("to_bytes() argument 'byteorder' must be str, not %s", typeName(a[1]))
		}
		switch a[1].str().s {
		case "little":
			little = true
		case "big":
		default:
			return Value{}, Errorf(valueError, "byteorder must be either 'little' or 'big'")
		}
	}
	signed := false
	if !a[2].IsNil() {
		b, err := IsTrue(t, a[2])
		if err != nil {
			return Value{}, err
		}
		signed = b
	}
	x := new(big.Int).Set(bigOf(self))
	if x.Sign() < 0 && !signed {
		return Value{}, Errorf(overflowError, "can't convert negative int to unsigned")
	}
	if x.Sign() < 0 {
		x.Add(x, new(big.Int).Lsh(big.NewInt(1), uint(8*length)))
		if x.Sign() < 0 || x.BitLen() < int(8*length) && length > 0 && x.Bit(int(8*length-1)) == 0 {
			return Value{}, Errorf(overflowError, "int too big to convert")
		}
	} else if signed && length > 0 && x.BitLen() >= int(8*length) || signed && length == 0 && x.Sign() != 0 {
		return Value{}, Errorf(overflowError, "int too big to convert")
	}
	b := x.Bytes()
	if int64(len(b)) > length {
		return Value{}, Errorf(overflowError, "int too big to convert")
	}
	out := make([]byte, length)
	copy(out[length-int64(len(b)):], b)
	if little {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return NewBytes(out), nil
}

func intFromBytes(t *Thread, cls Value, args []Value, kwnames *Tuple) (Value, *Exception) {
	var a [3]Value
	if err := parseArgs("from_bytes", args, kwnames, []string{"bytes", "byteorder", "signed"}, 0, 1, 2, a[:]); err != nil {
		return Value{}, err
	}
	if a[0].Type().layout == strType {
		return Value{}, typeErrorf("cannot convert 'str' object to bytes")
	}
	data, err := bytesFromObject(t, a[0])
	if err != nil {
		return Value{}, err
	}
	little := false
	if !a[1].IsNil() {
		if a[1].Type().layout != strType {
			return Value{}, typeErrorf("from_bytes() argument 'byteorder' must be str, not %s", typeName(a[1]))
		}
		switch a[1].str().s {
		case "little":
			little = true
		case "big":
		default:
			return Value{}, Errorf(valueError, "byteorder must be either 'little' or 'big'")
		}
	}
	signed := false
	if !a[2].IsNil() {
		signed, err = IsTrue(t, a[2])
		if err != nil {
			return Value{}, err
		}
	}
	b := append([]byte(nil), data...)
	if little {
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
	}
	x := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0]&0x80 != 0 {
		x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	r := newBigOwned(x)
	if c := cls.typeObj(); c != intType {
		return Call(t, cls, r)
	}
	return r, nil
}
