package py

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unsafe"

	"github.com/kaa-python/kaa/constant"
)

// floatType is float.
var floatType = newType("float", nil, nil)

// boxedFloat is an instance of a float subclass.
type boxedFloat struct {
	Header
	f float64
}

func init() { floatTag.typ = floatType }

// floatOf returns the float64 of a float or float subclass instance.
func isFinite(f float64) bool { return !math.IsInf(f, 0) && !math.IsNaN(f) }

func floatOf(v Value) float64 {
	if v.p == unsafe.Pointer(floatTag) {
		return v.float()
	}
	return (*boxedFloat)(v.p).f
}

func (v Value) isFloatLike() bool { return v.IsFloat() || v.Type().layout == floatType }

// FloatRepr is repr() of a float.
func FloatRepr(f float64) string { return constant.FloatRepr(f) }

// floatIntCompare compares a float with an int exactly: -1, 0, 1 (NaN: 2, never equal).
func floatIntCompare(f float64, i Value) int {
	if math.IsNaN(f) {
		return 2
	}
	if math.IsInf(f, 1) {
		return 1
	}
	if math.IsInf(f, -1) {
		return -1
	}
	if s, _, ok := intParts(i); ok && s > -(1<<53) && s < 1<<53 {
		g := float64(s)
		switch {
		case f < g:
			return -1
		case f > g:
			return 1
		}
		return 0
	}
	bf := new(big.Float).SetPrec(0).SetFloat64(f)
	bi := new(big.Float).SetPrec(0).SetInt(bigOf(i))
	return bf.Cmp(bi)
}

func floatRichcmp(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
	x := floatOf(a)
	if b.isFloatLike() {
		y := floatOf(b)
		var r bool
		switch op {
		case LT:
			r = x < y
		case LE:
			r = x <= y
		case EQ:
			r = x == y
		case NE:
			r = x != y
		case GT:
			r = x > y
		case GE:
			r = x >= y
		}
		return Bool(r), nil
	}
	if b.isInt() {
		c := floatIntCompare(x, b)
		if c == 2 {
			return Bool(op == NE), nil
		}
		return Bool(cmpResult(c, op)), nil
	}
	return pyNotImplemented, nil
}

// toFloatOperand converts an operand of float arithmetic; ok=false means NotImplemented.
func toFloatOperand(v Value) (float64, bool, *Exception) {
	if v.isFloatLike() {
		return floatOf(v), true, nil
	}
	if v.isInt() {
		f, err := intToFloat(v)
		return f, true, err
	}
	return 0, false, nil
}

func floatArith(t *Thread, op int, x, y float64) (Value, *Exception) {
	switch op {
	case nbAdd:
		return Float(x + y), nil
	case nbSub:
		return Float(x - y), nil
	case nbMul:
		return Float(x * y), nil
	case nbTrueDiv:
		if y == 0 {
			return Value{}, Errorf(zeroDivisionError, "float division by zero")
		}
		return Float(x / y), nil
	case nbFloorDiv:
		if y == 0 {
			return Value{}, Errorf(zeroDivisionError, "float floor division by zero")
		}
		q, _ := floatDivmod(x, y)
		return Float(q), nil
	case nbMod:
		if y == 0 {
			return Value{}, Errorf(zeroDivisionError, "float modulo by zero")
		}
		_, m := floatDivmod(x, y)
		return Float(m), nil
	case nbPow:
		return floatPow(t, x, y)
	}
	return pyNotImplemented, nil
}

// floatDivmod is CPython's float_divmod (y != 0).
func floatDivmod(vx, wx float64) (float64, float64) { return constant.FloatDivmod(vx, wx) }

// floatPow is float_pow.
func floatPow(t *Thread, x, y float64) (Value, *Exception) {
	r, e := constant.FloatPow(x, y)
	switch e {
	case constant.ZeroDivision:
		return Value{}, Errorf(zeroDivisionError, "0.0 cannot be raised to a negative power")
	case constant.Overflow:
		return Value{}, NewException(overflowError, Int(34), NewStr("Numerical result out of range"))
	case constant.ComplexResult:
		return complexPow(t, complex(x, 0), complex(y, 0))
	}
	return Float(r), nil
}

func floatBinary(op int, reflected bool) binaryFunc {
	return func(t *Thread, a, b Value) (Value, *Exception) {
		if reflected {
			a, b = b, a
		}
		x, ok, err := toFloatOperand(a)
		if err != nil || !ok {
			return pyNotImplemented, err
		}
		y, ok, err := toFloatOperand(b)
		if err != nil || !ok {
			return pyNotImplemented, err
		}
		return floatArith(t, op, x, y)
	}
}

