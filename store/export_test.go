package store

// SetSQLiteMaxParams is for benchmarks comparing statement sizes.
func SetSQLiteMaxParams(n int) { sqliteMaxParams = n }
