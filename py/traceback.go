package py

import (
	"golang.org/x/term"
	"os"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/syntax/ast"
	"github.com/kaa-python/kaa/syntax/parser"
)

// FormatException renders an uncaught exception as CPython 3.13's default hook
// (traceback.py's TracebackException.format) does: chained exceptions,
// File/line entries with the source lines and the ~~~^^^ caret line under the
// failing expression, repeated entries folded, SyntaxError's caret block,
// __notes__, and exception groups in their boxed form. err is a *Exception, or
// an entry point's error (which is one).
func FormatException(t *Thread, err error) string {
	return formatException(t, exceptionOf(err), false)
}

// DisplayException writes to file (a text file object) what CPython's
// _PyErr_Display writes for the exception value: its traceback (tb when the
// exception has none) and chain, as sys.excepthook prints them, in colour when
// file is sys.stderr on a terminal; then it flushes file. The thread excepthook
// reports through it.
func DisplayException(t *Thread, file, value, tb Value) *Exception {
	var text string
	if value.Type().IsSubtype(baseException) {
		e := value.exc()
		if e.traceback == nil && !tb.IsNil() && tb.Type() == tracebackType {
			e.traceback = tb.tb()
		}
		color := false
		if stderr, ok := ModuleDict(t.interp.sys).GetStr("stderr"); ok && stderr.Is(file) {
			color = t.interp.canColorize()
		}
		text = formatException(t, e, color)
	} else {
		text = "TypeError: print_exception(): Exception expected for value, " + typeName(value) + " found\n"
	}
	if _, err := CallMethod(t, file, "write", NewStr(text)); err != nil {
		return err
	}
	_, err := CallMethod(t, file, "flush")
	return err
}

// formatPlain is what CPython's C code prints for an exception it reports itself
// (PyErr_Display's unraisable form): the traceback's entries with their first
// source line and no carets, then the exception line; no chained exceptions.
func formatPlain(t *Thread, e *Exception) string {
	var b strings.Builder
	c := &tbCtx{t: t, b: &b, files: t.interp.newFileCache(), seen: map[*Exception]bool{}}
	for name, src := range t.interp.sources {
		c.files[name] = splitSourceLines(src)
	}
	if e.traceback != nil {
		b.WriteString("Traceback (most recent call last):\n")
		formatEntries(t, &b, e.traceback, c.files, false, true)
	}
	b.WriteString(c.exceptionOnly(e))
	return b.String()
}

// formatException is FormatException, in colour if color (Python 3.13's
// tracebacks on a terminal: _colorize's ANSI codes around file names, line
// numbers, function names, the failing expression and the exception line).
func formatException(t *Thread, e *Exception, color bool) string {
	var b strings.Builder
	c := &tbCtx{t: t, b: &b, files: t.interp.newFileCache(), seen: map[*Exception]bool{}, color: color}
	for name, src := range t.interp.sources {
		c.files[name] = splitSourceLines(src)
	}
	c.format(e)
	return b.String()
}

// tbCtx is traceback._ExceptionPrintContext.
type tbCtx struct {
	t         *Thread
	b         *strings.Builder
	files     map[string][]string
	seen      map[*Exception]bool
	depth     int // exception group nesting
	needClose bool
	color     bool
}

// The ANSI codes of Python 3.13's _colorize.ANSIColors that tracebacks use.
const (
	ansiBoldMagenta = "\x1b[1;35m"
	ansiBoldRed     = "\x1b[1;31m"
	ansiMagenta     = "\x1b[35m"
	ansiRed         = "\x1b[31m"
	ansiReset       = "\x1b[0m"
)

// canColorize is _colorize.can_colorize for standard error: PYTHON_COLORS=0/1,
// NO_COLOR, FORCE_COLOR and TERM=dumb (unless -E), else whether it is a terminal.
func (in *Interp) canColorize() bool {
	if !in.flags.IgnoreEnvironment {
		switch os.Getenv("PYTHON_COLORS") {
		case "0":
			return false
		case "1":
			return true
		}
		if _, ok := os.LookupEnv("NO_COLOR"); ok {
			return false
		}
		if _, ok := os.LookupEnv("FORCE_COLOR"); ok {
			return true
		}
		if os.Getenv("TERM") == "dumb" {
			return false
		}
	}
	f := in.stdioFiles[2]
	return f != nil && term.IsTerminal(int(f.Fd()))
}

