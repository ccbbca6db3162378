// A short tone made on the spot with Web Audio (no sound file): one note per frequency, each
// 0.2 s, 0.25 s apart. A browser that blocks sound until the page is touched stays silent.

export function tone(frequencies = [660, 880]) {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) return;
  try {
    const audio = new Context();
    frequencies.forEach((frequency, index) => {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.type = "sine";
      oscillator.frequency.value = frequency;
      const start = audio.currentTime + index * 0.25;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.2);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start);
      oscillator.stop(start + 0.22);
    });
    window.setTimeout(() => audio.close(), 250 * frequencies.length + 500);
  } catch {
    // No sound then; what is on screen still says it.
  }
}
