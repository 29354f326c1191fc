// The holder page: a statement per asset and epoch (the amounts printed by
// the server exactly as `royalty statement` prints them), "why" down to the
// receipt proof, and one Claim button through the wallet.
import { getJSON, el, row, headRow, utc, isAddress, setStatus } from './common.js';
import { wallet, hexChain, revertData, decodeRevert, waitReceipt } from './wallet.js';
import { leafHash, rootOf, toHex, receiptRootCall } from './proof.js';

const $ = (id) => document.getElementById(id);
let account = null; // the holder shown
let claimView = null; // the server's claim answer for it

async function show(addr) {
  account = addr;
  $('account').value = addr;
  history.replaceState(null, '', '?account=' + addr);
  setStatus($('wallet'), 'loading', 'Loading the statement of ' + addr + '…');
  let v;
  try {
    v = await getJSON(`/v1/accounts/${addr}/statement`);
  } catch (e) {
    setStatus($('wallet'), e.code || 'error', e.message);
    for (const id of ['summary', 'epochs', 'why', 'disputes']) $(id).hidden = true;
    return;
  }
  setStatus($('wallet'), 'shown', 'Statement of ' + addr);
  renderTotals(v.display);
  renderEpochs(v.display);
  $('summary').hidden = false;
  $('epochs').hidden = false;
  await loadDisputes(addr);
  await loadClaim();
}

// loadDisputes shows the disputes on the account's line items and the
// corrections applied to them (the section stays hidden when there are none).
async function loadDisputes(addr) {
  let v;
  try {
    v = await getJSON(`/v1/accounts/${addr}/disputes`);
  } catch (e) {
    $('disputes').hidden = true;
    return;
  }
  const dl = ['Dispute', 'Status', 'On', 'Outcome', 'Line items', 'Reason hash'];
  $('dispute-list').querySelector('tbody').replaceChildren(...v.disputes.map((d) =>
    row([d.id, d.status, d.target, d.outcome || '', d.lineItems.join(', '), d.resolutionReasonHash || d.reasonHash || ''], dl)));
  const cl = ['Epoch', 'Dispute', 'Event', 'Old gross', 'New gross', 'Refund to consumer', 'Reason'];
  $('correction-list').querySelector('tbody').replaceChildren(...v.corrections.map((c) =>
    row([String(c.epoch), c.disputeId, c.eventId, c.oldGross, c.newGross, c.refund, c.reason], cl)));
  $('correction-list').hidden = v.corrections.length === 0;
  $('disputes').hidden = v.disputes.length === 0 && v.corrections.length === 0;
}

function renderTotals(d) {
  const body = $('totals').querySelector('tbody');
  const labels = ['Asset', 'Cumulative', 'In epoch', 'Claimed', 'Claimable'];
  body.replaceChildren(...d.totals.map((t) => row([t.name, t.cumulative, String(t.epoch), t.claimed, t.claimable], labels)));
  const held = d.totals.filter((t) => t.held);
  const heldLabels = ['Asset', 'Held', 'Events', 'Next release'];
  $('held').querySelector('tbody').replaceChildren(...held.map((t) => row([t.name, t.held, String(t.heldEvents), t.nextRelease], heldLabels)));
  $('held-box').hidden = held.length === 0;
  $('checked').textContent = d.claimedChecked ? 'Claimed amounts read from the distributor on chain.'
    : 'Claimed amounts not checked: this server reads no chain.';
}

