// Package constant represents the Python constant values that appear in source code,
// in the AST (ast.Constant) and in code objects (co_consts): the compile-time world.
// The virtual machine converts them once into its own runtime objects.
//
// A Value is one of these dynamic types:
//
//	NoneType (None)        EllipsisType (Ellipsis)   Bool
//	Int                    Float                     Complex
//	Str                    Bytes                     Tuple
//	FrozenSet              and, inside co_consts only, *bytecode.Code
//
// Str holds a Python str as a Go string in UTF-8 extended to lone surrogates (the
// encoding marshal's "surrogatepass" uses): U+D800..U+DFFF are stored as their 3-byte
// generalized UTF-8 forms, so every Python string round-trips.
package constant

import "math/big"

// Value is a Python constant; see the package comment for its dynamic types.
type Value = any

// NoneType is the type of None.
type NoneType struct{}

// EllipsisType is the type of Ellipsis (...).
type EllipsisType struct{}

var (
	// None is Python's None.
	None = NoneType{}
	// Ellipsis is Python's Ellipsis.
	Ellipsis = EllipsisType{}
)

// Bool is a Python bool.
type Bool bool

// Int is a Python int of any size. When Big is nil the value is Small; otherwise it
// is Big and does not fit in an int64. Use NewInt/NewBigInt to keep that invariant.
type Int struct {
	Small int64
	Big   *big.Int
}

// NewInt returns the Int for v.
func NewInt(v int64) Int { return Int{Small: v} }

// NewBigInt returns the Int for v, normalised to the small form when it fits.
func NewBigInt(v *big.Int) Int {
	if v.IsInt64() {
		return Int{Small: v.Int64()}
	}
	return Int{Big: v}
}

// BigInt returns the value as a new big.Int.
func (i Int) BigInt() *big.Int {
	if i.Big != nil {
		return new(big.Int).Set(i.Big)
	}
	return big.NewInt(i.Small)
}

// Float is a Python float.
type Float float64

// Complex is a Python complex.
type Complex complex128

// Str is a Python str (see the package comment for its encoding).
type Str string

// Bytes is a Python bytes object.
type Bytes string

// Tuple is a Python tuple of constants.
type Tuple []Value

// FrozenSet is a Python frozenset of constants, in the order it was built or read.
type FrozenSet []Value
