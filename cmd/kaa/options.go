package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/kaa-python/kaa/py"
)

// options is a parsed command line, as CPython's Python/initconfig.c reads it.
type options struct {
	flags       py.Flags
	command     string // -c
	module      string // -m
	hasCommand  bool
	hasModule   bool
	script      string // FILE, or "-" for standard input
	args        []string
	xoptions    []string
	stdioErrors string // the standard streams' error handler (modes)
	warnings    []string
	checkHash   string
	unbuffered  bool
	version     int
	help        string // "", "help", "env", "xoptions", "all"
	skipFirst   bool   // -x
}

// usageError is a command-line mistake: CPython prints it, the usage line and a hint,
// and exits with status 2.
type usageError string

func (e usageError) Error() string { return string(e) }

// parseArgs parses the interpreter's options up to the program (-c, -m, FILE or -);
// what follows the program is its sys.argv[1:].
func parseArgs(args []string) (*options, error) {
	o := &options{checkHash: "default"}
	i := 0
	for i < len(args) {
		a := args[i]
		if a == "-" || !strings.HasPrefix(a, "-") {
			break
		}
		i++
		if a == "--" {
			break
		}
		if strings.HasPrefix(a, "--") {
			switch a {
			case "--version":
				o.version++
			case "--help":
				o.help = "help"
			case "--help-env":
				o.help = "env"
			case "--help-xoptions":
				o.help = "xoptions"
			case "--help-all":
				o.help = "all"
			case "--check-hash-based-pycs":
				if i >= len(args) {
					return nil, usageError("Argument expected for the --check-hash-based-pycs option")
				}
				v := args[i]
				i++
				if v != "always" && v != "default" && v != "never" {
					return nil, usageError("--check-hash-based-pycs must be one of 'default', 'always', or 'never'")
				}
				o.checkHash = v
			default:
				return nil, usageError("unknown option " + a)
			}
			continue
		}
		// A cluster of one-letter options; c, m, W and X take an argument, either the
		// rest of the cluster or the next word.
		for j := 1; j < len(a); j++ {
			c := a[j]
			switch c {
			case 'c', 'm', 'W', 'X':
				var v string
				if j+1 < len(a) {
					v = a[j+1:]
				} else if i < len(args) {
					v = args[i]
					i++
				} else {
					return nil, usageError(fmt.Sprintf("Argument expected for the -%c option", c))
				}
				j = len(a)
				switch c {
				case 'c':
					o.command, o.hasCommand = v, true
					o.args = append([]string{"-c"}, args[i:]...)
					return o, nil
				case 'm':
					o.module, o.hasModule = v, true
					o.args = append([]string{"-m"}, args[i:]...)
					return o, nil
				case 'W':
					o.warnings = append(o.warnings, v)
				case 'X':
					o.xoptions = append(o.xoptions, v)
				}
			case 'b':
				o.flags.BytesWarning = true
			case 'B':
				o.flags.DontWriteBytecode = true
			case 'd':
				o.flags.Debug = true
			case 'E':
				o.flags.IgnoreEnvironment = true
			case 'h', '?':
				o.help = "help"
			case 'i':
				o.flags.Inspect, o.flags.Interactive = true, true
			case 'I':
				o.flags.Isolated, o.flags.IgnoreEnvironment, o.flags.NoUserSite, o.flags.SafePath = true, true, true, true
			case 'O':
				o.flags.Optimize++
			case 'P':
				o.flags.SafePath = true
			case 'q':
				o.flags.Quiet = true
			case 's':
				o.flags.NoUserSite = true
			case 'S':
				o.flags.NoSite = true
			case 'u':
				o.unbuffered = true
			case 'v':
				o.flags.Verbose = true
			case 'V':
				o.version++
			case 'x':
				o.skipFirst = true
			case 'R': // accepted and ignored, as CPython 3
			default:
				return nil, usageError(fmt.Sprintf("Unknown option: -%c", c))
			}
		}
	}
	if i < len(args) {
		o.script = args[i]
		o.args = args[i:]
	}
	return o, nil
}

