package lexer

import (
	"github.com/alecthomas/participle/v2/lexer"

	"pyasync/ast"
)

// maxIndent is CPython's limit on the depth of the indentation stack
// (MAXINDENT).
const maxIndent = 100

// indentLevel is one open indentation level, measured twice as CPython
// does: col with tabs to the next multiple of 8, altCol with tabs as one
// column. Levels must compare the same way under both measures, otherwise
// the indentation depends on the tab size: TabError.
type indentLevel struct{ col, altCol int }

// indentation reads the indentation of the physical line at the read
// position and records the INDENT or DEDENT tokens it implies in
// s.pending. It reports whether the line is blank (only whitespace or a
// comment); blank lines and lines inside brackets leave the indentation
// unchanged.
//
// A backslash in the indentation joins the next line; the column of the
// first such backslash is the line's indentation, as in CPython.
func (s *scanner) indentation() (blank bool, err *ast.SyntaxError) {
	col, altCol, contCol := 0, 0, 0
	s.bufStart = s.lineStart
	for {
		if _, err := s.atEnd(); err != nil {
			return false, err
		}
		switch s.peek() {
		case ' ':
			col++
			altCol++
		case '\t':
			col = (col/8 + 1) * 8
			altCol++
		case '\f':
			col, altCol = 0, 0
		case '\\':
			if contCol == 0 {
				contCol = col
			}
			if err := s.indentContinuation(); err != nil {
				return false, err
			}
			continue
		default:
			if c := s.peek(); c == '#' || c == '\n' {
				return true, nil
			}
			if len(s.parens) == 0 {
				if contCol != 0 {
					col, altCol = contCol, contCol
				}
				return false, s.indent(col, altCol)
			}
			return false, nil
		}
		s.advance()
	}
}

// indentContinuation consumes a backslash and newline in the indentation.
func (s *scanner) indentContinuation() *ast.SyntaxError {
	line, _, err := s.joinLine()
	if err != nil {
		return err
	}
	s.bufStart = s.lineStart
	if end, err := s.atEnd(); end {
		if err != nil {
			return err
		}
		// CPython's file tokenizer has an empty buffer here: column 0.
		return s.unexpectedEOF(line, 0)
	}
	return nil
}

// indent compares a logical line's indentation with the open levels and
// opens one level or closes as many as it must.
func (s *scanner) indent(col, altCol int) *ast.SyntaxError {
	top := s.indents[len(s.indents)-1]
	switch {
	case col == top.col:
		if altCol != top.altCol {
			return s.tabError()
		}
	case col > top.col:
		if len(s.indents) >= maxIndent {
			return &ast.SyntaxError{Kind: "IndentationError", Msg: msgTooDeep,
				Line: s.line, Col: 1, EndLine: s.line, EndCol: 0}
		}
		if altCol <= top.altCol {
			return s.tabError()
		}
		s.indents = append(s.indents, indentLevel{col, altCol})
		s.pending++
	default:
		for len(s.indents) > 1 && col < s.indents[len(s.indents)-1].col {
			s.indents = s.indents[:len(s.indents)-1]
			s.pending--
		}
		top = s.indents[len(s.indents)-1]
		if col != top.col {
			// CPython reports the end of the line, in bytes.
			return &ast.SyntaxError{Kind: "IndentationError", Msg: msgDedent,
				Line: s.line, Col: s.lineBytes(), EndLine: s.line, EndCol: -1}
		}
		if altCol != top.altCol {
			return s.tabError()
		}
	}
	return nil
}

func (s *scanner) tabError() *ast.SyntaxError {
	return &ast.SyntaxError{Kind: "TabError", Msg: msgTabSpace,
		Line: s.line, Col: 1, EndLine: s.line, EndCol: 0}
}

// indentToken returns one pending INDENT or DEDENT, located at the first
// token of the line (for DEDENTs at the end of input, at the end).
func (s *scanner) indentToken() lexer.Token {
	typ := Indent
	if s.pending < 0 {
		typ = Dedent
		s.pending++
	} else {
		s.pending--
	}
	return lexer.Token{Type: typ, Pos: s.position(s.here())}
}
