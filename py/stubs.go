package py

import (
	"fmt"
	"math"
	"math/cmplx"
	"strconv"
	"strings"
	"unicode"
	"unsafe"

	"github.com/kaa-python/kaa/constant"
)

// ---- complex ----

type complexObj struct {
	Header
	c complex128
}

var ComplexType = newType("complex", nil, nil)

func NewComplex(c complex128) Value {
	return Value{p: unsafe.Pointer(&complexObj{Header: Header{typ: ComplexType}, c: c})}
}

func complexPow(t *Thread, a, b complex128) (Value, *Exception) {
	if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
		n := int(real(b))
		if n >= 0 {
			r := cPowU(a, n)
			if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
				return Value{}, Errorf(OverflowError, "complex exponentiation")
			}
			return NewComplex(r), nil
		}
		if a == 0 {
			return Value{}, Errorf(ZeroDivisionError, "0.0 to a negative or complex power")
		}
		q, ok := cQuot(1, cPowU(a, -n))
		if !ok {
			return Value{}, Errorf(ZeroDivisionError, "0.0 to a negative or complex power")
		}
		if math.IsInf(real(q), 0) || math.IsInf(imag(q), 0) {
			return Value{}, Errorf(OverflowError, "complex exponentiation")
		}
		return NewComplex(q), nil
	}
	if b == 0 {
		return NewComplex(1), nil
	}
	if a == 0 {
		if real(b) < 0 || imag(b) != 0 {
			return Value{}, Errorf(ZeroDivisionError, "0.0 to a negative or complex power")
		}
		return NewComplex(0), nil
	}
	// CPython's _Py_c_pow, operation for operation.
	vabs := math.Hypot(real(a), imag(a))
	l := constant.PowFloat(vabs, real(b))
	at := constant.Atan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		l /= constant.Exp(at * imag(b))
		phase += imag(b) * constant.Log(vabs)
	}
	if math.IsInf(phase, 0) { // libm's cos(inf) sets EDOM
		return Value{}, Errorf(ZeroDivisionError, "0.0 to a negative or complex power")
	}
	r := complex(l*constant.Cos(phase), l*constant.Sin(phase))
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return Value{}, Errorf(OverflowError, "complex exponentiation")
	}
	return NewComplex(r), nil
}

// cProd is _Py_c_prod.
func cProd(a, b complex128) complex128 {
	return complex(real(a)*real(b)-imag(a)*imag(b), real(a)*imag(b)+imag(a)*real(b))
}

// cPowU is CPython's c_powu: binary exponentiation by squaring.
func cPowU(x complex128, n int) complex128 {
	r, p := complex128(1), x
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = cProd(r, p)
		}
		p = cProd(p, p)
	}
	return r
}

