package compile

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/syntax/ast"
	"github.com/kaa-python/kaa/syntax/token"
)

// This file is the code generator: AST to a sequence of instructions with symbolic
// jump labels (CPython's compile.c/codegen). It covers a growing subset of Python;
// anything else fails with an "unsupported" error rather than producing wrong code.
//
// Stack pictures in comments follow starlark-go's convention: before -> after.

// noLoc marks an instruction without a location; flowgraph propagates one to it.
var noLoc = bytecode.Position{Line: -1, EndLine: -1, Col: -1, EndCol: -1}

type label int

// instr is one instruction before assembly. Jumps use target; arg is filled in by the
// assembler.
type instr struct {
	op      int
	arg     int
	target  label // for jumps and SETUP_*: the label jumped to (0: none)
	loc     bytecode.Position
	setup   *block // for SETUP_*: the handler block, resolved from target
	handler *block // the exception handler in force at this instruction
}

// unit is the code object being compiled.
type unit struct {
	scope         *Scope
	name          string
	qualname      string
	code          []instr
	labels        []int // label -> index in code where it is placed (-1 before)
	consts        []constant.Value
	constIdx      map[constKey]int // index of the consts keyOf can key
	names         []string
	nameIdx       map[string]int
	varnames      []string
	varIdx        map[string]int
	firstLine     int
	argCount      int
	posOnly       int
	kwOnly        int
	isClass       bool
	private       string          // the enclosing class name, for __private name mangling
	staticAttrs   map[string]bool // self.X stores in methods, for __static_attributes__
	cellvars      []string        // sorted cell variables
	fblocks       []fblock        // enclosing loops, try blocks, with blocks...
	async         bool            // an async def
	comprehension bool            // a comprehension or generator expression
	inInlinedComp int             // depth of inlined comprehensions being compiled
	fastHidden    map[string]bool // names an inlined comprehension made fast locals (true while inside)
	freevars      []string        // sorted free variables
}

// Options are compile()'s flags that change the code.
type Options struct {
	Optimize int // -O level: 1 drops asserts, 2 also docstrings
	// Warn receives the code generator's SyntaxWarnings with their position
	// (warn.go); an error it returns (the SyntaxError a filter turned the warning
	// into) ends the compilation. Nil: no warnings.
	Warn func(msg string, pos *ast.Pos) error
}

type compiler struct {
	filename string
	table    *Table
	u        *unit
	stack    []*unit
	opts     Options
	future   future // the leading __future__ imports
	// interactive is mode "single": module-level expression statements print.
	interactive bool
}

// errUnsupported marks constructs the code generator does not handle yet.
type errUnsupported struct{ what string }

func (e errUnsupported) Error() string { return "kaa compiler: not supported yet: " + e.what }

type compileErr struct{ err error }

// Compile compiles a module tree into a code object: an ast.Module (mode "exec"), an
// ast.Expression ("eval": the code returns the expression's value) or an
// ast.Interactive ("single": expression statements print their value).
func Compile(mod ast.ModNode, filename string, opts Options) (code *bytecode.Code, err error) {
	var body []ast.Stmt
	switch m := mod.(type) {
	case *ast.Module:
		body = m.Body
	case *ast.Interactive:
		body = m.Body
	case *ast.Expression:
	default:
		return nil, errUnsupported{fmt.Sprintf("mode %T", mod)}
	}
	fut, err := parseFuture(mod, filename)
	if err != nil {
		return nil, err
	}
	table, err := BuildSymtable(mod, filename, fut.annotations)
	if err != nil {
		return nil, err
	}
	c := &compiler{filename: filename, table: table, opts: opts, future: fut}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(compileErr); ok {
				code, err = nil, e.err
				return
			}
			// A bug in the compiler must not take the host process down.
			code, err = nil, fmt.Errorf("kaa: internal compiler error: %v", r)
		}
	}()
	if e, ok := mod.(*ast.Expression); ok {
		Optimize(mod)
		c.enter(table.Top, "<module>", "<module>", 1)
		c.emitLoc(bytecode.RESUME, 0, bytecode.Position{Line: 0, EndLine: 1, Col: 0, EndCol: 0})
		c.expr(e.Body)
		c.emit(bytecode.RETURN_VALUE, 0)
		return c.finish(), nil
	}
	if _, ok := mod.(*ast.Interactive); ok {
		c.interactive = true
		Optimize(mod)
		c.enter(table.Top, "<module>", "<module>", 1)
		c.emitLoc(bytecode.RESUME, 0, bytecode.Position{Line: 0, EndLine: 1, Col: 0, EndCol: 0})
		if len(body) > 0 && findAnn(body) {
			c.emitLoc(bytecode.SETUP_ANNOTATIONS, 0, posOf(body[0]))
		}
		c.body(body)
		c.emit(bytecode.LOAD_CONST, c.addConst(constant.None))
		c.emit(bytecode.RETURN_VALUE, 0)
		return c.finish(), nil
	}
	m := mod.(*ast.Module)
	if table.future {
		stringifyAnnotations(m.Body)
	}
	Optimize(mod)
	c.enter(table.Top, "<module>", "<module>", 1)
	c.emitLoc(bytecode.RESUME, 0, bytecode.Position{Line: 0, EndLine: 1, Col: 0, EndCol: 0})
	body = m.Body
	if len(body) > 0 && findAnn(body) {
		c.emitLoc(bytecode.SETUP_ANNOTATIONS, 0, posOf(body[0]))
	}
	if doc, ok := docstring(body); ok {
		if opts.Optimize < 2 {
			loc := posOf(body[0])
			c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.Str(CleanDoc(string(doc.(constant.Str))))), loc)
			c.emitLoc(bytecode.STORE_NAME, c.addName("__doc__"), loc)
		}
		body = body[1:] // -OO drops the docstring statement altogether
	}
	c.body(body)
	c.emit(bytecode.LOAD_CONST, c.addConst(constant.None))
	c.emit(bytecode.RETURN_VALUE, 0)
	return c.finish(), nil
}

// annAssign compiles an annotated assignment (compiler_annassign): the assignment
// first, then, in a module or class, the annotation stored in __annotations__ for a
// simple name, or evaluated (and the target's parts checked) for other targets.
func (c *compiler) annAssign(x *ast.AnnAssign, loc bytecode.Position) {
	if x.Value != nil {
		c.expr(x.Value)
		c.store(x.Target)
	}
	moduleOrClass := c.u.scope.Type == ModuleBlock || c.u.scope.Type == ClassBlock
	switch t := x.Target.(type) {
	case *ast.Name:
		c.forbidden(t.Id, ast.Store, loc)
		if x.Simple != 0 && moduleOrClass {
			c.expr(x.Annotation) // a string constant under the annotations future
			c.emitLoc(bytecode.LOAD_NAME, c.addName("__annotations__"), loc)
			c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.Str(Mangle(c.private(), t.Id))), loc)
			c.emitLoc(bytecode.STORE_SUBSCR, 0, loc)
		}
	case *ast.Attribute:
		if x.Value == nil {
			c.checkAnnExpr(t.Value)
		}
	case *ast.Subscript:
		if x.Value == nil {
			c.checkAnnExpr(t.Value)
			c.checkAnnSubscr(t.Slice)
		}
	}
	if x.Simple == 0 && !c.table.future && moduleOrClass {
		c.checkAnnExpr(x.Annotation)
	}
}

// checkAnnExpr evaluates e for its side effects only.
func (c *compiler) checkAnnExpr(e ast.Expr) {
	c.expr(e)
	c.emitLoc(bytecode.POP_TOP, 0, posOf(e))
}

// checkAnnSubscr evaluates the parts of a subscript (check_ann_subscr).
func (c *compiler) checkAnnSubscr(e ast.Expr) {
	switch x := e.(type) {
	case *ast.Slice:
		for _, p := range []ast.Expr{x.Lower, x.Upper, x.Step} {
			if p != nil {
				c.checkAnnExpr(p)
			}
		}
	case *ast.Tuple:
		for _, el := range x.Elts {
			c.checkAnnSubscr(el)
		}
	default:
		c.checkAnnExpr(e)
	}
}

func (c *compiler) unsupported(what string) {
	panic(compileErr{errUnsupported{what}})
}

func (c *compiler) syntaxError(p *ast.Pos, msg string) {
	panic(compileErr{&token.Error{Type: "SyntaxError", Msg: msg, Filename: c.filename, Lineno: p.Lineno,
		Offset: p.ColOffset + 1, EndLineno: p.EndLineno, EndOffset: p.EndColOffset + 1}})
}

// forbidden rejects binding or deleting __debug__ (CPython's forbidden_name),
// reported at loc: the name, the argument or keyword, or the whole statement
// that binds it (def, class, import, except ... as, an annotation).
func (c *compiler) forbidden(name string, ctx ast.ExprContext, loc bytecode.Position) {
	if name != "__debug__" || ctx == ast.Load {
		return
	}
	msg := "cannot assign to __debug__"
	if ctx == ast.Del {
		msg = "cannot delete __debug__"
	}
	panic(compileErr{&token.Error{Type: "SyntaxError", Msg: msg, Filename: c.filename, Lineno: loc.Line,
		Offset: loc.Col + 1, EndLineno: loc.EndLine, EndOffset: loc.EndCol + 1}})
}

// forbiddenArgs applies forbidden to every parameter of a def or lambda.
func (c *compiler) forbiddenArgs(a *ast.Arguments) {
	args := append(append([]*ast.Arg(nil), a.Posonlyargs...), a.Args...)
	if a.Vararg != nil {
		args = append(args, a.Vararg)
	}
	args = append(args, a.Kwonlyargs...)
	if a.Kwarg != nil {
		args = append(args, a.Kwarg)
	}
	for _, arg := range args {
		c.forbidden(arg.Arg, ast.Store, posOf(arg))
	}
}

// forbiddenKeywords applies forbidden to the keyword arguments of a call or class
// and rejects a keyword given twice, at the second one (CPython's validate_keywords).
func (c *compiler) forbiddenKeywords(kws []*ast.Keyword) {
	for i, k := range kws {
		if k.Arg == "" {
			continue
		}
		c.forbidden(k.Arg, ast.Store, posOf(k))
		for _, other := range kws[i+1:] {
			if other.Arg == k.Arg {
				c.syntaxError(&other.Pos, "keyword argument repeated: "+k.Arg)
			}
		}
	}
}

