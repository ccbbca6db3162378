// The range reached on each side (web/static/coach/range.js) on the recorded turns and tilts.

import { test } from "node:test";
import assert from "node:assert/strict";
import { loadCoach, readSequence } from "./support.mjs";
import { CAMERAS, HEIGHT, WIDTH, project } from "./make-sequences.mjs";

const { measureRange, RangeMeter } = await loadCoach("range.js");

// The bounds docs/camera-coach.md states for the range of a side, in degrees.
const BOUND = { turns: 5.5, tilts: 2 };

for (const kind of ["turns", "tilts"]) {
  for (const noise of ["clean", "noisy", "rough"]) {
    test(`${kind}-${noise}: each side within ${BOUND[kind]}° of the truth and within its stated uncertainty`, (t) => {
      const sequence = readSequence(`${kind}-${noise}`);
      const range = measureRange(sequence.frames, { movement: kind, aspect: sequence.aspect });
      for (const side of ["left", "right"]) {
        const truth = sequence.truth.rangeDeg[side];
        const measured = range[side];
        t.diagnostic(`${kind}-${noise} ${side}: ${measured.deg}° ± ${measured.uncertaintyDeg}° (truth ${truth}°, off ${(measured.deg - truth).toFixed(1)}°)`);
        assert.equal(measured.excursions, sequence.truth.excursions[side]);
        assert.ok(Math.abs(measured.deg - truth) <= BOUND[kind], `${side} off by ${(measured.deg - truth).toFixed(1)}°`);
        assert.ok(Math.abs(measured.deg - truth) <= measured.uncertaintyDeg, `${side} outside its uncertainty`);
        assert.ok(measured.uncertaintyDeg < (kind === "turns" ? 10 : 7), `${side} uncertainty ${measured.uncertaintyDeg}°`);
        if (kind === "turns") assert.equal(measured.scale, "own");
      }
      const difference = range.left.deg - range.right.deg;
      const trueDifference = sequence.truth.rangeDeg.left - sequence.truth.rangeDeg.right;
      assert.ok(difference > 0, "the wider side is the left");
      assert.ok(Math.abs(difference - trueDifference) <= range.left.uncertaintyDeg + range.right.uncertaintyDeg);
    });
  }
}

test("turns measured with the head's own scale, whatever its shape, within 4.5° at 50 to 80 cm", (t) => {
  let worst = 0;
  for (const shape of [0.85, 1, 1.15]) {
    for (const distanceM of [0.5, 0.65, 0.8]) {
      const body = { shoulderHalf: 0.19, earHalf: 0.075 * Math.sqrt(shape), noseDepth: 0.1 / Math.sqrt(shape), neckLength: 0.12, trunkLength: 0.52 };
      const frames = [];
      const sweep = [0, 0, 0, ...Array.from({ length: 31 }, (_, i) => 65 * Math.sin((Math.PI * i) / 30)), 0];
      const back = Array.from({ length: 31 }, (_, i) => -50 * Math.sin((Math.PI * i) / 30));
      [...sweep, ...back, 0, 0].forEach((yaw, index) => {
        const frame = Array.from({ length: 33 }, () => ({ x: 0, y: 0, z: 0, visibility: 0 }));
        for (const [at, landmark] of Object.entries(project({ ...CAMERAS.front, distanceM }, body, { neck: 5, yaw }).frame)) frame[at] = landmark;
        frames.push({ timeMs: index * 100, frame });
      });
      const range = measureRange(frames, { movement: "turns", aspect: WIDTH / HEIGHT });
      assert.equal(range.left.scale, "own");
      worst = Math.max(worst, Math.abs(range.left.deg - 65), Math.abs(range.right.deg - 50));
    }
  }
  t.diagnostic(`worst ${worst.toFixed(2)}°`);
  assert.ok(worst <= 4.5, `worst ${worst.toFixed(2)}°`);
});

test("a side not reached has no range, and a turn under way counts", () => {
  const sequence = readSequence("turns-clean");
  const meter = new RangeMeter({ movement: "turns", aspect: sequence.aspect });
  for (const { timeMs, frame } of sequence.frames.filter((each) => each.timeMs <= 2500)) meter.update(timeMs, frame);
  const range = meter.result();
  assert.equal(range.right, null);
  assert.equal(range.left.excursions, 1);
  assert.ok(range.left.deg > 55, JSON.stringify(range.left));
  assert.deepEqual(measureRange([], { movement: "tilts" }), { left: null, right: null });
});

test("without enough turned frames for the head's own scale, the typical one, with a wider uncertainty", () => {
  const sequence = readSequence("turns-clean");
  const own = measureRange(sequence.frames, { movement: "turns", aspect: sequence.aspect });
  const typical = measureRange(sequence.frames, { movement: "turns", aspect: sequence.aspect, minScaleFrames: 10_000 });
  assert.equal(typical.left.scale, "typical");
  assert.ok(typical.left.uncertaintyDeg > own.left.uncertaintyDeg);
  assert.ok(Math.abs(typical.left.deg - sequence.truth.rangeDeg.left) <= typical.left.uncertaintyDeg);
});
