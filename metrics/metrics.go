// Package metrics is a royalty node's Prometheus metrics and its health
// endpoints (docs/operations.md). Counters and histograms are fed by the
// node's loops (indexer progress and reorgs, RPC errors, epoch closes,
// leadership); the database's state (events by state, line items, outbox
// intents by state, fee bumps, the checkpoint) is read at each scrape, so
// every instance sharing a database reports the same totals.
package metrics

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/dataroyalty/royalty/indexer"
	"github.com/dataroyalty/royalty/store"
)

// Metrics holds the node's series on its own registry (no global state).
type Metrics struct {
	Registry *prometheus.Registry

	head, indexed, logsPerSec prometheus.Gauge
	logs                      prometheus.Counter
	reorgs                    prometheus.Counter
	reorgDepth                prometheus.Histogram
	rpcErrors                 *prometheus.CounterVec
	epochClose                prometheus.Histogram
	epochCloses               *prometheus.CounterVec
	priced                    prometheus.Counter
	leader                    prometheus.Gauge
	loopRestarts              *prometheus.CounterVec

	mu       sync.Mutex
	headSeen uint64
	haveHead bool
	logsSeen uint64 // the indexer's running total at its last Progress
}

// New registers every series; the database ones read st at scrape time.
func New(st *store.Store, chainID uint64, log *slog.Logger) *Metrics {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	r := prometheus.NewRegistry()
	m := &Metrics{Registry: r,
		head:       prometheus.NewGauge(prometheus.GaugeOpts{Name: "royalty_chain_head_block", Help: "The chain head the indexer last saw."}),
		indexed:    prometheus.NewGauge(prometheus.GaugeOpts{Name: "royalty_indexer_indexed_block", Help: "The last block this instance's indexer stored."}),
		logsPerSec: prometheus.NewGauge(prometheus.GaugeOpts{Name: "royalty_indexer_logs_per_second", Help: "Logs indexed per second since the indexer started."}),
		logs:       prometheus.NewCounter(prometheus.CounterOpts{Name: "royalty_indexer_logs_total", Help: "Logs indexed by this instance."}),
		reorgs:     prometheus.NewCounter(prometheus.CounterOpts{Name: "royalty_indexer_reorgs_total", Help: "Reorgs the indexer rewound."}),
		reorgDepth: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "royalty_indexer_reorg_depth_blocks", Help: "Blocks dropped per reorg.",
			Buckets: []float64{1, 2, 4, 8, 16, 32, 64, 128}}),
		rpcErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "royalty_rpc_errors_total", Help: "Failed RPC requests by endpoint and class."},
			[]string{"endpoint", "class"}),
		epochClose: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "royalty_epoch_close_seconds", Help: "Time to close an epoch (replay, trees, write).",
			Buckets: prometheus.ExponentialBuckets(0.01, 4, 8)}),
		epochCloses: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "royalty_epoch_closes_total", Help: "Epochs closed by this instance, by trigger."},
			[]string{"trigger"}),
		priced: prometheus.NewCounter(prometheus.CounterOpts{Name: "royalty_pricer_priced_total", Help: "Events this instance priced."}),
		leader: prometheus.NewGauge(prometheus.GaugeOpts{Name: "royalty_leader", Help: "1 while this instance holds the leader lease (closes epochs, writes to chain)."}),
		loopRestarts: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "royalty_loop_restarts_total", Help: "Supervised loops restarted after a failure."},
			[]string{"loop"}),
	}
	// A histogram with no observation still lists its buckets: pre-create
	// the label sets operators alert on.
	m.epochCloses.WithLabelValues("calendar")
	m.epochCloses.WithLabelValues("threshold")
	r.MustRegister(m.head, m.indexed, m.logsPerSec, m.logs, m.reorgs, m.reorgDepth, m.rpcErrors, m.epochClose, m.epochCloses,
		m.priced, m.leader, m.loopRestarts, &dbCollector{st: st, chainID: chainID, m: m, log: log},
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Progress is the indexer's progress hook (indexer.Config.Progress). Its
// totals count from the indexer's start: a restarted indexer starts over.
func (m *Metrics) Progress(p indexer.Progress) {
	m.mu.Lock()
	m.headSeen, m.haveHead = p.Head, true
	if p.Logs >= m.logsSeen {
		m.logs.Add(float64(p.Logs - m.logsSeen))
	} else { // a restarted indexer counts from 0 again
		m.logs.Add(float64(p.Logs))
	}
	m.logsSeen = p.Logs
	m.mu.Unlock()
	m.head.Set(float64(p.Head))
	m.indexed.Set(float64(p.Block))
	if p.Elapsed > 0 {
		m.logsPerSec.Set(float64(p.Logs) / p.Elapsed.Seconds())
	}
}

// Reorg is the indexer's reorg hook (indexer.Config.OnReorg).
func (m *Metrics) Reorg(depth uint64) {
	m.reorgs.Inc()
	m.reorgDepth.Observe(float64(depth))
}

// RPCError is ethrpc.Config.OnError.
func (m *Metrics) RPCError(endpoint, class string) {
	m.rpcErrors.WithLabelValues(endpoint, class).Inc()
}

// EpochClosed records one close and how long it took.
func (m *Metrics) EpochClosed(trigger string, d time.Duration) {
	m.epochClose.Observe(d.Seconds())
	m.epochCloses.WithLabelValues(trigger).Inc()
}

// Priced counts events this instance priced.
func (m *Metrics) Priced(n int) { m.priced.Add(float64(n)) }

// Leader sets whether this instance leads.
func (m *Metrics) Leader(on bool) {
	if on {
		m.leader.Set(1)
	} else {
		m.leader.Set(0)
	}
}

// LoopRestarted counts a supervised loop's restart.
func (m *Metrics) LoopRestarted(loop string) { m.loopRestarts.WithLabelValues(loop).Inc() }

// Head is the chain head last seen (for the API's lag); ok is false before one.
func (m *Metrics) Head() (uint64, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.headSeen, m.haveHead
}

// Handler serves the registry in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{Registry: m.Registry, Timeout: 10 * time.Second})
}

