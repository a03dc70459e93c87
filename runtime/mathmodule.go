package runtime

import (
	"math"
	"math/big"
	"sync"
)

// The math module. Like CPython's, its transcendental functions give the
// float nearest to the exact result (CPython relies on glibc's correctly
// rounded exp, log, pow, sin…); Go's math package is only faithful, so
// they are computed here with big.Float at extra precision and rounded
// once.

func init() {
	RegisterModule("math", newMathModule)
}

// mathFloat converts an argument as PyFloat_AsDouble does.
func mathFloat(v Value) (float64, error) {
	switch x := v.(type) {
	case Float:
		return float64(x), nil
	case Int, *BigInt, Bool:
		return intToFloat(x)
	}
	if t := v.Type(); t.user && (t.Lookup("__float__") != nil || t.Lookup("__index__") != nil) {
		f, err := FloatOf(v)
		if err != nil {
			return 0, err
		}
		return float64(f.(Float)), nil
	}
	return 0, NewErrorf(TypeErrorType, "must be real number, not %s", TypeName(v))
}

func mathDomainError() error { return NewError(ValueErrorType, "math domain error") }
func mathRangeError() error  { return NewError(OverflowErrorType, "math range error") }

// math1 applies f as CPython's math_1 does: a NaN from a non-NaN is a
// domain error, an infinity from a finite argument an OverflowError when
// canOverflow, else a domain error.
func math1(x float64, f func(float64) float64, canOverflow bool) (Value, error) {
	r := f(x)
	if math.IsNaN(r) && !math.IsNaN(x) {
		return nil, mathDomainError()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if canOverflow {
			return nil, mathRangeError()
		}
		return nil, mathDomainError()
	}
	return Float(r), nil
}

// ---- correctly rounded elementary functions on big.Float ----

const mathPrec = 160

var (
	bigConstOnce sync.Once
	bigLn2       *big.Float
	bigLn10      *big.Float
	bigPi        *big.Float // 1400 bits, enough to reduce any float64 mod pi/2
)

func bigConsts() {
	bigConstOnce.Do(func() {
		bigLn2 = lnSeries(new(big.Float).SetPrec(mathPrec+64).SetInt64(2), mathPrec+64)
		bigPi = machinPi(1400)
		bigLn10 = lnBig(new(big.Float).SetPrec(mathPrec+64).SetInt64(10), mathPrec+64)
	})
}

// atanInv returns atan(1/n) at precision prec.
func atanInv(n int64, prec uint) *big.Float {
	sum := new(big.Float).SetPrec(prec)
	pow := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), new(big.Float).SetPrec(prec).SetInt64(n))
	n2 := new(big.Float).SetPrec(prec).SetInt64(n * n)
	term := new(big.Float).SetPrec(prec)
	for k := int64(0); ; k++ {
		term.Quo(pow, new(big.Float).SetPrec(prec).SetInt64(2*k+1))
		if k%2 == 0 {
			sum.Add(sum, term)
		} else {
			sum.Sub(sum, term)
		}
		if term.Sign() == 0 || sum.MantExp(nil)-term.MantExp(nil) > int(prec)+8 {
			return sum
		}
		pow.Quo(pow, n2)
	}
}

func machinPi(prec uint) *big.Float {
	a := atanInv(5, prec+16)
	b := atanInv(239, prec+16)
	a.Mul(a, big.NewFloat(4))
	a.Sub(a, b)
	return a.Mul(a, big.NewFloat(4))
}

// lnSeries returns ln(z) for z near 1 as 2*atanh((z-1)/(z+1)).
func lnSeries(z *big.Float, prec uint) *big.Float {
	// ln z = 2 * sum t^(2k+1)/(2k+1), t = (z-1)/(z+1)
	one := big.NewFloat(1)
	t := new(big.Float).SetPrec(prec).Sub(z, one)
	d := new(big.Float).SetPrec(prec).Add(z, one)
	t.Quo(t, d)
	if t.Sign() == 0 {
		return new(big.Float).SetPrec(prec)
	}
	t2 := new(big.Float).SetPrec(prec).Mul(t, t)
	sum := new(big.Float).SetPrec(prec)
	pow := new(big.Float).SetPrec(prec).Set(t)
	term := new(big.Float).SetPrec(prec)
	for k := int64(0); ; k++ {
		term.Quo(pow, new(big.Float).SetPrec(prec).SetInt64(2*k+1))
		sum.Add(sum, term)
		if sum.MantExp(nil)-term.MantExp(nil) > int(prec)+8 {
			break
		}
		pow.Mul(pow, t2)
	}
	return sum.Mul(sum, big.NewFloat(2))
}

