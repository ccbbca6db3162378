// Writes the recorded landmark sequences the coach's tests read (src/test/resources/coach/*.json).
//
//   node src/test/js/coach/make-sequences.mjs --write     (from nape-app/)
//
// Nothing is written without --write, so that a test runner that picks this file up by mistake
// changes nothing. The sequences come from a small 3-D head-and-shoulders model with known angles,
// projected through a pinhole camera onto a 640×480 picture as MediaPipe Pose would report it:
// 33 landmarks {x, y, z, visibility}, x and y normalised, y down; only x, y and visibility of the
// landmarks the coach reads, and the eyes, are stored (the loader gives z = 0, and the others
// visibility 0). A seeded generator (mulberry32) makes the people slightly different and adds the
// noise: jitter, stray frames, dropped frames (no person found) and frames seen badly (low
// visibility). Every file states its truth.
//
// Model, in the person's frame (x to the person's left, y down, z forwards, metres, origin at the
// middle of the shoulders sitting upright): hips 0.5 m below; the trunk leans forwards ("slouch")
// about the hips; the neck rises 0.12 m from just behind the shoulders and leans forwards by the
// neck angle; the head turns about the top of the neck by yaw, then pitch, then roll, applied to
// ears 7.5 cm either side, a nose 10 cm ahead and eyes and mouth between. The camera faces the
// person at about ear height (front view), or looks at their left side (side view).

import { mkdirSync, writeFileSync } from "node:fs";

export const WIDTH = 640;
export const HEIGHT = 480;
const STORED = [0, 2, 5, 7, 8, 11, 12, 23, 24];
const ENCODING = "each frame [time ms, landmarks or null (no person found), truth]; landmarks: for each stored index in turn x and y in ten-thousandths of the picture's width and height, then visibility in hundredths; z is not stored";
const RADIANS = Math.PI / 180;