// cQuot is _Py_c_quot (Smith's algorithm); false on division by zero.
func cQuot(a, b complex128) (complex128, bool) {
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
		if r.Type().layout != ComplexType {
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
	case v.Type().layout == ComplexType:
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
	ComplexType.repr = func(t *Thread, v Value) (Value, *Exception) {
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
	ComplexType.hash = func(t *Thread, v Value) (int64, *Exception) {
		c := (*complexObj)(v.p).c
		h := floatHash(real(c)) + 1000003*floatHash(imag(c))
		if h == -1 {
			h = -2
		}
		return h, nil
	}
	ComplexType.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
		x, _ := toComplex(a)
		y, ok := toComplex(b)
		if !ok || (op != EQ && op != NE) {
			return NotImplemented, nil
		}
		return Bool((x == y) == (op == EQ)), nil
	}
	ComplexType.bool = func(t *Thread, v Value) (bool, *Exception) { return (*complexObj)(v.p).c != 0, nil }
	arith := func(op int, refl bool) binaryFunc {
		return func(t *Thread, a, b Value) (Value, *Exception) {
			if refl {
				a, b = b, a
			}
			x, ok1 := toComplex(a)
			y, ok2 := toComplex(b)
			if !ok1 || !ok2 {
				return NotImplemented, nil
			}
			switch op {
			case nbAdd:
				return NewComplex(x + y), nil
			case nbSub:
				return NewComplex(x - y), nil
			case nbMul:
				return NewComplex(cProd(x, y)), nil
			case nbTrueDiv:
				q, ok := cQuot(x, y)
				if !ok {
					return Value{}, Errorf(ZeroDivisionError, "complex division by zero")
				}
				return NewComplex(q), nil
			case nbPow:
				return complexPow(t, x, y)
			}
			return NotImplemented, nil
		}
	}
	for _, op := range []int{nbAdd, nbSub, nbMul, nbTrueDiv, nbPow} {
		ComplexType.ownNum().nb[op] = arith(op, false)
		ComplexType.ownNum().nbr[op] = arith(op, true)
	}
	ComplexType.neg = func(t *Thread, v Value) (Value, *Exception) { return NewComplex(-(*complexObj)(v.p).c), nil }
	ComplexType.pos = func(t *Thread, v Value) (Value, *Exception) { return NewComplex((*complexObj)(v.p).c), nil }
	ComplexType.abs = func(t *Thread, v Value) (Value, *Exception) {
		c := (*complexObj)(v.p).c
		re, im := math.Abs(real(c)), math.Abs(imag(c))
		switch {
		case math.IsInf(re, 0) || math.IsInf(im, 0):
			return Float(math.Inf(1)), nil
		case math.IsNaN(re) || math.IsNaN(im):
			return Float(math.NaN()), nil
		}
		// libm's hypot is correctly rounded; math.hypot's careful norm matches it.
		r := vectorNorm([]float64{re, im}, math.Max(re, im), false)
		if math.IsInf(r, 0) {
			return Value{}, Errorf(OverflowError, "absolute value too large")
		}
		return Float(r), nil
	}
	ComplexType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		var a [2]Value
		if err := parseArgs("complex", args, kw, []string{"real", "imag"}, 0, 0, -1, a[:]); err != nil {
			return Value{}, err
		}
		var cr complex128
		if !a[0].IsNil() {
			if a[0].Type() == StrType {
				if !a[1].IsNil() {
					return Value{}, typeErrorf("complex() can't take second arg if first is a string")
				}
				c, ok := parseComplex(a[0].str().s)
				if !ok {
					return Value{}, Errorf(ValueError, "complex() arg is a malformed string")
				}
				if typ != ComplexType {
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
			if a[1].Type() == StrType {
				return Value{}, typeErrorf("complex() second argument must be a number, not 'str'")
			}
			c, ok, err := complexArg(t, a[1])
			if err != nil {
				return Value{}, err
			}
			if !ok {
				return Value{}, typeErrorf("complex() second argument must be a number, not '%s'", typeName(a[1]))
			}
			if a[1].Type().layout == ComplexType {
				re -= imag(c)
			}
			if a[0].IsNil() || a[0].Type().layout != ComplexType {
				im = real(c)
			} else {
				im += real(c)
			}
		}
		if typ != ComplexType {
			return Value{p: unsafe.Pointer(&complexObj{Header: Header{typ: typ}, c: complex(re, im)})}, nil
		}
		return NewComplex(complex(re, im)), nil
	}
	ComplexType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("real", func(t *Thread, v Value) (Value, *Exception) { return Float(real((*complexObj)(v.p).c)), nil }, nil),
			getset("imag", func(t *Thread, v Value) (Value, *Exception) { return Float(imag((*complexObj)(v.p).c)), nil }, nil),
			methO("complex.__format__", func(t *Thread, self, spec Value) (Value, *Exception) {
				if spec.Type().layout != StrType {
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

// ---- property ----

type propertyObj struct {
	Header
	get, set, del, doc Value
	name               Value
}

var PropertyType = newType("property", nil, nil)

func init() {
	PropertyType.hasDict = false
	PropertyType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		return Value{p: unsafe.Pointer(&propertyObj{Header: Header{typ: typ}, get: None, set: None, del: None, doc: None, name: None})}, nil
	}
	PropertyType.init = func(t *Thread, self Value, args []Value, kw *Tuple) *Exception {
		var a [4]Value
		if err := parseArgs("property", args, kw, []string{"fget", "fset", "fdel", "doc"}, 0, 0, -1, a[:]); err != nil {
			return err
		}
		p := (*propertyObj)(self.p)
		for i, dst := range []*Value{&p.get, &p.set, &p.del, &p.doc} {
			if !a[i].IsNil() {
				*dst = a[i]
			}
		}
		if p.doc.IsNone() && !p.get.IsNone() {
			if d, found, _ := LookupAttr(t, p.get, strDoc); found {
				p.doc = d
			}
		}
		return nil
	}
	PropertyType.descrGet = func(t *Thread, d, obj Value, typ *Type) (Value, *Exception) {
		p := (*propertyObj)(d.p)
		if obj.IsNil() {
			return d, nil
		}
		if p.get.IsNone() {
			return Value{}, Errorf(AttributeError, "property %s of '%s' object has no getter", propName(t, p), typeName(obj))
		}
		return Call(t, p.get, obj)
	}
	PropertyType.descrSet = func(t *Thread, d, obj, val Value) *Exception {
		p := (*propertyObj)(d.p)
		if val.IsNil() {
			if p.del.IsNone() {
				return Errorf(AttributeError, "property %s of '%s' object has no deleter", propName(t, p), typeName(obj))
			}
			_, err := Call(t, p.del, obj)
			return err
		}
		if p.set.IsNone() {
			return Errorf(AttributeError, "property %s of '%s' object has no setter", propName(t, p), typeName(obj))
		}
		_, err := Call(t, p.set, obj, val)
		return err
	}
	copyWith := func(which int) func(t *Thread, self, f Value) (Value, *Exception) {
		return func(t *Thread, self, f Value) (Value, *Exception) {
			p := *(*propertyObj)(self.p)
			switch which {
			case 0:
				p.get = f
			case 1:
				p.set = f
			case 2:
				p.del = f
			}
			np := p
			return Value{p: unsafe.Pointer(&np)}, nil
		}
	}
	PropertyType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			methO("property.getter", copyWith(0)),
			methO("property.setter", copyWith(1)),
			methO("property.deleter", copyWith(2)),
			getset("fget", func(t *Thread, v Value) (Value, *Exception) { return (*propertyObj)(v.p).get, nil }, nil),
			getset("fset", func(t *Thread, v Value) (Value, *Exception) { return (*propertyObj)(v.p).set, nil }, nil),
			getset("fdel", func(t *Thread, v Value) (Value, *Exception) { return (*propertyObj)(v.p).del, nil }, nil),
			getset("__name__", func(t *Thread, v Value) (Value, *Exception) {
				p := (*propertyObj)(v.p)
				if !p.name.IsNone() {
					return p.name, nil
				}
				if !p.get.IsNone() {
					return GetAttr(t, p.get, strName)
				}
				return Value{}, Errorf(AttributeError, "'property' object has no attribute '__name__'")
			}, func(t *Thread, v, val Value) *Exception {
				if val.IsNil() {
					val = None
				}
				(*propertyObj)(v.p).name = val
				return nil
			}),
			getset("__doc__", func(t *Thread, v Value) (Value, *Exception) { return (*propertyObj)(v.p).doc, nil },
				func(t *Thread, v, val Value) *Exception { (*propertyObj)(v.p).doc = val; return nil }),
			getset("__isabstractmethod__", func(t *Thread, v Value) (Value, *Exception) {
				return isAbstract(t, (*propertyObj)(v.p).get)
			}, nil),
			methN("__set_name__", 2, 2, func(t *Thread, self Value, args []Value) (Value, *Exception) {
				(*propertyObj)(self.p).name = args[1]
				return None, nil
			}),
		}
	})
}

func propName(t *Thread, p *propertyObj) string {
	n := p.name
	if n.IsNone() && !p.get.IsNone() {
		if v, found, _ := LookupAttr(t, p.get, strName); found {
			n = v
		}
	}
	if n.Type() == StrType {
		return "'" + n.str().s + "'"
	}
	return "?"
}

// ---- super ----

type superObj struct {
	Header
	typ     *Type
	obj     Value
	objType *Type
}

var SuperType = newType("super", nil, nil)

func newSuper(t *Thread, typ *Type, obj Value) (Value, *Exception) {
	var ot *Type
	switch {
	case obj.Type().IsSubtype(TypeType) && obj.typeObj().IsSubtype(typ):
		ot = obj.typeObj()
	case obj.Type().IsSubtype(typ):
		ot = obj.Type()
	default:
		return Value{}, typeErrorf("super(type, obj): obj (instance of %s) is not an instance or subtype of type (%s).", typeName(obj), typ.fullName())
	}
	return Value{p: unsafe.Pointer(&superObj{Header: Header{typ: SuperType}, typ: typ, obj: obj, objType: ot})}, nil
}

func superLookup(s *superObj, name *Str) Value {
	mro := s.objType.mro
	i := 0
	for i < len(mro) && mro[i] != s.typ {
		i++
	}
	for i++; i < len(mro); i++ {
		if v, ok := mro[i].dict().getStr(name); ok {
			return v
		}
	}
	return Value{}
}

func (t *Thread) superMethod(sup Value, name *Str) (Value, Value, *Exception) {
	if sup.Type() == SuperType {
		s := (*superObj)(sup.p)
		d := superLookup(s, name)
		if !d.IsNil() && d.Type() == FunctionType && !s.obj.Type().IsSubtype(TypeType) {
			return d, s.obj, nil
		}
	}
	r, err := GetAttr(t, sup, name)
	return r, Value{}, err
}

func init() {
	SuperType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		return Value{p: unsafe.Pointer(&superObj{Header: Header{typ: typ}})}, nil
	}
	SuperType.init = func(t *Thread, self Value, args []Value, kw *Tuple) *Exception {
		s := (*superObj)(self.p)
		var typ *Type
		var obj Value
		switch len(args) {
		case 0:
			f := t.frame
			if f == nil || f.code.ArgCount == 0 {
				return Errorf(RuntimeError, "super(): no arguments")
			}
			obj = f.vals[0]
			if obj.Type() == CellType && f.code.LocalsPlusKinds[0]&0x40 != 0 {
				obj = (*Cell)(obj.p).v
			}
			for i, n := range f.code.localsN {
				if n.s == "__class__" && f.code.LocalsPlusKinds[i]&0x80 != 0 {
					c := (*Cell)(f.vals[i].p).v
					if c.IsNil() {
						return Errorf(RuntimeError, "super(): empty __class__ cell")
					}
					typ = c.typeObj()
				}
			}
			if typ == nil {
				return Errorf(RuntimeError, "super(): __class__ cell not found")
			}
		case 1, 2:
			if !args[0].Type().IsSubtype(TypeType) {
				return typeErrorf("super() argument 1 must be a type, not %s", typeName(args[0]))
			}
			typ = args[0].typeObj()
			if len(args) == 2 {
				obj = args[1]
			}
		default:
			return typeErrorf("super() takes at most 2 arguments (%d given)", len(args))
		}
		s.typ = typ
		if !obj.IsNil() && !obj.IsNone() {
			n, err := newSuper(t, typ, obj)
			if err != nil {
				return err
			}
			*s = *(*superObj)(n.p)
			s.Header.typ = self.Type()
		}
		return nil
	}
	SuperType.getattr = func(t *Thread, v Value, name *Str) (Value, *Exception) {
		s := (*superObj)(v.p)
		if s.objType != nil && name.s != "__class__" {
			d := superLookup(s, name)
			if !d.IsNil() {
				if g := d.Type().descrGet; g != nil {
					obj := s.obj
					if obj.typeObj() == s.objType && obj.Type().IsSubtype(TypeType) {
						obj = Value{}
					}
					return g(t, d, obj, s.objType)
				}
				return d, nil
			}
		}
		return genericGetAttr(t, v, name)
	}
	SuperType.repr = func(t *Thread, v Value) (Value, *Exception) {
		s := (*superObj)(v.p)
		if s.objType != nil {
			return NewStr(fmt.Sprintf("<super: <class '%s'>, <%s object>>", s.typ.Name, s.objType.Name)), nil
		}
		return NewStr(fmt.Sprintf("<super: <class '%s'>, NULL>", s.typ.Name)), nil
	}
	SuperType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("__thisclass__", func(t *Thread, v Value) (Value, *Exception) {
				if s := (*superObj)(v.p); s.typ != nil {
					return TypeValue(s.typ), nil
				}
				return None, nil
			}, nil),
			getset("__self__", func(t *Thread, v Value) (Value, *Exception) {
				if s := (*superObj)(v.p); !s.obj.IsNil() {
					return s.obj, nil
				}
				return None, nil
			}, nil),
			getset("__self_class__", func(t *Thread, v Value) (Value, *Exception) {
				if s := (*superObj)(v.p); s.objType != nil {
					return TypeValue(s.objType), nil
				}
				return None, nil
			}, nil),
		}
	})
}

