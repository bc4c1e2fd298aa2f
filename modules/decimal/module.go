// Package decimal is the _decimal module: Decimal and Context as native types
// over our own General Decimal Arithmetic engine (num.go, arith.go, misc.go,
// trans.go), with CPython 3.13's (libmpdec's) results, signals, messages and
// limits. lib/decimal.py re-exports it.
package decimal

import (
	"slices"
	"sync"

	"github.com/kaa-python/kaa/py"
)

// The signals and conditions, with CPython's class hierarchy.
var (
	excDecimal, excClamped, excInvalid, excDivByZero, excInexact, excRounded *py.Type
	excSubnormal, excOverflow, excUnderflow, excFloatOp, excConversionSyntax *py.Type
	excDivImpossible, excDivUndefined, excInvalidContext                     *py.Type
)

// signalOrder is the order of signal_map: the keys of flags and traps.
var signalOrder []*py.Type

// signalBits is the condition bits each signal of signalOrder covers.
var signalBits []uint32

var makeTypes = sync.OnceFunc(func() {
	ne := py.NewExceptionTypeBases
	excDecimal = ne("decimal.DecimalException", "", py.ArithmeticError())
	excClamped = ne("decimal.Clamped", "", excDecimal)
	excInvalid = ne("decimal.InvalidOperation", "", excDecimal)
	excConversionSyntax = ne("decimal.ConversionSyntax", "", excInvalid)
	excDivByZero = ne("decimal.DivisionByZero", "", excDecimal, py.ZeroDivisionError())
	excDivImpossible = ne("decimal.DivisionImpossible", "", excInvalid)
	excDivUndefined = ne("decimal.DivisionUndefined", "", excInvalid, py.ZeroDivisionError())
	excInexact = ne("decimal.Inexact", "", excDecimal)
	excInvalidContext = ne("decimal.InvalidContext", "", excInvalid)
	excRounded = ne("decimal.Rounded", "", excDecimal)
	excSubnormal = ne("decimal.Subnormal", "", excDecimal)
	excOverflow = ne("decimal.Overflow", "", excInexact, excRounded)
	excUnderflow = ne("decimal.Underflow", "", excInexact, excRounded, excSubnormal)
	excFloatOp = ne("decimal.FloatOperation", "", excDecimal, py.TypeError())
	signalOrder = []*py.Type{excInvalid, excFloatOp, excDivByZero, excOverflow, excUnderflow, excSubnormal, excInexact, excRounded, excClamped}
	signalBits = []uint32{sInvalidAll, sFloatOp, sDivByZero, sOverflow, sUnderflow, sSubnormal, sInexact, sRounded, sClamped}
	decType = py.NewType(decDef)
	decOps(decType)
	ctxType = py.NewType(ctxDef)
	sigDictType = py.NewType(sigDictDef)
	ctxMgrType = py.NewType(ctxMgrDef)
})

// condClass is the class named in an exception's list for one condition bit.
func condClass(bit uint32) *py.Type {
	switch bit {
	case sClamped:
		return excClamped
	case sConversionSyntax:
		return excConversionSyntax
	case sDivByZero:
		return excDivByZero
	case sDivImpossible:
		return excDivImpossible
	case sDivUndefined:
		return excDivUndefined
	case sInexact:
		return excInexact
	case sInvalidContext:
		return excInvalidContext
	case sInvalidOp:
		return excInvalid
	case sFloatOp:
		return excFloatOp
	case sOverflow:
		return excOverflow
	case sRounded:
		return excRounded
	case sSubnormal:
		return excSubnormal
	case sUnderflow:
		return excUnderflow
	}
	return excDecimal
}

// modState is the per-interpreter part of the module.
type modState struct {
	ctxVar   py.Value // the ContextVar holding the thread's context
	defCtx   *ctxObj  // DefaultContext
	basic    *ctxObj  // BasicContext
	ext      *ctxObj  // ExtendedContext
	decTuple py.Value // DecimalTuple
}

var states sync.Map // *py.Interp → *modState

func stateOf(t *py.Thread) *modState {
	if s, ok := states.Load(t.Interp()); ok {
		return s.(*modState)
	}
	return nil
}

