// The client side of a room's live socket (the protocol is documented in the README).
// The server is the source of truth: this keeps its latest snapshot and events in order,
// estimates the server's clock, notices a link that has gone silent, and reconnects on its own.
// Commands carry an id, so resending one after a reconnect is safe. A page that had the room
// over its socket comes back where it left off: it names the run of the room's sequence and the
// last position it read, and keeps what it shows while the server sends only what it missed (or,
// when the server no longer can, a snapshot as usual).
//
// A screen someone is looking at must never show a stale room for long: while the page is
// visible it pings every second and calls a link dead after 2.5 s of silence (or at once when
// the device says it went offline), and while the server is away it asks for it at least every
// second, so it is back within a second of the server. A hidden page is patient: it pings every
// 5 s and backs off to 15 s, and catches up the moment it is shown again.

const VISIBLE = { pingEveryMs: 1_000, silentAfterMs: 2_500, retryAtMostMs: 900 };
const HIDDEN = { pingEveryMs: 5_000, silentAfterMs: 12_000, retryAtMostMs: 15_000 };
const WATCH_EVERY_MS = 250;
const CONNECT_GIVES_UP_MS = 3_000;
const COMMAND_GIVES_UP_MS = 10_000;
/**
 * A command carries a deadline this long after it was given, in the server's time: the server
 * refuses it after that, so that a command this page has stopped waiting for never takes effect
 * behind the moderator's back. It is shorter than the page's patience, so that the answer to a
 * command the server took just in time still has time to arrive.
 */
const COMMAND_DEADLINE_MS = 7_000;
/** Commands that change the room by a step: they say which log position they were based on. */
const RELATIVE = new Set(["nextSlide", "previousSlide", "addTime", "intervene"]);
const BACKOFF_FIRST_MS = 200;
/**
 * How far outside what a pong allows the estimate of the server's clock may be before it counts as
 * a clock that was set; nearer, it is the network's jitter, which the quickest round trip handles.
 */
const CLOCK_STEP_MS = 50;
const PROBE_GIVES_UP_MS = 2_000;
/** What a page asks for to learn that the server is back: a small file it already has. */
const PROBE = "/assets/shared/live.js";

/**
 * The page's own elapsed time, for every interval it measures (silence, pings, patience, round
 * trips): unlike the wall clock it is never set, so an interval across a clock being set right is
 * still the time that passed.
 */
function monotonic() {
  return performance.now();
}

