package txmgr

import "context"

// Test hooks: a crash between storing an intent and broadcasting it is a
// first attempt without the drive that follows.

// FirstAttempt signs and stores c's intent without broadcasting it.
func (m *Manager) FirstAttempt(ctx context.Context, c Candidate) (*Intent, error) {
	return m.firstAttempt(ctx, c)
}

// NextNonce is the nonce the manager would assign next.
func (m *Manager) NextNonce() uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.nextNonce
}
