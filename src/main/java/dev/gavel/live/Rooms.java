package dev.gavel.live;

import dev.gavel.room.RoomSlug;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every room this server runs, by slug. */
public final class Rooms {

  private final Map<String, LiveRoom> bySlug = new ConcurrentHashMap<>();
  private final List<LiveRoom> inOrder = new CopyOnWriteArrayList<>();

  public void add(LiveRoom room) {
    if (bySlug.putIfAbsent(room.info().slug().value(), room) == null) {
      inOrder.add(room);
    }
  }

  /** The room with this slug; empty for an unknown or malformed slug. */
  public Optional<LiveRoom> find(String slug) {
    return Optional.ofNullable(slug).map(bySlug::get);
  }

  public Optional<LiveRoom> find(RoomSlug slug) {
    return find(slug.value());
  }

  public List<LiveRoom> all() {
    return List.copyOf(inOrder);
  }
}
