package parser

import plex "github.com/alecthomas/participle/v2/lexer"

// This file is the participle grammar of the Python subset: one struct per
// production, named after the rule of CPython's Grammar/python.gram it
// mirrors. The grammar is a little more permissive than CPython's where
// CPython reports a specific error for a construct that otherwise parses
// (assignment to a call, a keyword argument before a positional one, a
// default-less parameter after a defaulted one...): the converters
// (stmt.go, expr.go, atom.go, args.go, target.go) accept those shapes and
// reject them with CPython's message.
//
// Invariants:
//   - A struct with a Tokens field gets the tokens it matched, a sub-slice
//     of the token stream; converters take node positions from them (first
//     token start, last token end) and look at the token after them.
//   - Operators are parsed flat (operand, operator, operand, ...) in a
//     chain; precedence.go rebuilds the precedence tree. Flat chains keep
//     the parse fast: participle pays for every grammar level and optional
//     group an operand goes through.
//   - No repetition group `( ... )+` starts an alternative: participle
//     would forget the deepest failure inside it, which Parse reports.
//   - No optional group or alternative captures a field before a
//     production that can fail after reading tokens: when a production
//     fails, participle applies the captures pending in its branch (a
//     "partial AST"), so a parent that parses on another path would keep
//     a field of the failed path. Such groups capture one sub-struct.
//   - Keywords are Keyword tokens, never Name tokens, so literals like "if"
//     only ever match the keyword.
//   - The Is* fields hold zero-width guards (terminals.go) placed before
//     optional or alternative productions: they make those fail without
//     participle allocating the production's struct. They carry nothing.

// statement is `compound_stmt | simple_stmts`.
type statement struct {
	Tokens     []plex.Token
	IsStmt     *stmtGuard     `parser:"@@ ("`
	IsCompound *compoundGuard `parser:"  @@"`
	Compound   *compoundStmt  `parser:"  @@"`
	Simple     *simpleStmts   `parser:"| @@ )"`
}

// simpleStmts is one logical line of `;`-separated simple statements.
type simpleStmts struct {
	Tokens []plex.Token
	Stmts  []*simpleStmt `parser:"@@ ( ';' @@ )* ';'? Newline"`
}

// simpleStmt is one simple statement.
type simpleStmt struct {
	Tokens    []plex.Token
	IsKeyword *keywordGuard `parser:"  @@"`
	Keyword   *keywordStmt  `parser:"  @@"`
	Expr      *exprStmt     `parser:"| @@"`
}

// keywordStmt is a simple statement that starts with its keyword.
type keywordStmt struct {
	Pass     bool        `parser:"  @'pass'"`
	Break    bool        `parser:"| @'break'"`
	Continue bool        `parser:"| @'continue'"`
	Return   *returnStmt `parser:"| @@"`
	Raise    *raiseStmt  `parser:"| @@"`
	Global   []string    `parser:"| 'global' @Name ( ',' @Name )*"`
	Nonlocal []string    `parser:"| 'nonlocal' @Name ( ',' @Name )*"`
	Del      *starExprs  `parser:"| 'del' @@"`
	Assert   *assertStmt `parser:"| @@"`
	Import   *importName `parser:"| @@"`
	From     *importFrom `parser:"| @@"`
}

// returnStmt is `return [star_expressions]`.
type returnStmt struct {
	IsValue *exprGuard `parser:"'return' ( @@"`
	Value   *starExprs `parser:"  @@ )?"`
}

// raiseStmt is `raise [expression ['from' expression]]`.
type raiseStmt struct {
	Exc   *expression `parser:"'raise' ( @@"`
	Cause *expression `parser:"  ( 'from' @@ )? )?"`
}

// assertStmt is `assert expression [',' expression]`.
type assertStmt struct {
	Test *expression `parser:"'assert' @@"`
	Msg  *expression `parser:"( ',' @@ )?"`
}

// importName is `import dotted_as_names`.
type importName struct {
	Names []*dottedAsName `parser:"'import' @@ ( ',' @@ )*"`
}

// dottedAsName is `dotted_name ['as' NAME]`.
type dottedAsName struct {
	Tokens []plex.Token
	Name   []string `parser:"@Name ( '.' @Name )*"`
	AsName string   `parser:"( 'as' @Name )?"`
}

