package runtime

// moduleMakers builds the importable modules on first import.
var moduleMakers = map[string]func() *Module{
	"sys": func() *Module { return SysModule },
}

// loadedModules are the modules imported so far (sys.modules).
var loadedModules = map[string]*Module{}

// RegisterModule makes a module importable by name; make runs on the first
// import.
func RegisterModule(name string, make func() *Module) { moduleMakers[name] = make }

// ImportModule returns the named module, or ModuleNotFoundError.
func ImportModule(name string) (*Module, error) {
	if m, ok := loadedModules[name]; ok {
		return m, nil
	}
	make, ok := moduleMakers[name]
	if !ok {
		e := NewErrorf(ModuleNotFoundErrorType, "No module named '%s'", name)
		e.AttrDict(true).SetStr("name", Str(name))
		return nil, e
	}
	m := make()
	loadedModules[name] = m
	return m, nil
}
