// Package math is the math module. Results follow CPython's mathmodule.c: domain
// errors (a NaN from a non-NaN argument) raise ValueError("math domain error"),
// overflow (an infinity from a finite argument) OverflowError("math range error"),
// and the functions with extra care in CPython (fsum, hypot/dist, isqrt, comb/perm,
// log of big ints, sumprod) use the same algorithms. The elementary functions are
// glibc's results where Kaa's double-double libm reproduces them (package
// constant), else Go's math package, which can differ in the last bit.
package math

import (
	"cmp"
	"math"
	"math/big"

	"github.com/kaa-python/kaa/internal/libm"
	"github.com/kaa-python/kaa/py"
)

func errMathDomain() *py.Exception { return py.Errorf(py.ValueError(), "math domain error") }
func errMathRange() *py.Exception  { return py.Errorf(py.OverflowError(), "math range error") }

// math1 applies f with math_1's error rules.
func math1(f func(float64) float64, canOverflow bool) func(t *py.Thread, self, x py.Value) (py.Value, *py.Exception) {
	return func(t *py.Thread, self, x py.Value) (py.Value, *py.Exception) {
		a, err := py.AsFloat(t, x)
		if err != nil {
			return py.Value{}, err
		}
		return checkMath1(a, f(a), canOverflow)
	}
}

func checkMath1(x, r float64, canOverflow bool) (py.Value, *py.Exception) {
	switch {
	case math.IsNaN(r) && !math.IsNaN(x):
		return py.Value{}, errMathDomain()
	case math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x):
		if canOverflow {
			return py.Value{}, errMathRange()
		}
		return py.Value{}, errMathDomain()
	}
	return py.Float(r), nil
}

// math2 applies a two-argument function with math_2's error rules.
func math2(f func(a, b float64) float64) func(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
	return func(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
		a, b, err := floatPair(t, args[0], args[1])
		if err != nil {
			return py.Value{}, err
		}
		r := f(a, b)
		switch {
		case math.IsNaN(r) && !math.IsNaN(a) && !math.IsNaN(b):
			return py.Value{}, errMathDomain()
		case math.IsInf(r, 0) && isFinite(a) && isFinite(b):
			return py.Value{}, errMathRange()
		}
		return py.Float(r), nil
	}
}

// floatPair converts the two float arguments of a two-argument function.
func floatPair(t *py.Thread, a, b py.Value) (float64, float64, *py.Exception) {
	x, err := py.AsFloat(t, a)
	if err != nil {
		return 0, 0, err
	}
	y, err := py.AsFloat(t, b)
	return x, y, err
}

func isFinite(f float64) bool { return !math.IsInf(f, 0) && !math.IsNaN(f) }

// roundingFunc is ceil/floor: the type's __ceil__/__floor__, else via float.
func roundingFunc(name string, f func(float64) float64) func(t *py.Thread, self, x py.Value) (py.Value, *py.Exception) {
	return func(t *py.Thread, self, x py.Value) (py.Value, *py.Exception) {
		if x.IsFloat() {
			return py.IntFromFloat(f(floatOf(x)))
		}
		if py.IsInt(x) {
			return py.ToInt(t, x)
		}
		if m, found, err := py.LookupSpecial(t, x, name); err != nil {
			return py.Value{}, err
		} else if found {
			return py.Call(t, m)
		}
		a, err := py.AsFloat(t, x)
		if err != nil {
			return py.Value{}, err
		}
		return py.IntFromFloat(f(a))
	}
}

// logOf computes log(x) for log, log2 and log10, handling ints too big for a float.
func logOf(t *py.Thread, x py.Value, f func(float64) float64) (float64, *py.Exception) {
	if py.IsInt(x) {
		if sign(x) <= 0 {
			return 0, errMathDomain()
		}
		if fx, err := py.AsFloat(t, x); err == nil {
			return f(fx), nil
		}
		// x = m * 2**e with m in [0.5, 1)
		b := bigOf(x)
		e := b.BitLen()
		m, _ := new(big.Float).SetMantExp(new(big.Float).SetInt(b), -e).Float64()
		return f(m) + float64(e)*f(2), nil
	}
	a, err := py.AsFloat(t, x)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(a) {
		return a, nil
	}
	if a <= 0 {
		return 0, errMathDomain()
	}
	return f(a), nil
}

