package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/marshal"
)

func init() {
	tools["compileall"] = func(args []string, env toolEnv) int {
		return compileallMain(args, env, os.Stdin, os.Stdout, os.Stderr)
	}
}

var compileallParser = func() *argParser {
	p := &argParser{
		prog: "compileall.py",
		usage: `usage: compileall.py [-h] [-l] [-r RECURSION] [-f] [-q] [-b] [-d DESTDIR]
                     [-s STRIPDIR] [-p PREPENDDIR] [-x REGEXP] [-i FILE]
                     [-j WORKERS]
                     [--invalidation-mode {checked-hash,timestamp,unchecked-hash}]
                     [-o OPT_LEVELS] [-e DIR] [--hardlink-dupes]
                     [FILE|DIR ...]
`,
		help: `
Utilities to support installing Python libraries.

positional arguments:
  FILE|DIR              zero or more file and directory names to compile; if
                        no arguments given, defaults to the equivalent of -l
                        sys.path

options:
  -h, --help            show this help message and exit
  -l                    don't recurse into subdirectories
  -r RECURSION          control the maximum recursion level. if ` + "`-l` and `-r`" + `
                        options are specified, then ` + "`-r`" + ` takes precedence.
  -f                    force rebuild even if timestamps are up to date
  -q                    output only error messages; -qq will suppress the
                        error messages as well.
  -b                    use legacy (pre-PEP3147) compiled file locations
  -d DESTDIR            directory to prepend to file paths for use in compile-
                        time tracebacks and in runtime tracebacks in cases
                        where the source file is unavailable
  -s STRIPDIR           part of path to left-strip from path to source file -
                        for example buildroot. ` + "`-d` and `-s`" + ` options cannot be
                        specified together.
  -p PREPENDDIR         path to add as prefix to path to source file - for
                        example / to make it absolute when some part is
                        removed by ` + "`-s`" + ` option. ` + "`-d` and `-p`" + ` options cannot
                        be specified together.
  -x REGEXP             skip files matching the regular expression; the regexp
                        is searched for in the full path of each file
                        considered for compilation
  -i FILE               add all the files and directories listed in FILE to
                        the list considered for compilation; if "-", names are
                        read from stdin
  -j, --workers WORKERS
                        Run compileall concurrently
  --invalidation-mode {checked-hash,timestamp,unchecked-hash}
                        set .pyc invalidation mode; defaults to "checked-hash"
                        if the SOURCE_DATE_EPOCH environment variable is set,
                        and "timestamp" otherwise.
  -o OPT_LEVELS         Optimization levels to run compilation with. Default
                        is -1 which uses the optimization level of the Python
                        interpreter itself (see -O).
  -e DIR                Ignore symlinks pointing outsite of the DIR
  --hardlink-dupes      Hardlink duplicated pyc files
`,
		posName: "FILE|DIR",
	}
	// Registered in compileall.main's order: prefixes and messages list them so.
	p.add(argFlag, "-h", "--help")
	p.add(argFlag, "-l")
	p.add(argValue, "-r").isInt = true
	p.add(argFlag, "-f")
	p.add(argCount, "-q")
	p.add(argFlag, "-b")
	p.add(argValue, "-d")
	p.add(argValue, "-s")
	p.add(argValue, "-p")
	p.add(argValue, "-x")
	p.add(argValue, "-i")
	p.add(argValue, "-j", "--workers").isInt = true
	p.add(argValue, "--invalidation-mode").choices = []string{"checked-hash", "timestamp", "unchecked-hash"}
	p.add(argAppend, "-o").isInt = true
	p.add(argValue, "-e")
	p.add(argFlag, "--hardlink-dupes")
	return p
}()

// compileAll holds the settings of one compileall run (compile_file's and
// compile_dir's keyword arguments) and serializes its output.
type compileAll struct {
	mu       sync.Mutex
	out      io.Writer
	force    bool
	rx       *regexp.Regexp
	quiet    int
	legacy   bool
	optimize []int // sorted, without duplicates; -1 is the interpreter's level
	// interpOptimize is the interpreter's level (kaa -O), sys.flags.optimize.
	interpOptimize int
	mode           InvalidationMode
	limitSL        string // -e; "" for none
	hardlinks      bool
}