// ---- types.UnionType, GenericAlias, mappingproxy (minimal) ----

type unionObj struct {
	Header
	args *Tuple
}

var (
	UnionType        = newType("types.UnionType", nil, nil)
	GenericAliasType = newType("types.GenericAlias", nil, nil)
	MappingProxyType = newType("mappingproxy", nil, nil)
)

type genericAliasObj struct {
	Header
	origin Value
	args   *Tuple
}

type mappingProxy struct {
	Header
	m Value
}

func unionOr(t *Thread, a, b Value) (Value, *Exception) {
	ok := func(v Value) bool {
		return v.IsNone() || v.Type().IsSubtype(TypeType) || v.Type() == UnionType || v.Type() == GenericAliasType
	}
	if !ok(a) || !ok(b) {
		return NotImplemented, nil
	}
	var items []Value
	add := func(v Value) {
		if v.Type() == UnionType {
			for _, x := range (*unionObj)(v.p).args.items {
				items = appendUnique(items, x)
			}
			return
		}
		if v.IsNone() {
			v = TypeValue(NoneType)
		}
		items = appendUnique(items, v)
	}
	add(a)
	add(b)
	if len(items) == 1 {
		return items[0], nil
	}
	return Value{p: unsafe.Pointer(&unionObj{Header: Header{typ: UnionType}, args: newTuple(items)})}, nil
}

