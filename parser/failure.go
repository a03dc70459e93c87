package parser

import (
	"bytes"
	"errors"
	"sort"
	"strconv"

	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"

	"pyasync/lexer"
)

// Where a parse failed. CPython reports a generic "invalid syntax" on the
// furthest token its parser read; the functions here find that token for
// participle's parse.

// lastStart returns the index of the first token of the last statement
// of stmts, or 0. A statement may read past its end (looking for an else
// clause, say), so the token where parsing failed is at or after it.
func (p *parse) lastStart(stmts []*statement) int {
	if len(stmts) == 0 {
		return 0
	}
	first := stmts[len(stmts)-1].Tokens[0]
	return p.tokenIndex(first.Pos.Offset, first.Type)
}

// runFunc runs a participle parse over lex, with options.
type runFunc func(lex *plex.PeekingLexer, opts ...participle.ParseOption)

// failure returns the index of the furthest token the parser read when it
// failed with err, parsing from token top with run. That is where CPython's
// first pass fails and reports "invalid syntax".
//
// participle's error names that token in the cases tested, but its
// bookkeeping of the deepest failure is not exact across backtracking, so
// the answer is checked: no parse reads past the token it names, starting
// from the innermost statement holding that token, or the furthest token
// is searched for.
func (p *parse) failure(err error, top int, run runFunc) int {
	k := p.errorIndex(err)
	if k < top || k >= len(p.toks)-1 || !p.reaches(max(top, p.statementStart(k)), k+1, run) {
		return max(k, top)
	}
	return p.furthest(top, run)
}

// errorIndex returns the index of the token participle's error names.
func (p *parse) errorIndex(err error) int {
	var ute *participle.UnexpectedTokenError
	if errors.As(err, &ute) {
		return p.tokenIndex(ute.Unexpected.Pos.Offset, ute.Unexpected.Type)
	}
	var perr participle.Error
	if errors.As(err, &perr) {
		return p.tokenIndex(perr.Position().Offset, 0)
	}
	return len(p.toks) - 1
}

// statementStart returns the index of the first token of the innermost
// statement holding token k: the start of its logical line or, for an
// elif, else, except or finally clause, of the line of the statement it
// belongs to.
func (p *parse) statementStart(k int) int {
	i := p.lineStart(k)
	col := p.toks[i].Pos.Column
	for i > 0 && isClause(p.toks[i]) {
		j := p.lineStart(i - 1)
		for j > 0 && p.toks[j].Pos.Column > col {
			j = p.lineStart(j - 1)
		}
		if p.toks[j].Pos.Column != col {
			break
		}
		i = j
	}
	return i
}

// isClause reports whether t starts a clause that continues a compound
// statement.
func isClause(t plex.Token) bool {
	switch keywordOf(t) {
	case "elif", "else", "except", "finally":
		return true
	}
	return false
}

// furthest returns the index of the furthest token the parser reads when
// it parses the tokens from index start (where a production starts), with
// run.
//
// With a sentinel token at index j, participle's trace shows the sentinel
// if and only if the parser reads as far as j. Reading as far as j means
// reading everything before it, so a binary search finds the furthest j.
func (p *parse) furthest(start int, run runFunc) int {
	lo, hi := start, len(p.toks)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if p.reaches(start, mid, run) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// sentinel is the token reaches puts in the stream: its value appears in
// no source, and its type in no grammar rule.
var sentinel = plex.Token{Type: lexer.Dedent - 100, Value: "\uE000<sentinel>"}

// reaches reports whether parsing the tokens from index start reads as
// far as index j.
func (p *parse) reaches(start, j int, run runFunc) bool {
	toks := make([]plex.Token, 0, j-start+2)
	toks = append(toks, p.toks[start:j]...)
	s := sentinel
	s.Pos = p.toks[j].Pos
	eof := plex.EOFToken(s.Pos)
	toks = append(toks, s, eof)
	lex, err := plex.Upgrade(&tokenSource{toks: toks})
	if err != nil {
		panic(err) // a token slice cannot fail to lex
	}
	w := &sentinelWriter{}
	run(lex, participle.Trace(w))
	return w.seen
}

// sentinelWriter receives participle's trace, one line per grammar node
// entered, naming the token the node starts at, and notes the sentinel.
type sentinelWriter struct{ seen bool }

var quotedSentinel = []byte(strconv.Quote(sentinel.Value))

func (w *sentinelWriter) Write(b []byte) (int, error) {
	w.seen = w.seen || bytes.Contains(b, quotedSentinel)
	return len(b), nil
}

// tokenIndex returns the index of the token at byte offset off of type
// typ (several tokens share an offset: INDENT, DEDENT and the next token).
func (p *parse) tokenIndex(off int, typ plex.TokenType) int {
	i := sort.Search(len(p.toks), func(i int) bool { return p.toks[i].Pos.Offset >= off })
	for j := i; j < len(p.toks) && p.toks[j].Pos.Offset == off; j++ {
		if p.toks[j].Type == typ {
			return j
		}
	}
	return i
}