// importFrom is `from ('.' | '...')* [dotted_name] import targets`.
type importFrom struct {
	Tokens []plex.Token
	Dots   []string         `parser:"'from' @( '.' | '...' )*"`
	Module []string         `parser:"( @Name ( '.' @Name )* )? 'import'"`
	Star   bool             `parser:"( @'*'"`
	Paren  *importFromNames `parser:"| '(' @@ ')'"`
	Names  *importFromNames `parser:"| @@ )"`
}

// importFromNames is `import_from_as_names [',']`.
type importFromNames struct {
	Names    []*importFromAsName `parser:"@@ ( ',' @@ )*"`
	Trailing bool                `parser:"@','?"`
}

// importFromAsName is `NAME ['as' NAME]`.
type importFromAsName struct {
	Tokens []plex.Token
	Name   string `parser:"@Name"`
	AsName string `parser:"( 'as' @Name )?"`
}

// exprStmt is an expression statement, an assignment (chained), an
// augmented assignment or an annotated assignment. The first operand is
// parsed as an expression list; stmt.go checks it is a valid target.
type exprStmt struct {
	First      *annotatedRHS   `parser:"@@"`
	Annotation *expression     `parser:"( ':' @@"`
	AnnValue   *annotatedRHS   `parser:"  ( '=' @@ )?"`
	Aug        *augmented      `parser:"| @@"`
	Assigned   []*annotatedRHS `parser:"| '=' @@ ( '=' @@ )* )?"`
}

// augmented is the operator and value of an augmented assignment.
type augmented struct {
	Op    *augOperator  `parser:"@@"`
	Value *annotatedRHS `parser:"@@"`
}

// annotatedRHS is `yield_expr | star_expressions`.
type annotatedRHS struct {
	IsYield *yieldGuard `parser:"  @@"`
	Yield   *yieldExpr  `parser:"  @@"`
	Exprs   *starExprs  `parser:"| @@"`
}

// compoundStmt is one compound statement.
type compoundStmt struct {
	Def       *funcDef   `parser:"  @@"`
	If        *ifStmt    `parser:"| @@"`
	For       *forStmt   `parser:"| @@"`
	Class     *classDef  `parser:"| @@"`
	Try       *tryStmt   `parser:"| @@"`
	While     *whileStmt `parser:"| @@"`
	With      *withStmt  `parser:"| @@"`
	Decorated *decorated `parser:"| @@"`
}

// block is an indented suite or the simple statements after a colon.
type block struct {
	Tokens []plex.Token
	Stmts  []*statement `parser:"  Newline Indent @@ @@* Dedent"`
	Simple *simpleStmts `parser:"| @@"`
}

// ifStmt is `if named_expression ':' block (elif ...)* [else ':' block]`.
type ifStmt struct {
	Tokens []plex.Token
	Test   *namedExpression `parser:"'if' @@ ':'"`
	Body   *block           `parser:"@@"`
	Elifs  []*elifClause    `parser:"@@*"`
	Else   *block           `parser:"( 'else' ':' @@ )?"`
}

// elifClause is `elif named_expression ':' block`.
type elifClause struct {
	Tokens []plex.Token
	Test   *namedExpression `parser:"'elif' @@ ':'"`
	Body   *block           `parser:"@@"`
}

// whileStmt is `while named_expression ':' block [else ':' block]`.
type whileStmt struct {
	Tokens []plex.Token
	Test   *namedExpression `parser:"'while' @@ ':'"`
	Body   *block           `parser:"@@"`
	Else   *block           `parser:"( 'else' ':' @@ )?"`
}

// forStmt is `[async] for star_targets in star_expressions ':' block [else ':' block]`.
type forStmt struct {
	Tokens []plex.Token
	Async  bool        `parser:"@'async'? 'for'"`
	Target *targetList `parser:"@@ 'in'"`
	Iter   *starExprs  `parser:"@@ ':'"`
	Body   *block      `parser:"@@"`
	Else   *block      `parser:"( 'else' ':' @@ )?"`
}

