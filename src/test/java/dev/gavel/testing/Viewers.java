package dev.gavel.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Many lean viewer sockets on one thread: what a thousand phones are to the server, at a fraction
 * of the cost of a client per socket. Each socket does the WebSocket handshake, answers protocol
 * pings, and reads each message's type and {@code seq} (and a snapshot's {@code stream}) from its
 * first bytes only (the rest of a big snapshot is skipped, not kept). Per socket it checks what a
 * room promises: after the snapshot (or {@code resumed}) at position n, the events n+1, n+2, … with
 * no gap, none twice and none out of order. Sockets may be opened again where others left off, as
 * pages that come back do.
 */
public final class Viewers implements AutoCloseable {

  /** Told of each message as it arrives, on the sockets' thread. */
  @FunctionalInterface
  public interface Arrivals {
    /**
     * @param snapshot whether the message is where the socket starts from: a snapshot or {@code
     *     resumed}
     */
    void arrived(int socket, boolean snapshot, long seq, long nanos);
  }

  // Enough for a snapshot's seq and stream, and for the whole of any ping's payload.
  private static final int HEAD = 128;
  private static final byte[] END_OF_HEADERS = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private final InetSocketAddress address;
  private final String host;
  private final String path;
  private final Arrivals arrivals;
  private final Selector selector;
  private final Thread loop;
  private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final List<Viewer> viewers = new CopyOnWriteArrayList<>();
  private volatile boolean running = true;

  /** One socket's state; touched by the sockets' thread alone, read by the test when settled. */
  private final class Viewer {
    final int index;
    final SocketChannel channel;
    final String path;
    final long resumesFrom;
    final ByteBuffer in = ByteBuffer.allocate(16 * 1024);
    private Runnable settled;
    volatile boolean open;
    volatile String handshake;
    boolean stalled;
    volatile boolean deaf;
    volatile int pings;
    // The frame being read: its opcode, what is left of its payload, and its first bytes.
    int opcode = -1;
    long left;
    final byte[] head = new byte[HEAD];
    int headLength;
    volatile long last = -1;
    volatile int events;
    volatile int snapshots;
    volatile int resumes;
    volatile String stream;
    volatile int faults;
    volatile int closeCode;
    volatile boolean closed;

    Viewer(int index, SocketChannel channel, Opening opening, Runnable settled) {
      this.index = index;
      this.channel = channel;
      this.path = opening.path();
      this.resumesFrom = opening.resumesFrom();
      this.settled = settled;
    }

    /** Opened or failed: either way, the handshake is no longer in flight. */
    void settle() {
      if (settled != null) {
        settled.run();
        settled = null;
      }
    }
  }

  public Viewers(URI socket) {
    this(socket, (index, snapshot, seq, nanos) -> {});
  }

