package parser

import (
	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"

	"pyasync/lexer"
)

// Terminals matching one token out of a set. participle tries each
// alternative of a grammar disjunction on a branch of its own, which is
// slow for the operator sets an expression checks after every operand;
// these participle.Parseable types test the set at once. Each consumes
// nothing when it does not match.

// opSet is a set of operator or keyword token texts.
type opSet map[string]bool

// match consumes and returns the next token if it is an operator or
// keyword in s.
func (s opSet) match(lex *plex.PeekingLexer) (plex.Token, bool) {
	t := lex.Peek()
	if (t.Type == lexer.Op || t.Type == lexer.Keyword) && s[t.Value] {
		return *lex.Next(), true
	}
	return plex.Token{}, false
}

func set(ops ...string) opSet {
	s := opSet{}
	for _, op := range ops {
		s[op] = true
	}
	return s
}

var (
	arithOps     = set("|", "^", "&", "<<", ">>", "+", "-", "*", "/", "//", "%", "@", "**")
	chainOps     = set("|", "^", "&", "<<", ">>", "+", "-", "*", "/", "//", "%", "@", "**", "or", "and", "==", "!=", "<", "<=", ">", ">=", "in", "is")
	prefixOps    = set("not", "+", "-", "~", "await")
	augAssignOps = set("+=", "-=", "*=", "@=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//=")
	constOps     = set("True", "False", "None", "...")
	starOps      = set("*", "**")
)

// chainOperator is a binary operator of a chain other than `not in`
// (which the grammar spells out): Toks is one token, or two for `is not`.
type chainOperator struct{ Toks []plex.Token }

func (o *chainOperator) Parse(lex *plex.PeekingLexer) error {
	t, ok := chainOps.match(lex)
	if !ok {
		return participle.NextMatch
	}
	o.Toks = []plex.Token{t}
	if t.Value == "is" {
		if n := lex.Peek(); n.Type == lexer.Keyword && n.Value == "not" {
			o.Toks = append(o.Toks, *lex.Next())
		}
	}
	return nil
}

// tokenTerminal is a terminal whose match is one token of a set.
type tokenTerminal struct{ Tok plex.Token }

func (t *tokenTerminal) parse(lex *plex.PeekingLexer, s opSet) error {
	tok, ok := s.match(lex)
	if !ok {
		return participle.NextMatch
	}
	t.Tok = tok
	return nil
}

// arithOperator is a binary operator binding tighter than comparisons.
type arithOperator struct{ tokenTerminal }

func (o *arithOperator) Parse(lex *plex.PeekingLexer) error { return o.parse(lex, arithOps) }

// prefixOperator is `not`, `+`, `-`, `~` or `await` before an operand.
type prefixOperator struct{ tokenTerminal }

func (o *prefixOperator) Parse(lex *plex.PeekingLexer) error { return o.parse(lex, prefixOps) }

// augOperator is an augmented assignment operator such as `+=`.
type augOperator struct{ tokenTerminal }

func (o *augOperator) Parse(lex *plex.PeekingLexer) error { return o.parse(lex, augAssignOps) }

// constKeyword is True, False, None or `...`.
type constKeyword struct{ tokenTerminal }

func (o *constKeyword) Parse(lex *plex.PeekingLexer) error { return o.parse(lex, constOps) }

// starMarker is `*` or `**` before a call argument.
type starMarker struct{ tokenTerminal }

func (o *starMarker) Parse(lex *plex.PeekingLexer) error { return o.parse(lex, starOps) }

// stringRun is a run of adjacent string literals.
type stringRun struct{ Toks []plex.Token }

func (r *stringRun) Parse(lex *plex.PeekingLexer) error {
	for t := lex.Peek(); t.Type == lexer.String || t.Type == lexer.FString; t = lex.Peek() {
		r.Toks = append(r.Toks, *lex.Next())
	}
	if len(r.Toks) == 0 {
		return participle.NextMatch
	}
	return nil
}

// guard is a zero-width terminal: it matches, consuming nothing, when the
// next token is a keyword or operator of a set. It lets a production fail
// at once on input none of its alternatives can start with.
type guard struct{}

func (guard) check(lex *plex.PeekingLexer, s opSet) error {
	if t := lex.Peek(); (t.Type == lexer.Keyword || t.Type == lexer.Op) && s[t.Value] {
		return nil
	}
	return participle.NextMatch
}

var (
	keywordStmtStarts  = set("pass", "break", "continue", "return", "raise", "global", "nonlocal", "del", "assert", "import", "from")
	compoundStmtStarts = set("def", "if", "for", "class", "try", "while", "with", "async", "@")
	trailerStarts      = set("(", "[", ".")
	forStarts          = set("for", "async")
	yieldStarts        = set("yield")
	ifStarts           = set("if")
	opStarts           = set("not", "|", "^", "&", "<<", ">>", "+", "-", "*", "/", "//", "%", "@", "**", "or", "and", "==", "!=", "<", "<=", ">", ">=", "in", "is")
)

// keywordGuard guards keywordStmt.
type keywordGuard struct{ guard }

func (g *keywordGuard) Parse(lex *plex.PeekingLexer) error { return g.check(lex, keywordStmtStarts) }

// compoundGuard guards compoundStmt.
type compoundGuard struct{ guard }

func (g *compoundGuard) Parse(lex *plex.PeekingLexer) error { return g.check(lex, compoundStmtStarts) }

// trailerGuard guards trailer.
type trailerGuard struct{ guard }

func (g *trailerGuard) Parse(lex *plex.PeekingLexer) error { return g.check(lex, trailerStarts) }

// opGuard guards opTail.
type opGuard struct{ guard }

func (g *opGuard) Parse(lex *plex.PeekingLexer) error { return g.check(lex, opStarts) }

// forGuard guards forIfClause.
type forGuard struct{ guard }

func (g *forGuard) Parse(lex *plex.PeekingLexer) error { return g.check(lex, forStarts) }

// yieldGuard guards a yield expression.
type yieldGuard struct{ guard }

func (g *yieldGuard) Parse(lex *plex.PeekingLexer) error { return g.check(lex, yieldStarts) }

// exprStarts are the operators and keywords an expression (or a starred
// item, or a yield expression) can start with.
var exprStarts = set("(", "[", "{", "-", "+", "~", "...", "*", "**", "not", "await", "lambda", "True", "False", "None", "yield")

// exprGuard matches before a token an expression can start with.
type exprGuard struct{}

func (*exprGuard) Parse(lex *plex.PeekingLexer) error {
	switch t := lex.Peek(); t.Type {
	case lexer.Name, lexer.String, lexer.FString, lexer.Int, lexer.Float, lexer.Imag:
		return nil
	case lexer.Op, lexer.Keyword:
		if exprStarts[t.Value] {
			return nil
		}
	}
	return participle.NextMatch
}

// stmtGuard matches before a token that can start a statement: not at a
// DEDENT or at the end of input.
type stmtGuard struct{}

func (*stmtGuard) Parse(lex *plex.PeekingLexer) error {
	if t := lex.Peek(); t.Type == lexer.Dedent || t.Type == plex.EOF {
		return participle.NextMatch
	}
	return nil
}

// ifGuard guards a conditional expression's `if`.
type ifGuard struct{ guard }

func (g *ifGuard) Parse(lex *plex.PeekingLexer) error { return g.check(lex, ifStarts) }
