package dev.gavel.startup;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the lock file of a data folder says about the server holding it: its process id, and its
 * port once it listens. Either may be unknown; a process that is no longer alive is not named.
 */
record LockHolder(Optional<Long> pid, Optional<Integer> port) {

  static LockHolder of(long pid) {
    return new LockHolder(Optional.of(pid), Optional.empty());
  }

  LockHolder listening(int port) {
    return new LockHolder(pid, Optional.of(port));
  }

  /** The file's text: {@code pid=…} and {@code port=…} lines, nothing else. */
  String text() {
    StringBuilder out = new StringBuilder("# the Gavel server using this folder\n");
    pid.ifPresent(value -> out.append("pid=").append(value).append('\n'));
    port.ifPresent(value -> out.append("port=").append(value).append('\n'));
    return out.toString();
  }

  /** Reads what a lock file holds; anything unreadable is simply unknown. */
  static LockHolder parse(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string cannot fail", e);
    }
    Optional<Long> pid = number(properties.getProperty("pid")).map(Long::valueOf);
    Optional<Integer> port =
        number(properties.getProperty("port"))
            .filter(value -> value.length() <= 5)
            .map(Integer::valueOf);
    return new LockHolder(pid.filter(LockHolder::alive), port);
  }

  private static Optional<String> number(String value) {
    return Optional.ofNullable(value)
        .map(String::strip)
        .filter(text -> !text.isEmpty() && text.length() <= 18)
        .filter(text -> text.chars().allMatch(c -> c >= '0' && c <= '9'));
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** "Another Gavel server (pid 4242, port 7070)", with what is known. */
  String describe() {
    List<String> known = new ArrayList<>();
    pid.ifPresent(value -> known.add("pid " + value));
    port.ifPresent(value -> known.add("port " + value));
    return known.isEmpty()
        ? "Another Gavel server"
        : "Another Gavel server (" + String.join(", ", known) + ")";
  }
}
