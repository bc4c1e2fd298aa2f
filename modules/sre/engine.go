package sre

import (
	"unsafe"

	"github.com/kaa-python/kaa/internal/ucd"
	"github.com/kaa-python/kaa/py"
)

// The code words of CPython 3.13's re._constants (MAGIC 20230612).
const (
	opFailure             = 0
	opSuccess             = 1
	opAny                 = 2
	opAnyAll              = 3
	opAssert              = 4
	opAssertNot           = 5
	opAt                  = 6
	opBranch              = 7
	opCategory            = 8
	opCharset             = 9
	opBigCharset          = 10
	opGroupref            = 11
	opGrouprefExists      = 12
	opIn                  = 13
	opInfo                = 14
	opJump                = 15
	opLiteral             = 16
	opMark                = 17
	opMaxUntil            = 18
	opMinUntil            = 19
	opNotLiteral          = 20
	opNegate              = 21
	opRange               = 22
	opRepeat              = 23
	opRepeatOne           = 24
	opSubpattern          = 25
	opMinRepeatOne        = 26
	opAtomicGroup         = 27
	opPossessiveRepeat    = 28
	opPossessiveRepeatOne = 29
	opGrouprefIgnore      = 30
	opInIgnore            = 31
	opLiteralIgnore       = 32
	opNotLiteralIgnore    = 33
	opGrouprefLocIgnore   = 34
	opInLocIgnore         = 35
	opLiteralLocIgnore    = 36
	opNotLiteralLocIgnore = 37
	opGrouprefUniIgnore   = 38
	opInUniIgnore         = 39
	opLiteralUniIgnore    = 40
	opNotLiteralUniIgnore = 41
	opRangeUniIgnore      = 42
)

const (
	atBeginning = iota
	atBeginningLine
	atBeginningString
	atBoundary
	atNonBoundary
	atEnd
	atEndLine
	atEndString
	atLocBoundary
	atLocNonBoundary
	atUniBoundary
	atUniNonBoundary
)

const (
	catDigit = iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
	catLinebreak
	catNotLinebreak
	catLocWord
	catLocNotWord
	catUniDigit
	catUniNotDigit
	catUniSpace
	catUniNotSpace
	catUniWord
	catUniNotWord
	catUniLinebreak
	catUniNotLinebreak
)

const (
	infoPrefix  = 1
	infoLiteral = 2
	infoCharset = 4
)

const (
	flagIgnoreCase = 2
	flagLocale     = 4
	flagMultiline  = 8
	flagDotAll     = 16
	flagUnicode    = 32
	flagVerbose    = 64
	flagDebug      = 128
	flagASCII      = 256
)

// Character predicates, as sre.c defines them.

