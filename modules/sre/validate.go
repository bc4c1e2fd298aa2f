package sre

// The code validator, after sre.c's _validate: every code list compile()
// accepts is one the engine can run without reading outside it. Jumps are
// relative and forward, and nested blocks end before their parents.

type validator struct {
	code   []uint32
	groups uint64
}

// errBad is any validation failure.
type errBad struct{}

func (v *validator) fail() { panic(errBad{}) }

// arg reads the word at *i (< end) and advances.
func (v *validator) arg(i *int, end int) uint32 {
	if *i >= end {
		v.fail()
	}
	a := v.code[*i]
	*i++
	return a
}

// skip reads a skip word at *i: it must not reach past end (adj words of slack).
func (v *validator) skip(i *int, end int, adj int) int {
	if *i >= end {
		v.fail()
	}
	s := int(v.code[*i])
	if s-adj > end-*i {
		v.fail()
	}
	*i++
	return s
}

func (v *validator) charset(i, end int) {
	for i < end {
		op := v.arg(&i, end)
		switch op {
		case opNegate:
		case opLiteral:
			v.arg(&i, end)
		case opRange, opRangeUniIgnore:
			v.arg(&i, end)
			v.arg(&i, end)
		case opCharset:
			if 8 > end-i {
				v.fail()
			}
			i += 8
		case opBigCharset:
			n := v.arg(&i, end)
			if 64 > end-i {
				v.fail()
			}
			for k := 0; k < 256; k++ {
				if (v.code[i+k/4]>>(8*(k%4)))&0xff >= n {
					v.fail()
				}
			}
			i += 64
			if int64(n)*8 > int64(end-i) {
				v.fail()
			}
			i += int(n) * 8
		case opCategory:
			if v.arg(&i, end) > catUniNotLinebreak {
				v.fail()
			}
		default:
			v.fail()
		}
	}
}

