// Package tests holds pyasync's end-to-end tests: every Python program in
// scripts/ and tests/programs/ is run by the pyasync binary and its stdout,
// stderr and exit code are compared with what CPython 3.11 printed for the
// same program (recorded beside it as X.stdout, X.stderr and X.exitcode).
//
//	go test ./tests                                  # run pyasync, compare
//	go test ./tests -run TestGolden -record          # re-record from python3
//	go test ./tests -run TestGolden/scripts/seed1 -record
//
// See tests/README.md.
package tests

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

var record = flag.Bool("record", false,
	"run python3 instead of pyasync and (re)write the expected .stdout/.stderr/.exitcode files")

const (
	// pythonCmd is the oracle.
	pythonCmd = "python3"
	// testTimeout bounds one pyasync run (virtual time makes sleeps free).
	testTimeout = 20 * time.Second
	// recordTimeout bounds one python3 run (the seeds really sleep).
	recordTimeout = 3 * time.Minute
	// knownFailuresFile lists programs pyasync does not pass yet.
	knownFailuresFile = "known_failures.txt"
)

var (
	repoRoot   string // absolute path of the module root (the parent of tests/)
	pyasyncBin string // the pyasync binary built by TestMain
	buildErr   error  // why pyasyncBin could not be built, if it could not
)

func TestMain(m *testing.M) {
	flag.Parse()
	root, err := filepath.Abs("..")
	if err != nil {
		fmt.Fprintln(os.Stderr, "tests: cannot find the repository root:", err)
		os.Exit(2)
	}
	repoRoot = root
	tmp := ""
	if !*record {
		tmp, err = os.MkdirTemp("", "pyasync-tests-")
		if err != nil {
			fmt.Fprintln(os.Stderr, "tests: cannot create a temporary directory:", err)
			os.Exit(2)
		}
		if bin := os.Getenv("PYASYNC_BIN"); bin != "" {
			pyasyncBin = bin // a prebuilt interpreter (or a stand-in) to test
		} else {
			pyasyncBin, buildErr = buildPyasync(tmp)
		}
	}
	code := m.Run()
	if tmp != "" {
		os.RemoveAll(tmp)
	}
	os.Exit(code)
}

// buildPyasync builds ./cmd/pyasync into dir and returns the binary's path.
func buildPyasync(dir string) (string, error) {
	if _, err := os.Stat(filepath.Join(repoRoot, "cmd", "pyasync")); err != nil {
		return "", fmt.Errorf("cmd/pyasync does not exist yet (%v): there is no interpreter to test", err)
	}
	bin := filepath.Join(dir, "pyasync")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/pyasync")
	cmd.Dir = repoRoot
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build ./cmd/pyasync failed: %v\n%s", err, out)
	}
	return bin, nil
}

// requirePyasync fails the test when the interpreter could not be built.
func requirePyasync(t *testing.T) {
	t.Helper()
	if buildErr != nil {
		t.Fatalf("cannot run pyasync: %v", buildErr)
	}
}

// runResult is what one run of a program produced.
type runResult struct {
	Stdout   string
	Stderr   string // raw, not normalised
	ExitCode int
}

// runSpec describes one run of an interpreter.
type runSpec struct {
	Dir     string        // working directory
	Argv    []string      // the command and its arguments
	Stdin   string        // standard input; empty means none (/dev/null)
	Timeout time.Duration // the run is killed after this long
	// ReadyLine, if set, is waited for on stdout; then SIGINT is sent.
	ReadyLine string
}

// childEnv is the environment of every child: the test's own, without
// PYTHON* variables that change CPython's behaviour, plus two fixed ones.
func childEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "PYTHON") {
			continue // PYTHONSTARTUP, PYTHONPATH, PYTHONWARNINGS, PYTHONASYNCIODEBUG, ...
		}
		env = append(env, kv)
	}
	return append(env, "PYTHONDONTWRITEBYTECODE=1", "PYTHONIOENCODING=utf-8")
}

// exitCode maps a finished process to one number: its exit status, or
// 128+N when it was killed by signal N (what a shell reports; CPython
// re-raises SIGINT after printing an uncaught KeyboardInterrupt, so that
// case is 130).
func exitCode(ps *os.ProcessState) int {
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return 128 + int(ws.Signal())
	}
	return ps.ExitCode()
}

