package parser

import (
	plex "github.com/alecthomas/participle/v2/lexer"

	"pyasync/ast"
)

// Conversion of atoms: names, constants and the bracketed forms (tuples,
// groups, lists, sets, dicts, comprehensions and generator expressions).

// atom converts one atom.
func (c *converter) atom(a *atom) ast.Expr {
	p := span(a.Tokens)
	switch {
	case a.Name != nil:
		return &ast.Name{Pos: p, Id: a.Name.Value}
	case a.Lambda != nil:
		return c.lambda(a.Lambda)
	case a.Const != nil:
		return &ast.Constant{Pos: p, Kind: constKinds[a.Const.Tok.Value]}
	case a.Int != nil:
		return c.intLiteral(*a.Int)
	case a.Float != nil:
		return c.floatLiteral(*a.Float)
	case a.Imag != nil:
		return c.imagLiteral(*a.Imag)
	case a.Strings != nil:
		return c.strings(a.Tokens)
	case a.Paren:
		return c.paren(a, p)
	case a.List:
		return c.list(a.ListBody, p)
	}
	return c.brace(a.BraceBody, p)
}

// constKinds maps the keyword constants to their kinds.
var constKinds = map[string]ast.ConstKind{
	"None": ast.ConstNone, "True": ast.ConstTrue, "False": ast.ConstFalse, "...": ast.ConstEllipsis,
}

// paren converts a parenthesized form; p spans the parentheses.
func (c *converter) paren(a *atom, p ast.Pos) ast.Expr {
	body := a.ParenBody
	switch {
	case body == nil:
		return &ast.Tuple{Pos: p}
	case body.Yield != nil:
		return c.yieldExpr(body.Yield)
	}
	d := body.Display
	if len(d.Comp) > 0 {
		elt := c.comprehensionElt(c.displayItems(d), d.Trailing, d.Items[0].Tokens, d.Comp, false)
		return &ast.GeneratorExp{Pos: p, Elt: elt, Generators: c.generators(d.Comp)}
	}
	if len(d.Items) == 1 && !d.Trailing {
		e := c.starNamed(d.Items[0])
		if _, ok := e.(*ast.Starred); ok {
			c.fail(errorAt(*e.Position(), "cannot use starred expression here"))
		}
		return e
	}
	return &ast.Tuple{Pos: p, Elts: c.displayItems(d)}
}

// list converts a bracketed form; p spans the brackets.
func (c *converter) list(d *displayForm, p ast.Pos) ast.Expr {
	switch {
	case d == nil:
		return &ast.List{Pos: p}
	case len(d.Comp) > 0:
		elt := c.comprehensionElt(c.displayItems(d), d.Trailing, d.Items[0].Tokens, d.Comp, true)
		return &ast.ListComp{Pos: p, Elt: elt, Generators: c.generators(d.Comp)}
	}
	return &ast.List{Pos: p, Elts: c.displayItems(d)}
}

// displayItems converts the items of a tuple, list or set display.
func (c *converter) displayItems(d *displayForm) []ast.Expr {
	elts := make([]ast.Expr, len(d.Items))
	for i, it := range d.Items {
		elts[i] = c.starNamed(it)
	}
	return elts
}

// comprehensionElt checks the items before the clauses of a list or set
// comprehension (bracketed) or a generator expression, as CPython's
// invalid_comprehension does, and returns the element. trailing tells
// whether a comma follows the items; first holds the first item's tokens.
func (c *converter) comprehensionElt(elts []ast.Expr, trailing bool, first []plex.Token, clauses []*forIfClause, bracketed bool) ast.Expr {
	switch {
	case isStarred(elts[0]):
		c.fail(errorAt(*elts[0].Position(), "iterable unpacking cannot be used in comprehension"))
	case len(elts) == 1 && !trailing:
	case !bracketed:
		c.failAt(clauses[0].Tokens[0], "invalid syntax")
	case len(elts) == 1:
		comma := tokPos(next(first))
		c.fail(errorAt(join(elts[0].Position(), &comma), "did you forget parentheses around the comprehension target?"))
	default:
		c.fail(errorAt(join(elts[0].Position(), elts[len(elts)-1].Position()), "did you forget parentheses around the comprehension target?"))
	}
	return elts[0]
}

