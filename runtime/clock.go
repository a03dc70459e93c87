package runtime

import (
	"math"
	"time"
)

// Clock is the time source of time.time(), time.monotonic(),
// time.perf_counter() and the event loop. With a virtual clock, time only
// moves when the event loop (or time.sleep) advances it, so sleeps take no
// real time while every reading stays consistent.
type Clock struct {
	start   time.Time
	virtual bool
	offset  time.Duration // virtual time elapsed
}

// TheClock is the process's clock; SetVirtualTime switches it before the
// program runs.
var TheClock = &Clock{start: time.Now()}

// SetVirtualTime makes the clock virtual.
func (c *Clock) SetVirtualTime() { c.virtual = true }

// Virtual reports whether the clock is virtual.
func (c *Clock) Virtual() bool { return c.virtual }

// Monotonic returns seconds since the clock started.
func (c *Clock) Monotonic() float64 {
	if c.virtual {
		return c.offset.Seconds()
	}
	return time.Since(c.start).Seconds()
}

// Wall returns the Unix time in seconds.
func (c *Clock) Wall() float64 {
	if c.virtual {
		return float64(c.start.Add(c.offset).UnixNano()) / 1e9
	}
	return float64(time.Now().UnixNano()) / 1e9
}

// Sleep waits d seconds: really, or by advancing a virtual clock.
func (c *Clock) Sleep(d float64) {
	if d <= 0 {
		return
	}
	dur := time.Duration(d * float64(time.Second))
	if c.virtual {
		c.offset += dur
		return
	}
	time.Sleep(dur)
}

// AdvanceTo moves a virtual clock forward to monotonic time t (no effect
// on a real clock or when t is in the past).
func (c *Clock) AdvanceTo(t float64) {
	if !c.virtual {
		return
	}
	if d := time.Duration(math.Round(t * float64(time.Second))); d > c.offset {
		c.offset = d
	}
}
