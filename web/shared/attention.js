// Attention cues at the timer's thresholds: when a running topic's timer reaches its warning, and
// when it runs out, the clock flashes (a steady outline instead under prefers-reduced-motion) and,
// where the person at the screen turned sound on, two short tones play, made with Web Audio (no
// audio file is fetched). A page opened mid-topic does not cue what had already happened.

const FLASH_MS = 3_000;
const CUED = { warning: "warning", danger: "warning", discussionDue: "zero", overtime: "zero" };

export class Attention {
  /**
   * @param {Element} clock the element that flashes
   * @param {Element} [soundButton] a toggle for the tones; without one the screen stays silent
   */
  constructor(clock, soundButton) {
    this.clock = clock;
    this.soundButton = soundButton || null;
    this.audio = null;
    this.seen = null; // "topic:stage" last seen, so a cue fires once per threshold per topic
    this.timer = null;
    if (this.soundButton) {
      this.soundButton.setAttribute("aria-pressed", "false");
      this.soundButton.addEventListener("click", () => this.toggleSound());
    }
  }

  toggleSound() {
    const on = this.soundButton.getAttribute("aria-pressed") !== "true";
    // An AudioContext may only start from a person's gesture: this click is one.
    if (on && !this.audio) this.audio = new AudioContext();
    this.soundButton.setAttribute("aria-pressed", String(on));
    this.soundButton.textContent = on ? "Sound on" : "Sound off";
  }

  /** Called on every tick with the timer's level and the running topic (null between topics). */
  watch(level, topicId) {
    const stage = topicId == null ? null : CUED[level] || "calm";
    const key = stage && `${topicId}:${stage}`;
    const before = this.seen;
    this.seen = key;
    if (before === null || key === null || key === before) return;
    if (stage === "calm") return;
    // Only moving forward cues: warning after calm, zero after calm or warning, in one topic.
    if (before.split(":")[0] !== String(topicId)) return;
    if (before.endsWith(":zero")) return;
    this.cue(stage);
  }

  cue(stage) {
    // An attribute, not a class: the card rewrites the clock's classes on every tick.
    delete this.clock.dataset.flash;
    void this.clock.offsetWidth; // restart the animation when two cues come close together
    this.clock.dataset.flash = stage;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => delete this.clock.dataset.flash, FLASH_MS);
    if (this.soundButton && this.soundButton.getAttribute("aria-pressed") === "true") this.tone(stage);
  }

  tone(stage) {
    const audio = this.audio;
    const start = audio.currentTime;
    const pitches = stage === "zero" ? [660, 440] : [660, 880];
    pitches.forEach((pitch, i) => {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = pitch;
      gain.gain.setValueAtTime(0.0001, start + i * 0.3);
      gain.gain.exponentialRampToValueAtTime(0.3, start + i * 0.3 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.3 + 0.25);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start + i * 0.3);
      oscillator.stop(start + i * 0.3 + 0.3);
    });
    this.soundButton.dataset.tones = String(Number(this.soundButton.dataset.tones || 0) + 1);
  }
}
