package resolve

import (
	"strings"

	"pyasync/ast"
)

// Private name mangling (CPython's _Py_Mangle). Inside a class body and
// everything nested in it (methods, lambdas, comprehensions, nested
// functions, but not a nested class, which mangles with its own name) an
// identifier `__spam` that does not end in `__` and has no dot becomes
// `_Class__spam`, where Class is the innermost enclosing class's name
// without its leading underscores (a class named only with underscores
// mangles nothing).
//
// mangleModule does this before the symbol table, rewriting the tree in
// place, wherever CPython 3.11 mangles:
//   - names (loads, stores, deletes, assignment expression targets);
//   - attribute names (`self.__x`);
//   - parameter names (so also the keys of __kwdefaults__ and
//     __annotations__), and a simple annotated name (its __annotations__
//     key);
//   - the names def and class statements bind (the function's __name__ and
//     __qualname__ stay unmangled: the symbol table takes the block's name
//     from the original);
//   - except-as names, global and nonlocal declarations;
//   - an import's module name (`import __m` imports `_A__m`), the name a
//     from-import fetches and binds, and an as-name.
//
// Keyword argument names, the class's own keywords and the decorators,
// bases and keyword values of a class (evaluated outside its body) are
// not mangled with the class's name.
//
// It returns the original spelling of every rewritten identifier, keyed by
// the field that holds it: CPython's symbol table reports declaration
// errors with the name as written, and looks an assignment expression's
// target up unmangled.
//
// It also returns, for `import __m.sub` in a class, the name the import
// binds (`_A__m`): the module name has a dot, so it is not mangled, but the
// name bound is. (The evaluator stores such an import under the first
// component of the module name, so in a class body it binds `__m`.)
func mangleModule(m *ast.Module) (orig map[*string]string, importBinds map[*ast.Alias]string) {
	mg := &mangler{orig: map[*string]string{}, importBinds: map[*ast.Alias]string{}}
	mg.stmts(m.Body)
	return mg.orig, mg.importBinds
}

// mangle is CPython's _Py_Mangle: name as used inside class private.
func mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") ||
		strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	stripped := strings.TrimLeft(private, "_")
	if stripped == "" {
		return name
	}
	return "_" + stripped + name
}

type mangler struct {
	private     string // the innermost enclosing class's name; "" outside classes
	orig        map[*string]string
	importBinds map[*ast.Alias]string
}

// name mangles the identifier *p in place, remembering the original.
func (mg *mangler) name(p *string) {
	if m := mangle(mg.private, *p); m != *p {
		mg.orig[p] = *p
		*p = m
	}
}

func (mg *mangler) stmts(body []ast.Stmt) {
	for _, st := range body {
		mg.stmt(st)
	}
}

func (mg *mangler) stmt(st ast.Stmt) {
	switch st := st.(type) {
	case *ast.FunctionDef:
		mg.name(&st.Name)
		mg.exprs(st.Decorators)
		mg.arguments(st.Args)
		mg.expr(st.Returns)
		mg.stmts(st.Body)
	case *ast.ClassDef:
		mg.name(&st.Name)
		mg.exprs(st.Decorators)
		mg.exprs(st.Bases)
		mg.keywords(st.Keywords)
		outer := mg.private
		mg.private = st.Name
		if orig, ok := mg.orig[&st.Name]; ok {
			mg.private = orig
		}
		mg.stmts(st.Body)
		mg.private = outer
	case *ast.ExprStmt:
		mg.expr(st.Value)
	case *ast.Assign:
		mg.exprs(st.Targets)
		mg.expr(st.Value)
	case *ast.AugAssign:
		mg.expr(st.Target)
		mg.expr(st.Value)
	case *ast.AnnAssign:
		mg.expr(st.Target)
		mg.expr(st.Annotation)
		mg.expr(st.Value)
	case *ast.If:
		mg.expr(st.Test)
		mg.stmts(st.Body)
		mg.stmts(st.Orelse)
	case *ast.While:
		mg.expr(st.Test)
		mg.stmts(st.Body)
		mg.stmts(st.Orelse)
	case *ast.For:
		mg.expr(st.Target)
		mg.expr(st.Iter)
		mg.stmts(st.Body)
		mg.stmts(st.Orelse)
	case *ast.Return:
		mg.expr(st.Value)
	case *ast.Try:
		mg.stmts(st.Body)
		for _, h := range st.Handlers {
			mg.expr(h.Type)
			if h.Name != "" {
				mg.name(&h.Name)
			}
			mg.stmts(h.Body)
		}
		mg.stmts(st.Orelse)
		mg.stmts(st.Finalbody)
	case *ast.Raise:
		mg.expr(st.Exc)
		mg.expr(st.Cause)
	case *ast.Global:
		for i := range st.Names {
			mg.name(&st.Names[i])
		}
	case *ast.Nonlocal:
		for i := range st.Names {
			mg.name(&st.Names[i])
		}
	case *ast.Delete:
		mg.exprs(st.Targets)
	case *ast.Assert:
		mg.expr(st.Test)
		mg.expr(st.Msg)
	case *ast.With:
		for _, item := range st.Items {
			mg.expr(item.Context)
			mg.expr(item.Vars)
		}
		mg.stmts(st.Body)
	case *ast.Import:
		for _, a := range st.Names {
			if first, _, dotted := strings.Cut(a.Name, "."); dotted && a.AsName == "" {
				if m := mangle(mg.private, first); m != first {
					mg.importBinds[a] = m
				}
			}
		}
		mg.aliases(st.Names)
	case *ast.ImportFrom:
		mg.name(&st.Module)
		mg.aliases(st.Names)
	case *ast.Pass, *ast.Break, *ast.Continue:
	}
}

