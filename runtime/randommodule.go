package runtime

import (
	crand "crypto/rand"
	"crypto/sha512"
	"encoding/binary"
	"math"
	"math/big"
	"math/bits"
	"os"
	"time"
)

// The random module: CPython's Mersenne Twister (MT19937, as in its _random
// C module) and the algorithms of Lib/random.py on top of it, so that a
// program seeded with random.seed(n) draws exactly CPython's numbers.
//
// The methods call each other directly in Go: a Python subclass of
// random.Random that overrides random() or getrandbits() does not change
// what randint(), choice()… draw.

func init() {
	RegisterModule("random", newRandomModule)
}

// Mersenne Twister parameters.
const (
	mtN         = 624
	mtM         = 397
	mtMatrixA   = 0x9908b0df
	mtUpperMask = 0x80000000
	mtLowerMask = 0x7fffffff
)

// mt19937 is the generator's state: 624 words and the index of the next
// word to temper.
type mt19937 struct {
	state [mtN]uint32
	index int
}

func (g *mt19937) initGenrand(s uint32) {
	g.state[0] = s
	for i := 1; i < mtN; i++ {
		prev := g.state[i-1]
		g.state[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	g.index = mtN
}

// initByArray seeds from key (the reference implementation's
// init_by_array, which CPython uses for every seed).
func (g *mt19937) initByArray(key []uint32) {
	g.initGenrand(19650218)
	mt := &g.state
	i, j := 1, 0
	k := max(mtN, len(key))
	for ; k > 0; k-- {
		prev := mt[i-1]
		mt[i] = (mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := mt[i-1]
		mt[i] = (mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
	}
	mt[0] = 0x80000000
}

func mtMag01(y uint32) uint32 { return (y & 1) * mtMatrixA }

// next returns the next 32-bit output (genrand_uint32).
func (g *mt19937) next() uint32 {
	mt := &g.state
	if g.index >= mtN {
		kk := 0
		for ; kk < mtN-mtM; kk++ {
			y := (mt[kk] & mtUpperMask) | (mt[kk+1] & mtLowerMask)
			mt[kk] = mt[kk+mtM] ^ (y >> 1) ^ mtMag01(y)
		}
		for ; kk < mtN-1; kk++ {
			y := (mt[kk] & mtUpperMask) | (mt[kk+1] & mtLowerMask)
			mt[kk] = mt[kk+mtM-mtN] ^ (y >> 1) ^ mtMag01(y)
		}
		y := (mt[mtN-1] & mtUpperMask) | (mt[0] & mtLowerMask)
		mt[mtN-1] = mt[mtM-1] ^ (y >> 1) ^ mtMag01(y)
		g.index = 0
	}
	y := mt[g.index]
	g.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// float returns a float in [0, 1) with 53 random bits (random()).
func (g *mt19937) float() float64 {
	a := g.next() >> 5
	b := g.next() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// seedBig seeds from a non-negative integer: its 32-bit words, least
// significant first (at least one word).
func (g *mt19937) seedBig(n *big.Int) {
	nbits := n.BitLen()
	words := 1
	if nbits > 0 {
		words = (nbits-1)/32 + 1
	}
	buf := n.FillBytes(make([]byte, words*4)) // big-endian
	key := make([]uint32, words)
	for i := range key {
		off := len(buf) - 4*(i+1)
		key[i] = binary.BigEndian.Uint32(buf[off:])
	}
	g.initByArray(key)
}

// seedOS seeds from the operating system's randomness, else from the time
// and the process id.
func (g *mt19937) seedOS() {
	buf := make([]byte, mtN*4)
	key := make([]uint32, mtN)
	if _, err := crand.Read(buf); err == nil {
		for i := range key {
			key[i] = binary.LittleEndian.Uint32(buf[4*i:])
		}
		g.initByArray(key)
		return
	}
	now := time.Now().UnixNano()
	g.initByArray([]uint32{uint32(now), uint32(now >> 32), uint32(os.Getpid())})
}

// bits64 returns k random bits, 0 <= k <= 64, as getrandbits(k) draws them.
func (g *mt19937) bits64(k int) uint64 {
	switch {
	case k == 0:
		return 0
	case k <= 32:
		return uint64(g.next() >> (32 - k))
	}
	lo := uint64(g.next())
	hi := g.next()
	if k < 64 {
		hi >>= 64 - k
	}
	return lo | uint64(hi)<<32
}

// bitsBig returns k random bits as getrandbits(k) does for any k >= 0.
func (g *mt19937) bitsBig(k int) *big.Int {
	if k <= 64 {
		return new(big.Int).SetUint64(g.bits64(k))
	}
	words := (k-1)/32 + 1
	buf := make([]byte, words*4)
	for i := 0; i < words; i++ {
		r := g.next()
		if k < 32 {
			r >>= 32 - k
		}
		binary.BigEndian.PutUint32(buf[len(buf)-4*(i+1):], r)
		k -= 32
	}
	return new(big.Int).SetBytes(buf)
}

// below returns a random int in [0, n), n > 0, by CPython's
// _randbelow_with_getrandbits.
func (g *mt19937) below(n uint64) uint64 {
	k := bits.Len64(n)
	r := g.bits64(k)
	for r >= n {
		r = g.bits64(k)
	}
	return r
}

func (g *mt19937) belowBig(n *big.Int) *big.Int {
	if n.IsUint64() {
		return new(big.Int).SetUint64(g.below(n.Uint64()))
	}
	k := n.BitLen()
	r := g.bitsBig(k)
	for r.Cmp(n) >= 0 {
		r = g.bitsBig(k)
	}
	return r
}

// RandomObject is an instance of random.Random (or of a Python subclass).
type RandomObject struct {
	class     *Type
	dict      *Dict
	gen       mt19937
	gaussNext Value // None or a float
}

// Type implements Value.
func (r *RandomObject) Type() *Type { return r.class }

// AttrDict implements DictHolder.
func (r *RandomObject) AttrDict(create bool) *Dict {
	if r.dict == nil && create {
		r.dict = NewDict()
	}
	return r.dict
}

// RandomType is random.Random.
var RandomType *Type

func newRandomType() *Type {
	ns := NewDict()
	ns.SetStr("__module__", Str("random"))
	t, err := NewClass("Random", nil, ns)
	if err != nil {
		panic(err)
	}
	t.New = func(t *Type, args []Value, kwnames []string) (Value, error) {
		r := &RandomObject{class: t, gaussNext: None}
		r.gen.seedOS()
		return r, nil
	}
	t.Dict.SetStr("VERSION", Int(3))
	for name, fn := range randomMethods {
		fn := fn
		t.AddMethod(name, func(self Value, args []Value, kwnames []string) (Value, error) {
			r, ok := self.(*RandomObject)
			if !ok {
				return nil, NewErrorf(TypeErrorType, "descriptor requires a 'random.Random' object but received '%s'", TypeName(self))
			}
			return fn(r, args, kwnames)
		})
	}
	return t
}

type randomMethod func(r *RandomObject, args []Value, kwnames []string) (Value, error)

// randomMethods are the methods of random.Random; the module's functions
// are the same methods bound to one hidden instance.
var randomMethods map[string]randomMethod

func init() {
	randomMethods = map[string]randomMethod{
		"__init__":       randomInit,
		"seed":           randomSeedMethod,
		"random":         randomRandom,
		"getrandbits":    randomGetrandbits,
		"randrange":      randomRandrange,
		"randint":        randomRandint,
		"choice":         randomChoice,
		"shuffle":        randomShuffle,
		"sample":         randomSample,
		"choices":        randomChoices,
		"uniform":        randomUniform,
		"triangular":     randomTriangular,
		"gauss":          randomGauss,
		"normalvariate":  randomNormalvariate,
		"lognormvariate": randomLognormvariate,
		"expovariate":    randomExpovariate,
		"paretovariate":  randomParetovariate,
		"weibullvariate": randomWeibullvariate,
		"getstate":       randomGetstate,
		"setstate":       randomSetstate,
	}
	RandomType = newRandomType()
}

// randomModuleFuncs are the functions random exports (bound to the
// hidden instance), in CPython's order.
var randomModuleFuncs = []string{
	"seed", "random", "uniform", "triangular", "randint", "choice",
	"randrange", "sample", "shuffle", "choices", "normalvariate",
	"lognormvariate", "expovariate", "gammavariate", "gauss",
	"paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits",
}

func newRandomModule() *Module {
	m := NewModule("random")
	inst := &RandomObject{class: RandomType, gaussNext: None}
	inst.gen.seedOS()
	m.Dict.SetStr("Random", RandomType)
	for _, name := range randomModuleFuncs {
		fn, ok := randomMethods[name]
		if !ok {
			continue
		}
		m.Dict.SetStr(name, &BuiltinFunction{Name: name, Self: inst, Fn: func(args []Value, kwnames []string) (Value, error) {
			return fn(inst, args, kwnames)
		}})
	}
	m.Dict.SetStr("NV_MAGICCONST", Float(randomNVMagic))
	m.Dict.SetStr("TWOPI", Float(2*math.Pi))
	m.Dict.SetStr("LOG4", Float(rndLog(4.0)))
	m.Dict.SetStr("SG_MAGICCONST", Float(1.0+rndLog(4.5)))
	m.Dict.SetStr("BPF", Int(53))
	m.Dict.SetStr("RECIP_BPF", Float(1.0/9007199254740992.0))
	return m
}

var randomNVMagic = 4 * rndExp(-0.5) / math.Sqrt(2.0)

// randomPositional fails when more than max positional arguments were given
// to a function whose other parameters are keyword-only, with CPython's
// message for a Python-level method.
func randomPositional(fname string, args []Value, kwnames []string, min, max int) error {
	n := len(args) - len(kwnames)
	if n <= max {
		return nil
	}
	given := "were"
	if n == 1 {
		given = "was"
	}
	if min == max {
		return NewErrorf(TypeErrorType, "Random.%s() takes %d positional arguments but %d %s given", fname, max+1, n+1, given)
	}
	return NewErrorf(TypeErrorType, "Random.%s() takes from %d to %d positional arguments but %d %s given", fname, min+1, max+1, n+1, given)
}

func randomInit(r *RandomObject, args []Value, kwnames []string) (Value, error) {
	a, err := Args("Random", args, kwnames, 0, "x")
	if err != nil {
		return nil, err
	}
	if err := r.seed(a[0], nil); err != nil {
		return nil, err
	}
	return None, nil
}

func randomSeedMethod(r *RandomObject, args []Value, kwnames []string) (Value, error) {
	a, err := Args("seed", args, kwnames, 0, "a", "version")
	if err != nil {
		return nil, err
	}
	if err := r.seed(a[0], a[1]); err != nil {
		return nil, err
	}
	return None, nil
}

// seed is Random.seed(a, version) (version nil means 2).
func (r *RandomObject) seed(a, version Value) error {
	v2 := true
	if version != nil {
		eq, err := Equal(version, Int(2))
		if err != nil {
			return err
		}
		v2 = eq
	}
	r.gaussNext = None
	switch x := a.(type) {
	case nil, NoneType:
		r.gen.seedOS()
		return nil
	case Int, *BigInt, Bool:
		n, _ := AsBig(x)
		r.gen.seedBig(n.Abs(n))
		return nil
	case Str:
		if v2 {
			data := []byte(string(x))
			sum := sha512.Sum512(data)
			r.gen.seedBig(new(big.Int).SetBytes(append(data, sum[:]...)))
			return nil
		}
		// Version 1 string seeding.
		runes := []rune(string(x))
		var h uint64
		if len(runes) > 0 {
			h = uint64(runes[0]) << 7
		}
		for _, c := range runes {
			h = (1000003 * h) ^ uint64(c)
		}
		h ^= uint64(len(runes))
		r.gen.seedBig(new(big.Int).SetUint64(h))
		return nil
	case Float:
		// The C seed hashes what is not an int and uses the hash as an
		// unsigned word.
		r.gen.seedBig(new(big.Int).SetUint64(uint64(randomFloatHash(float64(x)))))
		return nil
	}
	return NewError(TypeErrorType, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
}

// randomFloatHash is CPython's hash() of a float (the numeric hash modulo
// 2**61 - 1); NaN, whose hash CPython takes from its identity, hashes to 0.
func randomFloatHash(f float64) int64 {
	const hashBits = 61
	const modulus = (uint64(1) << hashBits) - 1
	switch {
	case math.IsInf(f, 1):
		return 314159
	case math.IsInf(f, -1):
		return -314159
	case math.IsNaN(f):
		return 0
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & modulus) | x>>(hashBits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= modulus {
			x -= modulus
		}
	}
	if e >= 0 {
		e %= hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & modulus) | x>>(hashBits-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

func randomRandom(r *RandomObject, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("random", kwnames); err != nil {
		return nil, err
	}
	if err := ArgCount("random", args, 0, 0); err != nil {
		return nil, err
	}
	return Float(r.gen.float()), nil
}

func randomGetrandbits(r *RandomObject, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("getrandbits", kwnames); err != nil {
		return nil, err
	}
	if err := CheckPositional("getrandbits", args, 1, 1); err != nil {
		return nil, err
	}
	if _, isFloat := args[0].(Float); isFloat {
		return nil, NewError(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	k, err := asSsize(args[0])
	if err != nil {
		return nil, err
	}
	if k < 0 {
		return nil, NewError(ValueErrorType, "number of bits must be non-negative")
	}
	if k <= 63 {
		return Int(int64(r.gen.bits64(k))), nil
	}
	return MakeBigInt(r.gen.bitsBig(k)), nil
}

// randbelow returns a random int in [0, n), n > 0, as a Python int.
func (r *RandomObject) randbelow(n int) Value {
	return Int(int64(r.gen.below(uint64(n))))
}

// randrangeArg converts an argument of randrange() to an int as
// operator.index does, accepting integral floats as CPython 3.11 still
// does (it also warns, which pyasync does not).
func randrangeArg(v Value, what string) (*big.Int, error) {
	n, err := IndexOf(v)
	if err == nil {
		b, _ := AsBig(n)
		return b, nil
	}
	if e, ok := err.(*Exception); !ok || !e.Class.IsSubtype(TypeErrorType) {
		return nil, err
	}
	iv, err := IntOf(v)
	if err != nil {
		return nil, err
	}
	eq, err := Equal(iv, v)
	if err != nil {
		return nil, err
	}
	if !eq {
		return nil, NewErrorf(ValueErrorType, "non-integer %s for randrange()", what)
	}
	b, _ := AsBig(iv)
	return b, nil
}

// randomFloorDiv is Python's a // b for b != 0.
func randomFloorDiv(a, b *big.Int) *big.Int {
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && m.Sign() != b.Sign() {
		q.Sub(q, big.NewInt(1))
	}
	return q
}

func randomRandrange(r *RandomObject, args []Value, kwnames []string) (Value, error) {
	a, err := Args("randrange", args, kwnames, 1, "start", "stop", "step")
	if err != nil {
		return nil, err
	}
	return r.randrange(a[0], a[1], a[2])
}

// randrange is Random.randrange(start, stop, step); stop and step are nil
// when not given.
func (r *RandomObject) randrange(start, stop, step Value) (Value, error) {
	istart, err := randrangeArg(start, "arg 1")
	if err != nil {
		return nil, err
	}
	if stop == nil || stop == None {
		if step != nil {
			if n, ok := step.(Int); !ok || n != 1 {
				return nil, NewError(TypeErrorType, "Missing a non-None stop argument")
			}
		}
		if istart.Sign() > 0 {
			return MakeBigInt(r.gen.belowBig(istart)), nil
		}
		return nil, NewError(ValueErrorType, "empty range for randrange()")
	}
	istop, err := randrangeArg(stop, "stop")
	if err != nil {
		return nil, err
	}
	width := new(big.Int).Sub(istop, istart)
	istep := big.NewInt(1)
	if step != nil {
		if istep, err = randrangeArg(step, "step"); err != nil {
			return nil, err
		}
	}
	if istep.IsInt64() && istep.Int64() == 1 {
		if width.Sign() > 0 {
			return MakeBigInt(new(big.Int).Add(istart, r.gen.belowBig(width))), nil
		}
		return nil, NewErrorf(ValueErrorType, "empty range for randrange() (%s, %s, %s)", istart, istop, width)
	}
	var n *big.Int
	switch istep.Sign() {
	case 1:
		n = randomFloorDiv(new(big.Int).Sub(new(big.Int).Add(width, istep), big.NewInt(1)), istep)
	case -1:
		n = randomFloorDiv(new(big.Int).Add(new(big.Int).Add(width, istep), big.NewInt(1)), istep)
	default:
		return nil, NewError(ValueErrorType, "zero step for randrange()")
	}
	if n.Sign() <= 0 {
		return nil, NewError(ValueErrorType, "empty range for randrange()")
	}
	off := new(big.Int).Mul(istep, r.gen.belowBig(n))
	return MakeBigInt(off.Add(off, istart)), nil
}

func randomRandint(r *RandomObject, args []Value, kwnames []string) (Value, error) {
	a, err := Args("randint", args, kwnames, 2, "a", "b")
	if err != nil {
		return nil, err
	}
	stop, err := Binary(OpAdd, a[1], Int(1))
	if err != nil {
		return nil, err
	}
	return r.randrange(a[0], stop, nil)
}

func randomChoice(r *RandomObject, args []Value, kwnames []string) (Value, error) {
	a, err := Args("choice", args, kwnames, 1, "seq")
	if err != nil {
		return nil, err
	}
	n, err := Len(a[0])
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, NewError(IndexErrorType, "Cannot choose from an empty sequence")
	}
	return GetItem(a[0], r.randbelow(n))
}

func randomShuffle(r *RandomObject, args []Value, kwnames []string) (Value, error) {
	a, err := Args("shuffle", args, kwnames, 1, "x")
	if err != nil {
		return nil, err
	}
	x := a[0]
	n, err := Len(x)
	if err != nil {
		return nil, err
	}
	if l, ok := x.(*List); ok {
		for i := n - 1; i >= 1; i-- {
			j := int(r.gen.below(uint64(i + 1)))
			if i >= len(l.Elems) || j >= len(l.Elems) {
				return nil, NewError(IndexErrorType, "list index out of range")
			}
			l.Elems[i], l.Elems[j] = l.Elems[j], l.Elems[i]
		}
		return None, nil
	}
	for i := n - 1; i >= 1; i-- {
		j := Int(int64(r.gen.below(uint64(i + 1))))
		xj, err := GetItem(x, j)
		if err != nil {
			return nil, err
		}
		xi, err := GetItem(x, Int(i))
		if err != nil {
			return nil, err
		}
		if err := SetItem(x, Int(i), xj); err != nil {
			return nil, err
		}
		if err := SetItem(x, j, xi); err != nil {
			return nil, err
		}
	}
	return None, nil
}

// randomIsSequence reports whether v counts as a collections.abc.Sequence.
func randomIsSequence(v Value) bool {
	switch v.(type) {
	case *List, Tuple, Str, *Range:
		return true
	}
	return false
}

func randomSample(r *RandomObject, args []Value, kwnames []string) (Value, error) {
	if err := randomPositional("sample", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	a, err := Args("sample", args, kwnames, 0, "population", "k", "counts")
	if err != nil {
		return nil, err
	}
	if a[0] == nil {
		return nil, NewError(TypeErrorType, "Random.sample() missing 2 required positional arguments: 'population' and 'k'")
	}
	if a[1] == nil {
		return nil, NewError(TypeErrorType, "Random.sample() missing 1 required positional argument: 'k'")
	}
	population, kv := a[0], a[1]
	if !randomIsSequence(population) {
		return nil, NewError(TypeErrorType, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	n, err := Len(population)
	if err != nil {
		return nil, err
	}
	if counts := a[2]; counts != nil && counts != None {
		return r.sampleCounts(population, n, counts, kv)
	}
	ok, err := CompareBool(CmpLe, Int(0), kv)
	if err != nil {
		return nil, err
	}
	if ok {
		ok, err = CompareBool(CmpLe, kv, Int(n))
		if err != nil {
			return nil, err
		}
	}
	if !ok {
		return nil, NewError(ValueErrorType, "Sample larger than population or is negative")
	}
	k, err := asSsize(kv)
	if err != nil {
		return nil, err
	}
	result := make([]Value, k)
	setsize := 21
	if k > 5 {
		setsize += int(math.Pow(4, math.Ceil(rndLog(float64(k*3))/rndLog(4))))
	}
	if n <= setsize {
		pool, err := ToSlice(population)
		if err != nil {
			return nil, err
		}
		pool = append([]Value(nil), pool...)
		for i := 0; i < k; i++ {
			j := int(r.gen.below(uint64(n - i)))
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
		return NewList(result), nil
	}
	selected := make(map[uint64]bool, k)
	for i := 0; i < k; i++ {
		j := r.gen.below(uint64(n))
		for selected[j] {
			j = r.gen.below(uint64(n))
		}
		selected[j] = true
		item, err := GetItem(population, Int(int64(j)))
		if err != nil {
			return nil, err
		}
		result[i] = item
	}
	return NewList(result), nil
}

// sampleCounts is sample(population, k, counts=counts).
func (r *RandomObject) sampleCounts(population Value, n int, counts, k Value) (Value, error) {
	cum, err := randomAccumulate(counts)
	if err != nil {
		return nil, err
	}
	if len(cum) != n {
		return nil, NewError(ValueErrorType, "The number of counts does not match the population")
	}
	total := cum[len(cum)-1]
	cum = cum[:len(cum)-1]
	if !isIntLike(total) {
		return nil, NewError(TypeErrorType, "Counts must be integers")
	}
	if ok, err := CompareBool(CmpLe, total, Int(0)); err != nil {
		return nil, err
	} else if ok {
		return nil, NewError(ValueErrorType, "Total of counts must be greater than zero")
	}
	tn, err := asSsize(total)
	if err != nil {
		return nil, err
	}
	sel, err := randomSample(r, []Value{&Range{Start: 0, Stop: int64(tn), Step: 1}, k}, nil)
	if err != nil {
		return nil, err
	}
	out := sel.(*List).Elems
	for i, s := range out {
		idx, err := randomBisectRight(cum, s, 0, len(cum))
		if err != nil {
			return nil, err
		}
		if out[i], err = GetItem(population, Int(int64(idx))); err != nil {
			return nil, err
		}
	}
	return NewList(out), nil
}

// randomAccumulate is list(itertools.randomAccumulate(v)).
func randomAccumulate(v Value) ([]Value, error) {
	items, err := ToSlice(v)
	if err != nil {
		return nil, err
	}
	out := make([]Value, len(items))
	var acc Value
	for i, x := range items {
		if i == 0 {
			acc = x
		} else if acc, err = Binary(OpAdd, acc, x); err != nil {
			return nil, err
		}
		out[i] = acc
	}
	return out, nil
}

// randomBisectRight is bisect.bisect_right(a, x, lo, hi).
func randomBisectRight(a []Value, x Value, lo, hi int) (int, error) {
	for lo < hi {
		mid := (lo + hi) / 2
		less, err := CompareBool(CmpLt, x, a[mid])
		if err != nil {
			return 0, err
		}
		if less {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

func randomChoices(r *RandomObject, args []Value, kwnames []string) (Value, error) {
	if err := randomPositional("choices", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	a, err := Args("choices", args, kwnames, 0, "population", "weights", "cum_weights", "k")
	if err != nil {
		return nil, err
	}
	if a[0] == nil {
		return nil, NewError(TypeErrorType, "Random.choices() missing 1 required positional argument: 'population'")
	}
	population := a[0]
	weights, cumWeights := a[1], a[2]
	if weights == nil {
		weights = None
	}
	if cumWeights == nil {
		cumWeights = None
	}
	kv := a[3]
	if kv == nil {
		kv = Int(1)
	}
	n, err := Len(population)
	if err != nil {
		return nil, err
	}
	// range(k) accepts what k may be: an int (a float fails as in
	// _repeat(None, k)).
	var k int
	if _, isFloat := kv.(Float); isFloat {
		return nil, NewError(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	if k, err = asSsize(kv); err != nil {
		return nil, err
	}
	k = max(k, 0)
	out := make([]Value, 0, k)
	var cum []Value
	if cumWeights == None {
		if weights == None {
			fn := float64(n)
			for i := 0; i < k; i++ {
				idx, err := FloatToInt(math.Floor(r.gen.float() * fn))
				if err != nil {
					return nil, err
				}
				item, err := GetItem(population, idx)
				if err != nil {
					return nil, err
				}
				out = append(out, item)
			}
			return NewList(out), nil
		}
		cum, err = randomAccumulate(weights)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class.IsSubtype(TypeErrorType) && isIntLike(weights) {
				s, rerr := Repr(weights)
				if rerr != nil {
					return nil, rerr
				}
				e2 := NewErrorf(TypeErrorType, "The number of choices must be a keyword argument: k=%s", s)
				e2.SuppressContext = true
				return nil, e2
			}
			return nil, err
		}
	} else if weights != None {
		return nil, NewError(TypeErrorType, "Cannot specify both weights and cumulative weights")
	} else {
		if _, err := Len(cumWeights); err != nil {
			return nil, err
		}
		if cum, err = ToSlice(cumWeights); err != nil {
			return nil, err
		}
	}
	if len(cum) != n {
		return nil, NewError(ValueErrorType, "The number of weights does not match the population")
	}
	if n == 0 {
		return nil, NewError(IndexErrorType, "list index out of range")
	}
	totalV, err := Binary(OpAdd, cum[len(cum)-1], Float(0))
	if err != nil {
		return nil, err
	}
	tf, ok := totalV.(Float)
	if !ok {
		if tf2, err := toFloat(totalV); err == nil {
			tf = Float(tf2)
		} else {
			return nil, err
		}
	}
	total := float64(tf)
	if total <= 0.0 {
		return nil, NewError(ValueErrorType, "Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return nil, NewError(ValueErrorType, "Total of weights must be finite")
	}
	hi := n - 1
	for i := 0; i < k; i++ {
		idx, err := randomBisectRight(cum, Float(r.gen.float()*total), 0, hi)
		if err != nil {
			return nil, err
		}
		item, err := GetItem(population, Int(int64(idx)))
		if err != nil {
			return nil, err
		}
		out = append(out, item)
	}
	return NewList(out), nil
}

func randomUniform(r *RandomObject, args []Value, kwnames []string) (Value, error) {
	a, err := Args("uniform", args, kwnames, 2, "a", "b")
	if err != nil {
		return nil, err
	}
	d, err := Binary(OpSub, a[1], a[0])
	if err != nil {
		return nil, err
	}
	p, err := Binary(OpMul, d, Float(r.gen.float()))
	if err != nil {
		return nil, err
	}
	return Binary(OpAdd, a[0], p)
}

// randomFloatArgs converts the optional float arguments of a distribution,
// with their defaults where not given.
func randomFloatArgs(fname string, args []Value, kwnames []string, required int, names []string, defaults ...float64) ([]float64, error) {
	a, err := Args(fname, args, kwnames, required, names...)
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(a))
	for i, v := range a {
		if v == nil {
			out[i] = defaults[i-required]
			continue
		}
		if !isNumber(v) {
			return nil, NewErrorf(TypeErrorType, "must be real number, not %s", TypeName(v))
		}
		if out[i], err = toFloat(v); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func randomTriangular(r *RandomObject, args []Value, kwnames []string) (Value, error) {
	a, err := Args("triangular", args, kwnames, 0, "low", "high", "mode")
	if err != nil {
		return nil, err
	}
	low, high := Value(Float(0.0)), Value(Float(1.0))
	if a[0] != nil {
		low = a[0]
	}
	if a[1] != nil {
		high = a[1]
	}
	u := r.gen.float()
	var c float64
	if a[2] == nil || a[2] == None {
		c = 0.5
	} else {
		num, err := Binary(OpSub, a[2], low)
		if err != nil {
			return nil, err
		}
		den, err := Binary(OpSub, high, low)
		if err != nil {
			return nil, err
		}
		q, err := Binary(OpDiv, num, den)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class.IsSubtype(ZeroDivisionErrorType) {
				return low, nil
			}
			return nil, err
		}
		if c, err = toFloat(q); err != nil {
			return nil, err
		}
	}
	if u > c {
		u = 1.0 - u
		c = 1.0 - c
		low, high = high, low
	}
	d, err := Binary(OpSub, high, low)
	if err != nil {
		return nil, err
	}
	p, err := Binary(OpMul, d, Float(math.Sqrt(u*c)))
	if err != nil {
		return nil, err
	}
	return Binary(OpAdd, low, p)
}

func randomGauss(r *RandomObject, args []Value, kwnames []string) (Value, error) {
	f, err := randomFloatArgs("gauss", args, kwnames, 0, []string{"mu", "sigma"}, 0.0, 1.0)
	if err != nil {
		return nil, err
	}
	var z float64
	if g, ok := r.gaussNext.(Float); ok {
		z = float64(g)
		r.gaussNext = None
	} else {
		x2pi := r.gen.float() * (2 * math.Pi)
		g2rad := math.Sqrt(-2.0 * rndLog(1.0-r.gen.float()))
		sin, cos := rndSinCos(x2pi)
		z = cos * g2rad
		r.gaussNext = Float(sin * g2rad)
	}
	return Float(f[0] + z*f[1]), nil
}

func (r *RandomObject) normal(mu, sigma float64) float64 {
	var z float64
	for {
		u1 := r.gen.float()
		u2 := 1.0 - r.gen.float()
		z = randomNVMagic * (u1 - 0.5) / u2
		zz := z * z / 4.0
		if zz <= -rndLog(u2) {
			break
		}
	}
	return mu + z*sigma
}

func randomNormalvariate(r *RandomObject, args []Value, kwnames []string) (Value, error) {
	f, err := randomFloatArgs("normalvariate", args, kwnames, 0, []string{"mu", "sigma"}, 0.0, 1.0)
	if err != nil {
		return nil, err
	}
	return Float(r.normal(f[0], f[1])), nil
}

func randomLognormvariate(r *RandomObject, args []Value, kwnames []string) (Value, error) {
	f, err := randomFloatArgs("lognormvariate", args, kwnames, 2, []string{"mu", "sigma"})
	if err != nil {
		return nil, err
	}
	return Float(rndExp(r.normal(f[0], f[1]))), nil
}

func randomExpovariate(r *RandomObject, args []Value, kwnames []string) (Value, error) {
	f, err := randomFloatArgs("expovariate", args, kwnames, 1, []string{"lambd"})
	if err != nil {
		return nil, err
	}
	if f[0] == 0 {
		return nil, NewError(ZeroDivisionErrorType, "float division by zero")
	}
	return Float(-rndLog(1.0-r.gen.float()) / f[0]), nil
}

func randomParetovariate(r *RandomObject, args []Value, kwnames []string) (Value, error) {
	f, err := randomFloatArgs("paretovariate", args, kwnames, 1, []string{"alpha"})
	if err != nil {
		return nil, err
	}
	if f[0] == 0 {
		return nil, NewError(ZeroDivisionErrorType, "float division by zero")
	}
	u := 1.0 - r.gen.float()
	return Float(rndPow(u, -1.0/f[0])), nil
}

func randomWeibullvariate(r *RandomObject, args []Value, kwnames []string) (Value, error) {
	f, err := randomFloatArgs("weibullvariate", args, kwnames, 2, []string{"alpha", "beta"})
	if err != nil {
		return nil, err
	}
	if f[1] == 0 {
		return nil, NewError(ZeroDivisionErrorType, "float division by zero")
	}
	u := 1.0 - r.gen.float()
	return Float(f[0] * rndPow(-rndLog(u), 1.0/f[1])), nil
}

// getstate returns (3, the 624 words and the index, gauss_next).
func randomGetstate(r *RandomObject, args []Value, kwnames []string) (Value, error) {
	if err := ArgCount("getstate", args, 0, 0); err != nil {
		return nil, err
	}
	words := make(Tuple, mtN+1)
	for i, w := range r.gen.state {
		words[i] = Int(int64(w))
	}
	words[mtN] = Int(int64(r.gen.index))
	return Tuple{Int(3), words, r.gaussNext}, nil
}

func randomSetstate(r *RandomObject, args []Value, kwnames []string) (Value, error) {
	if err := ArgCount("setstate", args, 1, 1); err != nil {
		return nil, err
	}
	state, ok := args[0].(Tuple)
	if !ok || len(state) != 3 {
		return nil, NewError(TypeErrorType, "state must be a tuple of (version, internalstate, gauss_next)")
	}
	if v, ok := state[0].(Int); !ok || v != 3 {
		s, err := Repr(state[0])
		if err != nil {
			return nil, err
		}
		return nil, NewErrorf(ValueErrorType, "state with version %s passed to Random.setstate() of version 3", s)
	}
	words, ok := state[1].(Tuple)
	if !ok {
		return nil, NewError(TypeErrorType, "state vector must be a tuple")
	}
	if len(words) != mtN+1 {
		return nil, NewError(ValueErrorType, "state vector is the wrong size")
	}
	var st [mtN]uint32
	for i := 0; i < mtN; i++ {
		w, ok := words[i].(Int)
		if !ok || w < 0 || w > math.MaxUint32 {
			return nil, NewError(OverflowErrorType, "Python int too large to convert to C unsigned long")
		}
		st[i] = uint32(w)
	}
	idx, ok := words[mtN].(Int)
	if !ok || idx < 0 || idx > mtN {
		return nil, NewError(ValueErrorType, "invalid state")
	}
	r.gen.state = st
	r.gen.index = int(idx)
	r.gaussNext = state[2]
	return None, nil
}

// Correctly rounded elementary functions. The C library CPython calls
// (glibc's log, exp, sin, cos, pow) rounds these to nearest nearly
// always, where Go's math package may be one unit in the last place off;
// computing them in 160-bit precision and rounding once reproduces
// CPython's floats for gauss(), normalvariate() and the other
// distributions.

const rndPrec = 160

func rndBig(x float64) *big.Float { return new(big.Float).SetPrec(rndPrec).SetFloat64(x) }

func rndBigInt(n int64) *big.Float { return new(big.Float).SetPrec(rndPrec).SetInt64(n) }

// rndAtanh is atanh(t) for small |t|, by its series t + t³/3 + t⁵/5 …
func rndAtanh(t *big.Float) *big.Float {
	sum := new(big.Float).SetPrec(rndPrec).Set(t)
	t2 := new(big.Float).SetPrec(rndPrec).Mul(t, t)
	pow := new(big.Float).SetPrec(rndPrec).Set(t)
	for n := int64(3); n < 400; n += 2 {
		pow.Mul(pow, t2)
		term := new(big.Float).SetPrec(rndPrec).Quo(pow, rndBigInt(n))
		if term.Sign() == 0 || term.MantExp(nil)-sum.MantExp(nil) < -rndPrec-8 {
			break
		}
		sum.Add(sum, term)
	}
	return sum
}

var rndLn2 = func() *big.Float {
	third := new(big.Float).SetPrec(rndPrec).Quo(rndBigInt(1), rndBigInt(3))
	return new(big.Float).SetPrec(rndPrec).Mul(rndBigInt(2), rndAtanh(third))
}()

var rndPi, _, _ = big.ParseFloat("3.14159265358979323846264338327950288419716939937510582097494459230781640628620899863", 10, rndPrec, big.ToNearestEven)

// rndLogBig is log(x) for x > 0.
func rndLogBig(x *big.Float) *big.Float {
	m := new(big.Float).SetPrec(rndPrec)
	e := x.MantExp(m) // x = m·2^e, m in [0.5, 1)
	num := new(big.Float).SetPrec(rndPrec).Sub(m, rndBigInt(1))
	den := new(big.Float).SetPrec(rndPrec).Add(m, rndBigInt(1))
	t := num.Quo(num, den)
	r := new(big.Float).SetPrec(rndPrec).Mul(rndBigInt(2), rndAtanh(t))
	return r.Add(r, new(big.Float).SetPrec(rndPrec).Mul(rndBigInt(int64(e)), rndLn2))
}

// rndExpBig is exp(x) for moderate x.
func rndExpBig(x *big.Float) *big.Float {
	kf := new(big.Float).SetPrec(rndPrec).Quo(x, rndLn2)
	kf64, _ := kf.Float64()
	k := int64(math.Round(kf64))
	r := new(big.Float).SetPrec(rndPrec).Sub(x, new(big.Float).SetPrec(rndPrec).Mul(rndBigInt(k), rndLn2))
	const halvings = 10
	r.SetMantExp(r, -halvings)
	sum := rndBigInt(1)
	term := rndBigInt(1)
	for n := int64(1); n < 200; n++ {
		term.Mul(term, r)
		term.Quo(term, rndBigInt(n))
		if term.Sign() == 0 || term.MantExp(nil) < -rndPrec-8 {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < halvings; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

func rndLog(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 0) {
		return math.Log(x)
	}
	f, _ := rndLogBig(rndBig(x)).Float64()
	return f
}

func rndExp(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > 700 {
		return math.Exp(x)
	}
	f, _ := rndExpBig(rndBig(x)).Float64()
	return f
}

// rndPow is x**y for x > 0 (the only case the distributions need).
func rndPow(x, y float64) float64 {
	if !(x > 0) || math.IsInf(x, 0) || math.IsNaN(y) || math.IsInf(y, 0) || x == 1 || y == 0 {
		return math.Pow(x, y)
	}
	l := rndLogBig(rndBig(x))
	l.Mul(l, rndBig(y))
	if lf, _ := l.Float64(); math.Abs(lf) > 700 {
		return math.Pow(x, y)
	}
	f, _ := rndExpBig(l).Float64()
	return f
}

// rndSinCos returns sin(x) and cos(x) for moderate |x|.
func rndSinCos(x float64) (float64, float64) {
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > 1e6 {
		return math.Sin(x), math.Cos(x)
	}
	bx := rndBig(x)
	halfPi := new(big.Float).SetPrec(rndPrec).Quo(rndPi, rndBigInt(2))
	qf, _ := new(big.Float).SetPrec(rndPrec).Quo(bx, halfPi).Float64()
	q := int64(math.Round(qf))
	r := new(big.Float).SetPrec(rndPrec).Sub(bx, new(big.Float).SetPrec(rndPrec).Mul(rndBigInt(q), halfPi))
	r2 := new(big.Float).SetPrec(rndPrec).Mul(r, r)
	// sin r = r - r³/3! + …, cos r = 1 - r²/2! + …
	s := new(big.Float).SetPrec(rndPrec).Set(r)
	c := rndBigInt(1)
	ts := new(big.Float).SetPrec(rndPrec).Set(r)
	tc := rndBigInt(1)
	for n := int64(1); n < 100; n++ {
		ts.Mul(ts, r2)
		ts.Quo(ts, rndBigInt((2*n)*(2*n+1)))
		ts.Neg(ts)
		tc.Mul(tc, r2)
		tc.Quo(tc, rndBigInt((2*n-1)*(2*n)))
		tc.Neg(tc)
		s.Add(s, ts)
		c.Add(c, tc)
		if tc.Sign() == 0 || tc.MantExp(nil) < -rndPrec-8 {
			break
		}
	}
	switch ((q % 4) + 4) % 4 {
	case 1:
		s, c = c, s.Neg(s)
	case 2:
		s, c = s.Neg(s), c.Neg(c)
	case 3:
		s, c = c.Neg(c), s
	}
	sf, _ := s.Float64()
	cf, _ := c.Float64()
	return sf, cf
}
