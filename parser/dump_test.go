package parser

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"

	"pyasync/ast"
)

// dump renders a syntax tree as CPython 3.11's ast.dump(tree) does (no
// indentation), with include_attributes when positions is true: the tests
// compare it with dumps recorded from CPython. Optional fields that are
// None are left out, as ast.dump does; expression contexts follow from
// where an expression is.
func dump(m *ast.Module, positions bool) string {
	d := &dumper{positions: positions}
	d.node("Module", func() {
		d.field("body", func() { d.stmts(m.Body) })
		d.raw("type_ignores", "[]")
	})
	return d.b.String()
}

type dumper struct {
	b         strings.Builder
	first     []bool // per open node: no field written yet
	positions bool
}

// node writes name(fields...).
func (d *dumper) node(name string, fields func()) {
	d.b.WriteString(name + "(")
	d.first = append(d.first, true)
	fields()
	d.first = d.first[:len(d.first)-1]
	d.b.WriteString(")")
}

// located writes name(fields..., positions...) for a node with a position.
func (d *dumper) located(name string, p *ast.Pos, fields func()) {
	d.node(name, func() {
		fields()
		if d.positions {
			d.raw("lineno", strconv.Itoa(p.Line))
			d.raw("col_offset", strconv.Itoa(p.Col))
			d.raw("end_lineno", strconv.Itoa(p.EndLine))
			d.raw("end_col_offset", strconv.Itoa(p.EndCol))
		}
	})
}

// field writes name=value, value written by f.
func (d *dumper) field(name string, f func()) {
	if !d.first[len(d.first)-1] {
		d.b.WriteString(", ")
	}
	d.first[len(d.first)-1] = false
	d.b.WriteString(name + "=")
	f()
}

func (d *dumper) raw(name, value string) { d.field(name, func() { d.b.WriteString(value) }) }

// list writes [items...].
func list[T any](d *dumper, items []T, f func(T)) {
	d.b.WriteString("[")
	for i, it := range items {
		if i > 0 {
			d.b.WriteString(", ")
		}
		f(it)
	}
	d.b.WriteString("]")
}

func (d *dumper) stmts(ss []ast.Stmt) { list(d, ss, d.stmt) }

func (d *dumper) exprs(es []ast.Expr, ctx string) {
	list(d, es, func(e ast.Expr) { d.expr(e, ctx) })
}

// optExpr writes name=e unless e is nil.
func (d *dumper) optExpr(name string, e ast.Expr, ctx string) {
	if e != nil {
		d.field(name, func() { d.expr(e, ctx) })
	}
}

func (d *dumper) exprField(name string, e ast.Expr, ctx string) {
	d.field(name, func() { d.expr(e, ctx) })
}

func (d *dumper) stmtsField(name string, ss []ast.Stmt) {
	d.field(name, func() { d.stmts(ss) })
}

func (d *dumper) names(name string, ns []string) {
	d.field(name, func() { list(d, ns, func(s string) { d.b.WriteString(pyStr(s)) }) })
}