// dbCollector reads the database's state at each scrape.
type dbCollector struct {
	st      *store.Store
	chainID uint64
	m       *Metrics
	log     *slog.Logger
}

var (
	descStoreUp   = prometheus.NewDesc("royalty_store_up", "1 when the database answered this scrape.", nil, nil)
	descFinal     = prometheus.NewDesc("royalty_chain_final_block", "The last final block stored.", nil, nil)
	descStored    = prometheus.NewDesc("royalty_chain_indexed_block", "The last block stored by any instance.", nil, nil)
	descLag       = prometheus.NewDesc("royalty_chain_lag_blocks", "Blocks between the head (or the last stored block) and the final block.", nil, nil)
	descEvents    = prometheus.NewDesc("royalty_events", "Stored usage events by state.", []string{"state"}, nil)
	descLineItems = prometheus.NewDesc("royalty_line_items", "Priced line items (accrued: in a closed epoch).", []string{"accrued"}, nil)
	descIntents   = prometheus.NewDesc("royalty_outbox_intents", "Relayer outbox intents by state.", []string{"state"}, nil)
	descBumps     = prometheus.NewDesc("royalty_relayer_fee_bumps", "Fee bumps: signed attempts beyond each intent's first.", nil, nil)
	descEpoch     = prometheus.NewDesc("royalty_epoch_last", "The last closed epoch.", nil, nil)
)

func (c *dbCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descStoreUp, descFinal, descStored, descLag, descEvents, descLineItems, descIntents, descBumps, descEpoch} {
		ch <- d
	}
}

func (c *dbCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := c.collect(ctx, ch); err != nil {
		c.log.Warn("metrics: read the database", "err", err)
		ch <- prometheus.MustNewConstMetric(descStoreUp, prometheus.GaugeValue, 0)
		return
	}
	ch <- prometheus.MustNewConstMetric(descStoreUp, prometheus.GaugeValue, 1)
}

func (c *dbCollector) collect(ctx context.Context, ch chan<- prometheus.Metric) error {
	gauge := func(d *prometheus.Desc, v float64, labels ...string) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, v, labels...)
	}
	last, final, err := c.st.Checkpoint(ctx, c.chainID)
	if err != nil && !isNotFound(err) {
		return err
	}
	gauge(descFinal, float64(final.Number))
	gauge(descStored, float64(last.Number))
	top := last.Number
	if h, ok := c.m.Head(); ok && h > top {
		top = h
	}
	lag := uint64(0)
	if top > final.Number {
		lag = top - final.Number
	}
	gauge(descLag, float64(lag))
	ev, err := c.st.CountEvents(ctx, c.chainID)
	if err != nil {
		return err
	}
	for state, n := range map[string]int64{"priced": ev.Priced - ev.Accrued, "accrued": ev.Accrued, "waiting": ev.Waiting,
		"rejected": ev.Rejected, "held": ev.Held, "unseen": ev.Unseen} {
		gauge(descEvents, float64(n), state)
	}
	gauge(descLineItems, float64(ev.Priced-ev.Accrued), "false")
	gauge(descLineItems, float64(ev.Accrued), "true")
	bodies, err := c.st.OutboxBodies(ctx)
	if err != nil {
		return err
	}
	states := map[string]float64{"signed": 0, "sent": 0, "mined": 0, "confirmed": 0, "failed": 0, "done_elsewhere": 0}
	bumps := 0
	for _, b := range bodies {
		var in struct {
			Status   string
			Attempts []json.RawMessage
		}
		if err := json.Unmarshal([]byte(b), &in); err != nil {
			return err
		}
		states[in.Status]++
		bumps += max(0, len(in.Attempts)-1)
	}
	for s, n := range states {
		gauge(descIntents, n, s)
	}
	gauge(descBumps, float64(bumps))
	if row, err := c.st.LastEpoch(ctx, c.chainID); err == nil {
		gauge(descEpoch, float64(row.Epoch))
	} else if !isNotFound(err) {
		return err
	} else {
		gauge(descEpoch, 0)
	}
	return nil
}
