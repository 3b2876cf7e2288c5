using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Core.Clustering;

/// <summary>
/// The seam between the store and story grouping: gives new articles a story, and can rebuild
/// every story from scratch. The grouping itself happens in the singleton <see cref="StoryIndex"/>;
/// this class keeps the index and the stored stories in step.
/// </summary>
/// <remarks>
/// Articles are placed one at a time in id order, each seeing document frequencies over the
/// articles placed before it and itself. A re-cluster replays the store the same way, so it gives
/// the same stories as the imports did, however the imports were batched.
/// </remarks>
public sealed class StoryClusterer(NewsDbContext db, StoryIndex index, IOptions<ClusteringOptions> options, TimeProvider time)
{
    private const int KeyNameCount = 6;
    private const int KeyTermCount = 8;
    private const int ReadChunk = 1000;

    /// <summary>Gives each of <paramref name="articles"/> (saved, with ids) a story and saves.</summary>
    public async Task AssignAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        var fresh = articles.Where(a => a.StoryId is null && a.Story is null).OrderBy(a => a.Id).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        await index.Gate.WaitAsync(cancellationToken);
        try
        {
            await EnsureIndexMatchesStoreAsync(cancellationToken);
            var matcher = new StoryMatcher(index, options.Value);
            var placed = new List<(Article Article, StoryProfile Story)>(fresh.Count);
            var absorbed = new List<StoryProfile>();

            // Reading an article's terms depends on nothing else, so it runs on every core; only
            // placing, which sees the articles before it, goes one at a time.
            var terms = fresh.AsParallel().AsOrdered().Select(a => Features(a.Title, a.Deck, a.Blocks)).ToList();
            for (var i = 0; i < fresh.Count; i++)
            {
                var article = fresh[i];
                var indexed = index.Add(article.Id, terms[i], article.PublishedUtc);
                var (story, merged) = matcher.Place(indexed);
                placed.Add((article, story));
                absorbed.AddRange(merged);
            }

            await SaveAsync(placed, absorbed, cancellationToken);
            index.Fingerprint = await FingerprintAsync(cancellationToken);
        }
        catch
        {
            // The index may now hold placements the store never got: rebuild on next use.
            index.Fingerprint = null;
            throw;
        }
        finally
        {
            index.Gate.Release();
        }
    }

    /// <summary>
    /// Drops the in-memory index so the next assignment rebuilds it from the store: for callers that
    /// change stories behind the clusterer's back (renumbering, a rolled-back transaction).
    /// </summary>
    public void ForgetIndex() => index.Fingerprint = null;

    /// <summary>Forgets every story and groups all stored articles again, in id order.</summary>
    public async Task ReclusterAllAsync(CancellationToken cancellationToken = default)
    {
        await index.Gate.WaitAsync(cancellationToken);
        try
        {
            index.Clear();
            var ownTransaction = db.Database.CurrentTransaction is null
                ? await db.Database.BeginTransactionAsync(cancellationToken)
                : null;
            await using (ownTransaction)
            {
                await db.Articles.Where(a => a.StoryId != null).ExecuteUpdateAsync(s => s.SetProperty(a => a.StoryId, (int?)null), cancellationToken);
                await db.Stories.ExecuteDeleteAsync(cancellationToken);
                db.ChangeTracker.Clear();

                var matcher = new StoryMatcher(index, options.Value);
                var placed = new List<(int ArticleId, StoryProfile Story)>();
                await foreach (var row in ReadArticlesAsync(assignedOnly: false, cancellationToken))
                {
                    placed.Add((row.Id, matcher.Place(index.Add(row.Id, row.Terms, row.PublishedUtc)).Story));
                }

                await SaveReclusteredAsync(placed, cancellationToken);
                if (ownTransaction is not null)
                {
                    await ownTransaction.CommitAsync(cancellationToken);
                }
            }

            index.Fingerprint = await FingerprintAsync(cancellationToken);
        }
        catch
        {
            index.Fingerprint = null;
            throw;
        }
        finally
        {
            index.Gate.Release();
        }
    }

    internal static ArticleTerms Features(string title, string? deck, IEnumerable<ArticleBlock> blocks) =>
        FeatureExtractor.Extract(title, Body(deck, blocks.OrderBy(b => b.Ordinal).Where(b => b.Kind != BlockKind.Caption).Select(b => b.Text)));

    private static IEnumerable<string> Body(string? deck, IEnumerable<string> paragraphs) =>
        string.IsNullOrWhiteSpace(deck) ? paragraphs : paragraphs.Prepend(deck);

    private async Task SaveAsync(List<(Article Article, StoryProfile Story)> placed, List<StoryProfile> absorbed, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;

        // Stories merged away: their articles move to the survivor, which is always older and so
        // already stored.
        foreach (var gone in absorbed.Where(s => s.StoryId is not null))
        {
            var target = StoryIndex.Resolve(gone).StoryId!.Value;
            var goneId = gone.StoryId!.Value;
            await db.Articles.Where(a => a.StoryId == goneId).ExecuteUpdateAsync(s => s.SetProperty(a => a.StoryId, target), cancellationToken);
            await db.Stories.Where(s => s.Id == goneId).ExecuteDeleteAsync(cancellationToken);
            gone.StoryId = null;
        }

        var created = new Dictionary<StoryProfile, Story>();
        foreach (var (_, placement) in placed)
        {
            var profile = StoryIndex.Resolve(placement);
            if (profile.StoryId is null && !created.ContainsKey(profile))
            {
                created[profile] = new Story { UpdatedUtc = now };
            }
        }

        // Add in index order so that stored ids follow story age, as a rebuild expects.
        db.Stories.AddRange(created.OrderBy(c => c.Key.Number).Select(c => c.Value));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (profile, story) in created)
        {
            profile.StoryId = story.Id;
        }

        await LinkAsync([.. placed.Select(p => (p.Article, StoryIndex.Resolve(p.Story).StoryId!.Value))], cancellationToken);

        var touched = placed.Select(p => StoryIndex.Resolve(p.Story)).Distinct().ToList();
        await RefreshSummariesAsync(touched, cancellationToken);
    }

    /// <summary>
    /// Points each article at its story in one statement (the articles need not be tracked), and
    /// sets the same id on the entities without leaving tracked ones marked as changed.
    /// </summary>
    private async Task LinkAsync(List<(Article Article, int StoryId)> links, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(links.Select(l => new[] { l.Article.Id, l.StoryId }));
        await db.Database.ExecuteSqlRawAsync(
            """
            UPDATE Articles SET StoryId = json_extract(link.value, '$[1]')
            FROM json_each({0}) AS link
            WHERE Articles.Id = json_extract(link.value, '$[0]');
            """,
            [json],
            cancellationToken);
        foreach (var (article, storyId) in links)
        {
            article.StoryId = storyId;
            var entry = db.Entry(article);
            if (entry.State is EntityState.Unchanged or EntityState.Modified)
            {
                entry.Property(a => a.StoryId).OriginalValue = storyId;
            }
        }
    }

    private async Task SaveReclusteredAsync(List<(int ArticleId, StoryProfile Story)> placed, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var live = index.LiveStories.OrderBy(s => s.Number).ToList();
        var stories = live.Select(_ => new Story { UpdatedUtc = now }).ToList();
        db.Stories.AddRange(stories);
        await db.SaveChangesAsync(cancellationToken);
        for (var i = 0; i < live.Count; i++)
        {
            live[i].StoryId = stories[i].Id;
        }

        foreach (var group in placed.GroupBy(p => StoryIndex.Resolve(p.Story).StoryId!.Value))
        {
            var storyId = group.Key;
            foreach (var chunk in group.Select(p => p.ArticleId).Chunk(500))
            {
                await db.Articles.Where(a => chunk.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.StoryId, storyId), cancellationToken);
            }
        }

        foreach (var chunk in live.Chunk(ReadChunk))
        {
            await RefreshSummariesAsync(chunk, cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private async Task RefreshSummariesAsync(IReadOnlyCollection<StoryProfile> profiles, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var ids = profiles.Select(p => p.StoryId!.Value).ToList();
        var members = (await db.Articles.AsNoTracking()
                .Where(a => a.StoryId != null && ids.Contains(a.StoryId.Value))
                .Select(a => new { StoryId = a.StoryId!.Value, Member = new StoryMember(a.Id, a.Title, a.TitleDerived, a.Outlet, a.PublishedUtc) })
                .ToListAsync(cancellationToken))
            .ToLookup(m => m.StoryId, m => m.Member);
        var stories = await db.Stories.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var logCorpus = index.LogCorpus(options.Value.MinimumCorpusSize);
        foreach (var profile in profiles)
        {
            var story = stories[profile.StoryId!.Value];
            var (names, terms) = KeyTerms(profile, logCorpus);
            StorySummary.Refresh(story, [.. members[story.Id]], names, terms, now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The story's heaviest names and other terms under the current document frequencies.</summary>
    private (List<string> Names, List<string> Terms) KeyTerms(StoryProfile profile, float logCorpus)
    {
        var (ids, centroid) = profile.CentroidWeights();
        var ranked = Enumerable.Range(0, ids.Length)
            .Where(k => index.DocumentFrequency(ids[k]) > 1 || profile.Size == 1)
            .OrderByDescending(k => centroid[k] * index.Idf(ids[k], logCorpus)).ThenBy(k => ids[k])
            .Select(k => ids[k])
            .ToList();
        var names = ranked.Where(t => index.TermText(t).StartsWith("n:", StringComparison.Ordinal))
            .Select(index.Display).Distinct(StringComparer.OrdinalIgnoreCase).Take(KeyNameCount).ToList();
        var terms = ranked.Where(t => !index.TermText(t).StartsWith("n:", StringComparison.Ordinal))
            .Select(DisplayTerm).Distinct(StringComparer.OrdinalIgnoreCase).Take(KeyTermCount).ToList();
        return (names, terms);
    }

    private string DisplayTerm(int term)
    {
        var text = index.TermText(term);
        return text[0] == '#' ? text[1..].Replace(':', ' ') : index.Display(term);
    }

    /// <summary>Rebuilds the index from the stored stories when someone else changed them (or on first use).</summary>
    private async Task EnsureIndexMatchesStoreAsync(CancellationToken cancellationToken)
    {
        var fingerprint = await FingerprintAsync(cancellationToken);
        if (fingerprint == index.Fingerprint)
        {
            return;
        }

        index.Clear();
        var profiles = new Dictionary<int, StoryProfile>();
        foreach (var storyId in await db.Stories.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken))
        {
            var profile = index.NewStory();
            profile.StoryId = storyId;
            profiles[storyId] = profile;
        }

        await foreach (var row in ReadArticlesAsync(assignedOnly: true, cancellationToken))
        {
            index.Join(profiles[row.StoryId!.Value], index.Add(row.Id, row.Terms, row.PublishedUtc));
        }

        index.Fingerprint = fingerprint;
    }

    private async Task<StoreFingerprint> FingerprintAsync(CancellationToken cancellationToken)
    {
        var assigned = db.Articles.Where(a => a.StoryId != null);
        return new StoreFingerprint(
            db.Database.GetConnectionString() ?? "",
            await assigned.CountAsync(cancellationToken),
            await assigned.MaxAsync(a => (int?)a.Id, cancellationToken) ?? 0,
            await db.Stories.CountAsync(cancellationToken));
    }

    private sealed record ArticleRow(int Id, int? StoryId, DateTime? PublishedUtc, ArticleTerms Terms);

    /// <summary>Streams stored articles in id order, a chunk at a time, as terms.</summary>
    private async IAsyncEnumerable<ArticleRow> ReadArticlesAsync(bool assignedOnly, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = 0;
        while (true)
        {
            var rows = await db.Articles.AsNoTracking()
                .Where(a => a.Id > after && (!assignedOnly || a.StoryId != null))
                .OrderBy(a => a.Id)
                .Take(ReadChunk)
                .Select(a => new
                {
                    a.Id,
                    a.StoryId,
                    a.Title,
                    a.Deck,
                    a.PublishedUtc,
                    Blocks = a.Blocks.Where(b => b.Kind != BlockKind.Caption).OrderBy(b => b.Ordinal).Select(b => b.Text).ToList(),
                })
                .ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                yield break;
            }

            foreach (var row in rows.AsParallel().AsOrdered()
                         .Select(r => new ArticleRow(r.Id, r.StoryId, r.PublishedUtc, FeatureExtractor.Extract(r.Title, Body(r.Deck, r.Blocks))))
                         .ToList())
            {
                yield return row;
            }

            after = rows[^1].Id;
        }
    }
}