func mathLog(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
	num, err := logOf(t, args[0], libm.Log)
	if err != nil {
		return py.Value{}, err
	}
	if args[1].IsNil() {
		return py.Float(num), nil
	}
	den, err := logOf(t, args[1], libm.Log)
	if err != nil {
		return py.Value{}, err
	}
	if den == 0 {
		return py.Value{}, py.Errorf(py.ZeroDivisionError(), "float division by zero")
	}
	return py.Float(num / den), nil
}

func logFunc(f func(float64) float64) func(t *py.Thread, self, x py.Value) (py.Value, *py.Exception) {
	return func(t *py.Thread, self, x py.Value) (py.Value, *py.Exception) {
		r, err := logOf(t, x, f)
		if err != nil {
			return py.Value{}, err
		}
		return py.Float(r), nil
	}
}

func mathFactorial(t *py.Thread, self, x py.Value) (py.Value, *py.Exception) {
	n, err := py.Index(t, x)
	if err != nil {
		return py.Value{}, err
	}
	if sign(n) < 0 {
		return py.Value{}, py.Errorf(py.ValueError(), "factorial() not defined for negative values")
	}
	k, ok := py.AsInt64(n)
	if !ok {
		return py.Value{}, py.Errorf(py.OverflowError(), "factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	return py.NewBigInt(new(big.Int).MulRange(1, max(k, 1))), nil
}

func mathGcdLcm(lcm bool) func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	return func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		args, _ := py.TupleItems(a[0])
		acc := big.NewInt(0)
		if lcm {
			acc.SetInt64(1)
		}
		for _, a := range args {
			v, err := py.Index(t, a)
			if err != nil {
				return py.Value{}, err
			}
			b := new(big.Int).Abs(bigOf(v))
			if lcm {
				if b.Sign() == 0 || acc.Sign() == 0 {
					acc.SetInt64(0)
					continue
				}
				g := new(big.Int).GCD(nil, nil, acc, b)
				acc.Mul(acc, new(big.Int).Quo(b, g))
			} else {
				acc.GCD(nil, nil, acc, b)
			}
		}
		return py.NewBigInt(acc), nil
	}
}

func mathIsqrt(t *py.Thread, self, x py.Value) (py.Value, *py.Exception) {
	n, err := py.Index(t, x)
	if err != nil {
		return py.Value{}, err
	}
	if sign(n) < 0 {
		return py.Value{}, py.Errorf(py.ValueError(), "isqrt() argument must be nonnegative")
	}
	return py.NewBigInt(new(big.Int).Sqrt(bigOf(n))), nil
}

func mathCombPerm(perm bool) func(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
	return func(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
		n, err := py.Index(t, args[0])
		if err != nil {
			return py.Value{}, err
		}
		if perm && args[1].IsNone() {
			if sign(n) < 0 {
				return py.Value{}, py.Errorf(py.ValueError(), "n must be a non-negative integer")
			}
			return mathFactorial(t, self, n)
		}
		k, err := py.Index(t, args[1])
		if err != nil {
			return py.Value{}, err
		}
		if sign(n) < 0 {
			return py.Value{}, py.Errorf(py.ValueError(), "n must be a non-negative integer")
		}
		if sign(k) < 0 {
			return py.Value{}, py.Errorf(py.ValueError(), "k must be a non-negative integer")
		}
		bn, bk := bigOf(n), bigOf(k)
		if bk.Cmp(bn) > 0 {
			return py.Int(0), nil
		}
		if !bk.IsInt64() {
			return py.Value{}, py.Errorf(py.OverflowError(), "min(n - k, k) must not exceed %d", int64(math.MaxInt64))
		}
		kk := bk.Int64()
		if !perm {
			if nk := new(big.Int).Sub(bn, bk); nk.IsInt64() && nk.Int64() < kk {
				kk = nk.Int64()
			}
		}
		// product of n, n-1, …, n-kk+1 (divided by kk! for comb)
		r := big.NewInt(1)
		term := new(big.Int).Set(bn)
		one := big.NewInt(1)
		for i := int64(0); i < kk; i++ {
			r.Mul(r, term)
			term.Sub(term, one)
		}
		if !perm && kk > 1 {
			r.Quo(r, new(big.Int).MulRange(1, kk))
		}
		return py.NewBigInt(r), nil
	}
}

