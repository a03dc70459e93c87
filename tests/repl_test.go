package tests

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The REPL sessions in repl/NAME.session are typed into pyasync's prompt
// through a pseudo-terminal, as a user would; the screen that results,
// normalised, must equal repl/NAME.screen, recorded from CPython by
// `go test ./tests -run TestREPL -record`.
//
// A session file is keystrokes, one line of it at a time, each followed
// by Enter and then a wait for the next prompt. In a line,
//
//	<Tab> <Up> <C-c> <C-d>  press that key
//	<pause>                 wait 200 ms (let the line editor show what came before)
//	<running>               (at the end) press Enter, but expect no prompt: the input
//	                        keeps running; wait 300 ms instead
//
// and a line ending with <C-c> or <C-d> gets no Enter. After <C-d> on an
// empty line the session is expected to end. Optional header lines:
//
//	# oracle: python3 -m asyncio    the command recorded (this is the default)
//	# args: -i prog.py              arguments for both commands, run in repl/
var replKeys = strings.NewReplacer("<Tab>", "\t", "<Up>", "\x1b[A", "<C-c>", "\x03", "<C-d>", "\x04")

const (
	replOracle  = "python3 -m asyncio"
	replTimeout = 10 * time.Second
)

func TestREPL(t *testing.T) {
	sessions, err := filepath.Glob(filepath.Join(repoRoot, "tests", "repl", "*.session"))
	require.NoError(t, err)
	require.NotEmpty(t, sessions)
	for _, path := range sessions {
		name := strings.TrimSuffix(filepath.Base(path), ".session")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(path)
			require.NoError(t, err)
			s := parseSession(string(src))
			want := strings.TrimSuffix(path, ".session") + ".screen"
			if *record {
				got, err := s.run(t, strings.Fields(s.oracle))
				require.NoError(t, err)
				require.NoError(t, os.WriteFile(want, []byte(got), 0o644))
				return
			}
			requirePyasync(t)
			expected, err := os.ReadFile(want)
			require.NoError(t, err, "record it: go test ./tests -run TestREPL -record")
			got, err := s.run(t, []string{pyasyncBin})
			require.NoError(t, err)
			assert.Equal(t, string(expected), got)
		})
	}
}

// TestREPLHistory checks that a second session finds the lines entered in
// the first one in its history.
func TestREPLHistory(t *testing.T) {
	requirePyasync(t)
	home := t.TempDir()
	first := session{lines: []string{"x = 40 + 2", "<C-d>"}}
	_, err := first.runIn(t, []string{pyasyncBin}, home, nil)
	require.NoError(t, err)
	history, err := os.ReadFile(filepath.Join(home, ".pyasync_history"))
	require.NoError(t, err)
	assert.Equal(t, "x = 40 + 2\n", string(history))
	second := session{lines: []string{"<Up>", "x", "<C-d>"}}
	got, err := second.runIn(t, []string{pyasyncBin}, home, nil)
	require.NoError(t, err)
	assert.Equal(t, ">>> x = 40 + 2\n>>> x\n42\n>>>\n(exit status 0)\n", got)
}

// TestREPLStdoutNotTerminal checks the prompt when standard output is a
// pipe: prompts and echo go to the terminal through stderr, what Python
// prints goes to the pipe.
func TestREPLStdoutNotTerminal(t *testing.T) {
	requirePyasync(t)
	r, w, err := os.Pipe()
	require.NoError(t, err)
	s := session{lines: []string{"print('hi')", "6 * 7", "<C-d>"}}
	screen, err := s.runIn(t, []string{pyasyncBin}, t.TempDir(), w)
	require.NoError(t, err)
	w.Close()
	out, err := io.ReadAll(r)
	require.NoError(t, err)
	assert.Equal(t, "hi\n42\n", string(out))
	assert.Equal(t, ">>> print('hi')\n>>> 6 * 7\n>>>\n(exit status 0)\n", screen)
}

// session is a parsed session file.
type session struct {
	oracle string
	args   []string
	lines  []string
}

func parseSession(src string) session {
	s := session{oracle: replOracle}
	lines := strings.Split(strings.TrimSuffix(src, "\n"), "\n")
	for len(lines) > 0 && strings.HasPrefix(lines[0], "# ") {
		key, value, _ := strings.Cut(strings.TrimPrefix(lines[0], "# "), ": ")
		switch key {
		case "oracle":
			s.oracle = value
		case "args":
			s.args = strings.Fields(value)
		}
		lines = lines[1:]
	}
	s.lines = lines
	return s
}

// run types the session into command (plus the session's arguments) in
// repl/, with a fresh home directory, and returns the normalised screen.
func (s session) run(t *testing.T, command []string) (string, error) {
	return s.runIn(t, append(command, s.args...), t.TempDir(), nil)
}