func boolInt(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

func (d *dumper) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.ExprStmt:
		d.located("Expr", &s.Pos, func() { d.exprField("value", s.Value, "Load") })
	case *ast.Assign:
		d.located("Assign", &s.Pos, func() {
			d.field("targets", func() { d.exprs(s.Targets, "Store") })
			d.exprField("value", s.Value, "Load")
		})
	case *ast.AugAssign:
		d.located("AugAssign", &s.Pos, func() {
			d.exprField("target", s.Target, "Store")
			d.raw("op", operatorNames[s.Op]+"()")
			d.exprField("value", s.Value, "Load")
		})
	case *ast.AnnAssign:
		d.located("AnnAssign", &s.Pos, func() {
			d.exprField("target", s.Target, "Store")
			d.exprField("annotation", s.Annotation, "Load")
			d.optExpr("value", s.Value, "Load")
			d.raw("simple", boolInt(s.Simple))
		})
	case *ast.If:
		d.located("If", &s.Pos, func() {
			d.exprField("test", s.Test, "Load")
			d.stmtsField("body", s.Body)
			d.stmtsField("orelse", s.Orelse)
		})
	case *ast.While:
		d.located("While", &s.Pos, func() {
			d.exprField("test", s.Test, "Load")
			d.stmtsField("body", s.Body)
			d.stmtsField("orelse", s.Orelse)
		})
	case *ast.For:
		name := "For"
		if s.IsAsync {
			name = "AsyncFor"
		}
		d.located(name, &s.Pos, func() {
			d.exprField("target", s.Target, "Store")
			d.exprField("iter", s.Iter, "Load")
			d.stmtsField("body", s.Body)
			d.stmtsField("orelse", s.Orelse)
		})
	case *ast.Pass:
		d.located("Pass", &s.Pos, func() {})
	case *ast.Break:
		d.located("Break", &s.Pos, func() {})
	case *ast.Continue:
		d.located("Continue", &s.Pos, func() {})
	case *ast.Return:
		d.located("Return", &s.Pos, func() { d.optExpr("value", s.Value, "Load") })
	case *ast.FunctionDef:
		name := "FunctionDef"
		if s.IsAsync {
			name = "AsyncFunctionDef"
		}
		d.located(name, &s.Pos, func() {
			d.raw("name", pyStr(s.Name))
			d.field("args", func() { d.arguments(s.Args) })
			d.stmtsField("body", s.Body)
			d.field("decorator_list", func() { d.exprs(s.Decorators, "Load") })
			d.optExpr("returns", s.Returns, "Load")
		})
	case *ast.ClassDef:
		d.located("ClassDef", &s.Pos, func() {
			d.raw("name", pyStr(s.Name))
			d.field("bases", func() { d.exprs(s.Bases, "Load") })
			d.field("keywords", func() { list(d, s.Keywords, d.keyword) })
			d.stmtsField("body", s.Body)
			d.field("decorator_list", func() { d.exprs(s.Decorators, "Load") })
		})
	case *ast.Try:
		name := "Try"
		if s.IsStar {
			name = "TryStar"
		}
		d.located(name, &s.Pos, func() {
			d.stmtsField("body", s.Body)
			d.field("handlers", func() { list(d, s.Handlers, d.handler) })
			d.stmtsField("orelse", s.Orelse)
			d.stmtsField("finalbody", s.Finalbody)
		})
	case *ast.Raise:
		d.located("Raise", &s.Pos, func() {
			d.optExpr("exc", s.Exc, "Load")
			d.optExpr("cause", s.Cause, "Load")
		})
	case *ast.Global:
		d.located("Global", &s.Pos, func() { d.names("names", s.Names) })
	case *ast.Nonlocal:
		d.located("Nonlocal", &s.Pos, func() { d.names("names", s.Names) })
	case *ast.Delete:
		d.located("Delete", &s.Pos, func() { d.field("targets", func() { d.exprs(s.Targets, "Del") }) })
	case *ast.Assert:
		d.located("Assert", &s.Pos, func() {
			d.exprField("test", s.Test, "Load")
			d.optExpr("msg", s.Msg, "Load")
		})
	case *ast.With:
		name := "With"
		if s.IsAsync {
			name = "AsyncWith"
		}
		d.located(name, &s.Pos, func() {
			d.field("items", func() {
				list(d, s.Items, func(it *ast.WithItem) {
					d.node("withitem", func() {
						d.exprField("context_expr", it.Context, "Load")
						d.optExpr("optional_vars", it.Vars, "Store")
					})
				})
			})
			d.stmtsField("body", s.Body)
		})
	case *ast.Import:
		d.located("Import", &s.Pos, func() { d.field("names", func() { list(d, s.Names, d.alias) }) })
	case *ast.ImportFrom:
		d.located("ImportFrom", &s.Pos, func() {
			if s.Module != "" {
				d.raw("module", pyStr(s.Module))
			}
			d.field("names", func() { list(d, s.Names, d.alias) })
			d.raw("level", strconv.Itoa(s.Level))
		})
	default:
		panic(fmt.Sprintf("dump: unknown statement %T", s))
	}
}