// run runs spec and returns what the process printed and its exit code.
func run(spec runSpec) (runResult, error) {
	ctx, cancel := context.WithTimeout(context.Background(), spec.Timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, spec.Argv[0], spec.Argv[1:]...)
	cmd.Dir = spec.Dir
	cmd.Env = childEnv()
	cmd.WaitDelay = 2 * time.Second
	if spec.Stdin != "" {
		cmd.Stdin = strings.NewReader(spec.Stdin)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stderr = &stderr
	if spec.ReadyLine == "" {
		cmd.Stdout = &stdout
		err := cmd.Run()
		return finish(cmd, ctx, &stdout, &stderr, err)
	}

	pipe, err := cmd.StdoutPipe()
	if err != nil {
		return runResult{}, err
	}
	if err := cmd.Start(); err != nil {
		return runResult{}, err
	}
	r := bufio.NewReader(pipe)
	ready := false
	for !ready {
		line, rerr := r.ReadString('\n')
		stdout.WriteString(line)
		if strings.TrimRight(line, "\n") == spec.ReadyLine {
			ready = true
		}
		if rerr != nil {
			break
		}
	}
	if ready {
		time.Sleep(100 * time.Millisecond) // let it reach the await
		_ = cmd.Process.Signal(os.Interrupt)
	}
	_, _ = io.Copy(&stdout, r)
	err = cmd.Wait()
	res, ferr := finish(cmd, ctx, &stdout, &stderr, err)
	if ferr == nil && !ready {
		ferr = fmt.Errorf("the program never printed the readiness line %q", spec.ReadyLine)
	}
	return res, ferr
}

func finish(cmd *exec.Cmd, ctx context.Context, stdout, stderr *bytes.Buffer, err error) (runResult, error) {
	if ctx.Err() != nil {
		return runResult{Stdout: stdout.String(), Stderr: stderr.String()},
			fmt.Errorf("timed out: %v", ctx.Err())
	}
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		return runResult{}, fmt.Errorf("cannot run %s: %v", cmd.Path, err)
	}
	return runResult{Stdout: stdout.String(), Stderr: stderr.String(), ExitCode: exitCode(cmd.ProcessState)}, nil
}

// normalizer turns an interpreter's stderr into the form that is stored and
// compared.
type normalizer struct {
	// Dir is the absolute directory the program ran in. CPython 3.11 makes
	// the script's path absolute (File "/abs/dir/X.py"), so "Dir/" is
	// removed everywhere: File "X.py".
	Dir string
	// UserFiles are the file names (after Dir is removed) whose frames are
	// kept: the program's base name, "<string>" for -c, "<stdin>".
	UserFiles []string
	// InterpreterName, if set, replaces the program name CPython puts
	// before "can't open file" (its own full path).
	InterpreterName string
}

var (
	// Frame lines may sit inside an exception group's margin ("    | ").
	frameLine     = regexp.MustCompile(`^((?: *[|+] )?)  File "([^"]*)", line \d+`)
	cantOpenLine  = regexp.MustCompile(`(?m)^\S+: can't open file `)
	caretOnlyLine = regexp.MustCompile(`^(?: *\| )?[ \t]*[\^~][\^~ \t]*$`)
)

// Normalize drops the frames of files that are not the program's (CPython's
// own library: asyncio/runners.py, <frozen runpy>, ...) together with the
// indented source lines under them, drops caret/tilde marker lines, and
// removes the program's directory from paths. Everything else is kept
// verbatim.
func (n normalizer) Normalize(stderr string) string {
	if n.Dir != "" {
		for _, d := range dirVariants(n.Dir) {
			stderr = strings.ReplaceAll(stderr, d+string(filepath.Separator), "")
		}
	}
	if n.InterpreterName != "" {
		stderr = cantOpenLine.ReplaceAllString(stderr, n.InterpreterName+": can't open file ")
	}
	var out strings.Builder
	dropping, margin := false, ""
	for _, line := range strings.SplitAfter(stderr, "\n") {
		body := strings.TrimRight(line, "\r\n")
		if dropping {
			if strings.HasPrefix(body, margin+"    ") {
				continue // the source line (and markers) of a dropped frame
			}
			dropping = false
		}
		if m := frameLine.FindStringSubmatch(body); m != nil && !contains(n.UserFiles, m[2]) {
			dropping, margin = true, strings.Replace(m[1], "+", "|", 1)
			continue
		}
		if caretOnlyLine.MatchString(body) {
			continue
		}
		out.WriteString(line)
	}
	return out.String()
}

