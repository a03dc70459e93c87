package repl

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"pyasync/eval"
	"pyasync/runtime"
)

// transcript is what a terminal would show: the session's output and, from
// the script, the prompts and the lines typed.
type transcript struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (t *transcript) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.buf.Write(p)
}

func (t *transcript) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.buf.String()
}

// script is a LineReader typing its lines into a transcript; "<C-c>" is
// Ctrl-C, and "<interrupt after N ms>" types nothing but sends SIGINT
// (runtime.Interrupt) N ms after the previous line was entered.
type script struct {
	lines []string
	out   *transcript
}

func (s *script) ReadLine(prompt string) (string, error) {
	_, _ = io.WriteString(s.out, prompt)
	if len(s.lines) == 0 {
		_, _ = io.WriteString(s.out, "\n")
		return "", io.EOF
	}
	line := s.lines[0]
	s.lines = s.lines[1:]
	if line == "<C-c>" {
		_, _ = io.WriteString(s.out, "\n")
		return "", ErrInterrupt
	}
	_, _ = io.WriteString(s.out, line+"\n")
	return line, nil
}

// runSession runs a session of a new interpreter on lines and returns the
// transcript and what Run returned.
func runSession(t *testing.T, banner string, lines ...string) (string, error) {
	t.Helper()
	out := &transcript{}
	s := New(eval.New(), Config{Lines: &script{lines: lines, out: out}, Stdout: out, Stderr: out, Banner: banner})
	err := s.Run()
	return out.String(), err
}

func TestSessions(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  string
	}{{
		name:  "echo and _",
		lines: []string{"6 * 7", "_ + 1", "None", "x = 1"},
		want:  ">>> 6 * 7\n42\n>>> _ + 1\n43\n>>> None\n>>> x = 1\n>>> \n",
	}, {
		name:  "compound statements continue until an empty line",
		lines: []string{"def f():", "    return 1", "", "if True: print(f())", ""},
		want:  ">>> def f():\n...     return 1\n... \n>>> if True: print(f())\n... \n1\n>>> \n",
	}, {
		name:  "open brackets, backslashes and triple quotes continue",
		lines: []string{"(1,", "", "2)", "1 + \\", "2", "'''a", "b'''"},
		want:  ">>> (1,\n... \n... 2)\n(1, 2)\n>>> 1 + \\\n... 2\n3\n>>> '''a\n... b'''\n'a\\nb'\n>>> \n",
	}, {
		name:  "a statement after a compound one",
		lines: []string{"if True:", "    pass", "y = 2"},
		want:  ">>> if True:\n...     pass\n... y = 2\n  File \"<stdin>\", line 3\n    y = 2\n    ^\nSyntaxError: invalid syntax\n>>> \n",
	}, {
		name:  "a syntax error at the end of the input has no caret",
		lines: []string{"1 +"},
		want:  ">>> 1 +\n  File \"<stdin>\", line 1\n    1 +\nSyntaxError: invalid syntax\n>>> \n",
	}, {
		name:  "errors leave the session going",
		lines: []string{"x = 1", "1/0", "x"},
		want: ">>> x = 1\n>>> 1/0\nTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n" +
			"ZeroDivisionError: division by zero\n>>> x\n1\n>>> \n",
	}, {
		name:  "Ctrl-C while typing drops the lines typed",
		lines: []string{"def f():", "<C-c>", "1"},
		want:  ">>> def f():\n... \nKeyboardInterrupt\n>>> 1\n1\n>>> \n",
	}, {
		name:  "top-level await, async for and async comprehensions",
		lines: []string{"import asyncio", "await asyncio.sleep(0, 'slept')", "async def agen():", "    yield 1", "", "[x async for x in agen()]", "async for x in agen(): print(x)", ""},
		want: ">>> import asyncio\n>>> await asyncio.sleep(0, 'slept')\n'slept'\n>>> async def agen():\n...     yield 1\n... \n" +
			">>> [x async for x in agen()]\n[1]\n>>> async for x in agen(): print(x)\n... \n1\n>>> \n",
	}, {
		name: "a task keeps running across inputs",
		lines: []string{"import asyncio", "async def tick():", "    for i in range(3):", "        print('tick', i)", "        await asyncio.sleep(0)", "",
			"t = asyncio.create_task(tick())", "await asyncio.sleep(0.01)", "t.done()"},
		want: ">>> import asyncio\n>>> async def tick():\n...     for i in range(3):\n...         print('tick', i)\n...         await asyncio.sleep(0)\n... \n" +
			">>> t = asyncio.create_task(tick())\ntick 0\ntick 1\ntick 2\n>>> await asyncio.sleep(0.01)\n>>> t.done()\nTrue\n>>> \n",
	}, {
		name:  "output without a newline before the prompt",
		lines: []string{"print('a', end='')"},
		want:  ">>> print('a', end='')\na>>> \n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := runSession(t, "", tt.lines...)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestEmptyLineEndsBlock(t *testing.T) {
	got, err := runSession(t, "", "if True:", "", "x = 1")
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(got, ">>> if True:\n... \n  File \"<stdin>\", line 2\n"), got)
	assert.True(t, strings.HasSuffix(got, "\nIndentationError: expected an indented block after 'if' statement on line 1\n>>> x = 1\n>>> \n"), got)
}

