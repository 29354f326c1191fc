// The consumer page: deposits, owed and paid per epoch, TNPL obligations
// (oldest first), prepaid credit, consumer margin, and the CSV statement.
import { getJSON, row, isAddress, setStatus } from './common.js';

const $ = (id) => document.getElementById(id);

async function show(addr) {
  $('consumer').value = addr;
  history.replaceState(null, '', '?consumer=' + addr);
  setStatus($('status'), 'loading', 'Loading…');
  let v;
  try {
    v = await getJSON(`/v1/consumers/${addr}/statement`);
  } catch (e) {
    setStatus($('status'), e.code || 'error', e.message);
    for (const id of ['position', 'tnpl-s', 'epochs-s']) $(id).hidden = true;
    return;
  }
  setStatus($('status'), 'shown', 'Statement of consumer ' + addr);
  const labels = ['Asset', 'Deposited', 'Outstanding', 'Prepaid credit', 'Consumer margin'];
  $('latest').tBodies[0].replaceChildren(...v.latest.map((a) => row([a.name, a.deposited, a.outstanding, a.prepaidCredit, a.consumerMargin], labels)));
  $('tnpl').tBodies[0].replaceChildren(...v.tnpl.map((o) => row([String(o.epoch), o.name, o.deferred])));
  $('tnpl').hidden = v.tnpl.length === 0;
  $('tnpl-none').hidden = v.tnpl.length !== 0;
  $('epochs').tBodies[0].replaceChildren(...v.epochs.map((e) => row([String(e.epoch), e.name, String(e.lineItems), e.owed, e.paid, e.deposited, e.credited, e.outstanding, e.overdue])));
  $('csv').href = `/v1/consumers/${addr}/statement?format=csv`;
  for (const id of ['position', 'tnpl-s', 'epochs-s']) $(id).hidden = false;
}

$('lookup').addEventListener('submit', (e) => {
  e.preventDefault();
  const a = $('consumer').value.trim();
  if (!isAddress(a)) {
    setStatus($('status'), 'bad_address', 'Address: want 0x and 40 hex digits.');
    return;
  }
  show(a);
});
const q = new URLSearchParams(location.search).get('consumer');
if (q && isAddress(q)) show(q);
