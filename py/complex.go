package py

// complex: the type, its arithmetic (CPython's _Py_c_* functions) and formatting.

import (
	"math"
	"math/cmplx"
	"strconv"
	"strings"
	"unsafe"

	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/internal/libm"
)

type complexObj struct {
	Header
	c complex128
}

var complexType = newType("complex", nil, nil)

// NewComplex returns a Python complex with the value c.
func NewComplex(c complex128) Value {
	return Value{p: unsafe.Pointer(&complexObj{Header: Header{typ: complexType}, c: c})}
}

func complexPow(t *Thread, a, b complex128) (Value, *Exception) {
	r, e := constant.ComplexPow(a, b)
	switch e {
	case constant.ZeroDivision:
		return Value{}, Errorf(zeroDivisionError, "0.0 to a negative or complex power")
	case constant.Overflow:
		return Value{}, Errorf(overflowError, "complex exponentiation")
	}
	return NewComplex(r), nil
}

// complexArg converts an argument of complex(): a number, or an object with
// __complex__, __float__ or __index__.
func complexArg(t *Thread, v Value) (complex128, bool, *Exception) {
	if c, ok := toComplex(v); ok {
		return c, true, nil
	}
	if m, found, err := lookupSpecial(t, v, "__complex__"); err != nil {
		return 0, false, err
	} else if found {
		r, err := Call(t, m)
		if err != nil {
			return 0, false, err
		}
		if r.Type().layout != complexType {
			return 0, false, typeErrorf("__complex__ returned non-complex (type %s)", typeName(r))
		}
		return (*complexObj)(r.p).c, true, nil
	}
	if v.Type().float != nil || v.Type().index != nil {
		f, err := ToFloat(t, v)
		if err != nil {
			return 0, false, err
		}
		return complex(floatOf(f), 0), true, nil
	}
	return 0, false, nil
}

func toComplex(v Value) (complex128, bool) {
	switch {
	case v.Type().layout == complexType:
		return (*complexObj)(v.p).c, true
	case v.isFloatLike():
		return complex(floatOf(v), 0), true
	case v.isInt():
		f, _ := intToFloat(v)
		return complex(f, 0), true
	}
	return 0, false
}

func init() {
	complexType.repr = func(t *Thread, v Value) (Value, *Exception) {
		c := (*complexObj)(v.p).c
		if real(c) == 0 && !math.Signbit(real(c)) {
			return NewStr(shortFloat(imag(c)) + "j"), nil
		}
		sign := "+"
		im := imag(c)
		if math.Signbit(im) && !math.IsNaN(im) { // a NaN prints as +nan whatever its sign
			sign = "-"
			im = -im
		}
		return NewStr("(" + shortFloat(real(c)) + sign + shortFloat(im) + "j)"), nil
	}
	complexType.hash = func(t *Thread, v Value) (int64, *Exception) {
		c := (*complexObj)(v.p).c
		h := floatHash(real(c)) + 1000003*floatHash(imag(c))
		if h == -1 {
			h = -2
		}
		return h, nil
	}
	complexType.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
		x, _ := toComplex(a)
		y, ok := toComplex(b)
		if !ok || (op != EQ && op != NE) {
			return pyNotImplemented, nil
		}
		return Bool((x == y) == (op == EQ)), nil
	}
	complexType.bool = func(t *Thread, v Value) (bool, *Exception) { return (*complexObj)(v.p).c != 0, nil }
	arith := func(op int, refl bool) binaryFunc {
		return func(t *Thread, a, b Value) (Value, *Exception) {
			if refl {
				a, b = b, a
			}
			x, ok1 := toComplex(a)
			y, ok2 := toComplex(b)
			if !ok1 || !ok2 {
				return pyNotImplemented, nil
			}
			switch op {
			case nbAdd:
				return NewComplex(x + y), nil
			case nbSub:
				return NewComplex(x - y), nil
			case nbMul:
				return NewComplex(constant.ComplexProd(x, y)), nil
			case nbTrueDiv:
				q, ok := constant.ComplexQuot(x, y)
				if !ok {
					return Value{}, Errorf(zeroDivisionError, "complex division by zero")
				}
				return NewComplex(q), nil
			case nbPow:
				return complexPow(t, x, y)
			}
			return pyNotImplemented, nil
		}
	}
	for _, op := range []int{nbAdd, nbSub, nbMul, nbTrueDiv, nbPow} {
		complexType.ownNum().nb[op] = arith(op, false)
		complexType.ownNum().nbr[op] = arith(op, true)
	}
	complexType.neg = func(t *Thread, v Value) (Value, *Exception) { return NewComplex(-(*complexObj)(v.p).c), nil }
	complexType.pos = func(t *Thread, v Value) (Value, *Exception) { return NewComplex((*complexObj)(v.p).c), nil }
	complexType.abs = func(t *Thread, v Value) (Value, *Exception) {
		c := (*complexObj)(v.p).c
		re, im := math.Abs(real(c)), math.Abs(imag(c))
		switch {
		case math.IsInf(re, 0) || math.IsInf(im, 0):
			return Float(math.Inf(1)), nil
		case math.IsNaN(re) || math.IsNaN(im):
			return Float(NaN()), nil
		}
		// libm's hypot is correctly rounded; math.hypot's careful norm matches it.
		r := libm.VectorNorm([]float64{re, im}, math.Max(re, im), false)
		if math.IsInf(r, 0) {
			return Value{}, Errorf(overflowError, "absolute value too large")
		}
		return Float(r), nil
	}
	complexType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		var a [2]Value
		if err := parseArgs("complex", args, kw, []string{"real", "imag"}, 0, 0, -1, a[:]); err != nil {
			return Value{}, err
		}
		var cr complex128
		if !a[0].IsNil() {
			if a[0].Type() == strType {
				if !a[1].IsNil() {
					return Value{}, typeErrorf("complex() can't take second arg if first is a string")
				}
				c, ok := parseComplex(a[0].str().s)
				if !ok {
					return Value{}, Errorf(valueError, "complex() arg is a malformed string")
				}
				if typ != complexType {
					return Value{p: unsafe.Pointer(&complexObj{Header: Header{typ: typ}, c: c})}, nil
				}
				return NewComplex(c), nil
			}
			c, ok, err := complexArg(t, a[0])
			if err != nil {
				return Value{}, err
			}
			if !ok {
				return Value{}, typeErrorf("complex() first argument must be a string or a number, not '%s'", typeName(a[0]))
			}
			cr = c
		}
		// CPython combines the parts without complex arithmetic, so signed zeros,
		// infinities and NaNs pass through: real(r) - imag(i), imag(r) + real(i).
		re, im := real(cr), imag(cr)
		if !a[1].IsNil() {
			if a[1].Type() == strType {
				return Value{}, typeErrorf("complex() second argument must be a number, not 'str'")
			}
			c, ok, err := complexArg(t, a[1])
			if err != nil {
				return Value{}, err
			}
			if !ok {
				return Value{}, typeErrorf("complex() second argument must be a number, not '%s'", typeName(a[1]))
			}
			if a[1].Type().layout == complexType {
				re -= imag(c)
			}
			if a[0].IsNil() || a[0].Type().layout != complexType {
				im = real(c)
			} else {
				im += real(c)
			}
		}
		if typ != complexType {
			return Value{p: unsafe.Pointer(&complexObj{Header: Header{typ: typ}, c: complex(re, im)})}, nil
		}
		return NewComplex(complex(re, im)), nil
	}
	complexType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("real", func(t *Thread, v Value) (Value, *Exception) { return Float(real((*complexObj)(v.p).c)), nil }, nil),
			getset("imag", func(t *Thread, v Value) (Value, *Exception) { return Float(imag((*complexObj)(v.p).c)), nil }, nil),
			methNoArgs("complex.__complex__", func(t *Thread, self Value) (Value, *Exception) {
				if self.Type() == complexType {
					return self, nil
				}
				return NewComplex((*complexObj)(self.p).c), nil
			}),
			methNoArgs("complex.__getnewargs__", func(t *Thread, self Value) (Value, *Exception) {
				c := (*complexObj)(self.p).c
				return NewTuple(Float(real(c)), Float(imag(c))), nil
			}),
			methO("complex.__format__", func(t *Thread, self, spec Value) (Value, *Exception) {
				if spec.Type().layout != strType {
					return Value{}, typeErrorf("__format__() argument must be str, not %s", typeName(spec))
				}
				return formatComplex(t, (*complexObj)(self.p).c, spec.str().s)
			}),
			methNoArgs("complex.conjugate", func(t *Thread, self Value) (Value, *Exception) {
				return NewComplex(cmplx.Conj((*complexObj)(self.p).c)), nil
			}),
		}
	})
}