// dirVariants is dir and, if different, dir with symbolic links resolved
// (CPython builds the absolute path from getcwd()).
func dirVariants(dir string) []string {
	vs := []string{dir}
	if real, err := filepath.EvalSymlinks(dir); err == nil && real != dir {
		vs = append(vs, real)
	}
	return vs
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// expected is the recorded outcome of a program: base is the path without
// its extension; the files are base.stdout, base.stderr, base.exitcode.
type expected struct {
	Stdout   string
	Stderr   string
	ExitCode int
}

func readExpected(base string) (expected, error) {
	var e expected
	out, err := os.ReadFile(base + ".stdout")
	if err != nil {
		return e, err
	}
	errOut, err := os.ReadFile(base + ".stderr")
	if err != nil {
		return e, err
	}
	codeText, err := os.ReadFile(base + ".exitcode")
	if err != nil {
		return e, err
	}
	code, err := strconv.Atoi(strings.TrimSpace(string(codeText)))
	if err != nil {
		return e, fmt.Errorf("%s.exitcode: %v", base, err)
	}
	return expected{Stdout: string(out), Stderr: string(errOut), ExitCode: code}, nil
}

func writeExpected(base string, e expected) error {
	if err := os.WriteFile(base+".stdout", []byte(e.Stdout), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(base+".stderr", []byte(e.Stderr), 0o644); err != nil {
		return err
	}
	return os.WriteFile(base+".exitcode", []byte(fmt.Sprintf("%d\n", e.ExitCode)), 0o644)
}

// knownFailures reads known_failures.txt: repository-relative paths, one a
// line, '#' starts a comment.
func knownFailures(t *testing.T) map[string]bool {
	t.Helper()
	data, err := os.ReadFile(knownFailuresFile)
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]bool{}
	}
	if err != nil {
		t.Fatalf("reading %s: %v", knownFailuresFile, err)
	}
	known := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if line = strings.TrimSpace(line); line != "" {
			known[filepath.ToSlash(line)] = true
		}
	}
	return known
}

// goldenPrograms lists the programs under scripts/ and tests/programs/ as
// repository-relative slash paths, sorted.
func goldenPrograms(t *testing.T) []string {
	t.Helper()
	var progs []string
	for _, top := range []string{"scripts", filepath.Join("tests", "programs")} {
		err := filepath.WalkDir(filepath.Join(repoRoot, top), func(path string, d fs.DirEntry, err error) error {
			if err != nil && path == filepath.Join(repoRoot, top) && errors.Is(err, fs.ErrNotExist) {
				return fs.SkipDir
			}
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(path, ".py") {
				rel, err := filepath.Rel(repoRoot, path)
				if err != nil {
					return err
				}
				progs = append(progs, filepath.ToSlash(rel))
			}
			return nil
		})
		if err != nil {
			t.Fatalf("listing %s: %v", top, err)
		}
	}
	sort.Strings(progs)
	return progs
}

// runProgram runs one program file (repository-relative) the way the
// golden tests do: working directory = its directory, argument = its base
// name. With virtualTime, pyasync gets --virtual-time.
func runProgram(rel string, useRecord, virtualTime bool) (expected, error) {
	path := filepath.Join(repoRoot, filepath.FromSlash(rel))
	dir, name := filepath.Dir(path), filepath.Base(path)
	var argv []string
	timeout := testTimeout
	if useRecord {
		argv = []string{pythonCmd, name}
		timeout = recordTimeout
	} else {
		argv = []string{pyasyncBin}
		if virtualTime {
			argv = append(argv, "--virtual-time")
		}
		argv = append(argv, name)
	}
	res, err := run(runSpec{Dir: dir, Argv: argv, Timeout: timeout})
	if err != nil {
		return expected{}, err
	}
	n := normalizer{Dir: dir, UserFiles: []string{name}}
	return expected{Stdout: res.Stdout, Stderr: n.Normalize(res.Stderr), ExitCode: res.ExitCode}, nil
}

// compareOutcome asserts that got matches want, field by field (testify
// shows a diff for each).
func compareOutcome(t *testing.T, want, got expected) {
	t.Helper()
	assert.Equal(t, want.Stdout, got.Stdout, "stdout")
	assert.Equal(t, want.Stderr, got.Stderr, "stderr (normalised)")
	assert.Equal(t, want.ExitCode, got.ExitCode, "exit code")
}

