package engine

import "slices"

// Held returns, sorted, the event ids of the accrued line items that are not
// final yet (not fully settled, or their reserve not released): the items a
// dispute or correction can still reach.
func (st *State) Held() []string {
	out := make([]string, 0, len(st.items))
	for id := range st.items {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// ItemStatus reports whether a line item was accrued, whether it is final
// (accrued and no longer held: its reserve released), and the open dispute
// freezing its reserve ("" when none).
func (st *State) ItemStatus(eventID string) (accrued, final bool, frozenBy string) {
	_, accrued = st.accrued[eventID]
	return accrued, accrued && st.items[eventID] == nil, st.freezes[eventID]
}
