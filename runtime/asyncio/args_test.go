package asyncio

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"pyasync/runtime"
)

func TestSignatureMessagesAreCPythons(t *testing.T) {
	sleepLike := signature{name: "sleep", params: []string{"delay", "result"}, required: 1}
	method := signature{name: "Queue.put_nowait", method: true, params: []string{"item"}, required: 1}
	kwOnly := signature{name: "create_task", params: []string{"coro"}, required: 1, kwonly: []string{"name"}}
	one := runtime.Int(1)
	for _, tc := range []struct {
		sig     signature
		args    []runtime.Value
		kwnames []string
		want    string
	}{
		{sleepLike, nil, nil, "sleep() missing 1 required positional argument: 'delay'"},
		{sleepLike, []runtime.Value{one, one, one}, nil, "sleep() takes from 1 to 2 positional arguments but 3 were given"},
		{sleepLike, []runtime.Value{one}, []string{"x"}, "sleep() got an unexpected keyword argument 'x'"},
		{sleepLike, []runtime.Value{one, one}, []string{"delay"}, "sleep() got multiple values for argument 'delay'"},
		{method, nil, nil, "Queue.put_nowait() missing 1 required positional argument: 'item'"},
		{method, []runtime.Value{one, one}, nil, "Queue.put_nowait() takes 2 positional arguments but 3 were given"},
		{kwOnly, []runtime.Value{one, one}, nil, "create_task() takes 1 positional argument but 2 were given"},
		{signature{name: "f", params: []string{"a", "b", "c"}, required: 3}, nil, nil, "f() missing 3 required positional arguments: 'a', 'b', and 'c'"},
	} {
		_, _, err := tc.sig.bind(tc.args, tc.kwnames)
		require.Error(t, err, tc.want)
		assert.Equal(t, "TypeError: "+tc.want, err.Error())
	}
	vals, rest, err := (&signature{name: "g", varargs: true, kwonly: []string{"flag"}}).bind([]runtime.Value{one, one, runtime.True}, []string{"flag"})
	require.NoError(t, err)
	assert.Equal(t, []runtime.Value{runtime.True}, vals)
	assert.Equal(t, []runtime.Value{one, one}, rest)
}
