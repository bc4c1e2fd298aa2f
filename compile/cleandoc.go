package compile

import "strings"

// CleanDoc removes docstring indentation as CPython 3.13's compiler does
// (_PyCompile_CleanDoc): tabs are expanded, the first line loses its leading spaces
// and the following lines lose their common leading spaces.
func CleanDoc(doc string) string {
	doc = expandTabs(doc)
	lines := strings.SplitAfter(doc, "\n")
	margin := -1
	for _, l := range lines[1:] {
		body := strings.TrimRight(l, "\n")
		indent := len(body) - len(strings.TrimLeft(body, " "))
		if indent < len(body) && (margin < 0 || indent < margin) {
			margin = indent
		}
	}
	if margin < 0 {
		margin = 0
	}
	first := strings.TrimLeft(lines[0], " ")
	if len(first) == len(lines[0]) && margin == 0 {
		return doc
	}
	var b strings.Builder
	b.WriteString(first)
	for _, l := range lines[1:] {
		k := 0
		for k < margin && k < len(l) && l[k] == ' ' {
			k++
		}
		b.WriteString(l[k:])
	}
	return b.String()
}

// expandTabs is str.expandtabs(8).
func expandTabs(s string) string {
	if strings.IndexByte(s, '\t') < 0 {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			n := 8 - col%8
			b.WriteString(strings.Repeat(" ", n))
			col += n
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}
