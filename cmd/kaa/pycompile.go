package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"syscall"

	"github.com/kaa-python/kaa/compile"
	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/marshal"
	"github.com/kaa-python/kaa/py"
	"github.com/kaa-python/kaa/syntax/parser"
	"github.com/kaa-python/kaa/syntax/token"
)

func init() {
	tools["py_compile"] = func(args []string, env toolEnv) int {
		return pyCompileMainTo(args, env.optimize, os.Stdin, os.Stdout, os.Stderr)
	}
}

// CachePath is importlib.util.cache_from_source for Kaa (py.CacheFromSource), at
// the optimize level given as the optional argument (0 when absent).
func CachePath(source string, optimize ...int) string {
	opt := 0
	if len(optimize) > 0 {
		opt = optimize[0]
	}
	return py.CacheFromSource(source, opt, "")
}

// InvalidationMode is py_compile.PycInvalidationMode: how the importer decides
// whether a .pyc is stale.
type InvalidationMode int

const (
	Timestamp     InvalidationMode = 1 // the header holds the source's mtime and size
	CheckedHash   InvalidationMode = 2 // the header holds the source's hash, checked on import
	UncheckedHash InvalidationMode = 3 // the header holds the source's hash, never checked
)

// DefaultInvalidationMode is py_compile's default: CheckedHash when
// SOURCE_DATE_EPOCH is set (reproducible builds), Timestamp otherwise.
func DefaultInvalidationMode() InvalidationMode {
	if os.Getenv("SOURCE_DATE_EPOCH") != "" {
		return CheckedHash
	}
	return Timestamp
}

// PycOptions are the choices of CompilePyc.
type PycOptions struct {
	// Dfile is the filename recorded in the code objects and shown in error
	// messages; the source's path when empty.
	Dfile string
	// Mode is the header kind; DefaultInvalidationMode() when zero.
	Mode InvalidationMode
	// Optimize is the compiler's optimization level: 0, 1 (no asserts, __debug__
	// false) or 2 (also no docstrings); -1 is Interp's.
	Optimize int
	// Interp is the interpreter's -O level (sys.flags.optimize), which
	// Optimize -1 stands for.
	Interp int
}

// CompileError is a source that does not compile. Msg is the text py_compile
// prints for it: the SyntaxError as a traceback ends, or "Sorry: TYPE: message".
type CompileError struct {
	Err error
	Msg string
}

func (e *CompileError) Error() string { return e.Msg }

// CompilePyc compiles the Python source file source and writes it as a .pyc at cfile
// with the header opts.Mode asks for, as py_compile.compile does: the write is
// atomic (a temporary file beside cfile, then a rename), cfile's directory is
// created if missing, and the file gets the source's permission bits (plus owner
// write). A source that does not compile is a *CompileError; anything else is an
// OS error about a file. cfile must not be a symlink or another non-regular file.
func CompilePyc(source, cfile string, opts PycOptions) error {
	if fi, err := os.Lstat(cfile); err == nil {
		if fi.Mode()&fs.ModeSymlink != 0 {
			return &os.PathError{Op: "compile", Path: cfile, Err: errFileExists(cfile + " is a symlink and will be changed into a regular file if import writes a byte-compiled file to it")}
		}
		if !fi.Mode().IsRegular() {
			return &os.PathError{Op: "compile", Path: cfile, Err: errFileExists(cfile + " is a non-regular file and will be changed into a regular one if import writes a byte-compiled file to it")}
		}
	}
	src, err := os.ReadFile(source)
	if err != nil {
		return err
	}
	st, err := os.Stat(source)
	if err != nil {
		return err
	}
	dfile := opts.Dfile
	if dfile == "" {
		dfile = source
	}
	if opts.Optimize < -1 || opts.Optimize > 2 {
		return &CompileError{Msg: "Sorry: ValueError: compile(): invalid optimize value"}
	}
	optimize := opts.Optimize
	if optimize == -1 {
		optimize = opts.Interp
	}
	res, err := parser.Parse(dfile, src, parser.Exec, parser.Options{})
	if err != nil {
		return newCompileError(err)
	}
	code, err := compile.Compile(res.Tree, dfile, compile.Options{Optimize: optimize})
	if err != nil {
		// CPython's compiler errors (after parsing) get their line's text from the
		// file named by the filename being compiled, if that file exists.
		if e, ok := err.(*token.Error); ok && !e.HasText {
			if line, ok := py.ProgramText(dfile, e.Lineno); ok {
				e2 := *e
				e2.Text, e2.HasText = line, true
				err = &e2
			}
		}
		return newCompileError(err)
	}
	var h marshal.Header
	switch opts.Mode {
	case 0:
		opts.Mode = DefaultInvalidationMode()
		if opts.Mode == CheckedHash {
			h = marshal.HashHeader(src, true)
		} else {
			h = marshal.TimestampHeader(st.ModTime().Unix(), st.Size())
		}
	case Timestamp:
		h = marshal.TimestampHeader(st.ModTime().Unix(), st.Size())
	case CheckedHash, UncheckedHash:
		h = marshal.HashHeader(src, opts.Mode == CheckedHash)
	default:
		return fmt.Errorf("invalid invalidation mode %d", opts.Mode)
	}
	py.OrderFrozenSets(code, true) // as CPython's marshal writes them
	data, err := marshal.WritePyc(h, code)
	if err != nil {
		return &CompileError{Err: err, Msg: "Sorry: ValueError: " + err.Error()}
	}
	return py.WriteAtomic(cfile, data, st.Mode().Perm()|0o200)
}

