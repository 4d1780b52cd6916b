const SOUND_KEY = "oppdag.timerSound";

export const soundEnabled = () => localStorage.getItem(SOUND_KEY) === "on";
export const setSoundEnabled = (on: boolean) => localStorage.setItem(SOUND_KEY, on ? "on" : "off");

/**
 * Soft tones from Web Audio, one after another `step` seconds apart: no file to load, nothing if
 * audio is unavailable.
 */
export function playTones(frequencies: readonly number[], step = 0.25, volume = 0.2): void {
  try {
    const ctx = new AudioContext();
    frequencies.forEach((freq, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      const at = ctx.currentTime + i * step;
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(volume, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.6);
      osc.connect(gain).connect(ctx.destination);
      osc.start(at);
      osc.stop(at + 0.65);
    });
    setTimeout(() => void ctx.close(), 1500);
  } catch {
    // No audio device or autoplay refused: the visible cue still shows.
  }
}

/** A soft two-tone chime when the timer reaches zero. */
export const playChime = () => playTones([660, 880]);