func TestBanner(t *testing.T) {
	got, err := runSession(t, "pyasync", "asyncio.sleep")
	require.NoError(t, err)
	assert.Equal(t, "pyasync\n>>> import asyncio\n>>> asyncio.sleep\n<built-in function sleep>\n>>> \n", got)
}

func TestExit(t *testing.T) {
	got, err := runSession(t, "", "exit(3)", "never")
	assert.Equal(t, ">>> exit(3)\n", got)
	e, ok := err.(*runtime.Exception)
	require.True(t, ok, "Run returned %v", err)
	assert.True(t, e.IsInstanceOf(runtime.SystemExitType))
	assert.Equal(t, runtime.Tuple{runtime.Int(3)}, e.Args)
}

// TestInterrupt sends SIGINT while an input awaits: its task is
// cancelled (its finally clause runs) and the session goes on.
func TestInterrupt(t *testing.T) {
	out := &transcript{}
	lines := &script{out: out, lines: []string{
		"import asyncio",
		"async def wait():",
		"    try:",
		"        await asyncio.sleep(10)",
		"    finally:",
		"        print('cleanup')",
		"",
		"await wait()",
		"'after'",
	}}
	s := New(eval.New(), Config{Lines: lines, Stdout: out, Stderr: out})
	timer := time.AfterFunc(100*time.Millisecond, runtime.Interrupt)
	defer timer.Stop()
	require.NoError(t, s.Run())
	assert.True(t, strings.HasSuffix(out.String(), ">>> await wait()\ncleanup\n\nKeyboardInterrupt\n>>> 'after'\n'after'\n>>> \n"), out.String())
}

// waiting is a LineReader whose user types nothing until the channel is
// closed.
type waiting chan struct{}

func (w waiting) ReadLine(string) (string, error) {
	<-w
	return "", io.EOF
}

func TestComplete(t *testing.T) {
	typing := make(waiting)
	s := New(eval.New(), Config{Lines: typing, Stdout: io.Discard, Stderr: io.Discard})
	ended := make(chan error)
	go func() { ended <- s.Run() }() // the lookups run while it waits for a line
	defer func() {
		close(typing)
		assert.NoError(t, <-ended)
	}()
	tests := []struct {
		text   string
		want   []string
		length int
	}{
		{"", []string{"    "}, 0},
		{"x = asyncio.sl", []string{"sleep("}, 2},
		{"pri", []string{"print("}, 3},
		{"asyncio.Queue.qs", []string{"qsize("}, 2},
		{"whi", []string{"while "}, 3},
		{"nosuchname.x", nil, 1},
	}
	s.in.Main.Dict.SetStr("asyncio", mustImport(t, "asyncio"))
	for _, tt := range tests {
		got, length := s.Complete(tt.text)
		assert.Equal(t, tt.want, got, tt.text)
		assert.Equal(t, tt.length, length, tt.text)
	}
	private, _ := s.Complete("asyncio.Queue._")
	for _, name := range private {
		assert.False(t, strings.HasPrefix(name, "__"), "'_' offers no dunder names: %s", name)
	}
}

func mustImport(t *testing.T, name string) runtime.Value {
	m, err := runtime.ImportModule(name)
	require.NoError(t, err)
	return m
}
