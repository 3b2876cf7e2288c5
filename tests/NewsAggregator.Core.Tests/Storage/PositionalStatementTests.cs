using System.Data;
using Microsoft.Data.Sqlite;
using NewsAggregator.Core.Storage;
using NewsAggregator.Core.Tests.Support;

namespace NewsAggregator.Core.Tests.Storage;

public class PositionalStatementTests
{
    public static TheoryData<object?> Values() =>
    [
        null,
        DBNull.Value,
        "",
        "tête-à-tête \u2014 \U0001F30A",
        "before\0after",
        0,
        int.MinValue,
        long.MaxValue,
        true,
        false,
        Array.Empty<byte>(),
        new byte[] { 0, 1, 255 },
        new DateTime(2024, 3, 5, 14, 30, 15, 123, DateTimeKind.Utc).AddTicks(4567),
        new DateTime(2024, 3, 5, 0, 0, 0, DateTimeKind.Unspecified),
        DateTime.MaxValue,
    ];

    [Theory]
    [MemberData(nameof(Values))]
    public async Task StoresAValueAsAMicrosoftDataSqliteParameterDoes(object? value)
    {
        await using var store = await TestStore.CreateAsync();
        await using var connection = new SqliteConnection(store.ConnectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "CREATE TABLE Probe (Id INTEGER PRIMARY KEY AUTOINCREMENT, Value);");

        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "INSERT INTO Probe (Value) VALUES (@value);";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@value";
            parameter.Value = value ?? DBNull.Value;
            if (value is DateTime)
            {
                // The parameter type EF's SQLite mapping gives a DateTime column.
                parameter.DbType = DbType.DateTime;
            }

            command.Parameters.Add(parameter);
            await command.ExecuteNonQueryAsync();
        }

        using (var statement = new PositionalStatement(connection, "INSERT INTO Probe (Value) VALUES (?);"))
        {
            statement.Bind(1, value);
            Assert.Equal((2, 1), statement.Run());
        }

        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT typeof(Value) || ':' || quote(Value) FROM Probe ORDER BY Id;";
        await using var reader = await read.ExecuteReaderAsync();
        var stored = new List<string>();
        while (await reader.ReadAsync())
        {
            stored.Add(reader.GetString(0));
        }

        Assert.Equal(2, stored.Count);
        Assert.Equal(stored[0], stored[1]);
    }

    [Fact]
    public async Task RefusesATypeItCannotStoreAsMicrosoftDataSqliteWould()
    {
        await using var store = await TestStore.CreateAsync();
        await using var connection = new SqliteConnection(store.ConnectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "CREATE TABLE Probe (Value);");
        using var statement = new PositionalStatement(connection, "INSERT INTO Probe (Value) VALUES (?);");

        Assert.Throws<NotSupportedException>(() => statement.Bind(1, 1.5m));
        Assert.False(PositionalStatement.Binds(typeof(decimal), DbType.Decimal));
        Assert.False(PositionalStatement.Binds(typeof(DateTime), DbType.Double));
        Assert.True(PositionalStatement.Binds(typeof(DateTime?), DbType.DateTime));
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