// aliases mangles the names of an import (a dotted module name is not
// mangled).
func (mg *mangler) aliases(names []*ast.Alias) {
	for _, a := range names {
		if a.Name != "*" {
			mg.name(&a.Name)
		}
		if a.AsName != "" {
			mg.name(&a.AsName)
		}
	}
}

func (mg *mangler) arguments(a *ast.Arguments) {
	if a == nil {
		return
	}
	for _, list := range [][]*ast.Arg{a.PosOnly, a.Args, a.KwOnly, {a.Vararg, a.Kwarg}} {
		for _, arg := range list {
			if arg != nil {
				mg.name(&arg.Name)
				mg.expr(arg.Annotation)
			}
		}
	}
	mg.exprs(a.Defaults)
	mg.exprs(a.KwDefaults)
}

// keywords mangles the values of keyword arguments, not their names.
func (mg *mangler) keywords(kws []*ast.Keyword) {
	for _, kw := range kws {
		mg.expr(kw.Value)
	}
}

func (mg *mangler) exprs(es []ast.Expr) {
	for _, e := range es {
		mg.expr(e)
	}
}

func (mg *mangler) comprehension(gens []*ast.Comprehension) {
	for _, g := range gens {
		mg.expr(g.Target)
		mg.expr(g.Iter)
		mg.exprs(g.Ifs)
	}
}

// expr mangles the identifiers of an expression; nil is allowed.
func (mg *mangler) expr(e ast.Expr) {
	switch e := e.(type) {
	case *ast.Name:
		mg.name(&e.Id)
	case *ast.Attribute:
		mg.expr(e.Value)
		mg.name(&e.Attr)
	case *ast.JoinedStr:
		mg.exprs(e.Values)
	case *ast.FormattedValue:
		mg.expr(e.Value)
		if e.Spec != nil {
			mg.expr(e.Spec)
		}
	case *ast.Subscript:
		mg.expr(e.Value)
		mg.expr(e.Index)
	case *ast.Slice:
		mg.expr(e.Lower)
		mg.expr(e.Upper)
		mg.expr(e.Step)
	case *ast.Call:
		mg.expr(e.Func)
		mg.exprs(e.Args)
		mg.keywords(e.Keywords)
	case *ast.BinOp:
		mg.expr(e.Left)
		mg.expr(e.Right)
	case *ast.UnaryOp:
		mg.expr(e.Operand)
	case *ast.BoolOp:
		mg.exprs(e.Values)
	case *ast.Compare:
		mg.expr(e.Left)
		mg.exprs(e.Comparators)
	case *ast.IfExp:
		mg.expr(e.Test)
		mg.expr(e.Body)
		mg.expr(e.Orelse)
	case *ast.Lambda:
		mg.arguments(e.Args)
		mg.expr(e.Body)
	case *ast.List:
		mg.exprs(e.Elts)
	case *ast.Tuple:
		mg.exprs(e.Elts)
	case *ast.Set:
		mg.exprs(e.Elts)
	case *ast.Dict:
		mg.exprs(e.Keys)
		mg.exprs(e.Values)
	case *ast.Starred:
		mg.expr(e.Value)
	case *ast.ListComp:
		mg.expr(e.Elt)
		mg.comprehension(e.Generators)
	case *ast.SetComp:
		mg.expr(e.Elt)
		mg.comprehension(e.Generators)
	case *ast.DictComp:
		mg.expr(e.Key)
		mg.expr(e.Value)
		mg.comprehension(e.Generators)
	case *ast.GeneratorExp:
		mg.expr(e.Elt)
		mg.comprehension(e.Generators)
	case *ast.Await:
		mg.expr(e.Value)
	case *ast.Yield:
		mg.expr(e.Value)
	case *ast.YieldFrom:
		mg.expr(e.Value)
	case *ast.NamedExpr:
		mg.name(&e.Target.Id)
		mg.expr(e.Value)
	}
}