// parseFloat is float(str) with CPython's accepted spellings.
func parseFloat(s string) (float64, bool) {
	str := strings.TrimFunc(asciiDigits(s), isSpaceRune)
	if str == "" {
		return 0, false
	}
	l := strings.ToLower(str)
	sign := 1.0
	body := l
	if body[0] == '+' || body[0] == '-' {
		if body[0] == '-' {
			sign = -1
		}
		body = body[1:]
	}
	switch body {
	case "inf", "infinity":
		return math.Inf(int(sign)), true
	case "nan":
		return math.Copysign(NaN(), sign), true
	}
	if strings.ContainsAny(body, "xpn") || strings.HasPrefix(body, "_") || strings.HasSuffix(body, "_") || strings.Contains(body, "__") {
		return 0, false
	}
	for i := 0; i < len(body); i++ {
		if body[i] == '_' {
			if i == 0 || i == len(body)-1 || !isDigit(body[i-1]) || !isDigit(body[i+1]) {
				return 0, false
			}
		}
	}
	body = strings.ReplaceAll(body, "_", "")
	if body == "" || body[0] == '+' || body[0] == '-' {
		return 0, false
	}
	f, err := strconv.ParseFloat(body, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return sign * f, true
		}
		return 0, false
	}
	return sign * f, true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// ToFloat is float(x).
func ToFloat(t *Thread, x Value) (Value, *Exception) {
	if x.IsFloat() {
		return x, nil
	}
	typ := x.Type()
	if typ.layout == floatType && typ.float == nil {
		return Float(floatOf(x)), nil
	}
	if typ.float != nil {
		r, err := typ.float(t, x)
		if err != nil {
			return Value{}, err
		}
		if !r.isFloatLike() {
			return Value{}, typeErrorf("%s.__float__ returned non-float (type %s)", typ.tpName(), typeName(r))
		}
		return Float(floatOf(r)), nil
	}
	if typ.index != nil {
		i, err := Index(t, x)
		if err != nil {
			return Value{}, err
		}
		f, err := intToFloat(i)
		return Float(f), err
	}
	var s string
	switch typ.layout {
	case strType:
		s = x.str().s
	case bytesType, byteArrayType:
		s = string(bytesOf(x))
	default:
		return Value{}, typeErrorf("float() argument must be a string or a real number, not '%s'", typeName(x))
	}
	if f, ok := parseFloat(s); ok {
		return Float(f), nil
	}
	r, _ := Repr(t, x)
	return Value{}, Errorf(valueError, "could not convert string to float: %s", r)
}

// floatToInt is int(float), with CPython's errors for inf and NaN.
func floatToInt(f float64) (Value, *Exception) {
	if math.IsInf(f, 0) {
		return Value{}, Errorf(overflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return Value{}, Errorf(valueError, "cannot convert float NaN to integer")
	}
	f = math.Trunc(f)
	if f >= -9.2e18 && f <= 9.2e18 {
		return Int(int64(f)), nil
	}
	b, _ := big.NewFloat(f).Int(nil)
	return newBigOwned(b), nil
}

// roundFloat rounds f to nd decimal digits, correctly (half to even on the exact
// binary value), as CPython's float.__round__.
func roundFloat(f float64, nd int64) (float64, *Exception) {
	if math.IsNaN(f) || math.IsInf(f, 0) || f == 0 {
		return f, nil
	}
	if nd > 323 {
		return f, nil
	}
	if nd < -308 {
		return math.Copysign(0, f), nil
	}
	if nd >= 0 {
		s := strconv.FormatFloat(f, 'f', int(nd), 64)
		r, _ := strconv.ParseFloat(s, 64)
		if math.IsInf(r, 0) {
			return 0, Errorf(overflowError, "rounded value too large to represent")
		}
		return math.Copysign(r, f), nil
	}
	x := new(big.Rat).SetFloat64(f)
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(-nd), nil)
	x.Quo(x, new(big.Rat).SetInt(pow))
	num, den := x.Num(), x.Denom()
	q, m := floorDivMod(num, den)
	twice := new(big.Int).Lsh(m, 1)
	if c := twice.Cmp(den); c > 0 || c == 0 && q.Bit(0) == 1 {
		q.Add(q, big.NewInt(1))
	}
	q.Mul(q, pow)
	r, _ := new(big.Float).SetInt(q).Float64()
	if math.IsInf(r, 0) {
		return 0, Errorf(overflowError, "rounded value too large to represent")
	}
	return math.Copysign(r, f), nil
}

func floatSelf(v Value) float64 { return floatOf(v) }