// lnBig returns ln(z) for z > 0.
func lnBig(z *big.Float, prec uint) *big.Float {
	m := new(big.Float).SetPrec(prec)
	e := z.MantExp(m) // z = m * 2**e, 0.5 <= m < 1
	if m.Cmp(big.NewFloat(math.Sqrt2/2)) < 0 {
		m.SetMantExp(m, 1)
		e--
	}
	r := lnSeries(m, prec)
	if e != 0 {
		if bigLn2 == nil {
			bigConsts()
		}
		k := new(big.Float).SetPrec(prec).SetInt64(int64(e))
		r.Add(r, k.Mul(k, bigLn2))
	}
	return r
}

// expBig returns exp(z) for a moderate z (|z| < 2**20).
func expBig(z *big.Float, prec uint) *big.Float {
	bigConsts()
	// z = k*ln2 + r
	q := new(big.Float).SetPrec(prec).Quo(z, bigLn2)
	qf, _ := q.Float64()
	k := math.Round(qf)
	r := new(big.Float).SetPrec(prec+32).Mul(new(big.Float).SetPrec(prec+32).SetFloat64(k), bigLn2)
	r.Sub(z, r)
	const halvings = 8
	r.SetMantExp(r, -halvings)
	sum := new(big.Float).SetPrec(prec).SetInt64(1)
	term := new(big.Float).SetPrec(prec).SetInt64(1)
	for n := int64(1); ; n++ {
		term.Mul(term, r)
		term.Quo(term, new(big.Float).SetPrec(prec).SetInt64(n))
		sum.Add(sum, term)
		if term.Sign() == 0 || sum.MantExp(nil)-term.MantExp(nil) > int(prec)+8 {
			break
		}
	}
	for i := 0; i < halvings; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// sinCosSeries returns sin(r) (cos false) or cos(r) for |r| <= pi/4.
func sinCosSeries(r *big.Float, prec uint, cos bool) *big.Float {
	r2 := new(big.Float).SetPrec(prec).Mul(r, r)
	term := new(big.Float).SetPrec(prec)
	n := int64(1)
	if cos {
		term.SetInt64(1)
		n = 0
	} else {
		term.Set(r)
	}
	sum := new(big.Float).SetPrec(prec).Set(term)
	if term.Sign() == 0 {
		return sum
	}
	for {
		term.Mul(term, r2)
		term.Quo(term, new(big.Float).SetPrec(prec).SetInt64((n+1)*(n+2)))
		term.Neg(term)
		n += 2
		sum.Add(sum, term)
		if term.Sign() == 0 || sum.MantExp(nil)-term.MantExp(nil) > int(prec)+8 {
			return sum
		}
	}
}

// trigBig computes sin (which 0), cos (1) or tan (2) of a finite x.
func trigBig(x float64, which int) float64 {
	if x == 0 && which != 1 {
		return x
	}
	bigConsts()
	_, e := math.Frexp(x)
	prec := uint(mathPrec + max(e, 0))
	z := new(big.Float).SetPrec(prec).SetFloat64(x)
	halfPi := new(big.Float).SetPrec(prec).SetMantExp(bigPi, -1)
	q := new(big.Float).SetPrec(prec).Quo(z, halfPi)
	// k = round(q)
	qi, _ := new(big.Float).SetPrec(prec).Add(q, big.NewFloat(0.5)).Int(nil)
	fl := new(big.Float).SetPrec(prec).SetInt(qi)
	if fl.Cmp(new(big.Float).SetPrec(prec).Add(q, big.NewFloat(0.5))) > 0 {
		qi.Sub(qi, big.NewInt(1)) // Int truncates toward zero: make it a floor
	}
	r := new(big.Float).SetPrec(prec).Mul(new(big.Float).SetPrec(prec).SetInt(qi), halfPi)
	r.Sub(z, r)
	r.SetPrec(mathPrec)
	quad := new(big.Int).And(qi, big.NewInt(3)).Int64()
	s := func() *big.Float { return sinCosSeries(r, mathPrec, false) }
	c := func() *big.Float { return sinCosSeries(r, mathPrec, true) }
	var res *big.Float
	switch which {
	case 0:
		switch quad {
		case 0:
			res = s()
		case 1:
			res = c()
		case 2:
			res = s().Neg(s())
		default:
			res = c().Neg(c())
		}
	case 1:
		switch quad {
		case 0:
			res = c()
		case 1:
			res = s().Neg(s())
		case 2:
			res = c().Neg(c())
		default:
			res = s()
		}
	default:
		sv, cv := s(), c()
		if quad%2 == 0 {
			res = sv.Quo(sv, cv)
		} else {
			res = cv.Quo(cv, sv)
			res.Neg(res)
		}
	}
	f, _ := res.Float64()
	return f
}

// atanBig returns atan(z).
func atanBig(z *big.Float, prec uint) *big.Float {
	bigConsts()
	neg := z.Sign() < 0
	z = new(big.Float).SetPrec(prec).Abs(z)
	one := big.NewFloat(1)
	inv := z.Cmp(one) > 0
	if inv {
		z.Quo(new(big.Float).SetPrec(prec).SetInt64(1), z)
	}
	// atan z = 2 atan(z / (1 + sqrt(1 + z^2)))
	halvings := 0
	for z.Sign() != 0 && z.MantExp(nil) > -8 {
		t := new(big.Float).SetPrec(prec).Mul(z, z)
		t.Add(t, one)
		t.Sqrt(t)
		t.Add(t, one)
		z.Quo(z, t)
		halvings++
	}
	z2 := new(big.Float).SetPrec(prec).Mul(z, z)
	sum := new(big.Float).SetPrec(prec).Set(z)
	pow := new(big.Float).SetPrec(prec).Set(z)
	term := new(big.Float).SetPrec(prec)
	for k := int64(1); z.Sign() != 0; k++ {
		pow.Mul(pow, z2)
		pow.Neg(pow)
		term.Quo(pow, new(big.Float).SetPrec(prec).SetInt64(2*k+1))
		sum.Add(sum, term)
		if term.Sign() == 0 || sum.MantExp(nil)-term.MantExp(nil) > int(prec)+8 {
			break
		}
	}
	sum.SetMantExp(sum, halvings)
	if inv {
		hp := new(big.Float).SetPrec(prec).SetMantExp(bigPi, -1)
		sum.Sub(hp, sum)
	}
	if neg {
		sum.Neg(sum)
	}
	return sum
}

func bigOf(x float64) *big.Float { return new(big.Float).SetPrec(mathPrec).SetFloat64(x) }

func roundBig(z *big.Float) float64 {
	f, _ := z.Float64()
	return f
}

func crExp(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x > 710:
		return math.Inf(1)
	case x < -746:
		return 0
	case x == 0:
		return 1
	}
	return roundBig(expBig(bigOf(x), mathPrec))
}

