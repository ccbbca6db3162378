// Posture (web/static/coach/posture.js): the measures against the model's known angles, the
// calibration, the score, and the watch over a recorded hour of sitting.

import { test } from "node:test";
import assert from "node:assert/strict";
import { loadCoach, median, readSequence } from "./support.mjs";

const { calibrate, comparePosture, measurePosture, postureScore, PostureWatch, POSTURE_EVENT } = await loadCoach("posture.js");

const MINUTE = 60_000;

// The bounds docs/camera-coach.md states, in degrees, for the median over a held posture.
const BOUNDS = {
  front: { forwardHeadDeg: 6, slouchDeg: 1.5 },
  side: { forwardHeadDeg: 4, slouchDeg: 1 },
};

function steps(sequence) {
  return sequence.truth.steps.map((step) => ({
    ...step,
    frames: sequence.frames.filter((each) => each.timeMs >= step.fromMs && each.timeMs < step.toMs),
  }));
}

/** The truth of a step against the calibration's: front, the neck's lean; side, the ear–shoulder line. */
function truthOf(view, step, calibration) {
  const column = (frames, index) => median(frames.map((each) => each.truth[index]));
  const forwardHeadDeg =
    view === "front" ? step.neckDeg - calibration.neckDeg : column(step.frames, 0) - column(calibration.frames, 0);
  return { forwardHeadDeg, slouchDeg: column(step.frames, 1) - column(calibration.frames, 1) };
}

for (const view of ["front", "side"]) {
  const sequence = readSequence(`posture-${view}`);
  const [calibrationStep, ...held] = steps(sequence);
  const options = { view, aspect: sequence.aspect };
  const calibration = calibrate(calibrationStep.frames.map((each) => each.frame), options);

  test(`${view}: each held posture's forward head and slouch within the stated bounds`, (t) => {
    assert.notEqual(calibration, null);
    assert.equal(calibration.view, view);
    let worst = { forwardHeadDeg: 0, slouchDeg: 0 };
    for (const step of held) {
      const compared = step.frames.map((each) => comparePosture(each.frame, calibration, options)).filter((each) => each !== null);
      assert.equal(compared.length, step.frames.length);
      const truth = truthOf(view, step, calibrationStep);
      for (const measure of ["forwardHeadDeg", "slouchDeg"]) {
        const error = median(compared.map((each) => each[measure])) - truth[measure];
        worst[measure] = Math.max(worst[measure], Math.abs(error));
        assert.ok(Math.abs(error) <= BOUNDS[view][measure], `${measure} at neck ${step.neckDeg}°, trunk ${step.trunkDeg}°: ${error.toFixed(2)}° off`);
      }
    }
    t.diagnostic(`${view}: worst forward head ${worst.forwardHeadDeg.toFixed(2)}°, slouch ${worst.slouchDeg.toFixed(2)}°`);
  });

  test(`${view}: the score is full sitting as at calibration, and falls as the head goes forward`, () => {
    const scoreOf = (step) => median(step.frames.map((each) => comparePosture(each.frame, calibration, options).score));
    const at = (neck, trunk) => scoreOf(held.find((step) => step.neckDeg === neck && step.trunkDeg === trunk));
    assert.ok(at(5, 0) >= 95, `as calibrated: ${at(5, 0)}`);
    assert.ok(at(0, 0) >= 95, `more upright: ${at(0, 0)}`);
    const forwards = [10, 15, 20, 25, 30, 35].map((neck) => at(neck, 0));
    forwards.slice(1).forEach((score, index) => assert.ok(score <= forwards[index], `falls with the neck: ${forwards}`));
    assert.ok(at(35, 0) < 60 && at(30, 15) < 60, `poor: ${at(35, 0)}, ${at(30, 15)}`);
    assert.ok(at(5, 15) < at(5, 0), "a slouch lowers the score");
  });
}

test("a calibration needs enough frames seen well; a frame seen badly is not compared", () => {
  const sequence = readSequence("posture-front");
  const frames = sequence.frames.filter((each) => each.timeMs < 4000).map((each) => each.frame);
  assert.equal(calibrate(frames.slice(0, 5), { aspect: sequence.aspect }), null);
  const dim = frames.map((frame) => frame.map((landmark) => ({ ...landmark, visibility: 0.3 })));
  assert.equal(calibrate(dim, { aspect: sequence.aspect }), null);
  assert.equal(calibrate([null, null], { aspect: sequence.aspect }), null);
  const calibration = calibrate(frames, { aspect: sequence.aspect });
  assert.equal(comparePosture(dim[0], calibration, { aspect: sequence.aspect }), null);
  assert.equal(comparePosture(null, calibration, { aspect: sequence.aspect }), null);
  assert.equal(measurePosture(null), null);
});

