package compile

import (
	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/syntax/ast"
)

// This file compiles comprehensions and generator expressions (compiler_comprehension).
// List, set and dict comprehensions are inlined into the enclosing code as PEP 709
// specifies: the names they bind are saved on the stack and restored afterwards.
// Generator expressions get their own code object.

type compType int

const (
	genExpComp compType = iota
	listCompType
	setCompType
	dictCompType
)

// inlineState is what an inlined comprehension changed and must restore.
type inlineState struct {
	pushedLocals []string
	tempSymbols  map[string]int
	tempOrder    []string
	fastHidden   []string
	cleanup, end label
}

func (c *compiler) comprehension(e ast.Expr, kind compType, name string, gens []*ast.Comprehension, elt, val ast.Expr) {
	entry := c.table.ByNode[e]
	inlined := entry.CompInlined
	isAsync := entry.Coroutine
	outerAsync := c.u.async
	outerComp := c.u.comprehension
	loc := posOf(e)
	outermost := gens[0]
	var st inlineState
	if inlined {
		c.expr(outermost.Iter)
		if outermost.IsAsync != 0 {
			c.emitLoc(bytecode.GET_AITER, 0, posOf(outermost.Iter))
		} else {
			c.emitLoc(bytecode.GET_ITER, 0, posOf(outermost.Iter))
		}
		st = c.pushInlined(loc, entry)
	} else {
		c.enter(entry, name, c.qualname(name), e.GetPos().Lineno)
		c.u.comprehension = true
		c.u.argCount = 1
		c.emitLoc(bytecode.RESUME, 0, bytecode.Position{Line: e.GetPos().Lineno, EndLine: e.GetPos().Lineno})
	}
	if isAsync && kind != genExpComp && !outerAsync && !outerComp {
		c.syntaxError(e.GetPos(), "asynchronous comprehension outside of an asynchronous function")
	}
	if kind != genExpComp {
		op := map[compType]int{listCompType: bytecode.BUILD_LIST, setCompType: bytecode.BUILD_SET, dictCompType: bytecode.BUILD_MAP}[kind]
		c.emitLoc(op, 0, loc)
		if inlined {
			c.emitLoc(bytecode.SWAP, 2, loc)
		}
	}
	c.compGenerator(loc, gens, 0, 0, elt, val, kind, inlined)
	if inlined {
		c.popInlined(loc, st)
		return
	}
	if kind != genExpComp {
		c.emitLoc(bytecode.RETURN_VALUE, 0, loc)
	} else {
		c.wrapInStopIterationHandler()
	}
	c.emit(bytecode.LOAD_CONST, c.addConst(constant.None))
	c.emit(bytecode.RETURN_VALUE, 0)
	c.finishFunction(0, loc)
	c.expr(outermost.Iter)
	if outermost.IsAsync != 0 {
		c.emitLoc(bytecode.GET_AITER, 0, posOf(outermost.Iter))
	} else {
		c.emitLoc(bytecode.GET_ITER, 0, posOf(outermost.Iter))
	}
	c.emitLoc(bytecode.CALL, 0, loc)
	if isAsync && kind != genExpComp {
		c.emitLoc(bytecode.GET_AWAITABLE, 0, loc)
		c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.None), loc)
		c.yieldFrom(loc, true)
	}
}

func (c *compiler) compGenerator(loc bytecode.Position, gens []*ast.Comprehension, i, depth int, elt, val ast.Expr, kind compType, iterOnStack bool) {
	if gens[i].IsAsync != 0 {
		c.asyncCompGenerator(loc, gens, i, depth, elt, val, kind, iterOnStack)
	} else {
		c.syncCompGenerator(loc, gens, i, depth, elt, val, kind, iterOnStack)
	}
}