func appendUnique(items []Value, v Value) []Value {
	for _, x := range items {
		if x.Is(v) {
			return items
		}
	}
	return append(items, v)
}

func genericAlias(t *Thread, cls Value, args []Value, kw *Tuple) (Value, *Exception) {
	if err := noKwargs("__class_getitem__", kw); err != nil {
		return Value{}, err
	}
	if len(args) != 1 {
		return Value{}, typeErrorf("%s.__class_getitem__() takes exactly one argument (%d given)", cls.typeObj().Name, len(args))
	}
	var a *Tuple
	if items, ok := args[0].tupleItems(); ok {
		a = newTuple(items)
	} else {
		a = newTuple([]Value{args[0]})
	}
	return Value{p: unsafe.Pointer(&genericAliasObj{Header: Header{typ: GenericAliasType}, origin: cls, args: a})}, nil
}

func typeReprForAlias(t *Thread, v Value) string {
	if v.Type().IsSubtype(TypeType) {
		typ := v.typeObj()
		if typ.Module() == "builtins" {
			return typ.QualName
		}
		return typ.Module() + "." + typ.QualName
	}
	if v.Is(Ellipsis) {
		return "..."
	}
	r, _ := Repr(t, v)
	return r
}

func newMappingProxy(m Value) Value {
	return Value{p: unsafe.Pointer(&mappingProxy{Header: Header{typ: MappingProxyType}, m: m})}
}

