package compile

import (
	"fmt"
	"sort"

	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/constant"
)

// finish runs the flowgraph passes on the current unit and assembles its code object.
func (c *compiler) finish() *bytecode.Code {
	u := c.u
	entry := buildBlocks(u)
	c.optimize(entry)
	c.removeUnusedConsts(entry)
	nparams := u.argCount + u.kwOnly
	if u.scope.Varargs {
		nparams++
	}
	if u.scope.Varkeywords {
		nparams++
	}
	if u.scope.functionLike() {
		addLoadChecks(entry, len(u.varnames), nparams)
	}
	superinstructions(entry)
	pushColdBlocksToEnd(entry)
	resolveLines(entry)
	// CPython never emits a co_stacksize of 0 (a body that only raises or loops).
	stackSize := max(stackDepth(entry), 1)
	// convert_pseudo_ops: SETUP_* become NOPs, then redundant NOPs and jumps go.
	for b := entry; b != nil; b = b.next {
		for i := range b.instrs {
			if isBlockPush(b.instrs[i].op) {
				b.instrs[i].op, b.instrs[i].arg = bytecode.NOP, 0
			}
		}
	}
	removeNops(entry)
	removeRedundantJumps(entry)
	removeNops(entry)
	normalizeJumps(entry)
	names, kinds := c.prepareLocalsplus(entry)
	// Linearise.
	var order []*block
	for b := entry; b != nil; b = b.next {
		if len(b.instrs) > 0 {
			order = append(order, b)
		}
	}
	// Convert pseudo jumps and compute offsets until they are stable (EXTENDED_ARG).
	sizes := func(in instr) int {
		n := 1 + bytecode.CacheEntries(byte(realOp(in.op)))
		for a := in.arg; a > 0xff; a >>= 8 {
			n++
		}
		return n
	}
	// As CPython's resolve_unconditional_jumps and resolve_jump_offsets: a pseudo
	// jump's direction is decided first, from instruction indices, and a jump's
	// argument starts out as its target's index, so that the first size estimate
	// counts the real opcode's cache entries and an EXTENDED_ARG wherever the
	// index exceeds 255. Where two layouts are both consistent (a backward jump
	// of 255 units without the prefix, or 256 with it) this picks CPython's.
	index := map[*block]int{}
	n := 0
	for _, b := range order {
		index[b] = n
		n += len(b.instrs)
	}
	for _, b := range order {
		last := len(b.instrs) - 1
		if b.target == nil || !isJump(b.instrs[last].op) {
			continue
		}
		in := &b.instrs[last]
		in.arg = index[firstReal(b.target)]
		forward := in.arg > index[b]+last
		switch {
		case in.op == bytecode.JUMP && forward, in.op == bytecode.JUMP_NO_INTERRUPT && forward:
			in.op = bytecode.JUMP_FORWARD
		case in.op == bytecode.JUMP:
			in.op = bytecode.JUMP_BACKWARD
		case in.op == bytecode.JUMP_NO_INTERRUPT:
			in.op = bytecode.JUMP_BACKWARD_NO_INTERRUPT
		}
	}
	for iter := 0; iter < 10; iter++ {
		off := 0
		for _, b := range order {
			b.offset = off
			for _, in := range b.instrs {
				off += sizes(in)
			}
		}
		changed := false
		off = 0
		for _, b := range order {
			for i := range b.instrs {
				in := &b.instrs[i]
				sz := sizes(*in)
				if isJump(in.op) && b.target != nil && i == len(b.instrs)-1 {
					t := firstReal(b.target)
					end := off + sz // unit offset after this instruction incl. caches
					arg := t.offset - end
					if arg < 0 {
						arg = -arg
					}
					if arg != in.arg {
						in.arg = arg
						changed = true
					}
				}
				off += sz
			}
		}
		if !changed {
			break
		}
	}
	// Emit code, positions and the exception table.
	units := 0
	for _, b := range order {
		for _, in := range b.instrs {
			units += sizes(in)
		}
	}
	code := make([]byte, 0, 2*units)
	positions := make([]bytecode.Position, 0, units)
	var excs []bytecode.ExceptEntry
	var cur *block
	runStart := 0
	closeRun := func(at int) {
		if cur != nil && at > runStart {
			depth := firstReal(cur).startDepth - 1
			if cur.preserveLasti {
				depth--
			}
			excs = append(excs, bytecode.ExceptEntry{Start: runStart * 2, End: at * 2, Target: firstReal(cur).offset * 2,
				Depth: depth, Lasti: cur.preserveLasti})
		}
	}
	for _, b := range order {
		for _, in := range b.instrs {
			if in.handler != cur {
				closeRun(len(code) / 2)
				cur, runStart = in.handler, len(code)/2
			}
			op := realOp(in.op)
			if op == bytecode.NOP {
				in.arg = 0
			}
			var exts []int
			for a := in.arg >> 8; a > 0; a >>= 8 {
				exts = append([]int{a & 0xff}, exts...)
			}
			for _, e := range exts {
				code = append(code, bytecode.EXTENDED_ARG, byte(e))
				positions = append(positions, in.loc)
			}
			code = append(code, byte(op), byte(in.arg&0xff))
			positions = append(positions, in.loc)
			for k := 0; k < bytecode.CacheEntries(byte(op)); k++ {
				code = append(code, 0, 0)
				positions = append(positions, in.loc)
			}
		}
	}
	closeRun(len(code) / 2)
	flags := uint32(0)
	if c.table.future {
		flags |= bytecode.CO_FUTURE_ANNOTATIONS
	}
	if u.scope.functionLike() {
		flags |= bytecode.CO_OPTIMIZED | bytecode.CO_NEWLOCALS
		switch {
		case u.scope.Generator && u.scope.Coroutine:
			flags |= bytecode.CO_ASYNC_GENERATOR
		case u.scope.Generator:
			flags |= bytecode.CO_GENERATOR
		case u.scope.Coroutine:
			flags |= bytecode.CO_COROUTINE
		}
		if u.scope.Varargs {
			flags |= bytecode.CO_VARARGS
		}
		if u.scope.Varkeywords {
			flags |= bytecode.CO_VARKEYWORDS
		}
		if u.scope.Nested {
			flags |= bytecode.CO_NESTED
		}
	}
	consts := make([]any, len(u.consts))
	copy(consts, u.consts)
	return &bytecode.Code{
		ArgCount: u.argCount, PosOnlyArgCount: u.posOnly, KwOnlyArgCount: u.kwOnly,
		StackSize: stackSize, Flags: flags, Code: code, Consts: consts, Names: u.names,
		LocalsPlusNames: names, LocalsPlusKinds: kinds,
		Filename: c.filename, Name: u.name, QualName: u.qualname, FirstLineNo: u.firstLine,
		LineTable: bytecode.EncodeLocations(positions, u.firstLine), ExceptionTable: bytecode.EncodeExceptionTable(excs),
	}
}

