package repl

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/chzyer/readline"
)

// Terminal is a LineReader on the terminal of standard input, with line
// editing, a history file and Tab completion (chzyer/readline).
//
// Stdout and Stderr are where the session's output goes. While the user
// types, the line editor redraws the prompt and the line being edited
// after each write, so they pass on only whole lines then, holding a
// partial one back until its newline or the end of the line being typed.
// When standard output is not a terminal, the prompt and the line being
// edited appear on standard error, as CPython's do, and Stdout is
// os.Stdout itself.
type Terminal struct {
	rl             *readline.Instance
	stdin          *readline.CancelableStdin
	Stdout, Stderr io.Writer
	complete       func(text string) ([]string, int)

	mu      sync.Mutex
	reading bool          // a ReadLine is in progress
	writers []*termWriter // Stdout and Stderr, when they are the terminal
	// tail is what was written on the terminal after the last newline.
	// The next prompt starts with it, as the line editor draws the whole
	// line: `print('x', end='')` leaves "x>>> " on the screen.
	tail string
}

// IsTerminal reports whether f is a terminal.
func IsTerminal(f *os.File) bool { return readline.IsTerminal(int(f.Fd())) }

// NewTerminal opens the terminal of standard input; the history is read
// from historyFile and lines are added to it as they are entered ("" for
// none).
func NewTerminal(historyFile string) (*Terminal, error) {
	t := &Terminal{stdin: readline.NewCancelableStdin(os.Stdin)}
	promptOut := io.Writer(os.Stdout)
	if !IsTerminal(os.Stdout) {
		promptOut = os.Stderr
	}
	rl, err := readline.NewEx(&readline.Config{
		Stdin:           t.stdin,
		HistoryFile:     historyFile,
		AutoComplete:    t,
		InterruptPrompt: "\n", // nothing but the newline
		EOFPrompt:       "\n",
		Stdout:          promptOut,
		Stderr:          os.Stderr,
	})
	if err != nil {
		return nil, err
	}
	t.rl = rl
	t.Stdout = os.Stdout
	if promptOut == os.Stdout {
		t.Stdout = t.newWriter(os.Stdout, rl.Stdout())
	}
	t.Stderr = t.newWriter(os.Stderr, rl.Stderr())
	return t, nil
}

// termWriter is Stdout or Stderr of a Terminal: it writes to w, or while
// the user types to redraw, which redraws the line being edited around
// what it writes.
type termWriter struct {
	t         *Terminal
	w, redraw io.Writer
	held      []byte // a partial line written while the user types
}

func (t *Terminal) newWriter(w, redraw io.Writer) *termWriter {
	tw := &termWriter{t: t, w: w, redraw: redraw}
	t.writers = append(t.writers, tw)
	return tw
}

func (w *termWriter) Write(p []byte) (int, error) {
	w.t.mu.Lock()
	defer w.t.mu.Unlock()
	if !w.t.reading {
		w.t.wrote(p)
		_, err := w.w.Write(p)
		return len(p), err
	}
	w.held = append(w.held, p...)
	i := bytes.LastIndexByte(w.held, '\n')
	if i < 0 {
		return len(p), nil
	}
	_, err := w.redraw.Write(w.held[:i+1])
	w.held = append([]byte(nil), w.held[i+1:]...)
	return len(p), err
}

// wrote notes that p was written on the terminal.
func (t *Terminal) wrote(p []byte) {
	if i := bytes.LastIndexByte(p, '\n'); i >= 0 {
		t.tail = string(p[i+1:])
	} else {
		t.tail += string(p)
	}
}

// SetCompleter makes Tab complete with complete (Session.Complete).
func (t *Terminal) SetCompleter(complete func(text string) ([]string, int)) {
	t.complete = complete
}

// ReadLine implements LineReader.
func (t *Terminal) ReadLine(prompt string) (string, error) {
	t.mu.Lock()
	t.rl.SetPrompt(t.tail + prompt)
	t.tail, t.reading = "", true
	t.mu.Unlock()
	line, err := t.rl.Readline()
	t.mu.Lock()
	t.reading = false // and the line editor ended the line
	for _, w := range t.writers {
		if len(w.held) > 0 {
			t.wrote(w.held)
			_, _ = w.w.Write(w.held)
			w.held = nil
		}
	}
	t.mu.Unlock()
	if err == readline.ErrInterrupt {
		err = ErrInterrupt
	}
	return line, err
}

// Do implements readline.AutoCompleter: the completions, as what each
// adds to the line.
func (t *Terminal) Do(line []rune, pos int) ([][]rune, int) {
	if t.complete == nil {
		return nil, 0
	}
	completions, length := t.complete(string(line[:pos]))
	added := make([][]rune, len(completions))
	for i, c := range completions {
		added[i] = []rune(c)[length:]
	}
	return added, length
}

// Close gives the terminal back in the state it was found. It may be
// called while a ReadLine is in progress, which then ends.
func (t *Terminal) Close() error {
	// readline.Instance.Close does not reach the reader it wraps around
	// Stdin, and would wait for it forever.
	_ = t.stdin.Close()
	return t.rl.Close()
}

// Stream is a LineReader on input that is not a terminal: it writes each
// prompt to w, as CPython writes its prompts to stderr then.
type Stream struct {
	r *bufio.Reader
	w io.Writer
}

// NewStream returns a Stream reading r and prompting on w.
func NewStream(r io.Reader, w io.Writer) *Stream {
	return &Stream{r: bufio.NewReader(r), w: w}
}

// ReadLine implements LineReader.
func (s *Stream) ReadLine(prompt string) (string, error) {
	_, _ = io.WriteString(s.w, prompt)
	line, err := s.r.ReadString('\n')
	if err == io.EOF && line != "" {
		err = nil
	}
	if err == io.EOF {
		_, _ = io.WriteString(s.w, "\n")
	}
	return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"), err
}