func init() {
	UnionType.repr = func(t *Thread, v Value) (Value, *Exception) {
		var parts []string
		for _, x := range (*unionObj)(v.p).args.items {
			if x.Is(TypeValue(NoneType)) {
				parts = append(parts, "None")
				continue
			}
			parts = append(parts, typeReprForAlias(t, x))
		}
		return NewStr(strings.Join(parts, " | ")), nil
	}
	UnionType.ownNum().nb[nbOr] = unionOr
	UnionType.ownNum().nbr[nbOr] = func(t *Thread, b, a Value) (Value, *Exception) { return unionOr(t, a, b) }
	UnionType.readyLazy(func() []*MethodDef {
		return []*MethodDef{getset("__args__", func(t *Thread, v Value) (Value, *Exception) { return (*unionObj)(v.p).args.Value(), nil }, nil)}
	})
	GenericAliasType.repr = func(t *Thread, v Value) (Value, *Exception) {
		g := (*genericAliasObj)(v.p)
		var parts []string
		for _, x := range g.args.items {
			parts = append(parts, typeReprForAlias(t, x))
		}
		return NewStr(typeReprForAlias(t, g.origin) + "[" + strings.Join(parts, ", ") + "]"), nil
	}
	GenericAliasType.call = func(t *Thread, v Value, args []Value, kw *Tuple) (Value, *Exception) {
		return CallKw(t, (*genericAliasObj)(v.p).origin, args, kw)
	}
	GenericAliasType.ownNum().nb[nbOr] = unionOr
	GenericAliasType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("__origin__", func(t *Thread, v Value) (Value, *Exception) { return (*genericAliasObj)(v.p).origin, nil }, nil),
			getset("__args__", func(t *Thread, v Value) (Value, *Exception) { return (*genericAliasObj)(v.p).args.Value(), nil }, nil),
		}
	})
	MappingProxyType.getitem = func(t *Thread, v, k Value) (Value, *Exception) { return GetItem(t, (*mappingProxy)(v.p).m, k) }
	MappingProxyType.len = func(t *Thread, v Value) (int, *Exception) { return Len(t, (*mappingProxy)(v.p).m) }
	MappingProxyType.iter = func(t *Thread, v Value) (Value, *Exception) { return Iter(t, (*mappingProxy)(v.p).m) }
	MappingProxyType.contains = func(t *Thread, v, x Value) (bool, *Exception) { return Contains(t, (*mappingProxy)(v.p).m, x) }
	MappingProxyType.repr = func(t *Thread, v Value) (Value, *Exception) {
		r, err := Repr(t, (*mappingProxy)(v.p).m)
		return NewStr("mappingproxy(" + r + ")"), err
	}
	MappingProxyType.getattr = func(t *Thread, v Value, name *Str) (Value, *Exception) {
		switch name.s {
		case "keys", "values", "items", "get", "copy":
			return GetAttr(t, (*mappingProxy)(v.p).m, name)
		}
		return genericGetAttr(t, v, name)
	}
	MappingProxyType.ready()
}

