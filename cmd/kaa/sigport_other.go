//go:build !unix

package main

import (
	"os"
	"os/signal"
	"time"

	"github.com/kaa-python/kaa/py"
)

// catchInterrupts turns Ctrl-C into KeyboardInterrupt in the running code; where
// there are no Unix signals, Python code cannot change that (no signal port).
func catchInterrupts(in *py.Interp) {
	time.AfterFunc(interruptDelay, func() {
		c := make(chan os.Signal, 1)
		signal.Notify(c, os.Interrupt)
		for range c {
			in.Interrupt()
		}
	})
}
