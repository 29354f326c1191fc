// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Base} from "./Base.t.sol";
import {TestMerkle} from "./Merkle.t.sol";
import {RoyaltyDistributor} from "../src/RoyaltyDistributor.sol";
import {RevenueVault} from "../src/RevenueVault.sol";
import {TestToken} from "../src/test/TestToken.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @notice Drives the vault and distributor as an adversarial relayer key could (the handler holds
/// every role): funding any epoch, proposing roots that lower or omit leaves, drop assets,
/// under- or over-declare totals, or are empty; leaving roots pending across calls while holders
/// claim; revoking, challenging, re-proposing revoked roots; activating early or late; forging
/// claims. Ghost state records, per asset, the latest active root listing it and whether that root
/// passes the watcher's checks (no leaf below what its account claimed, total >= the sum of its
/// leaves), so the invariants can state what must hold whatever the proposer does.
contract Handler is Base {
    uint256 internal constant N = 4; // accounts
    uint256 internal constant A = 2; // assets
    uint64 internal constant WINDOW = 1 hours;

    RoyaltyDistributor public dist;
    RevenueVault public vault;
    TestToken[A] public assets;
    address[N] public accounts;

    /// @dev A root's content: per (account, asset) the leaf's cumulative and its index + 1 in the
    /// leaf list (0: omitted), which assets it lists, and its totals.
    struct Tree {
        bytes32 root;
        uint64 epoch;
        bytes32[] leaves;
        uint256[A][N] cum;
        uint256[A][N] index;
        bool[A] listed;
        uint256[A] totals;
    }

    Tree internal pend; // the pending proposal (pend.root == 0: none)
    mapping(uint64 epoch => Tree) internal active; // activated roots
    uint64[A] public claimEpoch; // per asset, the latest activated epoch listing it
    bool[A] public honest; // per asset, whether that root passed the watcher's checks at activation

    struct Revoked {
        uint64 epoch;
        bytes32 root;
    }

    Revoked[] internal revokedRoots;

    mapping(address asset => uint256) public ghostFunded;
    uint256[A][N] public lastSeenClaimed;
    uint256 internal consumers;

    // Violations (the invariants require all false).
    bool public claimedDecreased;
    bool public forgedClaimPaid;
    bool public honestClaimReverted;
    bool public entitlementUnclaimable;
    bool public revokedRootReproposed;
    bool public challengeWrong;
    bool public refusedProposalAccepted;

    // Which risky paths were reached (test_AdversarialPathsReached requires every one).
    mapping(bytes32 path => uint256) public reached;

    constructor() {
        dist = new RoyaltyDistributor(address(this), WINDOW);
        vault = new RevenueVault(address(this), address(dist));
        dist.grantRole(dist.PROPOSER_ROLE(), address(this));
        dist.grantRole(dist.GUARDIAN_ROLE(), address(this));
        vault.grantRole(vault.FUNDER_ROLE(), address(this));
        for (uint256 j = 0; j < A; j++) {
            assets[j] = new TestToken("t", "t");
            dist.setAssetAllowed(address(assets[j]), true);
            vault.setAssetAllowed(address(assets[j]), true);
        }
        for (uint256 i = 0; i < N; i++) {
            accounts[i] = address(uint160(0x1000 + i));
        }
    }

    function _leaf(uint256 i, uint256 j, uint256 cum) internal view returns (bytes32) {
        return keccak256(
            bytes.concat(keccak256(abi.encode(block.chainid, address(dist), accounts[i], address(assets[j]), cum)))
        );
    }

    function _claimed(uint256 i, uint256 j) internal view returns (uint256) {
        return dist.claimed(accounts[i], address(assets[j]));
    }

    /// @dev After every action: claimed amounts never went down.
    function _sync() internal {
        for (uint256 i = 0; i < N; i++) {
            for (uint256 j = 0; j < A; j++) {
                uint256 c = _claimed(i, j);
                if (c < lastSeenClaimed[i][j]) claimedDecreased = true;
                lastSeenClaimed[i][j] = c;
            }
        }
    }

    // ---- funding ----

    /// Deposits for a consumer or buys it credit (often a fresh one) and funds the epoch being proposed or the next,
    /// or a made-up epoch (refused).
    function fund(uint256 assetSeed, uint256 amount, uint8 epochChoice, bool sameConsumer) external {
        TestToken t = assets[assetSeed % A];
        amount = bound(amount, 1, 4e22); // about one epoch's growth: often short, so shortfalls happen
        address c = address(uint160(0xC0000 + (sameConsumer ? consumers : ++consumers)));
        t.mint(c, amount);
        vm.startPrank(c);
        t.approve(address(vault), amount);
        // Half the time as prepaid credit: it funds like a deposit, under the same rules.
        if (amount % 2 == 0) vault.buyCredit(c, address(t), amount);
        else vault.deposit(c, address(t), amount);
        vm.stopPrank();
        uint64 cur = dist.currentEpoch();
        uint64 epoch = epochChoice % 4 == 0 ? cur + 3 + uint64(epochChoice) : cur + 1 + (epochChoice % 2);
        try vault.fundEpoch(epoch, c, address(t), amount) {
            if (epoch > cur + 2) refusedProposalAccepted = true;
            ghostFunded[address(t)] += amount;
        } catch {
            reached["fund refused"]++;
        }
        _sync();
    }

    /// Funds exactly what the pending root's declared total of an asset needs to activate, as a
    /// relayer would: with an under-declared total the distributor is then really short.
    function fundExact(uint256 assetSeed) external {
        if (pend.root == bytes32(0)) return;
        uint256 j = assetSeed % A;
        if (!pend.listed[j]) return;
        TestToken t = assets[j];
        uint256 available = t.balanceOf(address(dist)) + dist.totalClaimed(address(t));
        if (pend.totals[j] <= available) return;
        uint256 amount = pend.totals[j] - available;
        address c = address(uint160(0xC0000 + ++consumers));
        t.mint(c, amount);
        vm.startPrank(c);
        t.approve(address(vault), amount);
        vault.deposit(c, address(t), amount);
        vm.stopPrank();
        vault.fundEpoch(pend.epoch, c, address(t), amount);
        ghostFunded[address(t)] += amount;
        _sync();
    }

    // ---- proposing ----

    /// Proposes the next epoch from each asset's latest active cumulatives, mutated by `mode`:
    /// 0 honest raise, 1 lower a leaf, 2 omit a leaf, 3 drop an asset, 4 under-declare a total,
    /// 5 over-declare a total, 6 lower a total below the previous one, 7 empty, 8 a zero total,
    /// 9 lower and omit at once. While a root is pending it re-sends it (a no-op) or tries another
    /// (refused).
    function propose(uint256 seed, uint8 mode) external {
        mode = mode % 10;
        if (pend.root != bytes32(0)) {
            _reproposePending(seed);
            return;
        }
        uint64 epoch = dist.currentEpoch() + 1;
        delete pend;
        pend.epoch = epoch;
        uint256 victim = seed % N;
        uint256 victimAsset = (seed >> 8) % A;
        for (uint256 i = 0; i < N; i++) {
            for (uint256 j = 0; j < A; j++) {
                uint256 prev = _activeCum(i, j);
                uint256 inc = uint256(keccak256(abi.encode(seed, i, j))) % 1e22;
                if (uint256(keccak256(abi.encode(seed, i, j, "zero"))) % 3 == 0) inc = 0;
                uint256 c = prev + inc;
                bool omit = false;
                if (i == victim && j == victimAsset) {
                    if (mode == 1 || mode == 9) c = prev / 2; // below what it was, often below claimed
                    if (mode == 2 || mode == 9) omit = mode == 2 || (seed & 1) == 0;
                }
                pend.cum[i][j] = c;
                if (!omit) {
                    pend.leaves.push(_leaf(i, j, c));
                    pend.index[i][j] = pend.leaves.length;
                    pend.totals[j] += c;
                }
            }
        }
        for (uint256 j = 0; j < A; j++) {
            pend.listed[j] = !(mode == 3 && j == victimAsset);
        }
        if (mode == 4) {
            // Below the sum of the leaves, but (when the leaves grew) not below the previous total.
            uint256 prevTotal = dist.totalOf(claimEpoch[victimAsset], address(assets[victimAsset]));
            uint256 sum = pend.totals[victimAsset];
            if (sum > prevTotal + 1) pend.totals[victimAsset] = prevTotal + (sum - prevTotal) / 2;
            else if (sum > 0) pend.totals[victimAsset] = sum - 1;
        }
        if (mode == 5) pend.totals[victimAsset] += 1 + seed % 1e21;
        if (mode == 6) pend.totals[victimAsset] = dist.totalOf(claimEpoch[victimAsset], address(assets[victimAsset])) / 2;
        if (mode == 8) pend.totals[victimAsset] = 0;
        if (pend.leaves.length == 0) pend.leaves.push(bytes32(seed | 1)); // a root needs a leaf
        pend.root = TestMerkle.root(pend.leaves);
        (address[] memory as_, uint256[] memory totals) = _listed(mode == 7);

        bool mustRefuse = as_.length == 0;
        for (uint256 k = 0; k < as_.length; k++) {
            uint256 j = as_[k] == address(assets[0]) ? 0 : 1;
            uint256 prevTotal = dist.totalOf(claimEpoch[j], as_[k]);
            if (totals[k] == 0 || totals[k] < prevTotal) mustRefuse = true;
        }
        if (dist.revoked(epoch, pend.root)) mustRefuse = true;
        try dist.proposeRoot(epoch, pend.root, bytes32(seed), uint64(block.timestamp), as_, totals) {
            if (mustRefuse) refusedProposalAccepted = true;
            reached[_modeName(mode)]++;
        } catch {
            if (!mustRefuse) refusedProposalAccepted = true;
            reached["proposal refused"]++;
            delete pend;
        }
        _sync();
    }

    function _modeName(uint8 mode) internal pure returns (bytes32) {
        bytes32[10] memory names = [
            bytes32("honest"),
            "lowered leaf",
            "omitted leaf",
            "dropped asset",
            "under-declared total",
            "over-declared total",
            "lowered total",
            "empty",
            "zero total",
            "lowered and omitted"
        ];
        return names[mode];
    }

    function _activeCum(uint256 i, uint256 j) internal view returns (uint256) {
        uint64 e = claimEpoch[j];
        return e == 0 ? 0 : active[e].cum[i][j];
    }

    function _listed(bool empty) internal view returns (address[] memory as_, uint256[] memory totals) {
        uint256 n;
        for (uint256 j = 0; j < A; j++) {
            if (pend.listed[j] && !empty) n++;
        }
        as_ = new address[](n);
        totals = new uint256[](n);
        uint256 k;
        for (uint256 j = 0; j < A; j++) {
            if (pend.listed[j] && !empty) {
                as_[k] = address(assets[j]);
                totals[k++] = pend.totals[j];
            }
        }
    }

    function _reproposePending(uint256 seed) internal {
        (address[] memory as_, uint256[] memory totals) = _listed(false);
        (,,, uint64 end, uint64 at) = dist.pending();
        if (seed % 2 == 0) {
            (,, bytes32 rr,,) = dist.pending();
            // The same (epoch, root) with another receipt root: refused, not silently ignored.
            try dist.proposeRoot(pend.epoch, pend.root, rr ^ bytes32(uint256(1)), end, as_, totals) {
                refusedProposalAccepted = true;
            } catch {}
            // The relayer's retry: identical, a no-op that keeps the activation time.
            try dist.proposeRoot(pend.epoch, pend.root, rr, end, as_, totals) {
                (,,,, uint64 at2) = dist.pending();
                if (at2 != at) refusedProposalAccepted = true;
                reached["identical re-proposal"]++;
            } catch {
                refusedProposalAccepted = true;
            }
        } else {
            try dist.proposeRoot(pend.epoch, bytes32(seed | 1), 0, end, as_, totals) {
                refusedProposalAccepted = true;
            } catch {
                reached["other proposal while pending"]++;
            }
        }
        _sync();
    }

    /// Tries to propose a revoked (epoch, root) again: always refused.
    function reproposeRevoked(uint256 idx) external {
        if (revokedRoots.length == 0 || pend.root != bytes32(0)) return;
        Revoked memory r = revokedRoots[idx % revokedRoots.length];
        if (r.epoch != dist.currentEpoch() + 1) return;
        address[] memory as_ = new address[](1);
        as_[0] = address(assets[0]);
        uint256[] memory totals = new uint256[](1);
        totals[0] = dist.totalOf(claimEpoch[0], as_[0]) + 1;
        try dist.proposeRoot(r.epoch, r.root, 0, uint64(block.timestamp), as_, totals) {
            revokedRootReproposed = true;
            pend.root = r.root; // keep the ghost in step so later actions stay meaningful
            pend.epoch = r.epoch;
        } catch (bytes memory err) {
            if (bytes4(err) == RoyaltyDistributor.RevokedRoot.selector) reached["revoked re-proposal refused"]++;
        }
        _sync();
    }

    // ---- guardian, challengers, activation ----

    function revoke() external {
        if (pend.root == bytes32(0)) return;
        dist.revokeRoot(pend.epoch);
        revokedRoots.push(Revoked(pend.epoch, pend.root));
        reached["revoked"]++;
        delete pend;
        _sync();
    }

    /// Anyone challenges the pending root with one of its leaves: it must succeed exactly when the
    /// leaf is below what its account claimed and the root lists the asset.
    /// With `seek`, it looks for a lowered leaf first, as the holder short-changed by it would.
    function challenge(uint256 accountSeed, uint256 assetSeed, bool seek) external {
        if (pend.root == bytes32(0)) return;
        uint256 i = accountSeed % N;
        uint256 j = assetSeed % A;
        for (uint256 k = 0; seek && k < N * A; k++) {
            uint256 ii = k / A;
            uint256 jj = k % A;
            if (pend.listed[jj] && pend.index[ii][jj] != 0 && pend.cum[ii][jj] < _claimed(ii, jj)) {
                (i, j) = (ii, jj);
                break;
            }
        }
        if (pend.index[i][j] == 0) return;
        uint256 c = pend.cum[i][j];
        bool lowered = pend.listed[j] && c < _claimed(i, j);
        bytes32[] memory p = TestMerkle.proof(pend.leaves, pend.index[i][j] - 1);
        vm.prank(address(0xC4A1));
        try dist.challengeRoot(pend.epoch, accounts[i], address(assets[j]), c, p) {
            if (!lowered) challengeWrong = true;
            revokedRoots.push(Revoked(pend.epoch, pend.root));
            reached["challenged"]++;
            delete pend;
        } catch {
            if (lowered) challengeWrong = true;
        }
        _sync();
    }

    /// Activates the pending root, after its window or (when `early`) before it.
    function activate(bool early) external {
        if (pend.root == bytes32(0)) return;
        (,,,, uint64 at) = dist.pending();
        if (!early && block.timestamp < at) vm.warp(at);
        // What the watcher would check, per listed asset, right now.
        bool[A] memory ok;
        for (uint256 j = 0; j < A; j++) {
            if (!pend.listed[j]) continue;
            ok[j] = true;
            uint256 sum;
            for (uint256 i = 0; i < N; i++) {
                uint256 c = pend.index[i][j] == 0 ? 0 : pend.cum[i][j];
                if (c < _claimed(i, j)) ok[j] = false;
                sum += c;
            }
            if (pend.totals[j] < sum) ok[j] = false;
        }
        uint64 epoch = pend.epoch;
        try dist.activateRoot(epoch) {
            active[epoch] = pend;
            for (uint256 j = 0; j < A; j++) {
                if (!pend.listed[j]) continue;
                claimEpoch[j] = epoch;
                honest[j] = ok[j];
                reached[ok[j] ? bytes32("honest activation") : bytes32("dishonest activation")]++;
            }
            delete pend;
        } catch {
            reached[early ? bytes32("too early") : bytes32("insolvent")]++;
        }
        _sync();
    }

    /// Lets time pass (a root may stay pending across many calls).
    function wait(uint256 secs) external {
        vm.warp(block.timestamp + bound(secs, 1, 2 * WINDOW));
    }

    // ---- holders ----

    /// A holder claims its leaf of the asset's latest active root (while another root may be
    /// pending). Against a root that passed the watcher's checks it must never revert.
    function claim(uint256 accountSeed, uint256 assetSeed) external {
        uint256 i = accountSeed % N;
        uint256 j = assetSeed % A;
        uint64 e = claimEpoch[j];
        if (e == 0) return;
        Tree storage t = active[e];
        if (t.index[i][j] == 0) return;
        address[] memory as_ = new address[](1);
        as_[0] = address(assets[j]);
        uint256[] memory cums = new uint256[](1);
        cums[0] = t.cum[i][j];
        bytes32[][] memory proofs = new bytes32[][](1);
        proofs[0] = TestMerkle.proof(t.leaves, t.index[i][j] - 1);
        try dist.claim(accounts[i], as_, cums, proofs) {
            reached[pend.root != bytes32(0) ? bytes32("claim while pending") : bytes32("claim")]++;
        } catch (bytes memory err) {
            if (honest[j]) honestClaimReverted = true;
            // Short funds (the token's transfer fails) is the only excuse, and only for a root
            // that failed the watcher's checks: never "not in a root" or "invalid proof".
            bytes4 sel = bytes4(err);
            if (sel == RoyaltyDistributor.AssetNotInRoot.selector || sel == RoyaltyDistributor.InvalidProof.selector) {
                entitlementUnclaimable = true;
            }
            reached["claim reverted (dishonest root)"]++;
        }
        _sync();
    }

    /// Claims more than the proof says, or with another account's proof: must revert and pay
    /// nothing, whatever the amounts (equal cumulatives included).
    function forgedClaim(uint256 accountSeed, uint256 assetSeed, uint256 extra, bool otherAccount) external {
        uint256 i = accountSeed % N;
        uint256 j = assetSeed % A;
        uint64 e = claimEpoch[j];
        if (e == 0) return;
        Tree storage t = active[e];
        if (t.index[i][j] == 0) return;
        extra = bound(extra, 1, 1e24);
        uint256 w = otherAccount ? (i + 1) % N : i;
        uint256 cum = otherAccount ? t.cum[i][j] : t.cum[i][j] + extra;
        address[] memory as_ = new address[](1);
        as_[0] = address(assets[j]);
        uint256[] memory cums = new uint256[](1);
        cums[0] = cum;
        bytes32[][] memory proofs = new bytes32[][](1);
        proofs[0] = TestMerkle.proof(t.leaves, t.index[i][j] - 1);
        uint256 before = assets[j].balanceOf(accounts[w]);
        uint256 claimedBefore = _claimed(w, j);
        try dist.claim(accounts[w], as_, cums, proofs) {
            forgedClaimPaid = true;
        } catch {
            reached["forged claim refused"]++;
        }
        if (assets[j].balanceOf(accounts[w]) != before || _claimed(w, j) != claimedBefore) forgedClaimPaid = true;
        _sync();
    }

    // ---- views for the invariants ----

    function accountCount() external pure returns (uint256) {
        return N;
    }

    function assetCount() external pure returns (uint256) {
        return A;
    }

    function activeLeaf(uint64 epoch, uint256 i, uint256 j)
        external
        view
        returns (bool present, uint256 cum, bytes32[] memory proof)
    {
        Tree storage t = active[epoch];
        if (t.index[i][j] == 0) return (false, 0, proof);
        return (true, t.cum[i][j], TestMerkle.proof(t.leaves, t.index[i][j] - 1));
    }

    function activeRootOf(uint64 epoch) external view returns (bytes32) {
        return active[epoch].root;
    }
}

