package dev.gavel.access;

/** Who is on the other end: anybody may watch; only moderators and the organiser may command. */
public enum Role {
  VIEWER,
  MODERATOR,
  ORGANISER;

  public boolean mayCommand() {
    return this != VIEWER;
  }
}
