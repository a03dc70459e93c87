// Package repl is pyasync's interactive prompt, modelled on
// `python -m asyncio`: each input is compiled with top-level await
// allowed and runs on one event loop that lives for the whole session, so
// a task created by one input keeps running while later inputs are typed
// and awaited.
//
// The session reads lines through a LineReader — a terminal with line
// editing (terminal.go), a plain stream, or a test's script — and writes
// what Python prints, and its own messages, to two io.Writers.
package repl

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"pyasync/ast"
	"pyasync/eval"
	"pyasync/lexer"
	"pyasync/parser"
	"pyasync/resolve"
	"pyasync/runtime"
	"pyasync/runtime/asyncio"
)

// ErrInterrupt is what a LineReader returns when the user typed Ctrl-C.
var ErrInterrupt = errors.New("interrupt")

// LineReader is where a session's input comes from.
type LineReader interface {
	// ReadLine shows prompt and returns the next line, without its
	// newline; the error is ErrInterrupt after Ctrl-C and io.EOF at the
	// end of input. Whatever the outcome, what follows starts on a new
	// line. ReadLine is called on a goroutine of its own.
	ReadLine(prompt string) (string, error)
}

// Config describes a session.
type Config struct {
	Lines LineReader
	// Stdout and Stderr become sys.stdout and sys.stderr (line-buffered);
	// the session's own messages go to Stderr, as CPython's do.
	Stdout, Stderr io.Writer
	// Banner, when set, opens the session the way python -m asyncio does:
	// the banner, then `>>> import asyncio`, which the session runs.
	Banner string
}

// Session is an interactive session of an interpreter.
type Session struct {
	in   *eval.Interp
	cfg  Config
	loop *asyncio.Session
}

// New prepares a session of in, whose main module's globals the inputs
// share (those a script left, after `pyasync -i`). It installs the
// session's sys.stdout and sys.stderr and makes a new event loop current.
func New(in *eval.Interp, cfg Config) *Session {
	in.Interactive = true
	sys := runtime.SysModule.Dict
	for _, name := range []string{"stdout", "stderr"} {
		w := cfg.Stdout
		if name == "stderr" {
			w = cfg.Stderr
		}
		f := runtime.NewTextFile("<"+name+">", w, true)
		sys.SetStr(name, f)
		sys.SetStr("__"+name+"__", f)
	}
	for name, prompt := range map[string]string{"ps1": ">>> ", "ps2": "... "} {
		if _, ok := sys.GetStr(name); !ok {
			sys.SetStr(name, runtime.Str(prompt))
		}
	}
	return &Session{in: in, cfg: cfg, loop: asyncio.NewSession()}
}

// Run runs the session until the end of input, and returns nil then, or
// the SystemExit that ended it (exit(), quit(), sys.exit()).
func (s *Session) Run() error {
	if s.cfg.Banner != "" {
		const importAsyncio = "import asyncio"
		runtime.WriteStderr(s.cfg.Banner + "\n" + s.prompt("ps1") + importAsyncio + "\n")
		if err := s.execute([]byte(importAsyncio + "\n")); err != nil {
			return err
		}
	}
	for {
		src, err := s.readInput()
		switch {
		case err == io.EOF:
			return nil
		case err == ErrInterrupt:
			runtime.WriteStderr("KeyboardInterrupt\n")
		case err != nil:
			return err
		default:
			if err := s.execute(src); err != nil {
				return err
			}
		}
	}
}

// readInput reads lines until they form a complete input, as CPython's
// interactive console does: an open bracket, a trailing backslash or an
// unfinished triple-quoted string continues on the next line, and so does
// a compound statement, until an empty line. It returns the source, which
// may still hold a syntax error that no more lines could fix.
func (s *Session) readInput() ([]byte, error) {
	var lines []string
	for {
		ps := "ps1"
		if len(lines) > 0 {
			ps = "ps2"
		}
		line, err := s.readLine(s.prompt(ps))
		if err != nil {
			return nil, err
		}
		lines = append(lines, line)
		src := []byte(strings.Join(lines, "\n") + "\n")
		if needsMore(src, len(lines) > 1 && strings.TrimSpace(line) == "") {
			continue
		}
		return src, nil
	}
}

