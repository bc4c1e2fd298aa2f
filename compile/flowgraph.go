package compile

import (
	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/constant"
)

// This file turns a unit's instruction list into basic blocks and applies the
// optimisations of CPython's flowgraph.c that the supported subset needs, in
// CPython's order, then linearises the blocks again.

type block struct {
	instrs  []instr
	next    *block // fall-through order
	target  *block // for the final jump, resolved from its label
	preds   int
	label   label
	isLabel bool // something jumps here (CPython's IS_LABEL(b_label))
	visited bool
	// index in the final order, for jump offsets
	offset int

	exceptHandler bool // the target of a SETUP_*: entered with the exception pushed
	preserveLasti bool // the target of SETUP_CLEANUP/SETUP_WITH
	startDepth    int  // stack depth on entry (for handlers: the exception table's depth)
	cold, warm    bool
}

func isJump(op int) bool {
	switch op {
	case bytecode.JUMP, bytecode.JUMP_NO_INTERRUPT, bytecode.JUMP_FORWARD, bytecode.JUMP_BACKWARD,
		bytecode.JUMP_BACKWARD_NO_INTERRUPT, bytecode.POP_JUMP_IF_FALSE, bytecode.POP_JUMP_IF_TRUE,
		bytecode.POP_JUMP_IF_NONE, bytecode.POP_JUMP_IF_NOT_NONE, bytecode.FOR_ITER, bytecode.SEND:
		return true
	}
	return false
}

func isUnconditionalJump(op int) bool {
	switch op {
	case bytecode.JUMP, bytecode.JUMP_NO_INTERRUPT, bytecode.JUMP_FORWARD, bytecode.JUMP_BACKWARD, bytecode.JUMP_BACKWARD_NO_INTERRUPT:
		return true
	}
	return false
}

func isBlockPush(op int) bool {
	return op == bytecode.SETUP_FINALLY || op == bytecode.SETUP_CLEANUP || op == bytecode.SETUP_WITH
}

func isScopeExit(op int) bool {
	return op == bytecode.RETURN_VALUE || op == bytecode.RETURN_CONST || op == bytecode.RAISE_VARARGS || op == bytecode.RERAISE
}

func (b *block) last() *instr {
	if len(b.instrs) == 0 {
		return nil
	}
	return &b.instrs[len(b.instrs)-1]
}

// noFallthrough reports whether control never continues to b.next.
func (b *block) noFallthrough() bool {
	l := b.last()
	return l != nil && (isUnconditionalJump(l.op) || isScopeExit(l.op))
}

// buildBlocks splits the instruction list at labels and after jumps and exits.
func buildBlocks(u *unit) *block {
	// Only labels something jumps to start a block, as in CPython, where a label
	// nothing targets leaves the instructions around it in one block.
	used := map[label]bool{}
	for _, in := range u.code {
		if in.target != 0 {
			used[in.target] = true
		}
	}
	atIndex := map[int][]label{}
	for l, idx := range u.labels {
		if idx >= 0 && used[label(l)] {
			atIndex[idx] = append(atIndex[idx], label(l))
		}
	}
	byLabel := map[label]*block{}
	entry := &block{}
	cur := entry
	// A block's instructions are a window of u.code (capped, so that appending to
	// one block never writes into the next).
	start := 0
	startNew := func(at int) {
		cur.instrs = u.code[start:at:at]
		start = at
		nb := &block{}
		cur.next = nb
		cur = nb
	}
	for i := 0; i <= len(u.code); i++ {
		if ls, ok := atIndex[i]; ok {
			if i > start {
				startNew(i)
			}
			for _, l := range ls {
				byLabel[l] = cur
			}
			cur.isLabel = true
		}
		if i == len(u.code) {
			break
		}
		if op := u.code[i].op; isJump(op) || isScopeExit(op) {
			startNew(i + 1)
		}
	}
	cur.instrs = u.code[start:len(u.code):len(u.code)]
	for b := entry; b != nil; b = b.next {
		if l := b.last(); l != nil && isJump(l.op) {
			b.target = byLabel[l.target]
		}
		for i := range b.instrs {
			if isBlockPush(b.instrs[i].op) {
				h := byLabel[b.instrs[i].target]
				b.instrs[i].setup = h
				h.exceptHandler = true
			}
		}
	}
	labelExceptionTargets(entry)
	return entry
}