// tryStmt is `try ':' block handlers [else] [finally]`. A try without
// handlers and finally, or mixing except and except*, is rejected by
// stmt.go.
type tryStmt struct {
	Tokens   []plex.Token
	Body     *block         `parser:"'try' ':' @@"`
	Handlers []*exceptBlock `parser:"@@*"`
	Else     *block         `parser:"( 'else' ':' @@ )?"`
	Finally  *block         `parser:"( 'finally' ':' @@ )?"`
}

// exceptBlock is `except ['*'] [expression [',' expressions] ['as' NAME]] ':' block`.
// Unparenthesized multiple types are rejected by stmt.go.
type exceptBlock struct {
	Tokens []plex.Token
	Star   bool          `parser:"'except' @'*'?"`
	Type   *expression   `parser:"( @@"`
	More   []*expression `parser:"  ( ',' @@ )*"`
	Name   string        `parser:"  ( 'as' @Name )? )? ':'"`
	Body   *block        `parser:"@@"`
}

// withStmt is `[async] with items ':' block`, items optionally in parentheses.
type withStmt struct {
	Tokens []plex.Token
	Async  bool       `parser:"@'async'? 'with'"`
	Paren  *withItems `parser:"( '(' @@ ')' ':'"`
	Plain  *withItems `parser:"| @@ ':' )"`
	Body   *block     `parser:"@@"`
}

// withItems is `','.with_item+ [',']`.
type withItems struct {
	Tokens   []plex.Token
	Items    []*withItem `parser:"@@ ( ',' @@ )*"`
	Trailing bool        `parser:"@','?"`
}

// withItem is `expression ['as' star_target]`.
type withItem struct {
	Context *expression `parser:"@@"`
	Vars    *target     `parser:"( 'as' @@ )?"`
}

// decorated is one or more decorators before a def or class.
type decorated struct {
	Decorators []*namedExpression `parser:"'@' @@ Newline ( '@' @@ Newline )*"`
	Def        *funcDef           `parser:"( @@"`
	Class      *classDef          `parser:"| @@ )"`
}

// funcDef is `[async] def NAME '(' params ')' ['->' expression] ':' block`.
type funcDef struct {
	Tokens  []plex.Token
	Async   bool        `parser:"@'async'? 'def'"`
	Name    string      `parser:"@Name '('"`
	Params  []*param    `parser:"( @@ ( ',' @@ )* ','? )? ')'"`
	Returns *expression `parser:"( '->' @@ )? ':'"`
	Body    *block      `parser:"@@"`
}

// param is one parameter or marker of a def: `/`, `*`, `*NAME`,
// `**NAME`, or `NAME`, with an optional annotation and default. Their
// order is checked by args.go.
type param struct {
	Tokens     []plex.Token
	Marker     string      `parser:"( @'/' | @( '*' | '**' )"`
	Name       plex.Token  `parser:"  @Name? | @Name )"`
	Annotation *expression `parser:"( ':' @@ )?"`
	Default    *expression `parser:"( '=' @@ )?"`
}

// lambdaParam is a param of a lambda: no annotations.
type lambdaParam struct {
	Tokens  []plex.Token
	Marker  string      `parser:"( @'/' | @( '*' | '**' )"`
	Name    plex.Token  `parser:"  @Name? | @Name )"`
	Default *expression `parser:"( '=' @@ )?"`
}

// classDef is `class NAME ['(' [arguments] ')'] ':' block`.
type classDef struct {
	Tokens []plex.Token
	Name   string   `parser:"'class' @Name"`
	Args   *argList `parser:"( '(' @@? ')' )? ':'"`
	Body   *block   `parser:"@@"`
}

// argList is a non-empty argument list: `','.argument+ [',']`.
type argList struct {
	Tokens   []plex.Token
	Args     []*argument `parser:"@@ ( ',' @@ )*"`
	Trailing bool        `parser:"@','?"`
}

// starExprs is `star_expressions`: a tuple when it has a comma.
type starExprs struct {
	Tokens   []plex.Token
	Items    []*starExpression `parser:"@@ ( ',' @@ )*"`
	Trailing bool              `parser:"@','?"`
}

// starExpression is `'*' bitwise_or | expression`.
type starExpression struct {
	Tokens []plex.Token
	Star   *bitwiseOr  `parser:"  '*' @@"`
	Expr   *expression `parser:"| @@"`
}

