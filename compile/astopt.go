package compile

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/internal/libm"
	"github.com/kaa-python/kaa/syntax/ast"
)

// Optimize folds constant expressions in the tree as CPython's ast_opt.c does for
// the cases the code generator supports: unary minus/plus/invert of numbers, binary
// + - * of ints and floats, and tuples of constants.
func Optimize(n ast.ModNode) {
	switch m := n.(type) {
	case *ast.Module:
		for i := range m.Body {
			m.Body[i] = foldStmt(m.Body[i])
		}
	case *ast.Interactive:
		for i := range m.Body {
			m.Body[i] = foldStmt(m.Body[i])
		}
	case *ast.Expression:
		m.Body = foldExpr(m.Body)
	}
}

func foldStmt(s ast.Stmt) ast.Stmt {
	switch x := s.(type) {
	case *ast.ExprStmt:
		x.Value = foldExpr(x.Value)
	case *ast.Assign:
		x.Value = foldExpr(x.Value)
		for i := range x.Targets {
			x.Targets[i] = foldExpr(x.Targets[i])
		}
	case *ast.AugAssign:
		x.Target = foldExpr(x.Target)
		x.Value = foldExpr(x.Value)
	case *ast.AnnAssign:
		x.Target = foldExpr(x.Target)
		x.Annotation = foldExpr(x.Annotation)
		if x.Value != nil {
			x.Value = foldExpr(x.Value)
		}
	case *ast.Delete:
		foldExprs(x.Targets)
	case *ast.Return:
		if x.Value != nil {
			x.Value = foldExpr(x.Value)
		}
	case *ast.Raise:
		if x.Exc != nil {
			x.Exc = foldExpr(x.Exc)
		}
		if x.Cause != nil {
			x.Cause = foldExpr(x.Cause)
		}
	case *ast.Assert:
		x.Test = foldExpr(x.Test)
		if x.Msg != nil {
			x.Msg = foldExpr(x.Msg)
		}
	case *ast.If:
		x.Test = foldExpr(x.Test)
		foldBody(x.Body)
		foldBody(x.Orelse)
	case *ast.While:
		x.Test = foldExpr(x.Test)
		foldBody(x.Body)
		foldBody(x.Orelse)
	case *ast.For:
		x.Target = foldExpr(x.Target)
		x.Iter = foldIter(foldExpr(x.Iter))
		foldBody(x.Body)
		foldBody(x.Orelse)
	case *ast.AsyncFor:
		x.Target = foldExpr(x.Target)
		x.Iter = foldExpr(x.Iter)
		foldBody(x.Body)
		foldBody(x.Orelse)
	case *ast.With:
		for _, it := range x.Items {
			it.ContextExpr = foldExpr(it.ContextExpr)
		}
		foldBody(x.Body)
	case *ast.AsyncWith:
		for _, it := range x.Items {
			it.ContextExpr = foldExpr(it.ContextExpr)
		}
		foldBody(x.Body)
	case *ast.Try:
		foldBody(x.Body)
		for _, h := range x.Handlers {
			if h.Type != nil {
				h.Type = foldExpr(h.Type)
			}
			foldBody(h.Body)
		}
		foldBody(x.Orelse)
		foldBody(x.Finalbody)
	case *ast.TryStar:
		foldBody(x.Body)
		for _, h := range x.Handlers {
			if h.Type != nil {
				h.Type = foldExpr(h.Type)
			}
			foldBody(h.Body)
		}
		foldBody(x.Orelse)
		foldBody(x.Finalbody)
	case *ast.FunctionDef:
		foldArgs(x.Args)
		foldExprs(x.DecoratorList)
		if x.Returns != nil {
			x.Returns = foldExpr(x.Returns)
		}
		foldBody(x.Body)
	case *ast.AsyncFunctionDef:
		foldArgs(x.Args)
		foldExprs(x.DecoratorList)
		if x.Returns != nil {
			x.Returns = foldExpr(x.Returns)
		}
		foldBody(x.Body)
	case *ast.ClassDef:
		foldExprs(x.Bases)
		for _, k := range x.Keywords {
			k.Value = foldExpr(k.Value)
		}
		foldExprs(x.DecoratorList)
		foldBody(x.Body)
	case *ast.Match:
		x.Subject = foldExpr(x.Subject)
		for _, mc := range x.Cases {
			foldPattern(mc.Pattern)
			if mc.Guard != nil {
				mc.Guard = foldExpr(mc.Guard)
			}
			foldBody(mc.Body)
		}
	}
	return s
}