export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random) {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function smoothstep(x) {
  const clamped = Math.min(1, Math.max(0, x));
  return clamped * clamped * (3 - 2 * clamped);
}

/** A person: the model's sizes, each varied a little. */
function person(random) {
  const vary = (value, spread) => value * (1 + spread * (2 * random() - 1));
  return {
    shoulderHalf: vary(0.19, 0.06),
    earHalf: vary(0.075, 0.06),
    noseDepth: vary(0.1, 0.08),
    neckLength: vary(0.12, 0.08),
    trunkLength: vary(0.52, 0.05),
  };
}

// Rotations by an angle in radians: forwards about the x axis (the top comes forwards), to the
// person's left about the vertical, and the left ear down about the z axis.
const flex = (at, angle) => ({
  x: at.x,
  y: at.y * Math.cos(angle) + at.z * Math.sin(angle),
  z: -at.y * Math.sin(angle) + at.z * Math.cos(angle),
});
const turn = (at, angle) => ({
  x: at.x * Math.cos(angle) + at.z * Math.sin(angle),
  y: at.y,
  z: -at.x * Math.sin(angle) + at.z * Math.cos(angle),
});
const tilt = (at, angle) => ({
  x: at.x * Math.cos(angle) - at.y * Math.sin(angle),
  y: at.x * Math.sin(angle) + at.y * Math.cos(angle),
  z: at.z,
});
const add = (one, other) => ({ x: one.x + other.x, y: one.y + other.y, z: one.z + other.z });
const sub = (one, other) => ({ x: one.x - other.x, y: one.y - other.y, z: one.z - other.z });

/** The head's points around the top of the neck, before it turns. */
function headPoints(body) {
  const d = body.noseDepth;
  const e = body.earHalf;
  const points = {
    0: { x: 0, y: -0.01, z: d },
    1: { x: 0.015, y: -0.045, z: d - 0.012 },
    2: { x: 0.033, y: -0.045, z: d - 0.02 },
    3: { x: 0.05, y: -0.045, z: d - 0.035 },
    7: { x: e, y: -0.02, z: 0 },
    9: { x: 0.025, y: 0.035, z: d - 0.015 },
  };
  points[4] = { ...points[1], x: -points[1].x };
  points[5] = { ...points[2], x: -points[2].x };
  points[6] = { ...points[3], x: -points[3].x };
  points[8] = { ...points[7], x: -points[7].x };
  points[10] = { ...points[9], x: -points[9].x };
  return points;
}

/** Every stored landmark in the person's frame, for a body and a pose (angles in degrees). */
export function landmarks3d(body, pose) {
  const hip = { x: 0, y: body.trunkLength, z: -0.04 };
  const lean = (pose.trunk || 0) * RADIANS;
  const upper = (at) => add(hip, flex(sub(at, hip), lean));
  const points = {
    11: upper({ x: body.shoulderHalf, y: 0, z: 0 }),
    12: upper({ x: -body.shoulderHalf, y: 0, z: 0 }),
    23: { x: 0.15, y: body.trunkLength, z: -0.04 },
    24: { x: -0.15, y: body.trunkLength, z: -0.04 },
  };
  const base = upper({ x: 0, y: -0.02, z: -0.01 });
  const neck = (pose.neck || 0) * RADIANS;
  const top = add(base, flex({ x: 0, y: -body.neckLength, z: 0 }, neck));
  const head = headPoints(body);
  for (const [index, local] of Object.entries(head)) {
    const rolled = tilt(local, (pose.roll || 0) * RADIANS);
    const pitched = flex(rolled, (pose.pitch || 0) * RADIANS);
    points[index] = add(top, turn(pitched, (pose.yaw || 0) * RADIANS));
  }
  const sway = pose.sway || { x: 0, y: 0, z: 0 };
  for (const index of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) points[index] = add(points[index], sway);
  return points;
}

/** The truth of the posture measures: the ear–shoulder and hip–shoulder lines against vertical. */
export function postureTruth(points) {
  const mid = (a, b) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, z: (a.z + b.z) / 2 });
  const ear = mid(points[7], points[8]);
  const shoulder = mid(points[11], points[12]);
  const hip = mid(points[23], points[24]);
  return {
    earShoulderDeg: Math.atan2(ear.z - shoulder.z, shoulder.y - ear.y) / RADIANS,
    trunkDeg: Math.atan2(shoulder.z - hip.z, hip.y - shoulder.y) / RADIANS,
  };
}

export const CAMERAS = {
  front: { view: "front", distanceM: 0.65, heightM: -0.15, fovDeg: 60 },
  side: { view: "side", distanceM: 1.6, heightM: 0.05, fovDeg: 60 },
};

/** Camera coordinates (x right, y down, z away from the camera) of a point of the person. */
function toCamera(camera, at) {
  if (camera.view === "side") return { x: -at.z, y: at.y - camera.heightM, z: camera.distanceM - at.x };
  return { x: at.x, y: at.y - camera.heightM, z: camera.distanceM - at.z };
}

function visibility(camera, index, pose, y) {
  if (y > 1) return 0.05;
  if (camera.view === "side") {
    const far = { 4: 0.45, 5: 0.45, 6: 0.4, 8: 0.3, 10: 0.5, 12: 0.35, 24: 0.3 };
    return far[index] ?? (index === 23 ? 0.9 : 0.97);
  }
  if (index === 23 || index === 24) return 0.9;
  const away = Math.sin((pose.yaw || 0) * RADIANS);
  if (index === 7) return 0.97 - 0.8 * Math.max(0, -away - 0.6);
  if (index === 8) return 0.97 - 0.8 * Math.max(0, away - 0.6);
  return index <= 10 ? 0.99 : 0.97;
}

/** One frame as MediaPipe would give it (stored landmarks only), before any noise. */
export function project(camera, body, pose) {
  const points = landmarks3d(body, pose);
  const focal = WIDTH / 2 / Math.tan((camera.fovDeg / 2) * RADIANS);
  const hip = toCamera(camera, { x: 0, y: body.trunkLength, z: -0.04 });
  const frame = {};
  for (const index of STORED) {
    const seen = toCamera(camera, points[index]);
    const x = (WIDTH / 2 + (focal * seen.x) / seen.z) / WIDTH;
    const y = (HEIGHT / 2 + (focal * seen.y) / seen.z) / HEIGHT;
    const z = ((seen.z - hip.z) * focal) / (WIDTH * hip.z);
    frame[index] = { x, y, z, visibility: visibility(camera, index, pose, y) };
  }
  return { frame, points };
}

