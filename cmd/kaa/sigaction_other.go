//go:build unix && !linux

package main

import (
	"os/signal"
	"syscall"
)

// setDefaultAction gives sig back to Go's runtime, which ends the process for most
// default-action signals.
func setDefaultAction(sig syscall.Signal) { signal.Reset(sig) }