// labelExceptionTargets records, for every instruction, the handler in force, by
// walking the blocks with a stack of SETUP_* handlers (label_exception_targets);
// POP_BLOCK pops the stack and becomes a NOP.
func labelExceptionTargets(entry *block) {
	type item struct {
		b     *block
		stack []*block
	}
	visited := map[*block]bool{entry: true}
	todo := []item{{entry, nil}}
	for len(todo) > 0 {
		it := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		b, stack := it.b, it.stack
		top := func() *block {
			if len(stack) == 0 {
				return nil
			}
			return stack[len(stack)-1]
		}
		lastYieldDepth := -1
		for i := range b.instrs {
			in := &b.instrs[i]
			switch {
			case in.op == bytecode.YIELD_VALUE:
				in.handler = top()
				lastYieldDepth = len(stack)
			case in.op == bytecode.RESUME:
				in.handler = top()
				if in.arg != 0 {
					// RESUME_OPARG_DEPTH1_MASK: the yield ran with one handler pushed
					if lastYieldDepth == 1 {
						in.arg |= 4
					}
					lastYieldDepth = -1
				}
			case isBlockPush(in.op):
				if !visited[in.setup] {
					visited[in.setup] = true
					todo = append(todo, item{in.setup, append([]*block(nil), stack...)})
				}
				if in.op != bytecode.SETUP_FINALLY {
					in.setup.preserveLasti = true
				}
				stack = append(append([]*block(nil), stack...), in.setup)
			case in.op == bytecode.POP_BLOCK:
				if len(stack) > 0 {
					stack = stack[:len(stack)-1]
				}
				in.op, in.arg = bytecode.NOP, 0
			default:
				in.handler = top()
				if isJump(in.op) && b.target != nil && !visited[b.target] {
					visited[b.target] = true
					todo = append(todo, item{b.target, append([]*block(nil), stack...)})
				}
			}
		}
		if !b.noFallthrough() && b.next != nil && !visited[b.next] {
			visited[b.next] = true
			todo = append(todo, item{b.next, stack})
		}
	}
}

// pushColdBlocksToEnd moves the blocks reachable only through exception handlers to
// the end of the code (push_cold_blocks_to_end).
func pushColdBlocksToEnd(entry *block) {
	if entry.next == nil {
		return
	}
	for b := entry; b != nil; b = b.next {
		b.cold, b.warm = false, false
	}
	// Warm: reachable from the entry without going through a handler.
	seen := map[*block]bool{entry: true}
	stack := []*block{entry}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		b.warm = true
		if b.next != nil && !b.noFallthrough() && !seen[b.next] {
			seen[b.next] = true
			stack = append(stack, b.next)
		}
		if l := b.last(); l != nil && isJump(l.op) && b.target != nil && !seen[b.target] {
			seen[b.target] = true
			stack = append(stack, b.target)
		}
	}
	seen = map[*block]bool{}
	for b := entry; b != nil; b = b.next {
		// (the handler of code removed as unreachable is empty: CPython has
		// eliminated the block by now)
		if b.exceptHandler && len(b.instrs) > 0 {
			seen[b] = true
			stack = append(stack, b)
		}
	}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		b.cold = true
		if n := b.next; n != nil && !b.noFallthrough() && !n.warm && !seen[n] {
			seen[n] = true
			stack = append(stack, n)
		}
		if l := b.last(); l != nil && isJump(l.op) && b.target != nil && !b.target.warm && !seen[b.target] {
			seen[b.target] = true
			stack = append(stack, b.target)
		}
	}
	// A cold block falling through into a warm one gets an explicit jump.
	for b := entry; b != nil; b = b.next {
		if b.cold && !b.noFallthrough() && b.next != nil && b.next.warm {
			j := &block{instrs: []instr{{op: bytecode.JUMP_NO_INTERRUPT, loc: noLoc}}, target: b.next, next: b.next, cold: true}
			b.next = j
		}
	}
	var coldHead, coldTail *block
	b := entry
	for b.next != nil {
		for b.next != nil && !b.next.cold {
			b = b.next
		}
		if b.next == nil {
			break
		}
		start := b.next
		end := start
		for end.next != nil && end.next.cold {
			end = end.next
		}
		if coldHead == nil {
			coldHead = start
		} else {
			coldTail.next = start
		}
		coldTail = end
		b.next = end.next
		end.next = nil
	}
	b.next = coldHead
	if coldHead != nil {
		removeNops(entry)
		removeRedundantJumps(entry)
		removeNops(entry)
	}
}