// NoneType and friends.
var (
	NoneType           = newType("NoneType", nil, nil)
	NotImplementedType = newType("NotImplementedType", nil, nil)
	EllipsisType       = newType("ellipsis", nil, nil)
)

func init() {
	noneObj.typ, notImpl.typ, ellipsis.typ = NoneType, NotImplementedType, EllipsisType
	NoneType.repr = func(t *Thread, v Value) (Value, *Exception) { return NewStr("None"), nil }
	NoneType.bool = func(t *Thread, v Value) (bool, *Exception) { return false, nil }
	NoneType.hash = func(t *Thread, v Value) (int64, *Exception) { return hashNone, nil }
	NoneType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if len(args) > 0 {
			return Value{}, typeErrorf("NoneType takes no arguments")
		}
		return None, nil
	}
	NotImplementedType.repr = func(t *Thread, v Value) (Value, *Exception) { return NewStr("NotImplemented"), nil }
	NotImplementedType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if len(args) > 0 {
			return Value{}, typeErrorf("NotImplementedType takes no arguments")
		}
		return NotImplemented, nil
	}
	EllipsisType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if len(args) > 0 {
			return Value{}, typeErrorf("ellipsis takes no arguments")
		}
		return Value{p: unsafe.Pointer(ellipsis)}, nil
	}
	EllipsisType.repr = func(t *Thread, v Value) (Value, *Exception) { return NewStr("Ellipsis"), nil }
	for _, typ := range []*Type{NoneType, NotImplementedType, EllipsisType} {
		typ.basetype = false
		typ.ready()
	}
	ModuleType.hasDict = true
	ModuleType.repr = moduleRepr
	ModuleType.getattr = func(t *Thread, v Value, name *Str) (Value, *Exception) {
		r, err := genericGetAttr(t, v, name)
		if err != nil && err.Matches(AttributeError) {
			if lv, ok := (*Module)(v.p).lazyAttr(t, name.s); ok {
				return lv, nil
			}
			d := ModuleDict(v)
			if ga, ok := d.GetStr("__getattr__"); ok {
				return Call(t, ga, strOf(name))
			}
			return Value{}, moduleAttrError(t, v, name)
		}
		return r, err
	}
	ModuleType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		m := &Module{Header: Header{typ: typ, dict: NewDict()}}
		return Value{p: unsafe.Pointer(m)}, nil
	}
	ModuleType.init = func(t *Thread, self Value, args []Value, kw *Tuple) *Exception {
		if len(args) < 1 || args[0].Type() != StrType {
			return typeErrorf("module.__init__() argument 'name' must be str")
		}
		d := ModuleDict(self)
		d.SetStr("__name__", args[0])
		doc := None
		if len(args) > 1 {
			doc = args[1]
		}
		d.SetStr("__doc__", doc)
		d.SetStr("__package__", None)
		d.SetStr("__loader__", None)
		d.SetStr("__spec__", None)
		return nil
	}
	ModuleType.readyLazy(func() []*MethodDef {
		return []*MethodDef{getset("__dict__", func(t *Thread, v Value) (Value, *Exception) { return fullDict(t, v).Value(), nil }, nil),
			methNoArgs("module.__dir__", func(t *Thread, v Value) (Value, *Exception) {
				d := fullDict(t, v)
				if f, ok := d.GetStr("__dir__"); ok {
					return Call(t, f)
				}
				return NewList(d.Keys()).Value(), nil
			})}
	})
	FrameType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("f_lineno", func(t *Thread, v Value) (Value, *Exception) {
				f := (*Frame)(v.p)
				return Int(int64(f.code.lineAt(f.lasti))), nil
			}, nil),
			getset("f_code", func(t *Thread, v Value) (Value, *Exception) { return Value{p: unsafe.Pointer((*Frame)(v.p).code)}, nil }, nil),
			getset("f_globals", func(t *Thread, v Value) (Value, *Exception) { return (*Frame)(v.p).globals.Value(), nil }, nil),
			getset("f_back", func(t *Thread, v Value) (Value, *Exception) {
				if b := (*Frame)(v.p).back; b != nil {
					b.escaped = true
					return b.Value(), nil
				}
				return None, nil
			}, nil),
		}
	})
	TracebackType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("tb_next", func(t *Thread, v Value) (Value, *Exception) {
				if n := v.tb().next; n != nil {
					return Value{p: unsafe.Pointer(n)}, nil
				}
				return None, nil
			}, nil),
			getset("tb_frame", func(t *Thread, v Value) (Value, *Exception) { return v.tb().frame.Value(), nil }, nil),
			getset("tb_lasti", func(t *Thread, v Value) (Value, *Exception) { return Int(int64(v.tb().lasti)), nil }, nil),
			getset("tb_lineno", func(t *Thread, v Value) (Value, *Exception) { return Int(int64(v.tb().Line())), nil }, nil),
		}
	})
}