func foldArgs(a *ast.Arguments) {
	foldExprs(a.Defaults)
	foldExprs(a.KwDefaults)
	for _, group := range [][]*ast.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs} {
		for _, arg := range group {
			if arg.Annotation != nil {
				arg.Annotation = foldExpr(arg.Annotation)
			}
		}
	}
}

// foldIter turns the iterable of a for loop or comprehension into a tuple (or a
// frozenset constant) when it is a list or set display, as fold_iter does.
func foldIter(e ast.Expr) ast.Expr {
	switch x := e.(type) {
	case *ast.List:
		for _, el := range x.Elts {
			if _, ok := el.(*ast.Starred); ok {
				return e
			}
		}
		return foldExpr(&ast.Tuple{Pos: x.Pos, Elts: x.Elts, Ctx: ast.Load})
	case *ast.Set:
		if allConst(x.Elts) {
			fs := make(constant.FrozenSet, len(x.Elts))
			for i, el := range x.Elts {
				fs[i] = el.(*ast.Constant).Value
			}
			return &ast.Constant{Pos: x.Pos, Value: fs}
		}
	}
	return e
}

func foldBody(b []ast.Stmt) {
	for i := range b {
		b[i] = foldStmt(b[i])
	}
}

func foldExprs(es []ast.Expr) {
	for i := range es {
		if es[i] != nil {
			es[i] = foldExpr(es[i])
		}
	}
}