func shortFloat(f float64) string {
	s := FloatRepr(f)
	return strings.TrimSuffix(s, ".0")
}

// formatComplex is complex.__format__ (CPython's format_complex_internal):
// both parts formatted with the float presentation type, the imaginary part
// always signed, parentheses only when no type is given and the real part shows.
func formatComplex(t *Thread, c complex128, spec string) (Value, *Exception) {
	if spec == "" {
		r, err := Repr(t, NewComplex(c))
		return NewStr(r), err
	}
	sp, perr := parseFormatSpec(spec, "complex", 0, '>')
	if perr != nil {
		return Value{}, perr
	}
	if sp.zero {
		return Value{}, Errorf(valueError, "Zero padding is not allowed in complex format specifier")
	}
	if sp.align == '=' {
		return Value{}, Errorf(valueError, "'=' alignment flag is not allowed in complex format specifier")
	}
	typ := sp.typ
	re, im := real(c), imag(c)
	skipRe, parens := false, false
	switch typ {
	case 0:
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	case 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return Value{}, Errorf(valueError, "Unknown format code '%c' for object of type 'complex'", typ)
	}
	part := func(f float64, sign byte) (string, *Exception) {
		ps := ""
		if sign != 0 && sign != '-' {
			ps = string(sign)
		}
		if sp.alt {
			ps += "#"
		}
		if sp.prec >= 0 {
			ps += "." + strconv.Itoa(sp.prec)
		}
		if typ == 0 {
			if sp.prec < 0 {
				r := shortFloat(f)
				if sign == '+' && !strings.HasPrefix(r, "-") {
					r = "+" + r
				} else if sign == ' ' && !strings.HasPrefix(r, "-") {
					r = " " + r
				}
				return r, nil
			}
			ps += "g"
		} else if typ == 'n' {
			ps += "g"
		} else {
			ps += string(typ)
		}
		r, err := formatFloat(t, f, ps)
		if err != nil {
			return "", err
		}
		return r.str().s, nil
	}
	var body string
	if !skipRe {
		r, err := part(re, sp.sign)
		if err != nil {
			return Value{}, err
		}
		body = r
	}
	imSign := byte('+')
	if skipRe {
		imSign = sp.sign
	}
	i, err := part(im, imSign)
	if err != nil {
		return Value{}, err
	}
	body += i + "j"
	if parens {
		body = "(" + body + ")"
	}
	return NewStr(alignText(sp, body)), nil
}
