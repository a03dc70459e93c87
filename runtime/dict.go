package runtime

import "math"

// Dict is an insertion-ordered Python dict.
//
// Invariants: entries holds every key ever inserted since the last
// compaction, in insertion order; a deleted entry has a nil key. Each live
// key is indexed in exactly one of the three maps: strs for Str keys, ints
// for keys equal to an int64 (Int, Bool and integral Float: 1, True and 1.0
// are the same key, as in Python), others by Python hash for the rest —
// except that while the dict holds at most smallDict entries (live or
// deleted) and strs is nil, Str keys are found by scanning entries: most
// dicts (instance attributes, keyword arguments) stay that small, and a
// scan of a few entries costs less time and memory than a Go map.
type Dict struct {
	entries []dictEntry
	strs    map[string]int32
	ints    map[int64]int32
	others  map[int64][]int32
	live    int
	// version changes on every insertion or deletion of a key; iterators
	// use it to detect "dictionary changed size during iteration".
	version uint64
	// sub holds the class and attributes of an instance of a user
	// subclass of dict.
	sub *subclassed
}

type dictEntry struct {
	key, value Value
}

// Type implements Value.
func (d *Dict) Type() *Type {
	if d.sub != nil {
		return d.sub.class
	}
	return DictType
}

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// Len returns the number of items.
func (d *Dict) Len() int { return d.live }

// intKey reports whether k is indexed by an int64 and which one.
func intKey(k Value) (int64, bool) {
	switch k := k.(type) {
	case Int:
		return int64(k), true
	case Bool:
		if k {
			return 1, true
		}
		return 0, true
	case Float:
		f := float64(k)
		if f == math.Trunc(f) && f >= -9.2e18 && f <= 9.2e18 {
			return int64(f), true
		}
	}
	return 0, false
}

// find returns the entry index of k, or -1. hash is k's Python hash when
// k goes to the others map (computed on demand otherwise).
func (d *Dict) find(k Value) (int32, int64, error) {
	if s, ok := k.(Str); ok {
		return d.findStr(string(s)), 0, nil
	}
	if n, ok := intKey(k); ok {
		if i, ok := d.ints[n]; ok {
			return i, 0, nil
		}
		return -1, 0, nil
	}
	h, err := Hash(k)
	if err != nil {
		return -1, 0, err
	}
	for _, i := range d.others[h] {
		eq, err := Equal(d.entries[i].key, k)
		if err != nil {
			return -1, h, err
		}
		if eq {
			return i, h, nil
		}
	}
	return -1, h, nil
}

// Get returns the value for k and whether it was found.
func (d *Dict) Get(k Value) (Value, bool, error) {
	i, _, err := d.find(k)
	if err != nil || i < 0 {
		return nil, false, err
	}
	return d.entries[i].value, true, nil
}

// smallDict is the size up to which Str keys are found by scanning.
const smallDict = 8

// findStr returns the entry index of string key k, or -1.
func (d *Dict) findStr(k string) int32 {
	if d.strs == nil {
		for i := range d.entries {
			if s, ok := d.entries[i].key.(Str); ok && string(s) == k {
				return int32(i)
			}
		}
		return -1
	}
	if i, ok := d.strs[k]; ok {
		return i
	}
	return -1
}

// GetStr is Get for a string key; it cannot fail.
func (d *Dict) GetStr(k string) (Value, bool) {
	if i := d.findStr(k); i >= 0 {
		return d.entries[i].value, true
	}
	return nil, false
}

// SetStr is Set for a string key; it cannot fail.
func (d *Dict) SetStr(k string, v Value) {
	if i := d.findStr(k); i >= 0 {
		d.entries[i].value = v
		return
	}
	i := d.add(Str(k), v)
	switch {
	case d.strs != nil:
		d.strs[k] = i
	case len(d.entries) > smallDict:
		d.indexStrs()
	}
}

