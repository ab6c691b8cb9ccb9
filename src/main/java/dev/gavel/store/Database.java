package dev.gavel.store;

import dev.gavel.programme.ImportPace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;

/**
 * Owns the SQLite file: migrations, pragmas, one writing connection and a few reading ones. WAL
 * with {@code synchronous=FULL}: a committed transaction survives a power cut. Under WAL a reader
 * sees the last commit and never blocks the writer, so pages and exports read on connections of
 * their own while a room appends to its log; only writers queue for the one writing connection, in
 * the order they came, so a long piece of work written in several short transactions (an import)
 * lets the rooms' appends in between them. Changes to the programme also take turns among
 * themselves, before the writer: an import holds that turn from reading what is stored to its last
 * transaction, and nothing else changes the programme in between. Nothing outside this package sees
 * JDBC or jOOQ.
 */
public final class Database implements AutoCloseable {

  /** Enough for the pages of a busy server on a small machine; a further reader waits its turn. */
  private static final int READERS = 4;

  private final Connection writer;
  private final DSLContext writing;
  // Fair: a writer that has just let go queues behind those who waited, so a room's append waits
  // for one chunk of an import at most, never for the whole import.
  private final ReentrantLock lock = new ReentrantLock(true);
  // Taken before the writer, never while holding it; a room's log never takes it.
  private final ReentrantLock programmeTurn = new ReentrantLock(true);
  // Guarded by lock: a second close would wait for readers that the first one took for good.
  private boolean closed;
  private final BlockingQueue<DSLContext> readers;
  private final List<Connection> readConnections;
  // Rooms' appends waiting for the writer or being written, and when the last one ended.
  private final AtomicInteger roomWrites = new AtomicInteger();
  private volatile long lastRoomWrite = ImportPace.NEVER;
  // Prepared once on the writing connection, by their SQL; guarded by lock.
  private final Kept kept = new Kept();

  private Database(Connection writer, List<Connection> readConnections) {
    this.writer = writer;
    this.writing = DSL.using(writer, SQLDialect.SQLITE);
    this.readConnections = readConnections;
    this.readers = new ArrayBlockingQueue<>(readConnections.size());
    for (Connection reader : readConnections) {
      readers.add(DSL.using(reader, SQLDialect.SQLITE));
    }
  }

  /** Opens (creating if missing) the database file and brings its schema up to date. */
  public static Database open(Path file) {
    List<Connection> opened = new ArrayList<>();
    try {
      Path folder = file.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      String url = "jdbc:sqlite:" + file.toAbsolutePath();
      Flyway.configure()
          .dataSource(url, null, null)
          .locations("classpath:db/migration")
          .load()
          .migrate();
      Connection writer = DriverManager.getConnection(url, config(false).toProperties());
      opened.add(writer);
      List<Connection> readers = new ArrayList<>();
      for (int i = 0; i < READERS; i++) {
        Connection reader = DriverManager.getConnection(url, config(true).toProperties());
        opened.add(reader);
        readers.add(reader);
      }
      return new Database(writer, readers);
    } catch (IOException | SQLException | FlywayException e) {
      StoreException failure =
          new StoreException("cannot open the database at " + file + ": " + e.getMessage(), e);
      try {
        closeAll(opened);
      } catch (StoreException closing) {
        failure.addSuppressed(closing);
      }
      throw failure;
    }
  }

  private static SQLiteConfig config(boolean reading) {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(5_000);
    if (reading) {
      // The writer has made the file WAL already; a reader only reads.
      config.setReadOnly(true);
    } else {
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      config.enforceForeignKeys(true);
    }
    return config;
  }

  /** Runs work in one transaction: all of it is committed, or none of it. Writers take turns. */
  <T> T transaction(Function<DSLContext, T> work) {
    lock.lock();
    try {
      return translated(
          () -> writing.transactionResult(configuration -> work.apply(configuration.dsl())));
    } finally {
      lock.unlock();
    }
  }

  /** Work in a transaction of {@link #keptTransaction}, with the writer's kept statements. */
  @FunctionalInterface
  interface KeptWork<T> {
    T run(Kept statements) throws SQLException;
  }

  /**
   * Statements prepared on the writing connection the first time they are asked for, and kept until
   * the database closes. Used under the writer alone.
   */
  final class Kept {
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    PreparedStatement statement(String sql) throws SQLException {
      PreparedStatement statement = statements.get(sql);
      if (statement == null) {
        statement = writer.prepareStatement(sql);
        statements.put(sql, statement);
      }
      return statement;
    }