// optimize runs the flowgraph passes on a unit's blocks.
var debugCFG func(*block)

func (c *compiler) optimize(entry *block) {
	// As CPython 3.13's optimize_cfg: exits are inlined and line numbers resolved
	// before the peephole rules run, so that folded instructions keep good locations.
	inlineSmallExitBlocks(entry)
	removeUnreachable(entry)
	resolveLines(entry)
	for b := entry; b != nil; b = b.next {
		c.optimizeBlock(b)
	}
	if debugCFG != nil {
		debugCFG(entry)
	}
	removeNopsAndPairs(entry)
	removeUnreachable(entry)
	removeRedundantJumps(entry)
	removeNops(entry)
}

// removeNopsAndPairs removes redundant NOPs and the pairs LOAD_CONST/POP_TOP and
// COPY 1/POP_TOP that do nothing, until none is left (remove_redundant_nops_and_pairs).
// A pair is only seen in straight-line code: a jump target forgets the instruction
// before it.
func removeNopsAndPairs(entry *block) {
	for done := false; !done; {
		done = true
		removeNops(entry)
		var prev *instr
		for b := entry; b != nil; b = b.next {
			if b.isLabel {
				prev = nil
			}
			for i := range b.instrs {
				in := &b.instrs[i]
				if in.op == bytecode.POP_TOP && prev != nil &&
					(prev.op == bytecode.LOAD_CONST || prev.op == bytecode.COPY && prev.arg == 1) {
					prev.op, prev.arg = bytecode.NOP, 0
					in.op, in.arg = bytecode.NOP, 0
					done = false
				}
				prev = in
			}
			if l := b.last(); l != nil && isJump(l.op) || b.noFallthrough() {
				prev = nil
			}
		}
	}
}