const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

// colored reports whether this part is in colour (never inside a group's
// members: CPython formats them without colorize).
func (c *tbCtx) colored() bool { return c.color }

func (c *tbCtx) indent() string { return strings.Repeat(" ", 2*c.depth) }

// emit writes text with every line prefixed by the group margin.
func (c *tbCtx) emit(text string, margin byte) {
	prefix := c.indent()
	if c.depth > 0 {
		prefix += string(margin) + " "
	}
	for _, l := range strings.SplitAfter(text, "\n") {
		if l != "" {
			c.b.WriteString(prefix + l)
		}
	}
}

func (c *tbCtx) format(top *Exception) {
	type link struct {
		msg string
		e   *Exception
	}
	var chain []link
	msg := ""
	for e := top; e != nil; {
		c.seen[e] = true
		chain = append(chain, link{msg, e})
		switch {
		case e.cause != nil && !c.seen[e.cause]:
			msg, e = "\nThe above exception was the direct cause of the following exception:\n\n", e.cause
		case e.context != nil && !e.suppressContext && !c.seen[e.context]:
			msg, e = "\nDuring handling of the above exception, another exception occurred:\n\n", e.context
		default:
			e = nil
		}
	}
	for i := len(chain) - 1; i >= 0; i-- {
		e := chain[i].e
		var group []Value
		if e.typ.IsSubtype(baseExceptionGroup) {
			group = e.egExceptions()
		}
		switch {
		case group == nil:
			if e.traceback != nil {
				c.emit("Traceback (most recent call last):\n", '|')
				c.emit(c.stack(e.traceback), '|')
			}
			c.emit(c.exceptionOnly(e), '|')
		case c.depth > maxGroupDepth:
			c.emit("... (max_group_depth is "+itoa(maxGroupDepth)+")\n", '|')
		default:
			toplevel := c.depth == 0
			if toplevel {
				c.depth++
			}
			if e.traceback != nil {
				margin := byte('|')
				if toplevel {
					margin = '+'
				}
				c.emit("Exception Group Traceback (most recent call last):\n", margin)
				c.emit(c.stack(e.traceback), '|')
			}
			c.emit(c.exceptionOnly(e), '|')
			n := len(group)
			if n > maxGroupWidth {
				n = maxGroupWidth + 1
			}
			c.needClose = false
			for k := 0; k < n; k++ {
				last := k == n-1
				if last {
					c.needClose = true
				}
				truncated := k >= maxGroupWidth
				title := itoa(k + 1)
				if truncated {
					title = "..."
				}
				head := "  "
				if k == 0 {
					head = "+-"
				}
				c.b.WriteString(c.indent() + head + "+---------------- " + title + " ----------------\n")
				c.depth++
				if !truncated {
					// CPython formats the members without colorize.
					color := c.color
					c.color = false
					c.format(group[k].exc())
					c.color = color
				} else {
					rest := len(group) - maxGroupWidth
					c.emit("and "+itoa(rest)+" more exception"+plural(rest, "", "s")+"\n", '|')
				}
				if last && c.needClose {
					c.b.WriteString(c.indent() + "+------------------------------------\n")
					c.needClose = false
				}
				c.depth--
			}
			if toplevel {
				c.depth = 0
			}
		}
		if i > 0 {
			c.emit(chain[i].msg, '|')
		}
	}
}

