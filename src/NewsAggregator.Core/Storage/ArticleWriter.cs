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
    /// <summary>
    /// Gives each article (with Id 0), in order, the id the store will hand it when
    /// <see cref="InsertAsync"/> writes it next, so that work needing the ids can start before the
    /// rows are written. Writes nothing; needs an open transaction, which must be the store's only
    /// writer until the articles are written (a transaction begun the default way holds the write lock from the start).
    /// </summary>
    /// <remarks>
    /// The table numbers rows with AUTOINCREMENT: the next id is one past both the largest id it
    /// ever handed out (sqlite_sequence, which outlives deleted rows) and the largest id present.
    /// <see cref="InsertAsync"/> checks each id it is given, so a mismatch fails the batch rather than storing other ids.
    /// </remarks>
    public static async Task ReserveIdsAsync(NewsDbContext db, IReadOnlyCollection<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return;
        }

        if (articles.Any(a => a.Id != 0))
        {
            throw new InvalidOperationException("Only articles not yet stored (Id 0) get ids reserved.");
        }

        var (table, key, _) = Target.Of<Article>(db);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = Transaction(db);
        command.CommandText =
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = @table), 0), " +
            $"coalesce((SELECT max(\"{key.GetColumnName(table)}\") FROM \"{table.Name}\"), 0));";
        var name = command.CreateParameter();
        name.ParameterName = "@table";
        name.Value = table.Name;
        command.Parameters.Add(name);
        var last = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var article in articles)
        {
            article.Id = ++last;
        }
    }

    /// <summary>
    /// Writes each article, its <see cref="Article.Source"/> and its blocks; needs an open transaction.
    /// An article with Id 0 gets the store's next id; one numbered by <see cref="ReserveIdsAsync"/> must get the id it holds, or the write fails.
    /// </summary>
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
        await using var blockSets = RowSetInserter.For<ArticleBlock>(db, connection, dbTransaction);
        foreach (var article in articles)
        {
            article.Source.Id = await sources.InsertAsync(article.Source, cancellationToken);
            article.SourceFileId = article.Source.Id;
            var id = await rows.InsertAsync(article, cancellationToken);
            if (article.Id == 0)
            {
                article.Id = id;
            }
            else if (article.Id != id)
            {
                throw new InvalidOperationException($"An article was reserved id {article.Id} but the store gave it {id}: another writer got in between.");
            }

            foreach (var block in article.Blocks)
            {
                block.ArticleId = article.Id;
            }

            // An article's blocks go in one statement (some fifteen rows an article, where one
            // statement a row made them the largest part of writing); a block whose values cannot
            // travel that way goes on its own.
            var ordered = article.Blocks.ToList();
            if (ordered.Count > 1 && await blockSets.TryInsertAsync(ordered, cancellationToken) is { } ids)
            {
                for (var k = 0; k < ordered.Count; k++)
                {
                    ordered[k].Id = ids[k];
                }

                continue;
            }

            foreach (var block in ordered)
            {
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

    /// <summary>
    /// Writes every column but the key of rows already stored, found by their key, through one
    /// prepared UPDATE run per row; needs an open transaction. The rows need not be tracked, and
    /// tracked ones are not marked saved. For rows rewritten by the hundred, such as story summaries.
    /// </summary>
    public static async Task UpdateRowsAsync<T>(NewsDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        await using var updater = RowUpdater.For<T>(db, db.Database.GetDbConnection(), Transaction(db));
        foreach (var row in rows)
        {
            await updater.UpdateAsync(row, cancellationToken);
        }
    }

    private static DbTransaction Transaction(NewsDbContext db) =>
        db.Database.CurrentTransaction?.GetDbTransaction()
        ?? throw new InvalidOperationException("ArticleWriter needs a transaction: a batch is stored whole or not at all.");

    /// <summary>An entity's table, its generated key, and the columns an insert writes (all the others).</summary>
    private sealed record Target(StoreObjectIdentifier Table, IProperty Key, IProperty[] Columns)
    {
        public static Target Of<T>(NewsDbContext db)
        {
            var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
            var key = entity.FindPrimaryKey()!.Properties.Single();
            var columns = entity.GetProperties().Where(p => p != key).ToArray();
            if (columns.FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
            {
                throw new InvalidOperationException($"{typeof(T).Name}.{shadow.Name} is a shadow property, which ArticleWriter cannot read.");
            }

            return new Target(StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema()), key, columns);
        }
    }

    /// <summary>
    /// One table's rows in one INSERT … SELECT over a JSON array of their values (in the model's
    /// provider form, as the row-by-row statement binds them), returning the generated keys. Only
    /// numbers, text and nulls travel this way; a row holding anything else makes the caller fall
    /// back to <see cref="RowInserter"/>.
    /// </summary>
    private sealed class RowSetInserter : IAsyncDisposable
    {
        private readonly DbCommand _command;
        private readonly (IProperty Property, RelationalTypeMapping Mapping, IClrPropertyGetter Getter)[] _columns;
        private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new();

        private RowSetInserter(DbCommand command, (IProperty, RelationalTypeMapping, IClrPropertyGetter)[] columns)
        {
            _command = command;
            _columns = columns;
        }

        public static RowSetInserter For<T>(NewsDbContext db, DbConnection connection, DbTransaction transaction)
        {
            var (table, key, properties) = Target.Of<T>(db);
            var columns = properties
                .Select(p => (Property: p, Mapping: (RelationalTypeMapping)p.GetTypeMapping(), Getter: p.GetGetter()))
                .ToArray();
            var command = connection.CreateCommand();
            command.Transaction = transaction;

            // json_each walks the array in order, so the rows are inserted, and numbered, in order.
            command.CommandText =
                $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Property.GetColumnName(table)}\""))}) " +
                $"SELECT {string.Join(", ", columns.Select((_, i) => $"value ->> {i}"))} FROM json_each(@rows) ORDER BY key " +
                $"RETURNING \"{key.GetColumnName(table)}\";";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@rows";
            command.Parameters.Add(parameter);
            return new RowSetInserter(command, columns);
        }

        /// <summary>Inserts the rows and returns their keys in the rows' order; null (nothing written) when a value cannot travel as JSON.</summary>
        public async Task<int[]?> TryInsertAsync<T>(List<T> entities, CancellationToken cancellationToken)
            where T : class
        {
            _buffer.ResetWrittenCount();
            using (var json = new System.Text.Json.Utf8JsonWriter(_buffer))
            {
                json.WriteStartArray();
                foreach (var entity in entities)
                {
                    json.WriteStartArray();
                    foreach (var (property, mapping, getter) in _columns)
                    {
                        var value = mapping.CreateParameter(_command, "@v", getter.GetClrValue(entity), property.IsNullable).Value;
                        switch (value)
                        {
                            case null or DBNull:
                                json.WriteNullValue();
                                break;
                            case string text:
                                json.WriteStringValue(text);
                                break;
                            case int number:
                                json.WriteNumberValue(number);
                                break;
                            case long number:
                                json.WriteNumberValue(number);
                                break;
                            default:
                                return null;
                        }
                    }

                    json.WriteEndArray();
                }

                json.WriteEndArray();
            }

            _command.Parameters[0].Value = System.Text.Encoding.UTF8.GetString(_buffer.WrittenSpan);
            var keys = new List<int>(entities.Count);
            await using (var reader = await _command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    keys.Add(reader.GetInt32(0));
                }
            }

            // RETURNING gives no promised order; the keys were handed out in insertion order.
            keys.Sort();
            return keys.Count == entities.Count
                ? [.. keys]
                : throw new InvalidOperationException($"Expected {entities.Count} new rows, the store reported {keys.Count}.");
        }

        public ValueTask DisposeAsync() => _command.DisposeAsync();
    }

    /// <summary>
    /// A statement over one table's columns, prepared once and run row after row. Each value is
    /// bound through its property's type mapping, which applies the model's value converter and the
    /// provider's format, as SaveChanges does.
    /// </summary>
    private abstract class RowStatement(DbCommand command, (IProperty Property, RelationalTypeMapping Mapping, string Name)[] columns) : IAsyncDisposable
    {
        protected DbCommand Command { get; } = command;

        protected static (IProperty Property, RelationalTypeMapping Mapping, string Name)[] Parameters(IEnumerable<IProperty> properties) =>
            [.. properties.Select((p, i) => (Property: p, Mapping: (RelationalTypeMapping)p.GetTypeMapping(), Name: $"@p{i}"))];

        protected static DbCommand Create(DbConnection connection, DbTransaction transaction, string text)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = text;
            return command;
        }

        protected void Bind(object entity)
        {
            Command.Parameters.Clear();
            foreach (var (property, mapping, name) in columns)
            {
                Command.Parameters.Add(mapping.CreateParameter(Command, name, property.GetGetter().GetClrValue(entity), property.IsNullable));
            }
        }

        public ValueTask DisposeAsync() => Command.DisposeAsync();
    }

    /// <summary>One table's UPDATE of every column but the key, by key.</summary>
    private sealed class RowUpdater(DbCommand command, (IProperty Property, RelationalTypeMapping Mapping, string Name)[] columns)
        : RowStatement(command, columns)
    {
        public static RowUpdater For<T>(NewsDbContext db, DbConnection connection, DbTransaction transaction)
        {
            var (table, key, properties) = Target.Of<T>(db);
            var columns = Parameters(properties.Append(key));
            return new RowUpdater(
                Create(connection, transaction,
                    $"UPDATE \"{table.Name}\" SET {string.Join(", ", columns[..^1].Select(c => $"\"{c.Property.GetColumnName(table)}\" = {c.Name}"))} " +
                    $"WHERE \"{key.GetColumnName(table)}\" = {columns[^1].Name};"),
                columns);
        }

        public async Task UpdateAsync(object entity, CancellationToken cancellationToken)
        {
            Bind(entity);
            if (await Command.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                throw new InvalidOperationException($"No stored row has the key of a {entity.GetType().Name} being updated.");
            }
        }
    }

    /// <summary>One table's INSERT … RETURNING of its generated key.</summary>
    private sealed class RowInserter(DbCommand command, (IProperty Property, RelationalTypeMapping Mapping, string Name)[] columns)
        : RowStatement(command, columns)
    {
        public static RowInserter For<T>(NewsDbContext db, DbConnection connection, DbTransaction transaction)
        {
            var (table, key, properties) = Target.Of<T>(db);
            var columns = Parameters(properties);
            return new RowInserter(
                Create(connection, transaction,
                    $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Property.GetColumnName(table)}\""))}) " +
                    $"VALUES ({string.Join(", ", columns.Select(c => c.Name))}) RETURNING \"{key.GetColumnName(table)}\";"),
                columns);
        }

        public async Task<int> InsertAsync(object entity, CancellationToken cancellationToken)
        {
            Bind(entity);
            return Convert.ToInt32(await Command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
