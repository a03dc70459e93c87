package main

import (
	"os"
	"os/signal"
	"syscall"

	"pyasync/runtime"
)

// catchSIGINT turns Ctrl-C into a KeyboardInterrupt raised in the running
// Python code (or in the event loop's wait).
func catchSIGINT() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt)
	go func() {
		for range ch {
			runtime.Interrupt()
		}
	}()
}

// exitBySIGINT ends the process the way CPython does after an uncaught
// KeyboardInterrupt: by the SIGINT signal itself, so that the parent sees
// the interruption (a shell reports status 130).
func exitBySIGINT() int {
	flushStdout()
	signal.Reset(os.Interrupt)
	_ = syscall.Kill(os.Getpid(), syscall.SIGINT)
	return 130
}