// crLog computes ln, log2 (base 2) or log10 (base 10) with C's special
// values (NaN for negatives, -inf for zero).
func crLog(x float64, base int) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x == 0:
		return math.Inf(-1)
	case x < 0:
		return math.NaN()
	case x == 1:
		return 0
	}
	bigConsts()
	r := lnBig(bigOf(x), mathPrec)
	switch base {
	case 2:
		r.Quo(r, bigLn2)
	case 10:
		r.Quo(r, bigLn10)
	}
	return roundBig(r)
}

// glibcLog10 is glibc's (fdlibm's) log10 over the correctly rounded log,
// which is what CPython calls: it is not correctly rounded itself.
func glibcLog10(x float64) float64 {
	const (
		two54     = 1.80143985094819840000e+16
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x == 0:
		return math.Inf(-1)
	case x < 0:
		return math.NaN()
	}
	k := 0
	bits := math.Float64bits(x)
	hx := int32(bits >> 32)
	if hx < 0x00100000 {
		k -= 54
		x *= two54
		bits = math.Float64bits(x)
		hx = int32(bits >> 32)
	}
	k += int(hx>>20) - 1023
	i := 0
	if k < 0 {
		i = 1
	}
	hx = (hx & 0x000fffff) | int32((0x3ff-i)<<20)
	y := float64(k + i)
	x = math.Float64frombits(uint64(uint32(hx))<<32 | bits&0xffffffff)
	z := float64(y*log10_2lo) + float64(ivln10*crLog(x, 0))
	return z + float64(y*log10_2hi)
}

func crTrig(which int) func(float64) float64 {
	return func(x float64) float64 {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			if math.IsInf(x, 0) {
				return math.NaN()
			}
			return x
		}
		return trigBig(x, which)
	}
}

func crAtan2(y, x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case math.IsInf(y, 0):
		if math.IsInf(x, 0) {
			if !math.Signbit(x) {
				return math.Copysign(0.25*math.Pi, y)
			}
			return math.Copysign(0.75*math.Pi, y)
		}
		return math.Copysign(0.5*math.Pi, y)
	case math.IsInf(x, 0) || y == 0:
		if !math.Signbit(x) {
			return math.Copysign(0, y)
		}
		return math.Copysign(math.Pi, y)
	case x == 0:
		return math.Copysign(0.5*math.Pi, y)
	}
	bigConsts()
	q := new(big.Float).SetPrec(mathPrec).Quo(bigOf(y), bigOf(x))
	a := atanBig(q, mathPrec)
	if x < 0 {
		if y > 0 {
			a.Add(a, bigPi)
		} else {
			a.Sub(a, bigPi)
		}
	}
	return roundBig(a)
}

func crAtan(x float64) float64 {
	switch {
	case math.IsNaN(x) || x == 0:
		return x
	case math.IsInf(x, 0):
		return math.Copysign(0.5*math.Pi, x)
	}
	return roundBig(atanBig(bigOf(x), mathPrec))
}