// Line returns the traceback entry's line number.
func (tb *Traceback) Line() int {
	if tb.lineno == -2 {
		tb.lineno = tb.frame.code.lineAt(tb.lasti)
	}
	return tb.lineno
}

// ---- odds and ends ----

func unicodeDecimal(r rune) int {
	if unicode.Is(unicode.Nd, r) {
		return int(unicode.ToLower(r)-'0') % 10
	}
	return -1
}

func (t *Thread) intrinsic1(f *Frame, which int, v Value) (Value, *Exception) {
	switch which {
	case 1: // PRINT
		return t.printExpr(v)
	case 2: // IMPORT_STAR
		return None, t.importStar(f, v)
	case 3: // STOPITERATION_ERROR
		e := v.exc()
		var msg string
		switch {
		case e.Matches(StopIteration):
			msg = "generator raised StopIteration"
			if f.code.Flags&0x80 != 0 {
				msg = "coroutine raised StopIteration"
			} else if f.code.Flags&0x200 != 0 {
				msg = "async generator raised StopIteration"
			}
		case e.Matches(StopAsyncIteration) && f.code.Flags&0x200 != 0:
			msg = "async generator raised StopAsyncIteration"
		default:
			return v, nil
		}
		n := Errorf(RuntimeError, "%s", msg)
		n.cause = e
		n.context = e
		n.suppressContext = true
		n.fresh = false
		return n.Value(), nil
	case 4: // ASYNC_GEN_WRAP
		return asyncGenWrap(v), nil
	case 5: // UNARY_POSITIVE
		return UnaryOp(t, v, '+')
	case 6: // LIST_TO_TUPLE
		return NewTuple(append([]Value(nil), v.list().items...)...), nil
	case 7, 8, 9, 10, 11: // TYPEVAR, PARAMSPEC, TYPEVARTUPLE, SUBSCRIPT_GENERIC, TYPEALIAS
		return typingIntrinsic1(t, which, v)
	}
	return Value{}, Errorf(SystemError, "intrinsic %d not supported yet", which)
}

func (t *Thread) intrinsic2(which int, a, b Value) (Value, *Exception) {
	switch which {
	case 1: // PREP_RERAISE_STAR
		return prepReraiseStar(t, a, b)
	case 4: // SET_FUNCTION_TYPE_PARAMS
		a.function().typeParams = b
		return a, nil
	case 2, 3, 5: // TYPEVAR_WITH_BOUND, TYPEVAR_WITH_CONSTRAINTS, SET_TYPEPARAM_DEFAULT
		return typingIntrinsic2(t, which, a, b)
	}
	return Value{}, Errorf(SystemError, "intrinsic2 %d not supported yet", which)
}

