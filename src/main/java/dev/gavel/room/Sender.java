package dev.gavel.room;

import java.util.Objects;

/**
 * Who sent a command: one tablet's or laptop's connection, or one request of the automation API.
 *
 * @param id tells two senders apart; the same for every command of one connection
 * @param name the name the sender gave, or null when it gave none
 */
public record Sender(String id, String name) {

  public Sender {
    Objects.requireNonNull(id, "a sender has an id");
  }

  /** A sender of one command only, which therefore never crosses itself. */
  public static Sender once(String commandId) {
    return new Sender("once:" + commandId, null);
  }
}