// exceptionOnly is format_exception_only: "Type: message", SyntaxError's
// location block, then the notes.
func (c *tbCtx) exceptionOnly(e *Exception) string {
	var b strings.Builder
	name := e.typ.fullName()
	if e.typ.IsSubtype(syntaxError) {
		b.WriteString(syntaxErrorBlock(c.t, e, name, c.colored()))
	} else {
		s, err := StrOf(c.t, e.Value())
		if err != nil {
			s = "<exception str() failed>"
		}
		s += suggestionSuffix(c.t, e)
		switch {
		case c.colored() && s == "":
			b.WriteString(ansiBoldMagenta + name + ansiReset + "\n")
		case c.colored():
			b.WriteString(ansiBoldMagenta + name + ansiReset + ": " + ansiMagenta + s + ansiReset + "\n")
		case s == "":
			b.WriteString(name + "\n")
		default:
			b.WriteString(name + ": " + s + "\n")
		}
	}
	if e.dict != nil {
		if notes, ok := e.dict.GetStr("__notes__"); ok {
			if items, ok := notes.asList(); ok {
				for _, n := range items.items {
					ns, err := StrOf(c.t, n)
					if err != nil {
						ns = "<note str() failed>"
					}
					b.WriteString(ns + "\n")
				}
			} else if r, err := Repr(c.t, notes); err == nil {
				b.WriteString(r + "\n")
			}
		}
	}
	return b.String()
}

// syntaxErrorBlock is TracebackException._format_syntax_error.
func syntaxErrorBlock(t *Thread, e *Exception, name string, color bool) string {
	var b strings.Builder
	msgV, fileV, linenoV, offsetV, textV, endLinenoV, endOffsetV := e.field(0), e.field(1), e.field(2), e.field(3), e.field(4), e.field(5), e.field(6)
	suffix := ""
	lineno, hasLine := AsInt64(linenoV)
	if hasLine && !linenoV.IsNone() {
		file := "<string>"
		if fileV.Type().layout == strType {
			file = fileV.str().s
		}
		if color {
			b.WriteString("  File " + ansiMagenta + "\"" + file + "\"" + ansiReset + ", line " + ansiMagenta + itoa(int(lineno)) + ansiReset + "\n")
		} else {
			b.WriteString("  File \"" + file + "\", line " + itoa(int(lineno)) + "\n")
		}
	} else if fileV.Type().layout == strType {
		suffix = " (" + fileV.str().s + ")"
	}
	if textV.Type().layout == strType {
		text := textV.str().s
		rtext := strings.TrimRight(text, "\n")
		ltext := strings.TrimLeft(rtext, " \n\f")
		rr, lr := []rune(rtext), []rune(ltext)
		spaces := len(rr) - len(lr)
		offset, hasOff := AsInt64(offsetV)
		if !hasOff || offsetV.IsNone() {
			b.WriteString("    " + ltext + "\n")
		} else {
			tl := int64(len([]rune(text)))
			endLineno, _ := AsInt64(endLinenoV)
			var endOffset int64
			if lineno == endLineno {
				endOffset = offset
				if eo, ok := AsInt64(endOffsetV); ok && !endOffsetV.IsNone() && eo != 0 {
					endOffset = eo
				}
			} else {
				endOffset = int64(len(rr)) + 1
			}
			if text != "" && offset > tl {
				offset = int64(len(rr)) + 1
			}
			if text != "" && endOffset > tl {
				endOffset = int64(len(rr)) + 1
			}
			if offset >= endOffset || endOffset < 0 {
				endOffset = offset + 1
			}
			colno := int(offset) - 1 - spaces
			endColno := int(endOffset) - 1 - spaces
			if colno >= 0 && color {
				// bold red from colno to endColno (as Python slices: clamped)
				lo, hi := min(colno, len(lr)), min(max(endColno, colno), len(lr))
				b.WriteString("    " + string(lr[:lo]) + ansiBoldRed + string(lr[lo:hi]) + ansiReset + string(lr[hi:]) + "\n")
			} else {
				b.WriteString("    " + ltext + "\n")
			}
			if colno >= 0 {
				var sp strings.Builder
				for i, r := range lr {
					if i >= colno {
						break
					}
					if isSpaceRune(r) {
						sp.WriteRune(r)
					} else {
						sp.WriteByte(' ')
					}
				}
				for i := len(lr); i < colno; i++ {
					sp.WriteByte(' ')
				}
				if color {
					b.WriteString("    " + sp.String() + ansiBoldRed + strings.Repeat("^", max(0, endColno-colno)) + ansiReset + "\n")
				} else {
					b.WriteString("    " + sp.String() + strings.Repeat("^", max(0, endColno-colno)) + "\n")
				}
			}
		}
	}
	msg := "<no detail available>"
	if msgV.Type().layout == strType && msgV.str().s != "" {
		msg = msgV.str().s
	}
	if color {
		b.WriteString(ansiBoldMagenta + name + ansiReset + ": " + ansiMagenta + msg + ansiReset + suffix + "\n")
	} else {
		b.WriteString(name + ": " + msg + suffix + "\n")
	}
	return b.String()
}