func foldExpr(e ast.Expr) ast.Expr {
	switch x := e.(type) {
	case *ast.UnaryOp:
		x.Operand = foldExpr(x.Operand)
		// not (a in b) -> a not in b, and likewise for is / is not.
		if cmp, ok := x.Operand.(*ast.Compare); ok && x.Op == ast.Not && len(cmp.Ops) == 1 {
			inverse := map[ast.CmpOp]ast.CmpOp{ast.Is: ast.IsNot, ast.IsNot: ast.Is, ast.In: ast.NotIn, ast.NotIn: ast.In}
			if inv, ok := inverse[cmp.Ops[0]]; ok {
				return &ast.Compare{Pos: cmp.Pos, Left: cmp.Left, Ops: []ast.CmpOp{inv}, Comparators: cmp.Comparators}
			}
		}
		if k, ok := x.Operand.(*ast.Constant); ok {
			if v := foldUnary(x.Op, k.Value); v != nil {
				return &ast.Constant{Pos: x.Pos, Value: v}
			}
		}
	case *ast.BinOp:
		x.Left = foldExpr(x.Left)
		x.Right = foldExpr(x.Right)
		if js := optimizeFormat(x); js != nil {
			return js
		}
		l, ok1 := x.Left.(*ast.Constant)
		r, ok2 := x.Right.(*ast.Constant)
		if ok1 && ok2 {
			if v := foldBinary(x.Op, l.Value, r.Value); v != nil {
				return &ast.Constant{Pos: x.Pos, Value: v}
			}
		}
	case *ast.Tuple:
		foldExprs(x.Elts)
		if x.Ctx == ast.Load {
			t := make(constant.Tuple, 0, len(x.Elts))
			for _, el := range x.Elts {
				k, ok := el.(*ast.Constant)
				if !ok {
					return e
				}
				t = append(t, k.Value)
			}
			return &ast.Constant{Pos: x.Pos, Value: t}
		}
	case *ast.List:
		foldExprs(x.Elts)
	case *ast.Set:
		foldExprs(x.Elts)
	case *ast.Dict:
		foldExprs(x.Keys)
		foldExprs(x.Values)
	case *ast.Starred:
		x.Value = foldExpr(x.Value)
	case *ast.Slice:
		for _, p := range []*ast.Expr{&x.Lower, &x.Upper, &x.Step} {
			if *p != nil {
				*p = foldExpr(*p)
			}
		}
	case *ast.Lambda:
		foldArgs(x.Args)
		x.Body = foldExpr(x.Body)
	case *ast.NamedExpr:
		x.Value = foldExpr(x.Value)
	case *ast.Await:
		x.Value = foldExpr(x.Value)
	case *ast.Yield:
		if x.Value != nil {
			x.Value = foldExpr(x.Value)
		}
	case *ast.YieldFrom:
		x.Value = foldExpr(x.Value)
	case *ast.JoinedStr:
		foldExprs(x.Values)
	case *ast.FormattedValue:
		x.Value = foldExpr(x.Value)
		if x.FormatSpec != nil {
			x.FormatSpec = foldExpr(x.FormatSpec)
		}
	case *ast.ListComp:
		foldComp(x.Generators)
		x.Elt = foldExpr(x.Elt)
	case *ast.SetComp:
		foldComp(x.Generators)
		x.Elt = foldExpr(x.Elt)
	case *ast.GeneratorExp:
		foldComp(x.Generators)
		x.Elt = foldExpr(x.Elt)
	case *ast.DictComp:
		foldComp(x.Generators)
		x.Key = foldExpr(x.Key)
		x.Value = foldExpr(x.Value)
	case *ast.Call:
		x.Func = foldExpr(x.Func)
		foldExprs(x.Args)
		for _, k := range x.Keywords {
			k.Value = foldExpr(k.Value)
		}
	case *ast.Attribute:
		x.Value = foldExpr(x.Value)
	case *ast.Subscript:
		x.Value = foldExpr(x.Value)
		x.Slice = foldExpr(x.Slice)
	case *ast.Compare:
		x.Left = foldExpr(x.Left)
		foldExprs(x.Comparators)
		// `x in [a, b]` / `x in {a, b}`: the container becomes a tuple / frozenset.
		if op := x.Ops[len(x.Ops)-1]; op == ast.In || op == ast.NotIn {
			last := len(x.Comparators) - 1
			x.Comparators[last] = foldIter(x.Comparators[last])
		}
	case *ast.BoolOp:
		foldExprs(x.Values)
	case *ast.IfExp:
		x.Test = foldExpr(x.Test)
		x.Body = foldExpr(x.Body)
		x.Orelse = foldExpr(x.Orelse)
	}
	return e
}

func foldUnary(op ast.UnaryOperator, v constant.Value) constant.Value {
	switch x := v.(type) {
	case constant.Int:
		switch op {
		case ast.USub:
			return constant.NewBigInt(new(big.Int).Neg(x.BigInt()))
		case ast.UAdd:
			return x
		case ast.Invert:
			return constant.NewBigInt(new(big.Int).Not(x.BigInt()))
		}
	case constant.Float:
		switch op {
		case ast.USub:
			return -x
		case ast.UAdd:
			return x
		}
	case constant.Complex:
		switch op {
		case ast.USub:
			return -x
		case ast.UAdd:
			return x
		}
	}
	return nil
}

// maxIntBits bounds folded integer results, as CPython's MAX_INT_SIZE (128 bits).
const maxIntBits = 128

