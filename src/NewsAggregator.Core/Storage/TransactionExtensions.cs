using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace NewsAggregator.Core.Storage;

/// <summary>For writers that work inside their caller's transaction when there is one.</summary>
public static class TransactionExtensions
{
    /// <summary>
    /// Begins a transaction unless the context is already in one. Returns the new transaction, for
    /// the caller to commit and dispose, or null when the open one (its owner commits it) is used.
    /// </summary>
    public static async Task<IDbContextTransaction?> BeginUnlessInOneAsync(this DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.CurrentTransaction is null ? await database.BeginTransactionAsync(cancellationToken) : null;
    }
}
