// Command expr is an expression service: it evaluates untrusted Python
// expressions, one per line of standard input (or the arguments), each in a
// sandboxed interpreter under a step limit, a memory limit and a deadline, and
// prints the result or the error. A hostile line costs the service a bounded
// slice of time and memory, never the process.
//
//	go run ./examples/embed/expr '2**100' 'sum(x*x for x in range(10))' 'open("/etc/passwd")' '[0]*10**9' 'while True: pass'
package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/kaa-python/kaa"
)

func main() {
	lines := os.Args[1:]
	if len(lines) == 0 {
		sc := bufio.NewScanner(os.Stdin)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
	}
	for _, src := range lines {
		fmt.Printf("%s\n  => %s\n", src, evaluate(src))
	}
}

// evaluate runs one expression (or statement) under the service's limits.
func evaluate(src string) string {
	in, err := kaa.New(kaa.Options{
		Sandbox:   true,
		MaxSteps:  5_000_000,
		MaxMemory: 32 << 20,
		Stdout:    os.Stdout,
		Stderr:    os.Stderr,
	})
	if err != nil {
		return "error: " + err.Error()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	v, err := in.Eval(ctx, src)
	var pe *kaa.Error
	if errors.As(err, &pe) && pe.Type == "SyntaxError" {
		// Not an expression: run it as statements.
		err = in.Exec(ctx, src)
		v = nil
	}
	switch {
	case errors.Is(err, kaa.ErrStepLimit):
		return "stopped: too many steps"
	case errors.Is(err, kaa.ErrMemoryLimit):
		return "stopped: too much memory"
	case errors.Is(err, context.DeadlineExceeded):
		return "stopped: too slow"
	case errors.As(err, &pe):
		return pe.Type + ": " + pe.Message
	case err != nil:
		return "error: " + err.Error()
	}
	return fmt.Sprint(v)
}
