// The guided-session player. It renders a timeline the server computed; it never adds up delays.
// Every cue is due at (session start + its offset + time paused - time skipped) / speed on the
// monotonic performance.now() clock, and each timer is set afresh from that, so lateness does not
// accumulate. Each cue's due and shown times are kept in window.__napeCueLog for the browser tests.
// Without a speech voice (no speechSynthesis, or no voice after voiceschanged or a short wait) the
// page says so by the "Spoken cues" switch, unticks it, and a short tone marks each new cue instead.
// The figure (figure.js) is drawn on every animation frame at the same position() as the cues, so
// it freezes with a pause, follows a skip, and catches up after the tab was in the background.
// With the "Tones" switch on, a rising tone opens each press and hold and a falling one each
// release and the end of a hold; each tone played is kept in window.__napeToneLog.

import { createFigure } from "/static/figure.js";
import { glide, tone } from "/static/tone.js";

const root = document.getElementById("player");
const $ = (id) => document.getElementById(id);
const speed = Number(root.dataset.speed) || 1;
const voice = $("voice");
const tones = $("tones");
const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");
// The page's words, from its bundle: each a pattern whose {name} parts are filled here.
const texts = JSON.parse(root.dataset.texts || "{}");
const words = (key, values = {}) =>
  (texts[key] ?? key).replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
const speechLang = document.documentElement.lang === "ru" ? "ru-RU" : "en-GB";
const cueLog = [];
window.__napeCueLog = cueLog;
const toneLog = [];
window.__napeToneLog = toneLog;

let timeline = null;
let t0 = 0;
let startedAt = null;
let pausedMs = 0;
let pausedSince = null;
let skippedMs = 0;
const skipped = new Set();
let shownIndex = -1;
let shownBySkip = false;
let timer = 0;
let ended = false;
let voiceMissing = false;
let figure = null;
/** How long to wait for the browser's voices to load before taking it that there are none. */
const VOICE_WAIT_MS = 1500;
/** How long before the end of a step of a movement the next step's cue shows, in session time. */
const NEXT_CUE_MS = 3000;
/** A tone due longer ago than this (the tab was asleep) is not played late. */
const TONE_LATE_MS = 1000;

const clock = () => (performance.now() - t0) * speed;
const running = () => timeline !== null && startedAt !== null && !ended;

function position() {
  const reference = pausedSince !== null ? pausedSince : clock();
  return Math.min(timeline.totalMs, Math.max(0, reference - pausedMs + skippedMs));
}

function dueAt(offsetMs) {
  return t0 + (offsetMs + pausedMs - skippedMs) / speed;
}

function indexAt(positionMs) {
  const phases = timeline.phases;
  let low = 0;
  let high = phases.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const phase = phases[middle];
    if (positionMs < phase.atMs) high = middle - 1;
    else if (positionMs >= phase.atMs + phase.durationMs) low = middle + 1;
    else return middle;
  }
  return phases.length;
}

function say(text) {
  if (voiceMissing) {
    tone([880]);
    return;
  }
  if (!voice.checked || !window.speechSynthesis) return;
  try {
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = speechLang;
    window.speechSynthesis.speak(utterance);
  } catch (ignored) {
    // A browser without a voice still shows every cue.
  }
}

function show(index) {
  const phase = timeline.phases[index];
  const shownMs = performance.now();
  $("cue").textContent = phase.cue;
  const exercise = timeline.exercises[phase.exerciseIndex];
  const count = timeline.exerciseCount;
  if (phase.kind === "REST") {
    $("exercise-count").textContent = words("restBefore", { n: phase.exerciseIndex + 1, count });
    $("rep-count").textContent = "";
  } else {
    $("exercise-count").textContent = words("exercise", { n: phase.exerciseIndex + 1, count });
    const repetition = phase.side ? `repetition.${phase.side}` : "repetition";
    $("rep-count").textContent = phase.rep > 0 ? words(repetition, { rep: phase.rep, reps: phase.reps }) : words("getReady");
  }
  $("exercise-name").textContent = exercise ? exercise.name : "";
  if (!shownBySkip) cueLog.push({ phaseIndex: index, dueMs: dueAt(phase.atMs), shownMs });
  if (!shownBySkip && index === shownIndex + 1) markWithTones(index, shownMs);
  shownBySkip = false;
  shownIndex = index;
  // Speaking can hold the page for a moment; it waits until this frame is drawn.
  window.setTimeout(() => say(phase.cue), 0);
}

