package dev.gavel.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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
 * Owns the SQLite file: migrations, pragmas, and one connection used by one thread at a time. WAL
 * with {@code synchronous=FULL}: a committed transaction survives a power cut. Nothing outside this
 * package sees JDBC or jOOQ.
 */
public final class Database implements AutoCloseable {

  private final Connection connection;
  private final DSLContext dsl;
  private final ReentrantLock lock = new ReentrantLock();

  private Database(Connection connection) {
    this.connection = connection;
    this.dsl = DSL.using(connection, SQLDialect.SQLITE);
  }

  /** Opens (creating if missing) the database file and brings its schema up to date. */
  public static Database open(Path file) {
    try {
      Path folder = file.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      String url = "jdbc:sqlite:" + file.toAbsolutePath();
      Flyway.configure()
          .dataSource(url, null, null)
          .locations("classpath:db/migration")
          .load()
          .migrate();
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      config.enforceForeignKeys(true);
      config.setBusyTimeout(5_000);
      return new Database(DriverManager.getConnection(url, config.toProperties()));
    } catch (IOException | SQLException | FlywayException e) {
      throw new StoreException("cannot open the database at " + file + ": " + e.getMessage(), e);
    }
  }

  /** Runs work in one transaction: all of it is committed, or none of it. */
  <T> T transaction(Function<DSLContext, T> work) {
    return locked(() -> dsl.transactionResult(configuration -> work.apply(configuration.dsl())));
  }

  <T> T read(Function<DSLContext, T> work) {
    return locked(() -> work.apply(dsl));
  }

  private <T> T locked(Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } catch (DataAccessException e) {
      throw new StoreException("database failure: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the database: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }
}
