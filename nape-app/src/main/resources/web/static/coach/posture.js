// Sitting posture from camera frames, as pure functions and one state machine (no DOM, no clock).
//
// Two camera positions, chosen by the person (options.view):
// - "front" (the usual case, a laptop's camera): the ear–shoulder line is seen end-on, so its
//   forward tilt is read from how short the neck looks: the neck ratio, the height of the ears'
//   midpoint above the shoulder line over the shoulder width. Leaning the neck forwards by a shortens
//   it by cos a; against the calibration, whose neck is taken as upright, the forward-head angle is
//   acos(ratio / calibrated ratio) (negative, by the same formula, when the neck looks longer). The
//   slouch is the trunk leaning towards the screen about the hips: the shoulders come nearer, so the
//   shoulder width grows; with the calibrated distance D to the camera and the hips' distance L below
//   the shoulders (assumed: options.cameraDistanceM, options.trunkLengthM), the lean is
//   asin(D · (1 − w₀ / w) / L).
// - "side" (a camera beside the person): the forward-head angle is the angle of the seen side's
//   shoulder → ear line against vertical, positive when the ear is ahead of the shoulder (ahead is
//   where the nose points); the slouch, when the hip is in the picture, the hip → shoulder line's.
//   Both are absolute; against the calibration they are differences.
//
// The score is 100 at the calibration and falls by `scorePerDeg` points for every degree of
// forward head or slouch beyond a tolerance, to 0. PostureWatch turns scores sampled every few
// seconds into at most one prompt per sustained stretch of poor posture.

import { DEFAULTS, LANDMARK, allSeen, degrees, distance, median, midpoint, point, seen } from "./head.js";

export const POSTURE_DEFAULTS = Object.freeze({
  view: "front",
  cameraDistanceM: 0.6,
  trunkLengthM: 0.5,
  minCalibrationFrames: 15,
  toleranceDeg: 5,
  scorePerDeg: 5,
});

const EARS = [LANDMARK.LEFT_EAR, LANDMARK.RIGHT_EAR];
const SHOULDERS = [LANDMARK.LEFT_SHOULDER, LANDMARK.RIGHT_SHOULDER];

function settings(options) {
  return { ...DEFAULTS, ...POSTURE_DEFAULTS, ...options };
}

/**
 * What one frame shows of posture, or null when what is needed is not seen well.
 * Front: {view, neckRatio, shoulderWidth}; side: {view, earShoulderDeg, trunkDeg (null without the hip)}.
 */
export function measurePosture(frame, options = {}) {
  const config = settings(options);
  return config.view === "side" ? measureSide(frame, config) : measureFront(frame, config);
}

function measureFront(frame, config) {
  if (!allSeen(frame, [...EARS, ...SHOULDERS], config.minVisibility)) return null;
  const left = point(frame, LANDMARK.LEFT_SHOULDER, config.aspect);
  const right = point(frame, LANDMARK.RIGHT_SHOULDER, config.aspect);
  const width = distance(left, right);
  if (width < 1e-6) return null;
  const ears = midpoint(point(frame, LANDMARK.LEFT_EAR, config.aspect), point(frame, LANDMARK.RIGHT_EAR, config.aspect));
  const shoulders = midpoint(left, right);
  // Height above the shoulder line, measured square to it, so that a shoulder held higher does not count.
  const along = { x: (left.x - right.x) / width, y: (left.y - right.y) / width };
  const up = -((ears.x - shoulders.x) * -along.y + (ears.y - shoulders.y) * along.x);
  return { view: "front", neckRatio: up / width, shoulderWidth: width };
}

