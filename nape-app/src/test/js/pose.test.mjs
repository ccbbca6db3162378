// The player's pose model (web/static/pose.js) on a made-up timeline and on the real timelines
// that PlayerTimelineWebTest writes to target/timelines/. Run with `node --test src/test/js/`.

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";

// Loaded from its text, so that any Node that runs ES modules runs it, whatever package.json says.
const source = readFileSync(new URL("../../main/resources/web/static/pose.js", import.meta.url), "utf8");
const { poseAt, transformFor, keyPose, easeMs, phaseIndexAt } = await import(
  "data:text/javascript;base64," + Buffer.from(source).toString("base64")
);

const JOINTS = ["neck", "turn", "r-shoulder"];
const pose = (neck, turn, shoulder) => ({ neck, turn, "r-shoulder": shoulder });

function phasesOf(specs) {
  let atMs = 0;
  return specs.map((spec, index) => {
    const phase = { index, atMs, cycles: 0, pose: null, cycle: null, ...spec };
    atMs += spec.durationMs;
    return phase;
  });
}

const POSES = [pose(0, 0, 0), pose(0, 60, 0), pose(0, -60, 0), pose(20, 0, 120), pose(-10, 0, 40)];
const SYNTHETIC = phasesOf([
  { kind: "PREPARE", durationMs: 3000, pose: 3 },
  { kind: "MOVE", durationMs: 6000, cycles: 3, pose: 1, cycle: [0, 1, 0, 2] },
  { kind: "RELEASE", durationMs: 2000, pose: 4 },
  { kind: "RELAX", durationMs: 900, pose: 0 },
  { kind: "MOVE", durationMs: 4000, cycles: 2, pose: 4, cycle: [3, 4] },
  { kind: "REST", durationMs: 1000 },
  { kind: "PREPARE", durationMs: 1000 },
]);

function distance(a, b) {
  return Math.max(...Object.keys(b).map((joint) => Math.abs(a[joint] - b[joint])));
}

function figured(phase) {
  return phase.pose !== null || phase.cycle !== null;
}

function endOf(phases) {
  const last = phases[phases.length - 1];
  return last.atMs + last.durationMs;
}

/** How many separate times the pose comes within `within` degrees of `key` during a phase. */
function visits(phases, poses, phase, key, within, stepMs) {
  let count = 0;
  let near = false;
  for (let t = phase.atMs; t < phase.atMs + phase.durationMs; t += stepMs) {
    const close = distance(poseAt(phases, poses, t), key) <= within;
    if (close && !near) count++;
    near = close;
  }
  return count;
}

function checkMiddles(phases, poses) {
  let checked = 0;
  for (const phase of phases.filter((each) => figured(each) && each.cycle === null)) {
    const middle = phase.atMs + phase.durationMs / 2;
    assert.ok(distance(poseAt(phases, poses, middle), poses[phase.pose]) < 1e-9, `middle of phase ${phase.index}`);
    checked++;
  }
  return checked;
}

function checkPassesThroughKeyOne(phases, poses) {
  let checked = 0;
  for (const phase of phases.filter((each) => each.cycle !== null)) {
    const keys = phase.cycle.length;
    const key = poses[phase.cycle[1]];
    const times = phase.cycle.filter((index) => index === phase.cycle[1]).length;
    for (let cycle = 0; cycle < phase.cycles; cycle++) {
      const at = phase.atMs + ((cycle + 1 / keys) / phase.cycles) * phase.durationMs;
      assert.ok(distance(poseAt(phases, poses, at), key) < 1e-9, `phase ${phase.index} at key 1 of cycle ${cycle + 1}`);
    }
    const span = Math.min(...phase.cycle.filter((index) => index !== phase.cycle[1]).map((index) => distance(poses[index], key)));
    const cycleMs = phase.durationMs / phase.cycles;
    assert.equal(
      visits(phases, poses, phase, key, span / 10, cycleMs / keys / 50),
      phase.cycles * times,
      `phase ${phase.index} passes through key 1 once a cycle`,
    );
    checked++;
  }
  return checked;
}