// realOp maps the pseudo jumps left after assembly to real opcodes.
func realOp(op int) int {
	switch op {
	case bytecode.JUMP, bytecode.JUMP_NO_INTERRUPT:
		return bytecode.JUMP_FORWARD
	case bytecode.STORE_FAST_MAYBE_NULL:
		return bytecode.STORE_FAST
	}
	return op
}

// removeUnusedConsts drops constants no instruction loads (keeping index 0 of
// functions, the docstring slot) and renumbers LOAD_CONST/RETURN_CONST.
func (c *compiler) removeUnusedConsts(entry *block) {
	u := c.u
	used := make([]bool, len(u.consts))
	if len(used) > 0 {
		used[0] = true // the first constant may be a docstring: CPython always keeps it
	}
	for b := entry; b != nil; b = b.next {
		for _, in := range b.instrs {
			if in.op == bytecode.LOAD_CONST || in.op == bytecode.RETURN_CONST {
				used[in.arg] = true
			}
		}
	}
	remap := make([]int, len(u.consts))
	var kept []constant.Value
	for i, k := range u.consts {
		if used[i] {
			remap[i] = len(kept)
			kept = append(kept, k)
		}
	}
	u.consts = kept
	u.constIdx = nil
	for i, k := range kept {
		if key, ok := keyOf(k); ok {
			if u.constIdx == nil {
				u.constIdx = map[constKey]int{}
			}
			u.constIdx[key] = i
		}
	}
	for b := entry; b != nil; b = b.next {
		for i := range b.instrs {
			if op := b.instrs[i].op; op == bytecode.LOAD_CONST || op == bytecode.RETURN_CONST {
				b.instrs[i].arg = remap[b.instrs[i].arg]
			}
		}
	}
}

