// Tell the server whether the person is at this page, so reminders wait while they are away: whether
// the page is visible, and how long ago it last saw a key, a click, a touch or the mouse. One report a
// minute at most; a change (the page hidden or shown, input after a quiet spell) is sent as soon as
// that allows. Nothing is sent but these two values and a random name for the page.

const EVERY_MS = 60_000;
const QUIET_MS = 60_000;

// A name for this page, so the server can tell several open pages apart.
const page = Math.random().toString(36).slice(2, 12) || "page";
let lastInput = Date.now();
let lastSent = -Infinity;
let pending = null;

function report() {
  pending = null;
  lastSent = Date.now();
  const body = JSON.stringify({
    page,
    visible: document.visibilityState === "visible",
    idleSeconds: Math.max(0, Math.min(86_400, Math.round((Date.now() - lastInput) / 1000))),
  });
  fetch("/api/presence", { method: "POST", headers: { "Content-Type": "application/json" }, body }).catch(() => {});
}

// Send now if the last report is a minute old, else once the minute is up.
function soon() {
  if (pending !== null) return;
  const wait = Math.max(0, lastSent + EVERY_MS - Date.now());
  pending = setTimeout(report, wait);
}

function input() {
  const quiet = Date.now() - lastInput >= QUIET_MS;
  lastInput = Date.now();
  if (quiet) soon();
}

for (const kind of ["keydown", "pointerdown", "pointermove", "wheel", "touchstart", "scroll"]) {
  window.addEventListener(kind, input, { passive: true, capture: true });
}
document.addEventListener("visibilitychange", soon);
setInterval(soon, EVERY_MS);
soon();
