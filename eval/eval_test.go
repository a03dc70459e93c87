package eval

import (
	goruntime "runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"pyasync/runtime"
)

// global runs src in a fresh interpreter and returns a global's value.
func global(t *testing.T, src, name string) runtime.Value {
	t.Helper()
	in := New()
	require.NoError(t, in.Run("<test>", "<test>", []byte(src)))
	v, ok := in.Main.Dict.GetStr(name)
	require.True(t, ok, "global %s", name)
	return v
}

func TestSuspendedCoroutinesAreHeapDataNotGoroutines(t *testing.T) {
	before := goruntime.NumGoroutine()
	coros := global(t, `
class Suspend:
    def __await__(self):
        yield "paused"

async def worker(i):
    await Suspend()
    return i

coros = [worker(i) for i in range(10000)]
`, "coros").(*runtime.List)
	for _, c := range coros.Elems {
		v, done, err := c.(runtime.Coroutine).Send(runtime.None)
		require.NoError(t, err)
		require.False(t, done)
		require.Equal(t, runtime.Str("paused"), v)
	}
	assert.Equal(t, before, goruntime.NumGoroutine(), "suspending must not start goroutines")
	for i, c := range coros.Elems {
		v, done, err := c.(runtime.Coroutine).Send(runtime.None)
		require.NoError(t, err)
		require.True(t, done)
		require.Equal(t, runtime.Int(i), v)
	}
}

func TestGeneratorProtocolFromGo(t *testing.T) {
	g := global(t, `
def gen():
    try:
        x = yield 1
        yield x * 2
    except ValueError:
        yield "caught"
    return "end"

g = gen()
`, "g").(*Generator)
	v, done, err := g.Send(runtime.None)
	require.NoError(t, err)
	assert.Equal(t, runtime.Int(1), v)
	assert.False(t, done)

	v, done, err = g.Send(runtime.Int(21))
	require.NoError(t, err)
	assert.Equal(t, runtime.Int(42), v)
	assert.False(t, done)

	v, done, err = g.Throw(runtime.NewError(runtime.ValueErrorType, "x"))
	require.NoError(t, err)
	assert.Equal(t, runtime.Str("caught"), v)
	assert.False(t, done)

	v, done, err = g.Send(runtime.None)
	require.NoError(t, err)
	assert.Equal(t, runtime.Str("end"), v)
	assert.True(t, done)

	_, done, err = g.Send(runtime.None)
	require.NoError(t, err)
	assert.True(t, done, "a finished generator stays finished")
}

func TestCloseRunsFinally(t *testing.T) {
	in := New()
	require.NoError(t, in.Run("<test>", "<test>", []byte(`
log = []
def gen():
    try:
        yield 1
    finally:
        log.append("closed")
g = gen()
next(g)
`)))
	g, _ := in.Main.Dict.GetStr("g")
	require.NoError(t, g.(*Generator).Close())
	log, _ := in.Main.Dict.GetStr("log")
	assert.Equal(t, []runtime.Value{runtime.Str("closed")}, log.(*runtime.List).Elems)
}

func TestRunReportsPythonExceptions(t *testing.T) {
	err := New().Run("<test>", "<test>", []byte("def f():\n    raise KeyError('k')\nf()\n"))
	e, ok := err.(*runtime.Exception)
	require.True(t, ok, "errors are Python exceptions: %v", err)
	assert.True(t, e.IsInstanceOf(runtime.KeyErrorType))
	var lines []int
	for tb := e.Traceback; tb != nil; tb = tb.Next {
		lines = append(lines, tb.Line)
	}
	assert.Equal(t, []int{3, 2}, lines, "one traceback entry per frame, outermost first")
}

func TestCompileErrorsAreSyntaxErrors(t *testing.T) {
	err := New().Run("x.py", "/abs/x.py", []byte("async def f():\n    yield 1\n    return 2\n"))
	e, ok := err.(*runtime.Exception)
	require.True(t, ok)
	assert.True(t, e.IsInstanceOf(runtime.SyntaxErrorType))
	filename, _ := e.Dict.GetStr("filename")
	lineno, _ := e.Dict.GetStr("lineno")
	assert.Equal(t, runtime.Str("/abs/x.py"), filename)
	assert.Equal(t, runtime.Int(3), lineno)
}

func TestRecursionLimitIsAnException(t *testing.T) {
	err := New().Run("<test>", "<test>", []byte("def f(n):\n    return f(n + 1)\nf(0)\n"))
	e, ok := err.(*runtime.Exception)
	require.True(t, ok)
	assert.True(t, e.IsInstanceOf(runtime.RecursionErrorType))
}