// applyEnv reads the PYTHON* environment variables unless -E/-I said to ignore them.
// It returns a message for a fatal configuration error.
func (o *options) applyEnv() string {
	if o.flags.IgnoreEnvironment {
		return ""
	}
	set := func(name string) bool { return os.Getenv(name) != "" }
	if set("PYTHONDONTWRITEBYTECODE") {
		o.flags.DontWriteBytecode = true
	}
	if set("PYTHONSAFEPATH") {
		o.flags.SafePath = true
	}
	if set("PYTHONUNBUFFERED") {
		o.unbuffered = true
	}
	if set("PYTHONNOUSERSITE") {
		o.flags.NoUserSite = true
	}
	if set("PYTHONINSPECT") {
		o.flags.Inspect = true
	}
	if set("PYTHONVERBOSE") {
		o.flags.Verbose = true
	}
	if v := os.Getenv("PYTHONOPTIMIZE"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			n = 1
		}
		o.flags.Optimize = max(o.flags.Optimize, n)
	}
	if v := os.Getenv("PYTHONWARNINGS"); v != "" {
		var ws []string
		for _, w := range strings.Split(v, ",") {
			if w = strings.TrimSpace(w); w != "" {
				ws = append(ws, w)
			}
		}
		o.warnings = append(ws, o.warnings...)
	}
	if v := os.Getenv("PYTHONHASHSEED"); v != "" && v != "random" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil || n > 4294967295 {
			return "Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]\nPython runtime state: preinitialized\n\n"
		}
		o.flags.HashSeed = &n
	}
	return ""
}

// modes sets the flags of the -X options and environment variables that select
// modes: dev_mode (-X dev, PYTHONDEVMODE; it also puts "default" first in
// sys.warnoptions), utf8_mode (-X utf8[=0|1], PYTHONUTF8, else on in the C or
// POSIX locale) and warn_default_encoding. It returns a message for a fatal error.
func (o *options) modes() string {
	env := func(name string) string {
		if o.flags.IgnoreEnvironment {
			return ""
		}
		return os.Getenv(name)
	}
	if _, ok := o.xoption("dev"); ok || env("PYTHONDEVMODE") != "" {
		o.flags.DevMode = true
		o.warnings = append([]string{"default"}, o.warnings...)
	}
	if _, ok := o.xoption("warn_default_encoding"); ok || env("PYTHONWARNDEFAULTENCODING") != "" {
		o.flags.WarnDefaultEncoding = true
	}
	const fatal = "Fatal Python error: preconfig_init_utf8_mode: invalid %s value\nPython runtime state: preinitializing\n\n"
	if v, ok := o.xoption("utf8"); ok {
		switch v {
		case "", "1":
			o.flags.UTF8Mode = true
		case "0":
		default:
			return fmt.Sprintf(fatal, "-X utf8 option")
		}
	} else if v := env("PYTHONUTF8"); v != "" {
		switch v {
		case "1":
			o.flags.UTF8Mode = true
		case "0":
		default:
			return fmt.Sprintf(fatal, "PYTHONUTF8 environment variable")
		}
	} else {
		// CPython turns UTF-8 mode on when LC_CTYPE is the C or POSIX locale (also
		// when the locale named is not installed, which Kaa cannot tell).
		ctype := ctypeLocale()
		o.flags.UTF8Mode = ctype == "C" || ctype == "POSIX"
	}
	// config_get_stdio_errors: surrogateescape in UTF-8 mode and in the locales
	// CPython treats as C (C.UTF-8 and the other coercion targets), else strict.
	o.stdioErrors = "strict"
	switch ctypeLocale() {
	case "C", "POSIX", "C.UTF-8", "C.utf8", "UTF-8":
		o.stdioErrors = "surrogateescape"
	}
	if o.flags.UTF8Mode {
		o.stdioErrors = "surrogateescape"
	}
	return ""
}

// ctypeLocale is the LC_CTYPE locale the environment selects ("C" if none).
func ctypeLocale() string {
	for _, v := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		if l := os.Getenv(v); l != "" {
			return l
		}
	}
	return "C"
}

// intMaxStrDigits reads -X int_max_str_digits or PYTHONINTMAXSTRDIGITS.
func (o *options) intMaxStrDigits() (*int, string) {
	val, from := "", ""
	if v := os.Getenv("PYTHONINTMAXSTRDIGITS"); v != "" && !o.flags.IgnoreEnvironment {
		val, from = v, "env"
	}
	for _, x := range o.xoptions {
		if k, v, ok := strings.Cut(x, "="); ok && k == "int_max_str_digits" {
			val, from = v, "x"
		} else if x == "int_max_str_digits" {
			val, from = "", "x"
		}
	}
	if from == "" {
		return nil, ""
	}
	n, err := strconv.Atoi(val)
	if err != nil || n != 0 && n < 640 {
		if from == "env" {
			return nil, "Fatal Python error: config_init_int_max_str_digits: PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n"
		}
		return nil, "Fatal Python error: config_init_int_max_str_digits: -X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n"
	}
	return &n, ""
}

// xoption returns the value of -X name=value ("" and true for a bare -X name).
func (o *options) xoption(name string) (string, bool) {
	val, found := "", false
	for _, x := range o.xoptions {
		k, v, _ := strings.Cut(x, "=")
		if k == name {
			val, found = v, true
		}
	}
	return val, found
}