func (c *compiler) syncCompGenerator(loc bytecode.Position, gens []*ast.Comprehension, i, depth int, elt, val ast.Expr, kind compType, iterOnStack bool) {
	start, ifCleanup, anchor := c.newLabel(), c.newLabel(), c.newLabel()
	loop := true
	gen := gens[i]
	if !iterOnStack {
		if i == 0 {
			c.emitLoc(bytecode.LOAD_FAST, c.addVar(".0"), loc)
		} else {
			// for y in [f(x)]: a plain assignment, no loop
			var elts []ast.Expr
			switch it := gen.Iter.(type) {
			case *ast.List:
				elts = it.Elts
			case *ast.Tuple:
				elts = it.Elts
			}
			if len(elts) == 1 {
				if _, star := elts[0].(*ast.Starred); !star {
					c.expr(elts[0])
					loop = false
				}
			}
			if loop {
				c.expr(gen.Iter)
				c.emitLoc(bytecode.GET_ITER, 0, posOf(gen.Iter))
			}
		}
	}
	if loop {
		depth++
		c.place(start)
		c.jump(bytecode.FOR_ITER, anchor, posOf(gen.Iter))
	}
	c.store(gen.Target)
	for _, e := range gen.Ifs {
		c.jumpIf(e, ifCleanup, false)
	}
	i++
	if i < len(gens) {
		c.compGenerator(loc, gens, i, depth, elt, val, kind, false)
	}
	eltLoc := c.compElement(gens, i, depth, elt, val, kind)
	c.place(ifCleanup)
	if loop {
		c.jump(bytecode.JUMP, start, eltLoc)
		c.place(anchor)
		c.emit(bytecode.END_FOR, 0)
		c.emit(bytecode.POP_TOP, 0)
	}
}

// compElement adds the element after the last for clause; it returns the element's
// location, which the loop's backward jump takes.
func (c *compiler) compElement(gens []*ast.Comprehension, i, depth int, elt, val ast.Expr, kind compType) bytecode.Position {
	eltLoc := posOf(elt)
	if i < len(gens) {
		return eltLoc
	}
	c.expr(elt)
	switch kind {
	case genExpComp:
		c.yield(eltLoc)
		c.emitLoc(bytecode.POP_TOP, 0, eltLoc)
	case listCompType:
		c.emitLoc(bytecode.LIST_APPEND, depth+1, eltLoc)
	case setCompType:
		c.emitLoc(bytecode.SET_ADD, depth+1, eltLoc)
	case dictCompType:
		c.expr(val)
		v := posOf(val)
		eltLoc = bytecode.Position{Line: eltLoc.Line, EndLine: v.EndLine, Col: eltLoc.Col, EndCol: v.EndCol}
		c.emitLoc(bytecode.MAP_ADD, depth+1, eltLoc)
	}
	return eltLoc
}

func (c *compiler) asyncCompGenerator(loc bytecode.Position, gens []*ast.Comprehension, i, depth int, elt, val ast.Expr, kind compType, iterOnStack bool) {
	start, except, ifCleanup := c.newLabel(), c.newLabel(), c.newLabel()
	gen := gens[i]
	if !iterOnStack {
		if i == 0 {
			c.emitLoc(bytecode.LOAD_FAST, c.addVar(".0"), loc)
		} else {
			c.expr(gen.Iter)
			c.emitLoc(bytecode.GET_AITER, 0, posOf(gen.Iter))
		}
	}
	c.place(start)
	c.push(fblock{kind: asyncComprehensionGenerator, start: start})
	c.jump(bytecode.SETUP_FINALLY, except, loc)
	c.emitLoc(bytecode.GET_ANEXT, 0, loc)
	c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.None), loc)
	c.yieldFrom(loc, true)
	c.emitLoc(bytecode.POP_BLOCK, 0, loc)
	c.store(gen.Target)
	for _, e := range gen.Ifs {
		c.jumpIf(e, ifCleanup, false)
	}
	depth++
	i++
	if i < len(gens) {
		c.compGenerator(loc, gens, i, depth, elt, val, kind, false)
	}
	eltLoc := c.compElement(gens, i, depth, elt, val, kind)
	c.place(ifCleanup)
	c.jump(bytecode.JUMP, start, eltLoc)
	c.pop()
	c.place(except)
	c.emitLoc(bytecode.END_ASYNC_FOR, 0, loc)
}

