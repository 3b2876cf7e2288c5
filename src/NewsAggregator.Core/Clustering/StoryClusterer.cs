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
    /// <returns>The ids of the stories that changed and still exist: the articles' own, and any that lost or gained others' articles.</returns>
    public Task<IReadOnlyCollection<int>> AssignAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default) =>
        AssignAsync(articles, terms: null, alongside: null, cancellationToken);

    /// <summary>
    /// The same, for the importer: the terms of some articles may be read already
    /// (<see cref="Features(Article)"/>), and <paramref name="alongside"/>, when given, is store work
    /// that runs on the caller's connection while the articles are placed in memory (placing needs
    /// no store), such as writing their search rows. It must not touch stories or story links.
    /// Placing needs only the articles' ids, so <paramref name="alongside"/> may also write the
    /// articles themselves, when their ids were reserved (<see cref="ArticleWriter.ReserveIdsAsync"/>).
    /// </summary>
    public async Task<IReadOnlyCollection<int>> AssignAsync(
        IReadOnlyList<Article> articles,
        IReadOnlyDictionary<Article, ArticleTerms>? terms,
        Func<Task>? alongside,
        CancellationToken cancellationToken = default)
    {
        var fresh = articles.Where(a => a.StoryId is null && a.Story is null).OrderBy(a => a.Id).ToList();
        if (fresh.Count == 0)
        {
            if (alongside is not null)
            {
                await alongside();
            }

            return [];
        }

        return await UnderGateAsync(async () =>
        {
            await EnsureIndexMatchesStoreAsync(cancellationToken);
            var matcher = new StoryMatcher(index, options.Value);
            var placed = new List<(Article Article, StoryProfile Story)>(fresh.Count);
            var absorbed = new List<StoryProfile>();

            void Place()
            {
                // Reading an article's terms depends on nothing else, so it runs on every core; only
                // placing, which sees the articles before it, goes one at a time.
                var read = fresh.AsParallel().AsOrdered().Select(a => terms?.GetValueOrDefault(a) ?? Features(a)).ToList();
                for (var i = 0; i < fresh.Count; i++)
                {
                    var article = fresh[i];
                    var indexed = index.Add(article.Id, read[i], article.PublishedUtc);
                    var (story, merged) = matcher.Place(indexed);
                    placed.Add((article, story));
                    absorbed.AddRange(merged);
                }
            }

            if (alongside is null)
            {
                Place();
            }
            else
            {
                // Both finish before anything else happens, even when one fails: the index is only
                // ever changed by one placement at a time, under the gate.
                var placing = Task.Run(Place, cancellationToken);
                await Task.WhenAll(placing, Alongside());
            }

            async Task Alongside()
            {
                // Awaited here, a callback that throws before its first await still waits for placing.
                await alongside!();
            }

            // The importer's transaction, or one of its own: story rows are written only inside one.
            await using var ownTransaction = await db.Database.BeginUnlessInOneAsync(cancellationToken);
            var changed = await SaveAsync(placed, absorbed, matcher.Regrouped, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            index.Fingerprint = await FingerprintAsync(cancellationToken);
            return changed;
        }, cancellationToken);
    }

    /// <summary>Brings the in-memory index in line with the store now, rather than at the next assignment.</summary>
    public Task LoadIndexAsync(CancellationToken cancellationToken = default) =>
        UnderGateAsync(() => EnsureIndexMatchesStoreAsync(cancellationToken), cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> as the index's one writer (placements happen one batch at a
    /// time). When it fails, the index may hold placements the store never got, or miss ones it
    /// did, so it is rebuilt from the store on next use.
    /// </summary>
    private async Task<T> UnderGateAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await index.Gate.WaitAsync(cancellationToken);
        try
        {
            return await work();
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

    private async Task UnderGateAsync(Func<Task> work, CancellationToken cancellationToken) =>
        await UnderGateAsync(async () =>
        {
            await work();
            return true;
        }, cancellationToken);

    /// <summary>
    /// Drops the in-memory index so the next assignment rebuilds it from the store: for callers that
    /// change stories behind the clusterer's back (renumbering, a rolled-back transaction).
    /// </summary>
    public void ForgetIndex() => index.Fingerprint = null;

    /// <summary>Forgets every story and groups all stored articles again, in id order.</summary>
    public Task ReclusterAllAsync(CancellationToken cancellationToken = default) =>
        UnderGateAsync(async () =>
        {
            index.Clear();
            var ownTransaction = await db.Database.BeginUnlessInOneAsync(cancellationToken);
            await using (ownTransaction)
            {
                await db.Articles.Where(a => a.StoryId != null).ExecuteUpdateAsync(s => s.SetProperty(a => a.StoryId, (int?)null), cancellationToken);
                await db.Stories.ExecuteDeleteAsync(cancellationToken);
                db.ChangeTracker.Clear();

                var matcher = new StoryMatcher(index, options.Value);
                await foreach (var row in ReadArticlesAsync(assignedOnly: false, cancellationToken))
                {
                    matcher.Place(index.Add(row.Id, row.Terms, row.PublishedUtc));
                }

                await SaveReclusteredAsync(cancellationToken);
                if (ownTransaction is not null)
                {
                    await ownTransaction.CommitAsync(cancellationToken);
                }
            }

            index.Fingerprint = await FingerprintAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>The terms story grouping reads from an article: its title, deck, blocks but captions, and year.</summary>
    public static ArticleTerms Features(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Features(article.Title, article.Deck, article.Blocks, article.PublishedUtc);
    }

    /// <summary>
    /// The same terms read from a parse result before it is stored, as the importer does on its
    /// parsing threads: the blocks are already in reading order, and no entity need be built.
    /// </summary>
    public static ArticleTerms Features(ParsedArticle parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return FeatureExtractor.Extract(parsed.Title, Body(parsed.Deck, parsed.Blocks.Where(b => b.Kind != BlockKind.Caption).Select(b => b.Text)), parsed.Published?.UtcDateTime);
    }

    internal static ArticleTerms Features(string title, string? deck, IEnumerable<ArticleBlock> blocks, DateTime? published) =>
        FeatureExtractor.Extract(title, Body(deck, blocks.OrderBy(b => b.Ordinal).Where(b => b.Kind != BlockKind.Caption).Select(b => b.Text)), published);

    private static IEnumerable<string> Body(string? deck, IEnumerable<string> paragraphs) =>
        string.IsNullOrWhiteSpace(deck) ? paragraphs : paragraphs.Prepend(deck);

    /// <summary>
    /// Writes a batch's placements: new stories get rows, articles point at the story their group is
    /// shown as, and stories left empty by a merge or by a group moving elsewhere go.
    /// </summary>
    private async Task<IReadOnlyCollection<int>> SaveAsync(
        List<(Article Article, StoryProfile Story)> placed, List<StoryProfile> absorbed, HashSet<StoryProfile> regrouped, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var groups = placed.Select(p => StoryIndex.Resolve(p.Story)).Concat(regrouped.Select(StoryIndex.Resolve)).Distinct().ToList();
        var vacated = new HashSet<int>();

        // A group now shown inside another story gives up its own row.
        foreach (var group in groups.Where(g => g.Host is not null && g.StoryId is not null))
        {
            vacated.Add(group.StoryId!.Value);
            group.StoryId = null;
        }

        // Add in index order so that stored ids follow story age, as a rebuild expects. Through a
        // prepared statement rather than SaveChanges: hundreds of rows a batch, summarised just after.
        var created = groups.Select(StoryIndex.Shown).Where(r => r.StoryId is null).Distinct().OrderBy(r => r.Number)
            .Select(r => (Profile: r, Story: new Story { UpdatedUtc = now })).ToList();
        await ArticleWriter.InsertRowsAsync(db, [.. created.Select(c => c.Story)], (story, id) => story.Id = id, cancellationToken);
        foreach (var (profile, story) in created)
        {
            profile.StoryId = story.Id;
        }

        // Stories merged away: everything filed under them, their own members and the small groups
        // shown inside them, moves to the survivor's story.
        foreach (var gone in absorbed.Where(s => s.StoryId is not null))
        {
            var goneId = gone.StoryId!.Value;
            var target = StoryIndex.Shown(gone).StoryId!.Value;
            await db.Articles.Where(a => a.StoryId == goneId).ExecuteUpdateAsync(s => s.SetProperty(a => a.StoryId, target), cancellationToken);
            vacated.Add(goneId);
            gone.StoryId = null;
        }

        var links = placed.Select(p => (p.Article.Id, Group: StoryIndex.Resolve(p.Story))).ToList();
        var moved = new List<int>();
        foreach (var group in groups)
        {
            // A group that changed host moves whole; members merged in from elsewhere still carry
            // their old group and story.
            var members = regrouped.Contains(group) ? group.Members : group.Relinked;
            moved.AddRange(members);
            links.AddRange(members.Select(id => (id, group)));
            group.Relinked.Clear();
        }

        vacated.UnionWith(await StoriesOfAsync(moved, cancellationToken));
        await LinkAsync([.. links.Select(l => (l.Item1, StoryIndex.Shown(l.Group).StoryId!.Value, l.Group.Seed))], cancellationToken);
        foreach (var (article, story) in placed)
        {
            var storyId = StoryIndex.Shown(story).StoryId!.Value;
            article.StoryId = storyId;
            var entry = db.Entry(article);
            if (entry.State is EntityState.Unchanged or EntityState.Modified)
            {
                entry.Property(a => a.StoryId).OriginalValue = storyId;
            }
        }

        regrouped.Clear();
        // Id lists here and below travel as one JSON parameter each (EF.Parameter): EF 10 would
        // otherwise bind every id as its own parameter, which costs more than the queries do.
        var vacatedIds = vacated.ToArray();
        var emptied = await db.Stories.Where(s => EF.Parameter(vacatedIds).Contains(s.Id) && !db.Articles.Any(a => a.StoryId == s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
        await db.Stories.Where(s => EF.Parameter(emptied).Contains(s.Id)).ExecuteDeleteAsync(cancellationToken);

        var shown = groups.Select(StoryIndex.Shown).Distinct().ToList();
        var shownIds = shown.Select(r => r.StoryId!.Value).ToHashSet();
        var others = vacated.Except(emptied).Where(id => !shownIds.Contains(id)).ToHashSet();
        if (others.Count > 0)
        {
            shown.AddRange(index.LiveStories.Where(s => s.Host is null && s.StoryId is { } id && others.Contains(id)));
        }

        await RefreshSummariesAsync(shown, cancellationToken);
        return [.. shown.Select(r => r.StoryId!.Value)];
    }

    /// <summary>The stories the given articles are filed under right now.</summary>
    private async Task<List<int>> StoriesOfAsync(List<int> articleIds, CancellationToken cancellationToken)
    {
        var found = new List<int>();
        foreach (var chunk in articleIds.Chunk(ReadChunk))
        {
            found.AddRange(await db.Articles.Where(a => EF.Parameter(chunk).Contains(a.Id) && a.StoryId != null).Select(a => a.StoryId!.Value).Distinct().ToListAsync(cancellationToken));
        }

        return found;
    }

    /// <summary>Points each article at its story and group in one statement per chunk; the articles need not be loaded.</summary>
    private async Task LinkAsync(List<(int ArticleId, int StoryId, int Seed)> links, CancellationToken cancellationToken)
    {
        foreach (var chunk in links.Chunk(20_000))
        {
            var json = JsonSerializer.Serialize(chunk.Select(l => new[] { l.ArticleId, l.StoryId, l.Seed }));
            await db.Database.ExecuteSqlRawAsync(
                """
                UPDATE Articles SET StoryId = json_extract(link.value, '$[1]'), ClusterSeed = json_extract(link.value, '$[2]')
                FROM json_each({0}) AS link
                WHERE Articles.Id = json_extract(link.value, '$[0]');
                """,
                [json],
                cancellationToken);
        }
    }

    private async Task SaveReclusteredAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var groups = index.LiveStories.OrderBy(s => s.Number).ToList();
        var shown = groups.Where(g => g.Host is null).ToList();
        var stories = shown.Select(_ => new Story { UpdatedUtc = now }).ToList();
        db.Stories.AddRange(stories);
        await db.SaveChangesAsync(cancellationToken);
        for (var i = 0; i < shown.Count; i++)
        {
            shown[i].StoryId = stories[i].Id;
        }

        foreach (var group in groups)
        {
            group.Relinked.Clear();
        }

        await LinkAsync([.. groups.SelectMany(g => g.Members.Select(id => (id, StoryIndex.Shown(g).StoryId!.Value, g.Seed)))], cancellationToken);
        foreach (var chunk in shown.Chunk(ReadChunk))
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
                .Where(a => a.StoryId != null && EF.Parameter(ids).Contains(a.StoryId.Value))
                .Select(a => new { StoryId = a.StoryId!.Value, Member = new StoryMember(a.Id, a.Title, a.TitleDerived, a.Outlet, a.PublishedUtc) })
                .ToListAsync(cancellationToken))
            .ToLookup(m => m.StoryId, m => m.Member);
        var stories = await db.Stories.AsNoTracking().Where(s => EF.Parameter(ids).Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var logCorpus = index.LogCorpus(options.Value.MinimumCorpusSize);
        foreach (var profile in profiles)
        {
            var story = stories[profile.StoryId!.Value];
            var (names, terms) = KeyTerms(profile, logCorpus);
            StorySummary.Refresh(story, [.. members[story.Id]], names, terms, now);
        }

        // Every column of hundreds of stories a batch: one prepared UPDATE rather than SaveChanges.
        await ArticleWriter.UpdateRowsAsync(db, stories.Values, cancellationToken);

        // A caller that holds one of these stories sees it as stored now.
        foreach (var entry in db.ChangeTracker.Entries<Story>())
        {
            if (entry.State == EntityState.Unchanged && stories.TryGetValue(entry.Entity.Id, out var saved))
            {
                entry.CurrentValues.SetValues(saved);
                entry.OriginalValues.SetValues(saved);
            }
        }
    }

    /// <summary>The story's heaviest names and other terms under the current document frequencies.</summary>
    private (List<string> Names, List<string> Terms) KeyTerms(StoryProfile profile, float logCorpus)
    {
        var weights = profile.CentroidWeights();
        var (ids, centroid) = (weights.TermArray, weights.WeightArray);
        var ranked = Enumerable.Range(0, weights.Count)
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
    /// <remarks>
    /// Articles come in id order, so each group is started by its seed, and groups get the same
    /// relative order they had when placed. In each story the largest group is the one shown;
    /// the others are small groups shown inside it. A store from before groups were kept has one
    /// group per story.
    /// </remarks>
    private async Task EnsureIndexMatchesStoreAsync(CancellationToken cancellationToken)
    {
        var fingerprint = await FingerprintAsync(cancellationToken);
        if (fingerprint == index.Fingerprint)
        {
            return;
        }

        index.Clear();
        var groups = new Dictionary<(int StoryId, int Seed), StoryProfile>();
        var byStory = new Dictionary<int, List<StoryProfile>>();
        await foreach (var row in ReadArticlesAsync(assignedOnly: true, cancellationToken))
        {
            var storyId = row.StoryId!.Value;
            var key = (storyId, row.ClusterSeed ?? 0);
            if (!groups.TryGetValue(key, out var group))
            {
                group = groups[key] = index.NewStory();
                if (!byStory.TryGetValue(storyId, out var list))
                {
                    byStory[storyId] = list = [];
                }

                list.Add(group);
            }

            index.Join(group, index.Add(row.Id, row.Terms, row.PublishedUtc));
        }

        foreach (var (storyId, list) in byStory)
        {
            // Hosts are strictly larger than their guests; on a tie the older group wins.
            var shown = list.MaxBy(g => g.Size)!;
            shown.StoryId = storyId;
            foreach (var group in list.Where(g => g != shown))
            {
                group.Host = shown;
                shown.Guests.Add(group);
            }
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

    private sealed record ArticleRow(int Id, int? StoryId, int? ClusterSeed, DateTime? PublishedUtc, ArticleTerms Terms);

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
                    a.ClusterSeed,
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
                         .Select(r => new ArticleRow(r.Id, r.StoryId, r.ClusterSeed, r.PublishedUtc, FeatureExtractor.Extract(r.Title, Body(r.Deck, r.Blocks), r.PublishedUtc)))
                         .ToList())
            {
                yield return row;
            }

            after = rows[^1].Id;
        }
    }
}