func (c *compiler) enter(s *Scope, name, qualname string, firstLine int) {
	u := &unit{scope: s, name: name, qualname: qualname, nameIdx: map[string]int{}, varIdx: map[string]int{},
		firstLine: firstLine, labels: []int{-1}, fastHidden: map[string]bool{}}
	for _, v := range s.Varnames {
		u.varIdx[v] = len(u.varnames)
		u.varnames = append(u.varnames, v)
	}
	for name, flags := range s.Symbols {
		sc := (flags >> ScopeOffset) & 7
		if sc == Cell || flags&DefCompCell != 0 {
			// a cell, or the variable of an inlined comprehension that is one there
			// (as CPython's dictbytype, even when the name is also free here)
			u.cellvars = append(u.cellvars, name)
		}
		switch {
		case sc == Cell:
		case sc == Free:
			u.freevars = append(u.freevars, name)
		default:
			if flags&DefFreeClass != 0 && s.Type == ClassBlock {
				u.freevars = append(u.freevars, name)
			}
		}
	}
	sort.Strings(u.cellvars)
	sort.Strings(u.freevars)
	if s.Type == ClassBlock {
		// implicit cells, after the sorted ones (compiler_enter_scope)
		if s.NeedsClassClosure {
			u.cellvars = append(u.cellvars, "__class__")
		}
		if s.NeedsClassdict {
			u.cellvars = append(u.cellvars, "__classdict__")
		}
	}
	if c.u != nil {
		u.private = c.u.private
		c.stack = append(c.stack, c.u)
	}
	c.u = u
}

func (c *compiler) leave() {
	c.u = nil
	if n := len(c.stack); n > 0 {
		c.u = c.stack[n-1]
		c.stack = c.stack[:n-1]
	}
}

func posOf(n interface{ GetPos() *ast.Pos }) bytecode.Position {
	p := n.GetPos()
	return bytecode.Position{Line: p.Lineno, EndLine: p.EndLineno, Col: p.ColOffset, EndCol: p.EndColOffset}
}

func (c *compiler) emitLoc(op, arg int, loc bytecode.Position) {
	c.u.code = append(c.u.code, instr{op: op, arg: arg, loc: loc})
}

func (c *compiler) emit(op, arg int) { c.emitLoc(op, arg, noLoc) }

func (c *compiler) newLabel() label {
	c.u.labels = append(c.u.labels, -1)
	return label(len(c.u.labels) - 1)
}

func (c *compiler) place(l label) { c.u.labels[l] = len(c.u.code) }

func (c *compiler) jump(op int, l label, loc bytecode.Position) {
	c.u.code = append(c.u.code, instr{op: op, target: l, loc: loc})
}

// addConst returns the index of v in co_consts, adding it if needed. Equal values of
// different types (1, 1.0, True) are distinct, as in CPython's constant cache.
// constKey indexes the constants that compare by value in Go (str, bytes, small
// int, bool, None, Ellipsis) so adding one is not a scan of co_consts.
type constKey struct {
	kind byte
	s    string
	n    int64
}

func keyOf(v constant.Value) (constKey, bool) {
	switch x := v.(type) {
	case constant.Str:
		return constKey{kind: 's', s: string(x)}, true
	case constant.Bytes:
		return constKey{kind: 'b', s: string(x)}, true
	case constant.Int:
		if x.Big == nil {
			return constKey{kind: 'i', n: x.Small}, true
		}
	case constant.Bool:
		if x {
			return constKey{kind: 'B', n: 1}, true
		}
		return constKey{kind: 'B'}, true
	case constant.NoneType:
		return constKey{kind: 'N'}, true
	case constant.EllipsisType:
		return constKey{kind: 'E'}, true
	}
	return constKey{}, false
}

func (c *compiler) addConst(v constant.Value) int {
	key, fast := keyOf(v)
	if fast {
		if i, ok := c.u.constIdx[key]; ok {
			return i
		}
		if c.u.constIdx == nil {
			c.u.constIdx = map[constKey]int{}
		}
		c.u.constIdx[key] = len(c.u.consts)
		c.u.consts = append(c.u.consts, v)
		return len(c.u.consts) - 1
	}
	for i, k := range c.u.consts {
		if constEqual(k, v) {
			return i
		}
	}
	c.u.consts = append(c.u.consts, v)
	return len(c.u.consts) - 1
}

func constEqual(a, b constant.Value) bool {
	switch x := a.(type) {
	case *bytecode.Code:
		y, ok := b.(*bytecode.Code)
		return ok && codeEqual(x, y)
	case constant.Tuple:
		y, ok := b.(constant.Tuple)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !constEqual(x[i], y[i]) {
				return false
			}
		}
		return true
	case constant.Int:
		y, ok := b.(constant.Int)
		return ok && x.BigInt().Cmp(y.BigInt()) == 0
	case constant.Float:
		y, ok := b.(constant.Float)
		// distinguish 0.0 and -0.0, and treat NaNs by bits, as the const cache does
		return ok && (x == y && constant.FloatRepr(float64(x)) == constant.FloatRepr(float64(y)))
	case constant.Complex:
		y, ok := b.(constant.Complex)
		return ok && constant.ComplexRepr(complex128(x)) == constant.ComplexRepr(complex128(y))
	case constant.FrozenSet:
		// frozensets are keyed by their members' keys (_PyCode_ConstantKey)
		y, ok := b.(constant.FrozenSet)
		if !ok || len(x) != len(y) {
			return false
		}
		for _, v := range x {
			if !slices.ContainsFunc(y, func(w constant.Value) bool { return constEqual(v, w) }) {
				return false
			}
		}
		return true
	}
	return a == b
}

// codeEqual is code object equality (code_richcompare): a body compiled twice, as a
// while loop's test or a finally block is, gives one constant.
func codeEqual(x, y *bytecode.Code) bool {
	if x == y {
		return true
	}
	if x.Name != y.Name || x.QualName != y.QualName || x.ArgCount != y.ArgCount || x.PosOnlyArgCount != y.PosOnlyArgCount ||
		x.KwOnlyArgCount != y.KwOnlyArgCount || x.Flags != y.Flags || x.FirstLineNo != y.FirstLineNo ||
		x.StackSize != y.StackSize || string(x.Code) != string(y.Code) || string(x.LineTable) != string(y.LineTable) ||
		string(x.ExceptionTable) != string(y.ExceptionTable) || string(x.LocalsPlusKinds) != string(y.LocalsPlusKinds) ||
		!slices.Equal(x.Names, y.Names) || !slices.Equal(x.LocalsPlusNames, y.LocalsPlusNames) || len(x.Consts) != len(y.Consts) {
		return false
	}
	for i := range x.Consts {
		if !constEqual(x.Consts[i], y.Consts[i]) {
			return false
		}
	}
	return true
}

func (c *compiler) addName(name string) int {
	if i, ok := c.u.nameIdx[name]; ok {
		return i
	}
	c.u.nameIdx[name] = len(c.u.names)
	c.u.names = append(c.u.names, name)
	return len(c.u.names) - 1
}

func (c *compiler) addVar(name string) int {
	if i, ok := c.u.varIdx[name]; ok {
		return i
	}
	c.u.varIdx[name] = len(c.u.varnames)
	c.u.varnames = append(c.u.varnames, name)
	return len(c.u.varnames) - 1
}

