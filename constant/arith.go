package constant

import (
	"math"

	"github.com/kaa-python/kaa/internal/libm"
)

// Float and complex arithmetic as CPython's float and complex types do it, shared by
// the runtime and the compiler's constant folding (which must fold to the very value
// the operation gives at run time, and not fold where it raises).

// ArithError says which exception a float or complex operation raises.
type ArithError int

const (
	ArithOK       ArithError = iota
	ZeroDivision             // ZeroDivisionError
	Overflow                 // OverflowError
	ComplexResult            // a negative float to a fractional power: the result is complex
)

// FloatDivmod is CPython's float_divmod (y != 0).
func FloatDivmod(vx, wx float64) (float64, float64) {
	mod := math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

// FloatPow is float_pow: CPython sorts out the special cases itself before the
// platform pow runs. ComplexResult: complex(x) ** complex(y) is the answer.
func FloatPow(x, y float64) (float64, ArithError) {
	oddInt := func(f float64) bool { return f == math.Trunc(f) && math.Mod(f, 2) != 0 }
	switch {
	case y == 0:
		return 1, ArithOK
	case math.IsNaN(x):
		return x, ArithOK
	case math.IsNaN(y):
		if x == 1 {
			return 1, ArithOK
		}
		return y, ArithOK
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return 1, ArithOK
		case (y > 0) == (ax > 1):
			return math.Inf(1), ArithOK
		}
		return 0, ArithOK
	case math.IsInf(x, 0):
		if y > 0 {
			if oddInt(y) {
				return x, ArithOK
			}
			return math.Abs(x), ArithOK
		}
		if oddInt(y) {
			return math.Copysign(0, x), ArithOK
		}
		return 0, ArithOK
	case x == 0:
		if y < 0 {
			return 0, ZeroDivision
		}
		if oddInt(y) {
			return x, ArithOK
		}
		return 0, ArithOK
	}
	neg := false
	if x < 0 {
		if y != math.Floor(y) {
			return 0, ComplexResult
		}
		x, neg = -x, oddInt(y)
	}
	if x == 1 {
		if neg {
			return -1, ArithOK
		}
		return 1, ArithOK
	}
	r := libm.Pow(x, y)
	if math.IsInf(r, 0) {
		return 0, Overflow
	}
	if neg {
		r = -r
	}
	return r, ArithOK
}

// ComplexProd is _Py_c_prod.
func ComplexProd(a, b complex128) complex128 {
	return complex(real(a)*real(b)-imag(a)*imag(b), real(a)*imag(b)+imag(a)*real(b))
}

// complexPowU is CPython's c_powu: binary exponentiation by squaring.
func complexPowU(x complex128, n int) complex128 {
	r, p := complex128(1), x
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = ComplexProd(r, p)
		}
		p = ComplexProd(p, p)
	}
	return r
}

// ComplexQuot is _Py_c_quot (Smith's algorithm); false on division by zero.
func ComplexQuot(a, b complex128) (complex128, bool) {
	absBr, absBi := math.Abs(real(b)), math.Abs(imag(b))
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := imag(b) / real(b)
		denom := real(b) + imag(b)*ratio
		return complex((real(a)+imag(a)*ratio)/denom, (imag(a)-real(a)*ratio)/denom), true
	case absBi >= absBr:
		ratio := real(b) / imag(b)
		denom := real(b)*ratio + imag(b)
		return complex((real(a)*ratio+imag(a))/denom, (imag(a)*ratio-real(a))/denom), true
	}
	return complex(math.NaN(), math.NaN()), true
}

// ComplexPow is complex_pow: small integral exponents by repeated multiplication,
// others as _Py_c_pow, operation for operation.
func ComplexPow(a, b complex128) (complex128, ArithError) {
	overflow := func(r complex128) bool { return math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) }
	if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
		n := int(real(b))
		if n >= 0 {
			r := complexPowU(a, n)
			if overflow(r) {
				return 0, Overflow
			}
			return r, ArithOK
		}
		if a == 0 {
			return 0, ZeroDivision
		}
		q, ok := ComplexQuot(1, complexPowU(a, -n))
		if !ok {
			return 0, ZeroDivision
		}
		if overflow(q) {
			return 0, Overflow
		}
		return q, ArithOK
	}
	if b == 0 {
		return 1, ArithOK
	}
	if a == 0 {
		if real(b) < 0 || imag(b) != 0 {
			return 0, ZeroDivision
		}
		return 0, ArithOK
	}
	vabs := math.Hypot(real(a), imag(a))
	l := libm.Pow(vabs, real(b))
	at := libm.Atan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		l /= libm.Exp(at * imag(b))
		phase += imag(b) * libm.Log(vabs)
	}
	if math.IsInf(phase, 0) { // libm's cos(inf) sets EDOM
		return 0, ZeroDivision
	}
	r := complex(l*libm.Cos(phase), l*libm.Sin(phase))
	if overflow(r) {
		return 0, Overflow
	}
	return r, ArithOK
}