// starNamedExpression is `'*' bitwise_or | named_expression`.
type starNamedExpression struct {
	Tokens []plex.Token
	Star   *bitwiseOr       `parser:"  '*' @@"`
	Expr   *namedExpression `parser:"| @@"`
}

// targetList is `star_targets` (checked as targets by target.go).
type targetList struct {
	Tokens   []plex.Token
	Items    []*target `parser:"@@ ( ',' @@ )*"`
	Trailing bool      `parser:"@','?"`
}

// target is `['*'] bitwise_or`: a for-loop or with target candidate.
type target struct {
	Tokens []plex.Token
	Star   bool       `parser:"@'*'?"`
	Value  *bitwiseOr `parser:"@@"`
}

// yieldExpr is `yield from expression | yield [star_expressions]`.
type yieldExpr struct {
	Tokens []plex.Token
	From   *expression `parser:"'yield' ( 'from' @@"`
	Value  *starExprs  `parser:"| @@ )?"`
}

// namedExpression is `expression [':=' expression]`; with `:=` the first
// expression is the target (expr.go checks it is a name).
type namedExpression struct {
	Tokens []plex.Token
	Value  *expression `parser:"@@"`
	Walrus *expression `parser:"( ':=' @@ )?"`
}

// expression is a conditional expression, or a chain. A lambda is an atom
// here; expr.go accepts it only as a whole expression.
type expression struct {
	Tokens []plex.Token
	Body   *chain       `parser:"@@"`
	IsCond *ifGuard     `parser:"( @@"`
	Cond   *conditional `parser:"  @@ )?"`
}

// conditional is the `if test else orelse` part of a conditional
// expression.
type conditional struct {
	Test *chain      `parser:"'if' @@"`
	Else *expression `parser:"'else' @@"`
}

// lambdef is `lambda [params] ':' expression`.
type lambdef struct {
	Tokens []plex.Token
	Params []*lambdaParam `parser:"'lambda' ( @@ ( ',' @@ )* ','? )? ':'"`
	Body   *expression    `parser:"@@"`
}

// chain is a disjunction (CPython's `or` level), parsed flat: operands
// joined by binary, boolean and comparison operators. precedence.go
// rebuilds the precedence tree and rejects misplaced prefix operators.
type chain struct {
	Tokens []plex.Token
	Head   *operand   `parser:"@@"`
	IsOp   []*opGuard `parser:"( @@"`
	Tail   []*opTail  `parser:"  @@ )*"`
}

// opTail is one binary operator of a chain and its right operand: Op, or
// `not in` (NotIn holds its `not`).
type opTail struct {
	Op      *chainOperator `parser:"( @@"`
	NotIn   plex.Token     `parser:"| @'not' 'in' )"`
	Operand *operand       `parser:"@@"`
}

// bitwiseOr is a chain of the operators that bind tighter than
// comparisons (CPython's bitwise_or): assignment targets and starred
// operands.
type bitwiseOr struct {
	Tokens []plex.Token
	Head   *operand     `parser:"@@"`
	Tail   []*arithTail `parser:"@@*"`
}

// arithTail is one operator of a bitwiseOr and its right operand.
type arithTail struct {
	Op      *arithOperator `parser:"@@"`
	Operand *operand       `parser:"@@"`
}

// operand is `prefix* atom trailer*`, the prefixes being `not`, `+`, `-`,
// `~` and `await`.
type operand struct {
	Tokens    []plex.Token
	IsOperand *exprGuard        `parser:"@@"`
	Prefix    []*prefixOperator `parser:"@@*"`
	Atom      *atom             `parser:"@@"`
	IsTrailer []*trailerGuard   `parser:"( @@"`
	Trailers  []*trailer        `parser:"  @@ )*"`
}

// trailer is `'(' arguments ')' | '[' slices ']' | '.' NAME`.
type trailer struct {
	Tokens    []plex.Token
	Call      bool       `parser:"(  @'('"`
	HasArgs   *exprGuard `parser:"   ( @@"`
	Args      *argList   `parser:"     @@ )? ')'"`
	Subscript *sliceList `parser:"| '[' @@ ']'"`
	Attr      string     `parser:"| '.' @Name )"`
}