func foldBinary(op ast.Operator, a, b constant.Value) constant.Value {
	x, ok1 := a.(constant.Int)
	y, ok2 := b.(constant.Int)
	if ok1 && ok2 {
		bx, by := x.BigInt(), y.BigInt()
		r := new(big.Int)
		switch op {
		case ast.Add:
			r.Add(bx, by)
		case ast.Sub:
			r.Sub(bx, by)
		case ast.Mult:
			if bx.BitLen()+by.BitLen() > maxIntBits {
				return nil
			}
			r.Mul(bx, by)
		case ast.FloorDiv, ast.Mod:
			if by.Sign() == 0 {
				return nil
			}
			q, m := new(big.Int), new(big.Int)
			q.DivMod(bx, by, m)                 // Euclidean: adjust to floor semantics
			if m.Sign() != 0 && by.Sign() < 0 { // Euclid's m is >= 0; floor's has by's sign
				q.Sub(q, big.NewInt(1))
				m.Add(m, by)
			}
			if op == ast.FloorDiv {
				r = q
			} else {
				r = m
			}
		case ast.Div:
			if by.Sign() == 0 {
				return nil
			}
			fx, _ := new(big.Float).SetInt(bx).Float64()
			fy, _ := new(big.Float).SetInt(by).Float64()
			if bx.IsInt64() && by.IsInt64() && bx.BitLen() <= 53 && by.BitLen() <= 53 {
				return constant.Float(fx / fy)
			}
			return nil
		case ast.Pow:
			if by.Sign() < 0 {
				// a negative exponent makes a float, as float(x) ** float(y)
				f, ok1 := toFloat(a)
				g, ok2 := toFloat(b)
				if !ok1 || !ok2 {
					return nil
				}
				return foldFloat(op, f, g)
			}
			if !by.IsInt64() || bx.BitLen()*int(by.Int64()) > maxIntBits {
				return nil
			}
			r.Exp(bx, by, nil)
		case ast.LShift:
			if by.Sign() < 0 || !by.IsInt64() || by.Int64() > maxIntBits || bx.BitLen()+int(by.Int64()) > maxIntBits {
				return nil
			}
			r.Lsh(bx, uint(by.Int64()))
		case ast.RShift:
			if by.Sign() < 0 || !by.IsInt64() {
				return nil
			}
			r.Rsh(bx, uint(min(by.Int64(), 1<<20)))
		case ast.BitAnd:
			r.And(bx, by)
		case ast.BitOr:
			r.Or(bx, by)
		case ast.BitXor:
			r.Xor(bx, by)
		default:
			return nil
		}
		return constant.NewBigInt(r)
	}
	if op == ast.Add {
		switch x := a.(type) {
		case constant.Tuple:
			if y, ok := b.(constant.Tuple); ok {
				return append(append(constant.Tuple{}, x...), y...)
			}
		case constant.Str:
			if y, ok := b.(constant.Str); ok && len(x)+len(y) <= 4096 {
				return x + y
			}
		case constant.Bytes:
			if y, ok := b.(constant.Bytes); ok && len(x)+len(y) <= 4096 {
				return x + y
			}
		}
	}
	if op == ast.Mult {
		if v := foldRepeat(a, b); v != nil {
			return v
		}
		if v := foldRepeat(b, a); v != nil {
			return v
		}
	}
	f, okf := toFloat(a)
	g, okg := toFloat(b)
	_, isFa := a.(constant.Float)
	_, isFb := b.(constant.Float)
	if okf && okg && (isFa || isFb) {
		return foldFloat(op, f, g)
	}
	_, isCa := a.(constant.Complex)
	_, isCb := b.(constant.Complex)
	if isCa || isCb {
		x, ok1 := toComplex(a)
		y, ok2 := toComplex(b)
		if ok1 && ok2 {
			switch op {
			case ast.Add:
				return constant.Complex(complex(real(x)+real(y), imag(x)+imag(y)))
			case ast.Sub:
				return constant.Complex(complex(real(x)-real(y), imag(x)-imag(y)))
			case ast.Mult:
				return constant.Complex(complex(real(x)*real(y)-imag(x)*imag(y), real(x)*imag(y)+imag(x)*real(y)))
			}
		}
	}
	return nil
}

