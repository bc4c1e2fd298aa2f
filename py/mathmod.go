package py

import (
	"math"
	"math/big"

	"github.com/kaa-python/kaa/constant"
)

// The math module, natively. Results follow CPython's mathmodule.c: domain errors
// (a NaN from a non-NaN argument) raise ValueError("math domain error"), overflow
// (an infinity from a finite argument) OverflowError("math range error"), and the
// functions with extra care in CPython (fsum, hypot/dist, isqrt, comb/perm, log of
// big ints, sumprod) use the same algorithms. The elementary functions come from Go's
// math package, which can differ from the C library in the last bit.

func init() { builtinModules["math"] = newMathModule }

func errMathDomain() *Exception { return Errorf(ValueError, "math domain error") }
func errMathRange() *Exception  { return Errorf(OverflowError, "math range error") }

// asFloat is PyFloat_AsDouble: a float, an int, or an object with __float__ or
// __index__.
func asFloat(t *Thread, v Value) (float64, *Exception) {
	if v.IsFloat() {
		return floatOf(v), nil
	}
	if v.IsSmallInt() || v.isBool() {
		return float64(v.small()), nil
	}
	typ := v.Type()
	if typ.layout == FloatType && typ.float == nil {
		return floatOf(v), nil
	}
	if v.isInt() && typ.float == nil {
		return intToFloat(v)
	}
	if typ.float == nil && typ.index == nil {
		return 0, typeErrorf("must be real number, not %s", typeName(v))
	}
	r, err := ToFloat(t, v)
	if err != nil {
		return 0, err
	}
	return floatOf(r), nil
}

// math1 applies f with math_1's error rules.
func math1(f func(float64) float64, canOverflow bool) func(t *Thread, self, x Value) (Value, *Exception) {
	return func(t *Thread, self, x Value) (Value, *Exception) {
		a, err := asFloat(t, x)
		if err != nil {
			return Value{}, err
		}
		return checkMath1(a, f(a), canOverflow)
	}
}

func checkMath1(x, r float64, canOverflow bool) (Value, *Exception) {
	switch {
	case math.IsNaN(r) && !math.IsNaN(x):
		return Value{}, errMathDomain()
	case math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x):
		if canOverflow {
			return Value{}, errMathRange()
		}
		return Value{}, errMathDomain()
	}
	return Float(r), nil
}

// math2 applies a two-argument function with math_2's error rules.
func math2(f func(a, b float64) float64) func(t *Thread, self Value, args []Value) (Value, *Exception) {
	return func(t *Thread, self Value, args []Value) (Value, *Exception) {
		a, b, err := floatPair(t, args[0], args[1])
		if err != nil {
			return Value{}, err
		}
		r := f(a, b)
		switch {
		case math.IsNaN(r) && !math.IsNaN(a) && !math.IsNaN(b):
			return Value{}, errMathDomain()
		case math.IsInf(r, 0) && isFinite(a) && isFinite(b):
			return Value{}, errMathRange()
		}
		return Float(r), nil
	}
}

// floatPair converts the two float arguments of a two-argument function.
func floatPair(t *Thread, a, b Value) (float64, float64, *Exception) {
	x, err := asFloat(t, a)
	if err != nil {
		return 0, 0, err
	}
	y, err := asFloat(t, b)
	return x, y, err
}

func isFinite(f float64) bool { return !math.IsInf(f, 0) && !math.IsNaN(f) }

// roundingFunc is ceil/floor: the type's __ceil__/__floor__, else via float.
func roundingFunc(name string, f func(float64) float64) func(t *Thread, self, x Value) (Value, *Exception) {
	return func(t *Thread, self, x Value) (Value, *Exception) {
		if x.IsFloat() {
			return floatToInt(f(floatOf(x)))
		}
		if x.isInt() {
			return ToInt(t, x)
		}
		if m, found, err := lookupSpecial(t, x, name); err != nil {
			return Value{}, err
		} else if found {
			return Call(t, m)
		}
		a, err := asFloat(t, x)
		if err != nil {
			return Value{}, err
		}
		return floatToInt(f(a))
	}
}

