package strfmt

import "unicode/utf8"

// appendNumber lays out a formatted number as CPython's calc_number_widths
// and fill_number do:
//
//	<left pad><sign><prefix><mid pad><grouped digits><rest><right pad>
//
// digits are the ASCII integer-part digits (grouped by s.Grouping, and
// zero-padded to the width for '0' fill with '=' alignment); rest is what
// follows them (decimal point, fraction, exponent, '%', or the character
// of type 'c'). s must be resolved.
func (s *Spec) appendNumber(dst []byte, neg bool, prefix string, digits []byte, rest string) ([]byte, error) {
	var sign byte
	switch {
	case neg:
		sign = '-'
	case s.Sign == '+' || s.Sign == ' ':
		sign = byte(s.Sign)
	}
	nonDigits := len(prefix) + utf8.RuneCountInString(rest)
	if sign != 0 {
		nonDigits++
	}
	minWidth := 0
	if s.Fill == '0' && s.Align == '=' {
		minWidth = s.Width - nonDigits
	}
	if minWidth > maxWidth {
		return dst, &Error{Kind: "MemoryError"}
	}
	sep := byte(s.Grouping)
	group := s.groupSize()
	grouped := 0
	if len(digits) > 0 {
		grouped = groupDigits(nil, digits, minWidth, group, sep)
	}
	left, mid, right, err := s.padding(nonDigits + grouped)
	if err != nil {
		return dst, err
	}
	dst = s.appendFill(dst, left)
	if sign != 0 {
		dst = append(dst, sign)
	}
	dst = append(dst, prefix...)
	dst = s.appendFill(dst, mid)
	if grouped > 0 {
		n := len(dst)
		dst = append(dst, make([]byte, grouped)...)
		groupDigits(dst[n:], digits, minWidth, group, sep)
	}
	dst = append(dst, rest...)
	return s.appendFill(dst, right), nil
}

// groupDigits is CPython's _PyUnicode_InsertThousandsGrouping: digits with
// sep between groups of group digits counted from the right (group 0: no
// separators), widened with leading zeros (and separators) to at least
// minWidth characters. It returns the length of the result and, unless out
// is nil, writes it to out, which must have exactly that length.
func groupDigits(out, digits []byte, minWidth, group int, sep byte) int {
	minWidth = max(0, minWidth)
	remaining := len(digits)
	if group == 0 {
		n := max(remaining, minWidth, 1)
		if out != nil {
			zeros := n - remaining
			for i := range zeros {
				out[i] = '0'
			}
			copy(out[zeros:], digits)
		}
		return n
	}
	count := 0
	pos := len(out) // out is filled from the right
	for {
		n := min(group, max(remaining, minWidth, 1))
		zeros := max(0, n-remaining)
		chars := max(0, min(remaining, n))
		if count > 0 {
			count++
			if out != nil {
				pos--
				out[pos] = sep
			}
		}
		count += zeros + chars
		if out != nil {
			pos -= chars
			copy(out[pos:], digits[remaining-chars:remaining])
			for ; zeros > 0; zeros-- {
				pos--
				out[pos] = '0'
			}
		}
		remaining -= chars
		minWidth -= n
		if remaining <= 0 && minWidth <= 0 {
			return count
		}
		minWidth--
	}
}
