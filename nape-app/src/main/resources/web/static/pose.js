// The figure's pose at a moment of a session, as pure functions of the timeline (no DOM, no clock).
//
// Model: every phase has a target. A still phase holds its pose; a MOVE phase plays its cycle of
// key poses `cycles` times over its duration, each cycle going key 0 → key 1 → … → key n-1 and back
// to key 0, eased between keys. On entering a phase the figure eases from where the previous phase
// ended (its pose, or key 0 of its cycle, since cycles are whole) to the target, over
// E = min(600 ms, a third of the phase), and for a movement never past its first key after key 0,
// so that the pose is continuous at every boundary and every pass through a key is exact. The first
// phase, and a phase after one without a figure, start at their own pose. Still mode (reduced
// motion) holds each phase's key pose: its pose, or key 1 of its cycle.

const EASE_MS = 600;

/** 0 at 0, 1 at 1, with no speed at either end. */
export function smoothstep(x) {
  const t = Math.min(1, Math.max(0, x));
  return t * t * (3 - 2 * t);
}

/** The index of the phase under way at a position, clamped to the first and the last. */
export function phaseIndexAt(phases, positionMs) {
  let low = 0;
  let high = phases.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (phases[middle].atMs <= positionMs) low = middle;
    else high = middle - 1;
  }
  return low;
}

function blend(from, to, weight) {
  const pose = {};
  for (const joint of Object.keys(to)) {
    const start = joint in from ? from[joint] : to[joint];
    pose[joint] = start + (to[joint] - start) * weight;
  }
  return pose;
}

function moving(phase) {
  return Array.isArray(phase.cycle) && phase.cycle.length > 0;
}

/** The key pose of a phase: its pose, or key 1 of its cycle; null without a figure. */
export function keyPose(phase, poses) {
  if (moving(phase)) return poses[phase.cycle[Math.min(1, phase.cycle.length - 1)]];
  return phase.pose === null || phase.pose === undefined ? null : poses[phase.pose];
}

/** Where a phase ends: its pose, or key 0 of its cycle; null without a figure. */
function endPose(phase, poses) {
  if (moving(phase)) return poses[phase.cycle[0]];
  return keyPose(phase, poses);
}

/** A phase's own target at `intoMs` from its start, before any easing in. */
function target(phase, poses, intoMs) {
  if (!moving(phase)) return keyPose(phase, poses);
  const keys = phase.cycle;
  const cycles = Math.max(1, phase.cycles || 1);
  const u = (Math.min(Math.max(intoMs, 0), phase.durationMs) / phase.durationMs) * cycles;
  const x = (u - Math.floor(u)) * keys.length;
  const segment = Math.min(keys.length - 1, Math.floor(x));
  const from = poses[keys[segment]];
  const to = poses[keys[(segment + 1) % keys.length]];
  return blend(from, to, smoothstep(x - segment));
}

/** How long entering a phase eases from the previous phase's end. */
export function easeMs(phase) {
  let ease = Math.min(EASE_MS, phase.durationMs / 3);
  if (moving(phase)) {
    const cycleMs = phase.durationMs / Math.max(1, phase.cycles || 1);
    ease = Math.min(ease, cycleMs / phase.cycle.length);
  }
  return ease;
}

/**
 * The figure's pose at a session position: {joint: angle in degrees}, or null when the phase
 * under way has no figure. `still` gives each phase's key pose, without motion.
 */
export function poseAt(phases, poses, positionMs, { still = false } = {}) {
  if (!phases || phases.length === 0) return null;
  const index = phaseIndexAt(phases, positionMs);
  const phase = phases[index];
  if (still) return keyPose(phase, poses);
  const intoMs = positionMs - phase.atMs;
  const own = target(phase, poses, intoMs);
  if (own === null || index === 0) return own;
  const previous = endPose(phases[index - 1], poses);
  const ease = easeMs(phase);
  if (previous === null || intoMs >= ease) return own;
  return blend(previous, own, smoothstep(intoMs / ease));
}

function number(value) {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

function pivotOf(pivot) {
  if (Array.isArray(pivot)) return pivot.map(Number);
  return String(pivot || "0 0").trim().split(/[\s,]+/).map(Number);
}

/**
 * The SVG transform that puts a joint's group at an angle, by the figure's contract: `rotate`
 * turns about the pivot by k·angle, `x` and `y` shift by k·angle, `scale-y` squashes about the
 * pivot to max(0.05, 1 + k·angle), and `none` (a joint this view does not show) gives "".
 */
export function transformFor(map, k, pivot, angle) {
  const amount = Number(k) * Number(angle);
  const [x, y] = pivotOf(pivot);
  switch (map) {
    case "rotate":
      return `rotate(${number(amount)} ${number(x)} ${number(y)})`;
    case "x":
      return `translate(${number(amount)} 0)`;
    case "y":
      return `translate(0 ${number(amount)})`;
    case "scale-y":
      return `translate(${number(x)} ${number(y)}) scale(1 ${number(Math.max(0.05, 1 + amount))}) translate(${number(-x)} ${number(-y)})`;
    default:
      return "";
  }
}
