// Counting the repetitions of a MOVE with a count, as a state machine fed (timeMs, frame) for every
// camera frame of the phase (no DOM, no clock of its own).
//
// Model: one axis of the head's orientation (head.js) follows the movement: turns yaw, tilts roll,
// nods pitch. Its angle is taken from a reference (given, else the median of the phase's first
// frames, when the head is still where the timeline starts the movement), smoothed by a running
// median. An excursion begins when the smoothed angle passes `reachDeg` to one side and ends when
// it comes back within `centreDeg` of the reference (or passes `reachDeg` on the other side, a sweep
// seen at a low frame rate): the gap between the two is the hysteresis, so jitter near either never
// counts twice. A repetition of the catalogue's movements is one cycle, out to one side and to the
// other (mode "cycle": counted when excursions to both sides have ended since the last count);
// mode "each" counts every excursion, for a movement done to one side.

import { AngleSmoother, DEFAULTS, headAngles, median } from "./head.js";

export const REP_EVENT = Object.freeze({ REPETITION: "repetition" });

/** The axis each kind of counted movement follows. */
export const MOVEMENT_AXIS = Object.freeze({ turns: "yaw", tilts: "roll", nods: "pitch" });

/** Where an excursion counts and where it has come back, per axis, in degrees. */
export const EXCURSION_DEFAULTS = Object.freeze({
  yaw: { reachDeg: 20, centreDeg: 8 },
  roll: { reachDeg: 12, centreDeg: 5 },
  pitch: { reachDeg: 12, centreDeg: 5 },
});

/** Side +1 is the positive direction of the axis (left for yaw and roll, down for pitch). */
export const SIDE_NAMES = Object.freeze({
  yaw: { 1: "left", [-1]: "right" },
  roll: { 1: "left", [-1]: "right" },
  pitch: { 1: "down", [-1]: "up" },
});

/**
 * The excursions of one axis from its reference: `add` gives an ended excursion
 * {side, startMs, endMs, top: the `keepTop` highest angles seen on that side during it (before
 * smoothing, in degrees), topAngles: the head angles of the frames they came from} or null.
 * Smoothing decides where an excursion begins and ends; the peak is read from the frames
 * themselves, since a running median flattens the top of a movement. `first` holds the head angles
 * of the first frames seen, `lastAngles` those of the last frame given (null when not seen).
 */
export class Excursions {
  constructor(options = {}) {
    const axis = options.axis;
    if (!(axis in EXCURSION_DEFAULTS)) throw new RangeError(`unknown axis: ${axis}`);
    this.options = { ...DEFAULTS, window: 5, referenceFrames: 3, keepTop: 3, ...EXCURSION_DEFAULTS[axis], ...options };
    if (!(this.options.centreDeg < this.options.reachDeg)) throw new RangeError("centreDeg must be below reachDeg");
    this.axis = axis;
    this.reference = referenceOf(options.reference, axis);
    this.first = [];
    this.smoother = new AngleSmoother(this.options.window);
    this.current = null;
    this.lastAngles = null;
  }

  /** The angle from the reference, as seen and smoothed, for a frame; null when not seen or not yet referenced. */
  angleOf(frame) {
    const angles = headAngles(frame, this.options);
    this.lastAngles = angles;
    if (angles === null) return null;
    if (this.first.length < this.options.referenceFrames) this.first.push(angles);
    if (this.reference === null) {
      if (this.first.length < this.options.referenceFrames) return null;
      this.reference = median(this.first.map((each) => each[this.axis]));
    }
    const smoothed = this.smoother.add(angles)[this.axis] - this.reference;
    return { raw: angles[this.axis] - this.reference, smoothed, angles };
  }

  add(timeMs, frame) {
    const angle = this.angleOf(frame);
    if (angle === null) return null;
    const { reachDeg, centreDeg } = this.options;
    const { smoothed, raw, angles } = angle;
    if (this.current === null) {
      if (Math.abs(smoothed) >= reachDeg) this.begin(timeMs, Math.sign(smoothed), raw, angles);
      return null;
    }
    const side = this.current.side;
    if (side * smoothed <= -reachDeg) {
      const ended = this.end(timeMs);
      this.begin(timeMs, -side, raw, angles);
      return ended;
    }
    if (side * smoothed <= centreDeg) return this.end(timeMs);
    this.keep(side * raw, angles);
    return null;
  }

  begin(timeMs, side, raw, angles) {
    this.current = { side, startMs: timeMs, top: [], topAngles: [] };
    this.keep(side * raw, angles);
  }

  /** Keeps the highest values, with the frames' angles they came from (range.js rescales them). */
  keep(value, angles) {
    const { top, topAngles } = this.current;
    let at = top.findIndex((each) => each < value);
    if (at < 0) at = top.length;
    top.splice(at, 0, value);
    topAngles.splice(at, 0, angles);
    if (top.length > this.options.keepTop) {
      top.pop();
      topAngles.pop();
    }
  }

  end(timeMs) {
    const ended = { ...this.current, endMs: timeMs };
    this.current = null;
    return ended;
  }
}

function referenceOf(reference, axis) {
  if (reference === undefined || reference === null) return null;
  return typeof reference === "number" ? reference : reference[axis];
}

export class RepCounter {
  /** options: axis ("yaw", "roll", "pitch") or movement ("turns", "tilts", "nods"), mode ("cycle" or "each"), and those of Excursions. */
  constructor(options = {}) {
    const axis = options.axis ?? MOVEMENT_AXIS[options.movement];
    this.mode = options.mode ?? "cycle";
    if (this.mode !== "cycle" && this.mode !== "each") throw new RangeError(`unknown mode: ${this.mode}`);
    this.excursions = new Excursions({ ...options, axis });
    this.count = 0;
    this.sides = new Set();
  }

  /** Takes one frame; gives a REPETITION event {type, atMs, count} when one is complete, else null. */
  update(timeMs, frame) {
    const ended = this.excursions.add(timeMs, frame);
    if (ended === null) return null;
    this.sides.add(ended.side);
    if (this.mode === "cycle" && this.sides.size < 2) return null;
    this.sides.clear();
    this.count++;
    return { type: REP_EVENT.REPETITION, atMs: timeMs, count: this.count };
  }
}
