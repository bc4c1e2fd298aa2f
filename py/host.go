package py

// The entry points a host (cmd/kaa, the embedding package, tests) runs programs
// through. They return error rather than *Exception, so that a run with no
// uncaught exception gives a nil error (a nil *Exception stored in an error is
// not nil); a non-nil error is always a *Exception, the uncaught Python exception,
// which errors.As finds. Inside the runtime the unexported forms return *Exception.

// hostError is e as an error: nil when e is.
func hostError(e *Exception) error {
	if e == nil {
		return nil
	}
	return e
}

// exceptionOf is the *Exception behind an error from an entry point; an error of
// another kind (none is returned today) becomes a SystemError carrying its text.
func exceptionOf(err error) *Exception {
	if err == nil {
		return nil
	}
	if e, ok := err.(*Exception); ok {
		return e
	}
	return Errorf(systemError, "%v", err)
}

// RunMain runs src, a program's source, as __main__ (see runMain); the error is
// the uncaught exception, a *Exception.
func (t *Thread) RunMain(filename string, src []byte) error {
	return hostError(t.runMain(filename, src))
}

// RunMainCode runs a compiled module as __main__ (see runMainCode).
func (t *Thread) RunMainCode(filename string, code *Code) error {
	return hostError(t.runMainCode(filename, code))
}

// RunMainPyc runs the contents of a .pyc file as __main__ (see runMainPyc).
func (t *Thread) RunMainPyc(filename string, data []byte) error {
	return hostError(t.runMainPyc(filename, data))
}

// RunModule runs the module name as __main__, as `python -m name` does (see runModule).
func (t *Thread) RunModule(name string) error {
	return hostError(t.runModule(name))
}

// RunMainPath runs the directory or ZIP archive that sys.path[0] names as the
// program (see runMainPath).
func (t *Thread) RunMainPath() error {
	return hostError(t.runMainPath())
}

// CompileInteractive compiles the lines typed so far at the prompt (see
// compileInteractive); err is nil or a *Exception (a SyntaxError, say).
func (t *Thread) CompileInteractive(filename, text string, eof bool) (code *Code, more bool, err error) {
	code, more, exc := t.compileInteractive(filename, text, eof)
	return code, more, hostError(exc)
}

// RunInteractive runs one statement that CompileInteractive compiled, in __main__.
func (t *Thread) RunInteractive(code *Code) error {
	return hostError(t.runInteractive(code))
}

// ExitStatus reports err, an entry point's error, as CPython does at the end of a
// program and returns the process's exit status (see exitStatus): 0 for nil.
func (t *Thread) ExitStatus(err error) int {
	return t.exitStatus(exceptionOf(err))
}

// ReportException reports err, an entry point's error, that reached the interactive
// loop (see reportException); exit says the program must end with status.
func (t *Thread) ReportException(err error, inspect bool) (status int, exit bool) {
	return t.reportException(exceptionOf(err), inspect)
}