/**
 * Noise as a camera and the model add it: `jitter` (normalised units, on every coordinate),
 * and the shares of stray frames (`spikes`, four times the jitter and more), dropped frames
 * (`dropped`: no landmarks at all) and frames seen badly (`unseen`: visibility 0.1–0.4 and the
 * points far off).
 */
function noisy(frame, noise, random) {
  if (!noise) return frame;
  const roll = random();
  if (roll < (noise.dropped || 0)) return null;
  const unseen = roll < (noise.dropped || 0) + (noise.unseen || 0);
  const spike = !unseen && random() < (noise.spikes || 0);
  const sigma = unseen ? 0.03 : spike ? Math.max(0.012, 4 * noise.jitter) : noise.jitter;
  const result = {};
  for (const [index, landmark] of Object.entries(frame)) {
    result[index] = {
      x: landmark.x + sigma * gaussian(random),
      y: landmark.y + sigma * gaussian(random),
      z: landmark.z + 3 * sigma * gaussian(random),
      visibility: unseen ? 0.1 + 0.3 * random() : landmark.visibility,
    };
  }
  return result;
}

function round(value, places) {
  const scale = 10 ** places;
  return Math.round(value * scale) / scale;
}

function stored(frame) {
  if (frame === null) return null;
  const flat = [];
  for (const index of STORED) {
    const landmark = frame[index];
    flat.push(Math.round(landmark.x * 10_000), Math.round(landmark.y * 10_000), Math.round(landmark.visibility * 100));
  }
  return flat;
}

/** A sequence's frames: for each time, the pose, the camera's frame with noise, and the truth. */
function record(camera, body, moments, poseAt, noise, random, truthOf) {
  return moments.map((timeMs) => {
    const pose = poseAt(timeMs);
    const { frame, points } = project(camera, body, pose);
    return [timeMs, stored(noisy(frame, noise, random)), truthOf(pose, points)];
  });
}

function times(fromMs, toMs, everyMs) {
  const result = [];
  for (let timeMs = fromMs; timeMs < toMs; timeMs += everyMs) result.push(Math.round(timeMs));
  return result;
}

function sway(random, timeMs, amount) {
  return {
    x: amount * Math.sin(timeMs / 2300 + random.phase),
    y: amount * 0.5 * Math.sin(timeMs / 3100 + 2 * random.phase),
    z: amount * 0.5 * Math.sin(timeMs / 4100 + 3 * random.phase),
  };
}

const CLEAN = null;
const NOISY = { label: "noisy", everyMs: 100, jitter: 0.0025, spikes: 0.04, dropped: 0.05, unseen: 0.04 };
const ROUGH = { label: "rough", everyMs: 125, jitter: 0.004, spikes: 0.08, dropped: 0.12, unseen: 0.06 };

const MOVES = {
  turns: { axis: "yaw", sides: { left: 68, right: 58 }, cross: { roll: 0.04, pitch: 0.03 } },
  tilts: { axis: "roll", sides: { left: 38, right: 32 }, cross: { yaw: 0.05, pitch: 0.03 } },
  nods: { axis: "pitch", sides: { down: 45, up: 35 }, cross: { yaw: 0.02, roll: 0.02 } },
};

function header(name, description, camera, body) {
  return {
    name,
    description,
    generator: "src/test/js/coach/make-sequences.mjs",
    camera: { ...camera, width: WIDTH, height: HEIGHT },
    aspect: WIDTH / HEIGHT,
    person: Object.fromEntries(Object.entries(body).map(([key, value]) => [key, round(value, 4)])),
    landmarks: STORED,
    encoding: ENCODING,
  };
}

