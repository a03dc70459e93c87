package runtime

// setTable mirrors the layout of CPython's set hash table (setobject.c):
// open addressing with runs of linear probes and perturbation, the same
// growth rule and the same dummies for removed keys. A Set keeps its
// membership in a Dict and its order here, so that iterating or printing
// a set of ints gives CPython's order ({3, 1, 2} prints {1, 2, 3}).
//
// Invariants: len(slots) is 0 or a power of two (mask+1); fill counts
// active and dummy slots, used the active ones; an active slot holds the
// very key object the set's Dict holds.
type setTable struct {
	slots  []setSlot
	fill   int
	used   int
	finger int // where pop() looks first
}

type setSlot struct {
	key   Value // nil: empty or dummy
	hash  int64
	dummy bool
}

const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

// insert adds a key known to be absent (CPython's set_add_entry).
func (t *setTable) insert(key Value, hash int64) {
	if t.slots == nil {
		t.slots = make([]setSlot, setMinSize)
	}
	mask := len(t.slots) - 1
	free := -1
	i := int(uint64(hash) & uint64(mask))
	perturb := uint64(hash)
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+probes; j++ {
			s := &t.slots[j]
			if s.key == nil && !s.dummy {
				if free >= 0 {
					t.slots[free] = setSlot{key: key, hash: hash}
					t.used++
					return
				}
				*s = setSlot{key: key, hash: hash}
				t.fill++
				t.used++
				if t.fill*5 >= mask*3 {
					if t.used > 50000 {
						t.resize(t.used * 2)
					} else {
						t.resize(t.used * 4)
					}
				}
				return
			}
			if s.dummy && free < 0 {
				free = j
			}
		}
		perturb >>= setPerturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// remove turns key's slot into a dummy (set_discard_entry).
func (t *setTable) remove(key Value, hash int64) {
	if t.slots == nil {
		return
	}
	mask := len(t.slots) - 1
	i := int(uint64(hash) & uint64(mask))
	perturb := uint64(hash)
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+probes; j++ {
			s := &t.slots[j]
			if s.key == nil && !s.dummy {
				return
			}
			if s.key != nil && s.hash == hash && Is(s.key, key) {
				*s = setSlot{dummy: true, hash: -1}
				t.used--
				return
			}
		}
		perturb >>= setPerturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// resize rebuilds the table for at least minused keys (set_table_resize).
func (t *setTable) resize(minused int) {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	old := t.slots
	t.slots = make([]setSlot, size)
	t.fill = t.used
	for _, s := range old {
		if s.key != nil {
			t.insertClean(s.key, s.hash)
		}
	}
}

// insertClean places a key in a table without dummies or duplicates.
func (t *setTable) insertClean(key Value, hash int64) {
	mask := len(t.slots) - 1
	i := int(uint64(hash) & uint64(mask))
	perturb := uint64(hash)
	for {
		if t.slots[i].key == nil {
			t.slots[i] = setSlot{key: key, hash: hash}
			return
		}
		if i+setLinearProbes <= mask {
			for j := i + 1; j <= i+setLinearProbes; j++ {
				if t.slots[j].key == nil {
					t.slots[j] = setSlot{key: key, hash: hash}
					return
				}
			}
		}
		perturb >>= setPerturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// keys returns the keys in table order.
func (t *setTable) keys() []Value {
	out := make([]Value, 0, t.used)
	for _, s := range t.slots {
		if s.key != nil {
			out = append(out, s.key)
		}
	}
	return out
}

// clone copies the table as CPython's set_merge into an empty set does.
func (t *setTable) clone() setTable {
	var c setTable
	if t.used == 0 {
		return c
	}
	// The empty target grows first when the keys would overfill it.
	size := setMinSize
	if t.used*5 >= (setMinSize-1)*3 {
		for size <= t.used*2 {
			size <<= 1
		}
	}
	if t.fill == t.used && size == len(t.slots) {
		c.slots = append([]setSlot(nil), t.slots...)
		c.fill, c.used = t.fill, t.used
		return c
	}
	c.slots = make([]setSlot, size)
	for _, s := range t.slots {
		if s.key != nil {
			c.insertClean(s.key, s.hash)
		}
	}
	c.fill, c.used = t.used, t.used
	return c
}

// popSlot returns the key pop() removes: the first active slot from the
// finger on, in table order.
func (t *setTable) popSlot() Value {
	n := len(t.slots)
	for k := 0; k < n; k++ {
		i := (t.finger + k) & (n - 1)
		if t.slots[i].key != nil {
			t.finger = i + 1
			return t.slots[i].key
		}
	}
	return nil
}

var setIteratorType = NewIteratorType("set_iterator")

// setIterator walks a set's table in order; the set must not change size
// meanwhile.
type setIterator struct {
	set  *Set // nil once exhausted
	pos  int
	used int
}

func (*setIterator) Type() *Type { return setIteratorType }

func (it *setIterator) Next() (Value, bool, error) {
	s := it.set
	if s == nil {
		return nil, false, nil
	}
	if s.order.used != it.used {
		it.set = nil
		return nil, false, NewError(RuntimeErrorType, "Set changed size during iteration")
	}
	for ; it.pos < len(s.order.slots); it.pos++ {
		if k := s.order.slots[it.pos].key; k != nil {
			it.pos++
			return k, true, nil
		}
	}
	it.set = nil
	return nil, false, nil
}