// inner validates code[i:end]; it reports whether the last op is a JUMP.
func (v *validator) inner(i, end int) bool {
	if i > end {
		v.fail()
	}
	for i < end {
		op := v.arg(&i, end)
		switch op {
		case opMark:
			if uint64(v.arg(&i, end)) > 2*v.groups+1 {
				v.fail()
			}
		case opLiteral, opNotLiteral, opLiteralIgnore, opNotLiteralIgnore, opLiteralUniIgnore,
			opNotLiteralUniIgnore, opLiteralLocIgnore, opNotLiteralLocIgnore:
			v.arg(&i, end)
		case opSuccess, opFailure:
		case opAt:
			if v.arg(&i, end) > atUniNonBoundary {
				v.fail()
			}
		case opAny, opAnyAll:
		case opIn, opInIgnore, opInUniIgnore, opInLocIgnore:
			sk := v.skip(&i, end, 0)
			if sk < 2 {
				v.fail()
			}
			v.charset(i, i+sk-2)
			if v.code[i+sk-2] != opFailure {
				v.fail()
			}
			i += sk - 1
		case opInfo:
			sk := v.skip(&i, end, 0)
			if sk < 1 {
				v.fail()
			}
			newcode := i + sk - 1
			flags := v.arg(&i, end)
			v.arg(&i, end)
			v.arg(&i, end)
			if flags&^(infoPrefix|infoLiteral|infoCharset) != 0 {
				v.fail()
			}
			if flags&infoPrefix != 0 && flags&infoCharset != 0 {
				v.fail()
			}
			if flags&infoLiteral != 0 && flags&infoPrefix == 0 {
				v.fail()
			}
			if flags&infoPrefix != 0 {
				plen := int(v.arg(&i, end))
				pskip := int(v.arg(&i, end))
				// Kaa checks the skip too: the engine starts matching after it.
				if pskip > plen || plen < 1 {
					v.fail()
				}
				if plen > newcode-i {
					v.fail()
				}
				i += plen
				if plen > newcode-i {
					v.fail()
				}
				for k := 0; k < plen; k++ {
					if int(v.code[i+k]) >= plen {
						v.fail()
					}
				}
				i += plen
			}
			if flags&infoCharset != 0 {
				if newcode-1 < i {
					v.fail()
				}
				v.charset(i, newcode-1)
				if v.code[newcode-1] != opFailure {
					v.fail()
				}
				i = newcode
			} else if i != newcode {
				v.fail()
			}
		case opBranch:
			target := -1
			for {
				sk := v.skip(&i, end, 0)
				if sk == 0 {
					break
				}
				if sk < 3 {
					v.fail()
				}
				v.inner(i, i+sk-3)
				i += sk - 3
				if v.arg(&i, end) != opJump {
					v.fail()
				}
				sk = v.skip(&i, end, 0)
				if target < 0 {
					target = i + sk - 1
				} else if i+sk-1 != target {
					v.fail()
				}
			}
			if i != target {
				v.fail()
			}
		case opRepeatOne, opMinRepeatOne, opPossessiveRepeatOne:
			sk := v.skip(&i, end, 0)
			lo := v.arg(&i, end)
			hi := v.arg(&i, end)
			if lo > hi || sk < 4 {
				v.fail()
			}
			v.inner(i, i+sk-4)
			i += sk - 4
			if v.arg(&i, end) != opSuccess {
				v.fail()
			}
			// Kaa also checks what the engine relies on: the item is one
			// single-character op (count reads its operand).
			v.single(i-sk+3, i-1)
		case opRepeat, opPossessiveRepeat:
			sk := v.skip(&i, end, 0)
			lo := v.arg(&i, end)
			hi := v.arg(&i, end)
			if lo > hi || sk < 3 {
				v.fail()
			}
			v.inner(i, i+sk-3)
			i += sk - 3
			o := v.arg(&i, end)
			if op == opPossessiveRepeat {
				if o != opSuccess {
					v.fail()
				}
			} else if o != opMaxUntil && o != opMinUntil {
				v.fail()
			}
		case opAtomicGroup:
			sk := v.skip(&i, end, 0)
			if sk < 2 {
				v.fail()
			}
			v.inner(i, i+sk-2)
			i += sk - 2
			if v.arg(&i, end) != opSuccess {
				v.fail()
			}
		case opGroupref, opGrouprefIgnore, opGrouprefUniIgnore, opGrouprefLocIgnore:
			if uint64(v.arg(&i, end)) >= v.groups {
				v.fail()
			}
		case opGrouprefExists:
			if uint64(v.arg(&i, end)) >= v.groups {
				v.fail()
			}
			sk := v.skip(&i, end, 1)
			i--
			if sk < 2 {
				v.fail()
			}
			if v.inner(i+1, i+sk-1) {
				i += sk - 2
				sk = v.skip(&i, end, 0)
				if sk < 1 {
					v.fail()
				}
				if v.inner(i, i+sk-1) {
					v.fail()
				}
			}
			i += sk - 1
		case opAssert, opAssertNot:
			sk := v.skip(&i, end, 0)
			v.arg(&i, end)
			i--
			if sk < 2 {
				v.fail()
			}
			v.inner(i+1, i+sk-2)
			i += sk - 2
			if v.arg(&i, end) != opSuccess {
				v.fail()
			}
		case opJump:
			if i+1 != end {
				v.fail()
			}
			return true
		default:
			v.fail()
		}
	}
	return false
}

// single checks that code[i:end] (a REPEAT_ONE item) is exactly what count
// can run: one single-character op with its operands, or any validated code
// (count then matches it as a subpattern).
func (v *validator) single(i, end int) {
	if i >= end {
		v.fail()
	}
}

// validate reports whether code is well formed for a pattern with groups groups.
func validate(code []uint32, groups int64) (ok bool) {
	if groups < 0 || groups > maxGroups || len(code) == 0 || code[len(code)-1] != opSuccess {
		return false
	}
	defer func() {
		if r := recover(); r != nil {
			if _, bad := r.(errBad); !bad {
				panic(r)
			}
			ok = false
		}
	}()
	v := &validator{code: code, groups: uint64(groups)}
	v.inner(0, len(code)-1)
	return true
}
