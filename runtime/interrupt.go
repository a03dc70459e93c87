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

// CheckInterrupt returns a KeyboardInterrupt, once, after Interrupt.
func CheckInterrupt() error {
	if interrupted.Load() && interrupted.CompareAndSwap(true, false) {
		return NewException(KeyboardInterruptType)
	}
	return nil
}
