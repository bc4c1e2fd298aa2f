package compile

import (
	"fmt"
	"math"
	"slices"

	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/syntax/ast"
)

// This file compiles the match statement (PEP 634) as CPython's compiler_match and
// compiler_pattern_* do. A pattern is matched against the subject on top of the
// stack; captured values stay on the stack (under whatever the pattern still needs)
// until the whole pattern has matched, then are stored. On failure, control jumps
// to one of a ladder of fail-pop labels that pops what has been pushed so far.

// patternContext is CPython's pattern_context.
type patternContext struct {
	stores           []string // names captured so far, their values on the stack
	allowIrrefutable bool     // an irrefutable pattern is allowed here
	failPop          []label  // failPop[n]: pop n items, then fail
	onTop            int      // items on top of the stack the pattern must keep
}

func isWildcard(p ast.Pattern) bool {
	a, ok := p.(*ast.MatchAs)
	return ok && a.Pattern == nil && a.Name == ""
}

func isStarWildcard(p ast.Pattern) bool {
	s, ok := p.(*ast.MatchStar)
	return ok && s.Name == ""
}

func (c *compiler) match(s *ast.Match) {
	c.expr(s.Subject)
	end := c.newLabel()
	cases := len(s.Cases)
	last := s.Cases[cases-1]
	hasDefault := 0
	if isWildcard(last.Pattern) && cases > 1 {
		hasDefault = 1
	}
	pc := &patternContext{}
	for i := 0; i < cases-hasDefault; i++ {
		m := s.Cases[i]
		ploc := posOf(m.Pattern)
		// Only copy the subject if this is not the last case.
		if i != cases-hasDefault-1 {
			c.emitLoc(bytecode.COPY, 1, ploc)
		}
		*pc = patternContext{allowIrrefutable: m.Guard != nil || i == cases-1}
		c.pattern(m.Pattern, pc)
		for _, name := range pc.stores {
			c.nameOp(name, ast.Store, ploc)
		}
		if m.Guard != nil {
			c.ensureFailPop(pc, 0)
			c.jumpIf(m.Guard, pc.failPop[0], false)
		}
		if i != cases-hasDefault-1 {
			c.emitLoc(bytecode.POP_TOP, 0, ploc)
		}
		c.body(m.Body)
		c.jump(bytecode.JUMP, end, noLoc)
		c.emitAndResetFailPop(pc, ploc)
	}
	if hasDefault == 1 {
		ploc := posOf(last.Pattern)
		if cases == 1 {
			c.emitLoc(bytecode.POP_TOP, 0, ploc)
		} else {
			c.emitLoc(bytecode.NOP, 0, ploc)
		}
		if last.Guard != nil {
			c.jumpIf(last.Guard, end, false)
		}
		c.body(last.Body)
	}
	c.place(end)
}

func (c *compiler) ensureFailPop(pc *patternContext, n int) {
	for len(pc.failPop) < n+1 {
		pc.failPop = append(pc.failPop, c.newLabel())
	}
}

// jumpToFailPop jumps with op to the fail-pop label that pops what is on top plus
// the captures so far.
func (c *compiler) jumpToFailPop(pc *patternContext, op int, loc bytecode.Position) {
	pops := pc.onTop + len(pc.stores)
	c.ensureFailPop(pc, pops)
	c.jump(op, pc.failPop[pops], loc)
}

// emitAndResetFailPop places the fail-pop ladder: each label pops one item and falls
// through to the next.
func (c *compiler) emitAndResetFailPop(pc *patternContext, loc bytecode.Position) {
	if len(pc.failPop) == 0 {
		return
	}
	for i := len(pc.failPop) - 1; i > 0; i-- {
		c.place(pc.failPop[i])
		c.emitLoc(bytecode.POP_TOP, 0, loc)
	}
	c.place(pc.failPop[0])
	pc.failPop = nil
}

// rotate moves the top of the stack count-1 places down, with SWAPs.
func (c *compiler) rotate(count int, loc bytecode.Position) {
	for ; count > 1; count-- {
		c.emitLoc(bytecode.SWAP, count, loc)
	}
}

