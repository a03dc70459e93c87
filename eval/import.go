package eval

import (
	"strings"

	"pyasync/ast"
	"pyasync/runtime"
)

func (fr *Frame) execImport(s *ast.Import) error {
	for _, a := range s.Names {
		m, err := fr.interp.importModule(a.Name)
		if err != nil {
			return err
		}
		if a.AsName != "" {
			if err := fr.store(a.Binding, a.AsName, m); err != nil {
				return err
			}
			continue
		}
		top := a.Name
		if i := strings.IndexByte(top, '.'); i >= 0 {
			top = top[:i]
			if m, err = fr.interp.importModule(top); err != nil {
				return err
			}
		}
		if err := fr.store(a.Binding, top, m); err != nil {
			return err
		}
	}
	return nil
}

func (fr *Frame) execImportFrom(s *ast.ImportFrom) error {
	if s.Level > 0 {
		return runtime.NewError(runtime.ImportErrorType, "attempted relative import with no known parent package")
	}
	m, err := fr.interp.importModule(s.Module)
	if err != nil {
		return err
	}
	for _, a := range s.Names {
		if a.Name == "*" {
			return fr.importStar(m)
		}
		v, ok, err := runtime.GetAttrOpt(m, a.Name)
		if err != nil {
			return err
		}
		if !ok {
			e := runtime.NewErrorf(runtime.ImportErrorType, "cannot import name '%s' from '%s' (unknown location)", a.Name, s.Module)
			e.AttrDict(true).SetStr("name", runtime.Str(s.Module))
			return e
		}
		if s.Module == "__future__" && a.Name == "annotations" {
			fr.interp.postponed[fr.globals] = true
		}
		name := a.Name
		if a.AsName != "" {
			name = a.AsName
		}
		if err := fr.store(a.Binding, name, v); err != nil {
			return err
		}
	}
	return nil
}

// importStar binds a module's public names (its __all__, or every name not
// starting with an underscore) in the module namespace.
func (fr *Frame) importStar(m *runtime.Module) error {
	var names []runtime.Value
	if all, ok := m.Dict.GetStr("__all__"); ok {
		items, err := runtime.ToSlice(all)
		if err != nil {
			return err
		}
		names = items
	} else {
		for _, k := range m.Dict.Keys() {
			if s, ok := k.(runtime.Str); ok && !strings.HasPrefix(string(s), "_") {
				names = append(names, s)
			}
		}
	}
	for _, n := range names {
		s, ok := n.(runtime.Str)
		if !ok {
			return runtime.NewError(runtime.TypeErrorType, "Item in __all__ must be str")
		}
		v, err := runtime.GetAttr(m, string(s))
		if err != nil {
			return err
		}
		fr.globals.SetStr(string(s), v)
	}
	return nil
}
