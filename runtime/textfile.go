package runtime

import (
	"bufio"
	"io"
)

// TextFile is a writable text stream such as sys.stdout.
type TextFile struct {
	Name string
	w    *bufio.Writer
	// lineBuffered flushes after every write that contains a newline.
	lineBuffered bool
}

var textFileType = newFinalType("_io.TextIOWrapper")

// Type implements Value.
func (*TextFile) Type() *Type { return textFileType }

// NewTextFile wraps w; a line-buffered file flushes at each newline (and an
// unbuffered one, bufSize 0, at each write).
func NewTextFile(name string, w io.Writer, lineBuffered bool) *TextFile {
	return &TextFile{Name: name, w: bufio.NewWriterSize(w, 8192), lineBuffered: lineBuffered}
}

// WriteString writes s.
func (f *TextFile) WriteString(s string) error {
	if _, err := f.w.WriteString(s); err != nil {
		return NewErrorf(OSErrorType, "%v", err)
	}
	if f.lineBuffered {
		return f.Flush()
	}
	return nil
}

// Flush writes out buffered data.
func (f *TextFile) Flush() error {
	if err := f.w.Flush(); err != nil {
		return NewErrorf(OSErrorType, "%v", err)
	}
	return nil
}

// Repr implements Reprer.
func (f *TextFile) Repr() (string, error) {
	return "<_io.TextIOWrapper name='" + f.Name + "' mode='w' encoding='utf-8'>", nil
}

func init() {
	textFileType.AddMethod("write", func(self Value, args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs("write", kwnames); err != nil {
			return nil, err
		}
		if err := ArgCount("write", args, 1, 1); err != nil {
			return nil, err
		}
		s, ok := args[0].(Str)
		if !ok {
			return nil, NewErrorf(TypeErrorType, "write() argument must be str, not %s", TypeName(args[0]))
		}
		if err := self.(*TextFile).WriteString(string(s)); err != nil {
			return nil, err
		}
		return Int(len([]rune(string(s)))), nil
	})
	textFileType.AddMethod("flush", func(self Value, args []Value, kwnames []string) (Value, error) {
		return None, self.(*TextFile).Flush()
	})
}