func (d *dumper) alias(a *ast.Alias) {
	d.located("alias", &a.Pos, func() {
		d.raw("name", pyStr(a.Name))
		if a.AsName != "" {
			d.raw("asname", pyStr(a.AsName))
		}
	})
}

func (d *dumper) handler(h *ast.ExceptHandler) {
	d.located("ExceptHandler", &h.Pos, func() {
		d.optExpr("type", h.Type, "Load")
		if h.Name != "" {
			d.raw("name", pyStr(h.Name))
		}
		d.stmtsField("body", h.Body)
	})
}

func (d *dumper) keyword(k *ast.Keyword) {
	d.located("keyword", &k.Pos, func() {
		if k.Name != "" {
			d.raw("arg", pyStr(k.Name))
		}
		d.exprField("value", k.Value, "Load")
	})
}

func (d *dumper) arg(a *ast.Arg) {
	d.located("arg", &a.Pos, func() {
		d.raw("arg", pyStr(a.Name))
		d.optExpr("annotation", a.Annotation, "Load")
	})
}

func (d *dumper) arguments(a *ast.Arguments) {
	d.node("arguments", func() {
		d.field("posonlyargs", func() { list(d, a.PosOnly, d.arg) })
		d.field("args", func() { list(d, a.Args, d.arg) })
		if a.Vararg != nil {
			d.field("vararg", func() { d.arg(a.Vararg) })
		}
		d.field("kwonlyargs", func() { list(d, a.KwOnly, d.arg) })
		d.field("kw_defaults", func() {
			list(d, a.KwDefaults, func(e ast.Expr) {
				if e == nil {
					d.b.WriteString("None")
				} else {
					d.expr(e, "Load")
				}
			})
		})
		if a.Kwarg != nil {
			d.field("kwarg", func() { d.arg(a.Kwarg) })
		}
		d.field("defaults", func() { d.exprs(a.Defaults, "Load") })
	})
}

var operatorNames = map[ast.Operator]string{
	ast.Add: "Add", ast.Sub: "Sub", ast.Mult: "Mult", ast.MatMult: "MatMult", ast.Div: "Div",
	ast.Mod: "Mod", ast.Pow: "Pow", ast.LShift: "LShift", ast.RShift: "RShift", ast.BitOr: "BitOr",
	ast.BitXor: "BitXor", ast.BitAnd: "BitAnd", ast.FloorDiv: "FloorDiv",
}

var unaryNames = map[ast.UnaryOperator]string{ast.Invert: "Invert", ast.Not: "Not", ast.UAdd: "UAdd", ast.USub: "USub"}

var cmpNames = map[ast.CmpOperator]string{
	ast.Eq: "Eq", ast.NotEq: "NotEq", ast.Lt: "Lt", ast.LtE: "LtE", ast.Gt: "Gt", ast.GtE: "GtE",
	ast.Is: "Is", ast.IsNot: "IsNot", ast.In: "In", ast.NotIn: "NotIn",
}