// optimizeBlock applies CPython's peephole rules within one block.
func (c *compiler) optimizeBlock(b *block) {
	ins := b.instrs
	// A COPY 1 of a constant is treated as that constant (is_copy_of_load_const), so
	// that `0 or x` folds as `0` alone would.
	constOp, constArg := 0, 0
	for i := range ins {
		in := &ins[i]
		var next *instr
		if i+1 < len(ins) {
			next = &ins[i+1]
		}
		if !(constOp == bytecode.LOAD_CONST && in.op == bytecode.COPY && in.arg == 1) {
			constOp, constArg = in.op, in.arg
		}
		if constOp == bytecode.LOAD_CONST && next != nil {
			k := c.u.consts[constArg]
			switch next.op {
			case bytecode.POP_JUMP_IF_FALSE, bytecode.POP_JUMP_IF_TRUE:
				// A constant condition: the jump becomes unconditional or disappears.
				if truth, ok := constTruth(k); ok {
					in.op, in.arg = bytecode.NOP, 0
					if truth == (next.op == bytecode.POP_JUMP_IF_TRUE) {
						next.op = bytecode.JUMP
					} else {
						next.op, next.arg = bytecode.NOP, 0
						b.target = nil
					}
				}
				continue
			case bytecode.TO_BOOL:
				if truth, ok := constTruth(k); ok {
					in.op, in.arg = bytecode.NOP, 0
					next.op, next.arg = bytecode.LOAD_CONST, c.addConst(constant.Bool(truth))
				}
				continue
			case bytecode.RETURN_VALUE:
				if in.op == bytecode.LOAD_CONST {
					// The LOAD_CONST becomes the RETURN_CONST, keeping its location.
					in.op = bytecode.RETURN_CONST
					next.op = bytecode.NOP
				} else {
					in.op, in.arg = bytecode.NOP, 0
					next.op, next.arg = bytecode.RETURN_CONST, constArg
				}
				continue
			}
		}
		switch in.op {
		case bytecode.BUILD_TUPLE:
			n := in.arg
			if next != nil && next.op == bytecode.UNPACK_SEQUENCE && next.arg == n && n >= 1 && n <= 3 {
				// a, b = b, a: no tuple, just a SWAP (none at all for one item)
				in.op, in.arg = bytecode.NOP, 0
				if n == 1 {
					next.op, next.arg = bytecode.NOP, 0
				} else {
					next.op = bytecode.SWAP
				}
				break
			}
			if i >= n {
				all := true
				for k := i - n; k < i; k++ {
					if ins[k].op != bytecode.LOAD_CONST {
						all = false
						break
					}
				}
				if all {
					t := make(constant.Tuple, n)
					for k := 0; k < n; k++ {
						t[k] = c.u.consts[ins[i-n+k].arg]
						ins[i-n+k].op = bytecode.NOP
					}
					in.op, in.arg = bytecode.LOAD_CONST, c.addConst(t)
				}
			}
		case bytecode.COMPARE_OP:
			// The comparison moves into the TO_BOOL's place, taking its location.
			if next != nil && next.op == bytecode.TO_BOOL {
				next.op, next.arg = bytecode.COMPARE_OP, in.arg|16
				in.op, in.arg = bytecode.NOP, 0
			}
		case bytecode.STORE_FAST:
			// A store immediately overwritten by a store to the same local on the same
			// line is dead: pop the value instead.
			if next != nil && next.op == bytecode.STORE_FAST && next.arg == in.arg && next.loc.Line == in.loc.Line {
				in.op, in.arg = bytecode.POP_TOP, 0
			}
		case bytecode.IS_OP, bytecode.CONTAINS_OP, bytecode.UNARY_NOT:
			if next != nil && next.op == bytecode.TO_BOOL {
				next.op, next.arg = in.op, in.arg
				in.op, in.arg = bytecode.NOP, 0
			} else if in.op == bytecode.UNARY_NOT && next != nil && next.op == bytecode.UNARY_NOT {
				// `not not x`: the two negations cancel.
				in.op, next.op = bytecode.NOP, bytecode.NOP
			}
		case bytecode.SWAP:
			if in.arg == 1 {
				in.op, in.arg = bytecode.NOP, 0
			}
		}
	}
	for i := 0; i < len(ins); i++ {
		if ins[i].op == bytecode.SWAP {
			i = swaptimize(ins, i)
			applyStaticSwaps(ins, i)
		}
	}
	// LOAD_CONST None; IS_OP; [TO_BOOL;] POP_JUMP_IF_x becomes POP_JUMP_IF_[NOT_]NONE.
	if n := len(ins); n >= 3 && (ins[n-1].op == bytecode.POP_JUMP_IF_TRUE || ins[n-1].op == bytecode.POP_JUMP_IF_FALSE) {
		k := n - 2
		if ins[k].op == bytecode.TO_BOOL {
			k--
		}
		lc := k - 1
		if lc >= 1 && ins[lc].op == bytecode.NOP {
			lc-- // the IS_OP moved over its TO_BOOL
		}
		if lc >= 0 && ins[k].op == bytecode.IS_OP && ins[lc].op == bytecode.LOAD_CONST {
			if _, isNone := c.u.consts[ins[lc].arg].(constant.NoneType); isNone {
				jumpIfTrue := ins[n-1].op == bytecode.POP_JUMP_IF_TRUE
				if ins[k].arg == 1 {
					jumpIfTrue = !jumpIfTrue
				}
				for j := lc; j < n-1; j++ {
					ins[j].op, ins[j].arg = bytecode.NOP, 0
				}
				if jumpIfTrue {
					ins[n-1].op = bytecode.POP_JUMP_IF_NONE
				} else {
					ins[n-1].op = bytecode.POP_JUMP_IF_NOT_NONE
				}
			}
		}
	}
	// Jump threading (CPython's jump_thread): a jump whose target starts with an
	// unconditional jump is replaced by a NOP and a jump straight to that jump's target.
	for steps := 0; steps < 100; steps++ {
		l := b.last()
		if l == nil || !isJump(l.op) || b.target == nil || l.op == bytecode.FOR_ITER || l.op == bytecode.SEND {
			break
		}
		t := firstReal(b.target)
		if t == nil || len(t.instrs) == 0 {
			break
		}
		j := t.instrs[0]
		if j.op != bytecode.JUMP && j.op != bytecode.JUMP_NO_INTERRUPT || t.target == nil || firstReal(t.target) == firstReal(b.target) {
			break
		}
		op := l.op
		if j.op == bytecode.JUMP_NO_INTERRUPT && op != bytecode.JUMP && op != bytecode.JUMP_NO_INTERRUPT {
			break // conditional jumps thread only through JUMP
		}
		if (op == bytecode.JUMP || op == bytecode.JUMP_NO_INTERRUPT) && j.op == bytecode.JUMP {
			op = bytecode.JUMP
		}
		l.op = bytecode.NOP
		b.instrs = append(b.instrs, instr{op: op, loc: j.loc})
		b.target = t.target
	}
}

