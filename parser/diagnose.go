package parser

import (
	"strconv"

	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"

	"pyasync/ast"
	"pyasync/lexer"
)

// Diagnosis of a failed parse. participle reports the token where parsing
// failed (its deepest failure, like the last token CPython's first parser
// pass read); diagnose then plays the part of CPython's second pass, whose
// invalid_* rules turn a generic "invalid syntax" into a specific message.
// It re-parses pieces of the token stream with productions of the same
// participle grammar to test each rule's shape around the failure.

// diagnose returns the SyntaxError for a parse that failed at token k.
func (p *parse) diagnose(k int) *ast.SyntaxError {
	t := p.toks[k]
	switch {
	case t.Type == lexer.Indent:
		return p.src.last(t, "IndentationError", "unexpected indent")
	case t.Type == lexer.Dedent && !p.src.atEnd(t):
		return p.src.last(t, "IndentationError", "unexpected unindent")
	}
	if e := p.header(p.lineStart(k), k); e != nil {
		return e
	}
	if k > 0 && p.toks[k-1].Type == lexer.Newline {
		// The failure is at the start of a line: the previous line may be
		// a header that needs a body.
		if e := p.header(p.lineStart(k-1), k); e != nil {
			return e
		}
	}
	if e := p.parameterError(k); e != nil {
		return e
	}
	if e := p.dictValueError(k); e != nil {
		return e
	}
	slots := p.slots(k)
	for _, check := range []func([]slot, int) *ast.SyntaxError{p.namedAssign, p.legacyPrint, p.missingElse, p.missingComma} {
		if e := check(slots, k); e != nil {
			return e
		}
	}
	return p.src.at(t, "invalid syntax")
}

// parameterError applies the rules of invalid_parameters and
// invalid_default that the grammar cannot accept: a parameter's `=`
// followed by `)` or `,`, and parenthesized parameters.
func (p *parse) parameterError(k int) *ast.SyntaxError {
	kind := p.paramList(k)
	if kind == "" {
		return nil
	}
	if k > 0 && opOf(p.toks[k-1]) == "=" {
		if t := opOf(p.toks[k]); t == ")" || t == "," {
			return p.src.at(p.toks[k-1], "expected default value expression")
		}
	}
	if opOf(p.toks[k]) == "(" {
		// `(` NAME (`,` NAME)* [`,`] `)`
		j := k + 1
		for p.tok(j).Type == lexer.Name {
			j++
			if opOf(p.tok(j)) != "," {
				break
			}
			j++
		}
		if j > k+1 && opOf(p.tok(j)) == ")" {
			return errorAt(between(p.toks[k], p.toks[j]), kind+" parameters cannot be parenthesized")
		}
	}
	return nil
}

// dictValueError applies invalid_double_starred_kvpairs: a dict display
// item `key:` without a value, or with a starred one.
func (p *parse) dictValueError(k int) *ast.SyntaxError {
	if k == 0 || opOf(p.toks[k-1]) != ":" || p.innermostBracket(k) != "{" {
		return nil
	}
	switch opOf(p.toks[k]) {
	case "}", ",":
		return p.src.at(p.toks[k-1], "expression expected after dictionary key and ':'")
	case "*":
		if _, end, ok := parseAt(p, grammar().bitwiseOr, k+1); ok {
			return errorAt(between(p.toks[k], p.toks[end-1]), "cannot use a starred expression in a dictionary value")
		}
	}
	return nil
}

// innermostBracket returns the innermost bracket open before token k on
// its line, or "".
func (p *parse) innermostBracket(k int) string {
	depth := 0
	for i := k - 1; i >= 0 && !isLineBreak(p.toks[i]); i-- {
		switch opOf(p.toks[i]) {
		case ")", "]", "}":
			depth++
		case "(", "[", "{":
			if depth == 0 {
				return p.toks[i].Value
			}
			depth--
		}
	}
	return ""
}

