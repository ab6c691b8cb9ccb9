// The client side of a room's live socket (the protocol is documented in the README).
// The server is the source of truth: this keeps its latest snapshot and events in order,
// estimates the server's clock, notices a socket that has gone silent, and reconnects on
// its own with backoff. Commands carry an id, so resending one after a reconnect is safe.

const PING_EVERY_MS = 5_000;
const SILENT_AFTER_MS = 12_000;
const COMMAND_GIVES_UP_MS = 10_000;
const BACKOFF_FIRST_MS = 500;
const BACKOFF_MAX_MS = 15_000;

export function commandId() {
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
   * @param {(status: string) => void} [options.onStatus] "live", "connecting" or "reconnecting"
   * @param {(message: string) => void} [options.onError] the server did not understand us
   */
  constructor({ room, key, onSnapshot, onEvent, onStatus, onError }) {
    this.room = room;
    this.key = key || "";
    this.onSnapshot = onSnapshot;
    this.onEvent = onEvent;
    this.onStatus = onStatus || (() => {});
    this.onError = onError || (() => {});
    this.seq = -1;
    this.state = null;
    this.offset = 0; // server clock minus ours
    this.bestRoundTrip = Infinity;
    this.pending = new Map();
    this.attempt = 0;
    this.socket = null;
    this.lastHeard = 0;
    this.status = "connecting";
  }

  /** The server's time now, as well as this device can tell. */
  now() {
    return Date.now() + this.offset;
  }

  start(initial) {
    if (initial) this.snapshot(initial, false);
    this.connect();
    setInterval(() => this.watch(), 1_000);
    // A phone that wakes up or gets its network back should not wait for the next backoff.
    window.addEventListener("online", () => this.reconnectSoon());
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible") this.watch();
    });
  }

  connect() {
    clearTimeout(this.retryTimer);
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const query = this.key ? `?key=${encodeURIComponent(this.key)}` : "";
    const socket = new WebSocket(`${scheme}//${location.host}/rooms/${this.room}/live${query}`);
    this.socket = socket;
    this.lastHeard = Date.now();
    socket.onopen = () => {
      this.lastHeard = Date.now();
      this.ping();
    };
    socket.onmessage = (message) => {
      if (socket !== this.socket) return;
      this.lastHeard = Date.now();
      this.receive(JSON.parse(message.data));
    };
    socket.onclose = () => {
      if (socket === this.socket) this.dropped();
    };
  }

  receive(message) {
    switch (message.type) {
      case "snapshot":
        this.attempt = 0;
        this.snapshot(message, true);
        this.setStatus("live");
        for (const [id, entry] of this.pending) this.transmit(id, entry.command);
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
        this.answer(message.id, { ok: true, seq: message.seq });
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
    this.state = message.state;
    // Until a ping has measured it, the snapshot's own time is the best guess.
    if (!live || this.bestRoundTrip === Infinity) this.offset = message.serverTime - Date.now();
    this.onSnapshot(message);
  }

  /** Keeps the offset from the quickest round trip: its midpoint is the most certain. */
  measure(pong) {
    const roundTrip = Date.now() - pong.t;
    if (roundTrip < 0 || typeof pong.serverTime !== "number") return;
    // Older measurements age, so a clock that drifts or a network that changes is followed.
    this.bestRoundTrip = this.bestRoundTrip * 1.1 + 1;
    if (roundTrip <= this.bestRoundTrip) {
      this.bestRoundTrip = roundTrip;
      this.offset = pong.serverTime - (pong.t + roundTrip / 2);
    }
  }

  ping() {
    this.send({ type: "ping", t: Date.now() });
  }

  watch() {
    const open = this.socket && this.socket.readyState === WebSocket.OPEN;
    if (open && Date.now() - this.lastHeard > SILENT_AFTER_MS) {
      // Looks open, carries nothing: a dead Wi-Fi link. Start again.
      this.socket.close();
      this.dropped();
      return;
    }
    if (open && Date.now() - (this.lastPing || 0) >= PING_EVERY_MS) {
      this.lastPing = Date.now();
      this.ping();
    }
    for (const [id, entry] of this.pending) {
      if (Date.now() - entry.since > COMMAND_GIVES_UP_MS) {
        this.answer(id, {
          ok: false,
          reason: "no answer from the server: check the screen before trying again",
        });
      }
    }
  }

  dropped() {
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onclose = socket.onmessage = socket.onopen = null;
    }
    this.setStatus("reconnecting");
    const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** this.attempt);
    this.attempt = Math.min(this.attempt + 1, 10);
    // Jitter, so 200 phones that lost the same Wi-Fi do not all come back at the same instant.
    const delay = ceiling / 2 + Math.random() * (ceiling / 2);
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  reconnectSoon() {
    if (this.socket && this.socket.readyState === WebSocket.OPEN) return;
    this.attempt = 0;
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
    return new Promise((resolve) => {
      this.pending.set(id, { command, resolve, since: Date.now() });
      this.transmit(id, command);
    });
  }

  transmit(id, command) {
    this.send({ type: "command", id, command });
  }

  answer(id, result) {
    const entry = this.pending.get(id);
    if (entry) {
      this.pending.delete(id);
      entry.resolve(result);
    }
  }
}
