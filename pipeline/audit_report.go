package pipeline

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteTable writes the verdict for people: where the chain's facts came
// from, what was checked (counts per artifact), what could not be checked,
// every mismatch as a row (artifact, key, field, expected, found) and the
// verdict.
func (v *Verdict) WriteTable(w io.Writer) error {
	source := "the database's indexed chain facts"
	if v.Facts == "chain" {
		source = "the node's own logs"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Audit of epochs 1..%d, recomputed from the signed usage events and %s (up to block %d)\n\n", v.Epoch, source, v.FinalBlock)
	tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ARTIFACT\tCHECKED")
	for _, c := range v.Checked {
		fmt.Fprintf(tw, "%s\t%d\n", c.Artifact, c.Checked)
	}
	tw.Flush()
	if len(v.Notes) > 0 {
		fmt.Fprintln(&b, "\nNot checked:")
		for _, n := range v.Notes {
			fmt.Fprintf(&b, "  %s\n", n)
		}
	}
	if len(v.Mismatches) > 0 {
		fmt.Fprintf(&b, "\nMismatches (%d):\n", len(v.Mismatches))
		tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ARTIFACT\tKEY\tFIELD\tEXPECTED\tFOUND")
		for _, m := range v.Mismatches {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", m.Artifact, orDash(m.Key.String()), orDash(m.Field), oneLine(m.Expected), oneLine(m.Found))
		}
		tw.Flush()
	}
	if v.OK {
		fmt.Fprintln(&b, "\nVerdict: PASS")
	} else {
		fmt.Fprintf(&b, "\nVerdict: FAIL (%d mismatches)\n", len(v.Mismatches))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// cellWidth bounds a table cell; --json carries the whole value.
const cellWidth = 80

// oneLine keeps a table row on one line and of bounded width.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > cellWidth {
		return string(r[:cellWidth-1]) + "…"
	}
	return s
}
