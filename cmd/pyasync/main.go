// Command pyasync runs Python programs written in the asynchronous subset
// of Python 3.11 that pyasync implements.
//
//	pyasync [--virtual-time] FILE [ARG...]
//	pyasync [--virtual-time] -c CODE [ARG...]
//	pyasync [--virtual-time] - [ARG...]      (program from standard input)
//	pyasync [--virtual-time] [-i] [FILE | -c CODE] [ARG...]
//	pyasync --version
//
// With no program and a terminal on standard input, or with -i after the
// program has run, it starts the interactive prompt (package repl).
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"pyasync/eval"
	"pyasync/repl"
	"pyasync/runtime"
	"pyasync/runtime/asyncio"
)

// version is pyasync's own version.
const version = "0.1.0"

const usage = `usage: pyasync [--virtual-time] [-i] [-c cmd | file | -] [arg] ...
Options:
--virtual-time : run asyncio timers on a virtual clock (sleeps take no time)
-i             : inspect interactively after running the program; also the
                 default with no program when stdin is a terminal
-c cmd         : program passed in as string
-              : program read from stdin
--version      : print the version and exit
`

func main() {
	os.Exit(run(os.Args[1:]))
}

// internalError reports a Go panic (always an interpreter bug) the way
// CPython reports its own internal failures: a SystemError, exit status 1,
// instead of a Go stack trace. PYASYNC_PANIC=1 keeps the Go trace for
// debugging.
func internalError(code *int) {
	if os.Getenv("PYASYNC_PANIC") != "" {
		return
	}
	if r := recover(); r != nil {
		flushStdout()
		fmt.Fprintf(os.Stderr, "SystemError: pyasync internal error: %v\n", r)
		*code = 1
	}
}

// program is what the command line asks to run.
type program struct {
	filename    string // as tracebacks show it
	errFilename string // as compile errors show it
	src         []byte
	argv        []string
}

func run(args []string) int {
	var prog program
	interactive := false
	for len(args) > 0 {
		a := args[0]
		switch {
		case a == "--virtual-time":
			runtime.TheClock.SetVirtualTime()
			args = args[1:]
			continue
		case a == "--version" || a == "-V":
			fmt.Printf("pyasync %s (Python %s)\n", version, runtime.Version)
			return 0
		case a == "-i":
			interactive = true
			args = args[1:]
			continue
		case a == "-h" || a == "--help":
			fmt.Print(usage)
			return 0
		case a == "-c":
			if len(args) < 2 {
				fmt.Fprint(os.Stderr, "Argument expected for the -c option\n"+usage)
				return 2
			}
			prog = program{filename: "<string>", errFilename: "<string>", src: []byte(args[1]), argv: append([]string{"-c"}, args[2:]...)}
		case a == "-":
			src, err := io.ReadAll(os.Stdin)
			if err != nil {
				fmt.Fprintf(os.Stderr, "pyasync: can't read <stdin>: %v\n", err)
				return 2
			}
			prog = program{filename: "<stdin>", errFilename: "<stdin>", src: src, argv: args}
		case strings.HasPrefix(a, "-") && len(a) > 1:
			fmt.Fprintf(os.Stderr, "unknown option %s\n%s", a, usage)
			return 2
		default:
			src, err := os.ReadFile(a)
			abs, _ := filepath.Abs(a)
			if err != nil {
				fmt.Fprintf(os.Stderr, "pyasync: can't open file '%s': %s\n", abs, describeOSError(err))
				return 2
			}
			prog = program{filename: a, errFilename: abs, src: src, argv: args}
			runtime.RegisterSource(a, src)
			runtime.RegisterSource(abs, src)
		}
		break
	}
	catchSIGINT()
	if prog.src == nil && (interactive || repl.IsTerminal(os.Stdin)) {
		setArgv([]string{""})
		return interact(eval.New(), banner)
	}
	if prog.src == nil {
		src, err := io.ReadAll(os.Stdin)
		if err != nil {
			fmt.Fprintf(os.Stderr, "pyasync: can't read <stdin>: %v\n", err)
			return 2
		}
		prog = program{filename: "<stdin>", errFilename: "<stdin>", src: src, argv: []string{""}}
	}
	if interactive {
		return inspect(prog)
	}
	return execute(prog)
}

// setArgv sets sys.argv.
func setArgv(args []string) {
	argv := make([]runtime.Value, len(args))
	for i, a := range args {
		argv[i] = runtime.Str(a)
	}
	runtime.SysModule.Dict.SetStr("argv", runtime.NewList(argv))
}

// execute runs the program and returns the process exit status.
func execute(prog program) (code int) {
	defer internalError(&code)
	setArgv(prog.argv)
	in := eval.New()
	err := in.Run(prog.filename, prog.errFilename, prog.src)
	if err != nil {
		code = reportUncaught(err)
	}
	asyncio.AtExit()
	warnNeverAwaited()
	flushStdout()
	return code
}

// reportUncaught prints an uncaught exception as CPython's excepthook does
// and returns the exit status (SystemExit's code).
func reportUncaught(err error) int {
	e, ok := err.(*runtime.Exception)
	if !ok {
		flushStdout()
		runtime.WriteStderr(fmt.Sprintf("pyasync: internal error: %v\n", err))
		return 1
	}
	if e.IsInstanceOf(runtime.SystemExitType) {
		return systemExitCode(e)
	}
	flushStdout()
	runtime.WriteStderr(runtime.FormatException(e))
	if e.IsInstanceOf(runtime.KeyboardInterruptType) {
		return exitBySIGINT()
	}
	return 1
}

// systemExitCode is the status for an uncaught SystemExit: its code when
// an int, 0 for None, else 1 after printing the code.
func systemExitCode(e *runtime.Exception) int {
	var code runtime.Value = runtime.None
	if len(e.Args) == 1 {
		code = e.Args[0]
	} else if len(e.Args) > 1 {
		code = e.Args
	}
	switch c := code.(type) {
	case runtime.NoneType:
		return 0
	case runtime.Int:
		return int(c) & 0xff
	case runtime.Bool:
		if c {
			return 1
		}
		return 0
	}
	s, err := runtime.ToStr(code)
	if err == nil {
		flushStdout()
		runtime.WriteStderr(s + "\n")
	}
	return 1
}

// warnNeverAwaited reports the coroutines that never ran, as CPython does
// when it destroys them at exit.
func warnNeverAwaited() {
	for _, c := range runtime.NeverAwaited() {
		runtime.Warn(runtime.RuntimeWarningType, "coroutine '"+c.QualName()+"' was never awaited", "sys", 1)
	}
}

func flushStdout() {
	if f, ok := runtime.CurrentStdout().(*runtime.TextFile); ok {
		_ = f.Flush()
	}
	_ = runtime.Stdout.Flush()
}

// describeOSError renders a file error as CPython's "[Errno 2] No such file
// or directory".
func describeOSError(err error) string {
	switch {
	case os.IsNotExist(err):
		return "[Errno 2] No such file or directory"
	case os.IsPermission(err):
		return "[Errno 13] Permission denied"
	}
	if pe, ok := err.(*os.PathError); ok {
		if strings.Contains(pe.Err.Error(), "is a directory") {
			return "[Errno 21] Is a directory"
		}
		return pe.Err.Error()
	}
	return err.Error()
}