    /** Forgets what a failed transaction left in them, so that the next one starts clean. */
    private void reset() throws SQLException {
      for (PreparedStatement statement : statements.values()) {
        statement.clearBatch();
        statement.clearParameters();
      }
    }
  }

  /**
   * Runs work in one transaction, as {@link #transaction} does, in plain JDBC with statements that
   * stay prepared from one transaction to the next: for work that runs many times a second (a busy
   * room's appends), where preparing its statements again, or building them with jOOQ, would cost
   * more than running them. When the work fails, the transaction is rolled back and the statements
   * are kept, cleared of whatever the work had bound.
   */
  <T> T keptTransaction(KeptWork<T> work) {
    roomWrites.incrementAndGet();
    lock.lock();
    try {
      writer.setAutoCommit(false);
      T result;
      try {
        result = work.run(kept);
        writer.commit();
      } catch (SQLException | RuntimeException failure) {
        undo(failure);
        throw failure;
      }
      writer.setAutoCommit(true);
      return result;
    } catch (SQLException e) {
      throw new StoreException("database failure: " + e.getMessage(), e);
    } finally {
      lock.unlock();
      lastRoomWrite = System.nanoTime();
      roomWrites.decrementAndGet();
    }
  }

  /**
   * When a room last saved a command, on {@link System#nanoTime}'s clock: now while one is waiting
   * for the writer or saving, {@link ImportPace#NEVER} when none has. An import stands aside while
   * rooms are busy ({@link ImportPace}).
   */
  public long lastLiveWork() {
    return roomWrites.get() > 0 ? System.nanoTime() : lastRoomWrite;
  }

  /**
   * Rolls a failed transaction back and leaves the writer as it was before it. On a full disk or an
   * I/O error SQLite may have rolled the transaction back itself, and then rolling back, or ending
   * it, fails in turn: those failures go with the first, which is what the caller is told.
   */
  private void undo(Exception failure) {
    try {
      writer.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
    try {
      kept.reset();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
    try {
      writer.setAutoCommit(true);
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * Runs a change to the programme in its turn: changes of the programme, and only they, wait here
   * for each other, outside the writer. Work that spans several transactions (an import) keeps the
   * programme as it read it until it is done.
   */
  <T> T programmeChange(Supplier<T> work) {
    programmeTurn.lock();
    try {
      return work.get();
    } finally {
      programmeTurn.unlock();
    }
  }

  /** A change to the programme in one transaction, in its turn among programme changes. */
  <T> T programmeTransaction(Function<DSLContext, T> work) {
    return programmeChange(() -> transaction(work));
  }

  /**
   * Runs reading work on a connection of its own, as of the last commit, in one read transaction so
   * that several queries see the same state. It neither waits for the writer nor holds it up.
   * Inside {@link #transaction} it reads on the writing connection, and so sees what the
   * transaction wrote so far.
   */
  <T> T read(Function<DSLContext, T> work) {
    if (lock.isHeldByCurrentThread()) {
      return translated(() -> work.apply(writing));
    }
    DSLContext reader = takeReader();
    try {
      return translated(
          () -> reader.transactionResult(configuration -> work.apply(configuration.dsl())));
    } finally {
      readers.add(reader);
    }
  }

  private DSLContext takeReader() {
    try {
      return readers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting to read the database", e);
    }
  }

  private static <T> T translated(Supplier<T> work) {
    try {
      return work.get();
    } catch (DataAccessException e) {
      throw new StoreException("database failure: " + e.getMessage(), e);
    }
  }

  /** Waits for the writer and every reader to finish, then closes the file; once is enough. */
  @Override
  public void close() {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      for (int i = 0; i < readConnections.size(); i++) {
        takeReader();
      }
      List<Connection> all = new ArrayList<>(readConnections);
      all.addFirst(writer);
      closeAll(all);
    } finally {
      lock.unlock();
    }
  }

  private static void closeAll(List<Connection> connections) {
    StoreException failure = null;
    for (Connection connection : connections) {
      try {
        connection.close();
      } catch (SQLException e) {
        if (failure == null) {
          failure = new StoreException("cannot close the database: " + e.getMessage(), e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
