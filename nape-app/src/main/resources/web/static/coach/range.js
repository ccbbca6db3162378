// The range of movement reached on each side during turns (yaw) or tilts (roll), with its
// uncertainty, so that left and right can be compared, and one week with another.
//
// Model: the excursions of reps.js. Each excursion's peak is the median of its three highest
// angles (so one stray frame does not make the peak); a side's range is the median of its
// excursions' peaks.
//
// Turns use the person's own head: yaw from the nose's offset needs the head's ratio of ear span to
// nose depth (head.js assumes a typical one, which can be 15% off for a given face). A turn shows it:
// the ear span over the shoulder width shrinks as cos(yaw) against the still head of the first
// frames, while the nose's offset grows as tan(yaw) / scale, so every frame turned far enough
// (cos below 0.85, about 30°) gives the scale, and their median replaces the typical one when there
// are at least `minScaleFrames` of them ("own" scale; else "typical"). This assumes the shoulders
// stay square to the camera while the head turns.
//
// The uncertainty adds, as a bound rather than a standard error:
//   - the spread: half the distance between the side's lowest and highest peaks (with a single
//     excursion, the spread of its top samples), and
//   - the estimator's known error for the axis and scale, `fixedDeg + fraction × range`, measured
//     on the model sequences and head shapes of the tests (docs/camera-coach.md). The systematic part
//     is the same for one person, camera and distance from week to week and for both sides, so a
//     comparison of sides or weeks is better than the absolute figure.

import { Excursions, MOVEMENT_AXIS, SIDE_NAMES } from "./reps.js";
import { median, yawOf } from "./head.js";

/** The estimator's error per axis (and, for yaw, per scale), as measured on the model. */
export const ESTIMATOR_ERROR = Object.freeze({
  yaw: { own: { fixedDeg: 1.5, fraction: 0.04 }, typical: { fixedDeg: 1.5, fraction: 0.12 } },
  roll: { fixedDeg: 1, fraction: 0.03 },
  pitch: { fixedDeg: 2, fraction: 0.3 },
});

const SCALE_BELOW_COS = 0.85;

export class RangeMeter {
  /** options: axis or movement ("turns", "tilts"), minScaleFrames, and those of Excursions (reachDeg, centreDeg, reference, …). */
  constructor(options = {}) {
    this.axis = options.axis ?? MOVEMENT_AXIS[options.movement];
    this.minScaleFrames = options.minScaleFrames ?? 5;
    this.excursions = new Excursions({ ...options, axis: this.axis });
    this.ended = [];
    this.seen = [];
  }

  update(timeMs, frame) {
    const ended = this.excursions.add(timeMs, frame);
    if (ended !== null) this.ended.push(ended);
    if (this.axis === "yaw" && this.excursions.lastAngles !== null) this.seen.push(this.excursions.lastAngles);
    return null;
  }

  /** The head's own yaw scale from the turned frames, or null when too few. */
  ownScale() {
    const still = this.excursions.first.filter((each) => each.spanRatio !== null);
    if (still.length === 0) return null;
    const span = median(still.map((each) => each.spanRatio));
    const centre = median(still.map((each) => each.sideways));
    const scales = [];
    for (const angles of this.seen) {
      if (angles.spanRatio === null) continue;
      const cos = angles.spanRatio / span;
      const offset = Math.abs(angles.sideways - centre);
      if (cos < SCALE_BELOW_COS && cos > 0.1 && offset > 1e-3) scales.push(Math.sqrt(1 - cos * cos) / (cos * offset));
    }
    return scales.length >= this.minScaleFrames ? { scale: median(scales), centre } : null;
  }

  /**
   * The range so far, per side name ("left", "right"; "down", "up" for pitch): {deg, uncertaintyDeg,
   * excursions, peaksDeg, scale ("own" or "typical", for yaw)} or null for a side not yet reached.
   * An excursion still under way counts.
   */
  result() {
    const all = this.excursions.current === null ? this.ended : [...this.ended, this.excursions.current];
    const own = this.axis === "yaw" ? this.ownScale() : null;
    const names = SIDE_NAMES[this.axis];
    const result = {};
    for (const side of [1, -1]) {
      const peaks = all.filter((each) => each.side === side).map((each) => topOf(each, own));
      result[names[side]] = sideRange(peaks, this.axis, own);
    }
    return result;
  }
}

/** An excursion's top values in degrees, rescaled with the head's own scale when there is one. */
function topOf(excursion, own) {
  if (own === null) return excursion.top;
  return excursion.topAngles.map((angles) => excursion.side * (yawOf(angles.sideways, own.scale) - yawOf(own.centre, own.scale)));
}

function sideRange(tops, axis, own) {
  if (tops.length === 0) return null;
  const peaks = tops.map((top) => median(top));
  const deg = median(peaks);
  const spread = tops.length > 1 ? (Math.max(...peaks) - Math.min(...peaks)) / 2 : (Math.max(...tops[0]) - Math.min(...tops[0])) / 2;
  const error = axis === "yaw" ? ESTIMATOR_ERROR.yaw[own === null ? "typical" : "own"] : ESTIMATOR_ERROR[axis];
  const range = {
    deg: round(deg),
    uncertaintyDeg: round(spread + error.fixedDeg + error.fraction * Math.abs(deg)),
    excursions: tops.length,
    peaksDeg: peaks.map(round),
  };
  if (axis === "yaw") range.scale = own === null ? "typical" : "own";
  return range;
}

function round(value) {
  return Math.round(value * 10) / 10;
}

/** The range of a whole recorded phase, from its frames [{timeMs, frame}]. */
export function measureRange(frames, options = {}) {
  const meter = new RangeMeter(options);
  for (const { timeMs, frame } of frames) meter.update(timeMs, frame);
  return meter.result();
}
