package parser

import (
	plex "github.com/alecthomas/participle/v2/lexer"

	"pyasync/ast"
	"pyasync/lexer"
)

// Conversion of call arguments and of def and lambda parameter lists,
// with CPython's checks on their order (invalid_arguments, invalid_kwarg,
// invalid_parameters, invalid_star_etc, invalid_kwds).

// call converts the arguments of a call trailer into a Call whose Func and
// Pos the caller sets.
func (c *converter) call(t *trailer) *ast.Call {
	call := &ast.Call{}
	l := t.Args
	if l == nil {
		return call
	}
	if len(l.Args) == 1 && !l.Trailing && len(l.Args[0].Comp) > 0 && l.Args[0].star() == "" && l.Args[0].Eq == nil {
		// The sole argument is a generator expression; the call's
		// parentheses are its own.
		a := l.Args[0]
		elt := c.namedExpression(a.Value)
		genexp := &ast.GeneratorExp{Pos: span(t.Tokens), Elt: elt, Generators: c.generators(a.Comp)}
		call.Args = []ast.Expr{genexp}
		return call
	}
	call.Args, call.Keywords = c.arguments(l)
	return call
}

// arguments converts a call's (or class's) argument list. CPython reports
// ordering errors on the closing parenthesis after it.
func (c *converter) arguments(l *argList) ([]ast.Expr, []*ast.Keyword) {
	closing := next(l.Tokens)
	var (
		positional   []ast.Expr
		keywords     []*ast.Keyword
		seenKeyword  bool
		seenUnpacked bool
	)
	for _, a := range l.Args {
		switch {
		case a.star() == "*" && a.Eq == nil && len(a.Comp) > 0:
			c.fail(errorAt(span(a.Tokens[:1+len(a.Value.Tokens)]), "iterable unpacking cannot be used in comprehension"))
		case a.star() != "" && (a.Eq != nil || len(a.Comp) > 0):
			c.failAt(next(a.Tokens[:1+len(a.Value.Tokens)]), "invalid syntax")
		}
		switch {
		case a.star() == "**":
			keywords = append(keywords, &ast.Keyword{Pos: span(a.Tokens), Value: c.namedExpression(a.Value)})
			seenUnpacked = true
		case a.Eq != nil:
			keywords = append(keywords, c.keyword(a))
			seenKeyword = true
		case a.star() == "*":
			if seenUnpacked {
				c.failAt(a.Tokens[0], "iterable argument unpacking follows keyword argument unpacking")
			}
			positional = append(positional, &ast.Starred{Pos: span(a.Tokens), Value: c.namedExpression(a.Value)})
		default:
			e := c.namedExpression(a.Value)
			if len(a.Comp) > 0 {
				gens := c.generators(a.Comp)
				last := gens[len(gens)-1].Position()
				c.fail(errorAt(join(e.Position(), last), "Generator expression must be parenthesized"))
				e = &ast.GeneratorExp{Pos: span(a.Tokens), Elt: e, Generators: gens}
			}
			switch {
			case seenUnpacked:
				c.failLast(closing, "positional argument follows keyword argument unpacking")
			case seenKeyword:
				c.failLast(closing, "positional argument follows keyword argument")
			}
			positional = append(positional, e)
		}
	}
	return positional, keywords
}

// star returns the `*` or `**` before an argument, or "".
func (a *argument) star() string {
	if a.Star == nil {
		return ""
	}
	return a.Star.Tok.Value
}

