package bytecode

import "fmt"

//go:generate sh -c "python3.13 gen_opcodes.py | gofmt > opcodes_gen.go"

// OpName returns the name of an opcode (real, specialised or pseudo).
func OpName(op int) string {
	if op >= 0 && op < 256 && opNames[op] != "" {
		return opNames[op]
	}
	if n, ok := pseudoNames[op]; ok {
		return n
	}
	return fmt.Sprintf("<%d>", op)
}

// Deopt returns the base opcode of a specialised opcode (op itself otherwise).
func Deopt(op byte) byte {
	if d := deopt[op]; d != 0 {
		return d
	}
	return op
}

// CacheEntries is the number of inline CACHE code units that follow op.
func CacheEntries(op byte) int { return int(cacheEntries[Deopt(op)]) }

// HasArg reports whether op uses its argument.
func HasArg(op byte) bool { return opFlags[Deopt(op)]&hasArg != 0 }

func flag(op byte, f uint16) bool { return opFlags[Deopt(op)]&f != 0 }

// Instr is one decoded instruction.
type Instr struct {
	Offset int  // byte offset of the opcode (after any EXTENDED_ARG prefixes)
	Op     byte // the opcode as stored
	Arg    int  // the full argument, EXTENDED_ARG included; -1 when op takes none
}

// Decode splits a code string into instructions, skipping inline caches, as dis's
// _unpack_opargs: EXTENDED_ARG prefixes are returned as instructions of their own.
func Decode(code []byte) []Instr {
	var out []Instr
	ext := 0
	caches := 0
	for i := 0; i+1 < len(code); i += 2 {
		if caches > 0 {
			caches--
			continue
		}
		op := code[i]
		d := Deopt(op)
		caches = int(cacheEntries[d])
		arg := -1
		if opFlags[d]&hasArg != 0 {
			arg = int(code[i+1]) | ext
			if d == EXTENDED_ARG {
				ext = int(int32(uint32(arg) << 8))
			} else {
				ext = 0
			}
		} else {
			ext = 0
		}
		out = append(out, Instr{Offset: i, Op: op, Arg: arg})
	}
	return out
}

// JumpTarget returns the byte offset an instruction jumps to, or -1.
func JumpTarget(in Instr) int {
	d := Deopt(in.Op)
	switch {
	case opFlags[d]&hasJrel != 0:
		arg := in.Arg
		if d == JUMP_BACKWARD || d == JUMP_BACKWARD_NO_INTERRUPT {
			arg = -arg
		}
		return in.Offset + 2 + arg*2 + 2*int(cacheEntries[d])
	case opFlags[d]&hasJabs != 0:
		return in.Arg * 2
	}
	return -1
}

// OpByName returns the opcode (real or pseudo) with the given name.
func OpByName(name string) (int, bool) {
	for op, n := range opNames {
		if n == name {
			return op, true
		}
	}
	for op, n := range pseudoNames {
		if n == name {
			return op, true
		}
	}
	return 0, false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// StackEffect is the net stack change of opcode with oparg as _opcode.stack_effect
// computes it: jump is 1 for the jumping branch, 0 for falling through and -1 for
// the larger of the two. ok is false for an invalid opcode or oparg (and for
// specialised opcodes, which CPython does not support there).
func StackEffect(opcode, oparg, jump int) (effect int, ok bool) {
	if opcode < 0 {
		return 0, false
	}
	if opcode < 256 && deopt[opcode] != 0 {
		return 0, false
	}
	if e, ok := pseudoEffect[opcode]; ok {
		return e[[]int{0, 2, 1}[jump+1]], true
	}
	popped, pushed := numPopped(opcode, oparg), numPushed(opcode, oparg)
	if popped < 0 || pushed < 0 {
		return 0, false
	}
	return pushed - popped, true
}

// Predicates of the _opcode module.
const (
	PredValid = isValid
	PredArg   = metaArg
	PredConst = metaConst
	PredName  = metaName
	PredJump  = metaJump
	PredFree  = metaFree
	PredLocal = metaLocal
	PredExc   = metaExc
)

// Has reports whether opcode (real, specialised or pseudo) is valid and has all
// the predicate bits in pred, as _opcode.is_valid/has_arg/has_const/... answer.
func Has(opcode int, pred uint8) bool {
	if opcode < 0 || opcode >= len(metaFlags) {
		return false
	}
	f := metaFlags[opcode]
	return f&isValid != 0 && f&pred == pred
}

// NbOps returns BINARY_OP's (NB_ name, symbol) pairs, indexed by oparg.
func NbOps() (names, symbols []string) { return nbOpNames[:], nbOps[:] }

// Intrinsics returns the names of CALL_INTRINSIC_1's and CALL_INTRINSIC_2's functions.
func Intrinsics() (one, two []string) { return intrinsic1[:], intrinsic2[:] }