/** A counted movement: still, `cycles` cycles of neutral → first side → neutral → second side, still. */
function movement(kind, noise, seed) {
  const random = mulberry32(seed);
  random.phase = random() * 6;
  const body = person(random);
  const spec = MOVES[kind];
  const [first, second] = Object.keys(spec.sides);
  const cycles = 5;
  const cycleMs = 6000;
  const leadMs = 1000;
  const peaks = { [first]: [], [second]: [] };
  for (let cycle = 0; cycle < cycles; cycle++) {
    peaks[first].push(round(spec.sides[first] + 3 * (2 * random() - 1), 2));
    peaks[second].push(round(spec.sides[second] + 3 * (2 * random() - 1), 2));
  }
  const angleAt = (timeMs) => {
    const into = timeMs - leadMs;
    if (into <= 0 || into >= cycles * cycleMs) return 0;
    const cycle = Math.floor(into / cycleMs);
    const x = ((into % cycleMs) / cycleMs) * 4;
    const segment = Math.floor(x);
    const keys = [0, peaks[first][cycle], 0, -peaks[second][cycle], 0];
    return keys[segment] + (keys[segment + 1] - keys[segment]) * smoothstep(x - segment);
  };
  const poseAt = (timeMs) => {
    const angle = angleAt(timeMs);
    const pose = { neck: 5, [spec.axis]: angle, sway: noise ? sway(random, timeMs, 0.006) : undefined };
    for (const [axis, share] of Object.entries(spec.cross)) pose[axis] = share * angle;
    return pose;
  };
  const truthOf = (pose) => [round(pose.yaw || 0, 2), round(pose.roll || 0, 2), round(pose.pitch || 0, 2)];
  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
  const name = `${kind}-${noise ? noise.label : "clean"}`;
  const everyMs = noise ? noise.everyMs : 100;
  return {
    ...header(
      name,
      `${cycles} ${kind} (${spec.axis}), ${cycleMs / 1000} s each, to the ${first} then the ${second}, ` +
        `front camera at ${1000 / everyMs} frames a second, ${noise ? "with jitter, stray, dropped and badly seen frames" : "no noise"}`,
      CAMERAS.front,
      body,
    ),
    truth: {
      axis: spec.axis,
      repetitions: cycles,
      excursions: { [first]: cycles, [second]: cycles },
      peaksDeg: peaks,
      rangeDeg: { [first]: median(peaks[first]), [second]: median(peaks[second]) },
      frameTruth: ["yaw", "roll", "pitch"],
      noise: noise || "none",
    },
    frames: record(CAMERAS.front, body, times(0, 2 * leadMs + cycles * cycleMs, everyMs), poseAt, noise, random, truthOf),
  };
}

/** A held phase of 8 s at 15 frames a second, with jitter; `changes` are the head's real moves. */
function stillPhase(name, description, changes, seed, expected) {
  const random = mulberry32(seed);
  random.phase = random() * 6;
  const body = person(random);
  const noise = { jitter: 0.002, spikes: 0.05, dropped: 0.03, unseen: 0.02 };
  const poseAt = (timeMs) => {
    const pose = { neck: 5, yaw: 0.4 * Math.sin(timeMs / 900), roll: 0.3 * Math.sin(timeMs / 1300), pitch: 0, sway: sway(random, timeMs, 0.003) };
    for (const change of changes) {
      const share = smoothstep((timeMs - change.atMs) / change.overMs) - smoothstep((timeMs - change.backAtMs) / change.overMs);
      pose[change.axis] += change.deg * share;
    }
    return pose;
  };
  const truthOf = (pose) => [round(pose.yaw, 2), round(pose.roll, 2), round(pose.pitch, 2)];
  return {
    ...header(name, description, CAMERAS.front, body),
    truth: { thresholdDeg: 5, changes, events: expected, frameTruth: ["yaw", "roll", "pitch"], noise },
    frames: record(CAMERAS.front, body, times(0, 8000, 1000 / 15), poseAt, noise, random, truthOf),
  };
}

