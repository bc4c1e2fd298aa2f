package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"slices"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"golang.org/x/term"

	"github.com/kaa-python/kaa/py"
)

// interact is an interactive session (-i, or no program on a terminal): the program
// the command line names runs first, if any (an exception it raises is printed, even
// SystemExit, and the prompt follows); with no program, PYTHONSTARTUP runs; then the
// REPL reads statements from stdin: with line editing and history on a terminal, else
// as CPython's basic reader does. It returns the exit status.
func interact(in *py.Interp, o *options, noProgram bool, program func() (error, bool, int)) int {
	t := in.Main()
	quiet := o.flags.Quiet
	exc, failed, _ := program()
	if failed {
		quiet = true // as CPython with -i: the message, then the prompt all the same
	}
	if noProgram && !quiet {
		in.WriteStderr(banner(in))
	}
	if exc != nil {
		t.ReportException(exc, true)
	} else if startup := os.Getenv("PYTHONSTARTUP"); noProgram && startup != "" && !o.flags.IgnoreEnvironment {
		// pymain_run_startup: the file runs in __main__ before the first prompt; its
		// SystemExit ends the program even under -i.
		if src, err := os.ReadFile(startup); err == nil {
			var cerr error
			if c, exc := py.CompileSource(startup, src, 0); exc != nil {
				cerr = exc
			} else {
				cerr = t.RunInteractive(c)
			}
			if cerr != nil {
				if status, exit := t.ReportException(cerr, false); exit {
					return status
				}
			}
		} else {
			in.WriteStderr("Could not open PYTHONSTARTUP\nFileNotFoundError: [Errno 2] No such file or directory: '" + startup + "'\n")
		}
	}
	in.Flush()
	initPrompts(in)
	var r lineReader
	if fd := int(os.Stdin.Fd()); term.IsTerminal(fd) {
		r = newTermReader(fd, in)
	} else {
		r = &basicReader{in: in}
	}
	return repl(t, r)
}

// A lineReader reads one line of input after showing prompt; it returns io.EOF at
// the end of input and errInterrupt for Ctrl-C.
type lineReader interface {
	readLine(prompt string) (string, error)
}

type interruptError struct{}

func (interruptError) Error() string { return "KeyboardInterrupt" }

var errInterrupt error = interruptError{}

// repl is PyRun_InteractiveLoop: read a statement (prompting sys.ps1, then sys.ps2
// while it is incomplete), run it in __main__, report its exception, until the end of
// input or SystemExit.
func repl(t *py.Thread, r lineReader) int {
	in := t.Interp()
	for {
		text := ""
		for {
			in.Flush()
			line, err := r.readLine(prompt(t, text != ""))
			if err == errInterrupt {
				in.WriteStderr("KeyboardInterrupt\n")
				break
			}
			eof := line == "" && err != nil
			if eof {
				// As CPython: end of input ends the line on the terminal, runs what was
				// typed so far, and leaves at the next prompt.
				in.WriteStderr("\n")
				if text == "" {
					in.Flush()
					return 0
				}
			}
			text += line
			if !eof && !strings.HasSuffix(line, "\n") {
				// A last line without its newline: CPython's tokenizer asks for the rest
				// of the line (prompt sys.ps2) and meets the end of input.
				continue
			}
			code, more, cerr := t.CompileInteractive("<stdin>", text, eof)
			if more {
				continue
			}
			if cerr == nil && code != nil {
				cerr = t.RunInteractive(code)
			}
			if cerr != nil {
				if status, exit := t.ReportException(cerr, false); exit {
					in.Flush()
					return status
				}
			}
			break
		}
	}
}

// basicReader is CPython's reader when stdin is not a terminal: the prompt goes to
// stderr, the line comes from the interpreter's stdin buffer (shared with input()).
type basicReader struct{ in *py.Interp }

