package asyncio

import "pyasync/runtime"

// The module's exception classes, in the modules CPython defines them in
// (tracebacks print "asyncio.exceptions.CancelledError").
var (
	CancelledErrorType    = newType("asyncio.exceptions", "CancelledError", runtime.BaseExceptionType)
	InvalidStateErrorType = newType("asyncio.exceptions", "InvalidStateError", runtime.ExceptionType)
	QueueEmptyType        = newType("asyncio.queues", "QueueEmpty", runtime.ExceptionType)
	QueueFullType         = newType("asyncio.queues", "QueueFull", runtime.ExceptionType)
)

func newInvalidStateError(msg string) *runtime.Exception {
	return runtime.NewError(InvalidStateErrorType, msg)
}

func isCancelledError(err error) bool {
	e, ok := err.(*runtime.Exception)
	return ok && e.IsInstanceOf(CancelledErrorType)
}

// isExit reports whether err is a KeyboardInterrupt or SystemExit: the
// exceptions that escape the event loop instead of being reported.
// A Go error that is not a Python exception is an internal failure: it
// escapes too.
func isExit(err error) bool {
	e, ok := err.(*runtime.Exception)
	if !ok {
		return err != nil
	}
	return e.IsInstanceOf(runtime.KeyboardInterruptType) || e.IsInstanceOf(runtime.SystemExitType)
}
