package tests

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// cliCase is one command-line behaviour. Args are what follows the
// interpreter: `python3 ARGS...` when recording, `pyasync --virtual-time
// ARGS...` when testing (`pyasync ARGS...` with RealClock). The program
// files it names live in tests/cli/, which is also the working directory;
// the expected output is recorded into tests/cli/NAME.{stdout,stderr,exitcode}.
type cliCase struct {
	Name  string
	Args  []string
	Stdin string
	// UserFiles are the file names whose traceback frames are kept.
	UserFiles []string
	// RealClock runs pyasync without --virtual-time.
	RealClock bool
	// ReadyLine: wait for this line on stdout, then send SIGINT.
	ReadyLine string
	// MaskAddresses replaces the hexadecimal addresses of default reprs
	// ("<coroutine object f at 0x7f…>") in stderr with "0x…", on both sides:
	// they differ from run to run.
	MaskAddresses bool
	// Check, if set, replaces recording and comparison (for output that
	// differs between CPython and pyasync by design).
	Check func(t *testing.T, res runResult)
}

var cliCases = []cliCase{
	{
		// At exit, the pending tasks of a closed loop are reported, then
		// their coroutines closed: finally blocks run, and what they raise
		// is printed as "Exception ignored in: <coroutine object …>".
		Name:          "unraisable_at_exit",
		Args:          []string{"unraisable_at_exit.py"},
		UserFiles:     []string{"unraisable_at_exit.py"},
		MaskAddresses: true,
	},
	{
		// python3: can't open file '/abs/tests/cli/no_such_file.py': [Errno 2] No such file or directory
		// (exit 2). The directory and the interpreter's own path are normalised:
		// pyasync prints "pyasync: can't open file 'no_such_file.py': ...".
		Name: "missing_file",
		Args: []string{"no_such_file.py"},
	},
	{
		Name:      "dash_c",
		Args:      []string{"-c", "import sys\nprint('hello from -c', sys.argv)\nprint(sum(range(10)))"},
		UserFiles: []string{"<string>"},
	},
	{
		Name:      "dash_c_extra_args",
		Args:      []string{"-c", "import sys; print(sys.argv)", "one", "two"},
		UserFiles: []string{"<string>"},
	},
	{
		Name:      "dash_c_error",
		Args:      []string{"-c", "def f(x):\n    return 1 / x\nprint('before')\nf(0)"},
		UserFiles: []string{"<string>"},
	},
	{
		Name:      "dash_c_syntax_error",
		Args:      []string{"-c", "print('never'\n"},
		UserFiles: []string{"<string>"},
	},
	{
		Name:      "dash_c_async",
		Args:      []string{"-c", "import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    return 42\nprint(asyncio.run(main()))"},
		UserFiles: []string{"<string>"},
	},
	{
		Name:      "stdin_dash",
		Args:      []string{"-", "x", "y"},
		Stdin:     "import sys\nprint('from stdin', sys.argv)\nfor i in range(3):\n    print(i)\n",
		UserFiles: []string{"<stdin>"},
	},
	{
		Name:      "stdin_dash_error",
		Args:      []string{"-"},
		Stdin:     "def g():\n    raise ValueError('bad value')\nprint('start')\ng()\n",
		UserFiles: []string{"<stdin>"},
	},
	{
		// No arguments and a standard input that is not a terminal: the
		// input is read as a program (no REPL prompts).
		Name:      "stdin_no_args",
		Args:      nil,
		Stdin:     "import sys\nprint('program on stdin', sys.argv)\n",
		UserFiles: []string{"<stdin>"},
	},
	{
		Name:      "argv",
		Args:      []string{"argv.py", "a", "b c", "--flag", "-x"},
		UserFiles: []string{"argv.py"},
	},
	{
		Name:      "argv_exit_code",
		Args:      []string{"exit_with_arg.py", "7"},
		UserFiles: []string{"exit_with_arg.py"},
	},
	{
		// CPython prints "Python 3.11.7" and exits 0; pyasync prints its own
		// version line.
		Name: "version",
		Args: []string{"--version"},
		Check: func(t *testing.T, res runResult) {
			assert.Equal(t, 0, res.ExitCode, "exit code")
			first, _, _ := strings.Cut(res.Stdout+res.Stderr, "\n")
			assert.True(t, strings.HasPrefix(first, "pyasync "),
				"--version must print a line starting with \"pyasync \", got %q", first)
		},
	},
	{
		// Ctrl-C while `await asyncio.sleep(10)` runs. CPython prints the
		// CancelledError of the main task, then "During handling of the
		// above exception, another exception occurred:" and the
		// KeyboardInterrupt raised by asyncio.run; then it re-raises SIGINT
		// so it dies by the signal. The harness reports death by signal N
		// as exit code 128+N (130 here, as a shell would), so pyasync may
		// either kill itself with SIGINT or exit(130).
		Name:      "sigint_during_sleep",
		Args:      []string{"sigint_sleep.py"},
		UserFiles: []string{"sigint_sleep.py"},
		RealClock: true,
		ReadyLine: "ready",
	},
}