func isDigit(c uint32) bool     { return c >= '0' && c <= '9' }
func isSpace(c uint32) bool     { return c == ' ' || c >= '\t' && c <= '\r' }
func isLinebreak(c uint32) bool { return c == '\n' }
func isWord(c uint32) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// The locale predicates: Kaa runs in a C or UTF-8 locale, where the C library
// classifies and cases only ASCII among the byte values.
func isLocWord(c uint32) bool { return isWord(c) }
func lowerLocale(c uint32) uint32 {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}
func upperLocale(c uint32) uint32 {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

func lowerASCII32(c uint32) uint32 {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func lower32(c uint32) uint32 {
	if c < 128 {
		return lowerASCII32(c)
	}
	return uint32(lowerUnicode(rune(c)))
}

func upper32(c uint32) uint32 {
	if c < 128 {
		if c >= 'a' && c <= 'z' {
			return c - 32
		}
		return c
	}
	return uint32(upperUnicode(rune(c)))
}

func uniIsDigit(c uint32) bool {
	if c < 128 {
		return isDigit(c)
	}
	return c <= 0x10ffff && ucd.IsDecimal(rune(c))
}

func uniIsSpace(c uint32) bool {
	if c < 128 {
		return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f
	}
	return c <= 0x10ffff && ucd.IsSpace(rune(c))
}

func uniIsLinebreak(c uint32) bool {
	switch c {
	case '\n', '\v', '\f', '\r', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func uniIsWord(c uint32) bool {
	if c < 128 {
		return isWord(c)
	}
	if c > 0x10ffff {
		return false
	}
	r := rune(c)
	return ucd.IsAlpha(r) || ucd.IsDecimal(r) || ucd.IsDigit(r) || ucd.IsNumeric(r)
}

func category(cat uint32, c uint32) bool {
	switch cat {
	case catDigit:
		return isDigit(c)
	case catNotDigit:
		return !isDigit(c)
	case catSpace:
		return isSpace(c)
	case catNotSpace:
		return !isSpace(c)
	case catWord:
		return isWord(c)
	case catNotWord:
		return !isWord(c)
	case catLinebreak:
		return isLinebreak(c)
	case catNotLinebreak:
		return !isLinebreak(c)
	case catLocWord:
		return isLocWord(c)
	case catLocNotWord:
		return !isLocWord(c)
	case catUniDigit:
		return uniIsDigit(c)
	case catUniNotDigit:
		return !uniIsDigit(c)
	case catUniSpace:
		return uniIsSpace(c)
	case catUniNotSpace:
		return !uniIsSpace(c)
	case catUniWord:
		return uniIsWord(c)
	case catUniNotWord:
		return !uniIsWord(c)
	case catUniLinebreak:
		return uniIsLinebreak(c)
	case catUniNotLinebreak:
		return !uniIsLinebreak(c)
	}
	return false
}

func charLocIgnore(pat, c uint32) bool {
	return c == pat || lowerLocale(c) == pat || upperLocale(c) == pat
}

// inSet reports whether c is in the set whose items start at code[i] (validated
// code: the set ends with FAILURE).
func inSet(code []uint32, i int, c uint32) bool {
	ok := true
	for {
		op := code[i]
		i++
		switch op {
		case opFailure:
			return !ok
		case opLiteral:
			if c == code[i] {
				return ok
			}
			i++
		case opCategory:
			if category(code[i], c) {
				return ok
			}
			i++
		case opCharset:
			if c < 256 && code[i+int(c>>5)]&(1<<(c&31)) != 0 {
				return ok
			}
			i += 8
		case opRange:
			if code[i] <= c && c <= code[i+1] {
				return ok
			}
			i += 2
		case opRangeUniIgnore:
			if code[i] <= c && c <= code[i+1] {
				return ok
			}
			u := upper32(c)
			if code[i] <= u && u <= code[i+1] {
				return ok
			}
			i += 2
		case opNegate:
			ok = !ok
		case opBigCharset:
			count := int(code[i])
			i++
			if c < 0x10000 {
				hi := c >> 8
				block := int(code[i+int(hi>>2)]>>(8*(hi&3))) & 0xff
				w := code[i+64+block*8+int((c&255)>>5)]
				if w&(1<<(c&31)) != 0 {
					return ok
				}
			}
			i += 64 + count*8
		default:
			return false
		}
	}
}

func inSetLocIgnore(code []uint32, i int, c uint32) bool {
	lo := lowerLocale(c)
	if inSet(code, i, lo) {
		return true
	}
	up := upperLocale(c)
	return up != lo && inSet(code, i, up)
}

// repeat is a REPEAT's context (SRE_REPEAT).
type repeat struct {
	count   int
	pc      int // the REPEAT's operands: skip, min, max, item
	prev    int // index in state.reps, -1 for none
	lastPtr int
}

// Resume points: how a frame's parent goes on when the frame returns.
const (
	jumpNone = iota
	jumpMaxUntil1
	jumpMaxUntil2
	jumpMaxUntil3
	jumpMinUntil1
	jumpMinUntil2
	jumpMinUntil3
	jumpRepeat
	jumpRepeatOne1
	jumpRepeatOne2
	jumpMinRepeatOne
	jumpBranch
	jumpAssert
	jumpAssertNot
	jumpPossRepeat1
	jumpPossRepeat2
	jumpAtomicGroup
)

// frame is one level of the matcher's explicit backtracking stack (sre's
// match_context).
type frame struct {
	pc, ptr             int
	count               int
	chr                 uint32
	rep                 int // index in state.reps
	lastmark, lastindex int
	savedLast           int
	toplevel            bool
	jump                uint8
	repeatOfTail        bool
}

const maxRepeatCode = maxRepeat

// checkEvery is how many dispatched opcodes pass between two polls of the
// thread's interrupts (sre polls signals every 4096).
const checkEvery = 0xfff

// yieldEvery is how many polls pass between offers of the interpreter lock.
const yieldEvery = 16

// maxNesting bounds count's nested matches (a hostile code list can nest
// REPEAT_ONE items; the compiler never does).
const maxNesting = 1000

// state is one match or search in progress over a subject of C characters
// (bytes for bytes and ASCII str, runes otherwise).
type state[C byte | rune] struct {
	common
	t         *py.Thread
	code      []uint32
	s         []C
	start     int // where the current attempt starts
	end       int // endpos, clamped
	pos       int
	ptr       int
	marks     []int
	lastmark  int
	lastindex int
	repeat    int // the innermost REPEAT's index in reps, -1 for none
	reps      []repeat
	matchAll  bool
	mustAdv   bool
	stack     []frame // frames [0, sp) are in use; the rest are kept for reuse
	sp        int
	saved     []int
	steps     uint32
	polls     uint32
	nesting   int
	freeReps  []int
	tables    []*[4]uint64 // the pattern's set tables (patternObj.tables)
}

// in is inSet(code, i, c) through the pattern's table of the set's answers for
// the first 256 code points, made the first time the set is asked about.
func (st *state[C]) in(i int, c uint32) bool {
	if c < 256 {
		tb := st.tables[i]
		if tb == nil {
			tb = new([4]uint64)
			for x := uint32(0); x < 256; x++ {
				if inSet(st.code, i, x) {
					tb[x>>6] |= 1 << (x & 63)
				}
			}
			st.tables[i] = tb
		}
		return tb[c>>6]&(1<<(c&63)) != 0
	}
	return inSet(st.code, i, c)
}

func (st *state[C]) reset() {
	st.lastmark, st.lastindex = -1, -1
	st.repeat = -1
	st.reps = st.reps[:0]
	st.freeReps = st.freeReps[:0]
	st.sp = 0
	st.saved = st.saved[:0]
}

func (st *state[C]) poll() *py.Exception {
	if err := st.t.CheckInterrupt(); err != nil {
		return err
	}
	st.polls++
	if st.polls%yieldEvery == 0 {
		st.t.Yield()
	}
	return nil
}

func (st *state[C]) newRepeat() int {
	if n := len(st.freeReps); n > 0 {
		r := st.freeReps[n-1]
		st.freeReps = st.freeReps[:n-1]
		return r
	}
	st.reps = append(st.reps, repeat{})
	return len(st.reps) - 1
}

// markPush saves marks[:lastmark+1]; false when the save stack cannot grow
// (MemoryError).
func (st *state[C]) markPush(lastmark int) bool {
	if lastmark >= 0 {
		if n := len(st.saved) + lastmark + 1; n > cap(st.saved) && st.t.CheckAlloc(int64(2*n)*headroom, 8) != nil {
			return false
		}
		st.saved = append(st.saved, st.marks[:lastmark+1]...)
	}
	return true
}

// headroom is how many times its own size a growing stack must leave free: the
// old copy lives while the new one is filled, and Go's collector lets the heap
// grow to twice what is live before it collects.
const headroom = 4

// grow adds a frame to the stack, or is MemoryError when the stack's next
// size could not be allocated (the stack grows with the input: (a|b)* nests a
// frame or two per character, as sre's data stack does).
func (st *state[C]) grow() *py.Exception {
	if len(st.stack) == cap(st.stack) {
		if err := st.t.CheckAlloc(int64(2*cap(st.stack)+8)*headroom, int64(unsafe.Sizeof(frame{}))); err != nil {
			return err
		}
	}
	st.stack = append(st.stack, frame{})
	return nil
}

func (st *state[C]) markPop(lastmark int, discard bool) {
	if lastmark >= 0 {
		n := lastmark + 1
		copy(st.marks, st.saved[len(st.saved)-n:])
		if discard {
			st.saved = st.saved[:len(st.saved)-n]
		}
	}
}

func (st *state[C]) markDiscard(lastmark int) {
	if lastmark >= 0 {
		st.saved = st.saved[:len(st.saved)-(lastmark+1)]
	}
}

func (st *state[C]) char(i int) uint32 { return uint32(st.s[i]) }

// at is SRE(at): whether ptr is at the position code asks for.
func (st *state[C]) at(ptr int, at uint32) bool {
	s, end := st.s, st.end
	switch at {
	case atBeginning, atBeginningString:
		return ptr == 0
	case atBeginningLine:
		return ptr == 0 || ptr <= len(s) && s[ptr-1] == '\n'
	case atEnd:
		return end-ptr == 1 && s[ptr] == '\n' || ptr == end
	case atEndLine:
		return ptr == end || ptr < len(s) && s[ptr] == '\n'
	case atEndString:
		return ptr == end
	}
	if end == 0 {
		return false
	}
	var word func(uint32) bool
	switch at {
	case atBoundary, atNonBoundary:
		word = isWord
	case atLocBoundary, atLocNonBoundary:
		word = isLocWord
	case atUniBoundary, atUniNonBoundary:
		word = uniIsWord
	default:
		return false
	}
	that := ptr > 0 && ptr <= len(s) && word(uint32(s[ptr-1]))
	this := ptr < end && word(uint32(s[ptr]))
	switch at {
	case atBoundary, atLocBoundary, atUniBoundary:
		return this != that
	}
	return this == that
}

// count is SRE(count): how many times (up to maxcount) the single-character item
// at code[pc] matches from st.ptr.
func (st *state[C]) count(pc int, maxcount int) (int, *py.Exception) {
	code, s := st.code, st.s
	ptr := st.ptr
	end := st.end
	if maxcount < end-ptr && maxcount != maxRepeatCode {
		end = ptr + maxcount
	}
	start := ptr
	switch code[pc] {
	case opIn:
		for ptr < end && st.in(pc+2, uint32(s[ptr])) {
			ptr++
		}
	case opAny:
		for ptr < end && s[ptr] != '\n' {
			ptr++
		}
	case opAnyAll:
		if end > ptr {
			ptr = end
		}
	case opLiteral:
		c := code[pc+1]
		for ptr < end && uint32(s[ptr]) == c {
			ptr++
		}
	case opLiteralIgnore:
		c := code[pc+1]
		for ptr < end && lowerASCII32(uint32(s[ptr])) == c {
			ptr++
		}
	case opLiteralUniIgnore:
		c := code[pc+1]
		for ptr < end && lower32(uint32(s[ptr])) == c {
			ptr++
		}
	case opLiteralLocIgnore:
		c := code[pc+1]
		for ptr < end && charLocIgnore(c, uint32(s[ptr])) {
			ptr++
		}
	case opNotLiteral:
		c := code[pc+1]
		for ptr < end && uint32(s[ptr]) != c {
			ptr++
		}
	case opNotLiteralIgnore:
		c := code[pc+1]
		for ptr < end && lowerASCII32(uint32(s[ptr])) != c {
			ptr++
		}
	case opNotLiteralUniIgnore:
		c := code[pc+1]
		for ptr < end && lower32(uint32(s[ptr])) != c {
			ptr++
		}
	case opNotLiteralLocIgnore:
		c := code[pc+1]
		for ptr < end && !charLocIgnore(c, uint32(s[ptr])) {
			ptr++
		}
	default:
		if st.nesting >= maxNesting {
			return 0, py.Errorf(py.RecursionError(), "maximum recursion limit exceeded")
		}
		st.nesting++
		defer func() { st.nesting-- }()
		for st.ptr < end {
			i, err := st.match(pc, false)
			if err != nil {
				return 0, err
			}
			if i == 0 {
				break
			}
		}
		return st.ptr - start, nil
	}
	return ptr - start, nil
}

// errIllegal is an opcode the engine cannot run where it stands.
func errIllegal() *py.Exception {
	return py.Errorf(py.RuntimeError(), "internal error in regular expression engine")
}

// quickFail reports whether the code at pc certainly fails at once at ptr: its
// first op is a one-character test the character at ptr does not pass, or a
// BRANCH none of whose alternatives can start there. With throughMarks, leading
// MARKs are looked through: right for a new search attempt, which forgets every
// mark, not inside a BRANCH, whose failed alternatives leave their marks behind
// when no REPEAT is active (as in sre). The search loop and BRANCH use it to skip
// hopeless attempts without a frame; any other op answers false.
func (st *state[C]) quickFail(pc, ptr int, throughMarks bool) bool {
	return st.quickFailN(pc, ptr, 4, throughMarks)
}

// quickFailN is quickFail looking into at most depth nested BRANCHes.
func (st *state[C]) quickFailN(pc, ptr, depth int, throughMarks bool) bool {
	code := st.code
	for throughMarks && code[pc] == opMark {
		pc += 2
	}
	op := code[pc]
	if op == opBranch {
		if depth == 0 {
			return false
		}
		for pc++; code[pc] != 0; pc += int(code[pc]) {
			if !st.quickFailN(pc+1, ptr, depth-1, throughMarks) {
				return false
			}
		}
		return true
	}
	if ptr >= st.end {
		switch op {
		case opLiteral, opNotLiteral, opLiteralIgnore, opNotLiteralIgnore, opLiteralUniIgnore, opNotLiteralUniIgnore,
			opIn, opInIgnore, opInUniIgnore, opAny, opAnyAll, opCategory:
			return true
		}
		return false
	}
	c := uint32(st.s[ptr])
	switch op {
	case opLiteral:
		return c != code[pc+1]
	case opNotLiteral:
		return c == code[pc+1]
	case opLiteralIgnore:
		return lowerASCII32(c) != code[pc+1]
	case opNotLiteralIgnore:
		return lowerASCII32(c) == code[pc+1]
	case opLiteralUniIgnore:
		return lower32(c) != code[pc+1]
	case opNotLiteralUniIgnore:
		return lower32(c) == code[pc+1]
	case opIn:
		return !st.in(pc+2, c)
	case opInIgnore:
		return !st.in(pc+2, lowerASCII32(c))
	case opInUniIgnore:
		return !st.in(pc+2, lower32(c))
	case opAny:
		return c == '\n'
	case opCategory:
		return !category(code[pc+1], c)
	}
	return false
}
