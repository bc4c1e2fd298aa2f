// Command kaa is the Kaa Python 3.13 interpreter's command line: `kaa` runs where
// `python3` ran, with CPython 3.13's options, environment variables and exit codes.
package main

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"github.com/kaa-python/kaa/modules"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/kaa-python/kaa/lib"
	"github.com/kaa-python/kaa/py"
)

//go:generate sh -c "python3.13 gen_help.py | gofmt > help_gen.go"

// goMaxStack is the Go stack limit kaa sets for its goroutines: Python calls nest
// as Go calls, and Go's ceiling, 2*10^9 bytes (its default is 10^9), leaves room
// for the million nested calls that sys.setrecursionlimit(10**6) allows in
// CPython. Only a program that recurses that deep uses it.
const goMaxStack = 2_000_000_000

func main() {
	debug.SetMaxStack(goMaxStack)
	if startProfile != nil {
		if stop := startProfile(); stop != nil {
			code := run(os.Args[1:])
			stop()
			os.Exit(code)
		}
	}
	os.Exit(run(os.Args[1:]))
}

// startProfile, set only in a `-tags kaaprof` build (profile.go), starts a Go CPU
// profile when KAA_CPUPROFILE names a file and returns the function that ends it.
// Linking runtime/pprof into every binary would keep the runtime's memory profiling
// on and cost start-up time.
var startProfile func() (stop func())

// executable is how error messages name the interpreter (sys.executable).
func executable() string { return py.Executable() }

func usageLine() string {
	return "usage: " + executable() + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
}