// fsum is Shewchuk's exactly rounded summation, as math.fsum.
func mathFsum(t *py.Thread, self, seq py.Value) (py.Value, *py.Exception) {
	var partials []float64
	specialSum, infSum := 0.0, 0.0
	err := py.Iterate(t, seq, func(v py.Value) *py.Exception {
		x, err := py.AsFloat(t, v)
		if err != nil {
			return err
		}
		xsave := x
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x != 0 {
			if !isFinite(x) {
				if isFinite(xsave) {
					return py.Errorf(py.OverflowError(), "intermediate overflow in fsum")
				}
				if math.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				partials = partials[:0]
			} else {
				partials = append(partials, x)
			}
		}
		return nil
	})
	if err != nil {
		return py.Value{}, err
	}
	if specialSum != 0 {
		if math.IsNaN(infSum) {
			return py.Value{}, py.Errorf(py.ValueError(), "-inf + inf in fsum")
		}
		return py.Float(specialSum), nil
	}
	hi := 0.0
	if n := len(partials); n > 0 {
		n--
		hi = partials[n]
		lo := 0.0
		for n > 0 {
			x := hi
			n--
			y := partials[n]
			hi = x + y
			lo = y - (hi - x)
			if lo != 0 {
				break
			}
		}
		// half-even rounding across several partials
		if n > 0 && (lo < 0 && partials[n-1] < 0 || lo > 0 && partials[n-1] > 0) {
			y := lo * 2
			x := hi + y
			if y == x-hi {
				hi = x
			}
		}
	}
	return py.Float(hi), nil
}

// norm is vector_norm over n non-negative values produced by get.
func norm(n int, get func(i int) (float64, *py.Exception)) (py.Value, *py.Exception) {
	vec := make([]float64, n)
	maxv, nan := 0.0, false
	for i := range vec {
		x, err := get(i)
		if err != nil {
			return py.Value{}, err
		}
		vec[i] = x
		nan = nan || math.IsNaN(x)
		if x > maxv {
			maxv = x
		}
	}
	return py.Float(libm.VectorNorm(vec, maxv, nan)), nil
}

func mathHypot(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	args, _ := py.TupleItems(a[0])
	return norm(len(args), func(i int) (float64, *py.Exception) {
		x, err := py.AsFloat(t, args[i])
		return math.Abs(x), err
	})
}

// mathDist is dist(p, q): p and q may be any iterables of the same length.
func mathDist(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
	p, err := py.ToSlice(t, args[0])
	if err != nil {
		return py.Value{}, err
	}
	q, err := py.ToSlice(t, args[1])
	if err != nil {
		return py.Value{}, err
	}
	if len(p) != len(q) {
		return py.Value{}, py.Errorf(py.ValueError(), "both points must have the same number of dimensions")
	}
	return norm(len(p), func(i int) (float64, *py.Exception) {
		a, b, err := floatPair(t, p[i], q[i])
		return math.Abs(a - b), err
	})
}