func (b *basicReader) readLine(prompt string) (string, error) {
	b.in.WriteStderr(prompt)
	// The wait for a line lets the other threads run, as CPython's reader does.
	read := func() (s string, err error) {
		b.in.Main().Unlocked(func() { s, err = b.in.Stdin().ReadString('\n') })
		return
	}
	line, err := read()
	for errors.Is(err, py.ErrInterrupted) {
		if b.in.ClearInterrupt() {
			// As CPython's reader: Ctrl-C at the prompt ends the line first.
			b.in.WriteStderr("\n")
			return "", errInterrupt
		}
		// A signal: its handler runs (an exception it raises is reported as
		// the prompt's), then the read goes on.
		if exc := b.in.Main().CheckInterrupt(); exc != nil {
			b.in.WriteStderr("\n")
			b.in.Main().ReportException(exc, false)
			b.in.WriteStderr(prompt)
		}
		var more string
		more, err = read()
		line += more
	}
	if line != "" {
		err = nil
	}
	return line, err
}

// termReader edits lines on a terminal with golang.org/x/term: arrow keys, history,
// Ctrl-C (which abandons the statement being typed) and Ctrl-D (end of input on an
// empty line). The terminal is in raw mode only while a line is read.
type termReader struct {
	fd   int
	term *term.Terminal
	keys *ctrlCReader
	hist *history
	th   *py.Thread
	tabs int // Tab presses in a row: the second lists the completions
	// completer is rlcompleter.Completer(__main__.__dict__).complete, made at
	// the first Tab (importing rlcompleter at start-up would slow every REPL).
	completer py.Value
}

func newTermReader(fd int, in *py.Interp) *termReader {
	keys := &ctrlCReader{r: os.Stdin}
	var out io.Writer = os.Stderr
	if term.IsTerminal(int(os.Stdout.Fd())) {
		out = os.Stdout
	}
	r := &termReader{fd: fd, keys: keys, hist: &history{interrupted: &keys.interrupted}}
	r.term = term.NewTerminal(struct {
		io.Reader
		io.Writer
	}{keys, out}, "")
	r.term.History = r.hist
	r.th = in.Main()
	r.term.AutoCompleteCallback = r.complete
	return r
}

// completerDelims are the characters that end the word Tab completes (readline's,
// as CPython's REPL uses them).
const completerDelims = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?"

// complete is Tab in CPython 3.13's REPL: with nothing to complete before the
// cursor it indents to the next multiple of four columns; otherwise the word before
// the cursor is completed as rlcompleter completes it (completions): the
// only completion, or the completions' common prefix, and a second Tab in a row
// lists them in columns. line and pos count runes.
func (r *termReader) complete(line string, pos int, key rune) (string, int, bool) {
	if key != '\t' {
		r.tabs = 0
		return "", 0, false
	}
	r.tabs++
	rs := []rune(line)
	start := pos
	for start > 0 && !strings.ContainsRune(completerDelims, rs[start-1]) {
		start--
	}
	insert := func(s string) (string, int, bool) {
		ins := []rune(s)
		out := append(append(append([]rune{}, rs[:pos]...), ins...), rs[pos:]...)
		return string(out), pos + len(ins), true
	}
	stem := string(rs[start:pos])
	if stem == "" {
		return insert(strings.Repeat(" ", 4-pos%4))
	}
	matches := r.completions(stem)
	switch len(matches) {
	case 0:
		return line, pos, true
	case 1:
		return insert(matches[0][len(stem):])
	}
	common := matches[0]
	for _, m := range matches[1:] {
		for !strings.HasPrefix(m, common) {
			_, size := utf8.DecodeLastRuneInString(common)
			common = common[:len(common)-size]
		}
	}
	if r.tabs >= 2 {
		r.term.Write([]byte(completionMenu(matches, r.width())))
	}
	return insert(common[len(stem):])
}

