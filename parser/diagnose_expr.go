package parser

import (
	"slices"

	plex "github.com/alecthomas/participle/v2/lexer"

	"pyasync/ast"
	"pyasync/lexer"
)

// Diagnosis of expressions: CPython's invalid_expression,
// invalid_named_expression and invalid_legacy_expression rules, tried at
// the places around the failure where an expression starts.

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
		case ",", ":", "=", ":=", ";", "->":
			rev = append(rev, slot{i: i + 1})
		case "+=", "-=", "*=", "@=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//=":
			rev = append(rev, slot{i: i + 1})
		case "*", "**":
			if p.starredSlot(i) {
				rev = append(rev, slot{i: i + 1})
			}
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
			// The target is an expression slot (invalid_for_target) until
			// its `in` has been read.
			inComp = true
			s.comp = j > 0 && slices.ContainsFunc(rev[:j], func(t slot) bool { return keywordOf(p.toks[t.i-1]) == "in" })
		case "in", "if":
			s.comp = inComp
		}
		out = append(out, s)
	}
	return out
}

// starredSlot reports whether an expression starts after the `*` or `**`
// at token i: in a call's arguments (a starred or double-starred
// argument), or for `*` right after an opening bracket (where CPython
// tries invalid_comprehension's starred_expression).
func (p *parse) starredSlot(i int) bool {
	if i == 0 {
		return false
	}
	switch opOf(p.toks[i-1]) {
	case "(", "[", "{":
		if opOf(p.toks[i]) == "*" {
			return true
		}
	case ",":
	default:
		return false
	}
	return p.inCallArgs(i)
}

// inCallArgs reports whether token i is inside the parentheses of a call.
func (p *parse) inCallArgs(i int) bool {
	depth := 0
	for j := i - 1; j > 0 && !isLineBreak(p.toks[j]); j-- {
		switch opOf(p.toks[j]) {
		case ")", "]", "}":
			depth++
		case "(", "[", "{":
			if depth > 0 {
				depth--
				continue
			}
			if opOf(p.toks[j]) != "(" {
				return false
			}
			switch prev := p.toks[j-1]; prev.Type {
			case lexer.Name, lexer.String, lexer.FString:
				return true
			case lexer.Op:
				return prev.Value == ")" || prev.Value == "]"
			}
			return false
		}
	}
	return false
}

// namedAssign applies invalid_named_expression to a `=` where an if,
// elif or while condition or a bracketed item expected an expression.
func (p *parse) namedAssign(slots []slot, k int) *ast.SyntaxError {
	if opOf(p.toks[k]) != "=" {
		return nil
	}
	s := slots[len(slots)-1].i
	if !p.namedContext(s) {
		return nil
	}
	return p.namedAssignment(s, k)
}

// namedAssignment applies invalid_named_expression to the expression
// from token s to the `=` at eq: `NAME = bitwise_or` or `bitwise_or =
// bitwise_or`, the right side not followed by `=` or `:=`.
func (p *parse) namedAssignment(s, eq int) *ast.SyntaxError {
	g, toks := grammar(), p.toks
	_, rhsEnd, ok := parseAt(p, g.bitwiseOr, eq+1)
	if !ok || opOf(toks[rhsEnd]) == "=" || opOf(toks[rhsEnd]) == ":=" {
		return nil
	}
	if s+1 == eq && toks[s].Type == lexer.Name {
		return errorAt(between(toks[s], toks[rhsEnd-1]), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	target, end, ok := parseAt(p, g.bitwiseOr, s)
	if !ok || end != eq || startsWithDisplayOrSingleton(target.Head) {
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

// missingElse applies invalid_expression's second alternative to the
// expression starting at token b: `a if b` not followed by `else` (or a
// colon), where parsing failed at token k or before.
func (p *parse) missingElse(b, k int) *ast.SyntaxError {
	g, toks := grammar(), p.toks
	first, cond, ok := parseAt(p, g.chain, b)
	if !ok || first.Head.Atom.Lambda != nil || keywordOf(toks[cond]) != "if" {
		return nil
	}
	_, end, ok := parseAt(p, g.chain, cond+1)
	if !ok || end < k || keywordOf(toks[end]) == "else" || opOf(toks[end]) == ":" {
		return nil
	}
	return errorAt(between(toks[b], toks[end-1]), "expected 'else' after 'if' expression")
}

// missingComma applies invalid_expression's first alternative to the
// expression starting at token s: inside brackets, an expression directly
// followed by another one, the second covering token k.
func (p *parse) missingComma(s, k int) *ast.SyntaxError {
	g, toks := grammar(), p.toks
	if s >= k || p.depthAt(k) == 0 || p.paramList(k) != "" || p.excludedFromComma(s) {
		return nil
	}
	first, a, ok := parseAt(p, g.chain, s)
	if !ok || a > k || a == s || first.Head.Atom.Lambda != nil {
		return nil
	}
	if isLegacyName(toks[s]) && len(first.Tokens) == 1 {
		return nil
	}
	if _, end, ok := parseAt(p, g.expression, a); ok && end > k {
		return errorAt(between(toks[s], toks[end-1]), "invalid syntax. Perhaps you forgot a comma?")
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