// pushInlined isolates the names an inlined comprehension binds from the enclosing
// scope (push_inlined_comprehension_state): their current values go on the stack
// under the iterator, and a virtual try/finally restores them if the comprehension
// raises.
func (c *compiler) pushInlined(loc bytecode.Position, entry *Scope) inlineState {
	var st inlineState
	outer := c.u.scope
	inClass := outer.Type == ClassBlock && c.u.inInlinedComp == 0
	c.u.inInlinedComp++
	for _, k := range entry.order {
		symbol := entry.Symbols[k]
		scope := (symbol >> ScopeOffset) & 7
		outv := outer.Symbols[k]
		outsc := (outv >> ScopeOffset) & 7
		bound := symbol&DefLocal != 0 && symbol&DefNonlocal == 0 || inClass
		if bound {
			c.emitLoc(bytecode.LOAD_FAST_AND_CLEAR, c.addVar(k), loc)
			if scope == Cell {
				if outsc == Free {
					c.emitLoc(bytecode.MAKE_CELL, c.derefIndex(k, Free), loc)
				} else {
					c.emitLoc(bytecode.MAKE_CELL, c.derefIndex(k, Cell), loc)
				}
			}
			st.pushedLocals = append(st.pushedLocals, k)
		}
		if scope != outsc && scope != Free && !(scope == Cell && outsc == Free) {
			if st.tempSymbols == nil {
				st.tempSymbols = map[string]int{}
			}
			if _, had := outer.Symbols[k]; had {
				st.tempSymbols[k] = outv
			} else {
				st.tempSymbols[k] = -1
			}
			st.tempOrder = append(st.tempOrder, k)
			outer.Symbols[k] = symbol
		}
		if bound && !outer.functionLike() {
			if !c.u.fastHidden[k] {
				c.u.fastHidden[k] = true
				st.fastHidden = append(st.fastHidden, k)
			}
		}
	}
	if len(st.pushedLocals) > 0 {
		// The iterator is under the saved values: bring it back to the top.
		c.emitLoc(bytecode.SWAP, len(st.pushedLocals)+1, loc)
		st.cleanup, st.end = c.newLabel(), c.newLabel()
		c.jump(bytecode.SETUP_FINALLY, st.cleanup, loc)
	}
	return st
}

func (c *compiler) popInlined(loc bytecode.Position, st inlineState) {
	c.u.inInlinedComp--
	for _, k := range st.tempOrder {
		if v := st.tempSymbols[k]; v == -1 {
			delete(c.u.scope.Symbols, k)
		} else {
			c.u.scope.Symbols[k] = v
		}
	}
	if len(st.pushedLocals) > 0 {
		c.emit(bytecode.POP_BLOCK, 0)
		c.jump(bytecode.JUMP_NO_INTERRUPT, st.end, noLoc)
		c.place(st.cleanup)
		// discard the incomplete result, under the exception
		c.emit(bytecode.SWAP, 2)
		c.emit(bytecode.POP_TOP, 0)
		c.restoreInlinedLocals(loc, st)
		c.emit(bytecode.RERAISE, 0)
		c.place(st.end)
		c.restoreInlinedLocals(loc, st)
	}
	for _, k := range st.fastHidden {
		c.u.fastHidden[k] = false
	}
}

func (c *compiler) restoreInlinedLocals(loc bytecode.Position, st inlineState) {
	n := len(st.pushedLocals)
	c.emitLoc(bytecode.SWAP, n+1, loc)
	for i := n - 1; i >= 0; i-- {
		c.emitLoc(bytecode.STORE_FAST_MAYBE_NULL, c.addVar(st.pushedLocals[i]), loc)
	}
}