// crAsinAcos is asin(x), or acos(x) when acos.
func crAsinAcos(x float64, acos bool) float64 {
	switch {
	case math.IsNaN(x) || math.Abs(x) > 1:
		return math.NaN()
	case x == 0 && !acos:
		return x
	case x == 0:
		return 0.5 * math.Pi
	}
	bigConsts()
	z := new(big.Float).SetPrec(2 * mathPrec).SetFloat64(x)
	t := new(big.Float).SetPrec(2*mathPrec).Mul(z, z) // exact
	t.Sub(big.NewFloat(1), t)
	t.Sqrt(t)
	var a *big.Float
	if !acos {
		if t.Sign() == 0 {
			return math.Copysign(0.5*math.Pi, x)
		}
		a = atanBig(z.Quo(z, t), mathPrec)
	} else {
		if t.Sign() == 0 {
			if x > 0 {
				return 0
			}
			return math.Pi
		}
		a = atanBig(t.Quo(t, z), mathPrec)
		if x < 0 {
			a.Add(a, bigPi)
		}
	}
	return roundBig(a)
}

// crHyp is sinh (which 0), cosh (1) or tanh (2).
func crHyp(x float64, which int) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case which == 1 && math.IsInf(x, 0):
		return math.Inf(1)
	case which == 0 && (math.IsInf(x, 0) || math.Abs(x) > 711):
		return math.Copysign(math.Inf(1), x)
	case which == 1 && math.Abs(x) > 711:
		return math.Inf(1)
	case which == 2 && math.Abs(x) > 40:
		return math.Copysign(1, x)
	case which != 1 && math.Abs(x) < 0x1p-30:
		return x
	}
	ep := expBig(bigOf(x), mathPrec)
	en := new(big.Float).SetPrec(mathPrec).Quo(big.NewFloat(1), ep)
	switch which {
	case 0:
		ep.Sub(ep, en)
		return roundBig(ep.SetMantExp(ep, -1))
	case 1:
		ep.Add(ep, en)
		return roundBig(ep.SetMantExp(ep, -1))
	}
	num := new(big.Float).SetPrec(mathPrec).Sub(ep, en)
	return roundBig(num.Quo(num, ep.Add(ep, en)))
}

// crPow is pow(x, y) for finite x and y: NaN for a negative x with a
// non-integer y, +-inf for zero to a negative power.
func crPow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case x == 0:
		odd := math.Mod(math.Abs(y), 2) == 1
		if y < 0 {
			if odd {
				return math.Copysign(math.Inf(1), x)
			}
			return math.Inf(1)
		}
		if odd {
			return x
		}
		return 0
	}
	neg := false
	isInt := y == math.Trunc(y)
	if x < 0 {
		if !isInt {
			return math.NaN()
		}
		neg = math.Mod(math.Abs(y), 2) == 1
		x = -x
	}
	var r float64
	if isInt && math.Abs(y) <= 2048 {
		// exact: x = m * 2**e with an integer m
		mant, e := math.Frexp(x)
		m := int64(mant * (1 << 53))
		e -= 53
		n := int64(math.Abs(y))
		p := new(big.Int).Exp(big.NewInt(m), big.NewInt(n), nil)
		z := new(big.Float).SetInt(p) // exact
		if y > 0 {
			r = roundBig(z.SetMantExp(z, e*int(n)))
		} else {
			q := new(big.Float).SetPrec(mathPrec).Quo(big.NewFloat(1), z)
			r = roundBig(q.SetMantExp(q, -e*int(n)))
		}
	} else {
		l := lnBig(bigOf(x), mathPrec+32)
		l.Mul(l, new(big.Float).SetPrec(mathPrec+32).SetFloat64(y))
		lf, _ := l.Float64()
		switch {
		case lf > 710:
			r = math.Inf(1)
		case lf < -746:
			r = 0
		default:
			r = roundBig(expBig(l, mathPrec+32))
		}
	}
	if neg {
		r = -r
	}
	return r
}

// mathPow is math.pow(x, y) with CPython's special cases and errors.
func mathPow(x, y float64) (float64, error) {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) {
		switch {
		case math.IsNaN(x):
			if y == 0 {
				return 1, nil
			}
			return x, nil
		case math.IsNaN(y):
			if x == 1 {
				return 1, nil
			}
			return y, nil
		case math.IsInf(x, 0):
			oddY := !math.IsInf(y, 0) && math.Mod(math.Abs(y), 2) == 1
			switch {
			case y > 0:
				if oddY {
					return x, nil
				}
				return math.Abs(x), nil
			case y == 0:
				return 1, nil
			}
			if oddY {
				return math.Copysign(0, x), nil
			}
			return 0, nil
		}
		// y infinite
		switch ax := math.Abs(x); {
		case ax == 1:
			return 1, nil
		case y > 0 && ax > 1:
			return y, nil
		case y < 0 && ax < 1:
			return -y, nil
		}
		return 0, nil
	}
	r := crPow(x, y)
	if math.IsNaN(r) {
		return 0, mathDomainError()
	}
	if math.IsInf(r, 0) {
		if x == 0 {
			return 0, mathDomainError()
		}
		return 0, mathRangeError()
	}
	return r, nil
}

