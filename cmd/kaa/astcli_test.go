package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestAstCLI runs `kaa -m ast` with each argument list of testdata/astcli.json and
// compares stdout, the last line of stderr and the exit code with python3.13's.
func TestAstCLI(t *testing.T) {
	data, err := os.ReadFile("testdata/astcli.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Args       []string
		Stdin      string
		Stdout     string
		StderrLast string `json:"stderr_last"`
		Code       int
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		args := make([]string, len(c.Args))
		for i, a := range c.Args {
			if a == "FILE" {
				a = "testdata/sample.py"
			}
			args[i] = a
		}
		var stdout, stderr bytes.Buffer
		code := astMain(args, strings.NewReader(c.Stdin), &stdout, &stderr)
		lines := strings.Split(strings.TrimRight(stderr.String(), "\n"), "\n")
		last := lines[len(lines)-1]
		if code != c.Code || stdout.String() != c.Stdout || last != c.StderrLast {
			t.Errorf("kaa -m ast %q <<< %q:\n got  code %d, stderr %q, stdout %.200q\n want code %d, stderr %q, stdout %.200q",
				c.Args, c.Stdin, code, last, stdout.String(), c.Code, c.StderrLast, c.Stdout)
		}
	}
}
