package py

import (
	"os"
	"strings"
)

// FormatException renders an uncaught exception as CPython's default hook does
// (chained exceptions, File/line entries with the source line; carets not yet).
func FormatException(t *Thread, e *Exception) string {
	var b strings.Builder
	formatChain(t, &b, e, map[*Exception]bool{})
	return b.String()
}

func formatChain(t *Thread, b *strings.Builder, e *Exception, seen map[*Exception]bool) {
	seen[e] = true
	if e.cause != nil && !seen[e.cause] {
		formatChain(t, b, e.cause, seen)
		b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	} else if e.context != nil && !e.suppressContext && !seen[e.context] {
		formatChain(t, b, e.context, seen)
		b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	if e.traceback != nil {
		b.WriteString("Traceback (most recent call last):\n")
		for tb := e.traceback; tb != nil; tb = tb.next {
			c := tb.frame.code
			line := tb.Line()
			b.WriteString("  File \"" + c.Filename + "\", line " + itoa(line) + ", in " + c.Name + "\n")
			if src := sourceLine(c.Filename, line); src != "" {
				b.WriteString("    " + src + "\n")
			}
		}
	}
	name := e.typ.fullName()
	s, err := StrOf(t, e.Value())
	if err != nil {
		s = "<exception str() failed>"
	}
	if s == "" {
		b.WriteString(name + "\n")
	} else {
		b.WriteString(name + ": " + s + "\n")
	}
}

func sourceLine(file string, line int) string {
	data, err := os.ReadFile(file)
	if err != nil || line < 1 {
		return ""
	}
	lines := strings.Split(string(data), "\n")
	if line > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[line-1])
}
