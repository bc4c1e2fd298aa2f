package compile

import (
	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/syntax/ast"
)

// This file compiles the statements that open frame blocks (loops, try, with) and
// the early exits (return, break, continue) that must unwind them, as CPython's
// compiler_unwind_fblock_stack does.

// fblock is an enclosing construct an early exit has to clean up.
type fblock struct {
	kind        fblockKind
	start, exit label
	name        string            // handlerCleanup: the `as` name to clear
	finalbody   []ast.Stmt        // finallyTry: the finally body to run
	loc         bytecode.Position // with: the location of the unwinding code
}

type fblockKind int

const (
	whileLoop fblockKind = iota
	forLoop
	tryExceptBlock
	finallyTry
	finallyEnd
	withBlock
	asyncWithBlock
	handlerCleanupBlock
	popValue
	exceptionHandlerBlock
	exceptionGroupHandler
	asyncComprehensionGenerator
	stopIterationBlock
)

func (c *compiler) push(f fblock) { c.u.fblocks = append(c.u.fblocks, f) }
func (c *compiler) pop()          { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

// unwind emits the code that leaves fblock f early (compiler_unwind_fblock). It may
// change *loc: code after a with or finally cleanup is artificial.
func (c *compiler) unwind(f fblock, loc *bytecode.Position, preserve bool) {
	switch f.kind {
	case forLoop:
		if preserve {
			c.emitLoc(bytecode.SWAP, 2, *loc)
		}
		c.emitLoc(bytecode.POP_TOP, 0, *loc)
	case tryExceptBlock:
		c.emitLoc(bytecode.POP_BLOCK, 0, *loc)
	case finallyTry:
		// This POP_BLOCK gets the line of the unwinding statement.
		c.emitLoc(bytecode.POP_BLOCK, 0, *loc)
		if preserve {
			c.push(fblock{kind: popValue})
		}
		c.body(f.finalbody)
		if preserve {
			c.pop()
		}
		*loc = noLoc
	case finallyEnd:
		if preserve {
			c.emitLoc(bytecode.SWAP, 2, *loc)
		}
		c.emitLoc(bytecode.POP_TOP, 0, *loc) // exc_value
		if preserve {
			c.emitLoc(bytecode.SWAP, 2, *loc)
		}
		c.emitLoc(bytecode.POP_BLOCK, 0, *loc)
		c.emitLoc(bytecode.POP_EXCEPT, 0, *loc)
	case withBlock, asyncWithBlock:
		*loc = f.loc
		c.emitLoc(bytecode.POP_BLOCK, 0, *loc)
		if preserve {
			c.emitLoc(bytecode.SWAP, 2, *loc)
		}
		c.callExitWithNones(*loc)
		if f.kind == asyncWithBlock {
			c.awaitOnStack(2, *loc)
		}
		c.emitLoc(bytecode.POP_TOP, 0, *loc)
		*loc = noLoc
	case handlerCleanupBlock:
		if f.name != "" {
			c.emitLoc(bytecode.POP_BLOCK, 0, *loc)
		}
		if preserve {
			c.emitLoc(bytecode.SWAP, 2, *loc)
		}
		c.emitLoc(bytecode.POP_BLOCK, 0, *loc)
		c.emitLoc(bytecode.POP_EXCEPT, 0, *loc)
		if f.name != "" {
			c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.None), *loc)
			c.nameOp(f.name, ast.Store, *loc)
			c.nameOp(f.name, ast.Del, *loc)
		}
	case popValue:
		if preserve {
			c.emitLoc(bytecode.SWAP, 2, *loc)
		}
		c.emitLoc(bytecode.POP_TOP, 0, *loc)
	}
}

// unwindStack unwinds the fblocks from the innermost outwards, stopping at the
// innermost loop when wantLoop is set (which it returns, nil if none). Each block is
// popped while its cleanup is compiled, so that a finally body sees only the blocks
// outside it (compiler_unwind_fblock_stack).
func (c *compiler) unwindStack(loc *bytecode.Position, preserve, wantLoop bool, p *ast.Pos) *fblock {
	n := len(c.u.fblocks)
	if n == 0 {
		return nil
	}
	top := c.u.fblocks[n-1]
	if top.kind == exceptionGroupHandler {
		c.syntaxError(p, "'break', 'continue' and 'return' cannot appear in an except* block")
	}
	if wantLoop && (top.kind == whileLoop || top.kind == forLoop) {
		return &top
	}
	c.u.fblocks = c.u.fblocks[:n-1]
	c.unwind(top, loc, preserve)
	loop := c.unwindStack(loc, preserve, wantLoop, p)
	c.u.fblocks = append(c.u.fblocks[:n-1], top)
	return loop
}