// needsMore reports whether src, the lines read so far, is an input that
// more lines could complete; ended tells that the last line was an empty
// line following others, which ends a compound statement.
func needsMore(src []byte, ended bool) bool {
	m, err := parser.Parse("<stdin>", src)
	if err != nil {
		if !parser.IsIncomplete(err) {
			return false
		}
		// An input waiting for a block ends at an empty line, with its
		// error; one inside brackets or a string takes the empty line in.
		_, lexErr := lexer.Tokenize("<stdin>", src)
		return !ended || lexErr != nil
	}
	return !ended && len(m.Body) == 1 && isCompound(m.Body[0])
}

// isCompound reports whether st is a compound statement, which the prompt
// continues until an empty line, even when written on one line.
func isCompound(st ast.Stmt) bool {
	switch st.(type) {
	case *ast.If, *ast.While, *ast.For, *ast.Try, *ast.With, *ast.FunctionDef, *ast.ClassDef:
		return true
	}
	return false
}

// readLine reads a line on the reader's goroutine while the event loop
// runs the session's tasks. A KeyboardInterrupt that reaches the loop
// meanwhile is dropped, as python -m asyncio does; a SystemExit ends the
// session.
func (s *Session) readLine(prompt string) (string, error) {
	if f, ok := runtime.CurrentStdout().(*runtime.TextFile); ok {
		_ = f.Flush()
	}
	var (
		line string
		err  error
		got  bool
	)
	go func() {
		l, e := s.cfg.Lines.ReadLine(prompt)
		s.loop.Post(func() { line, err, got = l, e, true })
	}()
	for {
		e := s.loop.Wait(func() bool { return got })
		if e == nil {
			return line, err
		}
		if !isKeyboardInterrupt(e) {
			return "", e
		}
	}
}

// execute compiles and runs one input, and shows its error, if any. The
// error returned is a SystemExit, which ends the session.
func (s *Session) execute(src []byte) error {
	m, err := compile(src)
	if err == nil {
		err = s.loop.Exec(func() (runtime.Value, error) { return s.in.ExecModule(m, "<stdin>") })
	}
	e, ok := err.(*runtime.Exception)
	switch {
	case err == nil:
	case !ok:
		runtime.WriteStderr(fmt.Sprintf("pyasync: internal error: %v\n", err))
	case e.IsInstanceOf(runtime.SystemExitType):
		return e
	case isKeyboardInterrupt(e) && e.Traceback == nil:
		// The input's task, cancelled by Ctrl-C (python -m asyncio's words).
		runtime.WriteStderr("\nKeyboardInterrupt\n")
	default:
		runtime.WriteStderr(runtime.FormatException(e))
	}
	return nil
}

// compile parses and resolves an input in the asyncio REPL's mode. Besides
// the parser's and resolver's errors, it rejects what follows a compound
// statement on a line of its own, as CPython's prompt does.
func compile(src []byte) (*ast.Module, error) {
	m, err := parser.Parse("<stdin>", src)
	if err == nil && len(m.Body) > 1 && isCompound(m.Body[0]) {
		p := m.Body[1].Position()
		err = &ast.SyntaxError{Kind: "SyntaxError", Msg: "invalid syntax", Line: p.Line, Col: p.Col + 1}
	}
	if err == nil {
		err = resolve.Module(m, resolve.Options{TopLevelAwait: true})
	}
	if se, ok := err.(*ast.SyntaxError); ok {
		if last := lastLine(src); se.Line == strings.Count(string(src), "\n") && strings.TrimSpace(last) != "" && se.Col > len([]rune(last)) {
			// After the last character typed: CPython's interactive
			// compiler gives no offset, and no caret is shown.
			se.Col, se.EndLine, se.EndCol = 0, 0, 0
		}
		return nil, eval.SyntaxErrorException(se, "<stdin>", src)
	}
	return m, err
}

// lastLine returns the last line of src, which ends with a newline.
func lastLine(src []byte) string {
	lines := strings.Split(string(src), "\n")
	return lines[len(lines)-2]
}

// prompt returns str(sys.ps1) or str(sys.ps2).
func (s *Session) prompt(name string) string {
	v, ok := runtime.SysModule.Dict.GetStr(name)
	if !ok {
		return ""
	}
	p, err := runtime.ToStr(v)
	if err != nil {
		return ""
	}
	return p
}

func isKeyboardInterrupt(err error) bool {
	e, ok := err.(*runtime.Exception)
	return ok && e.IsInstanceOf(runtime.KeyboardInterruptType)
}