function sound(kind, phaseIndex, atMs) {
  if (!tones.checked) return;
  if (kind === "rise") glide(520, 780);
  else glide(780, 520);
  toneLog.push({ kind, phaseIndex, atMs });
}

/** A phase reached in its turn: a rising tone opens an effort, a falling one lets it go. */
function markWithTones(index, shownMs) {
  const phase = timeline.phases[index];
  if (shownMs - dueAt(phase.atMs) > TONE_LATE_MS) return;
  const previous = index > 0 ? timeline.phases[index - 1] : null;
  if (phase.kind === "RELEASE") sound("fall", index, phase.atMs);
  else if (previous && previous.kind === "HOLD") sound("fall", index - 1, phase.atMs);
  if (phase.kind === "PRESS" || phase.kind === "HOLD") sound("rise", index, phase.atMs);
}

/** In the last seconds of a step of a movement, the cue of the step that follows it. */
function showNextStep(index, positionMs) {
  const phase = timeline.phases[index];
  const next = timeline.phases[index + 1];
  const due =
    next !== undefined &&
    phase.kind === "MOVE" &&
    next.kind === "MOVE" &&
    next.exerciseIndex === phase.exerciseIndex &&
    next.rep === phase.rep &&
    next.side === phase.side &&
    next.step !== phase.step &&
    phase.atMs + phase.durationMs - positionMs <= NEXT_CUE_MS;
  const line = $("next-step");
  const text = due ? words("next", { cue: next.cue }) : "";
  if (line.textContent !== text) line.textContent = text;
  line.hidden = !due;
}

function drawRing(index, positionMs) {
  const phase = timeline.phases[index];
  const left = Math.max(0, phase.atMs + phase.durationMs - positionMs);
  $("ring-bar").setAttribute("stroke-dashoffset", String(100 - (100 * left) / phase.durationMs));
  $("ring-seconds").textContent = String(Math.ceil(left / 1000));
}

function update() {
  if (!running()) return;
  const now = position();
  const index = indexAt(now);
  if (index >= timeline.phases.length) {
    finish(null);
    return;
  }
  figure?.draw(now, timeline.phases[index].exerciseIndex);
  if (index !== shownIndex) show(index);
  drawRing(index, now);
  showNextStep(index, now);
  clearTimeout(timer);
  if (pausedSince === null) {
    const phase = timeline.phases[index];
    timer = setTimeout(update, Math.max(0, dueAt(phase.atMs + phase.durationMs) - performance.now()));
  }
}

function frame() {
  if (!running()) return;
  update();
  requestAnimationFrame(frame);
}

function start() {
  startedAt = new Date();
  t0 = performance.now();
  $("start").hidden = true;
  $("pause").hidden = false;
  $("skip").disabled = false;
  $("quit").disabled = false;
  $("pause").focus();
  update();
  requestAnimationFrame(frame);
}

function togglePause() {
  if (!running()) return;
  if (pausedSince === null) {
    pausedSince = clock();
    clearTimeout(timer);
    window.speechSynthesis?.cancel();
    $("pause").textContent = words("resume");
    $("status").textContent = words("paused");
  } else {
    pausedMs += clock() - pausedSince;
    pausedSince = null;
    $("pause").textContent = words("pause");
    $("status").textContent = "";
    update();
  }
}

function skip() {
  if (!running()) return;
  const now = position();
  const index = indexAt(now);
  if (index >= timeline.phases.length) return;
  const phase = timeline.phases[index];
  if (phase.kind !== "REST") skipped.add(phase.exerciseIndex);
  skippedMs += phase.skipToMs - now;
  shownBySkip = true;
  update();
}

function statusOf(exercise, positionMs) {
  if (skipped.has(exercise.position)) return "skipped";
  if (positionMs >= exercise.endMs) return "completed";
  return positionMs > exercise.startMs ? "partial" : "not-started";
}

