// Head-still during a held phase (web/static/coach/still.js) on the recorded held phases.

import { test } from "node:test";
import assert from "node:assert/strict";
import { loadCoach, readSequence } from "./support.mjs";

const { HeadStill, STILL_EVENT } = await loadCoach("still.js");

const NAMES = ["still-jitter", "still-small-drift", "still-turn", "still-tilt-twice", "still-nod"];

function watch(sequence, options = {}) {
  const still = new HeadStill({ aspect: sequence.aspect, ...options });
  const events = [];
  for (const { timeMs, frame } of sequence.frames) {
    const event = still.update(timeMs, frame);
    if (event !== null) events.push(event);
  }
  return { still, events };
}

for (const name of NAMES) {
  const sequence = readSequence(name);
  const expected = sequence.truth.events;
  test(`${name}: ${expected.length === 0 ? "never moved" : `moved ${expected.length} time(s), on time, on the right axis`}`, (t) => {
    const { still, events } = watch(sequence);
    t.diagnostic(`${name}: ${JSON.stringify(events.map(({ atMs, axis, deg }) => ({ atMs, axis, deg: Math.round(deg * 10) / 10 })))}`);
    assert.notEqual(still.referenceAngles, null);
    assert.equal(events.length, expected.length, JSON.stringify(events));
    events.forEach((event, index) => {
      assert.equal(event.type, STILL_EVENT.MOVED);
      assert.equal(event.axis, expected[index].axis);
      assert.ok(event.atMs >= expected[index].afterMs && event.atMs <= expected[index].beforeMs, `event at ${event.atMs} ms`);
      assert.ok(Math.abs(event.deg) > sequence.truth.thresholdDeg);
    });
  });
}

test("the threshold is the caller's: a 9° turn is no move at 12°, a 2.5° drift is one at 2°", () => {
  assert.equal(watch(readSequence("still-turn"), { thresholdDeg: 12, releaseDeg: 8 }).events.length, 0);
  const drift = watch(readSequence("still-small-drift"), { thresholdDeg: 2, releaseDeg: 1 }).events;
  assert.ok(drift.length >= 1, JSON.stringify(drift));
});

test("without hysteresis and confirmation, jitter about the threshold fires again and again", () => {
  const sequence = readSequence("still-tilt-twice");
  const loose = watch(sequence, { thresholdDeg: 7.5, releaseDeg: 7.4, confirmMs: 0, window: 1 }).events.length;
  const kept = watch(sequence, { thresholdDeg: 7.5 }).events.length;
  assert.ok(loose > kept, `loose ${loose}, kept ${kept}`);
  assert.ok(kept <= 2, `kept ${kept}`);
});

test("frames without a person or seen badly neither move nor settle the head", () => {
  const sequence = readSequence("still-turn");
  const blind = sequence.frames.map((each) => (each.timeMs > 3000 ? { ...each, frame: null } : each));
  const { still, events } = watch({ ...sequence, frames: blind });
  assert.equal(events.length, 0);
  assert.equal(still.isMoved, false);
  const dim = sequence.frames.map((each) =>
    each.timeMs > 3000 && each.frame ? { ...each, frame: each.frame.map((landmark) => ({ ...landmark, visibility: 0.2 })) } : each,
  );
  assert.equal(watch({ ...sequence, frames: dim }).events.length, 0);
});

test("no reference, and so no move, before the first second", () => {
  const sequence = readSequence("still-turn");
  const still = new HeadStill({ aspect: sequence.aspect });
  for (const { timeMs, frame } of sequence.frames.filter((each) => each.timeMs < 900)) still.update(timeMs, frame);
  assert.equal(still.referenceAngles, null);
  assert.throws(() => new HeadStill({ thresholdDeg: 3, releaseDeg: 3 }), RangeError);
});
