#!/bin/sh
# Interleaved A/B of the builtin draft, verification (fresh transcript) and re-verification in one
# process, CPU time per call (process.cpuUsage), for comparing two checkouts on a shared machine.
#
#   bench/ab-cpu.sh BASE_ROOT BRANCH_ROOT [ROUNDS] [CALLS]
#
# Each root (a worktree or a `git archive` of a commit, with node_modules reachable from it) is
# bundled with esbuild into its own module, so both run side by side; per round each step runs
# CALLS times per variant, the variants' order alternating round by round. STEPS=verify,reverify
# limits the steps. Prints median, p25 and fastest CPU ms per call, and the median (p25, p75) of the
# per-round ratio branch/base. Bundles load in the order given, and the second loaded can run a
# little differently (session 24), so run it again with the roots swapped (the ratio inverted).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/ab-cpu.XXXXXX)
for pair in "base:$1" "branch:$2"; do
  name=${pair%%:*}
  root=$(cd "${pair#*:}" && pwd)
  cat > "$work/entry-$name.ts" <<ENTRY
import { createBuiltinDrafter, getTemplate, verifyDraft } from '$root/src/draft/index.js';
import { thirtyMinuteTranscript } from '$root/bench/same-output.js';
export async function make() {
  const transcript = thirtyMinuteTranscript();
  const template = getTemplate('journalnotat');
  const drafter = createBuiltinDrafter();
  const output = await drafter.draft({ template, transcript });
  const engine = drafter.info;
  return {
    draft: () => drafter.draft({ template, transcript }),
    verify: () =>
      verifyDraft({ template, transcript: { segments: [...transcript.segments] }, output, engine }),
    reverify: () => verifyDraft({ template, transcript, output, engine }),
  };
}
ENTRY
  "$here/../node_modules/.bin/esbuild" "$work/entry-$name.ts" --bundle --platform=node \
    --format=esm --packages=external --log-level=warning --tsconfig="$root/tsconfig.json" \
    --outfile="$work/bundle-$name.mjs"
done
ln -s "$here/../node_modules" "$work/node_modules"
cat > "$work/ab.mjs" <<'RUN'
const [rounds = 20, calls = 2] = process.argv.slice(2).map(Number);
const names = ['base', 'branch'];
const steps = (process.env.STEPS ?? 'draft,verify,reverify').split(',');
const variants = {};
for (const name of names) variants[name] = await (await import(`./bundle-${name}.mjs`)).make();
const cpu = {};
for (const n of names) for (const s of steps) cpu[`${n} ${s}`] = [];
for (const n of names) for (let i = 0; i < 10; i++) for (const s of steps) await variants[n][s]();
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? names : [...names].reverse();
  for (const s of steps)
    for (const n of order) {
      const before = process.cpuUsage();
      for (let c = 0; c < calls; c++) await variants[n][s]();
      const used = process.cpuUsage(before);
      cpu[`${n} ${s}`].push((used.user + used.system) / 1000 / calls);
    }
}
const q = (a, p) => [...a].sort((x, y) => x - y)[Math.floor(p * (a.length - 1))];
for (const s of steps) {
  console.log(
    s.padEnd(9),
    names
      .map((n) => {
        const v = cpu[`${n} ${s}`];
        return `${n} median ${q(v, 0.5).toFixed(1)} p25 ${q(v, 0.25).toFixed(1)} min ${q(v, 0).toFixed(1)}`;
      })
      .join(' | '),
  );
  // Per-round ratio branch/base (the two ran back to back in that round).
  const ratios = cpu[`branch ${s}`].map((v, r) => v / cpu[`base ${s}`][r]);
  console.log(
    ''.padEnd(9),
    `ratio branch/base per round: median ${q(ratios, 0.5).toFixed(3)} p25 ${q(ratios, 0.25).toFixed(3)} p75 ${q(ratios, 0.75).toFixed(3)}`,
  );
}
RUN
REFERENT_SHARED_DIR="${REFERENT_SHARED_DIR:-$here/../../shared}" node "$work/ab.mjs" "${3:-20}" "${4:-2}"
rm -rf "$work"