// expr writes e; ctx is the context (Load, Store, Del) of the nodes that
// have one at this place.
func (d *dumper) expr(e ast.Expr, ctx string) {
	ctxField := func() { d.raw("ctx", ctx+"()") }
	switch e := e.(type) {
	case *ast.Name:
		d.located("Name", &e.Pos, func() { d.raw("id", pyStr(e.Id)); ctxField() })
	case *ast.Constant:
		d.located("Constant", &e.Pos, func() { d.raw("value", constRepr(e)) })
	case *ast.JoinedStr:
		d.joined(e)
	case *ast.FormattedValue:
		d.formatted(e)
	case *ast.Attribute:
		d.located("Attribute", &e.Pos, func() {
			d.exprField("value", e.Value, "Load")
			d.raw("attr", pyStr(e.Attr))
			ctxField()
		})
	case *ast.Subscript:
		d.located("Subscript", &e.Pos, func() {
			d.exprField("value", e.Value, "Load")
			d.exprField("slice", e.Index, "Load")
			ctxField()
		})
	case *ast.Slice:
		d.located("Slice", &e.Pos, func() {
			d.optExpr("lower", e.Lower, "Load")
			d.optExpr("upper", e.Upper, "Load")
			d.optExpr("step", e.Step, "Load")
		})
	case *ast.Call:
		d.located("Call", &e.Pos, func() {
			d.exprField("func", e.Func, "Load")
			d.field("args", func() { d.exprs(e.Args, "Load") })
			d.field("keywords", func() { list(d, e.Keywords, d.keyword) })
		})
	case *ast.BinOp:
		d.located("BinOp", &e.Pos, func() {
			d.exprField("left", e.Left, "Load")
			d.raw("op", operatorNames[e.Op]+"()")
			d.exprField("right", e.Right, "Load")
		})
	case *ast.UnaryOp:
		d.located("UnaryOp", &e.Pos, func() {
			d.raw("op", unaryNames[e.Op]+"()")
			d.exprField("operand", e.Operand, "Load")
		})
	case *ast.BoolOp:
		op := "And"
		if e.Op == ast.Or {
			op = "Or"
		}
		d.located("BoolOp", &e.Pos, func() {
			d.raw("op", op+"()")
			d.field("values", func() { d.exprs(e.Values, "Load") })
		})
	case *ast.Compare:
		d.located("Compare", &e.Pos, func() {
			d.exprField("left", e.Left, "Load")
			d.field("ops", func() { list(d, e.Ops, func(o ast.CmpOperator) { d.b.WriteString(cmpNames[o] + "()") }) })
			d.field("comparators", func() { d.exprs(e.Comparators, "Load") })
		})
	case *ast.IfExp:
		d.located("IfExp", &e.Pos, func() {
			d.exprField("test", e.Test, "Load")
			d.exprField("body", e.Body, "Load")
			d.exprField("orelse", e.Orelse, "Load")
		})
	case *ast.Lambda:
		d.located("Lambda", &e.Pos, func() {
			d.field("args", func() { d.arguments(e.Args) })
			d.exprField("body", e.Body, "Load")
		})
	case *ast.List:
		d.located("List", &e.Pos, func() { d.field("elts", func() { d.exprs(e.Elts, ctx) }); ctxField() })
	case *ast.Tuple:
		d.located("Tuple", &e.Pos, func() { d.field("elts", func() { d.exprs(e.Elts, ctx) }); ctxField() })
	case *ast.Set:
		d.located("Set", &e.Pos, func() { d.field("elts", func() { d.exprs(e.Elts, "Load") }) })
	case *ast.Dict:
		d.located("Dict", &e.Pos, func() {
			d.field("keys", func() {
				list(d, e.Keys, func(k ast.Expr) {
					if k == nil {
						d.b.WriteString("None")
					} else {
						d.expr(k, "Load")
					}
				})
			})
			d.field("values", func() { d.exprs(e.Values, "Load") })
		})
	case *ast.Starred:
		d.located("Starred", &e.Pos, func() { d.exprField("value", e.Value, ctx); ctxField() })
	case *ast.ListComp:
		d.located("ListComp", &e.Pos, func() { d.exprField("elt", e.Elt, "Load"); d.generators(e.Generators) })
	case *ast.SetComp:
		d.located("SetComp", &e.Pos, func() { d.exprField("elt", e.Elt, "Load"); d.generators(e.Generators) })
	case *ast.GeneratorExp:
		d.located("GeneratorExp", &e.Pos, func() { d.exprField("elt", e.Elt, "Load"); d.generators(e.Generators) })
	case *ast.DictComp:
		d.located("DictComp", &e.Pos, func() {
			d.exprField("key", e.Key, "Load")
			d.exprField("value", e.Value, "Load")
			d.generators(e.Generators)
		})
	case *ast.Await:
		d.located("Await", &e.Pos, func() { d.exprField("value", e.Value, "Load") })
	case *ast.Yield:
		d.located("Yield", &e.Pos, func() { d.optExpr("value", e.Value, "Load") })
	case *ast.YieldFrom:
		d.located("YieldFrom", &e.Pos, func() { d.exprField("value", e.Value, "Load") })
	case *ast.NamedExpr:
		d.located("NamedExpr", &e.Pos, func() {
			d.exprField("target", e.Target, "Store")
			d.exprField("value", e.Value, "Load")
		})
	default:
		panic(fmt.Sprintf("dump: unknown expression %T", e))
	}
}