function measureSide(frame, config) {
  const leftSeen = (frame && frame[LANDMARK.LEFT_EAR]?.visibility) ?? 0;
  const rightSeen = (frame && frame[LANDMARK.RIGHT_EAR]?.visibility) ?? 0;
  const near = leftSeen >= rightSeen ? [LANDMARK.LEFT_EAR, LANDMARK.LEFT_SHOULDER, LANDMARK.LEFT_HIP] : [LANDMARK.RIGHT_EAR, LANDMARK.RIGHT_SHOULDER, LANDMARK.RIGHT_HIP];
  const [earIndex, shoulderIndex, hipIndex] = near;
  if (!allSeen(frame, [LANDMARK.NOSE, earIndex, shoulderIndex], config.minVisibility)) return null;
  const nose = point(frame, LANDMARK.NOSE, config.aspect);
  const ear = point(frame, earIndex, config.aspect);
  const shoulder = point(frame, shoulderIndex, config.aspect);
  const ahead = Math.sign(nose.x - ear.x) || 1;
  const earShoulderDeg = degrees(Math.atan2((ear.x - shoulder.x) * ahead, shoulder.y - ear.y));
  let trunkDeg = null;
  if (seen(frame, hipIndex, config.minVisibility)) {
    const hip = point(frame, hipIndex, config.aspect);
    trunkDeg = degrees(Math.atan2((shoulder.x - hip.x) * ahead, hip.y - shoulder.y));
  }
  return { view: "side", earShoulderDeg, trunkDeg };
}

/**
 * The calibration from a few seconds of frames of the person sitting as they sit when their neck
 * feels good: the median of every measure over the frames seen well, or null with fewer than
 * `minCalibrationFrames` of them.
 */
export function calibrate(frames, options = {}) {
  const config = settings(options);
  const measures = frames.map((frame) => measurePosture(frame, config)).filter((each) => each !== null);
  if (measures.length < config.minCalibrationFrames) return null;
  const of = (key) => {
    const values = measures.map((each) => each[key]).filter((value) => value !== null);
    return values.length >= config.minCalibrationFrames ? median(values) : null;
  };
  if (config.view === "side") return { view: "side", frames: measures.length, earShoulderDeg: of("earShoulderDeg"), trunkDeg: of("trunkDeg") };
  return { view: "front", frames: measures.length, neckRatio: of("neckRatio"), shoulderWidth: of("shoulderWidth") };
}

/**
 * One frame against the calibration: {forwardHeadDeg, slouchDeg (null when not measured), score},
 * angles positive when worse than at calibration; null when the frame is not seen well.
 */
export function comparePosture(frame, calibration, options = {}) {
  const config = settings({ ...options, view: calibration.view });
  const measure = measurePosture(frame, config);
  if (measure === null) return null;
  let forwardHeadDeg;
  let slouchDeg = null;
  if (calibration.view === "side") {
    forwardHeadDeg = measure.earShoulderDeg - calibration.earShoulderDeg;
    if (measure.trunkDeg !== null && calibration.trunkDeg !== null) slouchDeg = measure.trunkDeg - calibration.trunkDeg;
  } else {
    forwardHeadDeg = shortening(measure.neckRatio, calibration.neckRatio);
    const nearer = (config.cameraDistanceM * (1 - calibration.shoulderWidth / measure.shoulderWidth)) / config.trunkLengthM;
    slouchDeg = degrees(Math.asin(Math.min(1, Math.max(-1, nearer))));
  }
  return { forwardHeadDeg, slouchDeg, score: postureScore(forwardHeadDeg, slouchDeg, config) };
}

/** The forward tilt that shortens an upright length to `ratio` of it; negative for a longer one. */
function shortening(ratio, calibrated) {
  if (!(calibrated > 0) || !(ratio > 0)) return ratio > calibrated ? -90 : 90;
  return ratio <= calibrated ? degrees(Math.acos(ratio / calibrated)) : -degrees(Math.acos(calibrated / ratio));
}

/** 100 within the tolerance of the calibration, less `scorePerDeg` for every degree beyond, to 0. */
export function postureScore(forwardHeadDeg, slouchDeg, options = {}) {
  const { toleranceDeg, scorePerDeg } = settings(options);
  const beyond = (deg) => (deg === null ? 0 : Math.max(0, deg - toleranceDeg));
  const score = 100 - scorePerDeg * (beyond(forwardHeadDeg) + beyond(slouchDeg));
  return Math.round(Math.min(100, Math.max(0, score)));
}

export const POSTURE_EVENT = Object.freeze({ PROMPT: "posture-prompt" });