func (c *compiler) patternStoreName(name string, pc *patternContext, p *ast.Pos, loc bytecode.Position) {
	if name == "" {
		c.emitLoc(bytecode.POP_TOP, 0, loc)
		return
	}
	c.forbiddenName(name, p)
	if slices.Contains(pc.stores, name) {
		c.syntaxError(p, fmt.Sprintf("multiple assignments to name %s in pattern", constant.StrRepr(name)))
	}
	c.rotate(pc.onTop+len(pc.stores)+1, loc)
	pc.stores = append(pc.stores, name)
}

// forbiddenName rejects storing to __debug__.
func (c *compiler) forbiddenName(name string, p *ast.Pos) {
	if name == "__debug__" {
		c.syntaxError(p, "cannot assign to __debug__")
	}
}

func (c *compiler) subpattern(p ast.Pattern, pc *patternContext) {
	allow := pc.allowIrrefutable
	pc.allowIrrefutable = true
	c.pattern(p, pc)
	pc.allowIrrefutable = allow
}

func (c *compiler) pattern(p ast.Pattern, pc *patternContext) {
	loc := posOf(p)
	switch x := p.(type) {
	case *ast.MatchValue:
		switch x.Value.(type) {
		case *ast.Constant, *ast.Attribute:
		default:
			c.syntaxError(&x.Pos, "patterns may only match literals and attribute lookups")
		}
		c.expr(x.Value)
		c.compareOp(ast.Eq, loc)
		c.emitLoc(bytecode.TO_BOOL, 0, loc)
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE, loc)
	case *ast.MatchSingleton:
		c.emitLoc(bytecode.LOAD_CONST, c.addConst(x.Value), loc)
		c.compareOp(ast.Is, loc)
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE, loc)
	case *ast.MatchSequence:
		c.patternSequence(x, pc, loc)
	case *ast.MatchMapping:
		c.patternMapping(x, pc, loc)
	case *ast.MatchClass:
		c.patternClass(x, pc, loc)
	case *ast.MatchStar:
		c.patternStoreName(x.Name, pc, &x.Pos, loc)
	case *ast.MatchAs:
		if x.Pattern == nil {
			if !pc.allowIrrefutable {
				if x.Name != "" {
					c.syntaxError(&x.Pos, fmt.Sprintf("name capture %s makes remaining patterns unreachable", constant.StrRepr(x.Name)))
				}
				c.syntaxError(&x.Pos, "wildcard makes remaining patterns unreachable")
			}
			c.patternStoreName(x.Name, pc, &x.Pos, loc)
			return
		}
		pc.onTop++
		c.emitLoc(bytecode.COPY, 1, loc)
		c.pattern(x.Pattern, pc)
		pc.onTop--
		c.patternStoreName(x.Name, pc, &x.Pos, loc)
	case *ast.MatchOr:
		c.patternOr(x, pc, loc)
	}
}

func (c *compiler) patternSequence(x *ast.MatchSequence, pc *patternContext, loc bytecode.Position) {
	size := len(x.Patterns)
	star := -1
	onlyWildcard, starWildcard := true, false
	for i, p := range x.Patterns {
		if _, ok := p.(*ast.MatchStar); ok {
			if star >= 0 {
				c.syntaxError(&x.Pos, "multiple starred names in sequence pattern")
			}
			starWildcard = isStarWildcard(p)
			onlyWildcard = onlyWildcard && starWildcard
			star = i
			continue
		}
		onlyWildcard = onlyWildcard && isWildcard(p)
	}
	pc.onTop++
	c.emitLoc(bytecode.MATCH_SEQUENCE, 0, loc)
	c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE, loc)
	if star < 0 {
		c.emitLoc(bytecode.GET_LEN, 0, loc)
		c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.NewInt(int64(size))), loc)
		c.compareOp(ast.Eq, loc)
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE, loc)
	} else if size > 1 {
		c.emitLoc(bytecode.GET_LEN, 0, loc)
		c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.NewInt(int64(size-1))), loc)
		c.compareOp(ast.GtE, loc)
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE, loc)
	}
	pc.onTop--
	switch {
	case onlyWildcard:
		c.emitLoc(bytecode.POP_TOP, 0, loc)
	case starWildcard:
		// Subscript the items out instead of unpacking (pattern_helper_sequence_subscr).
		pc.onTop++
		for i, p := range x.Patterns {
			if isWildcard(p) || i == star {
				continue
			}
			c.emitLoc(bytecode.COPY, 1, loc)
			if i < star {
				c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.NewInt(int64(i))), loc)
			} else {
				c.emitLoc(bytecode.GET_LEN, 0, loc)
				c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.NewInt(int64(size-i))), loc)
				c.emitLoc(bytecode.BINARY_OP, binOp(ast.Sub), loc)
			}
			c.emitLoc(bytecode.BINARY_SUBSCR, 0, loc)
			c.subpattern(p, pc)
		}
		pc.onTop--
		c.emitLoc(bytecode.POP_TOP, 0, loc)
	default:
		seen := false
		for i, p := range x.Patterns {
			if _, ok := p.(*ast.MatchStar); ok && !seen {
				if i >= 1<<8 || size-i-1 >= math.MaxInt32>>8 {
					c.syntaxError(&x.Pos, "too many expressions in star-unpacking sequence pattern")
				}
				c.emitLoc(bytecode.UNPACK_EX, i+(size-i-1)<<8, loc)
				seen = true
			}
		}
		if !seen {
			c.emitLoc(bytecode.UNPACK_SEQUENCE, size, loc)
		}
		pc.onTop += size
		for _, p := range x.Patterns {
			pc.onTop--
			c.subpattern(p, pc)
		}
	}
}