// stack renders traceback entries.
func (c *tbCtx) stack(tb *traceback) string {
	var b strings.Builder
	formatEntries(c.t, &b, tb, c.files, c.colored(), false)
	return b.String()
}

// recursiveCutoff is traceback._RECURSIVE_CUTOFF: identical consecutive
// entries beyond this many are summarised.
const recursiveCutoff = 3

// formatEntries writes a traceback's entries; plain ones show only each entry's
// first source line, stripped, as CPython's C-level printer (PyTraceBack_Print)
// does.
func formatEntries(t *Thread, b *strings.Builder, tb *traceback, files map[string][]string, color, plain bool) {
	var lastFile, lastName string
	lastLine, count := -1, 0
	flush := func() {
		if count > recursiveCutoff {
			n := count - recursiveCutoff
			b.WriteString("  [Previous line repeated " + itoa(n) + " more time" + plural(n, "", "s") + "]\n")
		}
	}
	for ; tb != nil; tb = tb.next {
		c := tb.frame.code
		line := tb.Line()
		if c.bc.Filename == lastFile && c.bc.Name == lastName && line == lastLine {
			count++
			if count > recursiveCutoff {
				continue
			}
		} else {
			flush()
			lastFile, lastName, lastLine, count = c.bc.Filename, c.bc.Name, line, 1
		}
		lineText := "None" // traceback.py prints a missing line number as None
		if line >= 0 {
			lineText = itoa(line)
		}
		if color {
			b.WriteString("  File " + ansiMagenta + "\"" + c.bc.Filename + "\"" + ansiReset + ", line " + ansiMagenta + lineText + ansiReset + ", in " + ansiMagenta + c.bc.Name + ansiReset + "\n")
		} else {
			b.WriteString("  File \"" + c.bc.Filename + "\", line " + lineText + ", in " + c.bc.Name + "\n")
		}
		if c.source == nil {
			loaderSource(t, tb.frame, c.bc.Filename, files)
		}
		if plain {
			lines := c.source
			if lines == nil {
				lines = fileLines(c.bc.Filename, files)
			}
			if line >= 1 && line <= len(lines) {
				if s := strings.TrimSpace(lines[line-1]); s != "" {
					b.WriteString("    " + s + "\n")
				}
			}
			continue
		}
		writeSource(b, c, tb.lasti, files, color)
	}
	flush()
}

func fileLines(name string, files map[string][]string) []string {
	if l, ok := files[name]; ok {
		return l
	}
	var lines []string
	if _, closed := files[sandboxFiles]; closed {
		return nil
	}
	if data, err := os.ReadFile(name); err == nil {
		lines = splitSourceLines(string(data))
	}
	files[name] = lines
	return lines
}

