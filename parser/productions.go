package parser

import (
	"sync"

	"github.com/alecthomas/participle/v2"

	"pyasync/lexer"
)

// file is the root production: statements up to the end of input. A
// statement that fails to parse ends the repetition, so participle reports
// the deepest failure as trailing input.
type file struct {
	Stmts []*statement `parser:"@@*"`
}

// parsers holds the participle parsers, built once.
type parsers struct {
	file       *participle.Parser[file]
	fstring    *participle.Parser[fstringExpr]
	named      *participle.Parser[namedExpression]
	chain      *participle.Parser[chain]
	expression *participle.Parser[expression]
	starExprs  *participle.Parser[starExprs]
	bitwiseOr  *participle.Parser[bitwiseOr]
	targets    *participle.Parser[targetList]
	withItems  *participle.Parser[withItems]
	yieldExpr  *participle.Parser[yieldExpr]
}

// fstringExpr is the root production for the expression of an f-string
// replacement field, which is parsed wrapped in parentheses as CPython
// 3.11 does.
type fstringExpr struct {
	Value *starExprs `parser:"@@? Newline?"`
}

var (
	buildOnce sync.Once
	built     *parsers
)

// grammar returns the parsers, building them on first use.
func grammar() *parsers {
	buildOnce.Do(func() {
		opts := []participle.Option{
			participle.Lexer(lexer.Definition{}),
			participle.UseLookahead(participle.MaxLookahead),
		}
		p := &parsers{
			file:    participle.MustBuild[file](opts...),
			fstring: participle.MustBuild[fstringExpr](opts...),
		}
		p.named = production[namedExpression](p.file)
		p.chain = production[chain](p.file)
		p.expression = production[expression](p.file)
		p.starExprs = production[starExprs](p.file)
		p.bitwiseOr = production[bitwiseOr](p.file)
		p.targets = production[targetList](p.file)
		p.withItems = production[withItems](p.file)
		p.yieldExpr = production[yieldExpr](p.file)
		built = p
	})
	return built
}

// production returns a parser for production P of the file grammar.
func production[P any](g *participle.Parser[file]) *participle.Parser[P] {
	p, err := participle.ParserForProduction[P](g)
	if err != nil {
		panic(err) // the grammar is static: a failure here is a bug
	}
	return p
}
