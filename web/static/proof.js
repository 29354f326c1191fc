// Checking a receipt proof in the browser, trusting neither the server's
// "verified" nor its reading of the chain: Keccak-256, the OpenZeppelin
// StandardMerkleTree leaf (keccak256(keccak256(abi.encode(values)))) and
// sorted-pair folding, and receiptRootOf(epoch) read through the wallet.

const M = (1n << 64n) - 1n;
const RC = [0x1n, 0x8082n, 0x800000000000808an, 0x8000000080008000n, 0x808bn, 0x80000001n, 0x8000000080008081n,
  0x8000000000008009n, 0x8an, 0x88n, 0x80008009n, 0x8000000an, 0x8000808bn, 0x800000000000008bn, 0x8000000000008089n,
  0x8000000000008003n, 0x8000000000008002n, 0x8000000000000080n, 0x800an, 0x800000008000000an, 0x8000000080008081n,
  0x8000000000008080n, 0x80000001n, 0x8000000080008008n];
// ROT[x][y]: the rotation of lane (x, y).
const ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]];
const rotl = (v, n) => (n === 0 ? v : ((v << BigInt(n)) | (v >> BigInt(64 - n))) & M);

function permute(A) {
  for (let round = 0; round < 24; round++) {
    const C = [0, 1, 2, 3, 4].map((x) => A[x] ^ A[x + 5] ^ A[x + 10] ^ A[x + 15] ^ A[x + 20]);
    for (let i = 0; i < 25; i++) A[i] ^= C[(i + 4) % 5] ^ rotl(C[(i + 1) % 5], 1);
    const B = new Array(25);
    for (let x = 0; x < 5; x++) for (let y = 0; y < 5; y++) B[y + 5 * ((2 * x + 3 * y) % 5)] = rotl(A[x + 5 * y], ROT[x][y]);
    for (let x = 0; x < 5; x++) for (let y = 0; y < 5; y++) A[x + 5 * y] = B[x + 5 * y] ^ (~B[((x + 1) % 5) + 5 * y] & M & B[((x + 2) % 5) + 5 * y]);
    A[0] ^= RC[round];
  }
}

/** keccak256 of bytes (Uint8Array), as Ethereum uses it (Keccak, not SHA-3). */
export function keccak256(bytes) {
  const rate = 136;
  const padded = new Uint8Array(Math.floor(bytes.length / rate + 1) * rate);
  padded.set(bytes);
  padded[bytes.length] ^= 0x01;
  padded[padded.length - 1] ^= 0x80;
  const A = new Array(25).fill(0n);
  for (let off = 0; off < padded.length; off += rate) {
    for (let i = 0; i < rate / 8; i++) {
      let lane = 0n;
      for (let b = 7; b >= 0; b--) lane = (lane << 8n) | BigInt(padded[off + 8 * i + b]);
      A[i] ^= lane;
    }
    permute(A);
  }
  const out = new Uint8Array(32);
  for (let i = 0; i < 4; i++) {
    let lane = A[i];
    for (let b = 0; b < 8; b++, lane >>= 8n) out[8 * i + b] = Number(lane & 0xffn);
  }
  return out;
}

export const toHex = (b) => '0x' + [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
export const fromHex = (h) => new Uint8Array((h.replace(/^0x/, '').match(/../g) || []).map((x) => parseInt(x, 16)));

/** word is one 32-byte ABI word of a static value. */
function word(type, value) {
  let n;
  if (type === 'bytes32') return fromHex(value);
  if (type === 'address') n = BigInt(value);
  else if (/^uint\d*$/.test(type)) n = BigInt(value);
  else throw new Error('proof: leaf type ' + type + ' is not handled here');
  return fromHex(n.toString(16).padStart(64, '0'));
}

/** leafHash is the StandardMerkleTree leaf of values of types. */
export function leafHash(types, values) {
  const enc = new Uint8Array(32 * types.length);
  types.forEach((t, i) => enc.set(word(t, values[i]), 32 * i));
  return keccak256(keccak256(enc));
}

function less(a, b) {
  for (let i = 0; i < 32; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

/** rootOf folds a leaf with its proof (sorted pairs). */
export function rootOf(leaf, proof) {
  let h = leaf;
  for (const p of proof.map(fromHex)) {
    const [a, b] = less(h, p) ? [h, p] : [p, h];
    const buf = new Uint8Array(64);
    buf.set(a);
    buf.set(b, 32);
    h = keccak256(buf);
  }
  return h;
}

/** receiptRootCall is the eth_call data of receiptRootOf(epoch). */
export function receiptRootCall(epoch) {
  const sel = keccak256(new TextEncoder().encode('receiptRootOf(uint64)')).slice(0, 4);
  return toHex(sel) + BigInt(epoch).toString(16).padStart(64, '0');
}