// loaderSource is linecache.lazycache: the source of a file that cannot be read
// (a module in a ZIP archive) comes from the frame's module's
// __loader__.get_source(__name__), if it has one.
func loaderSource(t *Thread, f *frame, name string, files map[string][]string) {
	if _, ok := files[name]; ok || t == nil || f == nil || f.globals == nil || name == "" ||
		strings.HasPrefix(name, "<") && strings.HasSuffix(name, ">") {
		return
	}
	if _, err := os.Stat(name); err == nil {
		return
	}
	loader, ok := f.globals.GetStr("__loader__")
	modName, ok2 := f.globals.GetStr("__name__")
	if !ok || !ok2 || loader.IsNone() {
		return
	}
	gs, found, err := lookupAttr(t, loader, NewStr("get_source").str())
	if err != nil || !found {
		return
	}
	src, err := Call(t, gs, modName)
	if err != nil || src.Type() != strType {
		return
	}
	files[name] = splitSourceLines(src.str().s)
}

// colorCarets is format_frame_summary's colouring: the parts of the source line
// under "^" in bold red and under "~" in red, and the carets alike (the two zipped
// as itertools.zip_longest pairs them, character by character).
func colorCarets(line string, carets []rune) (string, string) {
	lr := []rune(line)
	var lb, cb strings.Builder
	n := max(len(lr), len(carets))
	for i := 0; i < n; {
		key := rune(0)
		if i < len(carets) {
			key = carets[i]
		}
		j := i
		for j < n && (j < len(carets) && carets[j] == key || j >= len(carets) && key == 0) {
			j++
		}
		var chars, cs string
		if i < len(lr) {
			chars = string(lr[i:min(j, len(lr))])
		}
		if i < len(carets) {
			cs = string(carets[i:min(j, len(carets))])
		}
		switch key {
		case '^':
			lb.WriteString(ansiBoldRed + chars + ansiReset)
			cb.WriteString(ansiBoldRed + cs + ansiReset)
		case '~':
			lb.WriteString(ansiRed + chars + ansiReset)
			cb.WriteString(ansiRed + cs + ansiReset)
		default:
			lb.WriteString(chars)
			cb.WriteString(cs)
		}
		i = j
	}
	return lb.String(), cb.String()
}

func splitSourceLines(src string) []string {
	lines := strings.Split(src, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, "\r")
	}
	return lines
}

// writeSource writes the source lines of the instruction at lasti, with the
// caret line when CPython shows one (StackSummary.format_frame_summary).
func writeSource(b *strings.Builder, c *Code, lasti int, files map[string][]string, color bool) {
	lines := c.source
	if lines == nil {
		lines = fileLines(c.bc.Filename, files)
	}
	pos := bytecode.Positions(c.bc)
	i := lasti / 2
	if i < 0 || i >= len(pos) {
		return
	}
	p := pos[i]
	if p.Line < 1 || p.Line > len(lines) {
		return
	}
	if p.EndLine < p.Line || p.EndLine > len(lines) || p.Col < 0 || p.EndCol < 0 {
		if s := strings.TrimSpace(lines[p.Line-1]); s != "" {
			b.WriteString("    " + s + "\n")
		}
		return
	}
	orig := lines[p.Line-1 : p.EndLine]
	all := dedent(orig)
	if strings.TrimSpace(strings.Join(all, "\n")) == "" {
		return
	}
	start := byteToRune(orig[0], p.Col)
	end := byteToRune(orig[len(orig)-1], p.EndCol)
	dd := utf8.RuneCountInString(orig[0]) - utf8.RuneCountInString(all[0])
	start, end = max(0, start-dd), max(0, end-dd)
	// the exact segment of the instruction
	joined := []rune(strings.Join(all, "\n"))
	lastLen := utf8.RuneCountInString(all[len(all)-1])
	segEnd := len(joined) - (lastLen - end)
	if start > len(joined) || segEnd < start || segEnd > len(joined) {
		b.WriteString("    " + strings.TrimSpace(orig[0]) + "\n")
		return
	}
	segment := string(joined[start:segEnd])
	an := caretAnchors(segment)
	show := shouldShowCarets(start, end, all, an)

	significant := map[int]bool{0: true, len(all) - 1: true}
	leftEnd, rightStart := 0, 0
	if an != nil {
		leftEnd, rightStart = an.leftEnd, an.rightStart
		if an.leftLine == 0 {
			leftEnd += start
		}
		if an.rightLine == 0 {
			rightStart += start
		}
		for _, l := range []int{an.leftLine, an.rightLine} {
			for d := -1; d <= 1; d++ {
				if l+d >= 0 && l+d < len(all) {
					significant[l+d] = true
				}
			}
		}
	}
	var out []string
	outputLine := func(ln int) {
		out = append(out, all[ln])
		if !show {
			return
		}
		lr := []rune(all[ln])
		spaces := len(lr) - len([]rune(strings.TrimLeft(all[ln], " \t")))
		n := len(lr)
		if ln == len(all)-1 {
			n = end
		}
		carets := make([]rune, 0, n)
		for col := 0; col < n; col++ {
			switch {
			case col < spaces || ln == 0 && col < start:
				carets = append(carets, ' ')
			case an != nil && (ln > an.leftLine || ln == an.leftLine && col >= leftEnd) &&
				(ln < an.rightLine || ln == an.rightLine && col < rightStart):
				carets = append(carets, '^')
			case an != nil:
				carets = append(carets, '~')
			default:
				carets = append(carets, '^')
			}
		}
		if color {
			line, cs := colorCarets(all[ln]+"\n", carets)
			out[len(out)-1] = strings.TrimSuffix(line, "\n")
			out = append(out, cs)
			return
		}
		out = append(out, string(carets))
	}
	var sig []int
	for l := range significant {
		sig = append(sig, l)
	}
	slices.Sort(sig)
	for k, ln := range sig {
		if k > 0 {
			switch diff := ln - sig[k-1]; {
			case diff == 2:
				outputLine(ln - 1)
			case diff > 2:
				out = append(out, "...<"+itoa(diff-1)+" lines>...")
			}
		}
		outputLine(ln)
	}
	for _, l := range dedent(out) {
		b.WriteString("    " + l + "\n")
	}
}

