using System.Data;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NewsAggregator.Core.Storage;

/// <summary>
/// A write prepared straight on a SQLite connection, whose values are bound by position, run again
/// and again with new ones. It runs inside whatever transaction the connection has open.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite binds each value by name, and SQLite finds a name by walking the
/// statement's list of names; in a statement of many rows that walk, not the insert, became the
/// larger cost of a value. Values are stored as Microsoft.Data.Sqlite stores the parameters EF's
/// SQLite type mappings make: the same SQLite calls for text, integers, blobs and nulls, and its
/// text form for dates. Unlike its commands, a busy store is not waited for: this is for
/// transactions that already hold the write lock (as one begun the default way does).
/// </remarks>
internal sealed class PositionalStatement : IDisposable
{
    // How Microsoft.Data.Sqlite writes a DateTime parameter of DbType.DateTime (the one EF's mapping sets).
    private const string DateTimeFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";

    private readonly sqlite3 _connection;
    private readonly sqlite3_stmt _statement;

    public PositionalStatement(SqliteConnection connection, string sql)
    {
        _connection = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_connection, sql, out _statement), _connection);
    }

    /// <summary>Whether <see cref="Bind"/> takes values of <paramref name="type"/> (or its nullable form) bound with <paramref name="dbType"/>.</summary>
    public static bool Binds(Type type, DbType? dbType)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) || type == typeof(int) || type == typeof(long) || type == typeof(bool) || type == typeof(byte[])
            || (type == typeof(DateTime) && dbType == DbType.DateTime);
    }

    /// <summary>Binds a value at a 1-based position; null and DBNull bind SQL NULL, a type <see cref="Binds"/> refuses throws.</summary>
    public void Bind(int position, object? value)
    {
        var result = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, position),
            string text => raw.sqlite3_bind_text(_statement, position, text),
            int number => raw.sqlite3_bind_int64(_statement, position, number),
            long number => raw.sqlite3_bind_int64(_statement, position, number),
            bool flag => raw.sqlite3_bind_int64(_statement, position, flag ? 1 : 0),
            byte[] bytes => raw.sqlite3_bind_blob(_statement, position, bytes),
            DateTime time => raw.sqlite3_bind_text(_statement, position, time.ToString(DateTimeFormat, CultureInfo.InvariantCulture)),
            _ => throw new NotSupportedException($"A {value.GetType().Name} value cannot be bound by position."),
        };
        SqliteException.ThrowExceptionForRC(result, _connection);
    }

    /// <summary>Runs the statement, which must return no rows; gives the rowid of the last row inserted on the connection and how many rows the statement changed.</summary>
    public (long LastRowId, int Changes) Run()
    {
        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(result, _connection);
            throw new InvalidOperationException("A write statement returned rows.");
        }

        return (raw.sqlite3_last_insert_rowid(_connection), raw.sqlite3_changes(_connection));
    }

    public void Dispose() => _statement.Dispose();
}
