//go:build !unix

package main

// dieOfInterrupt does nothing where there are no signals to die of: the exit status
// tells of the KeyboardInterrupt.
func dieOfInterrupt() {}
