package tests

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// screen is just enough of a VT100 terminal to show what a line editor
// (chzyer/readline, GNU readline) and a REPL write to it, as lines of
// text: the scrollback never scrolls away, lines never wrap (the pty is
// wide), and escape sequences other than cursor motion and erasure are
// ignored.
type screen struct {
	lines    [][]rune
	row, col int
	pending  []byte // an incomplete escape sequence or UTF-8 character
}

// Write implements io.Writer.
func (s *screen) Write(p []byte) (int, error) {
	b := append(s.pending, p...)
	s.pending = nil
	for len(b) > 0 {
		n := s.step(b)
		if n == 0 { // incomplete: wait for more
			s.pending = append([]byte(nil), b...)
			break
		}
		b = b[n:]
	}
	return len(p), nil
}

// step interprets the control character, escape sequence or character at
// the start of b and returns its length, or 0 if b holds only its start.
func (s *screen) step(b []byte) int {
	switch b[0] {
	case '\r':
		s.col = 0
	case '\n':
		s.row++
	case '\b':
		s.col = max(s.col-1, 0)
	case '\t':
		s.col = (s.col/8 + 1) * 8
	case '\a':
	case 0x1b:
		return s.escape(b)
	default:
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && !utf8.FullRune(b) {
			return 0
		}
		s.put(r)
		return n
	}
	return 1
}

// escape interprets the escape sequence at the start of b.
func (s *screen) escape(b []byte) int {
	if len(b) < 2 {
		return 0
	}
	if b[1] != '[' {
		return 2 // ESC = and the like
	}
	i := 2
	for i < len(b) && (b[i] < 0x40 || b[i] > 0x7e) {
		i++
	}
	if i == len(b) {
		return 0
	}
	params := string(b[2:i])
	if strings.HasPrefix(params, "?") {
		return i + 1 // private modes (bracketed paste…)
	}
	n, _ := strconv.Atoi(strings.Split(params, ";")[0])
	count := max(n, 1)
	switch b[i] {
	case 'A':
		s.row = max(s.row-count, 0)
	case 'B':
		s.row += count
	case 'C':
		s.col += count
	case 'D':
		s.col = max(s.col-count, 0)
	case 'G':
		s.col = count - 1
	case 'K':
		s.erase(n)
	case 'J':
		s.erase(0)
		if n == 0 && s.row < len(s.lines) {
			s.lines = s.lines[:s.row+1]
		}
	}
	return i + 1
}

// erase clears the cursor's line from the cursor on (mode 0), up to the
// cursor (1) or entirely (2).
func (s *screen) erase(mode int) {
	if s.row >= len(s.lines) {
		return
	}
	line := s.lines[s.row]
	switch {
	case mode == 0 && s.col < len(line):
		s.lines[s.row] = line[:s.col]
	case mode == 1:
		for i := 0; i <= s.col && i < len(line); i++ {
			line[i] = ' '
		}
	case mode == 2:
		s.lines[s.row] = nil
	}
}

// put writes r at the cursor and moves the cursor right.
func (s *screen) put(r rune) {
	for len(s.lines) <= s.row {
		s.lines = append(s.lines, nil)
	}
	line := s.lines[s.row]
	for len(line) <= s.col {
		line = append(line, ' ')
	}
	line[s.col] = r
	s.lines[s.row] = line
	s.col++
}

// Text returns the screen's lines, without trailing spaces or empty lines.
func (s *screen) Text() []string {
	out := make([]string, len(s.lines))
	for i, l := range s.lines {
		out[i] = strings.TrimRight(string(l), " ")
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

// CursorLine returns the text of the cursor's line.
func (s *screen) CursorLine() string {
	if s.row >= len(s.lines) {
		return ""
	}
	return string(s.lines[s.row])
}

func TestScreen(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain lines", "a\r\nb\r\n", "a\nb"},
		{"overwrite after carriage return", ">>> ab\r>>> xy", ">>> xy"},
		{"erase below and redraw (chzyer)", ">>> ab \b\r\b\r\b\x1b[J>>> abc", ">>> abc"},
		{"erase to end of line", "hello\r\x1b[Khi", "hi"},
		{"cursor motion", "abc\x1b[2Dx\x1b[Cy", "axcy"},
		{"private modes ignored", "\x1b[?2004h>>> ", ">>>"},
		{"UTF-8 split across writes", "caf\xc3", "café"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s screen
			_, _ = s.Write([]byte(tt.in))
			if tt.name == "UTF-8 split across writes" {
				_, _ = s.Write([]byte{0xa9})
			}
			assert.Equal(t, tt.want, strings.Join(s.Text(), "\n"))
		})
	}
}
