package asyncio

import (
	"slices"
	"strings"

	"pyasync/runtime"
)

// newErrorContext makes the context dict of call_exception_handler: the
// message, the exception (nil for none) and more key, value pairs.
func newErrorContext(message string, exc error, kv ...any) *runtime.Dict {
	d := runtime.NewDict()
	d.SetStr("message", runtime.Str(message))
	if e, ok := exc.(*runtime.Exception); ok {
		d.SetStr("exception", e)
	}
	for i := 0; i < len(kv); i += 2 {
		d.SetStr(kv[i].(string), kv[i+1].(runtime.Value))
	}
	return d
}

// reportError passes an error context to the loop's exception handler
// (loop.call_exception_handler): the one set by set_exception_handler, or
// the default handler, which logs it to stderr.
func (l *Loop) reportError(ctx *runtime.Dict) {
	if l.handler == nil {
		defaultExceptionHandler(ctx)
		return
	}
	if _, err := runtime.Call(l.handler, []runtime.Value{l, ctx}, nil); err != nil {
		if isExit(err) {
			return
		}
		defaultExceptionHandler(newErrorContext("Unhandled error in exception handler", err, "context", ctx))
	}
}

// defaultExceptionHandler logs an error context as CPython's
// loop.default_exception_handler does through the logging module's last
// resort handler: the message, the other entries sorted by key as
// "key: repr", then the exception's traceback.
func defaultExceptionHandler(ctx *runtime.Dict) {
	message := "Unhandled exception in event loop"
	if m, ok := ctx.GetStr("message"); ok {
		if s, err := runtime.ToStr(m); err == nil && s != "" {
			message = s
		}
	}
	lines := []string{message}
	keys := ctx.Keys()
	slices.SortFunc(keys, func(a, b runtime.Value) int { return strings.Compare(keyString(a), keyString(b)) })
	for _, k := range keys {
		key := keyString(k)
		if key == "message" || key == "exception" {
			continue
		}
		v, _, _ := ctx.Get(k)
		lines = append(lines, key+": "+fullRepr(v))
	}
	out := strings.Join(lines, "\n") + "\n"
	if v, ok := ctx.GetStr("exception"); ok {
		if e, ok := v.(*runtime.Exception); ok {
			out += runtime.FormatException(e)
		}
	}
	runtime.WriteStderr(out)
}

func keyString(k runtime.Value) string {
	if s, ok := k.(runtime.Str); ok {
		return string(s)
	}
	return fullRepr(k)
}
