// OpenZeppelin's StandardMerkleTree as an oracle for the Go merkle package.
//
// check mode (default): stdin is {"trees":[{"types":[...],"values":[[...]],"dump":"<our dump JSON>"}]}.
// For each tree it prints OpenZeppelin's root, every getProof(i) and its dump
// (JSON.stringify), then loads our dump with StandardMerkleTree.load (which
// validates it) and reports its root and whether its proofs equal those of
// of() and pass StandardMerkleTree.verify (all, or ~200 spread over big trees).
//
// bench mode (argv[2] == "bench"): stdin is {"types":[...],"values":[[...]]};
// prints the root, the milliseconds of of() and of all getProof(i), the CPU
// milliseconds of both and the process RSS.
import { StandardMerkleTree } from '@openzeppelin/merkle-tree';

async function readStdin() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

function allProofs(tree) {
  const out = new Array(tree.length);
  for (let i = 0; i < tree.length; i++) out[i] = tree.getProof(i);
  return out;
}

function check(req) {
  return req.trees.map(({ types, values, dump }) => {
    const res = {};
    const oz = StandardMerkleTree.of(values, types);
    res.root = oz.root;
    res.proofs = allProofs(oz);
    res.dump = JSON.stringify(oz.dump());
    if (dump !== undefined) {
      try {
        // load() validates every value against its leaf and every node.
        const loaded = StandardMerkleTree.load(JSON.parse(dump));
        res.loadedRoot = loaded.root;
        // Proofs from the loaded tree, checked against those of of() and
        // verified: all of them for small trees, about 200 spread over big ones
        // (the dumps are also compared byte for byte by the caller).
        const step = Math.max(1, Math.floor(loaded.length / 200));
        res.loadedChecked = 0;
        res.loadedMismatch = -1;
        for (let i = 0; i < loaded.length; i += step) {
          const p = loaded.getProof(i);
          const ok = p.join() === res.proofs[i].join() &&
            StandardMerkleTree.verify(loaded.root, types, loaded.at(i), p);
          if (!ok) { res.loadedMismatch = i; break; }
          res.loadedChecked++;
        }
      } catch (e) {
        res.loadError = String(e && e.message ? e.message : e);
      }
    }
    return res;
  });
}

function bench(req) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const tree = StandardMerkleTree.of(req.values, req.types);
  const t1 = process.hrtime.bigint();
  let entries = 0;
  for (let i = 0; i < tree.length; i++) entries += tree.getProof(i).length;
  const t2 = process.hrtime.bigint();
  const cpu = process.cpuUsage(c0);
  return {
    root: tree.root,
    proofEntries: entries,
    ofMs: Number(t1 - t0) / 1e6,
    proofsMs: Number(t2 - t1) / 1e6,
    cpuMs: (cpu.user + cpu.system) / 1e3,
    rssMB: process.memoryUsage().rss / 2 ** 20,
  };
}

const req = JSON.parse(await readStdin());
const out = process.argv[2] === 'bench' ? bench(req) : check(req);
process.stdout.write(JSON.stringify(out));