// Def is the _decimal module.
var Def = &py.ModuleDef{Name: "_decimal", Doc: "C decimal arithmetic module", Methods: moduleFuncs, Exec: func(t *py.Thread, m *py.Module) *py.Exception {
	makeTypes()
	if old := stateOf(t); old != nil {
		// a second import (importlib's fresh imports) shares the first one's
		// context variable, templates and DecimalTuple
		return fillModule(m, old)
	}
	st := &modState{}
	cv, err := py.Import(t, "contextvars")
	if err != nil {
		return err
	}
	cvType, err := py.GetAttrS(t, cv, "ContextVar")
	if err != nil {
		return err
	}
	st.ctxVar, err = py.Call(t, cvType, py.NewStr("decimal_context"))
	if err != nil {
		return err
	}
	coll, err := py.Import(t, "collections")
	if err != nil {
		return err
	}
	nt, err := py.GetAttrS(t, coll, "namedtuple")
	if err != nil {
		return err
	}
	st.decTuple, err = py.CallKw(t, nt, []py.Value{py.NewStr("DecimalTuple"), py.NewStr("sign digits exponent"), py.NewStr("decimal")}, py.Object[py.Tuple](py.NewTuple(py.NewStr("module"))))
	if err != nil {
		return err
	}
	st.defCtx = newCtx(ctxType, ctx{prec: 28, emax: 999999, emin: -999999, round: roundHalfEven}, 1, sInvalidAll|sDivByZero|sOverflow)
	st.defCtx.template = true
	st.basic = newCtx(ctxType, ctx{prec: 9, emax: 999999, emin: -999999, round: roundHalfUp}, 1, sClamped|sInvalidAll|sDivByZero|sOverflow|sUnderflow)
	st.ext = newCtx(ctxType, ctx{prec: 9, emax: 999999, emin: -999999, round: roundHalfEven}, 1, 0)
	st.basic.template, st.ext.template = true, true
	states.Store(t.Interp(), st)

	// SignalDictMixin is a MutableMapping, as CPython's SignalDict.
	if abc, err := py.Import(t, "collections.abc"); err == nil {
		if mm, err := py.GetAttrS(t, abc, "MutableMapping"); err == nil {
			py.CallMethod(t, mm, "register", py.TypeValue(sigDictType))
		}
	}
	if nb, err := py.Import(t, "numbers"); err == nil {
		if n, err := py.GetAttrS(t, nb, "Number"); err == nil {
			py.CallMethod(t, n, "register", py.TypeValue(decType))
		}
	}
	return fillModule(m, st)
}}

func fillModule(m *py.Module, st *modState) *py.Exception {
	m.Set("Decimal", py.TypeValue(decType))
	m.Set("Context", py.TypeValue(ctxType))
	m.Set("DecimalTuple", st.decTuple)
	m.Set("DefaultContext", st.defCtx.value())
	m.Set("BasicContext", st.basic.value())
	m.Set("ExtendedContext", st.ext.value())
	for _, e := range []*py.Type{excDecimal, excClamped, excInvalid, excDivByZero, excInexact, excRounded, excSubnormal, excOverflow, excUnderflow, excFloatOp, excConversionSyntax, excDivImpossible, excDivUndefined, excInvalidContext} {
		m.Set(e.Name, py.TypeValue(e))
	}
	for i, n := range roundNames {
		_ = i
		m.Set(n, py.NewStr(n))
	}
	m.Set("MAX_PREC", py.Int(maxPrec))
	m.Set("MAX_EMAX", py.Int(maxEmax))
	m.Set("MIN_EMIN", py.Int(minEmin))
	m.Set("MIN_ETINY", py.Int(minEtiny))
	m.Set("HAVE_THREADS", py.True())
	m.Set("HAVE_CONTEXTVAR", py.True())
	m.Set("__version__", py.NewStr("1.70"))
	m.Set("__libmpdec_version__", py.NewStr("2.5.1"))
	return nil
}

