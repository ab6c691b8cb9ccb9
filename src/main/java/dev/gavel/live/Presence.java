package dev.gavel.live;

import dev.gavel.access.Role;
import dev.gavel.room.Sender;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Who runs a room and writes its notes right now: the sockets that may command, each with the label
 * the others know it by. A socket without a name of its own is numbered, the lowest number free
 * among its kind, so that two tablets read "Tablet 1" and "Tablet 2".
 */
final class Presence {

  private final List<Connection> present = new CopyOnWriteArrayList<>();

  /** Labels and adds a socket that may command; returns whether the presence changed. */
  synchronized boolean join(Connection connection) {
    if (!connection.role.mayCommand()) {
      return false;
    }
    String given = connection.sender.name();
    connection.label(given != null ? given : numbered(connection.role));
    present.add(connection);
    return true;
  }

  synchronized boolean leave(Connection connection) {
    return present.remove(connection);
  }

  List<Connection> present() {
    return List.copyOf(present);
  }

  /** The label of the sender of a command, for the others' screens. */
  Wire.Peer peer(Sender sender) {
    for (Connection connection : present) {
      if (connection.sender.id().equals(sender.id())) {
        return new Wire.Peer(sender.id(), connection.label());
      }
    }
    return new Wire.Peer(sender.id(), sender.name() != null ? sender.name() : "the automation API");
  }

  /** The presence as the given socket sees it: itself, and the others of each kind. */
  Wire.PresenceNow as(Connection you) {
    return new Wire.PresenceNow(
        you.sender.id(), peers(Role::runsTheRoom), peers(role -> role == Role.NOTE_TAKER));
  }

  private List<Wire.Peer> peers(Predicate<Role> kind) {
    return present.stream()
        .filter(connection -> kind.test(connection.role))
        .sorted(Comparator.comparing(Connection::label))
        .map(connection -> new Wire.Peer(connection.sender.id(), connection.label()))
        .toList();
  }

  private String numbered(Role role) {
    boolean runs = role.runsTheRoom();
    String kind = runs ? "Tablet " : "Note-taker ";
    Set<String> taken = new HashSet<>();
    for (Connection other : present) {
      if (other.role.runsTheRoom() == runs) {
        taken.add(other.label());
      }
    }
    int number = 1;
    while (taken.contains(kind + number)) {
      number++;
    }
    return kind + number;
  }
}
