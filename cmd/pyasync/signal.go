package main

import (
	"os"
	"os/signal"
	"syscall"
)

// exitBySIGINT ends the process the way CPython does after an uncaught
// KeyboardInterrupt: by the SIGINT signal itself, so that the parent sees
// the interruption (a shell reports status 130).
func exitBySIGINT() int {
	flushStdout()
	signal.Reset(os.Interrupt)
	_ = syscall.Kill(os.Getpid(), syscall.SIGINT)
	return 130
}
