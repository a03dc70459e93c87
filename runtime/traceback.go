package runtime

import (
	"fmt"
	"strings"
)

// sources maps file names to their lines, for tracebacks and warnings
// (Python's linecache). Only real files are registered: CPython shows no
// source for "<string>" or "<stdin>".
var sources = map[string][]string{}

// RegisterSource makes the lines of a source file available to tracebacks.
func RegisterSource(filename string, src []byte) {
	sources[filename] = strings.Split(string(src), "\n")
}

// ForgetSources drops the registered source lines, as CPython's
// finalization clears linecache: tracebacks printed afterwards have none.
func ForgetSources() {
	clear(sources)
}

// WriteUnraisable prints an exception that could not be raised, from the
// finalization of obj, as CPython's default sys.unraisablehook does:
// "Exception ignored in: repr(obj)", then the exception's own traceback
// and message; its cause and context are not shown.
func WriteUnraisable(err error, obj Value) {
	e, ok := err.(*Exception)
	if !ok {
		WriteStderr(fmt.Sprintf("pyasync: internal error: %v\n", err))
		return
	}
	r, rerr := Repr(obj)
	if rerr != nil {
		r = "<object repr() failed>"
	}
	p := &excPrinter{}
	p.exception(e, "Traceback (most recent call last):", "")
	WriteStderr("Exception ignored in: " + r + "\n" + p.b.String())
}

// SourceLine returns line n (1-based) of a registered file, stripped of
// surrounding whitespace, or "" when unknown.
func SourceLine(filename string, n int) string {
	lines := sources[filename]
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSpace(strings.TrimRight(lines[n-1], "\r"))
}

// FormatException renders an uncaught exception and its chain exactly as
// CPython's default excepthook prints it, exception groups included.
func FormatException(e *Exception) string {
	p := &excPrinter{seen: map[*Exception]bool{}}
	p.recursive(e)
	return p.b.String()
}

// The limits of exception group rendering (CPython's max_group_width and
// max_group_depth).
const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

// excPrinter renders exceptions as pythonrun.c's print_exception_recursive:
// inside an exception group every line carries an indented margin.
type excPrinter struct {
	b         strings.Builder
	seen      map[*Exception]bool
	depth     int  // exception group nesting
	needClose bool // the last member of a group still owes the closing line
}

// margin is the indentation and "| " of lines inside a group.
func (p *excPrinter) margin() string {
	if p.depth == 0 {
		return ""
	}
	return strings.Repeat(" ", 2*p.depth) + "| "
}

// line writes one line with the margin.
func (p *excPrinter) line(s string) {
	p.b.WriteString(p.margin() + s + "\n")
}

func (p *excPrinter) recursive(e *Exception) {
	p.seen[e] = true
	if e.Cause != nil && !p.seen[e.Cause] {
		p.chained(e.Cause, "The above exception was the direct cause of the following exception:")
	} else if e.Context != nil && !e.SuppressContext && !p.seen[e.Context] {
		p.chained(e.Context, "During handling of the above exception, another exception occurred:")
	}
	if e.IsInstanceOf(BaseExceptionGroupType) {
		p.group(e)
	} else {
		p.exception(e, "Traceback (most recent call last):", "| ")
	}
}

func (p *excPrinter) chained(e *Exception, message string) {
	needClose := p.needClose
	p.recursive(e)
	p.needClose = needClose
	p.line("")
	p.line(message)
	p.line("")
}

// exception writes e's traceback (under header) and its message lines.
// headerMargin replaces "| " on the header line inside a group.
func (p *excPrinter) exception(e *Exception, header, headerMargin string) {
	if e.Traceback != nil {
		if p.depth > 0 {
			p.b.WriteString(strings.Repeat(" ", 2*p.depth) + headerMargin)
		}
		p.b.WriteString(header + "\n")
		p.traceback(e.Traceback)
	}
	for _, l := range strings.SplitAfter(FormatExceptionOnly(e), "\n") {
		if l != "" {
			p.b.WriteString(p.margin() + l)
		}
	}
}

// group writes an exception group and its members, framed as CPython 3.11
// frames them.
func (p *excPrinter) group(e *Exception) {
	if p.depth > maxGroupDepth {
		p.line(fmt.Sprintf("... (max_group_depth is %d)", maxGroupDepth))
		return
	}
	top := p.depth == 0
	if top {
		p.depth = 1
	}
	headerMargin := "| "
	if p.depth == 1 {
		headerMargin = "+ "
	}
	p.exception(e, "Exception Group Traceback (most recent call last):", headerMargin)
	members := groupMembers(e)
	n := len(members)
	if n > maxGroupWidth {
		n = maxGroupWidth + 1
	}
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			p.needClose = true
		}
		lead := "  "
		if i == 0 {
			lead = "+-"
		}
		indent := strings.Repeat(" ", 2*p.depth)
		truncated := i >= maxGroupWidth
		if truncated {
			p.b.WriteString(indent + lead + "+---------------- ... ----------------\n")
		} else {
			p.b.WriteString(fmt.Sprintf("%s%s+---------------- %d ----------------\n", indent, lead, i+1))
		}
		p.depth++
		if truncated {
			rest := len(members) - maxGroupWidth
			p.line(fmt.Sprintf("and %d more exception%s", rest, plural(rest)))
		} else {
			if m, ok := members[i].(*Exception); ok {
				p.recursive(m)
			}
		}
		if last && p.needClose {
			p.b.WriteString(strings.Repeat(" ", 2*p.depth) + "+------------------------------------\n")
			p.needClose = false
		}
		p.depth--
	}
	if top {
		p.depth = 0
	}
}