// ---- hypot and fsum, ported from CPython's mathmodule.c ----

func vectorNorm(vec []float64, max float64, foundNaN bool) float64 {
	if math.IsInf(max, 0) {
		return max
	}
	if foundNaN {
		return math.NaN()
	}
	if max == 0 || len(vec) <= 1 {
		return max
	}
	_, maxE := math.Frexp(max)
	if maxE < -1023 {
		const dblMin = 2.2250738585072014e-308
		for i := range vec {
			vec[i] /= dblMin
		}
		return dblMin * vectorNorm(vec, max/dblMin, foundNaN)
	}
	scale := math.Ldexp(1, -maxE)
	csum, frac1, frac2 := 1.0, 0.0, 0.0
	for _, x := range vec {
		x *= scale
		hi, lo := dlMul(x, x)
		s, sl := dlFastSum(csum, hi)
		csum = s
		frac1 += lo
		frac2 += sl
	}
	h := math.Sqrt(csum - 1.0 + (frac1 + frac2))
	hi, lo := dlMul(-h, h)
	s, sl := dlFastSum(csum, hi)
	csum = s
	frac1 += lo
	frac2 += sl
	x := csum - 1.0 + (frac1 + frac2)
	h += x / (2.0 * h)
	return h / scale
}

func dlFastSum(a, b float64) (float64, float64) {
	x := a + b
	return x, (a - x) + b
}

func dlMul(x, y float64) (float64, float64) {
	t := x * y
	return t, math.FMA(x, y, -t)
}

func mathFsum(it Iterator) (Value, error) {
	var p []float64
	specialSum, infSum := 0.0, 0.0
	for {
		item, ok, err := it.Next()
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		x, err := mathFloat(item)
		if err != nil {
			return nil, err
		}
		xsave := x
		i := 0
		for _, y := range p {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				p[i] = lo
				i++
			}
			x = hi
		}
		p = p[:i]
		if x != 0 {
			if math.IsInf(x, 0) || math.IsNaN(x) {
				if !math.IsInf(xsave, 0) && !math.IsNaN(xsave) {
					return nil, NewError(OverflowErrorType, "intermediate overflow in fsum")
				}
				if math.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				p = p[:0]
			} else {
				p = append(p, x)
			}
		}
	}
	if specialSum != 0 {
		if math.IsNaN(infSum) {
			return nil, NewError(ValueErrorType, "-inf + inf in fsum")
		}
		return Float(specialSum), nil
	}
	hi, lo := 0.0, 0.0
	n := len(p)
	if n > 0 {
		n--
		hi = p[n]
		for n > 0 {
			x := hi
			n--
			y := p[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		if n > 0 && ((lo < 0 && p[n-1] < 0) || (lo > 0 && p[n-1] > 0)) {
			y := lo * 2
			x := hi + y
			yr := x - hi
			if y == yr {
				hi = x
			}
		}
	}
	return Float(hi), nil
}

// ---- integer functions ----

func mathIndexBig(v Value) (*big.Int, error) {
	n, err := IndexOf(v)
	if err != nil {
		return nil, err
	}
	b, _ := AsBig(n)
	return b, nil
}

var maxInt64Big = big.NewInt(math.MaxInt64)

func mathFactorial(v Value) (Value, error) {
	n, err := mathIndexBig(v)
	if err != nil {
		return nil, err
	}
	if n.Cmp(maxInt64Big) > 0 {
		return nil, NewError(OverflowErrorType, "factorial() argument should not exceed 9223372036854775807")
	}
	if n.Sign() < 0 {
		return nil, NewError(ValueErrorType, "factorial() not defined for negative values")
	}
	if n.Int64() < 2 {
		return Int(1), nil
	}
	return MakeBigInt(new(big.Int).MulRange(1, n.Int64())), nil
}

// mathCombPerm is comb(n, k) (comb true) or perm(n, k).
func mathCombPerm(nv, kv Value, comb bool) (Value, error) {
	n, err := mathIndexBig(nv)
	if err != nil {
		return nil, err
	}
	k, err := mathIndexBig(kv)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, NewError(ValueErrorType, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, NewError(ValueErrorType, "k must be a non-negative integer")
	}
	if k.Cmp(n) > 0 {
		return Int(0), nil
	}
	if comb {
		if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
			k = nk
		}
		if k.Cmp(maxInt64Big) > 0 {
			return nil, NewError(OverflowErrorType, "min(n - k, k) must not exceed 9223372036854775807")
		}
	} else if k.Cmp(maxInt64Big) > 0 {
		return nil, NewError(OverflowErrorType, "k must not exceed 9223372036854775807")
	}
	kk := k.Int64()
	if n.IsInt64() {
		if comb {
			return MakeBigInt(new(big.Int).Binomial(n.Int64(), kk)), nil
		}
		return MakeBigInt(new(big.Int).MulRange(n.Int64()-kk+1, n.Int64())), nil
	}
	r := big.NewInt(1)
	f := new(big.Int)
	for i := int64(0); i < kk; i++ {
		r.Mul(r, f.Sub(n, big.NewInt(i)))
		if comb {
			r.Quo(r, f.SetInt64(i+1))
		}
	}
	return MakeBigInt(r), nil
}

