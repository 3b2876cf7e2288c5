using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsAggregator.Core.Clustering;
using NewsAggregator.Core.Comparison;
using NewsAggregator.Core.Search;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Core.Ingestion;

/// <summary>
/// The one import path: the import verb, the sample seeding and uploads all come through here, so a
/// file gets the same outcome whichever way it arrives.
/// </summary>
public sealed class ArticleImporter(
    NewsDbContext db,
    IEnumerable<IArticleParser> parsers,
    StoryClusterer clusterer,
    TimeProvider time,
    ILogger<ArticleImporter> logger)
{
    private readonly IReadOnlyList<IArticleParser> _parsers = [.. parsers];

    public IEnumerable<string> SupportedExtensions => _parsers.SelectMany(p => p.Extensions).Distinct();

    public async Task<ImportOutcome> ImportAsync(ImportFile file, CancellationToken cancellationToken = default) =>
        (await ImportAsync([file], cancellationToken))[0];

    /// <summary>
    /// Imports a batch in one transaction (the caller's, when one is open: it then commits or rolls
    /// back the batch with its own writes): every file gets an outcome, in the order given; a bad
    /// file never stops the others.
    /// </summary>
    public async Task<IReadOnlyList<ImportOutcome>> ImportAsync(IReadOnlyList<ImportFile> files, CancellationToken cancellationToken = default)
    {
        var hashes = Hash(files);
        var known = await KnownAsync(hashes, cancellationToken);
        var (parsed, terms) = ParseInParallel(files, hashes, known, new ParallelOptions());
        return await StoreAsync(files, hashes, parsed, terms, known, recordAs: null, cancellationToken);
    }

    /// <summary>
    /// The part of an import that needs no store: hashing and parsing, on every core. Safe to run
    /// while another batch is being stored, so that a long import keeps both parsing and writing busy.
    /// Files already in the store are parsed too (the store is not asked); storing skips them.
    /// <paramref name="parallel"/> can name the scheduler and cores the parsing runs on.
    /// </summary>
    public PreparedImport Prepare(IReadOnlyList<ImportFile> files, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var hashes = Hash(files);
        var (parsed, terms) = ParseInParallel(files, hashes, known: null, parallel ?? new ParallelOptions());
        return new PreparedImport(files, hashes, parsed, terms);
    }

    /// <summary>Stores a batch made by <see cref="Prepare"/>: the same outcomes <see cref="ImportAsync(IReadOnlyList{ImportFile}, CancellationToken)"/> gives.</summary>
    public Task<IReadOnlyList<ImportOutcome>> ImportAsync(PreparedImport prepared, CancellationToken cancellationToken = default) =>
        ImportAsync(prepared, recordAs: null, cancellationToken);

    /// <summary>
    /// Stores a batch made by <see cref="Prepare"/> and, when <paramref name="recordAs"/> is given,
    /// writes each file's outcome to the import history under that user name in the same
    /// transaction: the history never tells of articles that were not stored, or misses ones that were.
    /// </summary>
    public async Task<IReadOnlyList<ImportOutcome>> ImportAsync(PreparedImport prepared, string? recordAs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var known = await KnownAsync(prepared.Hashes, cancellationToken);
        return await StoreAsync(prepared.Files, prepared.Hashes, prepared.Parsed, prepared.Terms, known, recordAs, cancellationToken);
    }

    /// <summary>
    /// Readies the store side before the first batch is stored: compiles the duplicate check and
    /// brings the story index in line with the store. A caller that parses its first batch meanwhile
    /// (the import verb) takes this work off its critical path; without it the first batch does the same.
    /// </summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken = default)
    {
        await KnownAsync([], cancellationToken);
        await clusterer.LoadIndexAsync(cancellationToken);
    }

    private static string[] Hash(IReadOnlyList<ImportFile> files) =>
        [.. files.Select(f => Convert.ToHexStringLower(SHA256.HashData(f.Content)))];

    /// <summary>Which of the hashes the store already holds, with the article each became (null when it was rejected then).</summary>
    /// <remarks>
    /// The hashes travel as one JSON parameter (<see cref="EF.Parameter{T}(T)"/>): EF 10 otherwise
    /// binds each as its own parameter, and a thousand of them cost EF ten times what the index probes cost SQLite.
    /// </remarks>
    private Task<Dictionary<string, int?>> KnownAsync(string[] hashes, CancellationToken cancellationToken) =>
        db.SourceFiles
            .Where(s => EF.Parameter(hashes).Contains(s.Sha256))
            .Select(s => new { s.Sha256, ArticleId = s.Article == null ? (int?)null : s.Article.Id })
            .ToDictionaryAsync(s => s.Sha256, s => s.ArticleId, cancellationToken);

    private async Task<IReadOnlyList<ImportOutcome>> StoreAsync(IReadOnlyList<ImportFile> files, string[] hashes,
        ParseResult?[] parsedUpFront, ArticleTerms?[] termsUpFront, Dictionary<string, int?> known, string? recordAs, CancellationToken cancellationToken)
    {
        var terms = new Dictionary<Article, ArticleTerms>(ReferenceEqualityComparer.Instance);
        var outcomes = new ImportOutcome?[files.Count];
        var fresh = new List<(int Index, Article Article)>();
        var seenInBatch = new Dictionary<string, Article>();
        var now = time.GetUtcNow().UtcDateTime;

        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            if (known.TryGetValue(hashes[i], out var existingId))
            {
                outcomes[i] = new ImportOutcome(ImportStatus.Duplicate, file.FileName, ArticleId: existingId);
                continue;
            }

            if (seenInBatch.ContainsKey(hashes[i]))
            {
                continue; // resolved after saving, when the first copy has its id
            }

            var parser = FindParser(file.FileName);
            if (parser is null)
            {
                outcomes[i] = ImportOutcome.Rejected(file.FileName,
                    $"unsupported file type '{Path.GetExtension(file.FileName)}' (accepted: {string.Join(", ", SupportedExtensions)})");
                continue;
            }

            var parsed = parsedUpFront[i] ?? parser.Parse(file.Content, file.FileName);
            if (!parsed.Succeeded)
            {
                outcomes[i] = ImportOutcome.Rejected(file.FileName, parsed.Error!);
                continue;
            }

            var source = new SourceFile
            {
                Sha256 = hashes[i],
                FileName = file.FileName,
                Length = file.Content.Length,
                Content = file.Content,
                ReceivedUtc = now,
            };
            var article = ArticleMapper.ToEntity(parsed.Article!, now);
            article.Source = source;
            if (termsUpFront[i] is { } read)
            {
                terms[article] = read;
            }

            fresh.Add((i, article));
            seenInBatch[hashes[i]] = article;
        }

        if (fresh.Count == 0 && recordAs is null)
        {
            return outcomes!;
        }

        // A caller's transaction, when there is one, so that what it writes with the batch (an
        // upload's history) is kept or lost together with it; else one of the batch's own.
        var ownTransaction = await db.Database.BeginUnlessInOneAsync(cancellationToken);
        await using (ownTransaction)
        {
            if (fresh.Count > 0)
            {
                await StoreArticlesAsync(fresh.Select(f => f.Article).ToList(), terms, cancellationToken);
            }

            foreach (var (index, article) in fresh)
            {
                outcomes[index] = new ImportOutcome(ImportStatus.Imported, files[index].FileName, article.Id, article.StoryId);
                logger.LogDebug("Imported {FileName} as article {ArticleId} into story {StoryId}", files[index].FileName, article.Id, article.StoryId);
            }

            for (var i = 0; i < files.Count; i++)
            {
                outcomes[i] ??= new ImportOutcome(ImportStatus.Duplicate, files[i].FileName, ArticleId: seenInBatch[hashes[i]].Id);
            }

            if (recordAs is not null)
            {
                // A thousand rows a batch: one prepared statement rather than SaveChanges.
                var records = outcomes.Select((o, i) => ImportRecord.From(o!, files[i].Content.Length, recordAs, now)).ToList();
                await ArticleWriter.InsertRowsAsync(db, records, (record, id) => record.Id = id, cancellationToken);
            }

            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
        }

        return outcomes!;
    }

    /// <summary>Writes new articles with their search rows and places them in stories; needs the batch's transaction.</summary>
    private async Task StoreArticlesAsync(List<Article> articles, Dictionary<Article, ArticleTerms> terms, CancellationToken cancellationToken)
    {
        // Placing in stories needs only the articles' ids, so the ids are taken first and the rows
        // (articles, originals, blocks, then search rows) are written while the stories are worked out in memory.
        await ArticleWriter.ReserveIdsAsync(db, articles, cancellationToken);
        var changed = await clusterer.AssignAsync(articles, terms, WriteRowsAsync, cancellationToken);

        async Task WriteRowsAsync()
        {
            await ArticleWriter.InsertAsync(db, articles, cancellationToken);
            await SearchIndexer.AddAsync(db, articles, cancellationToken);
        }

        // Comparing a changed story costs more than the rest of its import, so it is left to the
        // first reader (ComparisonProvider) or the web app's background fill; here it is only marked stale.
        await ComparisonStore.InvalidateAsync(db, changed, cancellationToken);
    }

    /// <summary>
    /// Parses, on every core, the first copy of each new file that has a parser, and reads its
    /// story-grouping terms, so that the one writer is not also the only parser. A later copy of
    /// the same bytes stays null here and is parsed inline if the first copy failed, so every file
    /// gets the outcome it would in order.
    /// </summary>
    private (ParseResult?[] Parsed, ArticleTerms?[] Terms) ParseInParallel(
        IReadOnlyList<ImportFile> files, string[] hashes, Dictionary<string, int?>? known, ParallelOptions parallel)
    {
        var results = new ParseResult?[files.Count];
        var terms = new ArticleTerms?[files.Count];
        var firstCopies = new HashSet<string>();
        var work = new List<(int Index, IArticleParser Parser)>();
        for (var i = 0; i < files.Count; i++)
        {
            if (known?.ContainsKey(hashes[i]) != true && FindParser(files[i].FileName) is { } parser && firstCopies.Add(hashes[i]))
            {
                work.Add((i, parser));
            }
        }

        if (work.Count < 2)
        {
            return (results, terms);
        }

        try
        {
            Parallel.ForEach(work, parallel, w =>
            {
                var parsed = w.Parser.Parse(files[w.Index].Content, files[w.Index].FileName);
                results[w.Index] = parsed;

                // Story grouping reads the same terms from the stored article; reading them here
                // takes that work off the one writer.
                if (parsed.Succeeded)
                {
                    terms[w.Index] = StoryClusterer.Features(parsed.Article!);
                }
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            // A parser bug surfaces as itself, as it did when parsing ran inline.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }

        return (results, terms);
    }

    private IArticleParser? FindParser(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return _parsers.FirstOrDefault(p => p.Extensions.Contains(extension));
    }
}
