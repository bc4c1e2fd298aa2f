// Package pyref locates the reference interpreter, CPython 3.13, for tests that
// compare Kaa with it. Tests that need it call Find and skip when it is absent.
package pyref

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
)

var (
	once sync.Once
	path string
)

// Find returns the path of a python3.13 binary, or "" when none is found. It looks at
// $KAA_PYTHON, then pyenv's 3.13.0, then python3.13 on PATH.
func Find() string {
	once.Do(func() {
		if p := os.Getenv("KAA_PYTHON"); p != "" {
			path = p
			return
		}
		root := os.Getenv("PYENV_ROOT")
		if root == "" {
			if out, err := exec.Command("pyenv", "root").Output(); err == nil {
				root = strings.TrimSpace(string(out))
			} else if home, err := os.UserHomeDir(); err == nil {
				root = filepath.Join(home, ".pyenv")
			}
		}
		if root != "" {
			p := filepath.Join(root, "versions", "3.13.0", "bin", "python3.13")
			if _, err := os.Stat(p); err == nil {
				path = p
				return
			}
		}
		if p, err := exec.LookPath("python3.13"); err == nil {
			if out, err := exec.Command(p, "-c", "import sys;print(sys.version_info[:2])").Output(); err == nil &&
				strings.TrimSpace(string(out)) == "(3, 13)" {
				path = p
			}
		}
	})
	return path
}

// Stdlib returns the directory of the reference's standard library (its Lib), or "".
func Stdlib() string {
	p := Find()
	if p == "" {
		return ""
	}
	out, err := exec.Command(p, "-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}
