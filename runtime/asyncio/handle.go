package asyncio

import (
	"fmt"
	"strings"

	"pyasync/runtime"
)

// Handle is a callback scheduled with call_soon (asyncio.Handle): the loop
// runs it once, in its turn, unless it is cancelled first.
//
// A handle calls either a Python callable with args (callback non-nil) or
// a Go function of the module (fn), described in reprs by label.
type Handle struct {
	loop      *Loop
	callback  runtime.Value
	args      []runtime.Value
	fn        func() error
	label     string
	cancelled bool
	timer     *TimerHandle // the TimerHandle embedding this handle, if any
}

// TimerHandle is a Handle that runs at a deadline on the loop's clock
// (asyncio.TimerHandle, from call_later and call_at).
//
// Invariant: index is the handle's position in its loop's timer heap, or
// -1 when it is not scheduled (it fired or was cancelled).
type TimerHandle struct {
	Handle
	when  runtime.Value // the deadline, a number of loop.time() seconds
	key   int64         // when, in nanoseconds: the heap's order
	seq   uint64        // creation order, for equal keys
	index int
}

var (
	handleType      = newType("asyncio.events", "Handle")
	timerHandleType = newType("asyncio.events", "TimerHandle", handleType)
)

// Type implements runtime.Value.
func (*Handle) Type() *runtime.Type { return handleType }

// Type implements runtime.Value.
func (*TimerHandle) Type() *runtime.Type { return timerHandleType }

// Cancel stops the callback from running (a timer leaves its loop's
// heap); a cancelled handle forgets its callback.
func (h *Handle) Cancel() {
	h.cancelled = true
	h.callback, h.args, h.fn = nil, nil, nil
	if h.timer != nil {
		h.loop.unschedule(h.timer)
	}
}

// invoke runs the callback. An exception it raises is reported through
// the loop's exception handler, except KeyboardInterrupt and SystemExit,
// which are returned: they stop the loop.
func (h *Handle) invoke() error {
	var err error
	if h.callback != nil {
		_, err = runtime.Call(h.callback, h.args, nil)
	} else {
		err = h.fn()
	}
	if err == nil || isExit(err) {
		return err
	}
	h.loop.reportError(newErrorContext("Exception in callback "+h.describe(), err, "handle", h.self()))
	return nil
}

// self is the Python object of the handle: the TimerHandle embedding it,
// when it is one.
func (h *Handle) self() runtime.Value {
	if h.timer != nil {
		return h.timer
	}
	return h
}

// describe is the callback as reprs show it: "cb(1) at x.py:3".
func (h *Handle) describe() string {
	if h.callback != nil {
		return formatCallback(h.callback, h.args)
	}
	return h.label + "()"
}

// repr is the handle's repr; when is the deadline of a TimerHandle, nil
// for a Handle.
func (h *Handle) repr(name string, when runtime.Value) (string, error) {
	info := []string{name}
	if h.cancelled {
		info = append(info, "cancelled")
	}
	if when != nil {
		w, err := runtime.ToStr(when)
		if err != nil {
			return "", err
		}
		info = append(info, "when="+w)
	}
	if !h.cancelled {
		info = append(info, h.describe())
	}
	return "<" + strings.Join(info, " ") + ">", nil
}

// asHandle is the Handle of a Handle or TimerHandle object.
func asHandle(v runtime.Value) *Handle {
	if t, ok := v.(*TimerHandle); ok {
		return &t.Handle
	}
	return v.(*Handle)
}

// SourceFunction is implemented by functions written in Python (the
// evaluator's), so that callback reprs can say where they were defined:
// "cb() at x.py:3".
type SourceFunction interface {
	DefinedAt() (file string, line int)
}

// formatCallback renders a callback and its arguments as CPython's
// format_helpers._format_callback_source: "name(arg, …)", followed by
// " at file:line" for a Python function.
func formatCallback(fn runtime.Value, args []runtime.Value) string {
	var b strings.Builder
	b.WriteString(callableName(fn))
	b.WriteByte('(')
	for i, a := range args {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(shortRepr(a))
	}
	b.WriteByte(')')
	if f, ok := fn.(SourceFunction); ok {
		file, line := f.DefinedAt()
		fmt.Fprintf(&b, " at %s:%d", file, line)
	}
	return b.String()
}

// callableName is a callable's __qualname__, else its __name__, else its
// repr.
func callableName(fn runtime.Value) string {
	if b, ok := fn.(*runtime.BuiltinFunction); ok {
		if b.Self != nil {
			return runtime.TypeName(b.Self) + "." + b.Name
		}
		return b.Name
	}
	if name, ok := nameOf(fn); ok {
		return name
	}
	return shortRepr(fn)
}

// nameOf is v's __qualname__, else its __name__, when it has a non-empty
// one.
func nameOf(v runtime.Value) (string, bool) {
	for _, attr := range []string{"__qualname__", "__name__"} {
		if n, ok, err := runtime.GetAttrOpt(v, attr); ok && err == nil {
			if s, ok := n.(runtime.Str); ok && s != "" {
				return string(s), true
			}
		}
	}
	return "", false
}

func init() {
	noInstances(handleType)
	addRepr(handleType, func(self runtime.Value) (string, error) {
		if t, ok := self.(*TimerHandle); ok {
			return t.repr(timerHandleType.Name, t.when)
		}
		return self.(*Handle).repr(handleType.Name, nil)
	})
	handleType.AddMethod("cancel", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("cancel", args, 0, 0); err != nil {
			return nil, err
		}
		asHandle(self).Cancel()
		return runtime.None, nil
	})
	handleType.AddMethod("cancelled", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("cancelled", args, 0, 0); err != nil {
			return nil, err
		}
		return runtime.Bool(asHandle(self).cancelled), nil
	})
	timerHandleType.AddMethod("when", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("when", args, 0, 0); err != nil {
			return nil, err
		}
		return self.(*TimerHandle).when, nil
	})
}
