// Whether the head stays still during a PRESS or HOLD phase, as a small state machine fed
// (timeMs, frame) for every camera frame of the phase (no DOM, no clock of its own).
//
// Model: the reference is the median head orientation (yaw, roll, pitch proxy: head.js) over the
// phase's first second of frames seen well. After it, each frame's angles pass a running median of
// the last few frames, so one stray frame moves nothing; the head has moved when, on some axis,
// the smoothed angle stays more than `thresholdDeg` from the reference for `confirmMs`. That is
// reported once, as a MOVED event; the watch is armed again only after the head has been back
// within `releaseDeg` on every axis for `confirmMs`, so that jitter about the threshold does not
// fire twice. Frames without a person, or seen badly, are skipped: they neither move nor settle.

import { AXES, AngleSmoother, DEFAULTS, headAngles, medianAngles } from "./head.js";

export const STILL_EVENT = Object.freeze({ MOVED: "moved" });

export const STILL_DEFAULTS = Object.freeze({
  thresholdDeg: 5,
  releaseDeg: 3,
  referenceMs: 1000,
  confirmMs: 300,
  window: 5,
  minReferenceFrames: 3,
});

export class HeadStill {
  constructor(options = {}) {
    this.options = { ...DEFAULTS, ...STILL_DEFAULTS, ...options };
    if (!(this.options.releaseDeg < this.options.thresholdDeg)) {
      throw new RangeError("releaseDeg must be below thresholdDeg");
    }
    this.startMs = null;
    this.samples = [];
    this.reference = null;
    this.smoother = new AngleSmoother(this.options.window);
    this.moved = false;
    this.outSinceMs = null;
    this.backSinceMs = null;
    this.lastDeviation = null;
  }

  /** The reference orientation once the first second is seen, else null. */
  get referenceAngles() {
    return this.reference;
  }

  /** Whether the head is away from the reference since the last MOVED. */
  get isMoved() {
    return this.moved;
  }

  /**
   * Takes one frame; gives a MOVED event {type, atMs, axis, deg} (deg signed, from the reference)
   * the first time the head stays away, else null.
   */
  update(timeMs, frame) {
    if (this.startMs === null) this.startMs = timeMs;
    const angles = headAngles(frame, this.options);
    if (angles === null) return null;
    if (this.reference === null) {
      if (timeMs - this.startMs < this.options.referenceMs || this.samples.length < this.options.minReferenceFrames) {
        this.samples.push(angles);
        return null;
      }
      this.reference = medianAngles(this.samples);
    }
    const smoothed = this.smoother.add(angles);
    const deviation = largestDeviation(smoothed, this.reference);
    this.lastDeviation = deviation;
    return this.moved ? this.settle(timeMs, deviation) : this.watch(timeMs, deviation);
  }

  watch(timeMs, deviation) {
    if (Math.abs(deviation.deg) <= this.options.thresholdDeg) {
      this.outSinceMs = null;
      return null;
    }
    if (this.outSinceMs === null) this.outSinceMs = timeMs;
    if (timeMs - this.outSinceMs < this.options.confirmMs) return null;
    this.moved = true;
    this.backSinceMs = null;
    return { type: STILL_EVENT.MOVED, atMs: timeMs, axis: deviation.axis, deg: deviation.deg };
  }

  settle(timeMs, deviation) {
    if (Math.abs(deviation.deg) >= this.options.releaseDeg) {
      this.backSinceMs = null;
      return null;
    }
    if (this.backSinceMs === null) this.backSinceMs = timeMs;
    if (timeMs - this.backSinceMs >= this.options.confirmMs) {
      this.moved = false;
      this.outSinceMs = null;
    }
    return null;
  }
}

/** The axis farthest from the reference, with its signed difference in degrees. */
export function largestDeviation(angles, reference) {
  let largest = { axis: AXES[0], deg: 0 };
  for (const axis of AXES) {
    const deg = angles[axis] - reference[axis];
    if (Math.abs(deg) > Math.abs(largest.deg)) largest = { axis, deg };
  }
  return largest;
}