// logOf computes log(x) for log, log2 and log10, handling ints too big for a float.
func logOf(t *Thread, x Value, f func(float64) float64) (float64, *Exception) {
	if x.isInt() {
		if intCompare(x, Int(0)) <= 0 {
			return 0, errMathDomain()
		}
		if fx, err := intToFloat(x); err == nil {
			return f(fx), nil
		}
		// x = m * 2**e with m in [0.5, 1)
		b := bigOf(x)
		e := b.BitLen()
		m, _ := new(big.Float).SetMantExp(new(big.Float).SetInt(b), -e).Float64()
		return f(m) + float64(e)*f(2), nil
	}
	a, err := asFloat(t, x)
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

func mathLog(t *Thread, self Value, args []Value) (Value, *Exception) {
	num, err := logOf(t, args[0], constant.Log)
	if err != nil {
		return Value{}, err
	}
	if len(args) == 1 {
		return Float(num), nil
	}
	den, err := logOf(t, args[1], constant.Log)
	if err != nil {
		return Value{}, err
	}
	if den == 0 {
		return Value{}, Errorf(ZeroDivisionError, "float division by zero")
	}
	return Float(num / den), nil
}

func logFunc(f func(float64) float64) func(t *Thread, self, x Value) (Value, *Exception) {
	return func(t *Thread, self, x Value) (Value, *Exception) {
		r, err := logOf(t, x, f)
		if err != nil {
			return Value{}, err
		}
		return Float(r), nil
	}
}

func mathFactorial(t *Thread, self, x Value) (Value, *Exception) {
	n, err := Index(t, x)
	if err != nil {
		return Value{}, err
	}
	if intCompare(n, Int(0)) < 0 {
		return Value{}, Errorf(ValueError, "factorial() not defined for negative values")
	}
	k, ok := AsInt64(n)
	if !ok {
		return Value{}, Errorf(OverflowError, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	return newBigOwned(new(big.Int).MulRange(1, max(k, 1))), nil
}

func mathGcdLcm(lcm bool) func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
	name := "gcd"
	if lcm {
		name = "lcm"
	}
	return func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
		if err := noKwargs(name, kw); err != nil {
			return Value{}, err
		}
		acc := big.NewInt(0)
		if lcm {
			acc.SetInt64(1)
		}
		for _, a := range args {
			v, err := Index(t, a)
			if err != nil {
				return Value{}, err
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
		return newBigOwned(acc), nil
	}
}

func mathIsqrt(t *Thread, self, x Value) (Value, *Exception) {
	n, err := Index(t, x)
	if err != nil {
		return Value{}, err
	}
	if intCompare(n, Int(0)) < 0 {
		return Value{}, Errorf(ValueError, "isqrt() argument must be nonnegative")
	}
	return newBigOwned(new(big.Int).Sqrt(bigOf(n))), nil
}

func mathCombPerm(perm bool) func(t *Thread, self Value, args []Value) (Value, *Exception) {
	return func(t *Thread, self Value, args []Value) (Value, *Exception) {
		n, err := Index(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if perm && (len(args) < 2 || args[1].IsNone()) {
			if intCompare(n, Int(0)) < 0 {
				return Value{}, Errorf(ValueError, "n must be a non-negative integer")
			}
			return mathFactorial(t, self, n)
		}
		k, err := Index(t, args[1])
		if err != nil {
			return Value{}, err
		}
		if intCompare(n, Int(0)) < 0 {
			return Value{}, Errorf(ValueError, "n must be a non-negative integer")
		}
		if intCompare(k, Int(0)) < 0 {
			return Value{}, Errorf(ValueError, "k must be a non-negative integer")
		}
		bn, bk := bigOf(n), bigOf(k)
		if bk.Cmp(bn) > 0 {
			return Int(0), nil
		}
		if !bk.IsInt64() {
			return Value{}, Errorf(OverflowError, "min(n - k, k) must not exceed %d", int64(math.MaxInt64))
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
		return newBigOwned(r), nil
	}
}

// fsum is Shewchuk's exactly rounded summation, as math.fsum.
func mathFsum(t *Thread, self, seq Value) (Value, *Exception) {
	var partials []float64
	specialSum, infSum := 0.0, 0.0
	err := Iterate(t, seq, func(v Value) *Exception {
		x, err := asFloat(t, v)
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
					return Errorf(OverflowError, "intermediate overflow in fsum")
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
		return Value{}, err
	}
	if specialSum != 0 {
		if math.IsNaN(infSum) {
			return Value{}, Errorf(ValueError, "-inf + inf in fsum")
		}
		return Float(specialSum), nil
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
	return Float(hi), nil
}

// vectorNorm is CPython's vector_norm: an accurate sqrt of a sum of squares.
func vectorNorm(vec []float64, maxv float64, foundNaN bool) float64 {
	if math.IsInf(maxv, 0) {
		return maxv
	}
	if foundNaN {
		return math.NaN()
	}
	if maxv == 0 || len(vec) <= 1 {
		return maxv
	}
	_, maxE := math.Frexp(maxv)
	if maxE < -1023 {
		const dblMin = 2.2250738585072014e-308
		for i := range vec {
			vec[i] /= dblMin
		}
		return dblMin * vectorNorm(vec, maxv/dblMin, foundNaN)
	}
	scale := math.Ldexp(1, -maxE)
	csum, frac1, frac2 := 1.0, 0.0, 0.0
	// addProduct adds a*b to csum losslessly (exact product by FMA, exact sum),
	// keeping the low parts in frac1 and frac2.
	addProduct := func(a, b float64) {
		prHi := a * b
		prLo := math.FMA(a, b, -prHi)
		smHi := csum + prHi
		frac1 += prLo
		frac2 += (csum - smHi) + prHi
		csum = smHi
	}
	for _, x := range vec {
		x *= scale
		addProduct(x, x)
	}
	h := math.Sqrt(csum - 1 + (frac1 + frac2))
	addProduct(-h, h)
	x := csum - 1 + (frac1 + frac2)
	h += x / (2 * h) // differential correction
	return h / scale
}

// norm is vector_norm over n non-negative values produced by get.
func norm(n int, get func(i int) (float64, *Exception)) (Value, *Exception) {
	vec := make([]float64, n)
	maxv, nan := 0.0, false
	for i := range vec {
		x, err := get(i)
		if err != nil {
			return Value{}, err
		}
		vec[i] = x
		nan = nan || math.IsNaN(x)
		if x > maxv {
			maxv = x
		}
	}
	return Float(vectorNorm(vec, maxv, nan)), nil
}

func mathHypot(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
	if err := noKwargs("hypot", kw); err != nil {
		return Value{}, err
	}
	return norm(len(args), func(i int) (float64, *Exception) {
		x, err := asFloat(t, args[i])
		return math.Abs(x), err
	})
}

// mathDist is dist(p, q): p and q may be any iterables of the same length.
func mathDist(t *Thread, self Value, args []Value) (Value, *Exception) {
	p, err := ToSlice(t, args[0])
	if err != nil {
		return Value{}, err
	}
	q, err := ToSlice(t, args[1])
	if err != nil {
		return Value{}, err
	}
	if len(p) != len(q) {
		return Value{}, Errorf(ValueError, "both points must have the same number of dimensions")
	}
	return norm(len(p), func(i int) (float64, *Exception) {
		a, b, err := floatPair(t, p[i], q[i])
		return math.Abs(a - b), err
	})
}

func mathIsclose(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
	var a [4]Value
	if err := parseArgs("isclose", args, kw, []string{"a", "b", "rel_tol", "abs_tol"}, 0, 2, 2, a[:]); err != nil {
		return Value{}, err
	}
	x, y, err := floatPair(t, a[0], a[1])
	if err != nil {
		return Value{}, err
	}
	rel, abs := 1e-09, 0.0
	if !a[2].IsNil() {
		if rel, err = asFloat(t, a[2]); err != nil {
			return Value{}, err
		}
	}
	if !a[3].IsNil() {
		if abs, err = asFloat(t, a[3]); err != nil {
			return Value{}, err
		}
	}
	if rel < 0 || abs < 0 {
		return Value{}, Errorf(ValueError, "tolerances must be non-negative")
	}
	if x == y {
		return True, nil
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return False, nil
	}
	diff := math.Abs(y - x)
	return Bool(diff <= math.Abs(rel*y) || diff <= math.Abs(rel*x) || diff <= abs), nil
}

func mathPow(t *Thread, self Value, args []Value) (Value, *Exception) {
	x, y, err := floatPair(t, args[0], args[1])
	if err != nil {
		return Value{}, err
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
		return Float(r), nil
	}
	if x == 0 && y < 0 {
		return Value{}, errMathDomain()
	}
	if x < 0 && y != math.Trunc(y) {
		return Value{}, errMathDomain()
	}
	r = constant.PowFloat(x, y)
	if math.IsInf(r, 0) {
		return Value{}, errMathRange()
	}
	return Float(r), nil
}

func mathProd(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
	var a [2]Value
	if err := parseArgs("prod", args, kw, []string{"iterable", "start"}, 1, 1, 1, a[:]); err != nil {
		return Value{}, err
	}
	acc := Int(1)
	if !a[1].IsNil() {
		acc = a[1]
	}
	err := Iterate(t, a[0], func(x Value) *Exception {
		r, err := BinaryOp(t, acc, x, nbMul)
		acc = r
		return err
	})
	return acc, err
}

func mathSumprod(t *Thread, self Value, args []Value) (Value, *Exception) {
	p, err := ToSlice(t, args[0])
	if err != nil {
		return Value{}, err
	}
	q, err := ToSlice(t, args[1])
	if err != nil {
		return Value{}, err
	}
	if len(p) != len(q) {
		return Value{}, Errorf(ValueError, "Inputs are not the same length")
	}
	// All ints: exact. All floats or ints, finite: the exact sum of exact products,
	// rounded once (CPython's extended-precision path agrees in all but freak cases).
	allInt, allNum := true, true
	for _, s := range [][]Value{p, q} {
		for _, v := range s {
			isI := v.IsSmallInt() || v.isBool() || v.Type() == IntType
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
		return newBigOwned(acc), nil
	case allNum:
		acc := new(big.Rat)
		for i := range p {
			a, b := numRat(p[i]), numRat(q[i])
			acc.Add(acc, a.Mul(a, b))
		}
		f, _ := acc.Float64()
		return Float(f), nil
	}
	acc := Int(0)
	for i := range p {
		m, err := BinaryOp(t, p[i], q[i], nbMul)
		if err != nil {
			return Value{}, err
		}
		if acc, err = BinaryOp(t, acc, m, nbAdd); err != nil {
			return Value{}, err
		}
	}
	return acc, nil
}

func numRat(v Value) *big.Rat {
	if v.IsFloat() {
		return new(big.Rat).SetFloat64(floatOf(v))
	}
	return new(big.Rat).SetInt(bigOf(v))
}

func mathFrexp(t *Thread, self, x Value) (Value, *Exception) {
	a, err := asFloat(t, x)
	if err != nil {
		return Value{}, err
	}
	if !isFinite(a) || a == 0 {
		return NewTuple(Float(a), Int(0)), nil
	}
	m, e := math.Frexp(a)
	return NewTuple(Float(m), Int(int64(e))), nil
}

func mathLdexp(t *Thread, self Value, args []Value) (Value, *Exception) {
	x, err := asFloat(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if !args[1].isInt() {
		return Value{}, typeErrorf("Expected an int as second argument to ldexp.")
	}
	var e int64
	if n, ok := AsInt64(args[1]); ok {
		e = max(min(n, 1<<20), -(1 << 20))
	} else if intCompare(args[1], Int(0)) > 0 {
		e = 1 << 20
	} else {
		e = -(1 << 20)
	}
	if x == 0 || !isFinite(x) {
		return Float(x), nil
	}
	r := math.Ldexp(x, int(e))
	if math.IsInf(r, 0) {
		return Value{}, errMathRange()
	}
	return Float(r), nil
}

func mathModf(t *Thread, self, x Value) (Value, *Exception) {
	a, err := asFloat(t, x)
	if err != nil {
		return Value{}, err
	}
	if math.IsInf(a, 0) {
		return NewTuple(Float(math.Copysign(0, a)), Float(a)), nil
	}
	i, f := math.Modf(a)
	return NewTuple(Float(f), Float(i)), nil
}

func mathFmod(t *Thread, self Value, args []Value) (Value, *Exception) {
	x, y, err := floatPair(t, args[0], args[1])
	if err != nil {
		return Value{}, err
	}
	if math.IsInf(y, 0) && isFinite(x) {
		return Float(x), nil
	}
	r := math.Mod(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return Value{}, errMathDomain()
	}
	return Float(r), nil
}

func mathRemainder(t *Thread, self Value, args []Value) (Value, *Exception) {
	x, y, err := floatPair(t, args[0], args[1])
	if err != nil {
		return Value{}, err
	}
	if math.IsNaN(x) || math.IsNaN(y) {
		return Float(math.NaN()), nil
	}
	if math.IsInf(x, 0) || y == 0 {
		return Value{}, errMathDomain()
	}
	if math.IsInf(y, 0) {
		return Float(x), nil
	}
	return Float(math.Remainder(x, y)), nil
}

func mathNextafter(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
	var a [3]Value
	if err := parseArgs("nextafter", args, kw, []string{"x", "y", "steps"}, 2, 2, 2, a[:]); err != nil {
		return Value{}, err
	}
	x, y, err := floatPair(t, a[0], a[1])
	if err != nil {
		return Value{}, err
	}
	if a[2].IsNil() || a[2].IsNone() {
		return Float(math.Nextafter(x, y)), nil
	}
	n, err := Index(t, a[2])
	if err != nil {
		return Value{}, err
	}
	if intCompare(n, Int(0)) < 0 {
		return Value{}, Errorf(ValueError, "steps must be a non-negative integer")
	}
	if math.IsNaN(x) || math.IsNaN(y) {
		return Float(x + y), nil
	}
	steps, ok := AsInt64(n)
	if !ok {
		steps = math.MaxInt64
	}
	// Floats in order map to integers in order; walking steps ulps is one addition.
	ox, oy := orderedFloat(x), orderedFloat(y)
	switch {
	case steps == 0:
		return Float(x), nil
	case ox == oy || oy > ox && uint64(oy-ox) <= uint64(steps) || oy < ox && uint64(ox-oy) <= uint64(steps):
		return Float(y), nil
	case oy > ox:
		return Float(unorderedFloat(ox + steps)), nil
	}
	return Float(unorderedFloat(ox - steps)), nil
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

func mathUlp(t *Thread, self, v Value) (Value, *Exception) {
	x, err := asFloat(t, v)
	if err != nil {
		return Value{}, err
	}
	if math.IsNaN(x) {
		return Float(x), nil
	}
	x = math.Abs(x)
	if math.IsInf(x, 0) {
		return Float(x), nil
	}
	x2 := math.Nextafter(x, math.Inf(1))
	if math.IsInf(x2, 0) {
		x2 = math.Nextafter(x, math.Inf(-1))
		return Float(x - x2), nil
	}
	return Float(x2 - x), nil
}

func mathFma(t *Thread, self Value, args []Value) (Value, *Exception) {
	var xs [3]float64
	for i := range xs {
		f, err := asFloat(t, args[i])
		if err != nil {
			return Value{}, err
		}
		xs[i] = f
	}
	r := math.FMA(xs[0], xs[1], xs[2])
	if !isFinite(r) {
		allFinite := isFinite(xs[0]) && isFinite(xs[1]) && isFinite(xs[2])
		if math.IsNaN(r) {
			if !math.IsNaN(xs[0]) && !math.IsNaN(xs[1]) && !math.IsNaN(xs[2]) {
				return Value{}, Errorf(ValueError, "invalid operation in fma")
			}
		} else if allFinite {
			return Value{}, Errorf(OverflowError, "overflow in fma")
		}
	}
	return Float(r), nil
}

func mathTrunc(t *Thread, self, x Value) (Value, *Exception) {
	if x.IsFloat() {
		return floatToInt(math.Trunc(floatOf(x)))
	}
	m, found, err := lookupSpecial(t, x, "__trunc__")
	if err != nil {
		return Value{}, err
	}
	if !found {
		return Value{}, typeErrorf("type %s doesn't define __trunc__ method", typeName(x))
	}
	return Call(t, m)
}

// gamma and lgamma: Go's, with CPython's domain rules at the poles.
func mathGamma(x float64) float64 {
	if x == math.Trunc(x) && x <= 0 || math.IsInf(x, -1) {
		return math.NaN()
	}
	return math.Gamma(x)
}

func mathLgamma(x float64) float64 {
	if x == math.Trunc(x) && x <= 0 && !math.IsInf(x, -1) {
		return math.NaN()
	}
	if math.IsInf(x, 0) {
		return math.Inf(1)
	}
	r, _ := math.Lgamma(x)
	return r
}

func newMathModule(t *Thread) (Value, *Exception) {
	m := NewModule("math")
	d := ModuleDict(m)
	d.SetStr("__doc__", NewStr("This module provides access to the mathematical functions\ndefined by the C standard."))
	f1 := func(name string, f func(float64) float64, overflow bool) *MethodDef {
		return methO("math."+name, math1(f, overflow))
	}
	defs := []*MethodDef{
		f1("acos", constant.Acos, false), f1("acosh", math.Acosh, false), f1("asin", constant.Asin, false),
		f1("asinh", math.Asinh, false), f1("atan", constant.Atan, false), f1("atanh", func(x float64) float64 {
			if math.Abs(x) >= 1 {
				return math.NaN()
			}
			return math.Atanh(x)
		}, false),
		f1("cbrt", math.Cbrt, false), f1("cos", constant.Cos, false), f1("cosh", math.Cosh, true),
		f1("erf", math.Erf, false), f1("erfc", math.Erfc, false), f1("exp", constant.Exp, true),
		f1("exp2", constant.Exp2, true), f1("expm1", math.Expm1, true), f1("fabs", math.Abs, false),
		f1("gamma", mathGamma, true), f1("lgamma", mathLgamma, true),
		f1("log1p", func(x float64) float64 {
			if x <= -1 {
				return math.NaN()
			}
			return math.Log1p(x)
		}, false),
		f1("sin", constant.Sin, false), f1("sinh", math.Sinh, true), f1("sqrt", math.Sqrt, false),
		f1("tan", constant.Tan, false), f1("tanh", math.Tanh, false),
		methO("math.degrees", math1(func(x float64) float64 { return x * (180 / math.Pi) }, true)),
		methO("math.radians", math1(func(x float64) float64 { return x * (math.Pi / 180) }, true)),
		methN("math.atan2", 2, 2, math2(constant.Atan2)),
		methN("math.copysign", 2, 2, math2(math.Copysign)),
		methO("math.ceil", roundingFunc("__ceil__", math.Ceil)),
		methO("math.floor", roundingFunc("__floor__", math.Floor)),
		methO("math.trunc", mathTrunc),
		methN("math.log", 1, 2, mathLog),
		methO("math.log2", logFunc(constant.Log2)),
		methO("math.log10", logFunc(constant.Log10)),
		methO("math.factorial", mathFactorial),
		{Name: "gcd", Fn: mathGcdLcm(false)},
		{Name: "lcm", Fn: mathGcdLcm(true)},
		methO("math.isqrt", mathIsqrt),
		methN("math.comb", 2, 2, mathCombPerm(false)),
		methN("math.perm", 1, 2, mathCombPerm(true)),
		methO("math.fsum", mathFsum),
		{Name: "hypot", Fn: mathHypot},
		methN("math.dist", 2, 2, mathDist),
		{Name: "isclose", Fn: mathIsclose},
		methN("math.pow", 2, 2, mathPow),
		{Name: "prod", Fn: mathProd},
		methN("math.sumprod", 2, 2, mathSumprod),
		methO("math.frexp", mathFrexp),
		methN("math.ldexp", 2, 2, mathLdexp),
		methO("math.modf", mathModf),
		methN("math.fmod", 2, 2, mathFmod),
		methN("math.remainder", 2, 2, mathRemainder),
		{Name: "nextafter", Fn: mathNextafter},
		methO("math.ulp", mathUlp),
		methN("math.fma", 3, 3, mathFma),
		methO("math.isfinite", func(t *Thread, self, x Value) (Value, *Exception) {
			a, err := asFloat(t, x)
			return Bool(isFinite(a)), err
		}),
		methO("math.isinf", func(t *Thread, self, x Value) (Value, *Exception) {
			a, err := asFloat(t, x)
			return Bool(math.IsInf(a, 0)), err
		}),
		methO("math.isnan", func(t *Thread, self, x Value) (Value, *Exception) {
			a, err := asFloat(t, x)
			return Bool(math.IsNaN(a)), err
		}),
	}
	for _, def := range defs {
		d.SetStr(def.Name, NewBuiltin(def, m, "math"))
	}
	d.SetStr("pi", Float(math.Pi))
	d.SetStr("e", Float(math.E))
	d.SetStr("tau", Float(2*math.Pi))
	d.SetStr("inf", Float(math.Inf(1)))
	d.SetStr("nan", Float(math.NaN()))
	return m, nil
}
