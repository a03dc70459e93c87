package runtime

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// The builtins that talk to the user: print, input, exit and quit.

// Stdin is what input() reads lines from. Embedders and tests may replace
// it.
var Stdin = bufio.NewReader(os.Stdin)

// WriteString writes s to the Python file object file: a *TextFile
// directly, anything else through its write method.
func WriteString(file Value, s string) error {
	if f, ok := file.(*TextFile); ok {
		return f.WriteString(s)
	}
	w, err := GetAttr(file, "write")
	if err != nil {
		return err
	}
	_, err = Call(w, []Value{Str(s)}, nil)
	return err
}

// flushFile calls file.flush().
func flushFile(file Value) error {
	if f, ok := file.(*TextFile); ok {
		return f.Flush()
	}
	m, err := GetAttr(file, "flush")
	if err != nil {
		return err
	}
	_, err = Call(m, nil, nil)
	return err
}

// printKeywords are print()'s keyword-only parameters.
var printKeywords = []string{"sep", "end", "file", "flush"}

// builtinPrint is print(*objects, sep=' ', end='\n', file=None,
// flush=False). file=None means the current sys.stdout; when that is None
// too, print does nothing.
func builtinPrint(args []Value, kwnames []string) (Value, error) {
	for _, kw := range kwnames {
		if !slices.Contains(printKeywords, kw) {
			return nil, NewErrorf(TypeErrorType, "'%s' is an invalid keyword argument for print()", kw)
		}
	}
	npos := len(args) - len(kwnames)
	opts, err := Args("print", args[npos:], kwnames, 0, printKeywords...)
	if err != nil {
		return nil, err
	}
	flush := false
	if opts[3] != nil {
		if flush, err = Truth(opts[3]); err != nil {
			return nil, err
		}
	}
	file := opts[2]
	if file == nil || file == None {
		if file = CurrentStdout(); file == None {
			return None, nil
		}
	}
	sep, err := printSeparator("sep", opts[0], " ")
	if err != nil {
		return nil, err
	}
	end, err := printSeparator("end", opts[1], "\n")
	if err != nil {
		return nil, err
	}
	err = printObjects(file, args[:npos], sep, end)
	if err == nil && flush {
		err = flushFile(file)
	}
	return None, err
}

// printSeparator checks print()'s sep or end argument v (nil when not
// given), returning def for None.
func printSeparator(name string, v Value, def string) (string, error) {
	switch s := v.(type) {
	case nil, NoneType:
		return def, nil
	case Str:
		return string(s), nil
	}
	return "", NewErrorf(TypeErrorType, "%s must be None or a string, not %s", name, TypeName(v))
}

// printObjects writes str() of each object to file, sep between them and
// end after them, one write call each.
func printObjects(file Value, objects []Value, sep, end string) error {
	for i, obj := range objects {
		if i > 0 {
			if err := WriteString(file, sep); err != nil {
				return err
			}
		}
		s, err := ToStr(obj)
		if err != nil {
			return err
		}
		if err := WriteString(file, s); err != nil {
			return err
		}
	}
	return WriteString(file, end)
}

// builtinInput is input([prompt]): it flushes sys.stderr, writes the
// prompt to sys.stdout and flushes it, then reads a line from Stdin,
// without its newline.
func builtinInput(args []Value) (Value, error) {
	if stderr, ok := SysModule.Dict.GetStr("stderr"); ok && stderr != None {
		if err := flushFile(stderr); err != nil {
			return nil, err
		}
	}
	if stdout := CurrentStdout(); stdout != None {
		if err := writePrompt(stdout, args); err != nil {
			return nil, err
		}
	}
	line, err := Stdin.ReadString('\n')
	if err != nil && (err != io.EOF || line == "") {
		if err == io.EOF {
			return nil, NewError(EOFErrorType, "EOF when reading a line")
		}
		return nil, NewErrorf(OSErrorType, "%v", err)
	}
	line = strings.TrimSuffix(line, "\n")
	return Str(strings.TrimSuffix(line, "\r")), nil
}

// writePrompt writes input()'s optional prompt to stdout and flushes it.
func writePrompt(stdout Value, args []Value) error {
	if len(args) == 1 {
		s, err := ToStr(args[0])
		if err != nil {
			return err
		}
		if err := WriteString(stdout, s); err != nil {
			return err
		}
	}
	return flushFile(stdout)
}

// quitter is the type of exit and quit (site's Quitter): calling one
// raises SystemExit(code).
type quitter struct {
	name string
}

var quitterType = newFinalType("Quitter")

func init() {
	quitterType.Module = "_sitebuiltins"
}

// Type implements Value.
func (*quitter) Type() *Type { return quitterType }

// Repr implements Reprer.
func (q *quitter) Repr() (string, error) {
	return fmt.Sprintf("Use %s() or Ctrl-D (i.e. EOF) to exit", q.name), nil
}

// Call implements Callable: it is Quitter.__call__(self, code=None), a
// Python method, hence its argument errors.
func (q *quitter) Call(args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	if npos > 1 {
		return nil, NewErrorf(TypeErrorType, "Quitter.__call__() takes from 1 to 2 positional arguments but %d were given", npos+1)
	}
	code := Value(None)
	if npos == 1 {
		code = args[0]
	}
	for i, kw := range kwnames {
		switch {
		case kw != "code":
			return nil, NewErrorf(TypeErrorType, "Quitter.__call__() got an unexpected keyword argument '%s'", kw)
		case npos == 1:
			return nil, NewError(TypeErrorType, "Quitter.__call__() got multiple values for argument 'code'")
		}
		code = args[npos+i]
	}
	return nil, NewException(SystemExitType, code)
}
