//go:build !linux

package py

// systemMemoryLimit is unknown on this system: the Go memory limit, or 1 TB, is used.
func systemMemoryLimit() int64 { return 0 }
