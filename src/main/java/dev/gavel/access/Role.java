package dev.gavel.access;

import dev.gavel.room.AttendeeCommand;
import dev.gavel.room.RoomCommand;

/**
 * Who is on the other end: anybody may watch; a note-taker may write the notes; moderators and the
 * organiser may do everything.
 */
public enum Role {
  VIEWER,
  NOTE_TAKER,
  MODERATOR,
  ORGANISER,
  /** The speaker's view: watches, and sees the moderator's private cues. */
  STAGE,
  /** The mic runner's view: watches who gets the microphone next. */
  MIC_RUNNER;

  public boolean may(RoomCommand command) {
    if (command instanceof AttendeeCommand) {
      return false; // an attendee's hand comes through its own path, never a role's
    }
    return switch (this) {
      case VIEWER, STAGE, MIC_RUNNER -> false;
      case NOTE_TAKER -> command.writesNotes();
      case MODERATOR, ORGANISER -> true;
    };
  }

  /** Whether this role may send any command at all (and so must come from our own pages). */
  public boolean mayCommand() {
    return this == NOTE_TAKER || runsTheRoom();
  }

  /** Whether this role's socket is sent the speaker's private cues. */
  public boolean seesCues() {
    return this == STAGE || runsTheRoom();
  }

  /** Whether this role runs the room: the moderator's controls, not only the notes. */
  public boolean runsTheRoom() {
    return this == MODERATOR || this == ORGANISER;
  }

  /** Why a command is not this role's to give, in the words its screen shows. */
  public String refusal() {
    return this == NOTE_TAKER
        ? "the note-taker's link can only write notes: the moderator runs the room"
        : "this screen can only watch: open the moderator's link to run the room";
  }

  public String wireName() {
    return switch (this) {
      case VIEWER -> "viewer";
      case NOTE_TAKER -> "noteTaker";
      case MODERATOR -> "moderator";
      case ORGANISER -> "organiser";
      case STAGE -> "stage";
      case MIC_RUNNER -> "micRunner";
    };
  }
}
