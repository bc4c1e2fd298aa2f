package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"sync/atomic"

	"golang.org/x/term"

	"github.com/kaa-python/kaa/py"
)

// interact is an interactive session (-i, or no program on a terminal): the program
// the command line names runs first, if any (an exception it raises is printed, even
// SystemExit, and the prompt follows); with no program, PYTHONSTARTUP runs; then the
// REPL reads statements from stdin: with line editing and history on a terminal, else
// as CPython's basic reader does. It returns the exit status.
func interact(in *py.Interp, o *options, noProgram bool, program func() (*py.Exception, bool, int)) int {
	t := in.Main()
	quiet := o.flags.Quiet
	exc, failed, _ := program()
	if failed {
		quiet = true // as CPython with -i: the message, then the prompt all the same
	}
	if noProgram && !quiet {
		in.WriteStderr(in.Banner())
	}
	if exc != nil {
		t.ReportException(exc, true)
	} else if startup := os.Getenv("PYTHONSTARTUP"); noProgram && startup != "" && !o.flags.IgnoreEnvironment {
		// pymain_run_startup: the file runs in __main__ before the first prompt; its
		// SystemExit ends the program even under -i.
		if src, err := os.ReadFile(startup); err == nil {
			c, cerr := py.CompileSource(startup, src, 0)
			if cerr == nil {
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
	in.InitPrompts()
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
			line, err := r.readLine(t.Prompt(text != ""))
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
			code, more, cerr := py.CompileInteractive("<stdin>", text, eof, 0)
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
	line, err := b.in.Stdin().ReadString('\n')
	if errors.Is(err, py.ErrInterrupted) {
		// As CPython's reader: Ctrl-C at the prompt ends the line first.
		b.in.ClearInterrupt()
		b.in.WriteStderr("\n")
		return "", errInterrupt
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
	return r
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