// stackEffect is the net stack change of the supported instructions (jump: the
// effect when the jump is taken).
func stackEffect(in instr, jump bool) int {
	arg := in.arg
	switch in.op {
	case bytecode.NOP, bytecode.RESUME, bytecode.UNARY_NEGATIVE, bytecode.UNARY_NOT, bytecode.UNARY_INVERT,
		bytecode.TO_BOOL, bytecode.CALL_INTRINSIC_1, bytecode.JUMP_FORWARD, bytecode.JUMP_BACKWARD,
		bytecode.JUMP_BACKWARD_NO_INTERRUPT, bytecode.JUMP, bytecode.JUMP_NO_INTERRUPT, bytecode.RETURN_CONST,
		bytecode.SWAP, bytecode.MAKE_CELL, bytecode.COPY_FREE_VARS, bytecode.DELETE_DEREF,
		bytecode.LOAD_FROM_DICT_OR_DEREF, bytecode.LOAD_FROM_DICT_OR_GLOBALS, bytecode.GET_ITER,
		bytecode.CHECK_EXC_MATCH, bytecode.CHECK_EG_MATCH, bytecode.CONVERT_VALUE, bytecode.FORMAT_SIMPLE,
		bytecode.SETUP_ANNOTATIONS, bytecode.STORE_FAST_LOAD_FAST, bytecode.DELETE_NAME, bytecode.DELETE_FAST,
		bytecode.DELETE_GLOBAL, bytecode.MAKE_FUNCTION, bytecode.GET_AITER, bytecode.GET_AWAITABLE,
		bytecode.GET_YIELD_FROM_ITER, bytecode.SEND, bytecode.YIELD_VALUE, bytecode.POP_BLOCK,
		bytecode.EXTENDED_ARG, bytecode.CACHE:
		return 0
	case bytecode.LOAD_CONST, bytecode.LOAD_NAME, bytecode.LOAD_FAST, bytecode.LOAD_FAST_CHECK,
		bytecode.LOAD_FAST_AND_CLEAR, bytecode.PUSH_NULL, bytecode.COPY, bytecode.FOR_ITER, bytecode.LOAD_DEREF,
		bytecode.LOAD_CLOSURE, bytecode.LOAD_LOCALS, bytecode.PUSH_EXC_INFO, bytecode.IMPORT_FROM,
		bytecode.LOAD_ASSERTION_ERROR, bytecode.LOAD_BUILD_CLASS, bytecode.BEFORE_WITH, bytecode.BEFORE_ASYNC_WITH,
		bytecode.WITH_EXCEPT_START, bytecode.GET_ANEXT, bytecode.GET_LEN, bytecode.MATCH_KEYS,
		bytecode.MATCH_MAPPING, bytecode.MATCH_SEQUENCE, bytecode.RETURN_GENERATOR, bytecode.LOAD_METHOD:
		return 1
	case bytecode.LOAD_FAST_LOAD_FAST:
		return 2
	case bytecode.STORE_NAME, bytecode.STORE_FAST, bytecode.STORE_FAST_MAYBE_NULL, bytecode.STORE_GLOBAL,
		bytecode.STORE_DEREF, bytecode.POP_TOP, bytecode.RETURN_VALUE, bytecode.BINARY_OP, bytecode.BINARY_SUBSCR,
		bytecode.COMPARE_OP, bytecode.IS_OP, bytecode.CONTAINS_OP, bytecode.POP_JUMP_IF_FALSE,
		bytecode.POP_JUMP_IF_TRUE, bytecode.POP_JUMP_IF_NONE, bytecode.POP_JUMP_IF_NOT_NONE, bytecode.POP_EXCEPT,
		bytecode.RERAISE, bytecode.IMPORT_NAME, bytecode.FORMAT_WITH_SPEC, bytecode.END_FOR, bytecode.DELETE_ATTR,
		bytecode.SET_FUNCTION_ATTRIBUTE, bytecode.LIST_APPEND, bytecode.SET_ADD, bytecode.LIST_EXTEND,
		bytecode.SET_UPDATE, bytecode.DICT_UPDATE, bytecode.DICT_MERGE, bytecode.CALL_INTRINSIC_2,
		bytecode.END_SEND, bytecode.CLEANUP_THROW, bytecode.LOAD_SUPER_METHOD, bytecode.LOAD_ZERO_SUPER_ATTR,
		bytecode.LOAD_ZERO_SUPER_METHOD, bytecode.EXIT_INIT_CHECK, bytecode.INTERPRETER_EXIT:
		return -1
	case bytecode.STORE_FAST_STORE_FAST, bytecode.BINARY_SLICE, bytecode.STORE_ATTR, bytecode.DELETE_SUBSCR,
		bytecode.MAP_ADD, bytecode.END_ASYNC_FOR, bytecode.MATCH_CLASS:
		return -2
	case bytecode.STORE_SUBSCR:
		return -3
	case bytecode.STORE_SLICE:
		return -4
	case bytecode.SETUP_FINALLY, bytecode.SETUP_WITH:
		if jump {
			return 1
		}
		return 0
	case bytecode.SETUP_CLEANUP:
		if jump {
			return 2
		}
		return 0
	case bytecode.RAISE_VARARGS:
		return -arg
	case bytecode.BUILD_SLICE:
		if arg == 3 {
			return -2
		}
		return -1
	case bytecode.BUILD_STRING, bytecode.BUILD_TUPLE, bytecode.BUILD_LIST, bytecode.BUILD_SET:
		return 1 - arg
	case bytecode.BUILD_MAP:
		return 1 - 2*arg
	case bytecode.BUILD_CONST_KEY_MAP:
		return -arg
	case bytecode.LOAD_GLOBAL:
		return 1 + arg&1
	case bytecode.LOAD_ATTR:
		return arg & 1
	case bytecode.LOAD_SUPER_ATTR:
		return -2 + arg&1
	case bytecode.UNPACK_SEQUENCE:
		return arg - 1
	case bytecode.UNPACK_EX:
		return arg&0xff + arg>>8
	case bytecode.CALL:
		return -1 - arg
	case bytecode.CALL_KW:
		return -2 - arg
	case bytecode.CALL_FUNCTION_EX:
		return -2 - arg&1
	}
	panic(fmt.Sprintf("kaa compiler: no stack effect for opcode %d", in.op))
}