function renderEpochs(d) {
  const list = $('epoch-list');
  list.replaceChildren();
  for (const ep of d.epochs) {
    const sec = el('article', { class: 'epoch', 'aria-labelledby': `ep-${ep.epoch}` });
    sec.append(el('h3', { id: `ep-${ep.epoch}` }, ep.title));
    const labels = ['Asset', 'Accrued', 'Released', 'New this epoch', 'Cumulative', 'Held (consumer unpaid)'];
    const assets = el('table', { class: 'assets cards' }, el('thead', {}, headRow(labels)),
      el('tbody', {}, ...ep.assets.map((a) => row([a.name, a.accrued, a.released, a.newThisEpoch, a.cumulative, a.unsettled], labels))));
    sec.append(el('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': `Epoch ${ep.epoch} per asset` }, assets));
    if (ep.routes && ep.routes.length) {
      // What became of a payout the holder's preference routed: the statement's lines.
      sec.append(el('ul', { class: 'routes', 'aria-label': `Epoch ${ep.epoch} routed payouts` }, ...ep.routes.map((r) => el('li', {}, r))));
    }
    if (ep.events.length === 0) {
      sec.append(el('p', { class: 'help' }, 'From events: none this epoch (released reserves and corrections come from earlier epochs\' events).'));
    } else {
      const events = el('table', { class: 'events' },
        el('thead', {}, headRow(['Event', 'Asset', 'Dataset', 'Version', 'Valuation', 'Snapshot', 'Via', 'Share', ''])),
        el('tbody', {}, ...ep.events.map((ev) => {
          const b = el('button', { type: 'button', class: 'why', 'data-event': ev.eventId }, 'Why?');
          b.addEventListener('click', () => why(ev, ep));
          return row([ev.eventId, ev.asset, ev.datasetId, String(ev.datasetVersion), String(ev.valuationVersion), ev.snapshot, ev.via, ev.share, b]);
        })));
      sec.append(el('h4', {}, 'From events'), el('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': `Epoch ${ep.epoch} events` }, events));
    }
    list.append(sec);
  }
}

