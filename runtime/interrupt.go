package runtime

import "sync/atomic"

// interrupted is set when SIGINT arrives; the evaluator polls it.
var interrupted atomic.Bool

// InterruptWake receives a value when SIGINT arrives, so that an event
// loop waiting on the real clock wakes up at once.
var InterruptWake = make(chan struct{}, 1)

// Interrupt records a SIGINT (Ctrl-C). It is safe to call from any
// goroutine.
func Interrupt() {
	interrupted.Store(true)
	select {
	case InterruptWake <- struct{}{}:
	default:
	}
}

// interruptHandler, when set, handles SIGINT instead of the default
// behaviour (raising KeyboardInterrupt), as a Python handler installed with
// signal.signal(SIGINT, handler) does; asyncio.run installs one.
var interruptHandler func() error

// SetInterruptHandler installs h as the SIGINT handler (nil restores the
// default) and returns the previous one. Only the interpreter's goroutine
// may call it.
func SetInterruptHandler(h func() error) (previous func() error) {
	previous, interruptHandler = interruptHandler, h
	return previous
}

// CheckInterrupt handles a SIGINT received since the last call, once: it
// runs the installed handler and returns its error, or by default returns
// a KeyboardInterrupt.
func CheckInterrupt() error {
	if interrupted.Load() && interrupted.CompareAndSwap(true, false) {
		if h := interruptHandler; h != nil {
			return h()
		}
		return NewException(KeyboardInterruptType)
	}
	return nil
}