func TestCLI(t *testing.T) {
	if !*record {
		requirePyasync(t)
	}
	known := knownFailures(t)
	dir := filepath.Join(repoRoot, "tests", "cli")
	for _, c := range cliCases {
		c := c
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			rel := "tests/cli/" + c.Name
			base := filepath.Join(dir, c.Name)
			n := normalizer{Dir: dir, UserFiles: c.UserFiles, InterpreterName: "pyasync"}
			spec := runSpec{Dir: dir, Stdin: c.Stdin, ReadyLine: c.ReadyLine}
			if *record {
				if c.Check != nil {
					t.Skip("not recorded: checked by its own rule")
				}
				spec.Argv = append([]string{pythonCmd}, c.Args...)
				spec.Timeout = recordTimeout
				res, err := run(spec)
				if err != nil {
					t.Fatalf("python3 %q: %v", c.Args, err)
				}
				got := expected{Stdout: res.Stdout, Stderr: c.stderr(n, res), ExitCode: res.ExitCode}
				if err := writeExpected(base, got); err != nil {
					t.Fatal(err)
				}
				return
			}

			spec.Argv = []string{pyasyncBin}
			if !c.RealClock {
				spec.Argv = append(spec.Argv, "--virtual-time")
			}
			spec.Argv = append(spec.Argv, c.Args...)
			spec.Timeout = testTimeout
			res, err := run(spec)
			if c.Check != nil {
				if known[rel] {
					t.Skip("known failure: " + rel)
				}
				if err != nil {
					t.Fatalf("pyasync %q: %v", c.Args, err)
				}
				c.Check(t, res)
				return
			}
			want, rerr := readExpected(base)
			if rerr != nil {
				t.Fatalf("no recorded output for %s (run: go test ./tests -run TestCLI -record): %v", rel, rerr)
			}
			got := expected{Stdout: res.Stdout, Stderr: c.stderr(n, res), ExitCode: res.ExitCode}
			if known[rel] {
				if err == nil && got == want {
					t.Fatalf("%s passes now: remove it from %s", rel, knownFailuresFile)
				}
				t.Skip("known failure: " + rel)
			}
			if err != nil {
				t.Fatalf("pyasync %q: %v", c.Args, err)
			}
			compareOutcome(t, want, got)
		})
	}
}

var objectAddress = regexp.MustCompile(` at 0x[0-9a-f]+>`)

// stderr is the run's stderr as the case compares it.
func (c cliCase) stderr(n normalizer, res runResult) string {
	s := n.Normalize(res.Stderr)
	if c.MaskAddresses {
		s = objectAddress.ReplaceAllString(s, " at 0x…>")
	}
	return s
}