// TestGolden runs every program of scripts/ and tests/programs/.
func TestGolden(t *testing.T) {
	if !*record {
		requirePyasync(t)
	}
	known := knownFailures(t)
	progs := goldenPrograms(t)
	if len(progs) == 0 {
		t.Fatal("no programs found under scripts/ and tests/programs/")
	}
	for _, rel := range progs {
		rel := rel
		t.Run(strings.TrimSuffix(rel, ".py"), func(t *testing.T) {
			t.Parallel()
			base := strings.TrimSuffix(filepath.Join(repoRoot, filepath.FromSlash(rel)), ".py")
			if *record {
				got, err := runProgram(rel, true, false)
				if err != nil {
					t.Fatalf("python3 %s: %v", rel, err)
				}
				if err := writeExpected(base, got); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := readExpected(base)
			if err != nil {
				t.Fatalf("no recorded output for %s (run: go test ./tests -run TestGolden -record): %v", rel, err)
			}
			got, err := runProgram(rel, false, true)
			if known[rel] {
				if err == nil && got == want {
					t.Fatalf("%s passes now: remove it from %s", rel, knownFailuresFile)
				}
				t.Skip("known failure: " + rel)
			}
			if err != nil {
				t.Fatalf("pyasync %s: %v", rel, err)
			}
			compareOutcome(t, want, got)
		})
	}
}

// realClockProgram sleeps 3 x 0.1 s in total.
const realClockProgram = "scripts/seed4_basic_aiter.py"

// TestRealClock runs one seed example without --virtual-time: the output
// must be the same and the sleeps must really take their time.
func TestRealClock(t *testing.T) {
	if *record {
		t.Skip("recorded by TestGolden")
	}
	requirePyasync(t)
	want, err := readExpected(strings.TrimSuffix(filepath.Join(repoRoot, realClockProgram), ".py"))
	if err != nil {
		t.Fatalf("no recorded output for %s: %v", realClockProgram, err)
	}
	start := time.Now()
	got, err := runProgram(realClockProgram, false, false)
	elapsed := time.Since(start)
	if err != nil {
		t.Fatalf("pyasync %s: %v", realClockProgram, err)
	}
	compareOutcome(t, want, got)
	assert.GreaterOrEqual(t, elapsed, 250*time.Millisecond,
		"the program sleeps 0.3 s in total; without --virtual-time it must take real time")
}

// TestRealClockAsyncio runs the asyncio programs (the example scripts and
// tests/programs/asyncio) on the real clock: scheduling order must not
// depend on the clock, so they print what they print with --virtual-time
// (and what CPython printed). They sleep a few seconds each, in parallel.
func TestRealClockAsyncio(t *testing.T) {
	if *record {
		t.Skip("recorded by TestGolden")
	}
	requirePyasync(t)
	programs, err := filepath.Glob(filepath.Join(repoRoot, "scripts", "asyncio_*.py"))
	more, err2 := filepath.Glob(filepath.Join(repoRoot, "tests", "programs", "asyncio", "*.py"))
	programs = append(programs, more...)
	if err != nil || err2 != nil || len(programs) == 0 {
		t.Fatalf("no asyncio programs: %v %v", err, err2)
	}
	// They mostly sleep: run them all at once rather than GOMAXPROCS at a
	// time (t.Parallel's limit), then compare. On a real clock a loaded
	// machine can delay a timer past a neighbour's deadline (CPython's
	// order changes too), so a program that differs is run again, alone,
	// up to twice more.
	type outcome struct {
		got expected
		err error
	}
	outcomes := make([]outcome, len(programs))
	var wg sync.WaitGroup
	for i, p := range programs {
		wg.Add(1)
		go func(i int, p string) {
			defer wg.Done()
			rel, _ := filepath.Rel(repoRoot, p)
			outcomes[i].got, outcomes[i].err = runProgram(rel, false, false)
		}(i, p)
	}
	wg.Wait()
	known := knownFailures(t)
	for i, p := range programs {
		rel, _ := filepath.Rel(repoRoot, p)
		t.Run(rel, func(t *testing.T) {
			if known[filepath.ToSlash(rel)] {
				t.Skip("known failure: listed in " + knownFailuresFile)
			}
			want, err := readExpected(strings.TrimSuffix(p, ".py"))
			if err != nil {
				t.Fatalf("no recorded output for %s: %v", rel, err)
			}
			got, err := outcomes[i].got, outcomes[i].err
			for retry := 0; retry < 2 && (err != nil || got != want); retry++ {
				got, err = runProgram(rel, false, false)
			}
			if err != nil {
				t.Fatalf("pyasync %s: %v", rel, err)
			}
			compareOutcome(t, want, got)
		})
	}
}