// keyword converts a `NAME=value` argument; the name must be a lone NAME
// token (not parenthesized, not a keyword) and the value no generator.
func (c *converter) keyword(a *argument) *ast.Keyword {
	nameToks := a.Value.Tokens
	eq := next(nameToks)
	bareName := len(nameToks) == 1 && nameToks[0].Type == lexer.Name
	switch {
	case len(nameToks) == 1 && nameToks[0].Type == lexer.Keyword:
		c.fail(errorAt(between(nameToks[0], eq), "cannot assign to "+nameToks[0].Value))
	case bareName && len(a.Comp) > 0:
		c.fail(errorAt(between(nameToks[0], eq), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"))
	case !bareName:
		target := c.namedExpression(a.Value)
		c.fail(errorAt(join(target.Position(), new(tokPos(eq))), `expression cannot contain assignment, perhaps you meant "=="?`))
	}
	k := &ast.Keyword{Pos: span(a.Tokens), Value: c.expression(a.Eq)}
	if bareName {
		k.Name = nameToks[0].Value
	}
	return k
}

// classArguments converts the base classes and keywords of a class.
// Unlike a call, a class takes no generator expression argument.
func (c *converter) classArguments(l *argList) ([]ast.Expr, []*ast.Keyword) {
	for _, a := range l.Args {
		if len(a.Comp) > 0 && a.Eq == nil {
			c.failAt(a.Comp[0].Tokens[0], "invalid syntax")
		}
	}
	return c.arguments(l)
}

// paramSection is where in a parameter list a parameter falls.
type paramSection int

const (
	positionalSection paramSection = iota // before `/`, `*` and `**`
	keywordSection                        // after `*` or `*args`
	kwargSection                          // after `**kwargs`
)

// parameters converts a def's or lambda's parameter list, checking the
// order rules CPython's grammar enforces. isLambda selects the lambda
// variants of the locations.
func (c *converter) parameters(params []*param, isLambda bool) *ast.Arguments {
	args := &ast.Arguments{}
	section := positionalSection
	var (
		sawDefault   bool // a positional parameter had a default
		slashNoDflt  bool // `/` came after default-less parameters only
		sawSlash     bool
		starMarker   *param // the `*` or `*args` seen
		namedAfterSt bool   // a parameter followed starMarker
	)
	for i, p := range params {
		if section == kwargSection {
			// CPython points at a following marker alone, or at the
			// parameter.
			pos := paramPos(p)
			if p.Marker != "" {
				pos = tokPos(p.Tokens[0])
			}
			c.fail(errorAt(pos, "arguments cannot follow var-keyword argument"))
			break
		}
		switch p.Marker {
		case "/":
			switch {
			case sawSlash:
				c.failAt(p.Tokens[0], "/ may appear only once")
			case starMarker != nil:
				c.failAt(p.Tokens[0], "/ must be ahead of *")
			case i == 0 && len(params) > 1:
				c.failAt(p.Tokens[0], "at least one argument must precede /")
			case i == 0:
				c.failAt(p.Tokens[0], "invalid syntax")
			}
			sawSlash = true
			slashNoDflt = !sawDefault
			args.PosOnly = append(args.PosOnly, args.Args...)
			args.Args = nil
		case "*":
			if starMarker != nil {
				c.failAt(p.Tokens[0], "* argument may appear only once")
			}
			if p.Default != nil {
				c.failAt(defaultEq(p), "var-positional argument cannot have default value")
			}
			starMarker = p
			section = keywordSection
			if p.Name.Value != "" {
				args.Vararg = c.arg(p)
				namedAfterSt = true
			}
		case "**":
			if p.Default != nil {
				c.failAt(defaultEq(p), "var-keyword argument cannot have default value")
			}
			if starMarker != nil && !namedAfterSt {
				c.bareStar(starMarker, isLambda)
			}
			args.Kwarg = c.arg(p)
			section = kwargSection
		default:
			a := c.arg(p)
			if section == keywordSection {
				namedAfterSt = true
				args.KwOnly = append(args.KwOnly, a)
				var d ast.Expr
				if p.Default != nil {
					d = c.expression(p.Default)
				}
				args.KwDefaults = append(args.KwDefaults, d)
				continue
			}
			args.Args = append(args.Args, a)
			if p.Default != nil {
				sawDefault = true
				args.Defaults = append(args.Defaults, c.expression(p.Default))
			} else if sawDefault {
				if sawSlash && slashNoDflt {
					c.failAt(next(p.Tokens), "invalid syntax")
				} else {
					c.fail(errorAt(paramPos(p), "non-default argument follows default argument"))
				}
			}
		}
	}
	if starMarker != nil && !namedAfterSt && section != kwargSection {
		c.bareStar(starMarker, isLambda)
	}
	return args
}

// bareStar reports a `*` marker no named parameter follows. CPython
// locates it on the `*` for a def and on the last token read for a lambda
// (the colon).
func (c *converter) bareStar(star *param, isLambda bool) {
	const msg = "named arguments must follow bare *"
	if !isLambda {
		c.failAt(star.Tokens[0], msg)
		return
	}
	toks := star.Tokens
	for next(toks).Value == "," {
		toks = toks[:len(toks)+1]
	}
	c.failLast(next(toks), msg)
}

// arg converts the name and annotation of a parameter.
func (c *converter) arg(p *param) *ast.Arg {
	a := &ast.Arg{Pos: tokPos(p.Name), Name: p.Name.Value}
	if p.Annotation != nil {
		a.Annotation = c.expression(p.Annotation)
		a.Pos = join(&a.Pos, a.Annotation.Position())
	}
	return a
}

// paramPos is the position of a parameter without its default, as CPython
// locates parameter errors.
func paramPos(p *param) ast.Pos {
	toks := p.Tokens
	if p.Default != nil {
		toks = toks[:len(toks)-len(p.Default.Tokens)-1]
	}
	return span(toks)
}

// defaultEq returns the `=` token before a parameter's default.
func defaultEq(p *param) plex.Token {
	return p.Tokens[len(p.Tokens)-len(p.Default.Tokens)-1]
}
