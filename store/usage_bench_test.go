package store_test

import (
	"fmt"
	"testing"

	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

// BenchmarkInsertUsageEvents stores batches of 1,000 verified events, one
// transaction each, the intake's write path without HTTP and verification.
//
//	go test ./store -run '^$' -bench InsertUsageEvents
func BenchmarkInsertUsageEvents(b *testing.B) {
	const batch = 1000
	tmpl := usageEvent(b, "tmpl", 1)
	for _, backend := range []string{"sqlite", "postgres", "postgres-insert"} {
		b.Run(backend, func(b *testing.B) {
			var dsn string
			if backend == "postgres-insert" { // multi-row INSERT instead of COPY staging
				dsn = storetest.DSN(b, "postgres") + "&royalty_bulk=insert"
			} else {
				dsn = storetest.DSN(b, backend)
			}
			s := storetest.Open(b, dsn)
			n := 0
			for b.Loop() {
				b.StopTimer()
				ws := make([]store.UsageWrite, batch)
				for i := range ws {
					e := *tmpl
					e.ID = fmt.Sprintf("bench-%09d", n)
					n++
					ws[i] = store.UsageWrite{Event: &e}
				}
				b.StartTimer()
				if _, err := s.InsertUsageEvents(ctx, chainID, ws); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "events/s")
		})
	}
}
