// Package cmath is the cmath module: the elementary functions of a complex
// argument. Results follow CPython's cmathmodule.c: an infinite or NaN part in the
// argument selects the answer from a 7x7 table of C99 Annex G values (indexed by
// the kind of the real and the imaginary part); finite arguments use the same
// overflow-avoiding formulas. A function reports a domain problem (Annex G's
// "invalid" or "divide-by-zero") as ValueError("math domain error") and an
// overflow as OverflowError("math range error").
package cmath

import (
	"math"

	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/internal/libm"
	"github.com/kaa-python/kaa/py"
)

// fault is what a computation signals, in the role of C's errno.
type fault int

const (
	noFault fault = iota
	domainFault
	rangeFault
)

func (f fault) exception() *py.Exception {
	if f == rangeFault {
		return py.Errorf(py.OverflowError(), "math range error")
	}
	return py.Errorf(py.ValueError(), "math domain error")
}

const (
	dblMin       = 2.2250738585072014e-308 // smallest normal double
	large        = math.MaxFloat64 / 4     // beyond this, intermediate results may overflow
	ln2          = 0.6931471805599453094
	ln10         = 2.302585092994045684
	mantDigits   = 53
	scaleUp      = 2*(mantDigits/2) + 1 // makes a subnormal normal
	scaleDown    = -(scaleUp + 1) / 2
	halfPi       = math.Pi / 2
	quarterPi    = math.Pi / 4
	threeQuarter = 3 * math.Pi / 4
)

var (
	sqrtLarge  = math.Sqrt(large)
	logLarge   = math.Log(large)
	sqrtDblMin = math.Sqrt(dblMin)
)

// kind classifies a double for the special-value tables, in this order:
// -inf, negative, -0, +0, positive, +inf, nan.
func kind(x float64) int {
	switch {
	case math.IsNaN(x):
		return 6
	case math.IsInf(x, -1):
		return 0
	case math.IsInf(x, 1):
		return 5
	case x == 0 && math.Signbit(x):
		return 2
	case x == 0:
		return 3
	case x < 0:
		return 1
	}
	return 4
}

// table is a special-value table: row by the kind of the real part, column by
// the kind of the imaginary part.
type table [7][7]complex128

func (tb *table) at(z complex128) complex128 { return tb[kind(real(z))][kind(imag(z))] }

func finite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

func finiteC(z complex128) bool { return finite(real(z)) && finite(imag(z)) }

func isInfC(z complex128) bool { return math.IsInf(real(z), 0) || math.IsInf(imag(z), 0) }

// hypot is a correctly rounded sqrt(x*x+y*y) for finite x and y.
func hypot(x, y float64) float64 {
	x, y = math.Abs(x), math.Abs(y)
	return libm.VectorNorm([]float64{x, y}, math.Max(x, y), false)
}

// cabs is _Py_c_abs: infinite if either part is, overflow reported.
func cabs(z complex128) (float64, fault) {
	x, y := real(z), imag(z)
	switch {
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Inf(1), noFault
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN(), noFault
	}
	h := hypot(x, y)
	if math.IsInf(h, 0) {
		return h, rangeFault
	}
	return h, noFault
}

// rotate multiplies by i; unrotate by -i. Several functions are written in terms
// of their hyperbolic partner: sin(z) = -i libm.Sinh(iz) and so on.
func rotate(z complex128) complex128   { return complex(-imag(z), real(z)) }
func unrotate(z complex128) complex128 { return complex(imag(z), -real(z)) }

