package main

import (
	"fmt"
	"os"
	"path/filepath"
	goruntime "runtime"

	"pyasync/eval"
	"pyasync/repl"
	"pyasync/runtime"
	"pyasync/runtime/asyncio"
)

// banner opens an interactive session started without a program, in the
// words of python -m asyncio's, but true of pyasync.
var banner = fmt.Sprintf(`pyasync %s (Python %s subset) on %s
Use "await" directly instead of "asyncio.run()".
Type "exit()" or Ctrl-D (i.e. EOF) to exit.`, version, runtime.Version, goruntime.GOOS)

// inspect runs the program, reports its exception if it raised one (even
// SystemExit, as python -i does), then continues interactively with the
// program's globals.
func inspect(prog program) (code int) {
	defer internalError(&code)
	setArgv(prog.argv)
	in := eval.New()
	if err := in.Run(prog.filename, prog.errFilename, prog.src); err != nil {
		if e, ok := err.(*runtime.Exception); ok {
			flushStdout()
			runtime.WriteStderr(runtime.FormatException(e))
		} else {
			reportUncaught(err)
		}
	}
	return interact(in, "")
}

// interact runs an interactive session of in and returns the exit status:
// 0 at the end of input, else that of the SystemExit that ended it.
// Exceptions of the session's tasks that nobody retrieved are reported at
// the end, as CPython reports them when it destroys the tasks.
func interact(in *eval.Interp, banner string) (code int) {
	defer internalError(&code)
	cfg := repl.Config{Lines: repl.NewStream(os.Stdin, os.Stderr), Stdout: os.Stdout, Stderr: os.Stderr, Banner: banner}
	var term *repl.Terminal
	if repl.IsTerminal(os.Stdin) {
		var err error
		if term, err = repl.NewTerminal(historyFile()); err == nil {
			defer term.Close()
			cfg.Lines, cfg.Stdout, cfg.Stderr = term, term.Stdout, term.Stderr
		}
	}
	s := repl.New(in, cfg)
	if term != nil {
		term.SetCompleter(s.Complete)
	}
	if err := s.Run(); err != nil {
		code = reportUncaught(err)
	}
	asyncio.AtExit()
	flushStdout()
	return code
}

// historyFile is where the prompt keeps the lines entered, across
// sessions: ~/.pyasync_history ("" when there is no home directory).
func historyFile() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, ".pyasync_history")
}