func isMappingForMatch(v Value) bool {
	if v.Type().layout == DictType {
		return true
	}
	for _, m := range v.Type().mro {
		if m.Name == "Mapping" || m.Name == "MutableMapping" {
			return true
		}
	}
	return false
}

func isSequenceForMatch(v Value) bool {
	switch v.Type().layout {
	case ListType, TupleType, RangeType:
		return true
	case StrType, BytesType, ByteArrayType, DictType:
		return false
	}
	for _, m := range v.Type().mro {
		if m.Name == "Sequence" || m.Name == "MutableSequence" {
			return true
		}
	}
	return false
}

func matchKeys(t *Thread, subj, keys Value) (Value, *Exception) {
	ks := keys.tuple().items
	out := make([]Value, len(ks))
	for i, k := range ks {
		var v Value
		var ok bool
		var err *Exception
		if subj.Type().layout == DictType {
			v, ok, err = subj.dictObj().GetItem(t, k)
		} else {
			get, e := GetAttrS(t, subj, "get")
			if e != nil {
				return Value{}, e
			}
			sentinel := NewList(nil).Value()
			v, err = Call(t, get, k, sentinel)
			ok = !v.Is(sentinel)
		}
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return None, nil
		}
		out[i] = v
	}
	return NewTuple(out...), nil
}

func matchClass(t *Thread, subj, cls Value, npos int, kw *Tuple) (Value, *Exception) {
	if !cls.Type().IsSubtype(TypeType) {
		return Value{}, typeErrorf("called match pattern must be a class")
	}
	ok, err := IsInstance(t, subj, cls)
	if err != nil || !ok {
		return None, err
	}
	typ := cls.typeObj()
	var out []Value
	if npos > 0 {
		ma, found, err := LookupAttr(t, cls, newStr("__match_args__"))
		if err != nil {
			return Value{}, err
		}
		self := false
		if !found {
			switch typ.layout {
			case BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType:
				self = true
			}
		}
		if self {
			if npos > 1 {
				return Value{}, typeErrorf("%s() accepts 1 positional sub-pattern (%d given)", typ.Name, npos)
			}
			out = append(out, subj)
		} else {
			var names []Value
			if found {
				items, ok := ma.tupleItems()
				if !ok {
					return Value{}, typeErrorf("%s.__match_args__ must be a tuple (got %s)", typ.Name, typeName(ma))
				}
				names = items
			}
			if npos > len(names) {
				s := "s"
				if len(names) == 1 {
					s = ""
				}
				return Value{}, typeErrorf("%s() accepts %d positional sub-pattern%s (%d given)", typ.Name, len(names), s, npos)
			}
			for i := 0; i < npos; i++ {
				v, found, err := LookupAttr(t, subj, names[i].str())
				if err != nil {
					return Value{}, err
				}
				if !found {
					return None, nil
				}
				out = append(out, v)
			}
		}
	}
	for _, k := range kw.items {
		v, found, err := LookupAttr(t, subj, k.str())
		if err != nil {
			return Value{}, err
		}
		if !found {
			return None, nil
		}
		out = append(out, v)
	}
	return NewTuple(out...), nil
}

// Ascii is ascii(v).
func Ascii(t *Thread, v Value) (Value, *Exception) {
	r, err := Repr(t, v)
	if err != nil {
		return Value{}, err
	}
	var b strings.Builder
	for i := 0; i < len(r); {
		c, n := decodeRune(r[i:])
		i += n
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c < 0x100:
			fmt.Fprintf(&b, `\x%02x`, c)
		case c < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, c)
		default:
			fmt.Fprintf(&b, `\U%08x`, c)
		}
	}
	return NewStr(b.String()), nil
}

func bytesDecodeMethod(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
	enc, errs, err := codecArgs(t, "decode", args, kw)
	if err != nil {
		return Value{}, err
	}
	return decodeBytes(t, bytesOf(self), enc, errs)
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
		return Value{}, Errorf(ValueError, "Zero padding is not allowed in complex format specifier")
	}
	if sp.align == '=' {
		return Value{}, Errorf(ValueError, "'=' alignment flag is not allowed in complex format specifier")
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
		return Value{}, Errorf(ValueError, "Unknown format code '%c' for object of type 'complex'", typ)
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