func (c *compiler) body(stmts []ast.Stmt) {
	for _, s := range stmts {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s ast.Stmt) {
	loc := posOf(s)
	switch x := s.(type) {
	case *ast.ExprStmt:
		if c.interactive && len(c.stack) == 0 {
			c.expr(x.Value)
			c.emitLoc(bytecode.CALL_INTRINSIC_1, 1, loc) // INTRINSIC_PRINT
			c.emit(bytecode.POP_TOP, 0)
			break
		}
		if _, ok := x.Value.(*ast.Constant); ok {
			// A constant expression statement has no effect: only its line remains.
			c.emitLoc(bytecode.NOP, 0, loc)
			break
		}
		c.expr(x.Value)
		c.emit(bytecode.POP_TOP, 0) // artificial
	case *ast.Pass:
		c.emitLoc(bytecode.NOP, 0, loc)
	case *ast.Assign:
		c.expr(x.Value)
		for i, t := range x.Targets {
			if i < len(x.Targets)-1 {
				c.emitLoc(bytecode.COPY, 1, loc)
			}
			c.store(t)
		}
	case *ast.AugAssign:
		c.augAssign(x)
	case *ast.Delete:
		for _, t := range x.Targets {
			c.del(t)
		}
	case *ast.Return:
		c.returnStmt(x)
	case *ast.If:
		end := c.newLabel()
		next := end
		if len(x.Orelse) > 0 {
			next = c.newLabel()
		}
		c.jumpIf(x.Test, next, false)
		c.body(x.Body)
		if len(x.Orelse) > 0 {
			c.jump(bytecode.JUMP_NO_INTERRUPT, end, noLoc)
			c.place(next)
			c.body(x.Orelse)
		}
		c.place(end)
	case *ast.FunctionDef, *ast.AsyncFunctionDef:
		c.funcDef(s)
	case *ast.Match:
		c.match(x)
	case *ast.TypeAlias:
		c.typeAlias(x)
	case *ast.AsyncFor:
		c.asyncFor(x)
	case *ast.AsyncWith:
		c.with(x.Items, x.Body, true, &x.Pos)
	case *ast.ClassDef:
		c.classDef(x)
	case *ast.Try:
		if len(x.Finalbody) > 0 {
			c.tryFinally(x, false)
		} else {
			c.tryExcept(x)
		}
	case *ast.TryStar:
		t := &ast.Try{Pos: x.Pos, Body: x.Body, Handlers: x.Handlers, Orelse: x.Orelse, Finalbody: x.Finalbody}
		if len(x.Finalbody) > 0 {
			c.tryFinally(t, true)
		} else {
			c.tryStarExcept(t)
		}
	case *ast.AnnAssign:
		c.annAssign(x, loc)
	case *ast.While:
		loop, body, anchor, end := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
		c.place(loop)
		c.u.fblocks = append(c.u.fblocks, fblock{kind: whileLoop, start: loop, exit: end})
		c.jumpIf(x.Test, anchor, false)
		c.place(body)
		c.body(x.Body)
		c.jumpIf(x.Test, body, true)
		c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
		c.place(anchor)
		c.body(x.Orelse)
		c.place(end)
	case *ast.For:
		start, cleanup, end := c.newLabel(), c.newLabel(), c.newLabel()
		iterLoc := posOf(x.Iter)
		c.expr(x.Iter)
		c.emitLoc(bytecode.GET_ITER, 0, iterLoc)
		c.place(start)
		c.u.fblocks = append(c.u.fblocks, fblock{kind: forLoop, start: start, exit: end})
		c.jump(bytecode.FOR_ITER, cleanup, iterLoc)
		// a NOP for line tracing of multi-line for statements; removed if redundant
		c.emitLoc(bytecode.NOP, 0, posOf(x.Target))
		c.store(x.Target)
		c.body(x.Body)
		c.jump(bytecode.JUMP, start, noLoc)
		c.place(cleanup)
		c.emit(bytecode.END_FOR, 0)
		c.emit(bytecode.POP_TOP, 0)
		c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
		c.body(x.Orelse)
		c.place(end)
	case *ast.Break:
		c.breakStmt(x.Pos, loc)
	case *ast.Continue:
		c.continueStmt(x.Pos, loc)
	case *ast.With:
		c.with(x.Items, x.Body, false, &x.Pos)
	case *ast.Import:
		// IMPORT_NAME and IMPORT_FROM names are mangled like any other name
		// operand (CPython's ADDOP_NAME): `import __m` in a class imports _C__m.
		for _, a := range x.Names {
			c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.NewInt(0)), loc)
			c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.None), loc)
			c.emitLoc(bytecode.IMPORT_NAME, c.addName(Mangle(c.private(), a.Name)), loc)
			if a.Asname != "" {
				parts := strings.Split(a.Name, ".")
				for i, attr := range parts[1:] {
					c.emitLoc(bytecode.IMPORT_FROM, c.addName(Mangle(c.private(), attr)), loc)
					if i < len(parts)-2 {
						c.emitLoc(bytecode.SWAP, 2, loc)
						c.emitLoc(bytecode.POP_TOP, 0, loc)
					}
				}
				c.nameOp(a.Asname, ast.Store, loc)
				if len(parts) > 1 {
					c.emitLoc(bytecode.POP_TOP, 0, loc)
				}
			} else {
				top, _, _ := strings.Cut(a.Name, ".")
				c.nameOp(top, ast.Store, loc)
			}
		}
	case *ast.ImportFrom:
		if x.Level == 0 && x.Module == "__future__" && c.future.lateFuture(x.GetPos()) {
			c.syntaxError(x.GetPos(), "from __future__ imports must occur at the beginning of the file")
		}
		c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.NewInt(int64(x.Level))), loc)
		names := make(constant.Tuple, len(x.Names))
		for i, a := range x.Names {
			names[i] = constant.Str(a.Name)
		}
		c.emitLoc(bytecode.LOAD_CONST, c.addConst(names), loc)
		c.emitLoc(bytecode.IMPORT_NAME, c.addName(Mangle(c.private(), x.Module)), loc)
		if len(x.Names) == 1 && x.Names[0].Name == "*" {
			c.emitLoc(bytecode.CALL_INTRINSIC_1, 2, loc) // INTRINSIC_IMPORT_STAR
			c.emit(bytecode.POP_TOP, 0)
			break
		}
		for _, a := range x.Names {
			c.emitLoc(bytecode.IMPORT_FROM, c.addName(Mangle(c.private(), a.Name)), loc)
			store := a.Name
			if a.Asname != "" {
				store = a.Asname
			}
			c.nameOp(store, ast.Store, loc)
		}
		c.emitLoc(bytecode.POP_TOP, 0, loc)
	case *ast.Raise:
		n := 0
		if x.Exc != nil {
			c.expr(x.Exc)
			n++
			if x.Cause != nil {
				c.expr(x.Cause)
				n++
			}
		}
		c.emitLoc(bytecode.RAISE_VARARGS, n, loc)
	case *ast.Assert:
		c.checkAssert(x)
		if c.opts.Optimize > 0 {
			break
		}
		end := c.newLabel()
		c.jumpIf(x.Test, end, true)
		c.emitLoc(bytecode.LOAD_ASSERTION_ERROR, 0, loc)
		if x.Msg != nil {
			c.expr(x.Msg)
			c.emitLoc(bytecode.CALL, 0, loc)
		}
		c.emitLoc(bytecode.RAISE_VARARGS, 1, posOf(x.Test))
		c.place(end)
	case *ast.Global, *ast.Nonlocal:
		// declarations only: no code
	default:
		c.unsupported(fmt.Sprintf("statement %T", s))
	}
}

func inplaceOp(op ast.Operator) int { return binOp(op) + 13 }

// binOp is BINARY_OP's argument for an operator (NB_ADD, ...).
func binOp(op ast.Operator) int {
	switch op {
	case ast.Add:
		return 0
	case ast.BitAnd:
		return 1
	case ast.FloorDiv:
		return 2
	case ast.LShift:
		return 3
	case ast.MatMult:
		return 4
	case ast.Mult:
		return 5
	case ast.Mod:
		return 6
	case ast.BitOr:
		return 7
	case ast.Pow:
		return 8
	case ast.RShift:
		return 9
	case ast.Sub:
		return 10
	case ast.Div:
		return 11
	case ast.BitXor:
		return 12
	}
	return 0
}

func (c *compiler) store(t ast.Expr) {
	switch x := t.(type) {
	case *ast.Name:
		c.nameOp(x.Id, ast.Store, posOf(x))
	case *ast.Attribute:
		c.addStaticAttribute(x)
		c.expr(x.Value)
		c.forbidden(x.Attr, ast.Store, attrLoc(posOf(x), x))
		c.emitLoc(bytecode.STORE_ATTR, c.addName(Mangle(c.private(), x.Attr)), attrLoc(posOf(x), x))
	case *ast.Subscript:
		c.expr(x.Value)
		if sl, ok := x.Slice.(*ast.Slice); ok && sl.Step == nil {
			c.sliceParts(sl)
			c.emitLoc(bytecode.STORE_SLICE, 0, posOf(x))
			break
		}
		c.expr(x.Slice)
		c.emitLoc(bytecode.STORE_SUBSCR, 0, posOf(x))
	case *ast.Tuple, *ast.List:
		var elts []ast.Expr
		if tu, ok := x.(*ast.Tuple); ok {
			elts = tu.Elts
		} else {
			elts = x.(*ast.List).Elts
		}
		// unpack_helper: UNPACK_EX for one starred target, else UNPACK_SEQUENCE
		n, star := len(elts), false
		for i, e := range elts {
			if _, ok := e.(*ast.Starred); ok {
				if star {
					c.syntaxError(x.(ast.Expr).GetPos(), "multiple starred expressions in assignment")
				}
				if i >= 1<<8 || n-i-1 >= math.MaxInt32>>8 {
					c.syntaxError(x.(ast.Expr).GetPos(), "too many expressions in star-unpacking assignment")
				}
				c.emitLoc(bytecode.UNPACK_EX, i+(n-i-1)<<8, posOf(t))
				star = true
			}
		}
		if !star {
			c.emitLoc(bytecode.UNPACK_SEQUENCE, n, posOf(t))
		}
		for _, e := range elts {
			if st, ok := e.(*ast.Starred); ok {
				e = st.Value
			}
			c.store(e)
		}
	case *ast.Starred:
		c.syntaxError(x.GetPos(), "starred assignment target must be in a list or tuple")
	default:
		c.unsupported("assignment to " + fmt.Sprintf("%T", t))
	}
}

func (c *compiler) private() string { return c.u.private }

// nameOp emits the load, store or delete of a name as its scope requires.
func (c *compiler) nameOp(name string, ctx ast.ExprContext, loc bytecode.Position) {
	c.forbidden(name, ctx, loc)
	s := c.u.scope
	mangled := Mangle(c.private(), name)
	scope := s.ScopeOf(mangled)
	kind := "name"
	switch scope {
	case Free, Cell:
		idx := c.derefIndex(mangled, scope)
		switch ctx {
		case ast.Load:
			if s.Type == ClassBlock {
				c.emitLoc(bytecode.LOAD_LOCALS, 0, loc)
				c.emitLoc(bytecode.LOAD_FROM_DICT_OR_DEREF, idx, loc)
			} else if s.CanSeeClassScope {
				c.emitLoc(bytecode.LOAD_DEREF, c.derefIndex("__classdict__", Free), loc)
				c.emitLoc(bytecode.LOAD_FROM_DICT_OR_DEREF, idx, loc)
			} else {
				c.emitLoc(bytecode.LOAD_DEREF, idx, loc)
			}
		case ast.Store:
			c.emitLoc(bytecode.STORE_DEREF, idx, loc)
		case ast.Del:
			c.emitLoc(bytecode.DELETE_DEREF, idx, loc)
		}
		return
	case Local:
		if s.functionLike() || c.u.fastHidden[mangled] {
			kind = "fast"
		}
	case GlobalImplicit:
		if s.functionLike() {
			kind = "global"
		}
	case GlobalExplicit:
		kind = "global"
	}
	var op int
	switch kind {
	case "fast":
		op = map[ast.ExprContext]int{ast.Load: bytecode.LOAD_FAST, ast.Store: bytecode.STORE_FAST, ast.Del: bytecode.DELETE_FAST}[ctx]
		c.emitLoc(op, c.addVar(mangled), loc)
		return
	case "global":
		op = map[ast.ExprContext]int{ast.Load: bytecode.LOAD_GLOBAL, ast.Store: bytecode.STORE_GLOBAL, ast.Del: bytecode.DELETE_GLOBAL}[ctx]
		if op == bytecode.LOAD_GLOBAL && s.CanSeeClassScope && scope == GlobalImplicit {
			c.emitLoc(bytecode.LOAD_DEREF, c.derefIndex("__classdict__", Free), loc)
			c.emitLoc(bytecode.LOAD_FROM_DICT_OR_GLOBALS, c.addName(mangled), loc)
			return
		}
	default:
		op = map[ast.ExprContext]int{ast.Load: bytecode.LOAD_NAME, ast.Store: bytecode.STORE_NAME, ast.Del: bytecode.DELETE_NAME}[ctx]
		if op == bytecode.LOAD_NAME && s.Type == ClassBlock && c.u.inInlinedComp > 0 {
			op = bytecode.LOAD_GLOBAL
		}
	}
	idx := c.addName(mangled)
	if op == bytecode.LOAD_GLOBAL {
		idx <<= 1
	}
	c.emitLoc(op, idx, loc)
}

