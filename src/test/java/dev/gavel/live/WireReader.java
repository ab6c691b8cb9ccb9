package dev.gavel.live;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A WebSocket client written by hand, for what a client library hides: the frames themselves, their
 * bits and their lengths, as a server put them on the wire.
 */
final class WireReader implements AutoCloseable {

  /** One frame as it came: its first byte's bits and its payload. */
  record Frame(boolean fin, boolean compressed, int opCode, byte[] payload) {
    int length() {
      return payload.length;
    }
  }

  private final Socket socket;
  private final DataInputStream in;
  private final String extensions;
  // Per-message compression keeps its window from one message to the next.
  private final Inflater inflater = new Inflater(true);
  private boolean sawCompressed;

  private WireReader(Socket socket, DataInputStream in, String extensions) {
    this.socket = socket;
    this.in = in;
    this.extensions = extensions;
  }

  /** Opens a socket with the given offer of extensions (null for none). */
  static WireReader upgrade(int port, String target, String offer) throws IOException {
    Socket socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(10_000);
    StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\n");
    request.append("Host: 127.0.0.1:").append(port).append("\r\n");
    request.append("Upgrade: websocket\r\nConnection: Upgrade\r\n");
    request.append("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n");
    if (offer != null) {
      request.append("Sec-WebSocket-Extensions: ").append(offer).append("\r\n");
    }
    OutputStream out = socket.getOutputStream();
    out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    DataInputStream in = new DataInputStream(socket.getInputStream());
    String extensions = null;
    for (String line = line(in); !line.isEmpty(); line = line(in)) {
      if (line.toLowerCase(Locale.ROOT).startsWith("sec-websocket-extensions:")) {
        extensions = line.substring(line.indexOf(':') + 1).strip();
      } else if (line.startsWith("HTTP/") && !line.contains(" 101 ")) {
        throw new IOException("the upgrade was refused: " + line);
      }
    }
    return new WireReader(socket, in, extensions);
  }

  /** What the server's 101 said it accepted, or null. */
  String extensions() {
    return extensions;
  }

  /** The next data message's frames, the control frames between them skipped. */
  List<Frame> message() throws IOException {
    List<Frame> frames = new ArrayList<>();
    while (frames.isEmpty() || !frames.getLast().fin()) {
      Frame frame = frame();
      if (frame.opCode() < 8) {
        frames.add(frame);
      }
    }
    return frames;
  }

  boolean sawCompressed() {
    return sawCompressed;
  }

  static String text(List<Frame> message) {
    return new String(joined(message), StandardCharsets.UTF_8);
  }

  String inflated(List<Frame> message) throws DataFormatException {
    // The tail each compressed message leaves off (RFC 7692, 7.2.2).
    inflater.setInput(concat(joined(message), new byte[] {0, 0, -1, -1}));
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    for (int n = inflater.inflate(chunk); n > 0; n = inflater.inflate(chunk)) {
      text.write(chunk, 0, n);
    }
    return text.toString(StandardCharsets.UTF_8);
  }

  private Frame frame() throws IOException {
    int first = in.readUnsignedByte();
    int second = in.readUnsignedByte();
    long length = second & 0x7f;
    if (length == 126) {
      length = in.readUnsignedShort();
    } else if (length == 127) {
      length = in.readLong();
    }
    byte[] payload = new byte[Math.toIntExact(length)];
    in.readFully(payload);
    boolean compressed = (first & 0x40) != 0;
    sawCompressed |= compressed;
    return new Frame((first & 0x80) != 0, compressed, first & 0x0f, payload);
  }

  private static byte[] joined(List<Frame> message) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    message.forEach(frame -> all.writeBytes(frame.payload()));
    return all.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static String line(DataInputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("the connection closed during the upgrade");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    socket.close();
  }
}
