package nl.wijkzicht.demo.national;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes rows of one table with multi-row INSERT statements ({@code INSERT INTO t (a, b) VALUES (?,
 * ?), (?, ?), ...}), up to {@value #ROWS_PER_STATEMENT} rows per statement: one round trip per
 * thousand rows, whatever the driver's batch options. Not thread-safe; {@link #close()} writes what
 * is left.
 */
final class RowWriter implements AutoCloseable {

  static final int ROWS_PER_STATEMENT = 1000;

  private final Connection connection;
  private final String table;
  private final String[] columns;
  private final List<Object[]> pending = new ArrayList<>();
  private final List<RowWriter> parents = new ArrayList<>();
  private long written;

  RowWriter(Connection connection, String table, String... columns) {
    this.connection = connection;
    this.table = table;
    this.columns = columns;
  }

  void add(Object... values) throws SQLException {
    if (values.length != columns.length) {
      throw new IllegalArgumentException(
          table + ": " + values.length + " values for " + columns.length + " columns");
    }
    pending.add(values);
    if (pending.size() >= ROWS_PER_STATEMENT) {
      flush();
    }
  }

  /**
   * Rows of this table refer to rows of the parents (foreign keys): the parents' pending rows are
   * written first whenever this writer writes.
   */
  RowWriter after(RowWriter... parents) {
    this.parents.addAll(List.of(parents));
    return this;
  }

  void flush() throws SQLException {
    if (pending.isEmpty()) {
      return;
    }
    for (RowWriter parent : parents) {
      parent.flush();
    }
    String row = "(" + "?, ".repeat(columns.length - 1) + "?)";
    StringBuilder sql =
        new StringBuilder("INSERT INTO ")
            .append(table)
            .append(" (")
            .append(String.join(", ", columns))
            .append(") VALUES ");
    for (int i = 0; i < pending.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(row);
    }
    try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
      int p = 1;
      for (Object[] values : pending) {
        for (Object value : values) {
          statement.setObject(p++, value);
        }
      }
      statement.executeUpdate();
    }
    written += pending.size();
    pending.clear();
  }

  long written() {
    return written;
  }

  String table() {
    return table;
  }

  @Override
  public void close() throws SQLException {
    flush();
  }
}