func (c *compiler) exprs(es []ast.Expr) {
	for _, e := range es {
		c.expr(e)
	}
}

// expr compiles e, leaving its value on the stack: -> value.
func (c *compiler) expr(e ast.Expr) {
	loc := posOf(e)
	switch x := e.(type) {
	case *ast.Constant:
		c.emitLoc(bytecode.LOAD_CONST, c.addConst(x.Value), loc)
	case *ast.Name:
		if x.Id == "__debug__" {
			// a constant: True, or False under -O
			c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.Bool(c.opts.Optimize == 0)), loc)
			break
		}
		c.nameOp(x.Id, ast.Load, loc)
	case *ast.BinOp:
		c.expr(x.Left)
		c.expr(x.Right)
		c.emitLoc(bytecode.BINARY_OP, binOp(x.Op), loc)
	case *ast.UnaryOp:
		if n, ok := x.Operand.(*ast.Name); ok && n.Id == "__debug__" && x.Op == ast.Not {
			// folded, as the AST optimiser folds not on a constant
			c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.Bool(c.opts.Optimize != 0)), loc)
			break
		}
		c.expr(x.Operand)
		switch x.Op {
		case ast.USub:
			c.emitLoc(bytecode.UNARY_NEGATIVE, 0, loc)
		case ast.Invert:
			c.emitLoc(bytecode.UNARY_INVERT, 0, loc)
		case ast.Not:
			c.emitLoc(bytecode.TO_BOOL, 0, loc)
			c.emitLoc(bytecode.UNARY_NOT, 0, loc)
		case ast.UAdd:
			c.emitLoc(bytecode.CALL_INTRINSIC_1, 5, loc) // INTRINSIC_UNARY_POSITIVE
		}
	case *ast.Compare:
		c.checkCompare(x)
		c.expr(x.Left)
		if len(x.Ops) == 1 {
			c.expr(x.Comparators[0])
			c.compareOp(x.Ops[0], loc)
			break
		}
		cleanup, end := c.newLabel(), c.newLabel()
		n := len(x.Ops) - 1
		for i := 0; i < n; i++ {
			c.expr(x.Comparators[i])
			c.emitLoc(bytecode.SWAP, 2, loc)
			c.emitLoc(bytecode.COPY, 2, loc)
			c.compareOp(x.Ops[i], loc)
			c.emitLoc(bytecode.COPY, 1, loc)
			c.emitLoc(bytecode.TO_BOOL, 0, loc)
			c.jump(bytecode.POP_JUMP_IF_FALSE, cleanup, loc)
			c.emitLoc(bytecode.POP_TOP, 0, loc)
		}
		c.expr(x.Comparators[n])
		c.compareOp(x.Ops[n], loc)
		c.jump(bytecode.JUMP_NO_INTERRUPT, end, noLoc)
		c.place(cleanup)
		c.emitLoc(bytecode.SWAP, 2, loc)
		c.emitLoc(bytecode.POP_TOP, 0, loc)
		c.place(end)
	case *ast.Lambda:
		c.lambda(x)
	case *ast.Yield, *ast.YieldFrom, *ast.Await:
		c.yieldExpr(e)
	case *ast.ListComp:
		c.comprehension(e, listCompType, "<listcomp>", x.Generators, x.Elt, nil)
	case *ast.SetComp:
		c.comprehension(e, setCompType, "<setcomp>", x.Generators, x.Elt, nil)
	case *ast.DictComp:
		c.comprehension(e, dictCompType, "<dictcomp>", x.Generators, x.Key, x.Value)
	case *ast.GeneratorExp:
		c.comprehension(e, genExpComp, "<genexpr>", x.Generators, x.Elt, nil)
	case *ast.NamedExpr:
		c.expr(x.Value)
		c.emitLoc(bytecode.COPY, 1, loc)
		c.store(x.Target)
	case *ast.Attribute:
		if c.canOptimizeSuper(x) {
			c.superAttr(x, loc, false)
			break
		}
		c.expr(x.Value)
		c.emitLoc(bytecode.LOAD_ATTR, c.addName(Mangle(c.private(), x.Attr))<<1, attrLoc(loc, x))
	case *ast.Subscript:
		c.checkSubscripter(x.Value)
		c.checkIndex(x.Value, x.Slice)
		c.expr(x.Value)
		if sl, ok := x.Slice.(*ast.Slice); ok && sl.Step == nil {
			c.sliceParts(sl)
			c.emitLoc(bytecode.BINARY_SLICE, 0, loc)
			break
		}
		c.expr(x.Slice)
		c.emitLoc(bytecode.BINARY_SUBSCR, 0, loc)
	case *ast.Slice:
		n := c.sliceParts(x)
		if x.Step != nil {
			c.expr(x.Step)
			n++
		}
		c.emitLoc(bytecode.BUILD_SLICE, n, loc)
	case *ast.JoinedStr:
		if len(x.Values) > stackUseGuideline {
			c.unsupported("huge f-string")
		}
		c.exprs(x.Values)
		if len(x.Values) > 1 {
			c.emitLoc(bytecode.BUILD_STRING, len(x.Values), loc)
		} else if len(x.Values) == 0 {
			c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.Str("")), loc)
		}
	case *ast.FormattedValue:
		c.expr(x.Value)
		if x.Conversion != -1 {
			conv := map[int]int{'s': 1, 'r': 2, 'a': 3}[x.Conversion]
			c.emitLoc(bytecode.CONVERT_VALUE, conv, loc)
		}
		if x.FormatSpec != nil {
			c.expr(x.FormatSpec)
			c.emitLoc(bytecode.FORMAT_WITH_SPEC, 0, loc)
		} else {
			c.emitLoc(bytecode.FORMAT_SIMPLE, 0, loc)
		}
	case *ast.Call:
		c.call(x)
	case *ast.Tuple:
		c.sequence(x.Elts, 0, bytecode.BUILD_LIST, bytecode.LIST_APPEND, bytecode.LIST_EXTEND, true, loc)
	case *ast.List:
		c.sequence(x.Elts, 0, bytecode.BUILD_LIST, bytecode.LIST_APPEND, bytecode.LIST_EXTEND, false, loc)
	case *ast.Set:
		c.sequence(x.Elts, 0, bytecode.BUILD_SET, bytecode.SET_ADD, bytecode.SET_UPDATE, false, loc)
	case *ast.Dict:
		c.dict(x, loc)
	case *ast.IfExp:
		end, orelse := c.newLabel(), c.newLabel()
		c.jumpIf(x.Test, orelse, false)
		c.expr(x.Body)
		c.jump(bytecode.JUMP_NO_INTERRUPT, end, noLoc)
		c.place(orelse)
		c.expr(x.Orelse)
		c.place(end)
	case *ast.BoolOp:
		end := c.newLabel()
		op := bytecode.POP_JUMP_IF_FALSE
		if x.Op == ast.Or {
			op = bytecode.POP_JUMP_IF_TRUE
		}
		for _, v := range x.Values[:len(x.Values)-1] {
			c.expr(v)
			c.emitLoc(bytecode.COPY, 1, loc)
			c.emitLoc(bytecode.TO_BOOL, 0, loc)
			c.jump(op, end, loc)
			c.emitLoc(bytecode.POP_TOP, 0, loc)
		}
		c.expr(x.Values[len(x.Values)-1])
		c.place(end)
	default:
		c.unsupported(fmt.Sprintf("expression %T", e))
	}
}

func (c *compiler) compareOp(op ast.CmpOp, loc bytecode.Position) {
	switch op {
	case ast.Is, ast.IsNot:
		arg := 0
		if op == ast.IsNot {
			arg = 1
		}
		c.emitLoc(bytecode.IS_OP, arg, loc)
	case ast.In, ast.NotIn:
		arg := 0
		if op == ast.NotIn {
			arg = 1
		}
		c.emitLoc(bytecode.CONTAINS_OP, arg, loc)
	default:
		// (index into cmp_op) << 5 | the comparison's result mask (2 <, 4 >, 8 ==, 1 unordered)
		idx := map[ast.CmpOp]int{ast.Lt: 0, ast.LtE: 1, ast.Eq: 2, ast.NotEq: 3, ast.Gt: 4, ast.GtE: 5}[op]
		mask := [...]int{2, 2 | 8, 8, 1 | 2 | 4, 4, 4 | 8}[idx]
		c.emitLoc(bytecode.COMPARE_OP, idx<<5|mask, loc)
	}
}

