package dev.gavel.live;

import dev.gavel.room.RoomSlug;

/** The addresses of each room's pages, in one place so links and routes agree. */
public final class Paths {

  private Paths() {}

  public static String display(RoomSlug room) {
    return "/rooms/" + room.value() + "/display";
  }

  public static String moderate(RoomSlug room, String secret) {
    return "/rooms/" + room.value() + "/moderate?key=" + secret;
  }

  public static String takeNotes(RoomSlug room, String secret) {
    return "/rooms/" + room.value() + "/notes?key=" + secret;
  }

  public static String follow(RoomSlug room) {
    return "/rooms/" + room.value();
  }
}