func mathIsclose(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	x, y, err := floatPair(t, a[0], a[1])
	if err != nil {
		return py.Value{}, err
	}
	rel, abs, err := floatPair(t, a[2], a[3])
	if err != nil {
		return py.Value{}, err
	}
	if rel < 0 || abs < 0 {
		return py.Value{}, py.Errorf(py.ValueError(), "tolerances must be non-negative")
	}
	if x == y {
		return py.True(), nil
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return py.False(), nil
	}
	diff := math.Abs(y - x)
	return py.Bool(diff <= math.Abs(rel*y) || diff <= math.Abs(rel*x) || diff <= abs), nil
}

func mathPow(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
	x, y, err := floatPair(t, args[0], args[1])
	if err != nil {
		return py.Value{}, err
	}
	var r float64
	switch {
	case !isFinite(x) || !isFinite(y):
		switch {
		case math.IsNaN(x):
			if y == 0 {
				r = 1
			} else {
				r = x
			}
		case math.IsNaN(y):
			if x == 1 {
				r = 1
			} else {
				r = y
			}
		default:
			r = math.Pow(x, y) // C99 Annex F special values, as Go
		}
		return py.Float(r), nil
	}
	if x == 0 && y < 0 {
		return py.Value{}, errMathDomain()
	}
	if x < 0 && y != math.Trunc(y) {
		return py.Value{}, errMathDomain()
	}
	r = libm.Pow(x, y)
	if math.IsInf(r, 0) {
		return py.Value{}, errMathRange()
	}
	return py.Float(r), nil
}

func mathProd(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	acc := a[1]
	err := py.Iterate(t, a[0], func(x py.Value) *py.Exception {
		r, err := py.BinaryOp(t, acc, x, py.OpMul)
		acc = r
		return err
	})
	return acc, err
}

func mathSumprod(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
	p, err := py.ToSlice(t, args[0])
	if err != nil {
		return py.Value{}, err
	}
	q, err := py.ToSlice(t, args[1])
	if err != nil {
		return py.Value{}, err
	}
	if len(p) != len(q) {
		return py.Value{}, py.Errorf(py.ValueError(), "Inputs are not the same length")
	}
	// All ints: exact. All floats or ints, finite: the exact sum of exact products,
	// rounded once (CPython's extended-precision path agrees in all but freak cases).
	allInt, allNum := true, true
	for _, s := range [][]py.Value{p, q} {
		for _, v := range s {
			isI := v.IsSmallInt() || v.Type() == py.BoolType() || v.Type() == py.IntType()
			if !isI {
				allInt = false
			}
			if !isI && !(v.IsFloat() && isFinite(floatOf(v))) {
				allNum = false
			}
		}
	}
	switch {
	case allInt:
		acc := new(big.Int)
		for i := range p {
			acc.Add(acc, new(big.Int).Mul(bigOf(p[i]), bigOf(q[i])))
		}
		return py.NewBigInt(acc), nil
	case allNum:
		acc := new(big.Rat)
		for i := range p {
			a, b := numRat(p[i]), numRat(q[i])
			acc.Add(acc, a.Mul(a, b))
		}
		f, _ := acc.Float64()
		return py.Float(f), nil
	}
	acc := py.Int(0)
	for i := range p {
		m, err := py.BinaryOp(t, p[i], q[i], py.OpMul)
		if err != nil {
			return py.Value{}, err
		}
		if acc, err = py.BinaryOp(t, acc, m, py.OpAdd); err != nil {
			return py.Value{}, err
		}
	}
	return acc, nil
}

func numRat(v py.Value) *big.Rat {
	if v.IsFloat() {
		return new(big.Rat).SetFloat64(floatOf(v))
	}
	return new(big.Rat).SetInt(bigOf(v))
}

func mathFrexp(t *py.Thread, self, x py.Value) (py.Value, *py.Exception) {
	a, err := py.AsFloat(t, x)
	if err != nil {
		return py.Value{}, err
	}
	if !isFinite(a) || a == 0 {
		return py.NewTuple(py.Float(a), py.Int(0)), nil
	}
	m, e := math.Frexp(a)
	return py.NewTuple(py.Float(m), py.Int(int64(e))), nil
}

