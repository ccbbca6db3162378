// Counting repetitions (web/static/coach/reps.js) on the recorded counted movements.

import { test } from "node:test";
import assert from "node:assert/strict";
import { loadCoach, readSequence } from "./support.mjs";

const { RepCounter, REP_EVENT } = await loadCoach("reps.js");

function count(sequence, options) {
  const counter = new RepCounter({ aspect: sequence.aspect, ...options });
  const events = [];
  for (const { timeMs, frame } of sequence.frames) {
    const event = counter.update(timeMs, frame);
    if (event !== null) events.push(event);
  }
  return { counter, events };
}

for (const kind of ["turns", "tilts", "nods"]) {
  test(`${kind}: exactly the true count on the clean sequence, one event per repetition`, () => {
    const sequence = readSequence(`${kind}-clean`);
    const { counter, events } = count(sequence, { movement: kind });
    assert.equal(counter.count, sequence.truth.repetitions);
    assert.deepEqual(
      events.map((event) => event.count),
      Array.from({ length: sequence.truth.repetitions }, (_, index) => index + 1),
    );
    assert.ok(events.every((event) => event.type === REP_EVENT.REPETITION));
    const cycleMs = 6000;
    events.forEach((event, index) => {
      const end = 1000 + (index + 1) * cycleMs;
      assert.ok(event.atMs > end - cycleMs / 4 && event.atMs <= end, `repetition ${index + 1} at ${event.atMs} ms`);
    });
  });

  test(`${kind}: within one of the true count on the noisy and the rough sequences`, (t) => {
    for (const noise of ["noisy", "rough"]) {
      const sequence = readSequence(`${kind}-${noise}`);
      const { counter } = count(sequence, { movement: kind });
      t.diagnostic(`${kind}-${noise}: ${counter.count} of ${sequence.truth.repetitions}`);
      assert.ok(Math.abs(counter.count - sequence.truth.repetitions) <= 1, `${noise}: ${counter.count} counted`);
    }
  });

  test(`${kind}: each excursion counted in mode "each"`, () => {
    for (const noise of ["clean", "noisy", "rough"]) {
      const sequence = readSequence(`${kind}-${noise}`);
      const excursions = Object.values(sequence.truth.excursions).reduce((a, b) => a + b, 0);
      const { counter } = count(sequence, { movement: kind, mode: "each" });
      assert.ok(Math.abs(counter.count - excursions) <= (noise === "clean" ? 0 : 1), `${noise}: ${counter.count} of ${excursions}`);
    }
  });
}

test("a movement on another axis counts nothing", () => {
  assert.equal(count(readSequence("turns-clean"), { movement: "tilts" }).counter.count, 0);
  assert.equal(count(readSequence("tilts-clean"), { movement: "turns" }).counter.count, 0);
  assert.equal(count(readSequence("turns-clean"), { movement: "nods" }).counter.count, 0);
});

test("an excursion short of the reach counts nothing, nor does jitter in the held phases", () => {
  assert.equal(count(readSequence("turns-clean"), { movement: "turns", reachDeg: 80, centreDeg: 10 }).counter.count, 0);
  for (const name of ["still-jitter", "still-turn", "still-tilt-twice"]) {
    for (const movement of ["turns", "tilts", "nods"]) {
      assert.equal(count(readSequence(name), { movement, mode: "each" }).counter.count, 0, `${movement} in ${name}`);
    }
  }
});

test("one side alone is no cycle", () => {
  const sequence = readSequence("turns-clean");
  const leftOnly = sequence.frames.map((each) => (each.truth[0] < -1 ? { ...each, frame: null } : each));
  assert.equal(count({ ...sequence, frames: leftOnly }, { movement: "turns" }).counter.count, 0);
  assert.equal(count({ ...sequence, frames: leftOnly }, { movement: "turns", mode: "each" }).counter.count, 5);
});

test("settings that cannot work are refused", () => {
  assert.throws(() => new RepCounter({ axis: "twist" }), RangeError);
  assert.throws(() => new RepCounter({ movement: "turns", mode: "both" }), RangeError);
  assert.throws(() => new RepCounter({ movement: "turns", reachDeg: 10, centreDeg: 10 }), RangeError);
});