// jumpIf compiles a test jumping to target when its truth equals cond.
func (c *compiler) jumpIf(test ast.Expr, target label, cond bool) {
	loc := posOf(test)
	switch x := test.(type) {
	case *ast.UnaryOp:
		if x.Op == ast.Not {
			c.jumpIf(x.Operand, target, !cond)
			return
		}
	case *ast.BoolOp:
		// a and b: jump to target if false when either is false (cond false)...
		isOr := x.Op == ast.Or
		next := target
		if isOr != cond {
			next = c.newLabel()
		}
		for _, v := range x.Values[:len(x.Values)-1] {
			c.jumpIf(v, next, isOr)
		}
		c.jumpIf(x.Values[len(x.Values)-1], target, cond)
		if next != target {
			c.place(next)
		}
		return
	case *ast.Compare:
		c.checkCompare(x)
		if len(x.Ops) == 1 {
			c.expr(x.Left)
			c.expr(x.Comparators[0])
			c.compareOp(x.Ops[0], loc)
			c.emitLoc(bytecode.TO_BOOL, 0, loc)
			c.jumpBool(cond, target, loc)
			return
		}
		cleanup, end := c.newLabel(), c.newLabel()
		c.expr(x.Left)
		n := len(x.Ops) - 1
		for i := 0; i < n; i++ {
			c.expr(x.Comparators[i])
			c.emitLoc(bytecode.SWAP, 2, loc)
			c.emitLoc(bytecode.COPY, 2, loc)
			c.compareOp(x.Ops[i], loc)
			c.emitLoc(bytecode.TO_BOOL, 0, loc)
			c.jump(bytecode.POP_JUMP_IF_FALSE, cleanup, loc)
		}
		c.expr(x.Comparators[n])
		c.compareOp(x.Ops[n], loc)
		c.emitLoc(bytecode.TO_BOOL, 0, loc)
		c.jumpBool(cond, target, loc)
		c.jump(bytecode.JUMP_NO_INTERRUPT, end, noLoc)
		c.place(cleanup)
		c.emitLoc(bytecode.POP_TOP, 0, loc)
		if !cond {
			c.jump(bytecode.JUMP_NO_INTERRUPT, target, noLoc)
		}
		c.place(end)
		return
	case *ast.IfExp:
		// (a if b else c) as a condition: each branch jumps on its own.
		end, orelse := c.newLabel(), c.newLabel()
		c.jumpIf(x.Test, orelse, false)
		c.jumpIf(x.Body, target, cond)
		c.jump(bytecode.JUMP, end, noLoc)
		c.place(orelse)
		c.jumpIf(x.Orelse, target, cond)
		c.place(end)
		return
	}
	c.expr(test)
	c.emitLoc(bytecode.TO_BOOL, 0, loc)
	c.jumpBool(cond, target, loc)
}

func (c *compiler) jumpBool(cond bool, target label, loc bytecode.Position) {
	if cond {
		c.jump(bytecode.POP_JUMP_IF_TRUE, target, loc)
	} else {
		c.jump(bytecode.POP_JUMP_IF_FALSE, target, loc)
	}
}

// call compiles a call: -> result (compiler_call).
func (c *compiler) call(x *ast.Call) {
	c.checkCaller(x.Func)
	c.forbiddenKeywords(x.Keywords)
	loc := posOf(x)
	if attr, ok := x.Func.(*ast.Attribute); ok && !c.importOriginated(attr.Value) && !hasStarArgs(x) && len(x.Args)+2*len(x.Keywords) < stackUseGuideline {
		// Method call: LOAD_ATTR with the method bit pushes (method, self) or (NULL, attr).
		kwLoc := attrLoc(posOf(attr), attr)
		if c.canOptimizeSuper(attr) {
			c.superAttr(attr, posOf(attr), true)
		} else {
			c.expr(attr.Value)
			c.emitLoc(bytecode.LOAD_ATTR, c.addName(Mangle(c.private(), attr.Attr))<<1|1, kwLoc)
		}
		loc = attrLoc(loc, attr)
		c.exprs(x.Args)
		if len(x.Keywords) > 0 {
			c.kwCall(x.Keywords, len(x.Args), kwLoc, loc)
			return
		}
		c.emitLoc(bytecode.CALL, len(x.Args), loc)
		return
	}
	c.expr(x.Func)
	// A global name's load carries the NULL itself (CPython folds LOAD_GLOBAL +
	// PUSH_NULL in one block). Only for a plain name: a callee like (a if c else b)
	// ends with a LOAD_GLOBAL in one branch only, and needs its own PUSH_NULL.
	_, isName := x.Func.(*ast.Name)
	if g := len(c.u.code) - 1; isName && c.u.code[g].op == bytecode.LOAD_GLOBAL {
		c.u.code[g].arg |= 1
	} else {
		c.emitLoc(bytecode.PUSH_NULL, 0, posOf(x.Func))
	}
	c.callHelper(0, x.Args, x.Keywords, loc)
}

// kwCall pushes keyword argument values and their names and calls: CALL_KW.
func (c *compiler) kwCall(kws []*ast.Keyword, n int, kwLoc, loc bytecode.Position) {
	names := make(constant.Tuple, len(kws))
	for i, k := range kws {
		c.expr(k.Value)
		names[i] = constant.Str(k.Arg)
	}
	c.emitLoc(bytecode.LOAD_CONST, c.addConst(names), kwLoc)
	c.emitLoc(bytecode.CALL_KW, n+len(kws), loc)
}

// callHelper compiles a call's arguments and the call, with pushed positional
// arguments already on the stack (compiler_call_helper).
func (c *compiler) callHelper(pushed int, args []ast.Expr, kws []*ast.Keyword, loc bytecode.Position) {
	c.forbiddenKeywords(kws)
	ex := len(args)+2*len(kws) > stackUseGuideline
	for _, a := range args {
		if _, ok := a.(*ast.Starred); ok {
			ex = true
		}
	}
	for _, k := range kws {
		if k.Arg == "" {
			ex = true
		}
	}
	if !ex {
		c.exprs(args)
		if len(kws) > 0 {
			c.kwCall(kws, pushed+len(args), loc, loc)
			return
		}
		c.emitLoc(bytecode.CALL, pushed+len(args), loc)
		return
	}
	if st, ok := onlyStarred(args); ok && pushed == 0 {
		c.expr(st.Value)
	} else {
		c.sequence(args, pushed, bytecode.BUILD_LIST, bytecode.LIST_APPEND, bytecode.LIST_EXTEND, true, loc)
	}
	if len(kws) > 0 {
		haveDict := false
		nseen := 0
		for i, k := range kws {
			if k.Arg != "" {
				nseen++
				continue
			}
			if nseen > 0 {
				c.subkwargs(kws[i-nseen:i], loc)
				if haveDict {
					c.emitLoc(bytecode.DICT_MERGE, 1, loc)
				}
				haveDict = true
				nseen = 0
			}
			if !haveDict {
				c.emitLoc(bytecode.BUILD_MAP, 0, loc)
				haveDict = true
			}
			c.expr(k.Value)
			c.emitLoc(bytecode.DICT_MERGE, 1, loc)
		}
		if nseen > 0 {
			c.subkwargs(kws[len(kws)-nseen:], loc)
			if haveDict {
				c.emitLoc(bytecode.DICT_MERGE, 1, loc)
			}
		}
	}
	arg := 0
	if len(kws) > 0 {
		arg = 1
	}
	c.emitLoc(bytecode.CALL_FUNCTION_EX, arg, loc)
}

// funcDef compiles a def or async def statement (compiler_function).
func (c *compiler) funcDef(st ast.Stmt) {
	var x ast.FunctionDef
	async := false
	switch d := st.(type) {
	case *ast.FunctionDef:
		x = *d
	case *ast.AsyncFunctionDef:
		x = ast.FunctionDef{Pos: d.Pos, Name: d.Name, Args: d.Args, Body: d.Body, DecoratorList: d.DecoratorList,
			Returns: d.Returns, TypeParams: d.TypeParams}
		async = true
	}
	loc := posOf(st)
	c.exprs(x.DecoratorList)
	firstLine := x.Lineno
	if len(x.DecoratorList) > 0 {
		firstLine = x.DecoratorList[0].GetPos().Lineno
	}
	a := x.Args
	flags := c.defaults(a, loc)
	generic := len(x.TypeParams) > 0
	nTypeParamArgs := 0
	if generic {
		// The defaults are computed outside and passed to the type-parameter scope.
		if flags&1 != 0 {
			nTypeParamArgs++
		}
		if flags&2 != 0 {
			nTypeParamArgs++
		}
		if nTypeParamArgs == 2 {
			c.emitLoc(bytecode.SWAP, 2, loc)
		}
		c.enterTypeParams(st, x.Name, firstLine)
		c.typeParams(x.TypeParams)
		for i := 0; i < nTypeParamArgs; i++ {
			c.emitLoc(bytecode.LOAD_FAST, i, loc)
		}
	}
	n := 0
	annotate := func(name string, e ast.Expr) {
		if e == nil {
			return
		}
		c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.Str(Mangle(c.private(), name))), loc)
		if st, ok := e.(*ast.Starred); ok {
			// *args: *Ts evaluates as [annotation] = [*Ts]
			c.expr(st.Value)
			c.emitLoc(bytecode.UNPACK_SEQUENCE, 1, loc)
		} else {
			c.expr(e)
		}
		n++
	}
	// CPython visits args before posonlyargs (compiler_visit_annotations)
	for _, group := range [][]*ast.Arg{a.Args, a.Posonlyargs} {
		for _, arg := range group {
			annotate(arg.Arg, arg.Annotation)
		}
	}
	if a.Vararg != nil {
		annotate(a.Vararg.Arg, a.Vararg.Annotation)
	}
	for _, arg := range a.Kwonlyargs {
		annotate(arg.Arg, arg.Annotation)
	}
	if a.Kwarg != nil {
		annotate(a.Kwarg.Arg, a.Kwarg.Annotation)
	}
	annotate("return", x.Returns)
	if n > 0 {
		c.emitLoc(bytecode.BUILD_TUPLE, 2*n, loc)
		flags |= 4
	}
	s := c.table.ByNode[st]
	qual := c.defQualname(x.Name)
	c.enter(s, x.Name, qual, firstLine)
	c.u.async = async
	c.u.argCount = len(a.Posonlyargs) + len(a.Args)
	c.u.posOnly = len(a.Posonlyargs)
	c.u.kwOnly = len(a.Kwonlyargs)
	body := x.Body
	if doc, ok := docstring(body); ok && c.opts.Optimize < 2 {
		c.addConst(constant.Str(CleanDoc(string(doc.(constant.Str)))))
		body = body[1:]
	} else {
		if ok {
			body = body[1:]
		}
		c.addConst(constant.None)
	}
	c.emitLoc(bytecode.RESUME, 0, bytecode.Position{Line: firstLine, EndLine: firstLine, Col: 0, EndCol: 0})
	c.body(body)
	if s.Generator || s.Coroutine {
		c.wrapInStopIterationHandler()
	}
	c.emit(bytecode.LOAD_CONST, c.addConst(constant.None))
	c.emit(bytecode.RETURN_VALUE, 0)
	code := c.finish()
	if a.Vararg != nil {
		code.Flags |= bytecode.CO_VARARGS
	}
	if a.Kwarg != nil {
		code.Flags |= bytecode.CO_VARKEYWORDS
	}
	freevars := c.u.freevars
	c.leave()
	c.makeFunction(code, flags, freevars, loc)
	if generic {
		c.emitLoc(bytecode.SWAP, 2, loc)
		c.emitLoc(bytecode.CALL_INTRINSIC_2, intrinsicSetFunctionTypeParams, loc)
		c.leaveTypeParams(nTypeParamArgs, loc)
	}
	for i := len(x.DecoratorList) - 1; i >= 0; i-- {
		c.emitLoc(bytecode.CALL, 0, posOf(x.DecoratorList[i]))
	}
	c.nameOp(x.Name, ast.Store, loc)
}