func (c *compiler) returnStmt(x *ast.Return) {
	loc := posOf(x)
	if !c.u.scope.functionLike() {
		c.syntaxError(&x.Pos, "'return' outside function")
	}
	if x.Value != nil && c.u.scope.Coroutine && c.u.scope.Generator {
		c.syntaxError(&x.Pos, "'return' with value in async generator")
	}
	k, isConst := x.Value.(*ast.Constant)
	preserve := x.Value != nil && !isConst
	if preserve {
		c.expr(x.Value)
	} else if x.Value != nil {
		// an instruction with the value's location, which the return takes too
		loc = posOf(x.Value)
		c.emitLoc(bytecode.NOP, 0, loc)
	}
	if x.Value == nil || x.Value.GetPos().Lineno != x.Lineno {
		loc = posOf(x)
		c.emitLoc(bytecode.NOP, 0, loc)
	}
	c.unwindStack(&loc, preserve, false, &x.Pos)
	if x.Value == nil {
		c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.None), loc)
	} else if !preserve {
		c.emitLoc(bytecode.LOAD_CONST, c.addConst(k.Value), loc)
	}
	c.emitLoc(bytecode.RETURN_VALUE, 0, loc)
}

func (c *compiler) breakStmt(p ast.Pos, loc bytecode.Position) {
	c.emitLoc(bytecode.NOP, 0, loc)
	loop := c.unwindStack(&loc, false, true, &p)
	if loop == nil {
		c.syntaxError(&p, "'break' outside loop")
	}
	c.unwind(*loop, &loc, false)
	c.jump(bytecode.JUMP, loop.exit, loc)
}

func (c *compiler) continueStmt(p ast.Pos, loc bytecode.Position) {
	c.emitLoc(bytecode.NOP, 0, loc)
	loop := c.unwindStack(&loc, false, true, &p)
	if loop == nil {
		c.syntaxError(&p, "'continue' not properly in loop")
	}
	c.jump(bytecode.JUMP, loop.start, loc)
}

// callExitWithNones calls the __exit__ under the top of the stack with three Nones:
// exit -> result. (CALL 2 treats the first None as "self".)
func (c *compiler) callExitWithNones(loc bytecode.Position) {
	none := c.addConst(constant.None)
	c.emitLoc(bytecode.LOAD_CONST, none, loc)
	c.emitLoc(bytecode.LOAD_CONST, none, loc)
	c.emitLoc(bytecode.LOAD_CONST, none, loc)
	c.emitLoc(bytecode.CALL, 2, loc)
}

// with compiles with and async with (compiler_with, compiler_async_with), one item
// at a time: __enter__ (awaited __aenter__) under SETUP_WITH, the body, then
// __exit__(None, None, None) on the normal path and WITH_EXCEPT_START on the
// exceptional one (awaited for async with).
func (c *compiler) with(items []*ast.WithItem, body []ast.Stmt, async bool, p *ast.Pos) {
	if async && !c.u.async {
		c.syntaxError(p, "'async with' outside async function")
	}
	item := items[0]
	block, final, exit, cleanup := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(item.ContextExpr)
	loc := posOf(item.ContextExpr)
	kind, popLoc := withBlock, noLoc
	if async {
		kind, popLoc = asyncWithBlock, loc
		c.emitLoc(bytecode.BEFORE_ASYNC_WITH, 0, loc)
		c.awaitOnStack(1, loc)
	} else {
		c.emitLoc(bytecode.BEFORE_WITH, 0, loc)
	}
	c.jump(bytecode.SETUP_WITH, final, loc)
	c.place(block)
	c.push(fblock{kind: kind, start: block, exit: final, loc: loc})
	if item.OptionalVars != nil {
		c.store(item.OptionalVars)
	} else {
		c.emitLoc(bytecode.POP_TOP, 0, loc)
	}
	if len(items) == 1 {
		c.body(body)
	} else {
		c.with(items[1:], body, async, p)
	}
	c.pop()
	c.emitLoc(bytecode.POP_BLOCK, 0, popLoc)
	c.callExitWithNones(loc)
	if async {
		c.awaitOnStack(2, loc)
	}
	c.emitLoc(bytecode.POP_TOP, 0, loc)
	c.jump(bytecode.JUMP, exit, loc)
	c.place(final)
	c.jump(bytecode.SETUP_CLEANUP, cleanup, loc)
	c.emitLoc(bytecode.PUSH_EXC_INFO, 0, loc)
	c.emitLoc(bytecode.WITH_EXCEPT_START, 0, loc)
	if async {
		c.awaitOnStack(2, loc)
	}
	c.withExceptFinish(cleanup)
	c.place(exit)
}