// optPath is a path option that may be absent (Python's None).
type optPath struct {
	s   string
	set bool
}

func (c *compileAll) print(s string) {
	c.mu.Lock()
	io.WriteString(c.out, s)
	c.mu.Unlock()
}

// pyJoin is os.path.join: an absolute part discards what precedes it, and no
// cleaning is done ("./a" stays "./a").
func pyJoin(parts ...string) string {
	path := ""
	for i, p := range parts {
		switch {
		case strings.HasPrefix(p, "/") || i == 0:
			path = p
		case path == "" || strings.HasSuffix(path, "/"):
			path += p
		default:
			path += "/" + p
		}
	}
	return path
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

func isFile(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular()
}

func isLink(p string) bool {
	fi, err := os.Lstat(p)
	return err == nil && fi.Mode()&os.ModeSymlink != 0
}

// walkDir is compileall._walk_dir: it calls yield for each non-directory entry of
// dir, sorted by name, descending into subdirectories (not symlinks to directories,
// never __pycache__) while maxlevels allows.
func (c *compileAll) walkDir(dir string, maxlevels int, yield func(string)) {
	if c.quiet == 0 {
		c.print("Listing " + constant.StrRepr(dir) + "...\n")
	}
	f, err := os.Open(dir)
	var names []string
	if err == nil {
		names, err = f.Readdirnames(-1)
		f.Close()
	}
	if err != nil {
		if c.quiet < 2 {
			c.print("Can't list " + constant.StrRepr(dir) + "\n")
		}
		names = nil
	}
	slices.Sort(names) // UTF-8 byte order is code point order, as Python's sort
	for _, name := range names {
		if name == "__pycache__" {
			continue
		}
		full := pyJoin(dir, name)
		if !isDir(full) {
			yield(full)
		} else if maxlevels > 0 && !isLink(full) {
			c.walkDir(full, maxlevels-1, yield)
		}
	}
}

// compileDir is compileall.compile_dir. With workers other than 1 the files are
// listed first and compiled by that many goroutines (0: one per CPU), so the
// order of their output lines may vary, as with CPython's process pool.
func (c *compileAll) compileDir(dir string, maxlevels int, ddir, stripdir, prependdir optPath, workers int) bool {
	if ddir.set {
		stripdir, prependdir = optPath{dir, true}, ddir
	}
	success := true
	if workers == 1 {
		c.walkDir(dir, maxlevels, func(f string) {
			if !c.compileFile(f, optPath{}, stripdir, prependdir) {
				success = false
			}
		})
		return success
	}
	if workers == 0 {
		workers = runtime.NumCPU()
	}
	var files []string
	c.walkDir(dir, maxlevels, func(f string) { files = append(files, f) })
	var wg sync.WaitGroup
	var mu sync.Mutex
	next := 0
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				if next >= len(files) {
					mu.Unlock()
					return
				}
				f := files[next]
				next++
				mu.Unlock()
				if !c.compileFile(f, optPath{}, stripdir, prependdir) {
					mu.Lock()
					success = false
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	return success
}

// resolve is pathlib's Path.resolve(): absolute, with symlinks resolved as far as
// they exist.
func resolve(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	return abs
}

// compileFile is compileall.compile_file: it compiles fullname if it is a .py file
// whose pycs are missing or stale (or always with -f) and reports whether it did
// not fail. The file's output is printed in one piece.
func (c *compileAll) compileFile(fullname string, ddir, stripdir, prependdir optPath) bool {
	var out strings.Builder
	defer func() {
		if out.Len() > 0 {
			c.print(out.String())
		}
	}()
	name := fullname[strings.LastIndexByte(fullname, '/')+1:]
	var dfile optPath
	if ddir.set {
		dfile = optPath{pyJoin(ddir.s, name), true}
	}
	if stripdir.set {
		fparts := strings.Split(fullname, "/")
		sparts := strings.Split(stripdir.s, "/")
		if len(sparts) > len(fparts) || !slices.Equal(sparts, fparts[:len(sparts)]) {
			if c.quiet < 2 {
				fmt.Fprintf(&out, "The stripdir path %s is not a valid prefix for source path %s; ignoring\n",
					constant.StrRepr(stripdir.s), constant.StrRepr(fullname))
			}
		} else {
			dfile = optPath{pyJoin(fparts[len(sparts):]...), true}
		}
	}
	if prependdir.set {
		if !dfile.set {
			dfile = optPath{pyJoin(prependdir.s, fullname), true}
		} else {
			dfile = optPath{pyJoin(prependdir.s, dfile.s), true}
		}
	}
	// -x: Go's regexp (RE2) stands in for Python's re. The common syntax is the
	// same; backreferences and lookaround are not available, and \Z, (?P=name)
	// and the like are rejected when the pattern is compiled.
	if c.rx != nil && c.rx.MatchString(fullname) {
		return true
	}
	if c.limitSL != "" && isLink(fullname) {
		limit, target := resolve(c.limitSL), resolve(fullname)
		if !(target != limit && (limit == "/" || strings.HasPrefix(target, limit+"/"))) {
			return true
		}
	}
	if !isFile(fullname) {
		return true
	}
	cfiles := map[int]string{}
	for _, level := range c.optimize {
		switch {
		case c.legacy:
			cfiles[level] = fullname + "c"
		case level >= 0:
			cfiles[level] = CachePath(fullname, level)
		default:
			cfiles[level] = CachePath(fullname, c.interpOptimize)
		}
	}
	if !strings.HasSuffix(name, ".py") {
		return true
	}
	if !c.force && c.upToDate(fullname, cfiles) {
		return true
	}
	if c.quiet == 0 {
		fmt.Fprintf(&out, "Compiling %s...\n", constant.StrRepr(fullname))
	}
	for i, level := range c.optimize {
		cfile := cfiles[level]
		err := CompilePyc(fullname, cfile, PycOptions{Dfile: dfile.s, Mode: c.mode, Optimize: level, Interp: c.interpOptimize})
		if err == nil && i > 0 && c.hardlinks {
			err = hardlinkIfSame(cfiles[c.optimize[i-1]], cfile)
		}
		if err == nil {
			continue
		}
		if c.quiet >= 2 {
			return false
		}
		if c.quiet > 0 {
			fmt.Fprintf(&out, "*** Error compiling %s...\n", constant.StrRepr(fullname))
		} else {
			out.WriteString("*** ")
		}
		var ce *CompileError
		if errors.As(err, &ce) {
			out.WriteString(ce.Msg + "\n")
		} else {
			typ, msg := pyOSError(err)
			out.WriteString(typ + ": " + msg + "\n")
		}
		return false
	}
	return true
}

// upToDate is compileall's freshness test: every pyc starts with the magic number,
// flags 0 (timestamp-based) and the source's mtime. (The size is not compared, and
// a hash-based pyc is always rebuilt, as CPython's.)
func (c *compileAll) upToDate(fullname string, cfiles map[int]string) bool {
	st, err := os.Stat(fullname)
	if err != nil {
		return false
	}
	expect := append(marshal.Magic[:0:0], marshal.Magic[:]...)
	expect = binary.LittleEndian.AppendUint32(expect, 0)
	expect = binary.LittleEndian.AppendUint32(expect, uint32(st.ModTime().Unix()))
	for _, cfile := range cfiles {
		f, err := os.Open(cfile)
		if err != nil {
			return false
		}
		actual := make([]byte, 12)
		n, _ := io.ReadFull(f, actual)
		f.Close()
		if !bytes.Equal(actual[:n], expect) {
			return false
		}
	}
	return true
}

// hardlinkIfSame replaces cfile by a hard link to prev when their contents are equal
// (--hardlink-dupes).
func hardlinkIfSame(prev, cfile string) error {
	a, err := os.ReadFile(prev)
	if err != nil {
		return err
	}
	b, err := os.ReadFile(cfile)
	if err != nil {
		return err
	}
	if !bytes.Equal(a, b) {
		return nil
	}
	if err := os.Remove(cfile); err != nil {
		return err
	}
	return os.Link(prev, cfile)
}

// compilePath is compileall.compile_path: each sys.path directory without recursion;
// the current directory, when written as "" or ".", is skipped. The first failing
// directory ends the run.
func (c *compileAll) compilePath(path []string) bool {
	success := true
	for _, dir := range path {
		if dir == "" || dir == "." {
			if c.quiet < 2 {
				c.print("Skipping current directory\n")
			}
			continue
		}
		success = success && c.compileDir(dir, 0, optPath{}, optPath{}, optPath{}, 1)
	}
	return success
}

// compileallMain is `kaa -m compileall`, as python3.13 -m compileall.
func compileallMain(args []string, env toolEnv, stdin io.Reader, stdout, stderr io.Writer) int {
	p := compileallParser
	r, exit := p.parse(args, stdout, stderr)
	if exit != nil {
		return exit.code
	}
	c := &compileAll{out: stdout, force: r.set["-f"], quiet: r.count["-q"], legacy: r.set["-b"], hardlinks: r.set["--hardlink-dupes"], interpOptimize: env.optimize}
	get := func(name string) optPath {
		v, ok := r.value(name)
		return optPath{v, ok}
	}
	ddir, stripdir, prependdir := get("-d"), get("-s"), get("-p")
	if rx, ok := r.value("-x"); ok && rx != "" {
		re, err := regexp.Compile(rx)
		if err != nil {
			fmt.Fprintf(stderr, "Traceback (most recent call last):\n  File \"compileall.py\", in main\nre.PatternError: %s\n", err)
			return 1
		}
		c.rx = re
	}
	c.limitSL, _ = r.value("-e")
	maxlevels := 1000 // sys.getrecursionlimit()
	if r.set["-l"] {
		maxlevels = 0
	}
	if n, ok := r.intValue("-r"); ok {
		maxlevels = n
	}
	levels := []int{-1}
	if vs := r.values["-o"]; len(vs) > 0 {
		levels = levels[:0]
		for _, v := range vs {
			n, _ := pyInt(v)
			levels = append(levels, n)
		}
	}
	if len(levels) == 1 && c.hardlinks {
		return p.errorf(stderr, "Hardlinking of duplicated bytecode makes sense only for more than one optimization level.")
	}
	if ddir.set && (stripdir.set || prependdir.set) {
		return p.errorf(stderr, "-d cannot be used in combination with -s or -p")
	}
	slices.Sort(levels)
	c.optimize = slices.Compact(levels)
	if c.hardlinks && len(c.optimize) < 2 {
		fmt.Fprintln(stderr, "Traceback (most recent call last):\nValueError: Hardlinking of duplicated bytecode makes sense only for more than one optimization level")
		return 1
	}
	dests := r.pos
	if flist, ok := r.value("-i"); ok && flist != "" {
		var in io.Reader = stdin
		if flist != "-" {
			f, err := os.Open(flist)
			if err != nil {
				if c.quiet < 2 {
					fmt.Fprintf(stdout, "Error reading file list %s\n", flist)
				}
				return 1
			}
			defer f.Close()
			in = f
		}
		br := bufio.NewReader(in)
		for {
			line, err := br.ReadString('\n')
			if line != "" {
				dests = append(dests, strings.TrimSpace(line))
			}
			if err != nil {
				break
			}
		}
	}
	switch v, _ := r.value("--invalidation-mode"); v {
	case "timestamp":
		c.mode = Timestamp
	case "checked-hash":
		c.mode = CheckedHash
	case "unchecked-hash":
		c.mode = UncheckedHash
	}
	workers := 1
	if n, ok := r.intValue("-j"); ok {
		workers = n
	}
	if len(dests) == 0 {
		if !c.compilePath(env.path) {
			return 1
		}
		return 0
	}
	success := true
	for _, dest := range dests {
		if isFile(dest) {
			if !c.compileFile(dest, ddir, stripdir, prependdir) {
				success = false
			}
			continue
		}
		if workers < 0 {
			fmt.Fprintln(stderr, "Traceback (most recent call last):\nValueError: workers must be greater or equal to 0")
			return 1
		}
		if !c.compileDir(dest, maxlevels, ddir, stripdir, prependdir, workers) {
			success = false
		}
	}
	if !success {
		return 1
	}
	return 0
}