async function why(ev, ep) {
  const body = $('why-body');
  body.replaceChildren(el('p', {}, 'Loading the receipt proof…'));
  $('why').hidden = false;
  const steps = el('ol', { class: 'trail' });
  for (const s of ev.shares) {
    const li = el('li', {});
    const parts = [`dataset ${ev.datasetId} version ${ev.datasetVersion}`];
    if (s.dataAsset) parts.push(`data asset ${s.dataAsset}`);
    if (s.cfId) parts.push(`CF ${s.cfId}` + (s.role !== undefined ? ` (role ${s.role})` : ''));
    if (s.contributorHex) parts.push(`contributor ${s.contributorHex}`);
    parts.push(`holder ${s.holderHex}` + (s.units ? ` (${s.units} units)` : ''));
    li.append(el('span', { class: 'kind' }, s.kind + ': '), parts.join(' → '), el('strong', {}, ' = ' + s.amount));
    steps.append(li);
  }
  const facts = el('dl', { class: 'facts' },
    el('dt', {}, 'Event'), el('dd', { id: 'why-event' }, ev.eventId),
    el('dt', {}, 'Epoch'), el('dd', {}, String(ep.epoch)),
    el('dt', {}, 'Valuation version'), el('dd', {}, String(ev.valuationVersion)),
    el('dt', {}, 'Ownership snapshot'), el('dd', {}, el('code', {}, ev.snapshotHash), ' ', ev.snapshot.replace(/^.*\(/, '(')),
    el('dt', {}, 'Your share'), el('dd', {}, ev.share));
  const proofBox = el('div', { id: 'why-proof' });
  body.replaceChildren(el('h3', {}, `${ev.share} from event ${ev.eventId}`), steps, facts, proofBox);
  $('why').focus();
  try {
    const p = await getJSON(`/v1/line-items/${encodeURIComponent(ev.eventId)}/receipt-proof?account=${account}`);
    const onChain = p.onChainReceiptRoot === undefined ? 'not read (the server reads no chain)'
      : (p.onChainMatch ? 'matches' : (/^0x0+$/.test(p.onChainReceiptRoot) ? 'not on chain yet (the root activates after its dispute window)' : 'DIFFERS: ' + p.onChainReceiptRoot));
    proofBox.append(el('h4', {}, 'Receipt proof'),
      el('dl', { class: 'facts' },
        el('dt', {}, 'Leaf'), el('dd', {}, el('code', {}, p.leafHash)),
        el('dt', {}, 'Leaf values'), el('dd', {}, el('code', {}, p.types.map((t, i) => `${t} ${p.leaf[i]}`).join(', '))),
        el('dt', {}, 'Proof'), el('dd', {}, ...(p.proof.length ? p.proof.map((h) => el('code', { class: 'block' }, h)) : ['(none: the only leaf)'])),
        el('dt', {}, 'Receipt root'), el('dd', {}, el('code', {}, p.receiptRoot), p.verified ? ' — the proof reaches it' : ' — PROOF FAILS'),
        el('dt', {}, `On chain: ${p.call}`), el('dd', { id: 'why-onchain', 'data-match': String(p.onChainMatch) }, `at distributor ${p.distributor}: ${onChain}`),
        el('dt', {}, 'Held in reserve'), el('dd', { id: 'why-reserve' }, `${p.reserveShare} of yours (of ${p.reserveUnits} held from this event for disputes), released at the first epoch close after ${utc(p.releaseAfter)} once the consumer has paid`)),
      el('h4', {}, 'Checked in this browser'), el('dl', { class: 'facts' },
        el('dt', {}, 'The proof'), el('dd', { id: 'why-local' }, localCheck(p)),
        el('dt', {}, `${p.call} through your wallet`), el('dd', { id: 'why-wallet' }, 'reading…')),
      el('p', {}, el('a', { href: `/v1/line-items/${encodeURIComponent(ev.eventId)}/receipt-proof`, id: 'why-link' }, 'The proof as JSON'),
        ' · ', el('a', { href: `/v1/epochs/${p.epoch}/receipt` }, `Epoch ${p.epoch} receipt`)));
    $('why-wallet').textContent = await walletCheck(p);
  } catch (e) {
    proofBox.append(el('p', { class: 'error' }, 'Receipt proof: ' + e.message));
  }
}

// localCheck hashes the leaf and folds the proof here, not trusting the server.
function localCheck(p) {
  const leaf = leafHash(p.types, p.leaf);
  const root = toHex(rootOf(leaf, p.proof));
  if (toHex(leaf) !== p.leafHash.toLowerCase()) return `FAILS: the leaf values hash to ${toHex(leaf)}, not ${p.leafHash}`;
  if (root !== p.receiptRoot.toLowerCase()) return `FAILS: the proof reaches ${root}, not the receipt root ${p.receiptRoot}`;
  return `the leaf values hash to the leaf, and the proof reaches the receipt root ${root}`;
}

// walletCheck reads receiptRootOf(epoch) through the visitor's own wallet.
async function walletCheck(p) {
  const w = wallet();
  if (!w) return 'no wallet in this browser: an auditor calls it on any node';
  try {
    const chain = await w.request({ method: 'eth_chainId' });
    if (claimView && BigInt(chain) !== BigInt(claimView.chainId)) return `your wallet is on chain ${BigInt(chain)}, not ${claimView.chainId}`;
    const got = await w.request({ method: 'eth_call', params: [{ to: p.distributor, data: receiptRootCall(p.epoch) }, 'latest'] });
    const root = toHex(rootOf(leafHash(p.types, p.leaf), p.proof));
    if (/^0x0*$/.test(got)) return 'zero: not on chain yet (the root activates after its dispute window)';
    return got.toLowerCase() === root ? `${got}: matches the proof` : `DIFFERS: ${got}`;
  } catch (e) {
    return 'could not read it: ' + e.message;
  }
}

// --- claiming ---

const claimStatus = (state, text) => setStatus($('claim-status'), state, text);

async function loadClaim() {
  $('claim').disabled = true;
  $('switch').hidden = true;
  try {
    claimView = await getJSON(`/v1/accounts/${account}/claim`);
  } catch (e) {
    claimView = null;
    claimStatus(e.code || 'error', e.message);
    return;
  }
  $('cd-to').textContent = claimView.to;
  $('cd-chain').textContent = String(claimView.chainId);
  $('cd-data').textContent = claimView.data;
  $('calldata').hidden = false;
  const amounts = claimView.assets.map((a) => `${a.claimable} (claimed ${a.claimed} of ${a.cumulative})`).join('; ');
  switch (claimView.state) {
    case 'root_pending':
      claimStatus('root_pending', `Root pending: epoch ${claimView.epoch}'s root activates at ${utc(claimView.activatesAt)}; claim from then. Waiting: ${amounts}.`);
      return;
    case 'not_proposed':
      claimStatus('not_proposed', `Epoch ${claimView.epoch}'s root is not on chain yet; claim after it is proposed and activated.`);
      return;
    case 'nothing_to_claim':
      claimStatus('nothing_to_claim', `Nothing to claim: everything is claimed (${claimView.assets.map((a) => a.claimed).join(', ')}).`);
      return;
  }
  $('claim').disabled = false;
  claimStatus('ready', 'Claimable now: ' + claimView.assets.filter((a) => a.claimableBase !== '0').map((a) => a.claimable).join(', ') +
    (claimView.activatesAt ? `; epoch ${claimView.epoch}'s root, pending until ${utc(claimView.activatesAt)}, pays the rest of ${claimView.assets.map((a) => a.cumulative).join(', ')}` : '') +
    (claimView.paused ? '. The distributor is paused by its guardian: a claim now reverts.' : '.'));
}

async function claim() {
  const w = wallet();
  if (!w) {
    claimStatus('no_wallet', 'No wallet in this browser: install an Ethereum wallet, or send the transaction data below from any wallet (the funds always go to ' + account + ').');
    $('calldata').open = true;
    return;
  }
  if (!claimView) return;
  let from;
  try {
    [from] = await w.request({ method: 'eth_requestAccounts' });
    const chain = await w.request({ method: 'eth_chainId' });
    if (BigInt(chain) !== BigInt(claimView.chainId)) {
      claimStatus('wrong_chain', `Your wallet is on chain ${BigInt(chain)}; the distributor is on chain ${claimView.chainId}. Switch network, then claim.`);
      $('switch').hidden = false;
      $('switch').focus();
      return;
    }
  } catch (e) {
    claimStatus(e.code === 4001 ? 'rejected' : 'error', e.code === 4001 ? 'You declined the wallet connection; nothing was sent.' : 'Wallet: ' + e.message);
    return;
  }
  $('claim').disabled = true;
  claimStatus('sending', 'Confirm the claim in your wallet…');
  const tx = { from, to: claimView.to, data: claimView.data };
  let hash;
  try {
    hash = await w.request({ method: 'eth_sendTransaction', params: [tx] });
  } catch (e) {
    $('claim').disabled = false;
    if (e.code === 4001) {
      claimStatus('rejected', 'You rejected the transaction in your wallet; nothing was sent. Press Claim all to try again.');
      return;
    }
    const data = revertData(e);
    if (data || /revert/i.test(e.message || '')) {
      claimStatus('reverted', 'The claim would revert: ' + decodeRevert(data, claimView.errors) + '. Nothing was sent.');
      return;
    }
    claimStatus('error', 'Wallet: ' + e.message);
    return;
  }
  claimStatus('pending', `Sent ${hash}; waiting for it to be mined…`);
  const rc = await waitReceipt(w, hash);
  if (BigInt(rc.status) !== 1n) {
    let reason = 'no revert data';
    try {
      await w.request({ method: 'eth_call', params: [tx, rc.blockNumber] });
    } catch (e) {
      reason = decodeRevert(revertData(e), claimView.errors);
    }
    claimStatus('reverted', `The claim ${hash} reverted in block ${BigInt(rc.blockNumber)}: ${reason}.`);
    $('claim').disabled = false;
    return;
  }
  const before = claimView.assets.filter((a) => a.claimableBase !== '0').map((a) => a.claimable);
  await show(account);
  claimStatus('claimed', `Claimed ${before.join(', ')} in transaction ${hash} (block ${BigInt(rc.blockNumber)}). ` +
    $('claim-status').textContent);
}

async function switchChain() {
  const w = wallet();
  try {
    await w.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: hexChain(claimView.chainId) }] });
  } catch (e) {
    claimStatus(e.code === 4001 ? 'rejected' : 'wrong_chain', 'The wallet did not switch: ' + e.message);
    return;
  }
  $('switch').hidden = true;
  claimStatus('switched', `Your wallet is on chain ${claimView.chainId} now: press Claim all.`);
  $('claim').focus();
}

async function connect() {
  const w = wallet();
  if (!w) {
    setStatus($('wallet'), 'no_wallet', 'No wallet found in this browser (window.ethereum). Enter your address to see your statement.');
    $('account').focus();
    return;
  }
  try {
    const [a] = await w.request({ method: 'eth_requestAccounts' });
    await show(a);
  } catch (e) {
    setStatus($('wallet'), e.code === 4001 ? 'rejected' : 'error', e.code === 4001 ? 'You declined to connect the wallet.' : 'Wallet: ' + e.message);
  }
}

$('lookup').addEventListener('submit', (e) => {
  e.preventDefault();
  const a = $('account').value.trim();
  if (!isAddress(a)) {
    setStatus($('wallet'), 'bad_address', 'Address: want 0x and 40 hex digits.');
    return;
  }
  show(a);
});
$('connect').addEventListener('click', connect);
$('claim').addEventListener('click', claim);
$('switch').addEventListener('click', switchChain);
if (!wallet()) setStatus($('wallet'), 'no_wallet', 'No wallet found in this browser (window.ethereum): enter your address to see your statement.');
const q = new URLSearchParams(location.search).get('account');
if (q && isAddress(q)) show(q);