func init() {
	floatType.new = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *Exception) {
		if err := noKwargs("float", kwnames); err != nil {
			return Value{}, err
		}
		if err := checkArgs("float", args, 0, 1); err != nil {
			return Value{}, err
		}
		r := Float(0)
		if len(args) == 1 {
			var err *Exception
			if r, err = ToFloat(t, args[0]); err != nil {
				return Value{}, err
			}
		}
		if typ == floatType {
			return r, nil
		}
		return Value{p: unsafe.Pointer(&boxedFloat{Header: Header{typ: typ}, f: floatOf(r)})}, nil
	}
	floatType.repr = func(t *Thread, v Value) (Value, *Exception) { return NewStr(FloatRepr(floatOf(v))), nil }
	floatType.hash = func(t *Thread, v Value) (int64, *Exception) { return floatHash(floatOf(v)), nil }
	floatType.richcmp = floatRichcmp
	floatType.bool = func(t *Thread, v Value) (bool, *Exception) { return floatOf(v) != 0, nil }
	for _, op := range []int{nbAdd, nbSub, nbMul, nbTrueDiv, nbFloorDiv, nbMod, nbPow} {
		floatType.ownNum().nb[op] = floatBinary(op, false)
		floatType.ownNum().nbr[op] = floatBinary(op, true)
	}
	floatType.neg = func(t *Thread, v Value) (Value, *Exception) { return Float(-floatOf(v)), nil }
	floatType.pos = func(t *Thread, v Value) (Value, *Exception) { return Float(floatOf(v)), nil }
	floatType.abs = func(t *Thread, v Value) (Value, *Exception) { return Float(math.Abs(floatOf(v))), nil }
	floatType.int = func(t *Thread, v Value) (Value, *Exception) { return floatToInt(floatOf(v)) }
	floatType.float = func(t *Thread, v Value) (Value, *Exception) { return Float(floatOf(v)), nil }
	floatType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("real", func(t *Thread, v Value) (Value, *Exception) { return Float(floatSelf(v)), nil }, nil),
			getset("imag", func(t *Thread, v Value) (Value, *Exception) { return Float(0), nil }, nil),
			methNoArgs("float.is_integer", func(t *Thread, self Value) (Value, *Exception) {
				f := floatSelf(self)
				return Bool(!math.IsInf(f, 0) && f == math.Trunc(f)), nil
			}),
			methNoArgs("float.conjugate", func(t *Thread, self Value) (Value, *Exception) { return Float(floatSelf(self)), nil }),
			methNoArgs("float.__trunc__", func(t *Thread, self Value) (Value, *Exception) { return floatToInt(floatSelf(self)) }),
			methNoArgs("float.__floor__", func(t *Thread, self Value) (Value, *Exception) { return floatToInt(math.Floor(floatSelf(self))) }),
			methNoArgs("float.__ceil__", func(t *Thread, self Value) (Value, *Exception) { return floatToInt(math.Ceil(floatSelf(self))) }),
			methNoArgs("float.__getnewargs__", func(t *Thread, self Value) (Value, *Exception) { return NewTuple(Float(floatSelf(self))), nil }),
			methO("float.__divmod__", func(t *Thread, self, o Value) (Value, *Exception) { return numDivmod(t, self, o) }),
			methO("float.__rdivmod__", func(t *Thread, self, o Value) (Value, *Exception) { return numDivmod(t, o, self) }),
			methNoArgs("float.as_integer_ratio", func(t *Thread, self Value) (Value, *Exception) {
				f := floatSelf(self)
				if math.IsInf(f, 0) {
					return Value{}, Errorf(overflowError, "cannot convert Infinity to integer ratio")
				}
				if math.IsNaN(f) {
					return Value{}, Errorf(valueError, "cannot convert NaN to integer ratio")
				}
				r := new(big.Rat).SetFloat64(f)
				return NewTuple(NewBigInt(r.Num()), NewBigInt(r.Denom())), nil
			}),
			methN("__round__", 0, 1, func(t *Thread, self Value, args []Value) (Value, *Exception) {
				f := floatSelf(self)
				if len(args) == 0 || args[0].IsNone() {
					r := math.RoundToEven(f)
					return floatToInt(r)
				}
				nd, err := IndexClamped(t, args[0])
				if err != nil {
					return Value{}, err
				}
				r, err := roundFloat(f, nd)
				if err != nil {
					return Value{}, err
				}
				return Float(r), nil
			}),
			methNoArgs("float.hex", func(t *Thread, self Value) (Value, *Exception) { return NewStr(floatHex(floatSelf(self))), nil }),
			&MethodDef{Name: "fromhex", Class: true, Fn: func(t *Thread, cls Value, args []Value, kw *Tuple) (Value, *Exception) {
				if err := checkArgs("fromhex", args, 1, 1); err != nil {
					return Value{}, err
				}
				if args[0].Type().layout != strType {
					return Value{}, typeErrorf("bad argument type for built-in operation")
				}
				hs := strings.TrimFunc(args[0].str().s, isSpaceRune)
				f, ok := parseHexFloat(hs)
				if !ok {
					return Value{}, Errorf(valueError, "invalid hexadecimal floating-point string")
				}
				if math.IsInf(f, 0) && !strings.Contains(strings.ToLower(hs), "inf") {
					return Value{}, Errorf(overflowError, "hexadecimal value too large to represent as a float")
				}
				if cls.typeObj() != floatType {
					return Call(t, cls, Float(f))
				}
				return Float(f), nil
			}},
			&MethodDef{Name: "__getformat__", Class: true, Fn: func(t *Thread, cls Value, args []Value, kw *Tuple) (Value, *Exception) {
				// float.__getformat__('double' or 'float'): the storage format.
				if err := checkArgs("__getformat__", args, 1, 1); err != nil {
					return Value{}, err
				}
				if args[0].Type().layout != strType {
					return Value{}, typeErrorf("__getformat__() argument must be str, not %s", typeName(args[0]))
				}
				switch args[0].str().s {
				case "double", "float":
					return NewStr("IEEE, little-endian"), nil
				}
				return Value{}, Errorf(valueError, "__getformat__() argument 1 must be 'double' or 'float'")
			}},
			methO("float.__format__", func(t *Thread, self, spec Value) (Value, *Exception) {
				if spec.Type() != strType {
					return Value{}, typeErrorf("__format__() argument must be str, not %s", typeName(spec))
				}
				return formatFloat(t, floatSelf(self), spec.str().s)
			}),
		}
	})
}