// run executes the command line and returns the process exit code. A Go panic that
// escapes the interpreter (a bug in Kaa) is reported in one line, never as a Go stack.
func run(args []string) (status int) {
	if os.Getenv("KAA_GOTRACEBACK") == "" {
		defer func() {
			if r := recover(); r != nil {
				fmt.Fprintf(os.Stderr, "Fatal Python error: kaa internal error: %v\n(set KAA_GOTRACEBACK=1 to see the Go stack)\n", r)
				status = 1
			}
		}()
	}
	o, err := parseArgs(args)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s\n%sTry `python -h' for more information.\n", err, usageLine())
		return 2
	}
	if o.help != "" {
		fmt.Print(helpText(o.help))
		return 0
	}
	if o.version > 0 {
		if o.version > 1 {
			fmt.Println("Python 3.13.0 (kaa) [Go]")
		} else {
			fmt.Println("Python 3.13.0")
		}
		return 0
	}
	// The modes are read first in CPython (its pre-configuration), so their errors
	// come before the environment's; dev mode's "default" warning option goes before
	// PYTHONWARNINGS's, which applyEnv adds.
	envMsg := o.applyEnv()
	if msg := o.modes(); msg != "" {
		fmt.Fprint(os.Stderr, msg)
		return 1
	}
	if envMsg != "" {
		fmt.Fprint(os.Stderr, envMsg)
		return 1
	}
	intMax, msg := o.intMaxStrDigits()
	if msg != "" {
		fmt.Fprint(os.Stderr, msg)
		return 1
	}
	// sys.path[0]: the script's directory, the current directory for -m, '' for -c,
	// standard input and the REPL; nothing with -P/-I/PYTHONSAFEPATH.
	var first []string
	var scriptPath string
	var src []byte
	switch {
	case o.hasCommand, o.hasModule:
	case o.script != "" && o.script != "-":
		scriptPath = o.script
		if abs, err := filepath.Abs(scriptPath); err == nil {
			scriptPath = abs
		}
	}
	// A directory or ZIP archive given as the script is run through the import
	// system and is sys.path[0] even with -P, as CPython's pymain_get_importer.
	importerScript := scriptPath != "" && isImporterPath(scriptPath)
	switch {
	case importerScript:
		first = []string{scriptPath}
	case o.flags.SafePath:
	case o.hasModule:
		wd, _ := os.Getwd()
		first = []string{wd}
	case scriptPath != "":
		first = []string{filepath.Dir(scriptPath)}
	default:
		first = []string{""}
	}
	path := append(pythonPath(o), py.StdlibPath()...)
	if o.hasModule {
		// The stdlib tools Kaa implements natively, unless a module of the same
		// name comes first on sys.path, as it would in CPython.
		front := append(append([]string(nil), first...), path[:len(path)-len(py.StdlibPath())]...)
		// A tool returns runModule for what it leaves to the Python module.
		if tool, ok := tools[o.module]; ok && !onPath(o.module, front) {
			if code := tool(o.args[1:], toolEnv{optimize: o.flags.Optimize, path: append(front, py.StdlibPath()...)}); code != runModule {
				return code
			}
		}
	}

	cfg := py.Config{
		Argv:            o.args,
		Path:            path,
		Path0:           first,
		Flags:           o.flags,
		XOptions:        o.xoptions,
		WarnOptions:     o.warnings,
		OrigArgv:        os.Args,
		CheckHashPycs:   o.checkHash,
		Unbuffered:      o.unbuffered,
		IntMaxStrDigits: intMax,
		Modules:         modules.Standard(),
		Library:         lib.Files,
		LibraryPath:     py.StdlibPath()[0],
		GC:              py.DefaultGCPolicy(),
		GoMaxStack:      goMaxStack,
	}
	cfg.StdioErrors = o.stdioErrors
	if !o.flags.IgnoreEnvironment {
		cfg.IOEncoding = os.Getenv("PYTHONIOENCODING")
		cfg.ImportTime = os.Getenv("PYTHONPROFILEIMPORTTIME") != ""
	}
	if _, ok := o.xoption("importtime"); ok {
		cfg.ImportTime = true
	}
	if p, ok := o.xoption("pycache_prefix"); ok {
		cfg.PycachePrefix = p
	} else if p := os.Getenv("PYTHONPYCACHEPREFIX"); p != "" && !o.flags.IgnoreEnvironment {
		cfg.PycachePrefix = p
	}
	if cfg.PycachePrefix != "" {
		if abs, err := filepath.Abs(cfg.PycachePrefix); err == nil {
			cfg.PycachePrefix = abs
		}
	}
	// Interactive: -i, or no program with a terminal on standard input.
	noProgram := !o.hasCommand && !o.hasModule && o.script == ""
	interactive := o.flags.Inspect || noProgram && isTerminal(os.Stdin)
	if interactive {
		cfg.Flags.Inspect, cfg.Flags.Interactive = o.flags.Inspect, true
	}
	in := py.NewInterp(cfg)
	t := in.Main()
	catchInterrupts(in)

	// program runs what the command line names, if anything; failed reports a
	// program that could not be read (its message already printed) and its status.
	program := func() (exc error, failed bool, status int) {
		switch {
		case o.hasCommand:
			return t.RunMain("<string>", []byte(o.command+"\n")), false, 0
		case o.hasModule:
			return t.RunModule(o.module), false, 0
		case scriptPath != "":
			if t.IsPathImporter(scriptPath) && importerScript {
				// A directory or a ZIP archive: its __main__ module, found through
				// sys.path[0], which is the path itself.
				return t.RunMainPath(), false, 0
			}
			if src, err = os.ReadFile(scriptPath); err != nil {
				fmt.Fprintf(os.Stderr, "%s: can't open file '%s': %s\n", executable(), scriptPath, errnoText(err))
				return nil, true, 2
			}
			if py.IsPycFile(scriptPath, src, o.skipFirst) {
				if o.skipFirst {
					// -x leaves the stream at the first line's newline
					if i := bytes.IndexByte(src, '\n'); i >= 0 {
						src = src[i:]
					} else {
						src = nil
					}
				}
				return t.RunMainPyc(scriptPath, src), false, 0
			}
			return t.RunMain(scriptPath, skipFirstLine(o, src)), false, 0
		case o.script == "-" || !interactive:
			data, err := io.ReadAll(os.Stdin)
			if err != nil {
				fmt.Fprintf(os.Stderr, "%s: can't read standard input: %v\n", executable(), err)
				return nil, true, 1
			}
			return t.RunMain("<stdin>", skipFirstLine(o, data)), false, 0
		}
		return nil, false, 0
	}
	if interactive {
		status := interact(in, o, noProgram, program)
		in.Finalize()
		if in.UnhandledInterrupt() {
			dieOfInterrupt()
		}
		return status
	}
	exc, failed, status := program()
	if failed {
		return status
	}
	status = t.ExitStatus(exc)
	in.Finalize()
	if in.UnhandledInterrupt() {
		dieOfInterrupt()
	}
	return status
}

const interruptDelay = 25 * time.Millisecond

// isImporterPath reports whether one of the default sys.path_hooks would accept
// path: a directory (FileFinder) or a ZIP archive (zipimporter).
func isImporterPath(path string) bool {
	st, err := os.Stat(path)
	for err != nil {
		// A folder inside a ZIP archive: app.zip/sub.
		parent := filepath.Dir(path)
		if parent == path {
			return false
		}
		path = parent
		st, err = os.Stat(path)
		if err == nil && st.IsDir() {
			return false
		}
	}
	if st.IsDir() {
		return true
	}
	r, err := zip.OpenReader(path)
	if err != nil {
		return false
	}
	r.Close()
	return true
}

// onPath reports whether one of the directories holds a module or regular package
// called name (a source or sourceless file, or a folder with __init__.py), which
// an import of name would find before the standard library's.
func onPath(name string, dirs []string) bool {
	for _, d := range dirs {
		if d == "" {
			d = "."
		}
		for _, p := range []string{name + ".py", name + ".pyc", filepath.Join(name, "__init__.py"), filepath.Join(name, "__init__.pyc")} {
			if st, err := os.Stat(filepath.Join(d, p)); err == nil && st.Mode().IsRegular() {
				return true
			}
		}
	}
	return false
}

// pythonPath is PYTHONPATH's entries (none with -E/-I).
func pythonPath(o *options) []string {
	v := os.Getenv("PYTHONPATH")
	if v == "" || o.flags.IgnoreEnvironment {
		return nil
	}
	var out []string
	for _, p := range filepath.SplitList(v) {
		if p == "" {
			continue
		}
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		out = append(out, p)
	}
	return out
}

// skipFirstLine is -x: the first line of the source is dropped (but still counted).
func skipFirstLine(o *options, src []byte) []byte {
	if !o.skipFirst {
		return src
	}
	if i := strings.IndexByte(string(src), '\n'); i >= 0 {
		return append([]byte("\n"), src[i+1:]...)
	}
	return nil
}

// errnoText renders an os error as CPython's strerror form, without the file name:
// "[Errno 2] No such file or directory".
func errnoText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	_, msg := pyOSError(err)
	return msg
}

// isTerminal reports whether f is a terminal.
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// tools are the `-m` modules implemented natively by the command line.
var tools = map[string]func(args []string, env toolEnv) int{}

// toolEnv is what the native tools take from the interpreter's configuration: its
// -O level (sys.flags.optimize) and sys.path.
// runModule is what a native tool returns to have the Python module run instead.
const runModule = -1

type toolEnv struct {
	optimize int
	path     []string
}

// helpText is -h, --help-env, --help-xoptions or --help-all, as python3.13 prints it
// with kaa's own path in the usage line.
func helpText(which string) string {
	return strings.ReplaceAll(helpTexts[which], "\x00EXE\x00", executable())
}
