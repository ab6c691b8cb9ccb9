package dev.gavel.startup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder, claimed for the life of the process. The claim is an exclusive lock on the file
 * {@value #LOCK_FILE} in it, which the operating system releases when the process ends, however it
 * ends (kill -9 included): a crash never leaves a stale lock, and a second server on the same
 * folder is refused before it writes anything. The file's text names the holder (its process id,
 * and its port once it listens) for the second server's refusal.
 */
public final class DataFolder implements AutoCloseable {

  static final String LOCK_FILE = "gavel.lock";

  private static final Logger LOG = LoggerFactory.getLogger(DataFolder.class);

  /**
   * The folders this process has claimed. The operating system's file locks belong to the whole
   * process, and closing any other handle on a locked file silently drops the lock, so a second
   * claim from inside this process (tests start several servers) is answered from here, without
   * opening the file; the record is as process-wide as the locks it mirrors.
   */
  private static final Map<Path, DataFolder> CLAIMED_HERE = new ConcurrentHashMap<>();

  private final Path folder;
  private final FileChannel channel;
  private final FileLock lock;
  private LockHolder holder;

  private DataFolder(Path folder, FileChannel channel, FileLock lock, LockHolder holder) {
    this.folder = folder;
    this.channel = channel;
    this.lock = lock;
    this.holder = holder;
  }

  /**
   * Creates the folder if it is missing and locks it, after checking that the database in it can be
   * written.
   *
   * @throws StartupFailure saying in plain words why the folder cannot be used
   */
  public static synchronized DataFolder claim(Path given) {
    Path folder = given.toAbsolutePath().normalize();
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new StartupFailure(
          "The data folder "
              + folder
              + " is a file, not a folder. Point --data at the folder that holds gavel.db (it is"
              + " created if missing).");
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new StartupFailure(
          "Gavel cannot create the data folder " + folder + ": " + reason(e) + ".", e);
    }
    folder = realPath(folder);
    DataFolder here = CLAIMED_HERE.get(folder);
    if (here != null) {
      throw refusal(here.holder, folder);
    }
    FileChannel channel = open(folder);
    try {
      FileLock lock = lockOrNull(channel);
      if (lock == null) {
        throw refusal(read(channel), folder);
      }
      requireWritableDatabase(folder);
      DataFolder claimed =
          new DataFolder(folder, channel, lock, LockHolder.of(ProcessHandle.current().pid()));
      claimed.write();
      CLAIMED_HERE.put(folder, claimed);
      return claimed;
    } catch (RuntimeException e) {
      closeQuietly(channel, e);
      throw e;
    }
  }

  /**
   * Who holds the folder, if a server does: read without creating or changing anything, for a start
   * that fails before it claims the folder (its port is taken) to name the other server.
   */
  static synchronized Optional<LockHolder> holder(Path given) {
    Path absolute = given.toAbsolutePath().normalize();
    if (!Files.isRegularFile(absolute.resolve(LOCK_FILE))) {
      return Optional.empty();
    }
    try {
      Path folder = absolute.toRealPath();
      DataFolder here = CLAIMED_HERE.get(folder);
      return here != null ? Optional.of(here.holder) : heldElsewhere(folder.resolve(LOCK_FILE));
    } catch (IOException e) {
      LOG.debug("could not tell who holds {}", absolute, e);
      return Optional.empty();
    }
  }

  private static Optional<LockHolder> heldElsewhere(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      // A shared lock is refused only while a server holds its exclusive one.
      FileLock probe = channel.tryLock(0, Long.MAX_VALUE, true);
      if (probe != null) {
        probe.release();
        return Optional.empty();
      }
      return Optional.of(read(channel));
    }
  }

  /** The one name of a folder however it was reached, so two paths to it cannot claim it twice. */
  private static Path realPath(Path folder) {
    try {
      return folder.toRealPath();
    } catch (IOException e) {
      throw new StartupFailure(
          "Gavel cannot use the data folder " + folder + ": " + reason(e) + ".", e);
    }
  }

  private static StartupFailure refusal(LockHolder holder, Path folder) {
    return new StartupFailure(
        holder.describe()
            + " is already using the data folder "
            + folder
            + ". Stop it first, or give this server its own folder with --data.");
  }

  /** Notes the port this server listens on, for a second server's refusal to name. */
  public void listening(int port) {
    holder = holder.listening(port);
    write();
  }

  public Path path() {
    return folder;
  }

  private static FileChannel open(Path folder) {
    try {
      return FileChannel.open(
          folder.resolve(LOCK_FILE),
          StandardOpenOption.CREATE,
          StandardOpenOption.READ,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new StartupFailure(
          "Gavel cannot write to the data folder " + folder + ": " + reason(e) + ".", e);
    }
  }

  private static FileLock lockOrNull(FileChannel channel) {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      // Held by this process under another name (a hard link): refused like any other holder.
      return null;
    } catch (IOException e) {
      throw new StartupFailure("Gavel cannot lock its data folder: " + reason(e) + ".", e);
    }
  }

  /** A database file that exists but cannot be written would fail at the first command. */
  private static void requireWritableDatabase(Path folder) {
    for (String name : List.of("gavel.db", "gavel.db-wal", "gavel.db-shm")) {
      Path file = folder.resolve(name);
      if (Files.exists(file) && !Files.isWritable(file)) {
        throw new StartupFailure(
            "Gavel cannot write its database file " + file + ": permission denied.");
      }
    }
  }

  private static LockHolder read(FileChannel channel) {
    try {
      ByteBuffer text = ByteBuffer.allocate(256);
      channel.read(text, 0);
      return LockHolder.parse(new String(text.array(), 0, text.position(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      // Some systems refuse to read a locked file: the refusal then names nobody.
      LOG.debug("could not read who holds the data folder", e);
      return LockHolder.parse("");
    }
  }

  private void write() {
    try {
      byte[] text = holder.text().getBytes(StandardCharsets.UTF_8);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(text), 0);
    } catch (IOException e) {
      // Only the wording of a second server's refusal depends on it; the lock itself holds.
      LOG.warn("could not note this server in {}: {}", folder.resolve(LOCK_FILE), e.getMessage());
    }
  }

  /**
   * An exception's reason as the end of a sentence: "permission denied", "read-only file system".
   */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String reason =
        e instanceof FileSystemException failure && failure.getReason() != null
            ? failure.getReason()
            : String.valueOf(e.getMessage());
    if (reason.equalsIgnoreCase("Not a directory")) {
      return "part of that path is a file, not a folder";
    }
    return reason.isEmpty()
        ? reason
        : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
  }

  private static void closeQuietly(FileChannel channel, RuntimeException failure) {
    try {
      channel.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** Lets the folder go; the lock file stays, empty of meaning until the next server locks it. */
  @Override
  public void close() {
    synchronized (DataFolder.class) {
      CLAIMED_HERE.remove(folder, this);
    }
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      LOG.warn("could not release the lock on {}: {}", folder, e.getMessage());
    }
  }
}
