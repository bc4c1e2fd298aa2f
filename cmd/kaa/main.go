// Command kaa is the Kaa Python 3.13 interpreter's command line.
package main

import (
	"fmt"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:]))
}

// run executes the command line and returns the process exit code.
func run(args []string) int {
	if len(args) >= 1 && (args[0] == "-V" || args[0] == "--version") {
		fmt.Println("Python 3.13.0")
		return 0
	}
	if len(args) >= 2 && args[0] == "-m" {
		if tool, ok := tools[args[1]]; ok {
			return tool(args[2:])
		}
		fmt.Fprintf(os.Stderr, "kaa: No module named %s\n", args[1])
		return 1
	}
	fmt.Fprintln(os.Stderr, "usage: kaa -m MODULE [args]  (the interpreter itself is not built yet)")
	return 2
}

// tools are the `-m` modules implemented natively by the command line.
var tools = map[string]func(args []string) int{}