func docstring(body []ast.Stmt) (constant.Value, bool) {
	if len(body) == 0 {
		return nil, false
	}
	e, ok := body[0].(*ast.ExprStmt)
	if !ok {
		return nil, false
	}
	k, ok := e.Value.(*ast.Constant)
	if !ok {
		return nil, false
	}
	if _, ok := k.Value.(constant.Str); !ok {
		return nil, false
	}
	return k.Value, true
}

// stackUseGuideline is CPython's STACK_USE_GUIDELINE: displays bigger than this are
// built incrementally instead of from the stack.
const stackUseGuideline = 30

func allConst(es []ast.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*ast.Constant); !ok {
			return false
		}
	}
	return true
}

// sequence builds a list, tuple or set display (starunpack_helper): constant
// displays of more than two items load a folded constant; starred items and big
// displays build the collection incrementally. pushed items are already on the stack.
func (c *compiler) sequence(elts []ast.Expr, pushed, build, add, extend int, tuple bool, loc bytecode.Position) {
	n := len(elts)
	if n > 2 && allConst(elts) {
		folded := make(constant.Tuple, n)
		for i, e := range elts {
			folded[i] = e.(*ast.Constant).Value
		}
		if tuple && pushed == 0 {
			c.emitLoc(bytecode.LOAD_CONST, c.addConst(folded), loc)
			return
		}
		c.emitLoc(build, pushed, loc)
		if build == bytecode.BUILD_SET {
			c.emitLoc(bytecode.LOAD_CONST, c.addConst(newFrozenSet(folded)), loc)
		} else {
			c.emitLoc(bytecode.LOAD_CONST, c.addConst(folded), loc)
		}
		c.emitLoc(extend, 1, loc)
		if tuple {
			c.emitLoc(bytecode.CALL_INTRINSIC_1, 6, loc) // INTRINSIC_LIST_TO_TUPLE
		}
		return
	}
	big := n+pushed > stackUseGuideline
	star := false
	for _, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			star = true
		}
	}
	if !star && !big {
		c.exprs(elts)
		if tuple {
			c.emitLoc(bytecode.BUILD_TUPLE, n+pushed, loc)
		} else {
			c.emitLoc(build, n+pushed, loc)
		}
		return
	}
	built := big
	if big {
		c.emitLoc(build, pushed, loc)
	}
	for i, e := range elts {
		if st, ok := e.(*ast.Starred); ok {
			if !built {
				c.emitLoc(build, i+pushed, loc)
				built = true
			}
			c.expr(st.Value)
			c.emitLoc(extend, 1, loc)
		} else {
			c.expr(e)
			if built {
				c.emitLoc(add, 1, loc)
			}
		}
	}
	if tuple {
		c.emitLoc(bytecode.CALL_INTRINSIC_1, 6, loc) // INTRINSIC_LIST_TO_TUPLE
	}
}

// dict builds a dict display as compiler_dict/compiler_subdict.
func (c *compiler) dict(x *ast.Dict, loc bytecode.Position) {
	n := len(x.Values)
	haveDict := false
	elements := 0
	for i := 0; i < n; i++ {
		if x.Keys[i] == nil { // **mapping
			if elements > 0 {
				c.subdict(x, i-elements, i, loc)
				if haveDict {
					c.emitLoc(bytecode.DICT_UPDATE, 1, loc)
				}
				haveDict = true
				elements = 0
			}
			if !haveDict {
				c.emitLoc(bytecode.BUILD_MAP, 0, loc)
				haveDict = true
			}
			c.expr(x.Values[i])
			c.emitLoc(bytecode.DICT_UPDATE, 1, loc)
		} else if elements*2 > stackUseGuideline {
			c.subdict(x, i-elements, i+1, loc)
			if haveDict {
				c.emitLoc(bytecode.DICT_UPDATE, 1, loc)
			}
			haveDict = true
			elements = 0
		} else {
			elements++
		}
	}
	if elements > 0 {
		c.subdict(x, n-elements, n, loc)
		if haveDict {
			c.emitLoc(bytecode.DICT_UPDATE, 1, loc)
		}
		haveDict = true
	}
	if !haveDict {
		c.emitLoc(bytecode.BUILD_MAP, 0, loc)
	}
}

func (c *compiler) subdict(x *ast.Dict, begin, end int, loc bytecode.Position) {
	n := end - begin
	big := n*2 > stackUseGuideline
	if n > 1 && !big && allConst(x.Keys[begin:end]) {
		c.exprs(x.Values[begin:end])
		keys := make(constant.Tuple, n)
		for i := begin; i < end; i++ {
			keys[i-begin] = x.Keys[i].(*ast.Constant).Value
		}
		c.emitLoc(bytecode.LOAD_CONST, c.addConst(keys), loc)
		c.emitLoc(bytecode.BUILD_CONST_KEY_MAP, n, loc)
		return
	}
	if big {
		c.emitLoc(bytecode.BUILD_MAP, 0, loc)
	}
	for i := begin; i < end; i++ {
		c.expr(x.Keys[i])
		c.expr(x.Values[i])
		if big {
			c.emitLoc(bytecode.MAP_ADD, 1, loc)
		}
	}
	if !big {
		c.emitLoc(bytecode.BUILD_MAP, n, loc)
	}
}

// importOriginated reports whether e is a module-level name bound by an import, whose
// attributes CPython 3.13 calls without the method-call optimisation.
func (c *compiler) importOriginated(e ast.Expr) bool {
	n, ok := e.(*ast.Name)
	return ok && c.table.Top.Symbols[n.Id]&DefImport != 0
}

// attrLoc moves the start of loc to the attribute name when the attribute expression
// spans lines (update_start_location_to_match_attr), so tracebacks point at the name.
func attrLoc(loc bytecode.Position, a *ast.Attribute) bytecode.Position {
	if loc.Line == a.EndLineno {
		return loc
	}
	loc.Line = a.EndLineno
	n := utf8.RuneCountInString(a.Attr)
	if n <= a.EndColOffset {
		loc.Col = a.EndColOffset - n
	} else {
		loc.Col, loc.EndCol = -1, -1
	}
	loc.EndLine = max(loc.Line, loc.EndLine)
	if loc.Line == loc.EndLine {
		loc.EndCol = max(loc.Col, loc.EndCol)
	}
	return loc
}

// qualname is the __qualname__ of a def or class named name in the current unit.
// A type-parameter scope is skipped: its children are named after its parent
// (compiler_set_qualname).
func (c *compiler) qualname(name string) string {
	parent := c.u
	if parent.scope.Type == ModuleBlock {
		return name
	}
	if parent.scope.Type == TypeParamBlock || parent.scope.Type == TypeVarBoundBlock {
		if len(c.stack) <= 1 {
			return name
		}
		parent = c.stack[len(c.stack)-1]
	}
	switch {
	case parent.scope.Type == ModuleBlock:
		return name
	case parent.scope.Type == FunctionBlock && parent.scope.comprehension == noComprehension,
		parent.scope.Type == TypeAliasBlock:
		// CPython's function, lambda and type-alias-value units; a comprehension's
		// children are named after it without "<locals>"
		return parent.qualname + ".<locals>." + name
	}
	return parent.qualname + "." + name
}

// defQualname is qualname for a def or class: a name the enclosing scope
// declares global is not prefixed (compiler_set_qualname's force_global).
func (c *compiler) defQualname(name string) string {
	parent := c.u
	if (parent.scope.Type == TypeParamBlock || parent.scope.Type == TypeVarBoundBlock) && len(c.stack) > 1 {
		parent = c.stack[len(c.stack)-1]
	}
	if parent.scope.Type != ModuleBlock && parent.scope.ScopeOf(Mangle(parent.private, name)) == GlobalExplicit {
		return name
	}
	return c.qualname(name)
}

// addStaticAttribute records `self.X = ...` in the nearest enclosing class, for
// __static_attributes__ (compiler_maybe_add_static_attribute_to_class).
func (c *compiler) addStaticAttribute(a *ast.Attribute) {
	n, ok := a.Value.(*ast.Name)
	if !ok || n.Id != "self" {
		return
	}
	units := append(append([]*unit(nil), c.stack...), c.u)
	for i := len(units) - 1; i >= 0; i-- {
		if units[i].isClass {
			units[i].staticAttrs[a.Attr] = true
			return
		}
	}
}