func cSqrt(z complex128) (complex128, fault) {
	if !finiteC(z) {
		return sqrtTable.at(z), noFault
	}
	if z == 0 {
		return complex(0, imag(z)), noFault
	}
	ax, ay := math.Abs(real(z)), math.Abs(imag(z))
	var s float64
	if ax < dblMin && ay < dblMin {
		// Both parts subnormal: scale them up so hypot keeps its precision.
		bx := math.Ldexp(ax, scaleUp)
		s = math.Ldexp(math.Sqrt(bx+hypot(bx, math.Ldexp(ay, scaleUp))), scaleDown)
	} else {
		// Working with an eighth keeps x + hypot(x, y) finite.
		ax /= 8
		s = 2 * math.Sqrt(ax+hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if real(z) >= 0 {
		return complex(s, math.Copysign(d, imag(z))), noFault
	}
	return complex(d, math.Copysign(s, imag(z))), noFault
}

func cAcos(z complex128) (complex128, fault) {
	if !finiteC(z) {
		return acosTable.at(z), noFault
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > large || math.Abs(y) > large {
		re := libm.Atan2(math.Abs(y), x)
		im := -math.Copysign(libm.Log(hypot(x/2, y/2))+2*ln2, y)
		return complex(re, im), noFault
	}
	a, _ := cSqrt(complex(1-x, -y))
	b, _ := cSqrt(complex(1+x, y))
	return complex(2*libm.Atan2(real(a), real(b)), asinh(real(b)*imag(a)-imag(b)*real(a))), noFault
}

func cAcosh(z complex128) (complex128, fault) {
	if !finiteC(z) {
		return acoshTable.at(z), noFault
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > large || math.Abs(y) > large {
		return complex(libm.Log(hypot(x/2, y/2))+2*ln2, libm.Atan2(y, x)), noFault
	}
	a, _ := cSqrt(complex(x-1, y))
	b, _ := cSqrt(complex(x+1, y))
	return complex(asinh(real(a)*real(b)+imag(a)*imag(b)), 2*libm.Atan2(imag(a), real(b))), noFault
}

func cAsinh(z complex128) (complex128, fault) {
	if !finiteC(z) {
		return asinhTable.at(z), noFault
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > large || math.Abs(y) > large {
		m := libm.Log(hypot(x/2, y/2)) + 2*ln2
		var re float64
		if y >= 0 {
			re = math.Copysign(m, x)
		} else {
			re = -math.Copysign(m, -x)
		}
		return complex(re, libm.Atan2(y, math.Abs(x))), noFault
	}
	a, _ := cSqrt(complex(1+y, -x))
	b, _ := cSqrt(complex(1-y, x))
	return complex(asinh(real(a)*imag(b)-real(b)*imag(a)), libm.Atan2(y, real(a)*real(b)-imag(a)*imag(b))), noFault
}

func cAsin(z complex128) (complex128, fault) {
	r, f := cAsinh(rotate(z))
	return unrotate(r), f
}

func cAtanh(z complex128) (complex128, fault) {
	if !finiteC(z) {
		return atanhTable.at(z), noFault
	}
	if real(z) < 0 {
		r, f := cAtanh(-z)
		return -r, f
	}
	x, y := real(z), imag(z)
	ay := math.Abs(y)
	switch {
	case x > sqrtLarge || ay > sqrtLarge:
		// For large |z|, atanh(z) is about 1/z + i*pi/2 (sign of y).
		h := hypot(x/2, y/2)
		return complex(x/4/h/h, math.Copysign(halfPi, y)), noFault
	case x == 1 && ay < sqrtDblMin:
		if ay == 0 {
			return complex(math.Inf(1), y), domainFault
		}
		re := -libm.Log(math.Sqrt(ay) / math.Sqrt(hypot(ay, 2)))
		return complex(re, math.Copysign(libm.Atan2(2, -ay)/2, y)), noFault
	}
	re := math.Log1p(4*x/((1-x)*(1-x)+ay*ay)) / 4
	im := -libm.Atan2(-2*y, (1-x)*(1+x)-ay*ay) / 2
	return complex(re, im), noFault
}

func cAtan(z complex128) (complex128, fault) {
	r, f := cAtanh(rotate(z))
	return unrotate(r), f
}

// infDirection is the infinity (or zero, when scale is 0) whose signs follow
// cos(y) and sin(y): the value of cosh, sinh and exp at an infinite real part.
func signsOf(y, scale float64) (float64, float64) {
	return math.Copysign(scale, libm.Cos(y)), math.Copysign(scale, libm.Sin(y))
}

func cCosh(z complex128) (complex128, fault) {
	x, y := real(z), imag(z)
	if !finiteC(z) {
		var r complex128
		if math.IsInf(x, 0) && finite(y) && y != 0 {
			re, im := signsOf(y, math.Inf(1))
			if x < 0 {
				im = -im
			}
			r = complex(re, im)
		} else {
			r = coshTable.at(z)
		}
		if math.IsInf(y, 0) && !math.IsNaN(x) {
			return r, domainFault
		}
		return r, noFault
	}
	var r complex128
	if math.Abs(x) > logLarge {
		// libm.Cosh(x) alone would overflow where the product need not.
		x1 := x - math.Copysign(1, x)
		r = complex(libm.Cos(y)*libm.Cosh(x1)*math.E, libm.Sin(y)*libm.Sinh(x1)*math.E)
	} else {
		r = complex(libm.Cos(y)*libm.Cosh(x), libm.Sin(y)*libm.Sinh(x))
	}
	if isInfC(r) {
		return r, rangeFault
	}
	return r, noFault
}

func cCos(z complex128) (complex128, fault) { return cCosh(rotate(z)) }

func cSinh(z complex128) (complex128, fault) {
	x, y := real(z), imag(z)
	if !finiteC(z) {
		var r complex128
		if math.IsInf(x, 0) && finite(y) && y != 0 {
			re, im := signsOf(y, math.Inf(1))
			if x < 0 {
				re = -re
			}
			r = complex(re, im)
		} else {
			r = sinhTable.at(z)
		}
		if math.IsInf(y, 0) && !math.IsNaN(x) {
			return r, domainFault
		}
		return r, noFault
	}
	var r complex128
	if math.Abs(x) > logLarge {
		x1 := x - math.Copysign(1, x)
		r = complex(libm.Cos(y)*libm.Sinh(x1)*math.E, libm.Sin(y)*libm.Cosh(x1)*math.E)
	} else {
		r = complex(libm.Cos(y)*libm.Sinh(x), libm.Sin(y)*libm.Cosh(x))
	}
	if isInfC(r) {
		return r, rangeFault
	}
	return r, noFault
}

func cSin(z complex128) (complex128, fault) {
	r, f := cSinh(rotate(z))
	return unrotate(r), f
}

func cTanh(z complex128) (complex128, fault) {
	x, y := real(z), imag(z)
	if !finiteC(z) {
		var r complex128
		if math.IsInf(x, 0) && finite(y) && y != 0 {
			r = complex(math.Copysign(1, x), math.Copysign(0, 2*libm.Sin(y)*libm.Cos(y)))
		} else {
			r = tanhTable.at(z)
		}
		if math.IsInf(y, 0) && finite(x) {
			return r, domainFault
		}
		return r, noFault
	}
	if math.Abs(x) > logLarge {
		// 1 - libm.Tanh(x)^2 is about 4 exp(-2|x|) here.
		return complex(math.Copysign(1, x), 4*libm.Sin(y)*libm.Cos(y)*libm.Exp(-2*math.Abs(x))), noFault
	}
	tx := libm.Tanh(x)
	ty := libm.Tan(y)
	cx := 1 / libm.Cosh(x)
	txty := tx * ty
	denom := 1 + txty*txty
	return complex(tx*(1+ty*ty)/denom, ((ty/denom)*cx)*cx), noFault
}

func cTan(z complex128) (complex128, fault) {
	r, f := cTanh(rotate(z))
	return unrotate(r), f
}

func cExp(z complex128) (complex128, fault) {
	x, y := real(z), imag(z)
	if !finiteC(z) {
		var r complex128
		if math.IsInf(x, 0) && finite(y) && y != 0 {
			scale := math.Inf(1)
			if x < 0 {
				scale = 0
			}
			re, im := signsOf(y, scale)
			r = complex(re, im)
		} else {
			r = expTable.at(z)
		}
		if math.IsInf(y, 0) && (finite(x) || math.IsInf(x, 1)) {
			return r, domainFault
		}
		return r, noFault
	}
	var r complex128
	if x > logLarge {
		l := libm.Exp(x - 1)
		r = complex(l*libm.Cos(y)*math.E, l*libm.Sin(y)*math.E)
	} else {
		l := libm.Exp(x)
		r = complex(l*libm.Cos(y), l*libm.Sin(y))
	}
	if isInfC(r) {
		return r, rangeFault
	}
	return r, noFault
}

// cLog takes care over |z| subnormal, |z| beyond the largest double and |z|
// near 1, where log(hypot(x, y)) loses accuracy.
func cLog(z complex128) (complex128, fault) {
	if !finiteC(z) {
		return logTable.at(z), noFault
	}
	x, y := real(z), imag(z)
	ax, ay := math.Abs(x), math.Abs(y)
	var re float64
	switch {
	case ax > large || ay > large:
		re = libm.Log(hypot(ax/2, ay/2)) + ln2
	case ax < dblMin && ay < dblMin:
		if ax == 0 && ay == 0 {
			return complex(math.Inf(-1), libm.Atan2(y, x)), domainFault
		}
		re = libm.Log(hypot(math.Ldexp(ax, mantDigits), math.Ldexp(ay, mantDigits))) - mantDigits*ln2
	default:
		h := hypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			hi, lo := math.Max(ax, ay), math.Min(ax, ay)
			re = math.Log1p((hi-1)*(hi+1)+lo*lo) / 2
		} else {
			re = libm.Log(h)
		}
	}
	return complex(re, libm.Atan2(y, x)), noFault
}

func cLog10(z complex128) (complex128, fault) {
	r, f := cLog(z)
	return complex(real(r)/ln10, imag(r)/ln10), f
}

func cRect(r, phi float64) (complex128, fault) {
	switch {
	case !finite(r) || !finite(phi):
		var z complex128
		if math.IsInf(r, 0) && finite(phi) && phi != 0 {
			re, im := signsOf(phi, math.Inf(1))
			if r < 0 {
				re, im = -re, -im
			}
			z = complex(re, im)
		} else {
			z = rectTable.at(complex(r, phi))
		}
		if r != 0 && !math.IsNaN(r) && math.IsInf(phi, 0) {
			return z, domainFault
		}
		return z, noFault
	case phi == 0:
		return complex(r, r*phi), noFault
	}
	return complex(r*libm.Cos(phi), r*libm.Sin(phi)), noFault
}

// unary wraps a function of one complex argument as a METH_O function.
func unary(name string, f func(complex128) (complex128, fault)) *py.MethodDef {
	m := py.FuncO("cmath."+name, func(t *py.Thread, _ py.Value, arg py.Value) (py.Value, *py.Exception) {
		z, err := py.AsComplex(t, arg)
		if err != nil {
			return py.Value{}, err
		}
		r, f := f(z)
		if f != noFault {
			return py.Value{}, f.exception()
		}
		return py.NewComplex(r), nil
	})
	return m
}

func cmathLog(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	z, err := py.AsComplex(t, a[0])
	if err != nil {
		return py.Value{}, err
	}
	// Like CPython, the fault of the base's logarithm replaces that of z's.
	r, f := cLog(z)
	if !a[1].IsNil() {
		b, err := py.AsComplex(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		var lb complex128
		lb, f = cLog(b)
		q, ok := constant.ComplexQuot(r, lb)
		if !ok {
			f = domainFault
		}
		r = q
	}
	if f != noFault {
		return py.Value{}, f.exception()
	}
	return py.NewComplex(r), nil
}

func cmathPolar(t *py.Thread, _ py.Value, arg py.Value) (py.Value, *py.Exception) {
	z, err := py.AsComplex(t, arg)
	if err != nil {
		return py.Value{}, err
	}
	phi := libm.Atan2(imag(z), real(z))
	r, f := cabs(z)
	if f != noFault {
		return py.Value{}, f.exception()
	}
	return py.NewTuple(py.Float(r), py.Float(phi)), nil
}

func cmathRect(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	r, err := py.AsFloat(t, a[0])
	if err != nil {
		return py.Value{}, err
	}
	phi, err := py.AsFloat(t, a[1])
	if err != nil {
		return py.Value{}, err
	}
	z, f := cRect(r, phi)
	if f != noFault {
		return py.Value{}, f.exception()
	}
	return py.NewComplex(z), nil
}

func cmathIsclose(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	x, err := py.AsComplex(t, a[0])
	if err != nil {
		return py.Value{}, err
	}
	y, err := py.AsComplex(t, a[1])
	if err != nil {
		return py.Value{}, err
	}
	rel, err := py.AsFloat(t, a[2])
	if err != nil {
		return py.Value{}, err
	}
	abs, err := py.AsFloat(t, a[3])
	if err != nil {
		return py.Value{}, err
	}
	if rel < 0 || abs < 0 {
		return py.Value{}, py.Errorf(py.ValueError(), "tolerances must be non-negative")
	}
	if x == y {
		return py.True(), nil // also two equal infinities
	}
	if isInfC(x) || isInfC(y) {
		return py.False(), nil
	}
	diff, _ := cabs(x - y)
	ax, _ := cabs(x)
	ay, _ := cabs(y)
	return py.Bool(diff <= rel*ay || diff <= rel*ax || diff <= abs), nil
}

// predicate wraps a test of a complex number.
func predicate(name string, test func(complex128) bool) *py.MethodDef {
	return py.FuncO("cmath."+name, func(t *py.Thread, _ py.Value, arg py.Value) (py.Value, *py.Exception) {
		z, err := py.AsComplex(t, arg)
		if err != nil {
			return py.Value{}, err
		}
		return py.Bool(test(z)), nil
	})
}

func withDoc(m *py.MethodDef, doc string) *py.MethodDef {
	m.Doc = doc
	return m
}

// Def is the cmath module.
var Def = &py.ModuleDef{
	Name:    "cmath",
	Doc:     "Mathematical functions of complex numbers.",
	Methods: functions(),
	Exec: func(t *py.Thread, m *py.Module) *py.Exception {
		m.Set("pi", py.Float(math.Pi))
		m.Set("e", py.Float(math.E))
		m.Set("tau", py.Float(2*math.Pi))
		m.Set("inf", py.Float(math.Inf(1)))
		m.Set("infj", py.NewComplex(complex(0, math.Inf(1))))
		m.Set("nan", py.Float(math.Abs(py.NaN())))
		m.Set("nanj", py.NewComplex(complex(0, math.Abs(py.NaN()))))
		return nil
	},
}

func functions() []*py.MethodDef {
	return []*py.MethodDef{
		withDoc(unary("acos", cAcos), "Arc cosine of z."),
		withDoc(unary("acosh", cAcosh), "Inverse hyperbolic cosine of z."),
		withDoc(unary("asin", cAsin), "Arc sine of z."),
		withDoc(unary("asinh", cAsinh), "Inverse hyperbolic sine of z."),
		withDoc(unary("atan", cAtan), "Arc tangent of z."),
		withDoc(unary("atanh", cAtanh), "Inverse hyperbolic tangent of z."),
		withDoc(unary("cos", cCos), "Cosine of z."),
		withDoc(unary("cosh", cCosh), "Hyperbolic cosine of z."),
		withDoc(unary("exp", cExp), "e raised to the power z."),
		withDoc(py.Func("isclose", "a, b, *, rel_tol=1e-09, abs_tol=0.0", cmathIsclose),
			"Whether a and b are equal to within rel_tol (relative to the larger magnitude) or abs_tol."),
		withDoc(predicate("isfinite", finiteC), "Whether both parts of z are finite."),
		withDoc(predicate("isinf", isInfC), "Whether either part of z is infinite."),
		withDoc(predicate("isnan", func(z complex128) bool { return math.IsNaN(real(z)) || math.IsNaN(imag(z)) }),
			"Whether either part of z is a NaN."),
		withDoc(py.Func("log", "z, base=?, /", cmathLog), "Logarithm of z, natural unless base is given."),
		withDoc(unary("log10", cLog10), "Base-10 logarithm of z."),
		withDoc(py.FuncO("cmath.phase", func(t *py.Thread, _ py.Value, arg py.Value) (py.Value, *py.Exception) {
			z, err := py.AsComplex(t, arg)
			if err != nil {
				return py.Value{}, err
			}
			// The C library reports an underflow to zero as a range error.
			phi := libm.Atan2(imag(z), real(z))
			if phi == 0 && imag(z) != 0 && finite(real(z)) {
				return py.Value{}, rangeFault.exception()
			}
			return py.Float(phi), nil
		}), "The argument (phase angle) of z."),
		withDoc(py.FuncO("cmath.polar", cmathPolar), "z in polar form: the pair (abs(z), phase(z))."),
		withDoc(py.Func("rect", "r, phi, /", cmathRect), "The complex number of modulus r and argument phi."),
		withDoc(unary("sin", cSin), "Sine of z."),
		withDoc(unary("sinh", cSinh), "Hyperbolic sine of z."),
		withDoc(unary("sqrt", cSqrt), "Square root of z."),
		withDoc(unary("tan", cTan), "Tangent of z."),
		withDoc(unary("tanh", cTanh), "Hyperbolic tangent of z."),
	}
}