const POSTURE_STEPS = [
  [10, 0], [15, 0], [20, 0], [25, 0], [30, 0], [35, 0],
  [5, 8], [5, 15], [20, 10], [30, 15], [0, 0], [5, 0],
];

/** Calibration (4 s sitting well), then held postures of 1.5 s each with known angles. */
function postureSteps(view, seed) {
  const random = mulberry32(seed);
  random.phase = random() * 6;
  const body = person(random);
  const camera = CAMERAS[view];
  const noise = { jitter: 0.0015, spikes: 0, dropped: 0, unseen: 0 };
  const steps = [{ neck: 5, trunk: 0, fromMs: 0, toMs: 4000, calibration: true }];
  let at = 4000;
  for (const [neck, trunk] of POSTURE_STEPS) {
    steps.push({ neck, trunk, fromMs: at, toMs: at + 1500 });
    at += 1500;
  }
  const poseAt = (timeMs) => {
    const step = steps.find((each) => timeMs >= each.fromMs && timeMs < each.toMs);
    return { neck: step.neck, trunk: step.trunk, pitch: -0.5 * step.neck - step.trunk, sway: sway(random, timeMs, 0.003) };
  };
  const truthOf = (pose, points) => {
    const truth = postureTruth(points);
    return [round(truth.earShoulderDeg, 2), round(truth.trunkDeg, 2)];
  };
  const frames = record(camera, body, times(0, at, 100), poseAt, noise, random, truthOf);
  return {
    ...header(
      `posture-${view}`,
      `posture from a ${view} camera: 4 s of calibration sitting well, then ${POSTURE_STEPS.length} held postures of 1.5 s (neck and trunk angles known), slight jitter and sway`,
      camera,
      body,
    ),
    truth: {
      steps: steps.map(({ neck, trunk, fromMs, toMs, calibration }) => ({ neckDeg: neck, trunkDeg: trunk, fromMs, toMs, calibration: !!calibration })),
      frameTruth: ["earShoulderDeg", "trunkDeg"],
      noise,
    },
    frames,
  };
}

const MINUTE = 60_000;
const WATCH = [
  { fromMin: 0, toMin: 4, posture: "good" },
  { fromMin: 4, toMin: 8, posture: "poor" },
  { fromMin: 8, toMin: 9.5, posture: "good" },
  { fromMin: 9.5, toMin: 13, posture: "poor" },
  { fromMin: 13, toMin: 14.5, posture: "unseen" },
  { fromMin: 14.5, toMin: 38, posture: "poor" },
  { fromMin: 38, toMin: 50, posture: "good" },
  { fromMin: 50, toMin: 65, posture: "poor" },
];

/** Calibration at 10 frames a second, then 65 minutes of sitting sampled every 5 s. */
function postureWatch(seed) {
  const random = mulberry32(seed);
  random.phase = random() * 6;
  const body = person(random);
  const camera = CAMERAS.front;
  const noise = { jitter: 0.002, spikes: 0.03, dropped: 0.03, unseen: 0 };
  const good = (timeMs) => ({ neck: 5 + 2 * Math.sin(timeMs / 47_000), trunk: 1 + Math.sin(timeMs / 61_000), pitch: -2 });
  const poor = (timeMs) => ({ neck: 27 + 3 * Math.sin(timeMs / 53_000), trunk: 10 + 2 * Math.sin(timeMs / 71_000), pitch: -15 });
  const calibration = record(camera, body, times(0, 4000, 100), (timeMs) => ({ ...good(timeMs), sway: sway(random, timeMs, 0.003) }), noise, random, () => ["good"]);
  const stretchAt = (timeMs) => WATCH.find((each) => timeMs >= each.fromMin * MINUTE && timeMs < each.toMin * MINUTE);
  const watchTimes = times(0, 65 * MINUTE, 5000);
  const frames = watchTimes.map((timeMs) => {
    const stretch = stretchAt(timeMs);
    const pose = { ...(stretch.posture === "good" ? good(timeMs) : poor(timeMs)), sway: sway(random, timeMs, 0.01) };
    const { frame } = project(camera, body, pose);
    const seenBadly = stretch.posture === "unseen";
    const shown = noisy(frame, seenBadly ? { jitter: 0.002, unseen: 1 } : noise, random);
    return [timeMs, stored(shown), [stretch.posture]];
  });
  return {
    ...header(
      "posture-watch",
      "4 s of calibration sitting well, then 65 min sampled every 5 s: good, poor for 4 min, good, poor from 9.5 to 38 min (13–14.5 min seen badly), good, poor from 50 min",
      camera,
      body,
    ),
    truth: {
      stretches: WATCH,
      sustainMin: 10,
      quietMin: 20,
      prompts: [
        { afterMin: 19.5, beforeMin: 21.5, note: "10 min of poor posture from 9.5 min; the 1.5 min seen badly is not counted as poor" },
        { afterMin: 60, beforeMin: 61, note: "10 min of poor posture from 50 min, more than 20 min after the first" },
      ],
      goodMin: 4 + 1.5 + 12,
      frameTruth: ["posture"],
      noise,
    },
    calibration,
    frames,
  };
}