// floatHex is float.hex().
func floatHex(f float64) string {
	if math.IsNaN(f) {
		return "nan"
	}
	if math.IsInf(f, 1) {
		return "inf"
	}
	if math.IsInf(f, -1) {
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
		f = -f
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	bitsv := math.Float64bits(f)
	exp := int(bitsv>>52) & 0x7ff
	mant := bitsv & (1<<52 - 1)
	lead := 1
	if exp == 0 {
		lead = 0
		exp = -1022
	} else {
		exp -= 1023
	}
	m := strconv.FormatUint(mant, 16)
	m = strings.Repeat("0", 13-len(m)) + m
	es := strconv.Itoa(exp)
	if exp >= 0 {
		es = "+" + es
	}
	return sign + "0x" + strconv.Itoa(lead) + "." + m + "p" + es
}

func parseHexFloat(s string) (float64, bool) {
	l := strings.ToLower(s)
	switch strings.TrimLeft(l, "+-") {
	case "inf", "infinity", "nan":
		f, ok := parseFloat(l)
		return f, ok
	}
	body := l
	neg := false
	if body != "" && (body[0] == '-' || body[0] == '+') {
		neg = body[0] == '-'
		body = body[1:]
	}
	body = strings.TrimPrefix(body, "0x")
	if !strings.Contains(body, "p") {
		body += "p0"
	}
	f, err := strconv.ParseFloat("0x"+body, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, false
		}
	}
	if neg {
		f = -f
	}
	return f, true
}

// parseComplex is complex(str): an optional pair of parentheses around a real
// part, an imaginary part ("j" or "J", with the coefficient optional), or both.
func parseComplex(s string) (complex128, bool) {
	s = strings.TrimFunc(s, isSpaceRune)
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		s = strings.TrimFunc(s[1:len(s)-1], isSpaceRune)
	}
	if s == "" {
		return 0, false
	}
	num := func(t string) (float64, bool) {
		if t == "" || t == "+" || t == "-" {
			return map[string]float64{"": 1, "+": 1, "-": -1}[t], true
		}
		if strings.ContainsAny(t, " \t\n") {
			return 0, false
		}
		return parseFloat(t)
	}
	last := s[len(s)-1]
	if last != 'j' && last != 'J' {
		f, ok := parseFloat(s)
		if !ok || strings.ContainsAny(s, " \t") {
			return 0, false
		}
		return complex(f, 0), true
	}
	body := s[:len(s)-1]
	// The split between the real and imaginary parts: the last sign that is
	// not part of an exponent.
	for i := len(body) - 1; i > 0; i-- {
		c := body[i]
		if (c == '+' || c == '-') && body[i-1] != 'e' && body[i-1] != 'E' {
			re, ok1 := parseFloat(body[:i])
			im, ok2 := num(body[i:])
			if !ok1 || !ok2 || strings.ContainsAny(body[:i], " \t") {
				return 0, false
			}
			return complex(re, im), true
		}
	}
	im, ok := num(body)
	if !ok {
		return 0, false
	}
	return complex(0, im), true
}

// NaN is the NaN CPython's float('nan') and math.nan are (C's NAN, no payload
// bits); Go's math.NaN() has one, which struct.pack would show.
func NaN() float64 { return math.Float64frombits(0x7ff8000000000000) }
