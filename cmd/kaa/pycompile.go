package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kaa-python/kaa/compile"
	"github.com/kaa-python/kaa/marshal"
	"github.com/kaa-python/kaa/syntax/parser"
)

// CacheTag is sys.implementation.cache_tag for Kaa.
const CacheTag = "kaa-313"

func init() {
	tools["py_compile"] = func(args []string) int { return pyCompileMain(args, os.Stderr) }
}

// CachePath is importlib.util.cache_from_source for Kaa: dir/__pycache__/name.kaa-313.pyc.
func CachePath(source string) string {
	dir, file := filepath.Split(source)
	base := strings.TrimSuffix(file, filepath.Ext(file))
	return filepath.Join(dir, "__pycache__", base+"."+CacheTag+".pyc")
}

// pyCompileMain is `kaa -m py_compile FILE...`: each file is compiled and written to
// its __pycache__ path; errors are reported per file and the exit status is 1 if any
// failed, as python -m py_compile.
func pyCompileMain(args []string, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: python -m py_compile [-h] [-q] filenames [filenames ...]")
		return 2
	}
	status := 0
	quiet := false
	for _, f := range args {
		if f == "-q" || f == "--quiet" {
			quiet = true
			continue
		}
		if err := CompileFile(f, CachePath(f)); err != nil {
			if !quiet {
				fmt.Fprint(stderr, formatSyntaxError(err))
			}
			status = 1
		}
	}
	return status
}

// CompileFile compiles source to a timestamp-based .pyc at cfile, written atomically
// (temporary file then rename) so that a partial file is never left behind.
func CompileFile(source, cfile string) error {
	src, err := os.ReadFile(source)
	if err != nil {
		return err
	}
	st, err := os.Stat(source)
	if err != nil {
		return err
	}
	res, err := parser.Parse(source, src, parser.Exec, parser.Options{})
	if err != nil {
		return err
	}
	code, err := compile.Compile(res.Tree, source, compile.Options{})
	if err != nil {
		return err
	}
	data, err := marshal.WritePyc(marshal.TimestampHeader(st.ModTime().Unix(), st.Size()), code)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(cfile), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(cfile), filepath.Base(cfile)+".tmp*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), cfile); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}