export function allSequences() {
  return [
    movement("turns", CLEAN, 11),
    movement("turns", NOISY, 12),
    movement("tilts", CLEAN, 21),
    movement("tilts", NOISY, 22),
    movement("nods", CLEAN, 31),
    movement("nods", NOISY, 32),
    movement("turns", ROUGH, 13),
    movement("tilts", ROUGH, 23),
    movement("nods", ROUGH, 33),
    stillPhase("still-jitter", "a held head with jitter, stray frames and a slight sway: never moved", [], 41, []),
    stillPhase(
      "still-small-drift",
      "a held head drifting 2.5° in yaw and 2° in pitch, below the threshold: never moved",
      [
        { axis: "yaw", deg: 2.5, atMs: 2500, overMs: 2500, backAtMs: 99_000 },
        { axis: "pitch", deg: 2, atMs: 4000, overMs: 2000, backAtMs: 99_000 },
      ],
      42,
      [],
    ),
    stillPhase(
      "still-turn",
      "a held head that turns 9° to the left at 4 s and stays there: moved once, in yaw",
      [{ axis: "yaw", deg: 9, atMs: 4000, overMs: 600, backAtMs: 99_000 }],
      43,
      [{ axis: "yaw", afterMs: 4000, beforeMs: 5200 }],
    ),
    stillPhase(
      "still-tilt-twice",
      "a held head that tilts 8° to the right at 2.5 s, comes back at 4.5 s, and tilts again at 6 s: moved twice, in roll",
      [
        { axis: "roll", deg: -8, atMs: 2500, overMs: 500, backAtMs: 4500 },
        { axis: "roll", deg: -8, atMs: 6000, overMs: 500, backAtMs: 99_000 },
      ],
      44,
      [
        { axis: "roll", afterMs: 2500, beforeMs: 3600 },
        { axis: "roll", afterMs: 6000, beforeMs: 7100 },
      ],
    ),
    stillPhase(
      "still-nod",
      "a held head that drops its chin 10° at 5 s: moved once, in pitch",
      [{ axis: "pitch", deg: 10, atMs: 5000, overMs: 600, backAtMs: 99_000 }],
      45,
      [{ axis: "pitch", afterMs: 5000, beforeMs: 6200 }],
    ),
    postureSteps("front", 51),
    postureSteps("side", 52),
    postureWatch(61),
  ];
}

if (process.argv.includes("--write")) {
  const folder = new URL("../../resources/coach/", import.meta.url);
  mkdirSync(folder, { recursive: true });
  let total = 0;
  for (const sequence of allSequences()) {
    const text = JSON.stringify(sequence) + "\n";
    writeFileSync(new URL(`${sequence.name}.json`, folder), text);
    total += text.length;
    console.log(`${sequence.name}.json ${text.length} bytes`);
  }
  console.log(`total ${total} bytes`);
}