// paramList tells whether token k is in a def's parameter list
// ("Function") or a lambda's ("Lambda expression"), or neither ("").
func (p *parse) paramList(k int) string {
	depth := 0
	for i := k - 1; i >= 0 && !isLineBreak(p.toks[i]); i-- {
		switch opOf(p.toks[i]) {
		case ")", "]", "}":
			depth++
		case "[", "{":
			depth--
		case "(":
			if depth == 0 {
				if i >= 2 && keywordOf(p.toks[i-2]) == "def" {
					return "Function"
				}
				return ""
			}
			depth--
		case ":":
			if depth == 0 {
				return ""
			}
		}
		if depth == 0 && keywordOf(p.toks[i]) == "lambda" {
			return "Lambda expression"
		}
	}
	return ""
}

// parseAt runs production g on the tokens from index i. It returns the
// tree and the index of the first token after it.
func parseAt[P any](p *parse, g *participle.Parser[P], i int) (*P, int, bool) {
	lex, err := plex.Upgrade(&tokenSource{toks: p.toks[i:]})
	if err != nil {
		return nil, i, false
	}
	tree, err := g.ParseFromLexer(lex, participle.AllowTrailing(true))
	if err != nil {
		return nil, i, false
	}
	return tree, i + lex.Cursor(), true
}

// tok returns token i, or the final EOF token when i is past the end.
func (p *parse) tok(i int) plex.Token {
	if i >= len(p.toks) {
		i = len(p.toks) - 1
	}
	return p.toks[i]
}

// lineStart returns the index of the first token of the logical line
// holding token k.
func (p *parse) lineStart(k int) int {
	for i := k - 1; i >= 0; i-- {
		if isLineBreak(p.toks[i]) {
			return i + 1
		}
	}
	return 0
}

func isLineBreak(t plex.Token) bool {
	return t.Type == lexer.Newline || t.Type == lexer.Indent || t.Type == lexer.Dedent
}