func (c *compiler) classDef(x *ast.ClassDef) {
	loc := posOf(x)
	c.exprs(x.DecoratorList)
	firstLine := x.Lineno
	if len(x.DecoratorList) > 0 {
		firstLine = x.DecoratorList[0].GetPos().Lineno
	}
	generic := len(x.TypeParams) > 0
	if generic {
		c.enterTypeParams(x, x.Name, firstLine)
		c.u.private = x.Name
		c.typeParams(x.TypeParams)
		c.nameOp(".type_params", ast.Store, loc)
	}
	s := c.table.ByNode[ast.Stmt(x)]
	qual := c.defQualname(x.Name)
	c.enter(s, x.Name, qual, firstLine)
	c.u.isClass = true
	c.u.private = x.Name
	c.u.staticAttrs = map[string]bool{}
	first := bytecode.Position{Line: firstLine, EndLine: firstLine, Col: 0, EndCol: 0}
	c.emitLoc(bytecode.RESUME, 0, first)
	c.emitLoc(bytecode.LOAD_NAME, c.addName("__name__"), first)
	c.emitLoc(bytecode.STORE_NAME, c.addName("__module__"), first)
	c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.Str(qual)), first)
	c.emitLoc(bytecode.STORE_NAME, c.addName("__qualname__"), first)
	c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.NewInt(int64(firstLine))), first)
	c.emitLoc(bytecode.STORE_NAME, c.addName("__firstlineno__"), first)
	if generic {
		c.nameOp(".type_params", ast.Load, first)
		c.nameOp("__type_params__", ast.Store, first)
	}
	if s.NeedsClassdict {
		c.emitLoc(bytecode.LOAD_LOCALS, 0, first)
		c.emitLoc(bytecode.STORE_DEREF, c.derefIndex("__classdict__", Cell), first)
	}
	body := x.Body
	if findAnn(body) {
		c.emitLoc(bytecode.SETUP_ANNOTATIONS, 0, first)
	}
	if doc, ok := docstring(body); ok {
		if c.opts.Optimize < 2 {
			dl := posOf(body[0])
			c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.Str(CleanDoc(string(doc.(constant.Str))))), dl)
			c.emitLoc(bytecode.STORE_NAME, c.addName("__doc__"), dl)
		}
		body = body[1:]
	}
	c.body(body)
	attrs := make([]string, 0, len(c.u.staticAttrs))
	for a := range c.u.staticAttrs {
		attrs = append(attrs, a)
	}
	sort.Strings(attrs)
	t := make(constant.Tuple, len(attrs))
	for i, a := range attrs {
		t[i] = constant.Str(a)
	}
	c.emit(bytecode.LOAD_CONST, c.addConst(t))
	c.emit(bytecode.STORE_NAME, c.addName("__static_attributes__"))
	if s.NeedsClassdict {
		c.emit(bytecode.LOAD_CLOSURE, c.derefIndex("__classdict__", Cell))
		c.emit(bytecode.STORE_NAME, c.addName("__classdictcell__"))
	}
	if s.NeedsClassClosure {
		c.emit(bytecode.LOAD_CLOSURE, c.derefIndex("__class__", Cell))
		c.emit(bytecode.COPY, 1)
		c.emit(bytecode.STORE_NAME, c.addName("__classcell__"))
	} else {
		c.emit(bytecode.LOAD_CONST, c.addConst(constant.None))
	}
	c.emit(bytecode.RETURN_VALUE, 0)
	code := c.finish()
	freevars := c.u.freevars
	c.leave()
	c.emitLoc(bytecode.LOAD_BUILD_CLASS, 0, loc)
	c.emitLoc(bytecode.PUSH_NULL, 0, loc)
	closure := c.closure(freevars, loc)
	c.emitLoc(bytecode.LOAD_CONST, c.addConst(code), loc)
	c.emitLoc(bytecode.MAKE_FUNCTION, 0, loc)
	if closure {
		c.emitLoc(bytecode.SET_FUNCTION_ATTRIBUTE, 8, loc)
	}
	c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.Str(x.Name)), loc)
	if generic {
		c.nameOp(".type_params", ast.Load, loc)
		c.emitLoc(bytecode.CALL_INTRINSIC_1, intrinsicSubscriptGeneric, loc)
		c.nameOp(".generic_base", ast.Store, loc)
		bases := append(slices.Clone(x.Bases), &ast.Name{Pos: x.Pos, Id: ".generic_base", Ctx: ast.Load})
		c.callHelper(2, bases, x.Keywords, loc)
		c.leaveTypeParams(0, loc)
	} else {
		c.callHelper(2, x.Bases, x.Keywords, loc)
	}
	for i := len(x.DecoratorList) - 1; i >= 0; i-- {
		c.emitLoc(bytecode.CALL, 0, posOf(x.DecoratorList[i]))
	}
	c.nameOp(x.Name, ast.Store, loc)
}

// sliceParts pushes a slice's lower and upper bounds (None when absent): -> lower upper.
func (c *compiler) sliceParts(sl *ast.Slice) int {
	loc := posOf(sl)
	for _, e := range []ast.Expr{sl.Lower, sl.Upper} {
		if e != nil {
			c.expr(e)
		} else {
			c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.None), loc)
		}
	}
	return 2
}

// findAnn reports whether a body has annotated assignments (not counting nested
// defs and classes), which needs SETUP_ANNOTATIONS.
func findAnn(body []ast.Stmt) bool {
	for _, s := range body {
		switch x := s.(type) {
		case *ast.AnnAssign:
			return true
		case *ast.If:
			if findAnn(x.Body) || findAnn(x.Orelse) {
				return true
			}
		case *ast.For:
			if findAnn(x.Body) || findAnn(x.Orelse) {
				return true
			}
		case *ast.AsyncFor:
			if findAnn(x.Body) || findAnn(x.Orelse) {
				return true
			}
		case *ast.While:
			if findAnn(x.Body) || findAnn(x.Orelse) {
				return true
			}
		case *ast.With:
			if findAnn(x.Body) {
				return true
			}
		case *ast.AsyncWith:
			if findAnn(x.Body) {
				return true
			}
		case *ast.Try:
			if findAnn(x.Body) || findAnn(x.Orelse) || findAnn(x.Finalbody) {
				return true
			}
			for _, h := range x.Handlers {
				if findAnn(h.Body) {
					return true
				}
			}
		case *ast.TryStar:
			if findAnn(x.Body) || findAnn(x.Orelse) || findAnn(x.Finalbody) {
				return true
			}
			for _, h := range x.Handlers {
				if findAnn(h.Body) {
					return true
				}
			}
		case *ast.Match:
			for _, mc := range x.Cases {
				if findAnn(mc.Body) {
					return true
				}
			}
		}
	}
	return false
}

// derefIndex is the index codegen uses for a cell or free variable: its position in
// cellvars, or len(cellvars) + its position in freevars. finish() maps it to the
// final localsplus slot.
func (c *compiler) derefIndex(name string, scope int) int {
	if scope == Cell {
		for i, v := range c.u.cellvars {
			if v == name {
				return i
			}
		}
	}
	for i, v := range c.u.freevars {
		if v == name {
			return len(c.u.cellvars) + i
		}
	}
	c.unsupported("closure variable " + name)
	return 0
}

// closure pushes the tuple of cells a new function or class body closes over (its
// free variables, in order), reporting whether there was one.
func (c *compiler) closure(freevars []string, loc bytecode.Position) bool {
	if len(freevars) == 0 {
		return false
	}
	for _, name := range freevars {
		sc := c.u.scope.ScopeOf(name)
		if c.u.scope.Type == ClassBlock && (name == "__class__" || name == "__classdict__") {
			sc = Cell
		}
		if sc != Cell {
			sc = Free
		}
		c.emitLoc(bytecode.LOAD_CLOSURE, c.derefIndex(name, sc), loc)
	}
	c.emitLoc(bytecode.BUILD_TUPLE, len(freevars), loc)
	return true
}

func (c *compiler) del(t ast.Expr) {
	switch x := t.(type) {
	case *ast.Name:
		c.nameOp(x.Id, ast.Del, posOf(x))
	case *ast.Attribute:
		c.expr(x.Value)
		c.emitLoc(bytecode.DELETE_ATTR, c.addName(Mangle(c.private(), x.Attr)), attrLoc(posOf(x), x))
	case *ast.Subscript:
		c.expr(x.Value)
		c.expr(x.Slice)
		c.emitLoc(bytecode.DELETE_SUBSCR, 0, posOf(x))
	case *ast.Tuple:
		for _, e := range x.Elts {
			c.del(e)
		}
	case *ast.List:
		for _, e := range x.Elts {
			c.del(e)
		}
	default:
		c.unsupported("del of " + fmt.Sprintf("%T", t))
	}
}

// augAssign compiles target op= value (compiler_augassign).
func (c *compiler) augAssign(x *ast.AugAssign) {
	loc := posOf(x)
	tloc := posOf(x.Target)
	switch t := x.Target.(type) {
	case *ast.Name:
		c.nameOp(t.Id, ast.Load, tloc)
	case *ast.Attribute:
		c.expr(t.Value)
		c.emitLoc(bytecode.COPY, 1, tloc)
		c.emitLoc(bytecode.LOAD_ATTR, c.addName(Mangle(c.private(), t.Attr))<<1, attrLoc(tloc, t))
	case *ast.Subscript:
		c.expr(t.Value)
		if sl, ok := t.Slice.(*ast.Slice); ok && sl.Step == nil {
			c.sliceParts(sl)
			c.emitLoc(bytecode.COPY, 3, tloc)
			c.emitLoc(bytecode.COPY, 3, tloc)
			c.emitLoc(bytecode.COPY, 3, tloc)
			c.emitLoc(bytecode.BINARY_SLICE, 0, tloc)
		} else {
			c.expr(t.Slice)
			c.emitLoc(bytecode.COPY, 2, tloc)
			c.emitLoc(bytecode.COPY, 2, tloc)
			c.emitLoc(bytecode.BINARY_SUBSCR, 0, tloc)
		}
	default:
		c.unsupported("augmented assignment target")
	}
	c.expr(x.Value)
	c.emitLoc(bytecode.BINARY_OP, inplaceOp(x.Op), loc)
	switch t := x.Target.(type) {
	case *ast.Name:
		c.nameOp(t.Id, ast.Store, tloc)
	case *ast.Attribute:
		al := attrLoc(tloc, t)
		c.emitLoc(bytecode.SWAP, 2, al)
		c.emitLoc(bytecode.STORE_ATTR, c.addName(Mangle(c.private(), t.Attr)), al)
	case *ast.Subscript:
		if sl, ok := t.Slice.(*ast.Slice); ok && sl.Step == nil {
			c.emitLoc(bytecode.SWAP, 4, tloc)
			c.emitLoc(bytecode.SWAP, 3, tloc)
			c.emitLoc(bytecode.SWAP, 2, tloc)
			c.emitLoc(bytecode.STORE_SLICE, 0, tloc)
		} else {
			c.emitLoc(bytecode.SWAP, 3, tloc)
			c.emitLoc(bytecode.SWAP, 2, tloc)
			c.emitLoc(bytecode.STORE_SUBSCR, 0, tloc)
		}
	}
}