function finish(earlyOutcome) {
  if (ended || timeline === null) return;
  const reached = position();
  ended = true;
  clearTimeout(timer);
  window.speechSynthesis?.cancel();
  const endedAt = new Date();
  const exercises = timeline.exercises.map((exercise) => ({
    position: exercise.position,
    exercise: exercise.exercise,
    status: statusOf(exercise, reached),
  }));
  let outcome = earlyOutcome;
  if (reached >= timeline.totalMs) {
    outcome = exercises.some((item) => item.status === "skipped") ? "skipped-parts" : "completed";
  }
  for (const id of ["pause", "skip", "quit", "hurts", "start"]) $(id).disabled = true;
  const done = exercises.filter((item) => item.status === "completed").length;
  const result = {
    routine: timeline.routine,
    level: timeline.level,
    startedAt: (startedAt || endedAt).toISOString(),
    endedAt: endedAt.toISOString(),
    outcome,
    exercises,
  };
  if (outcome === "stopped-for-pain") {
    $("cue").textContent = words("stopped");
    $("stopped").hidden = false;
    $("stopped-heading").focus();
    post(result).finally(() => window.location.assign($("check-link").getAttribute("href")));
    return;
  }
  const last = words(outcome === "quit" ? "stopped" : "wellDone");
  $("cue").textContent = last;
  say(last);
  const summary = words("summary", { done, total: exercises.length });
  $("summary").textContent = `${summary} ${words("saving")}`;
  $("finished").hidden = false;
  $("finished-heading").focus();
  post(result).then((saved) => {
    $("summary").textContent = saved ? `${summary} ${words("saved")}` : summary;
  });
}

async function post(result) {
  try {
    const response = await fetch(root.dataset.result, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(result),
    });
    if (response.ok) {
      root.dataset.saved = "true";
      return true;
    }
    const problem = await response.json().catch(() => ({}));
    $("status").textContent = words("notSaved", { detail: problem.detail || response.status });
  } catch (failure) {
    $("status").textContent = words("noAnswer");
  }
  return false;
}

function hurts() {
  if (timeline === null || ended) {
    window.location.assign($("check-link").getAttribute("href"));
    return;
  }
  if (startedAt === null) startedAt = new Date();
  finish("stopped-for-pain");
}

document.addEventListener("keydown", (event) => {
  if (event.target === voice || event.target === tones || event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === " ") {
    event.preventDefault();
    if (startedAt === null && timeline !== null) start();
    else togglePause();
  } else if (event.key === "ArrowRight") {
    event.preventDefault();
    skip();
  }
});
document.addEventListener("keyup", (event) => {
  if (event.key === " " && event.target !== voice && event.target !== tones) event.preventDefault();
});
// A tab in the background gets no animation frames; back in front it draws where the session is.
document.addEventListener("visibilitychange", () => {
  if (!document.hidden) update();
});
reducedMotion.addEventListener("change", () => figure?.setStill(reducedMotion.matches));

$("start").addEventListener("click", start);
$("pause").addEventListener("click", togglePause);
$("skip").addEventListener("click", skip);
$("quit").addEventListener("click", () => finish("quit"));
$("hurts").addEventListener("click", hurts);

function voices() {
  try {
    return window.speechSynthesis.getVoices() || [];
  } catch {
    return [];
  }
}

function noVoice() {
  voiceMissing = true;
  voice.checked = false;
  voice.disabled = true;
  const note = $("voice-note");
  note.textContent = words("noVoice");
  note.hidden = false;
  voice.setAttribute("aria-describedby", "voice-note");
}

function findVoice() {
  if (!window.speechSynthesis || typeof window.speechSynthesis.getVoices !== "function") {
    noVoice();
    return;
  }
  if (voices().length > 0) return;
  const settle = () => {
    if (!voiceMissing && voices().length === 0) noVoice();
  };
  window.speechSynthesis.addEventListener?.("voiceschanged", () => {
    if (voices().length === 0) settle();
  }, { once: true });
  window.setTimeout(settle, VOICE_WAIT_MS);
}

findVoice();

const storedVoice = window.localStorage.getItem("nape.voice");
if (storedVoice === "off") voice.checked = false;
voice.addEventListener("change", () => {
  window.localStorage.setItem("nape.voice", voice.checked ? "on" : "off");
  if (!voice.checked) window.speechSynthesis?.cancel();
});
if (window.localStorage.getItem("nape.tones") === "off") tones.checked = false;
tones.addEventListener("change", () => {
  window.localStorage.setItem("nape.tones", tones.checked ? "on" : "off");
});

fetch(root.dataset.timeline, { headers: { Accept: "application/json" } })
  .then((response) => {
    if (!response.ok) throw new Error(String(response.status));
    return response.json();
  })
  .then((loaded) => {
    timeline = loaded;
    const first = timeline.phases[0];
    $("exercise-name").textContent = timeline.exercises[0].name;
    $("ring-seconds").textContent = String(Math.ceil(first.durationMs / 1000));
    figure = createFigure($("figure"), timeline, { still: reducedMotion.matches });
    figure.draw(0, first.exerciseIndex);
    $("start").disabled = false;
    root.dataset.ready = "true";
  })
  .catch(() => {
    $("status").textContent = words("notLoaded");
  });