// foldFloat does float arithmetic as Python's float type does; nil where Python would
// raise (division by zero, overflow) or produce a complex number.
func foldFloat(op ast.Operator, f, g float64) constant.Value {
	finite := !math.IsInf(f, 0) && !math.IsNaN(f) && !math.IsInf(g, 0) && !math.IsNaN(g)
	switch op {
	case ast.Add:
		return constant.Float(f + g)
	case ast.Sub:
		return constant.Float(f - g)
	case ast.Mult:
		return constant.Float(f * g)
	case ast.Div:
		if g == 0 {
			return nil
		}
		return constant.Float(f / g)
	case ast.FloorDiv, ast.Mod:
		if g == 0 {
			return nil
		}
		mod := math.Mod(f, g)
		div := (f - mod) / g
		if mod != 0 {
			if (g < 0) != (mod < 0) {
				mod += g
				div -= 1
			}
		} else {
			mod = math.Copysign(0, g)
		}
		if op == ast.Mod {
			return constant.Float(mod)
		}
		var floordiv float64
		if div != 0 {
			floordiv = math.Floor(div)
			if div-floordiv > 0.5 {
				floordiv++
			}
		} else {
			floordiv = math.Copysign(0, f/g)
		}
		return constant.Float(floordiv)
	case ast.Pow:
		if !finite || f == 0 && g < 0 || f < 0 && g != math.Trunc(g) {
			return nil
		}
		r := libm.Pow(f, g)
		if math.IsInf(r, 0) || math.IsNaN(r) {
			return nil
		}
		return constant.Float(r)
	}
	return nil
}

func toComplex(v constant.Value) (complex128, bool) {
	if c, ok := v.(constant.Complex); ok {
		return complex128(c), true
	}
	f, ok := toFloat(v)
	return complex(f, 0), ok
}

// toFloat converts an int (exactly representable) or float constant to float64.
func toFloat(v constant.Value) (float64, bool) {
	switch x := v.(type) {
	case constant.Float:
		return float64(x), true
	case constant.Int:
		if x.Big == nil && x.Small >= -(1<<53) && x.Small <= 1<<53 {
			return float64(x.Small), true
		}
	}
	return 0, false
}

func foldComp(gens []*ast.Comprehension) {
	for _, g := range gens {
		g.Target = foldExpr(g.Target)
		g.Iter = foldIter(foldExpr(g.Iter))
		foldExprs(g.Ifs)
	}
}

// foldRepeat folds seq * n for str, bytes and tuples within CPython's size limits.
func foldRepeat(seq, count constant.Value) constant.Value {
	n, ok := count.(constant.Int)
	if !ok || n.Big != nil {
		return nil
	}
	k := max(n.Small, 0)
	switch x := seq.(type) {
	case constant.Str:
		if len(x) > 0 && k > 4096/int64(len([]rune(string(x)))) {
			return nil
		}
		return constant.Str(strings.Repeat(string(x), int(k)))
	case constant.Bytes:
		if len(x) > 0 && k > 4096/int64(len(x)) {
			return nil
		}
		return constant.Bytes(strings.Repeat(string(x), int(k)))
	case constant.Tuple:
		if len(x) > 0 && k > 256/int64(len(x)) {
			return nil
		}
		out := constant.Tuple{}
		for i := int64(0); i < k; i++ {
			out = append(out, x...)
		}
		return out
	}
	return nil
}

var noPos = ast.Pos{Lineno: -1, ColOffset: -1, EndLineno: -1, EndColOffset: -1}

