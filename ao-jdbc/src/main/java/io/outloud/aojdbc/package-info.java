/**
 * Atlassian Active Objects over plain JDBC (H2 2.x, PostgreSQL) for the plugin's store tests and the preview
 * host; never shipped. Entry points: {@link io.outloud.aojdbc.JdbcActiveObjects}, {@link io.outloud.aojdbc.AoNaming},
 * {@link io.outloud.aojdbc.CountingDataSource} with {@link io.outloud.aojdbc.StatementCounter}; test databases in
 * {@code io.outloud.aojdbc.testing}.
 */
package io.outloud.aojdbc;