// mathRound implements floor (ceil false) and ceil.
func mathRound(v Value, ceil bool) (Value, error) {
	name, f := "__floor__", math.Floor
	if ceil {
		name, f = "__ceil__", math.Ceil
	}
	switch x := v.(type) {
	case Float:
		return FloatToInt(f(float64(x)))
	case Int, *BigInt, Bool:
		return IndexOf(x)
	}
	if v.Type().user {
		if r, found, err := CallDunder(v, name); found {
			return r, err
		}
	}
	x, err := mathFloat(v)
	if err != nil {
		return nil, err
	}
	return FloatToInt(f(x))
}

func mathGcd(args []Value, lcm bool) (Value, error) {
	acc := big.NewInt(0)
	if lcm {
		acc.SetInt64(1)
	}
	for _, a := range args {
		b, err := mathIndexBig(a)
		if err != nil {
			return nil, err
		}
		b.Abs(b)
		if lcm {
			if acc.Sign() == 0 || b.Sign() == 0 {
				acc.SetInt64(0)
				continue
			}
			g := new(big.Int).GCD(nil, nil, acc, b)
			acc.Mul(acc, b.Quo(b, g))
		} else {
			acc.GCD(nil, nil, acc, b)
		}
	}
	if len(args) == 1 && !lcm {
		b, _ := mathIndexBig(args[0])
		return MakeBigInt(b.Abs(b)), nil
	}
	return MakeBigInt(acc), nil
}

// mathLog applies log function f to v, through the int's frexp when it
// is too large for a float (CPython's loghelper).
func mathLog(v Value, f func(float64) float64) (float64, error) {
	if isIntLike(v) {
		b, _ := AsBig(v)
		if b.Sign() <= 0 {
			return 0, mathDomainError()
		}
		x, err := intToFloat(v)
		if err == nil {
			return f(x), nil
		}
		// x = m * 2**e with 0.5 <= m < 1 (rounded to 53 bits)
		bf := new(big.Float).SetInt(b)
		m := new(big.Float)
		e := bf.MantExp(m)
		mf, _ := m.Float64()
		return f(mf) + f(2.0)*float64(e), nil
	}
	x, err := mathFloat(v)
	if err != nil {
		return 0, err
	}
	r, err := math1(x, f, false)
	if err != nil {
		return 0, err
	}
	return float64(r.(Float)), nil
}

// ---- the module ----

