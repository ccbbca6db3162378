// What the coach's tests share: the modules loaded from their text, and the recorded sequences.

import { readFileSync } from "node:fs";

const STATIC = new URL("../../../main/resources/web/static/coach/", import.meta.url);
const RESOURCES = new URL("../../resources/coach/", import.meta.url);
const urls = new Map();

/**
 * A data: URL for a coach module, its own imports of sibling modules ("./head.js") replaced by
 * theirs, so that any Node that runs ES modules loads it, whatever package.json says, and each
 * module is loaded once.
 */
function urlOf(file) {
  if (!urls.has(file)) {
    const source = readFileSync(new URL(file, STATIC), "utf8").replace(
      /from\s+"\.\/([\w-]+\.js)"/g,
      (_, sibling) => `from "${urlOf(sibling)}"`,
    );
    urls.set(file, "data:text/javascript;base64," + Buffer.from(source).toString("base64"));
  }
  return urls.get(file);
}

export function loadCoach(file) {
  return import(urlOf(file));
}

function landmarksOf(stored, indices) {
  if (stored === null) return null;
  const frame = Array.from({ length: 33 }, () => ({ x: 0, y: 0, z: 0, visibility: 0 }));
  indices.forEach((index, position) => {
    frame[index] = {
      x: stored[3 * position] / 10_000,
      y: stored[3 * position + 1] / 10_000,
      z: 0,
      visibility: stored[3 * position + 2] / 100,
    };
  });
  return frame;
}

function framesOf(rows, indices) {
  return rows.map(([timeMs, stored, truth]) => ({ timeMs, frame: landmarksOf(stored, indices), truth }));
}

/** A recorded sequence: its header and truth, and frames as {timeMs, frame (33 landmarks or null), truth}. */
export function readSequence(name) {
  const sequence = JSON.parse(readFileSync(new URL(`${name}.json`, RESOURCES), "utf8"));
  const result = { ...sequence, frames: framesOf(sequence.frames, sequence.landmarks) };
  if (sequence.calibration) result.calibration = framesOf(sequence.calibration, sequence.landmarks);
  return result;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