function commandId() {
  // crypto.randomUUID needs a secure context; a room's server is often plain http on a LAN.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The snapshot a page was served with, so it can show the room before its socket opens. */
export function embeddedSnapshot() {
  const element = document.getElementById("snapshot");
  if (!element || !element.textContent.trim().startsWith("{")) return null;
  try {
    return JSON.parse(element.textContent);
  } catch {
    return null;
  }
}

export class RoomLink {
  /**
   * @param {object} options
   * @param {string} options.room the room's slug
   * @param {string} [options.key] the moderator's secret, for a socket that may command
   * @param {(snapshot: object) => void} options.onSnapshot a full state: draw everything
   * @param {(message: object) => void} options.onEvent one event, with the state after it
   * @param {(status: string) => void} [options.onStatus] "connecting" (the first time), "live",
   *     "offline" (the link is lost; waiting to try again) or "reconnecting" (trying)
   * @param {(message: string) => void} [options.onError] the server did not understand us
   * @param {(command: object, result: object) => void} [options.onLate] the answer to a command
   *     this page had given up on came after all: the page says so rather than stay wrong
   * @param {(presence: object) => void} [options.onPresence] who runs the room and writes its
   *     notes: {you, moderators, noteTakers}, each a list of {id, name}
   * @param {string} [options.name] the name this page goes by for the others in the room
   */
  constructor({ room, key, name, onSnapshot, onEvent, onStatus, onError, onLate, onPresence }) {
    this.room = room;
    this.key = key || "";
    this.onSnapshot = onSnapshot;
    this.onEvent = onEvent;
    this.onStatus = onStatus || (() => {});
    this.onError = onError || (() => {});
    this.onLate = onLate || (() => {});
    this.onPresence = onPresence || (() => {});
    this.name = name || "";
    this.you = null; // this socket's id, as events name their sender
    this.givenUp = new Map(); // commands answered "no answer", by id, until their answer comes
    this.seq = -1;
    this.stream = null; // the run of the room's sequence this page's seq belongs to
    this.state = null;
    this.snapshotThresholds = null; // from the snapshot, for a state that carries none
    this.everLive = false;
    this.offset = 0; // server clock minus ours
    this.bestRoundTrip = Infinity;
    this.pending = new Map();
    this.attempt = 0;
    this.socket = null;
    this.lastHeard = 0;
    this.status = "connecting";
  }

  /**
   * When the timer warns and shows danger: the running topic's own, its event's or the server's,
   * as the state says (a new topic brings its own with its event).
   */
  get thresholds() {
    return (this.state && this.state.thresholds) || this.snapshotThresholds;
  }

  /** The server's time now, as well as this device can tell. */
  now() {
    return Date.now() + this.offset;
  }

  start(initial) {
    if (initial) this.snapshot(initial, false);
    this.connect();
    setInterval(() => this.watch(), WATCH_EVERY_MS);
    // The device knows before any ping does when its network goes, and when it comes back.
    window.addEventListener("offline", () => {
      if (this.socket) this.dropped();
    });
    window.addEventListener("online", () => this.reconnectSoon());
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState !== "visible") return;
      if (this.socket && this.socket.readyState === WebSocket.OPEN) {
        // Hidden, it pinged rarely: ask now, and judge the link by the visible page's pace.
        this.lastPing = monotonic();
        this.lastHeard = Math.max(this.lastHeard, monotonic() - VISIBLE.pingEveryMs);
        this.ping();
      } else {
        this.reconnectSoon();
      }
    });
  }

  /** How eager to be: a page someone is looking at wants the truth within seconds. */
  pace() {
    return document.visibilityState === "hidden" ? HIDDEN : VISIBLE;
  }

  connect() {
    clearTimeout(this.retryTimer);
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const params = new URLSearchParams();
    if (this.key) params.set("key", this.key);
    if (this.key && this.name) params.set("name", this.name);
    if (this.resumable()) params.set("resume", `${this.stream}.${this.seq}`);
    const query = params.size ? `?${params}` : "";
    const socket = new WebSocket(`${scheme}//${location.host}/rooms/${this.room}/live${query}`);
    this.socket = socket;
    this.connectedAt = monotonic();
    this.lastHeard = monotonic();
    if (this.everLive) this.setStatus("reconnecting");
    socket.onopen = () => {
      this.lastHeard = monotonic();
      this.ping();
    };
    socket.onmessage = (message) => {
      if (socket !== this.socket) return;
      this.lastHeard = monotonic();
      this.receive(JSON.parse(message.data));
    };
    socket.onclose = () => {
      if (socket === this.socket) this.dropped();
    };
  }

  receive(message) {
    switch (message.type) {
      case "snapshot":
        this.snapshot(message, true);
        this.startedFrom();
        break;
      case "resumed":
        if (message.stream !== this.stream || message.seq !== this.seq) {
          // Not where this page left off: ask for the whole state rather than guess.
          this.seq = Infinity;
          this.send({ type: "resync" });
          return;
        }
        if (this.bestRoundTrip === Infinity) this.offset = message.serverTime - Date.now();
        this.startedFrom();
        break;
      case "event":
        if (message.seq <= this.seq) return; // already in the snapshot
        if (message.seq !== this.seq + 1) {
          // Something was missed: ask for the whole state again rather than guess.
          this.seq = Infinity;
          this.send({ type: "resync" });
          return;
        }
        this.seq = message.seq;
        // An event that left the state as it was carries none; one that did leaves out the
        // agenda unless the event changed it.
        if (!message.state) message.state = this.state;
        else if (!message.state.agenda) message.state.agenda = this.state.agenda;
        this.state = message.state;
        this.onEvent(message);
        break;
      case "ack":
        this.answer(message.id, { ok: true, seq: message.seq, alreadyDoneBy: message.alreadyDoneBy });
        break;
      case "presence":
        this.you = message.you;
        this.onPresence(message);
        break;
      case "refused":
        this.answer(message.id, { ok: false, reason: message.reason });
        break;
      case "ping":
        this.send({ type: "pong", t: message.serverTime });
        break;
      case "pong":
        this.measure(message);
        break;
      case "error":
        // An error naming a command answers it: the server could not save it, nothing changed.
        if (message.id) this.answer(message.id, { ok: false, reason: message.message });
        else this.onError(message.message);
        break;
    }
  }

  snapshot(message, live) {
    this.seq = message.seq;
    // Only a snapshot of this socket's own may be resumed from: the one a page was served with
    // is a watcher's, whatever this page's socket may do.
    this.stream = live ? message.stream || null : null;
    this.state = message.state;
    this.snapshotThresholds = message.thresholds;
    // Until a ping has measured it, the snapshot's own time is the best guess.
    if (!live || this.bestRoundTrip === Infinity) this.offset = message.serverTime - Date.now();
    this.onSnapshot(message);
  }

  /**
   * The socket has its starting point (a snapshot, or word that the page may carry on): the page
   * is live, and the commands still unanswered go again, safely, since each carries its id.
   */
  startedFrom() {
    this.attempt = 0;
    this.everLive = true;
    this.setStatus("live");
    for (const [id, entry] of this.pending) this.transmit(id, entry.command);
  }

  /** Whether the next socket may ask to carry on from where this page is. */
  resumable() {
    return Boolean(this.stream) && Number.isFinite(this.seq) && this.seq >= 0;
  }

  /**
   * Keeps the offset from the quickest round trip: its midpoint is the most certain. But a clock
   * that is set (the server's set right, a tablet waking with a corrected clock) is followed at the
   * next pong, however slow: the server read its clock between this page's ping and the pong, so
   * the true offset lies between two bounds, and an estimate outside them is wrong whatever round
   * trip it came from.
   */
  measure(pong) {
    const roundTrip = monotonic() - pong.t;
    if (!(roundTrip >= 0) || typeof pong.serverTime !== "number") return;
    const lowest = pong.serverTime - Date.now();
    const highest = lowest + roundTrip;
    const set = this.offset < lowest - CLOCK_STEP_MS || this.offset > highest + CLOCK_STEP_MS;
    // Older measurements age, so a clock that drifts or a network that changes is followed.
    this.bestRoundTrip = this.bestRoundTrip * 1.1 + 1;
    if (set || roundTrip <= this.bestRoundTrip) {
      this.bestRoundTrip = roundTrip;
      this.offset = lowest + roundTrip / 2;
    }
  }

  ping() {
    this.send({ type: "ping", t: monotonic() });
  }

  watch() {
    const now = monotonic();
    const { pingEveryMs, silentAfterMs } = this.pace();
    const socket = this.socket;
    if (socket && socket.readyState === WebSocket.CONNECTING && now - this.connectedAt > CONNECT_GIVES_UP_MS) {
      // A connection that neither opens nor fails: a dead Wi-Fi link swallowing the handshake.
      this.dropped();
    } else if (socket && socket.readyState === WebSocket.OPEN) {
      if (now - this.lastHeard > silentAfterMs || this.unsynced(now)) {
        // Looks open, carries nothing: the link is dead. Say so, and start again.
        this.dropped();
      } else if (now - (this.lastPing || 0) >= pingEveryMs) {
        this.lastPing = now;
        this.ping();
      }
    }
    for (const [id, entry] of this.pending) {
      if (now - entry.since > COMMAND_GIVES_UP_MS) {
        this.givenUp.set(id, entry.command);
        this.answer(id, {
          ok: false,
          reason: "no answer from the server: check the screen before trying again",
        });
      }
    }
  }

  /** Open, but its snapshot never came: without it the page cannot show the room. */
  unsynced(now) {
    return this.status !== "live" && now - this.connectedAt > CONNECT_GIVES_UP_MS;
  }

  dropped() {
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onclose = socket.onmessage = socket.onopen = null;
      if (socket.readyState !== WebSocket.CLOSED) socket.close();
    }
    this.setStatus(this.everLive || this.state ? "offline" : "connecting");
    this.scheduleRetry();
  }

  scheduleRetry() {
    const ceiling = Math.min(this.pace().retryAtMostMs, BACKOFF_FIRST_MS * 2 ** this.attempt);
    this.attempt = Math.min(this.attempt + 1, 10);
    // Jitter, so 200 phones that lost the same Wi-Fi do not all come back at the same instant.
    const delay = ceiling / 2 + Math.random() * (ceiling / 2);
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.retry(), delay);
  }

  /**
   * The first try after a loss opens a socket at once. Later ones first ask the server over
   * plain HTTP whether it is back, and open the socket only when it is: a browser slows down a
   * page whose sockets keep failing (Chromium waits seconds before each new one after some thirty
   * failures), which would keep the room waiting long after the server returned.
   */
  async retry() {
    if (this.socket) return;
    if (this.attempt > 1 && !(await this.serverAnswers())) {
      if (!this.socket) this.scheduleRetry();
      return;
    }
    if (!this.socket) this.connect();
  }

  async serverAnswers() {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), PROBE_GIVES_UP_MS);
    try {
      const response = await fetch(PROBE, { method: "HEAD", cache: "no-store", signal: controller.signal });
      return response.ok;
    } catch {
      return false; // refused, unreachable or too slow: the server is not back yet
    } finally {
      clearTimeout(timer);
    }
  }

  reconnectSoon() {
    if (this.socket && this.socket.readyState === WebSocket.OPEN) return;
    this.attempt = 0;
    if (this.socket) {
      this.socket.onclose = this.socket.onmessage = this.socket.onopen = null;
      this.socket.close();
      this.socket = null;
    }
    this.connect();
  }

  setStatus(status) {
    if (status !== this.status) {
      this.status = status;
      this.onStatus(status);
    }
  }

  send(message) {
    if (this.socket && this.socket.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify(message));
      return true;
    }
    return false;
  }

  /**
   * Sends a command; resolves with {ok, seq} or {ok: false, reason}. Sent again with the same
   * id after a reconnect, so it takes effect once even when the first answer was lost.
   */
  command(command) {
    const id = commandId();
    const sent = { ...command, deadline: Math.round(this.now() + COMMAND_DEADLINE_MS) };
    if (RELATIVE.has(command.type) && Number.isFinite(this.seq) && this.seq >= 0) {
      sent.basedOn = this.seq;
    }
    return new Promise((resolve) => {
      this.pending.set(id, { command: sent, resolve, since: monotonic() });
      this.transmit(id, sent);
    });
  }

  /** Whether an event came from another page's command (and the room knows whose). */
  fromOthers(message) {
    return Boolean(message.by && this.you && message.by.id !== this.you);
  }

  transmit(id, command) {
    this.send({ type: "command", id, command });
  }

  answer(id, result) {
    const entry = this.pending.get(id);
    if (entry) {
      this.pending.delete(id);
      entry.resolve(result);
    } else if (this.givenUp.has(id)) {
      const command = this.givenUp.get(id);
      this.givenUp.delete(id);
      this.onLate(command, result);
    }
  }
}