// inlineSmallExitBlocks replaces an unconditional jump to a block of at most four
// instructions that ends the scope by a copy of that block.
func inlineSmallExitBlocks(entry *block) {
	for changed, rounds := true, 0; changed && rounds < 100; rounds++ {
		changed = false
		for b := entry; b != nil; b = b.next {
			l := b.last()
			if l == nil || !isUnconditionalJump(l.op) || b.target == nil || firstReal(b.target) == b {
				continue
			}
			t := firstReal(b.target)
			if t == nil || len(t.instrs) == 0 {
				continue
			}
			// Kaa's code generator sets LOAD_GLOBAL's NULL bit itself; CPython's
			// still has a PUSH_NULL after it here, which counts.
			size := len(t.instrs)
			for _, in := range t.instrs {
				if in.op == bytecode.LOAD_GLOBAL && in.arg&1 != 0 {
					size++
				}
			}
			smallExit := isScopeExit(t.last().op) && size <= 4
			noLineNoFallthrough := t.noFallthrough()
			for _, in := range t.instrs {
				if in.loc.Line >= 0 {
					noLineNoFallthrough = false
				}
			}
			if !smallExit && !noLineNoFallthrough {
				continue
			}
			removed := l.op
			l.op, l.arg = bytecode.NOP, 0
			b.instrs = append(b.instrs, t.instrs...)
			b.target = t.target
			if noLineNoFallthrough {
				if nl := b.last(); isUnconditionalJump(nl.op) && removed == bytecode.JUMP {
					// keep the eval breaker check
					nl.op = bytecode.JUMP
				}
			}
			t.preds--
			changed = true
		}
	}
}

func firstReal(b *block) *block {
	for b != nil && len(b.instrs) == 0 {
		b = b.next
	}
	return b
}

// removeNops drops NOPs that carry no line of their own, as remove_redundant_nops.
func removeNops(entry *block) {
	for b := entry; b != nil; b = b.next {
		prevLine := -1
		out := b.instrs[:0]
		for i, in := range b.instrs {
			line := in.loc.Line
			if in.op == bytecode.NOP {
				if line < 0 || line == prevLine {
					continue
				}
				if i+1 < len(b.instrs) {
					nl := b.instrs[i+1].loc.Line
					if nl == line {
						continue
					}
					if nl < 0 {
						b.instrs[i+1].loc = in.loc
						continue
					}
				} else if nb := firstReal(b.next); nb != nil {
					next := -1
					for _, ni := range nb.instrs {
						if ni.op == bytecode.NOP && ni.loc.Line < 0 {
							continue
						}
						next = ni.loc.Line
						break
					}
					if line == next {
						continue
					}
				}
			}
			prevLine = line
			out = append(out, in)
		}
		b.instrs = out
	}
}

func markReachable(entry *block) {
	for b := entry; b != nil; b = b.next {
		b.visited = false
		b.preds = 0
	}
	stack := []*block{entry}
	entry.preds = 1
	entry.visited = true
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		visit := func(s *block) {
			if s == nil {
				return
			}
			s.preds++
			if !s.visited {
				s.visited = true
				stack = append(stack, s)
			}
		}
		if !b.noFallthrough() {
			visit(b.next)
		}
		if l := b.last(); l != nil && isJump(l.op) {
			visit(b.target)
		}
		for _, in := range b.instrs {
			if isBlockPush(in.op) {
				visit(in.setup)
			}
		}
	}
}

func removeUnreachable(entry *block) {
	markReachable(entry)
	for b := entry; b != nil; b = b.next {
		if !b.visited {
			b.instrs = nil
		}
	}
}