func mathLdexp(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
	x, err := py.AsFloat(t, args[0])
	if err != nil {
		return py.Value{}, err
	}
	if !py.IsInt(args[1]) {
		return py.Value{}, typeError("Expected an int as second argument to ldexp.")
	}
	var e int64
	if n, ok := py.AsInt64(args[1]); ok {
		e = max(min(n, 1<<20), -(1 << 20))
	} else if sign(args[1]) > 0 {
		e = 1 << 20
	} else {
		e = -(1 << 20)
	}
	if x == 0 || !isFinite(x) {
		return py.Float(x), nil
	}
	r := math.Ldexp(x, int(e))
	if math.IsInf(r, 0) {
		return py.Value{}, errMathRange()
	}
	return py.Float(r), nil
}

func mathModf(t *py.Thread, self, x py.Value) (py.Value, *py.Exception) {
	a, err := py.AsFloat(t, x)
	if err != nil {
		return py.Value{}, err
	}
	if math.IsInf(a, 0) {
		return py.NewTuple(py.Float(math.Copysign(0, a)), py.Float(a)), nil
	}
	i, f := math.Modf(a)
	return py.NewTuple(py.Float(f), py.Float(i)), nil
}

func mathFmod(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
	x, y, err := floatPair(t, args[0], args[1])
	if err != nil {
		return py.Value{}, err
	}
	if math.IsInf(y, 0) && isFinite(x) {
		return py.Float(x), nil
	}
	r := math.Mod(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return py.Value{}, errMathDomain()
	}
	return py.Float(r), nil
}

func mathRemainder(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
	x, y, err := floatPair(t, args[0], args[1])
	if err != nil {
		return py.Value{}, err
	}
	if math.IsNaN(x) || math.IsNaN(y) {
		return py.Float(py.NaN()), nil
	}
	if math.IsInf(x, 0) || y == 0 {
		return py.Value{}, errMathDomain()
	}
	if math.IsInf(y, 0) {
		return py.Float(x), nil
	}
	return py.Float(math.Remainder(x, y)), nil
}

func mathNextafter(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	x, y, err := floatPair(t, a[0], a[1])
	if err != nil {
		return py.Value{}, err
	}
	if a[2].IsNone() {
		return py.Float(math.Nextafter(x, y)), nil
	}
	n, err := py.Index(t, a[2])
	if err != nil {
		return py.Value{}, err
	}
	if sign(n) < 0 {
		return py.Value{}, py.Errorf(py.ValueError(), "steps must be a non-negative integer")
	}
	if math.IsNaN(x) || math.IsNaN(y) {
		return py.Float(x + y), nil
	}
	steps, ok := py.AsInt64(n)
	if !ok {
		steps = math.MaxInt64
	}
	// Floats in order map to integers in order; walking steps ulps is one addition.
	ox, oy := orderedFloat(x), orderedFloat(y)
	switch {
	case steps == 0:
		return py.Float(x), nil
	case ox == oy || oy > ox && uint64(oy-ox) <= uint64(steps) || oy < ox && uint64(ox-oy) <= uint64(steps):
		return py.Float(y), nil
	case oy > ox:
		return py.Float(unorderedFloat(ox + steps)), nil
	}
	return py.Float(unorderedFloat(ox - steps)), nil
}

// orderedFloat maps a non-NaN float to an integer of the same order (both zeros to 0).
func orderedFloat(f float64) int64 {
	b := math.Float64bits(f)
	if b>>63 != 0 {
		return -int64(b &^ (1 << 63))
	}
	return int64(b)
}

func unorderedFloat(n int64) float64 {
	if n < 0 {
		return math.Float64frombits(uint64(-n) | 1<<63)
	}
	return math.Float64frombits(uint64(n))
}

