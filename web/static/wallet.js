// The wallet side of claiming: EIP-1193 requests through window.ethereum and
// the decoding of a distributor revert.

/** wallet is window.ethereum, or null when the browser has none. */
export const wallet = () => (typeof window.ethereum === 'object' && window.ethereum ? window.ethereum : null);

export const hexChain = (n) => '0x' + Number(n).toString(16);

/** revertData digs the revert bytes out of the shapes wallets give them in. */
export function revertData(err) {
  for (const d of [err?.data, err?.data?.data, err?.data?.originalError?.data, err?.error?.data, err?.info?.error?.data]) {
    if (typeof d === 'string' && /^0x[0-9a-fA-F]*$/.test(d) && d.length >= 10) return d;
  }
  const m = /(0x[0-9a-fA-F]{8,})/.exec(err?.message || '');
  return m ? m[1] : null;
}

function word(hex, i) {
  return hex.slice(10 + 64 * i, 10 + 64 * (i + 1));
}

function decodeArg(type, w) {
  if (!w || w.length < 64) return '?';
  if (type === 'address') return '0x' + w.slice(24);
  if (type === 'bool') return BigInt('0x' + w) ? 'true' : 'false';
  if (/^u?int\d*$/.test(type)) return BigInt('0x' + w).toString();
  return '0x' + w;
}

/** decodeRevert names a revert by the distributor's errors (selector → signature). */
export function decodeRevert(data, errors) {
  if (!data) return 'no revert data';
  const sel = data.slice(0, 10).toLowerCase();
  if (sel === '0x08c379a0') {
    const len = Number(BigInt('0x' + word(data, 1)));
    const bytes = data.slice(10 + 128, 10 + 128 + 2 * len).match(/../g) || [];
    return 'Error("' + new TextDecoder().decode(new Uint8Array(bytes.map((b) => parseInt(b, 16)))) + '")';
  }
  if (sel === '0x4e487b71') return 'Panic(' + decodeArg('uint256', word(data, 0)) + ')';
  const e = errors?.[sel];
  if (!e) return `unknown error ${sel}`;
  const name = e.signature.slice(0, e.signature.indexOf('('));
  return name + '(' + e.inputs.map((t, i) => decodeArg(t, word(data, i))).join(', ') + ')';
}

/** waitReceipt polls eth_getTransactionReceipt until the transaction is mined. */
export async function waitReceipt(w, hash) {
  for (;;) {
    const r = await w.request({ method: 'eth_getTransactionReceipt', params: [hash] });
    if (r) return r;
    await new Promise((ok) => setTimeout(ok, 500));
  }
}
