//go:build !unix

package main

import "os"

// dieOfInterrupt does nothing where there are no signals to die of: the exit status
// tells of the KeyboardInterrupt.
func dieOfInterrupt() {}

// setupSignals has nothing to set up where there are no signals.
func setupSignals() []os.Signal { return nil }

// dieOfSignal is never called where there are no signals.
func dieOfSignal(os.Signal) {}
