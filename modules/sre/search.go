package sre

import "github.com/kaa-python/kaa/py"

// search is SRE(search): the first position from st.start where the code
// matches; st.start and st.ptr are then the match's span.
func (st *state[C]) search() (int, *py.Exception) {
	code := st.code
	s := st.s
	ptr := st.start
	end := st.end
	pc := 0
	var prefix, overlap, charset int = -1, -1, -1
	prefixLen, prefixSkip := 0, 0
	flags := uint32(0)
	if ptr > end {
		return 0, nil
	}
	if code[0] == opInfo {
		// <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
		flags = code[2]
		if code[3] != 0 && end-ptr < int(code[3]) {
			return 0, nil
		}
		if code[3] > 1 {
			end -= int(code[3]) - 1
			if end <= ptr {
				end = ptr
			}
		}
		if flags&infoPrefix != 0 {
			prefixLen = int(code[5])
			prefixSkip = int(code[6])
			prefix = 7
			overlap = prefix + prefixLen - 1
		} else if flags&infoCharset != 0 {
			charset = 5
		}
		pc = 1 + int(code[1])
	}

	if prefixLen == 1 {
		c := code[prefix]
		end = st.end
		st.mustAdv = false
		for ptr < end {
			for uint32(s[ptr]) != c {
				ptr++
				if ptr >= end {
					return 0, nil
				}
			}
			st.start = ptr
			st.ptr = ptr + prefixSkip
			if flags&infoLiteral != 0 {
				return 1, nil
			}
			status, err := st.match(pc+2*prefixSkip, false)
			if err != nil || status != 0 {
				return status, err
			}
			ptr++
			st.lastmark, st.lastindex = -1, -1
		}
		return 0, nil
	}

	if prefixLen > 1 {
		end = st.end
		if prefixLen > end-ptr {
			return 0, nil
		}
		for ptr < end {
			c := code[prefix]
			for {
				x := uint32(s[ptr])
				ptr++
				if x == c {
					break
				}
				if ptr >= end {
					return 0, nil
				}
			}
			if ptr >= end {
				return 0, nil
			}
			i := 1
			st.mustAdv = false
			for {
				if uint32(s[ptr]) == code[prefix+i] {
					i++
					if i != prefixLen {
						ptr++
						if ptr >= end {
							return 0, nil
						}
						continue
					}
					st.start = ptr - (prefixLen - 1)
					st.ptr = ptr - (prefixLen - prefixSkip - 1)
					if flags&infoLiteral != 0 {
						return 1, nil
					}
					status, err := st.match(pc+2*prefixSkip, false)
					if err != nil || status != 0 {
						return status, err
					}
					ptr++
					if ptr >= end {
						return 0, nil
					}
					st.lastmark, st.lastindex = -1, -1
				}
				i = int(code[overlap+i])
				if i == 0 {
					break
				}
			}
		}
		return 0, nil
	}

	if charset >= 0 {
		end = st.end
		st.mustAdv = false
		for {
			for ptr < end && !st.in(charset, uint32(s[ptr])) {
				ptr++
			}
			if ptr >= end {
				return 0, nil
			}
			st.start = ptr
			st.ptr = ptr
			status, err := st.match(pc, false)
			if err != nil || status != 0 {
				return status, err
			}
			ptr++
			st.lastmark, st.lastindex = -1, -1
		}
	}

	st.start, st.ptr = ptr, ptr
	status, err := st.match(pc, true)
	if err != nil {
		return 0, err
	}
	st.mustAdv = false
	if status == 0 && code[pc] == opAt && (code[pc+1] == atBeginning || code[pc+1] == atBeginningString) {
		st.start, st.ptr = end, end
		return 0, nil
	}
	for status == 0 && ptr < end {
		ptr++
		st.lastmark, st.lastindex = -1, -1
		st.start, st.ptr = ptr, ptr
		if ptr < end && st.quickFail(pc, ptr, true) {
			continue
		}
		status, err = st.match(pc, false)
		if err != nil {
			return 0, err
		}
	}
	return status, nil
}
