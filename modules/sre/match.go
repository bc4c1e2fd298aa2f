package sre

import "github.com/kaa-python/kaa/py"

// match is SRE(match): whether the code at pc matches at st.ptr (1 or 0; st.ptr
// is then where the match ends). It backtracks on an explicit stack of frames,
// never on Go's: a frame's child is pushed, the loop goes on with it, and when it
// returns the parent resumes where its jump field says. toplevel frames honour
// matchAll (fullmatch) and mustAdv (no empty match where the last one ended).
func (st *state[C]) match(pc int, toplevel bool) (int, *py.Exception) {
	code := st.code
	s := st.s
	end := st.end
	base := st.sp
	if base == len(st.stack) {
		if err := st.grow(); err != nil {
			return 0, err
		}
	}
	st.stack[base].toplevel, st.stack[base].jump = toplevel, jumpNone
	st.sp = base + 1
	top := base
	var (
		ptr      int
		ret      int
		f        *frame
		op       uint32
		child    int
		childTop bool
		jv       uint8
		i        int
		rep      *repeat
		p, e     int
	)

entrance:
	f = &st.stack[top]
	ptr = st.ptr
	if code[pc] == opInfo {
		if code[pc+3] != 0 && end-ptr < int(code[pc+3]) {
			goto failure
		}
		pc += int(code[pc+1]) + 1
	}

dispatch:
	st.steps++
	if st.steps&checkEvery == 0 {
		if err := st.poll(); err != nil {
			st.sp = base
			return 0, err
		}
	}
	op = code[pc]
	pc++
	switch op {
	case opMark:
		i = int(code[pc])
		if i&1 != 0 {
			st.lastindex = i/2 + 1
		}
		if i > st.lastmark {
			for j := st.lastmark + 1; j < i; j++ {
				st.marks[j] = -1
			}
			st.lastmark = i
		}
		st.marks[i] = ptr
		pc++
		goto dispatch

	case opLiteral:
		if ptr >= end || uint32(s[ptr]) != code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opNotLiteral:
		if ptr >= end || uint32(s[ptr]) == code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opSuccess:
		if f.toplevel && (st.matchAll && ptr != end || st.mustAdv && ptr == st.start) {
			goto failure
		}
		st.ptr = ptr
		goto success

	case opAt:
		if !st.at(ptr, code[pc]) {
			goto failure
		}
		pc++
		goto dispatch

	case opCategory:
		if ptr >= end || !category(code[pc], uint32(s[ptr])) {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opAny:
		if ptr >= end || s[ptr] == '\n' {
			goto failure
		}
		ptr++
		goto dispatch

	case opAnyAll:
		if ptr >= end {
			goto failure
		}
		ptr++
		goto dispatch

	case opIn:
		if ptr >= end || !st.in(pc+1, uint32(s[ptr])) {
			goto failure
		}
		pc += int(code[pc])
		ptr++
		goto dispatch

	case opLiteralIgnore:
		if ptr >= end || lowerASCII32(uint32(s[ptr])) != code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opLiteralUniIgnore:
		if ptr >= end || lower32(uint32(s[ptr])) != code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opLiteralLocIgnore:
		if ptr >= end || !charLocIgnore(code[pc], uint32(s[ptr])) {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opNotLiteralIgnore:
		if ptr >= end || lowerASCII32(uint32(s[ptr])) == code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opNotLiteralUniIgnore:
		if ptr >= end || lower32(uint32(s[ptr])) == code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opNotLiteralLocIgnore:
		if ptr >= end || charLocIgnore(code[pc], uint32(s[ptr])) {
			goto failure
		}
		pc++
		ptr++
		goto dispatch

	case opInIgnore:
		if ptr >= end || !st.in(pc+1, lowerASCII32(uint32(s[ptr]))) {
			goto failure
		}
		pc += int(code[pc])
		ptr++
		goto dispatch

	case opInUniIgnore:
		if ptr >= end || !st.in(pc+1, lower32(uint32(s[ptr]))) {
			goto failure
		}
		pc += int(code[pc])
		ptr++
		goto dispatch

	case opInLocIgnore:
		if ptr >= end || !inSetLocIgnore(code, pc+1, uint32(s[ptr])) {
			goto failure
		}
		pc += int(code[pc])
		ptr++
		goto dispatch

	case opJump, opInfo:
		pc += int(code[pc])
		goto dispatch

	case opBranch:
		// <BRANCH> <0=skip> code <JUMP> ... <NULL>
		f.lastmark, f.lastindex = st.lastmark, st.lastindex
		if st.repeat >= 0 {
			if !st.markPush(f.lastmark) {
				goto nomem
			}
		}
		goto branchTry

	case opRepeatOne:
		// <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
		if int(code[pc+1]) > end-ptr {
			goto failure
		}
		st.ptr = ptr
		{
			n, err := st.count(pc+3, int(code[pc+2]))
			if err != nil {
				st.sp = base
				return 0, err
			}
			f = &st.stack[top]
			f.count = n
		}
		ptr += f.count
		if f.count < int(code[pc+1]) {
			goto failure
		}
		if code[pc+int(code[pc])] == opSuccess && ptr == end && !(f.toplevel && st.mustAdv && ptr == st.start) {
			st.ptr = ptr
			goto success
		}
		f.lastmark, f.lastindex = st.lastmark, st.lastindex
		if st.repeat >= 0 {
			if !st.markPush(f.lastmark) {
				goto nomem
			}
		}
		if code[pc+int(code[pc])] == opLiteral {
			f.chr = code[pc+int(code[pc])+1]
			goto repeatOne1Try
		}
		goto repeatOne2Try

	case opMinRepeatOne:
		// <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
		if int(code[pc+1]) > end-ptr {
			goto failure
		}
		st.ptr = ptr
		if code[pc+1] == 0 {
			f.count = 0
		} else {
			n, err := st.count(pc+3, int(code[pc+1]))
			if err != nil {
				st.sp = base
				return 0, err
			}
			f = &st.stack[top]
			if n < int(code[pc+1]) {
				goto failure
			}
			f.count = n
			ptr += n
		}
		if code[pc+int(code[pc])] == opSuccess && !(f.toplevel && (st.matchAll && ptr != end || st.mustAdv && ptr == st.start)) {
			st.ptr = ptr
			goto success
		}
		f.lastmark, f.lastindex = st.lastmark, st.lastindex
		if st.repeat >= 0 {
			if !st.markPush(f.lastmark) {
				goto nomem
			}
		}
		goto minRepeatOneTry

	case opPossessiveRepeatOne:
		if ptr+int(code[pc+1]) > end {
			goto failure
		}
		st.ptr = ptr
		{
			n, err := st.count(pc+3, int(code[pc+2]))
			if err != nil {
				st.sp = base
				return 0, err
			}
			f = &st.stack[top]
			f.count = n
		}
		ptr += f.count
		if f.count < int(code[pc+1]) {
			goto failure
		}
		pc += int(code[pc])
		if code[pc] == opSuccess && ptr == end && !(f.toplevel && st.mustAdv && ptr == st.start) {
			st.ptr = ptr
			goto success
		}
		goto dispatch

	case opRepeat:
		// <REPEAT> <skip> <1=min> <2=max> <3=repeat_index> item <UNTIL> tail
		f.rep = st.newRepeat()
		st.reps[f.rep] = repeat{count: -1, pc: pc, prev: st.repeat, lastPtr: -1}
		st.repeat = f.rep
		st.ptr = ptr
		child, childTop, jv = pc+int(code[pc]), f.toplevel, jumpRepeat
		goto call

	case opMaxUntil:
		// <REPEAT> <skip> <1=min> <2=max> item <MAX_UNTIL> tail
		if st.repeat < 0 {
			goto illegal
		}
		f.rep = st.repeat
		rep = &st.reps[f.rep]
		st.ptr = ptr
		f.count = rep.count + 1
		if f.count < int(code[rep.pc+1]) {
			rep.count = f.count
			child, childTop, jv = rep.pc+3, f.toplevel, jumpMaxUntil1
			goto call
		}
		if (f.count < int(code[rep.pc+2]) || code[rep.pc+2] == maxRepeatCode) && st.ptr != rep.lastPtr {
			rep.count = f.count
			f.lastmark, f.lastindex = st.lastmark, st.lastindex
			if !st.markPush(f.lastmark) {
				goto nomem
			}
			f.savedLast = rep.lastPtr
			rep.lastPtr = st.ptr
			child, childTop, jv = rep.pc+3, f.toplevel, jumpMaxUntil2
			goto call
		}
		goto maxUntilTail

	case opMinUntil:
		if st.repeat < 0 {
			goto illegal
		}
		f.rep = st.repeat
		rep = &st.reps[f.rep]
		st.ptr = ptr
		f.count = rep.count + 1
		if f.count < int(code[rep.pc+1]) {
			rep.count = f.count
			child, childTop, jv = rep.pc+3, f.toplevel, jumpMinUntil1
			goto call
		}
		st.repeat = rep.prev
		f.lastmark, f.lastindex = st.lastmark, st.lastindex
		if st.repeat >= 0 {
			if !st.markPush(f.lastmark) {
				goto nomem
			}
		}
		child, childTop, jv = pc, f.toplevel, jumpMinUntil2
		goto call

	case opPossessiveRepeat:
		// <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
		st.ptr = ptr
		f.count = 0
		goto possRepeatMin

	case opAtomicGroup:
		// <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
		st.ptr = ptr
		child, childTop, jv = pc+1, false, jumpAtomicGroup
		goto call

	case opGroupref, opGrouprefIgnore, opGrouprefUniIgnore, opGrouprefLocIgnore:
		i = int(code[pc]) * 2
		if i >= st.lastmark {
			goto failure
		}
		p, e = st.marks[i], st.marks[i+1]
		if p < 0 || e < 0 || e < p {
			goto failure
		}
		for ; p < e; p++ {
			if ptr >= end {
				goto failure
			}
			a, b := uint32(s[ptr]), uint32(s[p])
			switch op {
			case opGroupref:
			case opGrouprefIgnore:
				a, b = lowerASCII32(a), lowerASCII32(b)
			case opGrouprefUniIgnore:
				a, b = lower32(a), lower32(b)
			default:
				a, b = lowerLocale(a), lowerLocale(b)
			}
			if a != b {
				goto failure
			}
			ptr++
		}
		pc++
		goto dispatch

	case opGrouprefExists:
		// <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
		i = int(code[pc]) * 2
		if i >= st.lastmark {
			pc += int(code[pc+1])
			goto dispatch
		}
		p, e = st.marks[i], st.marks[i+1]
		if p < 0 || e < 0 || e < p {
			pc += int(code[pc+1])
			goto dispatch
		}
		pc += 2
		goto dispatch

	case opAssert:
		// <ASSERT> <skip> <back> <pattern>
		if ptr < int(code[pc+1]) {
			goto failure
		}
		st.ptr = ptr - int(code[pc+1])
		child, childTop, jv = pc+2, false, jumpAssert
		goto call

	case opAssertNot:
		if ptr >= int(code[pc+1]) {
			st.ptr = ptr - int(code[pc+1])
			f.lastmark, f.lastindex = st.lastmark, st.lastindex
			if st.repeat >= 0 {
				if !st.markPush(f.lastmark) {
					goto nomem
				}
			}
			child, childTop, jv = pc+2, false, jumpAssertNot
			goto call
		}
		pc += int(code[pc])
		goto dispatch

	case opFailure:
		goto failure
	}
	goto illegal

	// BRANCH: try each alternative in turn.
branchTry:
	for ; code[pc] != 0; pc += int(code[pc]) {
		if st.quickFail(pc+1, ptr, false) {
			continue
		}
		st.ptr = ptr
		child, childTop, jv = pc+1, f.toplevel, jumpBranch
		goto call
	}
	if st.repeat >= 0 {
		st.markDiscard(f.lastmark)
	}
	goto failure
resumeBranch:
	if ret != 0 {
		if st.repeat >= 0 {
			st.markDiscard(f.lastmark)
		}
		goto success
	}
	if st.repeat >= 0 {
		st.markPop(f.lastmark, false)
	}
	st.lastmark, st.lastindex = f.lastmark, f.lastindex
	pc += int(code[pc])
	goto branchTry

	// REPEAT_ONE whose tail starts with a literal: skip positions where it cannot.
repeatOne1Try:
	for f.count >= int(code[pc+1]) && (ptr >= end || uint32(s[ptr]) != f.chr) {
		ptr--
		f.count--
	}
	if f.count < int(code[pc+1]) {
		if st.repeat >= 0 {
			st.markDiscard(f.lastmark)
		}
		goto failure
	}
	st.ptr = ptr
	child, childTop, jv = pc+int(code[pc]), f.toplevel, jumpRepeatOne1
	goto call
resumeRepeatOne1:
	if ret != 0 {
		if st.repeat >= 0 {
			st.markDiscard(f.lastmark)
		}
		goto success
	}
	if st.repeat >= 0 {
		st.markPop(f.lastmark, false)
	}
	st.lastmark, st.lastindex = f.lastmark, f.lastindex
	ptr--
	f.count--
	goto repeatOne1Try

	// REPEAT_ONE, general case: give back one character at a time.
repeatOne2Try:
	if f.count < int(code[pc+1]) {
		if st.repeat >= 0 {
			st.markDiscard(f.lastmark)
		}
		goto failure
	}
	st.ptr = ptr
	child, childTop, jv = pc+int(code[pc]), f.toplevel, jumpRepeatOne2
	goto call
resumeRepeatOne2:
	if ret != 0 {
		if st.repeat >= 0 {
			st.markDiscard(f.lastmark)
		}
		goto success
	}
	if st.repeat >= 0 {
		st.markPop(f.lastmark, false)
	}
	st.lastmark, st.lastindex = f.lastmark, f.lastindex
	ptr--
	f.count--
	goto repeatOne2Try

	// MIN_REPEAT_ONE: try the tail, then take one more character.
minRepeatOneTry:
	if code[pc+2] != maxRepeatCode && f.count > int(code[pc+2]) {
		if st.repeat >= 0 {
			st.markDiscard(f.lastmark)
		}
		goto failure
	}
	st.ptr = ptr
	child, childTop, jv = pc+int(code[pc]), f.toplevel, jumpMinRepeatOne
	goto call
resumeMinRepeatOne:
	if ret != 0 {
		if st.repeat >= 0 {
			st.markDiscard(f.lastmark)
		}
		goto success
	}
	if st.repeat >= 0 {
		st.markPop(f.lastmark, false)
	}
	st.lastmark, st.lastindex = f.lastmark, f.lastindex
	st.ptr = ptr
	{
		n, err := st.count(pc+3, 1)
		if err != nil {
			st.sp = base
			return 0, err
		}
		f = &st.stack[top]
		if n == 0 {
			if st.repeat >= 0 {
				st.markDiscard(f.lastmark)
			}
			goto failure
		}
	}
	ptr++
	f.count++
	goto minRepeatOneTry

resumeRepeat:
	st.repeat = st.reps[f.rep].prev
	st.freeReps = append(st.freeReps, f.rep)
	f.rep = -1
	if ret != 0 {
		goto success
	}
	goto failure

resumeMaxUntil1:
	rep = &st.reps[f.rep]
	if ret != 0 {
		goto success
	}
	rep.count = f.count - 1
	st.ptr = ptr
	goto failure

resumeMaxUntil2:
	rep = &st.reps[f.rep]
	rep.lastPtr = f.savedLast
	if ret != 0 {
		st.markDiscard(f.lastmark)
		goto success
	}
	st.markPop(f.lastmark, true)
	st.lastmark, st.lastindex = f.lastmark, f.lastindex
	rep.count = f.count - 1
	st.ptr = ptr
	goto maxUntilTail

maxUntilTail:
	// cannot match more repeated items here: make sure the tail matches
	st.repeat = st.reps[f.rep].prev
	child, childTop, jv = pc, f.toplevel, jumpMaxUntil3
	goto call

resumeMaxUntil3:
	st.repeat = f.rep
	if ret != 0 {
		goto success
	}
	st.ptr = ptr
	goto failure

resumeMinUntil1:
	rep = &st.reps[f.rep]
	if ret != 0 {
		goto success
	}
	rep.count = f.count - 1
	st.ptr = ptr
	goto failure

resumeMinUntil2:
	rep = &st.reps[f.rep]
	f.repeatOfTail = st.repeat >= 0
	st.repeat = f.rep
	if ret != 0 {
		if f.repeatOfTail {
			st.markDiscard(f.lastmark)
		}
		goto success
	}
	if f.repeatOfTail {
		st.markPop(f.lastmark, true)
	}
	st.lastmark, st.lastindex = f.lastmark, f.lastindex
	st.ptr = ptr
	if f.count >= int(code[rep.pc+2]) && code[rep.pc+2] != maxRepeatCode || st.ptr == rep.lastPtr {
		goto failure
	}
	rep.count = f.count
	f.savedLast = rep.lastPtr
	rep.lastPtr = st.ptr
	child, childTop, jv = rep.pc+3, f.toplevel, jumpMinUntil3
	goto call

resumeMinUntil3:
	rep = &st.reps[f.rep]
	rep.lastPtr = f.savedLast
	if ret != 0 {
		goto success
	}
	rep.count = f.count - 1
	st.ptr = ptr
	goto failure

	// POSSESSIVE_REPEAT: the minimum first, then as many more as match, never
	// giving any back.
possRepeatMin:
	if f.count < int(code[pc+1]) {
		child, childTop, jv = pc+3, false, jumpPossRepeat1
		goto call
	}
	ptr = -1
	goto possRepeatMore
resumePossRepeat1:
	if ret != 0 {
		f.count++
		goto possRepeatMin
	}
	st.ptr = ptr
	goto failure

possRepeatMore:
	if (f.count < int(code[pc+2]) || code[pc+2] == maxRepeatCode) && st.ptr != ptr {
		f.lastmark, f.lastindex = st.lastmark, st.lastindex
		if !st.markPush(f.lastmark) {
			goto nomem
		}
		ptr = st.ptr
		child, childTop, jv = pc+3, false, jumpPossRepeat2
		goto call
	}
	goto possRepeatTail
resumePossRepeat2:
	if ret != 0 {
		st.markDiscard(f.lastmark)
		f.count++
		goto possRepeatMore
	}
	st.markPop(f.lastmark, true)
	st.lastmark, st.lastindex = f.lastmark, f.lastindex
	st.ptr = ptr
possRepeatTail:
	pc += int(code[pc]) + 1
	ptr = st.ptr
	goto dispatch

resumeAtomicGroup:
	if ret == 0 {
		st.ptr = ptr
		goto failure
	}
	pc += int(code[pc])
	ptr = st.ptr
	goto dispatch

resumeAssert:
	if ret == 0 {
		goto failure
	}
	pc += int(code[pc])
	goto dispatch

resumeAssertNot:
	if ret != 0 {
		if st.repeat >= 0 {
			st.markDiscard(f.lastmark)
		}
		goto failure
	}
	if st.repeat >= 0 {
		st.markPop(f.lastmark, true)
	}
	st.lastmark, st.lastindex = f.lastmark, f.lastindex
	pc += int(code[pc])
	goto dispatch

call:
	f.pc, f.ptr = pc, ptr
	top++
	if top == len(st.stack) {
		if st.grow() != nil {
			goto nomem
		}
	}
	st.stack[top].toplevel, st.stack[top].jump = childTop, jv
	st.sp = top + 1
	pc = child
	goto entrance

illegal:
	st.sp = base
	return 0, errIllegal()

nomem:
	st.sp = base
	return 0, py.NewException(py.MemoryError())

failure:
	ret = 0
	goto exit
success:
	ret = 1
exit:
	{
		jump := st.stack[top].jump
		st.sp = top
		top--
		if top < base {
			return ret, nil
		}
		f = &st.stack[top]
		pc, ptr = f.pc, f.ptr
		switch jump {
		case jumpBranch:
			goto resumeBranch
		case jumpRepeatOne1:
			goto resumeRepeatOne1
		case jumpRepeatOne2:
			goto resumeRepeatOne2
		case jumpMinRepeatOne:
			goto resumeMinRepeatOne
		case jumpRepeat:
			goto resumeRepeat
		case jumpMaxUntil1:
			goto resumeMaxUntil1
		case jumpMaxUntil2:
			goto resumeMaxUntil2
		case jumpMaxUntil3:
			goto resumeMaxUntil3
		case jumpMinUntil1:
			goto resumeMinUntil1
		case jumpMinUntil2:
			goto resumeMinUntil2
		case jumpMinUntil3:
			goto resumeMinUntil3
		case jumpPossRepeat1:
			goto resumePossRepeat1
		case jumpPossRepeat2:
			goto resumePossRepeat2
		case jumpAtomicGroup:
			goto resumeAtomicGroup
		case jumpAssert:
			goto resumeAssert
		case jumpAssertNot:
			goto resumeAssertNot
		}
		return ret, nil
	}
}