// dedent is textwrap.dedent over lines: the common leading whitespace of the
// non-blank lines goes; blank lines become empty.
func dedent(lines []string) []string {
	prefix := ""
	first := true
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		ws := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		if first {
			prefix, first = ws, false
			continue
		}
		for !strings.HasPrefix(ws, prefix) {
			prefix = prefix[:len(prefix)-1]
		}
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			out[i] = ""
		} else {
			out[i] = strings.TrimPrefix(l, prefix)
		}
	}
	return out
}

func byteToRune(line string, off int) int {
	if off > len(line) {
		off = len(line)
	}
	return utf8.RuneCountInString(line[:off])
}

type anchors struct {
	leftLine, leftEnd, rightLine, rightStart int
}

// caretAnchors is _extract_caret_anchors_from_line_segment: for a binary
// operation, a subscript or a call, where the operator / brackets are.
func caretAnchors(segment string) *anchors {
	res, err := parser.ParseString("<segment>", "(\n"+segment+"\n)", parser.Exec, parser.Options{})
	if err != nil {
		return nil
	}
	mod, ok := res.Tree.(*ast.Module)
	if !ok || len(mod.Body) != 1 {
		return nil
	}
	es, ok := mod.Body[0].(*ast.ExprStmt)
	if !ok {
		return nil
	}
	lines := strings.Split(segment, "\n")
	valid := func(ln, col int) (int, int, bool) {
		for ln < len(lines) && col >= utf8.RuneCountInString(lines[ln]) {
			col, ln = 0, ln+1
		}
		return ln, col, ln < len(lines)
	}
	at := func(ln, col int) rune { return []rune(lines[ln])[col] }
	endOf := func(e ast.Expr, force bool) (int, int, bool) {
		p := e.(interface{ GetPos() *ast.Pos }).GetPos()
		ln := p.EndLineno - 2
		if ln < 0 || ln >= len(lines) {
			return 0, 0, false
		}
		col := byteToRune(lines[ln], p.EndColOffset)
		if force {
			return valid(ln, col)
		}
		return ln, col, true
	}
	until := func(ln, col int, stop func(rune) bool) (int, int, bool) {
		for {
			ch := at(ln, col)
			var ok bool
			switch {
			case ch == '\\' || ch == '#':
				ln, col, ok = valid(ln+1, 0)
			case !stop(ch):
				ln, col, ok = valid(ln, col+1)
			default:
				return ln, col, true
			}
			if !ok {
				return 0, 0, false
			}
		}
	}
	switch x := es.Value.(type) {
	case *ast.BinOp:
		ln, col, ok := endOf(x.Left, true)
		if !ok {
			return nil
		}
		if ln, col, ok = until(ln, col, func(r rune) bool { return r != ' ' && r != '\t' && r != ')' }); !ok {
			return nil
		}
		right := col + 1
		rp := x.Right.(interface{ GetPos() *ast.Pos }).GetPos()
		lr := []rune(lines[ln])
		if right < len(lr) && (rp.Lineno-2 > ln || right < byteToRune(lines[rp.Lineno-2], rp.ColOffset)) {
			if ch := lr[right]; ch != ' ' && ch != '\t' && ch != '\\' && ch != '#' {
				right++
			}
		}
		return &anchors{ln, col, ln, right}
	case *ast.Subscript, *ast.Call:
		var inner ast.Expr
		open := '['
		if s, ok := x.(*ast.Subscript); ok {
			inner = s.Value
		} else {
			inner, open = x.(*ast.Call).Func, '('
		}
		ln, col, ok := endOf(inner, true)
		if !ok {
			return nil
		}
		if ln, col, ok = until(ln, col, func(r rune) bool { return r == open }); !ok {
			return nil
		}
		rl, rc, ok := endOf(es.Value, false)
		if !ok {
			return nil
		}
		return &anchors{ln, col, rl, rc}
	}
	return nil
}

