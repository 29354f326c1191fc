package store

import (
	"strings"
	"testing"
)

func TestLoadMigrations(t *testing.T) {
	for _, d := range []Dialect{SQLite, Postgres} {
		ms, err := loadMigrations(d)
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) == 0 || ms[0].version != 1 {
			t.Fatalf("%s: migrations %+v, want 0001 first", d, ms)
		}
		for _, m := range ms {
			if strings.Contains(m.sql, "{{") {
				t.Errorf("%s: %s keeps a placeholder", d, m.name)
			}
		}
		want := map[Dialect]string{SQLite: "token_id     TEXT", Postgres: "token_id     NUMERIC(78,0)"}[d]
		if !strings.Contains(ms[0].sql, want) {
			t.Errorf("%s: uint256 column type not substituted (want %q)", d, want)
		}
		// Every fact table has a CREATE TABLE naming all its columns (in 0001, or a later migration
		// for a table appended since).
		var all strings.Builder
		for _, m := range ms {
			all.WriteString(m.sql)
		}
		sql := all.String()
		for _, tb := range factTables {
			i := strings.Index(sql, "CREATE TABLE "+tb.name+" (")
			if i < 0 {
				t.Fatalf("%s: no CREATE TABLE %s", d, tb.name)
			}
			body := sql[i : i+strings.Index(sql[i:], ");")]
			for _, c := range append(append([]string{}, metaCols...), tb.cols...) {
				if !strings.Contains(body, "\n    "+c+" ") {
					t.Errorf("%s: table %s lacks column %s", d, tb.name, c)
				}
			}
		}
	}
}

func TestSplitStatements(t *testing.T) {
	got := splitStatements("-- c\nCREATE TABLE a (x INT);\n\n-- d\nCREATE INDEX b ON a (x);\n")
	want := []string{"CREATE TABLE a (x INT)", "CREATE INDEX b ON a (x)"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("splitStatements = %q, want %q", got, want)
	}
}