// withExceptFinish ends a with statement's exception path: re-raise unless
// __exit__ returned true (compiler_with_except_finish).
func (c *compiler) withExceptFinish(cleanup label) {
	suppress, exit := c.newLabel(), c.newLabel()
	c.emit(bytecode.TO_BOOL, 0)
	c.jump(bytecode.POP_JUMP_IF_TRUE, suppress, noLoc)
	c.emit(bytecode.RERAISE, 2)
	c.place(suppress)
	c.emit(bytecode.POP_TOP, 0) // exc_value
	c.emit(bytecode.POP_BLOCK, 0)
	c.emit(bytecode.POP_EXCEPT, 0)
	c.emit(bytecode.POP_TOP, 0)
	c.emit(bytecode.POP_TOP, 0)
	c.jump(bytecode.JUMP_NO_INTERRUPT, exit, noLoc)
	c.place(cleanup)
	c.popExceptAndReraise(noLoc)
	c.place(exit)
}

func (c *compiler) popExceptAndReraise(loc bytecode.Position) {
	c.emitLoc(bytecode.COPY, 3, loc)
	c.emitLoc(bytecode.POP_EXCEPT, 0, loc)
	c.emitLoc(bytecode.RERAISE, 1, loc)
}

// tryFinally compiles try/finally, with or without handlers (compiler_try_finally).
// The finally body is compiled twice: once for the normal exit, once for the
// exception path.
func (c *compiler) tryFinally(x *ast.Try, star bool) {
	loc := posOf(x)
	body, end, exit, cleanup := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.jump(bytecode.SETUP_FINALLY, end, loc)
	c.place(body)
	c.push(fblock{kind: finallyTry, start: body, exit: end, finalbody: x.Finalbody})
	if len(x.Handlers) > 0 && star {
		c.tryStarExcept(x)
	} else if len(x.Handlers) > 0 {
		c.tryExcept(x)
	} else {
		c.body(x.Body)
	}
	c.emit(bytecode.POP_BLOCK, 0)
	c.pop()
	c.body(x.Finalbody)
	c.jump(bytecode.JUMP_NO_INTERRUPT, exit, noLoc)
	c.place(end)
	c.jump(bytecode.SETUP_CLEANUP, cleanup, noLoc)
	c.emit(bytecode.PUSH_EXC_INFO, 0)
	c.push(fblock{kind: finallyEnd, start: end})
	c.body(x.Finalbody)
	c.pop()
	c.emit(bytecode.RERAISE, 0)
	c.place(cleanup)
	c.popExceptAndReraise(noLoc)
	c.place(exit)
}

// asyncFor compiles async for (compiler_async_for): __anext__ is awaited inside a
// SETUP_FINALLY whose handler, END_ASYNC_FOR, ends the loop on StopAsyncIteration.
func (c *compiler) asyncFor(s *ast.AsyncFor) {
	loc := posOf(s)
	if !c.u.async {
		c.syntaxError(&s.Pos, "'async for' outside async function")
	}
	start, except, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.emitLoc(bytecode.GET_AITER, 0, posOf(s.Iter))
	c.place(start)
	c.push(fblock{kind: forLoop, start: start, exit: end})
	c.jump(bytecode.SETUP_FINALLY, except, loc)
	c.emitLoc(bytecode.GET_ANEXT, 0, loc)
	c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.None), loc)
	c.yieldFrom(loc, true)
	c.emitLoc(bytecode.POP_BLOCK, 0, loc)
	c.store(s.Target)
	c.body(s.Body)
	c.jump(bytecode.JUMP, start, noLoc)
	c.pop()
	c.place(except)
	c.emitLoc(bytecode.END_ASYNC_FOR, 0, posOf(s.Iter))
	c.body(s.Orelse)
	c.place(end)
}

// awaitOnStack awaits the value on the stack: GET_AWAITABLE where, then yield from.
func (c *compiler) awaitOnStack(where int, loc bytecode.Position) {
	c.emitLoc(bytecode.GET_AWAITABLE, where, loc)
	c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.None), loc)
	c.yieldFrom(loc, true)
}

