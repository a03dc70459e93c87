package parser

import (
	"math/big"
	"strconv"
	"strings"

	plex "github.com/alecthomas/participle/v2/lexer"

	"pyasync/ast"
)

// Conversion of number literals. The lexer has checked their syntax
// (digits, underscores between digits, prefixes), so only the value is
// computed here.

// intLiteral converts an Int token (decimal, 0x, 0o or 0b, with
// underscores) to an arbitrary-precision Constant.
func (c *converter) intLiteral(t plex.Token) ast.Expr {
	s := strings.ReplaceAll(t.Value, "_", "")
	base := 10
	if len(s) > 1 && s[0] == '0' {
		switch s[1] {
		case 'x', 'X':
			base, s = 16, s[2:]
		case 'o', 'O':
			base, s = 8, s[2:]
		case 'b', 'B':
			base, s = 2, s[2:]
		}
	}
	n, ok := new(big.Int).SetString(s, base)
	if !ok {
		panic("parser: the lexer passed an invalid integer literal " + strconv.Quote(t.Value))
	}
	return &ast.Constant{Pos: tokPos(t), Kind: ast.ConstInt, Int: n}
}

// floatLiteral converts a Float token. Literals too large for a float64
// are infinite, as in CPython.
func (c *converter) floatLiteral(t plex.Token) ast.Expr {
	return &ast.Constant{Pos: tokPos(t), Kind: ast.ConstFloat, Float: parseFloat(t.Value)}
}

// imagLiteral converts an Imag token (a number with a j suffix).
func (c *converter) imagLiteral(t plex.Token) ast.Expr {
	return &ast.Constant{Pos: tokPos(t), Kind: ast.ConstComplex, Float: parseFloat(t.Value[:len(t.Value)-1])}
}

// parseFloat returns the value of a decimal literal the lexer accepted.
func parseFloat(s string) float64 {
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
	if err != nil && err.(*strconv.NumError).Err != strconv.ErrRange {
		panic("parser: the lexer passed an invalid number literal " + strconv.Quote(s))
	}
	return f
}
