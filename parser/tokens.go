package parser

import (
	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"

	"pyasync/lexer"
)

// Token-level helpers of the diagnosis: reading the token stream around a
// failure and re-parsing pieces of it.

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
