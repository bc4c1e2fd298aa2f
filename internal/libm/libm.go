// Package libm holds the floating-point algorithms that must round exactly as
// CPython's C library does, where Go's math package does not give the same bits:
// pow, exp, log, log2, log10, exp2, sin, cos, tan, asin, acos, atan and atan2,
// computed in double-double arithmetic (or at 128 bits) and rounded once, so that
// they agree with glibc's (all but) correctly rounded functions that CPython calls;
// and CPython's vector_norm (math.hypot, math.dist). The compiler's constant
// folding, the runtime (float's **, complex) and the math module share it.
package libm

//go:generate sh -c "go run gen_ddcoef.go > ddcoef_gen.go"
//go:generate sh -c "python3.13 gen_pow.py > testdata/pow.txt"