// matching returns the index of the bracket that closes the one at i, or
// the last index when the stream ends first.
func (p *parse) matching(i int) int {
	depth := 0
	for j := i; j < len(p.toks); j++ {
		switch opOf(p.toks[j]) {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return len(p.toks) - 1
}

// opOf returns t's text if it is an operator or delimiter, else "".
func opOf(t plex.Token) string {
	if t.Type == lexer.Op {
		return t.Value
	}
	return ""
}

// keywordOf returns t's text if it is a keyword, else "".
func keywordOf(t plex.Token) string {
	if t.Type == lexer.Keyword {
		return t.Value
	}
	return ""
}

// header checks the compound statement header starting at token s for
// the errors about its colon and its body: CPython's forced tokens
// ("expected ':'", "expected '('") and its invalid_*_stmt rules ("expected
// ':'" before a newline, "expected an indented block after ...").
func (p *parse) header(s, k int) *ast.SyntaxError {
	g := grammar()
	i := s
	if keywordOf(p.tok(i)) == "async" {
		i++
	}
	kw := keywordOf(p.tok(i))
	if kw == "" || k <= i {
		return nil
	}
	name := "'" + kw + "' statement"
	forced := false
	e, ok := i+1, true
	switch kw {
	case "if", "elif", "while":
		_, e, ok = parseAt(p, g.named, i+1)
	case "for":
		var in int
		if _, in, ok = parseAt(p, g.targets, i+1); ok && keywordOf(p.tok(in)) == "in" {
			_, e, ok = parseAt(p, g.starExprs, in+1)
		} else {
			ok = false
		}
	case "with":
		_, e, ok = parseAt(p, g.withItems, i+1)
		if !ok || opOf(p.tok(e)) != ":" && p.tok(e).Type != lexer.Newline {
			ok = opOf(p.tok(i+1)) == "("
			e = p.matching(i+1) + 1
		}
	case "class":
		name = "class definition"
		e = i + 2
		if opOf(p.tok(e)) == "(" {
			e = p.matching(e) + 1
		}
	case "def":
		name, forced = "function definition", true
		if opOf(p.tok(i+2)) != "(" {
			if k >= i+2 {
				return p.src.at(p.tok(i+2), "expected '('")
			}
			return nil
		}
		e = p.matching(i+2) + 1
		if opOf(p.tok(e)) == "->" {
			_, e, ok = parseAt(p, g.expression, e+1)
		}
	case "try", "else", "finally":
		forced = true
	case "except":
		if opOf(p.tok(e)) == "*" {
			name = "'except*' statement"
			e++
			if opOf(p.tok(e)) == ":" || p.tok(e).Type == lexer.Newline {
				return p.src.last(p.tok(e), "SyntaxError", "expected one or more exception types")
			}
		}
		if opOf(p.tok(e)) != ":" && p.tok(e).Type != lexer.Newline {
			if _, e, ok = parseAt(p, g.expression, e); ok && keywordOf(p.tok(e)) == "as" {
				e += 2
			}
		}
	default:
		return nil
	}
	if !ok || k < e {
		return nil
	}
	switch {
	case opOf(p.tok(e)) == ":":
		if p.tok(e+1).Type == lexer.Newline && p.tok(e+2).Type != lexer.Indent && k >= e+2 {
			msg := "expected an indented block after " + name + " on line " + strconv.Itoa(p.tok(i).Pos.Line)
			return p.src.last(p.tok(e+2), "IndentationError", msg)
		}
	case forced:
		return p.src.at(p.tok(e), "expected ':'")
	case p.tok(e).Type == lexer.Newline:
		return p.src.last(p.tok(e), "SyntaxError", "expected ':'")
	}
	return nil
}

// slot is a place where an expression may start: index i, after the token
// at i-1 (a bracket, a comma, an operator keyword...). comp is true for the
// target, iterable and conditions of a comprehension clause, where CPython
// parses no expression.
type slot struct {
	i    int
	comp bool
}

// slots returns the places before token k, within the innermost bracket
// or logical line holding it, where an expression may start, leftmost
// first.
func (p *parse) slots(k int) []slot {
	var rev []slot
	depth := 0
	start := 0
scan:
	for i := k - 1; i >= 0; i-- {
		t := p.toks[i]
		if isLineBreak(t) {
			start = i + 1
			break
		}
		switch opOf(t) {
		case ")", "]", "}":
			depth++
			continue
		case "(", "[", "{":
			if depth == 0 {
				start = i + 1
				break scan
			}
			depth--
			continue
		}
		if depth > 0 {
			continue
		}
		switch opOf(t) {
		case ",", ":", "=", ":=", ";", "->", "*", "**":
			rev = append(rev, slot{i: i + 1})
		}
		switch keywordOf(t) {
		case "not", "and", "or", "is", "await", "True", "False", "None", "":
		default:
			rev = append(rev, slot{i: i + 1})
		}
	}
	out := []slot{{i: start}}
	inComp := false
	for j := len(rev) - 1; j >= 0; j-- {
		s := rev[j]
		switch keywordOf(p.toks[s.i-1]) {
		case "for":
			inComp = true
			s.comp = true
		case "in", "if":
			s.comp = inComp
		}
		out = append(out, s)
	}
	return out
}

// namedAssign applies invalid_named_expression to a `=` where an if,
// elif or while condition or a bracketed item expected an expression.
func (p *parse) namedAssign(slots []slot, k int) *ast.SyntaxError {
	g, toks := grammar(), p.toks
	if opOf(toks[k]) != "=" {
		return nil
	}
	s := slots[len(slots)-1].i
	if !p.namedContext(s) {
		return nil
	}
	_, rhsEnd, ok := parseAt(p, g.bitwiseOr, k+1)
	if !ok || opOf(toks[rhsEnd]) == "=" || opOf(toks[rhsEnd]) == ":=" {
		return nil
	}
	if s+1 == k && toks[s].Type == lexer.Name {
		return errorAt(between(toks[s], toks[rhsEnd-1]), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	target, end, ok := parseAt(p, g.bitwiseOr, s)
	if !ok || end != k || startsWithDisplayOrSingleton(target.Head) {
		return nil
	}
	e := (&converter{src: &p.src}).bitwiseOr(target)
	return errorAt(*e.Position(), "cannot assign to "+exprName(e)+" here. Maybe you meant '==' instead of '='?")
}

// namedContext reports whether a named expression may start at token s:
// right after an if, elif or while starting a statement, or as an item
// in brackets.
func (p *parse) namedContext(s int) bool {
	if s == 0 {
		return false
	}
	prev := p.toks[s-1]
	switch opOf(prev) {
	case "(", "[", "{", ",":
		return p.depthAt(s) > 0
	}
	switch keywordOf(prev) {
	case "if", "elif", "while":
		return p.lineStart(s) == s-1
	}
	return false
}

// depthAt returns how many brackets are open before token i on its line.
func (p *parse) depthAt(i int) int {
	depth := 0
	for j := p.lineStart(i); j < i; j++ {
		switch opOf(p.toks[j]) {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
		}
	}
	return depth
}

// legacyPrint applies invalid_legacy_expression: `print x` or `exec x`.
func (p *parse) legacyPrint(slots []slot, k int) *ast.SyntaxError {
	toks := p.toks
	s := slots[len(slots)-1].i
	if s+1 != k || !isLegacyName(toks[s]) || opOf(toks[k]) == "(" {
		return nil
	}
	_, end, ok := parseAt(p, grammar().starExprs, k)
	if !ok {
		return nil
	}
	name := toks[s].Value
	return errorAt(between(toks[s], toks[end-1]),
		"Missing parentheses in call to '"+name+"'. Did you mean "+name+"(...)?")
}

func isLegacyName(t plex.Token) bool {
	return t.Type == lexer.Name && (t.Value == "print" || t.Value == "exec")
}

// missingElse applies invalid_expression's `a if b` without `else`.
func (p *parse) missingElse(slots []slot, k int) *ast.SyntaxError {
	g, toks := grammar(), p.toks
	switch keywordOf(toks[k]) {
	case "else":
		return nil
	}
	if opOf(toks[k]) == ":" {
		return nil
	}
	for j, s := range slots {
		if j == 0 || s.comp || keywordOf(toks[s.i-1]) != "if" || p.lineStart(s.i) == s.i-1 {
			continue
		}
		if _, end, ok := parseAt(p, g.chain, s.i); !ok || end != k {
			continue
		}
		for _, b := range slots[:j] {
			if _, end, ok := parseAt(p, g.chain, b.i); ok && end == s.i-1 {
				return errorAt(between(toks[b.i], toks[k-1]), "expected 'else' after 'if' expression")
			}
		}
	}
	return nil
}

// missingComma applies invalid_expression's first alternative: inside
// brackets, an expression directly followed by another one.
func (p *parse) missingComma(slots []slot, k int) *ast.SyntaxError {
	g, toks := grammar(), p.toks
	if p.depthAt(k) == 0 {
		return nil
	}
	for _, s := range slots {
		if s.comp || s.i >= k || p.excludedFromComma(s.i) {
			continue
		}
		first, a, ok := parseAt(p, g.chain, s.i)
		if !ok || a > k || a == s.i || first.Head.Atom.Lambda != nil {
			continue
		}
		if isLegacyName(toks[s.i]) && len(first.Tokens) == 1 {
			continue
		}
		if _, end, ok := parseAt(p, g.expression, a); ok && end > k {
			return errorAt(between(toks[s.i], toks[end-1]), "invalid syntax. Perhaps you forgot a comma?")
		}
	}
	return nil
}

// excludedFromComma reports the starts invalid_expression skips: a NAME
// before a string (a misspelled string prefix) and soft keywords.
func (p *parse) excludedFromComma(i int) bool {
	t := p.toks[i]
	if t.Type != lexer.Name {
		return false
	}
	switch t.Value {
	case "match", "case", "_":
		return true
	}
	next := p.tok(i + 1).Type
	return next == lexer.String || next == lexer.FString
}