// shouldShowCarets is StackSummary._should_show_carets.
func shouldShowCarets(start, end int, all []string, an *anchors) bool {
	if res, err := parser.ParseString("<lines>", strings.Join(all, "\n"), parser.Exec, parser.Options{}); err == nil {
		if mod, ok := res.Tree.(*ast.Module); ok && len(mod.Body) > 0 {
			var value ast.Expr
			switch s := mod.Body[0].(type) {
			case *ast.Return:
				if c, ok := s.Value.(*ast.Call); ok {
					if _, ok := c.Func.(*ast.Name); ok {
						value = c
					}
				}
			case *ast.Assign:
				if c, ok := s.Value.(*ast.Call); ok && len(s.Targets) == 1 {
					if _, ok := s.Targets[0].(*ast.Name); ok {
						value = c
					}
				}
			}
			if value != nil {
				p := value.(interface{ GetPos() *ast.Pos }).GetPos()
				if p.Lineno == 1 && p.EndLineno == len(all) &&
					byteToRune(all[0], p.ColOffset) == start && byteToRune(all[len(all)-1], p.EndColOffset) == end {
					return false
				}
			}
		}
	}
	if an != nil {
		return true
	}
	first := []rune(all[0])
	last := []rune(all[len(all)-1])
	return strings.TrimSpace(string(first[:min(start, len(first))])) != "" || strings.TrimSpace(string(last[min(end, len(last)):])) != ""
}

// SourceBlock is what traceback.py's StackSummary.format_frame_summary
// writes under an entry's File line for the instruction at lasti of code:
// its source lines, dedented and indented by four spaces, and the caret line
// when CPython shows one. ok is false when code is not a code object or
// lasti is outside it; the text is empty when the source is unavailable.
func SourceBlock(t *Thread, code Value, lasti int64) (text string, ok bool) {
	if code.Type() != codeType {
		return "", false
	}
	c := code.code()
	if lasti < 0 || lasti/2 >= int64(len(bytecode.Positions(c.bc))) {
		return "", false
	}
	files := t.interp.newFileCache()
	if src, found := t.interp.sources[c.bc.Filename]; found {
		files[c.bc.Filename] = splitSourceLines(src)
	}
	var b strings.Builder
	writeSource(&b, c, int(lasti), files, false)
	return b.String(), true
}