contract DistributorInvariants is Base {
    Handler internal h;

    function setUp() public {
        vm.warp(1_700_000_000);
        h = new Handler();
    }

    function targetContracts() public view returns (address[] memory t) {
        t = new address[](1);
        t[0] = address(h);
    }

    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    /// Only the handler's actions: its many getters would otherwise take most of the calls.
    function targetSelectors() public view returns (FuzzSelector[] memory t) {
        bytes4[] memory s = new bytes4[](11);
        s[0] = Handler.fund.selector;
        s[1] = Handler.fundExact.selector;
        s[2] = Handler.propose.selector;
        s[3] = Handler.reproposeRevoked.selector;
        s[4] = Handler.revoke.selector;
        s[5] = Handler.challenge.selector;
        s[6] = Handler.activate.selector;
        s[7] = Handler.wait.selector;
        s[8] = Handler.claim.selector;
        s[9] = Handler.forgedClaim.selector;
        s[10] = Handler.propose.selector; // proposing twice as often keeps roots coming
        t = new FuzzSelector[](1);
        t[0] = FuzzSelector(address(h), s);
    }

    /// The handler's paths do what the invariants assume: activation, rejection, real payouts.
    function test_HandlerPathsWork() public {
        h.propose(1, 0);
        h.activate(false); // nothing funded: insolvent, stays pending
        assertEq(h.reached("insolvent"), 1, "unfunded root activated");
        h.revoke();
        h.fund(0, 5e23, 2, false);
        h.fund(1, 5e23, 2, false);
        h.propose(2, 0);
        h.activate(false);
        assertEq(h.reached("honest activation"), 2, "funded honest root not activated for both assets");
        for (uint256 i = 0; i < 4; i++) {
            h.claim(i, 0);
            h.claim(i, 1);
        }
        h.claim(1, 1); // a repeat pays nothing and does not revert
        h.forgedClaim(2, 0, 5, false);
        h.forgedClaim(2, 0, 5, true);
        RoyaltyDistributor dist = h.dist();
        for (uint256 j = 0; j < 2; j++) {
            uint256 total = dist.totalOf(1, address(h.assets(j)));
            assertTrue(total > 0, "empty epoch");
            assertEq(dist.totalClaimed(address(h.assets(j))), total, "not everything paid");
        }
        assertFalse(h.forgedClaimPaid(), "forged claim paid");
        assertFalse(h.honestClaimReverted(), "honest claim reverted");
    }

    /// Runs a long pseudo-random campaign through the handler and requires that every risky path
    /// was reached at least once, so the invariants are checked against adversarial states, not
    /// only honest ones.
    function test_AdversarialPathsReached() public {
        bytes32[17] memory paths = [
            bytes32("lowered leaf"),
            "omitted leaf",
            "dropped asset",
            "under-declared total",
            "over-declared total",
            "lowered and omitted",
            "proposal refused",
            "identical re-proposal",
            "other proposal while pending",
            "revoked",
            "revoked re-proposal refused",
            "challenged",
            "dishonest activation",
            "honest activation",
            "claim while pending",
            "claim reverted (dishonest root)",
            "forged claim refused"
        ];
        for (uint256 s = 0; s < 2000; s++) {
            uint256 r = uint256(keccak256(abi.encode("campaign", s)));
            uint256 action = r % 20;
            if (action < 1) h.fund(r >> 8, r >> 16, uint8(r >> 24), (r >> 32) & 1 == 0);
            else if (action < 2) h.fundExact(r >> 8);
            else if (action < 6) h.propose(r >> 8, uint8(r >> 40));
            else if (action < 9) h.activate((r >> 8) % 4 == 0);
            else if (action < 14) h.claim(r >> 8, r >> 16);
            else if (action < 15) h.forgedClaim(r >> 8, r >> 16, r >> 24, (r >> 32) & 1 == 0);
            else if (action < 16) h.revoke();
            else if (action < 18) h.challenge(r >> 8, r >> 16, (r >> 24) & 1 == 0);
            else if (action < 19) h.reproposeRevoked(r >> 8);
            else h.wait(r >> 8);
            if (s % 50 != 49) continue;
            invariant_ClaimedNeverExceedsFunded();
            invariant_ClaimedOnlyGrows();
            invariant_HonestRootsPayEveryClaim();
            invariant_UnclaimedEntitlementsStayClaimable();
            invariant_AdversaryRefused();
        }
        for (uint256 k = 0; k < paths.length; k++) {
            assertTrue(h.reached(paths[k]) > 0, string.concat("path never reached: ", string(abi.encodePacked(paths[k]))));
        }
    }

    /// Per asset, Σclaimed ≤ Σfunded, and tokens are conserved: held + claimed = funded.
    function invariant_ClaimedNeverExceedsFunded() public view {
        RoyaltyDistributor dist = h.dist();
        for (uint256 j = 0; j < h.assetCount(); j++) {
            TestToken t = h.assets(j);
            uint256 claimed = dist.totalClaimed(address(t));
            assertLe(claimed, h.ghostFunded(address(t)), "claimed more than funded");
            assertEq(t.balanceOf(address(dist)) + claimed, h.ghostFunded(address(t)), "held + claimed != funded");
            uint256 sum;
            for (uint256 i = 0; i < h.accountCount(); i++) {
                sum += dist.claimed(h.accounts(i), address(t));
            }
            assertEq(sum, claimed, "per-account claims do not add up to totalClaimed");
        }
    }

    /// Claimed amounts only grow.
    function invariant_ClaimedOnlyGrows() public view {
        assertFalse(h.claimedDecreased(), "a claimed amount went down");
        RoyaltyDistributor dist = h.dist();
        for (uint256 i = 0; i < h.accountCount(); i++) {
            for (uint256 j = 0; j < h.assetCount(); j++) {
                assertGe(
                    dist.claimed(h.accounts(i), address(h.assets(j))), h.lastSeenClaimed(i, j), "claimed went down"
                );
            }
        }
    }

    /// Whenever an asset's active root lowers no account's leaf and declares at least the sum of
    /// its leaves (what the watcher checks), the distributor holds every unclaimed entitlement of
    /// it, so no valid claim against it reverts for lack of funds (and none did).
    function invariant_HonestRootsPayEveryClaim() public view {
        assertFalse(h.honestClaimReverted(), "a valid claim against an honest root reverted");
        RoyaltyDistributor dist = h.dist();
        for (uint256 j = 0; j < h.assetCount(); j++) {
            uint64 e = h.claimEpoch(j);
            if (e == 0 || !h.honest(j)) continue;
            TestToken t = h.assets(j);
            uint256 owed;
            for (uint256 i = 0; i < h.accountCount(); i++) {
                (bool present, uint256 cum,) = h.activeLeaf(e, i, j);
                uint256 c = dist.claimed(h.accounts(i), address(t));
                if (present && cum > c) owed += cum - c;
            }
            assertGe(t.balanceOf(address(dist)), owed, "balance below the unclaimed entitlements of an honest root");
        }
    }

    /// Whatever the proposer does (drop the asset, propose nothing for it, get revoked), every
    /// asset that ever had an active root stays claimable against the latest active root listing
    /// it: the chain points at that root and every one of its leaves verifies there.
    function invariant_UnclaimedEntitlementsStayClaimable() public view {
        assertFalse(h.entitlementUnclaimable(), "a claim of an active entitlement was refused as not in a root");
        RoyaltyDistributor dist = h.dist();
        for (uint256 j = 0; j < h.assetCount(); j++) {
            uint64 e = h.claimEpoch(j);
            address a = address(h.assets(j));
            assertEq(dist.claimEpochOf(a), e, "asset claimed against another root than its latest listing one");
            if (e == 0) continue;
            bytes32 r = dist.rootOf(e);
            assertEq(r, h.activeRootOf(e), "root of the asset's epoch");
            assertTrue(dist.inRoot(e, a), "claim root does not list the asset");
            for (uint256 i = 0; i < h.accountCount(); i++) {
                (bool present, uint256 cum, bytes32[] memory proof) = h.activeLeaf(e, i, j);
                if (!present) continue;
                assertTrue(MerkleProof.verify(proof, r, dist.leaf(h.accounts(i), a, cum)), "an entitlement cannot be proven");
            }
        }
        assertFalse(dist.paused(), "paused");
    }

    /// Refused things stay refused: forged claims never pay, revoked roots are never proposed
    /// again, challenges succeed exactly for lowered leaves, malformed proposals and made-up
    /// fundings are refused.
    function invariant_AdversaryRefused() public view {
        assertFalse(h.forgedClaimPaid(), "a forged claim paid");
        assertFalse(h.revokedRootReproposed(), "a revoked root was proposed again");
        assertFalse(h.challengeWrong(), "a challenge succeeded without, or failed with, a lowered leaf");
        assertFalse(h.refusedProposalAccepted(), "a malformed proposal or funding was accepted");
    }
}