// tryStarExcept compiles try/except* (compiler_try_star_except): each handler takes
// its part of the exception group with CHECK_EG_MATCH; what the handlers raise or
// leave unhandled is collected in a list and re-raised together at the end.
func (c *compiler) tryStarExcept(x *ast.Try) {
	loc := posOf(x)
	body, except, orelse, end, cleanup, reraiseStar := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.jump(bytecode.SETUP_FINALLY, except, loc)
	c.place(body)
	c.push(fblock{kind: tryExceptBlock})
	c.body(x.Body)
	c.pop()
	c.emit(bytecode.POP_BLOCK, 0)
	c.jump(bytecode.JUMP, orelse, noLoc)
	c.place(except)
	c.jump(bytecode.SETUP_CLEANUP, cleanup, noLoc)
	c.emit(bytecode.PUSH_EXC_INFO, 0)
	c.push(fblock{kind: exceptionGroupHandler})
	n := len(x.Handlers)
	for i, h := range x.Handlers {
		hloc := posOf(h)
		next, exceptWithError, noMatch := c.newLabel(), c.newLabel(), c.newLabel()
		if i == 0 {
			// [orig] -> [orig, [], exc]: a list for what the handlers raise, and a copy
			c.emitLoc(bytecode.BUILD_LIST, 0, hloc)
			c.emitLoc(bytecode.COPY, 2, hloc)
		}
		if h.Type != nil {
			c.expr(h.Type)
			c.emitLoc(bytecode.CHECK_EG_MATCH, 0, hloc)
			c.emitLoc(bytecode.COPY, 1, hloc)
			c.jump(bytecode.POP_JUMP_IF_NONE, noMatch, hloc)
		}
		cleanupEnd, cleanupBody := c.newLabel(), c.newLabel()
		if h.Name != "" {
			c.nameOp(h.Name, ast.Store, hloc)
		} else {
			c.emitLoc(bytecode.POP_TOP, 0, hloc)
		}
		c.jump(bytecode.SETUP_CLEANUP, cleanupEnd, hloc)
		c.place(cleanupBody)
		c.push(fblock{kind: handlerCleanupBlock, name: h.Name})
		c.body(h.Body)
		c.pop()
		c.emit(bytecode.POP_BLOCK, 0)
		if h.Name != "" {
			c.emit(bytecode.LOAD_CONST, c.addConst(constant.None))
			c.nameOp(h.Name, ast.Store, noLoc)
			c.nameOp(h.Name, ast.Del, noLoc)
		}
		c.jump(bytecode.JUMP, next, noLoc)
		c.place(cleanupEnd)
		if h.Name != "" {
			c.emit(bytecode.LOAD_CONST, c.addConst(constant.None))
			c.nameOp(h.Name, ast.Store, noLoc)
			c.nameOp(h.Name, ast.Del, noLoc)
		}
		c.emit(bytecode.LIST_APPEND, 3) // the exception raised
		c.emit(bytecode.POP_TOP, 0)     // lasti
		c.jump(bytecode.JUMP, exceptWithError, noLoc)
		c.place(next)
		c.emit(bytecode.NOP, 0) // holds a propagated location
		c.jump(bytecode.JUMP, exceptWithError, noLoc)
		c.place(noMatch)
		c.emitLoc(bytecode.POP_TOP, 0, hloc) // the match (None)
		c.place(exceptWithError)
		if i == n-1 {
			// add the unhandled rest of the group to the list
			c.emit(bytecode.LIST_APPEND, 1)
			c.jump(bytecode.JUMP, reraiseStar, noLoc)
		}
	}
	c.pop()
	reraise := c.newLabel()
	c.place(reraiseStar)
	c.emit(bytecode.CALL_INTRINSIC_2, 1) // INTRINSIC_PREP_RERAISE_STAR
	c.emit(bytecode.COPY, 1)
	c.jump(bytecode.POP_JUMP_IF_NOT_NONE, reraise, noLoc)
	// nothing to re-raise
	c.emit(bytecode.POP_TOP, 0)
	c.emit(bytecode.POP_BLOCK, 0)
	c.emit(bytecode.POP_EXCEPT, 0)
	c.jump(bytecode.JUMP_NO_INTERRUPT, end, noLoc)
	c.place(reraise)
	c.emit(bytecode.POP_BLOCK, 0)
	c.emit(bytecode.SWAP, 2)
	c.emit(bytecode.POP_EXCEPT, 0)
	c.emit(bytecode.RERAISE, 0)
	c.place(cleanup)
	c.popExceptAndReraise(noLoc)
	c.place(orelse)
	c.body(x.Orelse)
	c.place(end)
}
