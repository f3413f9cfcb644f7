package se.enkat.servers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Creates a role and a database it owns, idempotently, through a superuser connection. */
public final class PostgresProvisioner {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final String DUPLICATE_DATABASE = "42P04";
  private static final String DUPLICATE_OBJECT = "42710";
  private static final String UNIQUE_VIOLATION = "23505";

  private final String host;
  private final int port;
  private final String superuser;
  private final String superpassword;

  public PostgresProvisioner(String host, int port, String superuser, String superpassword) {
    this.host = host;
    this.port = port;
    this.superuser = superuser;
    this.superpassword = superpassword;
  }

  /** For the embedded server: superuser {@code postgres}, trusted, no password. */
  public static PostgresProvisioner embedded(int port) {
    return new PostgresProvisioner("localhost", port, "postgres", "");
  }

  public static String jdbcUrl(String host, int port, String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  /** Makes sure role {@code name} (password {@code password}) owns database {@code name}. */
  public void ensureDatabase(String name, String password) {
    if (!IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException("not a plain lower-case identifier: " + name);
    }
    try (Connection connection =
        DriverManager.getConnection(jdbcUrl(host, port, "postgres"), superuser, superpassword)) {
      if (!exists(connection, "select 1 from pg_roles where rolname = ?", name)) {
        ignoringDuplicates(
            connection,
            "create role " + name + " login password '" + password.replace("'", "''") + "'");
      }
      if (!exists(connection, "select 1 from pg_database where datname = ?", name)) {
        ignoringDuplicates(connection, "create database " + name + " owner " + name);
      }
    } catch (SQLException e) {
      throw new ServerException(
          "could not create role and database '"
              + name
              + "' on "
              + host
              + ":"
              + port
              + " as "
              + superuser
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static boolean exists(Connection connection, String sql, String name)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, name);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }

  // Two test JVMs may create the same database at the same moment: the loser's error is fine.
  private static void ignoringDuplicates(Connection connection, String ddl) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(ddl);
    } catch (SQLException e) {
      String state = e.getSQLState();
      if (!DUPLICATE_DATABASE.equals(state)
          && !DUPLICATE_OBJECT.equals(state)
          && !UNIQUE_VIOLATION.equals(state)) {
        throw e;
      }
    }
  }
}