// optimizeFormat turns 'literal %s %r' % (a, b) into an f-string when every format
// unit is a simple %s, %r or %a (CPython's optimize_format).
func optimizeFormat(x *ast.BinOp) ast.Expr {
	lit, ok := x.Left.(*ast.Constant)
	if !ok || x.Op != ast.Mod {
		return nil
	}
	fmtStr, ok := lit.Value.(constant.Str)
	if !ok {
		return nil
	}
	tup, ok := x.Right.(*ast.Tuple)
	if !ok {
		return nil
	}
	for _, e := range tup.Elts {
		if _, ok := e.(*ast.Starred); ok {
			return nil
		}
	}
	f := []rune(string(fmtStr))
	pos, cnt := 0, 0
	var values []ast.Expr
	for {
		start := pos
		percents := false
		for pos < len(f) {
			if f[pos] != '%' {
				pos++
			} else if pos+1 < len(f) && f[pos+1] == '%' {
				percents = true
				pos += 2
			} else {
				break
			}
		}
		if pos > start {
			str := string(f[start:pos])
			if percents {
				str = strings.ReplaceAll(str, "%%", "%")
			}
			values = append(values, &ast.Constant{Pos: noPos, Value: constant.Str(str)})
		}
		if pos >= len(f) {
			break
		}
		if cnt >= len(tup.Elts) {
			return nil
		}
		pos++ // the '%'
		fv := parseFormatUnit(f, &pos, tup.Elts[cnt])
		cnt++
		if fv == nil {
			return nil
		}
		values = append(values, fv)
	}
	if cnt < len(tup.Elts) {
		return nil
	}
	return &ast.JoinedStr{Pos: x.Pos, Values: values}
}

// parseFormatUnit parses one simple %-format unit ([-] [width] [.prec] s|r|a).
func parseFormatUnit(f []rune, ppos *int, arg ast.Expr) ast.Expr {
	pos := *ppos
	next := func() (rune, bool) {
		if pos >= len(f) {
			return 0, false
		}
		pos++
		return f[pos-1], true
	}
	ljust := false
	ch, ok := next()
	for ok {
		switch ch {
		case '-':
			ljust = true
		case '+', ' ', '#', '0':
			return nil
		default:
			goto flagsDone
		}
		ch, ok = next()
	}
	return nil
flagsDone:
	width, prec := -1, -1
	if ch >= '0' && ch <= '9' {
		width = 0
		digits := 0
		for ch >= '0' && ch <= '9' {
			width = width*10 + int(ch-'0')
			if ch, ok = next(); !ok {
				return nil
			}
			if digits++; digits >= 3 {
				return nil
			}
		}
	}
	if ch == '.' {
		if ch, ok = next(); !ok {
			return nil
		}
		prec = 0
		digits := 0
		for ch >= '0' && ch <= '9' {
			prec = prec*10 + int(ch-'0')
			if ch, ok = next(); !ok {
				return nil
			}
			if digits++; digits >= 3 {
				return nil
			}
		}
	}
	if ch != 's' && ch != 'r' && ch != 'a' {
		return nil
	}
	*ppos = pos
	spec := ""
	if !ljust && width > 0 {
		spec += ">"
	}
	if width >= 0 {
		spec += strconv.Itoa(width)
	}
	if prec >= 0 {
		spec += "." + strconv.Itoa(prec)
	}
	fv := &ast.FormattedValue{Pos: *arg.GetPos(), Value: arg, Conversion: int(ch)}
	if spec != "" {
		fv.FormatSpec = &ast.Constant{Pos: noPos, Value: constant.Str(spec)}
	}
	return fv
}

// foldPattern folds the value expressions in a match pattern (astfold_pattern):
// negative numbers and complex literals such as -1 and 1+2j become constants.
func foldPattern(p ast.Pattern) {
	switch x := p.(type) {
	case *ast.MatchValue:
		x.Value = foldExpr(x.Value)
	case *ast.MatchSequence:
		for _, q := range x.Patterns {
			foldPattern(q)
		}
	case *ast.MatchMapping:
		foldExprs(x.Keys)
		for _, q := range x.Patterns {
			foldPattern(q)
		}
	case *ast.MatchClass:
		x.Cls = foldExpr(x.Cls)
		for _, q := range x.Patterns {
			foldPattern(q)
		}
		for _, q := range x.KwdPatterns {
			foldPattern(q)
		}
	case *ast.MatchAs:
		if x.Pattern != nil {
			foldPattern(x.Pattern)
		}
	case *ast.MatchOr:
		for _, q := range x.Patterns {
			foldPattern(q)
		}
	}
}
