package dev.gavel.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.testing.ServerProcess;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A room's Wi-Fi comes back and its phones reconnect in the same moment, while the server is busy
 * and takes none of them yet (here: stopped with SIGSTOP, so that it cannot take any). The system
 * holds every one of them for the server instead of dropping all but the first 50, which would
 * leave those phones waiting for their own system to ask again a second, three or seven seconds
 * later; once the server runs again, every phone is answered.
 */
class WifiComesBackDrillTest {

  /**
   * Well over Java's default queue of 50: a room of 200 phones, its screens and the next room's.
   */
  private static final int PHONES = 300;

  // The most the system itself holds for any server, whatever the server asks for.
  private static final Path SYSTEM_BOUND = Path.of("/proc/sys/net/core/somaxconn");

  /**
   * A bound, not a pace: a held connection is made in microseconds, and one the system dropped is
   * not made at all while the server takes none, however often the phone asks again.
   */
  private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(10);

  @TempDir Path dir;

  @Test
  @EnabledOnOs(value = OS.LINUX, disabledReason = "reads the system's bound on held connections")
  void phonesReconnectingAtOnceWhileTheServerTakesNone_areAllHeldAndThenAnswered()
      throws Exception {
    int wave = Math.min(PHONES, Integer.parseInt(Files.readString(SYSTEM_BOUND).strip()));
    try (ServerProcess server = ServerProcess.serve(dir.resolve("data"))) {
      List<SocketChannel> phones = new ArrayList<>();
      try (Selector selector = Selector.open()) {
        signal("STOP", server.pid());
        int connected;
        try {
          for (int i = 0; i < wave; i++) {
            phones.add(connect(selector, server.port()));
          }
          connected = awaitConnected(selector, phones);
        } finally {
          signal("CONT", server.pid());
        }
        assertEquals(wave, connected, "phones connected while the server took none");

        for (SocketChannel phone : phones) {
          String answer = fetch(phone);
          assertTrue(answer.startsWith("HTTP/1.1 200"), "each phone is answered: " + answer);
        }
      } finally {
        for (SocketChannel phone : phones) {
          phone.close();
        }
      }
    }
  }

  private static SocketChannel connect(Selector selector, int port) throws IOException {
    SocketChannel phone = SocketChannel.open();
    phone.configureBlocking(false);
    if (!phone.connect(new InetSocketAddress("127.0.0.1", port))) {
      phone.register(selector, SelectionKey.OP_CONNECT);
    }
    return phone;
  }

  /** How many of the phones have a connection once all have one or the patience is spent. */
  private static int awaitConnected(Selector selector, List<SocketChannel> phones)
      throws IOException {
    long deadline = System.nanoTime() + PATIENCE_NANOS;
    while (count(phones) < phones.size() && System.nanoTime() < deadline) {
      selector.select(100);
      for (SelectionKey key : selector.selectedKeys()) {
        if (((SocketChannel) key.channel()).finishConnect()) {
          key.cancel();
        }
      }
      selector.selectedKeys().clear();
    }
    return count(phones);
  }

  private static int count(List<SocketChannel> phones) {
    return (int) phones.stream().filter(SocketChannel::isConnected).count();
  }

  /** Asks for a file every page needs, outside the readers' lane, and reads the status line. */
  private static String fetch(SocketChannel phone) throws IOException {
    phone.configureBlocking(true);
    phone.write(
        StandardCharsets.US_ASCII.encode(
            "GET /assets/shared/live.js HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
    ByteBuffer head = ByteBuffer.allocate(64);
    while (head.hasRemaining() && phone.read(head) >= 0) {
      // the status line is all that is read
    }
    head.flip();
    String text = StandardCharsets.US_ASCII.decode(head).toString();
    return text.lines().findFirst().orElse("(no answer)");
  }

  private static void signal(String signal, long pid) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start();
    assertEquals(0, kill.waitFor(), "kill -" + signal);
  }
}
