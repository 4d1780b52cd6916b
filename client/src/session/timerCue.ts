const SOUND_KEY = "oppdag.timerSound";

export const soundEnabled = () => localStorage.getItem(SOUND_KEY) === "on";
export const setSoundEnabled = (on: boolean) => localStorage.setItem(SOUND_KEY, on ? "on" : "off");

/** A soft two-tone chime from Web Audio: no file to load, nothing if audio is unavailable. */
export function playChime(): void {
  try {
    const ctx = new AudioContext();
    [660, 880].forEach((freq, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, ctx.currentTime + i * 0.25);
      gain.gain.exponentialRampToValueAtTime(0.2, ctx.currentTime + i * 0.25 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + i * 0.25 + 0.6);
      osc.connect(gain).connect(ctx.destination);
      osc.start(ctx.currentTime + i * 0.25);
      osc.stop(ctx.currentTime + i * 0.25 + 0.65);
    });
    setTimeout(() => void ctx.close(), 1500);
  } catch {
    // No audio device or autoplay refused: the visible cue still shows.
  }
}