// completions asks rlcompleter for the completions of stem over __main__'s
// namespace, as CPython's REPL does: complete(stem, 0), complete(stem, 1), ...
// until one is not a str or raises; sorted. A failure to import rlcompleter gives
// none.
func (r *termReader) completions(stem string) []string {
	if r.completer.IsNil() {
		mod, err := py.Import(r.th, "rlcompleter")
		if err != nil {
			return nil
		}
		cls, err := py.GetAttrS(r.th, mod, "Completer")
		if err != nil {
			return nil
		}
		ns := py.ModuleDict(r.th.Interp().MainModule()).Value()
		c, err := py.Call(r.th, cls, ns)
		if err != nil {
			return nil
		}
		if r.completer, err = py.GetAttrS(r.th, c, "complete"); err != nil {
			return nil
		}
	}
	var out []string
	for state := int64(0); ; state++ {
		v, err := py.Call(r.th, r.completer, py.NewStr(stem), py.Int(state))
		if err != nil {
			break
		}
		s, ok := py.AsStr(v)
		if !ok {
			break
		}
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

func (r *termReader) width() int {
	if w, _, err := term.GetSize(r.fd); err == nil && w > 0 {
		return w
	}
	return 80
}

// completionMenu lays the completions out in columns filled top to bottom, as
// CPython's REPL builds its menu (each item padded to the longest and followed by
// two spaces).
func completionMenu(words []string, width int) string {
	maxlen := 0
	for _, w := range words {
		maxlen = max(maxlen, utf8.RuneCountInString(w))
	}
	maxlen = min(maxlen, width-2)
	cols := max(1, width/(maxlen+2))
	rows := (len(words)-1)/cols + 1
	var b strings.Builder
	for row := 0; row < rows; row++ {
		for col := 0; col < cols; col++ {
			i := col*rows + row
			if i >= len(words) {
				break
			}
			w := words[i]
			b.WriteString(w + strings.Repeat(" ", max(0, maxlen-utf8.RuneCountInString(w))) + "  ")
		}
		b.WriteString("\n")
	}
	return b.String()
}

func (r *termReader) readLine(prompt string) (string, error) {
	old, err := term.MakeRaw(r.fd)
	if err != nil {
		return "", err
	}
	defer term.Restore(r.fd, old)
	if w, h, err := term.GetSize(r.fd); err == nil {
		r.term.SetSize(w, h)
	}
	r.term.SetPrompt(prompt)
	r.keys.interrupted.Store(false)
	line, err := r.term.ReadLine()
	if r.keys.interrupted.Load() {
		return "", errInterrupt
	}
	if err == term.ErrPasteIndicator {
		err = nil
	}
	if err != nil {
		return "", err
	}
	return line + "\n", nil
}

// ctrlCReader turns Ctrl-C into Enter and notes it: x/term's Terminal reports Ctrl-C
// as io.EOF, like Ctrl-D, and keeps the half-typed line; Enter ends that line
// cleanly and the flag tells readLine it was an interrupt. A Ctrl-C is handed over
// alone, in a read of its own, so that the lines typed before it (which the Terminal
// returns first) are not taken for interrupted ones; what follows it waits in pending.
type ctrlCReader struct {
	r           io.Reader
	buf         [256]byte
	pending     []byte
	interrupted atomic.Bool
}

func (c *ctrlCReader) Read(p []byte) (int, error) {
	if len(c.pending) == 0 {
		n, err := c.r.Read(c.buf[:])
		if n == 0 {
			return 0, err
		}
		c.pending = c.buf[:n]
	}
	if c.pending[0] == 3 {
		c.pending = c.pending[1:]
		c.interrupted.Store(true)
		p[0] = '\r'
		return 1, nil
	}
	k := len(c.pending)
	if i := bytes.IndexByte(c.pending, 3); i >= 0 {
		k = i
	}
	n := copy(p, c.pending[:k])
	c.pending = c.pending[n:]
	return n, nil
}

// history is the Terminal's history, without empty lines and interrupted ones.
type history struct {
	lines       []string // oldest first
	interrupted *atomic.Bool
}

const historyMax = 1000

func (h *history) Add(line string) {
	if strings.TrimSpace(line) == "" || h.interrupted.Load() {
		return
	}
	h.lines = append(h.lines, line)
	if len(h.lines) > historyMax {
		h.lines = h.lines[len(h.lines)-historyMax:]
	}
}

func (h *history) Len() int { return len(h.lines) }

func (h *history) At(i int) string { return h.lines[len(h.lines)-1-i] }
