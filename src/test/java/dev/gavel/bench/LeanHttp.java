package dev.gavel.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;

/**
 * A load generator that costs as little as it can, so that on a small machine the server, not the
 * client, is what is measured: keep-alive HTTP/1.1 connections, all driven from the calling thread
 * with one selector, each request written as ready bytes, each answer read for its status and its
 * length alone. One request at a time on each connection (no pipelining), so the connections are
 * the most requests in flight.
 */
final class LeanHttp implements AutoCloseable {

  private final InetSocketAddress address;
  private final Selector selector;
  private final List<Connection> all = new ArrayList<>();
  private final Deque<Connection> idle = new ArrayDeque<>();

  LeanHttp(int port, int connections) {
    this.address = new InetSocketAddress("127.0.0.1", port);
    try {
      this.selector = Selector.open();
      for (int i = 0; i < connections; i++) {
        Connection connection = new Connection(connect());
        all.add(connection);
        idle.add(connection);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SocketChannel connect() throws IOException {
    SocketChannel channel = SocketChannel.open(address);
    channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
    channel.configureBlocking(false);
    return channel;
  }

  /** What a run measured: each request's time and how many were answered 200. */
  record Measured(long[] nanos, int ok, long firstSent, long lastAnswered) {}

  /**
   * Sends {@code count} requests and waits for every answer.
   *
   * @param request the bytes of request {@code i}
   * @param due when request {@code i} is due ({@link System#nanoTime()}), its time measured from
   *     then; a negative due sends it as soon as a connection is free and measures from its sending
   * @param timeoutSeconds after this, requests not answered yet are left out
   */
  Measured run(int count, IntFunction<byte[]> request, IntToLongFunction due, int timeoutSeconds)
      throws IOException {
    long[] nanos = new long[count];
    int answered = 0;
    int ok = 0;
    int next = 0;
    long first = System.nanoTime();
    long last = first;
    long deadline = first + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    while (answered < count && System.nanoTime() < deadline) {
      long now = System.nanoTime();
      while (next < count && !idle.isEmpty()) {
        long when = due.applyAsLong(next);
        if (when > now) {
          break;
        }
        idle.poll().send(request.apply(next), next, when < 0 ? now : when);
        next++;
      }
      long wait = next < count && !idle.isEmpty() ? due.applyAsLong(next) - now : 100_000_000L;
      if (wait >= 1_000_000) {
        selector.select(wait / 1_000_000);
      } else if (wait > 0) {
        LockSupport.parkNanos(wait);
        selector.selectNow();
      } else {
        selector.selectNow();
      }
      for (SelectionKey key : selector.selectedKeys()) {
        Connection connection = (Connection) key.attachment();
        int status = connection.ready(key);
        if (status > 0) {
          last = System.nanoTime();
          nanos[connection.index] = last - connection.measuredFrom;
          answered++;
          if (status == 200) {
            ok++;
          }
          idle.add(connection);
        }
      }
      selector.selectedKeys().clear();
    }
    return new Measured(java.util.Arrays.copyOf(nanos, answered), ok, first, last);
  }

  /** A request for {@code path} that proves no role, as a stranger's browser would send it. */
  static byte[] get(String path, int port) {
    return ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** A request for {@code path} with these headers and a JSON body. */
  static byte[] post(String path, int port, String headers, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] head =
        ("POST "
                + path
                + " HTTP/1.1\r\nHost: 127.0.0.1:"
                + port
                + "\r\n"
                + headers
                + "Content-Type: application/json\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] whole = java.util.Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, whole, head.length, body.length);
    return whole;
  }

  @Override
  public void close() throws IOException {
    for (Connection connection : all) {
      connection.channel.close();
    }
    selector.close();
  }

  /** One keep-alive connection: the request it is writing, then the answer it is reading. */
  private final class Connection {
    private SocketChannel channel;
    private SelectionKey key;
    private byte[] request;
    private ByteBuffer out;
    private ByteBuffer in = ByteBuffer.allocate(16 * 1024);
    private int index;
    private long measuredFrom;

    Connection(SocketChannel channel) throws IOException {
      this.channel = channel;
      this.key = channel.register(selector, 0, this);
    }

    void send(byte[] request, int index, long measuredFrom) throws IOException {
      this.request = request;
      this.index = index;
      this.measuredFrom = measuredFrom;
      out = ByteBuffer.wrap(request);
      channel.write(out);
      key.interestOps(out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
    }

    /**
     * @return the answer's status once it is read whole; 0 while it is not
     */
    int ready(SelectionKey selected) throws IOException {
      if (selected.isValid() && selected.isWritable()) {
        channel.write(out);
        if (!out.hasRemaining()) {
          key.interestOps(SelectionKey.OP_READ);
        }
        return 0;
      }
      if (!in.hasRemaining()) {
        in = ByteBuffer.allocate(in.capacity() * 2).put(in.flip());
      }
      if (channel.read(in) < 0) {
        if (in.position() > 0) {
          throw new IOException("the server closed a connection in the middle of an answer");
        }
        // The server closed it while it sat idle (its idle timeout) before it read the request:
        // the same request again on a new connection, which its command id makes safe anyway.
        key.cancel();
        channel.close();
        channel = connect();
        key = channel.register(selector, 0, this);
        send(request, index, measuredFrom);
        return 0;
      }
      int length = Answers.length(in.array(), in.position());
      if (length < 0) {
        return 0;
      }
      int status = Answers.status(in.array());
      in.clear();
      key.interestOps(0);
      return status;
    }
  }
}