func mathUlp(t *py.Thread, self, v py.Value) (py.Value, *py.Exception) {
	x, err := py.AsFloat(t, v)
	if err != nil {
		return py.Value{}, err
	}
	if math.IsNaN(x) {
		return py.Float(x), nil
	}
	x = math.Abs(x)
	if math.IsInf(x, 0) {
		return py.Float(x), nil
	}
	x2 := math.Nextafter(x, math.Inf(1))
	if math.IsInf(x2, 0) {
		x2 = math.Nextafter(x, math.Inf(-1))
		return py.Float(x - x2), nil
	}
	return py.Float(x2 - x), nil
}

func mathFma(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
	var xs [3]float64
	for i := range xs {
		f, err := py.AsFloat(t, args[i])
		if err != nil {
			return py.Value{}, err
		}
		xs[i] = f
	}
	r := math.FMA(xs[0], xs[1], xs[2])
	if !isFinite(r) {
		allFinite := isFinite(xs[0]) && isFinite(xs[1]) && isFinite(xs[2])
		if math.IsNaN(r) {
			if !math.IsNaN(xs[0]) && !math.IsNaN(xs[1]) && !math.IsNaN(xs[2]) {
				return py.Value{}, py.Errorf(py.ValueError(), "invalid operation in fma")
			}
		} else if allFinite {
			return py.Value{}, py.Errorf(py.OverflowError(), "overflow in fma")
		}
	}
	return py.Float(r), nil
}

func mathTrunc(t *py.Thread, self, x py.Value) (py.Value, *py.Exception) {
	if x.IsFloat() {
		return py.IntFromFloat(math.Trunc(floatOf(x)))
	}
	m, found, err := py.LookupSpecial(t, x, "__trunc__")
	if err != nil {
		return py.Value{}, err
	}
	if !found {
		return py.Value{}, typeError("type %s doesn't define __trunc__ method", py.TypeName(x))
	}
	return py.Call(t, m)
}

// gamma and lgamma: Go's, with CPython's domain rules at the poles.
func mathGamma(x float64) float64 {
	if x == math.Trunc(x) && x <= 0 || math.IsInf(x, -1) {
		return py.NaN()
	}
	return math.Gamma(x)
}

func mathLgamma(x float64) float64 {
	if x == math.Trunc(x) && x <= 0 && !math.IsInf(x, -1) {
		return py.NaN()
	}
	if math.IsInf(x, 0) {
		return math.Inf(1)
	}
	r, _ := math.Lgamma(x)
	return r
}

// Def is the math module.
var Def = &py.ModuleDef{
	Name:    "math",
	Doc:     "This module provides access to the mathematical functions\ndefined by the C standard.",
	Methods: functions(),
	Exec: func(t *py.Thread, m *py.Module) *py.Exception {
		m.Set("pi", py.Float(math.Pi))
		m.Set("e", py.Float(math.E))
		m.Set("tau", py.Float(2*math.Pi))
		m.Set("inf", py.Float(math.Inf(1)))
		m.Set("nan", py.Float(py.NaN()))
		return nil
	},
}