  public Viewers(URI socket, Arrivals arrivals) {
    this.address = new InetSocketAddress(socket.getHost(), socket.getPort());
    this.host = socket.getHost() + ":" + socket.getPort();
    this.path =
        socket.getRawPath() + (socket.getRawQuery() == null ? "" : "?" + socket.getRawQuery());
    this.arrivals = arrivals;
    try {
      this.selector = Selector.open();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.loop = Thread.ofPlatform().daemon().name("viewers").start(this::run);
  }

  /**
   * Opens this many more sockets, at most {@code inFlight} handshakes at a time.
   *
   * @return how many sockets are open once these have opened or failed, or the time is up
   */
  public int open(int count, int inFlight, long timeoutSeconds) throws InterruptedException {
    return open(Collections.nCopies(count, new Opening(path, -1)), inFlight, timeoutSeconds);
  }

  /**
   * Opens one more socket for each token, each coming back where a socket left off (see {@link
   * #resumeToken}); a null token opens a plain socket.
   *
   * @return how many sockets are open once these have opened or failed, or the time is up
   */
  public int openResuming(List<String> tokens, int inFlight, long timeoutSeconds)
      throws InterruptedException {
    String joiner = path.contains("?") ? "&" : "?";
    List<Opening> openings =
        tokens.stream()
            .map(
                token ->
                    token == null
                        ? new Opening(path, -1)
                        : new Opening(
                            path
                                + joiner
                                + "resume="
                                + URLEncoder.encode(token, StandardCharsets.UTF_8),
                            Long.parseLong(token.substring(token.lastIndexOf('.') + 1))))
            .toList();
    return open(openings, inFlight, timeoutSeconds);
  }

  /**
   * @param resumesFrom the position the socket names as where it left off; -1 for none
   */
  private record Opening(String path, long resumesFrom) {}

  private int open(List<Opening> openings, int inFlight, long timeoutSeconds)
      throws InterruptedException {
    CountDownLatch settled = new CountDownLatch(openings.size());
    Semaphore slots = new Semaphore(inFlight);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    for (Opening each : openings) {
      if (!slots.tryAcquire(left(deadline), TimeUnit.NANOSECONDS)) {
        break;
      }
      submit(
          () ->
              connect(
                  each,
                  () -> {
                    slots.release();
                    settled.countDown();
                  }));
    }
    settled.await(left(deadline), TimeUnit.NANOSECONDS);
    return (int) viewers.stream().filter(viewer -> viewer.open).count();
  }

  private static long left(long deadline) {
    return Math.max(0, deadline - System.nanoTime());
  }

  public int size() {
    return viewers.size();
  }

  /** Waits until the condition holds, looking every few milliseconds; false at the deadline. */
  public static boolean await(BooleanSupplier condition, long timeoutSeconds)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(5);
    }
    return true;
  }

  /** The last position each socket is at: its snapshot's, then each event's in turn. */
  public long last(int socket) {
    return viewers.get(socket).last;
  }

  public int events(int socket) {
    return viewers.get(socket).events;
  }

  public int snapshots(int socket) {
    return viewers.get(socket).snapshots;
  }

  /** How many times this socket was told {@code resumed} instead of sent a snapshot. */
  public int resumes(int socket) {
    return viewers.get(socket).resumes;
  }

  /**
   * Where this socket is, as a page that comes back names it ({@code stream.seq}); null before its
   * first snapshot.
   */
  public String resumeToken(int socket) {
    Viewer viewer = viewers.get(socket);
    return viewer.stream == null ? null : viewer.stream + "." + viewer.last;
  }

  /** Events that came out of order, twice, or after a gap, on this socket. */
  public int faults(int socket) {
    return viewers.get(socket).faults;
  }

  /** The protocol pings this socket got from the server. */
  public int pings(int socket) {
    return viewers.get(socket).pings;
  }

  public boolean closed(int socket) {
    return viewers.get(socket).closed;
  }

  /** The code of the server's close frame; 0 without one. */
  public int closeCode(int socket) {
    return viewers.get(socket).closeCode;
  }

  /** Whether every socket is at least at this position. */
  public boolean allAt(long seq) {
    for (Viewer viewer : viewers) {
      if (viewer.last < seq) {
        return false;
      }
    }
    return true;
  }

  public int totalFaults() {
    return viewers.stream().mapToInt(viewer -> viewer.faults).sum();
  }

  /** From now on this socket reads nothing: a phone whose network stalled. */
  public void stall(int socket) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    submit(
        () -> {
          Viewer viewer = viewers.get(socket);
          viewer.stalled = true;
          SelectionKey key = viewer.channel.keyFor(selector);
          if (key != null && key.isValid()) {
            key.interestOps(0);
          }
          done.countDown();
        });
    done.await(10, TimeUnit.SECONDS);
  }

  /**
   * From now on this socket reads but answers no ping: a socket that looks open, carries nothing.
   */
  public void deafen(int socket) {
    viewers.get(socket).deaf = true;
  }

  /** The server's answer to this socket's upgrade: its status line and headers. */
  public String handshake(int socket) {
    return viewers.get(socket).handshake;
  }

  /** Reads again after a stall: whatever the server kept for it, then its close, if any. */
  public void resume(int socket) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    submit(
        () -> {
          Viewer viewer = viewers.get(socket);
          viewer.stalled = false;
          SelectionKey key = viewer.channel.keyFor(selector);
          if (key != null && key.isValid()) {
            key.interestOps(SelectionKey.OP_READ);
          }
          done.countDown();
        });
    done.await(10, TimeUnit.SECONDS);
  }

  /** Sends a text message on this socket, as a page would. */
  public void send(int socket, String text) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    submit(
        () -> {
          write(viewers.get(socket), 0x1, text.getBytes(StandardCharsets.UTF_8));
          done.countDown();
        });
    done.await(10, TimeUnit.SECONDS);
  }

  private void connect(Opening opening, Runnable settled) {
    try {
      SocketChannel channel = SocketChannel.open();
      channel.configureBlocking(false);
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      Viewer viewer = new Viewer(viewers.size(), channel, opening, settled);
      viewers.add(viewer);
      channel.connect(address);
      channel.register(selector, SelectionKey.OP_CONNECT, viewer);
    } catch (IOException e) {
      settled.run();
    }
  }

  private void submit(Runnable task) {
    tasks.add(task);
    selector.wakeup();
  }

  private void run() {
    while (running) {
      try {
        selector.select(100);
        for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
          task.run();
        }
        long now = System.nanoTime();
        for (SelectionKey key : selector.selectedKeys()) {
          Viewer viewer = (Viewer) key.attachment();
          try {
            if (key.isValid() && key.isConnectable()) {
              viewer.channel.finishConnect();
              handshake(viewer);
              key.interestOps(SelectionKey.OP_READ);
            } else if (key.isValid() && key.isReadable()) {
              read(viewer, key, now);
            }
          } catch (IOException | RuntimeException e) {
            gone(viewer, key);
          }
        }
        selector.selectedKeys().clear();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private void handshake(Viewer viewer) throws IOException {
    String request =
        "GET "
            + viewer.path
            + " HTTP/1.1\r\nHost: "
            + host
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    ByteBuffer out = ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII));
    while (out.hasRemaining()) {
      viewer.channel.write(out);
    }
  }

  private void read(Viewer viewer, SelectionKey key, long now) throws IOException {
    int read;
    while ((read = viewer.channel.read(viewer.in)) > 0) {
      viewer.in.flip();
      if (!viewer.open) {
        int end = indexOf(viewer.in, END_OF_HEADERS);
        if (end < 0) {
          viewer.in.position(viewer.in.limit()).limit(viewer.in.capacity());
          continue;
        }
        String status = new String(viewer.in.array(), 0, 12, StandardCharsets.US_ASCII);
        if (!status.startsWith("HTTP/1.1 101")) {
          throw new IOException("refused: " + status);
        }
        viewer.handshake = new String(viewer.in.array(), 0, end, StandardCharsets.US_ASCII);
        viewer.open = true;
        viewer.settle();
        viewer.in.position(end + END_OF_HEADERS.length);
      }
      frames(viewer, now);
      viewer.in.compact();
      if (viewer.stalled) {
        key.interestOps(0);
        return;
      }
    }
    if (read < 0) {
      gone(viewer, key);
    }
  }

  /** Reads what the buffer holds of the frames, keeping only each one's first bytes. */
  private void frames(Viewer viewer, long now) {
    ByteBuffer in = viewer.in;
    while (true) {
      if (viewer.opcode < 0) {
        if (in.remaining() < 2) {
          return;
        }
        int start = in.position();
        int first = in.get(start) & 0xff;
        int length = in.get(start + 1) & 0x7f;
        int header = 2;
        long size = length;
        if (length == 126) {
          if (in.remaining() < 4) {
            return;
          }
          size = ((in.get(start + 2) & 0xff) << 8) | (in.get(start + 3) & 0xff);
          header = 4;
        } else if (length == 127) {
          if (in.remaining() < 10) {
            return;
          }
          size = in.getLong(start + 2);
          header = 10;
        }
        in.position(start + header);
        viewer.opcode = first & 0x0f;
        viewer.left = size;
        viewer.headLength = 0;
      }
      int take = (int) Math.min(viewer.left, in.remaining());
      int keep = Math.min(take, HEAD - viewer.headLength);
      in.get(viewer.head, viewer.headLength, keep);
      viewer.headLength += keep;
      in.position(in.position() + take - keep);
      viewer.left -= take;
      if (viewer.left > 0) {
        return;
      }
      whole(viewer, now);
      viewer.opcode = -1;
    }
  }

  private void whole(Viewer viewer, long now) {
    switch (viewer.opcode) {
      case 0x1 -> message(viewer, now);
      case 0x8 -> {
        viewer.closeCode =
            viewer.headLength >= 2 ? ((viewer.head[0] & 0xff) << 8) | (viewer.head[1] & 0xff) : 0;
        viewer.closed = true;
      }
      case 0x9 -> {
        viewer.pings++;
        if (!viewer.deaf) {
          write(viewer, 0xA, Arrays.copyOf(viewer.head, viewer.headLength));
        }
      }
      default -> {
        // a pong or a continuation: nothing a viewer needs
      }
    }
  }

  private void message(Viewer viewer, long now) {
    String head = new String(viewer.head, 0, viewer.headLength, StandardCharsets.UTF_8);
    boolean snapshot = head.startsWith("{\"type\":\"snapshot\"");
    boolean resumed = head.startsWith("{\"type\":\"resumed\"");
    boolean event = head.startsWith("{\"type\":\"event\"");
    if (!snapshot && !resumed && !event) {
      return;
    }
    long seq = number(head, "\"seq\":");
    if (snapshot) {
      viewer.snapshots++;
      viewer.stream = text(head, "\"stream\":\"");
      viewer.last = seq;
    } else if (resumed) {
      if (seq != viewer.resumesFrom || viewer.last >= 0) {
        viewer.faults++; // not where it left off, or after it had started already
      }
      viewer.resumes++;
      viewer.last = seq;
    } else {
      viewer.events++;
      if (viewer.last >= 0 && seq != viewer.last + 1) {
        viewer.faults++;
      }
      viewer.last = Math.max(viewer.last, seq);
    }
    arrivals.arrived(viewer.index, !event, seq, now);
  }

  /** The string after {@code key}, up to its closing quote; null when the head does not hold it. */
  private static String text(String head, String key) {
    int at = head.indexOf(key);
    int end = at < 0 ? -1 : head.indexOf('"', at + key.length());
    return end < 0 ? null : head.substring(at + key.length(), end);
  }

  private static long number(String text, String key) {
    int at = text.indexOf(key);
    if (at < 0) {
      return -1;
    }
    long value = 0;
    for (int i = at + key.length(); i < text.length() && Character.isDigit(text.charAt(i)); i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  /** A masked client frame, written at once (it is small: a pong or a message of a page). */
  private static void write(Viewer viewer, int opcode, byte[] payload) {
    byte[] mask = {0x21, 0x43, 0x65, 0x07};
    int header = payload.length < 126 ? 6 : 8;
    ByteBuffer out = ByteBuffer.allocate(header + payload.length);
    out.put((byte) (0x80 | opcode));
    if (payload.length < 126) {
      out.put((byte) (0x80 | payload.length));
    } else {
      out.put((byte) (0x80 | 126)).putShort((short) payload.length);
    }
    out.put(mask);
    for (int i = 0; i < payload.length; i++) {
      out.put((byte) (payload[i] ^ mask[i & 3]));
    }
    out.flip();
    try {
      for (int tries = 0; out.hasRemaining() && tries < 1000; tries++) {
        viewer.channel.write(out);
      }
    } catch (IOException e) {
      viewer.closed = true;
    }
  }

  private void gone(Viewer viewer, SelectionKey key) {
    key.cancel();
    viewer.closed = true;
    viewer.settle();
    try {
      viewer.channel.close();
    } catch (IOException e) {
      // closing a socket that already broke: nothing more to do
    }
  }

  private static int indexOf(ByteBuffer buffer, byte[] pattern) {
    for (int i = buffer.position(); i + pattern.length <= buffer.limit(); i++) {
      int j = 0;
      while (j < pattern.length && buffer.get(i + j) == pattern[j]) {
        j++;
      }
      if (j == pattern.length) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void close() {
    CountDownLatch done = new CountDownLatch(1);
    submit(
        () -> {
          for (Viewer viewer : viewers) {
            try {
              viewer.channel.close();
            } catch (IOException e) {
              // closing what the server may have closed first
            }
          }
          done.countDown();
        });
    try {
      done.await(10, TimeUnit.SECONDS);
      running = false;
      selector.wakeup();
      loop.join(10_000);
      selector.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
