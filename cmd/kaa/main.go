// Command kaa is the Kaa Python 3.13 interpreter's command line.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strings"
)

func main() {
	// KAA_CPUPROFILE=file writes a Go CPU profile of the run (for `go tool pprof`).
	if f := os.Getenv("KAA_CPUPROFILE"); f != "" {
		if w, err := os.Create(f); err == nil {
			pprof.StartCPUProfile(w)
			code := run(os.Args[1:])
			pprof.StopCPUProfile()
			w.Close()
			os.Exit(code)
		}
	}
	os.Exit(run(os.Args[1:]))
}

// run executes the command line and returns the process exit code.
func run(args []string) int {
	if len(args) >= 1 && (args[0] == "-V" || args[0] == "--version") {
		fmt.Println("Python 3.13.0")
		return 0
	}
	if status, ok := replArgs(args); ok { // the interactive interpreter (cmd/kaa/repl.go)
		return status
	}
	if len(args) >= 2 && args[0] == "-m" {
		if tool, ok := tools[args[1]]; ok {
			return tool(args[2:])
		}
		fmt.Fprintf(os.Stderr, "kaa: No module named %s\n", args[1])
		return 1
	}
	if len(args) >= 2 && args[0] == "-c" {
		return runSource("<string>", []byte(args[1]), append([]string{"-c"}, args[2:]...), "")
	}
	if len(args) >= 1 && !strings.HasPrefix(args[0], "-") {
		// As CPython since 3.9: the script's filename (co_filename, __file__) and
		// sys.path[0] are absolute; sys.argv[0] stays as given.
		path := args[0]
		if abs, err := filepath.Abs(path); err == nil {
			path = abs
		}
		src, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(os.Stderr, "kaa: can't open file '%s': [Errno 2] No such file or directory\n", path)
			return 2
		}
		return runSource(path, src, args, filepath.Dir(path))
	}
	fmt.Fprintln(os.Stderr, "usage: kaa [-c cmd | -m mod | file] [arg] ...")
	return 2
}

// tools are the `-m` modules implemented natively by the command line.
var tools = map[string]func(args []string) int{}
