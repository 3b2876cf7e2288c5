using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace NewsAggregator.Core.Storage;

/// <summary>
/// Inserts new articles with their originals and blocks through one prepared statement per table,
/// reused row after row, and fills in the generated ids. EF's SaveChanges sends each of the ~17 rows
/// of an article as its own command, which made saving the largest cost of an import.
/// The statements are built from the EF model (tables, columns, value conversions, parameter
/// formats), so they write exactly what SaveChanges would and follow the model as it changes.
/// The entities written are not tracked: callers that change them later attach or update them.
/// </summary>
public static class ArticleWriter
{
    /// <summary>Writes each article (with Id 0), its <see cref="Article.Source"/> and its blocks; needs an open transaction.</summary>
    public static async Task InsertAsync(NewsDbContext db, IReadOnlyCollection<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return;
        }

        var connection = db.Database.GetDbConnection();
        var dbTransaction = Transaction(db);

        await using var sources = RowInserter.For<SourceFile>(db, connection, dbTransaction);
        await using var rows = RowInserter.For<Article>(db, connection, dbTransaction);
        await using var blocks = RowInserter.For<ArticleBlock>(db, connection, dbTransaction);
        foreach (var article in articles)
        {
            article.Source.Id = await sources.InsertAsync(article.Source, cancellationToken);
            article.SourceFileId = article.Source.Id;
            article.Id = await rows.InsertAsync(article, cancellationToken);
            foreach (var block in article.Blocks)
            {
                block.ArticleId = article.Id;
                block.Id = await blocks.InsertAsync(block, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Writes rows of one other entity type (with Id 0) through the same kind of prepared statement,
    /// and fills in their ids; needs an open transaction. For rows written by the thousand, such as
    /// the import history.
    /// </summary>
    public static async Task InsertRowsAsync<T>(NewsDbContext db, IReadOnlyCollection<T> rows, Action<T, int> setId, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(setId);
        if (rows.Count == 0)
        {
            return;
        }

        await using var inserter = RowInserter.For<T>(db, db.Database.GetDbConnection(), Transaction(db));
        foreach (var row in rows)
        {
            setId(row, await inserter.InsertAsync(row, cancellationToken));
        }
    }

    private static DbTransaction Transaction(NewsDbContext db) =>
        db.Database.CurrentTransaction?.GetDbTransaction()
        ?? throw new InvalidOperationException("ArticleWriter needs a transaction: a batch is stored whole or not at all.");

    /// <summary>One table's INSERT … RETURNING of its generated key, prepared once and run per row.</summary>
    private sealed class RowInserter : IAsyncDisposable
    {
        private readonly DbCommand _command;
        private readonly (IProperty Property, RelationalTypeMapping Mapping, string Name)[] _columns;

        private RowInserter(DbCommand command, (IProperty, RelationalTypeMapping, string)[] columns)
        {
            _command = command;
            _columns = columns;
        }

        public static RowInserter For<T>(NewsDbContext db, DbConnection connection, DbTransaction transaction)
        {
            var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
            var key = entity.FindPrimaryKey()!.Properties.Single();
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var columns = entity.GetProperties()
                .Where(p => p != key)
                .Select((p, i) => (Property: p, Mapping: (RelationalTypeMapping)p.GetTypeMapping(), Name: $"@p{i}"))
                .ToArray();
            if (columns.FirstOrDefault(c => c.Property.IsShadowProperty()) is { Property: { } shadow })
            {
                throw new InvalidOperationException($"{typeof(T).Name}.{shadow.Name} is a shadow property, which ArticleWriter cannot read.");
            }

            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText =
                $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Property.GetColumnName(table)}\""))}) " +
                $"VALUES ({string.Join(", ", columns.Select(c => c.Name))}) RETURNING \"{key.GetColumnName(table)}\";";
            return new RowInserter(command, columns);
        }

        public async Task<int> InsertAsync(object entity, CancellationToken cancellationToken)
        {
            _command.Parameters.Clear();
            foreach (var (property, mapping, name) in _columns)
            {
                // The mapping applies the model's value converter and the provider's format, as SaveChanges does.
                _command.Parameters.Add(mapping.CreateParameter(_command, name, property.GetGetter().GetClrValue(entity), property.IsNullable));
            }

            return Convert.ToInt32(await _command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        public ValueTask DisposeAsync() => _command.DisposeAsync();
    }
}
