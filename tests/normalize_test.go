package tests

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNormalize(t *testing.T) {
	prog := normalizer{Dir: "/work/main/tests/programs/async", UserFiles: []string{"x.py"}}
	tests := []struct {
		name string
		n    normalizer
		in   string
		want string
	}{
		{
			name: "empty",
			n:    prog,
			in:   "",
			want: "",
		},
		{
			name: "warnings are kept verbatim",
			n:    prog,
			in: "x.py:5: RuntimeWarning: coroutine 'f' was never awaited\n" +
				"  f()\n" +
				"RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
			want: "x.py:5: RuntimeWarning: coroutine 'f' was never awaited\n" +
				"  f()\n" +
				"RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
		},
		{
			name: "absolute program path and caret lines",
			n:    prog,
			in: "Traceback (most recent call last):\n" +
				"  File \"/work/main/tests/programs/async/x.py\", line 3, in <module>\n" +
				"    print(1 / 0)\n" +
				"          ~~^~~\n" +
				"ZeroDivisionError: division by zero\n",
			want: "Traceback (most recent call last):\n" +
				"  File \"x.py\", line 3, in <module>\n" +
				"    print(1 / 0)\n" +
				"ZeroDivisionError: division by zero\n",
		},
		{
			name: "library frames with source and markers are dropped",
			n:    prog,
			in: "Traceback (most recent call last):\n" +
				"  File \"x.py\", line 9, in <module>\n" +
				"    asyncio.run(main())\n" +
				"  File \"/usr/lib/python3.11/asyncio/runners.py\", line 190, in run\n" +
				"    return runner.run(main)\n" +
				"           ^^^^^^^^^^^^^^^^\n" +
				"  File \"/usr/lib/python3.11/asyncio/base_events.py\", line 653, in run_until_complete\n" +
				"    return future.result()\n" +
				"           ^^^^^^^^^^^^^^^\n" +
				"  File \"x.py\", line 6, in main\n" +
				"    await anext(g)\n" +
				"StopAsyncIteration\n",
			want: "Traceback (most recent call last):\n" +
				"  File \"x.py\", line 9, in <module>\n" +
				"    asyncio.run(main())\n" +
				"  File \"x.py\", line 6, in main\n" +
				"    await anext(g)\n" +
				"StopAsyncIteration\n",
		},
		{
			name: "frozen frame without source line",
			n:    prog,
			in: "Traceback (most recent call last):\n" +
				"  File \"<frozen runpy>\", line 198, in _run_module_as_main\n" +
				"  File \"x.py\", line 1, in <module>\n" +
				"    raise KeyboardInterrupt\n" +
				"KeyboardInterrupt\n",
			want: "Traceback (most recent call last):\n" +
				"  File \"x.py\", line 1, in <module>\n" +
				"    raise KeyboardInterrupt\n" +
				"KeyboardInterrupt\n",
		},
		{
			name: "syntax error",
			n:    prog,
			in: "  File \"/work/main/tests/programs/async/x.py\", line 2\n" +
				"    async for i in g():\n" +
				"    ^^^^^^^^^^^^^^^^^^^\n" +
				"SyntaxError: 'async for' outside async function\n",
			want: "  File \"x.py\", line 2\n" +
				"    async for i in g():\n" +
				"SyntaxError: 'async for' outside async function\n",
		},
		{
			name: "chained, repeated lines and blank lines are kept",
			n:    prog,
			in: "TypeError: object int can't be used in 'await' expression\n" +
				"\n" +
				"The above exception was the direct cause of the following exception:\n" +
				"\n" +
				"Traceback (most recent call last):\n" +
				"  File \"x.py\", line 2, in f\n" +
				"    return f()\n" +
				"           ^^^\n" +
				"  [Previous line repeated 996 more times]\n" +
				"RecursionError: maximum recursion depth exceeded\n",
			want: "TypeError: object int can't be used in 'await' expression\n" +
				"\n" +
				"The above exception was the direct cause of the following exception:\n" +
				"\n" +
				"Traceback (most recent call last):\n" +
				"  File \"x.py\", line 2, in f\n" +
				"    return f()\n" +
				"  [Previous line repeated 996 more times]\n" +
				"RecursionError: maximum recursion depth exceeded\n",
		},
		{
			name: "a line with carets among other text is kept",
			n:    prog,
			in:   "ValueError: a ^ b ~ c\n  ^ \n",
			want: "ValueError: a ^ b ~ c\n",
		},
		{
			name: "no trailing newline",
			n:    prog,
			in:   "sys:1: RuntimeWarning: coroutine 'f' was never awaited",
			want: "sys:1: RuntimeWarning: coroutine 'f' was never awaited",
		},
		{
			name: "encoding error names the program's path",
			n:    prog,
			in:   "SyntaxError: Non-UTF-8 code starting with '\\xff' in file /work/main/tests/programs/async/x.py on line 1, but no encoding declared\n",
			want: "SyntaxError: Non-UTF-8 code starting with '\\xff' in file x.py on line 1, but no encoding declared\n",
		},
		{
			name: "-c frames are kept when <string> is a user file",
			n:    normalizer{Dir: "/d", UserFiles: []string{"<string>"}},
			in: "Traceback (most recent call last):\n" +
				"  File \"<string>\", line 1, in <module>\n" +
				"ZeroDivisionError: division by zero\n",
			want: "Traceback (most recent call last):\n" +
				"  File \"<string>\", line 1, in <module>\n" +
				"ZeroDivisionError: division by zero\n",
		},
		{
			name: "can't open file",
			n:    normalizer{Dir: "/d/cli", InterpreterName: "pyasync"},
			in:   "/root/.pyenv/versions/3.11.7/bin/python3: can't open file '/d/cli/nope.py': [Errno 2] No such file or directory\n",
			want: "pyasync: can't open file 'nope.py': [Errno 2] No such file or directory\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.n.Normalize(tc.in))
		})
	}
}