// IndexStrings makes the dict find string keys through its map even while
// it is small: class namespaces are searched along every MRO, mostly for
// names they lack, where a scan would read every entry.
func (d *Dict) IndexStrings() {
	if d.strs == nil {
		d.indexStrs()
	}
}

// indexStrs builds the strs index once the dict outgrows scanning.
func (d *Dict) indexStrs() {
	d.strs = make(map[string]int32, len(d.entries))
	for i, e := range d.entries {
		if s, ok := e.key.(Str); ok {
			d.strs[string(s)] = int32(i)
		}
	}
}

func (d *Dict) add(k, v Value) int32 {
	d.entries = append(d.entries, dictEntry{k, v})
	d.live++
	d.version++
	return int32(len(d.entries) - 1)
}

// Set inserts or replaces the value for k.
func (d *Dict) Set(k, v Value) error {
	if s, ok := k.(Str); ok {
		d.SetStr(string(s), v)
		return nil
	}
	i, h, err := d.find(k)
	if err != nil {
		return err
	}
	if i >= 0 {
		d.entries[i].value = v
		return nil
	}
	if n, ok := intKey(k); ok {
		if d.ints == nil {
			d.ints = make(map[int64]int32)
		}
		d.ints[n] = d.add(k, v)
		return nil
	}
	if d.others == nil {
		d.others = make(map[int64][]int32)
	}
	d.others[h] = append(d.others[h], d.add(k, v))
	return nil
}

// Delete removes k and returns its value, or found == false.
func (d *Dict) Delete(k Value) (v Value, found bool, err error) {
	i, h, err := d.find(k)
	if err != nil || i < 0 {
		return nil, false, err
	}
	v = d.entries[i].value
	key := d.entries[i].key
	switch key := key.(type) {
	case Str:
		if d.strs != nil {
			delete(d.strs, string(key))
		}
	default:
		if n, ok := intKey(key); ok {
			delete(d.ints, n)
		} else {
			list := d.others[h]
			for j, e := range list {
				if e == i {
					list = append(list[:j:j], list[j+1:]...)
					break
				}
			}
			if len(list) == 0 {
				delete(d.others, h)
			} else {
				d.others[h] = list
			}
		}
	}
	d.entries[i] = dictEntry{}
	d.live--
	d.version++
	if len(d.entries) > 16 && d.live < len(d.entries)/2 {
		d.compact()
	}
	return v, true, nil
}

// compact drops deleted entries and rebuilds the indexes.
func (d *Dict) compact() {
	old := d.entries
	d.entries = make([]dictEntry, 0, d.live*2)
	d.strs, d.ints, d.others = nil, nil, nil
	d.live = 0
	for _, e := range old {
		if e.key != nil {
			// Keys were hashable when inserted; rehashing cannot fail for
			// the builtin key types and user hashes are assumed stable.
			_ = d.Set(e.key, e.value)
		}
	}
}

// Clear removes every item.
func (d *Dict) Clear() {
	*d = Dict{version: d.version + 1}
}

// Items returns the live items in insertion order.
func (d *Dict) Items() []Tuple {
	out := make([]Tuple, 0, d.live)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, Tuple{e.key, e.value})
		}
	}
	return out
}

// Keys returns the live keys in insertion order.
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.live)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// Values returns the live values in insertion order.
func (d *Dict) Values() []Value {
	out := make([]Value, 0, d.live)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.value)
		}
	}
	return out
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	c := NewDict()
	for _, e := range d.entries {
		if e.key != nil {
			_ = c.Set(e.key, e.value)
		}
	}
	return c
}

// entryAt returns the live entry at or after position i, and the position
// after it; ok is false at the end.
func (d *Dict) entryAt(i int) (e dictEntry, next int, ok bool) {
	for ; i < len(d.entries); i++ {
		if d.entries[i].key != nil {
			return d.entries[i], i + 1, true
		}
	}
	return dictEntry{}, i, false
}
