// Package routes pays holders where they asked to be paid (their payout preference, see
// RoyaltyDistributor.setPayoutPreference): a group of entitlements in another asset goes through a
// swap step on a SwapVenue, a group on another chain through a bridge step on a Bridge. Venues and
// bridges are small interfaces so another DEX or bridge plugs in without touching the pipeline
// (docs/routes.md); uniswapv2.go is the Uniswap V2 venue.
//
// Money is exact: a group's converted entitlements are apportioned from the realised amounts
// (the venue's own events, never the quote) by largest remainder (engine.Apportion), and the
// rounding of each conversion is recorded (Conversion.Dust), never lost.
package routes