// removeRedundantJumps drops unconditional jumps to the next block.
func removeRedundantJumps(entry *block) {
	for b := entry; b != nil; b = b.next {
		l := b.last()
		if l == nil || !isUnconditionalJump(l.op) {
			continue
		}
		if firstReal(b.next) == firstReal(b.target) {
			l.op, l.arg = bytecode.NOP, 0
		}
	}
}

// resolveLines gives instructions without a location the location of the one before
// them in their block, duplicating small exit blocks that have no line first.
// isExitOrEvalCheckWithoutLine: a block with no line number that leaves the scope
// or checks the eval breaker (is_exit_or_eval_check_without_lineno).
func isExitOrEvalCheckWithoutLine(b *block) bool {
	if len(b.instrs) == 0 {
		return false
	}
	exit := isScopeExit(b.last().op)
	for _, in := range b.instrs {
		if in.loc.Line >= 0 {
			return false
		}
		switch in.op {
		case bytecode.JUMP, bytecode.JUMP_BACKWARD, bytecode.CALL, bytecode.CALL_KW, bytecode.CALL_FUNCTION_EX:
			exit = true
		}
	}
	return exit
}

func resolveLines(entry *block) {
	markReachable(entry)
	// Copy exit blocks without a line number that are jump targets with several
	// predecessors (duplicate_exits_without_lineno); the copy follows the original and
	// takes the jump's location.
	for b := entry; b != nil; b = b.next {
		l := b.last()
		if l == nil || !isJump(l.op) || b.target == nil {
			continue
		}
		t := firstReal(b.target)
		if t == nil || !isExitOrEvalCheckWithoutLine(t) || t.preds < 2 {
			continue
		}
		cp := &block{instrs: append([]instr(nil), t.instrs...), next: t.next, target: t.target, preds: 1}
		cp.instrs[0].loc = l.loc
		b.target = cp
		t.preds--
		t.next = cp
	}
	for b := entry; b != nil; b = b.next {
		if len(b.instrs) > 0 && !b.noFallthrough() {
			if n := firstReal(b.next); n != nil && isExitOrEvalCheckWithoutLine(n) {
				n.instrs[0].loc = b.last().loc
			}
		}
	}
	// Propagate locations forward within blocks, and into a fall-through successor or
	// jump target that has this block as its only predecessor (propagate_line_numbers).
	markReachable(entry)
	for b := entry; b != nil; b = b.next {
		if len(b.instrs) == 0 {
			continue
		}
		prev := noLoc
		for i := range b.instrs {
			if b.instrs[i].loc.Line < 0 {
				if b.instrs[i].op != bytecode.RESUME {
					b.instrs[i].loc = prev
				}
			} else {
				prev = b.instrs[i].loc
			}
		}
		if !b.noFallthrough() {
			if n := firstReal(b.next); n != nil && n.preds == 1 && n.instrs[0].loc.Line < 0 {
				n.instrs[0].loc = prev
			}
		}
		if l := b.last(); isJump(l.op) && b.target != nil {
			if t := firstReal(b.target); t != nil && t.preds == 1 && t.instrs[0].loc.Line < 0 {
				t.instrs[0].loc = prev
			}
		}
	}
}

// superinstructions fuses LOAD_FAST pairs as insert_superinstructions does.
func superinstructions(entry *block) {
	for b := entry; b != nil; b = b.next {
		out := b.instrs[:0]
		for i := 0; i < len(b.instrs); i++ {
			in := b.instrs[i]
			if i+1 < len(b.instrs) {
				n := b.instrs[i+1]
				if in.loc.Line == n.loc.Line && in.arg < 16 && n.arg < 16 {
					var op int
					switch {
					case in.op == bytecode.LOAD_FAST && n.op == bytecode.LOAD_FAST:
						op = bytecode.LOAD_FAST_LOAD_FAST
					case in.op == bytecode.STORE_FAST && n.op == bytecode.LOAD_FAST:
						op = bytecode.STORE_FAST_LOAD_FAST
					case in.op == bytecode.STORE_FAST && n.op == bytecode.STORE_FAST:
						op = bytecode.STORE_FAST_STORE_FAST
					}
					if op != 0 {
						in.op, in.arg = op, in.arg<<4|n.arg
						out = append(out, in)
						i++
						continue
					}
				}
			}
			out = append(out, in)
		}
		b.instrs = out
	}
}

