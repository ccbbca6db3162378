// Head orientation from one frame of MediaPipe Pose landmarks, as pure functions (no DOM, no clock).
//
// A frame is the array of 33 landmarks {x, y, z, visibility}, x and y normalised to the image's
// width and height, y down. Points are taken as (x · aspect, y), aspect = width / height, so that a
// degree is a degree whatever the image's shape; z is not used (the model's depth is too rough).
//
// Conventions, from the person's point of view, with the person facing the camera: the person's
// left ear and shoulder (7, 11) appear on the image's right in an unmirrored picture. Yaw is
// positive turning to the person's left, roll positive tilting the left ear towards the left
// shoulder, pitch positive nodding down (chin to chest). All angles are in degrees.
//
// - roll: the angle of the right-ear → left-ear line against the shoulder line, so that a tilted
//   camera or a leaning body does not count as a tilt of the head;
// - yaw: the nose's offset along the ear line from the ears' midpoint, over half the ear span,
//   is tan(yaw) · d/e for a head whose nose sits d in front of the ear line and whose ears are e
//   either side of it: yaw = atan(offset · YAW_SCALE); YAW_SCALE is e/d of a typical head seen
//   from about 60 cm (perspective makes the nose look further out), so the absolute angle carries
//   the error of that assumption for a given face (see docs/camera-coach.md), a change less so;
// - pitch (a proxy): the nose's offset across the ear line, over half the ear span, as
//   asin(offset · PITCH_SCALE); it has the head's own offset of the nose below the ear line in it,
//   so only a change of pitch from a reference means something.

export const LANDMARK = Object.freeze({
  NOSE: 0,
  LEFT_EYE: 2,
  RIGHT_EYE: 5,
  LEFT_EAR: 7,
  RIGHT_EAR: 8,
  MOUTH_LEFT: 9,
  MOUTH_RIGHT: 10,
  LEFT_SHOULDER: 11,
  RIGHT_SHOULDER: 12,
  LEFT_HIP: 23,
  RIGHT_HIP: 24,
});

/** Half the ear span over the nose's depth in front of the ear line, as a camera at ~60 cm sees it. */
export const YAW_SCALE = 0.62;
/** The same ratio for the nose's drop across the ear line when the head nods. */
export const PITCH_SCALE = 0.72;

export const DEFAULTS = Object.freeze({ aspect: 4 / 3, minVisibility: 0.5 });

const DEGREES = 180 / Math.PI;

export function degrees(radians) {
  return radians * DEGREES;
}

/** Whether a landmark is there and seen well enough. */
export function seen(frame, index, minVisibility = DEFAULTS.minVisibility) {
  const landmark = frame && frame[index];
  return (
    landmark !== undefined &&
    landmark !== null &&
    Number.isFinite(landmark.x) &&
    Number.isFinite(landmark.y) &&
    (landmark.visibility === undefined || landmark.visibility >= minVisibility)
  );
}

/** Whether every one of the landmarks is seen. */
export function allSeen(frame, indices, minVisibility = DEFAULTS.minVisibility) {
  return Array.isArray(frame) && indices.every((index) => seen(frame, index, minVisibility));
}

/** A landmark as a point with equal units on both axes. */
export function point(frame, index, aspect = DEFAULTS.aspect) {
  return { x: frame[index].x * aspect, y: frame[index].y };
}

export function midpoint(a, b) {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

export function distance(a, b) {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function clamp(value, low, high) {
  return Math.min(high, Math.max(low, value));
}

/** The signed angle from one direction to another, in degrees within (-180, 180]. */
function angleBetween(from, to) {
  const turn = Math.atan2(to.y, to.x) - Math.atan2(from.y, from.x);
  return degrees(Math.atan2(Math.sin(turn), Math.cos(turn)));
}

const HEAD = [LANDMARK.NOSE, LANDMARK.LEFT_EAR, LANDMARK.RIGHT_EAR];
const SHOULDERS = [LANDMARK.LEFT_SHOULDER, LANDMARK.RIGHT_SHOULDER];

/**
 * The head's yaw, roll and pitch proxy in degrees for a front view, or null when the nose or an
 * ear is not seen. Roll is against the shoulder line when both shoulders are seen, else against
 * the image's horizontal. Also what they come from: the nose's offsets along (`sideways`) and
 * across (`down`) the ear line over half the ear span, and the ear span over the shoulder width
 * (`spanRatio`, null without both shoulders), which shrinks as cos(yaw) when the head turns.
 */
export function headAngles(frame, options = {}) {
  const { aspect, minVisibility } = { ...DEFAULTS, ...options };
  if (!allSeen(frame, HEAD, minVisibility)) return null;
  const nose = point(frame, LANDMARK.NOSE, aspect);
  const left = point(frame, LANDMARK.LEFT_EAR, aspect);
  const right = point(frame, LANDMARK.RIGHT_EAR, aspect);
  const span = distance(left, right);
  if (span < 1e-6) return null;
  const along = { x: (left.x - right.x) / span, y: (left.y - right.y) / span };
  const across = { x: -along.y, y: along.x };
  const middle = midpoint(left, right);
  const offset = { x: nose.x - middle.x, y: nose.y - middle.y };
  const half = span / 2;
  const sideways = (offset.x * along.x + offset.y * along.y) / half;
  const down = (offset.x * across.x + offset.y * across.y) / half;
  let level = { x: 1, y: 0 };
  let spanRatio = null;
  if (allSeen(frame, SHOULDERS, minVisibility)) {
    const leftShoulder = point(frame, LANDMARK.LEFT_SHOULDER, aspect);
    const rightShoulder = point(frame, LANDMARK.RIGHT_SHOULDER, aspect);
    level = { x: leftShoulder.x - rightShoulder.x, y: leftShoulder.y - rightShoulder.y };
    const width = distance(leftShoulder, rightShoulder);
    if (width > 1e-6) spanRatio = span / width;
  }
  return {
    yaw: yawOf(sideways),
    roll: angleBetween(level, along),
    pitch: degrees(Math.asin(clamp(down * PITCH_SCALE, -1, 1))),
    sideways,
    down,
    spanRatio,
  };
}

/** The yaw for the nose's offset along the ear line over half the ear span, with a head's scale. */
export function yawOf(sideways, scale = YAW_SCALE) {
  return degrees(Math.atan(sideways * scale));
}

/** The median of some numbers; NaN for none. */
export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const AXES = Object.freeze(["yaw", "roll", "pitch"]);

/** A running median of the last `size` angle samples per axis: one stray frame moves nothing. */
export class AngleSmoother {
  constructor(size = 5) {
    this.size = Math.max(1, size);
    this.samples = [];
  }

  /** Adds a sample and gives the smoothed angles. */
  add(angles) {
    this.samples.push(angles);
    if (this.samples.length > this.size) this.samples.shift();
    const smoothed = {};
    for (const axis of AXES) smoothed[axis] = median(this.samples.map((sample) => sample[axis]));
    return smoothed;
  }
}

/** The median of each axis over some angle samples. */
export function medianAngles(samples) {
  const result = {};
  for (const axis of AXES) result[axis] = median(samples.map((sample) => sample[axis]));
  return result;
}