// stackDepth computes co_stacksize by walking the blocks from the entry, and records
// each block's depth on entry (handlers: the depth their exception table entries use).
func stackDepth(entry *block) int {
	seen := map[*block]bool{}
	maxDepth := 0
	var stack []*block
	push := func(b *block, d int) {
		b = firstReal(b)
		if b == nil {
			return
		}
		if !seen[b] || d > b.startDepth {
			seen[b] = true
			b.startDepth = d
			stack = append(stack, b)
		}
	}
	push(entry, 0)
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		d := b.startDepth
		for i, in := range b.instrs {
			if isBlockPush(in.op) {
				extra := 1
				if in.op == bytecode.SETUP_CLEANUP {
					extra = 2
				}
				maxDepth = max(maxDepth, d+extra)
				push(in.setup, d+extra)
				continue
			}
			if isJump(in.op) && i == len(b.instrs)-1 && b.target != nil {
				push(b.target, d+stackEffect(in, true))
			}
			eff := stackEffect(in, false)
			// The deepest point inside the instruction: RETURN_CONST pushes its
			// constant before returning it.
			peak := d + max(eff, 0)
			if in.op == bytecode.RETURN_CONST {
				peak = d + 1
			}
			maxDepth = max(maxDepth, peak)
			d += eff
		}
		if !b.noFallthrough() && b.next != nil {
			push(b.next, d)
		}
	}
	return maxDepth
}

