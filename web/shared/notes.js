// The discussion notes of the room's current session, kept from the snapshot and the events.

export class SessionNotes {
  constructor() {
    this.session = null;
    this.notes = [];
  }

  /** From a snapshot: the whole list for the session the room is in. */
  reset(state, notes) {
    this.session = state.session ? state.session.id : null;
    this.notes = notes.slice();
  }

  /**
   * From an event; true when the list changed. A new session (its first topic started)
   * begins with no notes.
   */
  apply(message) {
    const session = message.state.session ? message.state.session.id : null;
    let changed = false;
    if (session !== this.session) {
      this.session = session;
      this.notes = [];
      changed = true;
    }
    const event = message.event;
    if (event.type === "noteWritten" && event.session === this.session) {
      this.notes.push({ seq: message.seq, at: Date.parse(event.at), topicId: event.topic, text: event.text });
      changed = true;
    }
    return changed;
  }
}

export function timeOfDay(ms) {
  return new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}