func newMathModule() *Module {
	m := NewModule("math")
	bigConsts()
	d := m.Dict
	d.SetStr("pi", Float(math.Pi))
	d.SetStr("e", Float(math.E))
	d.SetStr("tau", Float(2*math.Pi))
	d.SetStr("inf", Float(math.Inf(1)))
	d.SetStr("nan", Float(math.NaN()))
	def := func(name string, fn func(args []Value, kwnames []string) (Value, error)) {
		d.SetStr(name, NewBuiltin(name, fn))
	}
	// one-argument functions (METH_O)
	oneArg := func(name string, fn func(v Value) (Value, error)) {
		def(name, func(args []Value, kwnames []string) (Value, error) {
			if err := NoKwargs("math."+name, kwnames); err != nil {
				return nil, err
			}
			if err := ArgCount("math."+name, args, 1, 1); err != nil {
				return nil, err
			}
			return fn(args[0])
		})
	}
	floatFn := func(name string, f func(float64) float64, canOverflow bool) {
		oneArg(name, func(v Value) (Value, error) {
			x, err := mathFloat(v)
			if err != nil {
				return nil, err
			}
			return math1(x, f, canOverflow)
		})
	}
	// positional-only functions of fixed arity (Argument Clinic)
	twoArgs := func(name string, fn func(a, b Value) (Value, error)) {
		def(name, func(args []Value, kwnames []string) (Value, error) {
			if err := NoKwargs(name, kwnames); err != nil {
				return nil, err
			}
			if err := CheckPositional(name, args, 2, 2); err != nil {
				return nil, err
			}
			return fn(args[0], args[1])
		})
	}
	floatFn2 := func(name string, f func(x, y float64) (float64, error)) {
		twoArgs(name, func(a, b Value) (Value, error) {
			x, err := mathFloat(a)
			if err != nil {
				return nil, err
			}
			y, err := mathFloat(b)
			if err != nil {
				return nil, err
			}
			r, err := f(x, y)
			if err != nil {
				return nil, err
			}
			return Float(r), nil
		})
	}

	floatFn("sqrt", math.Sqrt, false)
	floatFn("fabs", math.Abs, false)
	floatFn("exp", crExp, true)
	floatFn("exp2", func(x float64) float64 {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return math.Exp2(x)
		}
		return crPow(2, x)
	}, true)
	floatFn("expm1", func(x float64) float64 {
		if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) < 0x1p-60 || x > 710 || x < -40 {
			return math.Expm1(x)
		}
		r := expBig(bigOf(x), mathPrec)
		return roundBig(r.Sub(r, big.NewFloat(1)))
	}, true)
	floatFn("log1p", func(x float64) float64 {
		if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) < 0x1p-60 || x <= -1 {
			return math.Log1p(x)
		}
		z := new(big.Float).SetPrec(mathPrec + 64).SetFloat64(x)
		return roundBig(lnBig(z.Add(z, big.NewFloat(1)), mathPrec))
	}, false)
	floatFn("sin", crTrig(0), false)
	floatFn("cos", crTrig(1), false)
	floatFn("tan", crTrig(2), false)
	floatFn("atan", crAtan, false)
	floatFn("asin", func(x float64) float64 { return crAsinAcos(x, false) }, false)
	floatFn("acos", func(x float64) float64 { return crAsinAcos(x, true) }, false)
	floatFn("sinh", func(x float64) float64 { return crHyp(x, 0) }, true)
	floatFn("cosh", func(x float64) float64 { return crHyp(x, 1) }, true)
	floatFn("tanh", func(x float64) float64 { return crHyp(x, 2) }, false)
	floatFn("degrees", func(x float64) float64 { return x * radToDeg }, true)
	floatFn("radians", func(x float64) float64 { return x * degToRad }, false)
	oneArg("isinf", func(v Value) (Value, error) {
		x, err := mathFloat(v)
		return Bool(math.IsInf(x, 0)), err
	})
	oneArg("isnan", func(v Value) (Value, error) {
		x, err := mathFloat(v)
		return Bool(math.IsNaN(x)), err
	})
	oneArg("isfinite", func(v Value) (Value, error) {
		x, err := mathFloat(v)
		return Bool(!math.IsInf(x, 0) && !math.IsNaN(x)), err
	})
	oneArg("floor", func(v Value) (Value, error) { return mathRound(v, false) })
	oneArg("ceil", func(v Value) (Value, error) { return mathRound(v, true) })
	oneArg("trunc", func(v Value) (Value, error) {
		switch x := v.(type) {
		case Float:
			return FloatToInt(float64(x))
		case Int, *BigInt, Bool:
			return IndexOf(x)
		}
		if r, found, err := CallDunder(v, "__trunc__"); found {
			return r, err
		}
		return nil, NewErrorf(TypeErrorType, "type %s doesn't define __trunc__ method", TypeName(v))
	})
	oneArg("factorial", mathFactorial)
	oneArg("isqrt", func(v Value) (Value, error) {
		n, err := mathIndexBig(v)
		if err != nil {
			return nil, err
		}
		if n.Sign() < 0 {
			return nil, NewError(ValueErrorType, "isqrt() argument must be nonnegative")
		}
		return MakeBigInt(n.Sqrt(n)), nil
	})
	oneArg("fsum", func(v Value) (Value, error) {
		it, err := Iter(v)
		if err != nil {
			return nil, err
		}
		return mathFsum(it)
	})
	oneArg("modf", func(v Value) (Value, error) {
		x, err := mathFloat(v)
		if err != nil {
			return nil, err
		}
		switch {
		case math.IsInf(x, 0):
			return Tuple{Float(math.Copysign(0, x)), Float(x)}, nil
		case math.IsNaN(x):
			return Tuple{Float(x), Float(x)}, nil
		}
		i, f := math.Modf(x)
		return Tuple{Float(f), Float(i)}, nil
	})
	oneArg("frexp", func(v Value) (Value, error) {
		x, err := mathFloat(v)
		if err != nil {
			return nil, err
		}
		if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
			return Tuple{Float(x), Int(0)}, nil
		}
		f, e := math.Frexp(x)
		return Tuple{Float(f), Int(e)}, nil
	})
	logFn := func(name string, f func(float64) float64) {
		oneArg(name, func(v Value) (Value, error) {
			r, err := mathLog(v, f)
			if err != nil {
				return nil, err
			}
			return Float(r), nil
		})
	}
	ln := func(x float64) float64 { return crLog(x, 0) }
	logFn("log2", func(x float64) float64 { return crLog(x, 2) })
	logFn("log10", glibcLog10)
	def("log", func(args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs("log", kwnames); err != nil {
			return nil, err
		}
		if len(args) < 1 || len(args) > 2 {
			return nil, NewError(TypeErrorType, "math.log requires 1 to 2 arguments")
		}
		num, err := mathLog(args[0], ln)
		if err != nil || len(args) == 1 {
			return Float(num), err
		}
		den, err := mathLog(args[1], ln)
		if err != nil {
			return nil, err
		}
		if den == 0 {
			return nil, NewError(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(num / den), nil
	})
	floatFn2("pow", mathPow)
	floatFn2("atan2", func(y, x float64) (float64, error) { return crAtan2(y, x), nil })
	floatFn2("copysign", func(x, y float64) (float64, error) { return math.Copysign(x, y), nil })
	floatFn2("fmod", func(x, y float64) (float64, error) {
		if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			return x, nil
		}
		r := math.Mod(x, y)
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
			return 0, mathDomainError()
		}
		return r, nil
	})
	floatFn2("remainder", func(x, y float64) (float64, error) {
		if math.IsNaN(x) || math.IsNaN(y) {
			return math.NaN(), nil
		}
		if math.IsInf(x, 0) || y == 0 {
			return 0, mathDomainError()
		}
		if math.IsInf(y, 0) {
			return x, nil
		}
		return math.Remainder(x, y), nil
	})
	twoArgs("ldexp", func(a, b Value) (Value, error) {
		x, err := mathFloat(a)
		if err != nil {
			return nil, err
		}
		if !isIntLike(b) {
			return nil, NewError(TypeErrorType, "Expected an int as second argument to ldexp.")
		}
		if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
			return Float(x), nil
		}
		e, ok := smallInt(b)
		if !ok {
			bb, _ := AsBig(b)
			if bb.Sign() > 0 {
				return nil, mathRangeError()
			}
			return Float(math.Copysign(0, x)), nil
		}
		e = max(min(e, 1<<20), -(1 << 20))
		r := math.Ldexp(x, int(e))
		if math.IsInf(r, 0) {
			return nil, mathRangeError()
		}
		return Float(r), nil
	})
	twoArgs("comb", func(n, k Value) (Value, error) { return mathCombPerm(n, k, true) })
	def("perm", func(args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs("perm", kwnames); err != nil {
			return nil, err
		}
		if err := CheckPositional("perm", args, 1, 2); err != nil {
			return nil, err
		}
		if len(args) == 1 || args[1] == None {
			return mathFactorial(args[0])
		}
		return mathCombPerm(args[0], args[1], false)
	})
	def("gcd", func(args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs("gcd", kwnames); err != nil {
			return nil, err
		}
		return mathGcd(args, false)
	})
	def("lcm", func(args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs("lcm", kwnames); err != nil {
			return nil, err
		}
		return mathGcd(args, true)
	})
	def("hypot", func(args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs("hypot", kwnames); err != nil {
			return nil, err
		}
		vec := make([]float64, len(args))
		maxV, foundNaN := 0.0, false
		for i, a := range args {
			x, err := mathFloat(a)
			if err != nil {
				return nil, err
			}
			x = math.Abs(x)
			vec[i] = x
			foundNaN = foundNaN || math.IsNaN(x)
			if x > maxV {
				maxV = x
			}
		}
		return Float(vectorNorm(vec, maxV, foundNaN)), nil
	})
	def("isclose", func(args []Value, kwnames []string) (Value, error) {
		if npos := len(args) - len(kwnames); npos > 2 {
			return nil, NewErrorf(TypeErrorType, "isclose() takes exactly 2 positional arguments (%d given)", npos)
		}
		a, err := Args("isclose", args, kwnames, 2, "a", "b", "rel_tol", "abs_tol")
		if err != nil {
			return nil, err
		}
		vals := []float64{0, 0, 1e-9, 0}
		for i, v := range a {
			if v == nil {
				continue
			}
			if vals[i], err = mathFloat(v); err != nil {
				return nil, err
			}
		}
		x, y, rel, abs := vals[0], vals[1], vals[2], vals[3]
		if rel < 0 || abs < 0 {
			return nil, NewError(ValueErrorType, "tolerances must be non-negative")
		}
		if x == y {
			return True, nil
		}
		if math.IsInf(x, 0) || math.IsInf(y, 0) {
			return False, nil
		}
		diff := math.Abs(y - x)
		return Bool(diff <= math.Abs(rel*y) || diff <= math.Abs(rel*x) || diff <= abs), nil
	})
	def("prod", func(args []Value, kwnames []string) (Value, error) {
		if npos := len(args) - len(kwnames); npos != 1 {
			return nil, NewErrorf(TypeErrorType, "prod() takes exactly 1 positional argument (%d given)", npos)
		}
		a, err := Args("prod", args, kwnames, 1, "", "start")
		if err != nil {
			return nil, err
		}
		var acc Value = Int(1)
		if a[1] != nil {
			acc = a[1]
		}
		it, err := Iter(a[0])
		if err != nil {
			return nil, err
		}
		for {
			item, ok, err := it.Next()
			if err != nil {
				return nil, err
			}
			if !ok {
				return acc, nil
			}
			if acc, err = Binary(OpMul, acc, item); err != nil {
				return nil, err
			}
		}
	})
	return m
}

// Computed at run time in float64, as C computes them (a Go constant
// expression would be rounded only once).
var (
	mathPiVar = math.Pi
	degToRad  = mathPiVar / 180.0
	radToDeg  = 180.0 / mathPiVar
)
