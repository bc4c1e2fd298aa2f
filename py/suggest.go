package py

import (
	"slices"
	"strings"
)

// "Did you mean" hints, as CPython 3.13's traceback.TracebackException adds them
// to the message of a NameError or AttributeError (the closest name in the scope
// or in dir(obj)) and of an ImportError from `from M import NAME` (the closest name
// in dir(M)), with CPython's own distance (Python/suggestions.c).

const (
	maxCandidateItems = 750
	maxStringSize     = 40
	moveCost          = 2
	caseCost          = 1
)

// suggestionSuffix is what the traceback adds after the exception's message.
func suggestionSuffix(t *Thread, e *Exception) string {
	switch {
	case e.Matches(importError):
		wrong, ok := fieldStr(e, 3) // name_from
		if !ok {
			return ""
		}
		if s := importSuggestion(t, e, wrong); s != "" {
			return ". Did you mean: '" + s + "'?"
		}
	case e.Matches(nameErrorExc) || e.Matches(attributeError):
		wrong, ok := fieldStr(e, 0) // name
		if !ok {
			return ""
		}
		var s string
		if e.Matches(attributeError) {
			s = attrSuggestion(t, e, wrong)
		} else {
			s = nameSuggestion(t, e, wrong)
		}
		out := ""
		if s != "" {
			out = ". Did you mean: '" + s + "'?"
		}
		if e.Matches(nameErrorExc) && strings.Contains(" "+stdlibModuleNames+" ", " "+wrong+" ") {
			if s != "" {
				out += " Or did you forget to import '" + wrong + "'?"
			} else {
				out += ". Did you forget to import '" + wrong + "'?"
			}
		}
		return out
	}
	return ""
}

func fieldStr(e *Exception, i int) (string, bool) {
	if i >= len(e.extra) {
		return "", false
	}
	v := e.extra[i]
	if v.IsNil() || v.Type().layout != strType {
		return "", false
	}
	return v.str().s, true
}

// lastFrame is the frame where the exception was raised (the traceback's last).
func lastFrame(e *Exception) *frame {
	tb := e.traceback
	if tb == nil {
		return nil
	}
	for tb.next != nil {
		tb = tb.next
	}
	return tb.frame
}

func attrSuggestion(t *Thread, e *Exception, wrong string) string {
	obj := e.extra[1]
	if obj.IsNil() {
		obj = pyNone
	}
	d, err := t.dirNames(obj)
	if err != nil {
		return ""
	}
	hide := !strings.HasPrefix(wrong, "_")
	if hide {
		if f := lastFrame(e); f != nil {
			if self, ok, _ := frameLocals(f).dictObj().GetItem(t, NewStr("self")); ok && self.Is(obj) {
				hide = false
			}
		}
	}
	if hide {
		d = slices.DeleteFunc(d, func(s string) bool { return strings.HasPrefix(s, "_") })
	}
	return closestName(d, wrong)
}

func importSuggestion(t *Thread, e *Exception, wrong string) string {
	name, ok := fieldStr(e, 1)
	if !ok {
		return ""
	}
	mod, err := t.interp.importModule(t, name)
	if err != nil {
		return ""
	}
	d, err := t.dirNames(mod)
	if err != nil {
		return ""
	}
	if !strings.HasPrefix(wrong, "_") {
		d = slices.DeleteFunc(d, func(s string) bool { return strings.HasPrefix(s, "_") })
	}
	return closestName(d, wrong)
}

func nameSuggestion(t *Thread, e *Exception, wrong string) string {
	f := lastFrame(e)
	if f == nil {
		return ""
	}
	var d []string
	locals := frameLocals(f)
	keys := func(v Value) {
		if v.Type().layout != dictType {
			return
		}
		for _, k := range v.dictObj().Keys() {
			if k.Type().layout == strType {
				d = append(d, k.str().s)
			}
		}
	}
	keys(locals)
	if f.globals != nil {
		keys(f.globals.Value())
	}
	if f.builtins != nil {
		keys(f.builtins.Value())
	}
	if locals.Type().layout == dictType {
		if self, ok, _ := locals.dictObj().GetItem(t, NewStr("self")); ok {
			if _, found, err := lookupAttr(t, self, NewStr(wrong).str()); err == nil && found {
				return "self." + wrong
			}
		}
	}
	return closestName(d, wrong)
}

// closestName is _suggestions._generate_suggestions: the candidate nearest to name,
// the first of equals winning, if it is near enough.
func closestName(candidates []string, name string) string {
	if len(candidates) >= maxCandidateItems {
		return ""
	}
	best, bestDist := "", -1
	for _, c := range candidates {
		if c == name {
			continue
		}
		maxDist := (len(name) + len(c) + 3) * moveCost / 6
		if bestDist >= 0 {
			maxDist = min(maxDist, bestDist-1)
		}
		d := levenshtein(name, c, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func substitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return moveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return caseCost
	}
	return moveCost
}

// levenshtein is suggestions.c's levenshtein_distance over the UTF-8 bytes:
// moves cost 2, a case change 1; above maxCost it gives up with maxCost+1.
func levenshtein(a, b string, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * moveCost
	}
	if len(a) > maxStringSize || len(b) > maxStringSize {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*moveCost > maxCost {
		return maxCost + 1
	}
	var buf [maxStringSize]int
	for i := range len(a) {
		buf[i] = (i + 1) * moveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * moveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i := 0; i < len(a); i++ {
			substitute := distance + substitutionCost(code, a[i])
			distance = buf[i]
			insertDelete := min(result, distance) + moveCost
			result = min(insertDelete, substitute)
			buf[i] = result
			minimum = min(minimum, result)
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

// dirNames is dir(obj)'s names.
func (t *Thread) dirNames(obj Value) ([]string, *Exception) {
	dir, _ := t.interp.builtinsDict.GetStr("dir")
	r, err := Call(t, dir, obj)
	if err != nil {
		return nil, err
	}
	return strItems(t, r)
}