export const WATCH_DEFAULTS = Object.freeze({
  sustainMs: 10 * 60_000,
  quietMs: 20 * 60_000,
  recoverMs: 60_000,
  poorBelow: 60,
  goodFrom: 70,
  minIntervalMs: 2000,
  maxCreditMs: 15_000,
  resetGapMs: 5 * 60_000,
  scoreWindow: 3,
});

/**
 * Watches posture through the working day, fed (timeMs, frame) every few seconds (frames closer
 * than `minIntervalMs` to the last one used are passed over).
 *
 * Model: a frame seen well is a sample with a score (comparePosture); the median of the last
 * `scoreWindow` scores (a single frame from the front can be 10° off near the calibration) is poor
 * below `poorBelow`, good from `goodFrom`, and between the two keeps the state before it (hysteresis). The time from
 * one sample to the next belongs to the first one's state, at most `maxCreditMs` of it, so that a
 * stretch without samples (frames not seen well, which are ignored, or none at all) counts as
 * neither good nor poor; after a gap longer than `resetGapMs` (the person went away) a stretch of
 * poor posture starts again from nothing. Poor time adds up while posture stays poor and is cleared
 * once posture has been good for `recoverMs`; when it reaches `sustainMs`, one PROMPT, provided the
 * last one was at least `quietMs` before; then the count starts again. Good time is summed for
 * Progress (`totals`).
 */
export class PostureWatch {
  constructor(calibration, options = {}) {
    if (calibration === null || calibration === undefined) throw new TypeError("a calibration is needed");
    this.calibration = calibration;
    this.options = { ...settings(options), ...WATCH_DEFAULTS, ...options };
    if (!(this.options.poorBelow <= this.options.goodFrom)) throw new RangeError("poorBelow must not exceed goodFrom");
    this.lastMs = null;
    this.state = null;
    this.poorRunMs = 0;
    this.goodRunMs = 0;
    this.lastPromptMs = null;
    this.goodMs = 0;
    this.poorMs = 0;
    this.scores = [];
  }

  /** Good and poor time seen so far, in milliseconds. */
  get totals() {
    return { goodMs: this.goodMs, poorMs: this.poorMs };
  }

  /** "good", "poor", or null before the first sample. */
  get posture() {
    return this.state;
  }

  /** Takes one frame; gives a PROMPT event {type, atMs, poorForMs} or null. */
  update(timeMs, frame) {
    if (this.lastMs !== null && timeMs - this.lastMs < this.options.minIntervalMs) return null;
    const compared = comparePosture(frame, this.calibration, this.options);
    if (compared === null) return null;
    this.credit(this.lastMs === null ? null : timeMs - this.lastMs);
    this.lastMs = timeMs;
    this.scores.push(compared.score);
    if (this.scores.length > this.options.scoreWindow) this.scores.shift();
    this.state = this.classify(median(this.scores));
    if (this.state !== "poor" || this.poorRunMs < this.options.sustainMs) return null;
    if (this.lastPromptMs !== null && timeMs - this.lastPromptMs < this.options.quietMs) return null;
    const poorForMs = this.poorRunMs;
    this.lastPromptMs = timeMs;
    this.poorRunMs = 0;
    return { type: POSTURE_EVENT.PROMPT, atMs: timeMs, poorForMs };
  }

  /** Gives the time since the last sample to the state it was in. */
  credit(gapMs) {
    if (gapMs === null || this.state === null) return;
    if (gapMs > this.options.resetGapMs) {
      this.poorRunMs = 0;
      this.goodRunMs = 0;
      this.scores = [];
      return;
    }
    const creditMs = Math.min(gapMs, this.options.maxCreditMs);
    if (this.state === "poor") {
      this.poorMs += creditMs;
      this.poorRunMs += creditMs;
      this.goodRunMs = 0;
      return;
    }
    this.goodMs += creditMs;
    this.goodRunMs += creditMs;
    if (this.goodRunMs >= this.options.recoverMs) this.poorRunMs = 0;
  }

  classify(score) {
    if (score < this.options.poorBelow) return "poor";
    if (score >= this.options.goodFrom) return "good";
    return this.state ?? "good";
  }
}
