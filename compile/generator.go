package compile

import (
	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/syntax/ast"
)

// This file compiles yield, yield from and await, and the handler that turns a
// StopIteration escaping a generator into RuntimeError.

// RESUME arguments (the low bits; the flowgraph adds the except-depth bit).
const (
	resumeAfterYield     = 1
	resumeAfterYieldFrom = 2
	resumeAfterAwait     = 3
)

// yield emits a yield of the value on the stack: value -> sent value.
func (c *compiler) yield(loc bytecode.Position) {
	if c.u.scope.Generator && c.u.scope.Coroutine {
		c.emitLoc(bytecode.CALL_INTRINSIC_1, 4, loc) // INTRINSIC_ASYNC_GEN_WRAP
	}
	c.emitLoc(bytecode.YIELD_VALUE, 0, loc)
	c.emitLoc(bytecode.RESUME, resumeAfterYield, loc)
}

// yieldFrom delegates to the iterator under the value to send (compiler_add_yield_from):
// iter value -> result.
func (c *compiler) yieldFrom(loc bytecode.Position, await bool) {
	send, fail, exit := c.newLabel(), c.newLabel(), c.newLabel()
	c.place(send)
	c.jump(bytecode.SEND, exit, loc)
	// A virtual try/except: close() or throw() may make YIELD_VALUE raise StopIteration.
	c.jump(bytecode.SETUP_FINALLY, fail, loc)
	c.emitLoc(bytecode.YIELD_VALUE, 1, loc)
	c.emit(bytecode.POP_BLOCK, 0)
	if await {
		c.emitLoc(bytecode.RESUME, resumeAfterAwait, loc)
	} else {
		c.emitLoc(bytecode.RESUME, resumeAfterYieldFrom, loc)
	}
	c.jump(bytecode.JUMP_NO_INTERRUPT, send, loc)
	c.place(fail)
	c.emitLoc(bytecode.CLEANUP_THROW, 0, loc)
	c.place(exit)
	c.emitLoc(bytecode.END_SEND, 0, loc)
}

// wrapInStopIterationHandler protects the whole body of a generator or coroutine
// with a handler that converts StopIteration (wrap_in_stopiteration_handler).
func (c *compiler) wrapInStopIterationHandler() {
	handler := c.newLabel()
	// SETUP_CLEANUP goes first: every placed label moves down one instruction.
	for i, at := range c.u.labels {
		if at >= 0 {
			c.u.labels[i] = at + 1
		}
	}
	c.u.code = append([]instr{{op: bytecode.SETUP_CLEANUP, target: handler, loc: noLoc}}, c.u.code...)
	c.emit(bytecode.LOAD_CONST, c.addConst(constant.None))
	c.emit(bytecode.RETURN_VALUE, 0)
	c.place(handler)
	c.emit(bytecode.CALL_INTRINSIC_1, 3) // INTRINSIC_STOPITERATION_ERROR
	c.emit(bytecode.RERAISE, 1)
}

// yieldExpr compiles yield, yield from and await expressions.
func (c *compiler) yieldExpr(e ast.Expr) {
	loc := posOf(e)
	switch x := e.(type) {
	case *ast.Yield:
		if !c.u.scope.functionLike() {
			c.syntaxError(e.GetPos(), "'yield' outside function")
		}
		if x.Value != nil {
			c.expr(x.Value)
		} else {
			c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.None), loc)
		}
		c.yield(loc)
	case *ast.YieldFrom:
		if !c.u.scope.functionLike() {
			c.syntaxError(e.GetPos(), "'yield' outside function")
		}
		if c.u.async {
			c.syntaxError(e.GetPos(), "'yield from' inside async function")
		}
		c.expr(x.Value)
		c.emitLoc(bytecode.GET_YIELD_FROM_ITER, 0, loc)
		c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.None), loc)
		c.yieldFrom(loc, false)
	case *ast.Await:
		if !c.u.scope.functionLike() {
			c.syntaxError(e.GetPos(), "'await' outside function")
		}
		if !c.u.async && !c.u.comprehension {
			c.syntaxError(e.GetPos(), "'await' outside async function")
		}
		c.expr(x.Value)
		c.emitLoc(bytecode.GET_AWAITABLE, 0, loc)
		c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.None), loc)
		c.yieldFrom(loc, true)
	}
}
