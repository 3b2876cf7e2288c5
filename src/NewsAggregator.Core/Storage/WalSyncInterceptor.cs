using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsAggregator.Core.Storage;

/// <summary>
/// Sets <c>synchronous = NORMAL</c> on every connection the store opens (the setting lasts only as
/// long as the connection). The store runs in WAL mode (set once at start-up), where NORMAL never
/// risks corruption: a power cut can lose the last commits, not the database. FULL, the default,
/// waits for the disk on every commit, which an import pays once per batch and the web app once
/// per upload or sign-in. Register it only for a store that is switched to WAL.
/// </summary>
public sealed class WalSyncInterceptor : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