func functions() []*py.MethodDef {
	f1 := func(name string, f func(float64) float64, overflow bool) *py.MethodDef {
		return py.FuncO("math."+name, math1(f, overflow))
	}
	defs := []*py.MethodDef{
		f1("acos", libm.Acos, false), f1("acosh", math.Acosh, false), f1("asin", libm.Asin, false),
		f1("asinh", math.Asinh, false), f1("atan", libm.Atan, false), f1("atanh", func(x float64) float64 {
			if math.Abs(x) >= 1 {
				return py.NaN()
			}
			return math.Atanh(x)
		}, false),
		f1("cbrt", math.Cbrt, false), f1("cos", libm.Cos, false), f1("cosh", libm.Cosh, true),
		f1("erf", math.Erf, false), f1("erfc", math.Erfc, false), f1("exp", libm.Exp, true),
		f1("exp2", libm.Exp2, true), f1("expm1", math.Expm1, true), f1("fabs", math.Abs, false),
		f1("gamma", mathGamma, true), f1("lgamma", mathLgamma, true),
		f1("log1p", func(x float64) float64 {
			if x <= -1 {
				return py.NaN()
			}
			return math.Log1p(x)
		}, false),
		f1("sin", libm.Sin, false), f1("sinh", libm.Sinh, true), f1("sqrt", math.Sqrt, false),
		f1("tan", libm.Tan, false), f1("tanh", libm.Tanh, false),
		py.FuncO("math.degrees", math1(func(x float64) float64 { return x * (180 / math.Pi) }, true)),
		py.FuncO("math.radians", math1(func(x float64) float64 { return x * (math.Pi / 180) }, true)),
		py.Func("atan2", "y, x, /", math2(libm.Atan2)),
		py.Func("copysign", "x, y, /", math2(math.Copysign)),
		py.FuncO("math.ceil", roundingFunc("__ceil__", math.Ceil)),
		py.FuncO("math.floor", roundingFunc("__floor__", math.Floor)),
		py.FuncO("math.trunc", mathTrunc),
		py.Func("log", "x, base=?, /", mathLog),
		py.FuncO("math.log2", logFunc(libm.Log2)),
		py.FuncO("math.log10", logFunc(libm.Log10)),
		py.FuncO("math.factorial", mathFactorial),
		py.Func("math.gcd", "*integers", mathGcdLcm(false)),
		py.Func("math.lcm", "*integers", mathGcdLcm(true)),
		py.FuncO("math.isqrt", mathIsqrt),
		py.Func("comb", "n, k, /", mathCombPerm(false)),
		py.Func("perm", "n, k=None, /", mathCombPerm(true)),
		py.FuncO("math.fsum", mathFsum),
		py.Func("math.hypot", "*coordinates", mathHypot),
		py.Func("dist", "p, q, /", mathDist),
		py.Func("isclose", "a, b, *, rel_tol=1e-09, abs_tol=0.0", mathIsclose),
		py.Func("pow", "x, y, /", mathPow),
		py.Func("prod", "iterable, /, *, start=1", mathProd),
		py.Func("sumprod", "p, q, /", mathSumprod),
		py.FuncO("math.frexp", mathFrexp),
		py.Func("ldexp", "x, i, /", mathLdexp),
		py.FuncO("math.modf", mathModf),
		py.Func("fmod", "x, y, /", mathFmod),
		py.Func("remainder", "x, y, /", mathRemainder),
		py.Func("nextafter", "x, y, /, *, steps=None", mathNextafter),
		py.FuncO("math.ulp", mathUlp),
		py.Func("fma", "x, y, z, /", mathFma),
		py.FuncO("math.isfinite", func(t *py.Thread, self, x py.Value) (py.Value, *py.Exception) {
			a, err := py.AsFloat(t, x)
			return py.Bool(isFinite(a)), err
		}),
		py.FuncO("math.isinf", func(t *py.Thread, self, x py.Value) (py.Value, *py.Exception) {
			a, err := py.AsFloat(t, x)
			return py.Bool(math.IsInf(a, 0)), err
		}),
		py.FuncO("math.isnan", func(t *py.Thread, self, x py.Value) (py.Value, *py.Exception) {
			a, err := py.AsFloat(t, x)
			return py.Bool(math.IsNaN(a)), err
		}),
	}
	return defs
}

func typeError(format string, a ...any) *py.Exception { return py.Errorf(py.TypeError(), format, a...) }

// floatOf is the value of an exact float (v.IsFloat()).
func floatOf(v py.Value) float64 { f, _ := py.AsFloat(nil, v); return f }

// bigOf is the value of an int.
func bigOf(v py.Value) *big.Int { b, _ := py.AsBigInt(v); return b }

// sign is -1, 0 or 1 as the int v is negative, zero or positive.
func sign(v py.Value) int {
	if n, ok := py.AsInt64(v); ok {
		return cmp.Compare(n, 0)
	}
	return bigOf(v).Sign()
}