// argument is one call argument: `*e`, `**e`, `e`, `NAME=e`, `NAME:=e` or
// `e for ...`. A keyword whose name is not a NAME, generator expressions
// among other arguments and other mixtures are rejected by args.go.
type argument struct {
	Tokens []plex.Token
	Star   *starMarker      `parser:"@@?"`
	Value  *namedExpression `parser:"@@"`
	Eq     *expression      `parser:"( '=' @@ )?"`
	IsComp []*forGuard      `parser:"( @@"`
	Comp   []*forIfClause   `parser:"  @@ )*"`
}

// sliceList is `','.slice+ [',']`: a tuple when it has a comma.
type sliceList struct {
	Tokens   []plex.Token
	Items    []*slice `parser:"@@ ( ',' @@ )*"`
	Trailing bool     `parser:"@','?"`
}

// slice is `*expr`, `named_expression` or `[lower] ':' [upper] [':' [step]]`.
type slice struct {
	Tokens []plex.Token
	Star   *expression      `parser:"  '*' @@"`
	Lower  *namedExpression `parser:"| ( @@?"`
	Colon  bool             `parser:"    ( @':'"`
	Upper  *expression      `parser:"      @@?"`
	Colon2 bool             `parser:"      ( @':'"`
	Step   *expression      `parser:"        @@? )? )? )!"`
}

// atom is a name, a literal, a lambda, or a parenthesized, bracketed or
// braced form. Paren, List and Brace record the opening token; their
// contents are nil when empty: `()`, `[]`, `{}`.
type atom struct {
	Tokens    []plex.Token
	Name      *plex.Token   `parser:"  @Name"`
	Strings   *stringRun    `parser:"| @@"`
	Int       *plex.Token   `parser:"| @Int"`
	Paren     bool          `parser:"| @'('"`
	HasParen  *exprGuard    `parser:"  ( @@"`
	ParenBody *parenForm    `parser:"    @@ )? ')'"`
	List      bool          `parser:"| @'['"`
	HasList   *exprGuard    `parser:"  ( @@"`
	ListBody  *displayForm  `parser:"    @@ )? ']'"`
	Brace     bool          `parser:"| @'{'"`
	HasBrace  *exprGuard    `parser:"  ( @@"`
	BraceBody *braceForm    `parser:"    @@ )? '}'"`
	Const     *constKeyword `parser:"| @@"`
	Float     *plex.Token   `parser:"| @Float"`
	Lambda    *lambdef      `parser:"| @@"`
	Imag      *plex.Token   `parser:"| @Imag"`
}

// parenForm is the non-empty inside of parentheses: a yield expression, a
// group, a tuple or a generator expression.
type parenForm struct {
	Yield   *yieldExpr   `parser:"  @@"`
	Display *displayForm `parser:"| @@"`
}

// displayForm is a non-empty `star_named_expressions [',']` optionally
// followed by comprehension clauses (atom.go checks the combination).
type displayForm struct {
	Items    []*starNamedExpression `parser:"@@ ( ',' @@ )*"`
	Trailing bool                   `parser:"@','?"`
	IsComp   []*forGuard            `parser:"( @@"`
	Comp     []*forIfClause         `parser:"  @@ )*"`
}

// braceForm is the non-empty inside of braces: a dict or set display or
// comprehension. Mixed dict and set items are rejected by atom.go.
type braceForm struct {
	Items    []*braceItem   `parser:"@@ ( ',' @@ )*"`
	Trailing bool           `parser:"@','?"`
	IsComp   []*forGuard    `parser:"( @@"`
	Comp     []*forIfClause `parser:"  @@ )*"`
}

// braceItem is `'**' bitwise_or`, `'*' bitwise_or`, `key ':' value` or
// `named_expression`.
type braceItem struct {
	Tokens []plex.Token
	DStar  *bitwiseOr       `parser:"  '**' @@"`
	Star   *bitwiseOr       `parser:"| '*' @@"`
	Key    *namedExpression `parser:"| @@"`
	Value  *expression      `parser:"  ( ':' @@ )?"`
}

// forIfClause is `['async'] 'for' star_targets 'in' disjunction ('if'
// disjunction)*`.
type forIfClause struct {
	Tokens []plex.Token
	Async  bool        `parser:"@'async'? 'for'"`
	Target *targetList `parser:"@@ 'in'"`
	Iter   *chain      `parser:"@@"`
	Ifs    []*chain    `parser:"( 'if' @@ )*"`
}