func (c *compiler) patternMapping(x *ast.MatchMapping, pc *patternContext, loc bytecode.Position) {
	size := len(x.Keys)
	pc.onTop++
	c.emitLoc(bytecode.MATCH_MAPPING, 0, loc)
	c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE, loc)
	if size == 0 && x.Rest == "" {
		pc.onTop--
		c.emitLoc(bytecode.POP_TOP, 0, loc)
		return
	}
	if size > 0 {
		c.emitLoc(bytecode.GET_LEN, 0, loc)
		c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.NewInt(int64(size))), loc)
		c.compareOp(ast.GtE, loc)
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE, loc)
	}
	var seen []constant.Value
	for _, key := range x.Keys {
		switch k := key.(type) {
		case *ast.Constant:
			for _, s := range seen {
				if constEqual(s, k.Value) || numEqual(s, k.Value) {
					c.syntaxError(&x.Pos, fmt.Sprintf("mapping pattern checks duplicate key (%s)", constant.Repr(k.Value)))
				}
			}
			seen = append(seen, k.Value)
		case *ast.Attribute:
		default:
			c.syntaxError(&x.Pos, "mapping pattern keys may only match literals and attribute lookups")
		}
		c.expr(key)
	}
	c.emitLoc(bytecode.BUILD_TUPLE, size, loc)
	c.emitLoc(bytecode.MATCH_KEYS, 0, loc)
	pc.onTop += 2
	c.emitLoc(bytecode.COPY, 1, loc)
	c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.None), loc)
	c.emitLoc(bytecode.IS_OP, 1, loc)
	c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE, loc)
	c.emitLoc(bytecode.UNPACK_SEQUENCE, size, loc)
	pc.onTop += size - 1
	for _, p := range x.Patterns {
		pc.onTop--
		c.subpattern(p, pc)
	}
	pc.onTop -= 2
	if x.Rest != "" {
		// rest = dict(subject); del rest[key] for each key
		c.emitLoc(bytecode.BUILD_MAP, 0, loc)
		c.emitLoc(bytecode.SWAP, 3, loc)
		c.emitLoc(bytecode.DICT_UPDATE, 2, loc)
		c.emitLoc(bytecode.UNPACK_SEQUENCE, size, loc)
		for n := size; n > 0; n-- {
			c.emitLoc(bytecode.COPY, 1+n, loc)
			c.emitLoc(bytecode.SWAP, 2, loc)
			c.emitLoc(bytecode.DELETE_SUBSCR, 0, loc)
		}
		c.patternStoreName(x.Rest, pc, &x.Pos, loc)
	} else {
		c.emitLoc(bytecode.POP_TOP, 0, loc) // the tuple of keys
		c.emitLoc(bytecode.POP_TOP, 0, loc) // the subject
	}
}