// prepareLocalsplus lays out co_localsplusnames (locals, then cells that are not
// arguments, then free variables), rewrites cell and free variable arguments to their
// final slots, converts LOAD_CLOSURE to LOAD_FAST and inserts the MAKE_CELL and
// COPY_FREE_VARS prefix (CPython's prepare_localsplus).
func (c *compiler) prepareLocalsplus(entry *block) ([]string, []byte) {
	u := c.u
	names := append([]string(nil), u.varnames...)
	kinds := make([]byte, len(names))
	for i := range kinds {
		kinds[i] = bytecode.CO_FAST_LOCAL
		if _, hidden := u.fastHidden[names[i]]; hidden {
			kinds[i] |= bytecode.CO_FAST_HIDDEN
		}
	}
	fixed := make([]int, len(u.cellvars)+len(u.freevars))
	for i, cell := range u.cellvars {
		if j, ok := u.varIdx[cell]; ok {
			fixed[i] = j
			kinds[j] |= bytecode.CO_FAST_CELL
			continue
		}
		fixed[i] = len(names)
		names = append(names, cell)
		kinds = append(kinds, bytecode.CO_FAST_CELL)
	}
	for i, fv := range u.freevars {
		fixed[len(u.cellvars)+i] = len(names)
		names = append(names, fv)
		kinds = append(kinds, bytecode.CO_FAST_FREE)
	}
	for b := entry; b != nil; b = b.next {
		for i := range b.instrs {
			in := &b.instrs[i]
			switch in.op {
			case bytecode.LOAD_DEREF, bytecode.STORE_DEREF, bytecode.DELETE_DEREF, bytecode.LOAD_FROM_DICT_OR_DEREF, bytecode.MAKE_CELL:
				in.arg = fixed[in.arg]
			case bytecode.LOAD_CLOSURE:
				in.op, in.arg = bytecode.LOAD_FAST, fixed[in.arg]
			}
		}
	}
	var prefix []instr
	if len(u.freevars) > 0 {
		prefix = append(prefix, instr{op: bytecode.COPY_FREE_VARS, arg: len(u.freevars), loc: noLoc})
	}
	// MAKE_CELL in slot order.
	slots := append([]int(nil), fixed[:len(u.cellvars)]...)
	sort.Ints(slots)
	for _, slot := range slots {
		prefix = append(prefix, instr{op: bytecode.MAKE_CELL, arg: slot, loc: noLoc})
	}
	if u.scope.functionLike() && (u.scope.Generator || u.scope.Coroutine) {
		prefix = append(prefix,
			instr{op: bytecode.RETURN_GENERATOR, loc: bytecode.Position{Line: u.firstLine, EndLine: u.firstLine, Col: -1, EndCol: -1}},
			instr{op: bytecode.POP_TOP, loc: bytecode.Position{Line: u.firstLine, EndLine: u.firstLine, Col: -1, EndCol: -1}})
	}
	if len(prefix) > 0 {
		e := firstReal(entry)
		e.instrs = append(prefix, e.instrs...)
	}
	return names, kinds
}