// lambda compiles a lambda expression: its code object, then MAKE_FUNCTION.
func (c *compiler) lambda(x *ast.Lambda) {
	loc := posOf(x)
	a := x.Args
	flags := c.defaults(a, loc)
	s := c.table.ByNode[ast.Expr(x)]
	c.enter(s, "<lambda>", c.qualname("<lambda>"), x.Lineno)
	c.u.argCount = len(a.Posonlyargs) + len(a.Args)
	c.u.posOnly = len(a.Posonlyargs)
	c.u.kwOnly = len(a.Kwonlyargs)
	c.addConst(constant.None) // a lambda has no docstring
	c.emitLoc(bytecode.RESUME, 0, bytecode.Position{Line: x.Lineno, EndLine: x.Lineno, Col: 0, EndCol: 0})
	c.expr(x.Body)
	if s.Generator {
		// A generator lambda returns its body's value (what the yield expression
		// evaluated to), with no StopIteration handler around it (compiler_lambda).
		c.emitLoc(bytecode.RETURN_VALUE, 0, noLoc)
	} else {
		c.emitLoc(bytecode.RETURN_VALUE, 0, posOf(x.Body))
	}
	c.finishFunction(flags, loc)
}

func onlyStarred(args []ast.Expr) (*ast.Starred, bool) {
	if len(args) != 1 {
		return nil, false
	}
	st, ok := args[0].(*ast.Starred)
	return st, ok
}

func hasStarArgs(x *ast.Call) bool {
	for _, a := range x.Args {
		if _, ok := a.(*ast.Starred); ok {
			return true
		}
	}
	for _, k := range x.Keywords {
		if k.Arg == "" {
			return true
		}
	}
	return false
}

// subkwargs builds a dict of plain keyword arguments (compiler_subkwargs).
func (c *compiler) subkwargs(kws []*ast.Keyword, loc bytecode.Position) {
	n := len(kws)
	big := n*2 > stackUseGuideline
	if n > 1 && !big {
		keys := make(constant.Tuple, n)
		for i, k := range kws {
			c.expr(k.Value)
			keys[i] = constant.Str(k.Arg)
		}
		c.emitLoc(bytecode.LOAD_CONST, c.addConst(keys), loc)
		c.emitLoc(bytecode.BUILD_CONST_KEY_MAP, n, loc)
		return
	}
	if big {
		c.emitLoc(bytecode.BUILD_MAP, 0, noLoc)
	}
	for _, k := range kws {
		c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.Str(k.Arg)), loc)
		c.expr(k.Value)
		if big {
			c.emitLoc(bytecode.MAP_ADD, 1, noLoc)
		}
	}
	if !big {
		c.emitLoc(bytecode.BUILD_MAP, n, loc)
	}
}

// defaults pushes a function's positional defaults tuple and keyword-only defaults
// dict (compiler_default_arguments), returning the SET_FUNCTION_ATTRIBUTE flags.
func (c *compiler) defaults(a *ast.Arguments, loc bytecode.Position) int {
	c.forbiddenArgs(a)
	flags := 0
	if len(a.Defaults) > 0 {
		c.exprs(a.Defaults)
		c.emitLoc(bytecode.BUILD_TUPLE, len(a.Defaults), loc)
		flags |= 1
	}
	var kwNames constant.Tuple
	for i, d := range a.KwDefaults {
		if d != nil {
			c.expr(d)
			kwNames = append(kwNames, constant.Str(Mangle(c.private(), a.Kwonlyargs[i].Arg)))
		}
	}
	if len(kwNames) > 0 {
		c.emitLoc(bytecode.LOAD_CONST, c.addConst(kwNames), loc)
		c.emitLoc(bytecode.BUILD_CONST_KEY_MAP, len(kwNames), loc)
		flags |= 2
	}
	return flags
}

// finishFunction assembles the current unit, returns to the enclosing one and
// creates the function object there.
func (c *compiler) finishFunction(flags int, loc bytecode.Position) {
	code := c.finish()
	freevars := c.u.freevars
	c.leave()
	c.makeFunction(code, flags, freevars, loc)
}

// makeFunction creates the function object for code: closure tuple, MAKE_FUNCTION and
// its attributes (closure, annotations, keyword defaults, defaults, in CPython's order).
func (c *compiler) makeFunction(code *bytecode.Code, flags int, freevars []string, loc bytecode.Position) {
	if c.closure(freevars, loc) {
		flags |= 8
	}
	c.emitLoc(bytecode.LOAD_CONST, c.addConst(code), loc)
	c.emitLoc(bytecode.MAKE_FUNCTION, 0, loc)
	for _, bit := range []int{8, 4, 2, 1} {
		if flags&bit != 0 {
			c.emitLoc(bytecode.SET_FUNCTION_ATTRIBUTE, bit, loc)
		}
	}
}

// tryExcept compiles try/except/else (compiler_try_except). The handler code runs with
// the exception pushed; SETUP_* pseudo-instructions mark the protected ranges.
func (c *compiler) tryExcept(x *ast.Try) {
	loc := posOf(x)
	body, except, end, cleanup := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.jump(bytecode.SETUP_FINALLY, except, loc)
	c.place(body)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: tryExceptBlock})
	c.body(x.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(bytecode.POP_BLOCK, 0)
	c.body(x.Orelse)
	c.jump(bytecode.JUMP_NO_INTERRUPT, end, noLoc)
	c.place(except)
	c.jump(bytecode.SETUP_CLEANUP, cleanup, noLoc)
	c.emit(bytecode.PUSH_EXC_INFO, 0)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: exceptionHandlerBlock})
	for i, h := range x.Handlers {
		hloc := posOf(h)
		if h.Type == nil && i < len(x.Handlers)-1 {
			c.syntaxError(&h.Pos, "default 'except:' must be last")
		}
		next := c.newLabel()
		if h.Type != nil {
			c.expr(h.Type)
			c.emitLoc(bytecode.CHECK_EXC_MATCH, 0, hloc)
			c.jump(bytecode.POP_JUMP_IF_FALSE, next, hloc)
		}
		if h.Name != "" {
			cleanupEnd, cleanupBody := c.newLabel(), c.newLabel()
			c.nameOp(h.Name, ast.Store, hloc)
			c.jump(bytecode.SETUP_CLEANUP, cleanupEnd, hloc)
			c.place(cleanupBody)
			c.u.fblocks = append(c.u.fblocks, fblock{kind: handlerCleanupBlock, name: h.Name})
			c.body(h.Body)
			c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
			c.emit(bytecode.POP_BLOCK, 0)
			c.emit(bytecode.POP_BLOCK, 0)
			c.emit(bytecode.POP_EXCEPT, 0)
			c.emit(bytecode.LOAD_CONST, c.addConst(constant.None))
			c.nameOp(h.Name, ast.Store, noLoc)
			c.nameOp(h.Name, ast.Del, noLoc)
			c.jump(bytecode.JUMP_NO_INTERRUPT, end, noLoc)
			c.place(cleanupEnd)
			c.emit(bytecode.LOAD_CONST, c.addConst(constant.None))
			c.nameOp(h.Name, ast.Store, noLoc)
			c.nameOp(h.Name, ast.Del, noLoc)
			c.emit(bytecode.RERAISE, 1)
		} else {
			cleanupBody := c.newLabel()
			c.emitLoc(bytecode.POP_TOP, 0, hloc)
			c.place(cleanupBody)
			c.u.fblocks = append(c.u.fblocks, fblock{kind: handlerCleanupBlock})
			c.body(h.Body)
			c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
			c.emit(bytecode.POP_BLOCK, 0)
			c.emit(bytecode.POP_EXCEPT, 0)
			c.jump(bytecode.JUMP_NO_INTERRUPT, end, noLoc)
		}
		c.place(next)
	}
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(bytecode.RERAISE, 0)
	c.place(cleanup)
	c.emit(bytecode.COPY, 3)
	c.emit(bytecode.POP_EXCEPT, 0)
	c.emit(bytecode.RERAISE, 1)
	c.place(end)
}

// canOptimizeSuper reports whether a.Value is a call of the builtin super that
// LOAD_SUPER_ATTR can do (can_optimize_super_call).
func (c *compiler) canOptimizeSuper(a *ast.Attribute) bool {
	call, ok := a.Value.(*ast.Call)
	if !ok || a.Attr == "__class__" || len(call.Keywords) != 0 {
		return false
	}
	fn, ok := call.Func.(*ast.Name)
	if !ok || fn.Id != "super" {
		return false
	}
	// super must not be shadowed, statically
	if c.u.scope.ScopeOf("super") != GlobalImplicit || c.table.Top.ScopeOf("super") != 0 {
		return false
	}
	switch len(call.Args) {
	case 2:
		for _, e := range call.Args {
			if _, star := e.(*ast.Starred); star {
				return false
			}
		}
		return true
	case 0:
		// zero-argument super needs an argument and the __class__ cell
		return (c.u.argCount > 0 || c.u.posOnly > 0) && c.u.scope.ScopeOf("__class__") == Free
	}
	return false
}

// superAttr loads super().attr (or the method, for a call) with LOAD_SUPER_ATTR:
// -> attr, or -> method self.
func (c *compiler) superAttr(a *ast.Attribute, loc bytecode.Position, method bool) {
	call := a.Value.(*ast.Call)
	c.nameOp("super", ast.Load, posOf(call.Func))
	cloc := posOf(call)
	arg := 0
	if len(call.Args) == 2 {
		c.expr(call.Args[0])
		c.expr(call.Args[1])
		arg |= 2
	} else {
		c.nameOp("__class__", ast.Load, cloc)
		c.nameOp(c.u.varnames[0], ast.Load, cloc)
	}
	if method {
		arg |= 1
	}
	c.emitLoc(bytecode.LOAD_SUPER_ATTR, c.addName(Mangle(c.private(), a.Attr))<<2|arg, loc)
	c.emitLoc(bytecode.NOP, 0, attrLoc(loc, a))
}
