using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace NewsAggregator.Core.Storage;

/// <summary>
/// Inserts new articles with their originals and blocks through prepared statements that each write
/// many rows of one table, reused chunk after chunk, and fills in the generated ids. EF's SaveChanges
/// sends each of the ~17 rows of an article as its own command, which made saving the largest cost of an import.
/// The statements are built from the EF model (tables, columns, value conversions, parameter
/// types), so they write exactly what SaveChanges would and follow the model as it changes; a
/// column of a type they cannot write makes them fail at once rather than write something else.
/// The entities written are not tracked: callers that change them later attach or update them.
/// The writes run synchronously (SQLite does its work on the calling thread either way).
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
    /// <remarks>
    /// Each table's rows go in the articles' order, so every row gets the id it got when articles were
    /// written one at a time: the originals first, then the articles (which point at them), then the
    /// blocks (which point at the articles).
    /// </remarks>
    public static Task InsertAsync(NewsDbContext db, IReadOnlyCollection<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return Task.CompletedTask;
        }

        var connection = Connection(db);
        var ordered = articles as IReadOnlyList<Article> ?? [.. articles];
        using (var sources = new RowSetInserter<SourceFile>(db, connection))
        {
            sources.Insert([.. ordered.Select(a => a.Source)], (source, id) => source.Id = id, cancellationToken);
        }

        foreach (var article in ordered)
        {
            article.SourceFileId = article.Source.Id;
        }

        using (var rows = new RowSetInserter<Article>(db, connection))
        {
            rows.Insert(ordered, TakeId, cancellationToken);
        }

        foreach (var article in ordered)
        {
            foreach (var block in article.Blocks)
            {
                block.ArticleId = article.Id;
            }
        }

        using (var blocks = new RowSetInserter<ArticleBlock>(db, connection))
        {
            blocks.Insert([.. ordered.SelectMany(a => a.Blocks)], (block, id) => block.Id = id, cancellationToken);
        }

        return Task.CompletedTask;

        static void TakeId(Article article, int id)
        {
            if (article.Id == 0)
            {
                article.Id = id;
            }
            else if (article.Id != id)
            {
                throw new InvalidOperationException($"An article was reserved id {article.Id} but the store gave it {id}: another writer got in between.");
            }
        }
    }

    /// <summary>
    /// Writes rows of one other entity type (with Id 0) through the same kind of prepared statements,
    /// and fills in their ids; needs an open transaction. For rows written by the thousand, such as
    /// the import history.
    /// </summary>
    public static Task InsertRowsAsync<T>(NewsDbContext db, IReadOnlyCollection<T> rows, Action<T, int> setId, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(setId);
        if (rows.Count > 0)
        {
            using var inserter = new RowSetInserter<T>(db, Connection(db));
            inserter.Insert(rows as IReadOnlyList<T> ?? [.. rows], setId, cancellationToken);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Writes every column but the key of rows already stored, found by their key, through one
    /// prepared UPDATE run per row; needs an open transaction. The rows need not be tracked, and
    /// tracked ones are not marked saved. For rows rewritten by the hundred, such as story summaries.
    /// </summary>
    public static Task UpdateRowsAsync<T>(NewsDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return Task.CompletedTask;
        }

        var (table, key, properties) = Target.Of<T>(db);
        var columns = properties.Append(key).Select(p => new Column(p, table)).ToArray();
        using var update = new PositionalStatement(
            Connection(db),
            $"UPDATE \"{table.Name}\" SET {string.Join(", ", columns[..^1].Select(c => $"{c.Name} = ?"))} WHERE {columns[^1].Name} = ?;");
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < columns.Length; i++)
            {
                update.Bind(i + 1, columns[i].Value(row));
            }

            if (update.Run().Changes != 1)
            {
                throw new InvalidOperationException($"No stored row has the key of a {typeof(T).Name} being updated.");
            }
        }

        return Task.CompletedTask;
    }

    private static DbTransaction Transaction(NewsDbContext db) =>
        db.Database.CurrentTransaction?.GetDbTransaction()
        ?? throw new InvalidOperationException("ArticleWriter needs a transaction: a batch is stored whole or not at all.");

    /// <summary>The context's SQLite connection, once it is known to be inside the transaction the statements run in.</summary>
    private static SqliteConnection Connection(NewsDbContext db) =>
        Transaction(db).Connection as SqliteConnection ?? throw new NotSupportedException("ArticleWriter writes to SQLite stores only.");

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
    /// A column a statement writes: where its value is read from an entity, and the value SaveChanges
    /// would bind for it, which the property's type mapping gives by its converter (an enum becomes
    /// its name, say) and its parameter type (a DateTime goes as text).
    /// </summary>
    private sealed class Column
    {
        private readonly RelationalTypeMapping _mapping;
        private readonly IClrPropertyGetter _getter;

        public Column(IProperty property, StoreObjectIdentifier table)
        {
            _mapping = (RelationalTypeMapping)property.GetTypeMapping();
            _getter = property.GetGetter();
            Name = $"\"{property.GetColumnName(table)}\"";

            // A mapping with a size would have the provider cut values to it, which positional binding does not.
            if (_mapping.Size is not null || !PositionalStatement.Binds(_mapping.Converter?.ProviderClrType ?? _mapping.ClrType, _mapping.DbType))
            {
                throw new NotSupportedException($"{property.DeclaringType.DisplayName()}.{property.Name} is stored in a way ArticleWriter cannot write.");
            }
        }

        public string Name { get; }

        public object? Value(object entity)
        {
            var value = _getter.GetClrValue(entity);
            return value is not null && _mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }

    /// <summary>
    /// One table's rows, many to an INSERT … VALUES statement, with the keys the store generated
    /// worked out from the last one. A statement is prepared once for each number of rows it takes (a
    /// full chunk, and the shorter last one) and run again with new values.
    /// </summary>
    private sealed class RowSetInserter<T> : IDisposable
        where T : class
    {
        // Values bound by position cost the same however many a statement holds; past a couple of
        // hundred, fewer statements saved nothing measurable on an import.
        private const int ValuesPerStatement = 256;

        private readonly SqliteConnection _connection;
        private readonly Column[] _columns;
        private readonly string _insert;
        private readonly int _rowsPerStatement;
        private readonly Dictionary<int, PositionalStatement> _statements = [];

        public RowSetInserter(NewsDbContext db, SqliteConnection connection)
        {
            var (table, _, properties) = Target.Of<T>(db);
            _connection = connection;
            _columns = [.. properties.Select(p => new Column(p, table))];
            _insert = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", _columns.Select(c => c.Name))}) VALUES ";
            _rowsPerStatement = Math.Max(1, ValuesPerStatement / _columns.Length);
        }

        /// <summary>Inserts the rows in order and hands each its generated key.</summary>
        public void Insert(IReadOnlyList<T> rows, Action<T, int> setId, CancellationToken cancellationToken)
        {
            for (var start = 0; start < rows.Count; start += _rowsPerStatement)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var count = Math.Min(_rowsPerStatement, rows.Count - start);
                var statement = StatementFor(count);
                var position = 1;
                for (var row = start; row < start + count; row++)
                {
                    foreach (var column in _columns)
                    {
                        statement.Bind(position++, column.Value(rows[row]));
                    }
                }

                var first = FirstKey(statement.Run(), count);
                for (var row = 0; row < count; row++)
                {
                    setId(rows[start + row], first + row);
                }
            }
        }

        public void Dispose()
        {
            foreach (var statement in _statements.Values)
            {
                statement.Dispose();
            }
        }

        /// <summary>
        /// The key of the first of the <paramref name="count"/> rows an insert wrote, worked out from
        /// the last one's. The rows' keys follow on without a gap, in the rows' order: SQLite inserts
        /// a VALUES list in its order, the table numbers each new row one past the largest key so far
        /// (AUTOINCREMENT) and no row brings its own, and the transaction holds the store's write lock,
        /// so no other row comes in between. The count of rows written checks that all went in.
        /// </summary>
        private static int FirstKey((long LastRowId, int Changes) written, int count) =>
            written.Changes == count
                ? checked((int)(written.LastRowId - count + 1))
                : throw new InvalidOperationException($"Expected {count} new rows; the store reported {written.Changes}.");

        private PositionalStatement StatementFor(int rows)
        {
            if (!_statements.TryGetValue(rows, out var statement))
            {
                var row = $"({string.Join(", ", Enumerable.Repeat("?", _columns.Length))})";
                statement = new PositionalStatement(_connection, $"{_insert}{string.Join(", ", Enumerable.Repeat(row, rows))};");
                _statements.Add(rows, statement);
            }

            return statement;
        }
    }
}