// normalizeJumps makes every conditional jump go forward, as CPython 3.12+ requires:
// a backward one is inverted to skip over a new unconditional backward jump.
func normalizeJumps(entry *block) {
	pos := map[*block]int{}
	i := 0
	for b := entry; b != nil; b = b.next {
		pos[b] = i
		i++
	}
	for b := entry; b != nil; b = b.next {
		l := b.last()
		if l == nil || b.target == nil {
			continue
		}
		var rev int
		switch l.op {
		case bytecode.POP_JUMP_IF_FALSE:
			rev = bytecode.POP_JUMP_IF_TRUE
		case bytecode.POP_JUMP_IF_TRUE:
			rev = bytecode.POP_JUMP_IF_FALSE
		case bytecode.POP_JUMP_IF_NONE:
			rev = bytecode.POP_JUMP_IF_NOT_NONE
		case bytecode.POP_JUMP_IF_NOT_NONE:
			rev = bytecode.POP_JUMP_IF_NONE
		default:
			continue
		}
		t := firstReal(b.target)
		if pos[t] > pos[b] {
			continue
		}
		back := &block{instrs: []instr{{op: bytecode.JUMP, loc: l.loc}}, target: b.target, next: b.next}
		l.op = rev
		b.target = b.next
		b.next = back
		b = back
	}
}

// constTruth is bool(v) for a constant.
func constTruth(v constant.Value) (bool, bool) {
	switch x := v.(type) {
	case constant.NoneType:
		return false, true
	case constant.Bool:
		return bool(x), true
	case constant.Int:
		return x.BigInt().Sign() != 0, true
	case constant.Float:
		return x != 0, true
	case constant.Complex:
		return x != 0, true
	case constant.FrozenSet:
		return len(x) > 0, true
	case constant.Str:
		return x != "", true
	case constant.Bytes:
		return x != "", true
	case constant.Tuple:
		return len(x) > 0, true
	case constant.EllipsisType:
		return true, true
	}
	return false, false
}

// addLoadChecks turns LOAD_FAST into LOAD_FAST_CHECK where the local may be unbound
// (add_checks_for_loads_of_uninitialized_variables): a data flow over the blocks for
// the first 64 locals, a per-block scan for the others.
func addLoadChecks(entry *block, nlocals, nparams int) {
	if nlocals == 0 {
		return
	}
	if nlocals > 64 {
		states := make([]int, nlocals-64)
		blocknum := 0
		for b := entry; b != nil; b = b.next {
			blocknum++
			for i := range b.instrs {
				in := &b.instrs[i]
				if in.arg < 64 {
					continue
				}
				switch in.op {
				case bytecode.DELETE_FAST:
					states[in.arg-64] = blocknum - 1
				case bytecode.STORE_FAST:
					states[in.arg-64] = blocknum
				case bytecode.LOAD_FAST:
					if states[in.arg-64] != blocknum {
						in.op = bytecode.LOAD_FAST_CHECK
					}
					states[in.arg-64] = blocknum
				}
			}
		}
		nlocals = 64
	}
	mask := map[*block]uint64{}
	onStack := map[*block]bool{}
	var stack []*block
	push := func(b *block, m uint64) {
		if b == nil {
			return
		}
		both := mask[b] | m
		if mask[b] != both {
			mask[b] = both
			if !onStack[b] {
				onStack[b] = true
				stack = append(stack, b)
			}
		}
	}
	var start uint64
	for i := nparams; i < nlocals; i++ {
		start |= 1 << i
	}
	scan := func(b *block) {
		unsafe := mask[b]
		for i := range b.instrs {
			in := &b.instrs[i]
			if in.handler != nil {
				push(in.handler, unsafe)
			}
			if in.arg >= 64 {
				continue
			}
			bit := uint64(1) << in.arg
			switch in.op {
			case bytecode.DELETE_FAST, bytecode.LOAD_FAST_AND_CLEAR, bytecode.STORE_FAST_MAYBE_NULL:
				unsafe |= bit
			case bytecode.STORE_FAST, bytecode.LOAD_FAST_CHECK:
				unsafe &^= bit
			case bytecode.LOAD_FAST:
				if unsafe&bit != 0 {
					in.op = bytecode.LOAD_FAST_CHECK
				}
				unsafe &^= bit
			}
		}
		if b.next != nil && !b.noFallthrough() {
			push(b.next, unsafe)
		}
		if l := b.last(); l != nil && isJump(l.op) && b.target != nil {
			push(b.target, unsafe)
		}
	}
	push(entry, start)
	for b := entry; b != nil; b = b.next {
		scan(b)
	}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		onStack[b] = false
		scan(b)
	}
}