func isStarred(e ast.Expr) bool {
	_, ok := e.(*ast.Starred)
	return ok
}

// brace converts a braced form; p spans the braces.
func (c *converter) brace(b *braceForm, p ast.Pos) ast.Expr {
	if b == nil {
		return &ast.Dict{Pos: p}
	}
	first := b.Items[0]
	isDict := first.DStar != nil || first.Value != nil
	if len(b.Comp) > 0 {
		return c.braceComprehension(b, p, isDict)
	}
	if !isDict {
		set := &ast.Set{Pos: p}
		for _, it := range b.Items {
			set.Elts = append(set.Elts, c.setItem(it))
		}
		return set
	}
	dict := &ast.Dict{Pos: p}
	for _, it := range b.Items {
		k, v := c.dictItem(it)
		dict.Keys = append(dict.Keys, k)
		dict.Values = append(dict.Values, v)
	}
	return dict
}

// setItem converts an item of a set display.
func (c *converter) setItem(it *braceItem) ast.Expr {
	switch {
	case it.Star != nil:
		return &ast.Starred{Pos: span(it.Tokens), Value: c.bitwiseOr(it.Star)}
	case it.DStar != nil:
		c.failAt(it.Tokens[0], "invalid syntax")
		return c.bitwiseOr(it.DStar)
	}
	if it.Value != nil {
		c.failAt(next(it.Key.Tokens), "invalid syntax")
	}
	return c.namedExpression(it.Key)
}

// dictItem converts an item of a dict display: a nil key for `**`.
func (c *converter) dictItem(it *braceItem) (key, value ast.Expr) {
	switch {
	case it.DStar != nil:
		return nil, c.bitwiseOr(it.DStar)
	case it.Star != nil:
		c.failAt(it.Tokens[0], "invalid syntax")
		return nil, c.bitwiseOr(it.Star)
	}
	key = c.namedExpression(it.Key)
	if it.Value == nil {
		// CPython's location: the key's last character, and no end.
		end := key.Position()
		c.fail(&ast.SyntaxError{Kind: "SyntaxError", Msg: "':' expected after dictionary key",
			Line: end.EndLine, Col: end.EndCol, EndLine: end.EndLine, EndCol: 0})
		return key, key
	}
	return key, c.expression(it.Value)
}

// braceComprehension converts a dict or set comprehension.
func (c *converter) braceComprehension(b *braceForm, p ast.Pos, isDict bool) ast.Expr {
	first := b.Items[0]
	if !isDict {
		elts := make([]ast.Expr, len(b.Items))
		for i, it := range b.Items {
			elts[i] = c.setItem(it)
		}
		elt := c.comprehensionElt(elts, b.Trailing, first.Tokens, b.Comp, true)
		return &ast.SetComp{Pos: p, Elt: elt, Generators: c.generators(b.Comp)}
	}
	key, value := c.dictItem(first)
	for _, it := range b.Items[1:] {
		c.dictItem(it)
	}
	switch {
	case first.DStar != nil && len(b.Items) == 1 && !b.Trailing:
		c.failAt(first.Tokens[0], "dict unpacking cannot be used in dict comprehension")
	case len(b.Items) > 1 || b.Trailing:
		c.failAt(b.Comp[0].Tokens[0], "invalid syntax")
	}
	return &ast.DictComp{Pos: p, Key: key, Value: value, Generators: c.generators(b.Comp)}
}

// generators converts comprehension clauses.
func (c *converter) generators(clauses []*forIfClause) []*ast.Comprehension {
	out := make([]*ast.Comprehension, len(clauses))
	for i, f := range clauses {
		comp := &ast.Comprehension{Pos: span(f.Tokens), IsAsync: f.Async}
		comp.Target = c.forTarget(f.Target)
		comp.Iter = c.chain(f.Iter, false)
		for _, cond := range f.Ifs {
			comp.Ifs = append(comp.Ifs, c.chain(cond, false))
		}
		out[i] = comp
	}
	return out
}