// runIn runs command on a pseudo-terminal, with HOME set to home and
// standard output sent to stdout if not nil, types the session's lines,
// and returns the normalised screen followed by the exit status.
func (s session) runIn(t *testing.T, command []string, home string, stdout *os.File) (string, error) {
	cmd := exec.Command(command[0], command[1:]...)
	cmd.Dir = filepath.Join(repoRoot, "tests", "repl")
	cmd.Env = append(childEnv(), "HOME="+home, "TERM=xterm")
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer ptmx.Close()
	if err := pty.Setsize(ptmx, &pty.Winsize{Rows: 50, Cols: 200}); err != nil {
		return "", err
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	if stdout != nil {
		cmd.Stdout = stdout
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true} // the pty is its terminal
	if err := cmd.Start(); err != nil {
		tty.Close()
		return "", err
	}
	tty.Close()
	term := &liveScreen{}
	go term.copyFrom(ptmx)
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() { _ = cmd.Process.Kill() }()

	if err := term.waitPrompt(0); err != nil {
		return "", err
	}
	for _, line := range s.lines {
		prompts := term.prompts()
		running := strings.HasSuffix(line, "<running>")
		keys := strings.TrimSuffix(line, "<running>")
		if !strings.HasSuffix(keys, "<C-c>") && !strings.HasSuffix(keys, "<C-d>") {
			keys += "\r"
		}
		for i, part := range strings.Split(keys, "<pause>") {
			if i > 0 {
				time.Sleep(200 * time.Millisecond)
			}
			if _, err := ptmx.Write([]byte(replKeys.Replace(part))); err != nil {
				return "", err
			}
		}
		switch {
		case running:
			time.Sleep(300 * time.Millisecond)
		case line == "<C-d>" || line == "exit()" || strings.HasPrefix(line, "exit("):
			// The session ends.
		default:
			if err := term.waitPrompt(prompts); err != nil {
				return "", fmt.Errorf("after typing %q: %v", line, err)
			}
		}
	}
	status := -1
	select {
	case err := <-exited:
		status = cmd.ProcessState.ExitCode()
		var exit *exec.ExitError
		if err != nil && !errors.As(err, &exit) {
			return "", err
		}
	case <-time.After(replTimeout):
		return "", fmt.Errorf("the session did not end; screen:\n%s", term.text())
	}
	time.Sleep(50 * time.Millisecond) // the last output
	return normalizeScreen(term.text()) + fmt.Sprintf("(exit status %d)\n", status), nil
}

// liveScreen is a screen fed by the pseudo-terminal.
type liveScreen struct {
	mu   sync.Mutex
	s    screen
	last time.Time // when output last came
}

func (l *liveScreen) copyFrom(f *os.File) {
	buf := make([]byte, 4096)
	for {
		n, err := f.Read(buf)
		l.mu.Lock()
		_, _ = l.s.Write(buf[:n])
		l.last = time.Now()
		l.mu.Unlock()
		if err != nil {
			return
		}
	}
}

var promptLine = regexp.MustCompile(`^(>>>|\.\.\.)( |$)`)

// prompts counts the prompts on the screen: the lines that start with
// one, and the cursor's line if it ends with one after some output.
func (l *liveScreen) prompts() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, line := range l.s.Text() {
		if promptLine.MatchString(line) {
			n++
		}
	}
	if cursor := l.s.CursorLine(); !promptLine.MatchString(cursor) && endsWithPrompt(cursor) {
		n++
	}
	return n
}

func endsWithPrompt(line string) bool {
	line = strings.TrimRight(line, " ")
	return strings.HasSuffix(line, ">>>") || strings.HasSuffix(line, "...")
}

// waitPrompt waits until there are more than n prompts, the cursor stands
// after one and the output has been quiet for 100 ms.
func (l *liveScreen) waitPrompt(n int) error {
	deadline := time.Now().Add(replTimeout)
	for time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
		count := l.prompts()
		l.mu.Lock()
		atPrompt := endsWithPrompt(l.s.CursorLine())
		quiet := time.Since(l.last) > 100*time.Millisecond
		l.mu.Unlock()
		if count > n && atPrompt && quiet {
			return nil
		}
	}
	return fmt.Errorf("no prompt came; screen:\n%s", l.text())
}

func (l *liveScreen) text() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.s.Text(), "\n")
}

var libraryFrame = regexp.MustCompile(`^  File "(/|<frozen )`)

// normalizeScreen keeps what pyasync and CPython should agree on: the
// banner (before the first prompt, and python -m asyncio's
// `>>> import asyncio`) and the "exiting asyncio REPL..." farewell go,
// CPython's library frames go with their source lines, and the asyncio
// REPL's file name <console> reads <stdin>.
func normalizeScreen(text string) string {
	lines := strings.Split(text, "\n")
	for len(lines) > 0 && !promptLine.MatchString(lines[0]) {
		lines = lines[1:]
	}
	if len(lines) > 0 && lines[0] == ">>> import asyncio" {
		lines = lines[1:]
	}
	var b strings.Builder
	inFrame := false
	for _, line := range lines {
		switch {
		case libraryFrame.MatchString(line):
			inFrame = true
			continue
		case inFrame && strings.HasPrefix(line, "    "):
			continue
		case line == "exiting asyncio REPL...":
			continue
		}
		inFrame = false
		b.WriteString(strings.ReplaceAll(line, `"<console>"`, `"<stdin>"`) + "\n")
	}
	return b.String()
}