// CompileFile compiles source to a timestamp-based .pyc at cfile (optimize level 0).
func CompileFile(source, cfile string) error {
	return CompilePyc(source, cfile, PycOptions{Mode: Timestamp})
}

type errFileExists string

func (e errFileExists) Error() string        { return string(e) }
func (e errFileExists) Is(target error) bool { return target == fs.ErrExist }

func newCompileError(err error) *CompileError {
	if e, ok := err.(*token.Error); ok {
		switch {
		case e.Type != "SyntaxError":
			// py_compile formats only SyntaxError itself as a traceback's end;
			// IndentationError and TabError are "Sorry: TYPE: str(exc)".
			return &CompileError{Err: err, Msg: "Sorry: " + e.Type + ": " + syntaxErrorStr(e)}
		case e.Msg == "source code string cannot contain null bytes":
			// CPython raises this one without a location (lineno None, where
			// Kaa has 0): the bare exception line.
			return &CompileError{Err: err, Msg: e.Type + ": " + e.Msg + "\n"}
		}
		return &CompileError{Err: err, Msg: formatSyntaxError(e)}
	}
	// Kaa's compiler reports constructs it cannot compile yet; CPython would
	// compile them, so there is no CPython message to copy.
	return &CompileError{Err: err, Msg: "Sorry: SystemError: " + err.Error()}
}

// syntaxErrorStr is str() of a SyntaxError: "msg (file.py, line N)", with the
// filename's last component.
func syntaxErrorStr(e *token.Error) string {
	name := e.Filename[strings.LastIndexByte(e.Filename, '/')+1:]
	switch {
	case e.Filename != "" && e.Lineno > 0:
		return fmt.Sprintf("%s (%s, line %d)", e.Msg, name, e.Lineno)
	case e.Filename != "":
		return fmt.Sprintf("%s (%s)", e.Msg, name)
	case e.Lineno > 0:
		return fmt.Sprintf("%s (line %d)", e.Msg, e.Lineno)
	}
	return e.Msg
}

// pyOSError describes a Go file error as CPython's OSError: the exception class name
// and str(exc), "[Errno 2] No such file or directory: 'name'".
func pyOSError(err error) (typ, msg string) {
	var fe errFileExists
	if errors.As(err, &fe) {
		return "FileExistsError", string(fe)
	}
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			errno = syscall.ENOENT
		case errors.Is(err, fs.ErrPermission):
			errno = syscall.EACCES
		case errors.Is(err, fs.ErrExist):
			errno = syscall.EEXIST
		default:
			return "OSError", err.Error()
		}
	}
	typ = "OSError"
	switch errno {
	case syscall.ENOENT:
		typ = "FileNotFoundError"
	case syscall.EACCES, syscall.EPERM:
		typ = "PermissionError"
	case syscall.EEXIST:
		typ = "FileExistsError"
	case syscall.EISDIR:
		typ = "IsADirectoryError"
	case syscall.ENOTDIR:
		typ = "NotADirectoryError"
	}
	s := errno.Error()
	if s != "" {
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	msg = "[Errno " + strconv.Itoa(int(errno)) + "] " + s
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		msg += ": " + constant.StrRepr(pe.Path)
	case errors.As(err, &le):
		msg += ": " + constant.StrRepr(le.Old) + " -> " + constant.StrRepr(le.New)
	}
	return typ, msg
}

var pyCompileParser = func() *argParser {
	p := &argParser{
		prog:  "py_compile.py",
		usage: "usage: py_compile.py [-h] [-q] filenames [filenames ...]\n",
		help: "\nA simple command-line interface for py_compile module.\n\n" +
			"positional arguments:\n  filenames    Files to compile\n\n" +
			"options:\n  -h, --help   show this help message and exit\n" +
			"  -q, --quiet  Suppress error output\n",
		posName:     "filenames",
		posRequired: true,
	}
	p.add(argFlag, "-h", "--help")
	p.add(argFlag, "-q", "--quiet")
	return p
}()

// pyCompileMainTo is `kaa -m py_compile [-q] FILE...` (or `-` to read the names from
// stdin), as python3.13 -m py_compile: files are compiled in order to their cache
// path; the first failure ends the run with status 1 and its message on stderr
// (unless -q).
func pyCompileMainTo(args []string, optimize int, stdin io.Reader, stdout, stderr io.Writer) int {
	r, exit := pyCompileParser.parse(args, stdout, stderr)
	if exit != nil {
		return exit.code
	}
	quiet := r.set["-q"]
	files := r.pos
	if len(files) == 1 && files[0] == "-" {
		files = nil
		sc := bufio.NewReader(stdin)
		for {
			line, err := sc.ReadString('\n')
			if line != "" {
				files = append(files, strings.TrimSuffix(line, "\n"))
			}
			if err != nil {
				break
			}
		}
	}
	for _, f := range files {
		err := CompilePyc(f, CachePath(f, optimize), PycOptions{Optimize: -1, Interp: optimize})
		if err == nil {
			continue
		}
		if !quiet {
			var ce *CompileError
			if errors.As(err, &ce) {
				io.WriteString(stderr, ce.Msg)
			} else {
				_, msg := pyOSError(err)
				io.WriteString(stderr, msg)
			}
		}
		return 1
	}
	return 0
}
