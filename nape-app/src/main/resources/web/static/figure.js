// The moving figure of the player. Each exercise's drawing is an SVG whose joints are groups
// <g data-joint data-map data-k data-pivot data-angle> nested so that the browser does the
// kinematics; the figure fetches each drawing once, imports it into the page (DOMParser, no
// innerHTML) and on every draw sets each joint's transform and data-angle from pose.js for the
// session position it is given. The position drawn is kept in the container's data-position.

import { poseAt, transformFor } from "/static/pose.js";

const SVG = "http://www.w3.org/2000/svg";

function parse(text) {
  const parsed = new DOMParser().parseFromString(text, "image/svg+xml");
  const root = parsed.documentElement;
  if (!root || root.namespaceURI !== SVG || root.localName !== "svg") return null;
  if (parsed.getElementsByTagName("parsererror").length > 0) return null;
  for (const unwanted of root.querySelectorAll("script, foreignObject")) unwanted.remove();
  const svg = document.importNode(root, true);
  const joints = Array.from(svg.querySelectorAll("[data-joint]"), (group) => ({
    group,
    key: group.getAttribute("data-joint"),
    map: group.getAttribute("data-map"),
    k: Number(group.getAttribute("data-k")),
    pivot: group.getAttribute("data-pivot"),
  }));
  return { svg, joints };
}

/** The figure in `container` for a loaded timeline; `still` holds each phase's key pose. */
export function createFigure(container, timeline, { still = false } = {}) {
  const drawings = new Map();
  const figured = new Set(timeline.phases.filter((phase) => phase.pose !== null || phase.cycle !== null).map((phase) => phase.exerciseIndex));
  let shown = null;
  let wanted = null;
  let drawnAt = null;
  let stillMode = still;

  function load(url) {
    if (!drawings.has(url)) {
      drawings.set(
        url,
        fetch(url, { headers: { Accept: "image/svg+xml" } })
          .then((response) => (response.ok ? response.text() : null))
          .then((text) => (text === null ? null : parse(text)))
          .catch(() => null),
      );
    }
    return drawings.get(url);
  }

  function apply(pose) {
    for (const joint of shown.joints) {
      if (!(joint.key in pose)) continue;
      const angle = Math.round(pose[joint.key] * 100) / 100;
      joint.group.setAttribute("data-angle", String(angle === 0 ? 0 : angle));
      const transform = transformFor(joint.map, joint.k, joint.pivot, angle);
      if (transform) joint.group.setAttribute("transform", transform);
      else joint.group.removeAttribute("transform");
    }
  }

  function render(positionMs) {
    const pose = poseAt(timeline.phases, timeline.poses, positionMs, { still: stillMode });
    container.dataset.position = String(Math.round(positionMs));
    if (pose === null || shown === null || shown.url !== wanted) {
      container.hidden = true;
      return;
    }
    apply(pose);
    container.hidden = false;
  }

  /** Show the drawing of the exercise at `index`, or nothing when it has no figure. */
  function showExercise(index) {
    const exercise = timeline.exercises[index];
    const url = exercise && figured.has(index) ? exercise.illustration : null;
    if (url === wanted) return;
    wanted = url;
    if (url === null) {
      container.hidden = true;
      return;
    }
    load(url).then((drawing) => {
      if (wanted !== url || drawing === null) return;
      shown = { url, exercise: exercise.exercise, ...drawing };
      container.replaceChildren(drawing.svg);
      container.dataset.exercise = exercise.exercise;
      if (drawnAt !== null) render(drawnAt);
    });
  }

  /** Draw the figure at a session position; the same position again changes nothing (a pause). */
  function draw(positionMs, exerciseIndex) {
    showExercise(exerciseIndex);
    if (positionMs === drawnAt) return;
    drawnAt = positionMs;
    render(positionMs);
  }

  function setStill(value) {
    if (value === stillMode) return;
    stillMode = value;
    if (drawnAt !== null) render(drawnAt);
  }

  for (const index of figured) {
    const exercise = timeline.exercises[index];
    if (exercise && exercise.illustration) load(exercise.illustration);
  }
  return { draw, setStill };
}