// numEqual reports equal numbers of different types (1 == 1.0 == True), which
// collide as set members in CPython's duplicate-key check.
func numEqual(a, b constant.Value) bool {
	f := func(v constant.Value) (complex128, bool) {
		switch x := v.(type) {
		case constant.Bool:
			if x {
				return 1, true
			}
			return 0, true
		case constant.Int:
			if x.Big != nil {
				return 0, false
			}
			return complex(float64(x.Small), 0), true
		case constant.Float:
			return complex(float64(x), 0), true
		case constant.Complex:
			return complex128(x), true
		}
		return 0, false
	}
	x, ok1 := f(a)
	y, ok2 := f(b)
	return ok1 && ok2 && x == y
}

func (c *compiler) patternClass(x *ast.MatchClass, pc *patternContext, loc bytecode.Position) {
	nargs, nattrs := len(x.Patterns), len(x.KwdAttrs)
	for i, attr := range x.KwdAttrs {
		c.forbiddenName(attr, x.KwdPatterns[i].GetPos())
		for j := i + 1; j < nattrs; j++ {
			if x.KwdAttrs[j] == attr {
				c.syntaxError(x.KwdPatterns[j].GetPos(), "attribute name repeated in class pattern: "+attr)
			}
		}
	}
	c.expr(x.Cls)
	names := make(constant.Tuple, nattrs)
	for i, a := range x.KwdAttrs {
		names[i] = constant.Str(a)
	}
	c.emitLoc(bytecode.LOAD_CONST, c.addConst(names), loc)
	c.emitLoc(bytecode.MATCH_CLASS, nargs, loc)
	c.emitLoc(bytecode.COPY, 1, loc)
	c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.None), loc)
	c.emitLoc(bytecode.IS_OP, 1, loc)
	pc.onTop++
	c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE, loc)
	c.emitLoc(bytecode.UNPACK_SEQUENCE, nargs+nattrs, loc)
	pc.onTop += nargs + nattrs - 1
	for i := 0; i < nargs+nattrs; i++ {
		pc.onTop--
		var p ast.Pattern
		if i < nargs {
			p = x.Patterns[i]
		} else {
			p = x.KwdPatterns[i-nargs]
		}
		if isWildcard(p) {
			c.emitLoc(bytecode.POP_TOP, 0, loc)
			continue
		}
		c.subpattern(p, pc)
	}
}

func (c *compiler) patternOr(x *ast.MatchOr, pc *patternContext, loc bytecode.Position) {
	end := c.newLabel()
	old := *pc
	var control []string
	for i, alt := range x.Patterns {
		aloc := posOf(alt)
		pc.stores = nil
		pc.allowIrrefutable = i == len(x.Patterns)-1 && old.allowIrrefutable
		pc.failPop = nil
		pc.onTop = 0
		c.emitLoc(bytecode.COPY, 1, aloc)
		c.pattern(alt, pc)
		n := len(pc.stores)
		if i == 0 {
			control = pc.stores
		} else if n != len(control) {
			c.syntaxError(&x.Pos, "alternative patterns bind different names")
		} else if n > 0 {
			for ic := n - 1; ic >= 0; ic-- {
				is := slices.Index(pc.stores, control[ic])
				if is < 0 {
					c.syntaxError(&x.Pos, "alternative patterns bind different names")
				}
				if ic != is {
					// Reorder the captures on the stack to control's order.
					rotations := is + 1
					rotated := slices.Clone(pc.stores[:rotations])
					pc.stores = slices.Insert(slices.Clone(pc.stores[rotations:]), ic-is, rotated...)
					for ; rotations > 0; rotations-- {
						c.rotate(ic+1, aloc)
					}
				}
			}
		}
		c.jump(bytecode.JUMP, end, aloc)
		c.emitAndResetFailPop(pc, aloc)
	}
	*pc = old
	// No alternative matched: pop the remaining copy of the subject and fail.
	c.emitLoc(bytecode.POP_TOP, 0, loc)
	c.jumpToFailPop(pc, bytecode.JUMP, loc)
	c.place(end)
	nrots := len(control) + 1 + pc.onTop + len(pc.stores)
	for _, name := range control {
		c.rotate(nrots, loc)
		if slices.Contains(pc.stores, name) {
			c.syntaxError(&x.Pos, fmt.Sprintf("multiple assignments to name %s in pattern", constant.StrRepr(name)))
		}
		pc.stores = append(pc.stores, name)
	}
	c.emitLoc(bytecode.POP_TOP, 0, loc)
}