// traceback writes the entries outermost first, folding runs of more
// than three identical entries like CPython.
func (p *excPrinter) traceback(tb *Traceback) {
	var last string
	repeats := 0
	flush := func() {
		if repeats > 3 {
			n := repeats - 3
			p.line(fmt.Sprintf("  [Previous line repeated %d more time%s]", n, plural(n)))
		}
	}
	for ; tb != nil; tb = tb.Next {
		entry := fmt.Sprintf("  File \"%s\", line %d, in %s", tb.Code.Filename, tb.Line, tb.Code.Name)
		if src := SourceLine(tb.Code.Filename, tb.Line); src != "" {
			entry += "\n" + p.margin() + "    " + src
		}
		if entry == last {
			repeats++
			if repeats > 3 {
				continue
			}
		} else {
			flush()
			last, repeats = entry, 1
		}
		p.line(entry)
	}
	flush()
}

// ExceptionTypeName is the class name as tracebacks show it: qualified by
// its module unless that is builtins or __main__.
func ExceptionTypeName(t *Type) string {
	if t.Module == "builtins" || t.Module == "__main__" {
		return t.QualName
	}
	return t.Module + "." + t.QualName
}

// FormatExceptionOnly renders the last line(s) of a traceback: the
// exception's type and message (SyntaxErrors with their location block),
// then its notes.
func FormatExceptionOnly(e *Exception) string {
	var b strings.Builder
	name := ExceptionTypeName(e.Class)
	if e.IsInstanceOf(SyntaxErrorType) {
		formatSyntaxErrorLocation(&b, e)
	}
	msg, err := ToStr(e)
	if e.IsInstanceOf(SyntaxErrorType) && len(e.Args) > 0 {
		msg, err = ToStr(e.Args[0])
	}
	switch {
	case err != nil:
		b.WriteString(name + ": <exception str() failed>\n")
	case msg == "":
		b.WriteString(name + "\n")
	default:
		b.WriteString(name + ": " + msg + suggestion(e) + "\n")
	}
	if e.Dict != nil {
		if notes, ok := e.Dict.GetStr("__notes__"); ok {
			if l, ok := notes.(*List); ok {
				for _, n := range l.Elems {
					s, err := ToStr(n)
					if err != nil {
						s = "<note str() failed>"
					}
					b.WriteString(s + "\n")
				}
			}
		}
	}
	return b.String()
}

// formatSyntaxErrorLocation writes the `File "x", line N` block of a
// SyntaxError: its source line and a caret line under the offending range.
func formatSyntaxErrorLocation(b *strings.Builder, e *Exception) {
	attr := func(name string) Value {
		if e.Dict == nil {
			return None
		}
		v, ok := e.Dict.GetStr(name)
		if !ok {
			return None
		}
		return v
	}
	filename, _ := attr("filename").(Str)
	lineno, ok := attr("lineno").(Int)
	if !ok {
		return
	}
	fmt.Fprintf(b, "  File \"%s\", line %d\n", filename, lineno)
	text, ok := attr("text").(Str)
	if !ok {
		return
	}
	line := strings.TrimRight(string(text), "\r\n")
	trimmed := strings.TrimLeft(line, " \t\f")
	indent := len([]rune(line)) - len([]rune(trimmed))
	if trimmed == "" {
		return
	}
	b.WriteString("    " + trimmed + "\n")
	offset, ok := attr("offset").(Int)
	if !ok || offset < 1 {
		return
	}
	start := int(offset) - 1 - indent
	end := start + 1
	if endOff, ok := attr("end_offset").(Int); ok && int(endOff) > int(offset) {
		if endLine, ok := attr("end_lineno").(Int); !ok || endLine == lineno {
			end = int(endOff) - 1 - indent
		}
	}
	width := len([]rune(trimmed))
	if start < 0 {
		start = 0
	}
	if start > width {
		start = width
	}
	if end <= start {
		end = start + 1
	}
	b.WriteString("    " + strings.Repeat(" ", start) + strings.Repeat("^", end-start) + "\n")
}

// warned remembers which (category, message, file, line) warnings were
// shown: Python's "default" action shows each one once.
var warned = map[string]bool{}

// Warn prints a warning to sys.stderr as the warnings module's default
// filter does: once per location. extra lines follow the source line.
func Warn(category *Type, msg, filename string, lineno int, extra ...string) {
	key := fmt.Sprintf("%s\x00%s\x00%s\x00%d", category.Name, msg, filename, lineno)
	if warned[key] {
		return
	}
	warned[key] = true
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d: %s: %s\n", filename, lineno, category.Name, msg)
	if line := SourceLine(filename, lineno); line != "" {
		b.WriteString("  " + line + "\n")
	}
	for _, x := range extra {
		b.WriteString(x + "\n")
	}
	WriteStderr(b.String())
}

// WriteStderr writes to the current sys.stderr, flushing sys.stdout first
// so that the two streams interleave as they would on a terminal.
func WriteStderr(s string) {
	if f, ok := CurrentStdout().(*TextFile); ok {
		_ = f.Flush()
	}
	v, _ := SysModule.Dict.GetStr("stderr")
	if f, ok := v.(*TextFile); ok {
		_ = f.WriteString(s)
		_ = f.Flush()
		return
	}
	if w, err := GetAttr(v, "write"); err == nil {
		_, _ = Call(w, []Value{Str(s)}, nil)
	}
}