// swaptimize replaces the run of SWAPs (and NOPs) starting at i with the shortest
// equivalent sequence of SWAPs (CPython's swaptimize). It returns the index of the
// run's last instruction.
func swaptimize(ins []instr, i int) int {
	run := ins[i:]
	depth := run[0].arg
	n := 1
	more := false
	for ; n < len(run); n++ {
		if run[n].op == bytecode.SWAP {
			depth = max(depth, run[n].arg)
			more = true
		} else if run[n].op != bytecode.NOP {
			break
		}
	}
	if !more {
		return i
	}
	// Simulate the run on the stack 0..depth-1.
	stack := make([]int, depth)
	for k := range stack {
		stack[k] = k
	}
	for k := 0; k < n; k++ {
		if run[k].op == bytecode.SWAP {
			a := run[k].arg - 1
			stack[0], stack[a] = stack[a], stack[0]
		}
	}
	// Rebuild it from the end, one cycle at a time through position 0.
	const visited = -1
	cur := n - 1
	for k := 0; k < depth; k++ {
		if stack[k] == visited || stack[k] == k {
			continue
		}
		j := k
		for {
			if j != 0 {
				run[cur].op, run[cur].arg = bytecode.SWAP, j+1
				cur--
			}
			if stack[j] == visited {
				break
			}
			next := stack[j]
			stack[j] = visited
			j = next
		}
	}
	for ; cur >= 0; cur-- {
		run[cur].op, run[cur].arg = bytecode.NOP, 0
	}
	return i + n - 1
}

// swappable instructions only consume the top of the stack, cannot jump, raise or
// run arbitrary code.
func swappable(op int) bool {
	return op == bytecode.STORE_FAST || op == bytecode.STORE_FAST_MAYBE_NULL || op == bytecode.POP_TOP
}

func storesTo(in instr) int {
	if in.op == bytecode.STORE_FAST || in.op == bytecode.STORE_FAST_MAYBE_NULL {
		return in.arg
	}
	return -1
}

// nextSwappable finds the next swappable instruction after i, skipping NOPs; with
// line >= 0 it must be on that line.
func nextSwappable(ins []instr, i, line int) int {
	for i++; i < len(ins); i++ {
		if line >= 0 && ins[i].loc.Line != line {
			return -1
		}
		if ins[i].op == bytecode.NOP {
			continue
		}
		if swappable(ins[i].op) {
			return i
		}
		return -1
	}
	return -1
}

// applyStaticSwaps swaps instructions instead of stack items where it can: SWAP 2,
// POP_TOP, STORE_FAST x becomes NOP, STORE_FAST x, POP_TOP (apply_static_swaps).
func applyStaticSwaps(ins []instr, i int) {
	for ; i >= 0; i-- {
		swap := &ins[i]
		if swap.op != bytecode.SWAP {
			if swap.op == bytecode.NOP || swappable(swap.op) {
				continue
			}
			return
		}
		j := nextSwappable(ins, i, -1)
		if j < 0 {
			return
		}
		k := j
		line := ins[j].loc.Line
		for count := swap.arg - 1; count > 0; count-- {
			if k = nextSwappable(ins, k, line); k < 0 {
				return
			}
		}
		sj, sk := storesTo(ins[j]), storesTo(ins[k])
		if sj >= 0 || sk >= 0 {
			if sj == sk {
				return
			}
			for m := j + 1; m < k; m++ {
				if s := storesTo(ins[m]); s >= 0 && (s == sj || s == sk) {
					return
				}
			}
		}
		swap.op, swap.arg = bytecode.NOP, 0
		ins[j], ins[k] = ins[k], ins[j]
	}
}
