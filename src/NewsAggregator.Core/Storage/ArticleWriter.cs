using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace NewsAggregator.Core.Storage;

/// <summary>
/// Inserts new articles with their originals and blocks through prepared statements that each write
/// many rows of one table, reused chunk after chunk, and fills in the generated ids. EF's SaveChanges
/// sends each of the ~17 rows of an article as its own command, which made saving the largest cost of an import.
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
    /// <remarks>
    /// Each table's rows go in the articles' order, so every row gets the id it got when articles were
    /// written one at a time: the originals first, then the articles (which point at them), then the
    /// blocks (which point at the articles).
    /// </remarks>
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
        var ordered = articles as IReadOnlyList<Article> ?? [.. articles];

        await using (var sources = RowSetInserter<SourceFile>.For(db, connection, dbTransaction))
        {
            await sources.InsertAsync([.. ordered.Select(a => a.Source)], (source, id) => source.Id = id, cancellationToken);
        }

        foreach (var article in ordered)
        {
            article.SourceFileId = article.Source.Id;
        }

        await using (var rows = RowSetInserter<Article>.For(db, connection, dbTransaction))
        {
            await rows.InsertAsync(ordered, TakeId, cancellationToken);
        }

        foreach (var article in ordered)
        {
            foreach (var block in article.Blocks)
            {
                block.ArticleId = article.Id;
            }
        }

        await using var blocks = RowSetInserter<ArticleBlock>.For(db, connection, dbTransaction);
        await blocks.InsertAsync([.. ordered.SelectMany(a => a.Blocks)], (block, id) => block.Id = id, cancellationToken);

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

        await using var inserter = RowSetInserter<T>.For(db, db.Database.GetDbConnection(), Transaction(db));
        await inserter.InsertAsync(rows as IReadOnlyList<T> ?? [.. rows], setId, cancellationToken);
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
    /// A column a statement writes: where its value is read from an entity, and how that value is
    /// turned into the one SaveChanges would bind.
    /// </summary>
    /// <remarks>
    /// A parameter made once by the property's type mapping and then given value after value binds
    /// what the mapping would make for each value: the mapping sets the parameter's type from the
    /// column alone (the store's mappings leave the rest to the provider), and the value is the
    /// mapping's converter applied to the property, with DBNull for null.
    /// </remarks>
    private sealed class Column(IProperty property, StoreObjectIdentifier table)
    {
        private readonly RelationalTypeMapping _mapping = (RelationalTypeMapping)property.GetTypeMapping();
        private readonly IClrPropertyGetter _getter = property.GetGetter();

        public string Name { get; } = $"\"{property.GetColumnName(table)}\"";

        public DbParameter CreateParameter(DbCommand command, string name) =>
            _mapping.CreateParameter(command, name, value: null, property.IsNullable);

        public object Value(object entity)
        {
            var value = _getter.GetClrValue(entity);
            if (value is not null && _mapping.Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }

            return value ?? DBNull.Value;
        }
    }

    /// <summary>A prepared statement and its parameters in the order the values are written.</summary>
    private sealed record Statement(DbCommand Command, DbParameter[] Parameters);

    /// <summary>
    /// One table's rows, many to an INSERT … VALUES statement, with the keys the store generated
    /// worked out from the last one. A statement is prepared once for each number of rows it takes (a
    /// full chunk, and the shorter last one) and run again with new values.
    /// </summary>
    private sealed class RowSetInserter<T> : IAsyncDisposable
        where T : class
    {
        // SQLite finds a named parameter by walking the statement's names, so each value costs more
        // the more a statement holds: on an import, 256 values a statement cost more than one row a
        // statement did, 128 and 64 about a third less.
        private const int ValuesPerStatement = 64;

        private readonly DbConnection _connection;
        private readonly DbTransaction _transaction;
        private readonly Column[] _columns;
        private readonly string _insert;
        private readonly DbCommand _lastKey;
        private readonly int _rowsPerStatement;
        private readonly Dictionary<int, Statement> _statements = [];

        private RowSetInserter(DbConnection connection, DbTransaction transaction, Target target)
        {
            _connection = connection;
            _transaction = transaction;
            _columns = [.. target.Columns.Select(p => new Column(p, target.Table))];
            _insert = $"INSERT INTO \"{target.Table.Name}\" ({string.Join(", ", _columns.Select(c => c.Name))}) VALUES ";
            _lastKey = connection.CreateCommand();
            _lastKey.Transaction = transaction;
            _lastKey.CommandText = "SELECT last_insert_rowid(), changes();";
            _rowsPerStatement = Math.Max(1, ValuesPerStatement / _columns.Length);
        }

        public static RowSetInserter<T> For(NewsDbContext db, DbConnection connection, DbTransaction transaction) =>
            new(connection, transaction, Target.Of<T>(db));

        /// <summary>Inserts the rows in order and hands each its generated key.</summary>
        public async Task InsertAsync(IReadOnlyList<T> rows, Action<T, int> setId, CancellationToken cancellationToken)
        {
            for (var start = 0; start < rows.Count; start += _rowsPerStatement)
            {
                var count = Math.Min(_rowsPerStatement, rows.Count - start);
                var statement = StatementFor(count);
                var slot = 0;
                for (var row = start; row < start + count; row++)
                {
                    foreach (var column in _columns)
                    {
                        statement.Parameters[slot++].Value = column.Value(rows[row]);
                    }
                }

                await statement.Command.ExecuteNonQueryAsync(cancellationToken);
                var first = await FirstKeyAsync(count, cancellationToken);
                for (var row = 0; row < count; row++)
                {
                    setId(rows[start + row], first + row);
                }
            }
        }

        /// <summary>
        /// The key of the first of the <paramref name="count"/> rows the insert just run wrote, worked
        /// out from the last one's. The rows' keys follow on without a gap, in the rows' order: SQLite
        /// inserts a VALUES list in its order, the table numbers each new row one past the largest key
        /// so far (AUTOINCREMENT) and no row brings its own, and the transaction holds the store's
        /// write lock, so no other row comes in between. The count of rows changed checks that all went in.
        /// </summary>
        private async Task<int> FirstKeyAsync(int count, CancellationToken cancellationToken)
        {
            long last, changed;
            await using (var reader = await _lastKey.ExecuteReaderAsync(cancellationToken))
            {
                await reader.ReadAsync(cancellationToken);
                (last, changed) = (reader.GetInt64(0), reader.GetInt64(1));
            }

            return changed == count
                ? checked((int)(last - count + 1))
                : throw new InvalidOperationException($"Expected {count} new rows; the store reported {changed}.");
        }

        private Statement StatementFor(int rows)
        {
            if (_statements.TryGetValue(rows, out var statement))
            {
                return statement;
            }

            var command = _connection.CreateCommand();
            command.Transaction = _transaction;
            var parameters = new DbParameter[rows * _columns.Length];
            var text = new System.Text.StringBuilder(_insert);
            for (var row = 0; row < rows; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var c = 0; c < _columns.Length; c++)
                {
                    var slot = (row * _columns.Length) + c;
                    var name = $"@p{slot}";
                    text.Append(c == 0 ? name : ", " + name);
                    parameters[slot] = _columns[c].CreateParameter(command, name);
                    command.Parameters.Add(parameters[slot]);
                }

                text.Append(')');
            }

            command.CommandText = text.Append(';').ToString();
            statement = new Statement(command, parameters);
            _statements.Add(rows, statement);
            return statement;
        }

        public async ValueTask DisposeAsync()
        {
            await _lastKey.DisposeAsync();
            foreach (var statement in _statements.Values)
            {
                await statement.Command.DisposeAsync();
            }
        }
    }

    /// <summary>One table's UPDATE of every column but the key, by key, prepared once and run row after row.</summary>
    private sealed class RowUpdater : IAsyncDisposable
    {
        private readonly DbCommand _command;
        private readonly Column[] _columns;
        private readonly DbParameter[] _parameters;

        private RowUpdater(DbConnection connection, DbTransaction transaction, Target target)
        {
            _columns = [.. target.Columns.Append(target.Key).Select(p => new Column(p, target.Table))];
            _command = connection.CreateCommand();
            _command.Transaction = transaction;
            _parameters = [.. _columns.Select((c, i) => c.CreateParameter(_command, $"@p{i}"))];
            _command.Parameters.AddRange(_parameters);
            _command.CommandText =
                $"UPDATE \"{target.Table.Name}\" SET {string.Join(", ", _columns[..^1].Select((c, i) => $"{c.Name} = @p{i}"))} " +
                $"WHERE {_columns[^1].Name} = @p{_columns.Length - 1};";
        }

        public static RowUpdater For<T>(NewsDbContext db, DbConnection connection, DbTransaction transaction) =>
            new(connection, transaction, Target.Of<T>(db));

        public async Task UpdateAsync(object entity, CancellationToken cancellationToken)
        {
            for (var i = 0; i < _columns.Length; i++)
            {
                _parameters[i].Value = _columns[i].Value(entity);
            }

            if (await _command.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                throw new InvalidOperationException($"No stored row has the key of a {entity.GetType().Name} being updated.");
            }
        }

        public ValueTask DisposeAsync() => _command.DisposeAsync();
    }
}
