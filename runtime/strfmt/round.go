package strfmt

import (
	"math"
	"math/big"
	"strconv"
)

// Messages for converting the result of RoundHalfEven (or any float) to an
// int: an OverflowError for ±inf and a ValueError for nan.
const (
	MsgFloatInfinityToInt = "cannot convert float infinity to integer"
	MsgFloatNaNToInt      = "cannot convert float NaN to integer"
)

// RoundHalfEven returns round(f) without ndigits, as a float for the caller
// to convert to int: the nearest integer, halfway cases to the even one
// (round(0.5) == 0, round(1.5) == 2, round(-0.5) == -0.0). ±inf and nan
// come back unchanged; see MsgFloatInfinityToInt and MsgFloatNaNToInt.
func RoundHalfEven(f float64) float64 { return math.RoundToEven(f) }

// RoundFloat returns round(f, ndigits) as CPython computes it: the exact
// binary value of f rounded half-to-even to ndigits decimal places (a
// negative ndigits rounds to tens, hundreds, ...), then correctly rounded
// back to a float, so round(2.675, 2) == 2.67. Zero results keep the sign
// of f; inf and nan are returned unchanged. A result too large for a float
// is an OverflowError.
func RoundFloat(f float64, ndigits int) (float64, error) {
	switch {
	case math.IsInf(f, 0) || math.IsNaN(f) || ndigits > 323:
		return f, nil
	case ndigits < -308:
		return math.Copysign(0, f), nil
	case ndigits >= 0:
		var buf [64]byte
		r, _ := strconv.ParseFloat(string(strconv.AppendFloat(buf[:0], f, 'f', ndigits, 64)), 64)
		return r, nil
	}
	// |f| = mant * 2**exp exactly; q = round(|f| / 10**-ndigits).
	frac, exp := math.Frexp(math.Abs(f))
	num := new(big.Int).SetUint64(uint64(math.Ldexp(frac, 53)))
	exp -= 53
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-ndigits)), nil)
	den := new(big.Int).Set(pow)
	if exp >= 0 {
		num.Lsh(num, uint(exp))
	} else {
		den.Lsh(den, uint(-exp))
	}
	q, rem := new(big.Int).QuoRem(num, den, new(big.Int))
	switch rem.Lsh(rem, 1).Cmp(den) {
	case 1:
		q.Add(q, big.NewInt(1))
	case 0:
		if q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
	}
	r, _ := new(big.Float).SetInt(q.Mul(q, pow)).Float64()
	if math.IsInf(r, 0) {
		return 0, overflowError("rounded value too large to represent")
	}
	return math.Copysign(r, f), nil
}