function checkContinuity(phases, poses) {
  let checked = 0;
  for (let index = 1; index < phases.length; index++) {
    if (!figured(phases[index]) || !figured(phases[index - 1])) continue;
    const boundary = phases[index].atMs;
    const before = poseAt(phases, poses, boundary - 0.01);
    const after = poseAt(phases, poses, boundary);
    assert.ok(distance(before, after) < 0.1, `continuous into phase ${index}: ${JSON.stringify({ before, after })}`);
    checked++;
  }
  return checked;
}

function checkStill(phases, poses) {
  for (const phase of phases) {
    const expected = keyPose(phase, poses);
    for (let step = 0; step <= 20; step++) {
      const at = phase.atMs + (phase.durationMs * step) / 21;
      assert.deepEqual(poseAt(phases, poses, at, { still: true }), expected, `still phase ${phase.index}`);
    }
  }
}

test("the middle of each still phase is in that phase's pose", () => {
  assert.equal(checkMiddles(SYNTHETIC, POSES), 3);
});

test("a movement passes through key 1 once in each of its cycles", () => {
  assert.equal(checkPassesThroughKeyOne(SYNTHETIC, POSES), 2);
});

test("the pose is continuous across every phase boundary", () => {
  assert.equal(checkContinuity(SYNTHETIC, POSES), 4);
});

test("entering a phase eases from where the last one ended", () => {
  const release = SYNTHETIC[2];
  const halfway = poseAt(SYNTHETIC, POSES, release.atMs + easeMs(release) / 2);
  assert.ok(Math.abs(halfway["r-shoulder"] - 20) < 1e-9, JSON.stringify(halfway));
  assert.equal(easeMs(release), 600);
  assert.equal(easeMs(SYNTHETIC[3]), 300);
  assert.equal(easeMs(SYNTHETIC[1]), 500);
});

test("the first phase starts at its own pose, and a phase without a figure has none", () => {
  assert.deepEqual(poseAt(SYNTHETIC, POSES, 0), POSES[3]);
  assert.equal(poseAt(SYNTHETIC, POSES, SYNTHETIC[5].atMs + 500), null);
  assert.equal(poseAt([], POSES, 0), null);
  assert.equal(phaseIndexAt(SYNTHETIC, -5), 0);
  assert.equal(phaseIndexAt(SYNTHETIC, endOf(SYNTHETIC) + 5), SYNTHETIC.length - 1);
});

test("still mode holds each phase's key pose, a movement's key 1", () => {
  checkStill(SYNTHETIC, POSES);
  assert.deepEqual(poseAt(SYNTHETIC, POSES, 4000, { still: true }), POSES[1]);
});

test("the transform of each kind of joint follows the figure's contract", () => {
  assert.equal(transformFor("rotate", -1, "100 60", 30), "rotate(-30 100 60)");
  assert.equal(transformFor("rotate", 1, "100.5 60.25", 12.345), "rotate(12.35 100.5 60.25)");
  assert.equal(transformFor("x", 0.1, "0 0", 40), "translate(4 0)");
  assert.equal(transformFor("y", -0.2, "0 0", 20), "translate(0 -4)");
  assert.equal(transformFor("scale-y", -0.01, "100 40", 50), "translate(100 40) scale(1 0.5) translate(-100 -40)");
  assert.equal(transformFor("scale-y", -0.01, "100 40", 100), "translate(100 40) scale(1 0.05) translate(-100 -40)");
  assert.equal(transformFor("rotate", -1, "100 60", 0), "rotate(0 100 60)");
  assert.equal(transformFor("none", 1, "0 0", 25), "");
});

for (const routine of ["isometric-complex", "neck-pain-simple"]) {
  const file = new URL(`../../../target/timelines/${routine}.json`, import.meta.url);
  const skip = existsSync(file) ? false : `no ${routine}.json in target/timelines: run PlayerTimelineWebTest first`;
  test(`the real timeline of ${routine}`, { skip }, () => {
    const timeline = JSON.parse(readFileSync(file, "utf8"));
    const { phases, poses } = timeline;
    assert.ok(phases.some(figured), `${routine} has no figure at all`);
    assert.ok(checkMiddles(phases, poses) > 0, "still phases with a figure");
    checkPassesThroughKeyOne(phases, poses);
    assert.ok(checkContinuity(phases, poses) > 0, "boundaries between phases with a figure");
    checkStill(phases, poses);
    for (const joint of JOINTS) assert.ok(joint in poses[0], `poses name ${joint}`);
  });
}
