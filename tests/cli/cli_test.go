// Package cli checks kaa's command line against python3.13's: every case of cases.py
// (options, -c, -m, scripts, standard input, environment variables, exit codes and
// usage errors) runs the real kaa binary in a fresh directory, and its stdout, stderr
// and exit status must equal what gen.py recorded from python3.13 in expected.json.
package cli

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kaa-python/kaa/internal/kaatest"
)

type testCase struct {
	Name  string            `json:"name"`
	Args  []string          `json:"args"`
	Files map[string]string `json:"files"`
	// BinFiles are files given in base64 (gen.py builds the ZIP archives).
	BinFiles map[string]string `json:"binfiles"`
	Env      map[string]string `json:"env"`
	Stdin    string            `json:"stdin"`
	// ArgsB64 are more arguments, after Args, in base64 (bytes that are not UTF-8).
	ArgsB64 []string `json:"args_b64"`
	// StdinB64 is standard input given in base64 (bytes that are not UTF-8).
	StdinB64 string `json:"stdin_b64"`
	// Interrupts is how many "...ready" lines of output are answered with SIGINT.
	Interrupts int `json:"interrupts"`
	// KeepStderr, a regular expression, keeps only the lines of standard error it
	// matches, with -X importtime's figures masked (gen.py's keep).
	KeepStderr string `json:"keep_stderr"`
}

type result struct {
	Stdout string `json:"stdout"`
	Stderr string `json:"stderr"`
	RC     int    `json:"rc"`
}

// runCase runs exe on a case in a fresh directory, normalizing paths as gen.py does.
func runCase(t *testing.T, exe string, c testCase) result {
	tmp, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for p, text := range c.Files {
		full := filepath.Join(tmp, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for p, b64 := range c.BinFiles {
		data, err := base64.StdEncoding.DecodeString(b64)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(tmp, p), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var env []string
	// A fixed locale, as gen.py's (sys.flags.utf8_mode depends on it).
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHON") && !strings.HasPrefix(kv, "LC_") && !strings.HasPrefix(kv, "LANG") {
			env = append(env, kv)
		}
	}
	env = append(env, "LANG=C.UTF-8")
	for k, v := range c.Env {
		env = append(env, k+"="+v)
	}
	stdin := c.Stdin
	if c.StdinB64 != "" {
		b, err := base64.StdEncoding.DecodeString(c.StdinB64)
		if err != nil {
			t.Fatal(err)
		}
		stdin = string(b)
	}
	args := c.Args
	for _, a := range c.ArgsB64 {
		b, err := base64.StdEncoding.DecodeString(a)
		if err != nil {
			t.Fatal(err)
		}
		args = append(args, string(b))
	}
	out, errOut, rc := kaatest.RunInterrupting(t, exe, tmp, env, strings.NewReader(stdin), c.Interrupts, args...)
	norm := func(s string) string {
		return strings.ReplaceAll(strings.ReplaceAll(decodeReplace(s), tmp, "<TMP>"), exe, "<EXE>")
	}
	return result{norm(out), keepStderr(c, norm(errOut)), rc}
}

func TestCommandLine(t *testing.T) {
	var cases []testCase
	var want map[string]result
	for name, v := range map[string]any{"cases.json": &cases, "expected.json": &want} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, v); err != nil {
			t.Fatal(err)
		}
	}
	exe := kaatest.Kaa(t)
	pass := 0
	for _, c := range cases {
		ok := t.Run(c.Name, func(t *testing.T) {
			w, ok := want[c.Name]
			if !ok {
				t.Fatal("no expected result: run gen.py")
			}
			got := runCase(t, exe, c)
			if got != w {
				t.Errorf("args %q\n--- kaa: exit %d\nstdout:\n%s\nstderr:\n%s\n--- python3.13: exit %d\nstdout:\n%s\nstderr:\n%s",
					c.Args, got.RC, got.Stdout, got.Stderr, w.RC, w.Stdout, w.Stderr)
			}
		})
		if ok {
			pass++
		}
	}
	t.Logf("%d of %d command lines behave as python3.13's", pass, len(cases))
}

// decodeReplace decodes output as UTF-8 with Python's "replace" handler, as gen.py
// does: each invalid byte becomes U+FFFD.
func decodeReplace(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

var importTimeFigures = regexp.MustCompile(`^import time: +\d+ \| +\d+ \|`)

// keepStderr is gen.py's keep: the lines of stderr that c.KeepStderr matches.
func keepStderr(c testCase, stderr string) string {
	if c.KeepStderr == "" {
		return stderr
	}
	re := regexp.MustCompile(c.KeepStderr)
	var b strings.Builder
	for _, l := range strings.SplitAfter(stderr, "\n") {
		if l != "" && re.MatchString(strings.TrimSuffix(l, "\n")) {
			b.WriteString(importTimeFigures.ReplaceAllString(l, "import time: N | N |"))
		}
	}
	return b.String()
}
