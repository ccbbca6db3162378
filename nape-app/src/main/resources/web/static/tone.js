// Short tones made on the spot with Web Audio (no sound files), all on one audio context opened at
// the first tone, so that a long session never runs out of them. A browser that blocks sound until
// the page is touched stays silent.

let shared = null;

function audio() {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) return null;
  if (shared === null || shared.state === "closed") shared = new Context();
  if (shared.state === "suspended") shared.resume().catch(() => {});
  return shared;
}

function note(context, start, seconds, from, to) {
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = "sine";
  oscillator.frequency.setValueAtTime(from, start);
  if (to !== from) oscillator.frequency.exponentialRampToValueAtTime(to, start + seconds);
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + seconds);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(start);
  oscillator.stop(start + seconds + 0.02);
}

/** One note per frequency, each 0.2 s, 0.25 s apart. */
export function tone(frequencies = [660, 880]) {
  try {
    const context = audio();
    if (!context) return;
    frequencies.forEach((frequency, index) => note(context, context.currentTime + index * 0.25, 0.2, frequency, frequency));
  } catch {
    // No sound then; what is on screen still says it.
  }
}

/** One note sliding from one pitch to another: rising to mark an effort, falling to mark letting go. */
export function glide(fromHz, toHz, seconds = 0.25) {
  try {
    const context = audio();
    if (!context) return;
    note(context, context.currentTime, seconds, fromHz, toHz);
  } catch {
    // As above.
  }
}