var moduleFuncs = []*py.MethodDef{
	py.FuncNoArgs("getcontext", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		c, err := current(t)
		if err != nil {
			return py.Value{}, err
		}
		return c.value(), nil
	}),
	py.FuncO("setcontext", func(t *py.Thread, _, v py.Value) (py.Value, *py.Exception) {
		return py.None(), setCurrent(t, v)
	}),
	{Name: "localcontext", Fn: func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		if kw != nil {
			for _, k := range kw.Items() {
				n, _ := py.AsStr(k)
				if !slices.Contains(localNames, n) {
					return py.Value{}, py.Errorf(py.TypeError(), "this function got an unexpected keyword argument '%s'", n)
				}
			}
		}
		a := make([]py.Value, localSig.Slots())
		if err := localSig.Bind(args, kw, a); err != nil {
			return py.Value{}, err
		}
		for i := range a {
			if a[i].IsNil() {
				a[i] = py.None()
			}
		}
		return localContext(t, self, a)
	}},
}

var localNames = []string{"ctx", "prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"}

var localSig = py.ParseSignature("localcontext", "ctx=None, *, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, traps=None")

// current is the thread's context (getcontext()).
func current(t *py.Thread) (*ctxObj, *py.Exception) {
	st := stateOf(t)
	if st == nil {
		return nil, py.Errorf(py.RuntimeError(), "_decimal is not initialised")
	}
	v, err := py.CallMethod(t, st.ctxVar, "get", py.None())
	if err != nil {
		return nil, err
	}
	if v.IsNone() || !v.Type().IsSubtype(ctxType) {
		c := st.defCtx.copyCtx(ctxType)
		if _, err := py.CallMethod(t, st.ctxVar, "set", c.value()); err != nil {
			return nil, err
		}
		return c, nil
	}
	return asCtx(v), nil
}

func setCurrent(t *py.Thread, v py.Value) *py.Exception {
	st := stateOf(t)
	if !v.Type().IsSubtype(ctxType) {
		return py.Errorf(py.TypeError(), "argument must be a context")
	}
	c := asCtx(v)
	if c == st.defCtx || c.isTemplate(st) {
		v = c.copyCtx(ctxType).value()
	}
	_, err := py.CallMethod(t, st.ctxVar, "set", v)
	return err
}

// isTemplate says whether c is one of the module's template contexts, which
// setcontext copies (as CPython does for DefaultContext, BasicContext and
// ExtendedContext).
func (c *ctxObj) isTemplate(st *modState) bool { return c.template }

// ---- localcontext ----

type ctxMgr struct {
	py.Header
	local    py.Value
	token    py.Value
	hasToken bool
}

var ctxMgrType *py.Type

var ctxMgrDef = &py.TypeDef{
	Name:  "decimal.ContextManager",
	Final: true,
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		return py.Value{}, py.Errorf(py.TypeError(), "cannot create 'decimal.ContextManager' instances")
	},
	Methods: []*py.MethodDef{
		py.FuncNoArgs("__enter__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			m := py.Object[ctxMgr](self)
			st := stateOf(t)
			tok, err := py.CallMethod(t, st.ctxVar, "set", m.local)
			if err != nil {
				return py.Value{}, err
			}
			m.token, m.hasToken = tok, true
			return m.local, nil
		}),
		py.FuncVar("__exit__", 0, 3, func(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			m := py.Object[ctxMgr](self)
			st := stateOf(t)
			if m.hasToken {
				m.hasToken = false
				if _, err := py.CallMethod(t, st.ctxVar, "reset", m.token); err != nil {
					return py.Value{}, err
				}
			}
			return py.None(), nil
		}),
	},
}

func localContext(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	var base *ctxObj
	if a[0].IsNone() {
		c, err := current(t)
		if err != nil {
			return py.Value{}, err
		}
		base = c
	} else {
		if !a[0].Type().IsSubtype(ctxType) {
			return py.Value{}, py.Errorf(py.TypeError(), "optional argument must be a context")
		}
		base = asCtx(a[0])
	}
	local := base.copyCtx(ctxType)
	if err := local.setFields(t, a[1:], true); err != nil {
		return py.Value{}, err
	}
	m := &ctxMgr{local: local.value()}
	return py.NewObject(&m.Header, ctxMgrType), nil
}