test("the score: 100 within the tolerance, 5 points a degree beyond it, never below 0", () => {
  assert.equal(postureScore(0, 0), 100);
  assert.equal(postureScore(5, null), 100);
  assert.equal(postureScore(-12, -3), 100);
  assert.equal(postureScore(10, 0), 75);
  assert.equal(postureScore(10, 9), 55);
  assert.equal(postureScore(40, 20), 0);
  assert.equal(postureScore(10, 0, { toleranceDeg: 0, scorePerDeg: 2 }), 80);
});

function watchOver(sequence, frames, options = {}) {
  const calibration = calibrate(sequence.calibration.map((each) => each.frame), { aspect: sequence.aspect });
  const watch = new PostureWatch(calibration, { aspect: sequence.aspect, ...options });
  const prompts = [];
  for (const { timeMs, frame } of frames) {
    const event = watch.update(timeMs, frame);
    if (event !== null) prompts.push(event);
  }
  return { watch, prompts };
}

test("the watch: no prompt before poor posture has lasted 10 min, one after, none in the 20 min after it", (t) => {
  const sequence = readSequence("posture-watch");
  const { watch, prompts } = watchOver(sequence, sequence.frames);
  t.diagnostic(`prompts at ${prompts.map((each) => (each.atMs / MINUTE).toFixed(2)).join(", ")} min; good ${(watch.totals.goodMs / MINUTE).toFixed(2)} min`);
  const expected = sequence.truth.prompts;
  assert.equal(prompts.length, expected.length, JSON.stringify(prompts));
  prompts.forEach((prompt, index) => {
    assert.equal(prompt.type, POSTURE_EVENT.PROMPT);
    assert.ok(prompt.atMs >= expected[index].afterMin * MINUTE && prompt.atMs <= expected[index].beforeMin * MINUTE, `prompt ${index + 1} at ${prompt.atMs / MINUTE} min`);
    assert.ok(prompt.poorForMs >= 10 * MINUTE);
  });
  assert.ok(prompts[1].atMs - prompts[0].atMs >= 20 * MINUTE);
  assert.ok(Math.abs(watch.totals.goodMs - sequence.truth.goodMin * MINUTE) <= 0.5 * MINUTE, `good ${watch.totals.goodMs / MINUTE} min`);
});

test("the watch: time not seen is not poor; after a long absence poor posture counts from nothing", () => {
  const sequence = readSequence("posture-watch");
  const unseen = sequence.frames.map((each) =>
    each.timeMs >= 13 * MINUTE && each.timeMs < 30 * MINUTE ? { ...each, frame: null } : each,
  );
  const { prompts, watch } = watchOver(sequence, unseen);
  assert.deepEqual(prompts.map((each) => Math.round(each.atMs / MINUTE)), [60], JSON.stringify(prompts));
  const all = watchOver(sequence, sequence.frames).watch.totals;
  assert.ok(watch.totals.poorMs < all.poorMs - 15 * MINUTE, "the 17 min not seen are not poor time");
});

test("the watch: poor posture without end gives one prompt every 20 min, the first at 10 min", () => {
  const sequence = readSequence("posture-watch");
  const poor = sequence.frames.find((each) => each.frame !== null && each.truth[0] === "poor" && each.timeMs > 5 * MINUTE).frame;
  const frames = Array.from({ length: (70 * MINUTE) / 5000 + 1 }, (_, index) => ({ timeMs: index * 5000, frame: poor }));
  const { prompts } = watchOver(sequence, frames);
  assert.deepEqual(prompts.map((each) => each.atMs / MINUTE), [10, 30, 50, 70]);
  const { prompts: sooner } = watchOver(sequence, frames, { sustainMs: 2 * MINUTE, quietMs: 5 * MINUTE });
  assert.deepEqual(sooner.slice(0, 3).map((each) => each.atMs / MINUTE), [2, 7, 12]);
});

test("the watch: frames fed faster than every 2 s are passed over, and time going back is not counted", () => {
  const sequence = readSequence("posture-watch");
  const good = sequence.calibration[0].frame;
  const { watch } = watchOver(sequence, [0, 500, 1000, 1500, 2000, 1000, 4000].map((timeMs) => ({ timeMs, frame: good })));
  assert.equal(watch.totals.goodMs, 4000);
  assert.throws(() => new PostureWatch(null), TypeError);
});

test("the watch: a stray poor frame now and then in good posture is no poor posture", () => {
  const sequence = readSequence("posture-watch");
  const poor = sequence.frames.find((each) => each.frame !== null && each.truth[0] === "poor" && each.timeMs > 5 * MINUTE).frame;
  const good = sequence.frames.find((each) => each.frame !== null && each.truth[0] === "good").frame;
  const frames = Array.from({ length: (40 * MINUTE) / 5000 }, (_, index) => ({ timeMs: index * 5000, frame: index % 6 === 5 ? poor : good }));
  const { prompts, watch } = watchOver(sequence, frames);
  assert.equal(prompts.length, 0);
  assert.equal(watch.totals.poorMs, 0);
  assert.equal(watch.posture, "good");
});