func (d *dumper) generators(gs []*ast.Comprehension) {
	d.field("generators", func() {
		list(d, gs, func(g *ast.Comprehension) {
			d.node("comprehension", func() {
				d.exprField("target", g.Target, "Store")
				d.exprField("iter", g.Iter, "Load")
				d.field("ifs", func() { d.exprs(g.Ifs, "Load") })
				d.raw("is_async", boolInt(g.IsAsync))
			})
		})
	})
}

func (d *dumper) joined(j *ast.JoinedStr) {
	d.located("JoinedStr", &j.Pos, func() { d.field("values", func() { d.exprs(j.Values, "Load") }) })
}

func (d *dumper) formatted(f *ast.FormattedValue) {
	d.located("FormattedValue", &f.Pos, func() {
		d.exprField("value", f.Value, "Load")
		conv := -1
		if f.Conversion != 0 {
			conv = int(f.Conversion)
		}
		d.raw("conversion", strconv.Itoa(conv))
		if f.Spec != nil {
			d.field("format_spec", func() { d.joined(f.Spec) })
		}
	})
}

// constRepr is Python's repr of a constant's value.
func constRepr(c *ast.Constant) string {
	switch c.Kind {
	case ast.ConstNone:
		return "None"
	case ast.ConstTrue:
		return "True"
	case ast.ConstFalse:
		return "False"
	case ast.ConstEllipsis:
		return "Ellipsis"
	case ast.ConstInt:
		return c.Int.String()
	case ast.ConstFloat:
		return floatRepr(c.Float)
	case ast.ConstBytes:
		return bytesRepr(c.Str)
	case ast.ConstComplex:
		return strings.TrimSuffix(floatRepr(c.Float), ".0") + "j"
	}
	return pyStr(c.Str)
}

// floatRepr is Python's repr of a float: the shortest round-tripping
// digits, in positional notation for exponents from -4 to 15.
func floatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±XX
	mant, expStr, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expStr)
	digits := strings.Replace(strings.TrimPrefix(mant, "-"), ".", "", 1)
	sign := ""
	if f < 0 || f == 0 && math.Signbit(f) {
		sign = "-"
	}
	if exp < -4 || exp >= 16 {
		m := digits[:1]
		if len(digits) > 1 {
			m += "." + digits[1:]
		}
		es := fmt.Sprintf("%+03d", exp)
		return sign + m + "e" + es
	}
	if exp < 0 {
		return sign + "0." + strings.Repeat("0", -exp-1) + digits
	}
	if len(digits) <= exp+1 {
		return sign + digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
	}
	return sign + digits[:exp+1] + "." + digits[exp+1:]
}

// pyStr is Python's repr of a str.
func pyStr(s string) string {
	quote := byte('\'')
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == rune(quote):
			b.WriteString(`\` + string(r))
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x7f || unicode.IsPrint(r):
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// bytesRepr is Python's repr of a bytes value held one byte per element.
func bytesRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\':
			b.WriteString(`\\`)
		case c == quote:
			b.WriteString(`\` + string(c))
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}
